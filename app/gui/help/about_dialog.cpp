#include "gui/help/about_dialog.h"

#include "shared/library_versions.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace sunrelay::gui
{

namespace
{

const QString homepage = QStringLiteral("https://github.com/sunrelay/sunrelay");
// The same identifier as the AppStream metainfo's <project_license>.
const QString licenceId = QStringLiteral("MIT");

QLabel *selectableLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

} // namespace

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    //: Title of the About dialog (Help menu)
    setWindowTitle(tr("About Sunrelay"));
    setObjectName(QStringLiteral("aboutDialog"));

    auto *title = new QLabel(
        //: The heading of Help > About; %1 is the version ("0.1.0").
        QStringLiteral("<h2>%1</h2>")
            .arg(tr("Sunrelay %1").arg(QApplication::applicationVersion())),
        this);
    title->setObjectName(QStringLiteral("aboutTitle"));
    auto *summary = new QLabel(tr("Plans work that follows the sun across time zones."), this);
    summary->setWordWrap(true);
    //: %1 is the licence's SPDX identifier, "MIT" (also its name).
    auto *licence = selectableLabel(tr("Free software under the %1 licence.").arg(licenceId), this);
    licence->setWordWrap(true);
    auto *link = new QLabel(QStringLiteral("<a href=\"%1\">%1</a>").arg(homepage), this);
    link->setObjectName(QStringLiteral("aboutHomepage"));
    link->setOpenExternalLinks(true);
    link->setTextInteractionFlags(Qt::TextBrowserInteraction);
    //: Help > About: the accessible name of the homepage link.
    link->setAccessibleName(tr("Homepage"));

    auto *libraries = new QFormLayout;
    for (const apptext::LibraryVersion &library : apptext::libraryVersions()) {
        auto *version = selectableLabel(library.version, this);
        version->setObjectName(QStringLiteral("version-") + library.name);
        //: Help > About, the list of libraries: "Qt:", "SQLite:", "tz database:".
        libraries->addRow(tr("%1:").arg(library.name), version);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    //: About dialog button: copies the versions of Sunrelay and its libraries to the clipboard
    QPushButton *copy = buttons->addButton(tr("&Copy Versions"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyVersions"));
    connect(copy, &QPushButton::clicked, this, [] {
        QApplication::clipboard()->setText(versionReport());
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(summary);
    layout->addWidget(licence);
    layout->addWidget(link);
    layout->addSpacing(8);
    //: Help > About: above the list of library versions.
    layout->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Built with")), this));
    layout->addLayout(libraries);
    layout->addWidget(buttons);
}

QString AboutDialog::versionReport()
{
    QStringList lines{QStringLiteral("Sunrelay %1").arg(QApplication::applicationVersion())};
    lines << apptext::libraryVersionLines();
    return lines.join(u'\n') + u'\n';
}

} // namespace sunrelay::gui
