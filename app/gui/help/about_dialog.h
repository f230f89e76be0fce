#pragma once

// Help > About Sunrelay: the version, what it does, the licence, the
// homepage, and the versions of the libraries that decide what it computes
// and reads (Qt at run time, SQLite, the tz database, libical;
// shared/library_versions.h), with a button that copies all of it for a bug
// report.

#include <QDialog>

namespace sunrelay::gui
{

class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // What "Copy Versions" puts on the clipboard: "Sunrelay 0.1.0", then
    // one line a library ("Qt 6.4.2").
    static QString versionReport();
};

} // namespace sunrelay::gui
