#pragma once

// Save dialogs name files the way the file's format wants: the user's name
// with the format's extension added when it has another one or none, so a
// plan always ends in .sunrelay (File > Open lists it) and plan JSON never
// lands in "acme.ics". If that adds the extension and a file of the new
// name exists, the user is asked, as the dialog asked for the name typed.
//
// Example:
//   withSuffix("/home/ana/team", "sunrelay")   == "/home/ana/team.sunrelay"
//   withSuffix("/home/ana/acme.ics", "json")   == "/home/ana/acme.ics.json"
//   withSuffix("/home/ana/acme.JSON", "json")  == "/home/ana/acme.JSON"

#include <QString>

#include <optional>

class QWidget;

namespace sunrelay::gui
{

QString withSuffix(const QString &path, const QString &suffix);

// `chosen` (from a save dialog, which confirmed overwriting it) with the
// suffix; nullopt when that names another existing file and the user does
// not want it replaced.
std::optional<QString> saveTarget(QWidget *parent, const QString &chosen, const QString &suffix);

} // namespace sunrelay::gui
