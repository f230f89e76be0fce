#pragma once

// Shared by the chart tests (tst_coverage_view, tst_drift_view): finding
// series in a QChart, the dark palette of the app (Preferences > Dark, as
// window/main_window.cpp builds it) and saving a widget's picture when
// SUNRELAY_PICTURES_DIR names a folder (README screenshots).
//
// No Q_OBJECT here, so moc never reads this file.

#include <QAbstractSeries>
#include <QChart>
#include <QDir>
#include <QPalette>
#include <QTest>
#include <QWidget>

#include <vector>

namespace sunrelay::charttest
{

template<typename Series>
std::vector<Series *> seriesOf(QChart *chart)
{
    std::vector<Series *> found;
    for (QAbstractSeries *series : chart->series())
        if (auto *typed = qobject_cast<Series *>(series))
            found.push_back(typed);
    return found;
}

// The app's dark palette (Breeze-like), as Preferences > Appearance > Dark.
inline QPalette darkPalette()
{
    QPalette palette(QColor(0x31, 0x36, 0x3b), QColor(0x23, 0x26, 0x29));
    const QColor text(0xfc, 0xfc, 0xfc);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::Base, QColor(0x1b, 0x1e, 0x20));
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    palette.setColor(QPalette::Mid, QColor(0x4d, 0x53, 0x59));
    return palette;
}

inline QPalette lightPalette()
{
    QPalette palette(QColor(0xef, 0xf0, 0xf1), QColor(0xfc, 0xfc, 0xfc));
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    return palette;
}

// The widget's picture: not one flat colour (something was drawn). Saved as
// <SUNRELAY_PICTURES_DIR>/<name>.png when that variable is set.
inline bool pictureHasContent(QWidget *widget, const QString &name)
{
    const QImage image = widget->grab().toImage();
    const QString folder = qEnvironmentVariable("SUNRELAY_PICTURES_DIR");
    if (!folder.isEmpty())
        image.save(QDir(folder).filePath(name + QStringLiteral(".png")));
    const QRgb first = image.pixel(image.width() / 2, image.height() / 2);
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            if (image.pixel(x, y) != first)
                return true;
    return false;
}

} // namespace sunrelay::charttest
