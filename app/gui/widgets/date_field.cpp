#include "gui/widgets/date_field.h"

#include "shared/date_patterns.h"

#include <QFocusEvent>

namespace sunrelay::gui
{

namespace
{
// Functions, not constants: the locale is chosen in main(), after static
// initialisation.
QString readingFormat()
{
    return apptext::datePattern(apptext::DateParts::WeekdayDayMonthYear);
}
QString typingFormat()
{
    return apptext::datePattern(apptext::DateParts::DayMonthYear);
}
} // namespace

DateField::DateField(QWidget *parent)
    : QDateEdit(parent)
{
    setDisplayFormat(readingFormat());
    setKeyboardTracking(false);
}

void DateField::focusInEvent(QFocusEvent *event)
{
    // Not for the calendar popup taking and giving back the focus: the
    // person is picking, not typing.
    if (event->reason() != Qt::PopupFocusReason) {
        setDisplayFormat(typingFormat());
        setSelectedSection(QDateTimeEdit::DaySection);
    }
    QDateEdit::focusInEvent(event);
}

void DateField::focusOutEvent(QFocusEvent *event)
{
    QDateEdit::focusOutEvent(event); // commits what was typed
    if (event->reason() != Qt::PopupFocusReason)
        setDisplayFormat(readingFormat());
}

} // namespace sunrelay::gui
