#pragma once

// sunrelay-cli merge-driver BASE OURS THEIRS: Git's merge driver for plan
// JSON (git config merge.sunrelay.driver "sunrelay-cli merge-driver %O %A %B").
// The merged plan replaces OURS; each conflict is written there between
// markers naming the region, member or task, and named on `err`.
// Exit status: 0 merged, 1 conflicts (OURS holds the markers), 2 an input
// could not be read as plan JSON (OURS untouched).

#include <QStringList>
#include <QTextStream>

namespace sunrelay::cli
{

// `paths`: BASE, OURS, THEIRS.
int mergeDriverCommand(const QStringList &paths, QTextStream &err);

} // namespace sunrelay::cli
