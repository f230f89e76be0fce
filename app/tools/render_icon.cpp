// render_icon: draws an SVG icon into a square PNG of the given size. The
// build makes the hicolor PNGs (16 to 256 px) with it from the SVGs in
// packaging/freedesktop, so no rendered picture is kept in the sources.
//
//   render_icon INPUT.svg SIZE OUTPUT.png

#include <QCoreApplication>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgRenderer>

#include <cstdio>

namespace
{

int fail(const QString &message)
{
    std::fprintf(stderr, "render_icon: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    // Not tr(): a build tool whose messages only a developer reads.
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 4)
        return fail(QStringLiteral("usage: render_icon INPUT.svg SIZE OUTPUT.png"));
    const QString &input = arguments.at(1);
    const QString &output = arguments.at(3);
    bool isNumber = false;
    const int size = arguments.at(2).toInt(&isNumber);
    if (!isNumber || size < 1 || size > 4096)
        return fail(QStringLiteral("%1: not a size in pixels (1 to 4096)").arg(arguments.at(2)));

    QSvgRenderer renderer(input);
    if (!renderer.isValid())
        return fail(QStringLiteral("%1: not a readable SVG file").arg(input));

    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter, QRectF(0, 0, size, size));
    }

    // Written whole or not at all: a build interrupted half-way leaves no
    // truncated PNG that a later build would take as up to date.
    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit())
        return fail(QStringLiteral("%1: cannot write the PNG: %2").arg(output, file.errorString()));
    return 0;
}
