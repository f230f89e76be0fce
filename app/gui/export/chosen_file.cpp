#include "gui/export/chosen_file.h"

#include "shared/file_text.h"
#include "sunrelay/io/output_file.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace sunrelay::gui
{

namespace
{

// The translation context of this file's words.
class ChosenFile
{
    Q_DECLARE_TR_FUNCTIONS(ChosenFile)
};

} // namespace

std::optional<QString> writeChosenFile(const QString &path, std::string_view contents)
{
    //: Error after an export; %1 is the file, %2 why it cannot be written
    if (const auto problem = io::writeFileAtomically(QFile::encodeName(path).toStdString(),
                                                     contents,
                                                     io::Existing::Replace))
        return ChosenFile::tr("Cannot write %1: %2")
            .arg(QFileInfo(path).fileName(), apptext::ioErrorText(*problem));
    return std::nullopt;
}

} // namespace sunrelay::gui
