#include "gui/style/framed_fields_style.h"

#include "gui/style/high_contrast.h"

#include <QPainter>
#include <QStyleOption>

namespace sunrelay::gui
{

namespace
{

void drawFieldFrame(const QStyleOption &option, QPainter &painter)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setPen(QPen(option.palette.color(QPalette::Text), 1));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(option.rect.adjusted(0, 0, -1, -1));
    painter.restore();
}

} // namespace

FramedFieldsStyle::FramedFieldsStyle(const QString &baseStyleKey)
    : QProxyStyle(baseStyleKey)
{
}

void FramedFieldsStyle::drawPrimitive(PrimitiveElement element,
                                      const QStyleOption *option,
                                      QPainter *painter,
                                      const QWidget *widget) const
{
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    if (element == PE_FrameLineEdit && option && painter && isHighContrast(option->palette))
        drawFieldFrame(*option, *painter);
}

void FramedFieldsStyle::drawComplexControl(ComplexControl control,
                                           const QStyleOptionComplex *option,
                                           QPainter *painter,
                                           const QWidget *widget) const
{
    QProxyStyle::drawComplexControl(control, option, painter, widget);
    // Spin boxes and date/time fields draw their own frame, not a line edit's.
    const auto *spinBox = qstyleoption_cast<const QStyleOptionSpinBox *>(option);
    if (control == CC_SpinBox && spinBox && painter && spinBox->frame
        && isHighContrast(spinBox->palette))
        drawFieldFrame(*spinBox, *painter);
}

} // namespace sunrelay::gui
