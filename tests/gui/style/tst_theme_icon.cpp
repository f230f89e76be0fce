// themeIcon() (gui/theme_icon.h): without a system icon theme, the bundled
// line icons are drawn in the palette's window text colour, dimmed when
// disabled, so they read on light and dark palettes alike and follow a
// switch between them.

#include "gui/style/region_swatch.h"
#include "gui/style/theme_icon.h"

#include <QApplication>
#include <QImage>
#include <QPalette>
#include <QTest>

using namespace sunrelay::gui;

namespace
{

// The colour of the most opaque pixel: the stroke, not its antialiased edge.
QColor strokeOf(const QIcon &icon, QIcon::Mode mode)
{
    const QImage image =
        icon.pixmap(QSize(32, 32), 1.0, mode).toImage().convertToFormat(QImage::Format_ARGB32);
    QColor best(Qt::transparent);
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (pixel.alpha() > best.alpha())
                best = pixel;
        }
    return best;
}

QPalette paletteWith(QColor text, QColor disabledText)
{
    QPalette palette = QApplication::palette();
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Disabled, QPalette::WindowText, disabledText);
    return palette;
}

} // namespace

class TestThemeIcon : public QObject
{
    Q_OBJECT

private slots:
    void aSelectedRowKeepsTheSwatchColour();
    void initTestCase() { QIcon::setThemeName(QString()); }
    void cleanup() { QApplication::setPalette(QPalette()); }

    void strokesFollowThePalette()
    {
        // Dark palette: light text (#fcfcfc), disabled text #6e7378.
        QApplication::setPalette(paletteWith(QColor(0xfc, 0xfc, 0xfc), QColor(0x6e, 0x73, 0x78)));
        const QIcon icon = themeIcon(QStringLiteral("list-add"));
        QVERIFY(!icon.isNull());
        QCOMPARE(strokeOf(icon, QIcon::Normal).rgb(), QColor(0xfc, 0xfc, 0xfc).rgb());
        QCOMPARE(strokeOf(icon, QIcon::Disabled).rgb(), QColor(0x6e, 0x73, 0x78).rgb());
        // Switched to a light palette, the same icon draws dark strokes.
        QApplication::setPalette(paletteWith(QColor(0x23, 0x26, 0x29), QColor(0xa0, 0xa0, 0xa0)));
        QCOMPARE(strokeOf(icon, QIcon::Normal).rgb(), QColor(0x23, 0x26, 0x29).rgb());
        QCOMPARE(strokeOf(icon, QIcon::Disabled).rgb(), QColor(0xa0, 0xa0, 0xa0).rgb());
    }

    void bundledIconsDraw_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *name : {"application-exit",
                                 "color-management",
                                 "configure",
                                 "document-close",
                                 "document-edit",
                                 "document-new",
                                 "document-open",
                                 "document-save-as",
                                 "edit-delete",
                                 "edit-redo",
                                 "edit-rename",
                                 "edit-undo",
                                 "go-down",
                                 "go-jump-today",
                                 "go-next",
                                 "go-previous",
                                 "go-up",
                                 "list-add",
                                 "list-add-user",
                                 "list-remove",
                                 "list-remove-user",
                                 "zoom-in",
                                 "zoom-out"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }
    void bundledIconsDraw()
    {
        QFETCH(QString, name);
        const QIcon icon = themeIcon(name);
        QVERIFY(!icon.isNull());
        QVERIFY(strokeOf(icon, QIcon::Normal).alpha() == 255);
    }
};

void TestThemeIcon::aSelectedRowKeepsTheSwatchColour()
{
    // The QA report: in a selected row of the region list the style tinted
    // the swatch with the selection colour (dark palette: blue on blue).
    QPalette palette = QApplication::palette();
    palette.setColor(QPalette::WindowText, QColor(0xfc, 0xfc, 0xfc));
    palette.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    const QIcon swatch = regionSwatch(QStringLiteral("#0072B2"), palette);
    for (const QIcon::Mode mode : {QIcon::Normal, QIcon::Selected}) {
        const QImage image = swatch.pixmap(QSize(16, 16), 1.0, mode)
                                 .toImage()
                                 .convertToFormat(QImage::Format_ARGB32);
        QCOMPARE(image.pixelColor(8, 8), QColor(0x00, 0x72, 0xb2)); // the region's own colour
    }
}

QTEST_MAIN(TestThemeIcon)
#include "tst_theme_icon.moc"
