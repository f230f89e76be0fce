#include "gui/models/members_model.h"

#include "gui/document/plan_document.h"
#include "gui/text/time_format.h"

#include <QColor>

namespace sunrelay::gui {

namespace {
// Hours of a weekly pattern per week, counting each range on each of its days
// in wall-clock terms (a DST night does not change what the member planned).
double weeklyHours(const WeeklyPattern &pattern)
{
    double hours = 0;
    for (const WeeklyRange &range : pattern.ranges) {
        const auto minutes = (range.crossesMidnight() ? range.end + WeeklyRange::endOfDay
                                                      : range.end) -
                             range.start;
        hours += static_cast<double>(minutes.count()) / 60.0 *
                 static_cast<double>(range.days.days().size());
    }
    return hours;
}
} // namespace

MembersModel::MembersModel(PlanDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_rows(int(document->plan().members.size()))
{
    connect(document, &PlanDocument::planChanged, this, &MembersModel::reset);
}

void MembersModel::reset()
{
    beginResetModel();
    m_rows = int(m_document->plan().members.size());
    endResetModel();
}

void MembersModel::refreshClock()
{
    if (m_rows > 0)
        emit dataChanged(index(0, LocalTime), index(m_rows - 1, LocalTime), {Qt::DisplayRole});
}

int MembersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int MembersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MembersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Plan &plan = m_document->plan();
    const Member &member = plan.members[std::size_t(index.row())];
    const auto region = plan.regionIndex(member.region);
    if (role == MemberIdRole)
        return QString::fromStdString(member.id);
    const Instant now = date::floor<Seconds>(std::chrono::system_clock::now());
    if (role == Qt::DisplayRole || role == SortRole) {
        switch (index.column()) {
        case Name:
            return QString::fromStdString(member.name);
        case Region:
            if (role == SortRole)
                return region ? int(*region) : -1;
            return region ? QString::fromStdString(plan.regions[*region].name) : QString();
        case Zone:
            return QString::fromStdString(member.zone.name());
        case LocalTime:
            if (role == SortRole)
                return qlonglong(member.zone.tz().get_info(now).offset.count());
            return clockText(now, member.zone, ClockStyle::TwentyFourHour) + u' ' +
                   zoneAbbreviation(member.zone, now);
        case WorkHours:
            return role == SortRole ? QVariant(weeklyHours(member.work))
                                    : QVariant(tr("%1 h").arg(weeklyHours(member.work), 0, 'f', 1));
        case DeepWork:
            return role == SortRole ? QVariant(weeklyHours(member.deepWork))
                                    : QVariant(tr("%1 h").arg(weeklyHours(member.deepWork), 0, 'f', 1));
        default:
            return {};
        }
    }
    if (role == Qt::DecorationRole && index.column() == Region && region)
        return QColor(QString::fromStdString(plan.regions[*region].color));
    if (role == Qt::TextAlignmentRole && (index.column() == WorkHours || index.column() == DeepWork))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Zone)
        return tr("UTC offset now: %1").arg(zoneAbbreviation(member.zone, now));
    return {};
}

QVariant MembersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Region:
        return tr("Region");
    case Zone:
        return tr("Time zone");
    case LocalTime:
        return tr("Local time");
    case WorkHours:
        return tr("Work / week");
    case DeepWork:
        return tr("Deep work / week");
    default:
        return {};
    }
}

} // namespace sunrelay::gui
