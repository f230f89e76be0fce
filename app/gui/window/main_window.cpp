#include "gui/window/main_window.h"

#include "gui/calendar/calendar_export_dialog.h"
#include "gui/calendar/calendar_import_dialog.h"
#include "gui/calendar/handoffs_csv_dialog.h"
#include "gui/conflicts/conflicts_dock.h"
#include "gui/coverage/coverage_view.h"
#include "gui/dialogs/preferences_dialog.h"
#include "gui/document/plan_document.h"
#include "gui/document/preferences.h"
#include "gui/drift/drift_view.h"
#include "gui/export/chosen_file.h"
#include "gui/export/view_export.h"
#include "gui/help/about_dialog.h"
#include "gui/help/help_actions.h"
#include "gui/myweek/my_week_view.h"
#include "gui/publish/publish_dialog.h"
#include "gui/style/high_contrast.h"
#include "gui/style/theme_icon.h"
#include "gui/tasks/backlog_panel.h"
#include "gui/tasks/task_details_panel.h"
#include "gui/tasks/task_text.h"
#include "gui/team/team_panel.h"
#include "gui/text/qt_dates.h"
#include "gui/text/time_format.h"
#include "gui/timeline/timeline_view.h"
#include "gui/widgets/date_field.h"
#include "gui/window/plan_beacon.h"
#include "gui/window/save_target.h"
#include "gui/window/welcome_page.h"

#include "shared/file_text.h"
#include "shared/logging.h"
#include "sunrelay/core/local_time.h"
#include "sunrelay/core/schedule_report.h"
#include "sunrelay/exchange/plan_json.h"
#include "sunrelay/exchange/roster_csv.h"
#include "sunrelay/io/regular_file.h"

#include <QAction>
#include <QApplication>
#include <QCalendarWidget>
#include <QCloseEvent>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSlider>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QStyleHints>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

#include <cmath>
#include <optional>

namespace sunrelay::gui
{

namespace
{
constexpr int maxRecentFiles = 8;

// Lets the window's one-key shortcuts through a field that would otherwise
// take the key as typing: `]` and `[` step through handoffs from the date
// field too, which has no use for them.
class PassShortcuts : public QObject
{
public:
    PassShortcuts(QList<QKeySequence> keys, QObject *parent)
        : QObject(parent)
        , m_keys(std::move(keys))
    {
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::ShortcutOverride) {
            const auto *key = static_cast<QKeyEvent *>(event);
            if (m_keys.contains(QKeySequence(key->keyCombination()))) {
                event->ignore();
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QList<QKeySequence> m_keys;
};
const QString planFilter()
{
    //: File type filter in the open and save dialogs: Sunrelay's own plan files
    return MainWindow::tr("Sunrelay plans (*.sunrelay)");
}

const QString planJsonFilter()
{
    //: File type filter in the open, import and export dialogs: a plan written as JSON text
    return MainWindow::tr("Plan JSON (*.json)");
}

// The zoom slider runs over the logarithm of the visible span.
int sliderValue(Seconds span)
{
    const double lo = std::log(double(TimelineGeometry::minimumSpan.count()));
    const double hi = std::log(double(TimelineGeometry::maximumSpan.count()));
    return int(std::lround(100 * (hi - std::log(double(span.count()))) / (hi - lo)));
}

Seconds spanOf(int value)
{
    const double lo = std::log(double(TimelineGeometry::minimumSpan.count()));
    const double hi = std::log(double(TimelineGeometry::maximumSpan.count()));
    return Seconds{std::llround(std::exp(hi - value / 100.0 * (hi - lo)))};
}
// Breeze-like colours. QPalette::setColor(role, colour) sets every colour
// group, so the Disabled group is set afterwards with dimmed colours:
// otherwise disabled controls look enabled.
QPalette darkPalette()
{
    const QColor button(0x31, 0x36, 0x3b);
    const QColor window(0x23, 0x26, 0x29);
    const QColor text(0xfc, 0xfc, 0xfc);
    const QColor highlight(0x3d, 0xae, 0xe9);
    QPalette palette(button, window);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::Base, QColor(0x1b, 0x1e, 0x20));
    palette.setColor(QPalette::AlternateBase, QColor(0x26, 0x2a, 0x2e));
    palette.setColor(QPalette::Highlight, highlight);
    palette.setColor(QPalette::HighlightedText, text);
    palette.setColor(QPalette::Mid, QColor(0x4d, 0x53, 0x59));
    palette.setColor(QPalette::PlaceholderText, QColor(0xa1, 0xa9, 0xb1));
    palette.setColor(QPalette::ToolTipBase, button);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::Link, QColor(0x1d, 0x99, 0xf3));

    const QColor dimText(0x6e, 0x73, 0x78); // a third of the way from window to text
    palette.setColor(QPalette::Disabled, QPalette::Text, dimText);
    palette.setColor(QPalette::Disabled, QPalette::WindowText, dimText);
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, dimText);
    palette.setColor(QPalette::Disabled, QPalette::PlaceholderText, QColor(0x55, 0x5a, 0x5f));
    palette.setColor(QPalette::Disabled, QPalette::Base, QColor(0x2a, 0x2e, 0x32));
    palette.setColor(QPalette::Disabled, QPalette::Button, QColor(0x2a, 0x2e, 0x32));
    // Styles that emboss disabled text draw it again in Light, offset: keep
    // that invisible on a dark window.
    palette.setColor(QPalette::Disabled, QPalette::Light, window);
    palette.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x3b, 0x5a, 0x6e));
    palette.setColor(QPalette::Disabled, QPalette::HighlightedText, QColor(0xa1, 0xa9, 0xb1));
    return palette;
}

QPalette lightPalette()
{
    QPalette palette(QColor(0xef, 0xf0, 0xf1), QColor(0xfc, 0xfc, 0xfc));
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    palette.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0xa8, 0xd5, 0xee));
    return palette;
}

// The platform's keys for `key`, or `fallback` where it has none (Save As
// and Preferences have standard keys only on some desktops).
void setShortcuts(QAction *action, QKeySequence::StandardKey key, const QKeySequence &fallback)
{
    const QList<QKeySequence> keys = QKeySequence::keyBindings(key);
    action->setShortcuts(keys.isEmpty() ? QList<QKeySequence>{fallback} : keys);
}

// "folder/base.sunrelay", or "folder/base 2.sunrelay", "base 3", ... : the
// first name no file has, nor a journal an earlier file of that name left.
QString uniquePlanPath(const QString &folder, const QString &base)
{
    QString path = folder + u'/' + base + QStringLiteral(".sunrelay");
    for (int n = 2; !store::PlanStore::isFreePath(path.toStdString()); ++n)
        path = folder + u'/' + base + QStringLiteral(" %1.sunrelay").arg(n);
    return path;
}
// A page of the central tabs in a scroll area: on a small screen (1024 x 600,
// 800 x 600) the page scrolls instead of making the window wider or taller
// than the screen and squeezing the timeline.
QScrollArea *scrolling(QWidget *page)
{
    auto *area = new QScrollArea;
    area->setObjectName(page->objectName() + QStringLiteral("Scroll"));
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setWidget(page);
    return area;
}
} // namespace

struct MainWindow::Private {
    MainWindow *q = nullptr;
    std::unique_ptr<PlanDocument> document;
    // Listens for the open plan: opening it again elsewhere raises this window.
    PlanBeacon *beacon = nullptr;
    Preferences preferences = Preferences::load();

    QStackedWidget *stack = nullptr;
    WelcomePage *welcome = nullptr;
    // The open plan's views, one tab each: the timeline first.
    QTabWidget *views = nullptr;
    TimelineView *timeline = nullptr;
    MyWeekView *myWeek = nullptr; // My week (issue 11): the tab beside the timeline
    QDockWidget *teamDock = nullptr;
    TeamPanel *team = nullptr;
    QDockWidget *backlogDock = nullptr;
    QDockWidget *detailsDock = nullptr;
    TaskDetailsPanel *details = nullptr;
    bool detailsDockWanted = true;
    BacklogPanel *backlog = nullptr;
    QAction *placeTask = nullptr; // Plan > Place Task At…: needs a selected task
    bool backlogDockWanted = true; // the user's choice, while a plan is open
    bool backlogDockSized = true; // false until first shown on a first start
    ConflictsDock *conflicts = nullptr; // the Conflicts dock and its status bar count

    QAction *undo = nullptr;
    QAction *redo = nullptr;
    QMenu *recentMenu = nullptr;
    QList<QAction *> documentActions; // enabled only with a plan open
    QList<QAction *> editingActions; // ... that can be edited
    DateField *dateNavigator = nullptr;
    QSlider *zoom = nullptr;
    QLabel *referenceLabel = nullptr;
    QLabel *summary = nullptr;
    bool paletteOverridden = false; // by a Light or Dark preference
    bool teamDockWanted = true; // the user's choice, while a plan is open
    bool teamDockSized = true; // false until first shown on a first start

    // The menus, the toolbar and the navigator in it, in menu bar order.
    struct NavigationActions {
        QAction *today = nullptr;
        QAction *back = nullptr;
        QAction *forward = nullptr;
        QAction *zoomIn = nullptr;
        QAction *zoomOut = nullptr;
    };
    void buildActions();
    void buildFileMenu();
    void addExchangeFileActions(QMenu &file);
    void addCalendarFileActions(QMenu &file);
    QDate shownWeekStart() const;
    void buildEditMenu();
    void addViewTabActions(QMenu &view);
    NavigationActions addNavigationActions(QMenu &view);
    void addDockToggles(QMenu &view);
    void buildPlanMenu();
    void buildHelpMenu(QMenu &view);
    void buildToolbar(QMenu &view, const NavigationActions &navigation);
    void connectNavigator();
    void setUpBacklog();
    void makeDocks();
    void sizeBacklogDocks();
    void placeTaskAt(const std::string &id, const std::string &regionId, Instant start);
    void setDocument(std::unique_ptr<PlanDocument> next);
    // The steps of setDocument(), in order.
    void closeViews();
    void showDocks(bool open);
    void showNoPlan();
    void connectUndo();
    void addTimelineAndMyWeek();
    void exportMemberCalendar(const std::string &memberId, const Interval &week);
    void addTeamPanel();
    void connectConflicts();
    void connectDocument();
    void addCoverageAndDrift();
    void showCurrentWeek();
    void updateTitle();
    void updateSummary();
    void syncNavigator();
    void applyPreferences();
    QStringList recentFiles() const;
    void addRecentFile(const QString &path);
    void updateRecentMenu();
    void showError(const QString &title, const QString &text);
    // Brings this window to the front (another opening of its plan asked).
    void raiseWindow();
    // When the plan at `path` is open already, here or in another Sunrelay
    // window, brings that window to the front. True if one was.
    void announcePlan();
    bool raiseWindowShowing(const QString &path);
    // Where file dialogs start: the folder last used in one, else Documents.
    QString dialogFolder() const;
    // Where Save As proposes the copy: the folder last used in a file
    // dialog, else the plan's own folder; for a plan the app keeps in its
    // data folder (an imported JSON), a folder the user never chose,
    // Documents instead.
    QString saveAsFolder() const;
    void rememberFolder(const QString &file);
    // Makes a new plan file from `plan` in the data folder and opens it; the
    // file's path, or nothing after an error was shown.
    std::optional<QString>
    importPlan(const Plan &plan, const QString &baseName, const QString &sourceName);

    void newPlan();
    void open(store::OpenMode mode);
    // Opens the plan file at `path`; when another program holds it open for
    // editing, offers to open a read-only copy instead. False after an error
    // was shown (or the offer declined).
    bool openPlanFile(const QString &path, store::OpenMode mode);
    void saveAs();
    void importPlanJson();
    void importRosterCsv();
    void exportPlanJson();
    void exportPicture();
    void closePlan();
    // On a narrow window the Team dock gives way, down to its minimum, so
    // the timeline keeps 600 px (UI.md: the timeline is the point).
    void keepTimelineWide();
    // Brings the central tab whose page is named `objectName` to the front.
    void showView(const QString &objectName);
    void editPreferences();
    void renamePlan();
};

void MainWindow::Private::showError(const QString &title, const QString &text)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Ok, q);
    box.setObjectName(QStringLiteral("errorDialog"));
    box.exec();
}

void MainWindow::Private::raiseWindow()
{
    if (q->isMinimized())
        q->showNormal();
    q->show();
    q->raise();
    q->activateWindow();
    qCInfo(lcWindow) << "brought to the front: another opening of"
                     << (document ? document->filePath() : QString()) << "asked for it";
}

// Other openings of the plan find this window through the beacon, but only
// while it holds the plan for editing: a read-only window takes no lock, so
// an opening for editing must go ahead rather than raise a viewer.
void MainWindow::Private::announcePlan()
{
    beacon->showPlan(document && !document->isReadOnly() ? document->filePath() : QString());
}

bool MainWindow::Private::raiseWindowShowing(const QString &path)
{
    // This window's own plan: its beacon could not answer while we wait here.
    // (Shown read-only, it may be opened again for editing.)
    if (document && !document->isReadOnly() && !document->filePath().isEmpty()
        && QFileInfo(document->filePath()).canonicalFilePath()
            == QFileInfo(path).canonicalFilePath()) {
        raiseWindow();
        return true;
    }
    if (!raiseWindowShowingPlan(path))
        return false;
    q->statusBar()->showMessage(
        MainWindow::tr("%1 is open in another Sunrelay window, which was brought to the front.")
            .arg(QFileInfo(path).fileName()),
        15000);
    return true;
}

QString MainWindow::Private::dialogFolder() const
{
    QString last = QSettings().value(QStringLiteral("files/lastFolder")).toString();
    if (!last.isEmpty() && QFileInfo(last).isDir())
        return last;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileInfo(documents).isDir() ? documents : QDir::homePath();
}

QString MainWindow::Private::saveAsFolder() const
{
    QString last = QSettings().value(QStringLiteral("files/lastFolder")).toString();
    if (!last.isEmpty() && QFileInfo(last).isDir())
        return last;
    const QString own = QFileInfo(document->filePath()).absoluteDir().canonicalPath();
    const QString data =
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).canonicalPath();
    const bool kept = !data.isEmpty() && (own == data || own.startsWith(data + u'/'));
    return !own.isEmpty() && !kept ? own : dialogFolder();
}

void MainWindow::Private::rememberFolder(const QString &file)
{
    QSettings().setValue(QStringLiteral("files/lastFolder"), QFileInfo(file).absolutePath());
}

QStringList MainWindow::Private::recentFiles() const
{
    // Plans deleted or moved away since are dropped from the list.
    QSettings settings;
    const QStringList stored = settings.value(QStringLiteral("recentFiles")).toStringList();
    QStringList files;
    for (const QString &path : stored)
        if (QFileInfo(path).isFile())
            files << path;
    if (files != stored)
        settings.setValue(QStringLiteral("recentFiles"), files);
    return files;
}

void MainWindow::Private::addRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > maxRecentFiles)
        files.removeLast();
    QSettings().setValue(QStringLiteral("recentFiles"), files);
    updateRecentMenu();
}

void MainWindow::Private::updateRecentMenu()
{
    recentMenu->clear();
    const QStringList files = recentFiles();
    for (const QString &path : files) {
        QString text = recentFileText(path);
        QAction *action = recentMenu->addAction(text.replace(u'&', QStringLiteral("&&")));
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        QObject::connect(action, &QAction::triggered, q, [this, path] {
            q->openPath(path);
        });
    }
    recentMenu->setEnabled(!files.isEmpty());
    welcome->setRecentFiles(files);
}

void MainWindow::Private::buildActions()
{
    buildFileMenu();
    buildEditMenu();
    //: Main menu bar: the View menu
    QMenu *view = q->menuBar()->addMenu(MainWindow::tr("&View"));
    addViewTabActions(*view);
    const NavigationActions navigation = addNavigationActions(*view);
    addDockToggles(*view);
    buildPlanMenu();
    buildHelpMenu(*view);
    buildToolbar(*view, navigation);
    connectNavigator();
}

void MainWindow::Private::buildFileMenu()
{
    //: Main menu bar: the File menu
    QMenu *file = q->menuBar()->addMenu(MainWindow::tr("&File"));
    //: File menu item: creates a new, empty plan file
    QAction *newAction = file->addAction(themeIcon(QStringLiteral("document-new")),
                                         MainWindow::tr("&New Plan…"),
                                         q,
                                         [this] {
                                             newPlan();
                                         });
    newAction->setShortcut(QKeySequence::New);
    //: File menu item: opens an existing plan for editing
    QAction *openAction = file->addAction(themeIcon(QStringLiteral("document-open")),
                                          MainWindow::tr("&Open…"),
                                          q,
                                          [this] {
                                              open(store::OpenMode::ReadWrite);
                                          });
    openAction->setShortcut(QKeySequence::Open);
    //: File menu item: opens a plan without taking the write lock
    file->addAction(MainWindow::tr("Open Read-Onl&y…"), q, [this] {
        open(store::OpenMode::ReadOnly);
    });
    //: File menu item: submenu listing recently opened plans
    recentMenu = file->addMenu(MainWindow::tr("Open &Recent"));
    recentMenu->setToolTipsVisible(true);
    QObject::connect(recentMenu, &QMenu::aboutToShow, q, [this] {
        updateRecentMenu();
    });
    //: File menu item: opens the sample plan shipped with Sunrelay
    file->addAction(themeIcon(QStringLiteral("document-open")),
                    MainWindow::tr("Open the &Demo Plan"),
                    q,
                    [this] {
                        q->openDemoPlan();
                    });
    file->addSeparator();
    //: File menu item: saves the plan under another file name
    QAction *saveAsAction = file->addAction(themeIcon(QStringLiteral("document-save-as")),
                                            MainWindow::tr("Save &As…"),
                                            q,
                                            [this] {
                                                saveAs();
                                            });
    setShortcuts(saveAsAction, QKeySequence::SaveAs, Qt::CTRL | Qt::SHIFT | Qt::Key_S);
    documentActions << saveAsAction;
    file->addSeparator();
    addExchangeFileActions(*file);
    file->addSeparator();
    addCalendarFileActions(*file);
    file->addSeparator();
    //: File menu item: closes the open plan
    QAction *closeAction = file->addAction(themeIcon(QStringLiteral("document-close")),
                                           MainWindow::tr("&Close"),
                                           q,
                                           [this] {
                                               closePlan();
                                           });
    closeAction->setShortcut(QKeySequence::Close);
    documentActions << closeAction;
    QAction *quit = file->addAction(themeIcon(QStringLiteral("application-exit")),
                                    //: File menu: close the window and end Sunrelay
                                    MainWindow::tr("&Quit"),
                                    q,
                                    &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
}

// Plan JSON in and out, members from CSV.
void MainWindow::Private::addExchangeFileActions(QMenu &file)
{
    //: File menu item: creates a plan from a plan JSON file
    file.addAction(MainWindow::tr("&Import Plan JSON…"), q, [this] {
        importPlanJson();
    });
    //: File menu item: adds team members from a CSV file
    QAction *importCsv = file.addAction(MainWindow::tr("Import &Member CSV…"), q, [this] {
        importRosterCsv();
    });
    //: File menu item: writes the plan to a JSON file
    QAction *exportJson = file.addAction(MainWindow::tr("&Export Plan JSON…"), q, [this] {
        exportPlanJson();
    });
    editingActions << importCsv;
    documentActions << exportJson;
}

// Calendar files (app/gui/calendar): exports start on the week the timeline
// shows, in its reference zone.
QDate MainWindow::Private::shownWeekStart() const
{
    const QDate middle = timeline->centralDate();
    const int firstDay = int(preferences.firstDayOfWeek);
    return middle.addDays(-((middle.dayOfWeek() - firstDay + 7) % 7));
}

void MainWindow::Private::addCalendarFileActions(QMenu &file)
{
    //: File menu item: writes the plan's shifts and handoffs to an iCalendar file
    QAction *exportCalendar = file.addAction(MainWindow::tr("Export Ca&lendar…"), q, [this] {
        CalendarExportDialog dialog(document->plan(), q);
        dialog.setReferenceZone(timeline->referenceZone());
        dialog.setDates(shownWeekStart(), shownWeekStart().addDays(6));
        dialog.setFolder(dialogFolder());
        if (dialog.exec() == QDialog::Accepted)
            rememberFolder(dialog.writtenPath());
    });
    //: File menu item: writes the handoffs to a CSV spreadsheet file
    QAction *exportHandoffs = file.addAction(MainWindow::tr("Export Handoffs as CS&V…"), q, [this] {
        HandoffsCsvDialog dialog(document.get(), q);
        dialog.setReferenceZone(timeline->referenceZone());
        dialog.setDates(shownWeekStart(), shownWeekStart().addDays(6));
        //: Proposed file name for the handoffs CSV; %1 is the plan file's name without extension
        dialog.setFilePath(dialogFolder() + u'/'
                           + MainWindow::tr("%1 handoffs", "a file name")
                                 .arg(QFileInfo(document->filePath()).completeBaseName())
                           + QStringLiteral(".csv"));
        if (dialog.exec() == QDialog::Accepted)
            rememberFolder(dialog.writtenPath());
    });
    //: File menu item: imports members' busy times from an iCalendar file
    QAction *importBusy = file.addAction(MainWindow::tr("Import &Busy Time…"), q, [this] {
        importCalendarFile(document.get(), CalendarImportKind::BusyTime, dialogFolder(), q);
    });
    //: File menu item: imports public holidays from an iCalendar file
    QAction *importHolidays = file.addAction(MainWindow::tr("Import &Holidays…"), q, [this] {
        importCalendarFile(document.get(), CalendarImportKind::Holidays, dialogFolder(), q);
    });
    documentActions << exportCalendar << exportHandoffs;
    editingActions << importBusy << importHolidays;
}

void MainWindow::Private::buildEditMenu()
{
    //: Main menu bar: the Edit menu
    QMenu *edit = q->menuBar()->addMenu(MainWindow::tr("&Edit"));
    //: Edit menu item: undoes the last change (shown when there is nothing to undo)
    undo = edit->addAction(themeIcon(QStringLiteral("edit-undo")), MainWindow::tr("&Undo"));
    // Every binding of the platform (Ctrl+Z; Ctrl+Shift+Z and Ctrl+Y), not
    // only the first.
    undo->setShortcuts(QKeySequence::Undo);
    //: Edit menu item: redoes the last undone change (shown when there is nothing to redo)
    redo = edit->addAction(themeIcon(QStringLiteral("edit-redo")), MainWindow::tr("&Redo"));
    redo->setShortcuts(QKeySequence::Redo);
    edit->addSeparator();
    //: Edit menu item: opens the Preferences dialog
    QAction *preferencesAction = edit->addAction(themeIcon(QStringLiteral("configure")),
                                                 MainWindow::tr("&Preferences…"),
                                                 q,
                                                 [this] {
                                                     editPreferences();
                                                 });
    setShortcuts(preferencesAction, QKeySequence::Preferences, Qt::CTRL | Qt::Key_Comma);
}

// One action per tab of the central views, Ctrl+1, Ctrl+2, ... in tab order.
void MainWindow::Private::addViewTabActions(QMenu &view)
{
    //: View menu item: shows the Timeline page
    QAction *timelineView = view.addAction(MainWindow::tr("Ti&meline"), q, [this] {
        showView(QStringLiteral("timeline"));
    });
    timelineView->setShortcut(Qt::CTRL | Qt::Key_1);
    documentActions << timelineView;
    // My week (issue 11).
    //: View menu item: shows the My Week page (one member's week)
    QAction *myWeekView = view.addAction(MainWindow::tr("My &Week"), q, [this] {
        showView(QStringLiteral("myWeek"));
    });
    myWeekView->setShortcut(Qt::CTRL | Qt::Key_2);
    documentActions << myWeekView;
    // Coverage and DST Drift pages (issue 11).
    //: View menu item: shows the Coverage page
    QAction *coverageView = view.addAction(MainWindow::tr("&Coverage"), q, [this] {
        showView(QStringLiteral("coverage"));
    });
    coverageView->setShortcut(Qt::CTRL | Qt::Key_3);
    //: View menu item: shows the DST Drift page (how daylight saving time shifts handoffs)
    QAction *driftView = view.addAction(MainWindow::tr("&DST Drift"), q, [this] {
        showView(QStringLiteral("drift"));
    });
    driftView->setShortcut(Qt::CTRL | Qt::Key_4);
    documentActions << coverageView << driftView;
    view.addSeparator();
}

// Moving and zooming the timeline; the toolbar shows some of them too.
MainWindow::Private::NavigationActions MainWindow::Private::addNavigationActions(QMenu &view)
{
    NavigationActions a;
    a.today = view.addAction(themeIcon(QStringLiteral("go-jump-today")),
                             //: View menu: scroll the timeline to today
                             MainWindow::tr("&Today"),
                             q,
                             [this] {
                                 timeline->goToToday();
                             });
    a.today->setShortcut(Qt::CTRL | Qt::Key_T);
    a.back = view.addAction(themeIcon(QStringLiteral("go-previous")),
                            //: View menu: scroll the timeline back in time
                            MainWindow::tr("&Earlier"),
                            q,
                            [this] {
                                timeline->panBy(-0.5);
                            });
    a.back->setShortcut(Qt::ALT | Qt::Key_Left);
    a.forward =
        //: View menu: scroll the timeline forward in time
        view.addAction(themeIcon(QStringLiteral("go-next")), MainWindow::tr("&Later"), q, [this] {
            timeline->panBy(0.5);
        });
    a.forward->setShortcut(Qt::ALT | Qt::Key_Right);
    //: View menu item: zooms the timeline in
    a.zoomIn =
        view.addAction(themeIcon(QStringLiteral("zoom-in")), MainWindow::tr("Zoom &In"), q, [this] {
            timeline->zoomIn();
        });
    a.zoomIn->setShortcut(QKeySequence::ZoomIn);
    //: View menu item: zooms the timeline out
    a.zoomOut = view.addAction(themeIcon(QStringLiteral("zoom-out")),
                               MainWindow::tr("Zoom &Out"),
                               q,
                               [this] {
                                   timeline->zoomOut();
                               });
    a.zoomOut->setShortcut(QKeySequence::ZoomOut);
    //: View menu item: scrolls the timeline to the next handoff between regions
    QAction *nextHandoff = view.addAction(MainWindow::tr("&Next Handoff"), q, [this] {
        timeline->nextHandoff();
    });
    nextHandoff->setShortcut(Qt::Key_BracketRight);
    //: View menu item: scrolls the timeline to the previous handoff between regions
    QAction *previousHandoff = view.addAction(MainWindow::tr("Pre&vious Handoff"), q, [this] {
        timeline->previousHandoff();
    });
    previousHandoff->setShortcut(Qt::Key_BracketLeft);
    // The toolbar's date field in one key, instead of tabbing through the
    // docks to it.
    //: View menu item: moves the focus to the toolbar's date field
    QAction *goToDate = view.addAction(MainWindow::tr("Go to D&ate…"), q, [this] {
        dateNavigator->setFocus(Qt::ShortcutFocusReason);
        dateNavigator->selectAll();
    });
    goToDate->setObjectName(QStringLiteral("goToDate"));
    goToDate->setShortcut(Qt::CTRL | Qt::Key_G);
    //: View menu item: saves the current page as a PNG, SVG or PDF picture
    QAction *exportPictureAction = view.addAction(MainWindow::tr("Export &Picture…"), q, [this] {
        exportPicture();
    });
    documentActions << a.today << a.back << a.forward << a.zoomIn << a.zoomOut << nextHandoff
                    << previousHandoff << goToDate << exportPictureAction;
    view.addSeparator();
    return a;
}

void MainWindow::Private::addDockToggles(QMenu &view)
{
    view.addAction(teamDock->toggleViewAction());
    view.addAction(backlogDock->toggleViewAction());
    documentActions << backlogDock->toggleViewAction();
    view.addAction(detailsDock->toggleViewAction());
    documentActions << detailsDock->toggleViewAction();
    view.addAction(conflicts->toggleViewAction());
    documentActions << conflicts->toggleViewAction();
}

void MainWindow::Private::buildPlanMenu()
{
    //: Menu title: the plan (team, tasks, policy)
    QMenu *planMenu = q->menuBar()->addMenu(MainWindow::tr("&Plan"));
    //: Plan menu item: changes the plan's name
    QAction *rename = planMenu->addAction(themeIcon(QStringLiteral("edit-rename")),
                                          MainWindow::tr("Re&name Plan…"),
                                          q,
                                          [this] {
                                              renamePlan();
                                          });
    editingActions << rename;
    planMenu->addSeparator();
    //: Plan menu item: adds a region (a team site) to the plan
    QAction *addRegion = planMenu->addAction(themeIcon(QStringLiteral("list-add")),
                                             MainWindow::tr("Add &Region"),
                                             q,
                                             [this] {
                                                 team->addRegion();
                                             });
    //: Plan menu item: opens the dialog that adds a team member
    QAction *addMember = planMenu->addAction(themeIcon(QStringLiteral("list-add-user")),
                                             MainWindow::tr("Add &Member…"),
                                             q,
                                             [this] {
                                                 team->addMember();
                                             });
    addMember->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_M);
    editingActions << addRegion << addMember;
    planMenu->addSeparator();
    //: Plan menu item: opens the dialog that creates a task
    QAction *newTask = planMenu->addAction(themeIcon(QStringLiteral("list-add")),
                                           MainWindow::tr("New &Task…"),
                                           q,
                                           [this] {
                                               backlog->addTask();
                                           });
    newTask->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_N);
    //: Plan menu item: places the task selected in the backlog on the timeline, at a time chosen
    //: next
    placeTask = planMenu->addAction(themeIcon(QStringLiteral("go-jump")),
                                    MainWindow::tr("&Place Task At…"),
                                    q,
                                    [this] {
                                        backlog->placeSelectedTask();
                                    });
    placeTask->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_P);
    editingActions << newTask;
    documentActions << addPublishAction(*planMenu, *q, [this] {
        return document ? &document->plan() : nullptr;
    });
}

void MainWindow::Private::buildHelpMenu(QMenu &view)
{
    //: Main menu bar: the Help menu
    QMenu *help = q->menuBar()->addMenu(MainWindow::tr("&Help"));
    // View > Legend; Help > Keyboard Shortcuts and the guide pages (issue 11).
    addHelpActions(*q, view, *help);
    //: Help menu item: shows the About dialog
    QAction *about = help->addAction(MainWindow::tr("&About Sunrelay"), q, [this] {
        auto *dialog = q->findChild<AboutDialog *>();
        if (!dialog) {
            dialog = new AboutDialog(q);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
        }
        dialog->show();
        dialog->raise();
        dialog->activateWindow();
    });
    about->setObjectName(QStringLiteral("showAbout"));
    about->setMenuRole(QAction::AboutRole);
}

// Toolbar: undo/redo | today, back, forward, date | zoom | reference zone.
void MainWindow::Private::buildToolbar(QMenu &view, const NavigationActions &navigation)
{
    //: Name of the main toolbar (shown in its context menu)
    QToolBar *bar = q->addToolBar(MainWindow::tr("Main toolbar"));
    bar->setObjectName(QStringLiteral("mainToolbar"));
    bar->addAction(undo);
    bar->addAction(redo);
    bar->addSeparator();
    bar->addAction(navigation.today);
    bar->addAction(navigation.back);
    bar->addAction(navigation.forward);
    dateNavigator = new DateField(q);
    dateNavigator->setCalendarPopup(true);
    //: Accessible name and tooltip of the toolbar's date field: the timeline jumps to the date
    //: chosen
    dateNavigator->setAccessibleName(MainWindow::tr("Go to date"));
    dateNavigator->setToolTip(MainWindow::tr("Go to date"));
    // Shown at the minimum date, which stands for "no plan open".
    //: Shown in the toolbar's date field when no plan is open
    dateNavigator->setSpecialValueText(MainWindow::tr("—", "date navigator without a plan"));
    bar->addWidget(dateNavigator);
    dateNavigator->installEventFilter(
        new PassShortcuts({QKeySequence(Qt::Key_BracketRight), QKeySequence(Qt::Key_BracketLeft)},
                          dateNavigator));
    bar->addSeparator();
    bar->addAction(navigation.zoomOut);
    zoom = new QSlider(Qt::Horizontal, q);
    zoom->setRange(0, 100);
    zoom->setMaximumWidth(160);
    //: Screen-reader name of the timeline zoom slider
    zoom->setAccessibleName(MainWindow::tr("Zoom"));
    zoom->setToolTip(MainWindow::tr("Zoom: from 4 weeks to 1 hour"));
    bar->addWidget(zoom);
    bar->addAction(navigation.zoomIn);
    bar->addSeparator();
    referenceLabel = new QLabel(q);
    referenceLabel->setContentsMargins(6, 0, 6, 0);
    bar->addWidget(referenceLabel);
    documentActions << teamDock->toggleViewAction();
    // A hidden toolbar can be brought back from the View menu, with or
    // without a plan open (its own context menu needs it shown).
    QAction *showToolbar = bar->toggleViewAction();
    //: View menu item: shows or hides the main toolbar
    showToolbar->setText(MainWindow::tr("Show Tool&bar"));
    view.insertAction(teamDock->toggleViewAction(), showToolbar);
}

// The toolbar's date and zoom slider move the timeline; syncNavigator()
// does the other way round.
void MainWindow::Private::connectNavigator()
{
    QObject::connect(dateNavigator, &QDateEdit::dateChanged, q, [this](const QDate &day) {
        if (timeline)
            timeline->showDate(day);
    });
    QObject::connect(zoom, &QSlider::valueChanged, q, [this](int value) {
        if (!timeline)
            return;
        const Interval visible = timeline->timeGeometry().visible();
        const Seconds span = spanOf(value);
        if (sliderValue(visible.length()) == value)
            return;
        const Instant middle = visible.start + visible.length() / 2;
        timeline->setVisibleRange({middle - span / 2, middle - span / 2 + span});
    });
}

void MainWindow::Private::syncNavigator()
{
    if (!timeline)
        return;
    const QSignalBlocker blockDate(dateNavigator);
    dateNavigator->setDate(timeline->centralDate());
    const QSignalBlocker blockZoom(zoom);
    zoom->setValue(sliderValue(timeline->timeGeometry().visible().length()));
}

void MainWindow::Private::setDocument(std::unique_ptr<PlanDocument> next)
{
    closeViews();
    document = std::move(next);
    announcePlan();

    const bool open = document != nullptr;
    showDocks(open);
    undo->disconnect();
    redo->disconnect();
    if (!open) {
        showNoPlan();
        return;
    }
    connectUndo();
    addTimelineAndMyWeek();
    stack->setCurrentWidget(views);
    addTeamPanel();
    setUpBacklog();
    connectConflicts();
    connectDocument();
    addCoverageAndDrift();
    applyPreferences();
    showCurrentWeek();
    syncNavigator();
    updateTitle();
    updateSummary();
    addRecentFile(document->filePath());
    // The tab the user last looked at, once all pages are there.
    views->setCurrentIndex(QSettings().value(QStringLiteral("window/view"), 0).toInt());
    views->currentWidget()->setFocus();
}

// Deletes the views of the plan shown so far, remembering which docks the
// user keeps open and which tab was in front.
void MainWindow::Private::closeViews()
{
    // Whether the user keeps the Team dock open is only known while a plan
    // shows it: without a plan it is hidden (it would be empty).
    if (document) {
        teamDockWanted = !teamDock->isHidden();
        backlogDockWanted = !backlogDock->isHidden();
        detailsDockWanted = !detailsDock->isHidden();
    }
    // Views first, then the document they watch.
    if (document)
        QSettings().setValue(QStringLiteral("window/view"), views->currentIndex());
    while (views->count() > 0) {
        QWidget *page = views->widget(0);
        views->removeTab(0);
        delete page;
    }
    timeline = nullptr;
    myWeek = nullptr; // deleted with the other pages
    delete team;
    team = nullptr;
    delete backlog;
    backlog = nullptr;
    delete details;
    details = nullptr;
    conflicts->closePlan();
}

// Enables the actions and shows the docks a plan (`open`) or no plan needs.
void MainWindow::Private::showDocks(bool open)
{
    for (QAction *action : documentActions)
        action->setEnabled(open);
    for (QAction *action : editingActions)
        action->setEnabled(open && !document->isReadOnly());
    dateNavigator->setEnabled(open);
    zoom->setEnabled(open);
    referenceLabel->setEnabled(open);
    teamDock->setVisible(open && teamDockWanted);
    if (teamDock->isVisibleTo(q) && !teamDockSized) {
        teamDockSized = true;
        QTimer::singleShot(0, q, [this] {
            q->resizeDocks({teamDock}, {q->fontMetrics().averageCharWidth() * 48}, Qt::Horizontal);
        });
    }
    backlogDock->setVisible(open && backlogDockWanted);
    detailsDock->setVisible(open && detailsDockWanted);
    placeTask->setEnabled(false);
}

// The window without a plan: the welcome page.
void MainWindow::Private::showNoPlan()
{
    undo->setEnabled(false);
    redo->setEnabled(false);
    auto *placeholder = new QLabel(MainWindow::tr("Open a plan to see its team."), teamDock);
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setWordWrap(true);
    placeholder->setMargin(q->style()->pixelMetric(QStyle::PM_LayoutLeftMargin) * 2);
    teamDock->setWidget(placeholder);
    // No date rather than the date edit's own default (1 Jan 2000).
    const QSignalBlocker blockDate(dateNavigator);
    dateNavigator->setDate(dateNavigator->minimumDate());
    updateRecentMenu(); // the welcome page's list, without plans gone since
    stack->setCurrentIndex(0); // the welcome page
    updateTitle();
    summary->clear();
}

// Edit > Undo and Redo act on the plan's undo stack and name its steps.
void MainWindow::Private::connectUndo()
{
    QUndoStack *stackOfEdits = document->undoStack();
    QObject::connect(undo, &QAction::triggered, stackOfEdits, &QUndoStack::undo);
    QObject::connect(redo, &QAction::triggered, stackOfEdits, &QUndoStack::redo);
    const auto updateUndo = [this, stackOfEdits] {
        undo->setEnabled(stackOfEdits->canUndo());
        redo->setEnabled(stackOfEdits->canRedo());
        //: Edit menu item; %1 is the name of the change to undo, e.g. "Undo Move Ana's shift"
        undo->setText(stackOfEdits->canUndo()
                          ? MainWindow::tr("&Undo %1").arg(stackOfEdits->undoText())
                          : MainWindow::tr("&Undo"));
        //: Edit menu item; %1 is the name of the change to redo, e.g. "Redo Move Ana's shift"
        redo->setText(stackOfEdits->canRedo()
                          ? MainWindow::tr("&Redo %1").arg(stackOfEdits->redoText())
                          : MainWindow::tr("&Redo"));
    };
    QObject::connect(stackOfEdits, &QUndoStack::indexChanged, q, updateUndo);
    updateUndo();
}

// The timeline, then My week (issue 11): one member's week; its calendar
// buttons open the calendar dialogs preset to its member.
void MainWindow::Private::addTimelineAndMyWeek()
{
    timeline = new TimelineView(document.get(), views);
    timeline->setObjectName(QStringLiteral("timeline"));
    //: Tab title of the main window's Timeline page
    views->addTab(timeline, MainWindow::tr("Timeline"));
    myWeek = new MyWeekView(document.get(), views);
    myWeek->setObjectName(QStringLiteral("myWeek"));
    myWeek->setClockStyle(preferences.use24HourClock ? ClockStyle::TwentyFourHour
                                                     : ClockStyle::TwelveHour);
    myWeek->setFirstDayOfWeek(preferences.firstDayOfWeek);
    //: Tab title of the main window's My Week page (one member's week)
    views->addTab(scrolling(myWeek), MainWindow::tr("My Week"));
    QObject::connect(myWeek,
                     &MyWeekView::exportCalendarRequested,
                     q,
                     [this](const std::string &memberId, const Interval &week) {
                         exportMemberCalendar(memberId, week);
                     });
    QObject::connect(myWeek,
                     &MyWeekView::importBusyTimeRequested,
                     q,
                     [this](const std::string &memberId) {
                         if (!document->isReadOnly())
                             importCalendarFile(document.get(),
                                                CalendarImportKind::BusyTime,
                                                dialogFolder(),
                                                q,
                                                memberId);
                     });
}

void MainWindow::Private::exportMemberCalendar(const std::string &memberId, const Interval &week)
{
    const auto index = document->plan().memberIndex(memberId);
    if (!index)
        return;
    const TimeZone &zone = document->plan().members[*index].zone;
    const QDate first = toQDate(date::floor<date::days>(toLocal(zone, week.start)));
    CalendarExportDialog dialog(document->plan(), q);
    dialog.setReferenceZone(timeline->referenceZone());
    dialog.setScope(ical::ExportScope::Member, memberId);
    dialog.setDates(first, first.addDays(6));
    dialog.setFolder(dialogFolder());
    if (dialog.exec() == QDialog::Accepted)
        rememberFolder(dialog.writtenPath());
}

void MainWindow::Private::addTeamPanel()
{
    team = new TeamPanel(document.get(), teamDock);
    teamDock->setWidget(team);
    // The team panel emits intentions too; connectTeamPanel() makes them undo steps.
    connectTeamPanel(*team, *document);
    QObject::connect(timeline, &TimelineView::memberActivated, team, &TeamPanel::editMember);
    QObject::connect(team,
                     &TeamPanel::shownMembersChanged,
                     timeline,
                     &TimelineView::setMemberFilter);
    // The timeline emits intentions; the document makes them undo steps.
    QObject::connect(timeline,
                     &TimelineView::memberEdited,
                     document.get(),
                     [doc = document.get()](const Member &member, const QString &text) {
                         doc->changeMember(member, text);
                     });
}

// Conflicts dock (issue 11): a conflict activated there is shown where the
// user looks.
void MainWindow::Private::connectConflicts()
{
    conflicts->openPlan(document.get(), timeline);
    QObject::connect(conflicts,
                     &ConflictsDock::conflictActivated,
                     timeline,
                     [this](const Conflict &conflict) {
                         const std::string memberId = conflict.member
                             ? document->plan().members[*conflict.member].id
                             : std::string();
                         // Looking at My week, a member's conflict shows there.
                         if (views->currentWidget()->isAncestorOf(myWeek) && !memberId.empty()) {
                             myWeek->showMemberAt(memberId, conflict.interval.start);
                             return;
                         }
                         showView(QStringLiteral("timeline"));
                         timeline->showInterval(conflict.interval, memberId);
                     });
}

// The window's status bar, navigator, title and errors follow the timeline
// and the document.
void MainWindow::Private::connectDocument()
{
    QObject::connect(timeline, &TimelineView::handoffShown, q, [this](const QString &summary) {
        q->statusBar()->showMessage(summary, 20000);
    });
    QObject::connect(timeline, &TimelineView::visibleRangeChanged, q, [this] {
        syncNavigator();
    });
    QObject::connect(document.get(), &PlanDocument::planChanged, q, [this] {
        updateTitle();
        updateSummary();
    });
    QObject::connect(document.get(), &PlanDocument::filePathChanged, q, [this] {
        updateTitle();
        addRecentFile(document->filePath());
        announcePlan(); // after Save As, the new file
    });
    QObject::connect(document.get(), &PlanDocument::editFailed, q, [this](const QString &text) {
        //: Title of the error box shown when an edit could not be written to the plan file
        showError(MainWindow::tr("Change not saved"), text);
    });
}

// Coverage and DST Drift pages (issue 11): they read the document and
// recompute on planChanged by themselves; applyPreferences() sets their
// zone and clock.
void MainWindow::Private::addCoverageAndDrift()
{
    auto *coverage = new CoverageView(document.get(), views);
    coverage->setObjectName(QStringLiteral("coverage"));
    //: Tab title of the main window's Coverage page
    views->addTab(scrolling(coverage), MainWindow::tr("Coverage"));
    auto *drift = new DriftView(document.get(), views);
    drift->setObjectName(QStringLiteral("drift"));
    //: Tab title of the main window's DST Drift page (daylight saving time shifts)
    views->addTab(scrolling(drift), MainWindow::tr("DST Drift"));
}

// Start on the current week in the reference zone, from the preferred first
// day of the week.
void MainWindow::Private::showCurrentWeek()
{
    const TimeZone &zone = timeline->referenceZone();
    const LocalDate today = date::floor<date::days>(toLocal(zone, timeline->now()));
    const date::weekday first{unsigned(preferences.firstDayOfWeek) % 7};
    const LocalDate weekStart = today - (date::weekday{today} - first);
    timeline->setVisibleRange(
        {resolveLocalTime(zone, LocalTime{weekStart}).instant,
         resolveLocalTime(zone, LocalTime{weekStart + date::days{7}}).instant});
}

// One undo step named by where the task goes, in the zone and clock the
// user reads times in: "Place T-3 in EMEA at Tue 09:00".
void MainWindow::Private::placeTaskAt(const std::string &id,
                                      const std::string &regionId,
                                      Instant start)
{
    const Plan &current = document->plan();
    const auto task = std::find_if(current.tasks.begin(), current.tasks.end(), [&](const Task &t) {
        return t.id == id;
    });
    if (task == current.tasks.end())
        return;
    const ClockStyle style =
        preferences.use24HourClock ? ClockStyle::TwentyFourHour : ClockStyle::TwelveHour;
    document->placeTask(
        id,
        regionId,
        start,
        placeStepText(current, *task, regionId, start, preferences.timelineZone(), style));
}

// The Backlog dock's panel for the open plan; its intentions become the
// document's undo steps, its times follow the reference zone and clock.
// On a first start the backlog shows about a dozen rows under the
// timeline, and the task details beside it get room for a route.
void MainWindow::Private::sizeBacklogDocks()
{
    if (backlogDock->isVisibleTo(q) && !backlogDockSized) {
        backlogDockSized = true;
        QTimer::singleShot(0, q, [this] {
            q->resizeDocks({backlogDock}, {q->fontMetrics().height() * 18}, Qt::Vertical);
            if (detailsDock->isVisible())
                q->resizeDocks({backlogDock, detailsDock},
                               {q->width() * 3 / 5, q->width() * 2 / 5},
                               Qt::Horizontal);
        });
    }
}

void MainWindow::Private::setUpBacklog()
{
    details = new TaskDetailsPanel(document.get(), detailsDock);
    details->setObjectName(QStringLiteral("taskDetails"));
    detailsDock->setWidget(details);
    backlog = new BacklogPanel(document.get(), backlogDock);
    backlog->setObjectName(QStringLiteral("backlog"));
    backlogDock->setWidget(backlog);
    PlanDocument *plan = document.get();
    QObject::connect(backlog, &BacklogPanel::taskAdded, plan, &PlanDocument::addTask);
    QObject::connect(backlog, &BacklogPanel::taskEdited, plan, [plan](const Task &task) {
        //: Undo history entry for editing a task; %1 is the task's id
        plan->changeTask(task, MainWindow::tr("Edit %1").arg(QString::fromStdString(task.id)));
    });
    QObject::connect(backlog, &BacklogPanel::taskDeleted, plan, &PlanDocument::removeTask);
    QObject::connect(backlog, &BacklogPanel::unplaceRequested, plan, &PlanDocument::unplaceTask);
    QObject::connect(backlog,
                     &BacklogPanel::placeRequested,
                     q,
                     [this](const std::string &id, const std::string &regionId, Instant start) {
                         placeTaskAt(id, regionId, start);
                     });
    // The timeline's task intentions, and one selection for both.
    QObject::connect(timeline,
                     &TimelineView::taskPlaced,
                     q,
                     [this](const std::string &id, const std::string &regionId, Instant start) {
                         placeTaskAt(id, regionId, start);
                     });
    QObject::connect(timeline,
                     &TimelineView::taskUnplaceRequested,
                     plan,
                     &PlanDocument::unplaceTask);
    QObject::connect(timeline, &TimelineView::taskSelected, backlog, &BacklogPanel::selectTask);
    QObject::connect(backlog,
                     &BacklogPanel::selectedTaskChanged,
                     details,
                     &TaskDetailsPanel::showTask);
    QObject::connect(details,
                     &TaskDetailsPanel::handoffNoteEdited,
                     plan,
                     [plan](const std::string &id, int number, const QString &text) {
                         const auto &tasks = plan->plan().tasks;
                         const auto task =
                             std::find_if(tasks.begin(), tasks.end(), [&](const Task &t) {
                                 return t.id == id;
                             });
                         if (task == tasks.end())
                             return;
                         Task edited = *task;
                         setHandoffNote(edited, number, text.toStdString());
                         plan->changeTask(edited,
                                          MainWindow::tr("Edit the note on handoff %1 of %2")
                                              .arg(number)
                                              .arg(QString::fromStdString(id)));
                     });
    QObject::connect(backlog,
                     &BacklogPanel::selectedTaskChanged,
                     timeline,
                     &TimelineView::setSelectedTask);
    QObject::connect(timeline,
                     &TimelineView::placeTaskAtRequested,
                     backlog,
                     [this](const std::string &id) {
                         backlog->selectTask(id);
                         backlog->placeSelectedTask();
                     });
    const auto updatePlaceAction = [this] {
        placeTask->setEnabled(!document->isReadOnly() && !backlog->selectedTask().empty()
                              && !document->plan().regions.empty());
    };
    QObject::connect(backlog, &BacklogPanel::selectedTaskChanged, q, updatePlaceAction);
    QObject::connect(document.get(), &PlanDocument::planChanged, backlog, updatePlaceAction);
    updatePlaceAction();
    sizeBacklogDocks();
}

void MainWindow::Private::updateTitle()
{
    // KDE HIG: the document's name; Qt's platform window appends " — " and
    // the application's display name. No "[*]": every edit is saved at once,
    // so a plan is never modified-but-unsaved. Without a plan the title is
    // empty and the window shows just the display name.
    if (!document) {
        q->setWindowFilePath(QString());
        q->setWindowTitle(QString());
        return;
    }
    q->setWindowFilePath(document->filePath());
    const QString name = QString::fromStdString(document->plan().name);
    //: Window title of a plan opened read-only; %1 is the plan's name
    q->setWindowTitle(document->isReadOnly() ? MainWindow::tr("%1 [read-only]").arg(name) : name);
}

void MainWindow::Private::renamePlan()
{
    const QString current = QString::fromStdString(document->plan().name);
    QDialog dialog(q);
    dialog.setObjectName(QStringLiteral("renamePlanDialog"));
    //: Title of the dialog that renames the plan
    dialog.setWindowTitle(MainWindow::tr("Rename Plan"));
    auto *name = new QLineEdit(current, &dialog);
    name->selectAll();
    auto *form = new QFormLayout;
    //: Form label in the Rename Plan dialog: the plan's new name
    form->addRow(MainWindow::tr("&Name:"), name);
    auto *why = new QLabel(MainWindow::tr("A plan needs a name: it is the window's title and "
                                          "the name its exports carry."),
                           &dialog);
    why->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(why);
    layout->addStretch(1); // a taller dialog keeps its lines together
    layout->addWidget(buttons);
    // The height the dialog's lines need at its width: the hint wraps.
    const auto neededHeight = [&dialog, layout] {
        layout->invalidate();
        return layout->hasHeightForWidth() ? layout->totalHeightForWidth(dialog.width())
                                           : layout->totalSizeHint().height();
    };
    // The hint appears only while the name is empty; the dialog grows to
    // show it whole and fits its lines again after.
    bool grown = false;
    const auto check = [&dialog, layout, name, why, buttons, neededHeight, &grown] {
        const bool empty = name->text().trimmed().isEmpty();
        why->setVisible(empty);
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!empty);
        if (empty) {
            const int needed = neededHeight();
            if (dialog.height() < needed) {
                grown = true;
                dialog.resize(dialog.width(), needed);
            }
        } else if (grown) {
            grown = false;
            const int needed = neededHeight();
            layout->activate(); // the minimum height without the hint, before shrinking
            dialog.resize(dialog.width(), needed);
        }
    };
    QObject::connect(name, &QLineEdit::textChanged, &dialog, check);
    check();
    dialog.resize(dialog.fontMetrics().averageCharWidth() * 50, dialog.sizeHint().height());
    dialog.resize(dialog.width(), neededHeight());
    if (dialog.exec() != QDialog::Accepted || !document)
        return;
    const QString renamed = name->text().trimmed();
    if (!renamed.isEmpty() && renamed != current)
        document->setPlanName(renamed); // one undo step
}

void MainWindow::Private::updateSummary()
{
    if (!document || !timeline)
        return;
    const Plan &plan = document->plan();
    // Coverage of this week and the next handoff, from core's report.
    const Instant now = timeline->now();
    const date::sys_days today = date::floor<date::days>(now);
    const ScheduleReport week = reportSchedule(plan, dayWindow(today, today + date::days{6}));
    const double covered =
        1.0 - double(week.gaps.totalLength().count()) / double(week.window.length().count());
    //: Status bar: the number of team members in the plan
    QString text = MainWindow::tr("%n member(s)", nullptr, int(plan.members.size()))
        //: Status bar: the number of regions (team sites) in the plan
        + QStringLiteral(" · ") + MainWindow::tr("%n region(s)", nullptr, int(plan.regions.size()));
    if (!plan.regions.empty())
        text += QStringLiteral(" · ")
            + MainWindow::tr("coverage %1 % in the next 7 days").arg(std::lround(covered * 100));
    for (const Handoff &handoff : week.handoffs) {
        if (handoff.at < now)
            continue;
        text += QStringLiteral(" · ")
            + MainWindow::tr("next handoff %1 → %2 in %3")
                  .arg(QString::fromStdString(plan.regions[handoff.from].name),
                       QString::fromStdString(plan.regions[handoff.to].name),
                       durationText(handoff.at - now));
        break;
    }
    summary->setText(text);
}

void MainWindow::Private::applyPreferences()
{
    // Appearance: the system's palette unless the user chose light or dark.
    switch (preferences.appearance) {
    case Appearance::FollowSystem:
        // An application palette with no role set resolves every role
        // against the platform theme and the style, so it is the system's
        // palette again, and follows it when the system's colours change.
        if (paletteOverridden) {
            QPalette system;
            system.setResolveMask(0);
            QApplication::setPalette(system);
            paletteOverridden = false;
        }
        break;
    case Appearance::Light:
        QApplication::setPalette(lightPalette());
        paletteOverridden = true;
        break;
    case Appearance::Dark:
        QApplication::setPalette(darkPalette());
        paletteOverridden = true;
        break;
    case Appearance::HighContrast:
        QApplication::setPalette(highContrastPalette());
        paletteOverridden = true;
        break;
    }
    dateNavigator->calendarWidget()->setFirstDayOfWeek(preferences.firstDayOfWeek);
    if (timeline) {
        timeline->setReferenceZone(preferences.timelineZone());
        timeline->setUse24HourClock(preferences.use24HourClock);
        timeline->setFirstDayOfWeek(preferences.firstDayOfWeek);
        syncNavigator(); // its date is the reference zone's
    }
    if (details) {
        details->setReferenceZone(preferences.timelineZone());
        details->setClockStyle(preferences.use24HourClock ? ClockStyle::TwentyFourHour
                                                          : ClockStyle::TwelveHour);
    }
    if (myWeek) { // My week (issue 11)
        myWeek->setClockStyle(preferences.use24HourClock ? ClockStyle::TwentyFourHour
                                                         : ClockStyle::TwelveHour);
        myWeek->setFirstDayOfWeek(preferences.firstDayOfWeek);
    }
    if (backlog) {
        backlog->setReferenceZone(preferences.timelineZone());
        backlog->setClockStyle(preferences.use24HourClock ? ClockStyle::TwentyFourHour
                                                          : ClockStyle::TwelveHour);
    }
    conflicts->setReferenceZone(preferences.timelineZone());
    conflicts->setClockStyle(preferences.use24HourClock ? ClockStyle::TwentyFourHour
                                                        : ClockStyle::TwelveHour);
    // Coverage and DST Drift pages (issue 11).
    for (CoverageView *coverage : views->findChildren<CoverageView *>())
        coverage->setReferenceZone(preferences.timelineZone());
    for (DriftView *drift : views->findChildren<DriftView *>())
        drift->setClockStyle(preferences.use24HourClock ? ClockStyle::TwentyFourHour
                                                        : ClockStyle::TwelveHour);
    //: Status bar: the time zone the timeline is drawn in; %1 is an IANA zone name like
    //: Europe/Berlin
    referenceLabel->setText(MainWindow::tr("Reference: %1")
                                .arg(QString::fromStdString(preferences.timelineZone().name())));
}

void MainWindow::Private::editPreferences()
{
    PreferencesDialog dialog(preferences, q);
    if (dialog.exec() != QDialog::Accepted)
        return;
    preferences = dialog.preferences();
    preferences.save();
    applyPreferences();
}

void MainWindow::Private::newPlan()
{
    //: Title of the file dialog (and of its error box) that creates a new plan file
    const QString chosen =
        QFileDialog::getSaveFileName(q, MainWindow::tr("New plan"), dialogFolder(), planFilter());
    if (chosen.isEmpty())
        return;
    const auto target = saveTarget(q, chosen, QStringLiteral("sunrelay"));
    if (!target)
        return;
    const QString &path = *target;
    rememberFolder(path);
    Plan plan;
    plan.name = QFileInfo(path).completeBaseName().toStdString();
    if (QFileInfo::exists(path))
        QFile::remove(path); // the dialog already asked to replace it
    auto created = PlanDocument::create(path, plan);
    if (!created)
        return showError(MainWindow::tr("New plan"), storeErrorText(created.error()));
    setDocument(std::move(created).value());
}

void MainWindow::Private::open(store::OpenMode mode)
{
    //: File type filter in the open dialog: any file
    const QString anyFile = MainWindow::tr("All files (*)");
    const QString filters = QStringList{planFilter(), planJsonFilter(), anyFile}.join(u";;");
    //: Title of the file dialog that opens a plan
    const QString path =
        QFileDialog::getOpenFileName(q, MainWindow::tr("Open plan"), dialogFolder(), filters);
    if (path.isEmpty())
        return;
    rememberFolder(path);
    if (path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) {
        q->openPath(path);
        return;
    }
    openPlanFile(path, mode);
}

bool MainWindow::Private::openPlanFile(const QString &path, store::OpenMode mode)
{
    //: Title of an error box; %1 is the name of the file that cannot be opened
    const QString title = MainWindow::tr("Cannot open %1").arg(QFileInfo(path).fileName());
    // SQLite would block on a FIFO and read a device as a database.
    if (const auto problem = io::checkRegularFile(QFile::encodeName(path).toStdString())) {
        showError(title,
                  //: A file and why it cannot be opened: "team.sunrelay: permission denied"
                  MainWindow::tr("%1: %2").arg(QFileInfo(path).fileName(),
                                               apptext::ioErrorText(*problem)));
        return false;
    }
    // Open in a window already: that window, not the lock's dead end.
    if (raiseWindowShowing(path))
        return true;
    auto opened = PlanDocument::open(path, mode);
    // A window that opened it just now may have begun listening since.
    if (!opened && opened.error().code == store::StoreErrorCode::Locked && raiseWindowShowing(path))
        return true;
    if (!opened && opened.error().code == store::StoreErrorCode::Locked) {
        // Something to do rather than a dead end: a copy of the plan as it
        // is now, to read while the other program edits the original.
        QMessageBox box(QMessageBox::Information,
                        title,
                        storeErrorText(opened.error()),
                        QMessageBox::Cancel,
                        q);
        box.setObjectName(QStringLiteral("lockedDialog"));
        box.setInformativeText(MainWindow::tr(
            "You can open a copy of the plan as it is now, read-only, and look at it while "
            "the other program goes on editing the original."));
        //: Button in the box saying another program is editing the plan: opens a read-only copy
        //: instead
        QPushButton *copy =
            box.addButton(MainWindow::tr("Open a Read-Only &Copy"), QMessageBox::AcceptRole);
        box.setDefaultButton(copy);
        box.exec();
        if (box.clickedButton() != copy)
            return false;
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
            + QStringLiteral("/read-only copies");
        QDir().mkpath(folder);
        //: Proposed file name for a read-only copy; %1 is the original file's name without
        //: extension
        const QString copyPath = uniquePlanPath(
            folder,
            MainWindow::tr("%1 (copy)", "a file name").arg(QFileInfo(path).completeBaseName()));
        opened = PlanDocument::openCopy(path, copyPath);
    }
    if (!opened) {
        showError(title, storeErrorText(opened.error()));
        return false;
    }
    setDocument(std::move(opened).value());
    return true;
}

void MainWindow::Private::saveAs()
{
    // A name no file has yet: the plan's own name there would be the open
    // file itself, or another plan to overwrite.
    const QString proposed =
        uniquePlanPath(saveAsFolder(), QFileInfo(document->filePath()).completeBaseName());
    //: Title of the file dialog that saves the plan under a new name
    const QString chosen =
        QFileDialog::getSaveFileName(q, MainWindow::tr("Save plan as"), proposed, planFilter());
    if (chosen.isEmpty())
        return;
    const auto target = saveTarget(q, chosen, QStringLiteral("sunrelay"));
    if (!target)
        return;
    const QString &path = *target;
    rememberFolder(path);
    if (QFileInfo(path) == QFileInfo(document->filePath())) {
        // Every edit is already in this file; a copy needs another name.
        //: Title of an error box after File > Save As failed
        showError(MainWindow::tr("Save as"),
                  MainWindow::tr("This plan is already saved in %1: every change goes into it "
                                 "as you make it. To make a copy, choose another name.")
                      .arg(QFileInfo(path).fileName()));
        return;
    }
    if (auto error = document->saveAs(path))
        showError(MainWindow::tr("Save as"), storeErrorText(*error));
}

void MainWindow::Private::importPlanJson()
{
    //: Title of the file dialog that picks a plan JSON file to import
    const QString json = QFileDialog::getOpenFileName(q,
                                                      MainWindow::tr("Import plan JSON"),
                                                      dialogFolder(),
                                                      planJsonFilter());
    if (json.isEmpty())
        return;
    rememberFolder(json);
    q->openPath(json);
}

void MainWindow::Private::importRosterCsv()
{
    //: Title of the file dialog (and of its error boxes) that imports members from CSV
    const QString path =
        QFileDialog::getOpenFileName(q,
                                     MainWindow::tr("Import member CSV"),
                                     dialogFolder(),
                                     //: File type filter in the member CSV import dialog
                                     MainWindow::tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    rememberFolder(path);
    const auto bytes =
        io::readRegularFile(QFile::encodeName(path).toStdString(), io::maxRosterCsvBytes);
    if (!bytes)
        return showError(MainWindow::tr("Import member CSV"),
                         //: A CSV file and why it cannot be read: "team.csv: permission denied"
                         MainWindow::tr("%1: %2").arg(QFileInfo(path).fileName(),
                                                      apptext::ioErrorText(bytes.error())));
    const auto roster =
        exchange::readRosterCsv(bytes.value(), QFileInfo(path).completeBaseName().toStdString());
    if (!roster)
        return showError(
            MainWindow::tr("Import member CSV"),
            //: A CSV file and the reader's message on it (in English)
            MainWindow::tr("%1: %2").arg(QFileInfo(path).fileName(),
                                         QString::fromStdString(roster.error().message())));
    // One undo step for the whole import: regions the plan lacks (matched by
    // name), then every member.
    QUndoStack *undoStack = document->undoStack();
    //: Undo history entry for a member CSV import; %1 is the CSV file's name
    undoStack->beginMacro(MainWindow::tr("Import %1").arg(QFileInfo(path).fileName()));
    std::map<std::string, std::string> regionIds;
    for (const Region &region : roster.value().regions) {
        const Plan &plan = document->plan();
        const auto existing =
            std::find_if(plan.regions.begin(), plan.regions.end(), [&](const Region &r) {
                return r.name == region.name;
            });
        if (existing != plan.regions.end()) {
            regionIds[region.id] = existing->id;
            continue;
        }
        Region added = region;
        added.id = PlanDocument::newId();
        added.color = defaultRegionColor(plan.regions.size());
        document->addRegion(added);
        regionIds[region.id] = added.id;
    }
    for (Member member : roster.value().members) {
        member.id = PlanDocument::newId();
        member.region = regionIds[member.region];
        document->addMember(member);
    }
    undoStack->endMacro();
}

void MainWindow::Private::exportPlanJson()
{
    //: Title of the file dialog (and of its error box) that exports the plan to JSON
    const QString chosen = QFileDialog::getSaveFileName(
        q,
        MainWindow::tr("Export plan JSON"),
        dialogFolder() + u'/' + QFileInfo(document->filePath()).completeBaseName()
            + QStringLiteral(".json"),
        planJsonFilter());
    if (chosen.isEmpty())
        return;
    // Plan JSON is never written into a file named for another format.
    const auto target = saveTarget(q, chosen, QStringLiteral("json"));
    if (!target)
        return;
    const QString &path = *target;
    rememberFolder(path);
    if (const auto problem = writeChosenFile(path, exchange::writePlanJson(document->plan())))
        showError(MainWindow::tr("Export plan JSON"), *problem);
}

// The timeline as it is shown (range, zone, collapsed regions), every row,
// as wide as its viewport (view_export.h).
void MainWindow::Private::exportPicture()
{
    //: File type filter in the Export Picture dialog
    const QString png = MainWindow::tr("PNG image (*.png)");
    //: File type filter in the Export Picture dialog
    const QString svg = MainWindow::tr("SVG drawing (*.svg)");
    //: File type filter in the Export Picture dialog
    const QString pdf = MainWindow::tr("PDF document (*.pdf)");
    QString filter = png;
    QString path = QFileDialog::getSaveFileName(
        q,
        MainWindow::tr("Export picture of the timeline"),
        dialogFolder() + u'/' + QFileInfo(document->filePath()).completeBaseName()
            + QStringLiteral(".png"),
        QStringList{png, svg, pdf}.join(QStringLiteral(";;")),
        &filter);
    if (path.isEmpty())
        return;
    // A name typed without an extension gets the chosen filter's.
    if (!pictureFormatOf(path))
        path += filter == svg ? QStringLiteral(".svg")
            : filter == pdf   ? QStringLiteral(".pdf")
                              : QStringLiteral(".png");
    rememberFolder(path);
    ViewExportOptions options;
    options.planName = QString::fromStdString(document->plan().name);
    options.width = std::clamp(timeline->viewport()->width(),
                               ViewExportOptions::minimumWidth,
                               ViewExportOptions::maximumWidth);
    if (const auto error = exportTimelinePicture(*timeline, path, options))
        showError(MainWindow::tr("Export picture of the timeline"), *error);
}

void MainWindow::Private::showView(const QString &objectName)
{
    for (int i = 0; i < views->count(); ++i) {
        QWidget *tab = views->widget(i);
        if (tab->objectName() == objectName
            || (qobject_cast<QScrollArea *>(tab)
                && qobject_cast<QScrollArea *>(tab)->widget()->objectName() == objectName)) {
            views->setCurrentIndex(i);
            views->currentWidget()->setFocus();
            return;
        }
    }
}

void MainWindow::Private::keepTimelineWide()
{
    constexpr int wanted = 600;
    const int central = q->centralWidget()->width();
    if (central >= wanted || !teamDock->isVisible() || teamDock->isFloating())
        return;
    const int narrower =
        std::max(teamDock->minimumSizeHint().width(), teamDock->width() - (wanted - central));
    if (narrower < teamDock->width())
        q->resizeDocks({teamDock}, {narrower}, Qt::Horizontal);
}

void MainWindow::Private::closePlan()
{
    setDocument(nullptr);
}

// The Team dock on the left; Backlog, Task Details and Conflicts below.
void MainWindow::Private::makeDocks()
{
    //: Panel title: regions and members
    teamDock = new QDockWidget(MainWindow::tr("Team"), q);
    teamDock->setObjectName(QStringLiteral("teamDock"));
    q->addDockWidget(Qt::LeftDockWidgetArea, teamDock);
    // UI.md: the task docks sit at the bottom, tabbed.
    //: Panel title: the tasks, placed or not yet placed
    backlogDock = new QDockWidget(MainWindow::tr("Backlog"), q);
    backlogDock->setObjectName(QStringLiteral("backlogDock"));
    q->addDockWidget(Qt::BottomDockWidgetArea, backlogDock);
    // Beside the backlog rather than tabbed with it: choosing a task there
    // shows its route here at once.
    //: Title of the dock panel showing the selected task's details and route
    detailsDock = new QDockWidget(MainWindow::tr("Task Details"), q);
    detailsDock->setObjectName(QStringLiteral("detailsDock"));
    q->addDockWidget(Qt::BottomDockWidgetArea, detailsDock);
    q->splitDockWidget(backlogDock, detailsDock, Qt::Horizontal);
    conflicts = new ConflictsDock(q, backlogDock); // tabbed with the Backlog
}

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    setWindowIcon(QIcon(QStringLiteral(":/icons/sunrelay.svg")));
    d->stack = new QStackedWidget(this);
    d->welcome = new WelcomePage;
    d->welcome->setObjectName(QStringLiteral("welcome"));
    d->stack->addWidget(scrolling(d->welcome));
    d->views = new QTabWidget(d->stack);
    d->views->setObjectName(QStringLiteral("views"));
    d->views->setDocumentMode(true);
    d->stack->addWidget(d->views);
    setCentralWidget(d->stack);

    d->makeDocks();
    d->beacon = new PlanBeacon(this);
    connect(d->beacon, &PlanBeacon::raiseRequested, this, [this] {
        d->raiseWindow();
    });

    d->summary = new QLabel(this);
    statusBar()->addWidget(d->summary, 1);
    // A message (a handoff's details, what an import made) takes the
    // summary's place while it shows, instead of being drawn over it.
    connect(statusBar(), &QStatusBar::messageChanged, d->summary, [this](const QString &message) {
        d->summary->setVisible(message.isEmpty());
    });

    d->buildActions();
    connect(d->welcome, &WelcomePage::openDemoRequested, this, [this] {
        openDemoPlan();
    });
    connect(d->welcome, &WelcomePage::newPlanRequested, this, [this] {
        d->newPlan();
    });
    connect(d->welcome, &WelcomePage::openRequested, this, [this] {
        d->open(store::OpenMode::ReadWrite);
    });
    connect(d->welcome, &WelcomePage::recentFileRequested, this, [this](const QString &path) {
        openPath(path);
    });
    d->updateRecentMenu();
    d->setDocument(nullptr);
    d->applyPreferences();

    auto *minute = new QTimer(this);
    connect(minute, &QTimer::timeout, this, [this] {
        d->updateSummary();
        if (d->timeline)
            d->timeline->viewport()->update();
    });
    minute->start(60 * 1000);

    resize(1400, 860);
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    d->teamDockWanted = settings.value(QStringLiteral("window/teamDock"), true).toBool();
    const bool restored =
        restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    d->teamDock->setVisible(d->document && d->teamDockWanted);
    d->backlogDockWanted = settings.value(QStringLiteral("window/backlogDock"), true).toBool();
    d->backlogDock->setVisible(d->document && d->backlogDockWanted);
    d->detailsDockWanted = settings.value(QStringLiteral("window/detailsDock"), true).toBool();
    d->detailsDock->setVisible(d->document && d->detailsDockWanted);
    d->conflicts->closePlan(); // restoreState() may have shown it: no plan is open yet
    // On the first start the timeline gets most of the width, once the Team
    // dock first shows (docks can only be sized when laid out).
    d->teamDockSized = restored;
    d->backlogDockSized = restored;
}

MainWindow::~MainWindow()
{
    // The views read the document while they are torn down: they go first.
    while (d->views->count() > 0)
        delete d->views->widget(0);
    d->timeline = nullptr;
    delete d->team;
    d->team = nullptr;
    delete d->backlog;
    d->backlog = nullptr;
    delete d->details;
    d->details = nullptr;
    d->conflicts->closePlan();
    d->document.reset();
}

PlanDocument *MainWindow::document() const
{
    return d->document.get();
}

bool MainWindow::openPath(const QString &path, store::OpenMode mode)
{
    const std::filesystem::path file = QFile::encodeName(path).toStdString();
    if (io::fileKind(file) != io::FileKind::Missing
        && io::fileKind(file) != io::FileKind::Regular) {
        // A FIFO would block start-up, a device never end.
        d->showError(tr("Cannot open %1").arg(QFileInfo(path).fileName()),
                     //: A file and why it cannot be opened: "/home/ana/fifo: not a regular
                     //: file"
                     tr("%1: %2").arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()),
                                      apptext::ioErrorText(*io::checkRegularFile(file))));
        return false;
    }
    if (!QFileInfo(path).isFile()) {
        // Say where we looked: a recent file or a command-line argument may
        // name a plan that has moved since.
        d->showError(tr("Cannot open %1").arg(QFileInfo(path).fileName()),
                     tr("There is no file at %1. It may have been moved, renamed or deleted.")
                         .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())));
        return false;
    }
    if (!path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) {
        return d->openPlanFile(path, mode);
    }
    const auto bytes = io::readRegularFile(file, io::maxPlanJsonBytes);
    if (!bytes) {
        d->showError(
            tr("Cannot open %1").arg(QFileInfo(path).fileName()),
            //: A file and why it cannot be read: "team.json: permission denied"
            tr("%1: %2").arg(QFileInfo(path).fileName(), apptext::ioErrorText(bytes.error())));
        return false;
    }
    auto plan = exchange::readPlanJson(bytes.value());
    if (!plan) {
        d->showError(tr("Cannot open %1").arg(QFileInfo(path).fileName()),
                     //: A plan JSON file and the reader's message on it (in English)
                     tr("%1: %2").arg(QFileInfo(path).fileName(),
                                      QString::fromStdString(plan.error().message())));
        return false;
    }
    const auto imported =
        d->importPlan(plan.value(), QFileInfo(path).completeBaseName(), QFileInfo(path).fileName());
    if (!imported)
        return false;
    // Say where the plan now lives: edits go there, not into the JSON.
    statusBar()->showMessage(
        tr("Imported %1 as a new plan file: %2")
            .arg(QFileInfo(path).fileName(), QDir::toNativeSeparators(*imported)),
        15000);
    return true;
}

std::optional<QString> MainWindow::Private::importPlan(const Plan &plan,
                                                       const QString &baseName,
                                                       const QString &sourceName)
{
    // Plan JSON becomes a new plan file in the app's data folder, always
    // under a name no file has yet: an existing plan file may hold edits or
    // another plan of the same name, and nothing is lost.
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    const QString target = uniquePlanPath(folder, baseName);
    auto created = PlanDocument::create(target, plan);
    if (!created) {
        showError(MainWindow::tr("Cannot open %1").arg(sourceName),
                  storeErrorText(created.error()));
        return std::nullopt;
    }
    setDocument(std::move(created).value());
    return target;
}

bool MainWindow::openDemoPlan()
{
    QFile file(QStringLiteral(":/demo/demo-plan.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        d->showError(tr("Cannot open the demo plan"), file.errorString());
        return false;
    }
    const QByteArray bytes = file.readAll();
    auto plan = exchange::readPlanJson(std::string_view(bytes.constData(), bytes.size()));
    if (!plan) {
        d->showError(tr("Cannot open the demo plan"),
                     QString::fromStdString(plan.error().message()));
        return false;
    }
    // The copy made last time is reopened only while it holds exactly the
    // bundled demo (not edited since, and not an older demo of an older
    // version); otherwise a fresh copy is made beside it.
    QSettings settings;
    const QString previous = settings.value(QStringLiteral("demo/planFile")).toString();
    if (!previous.isEmpty() && d->document && d->document->filePath() == previous) {
        // Open already (and locked by us, so it cannot be probed).
        if (d->document->plan() == plan.value())
            return true;
    } else if (!previous.isEmpty() && QFileInfo::exists(previous)) {
        // The probe is closed before the copy is opened for editing: a
        // reader on a file left in WAL mode (after a crash) would otherwise
        // hold it against our own lock.
        const bool unedited = [&] {
            const auto probe = PlanDocument::open(previous, store::OpenMode::ReadOnly);
            return probe && probe.value()->plan() == plan.value();
        }();
        if (unedited)
            return openPath(previous);
    }
    const auto imported =
        d->importPlan(plan.value(), QStringLiteral("demo-plan"), QStringLiteral("demo-plan.json"));
    if (!imported)
        return false;
    settings.setValue(QStringLiteral("demo/planFile"), *imported);
    return true;
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    // After the layout has placed the docks for the new size.
    QTimer::singleShot(0, this, [this] {
        d->keepTimelineWide();
    });
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    if (d->document) {
        d->teamDockWanted = !d->teamDock->isHidden();
        d->backlogDockWanted = !d->backlogDock->isHidden();
        d->detailsDockWanted = !d->detailsDock->isHidden();
        settings.setValue(QStringLiteral("window/view"), d->views->currentIndex());
    }
    settings.setValue(QStringLiteral("window/teamDock"), d->teamDockWanted);
    settings.setValue(QStringLiteral("window/detailsDock"), d->detailsDockWanted);
    settings.setValue(QStringLiteral("window/backlogDock"), d->backlogDockWanted);
    d->conflicts->saveSettings();
    event->accept();
}

} // namespace sunrelay::gui
