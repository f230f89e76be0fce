#pragma once

// Picture files: a picture painted at a size in pixels, written as PNG, SVG
// (text kept as text) or PDF (vector, one page the picture's size), the
// format chosen by the file's extension. Shared by the timeline's pictures
// and My week's (GUI and command line).
//
// Example:
//   Picture picture{QSize(1600, 900), 96, Qt::white, u"Title"_s, u"What it shows"_s,
//                   [&](QPainter &p) { paintSomething(p); }};
//   if (auto error = writePicture(u"week.svg"_s, picture))
//       qWarning() << *error;   // "cannot write /no/such/week.svg: there is no folder ..."

#include <QColor>
#include <QSize>
#include <QString>

#include <functional>
#include <optional>

class QPainter;

namespace sunrelay::gui
{

enum class PictureFormat {
    Png,
    Svg,
    Pdf
};

// The format a file name asks for by its extension (.png, .svg, .pdf, any
// case), nullopt for any other.
std::optional<PictureFormat> pictureFormatOf(const QString &path);
// ".png, .svg or .pdf", for messages and the file dialog.
QString acceptedPictureFormatsText();

struct Picture {
    QSize size; // in pixels at `dpi`
    int dpi = 96; // the resolution the layout measured its text at
    QColor background; // filled first in a PNG
    QString title; // of the SVG and the PDF
    QString description; // of the SVG
    std::function<void(QPainter &)> paint;
};

// Writes `picture` to `path`. The file appears whole or not at all (written
// beside it, then renamed over it). Returns the error naming what and where,
// or nullopt.
std::optional<QString> writePicture(const QString &path, const Picture &picture);

} // namespace sunrelay::gui
