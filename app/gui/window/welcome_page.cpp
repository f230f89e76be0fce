#include "gui/window/welcome_page.h"

#include "gui/style/theme_icon.h"

#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace sunrelay::gui
{

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , m_recent(new QListWidget(this))
{
    auto *logo = new QLabel(this);
    logo->setPixmap(QIcon(QStringLiteral(":/icons/sunrelay.svg")).pixmap(96, 96));
    logo->setAlignment(Qt::AlignHCenter);
    //: Heading of the page shown when no plan is open
    auto *title = new QLabel(tr("Welcome to Sunrelay"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignHCenter);
    auto *intro = new QLabel(tr("Plan work that follows the sun: see where each handoff falls, "
                                "where nobody covers, and keep everyone's deep work protected."),
                             this);
    intro->setWordWrap(true);
    intro->setAlignment(Qt::AlignHCenter);

    //: Welcome page button: opens the sample plan shipped with Sunrelay
    auto *demo = new QPushButton(themeIcon(QStringLiteral("document-open")),
                                 tr("Open the &demo plan"),
                                 this);
    //: Welcome page button: creates a new, empty plan file
    auto *create =
        new QPushButton(themeIcon(QStringLiteral("document-new")), tr("&New plan…"), this);
    //: Welcome page button: opens an existing plan file
    auto *open =
        new QPushButton(themeIcon(QStringLiteral("document-open")), tr("&Open a plan…"), this);
    for (QPushButton *button : {demo, create, open})
        button->setMinimumHeight(button->sizeHint().height() + 8);
    demo->setDefault(true);

    //: Welcome page: heading of the list of recently opened plans
    auto *recentLabel = new QLabel(tr("&Recent plans"), this);
    recentLabel->setBuddy(m_recent);
    //: Accessible name of the Welcome page's list of recently opened plans
    m_recent->setAccessibleName(tr("Recent plans"));

    auto *column = new QVBoxLayout;
    column->addStretch(2);
    column->addWidget(logo);
    column->addWidget(title);
    column->addSpacing(4);
    column->addWidget(intro);
    column->addSpacing(18);
    column->addWidget(demo);
    column->addWidget(create);
    column->addWidget(open);
    column->addSpacing(18);
    column->addWidget(recentLabel);
    column->addWidget(m_recent, 1);
    column->addStretch(3);

    auto *layout = new QGridLayout(this);
    layout->setColumnStretch(0, 1);
    layout->setColumnStretch(2, 1);
    layout->setColumnMinimumWidth(1, fontMetrics().averageCharWidth() * 60);
    layout->addLayout(column, 0, 1);

    connect(demo, &QPushButton::clicked, this, &WelcomePage::openDemoRequested);
    connect(create, &QPushButton::clicked, this, &WelcomePage::newPlanRequested);
    connect(open, &QPushButton::clicked, this, &WelcomePage::openRequested);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit recentFileRequested(item->data(Qt::UserRole).toString());
    });
}

QString recentFileText(const QString &path)
{
    const QFileInfo info(path);
    QString folder = info.absolutePath();
    const QString home = QDir::homePath();
    if (folder == home)
        folder = QStringLiteral("~");
    else if (folder.startsWith(home + u'/'))
        folder = QStringLiteral("~") + folder.mid(home.size());
    //: Welcome page, recent plan: %1 is the file name, %2 its folder
    return WelcomePage::tr("%1 — %2", "recent plan: file name — folder")
        .arg(info.fileName(), QDir::toNativeSeparators(folder));
}

void WelcomePage::setRecentFiles(const QStringList &paths)
{
    m_recent->clear();
    for (const QString &path : paths) {
        auto *item = new QListWidgetItem(recentFileText(path), m_recent);
        item->setToolTip(QDir::toNativeSeparators(path));
        item->setData(Qt::UserRole, path);
    }
    if (paths.isEmpty()) {
        //: Welcome page: shown in the recent plans list when it is empty
        auto *item = new QListWidgetItem(tr("No recent plans yet"), m_recent);
        item->setFlags(Qt::NoItemFlags);
    }
}

} // namespace sunrelay::gui
