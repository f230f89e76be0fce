#pragma once

// Small parts the task dialogs share.
//
// ZoneCombo: the zone a time is read in, compact enough for one form row:
// the reference zone first, then the zones the plan's members live in, then
// UTC; any other IANA zone can be typed (completed from the tz database).
//
// FieldProblem: one line under a form field that says what is wrong with it,
// in the palette's problem red (task_text.h) with an error icon; hidden while
// the field is fine.
//
// Example:
//   auto *zone = new ZoneCombo(plan, referenceZone, parent);
//   zone->zone();          // std::optional<TimeZone>: nullopt for "Europe/Berlim"
//   auto *problem = new FieldProblem(tr("Effort problem"), parent);
//   problem->say(tr("Enter the effort in hours."));   // shows it
//   problem->say({});                                  // hides it

#include "gui/text/time_format.h"

#include "sunrelay/core/plan.h"

#include <QComboBox>
#include <QLabel>
#include <QTimeEdit>

#include <optional>

namespace sunrelay::gui
{

class ZoneCombo : public QComboBox
{
    Q_OBJECT

public:
    ZoneCombo(const Plan &plan, const TimeZone &referenceZone, QWidget *parent = nullptr);

    // The zone typed or chosen; nullopt if the text names none.
    std::optional<TimeZone> zone() const;
    void setZone(const TimeZone &zone);

signals:
    void zoneEdited();
};

class FieldProblem : public QWidget
{
    Q_OBJECT

public:
    FieldProblem(const QString &accessibleName, QWidget *parent = nullptr);

    // Shows `text`, or hides the line when it is empty.
    void say(const QString &text);
    QString text() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void recolour();
    QLabel *m_icon;
    QLabel *m_text;
};

// A time edit showing hours and minutes in the user's clock style.
QTimeEdit *clockEdit(ClockStyle style, QWidget *parent);

} // namespace sunrelay::gui
