#pragma once

// CoverageView: the "Coverage" page of the central tabs. For each day of a
// chosen range (this week, the next four weeks, or custom dates; days of the
// reference zone) it charts what core's dailyCoverage() computes
// (daily_coverage.h):
//  - top: the share of the day covered (bars, left axis, percent), gap
//    hours and the average pickup wait at gap handoffs (lines, right axis,
//    hours; no point on a day without a gap handoff);
//  - bottom: each region's task load (hours of routed task segments), as
//    stacked bars in the region colours;
// and a one-line summary of the whole range. Hovering a bar or a point shows
// the day's exact values. It recomputes when the plan changes (while hidden,
// when next shown) and follows the palette.
//
// Example:
//   auto *coverage = new CoverageView(document, tabs);
//   coverage->setReferenceZone(preferences.timelineZone());
//   coverage->setCustomRange(LocalDate{2027_y/3/1}, LocalDate{2027_y/3/28});

#include "sunrelay/core/daily_coverage.h"
#include "sunrelay/core/time_zone.h"

#include <QWidget>

#include <memory>
#include <vector>

class QChartView;

namespace sunrelay::gui
{

class PlanDocument;

class CoverageView : public QWidget
{
    Q_OBJECT

public:
    enum class Range {
        ThisWeek,
        NextFourWeeks,
        Custom
    };

    explicit CoverageView(PlanDocument *document, QWidget *parent = nullptr);
    ~CoverageView() override;

    // Days are dates of this zone ("today" too).
    void setReferenceZone(const TimeZone &zone);
    const TimeZone &referenceZone() const;

    // This week (Monday to Sunday) and the next four weeks start from today
    // in the reference zone; Custom keeps the dates last chosen.
    void setRange(Range range);
    Range range() const;
    // Custom dates, inclusive; `to` before `from` is taken as `from`, and a
    // range longer than maximumDays is cut to that many days.
    void setCustomRange(LocalDate from, LocalDate to);
    LocalDate from() const;
    LocalDate to() const;
    static constexpr int maximumDays = 92;

    // What the charts show, computed for the plan as it is now.
    const std::vector<DailyCoverage> &days() const;
    QString summaryText() const;
    // The tooltip of day `index` of days(): exact covered share, gap hours,
    // wait and task load.
    QString dayToolTip(std::size_t index) const;
    QChartView *coverageChart() const;
    QChartView *loadChart() const;

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace sunrelay::gui
