// Accessibility (issue 12): what a screen reader reads from the three
// painted views, that the keyboard's item is announced, the high-contrast
// palette and its preference, and that conflict signs differ by shape.
//
// The plan, worked out by hand for the week of Mon 2026-11-30 (CET = UTC+1,
// EST = UTC-5; the view and its texts in UTC, 24-hour clock):
//   EMEA  Anna Schmidt  Europe/Berlin     work Mon-Fri 09:00-17:00 = 08:00-16:00Z
//                                         deep work Mon-Fri 09:00-12:00 = 08:00-11:00Z
//   AMER  Nia Brooks    America/New_York  work Mon-Fri 09:00-17:00 = 14:00-22:00Z
// Coverage EMEA [08:00, 16:00), AMER [14:00, 22:00). Handoffs on Monday:
//   16:00Z EMEA ends, AMER covers: EMEA -> AMER, 17:00 Berlin, picked up
//          16:00Z = 11:00 New York.
//   22:00Z AMER ends, nobody covers until Tue 08:00Z: AMER -> EMEA, 17:00
//          New York, picked up Tue 1 Dec 09:00 Berlin = 08:00 UTC.
// Gaps meeting Monday (UTC): [Fri 27 Nov 22:00, Mon 08:00) and [Mon 22:00,
// Tue 08:00) = 10 h. (The timeline computes the days around the view, from
// Sunday 00:00Z: it knows the first gap from there on only.)
// Task T-1 "Migrate billing DB", 2 h, placed Mon 08:00Z in EMEA: Anna, the
// only member, works it 08:00-10:00Z.
//
// Set SUNRELAY_A11Y_PICTURES to a folder to also write the pictures the
// README uses (a11y-focus-light.png, a11y-high-contrast.png,
// a11y-my-week-high-contrast.png).

#include "../gui_test_support.h"

#include "gui/dialogs/preferences_dialog.h"
#include "gui/document/plan_document.h"
#include "gui/document/preferences.h"
#include "gui/myweek/my_week_painter.h"
#include "gui/myweek/my_week_view.h"
#include "gui/style/framed_fields_style.h"
#include "gui/style/high_contrast.h"
#include "gui/timeline/timeline_view.h"
#include "gui/week/week_editor.h"
#include "gui/window/main_window.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QImage>
#include <QLineEdit>
#include <QPainter>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace sunrelay;
using namespace sunrelay::gui;
using sunrelay::guitest::clock;
using sunrelay::guitest::utc;

namespace
{

const Instant monday = utc(2026, 11, 30);

Plan handPlan()
{
    Plan plan;
    plan.name = "Accessibility";
    plan.regions = {Region{.id = "emea", .name = "EMEA", .color = "#2f6fde"},
                    Region{.id = "amer", .name = "AMER", .color = "#d1495b"}};
    const WeeklyPattern nineToFive{{WeeklyRange{Weekdays::workdays(), clock(9), clock(17)}}};
    plan.members = {
        Member{.id = "anna",
               .name = "Anna Schmidt",
               .region = "emea",
               .zone = *TimeZone::find("Europe/Berlin"),
               .work = nineToFive,
               .deepWork = {{WeeklyRange{Weekdays::workdays(), clock(9), clock(12)}}},
               .comms = {},
               .timeOff = {}},
        Member{.id = "nia",
               .name = "Nia Brooks",
               .region = "amer",
               .zone = *TimeZone::find("America/New_York"),
               .work = nineToFive,
               .deepWork = {},
               .comms = {},
               .timeOff = {}},
    };
    plan.tasks = {Task{.id = "T-1",
                       .title = "Migrate billing DB",
                       .effortHours = 2,
                       .priority = 1,
                       .start = monday + std::chrono::hours{8},
                       .region = "emea",
                       .deadline = std::nullopt,
                       .notes = {}}};
    return plan;
}

QString key(Instant t)
{
    return QString::number(t.time_since_epoch().count());
}

struct ReadItem {
    QString name;
    QString description;
};

// What a screen reader reads from `widget`'s children, in order.
std::vector<ReadItem> readChildren(QWidget *widget)
{
    std::vector<ReadItem> read;
    QAccessibleInterface *view = QAccessible::queryAccessibleInterface(widget);
    if (!view)
        return read;
    for (int i = 0; i < view->childCount(); ++i) {
        QAccessibleInterface *child = view->child(i);
        if (!child) {
            qWarning("no child %d of %d", i, view->childCount());
            return read;
        }
        read.push_back({child->text(QAccessible::Name), child->text(QAccessible::Description)});
    }
    return read;
}

// Focus events with their child index, as a screen reader gets them (the
// offscreen platform has no accessibility bridge to deliver them to).
std::vector<std::pair<QObject *, int>> focusEvents;
void recordFocus(const QAccessibleEvent &event)
{
    if (event.type() == QAccessible::Focus)
        focusEvents.emplace_back(event.object(), event.child());
}

void savePicture(QWidget &widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("SUNRELAY_A11Y_PICTURES");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    QVERIFY(widget.grab().save(QDir(folder).filePath(name)));
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QApplication::setApplicationName(QStringLiteral("sunrelay-tst_accessibility"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QStandardPaths::setTestModeEnabled(true); // the demo plan's file
        QSettings().clear();
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        setPaintedItemFocusObserver(recordFocus);
    }
    void init()
    {
        focusEvents.clear();
        QVERIFY(m_dir.isValid());
        auto created =
            PlanDocument::create(m_dir.filePath(QStringLiteral("a11y-%1.sunrelay").arg(++m_files)),
                                 handPlan());
        QVERIFY(created);
        m_document = std::move(created).value();
    }
    void cleanup()
    {
        QApplication::setPalette(QApplication::style()->standardPalette());
        m_document.reset();
    }

    void timelineReadsRowsBlocksHandoffsGapsAndTasks();
    void timelineAnnouncesTheKeyboardRow();
    void timelineItemsFollowEditsTheClockAndPanning();
    void weekEditorReadsEveryRange();
    void weekEditorItemsFollowNewPatterns();
    void myWeekReadsBlocksAndTheKeyboardMovesOverThem();
    void myWeekItemsFollowAnEdit();
    void highContrastColours();
    void highContrastPreference();
    void textFieldsFramedInHighContrast();
    void conflictSignsDifferByShape();
    void focusFrameInHighContrast();
    void pictures();

private:
    std::unique_ptr<TimelineView> mondayTimeline()
    {
        auto view = std::make_unique<TimelineView>(m_document.get());
        view->resize(1200, 400);
        view->setNow(monday + std::chrono::hours{12});
        view->show();
        if (!QTest::qWaitForWindowExposed(view.get()))
            return nullptr;
        view->setVisibleRange({monday, monday + std::chrono::hours{24}});
        return view;
    }

    QTemporaryDir m_dir;
    int m_files = 0;
    std::unique_ptr<PlanDocument> m_document;
};

void TestAccessibility::timelineReadsRowsBlocksHandoffsGapsAndTasks()
{
    const auto view = mondayTimeline();
    QVERIFY(view);
    const std::vector<PaintedItem> items = view->paintedItems();
    QStringList keys;
    for (const PaintedItem &item : items)
        keys << item.key;
    const Instant hour = monday;
    const QStringList expectedKeys{
        QStringLiteral("region:emea"),
        QStringLiteral("handoff:0:") + key(hour + std::chrono::hours{16}),
        QStringLiteral("member:anna"),
        QStringLiteral("deep:anna:") + key(hour + std::chrono::hours{8}),
        QStringLiteral("region:amer"),
        QStringLiteral("handoff:1:") + key(hour + std::chrono::hours{22}),
        QStringLiteral("member:nia"),
        QStringLiteral("gap:") + key(utc(2026, 11, 29)),
        QStringLiteral("gap:") + key(hour + std::chrono::hours{22}),
        QStringLiteral("task:T-1:0"),
    };
    QCOMPARE(keys, expectedKeys);

    // The same through Qt's accessibility, as a screen reader asks.
    const std::vector<ReadItem> read = readChildren(view.get());
    QCOMPARE(int(read.size()), int(items.size()));
    QCOMPARE(read[0].name, QStringLiteral("EMEA"));
    QCOMPARE(
        read[1].name,
        QStringLiteral("Handoff EMEA → AMER, Mon 30 Nov, Leaves EMEA: 17:00 Berlin · 16:00 UTC"));
    QVERIFY2(read[1].description.startsWith(
                 QStringLiteral("Picked up in AMER: 11:00 New York · 16:00 UTC")),
             qPrintable(read[1].description));
    // The member's local time at "now", Mon 12:00Z = 13:00 in Berlin.
    QCOMPARE(read[2].name, QStringLiteral("Anna Schmidt, 13:00 (Europe/Berlin)"));
    QCOMPARE(read[3].name,
             QStringLiteral("Anna Schmidt: deep work, protected, 09:00 Berlin · 08:00 UTC – "
                            "12:00 Berlin · 11:00 UTC, Mon 30 Nov – 3 h"));
    QCOMPARE(read[3].description,
             QStringLiteral("Handoffs, sync slots and meetings must stay out of it."));
    QCOMPARE(
        read[5].name,
        QStringLiteral("Handoff AMER → EMEA, Mon 30 Nov, Leaves AMER: 17:00 New York · 22:00 UTC"));
    QVERIFY2(read[5].description.startsWith(
                 QStringLiteral("Picked up in EMEA: Tue 1 Dec 09:00 Berlin · Tue 1 Dec 08:00 UTC")),
             qPrintable(read[5].description));
    QVERIFY2(read[7].name.startsWith(QStringLiteral("Gap: nobody covers for")),
             qPrintable(read[7].name));
    QVERIFY2(read[8].name.startsWith(QStringLiteral("Gap: nobody covers for 10 h")),
             qPrintable(read[8].name));
    QVERIFY2(read[9].name.contains(QStringLiteral("Migrate billing DB")), qPrintable(read[9].name));

    // Where the reader points: the deep-work block lies over 08:00-11:00Z of
    // Anna's row.
    QAccessibleInterface *deep = QAccessible::queryAccessibleInterface(view.get())->child(3);
    const QRect rect = deep->rect();
    const QPoint origin = view->viewport()->mapToGlobal(QPoint(0, 0));
    QVERIFY(std::abs(rect.left() - (origin.x() + int(view->xOf(monday + std::chrono::hours{8}))))
            <= 1);
    QVERIFY(std::abs(rect.right() - (origin.x() + int(view->xOf(monday + std::chrono::hours{11}))))
            <= 1);
    QCOMPARE(rect.top(), origin.y() + view->memberRowRect("anna").top());
    QCOMPARE(deep->role(), QAccessible::ListItem);
    QCOMPARE(QAccessible::queryAccessibleInterface(view.get())->indexOfChild(deep), 3);
}

void TestAccessibility::timelineAnnouncesTheKeyboardRow()
{
    const auto view = mondayTimeline();
    QVERIFY(view);
    view->activateWindow();
    view->setFocus();
    QTRY_VERIFY(view->hasFocus());
    QCOMPARE(view->focusedPaintedItem(), 0); // the first row, EMEA
    focusEvents.clear();
    QTest::keyClick(view.get(), Qt::Key_Down);
    // Anna's row, item 2 (after EMEA's handoff).
    QCOMPARE(view->focusedPaintedItem(), 2);
    QVERIFY(!focusEvents.empty());
    QCOMPARE(focusEvents.back().first, view.get());
    QCOMPARE(focusEvents.back().second, 2);
    QAccessibleInterface *row = QAccessible::queryAccessibleInterface(view.get())->child(2);
    QVERIFY(row->state().focused);
    QVERIFY(!QAccessible::queryAccessibleInterface(view.get())->child(0)->state().focused);

    // A selected task is where the keyboard is (Ctrl+arrows move it).
    view->setSelectedTask("T-1");
    QCOMPARE(view->focusedPaintedItem(), 9);
    QCOMPARE(focusEvents.back().second, 9);
}

// A screen reader keeps an item's interface and asks it again after the view
// changed: it must read what the view shows now, not a snapshot of before.
void TestAccessibility::timelineItemsFollowEditsTheClockAndPanning()
{
    const auto view = mondayTimeline();
    QVERIFY(view);
    QAccessibleInterface *timeline = QAccessible::queryAccessibleInterface(view.get());
    QCOMPARE(timeline->childCount(), 10);
    QAccessibleInterface *anna = timeline->child(2);
    QAccessibleInterface *deep = timeline->child(3);
    QAccessibleInterface *task = timeline->child(9);
    QCOMPARE(anna->text(QAccessible::Name), QStringLiteral("Anna Schmidt, 13:00 (Europe/Berlin)"));
    QVERIFY2(task->text(QAccessible::Name).contains(QStringLiteral("Migrate billing DB")),
             qPrintable(task->text(QAccessible::Name)));

    // The task renamed (an edit of tasks alone, which keeps the painted rows).
    Task renamed = m_document->plan().tasks[0];
    renamed.title = "Move billing DB";
    m_document->changeTask(renamed, QStringLiteral("Rename T-1"));
    QVERIFY2(task->text(QAccessible::Name).contains(QStringLiteral("Move billing DB")),
             qPrintable(task->text(QAccessible::Name)));
    QVERIFY(!task->text(QAccessible::Name).contains(QStringLiteral("Migrate")));

    // An hour later, 13:00Z, it is 14:00 in Berlin (CET = UTC+1).
    view->setNow(monday + std::chrono::hours{13});
    QCOMPARE(anna->text(QAccessible::Name), QStringLiteral("Anna Schmidt, 14:00 (Europe/Berlin)"));

    // Panned four hours on: Monday's deep work (08:00-11:00Z) moves left with
    // the view.
    view->setVisibleRange({monday + std::chrono::hours{4}, monday + std::chrono::hours{28}});
    const QPoint origin = view->viewport()->mapToGlobal(QPoint(0, 0));
    const int left = origin.x() + int(view->xOf(monday + std::chrono::hours{8}));
    QVERIFY2(std::abs(deep->rect().left() - left) <= 1,
             qPrintable(QStringLiteral("%1 vs %2").arg(deep->rect().left()).arg(left)));
    // On Wednesday it is no longer shown: its interface is no longer valid.
    view->setVisibleRange({monday + std::chrono::hours{48}, monday + std::chrono::hours{72}});
    QVERIFY(!deep->isValid());
    QVERIFY(deep->state().invalid);
    QVERIFY(deep->text(QAccessible::Name).isEmpty());
}

void TestAccessibility::weekEditorReadsEveryRange()
{
    WeekEditor editor;
    editor.setClockStyle(ClockStyle::TwentyFourHour);
    editor.setFirstDayOfWeek(Qt::Monday);
    const Plan plan = handPlan();
    const Member &anna = plan.members[0];
    editor.setPatterns(anna.work, anna.deepWork, anna.comms);
    editor.resize(1000, 600);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    auto *grid = editor.findChild<QWidget *>(QStringLiteral("weekGrid"));
    QVERIFY(grid);

    // Reading order: day by day, working hours before the deep work on them.
    QStringList names;
    for (const ReadItem &item : readChildren(grid))
        names << item.name;
    QCOMPARE(names,
             QStringList({QStringLiteral("Working hours, Mon 09:00–17:00 (8 h)"),
                          QStringLiteral("Deep work, Mon 09:00–12:00 (3 h)"),
                          QStringLiteral("Working hours, Tue 09:00–17:00 (8 h)"),
                          QStringLiteral("Deep work, Tue 09:00–12:00 (3 h)"),
                          QStringLiteral("Working hours, Wed 09:00–17:00 (8 h)"),
                          QStringLiteral("Deep work, Wed 09:00–12:00 (3 h)"),
                          QStringLiteral("Working hours, Thu 09:00–17:00 (8 h)"),
                          QStringLiteral("Deep work, Thu 09:00–12:00 (3 h)"),
                          QStringLiteral("Working hours, Fri 09:00–17:00 (8 h)"),
                          QStringLiteral("Deep work, Fri 09:00–12:00 (3 h)")}));
    QCOMPARE(readChildren(grid)[1].description,
             QStringLiteral("Protected: no meetings, handoffs or comms windows."));

    // The keyboard selects the first working-hours range: Monday's, item 0;
    // then Tuesday's, item 2.
    grid->activateWindow();
    grid->setFocus();
    QTRY_VERIFY(grid->hasFocus());
    focusEvents.clear();
    QTest::keyClick(grid, Qt::Key_Down);
    auto *items = dynamic_cast<PaintedItems *>(grid);
    QVERIFY(items);
    QCOMPARE(items->focusedPaintedItem(), 0);
    QVERIFY(!focusEvents.empty());
    QCOMPARE(focusEvents.back().second, 0);
    QTest::keyClick(grid, Qt::Key_Down);
    QCOMPARE(items->focusedPaintedItem(), 2);
    QCOMPARE(focusEvents.back().second, 2);
}

void TestAccessibility::weekEditorItemsFollowNewPatterns()
{
    WeekEditor editor;
    editor.setClockStyle(ClockStyle::TwentyFourHour);
    editor.setFirstDayOfWeek(Qt::Monday);
    const Plan plan = handPlan();
    const Member &anna = plan.members[0];
    editor.setPatterns(anna.work, anna.deepWork, anna.comms);
    editor.resize(1000, 600);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    auto *grid = editor.findChild<QWidget *>(QStringLiteral("weekGrid"));
    QVERIFY(grid);
    QAccessibleInterface *mondayDeep = QAccessible::queryAccessibleInterface(grid)->child(1);
    QVERIFY(mondayDeep);
    QCOMPARE(mondayDeep->text(QAccessible::Name),
             QStringLiteral("Deep work, Mon 09:00–12:00 (3 h)"));

    // Deep work from 10:00 now: 10:00-12:00 is 2 h.
    const WeeklyPattern later{{WeeklyRange{Weekdays::workdays(), clock(10), clock(12)}}};
    editor.setPatterns(anna.work, later, anna.comms);
    QCOMPARE(mondayDeep->text(QAccessible::Name),
             QStringLiteral("Deep work, Mon 10:00–12:00 (2 h)"));
    QCOMPARE(readChildren(grid)[3].name, QStringLiteral("Deep work, Tue 10:00–12:00 (2 h)"));
}

void TestAccessibility::myWeekItemsFollowAnEdit()
{
    MyWeekView view(m_document.get());
    view.setClockStyle(ClockStyle::TwentyFourHour);
    view.setFirstDayOfWeek(Qt::Monday);
    view.setMember("anna");
    view.setWeekContaining(date::floor<date::days>(date::local_days{date::year{2026} / 11 / 30}));
    view.resize(1200, 900);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QWidget *canvas = view.canvas();
    QCOMPARE(readChildren(canvas)[1].name,
             QStringLiteral("Mon 30 Nov: Protected deep work 09:00–12:00 (3 h), Berlin time"));

    // Anna's deep work from 10:00 Berlin now: 10:00-12:00 is 2 h. (Where it
    // is read depends on the blocks starting at 09:00 before it.)
    Member anna = m_document->plan().members[0];
    anna.deepWork = {{WeeklyRange{Weekdays::workdays(), clock(10), clock(12)}}};
    m_document->changeMember(anna);
    QStringList names;
    for (const ReadItem &item : readChildren(canvas))
        names << item.name;
    QVERIFY(!names.contains(
        QStringLiteral("Mon 30 Nov: Protected deep work 09:00–12:00 (3 h), Berlin time")));
    QVERIFY2(names.contains(
                 QStringLiteral("Mon 30 Nov: Protected deep work 10:00–12:00 (2 h), Berlin time")),
             qPrintable(names.join(u'\n')));
}

void TestAccessibility::myWeekReadsBlocksAndTheKeyboardMovesOverThem()
{
    MyWeekView view(m_document.get());
    view.setClockStyle(ClockStyle::TwentyFourHour);
    view.setFirstDayOfWeek(Qt::Monday);
    view.setMember("anna");
    view.setWeekContaining(date::floor<date::days>(date::local_days{date::year{2026} / 11 / 30}));
    view.resize(1200, 900);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QWidget *canvas = view.canvas();
    QVERIFY(canvas->focusPolicy() & Qt::TabFocus);

    const std::vector<ReadItem> read = readChildren(canvas);
    QVERIFY(read.size() >= 10); // five days of work and deep work, and more
    // Monday in Berlin: work 09:00-17:00 and the deep work 09:00-12:00 first.
    QCOMPARE(read[0].name, QStringLiteral("Mon 30 Nov: Working hours 09:00–17:00, Berlin time"));
    QCOMPARE(read[1].name,
             QStringLiteral("Mon 30 Nov: Protected deep work 09:00–12:00 (3 h), Berlin time"));
    // The handoff out at 17:00 Berlin (16:00Z) to AMER is read on Monday too.
    bool handoffOut = false;
    for (const ReadItem &item : read)
        handoffOut =
            handoffOut || (item.name.startsWith(QStringLiteral("Mon 30 Nov: Handoff EMEA → AMER")));
    QVERIFY(handoffOut);

    canvas->activateWindow();
    canvas->setFocus();
    QTRY_VERIFY(canvas->hasFocus());
    auto *items = dynamic_cast<PaintedItems *>(canvas);
    QVERIFY(items);
    QCOMPARE(items->focusedPaintedItem(), 0);
    focusEvents.clear();
    QTest::keyClick(canvas, Qt::Key_Down);
    QCOMPARE(items->focusedPaintedItem(), 1);
    QCOMPARE(focusEvents.back().first, canvas);
    QCOMPARE(focusEvents.back().second, 1);
    // Right: Tuesday's first block, its working hours.
    QTest::keyClick(canvas, Qt::Key_Right);
    const int tuesday = items->focusedPaintedItem();
    QVERIFY2(tuesday >= 0 && std::size_t(tuesday) < read.size(),
             qPrintable(QString::number(tuesday)));
    QCOMPARE(read[std::size_t(tuesday)].name,
             QStringLiteral("Tue 1 Dec: Working hours 09:00–17:00, Berlin time"));
    QTest::keyClick(canvas, Qt::Key_Left);
    QCOMPARE(items->focusedPaintedItem(), 0);
}

void TestAccessibility::highContrastColours()
{
    // WCAG: (1 + 0.05) / (0 + 0.05) = 21 for white on black; a colour on
    // itself is 1.
    QCOMPARE(contrastRatio(Qt::black, Qt::white), 21.0);
    QCOMPARE(contrastRatio(QColor(0x80, 0x80, 0x80), QColor(0x80, 0x80, 0x80)), 1.0);
    const QPalette high = highContrastPalette();
    QVERIFY(isHighContrast(high));
    QCOMPARE(focusFrameWidth(high), 4.0);
    // Every text role against its background at least 7:1 (WCAG AAA), the
    // quiet placeholder and disabled text too.
    const std::pair<QPalette::ColorRole, QPalette::ColorRole> pairs[] = {
        {QPalette::Text, QPalette::Base},
        {QPalette::WindowText, QPalette::Window},
        {QPalette::ButtonText, QPalette::Button},
        {QPalette::HighlightedText, QPalette::Highlight},
        {QPalette::PlaceholderText, QPalette::Base},
        {QPalette::ToolTipText, QPalette::ToolTipBase},
    };
    for (const auto &[text, background] : pairs) {
        QVERIFY(contrastRatio(high.color(text), high.color(background)) >= 7);
        QVERIFY(contrastRatio(high.color(QPalette::Disabled, text),
                              high.color(QPalette::Disabled, background))
                >= 7);
    }
    // Fusion's own light palette is not high contrast: its highlight is a
    // mid blue, and the focus frame stays 2 px.
    const std::unique_ptr<QStyle> style(QStyleFactory::create(QStringLiteral("Fusion")));
    const QPalette fusion = style->standardPalette();
    QVERIFY(!isHighContrast(fusion));
    QCOMPARE(focusFrameWidth(fusion), 2.0);
}

void TestAccessibility::highContrastPreference()
{
    Preferences chosen;
    PreferencesDialog dialog(chosen);
    QComboBox *appearance = nullptr;
    int index = -1;
    for (QComboBox *combo : dialog.findChildren<QComboBox *>())
        if (const int found = combo->findText(QStringLiteral("High contrast")); found >= 0) {
            appearance = combo;
            index = found;
        }
    QVERIFY(appearance);
    appearance->setCurrentIndex(index);
    QCOMPARE(dialog.preferences().appearance, Appearance::HighContrast);
    dialog.preferences().save();
    QCOMPARE(Preferences::load().appearance, Appearance::HighContrast);

    // The window applies it on start.
    {
        MainWindow window;
        QVERIFY(isHighContrast(QApplication::palette()));
    }
    chosen.save(); // back to following the system
}

void TestAccessibility::conflictSignsDifferByShape()
{
    // The same sign painted for each severity, compared by shape alone
    // (which pixels are covered), as a reader without colour sees them.
    std::vector<QImage> shapes;
    for (const Severity severity : {Severity::Error, Severity::Warning, Severity::Info}) {
        QImage image(16, 16, QImage::Format_ARGB32);
        image.fill(Qt::transparent);
        QPainter p(&image);
        paintSeveritySign(p, QPointF(2, 2), severity);
        p.end();
        shapes.push_back(image.convertToFormat(QImage::Format_Alpha8));
    }
    QVERIFY(shapes[0] != shapes[1]);
    QVERIFY(shapes[1] != shapes[2]);
    QVERIFY(shapes[0] != shapes[2]);
}

// Fusion draws a field's frame in the Window colour made darker: black on a
// black window. With FramedFieldsStyle a line edit and a date field have a
// frame in the Text colour (white) in high contrast, and none is added in
// Fusion's own light palette.
void TestAccessibility::textFieldsFramedInHighContrast()
{
    // It wraps the style it is given (the app passes the one in use, so
    // -style and QT_STYLE_OVERRIDE keep working).
    QCOMPARE(FramedFieldsStyle(QStringLiteral("Windows")).baseStyle()->name(),
             QStringLiteral("windows"));
    FramedFieldsStyle style(QStringLiteral("Fusion"));
    const auto frameColour = [&style](QWidget &field, const QPalette &palette) {
        field.setStyle(&style);
        field.setPalette(palette);
        field.resize(160, 30);
        const QImage shot = field.grab().toImage();
        return QColor(shot.pixel(0, shot.height() / 2));
    };
    QLineEdit line;
    QDateEdit date;
    const QColor white(0xff, 0xff, 0xff);
    QCOMPARE(frameColour(line, highContrastPalette()), white);
    QCOMPARE(frameColour(date, highContrastPalette()), white);
    QVERIFY(frameColour(line, style.baseStyle()->standardPalette()) != white);
}

// The keyboard's row framed in the highlight colour, the high-contrast
// palette's yellow, 4 px wide.
void TestAccessibility::focusFrameInHighContrast()
{
    QApplication::setPalette(highContrastPalette());
    const auto view = mondayTimeline();
    QVERIFY(view);
    view->activateWindow();
    view->setFocus();
    QTRY_VERIFY(view->hasFocus());
    QTest::keyClick(view.get(), Qt::Key_Down);
    const QImage shot = view->viewport()->grab().toImage();
    const QRect row = view->memberRowRect("anna");
    const QColor yellow(0xff, 0xff, 0x00);
    for (const int x : {0, 3})
        QCOMPARE(QColor(shot.pixel(x, row.center().y())), yellow);
    QCOMPARE(QColor(shot.pixel(view->headerWidth() + 40, row.top() + 1)), yellow);
}

// The README's pictures (written with SUNRELAY_A11Y_PICTURES): the demo
// plan with the keyboard on a member's row and task T-1 selected, in the
// light and the high-contrast palette, and My week in high contrast with
// the keyboard on a block. Checked: the window follows the palette.
void TestAccessibility::pictures()
{
    MainWindow window;
    window.resize(1500, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openPath(QStringLiteral(SUNRELAY_SOURCE_DIR "/resources/demo/demo-plan.json")));
    auto *timeline = window.findChild<TimelineView *>(QStringLiteral("timeline"));
    QVERIFY(timeline);
    timeline->setNow(utc(2026, 12, 1, 9));
    timeline->showDate(QDate(2026, 12, 1));
    timeline->activateWindow();
    timeline->setFocus();
    QTRY_VERIFY(timeline->hasFocus());
    for (int row = 0; row < 8; ++row)
        QTest::keyClick(timeline, Qt::Key_Down);
    timeline->setSelectedTask("T-1");
    window.statusBar()->clearMessage(); // the imported file's temporary path
    savePicture(window, QStringLiteral("a11y-focus-light.png"));
    QApplication::setPalette(highContrastPalette());
    QApplication::processEvents();
    QVERIFY(isHighContrast(timeline->palette()));
    savePicture(window, QStringLiteral("a11y-high-contrast.png"));

    auto *myWeek = window.findChild<MyWeekView *>();
    QVERIFY(myWeek);
    QAction *showMyWeek = nullptr;
    for (QAction *action : window.findChildren<QAction *>())
        if (action->text() == QStringLiteral("My &Week"))
            showMyWeek = action;
    QVERIFY(showMyWeek);
    showMyWeek->trigger();
    myWeek->setMember("anna");
    myWeek->setWeekContaining(date::local_days{date::year{2026} / 11 / 30});
    QWidget *canvas = myWeek->canvas();
    canvas->setFocus();
    QTRY_VERIFY(canvas->hasFocus());
    for (int block = 0; block < 3; ++block)
        QTest::keyClick(canvas, Qt::Key_Down);
    savePicture(window, QStringLiteral("a11y-my-week-high-contrast.png"));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
