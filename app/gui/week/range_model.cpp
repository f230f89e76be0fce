#include "gui/week/range_model.h"

#include "gui/week/week_editor.h" // the texts' translation context
#include "gui/week/week_text.h"

#include <QLocale>

namespace sunrelay::gui::week
{

RangeModel::RangeModel(EditorState *state, QObject *parent)
    : QAbstractTableModel(parent)
    , m_state(state)
{
}

void RangeModel::reload()
{
    beginResetModel();
    endResetModel();
}

int RangeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_state->current().ranges.size());
}

int RangeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags RangeModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() != Length)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant RangeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Days:
        //: Column header: the weekdays a range is on
        return WeekEditor::tr("Days");
    case Start:
        //: Column header: the clock time a range starts
        return WeekEditor::tr("Start");
    case End:
        //: Column header: the clock time a range ends
        return WeekEditor::tr("End");
    case Length:
        //: Column header: how long a range lasts
        return WeekEditor::tr("Length");
    default:
        return {};
    }
}

QVariant RangeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const WeeklyRange &range = m_state->current().ranges[std::size_t(index.row())];
    const Span span = Span::of(range, 0);
    const QLocale locale;
    const ClockStyle clock = m_state->clock;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Days:
            return formatDays(locale, m_state->firstDay, range.days);
        case Start:
            return formatTime(span.start, clock);
        case End: {
            const EndReading end = endReading(span, clock);
            //: Week grid table: an end time on the next day; %1 is the clock time
            return end.nextDay ? WeekEditor::tr("%1 (next day)").arg(formatTime(end.minutes, clock))
                               : formatTime(end.minutes, clock);
        }
        case Length:
            return formatDuration(span.length());
        }
    } else if (role == Qt::EditRole) {
        switch (index.column()) {
        case Days:
            return formatDays(locale, m_state->firstDay, range.days);
        case Start:
            return formatTime(span.start, clock);
        case End:
            // 24:00 on a 12-hour clock is "12:00 AM", which reads back as 24:00.
            return formatTime(minutesOf(range.end), clock);
        }
    } else if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Days:
            return WeekEditor::tr("Days the range starts on, such as Mon–Fri or Sat, Sun");
        case Start:
            return WeekEditor::tr("Local start time, such as %1 or %2")
                .arg(formatTime(9 * 60, clock),
                     formatTime(9 * 60,
                                clock == ClockStyle::TwelveHour ? ClockStyle::TwentyFourHour
                                                                : ClockStyle::TwelveHour));
        case End:
            return clock == ClockStyle::TwelveHour
                ? WeekEditor::tr(
                    "Local end time, such as 5:30 PM or 17:30; 12:00 AM "
                    "is midnight at the end of the day, and an end at or "
                    "before the start runs into the next day")
                : WeekEditor::tr(
                    "Local end time, such as 17:30 or 5:30 PM; 24:00 is "
                    "midnight, and an end at or before the start runs "
                    "into the next day");
        }
    }
    return {};
}

QString RangeModel::validate(int column, const QString &text) const
{
    if (column == Days)
        return parseDays(QLocale(), m_state->firstDay, text).error;
    return parseTime(text, column == Start ? TimeField::Start : TimeField::End, m_state->clock)
        .error;
}

bool RangeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.row() >= rowCount())
        return false;
    const QString text = value.toString();
    if (const QString error = validate(index.column(), text); !error.isEmpty()) {
        if (rejected)
            rejected(error);
        return false;
    }
    WeeklyRange &range = m_state->current().ranges[std::size_t(index.row())];
    const WeeklyRange before = range;
    switch (index.column()) {
    case Days:
        range.days = parseDays(QLocale(), m_state->firstDay, text).days;
        break;
    case Start:
        range.start = Minutes{parseTime(text, TimeField::Start, m_state->clock).minutes};
        break;
    case End: {
        WeeklyRange edited = range;
        edited.end = Minutes{parseTime(text, TimeField::End, m_state->clock).minutes};
        // 00:00 and 24:00 end a range at the same midnight: the one the
        // model holds stays, so confirming "12:00 AM" changes nothing.
        if (Span::of(edited, 0) != Span::of(range, 0))
            range = edited;
        break;
    }
    default:
        return false;
    }
    if (range == before)
        return true;
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    if (committed)
        committed();
    return true;
}

} // namespace sunrelay::gui::week
