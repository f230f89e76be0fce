#pragma once

// The sunrelay-cli commands. Exit codes: 0 ok, 1 bad input (the message names
// the file, the place and the problem), 2 usage error.

#include <QStringList>
#include <QTextStream>

namespace sunrelay::cli
{

enum ExitCode {
    Ok = 0,
    BadInput = 1,
    UsageError = 2
};

// Runs the command line `arguments` (arguments[0] is the program name).
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace sunrelay::cli
