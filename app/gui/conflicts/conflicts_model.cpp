#include "gui/conflicts/conflicts_model.h"

#include "gui/document/plan_document.h"
#include "gui/style/theme_icon.h"

#include "shared/conflict_text.h"
#include "shared/logging.h"

#include "sunrelay/core/handoff.h"
#include "sunrelay/core/local_time.h"
#include "sunrelay/core/schedule.h"

#include <QElapsedTimer>

#include <algorithm>
#include <limits>
#include <tuple>

namespace sunrelay::gui
{

namespace
{

LocalDate localDate(Instant instant, const TimeZone &zone)
{
    return date::floor<date::days>(toLocal(zone, instant));
}

// The clock reading of an interval's end: "24:00" for the midnight that
// closes the start's day, so "20:00–24:00" stays on one date.
QString endClockText(const Interval &interval, const TimeZone &zone, ClockStyle style)
{
    const LocalTime end = toLocal(zone, interval.end);
    if (end == LocalTime{date::floor<date::days>(end)}
        && localDate(interval.start, zone) + date::days{1} == date::floor<date::days>(end))
        return minutesText(Minutes{24 * 60}, style);
    return clockText(interval.end, zone, style);
}

} // namespace

QString severityText(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        //: Severity of a conflict: must be fixed
        return ConflictsModel::tr("Error");
    case Severity::Warning:
        //: Severity of a conflict: should be looked at
        return ConflictsModel::tr("Warning");
    case Severity::Info:
        //: Severity of a conflict: for information only
        return ConflictsModel::tr("Info");
    }
    return {};
}

QString severityIconName(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("dialog-error");
    case Severity::Warning:
        return QStringLiteral("dialog-warning");
    case Severity::Info:
        return QStringLiteral("dialog-information");
    }
    return {};
}

ConflictsModel::ConflictsModel(PlanDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_zone(TimeZone::utc())
{
    // Bursts of signals (an import's many steps, a drag's live edits, a pan
    // across days) cost one recompute, on the next turn of the event loop.
    m_recompute.setSingleShot(true);
    m_recompute.setInterval(0);
    connect(&m_recompute, &QTimer::timeout, this, &ConflictsModel::recomputeNow);
    connect(document, &PlanDocument::planChanged, this, &ConflictsModel::scheduleRecompute);
    m_textSource = currentTextSource();
}

void ConflictsModel::setWindow(const Interval &window)
{
    if (window == m_window)
        return;
    m_window = window;
    scheduleRecompute();
}

void ConflictsModel::setReferenceZone(const TimeZone &zone)
{
    if (zone == m_zone)
        return;
    m_zone = zone;
    textsChanged();
}

void ConflictsModel::setClockStyle(ClockStyle style)
{
    if (style == m_style)
        return;
    m_style = style;
    textsChanged();
}

void ConflictsModel::scheduleRecompute()
{
    m_stale = true;
    m_recompute.start();
}

bool ConflictsModel::before(const Row &a, const Row &b)
{
    return std::tie(a.conflict.interval.start,
                    a.conflict.interval.end,
                    a.conflict.kind,
                    a.memberId,
                    a.conflict.severity)
        < std::tie(b.conflict.interval.start,
                   b.conflict.interval.end,
                   b.conflict.kind,
                   b.memberId,
                   b.conflict.severity);
}

bool ConflictsModel::sameConflict(const Row &a, const Row &b)
{
    return !before(a, b) && !before(b, a);
}

void ConflictsModel::recomputeNow()
{
    m_recompute.stop();
    if (!m_stale)
        return;
    m_stale = false;
    const Plan &plan = m_document->plan();
    QElapsedTimer timer;
    timer.start();
    std::vector<Row> next;
    if (m_window.length() > Seconds{0}) {
        // As `sunrelay-cli conflicts` does: the schedule with its margin, so
        // handoffs and gaps at the window's edges come out whole.
        const TeamSchedule schedule = computeSchedule(plan, withMargin(m_window));
        const std::vector<Conflict> conflicts =
            findConflicts(plan, schedule, computeHandoffs(plan, schedule), m_window);
        next.reserve(conflicts.size());
        for (const Conflict &conflict : conflicts)
            next.push_back(Row{conflict,
                               conflict.member ? plan.members[*conflict.member].id : std::string(),
                               std::nullopt});
        std::sort(next.begin(), next.end(), before);
    }
    qCDebug(lcEngine) << "conflicts found in" << timer.elapsed() << "ms:" << next.size();
    // Names, zones or the policy's lengths may have changed the words of
    // rows that stay.
    const TextSource source = currentTextSource();
    const bool reword = !(source == m_textSource);
    m_textSource = source;
    const bool changed =
        !std::equal(m_rows.begin(), m_rows.end(), next.begin(), next.end(), sameConflict);
    applyRows(std::move(next));
    if (reword)
        textsChanged();
    if (changed)
        emit conflictsChanged();
}

void ConflictsModel::applyRows(std::vector<Row> next)
{
    // Both lists are in before() order: walk them together, removing what
    // went and inserting what came, in runs.
    std::size_t row = 0; // in m_rows as it is being changed
    std::size_t from = 0; // in next
    while (row < m_rows.size() || from < next.size()) {
        if (row < m_rows.size() && from < next.size() && sameConflict(m_rows[row], next[from])) {
            // The same conflict; a member's index may have moved.
            m_rows[row].conflict.member = next[from].conflict.member;
            ++row;
            ++from;
            continue;
        }
        if (row < m_rows.size() && (from == next.size() || before(m_rows[row], next[from]))) {
            std::size_t last = row;
            while (last + 1 < m_rows.size()
                   && (from == next.size() || before(m_rows[last + 1], next[from])))
                ++last;
            beginRemoveRows({}, int(row), int(last));
            m_rows.erase(m_rows.begin() + std::ptrdiff_t(row),
                         m_rows.begin() + std::ptrdiff_t(last) + 1);
            endRemoveRows();
            continue;
        }
        std::size_t last = from;
        while (last + 1 < next.size()
               && (row == m_rows.size() || before(next[last + 1], m_rows[row])))
            ++last;
        beginInsertRows({}, int(row), int(row + last - from));
        m_rows.insert(m_rows.begin() + std::ptrdiff_t(row),
                      std::make_move_iterator(next.begin() + std::ptrdiff_t(from)),
                      std::make_move_iterator(next.begin() + std::ptrdiff_t(last) + 1));
        endInsertRows();
        row += last - from + 1;
        from = last + 1;
    }
}

ConflictsModel::TextSource ConflictsModel::currentTextSource() const
{
    const Plan &plan = m_document->plan();
    TextSource source;
    source.members.reserve(plan.members.size());
    for (const Member &member : plan.members)
        source.members.emplace_back(member.name, member.zone.name());
    source.policy = plan.policy;
    return source;
}

void ConflictsModel::textsChanged()
{
    for (const Row &row : m_rows)
        row.texts.reset();
    if (!m_rows.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString ConflictsModel::timeText(const Interval &interval, const TimeZone &zone) const
{
    const QString startAbbreviation = zoneAbbreviation(zone, interval.start);
    const QString endAbbreviation = zoneAbbreviation(zone, interval.end);
    const QString startDay = dayText(interval.start, zone);
    const QString start = clockText(interval.start, zone, m_style);
    const QString end = endClockText(interval, zone, m_style);
    const bool oneDay = interval.length() <= Seconds{0}
        || localDate(interval.start, zone) == localDate(interval.end - Seconds{1}, zone);
    //: Conflicts table, when: %1 day, %2 start, %3 end, %4 zone abbreviation, e.g. "Tue,
    //: 09:00–11:00 CET"
    if (oneDay && startAbbreviation == endAbbreviation)
        return tr("%1, %2–%3 %4", "day, start–end zone").arg(startDay, start, end, endAbbreviation);
    if (oneDay)
        return tr("%1, %2 %3 – %4 %5", "day, start zone – end zone")
            .arg(startDay, start, startAbbreviation, end, endAbbreviation);
    const QString endDay = dayText(interval.end, zone);
    if (startAbbreviation == endAbbreviation)
        return tr("%1, %2 – %3, %4 %5", "day, start – day, end zone")
            .arg(startDay, start, endDay, end, endAbbreviation);
    return tr("%1, %2 %3 – %4, %5 %6", "day, start zone – day, end zone")
        .arg(startDay, start, startAbbreviation, endDay, end, endAbbreviation);
}

const ConflictsModel::Texts &ConflictsModel::textsOf(const Row &row) const
{
    if (row.texts)
        return *row.texts;
    const Plan &plan = m_document->plan();
    const Conflict &conflict = row.conflict;
    Texts texts;
    const Member *member = conflict.member && *conflict.member < plan.members.size()
        ? &plan.members[*conflict.member]
        : nullptr;
    if (member) {
        texts.member = QString::fromStdString(member->name);
        texts.memberTip =
            //: Tooltip: a member's name and time zone id: "Ana Lima · America/Sao_Paulo"
            tr("%1 · %2").arg(texts.member, QString::fromStdString(member->zone.name()));
        texts.localTime = timeText(conflict.interval, member->zone);
        texts.localTimeTip = tr("In the reference zone (%1): %2")
                                 .arg(zoneCity(m_zone), timeText(conflict.interval, m_zone));
    } else {
        // A coverage gap is nobody's: it is read in the reference zone.
        //: Conflicts table, Member column: a coverage gap concerns the whole team, no one member
        texts.member = tr("Whole team");
        texts.memberTip = tr("Nobody in any region covers this time");
        texts.localTime = timeText(conflict.interval, m_zone);
        texts.localTimeTip = tr("In the reference zone (%1)").arg(zoneCity(m_zone));
    }
    texts.explanation = apptext::conflictMessage(plan, conflict);
    texts.filter = texts.member + u'\n' + texts.localTime + u'\n' + texts.explanation + u'\n'
        + severityText(conflict.severity);
    row.texts = std::move(texts);
    return *row.texts;
}

const Conflict &ConflictsModel::conflictAt(int row) const
{
    return m_rows.at(std::size_t(row)).conflict;
}

const std::string &ConflictsModel::memberIdAt(int row) const
{
    return m_rows.at(std::size_t(row)).memberId;
}

int ConflictsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConflictsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConflictsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[std::size_t(index.row())];
    const Conflict &conflict = row.conflict;
    switch (role) {
    case SeverityRole:
        return int(conflict.severity);
    case FilterTextRole:
        return textsOf(row).filter;
    case Qt::DecorationRole:
        if (index.column() == SeverityColumn)
            return themeIcon(severityIconName(conflict.severity));
        return {};
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case SeverityColumn:
            return severityText(conflict.severity);
        case MemberColumn:
            return textsOf(row).member;
        case LocalTimeColumn:
            return textsOf(row).localTime;
        case ExplanationColumn:
            return textsOf(row).explanation;
        }
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case SeverityColumn:
            return severityText(conflict.severity);
        case MemberColumn:
            return textsOf(row).memberTip;
        case LocalTimeColumn:
            return textsOf(row).localTimeTip;
        case ExplanationColumn:
            return textsOf(row).explanation; // whole, where the column cuts it
        }
        return {};
    case SortRole:
        switch (index.column()) {
        case SeverityColumn:
            return int(conflict.severity);
        case MemberColumn:
            return textsOf(row).member;
        case LocalTimeColumn:
            return qlonglong(conflict.interval.start.time_since_epoch().count());
        case ExplanationColumn:
            return textsOf(row).explanation;
        }
        return {};
    default:
        return {};
    }
}

QVariant ConflictsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    switch (section) {
    case SeverityColumn:
        //: Column header: how serious a conflict is (Error, Warning, Info)
        return tr("Severity");
    case MemberColumn:
        //: Column header: the team member a conflict concerns
        return tr("Member");
    case LocalTimeColumn:
        if (role == Qt::ToolTipRole)
            //: Tooltip of the Conflicts panel's "Local time" column header
            return tr("In the member's own time zone");
        //: Column header: when the conflict happens, in the member's own time zone
        return tr("Local time");
    case ExplanationColumn:
        //: Column header: what the conflict is, in a sentence
        return tr("Explanation");
    }
    return {};
}

} // namespace sunrelay::gui
