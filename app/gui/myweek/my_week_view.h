#pragma once

// MyWeekView: the "My Week" page beside the timeline. One member's week in
// their own local time, like a calendar week view (my_week_painter.h): working
// hours, protected deep work with its lock, comms windows, handoffs in and
// out, the task segments they work, imported busy time, time off and
// holidays, and their conflicts marked in place. Above it the maker score in
// one line ("4 of 5 days protected; Wednesday's block is cut by a 14:00
// meeting"), a member picker with search (name or id), week navigation and
// Export My Calendar…, Import My Calendar… and Print….
//
// The view edits nothing: the calendar buttons emit intentions the window
// turns into dialogs. The last member chosen is kept in QSettings
// (myWeek/member). It follows every change of the document.
//
// Example:
//   auto *myWeek = new MyWeekView(document, tabs);
//   myWeek->showMemberAt("anna", conflict.interval.start); // a double-clicked conflict
//   connect(myWeek, &MyWeekView::importBusyTimeRequested, window, [](const std::string &id) {
//       /* the Import Busy Time dialog for member `id` */ });

#include "gui/myweek/my_week_content.h"

#include <QWidget>

#include <memory>
#include <optional>
#include <string>

class QPrinter;

namespace sunrelay::gui
{

class PlanDocument;

class MyWeekView : public QWidget
{
    Q_OBJECT

public:
    explicit MyWeekView(PlanDocument *document, QWidget *parent = nullptr);
    ~MyWeekView() override;

    // The member shown (empty when the plan has none).
    std::string member() const;
    // Shows member `id` (and remembers the choice); an unknown id is ignored.
    void setMember(const std::string &id);
    // Shows the member's local week holding `day`.
    void setWeekContaining(LocalDate day);
    LocalDate firstDay() const;

    void setClockStyle(ClockStyle style);
    void setFirstDayOfWeek(Qt::DayOfWeek day);

    // What is shown now, and where the canvas draws it (for tests).
    const MyWeekContent &content() const;
    QWidget *canvas() const;
    QRectF blockRect(const WeekBlock &block) const;
    std::optional<Instant> highlighted() const;

    // Paints the week on `printer`'s pages, fitted to one page, in light colours.
    static bool printWeek(QPrinter &printer, const MyWeekContent &content, const QFont &font);

public slots:
    // Picks member `id`, the week holding `at` in their zone, and marks `at`
    // (the conflicts dock's double-click).
    void showMemberAt(const std::string &id, sunrelay::Instant at);
    void previousWeek();
    void nextWeek();
    void thisWeek();
    // Print… : the print dialog, then printWeek().
    void print();

signals:
    void exportCalendarRequested(const std::string &memberId, sunrelay::Interval week);
    void importBusyTimeRequested(const std::string &memberId);
    // The member or the week shown changed.
    void weekShown();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace sunrelay::gui
