#include "gui/coverage/chart_look.h"

#include "gui/style/palette_colours.h"

#include <QAbstractAxis>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QLegend>
#include <QPalette>
#include <QToolTip>

namespace sunrelay::gui
{

void applyChartLook(QChartView *view, const QPalette &palette)
{
    QChart *chart = view->chart();
    const QColor text = palette.color(QPalette::Text);
    chart->setBackgroundBrush(palette.base());
    chart->setBackgroundPen(Qt::NoPen);
    chart->setBackgroundRoundness(0);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setLinePenColor(palette.color(QPalette::Mid));
        axis->setGridLineColor(withAlpha(text, 45));
        axis->setMinorGridLineColor(withAlpha(text, 20));
    }
    view->setBackgroundBrush(palette.base());
}

void showChartToolTip(QWidget *view, const QString &text)
{
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(QCursor::pos(), text, view);
}

} // namespace sunrelay::gui
