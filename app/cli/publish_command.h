#pragma once

// The CalDAV commands of sunrelay-cli:
//   publish PLAN --server URL --user NAME --password-file FILE
//           [--from DATE --to DATE] [--member ID | --region ID | --all]
//           [--insecure-http]
//   import-busy PLAN.sunrelay --member ID --caldav URL --user NAME
//           --password-file FILE [--from DATE --to DATE] [--all-day-busy]
// The password is the first line of FILE, never an argument (it would show
// in `ps` and in shell history). Exit status 0: everything published; 1:
// bad input, or something not published (a conflict, a refusal, a server
// failure; the summary says which); 2: usage error.

#include <QStringList>
#include <QTextStream>

namespace sunrelay::cli
{

int publishCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);
int importBusyCalDavCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

// Whether an import-busy command line reads from CalDAV (--caldav).
bool usesCalDav(const QStringList &arguments);

} // namespace sunrelay::cli
