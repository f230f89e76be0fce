#include "gui/myweek/my_week_picture.h"

#include "gui/export/picture_file.h"
#include "gui/myweek/my_week_painter.h"

#include <QApplication>
#include <QCoreApplication>
#include <QPainter>

#include <cmath>

namespace sunrelay::gui
{

namespace
{

class WeekPicture
{
    Q_DECLARE_TR_FUNCTIONS(WeekPicture)
};

// Pictures are laid out in pixels at 96 dpi, with a font sized in pixels,
// so every format takes the room the layout measured.
constexpr int pictureDpi = 96;

QFont pictureFont()
{
    QFont font = QApplication::font();
    font.setPixelSize(13);
    return font;
}

} // namespace

std::optional<QString>
exportWeekPicture(const MyWeekContent &content, const QString &path, int width)
{
    Picture picture;
    picture.size = QSize(width, int(std::ceil(myWeekPageHeight(content, pictureFont()))));
    picture.dpi = pictureDpi;
    picture.background = Qt::white;
    picture.title = content.title;
    picture.description =
        WeekPicture::tr("One member's week exported by Sunrelay, in their own local time.");
    picture.paint = [&content, size = picture.size](QPainter &painter) {
        painter.setFont(pictureFont());
        paintMyWeekPage(painter, content, QRectF(QPointF(0, 0), QSizeF(size)), printPalette());
    };
    return writePicture(path, picture);
}

} // namespace sunrelay::gui
