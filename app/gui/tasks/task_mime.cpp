#include "gui/tasks/task_mime.h"

#include <QByteArray>
#include <QString>

namespace sunrelay::gui
{

QMimeData *taskMimeData(const std::string &taskId)
{
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(taskMimeType),
                  QByteArray(taskId.data(), static_cast<qsizetype>(taskId.size())));
    return mime;
}

std::optional<std::string> taskIdFrom(const QMimeData *mime)
{
    const QString type = QString::fromLatin1(taskMimeType);
    if (mime == nullptr || !mime->hasFormat(type))
        return std::nullopt;
    const QByteArray bytes = mime->data(type);
    if (bytes.isEmpty())
        return std::nullopt;
    return bytes.toStdString();
}

} // namespace sunrelay::gui
