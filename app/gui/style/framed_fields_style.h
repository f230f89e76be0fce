#pragma once

// Text fields keep a visible frame in a high-contrast palette. Fusion draws
// the frame of line edits, spin boxes and date fields in the Window colour
// made darker, which on a black window is black on black: the fields showed
// only their placeholder text. This style, wrapped around the style the
// application uses (the desktop's, or one chosen with -style or
// QT_STYLE_OVERRIDE), adds a one-pixel frame in the Text colour around them when
// the palette is high-contrast (isHighContrast()), and changes nothing
// otherwise.
//
// Example (once, after the QApplication exists):
//   QApplication::setStyle(new FramedFieldsStyle(QApplication::style()->name()));
//   // the application owns it

#include <QProxyStyle>

namespace sunrelay::gui
{

class FramedFieldsStyle : public QProxyStyle
{
public:
    // Wraps the style named `baseStyleKey` (QStyleFactory's keys); empty:
    // the desktop's default style.
    explicit FramedFieldsStyle(const QString &baseStyleKey = {});

    void drawPrimitive(PrimitiveElement element,
                       const QStyleOption *option,
                       QPainter *painter,
                       const QWidget *widget = nullptr) const override;
    void drawComplexControl(ComplexControl control,
                            const QStyleOptionComplex *option,
                            QPainter *painter,
                            const QWidget *widget = nullptr) const override;
};

} // namespace sunrelay::gui
