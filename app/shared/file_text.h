#pragma once

// Why a file cannot be read or written, in the user's language (translation
// context "FileText"): the words for sunrelay::io's errors, shared by the CLI
// and the desktop app. The caller names the file in front.

#include "sunrelay/io/io_error.h"

#include <QString>

namespace sunrelay::apptext
{

// "is not a regular file (a FIFO)", "the file is too large (200.0 MiB, more
// than the limit of 64.0 MiB)", ...
QString ioErrorText(const io::IoError &error);

} // namespace sunrelay::apptext
