#include "gui/window/save_target.h"

#include <QFileInfo>
#include <QMessageBox>

namespace sunrelay::gui
{

QString withSuffix(const QString &path, const QString &suffix)
{
    if (QFileInfo(path).suffix().compare(suffix, Qt::CaseInsensitive) == 0)
        return path;
    return path + u'.' + suffix;
}

std::optional<QString> saveTarget(QWidget *parent, const QString &chosen, const QString &suffix)
{
    const QString path = withSuffix(chosen, suffix);
    if (path == chosen || !QFileInfo::exists(path))
        return path;
    //: Title of the box asking whether to overwrite an existing file
    const auto answer = QMessageBox::question(
        parent,
        QMessageBox::tr("Replace File"),
        QMessageBox::tr("%1 already exists. Replace it?").arg(QFileInfo(path).fileName()),
        QMessageBox::Yes | QMessageBox::No,
        QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return std::nullopt;
    return path;
}

} // namespace sunrelay::gui
