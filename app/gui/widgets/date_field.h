#pragma once

// DateField: a date edit that shows the weekday ("Thu 3 Dec 2026") while it
// is not being edited, and takes typing without it ("3 Dec 2026").
//
// Qt's date parser keeps a typed weekday consistent with the day: with the
// weekday in the format, typing "15" over "Thu 3 Dec" gave a Thursday near
// the 15th (or a date in another month), never the 15th. While the field has
// the keyboard focus the weekday is left out, so what is typed is what is
// meant; dates are committed on Enter or when the focus leaves
// (keyboardTracking off), not on each keystroke.

#include <QDateEdit>

namespace sunrelay::gui
{

class DateField : public QDateEdit
{
    Q_OBJECT
public:
    explicit DateField(QWidget *parent = nullptr);

protected:
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
};

} // namespace sunrelay::gui
