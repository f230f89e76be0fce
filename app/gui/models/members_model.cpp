#include "gui/models/members_model.h"

#include "gui/document/plan_document.h"
#include "gui/text/time_format.h"

#include <QColor>
#include <QLocale>

#include <algorithm>

namespace sunrelay::gui
{

namespace
{
// Hours of a weekly pattern per week, counting each range on each of its days
// in wall-clock terms (a DST night does not change what the member planned).
double weeklyHours(const WeeklyPattern &pattern)
{
    double hours = 0;
    for (const WeeklyRange &range : pattern.ranges) {
        const auto minutes =
            (range.crossesMidnight() ? range.end + WeeklyRange::endOfDay : range.end) - range.start;
        hours += static_cast<double>(minutes.count()) / 60.0
            * static_cast<double>(range.days.days().size());
    }
    return hours;
}
} // namespace

MembersModel::MembersModel(PlanDocument *document, QObject *parent)
    : IdRowsModel(parent)
    , m_document(document)
{
    resetRows(idsOf(document->plan().members));
    connect(document,
            &PlanDocument::memberAdded,
            this,
            [this](const std::string &id, std::size_t at) {
                if (!insertIdRow(id, at))
                    reset(); // not the plan the views know: start again
            });
    connect(document,
            &PlanDocument::memberRemoved,
            this,
            [this](const std::string &id, std::size_t at) {
                if (!removeIdRow(id, at))
                    reset();
            });
    connect(document, &PlanDocument::memberChanged, this, &MembersModel::changeMember);
    // The Region column shows the region's name and colour and sorts by
    // region order: any change of regions may change it for every row.
    connect(document, &PlanDocument::regionAdded, this, &MembersModel::changeRegionColumn);
    connect(document, &PlanDocument::regionChanged, this, &MembersModel::changeRegionColumn);
    connect(document, &PlanDocument::regionMoved, this, &MembersModel::changeRegionColumn);
    connect(document, &PlanDocument::regionRemoved, this, &MembersModel::changeRegionColumn);
    connect(document, &PlanDocument::planReset, this, &MembersModel::reset);
}

void MembersModel::reset()
{
    resetRows(idsOf(m_document->plan().members));
}

void MembersModel::changeMember(const std::string &id)
{
    const int found = rowOfId(id);
    if (found < 0)
        return reset();
    const int row = found;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void MembersModel::changeRegionColumn()
{
    if (!rowIds().empty())
        emit dataChanged(index(0, Region), index(int(rowIds().size()) - 1, Region));
}

const Member *MembersModel::memberAt(int row) const
{
    const std::vector<Member> &members = m_document->plan().members;
    const std::string &id = rowIds()[std::size_t(row)];
    // Between changes the rows are the plan's members in plan order.
    if (std::size_t(row) < members.size() && members[std::size_t(row)].id == id)
        return &members[std::size_t(row)];
    const auto index = m_document->plan().memberIndex(id);
    return index ? &members[*index] : nullptr;
}

void MembersModel::refreshClock()
{
    if (!rowIds().empty())
        emit dataChanged(index(0, LocalTime),
                         index(int(rowIds().size()) - 1, LocalTime),
                         {Qt::DisplayRole});
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
    const Member *found = memberAt(index.row());
    if (!found)
        return {}; // removed from the plan; its row is on its way out
    const Member &member = *found;
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
            return clockText(now, member.zone, ClockStyle::TwentyFourHour) + u' '
                + zoneAbbreviation(member.zone, now);
        case WorkHours:
            //: Team panel, member table cell: hours of work per week, e.g. "40.0 h"
            return role == SortRole
                ? QVariant(weeklyHours(member.work))
                : QVariant(tr("%1 h").arg(QLocale().toString(weeklyHours(member.work), 'f', 1)));
        case DeepWork:
            return role == SortRole ? QVariant(weeklyHours(member.deepWork))
                                    : QVariant(tr("%1 h").arg(
                                        QLocale().toString(weeklyHours(member.deepWork), 'f', 1)));
        default:
            return {};
        }
    }
    if (role == Qt::DecorationRole && index.column() == Region && region)
        return QColor(QString::fromStdString(plan.regions[*region].color));
    if (role == Qt::TextAlignmentRole
        && (index.column() == WorkHours || index.column() == DeepWork))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    //: Tooltip of a member's time zone cell; %1 is the zone's abbreviation and offset now, e.g.
    //: "CET, UTC+01:00"
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
        //: Column header: a member's name
        return tr("Name");
    case Region:
        //: Column header: a member's region
        return tr("Region");
    case Zone:
        //: Column header in the Team panel's member table: the member's IANA time zone
        return tr("Time zone");
    case LocalTime:
        //: Column header in the Team panel's member table: the member's clock time now
        return tr("Local time");
    case WorkHours:
        //: Column header in the Team panel's member table: working hours per week
        return tr("Work / week");
    case DeepWork:
        //: Column header in the Team panel's member table: protected focus hours per week
        return tr("Deep work / week");
    default:
        return {};
    }
}

} // namespace sunrelay::gui
