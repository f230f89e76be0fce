#include "gui/text/qt_dates.h"

namespace sunrelay::gui
{

QDate toQDate(LocalDate day)
{
    const date::year_month_day ymd{day};
    return QDate(int(ymd.year()), int(unsigned(ymd.month())), int(unsigned(ymd.day())));
}

LocalDate fromQDate(const QDate &day)
{
    return LocalDate{date::year{day.year()} / day.month() / day.day()};
}

LocalTime localReading(const QDate &day, const QTime &time)
{
    return LocalTime{fromQDate(day)} + Seconds{time.msecsSinceStartOfDay() / 1000};
}

} // namespace sunrelay::gui
