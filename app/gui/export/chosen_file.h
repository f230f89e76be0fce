#pragma once

// Writing a file the user chose in a save dialog (or named after
// --export-view): the old file is replaced atomically, and a FIFO or device
// is refused rather than written to or renamed over (run as root, Qt's
// QSaveFile renames its temporary file over /dev/full itself). Shared by
// every export of the desktop app.

#include <QString>

#include <optional>
#include <string_view>

namespace sunrelay::gui
{

// nullopt when written; otherwise the message, naming the file:
// "Cannot write out.ics: is not a regular file (a FIFO)".
std::optional<QString> writeChosenFile(const QString &path, std::string_view contents);

} // namespace sunrelay::gui
