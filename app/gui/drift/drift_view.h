#pragma once

// DriftView: the "DST Drift" page of the central tabs. Core's handoffDrift()
// (handoff_drift.h) for the twelve months from today: one line per region
// pair that hands off (in the sender's colour, named "EMEA → AMER"), x the
// weeks, y the handoff's local clock time on the week's Wednesday, read by
// default where the receiver picks up (a switch reads it where the sender
// hands off). Weeks where a DST change moved a handoff carry a small marker;
// weeks where that moves it into someone's deep work or out of their working
// day a large triangle, and the list below names each of them ("Week of 29
// Mar 2027: EMEA → AMER handoff moves to 09:00 in New York, before Nia's
// working day"). Hovering a point shows its exact times. It recomputes when
// the plan changes (while hidden, when next shown) and follows the palette.
//
// Example:
//   auto *drift = new DriftView(document, tabs);
//   drift->setStart(date::sys_days{2027_y/1/4});
//   drift->setSide(DriftView::Side::Sender);

#include "gui/text/time_format.h"

#include "sunrelay/core/handoff_drift.h"

#include <QWidget>

#include <memory>

class QChartView;
class QListWidget;

namespace sunrelay::gui
{

class PlanDocument;

class DriftView : public QWidget
{
    Q_OBJECT

public:
    enum class Side {
        Receiver,
        Sender
    };

    explicit DriftView(PlanDocument *document, QWidget *parent = nullptr);
    ~DriftView() override;

    // The first day of the twelve months (UTC date); today until set.
    void setStart(date::sys_days start);
    date::sys_days start() const;
    void setSide(Side side);
    Side side() const;
    void setClockStyle(ClockStyle style);

    // What the chart shows, for the plan as it is now.
    const HandoffDrift &drift() const;
    // The y value of `point` on the chart: its local clock time in hours
    // (receiver's or sender's, as chosen).
    double hourOf(const DriftPoint &point) const;
    // One line per marked week and event, in week order.
    QStringList eventTexts() const;
    QString pointToolTip(const DriftLine &line, const DriftPoint &point) const;
    QChartView *chart() const;
    QListWidget *eventList() const;

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace sunrelay::gui
