#pragma once

// The look of Sunrelay's Qt Charts (the coverage view, the DST drift
// preview): background, titles, legend, axis labels and grid lines from the
// palette's roles, so the charts read in light and dark palettes alike (Qt
// Charts' own themes ignore the application palette). Call it again on a
// palette change.

class QChart;
class QChartView;
class QPalette;
class QString;
class QWidget;

namespace sunrelay::gui
{

void applyChartLook(QChartView *view, const QPalette &palette);

// Shows `text` as the tooltip of `view` at the mouse, or hides it when
// `text` is empty (a chart series' hovered(…, false)).
void showChartToolTip(QWidget *view, const QString &text);

} // namespace sunrelay::gui
