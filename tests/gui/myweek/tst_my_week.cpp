// My week (app/gui/myweek): one member's week in their own local time.
//
// Mia works in Australia/Sydney every day 09:00-17:00 and Saturday nights
// 22:00-06:00, with deep work Saturday 23:00-03:00. Sydney leaves DST on
// Sunday 2027-04-04 at 03:00 AEDT (+11) -> 02:00 AEST (+10). Instants below
// were worked out by hand and checked with Python zoneinfo:
//   Sat 3 Apr 00:00 AEDT = 2027-04-02T13:00Z   09:00 = 04-02T22:00Z  17:00 = 04-03T06:00Z
//   Sat 3 Apr 22:00 AEDT = 2027-04-03T11:00Z   23:00 = 04-03T12:00Z
//   Sun 4 Apr 00:00 AEDT = 2027-04-03T13:00Z   03:00 AEST = 04-03T17:00Z
//   Sun 4 Apr 06:00 AEST = 2027-04-03T20:00Z   09:00 = 04-03T23:00Z  17:00 = 04-04T07:00Z
//   Mon 5 Apr 00:00 AEST = 2027-04-04T14:00Z   09:00 = 04-04T23:00Z
// So Sunday 4 April is 25 h long; Saturday night's 22:00-06:00 is 9 h and
// the deep work 23:00-03:00 is 5 h, an hour longer than the clock says.

#include "../gui_test_support.h"

#include "gui/document/plan_document.h"
#include "gui/myweek/my_week_painter.h"
#include "gui/myweek/my_week_view.h"
#include "gui/window/main_window.h"

#include <QAction>
#include <QApplication>
#include <QCalendarWidget>
#include <QComboBox>
#include <QCompleter>
#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

#include <memory>

using namespace sunrelay;
using namespace sunrelay::gui;
using namespace sunrelay::guitest;
using std::chrono::hours;

Q_DECLARE_METATYPE(sunrelay::Interval)

namespace
{

WeeklyRange range(Weekdays days, int fromHour, int toHour)
{
    return WeeklyRange{days, clock(fromHour), clock(toHour)};
}

Weekdays everyDay()
{
    Weekdays days;
    for (unsigned d = 0; d < 7; ++d)
        days.insert(date::weekday{d});
    return days;
}

Plan teamPlan()
{
    Plan plan;
    plan.name = "My week test";
    plan.regions = {Region{.id = "apac", .name = "APAC", .color = "#2a9d8f"},
                    Region{.id = "emea", .name = "EMEA", .color = "#2f6fde"}};
    Member mia{.id = "mia",
               .name = "Mia Chen",
               .region = "apac",
               .zone = *TimeZone::find("Australia/Sydney"),
               .work = {{range(everyDay(), 9, 17), range(Weekdays{date::Saturday}, 22, 6)}},
               .deepWork = {{range(Weekdays{date::Saturday}, 23, 3)}},
               .comms = {},
               .timeOff = {}};
    // The header's example of maker_score.h: deep work 13:00-17:00 Berlin.
    Member anna{.id = "anna",
                .name = "Anna Schmidt",
                .region = "emea",
                .zone = *TimeZone::find("Europe/Berlin"),
                .work = {{range(Weekdays::workdays(), 9, 17)}},
                .deepWork = {{range(Weekdays::workdays(), 13, 17)}},
                .comms = {},
                .timeOff = {}};
    Member ben = anna;
    ben.id = "ben";
    ben.name = "Ben Okafor";
    plan.members = {mia, anna, ben};
    plan.policy.gapLimit = Minutes{7 * 24 * 60};
    return plan;
}

std::vector<WeekBlock> blocksOn(const MyWeekContent &content, WeekBlockKind kind, int day)
{
    std::vector<WeekBlock> found;
    for (const WeekBlock &block : content.blocksOf(kind))
        if (block.day == day)
            found.push_back(block);
    return found;
}

} // namespace

class TestMyWeek : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QApplication::setApplicationName(QStringLiteral("sunrelay-tst_my_week"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QSettings().clear();
    }

    void init()
    {
        QSettings().clear();
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        auto created =
            PlanDocument::create(m_dir->filePath(QStringLiteral("plan.sunrelay")), teamPlan());
        QVERIFY(created);
        m_document = std::move(created).value();
    }

    void cleanup()
    {
        m_document.reset();
        m_dir.reset();
    }

    // The days before and after the change both show 09:00-17:00 where the
    // real clock puts them; Sunday's column is 25 h; the night block across
    // 02:00-03:00 is 9 h and its deep work 5 h.
    void sydneyAcrossTheAprilChange()
    {
        MyWeekView view(m_document.get());
        view.resize(1000, 800);
        view.setFirstDayOfWeek(Qt::Monday);
        view.setClockStyle(ClockStyle::TwentyFourHour);
        view.setMember("mia");
        view.setWeekContaining(LocalDate{date::year{2027} / 4 / 1});
        const MyWeekContent &content = view.content();
        QCOMPARE(content.days.size(), std::size_t{7});
        QCOMPARE(content.days.front().date, LocalDate{date::year{2027} / 3 / 29});
        const WeekDay &saturday = content.days[5];
        const WeekDay &sunday = content.days[6];
        QCOMPARE(saturday.title, QStringLiteral("Sat 3 Apr"));
        QCOMPARE(saturday.span, (Interval{utc(2027, 4, 2, 13), utc(2027, 4, 3, 13)}));
        QCOMPARE(sunday.span, (Interval{utc(2027, 4, 3, 13), utc(2027, 4, 4, 14)}));
        QCOMPARE(sunday.span.length(), Seconds{hours{25}});

        // Saturday's day block and Sunday's, both 09:00-17:00 on the clock.
        const auto saturdayWork = blocksOn(content, WeekBlockKind::Work, 5);
        QCOMPARE(saturdayWork.size(), std::size_t{2}); // the day, and the night's start
        QCOMPARE(saturdayWork[0].whole, (Interval{utc(2027, 4, 2, 22), utc(2027, 4, 3, 6)}));
        QCOMPARE(saturdayWork[0].label, QStringLiteral("09:00–17:00"));
        const auto sundayWork = blocksOn(content, WeekBlockKind::Work, 6);
        QCOMPARE(sundayWork.size(), std::size_t{2}); // the night's end, and the day
        QCOMPARE(sundayWork[1].whole, (Interval{utc(2027, 4, 3, 23), utc(2027, 4, 4, 7)}));
        QCOMPARE(sundayWork[1].label, QStringLiteral("09:00–17:00"));

        // The night: 22:00-06:00 is 9 h, drawn 2 h on Saturday and 7 h on Sunday.
        const WeekBlock &nightStart = saturdayWork[1];
        const WeekBlock &nightEnd = sundayWork[0];
        QCOMPARE(nightStart.whole, (Interval{utc(2027, 4, 3, 11), utc(2027, 4, 3, 20)}));
        QCOMPARE(nightStart.whole.length(), Seconds{hours{9}});
        QCOMPARE(nightStart.label, QStringLiteral("22:00–06:00"));
        QCOMPARE(nightEnd.interval, (Interval{utc(2027, 4, 3, 13), utc(2027, 4, 3, 20)}));
        const auto deep = content.blocksOf(WeekBlockKind::DeepWork);
        QCOMPARE(deep.size(), std::size_t{2});
        QCOMPARE(deep[0].whole, (Interval{utc(2027, 4, 3, 12), utc(2027, 4, 3, 17)}));
        QCOMPARE(deep[0].whole.length(), Seconds{hours{5}});
        QCOMPARE(deep[0].label, QStringLiteral("23:00–03:00"));

        // On screen: rows of real time. Saturday's 09:00 is 9 h below its
        // midnight, Sunday's 09:00 AEST 10 h (02:00 came twice); the deep
        // work's Sunday part (00:00-03:00 on the clock) is 4 h tall.
        const MyWeekGeometry geometry(content,
                                      QRectF(view.canvas()->rect()),
                                      view.canvas()->font());
        const double hour = geometry.pixelsPerHour();
        const double top = geometry.columnRect(0).top();
        QCOMPARE(geometry.columnRect(5).height(), 24 * hour);
        QCOMPARE(geometry.columnRect(6).height(), 25 * hour);
        const QRectF saturdayRect = view.blockRect(saturdayWork[0]);
        QCOMPARE(saturdayRect.top(), top + 9 * hour);
        QCOMPARE(saturdayRect.height(), 8 * hour);
        const QRectF sundayRect = view.blockRect(sundayWork[1]);
        QCOMPARE(sundayRect.top(), top + 10 * hour);
        QCOMPARE(sundayRect.height(), 8 * hour);
        QCOMPARE(view.blockRect(deep[1]).top(), top);
        QCOMPARE(view.blockRect(deep[1]).height(), 4 * hour);
        QCOMPARE(view.blockRect(deep[0]).height(), 1 * hour); // Saturday 23:00-24:00
        QVERIFY(view.blockRect(saturdayWork[0]).right() < view.blockRect(sundayWork[1]).left());

        // The maker score counts the night's exact 5 h (policy 3 h).
        QCOMPARE(saturday.maker.longestStretch, Seconds{hours{5}});
        QVERIFY(saturday.maker.isProtected);

        auto *weekButton = view.findChild<QToolButton *>(QStringLiteral("weekButton"));
        QVERIFY(weekButton);
        QCOMPARE(weekButton->text(), QStringLiteral("29 Mar – 4 Apr 2027"));

        // The next week: Monday 5 April 09:00 AEST.
        view.nextWeek();
        QCOMPARE(weekButton->text(), QStringLiteral("5 Apr – 11 Apr 2027"));
        const auto monday = blocksOn(view.content(), WeekBlockKind::Work, 0);
        QCOMPARE(monday.size(), std::size_t{1});
        QCOMPARE(monday[0].whole, (Interval{utc(2027, 4, 4, 23), utc(2027, 4, 5, 7)}));
        QCOMPARE(monday[0].label, QStringLiteral("09:00–17:00"));
    }

    // An imported meeting inside deep work: a busy block, a conflict marked
    // in place with its explanation, and the verdict names it; undo clears it.
    void meetingCutsTheBlock()
    {
        MyWeekView view(m_document.get());
        view.setFirstDayOfWeek(Qt::Monday);
        view.setClockStyle(ClockStyle::TwentyFourHour);
        view.setMember("anna");
        view.setWeekContaining(LocalDate{date::year{2026} / 3 / 11});
        // Nothing cuts Anna's 13:00-17:00 yet: five protected days.
        QCOMPARE(view.content().score.protectedWorkdays, 5);
        QVERIFY(view.content().blocksOf(WeekBlockKind::Conflict).empty());

        // Wednesday 11 March 14:00-15:00 Berlin (CET, +1) = 13:00Z-14:00Z.
        const Interval meeting{utc(2026, 3, 11, 13), utc(2026, 3, 11, 14)};
        m_document->replaceBusyTimes(
            "anna",
            {BusyTime{.interval = meeting, .summary = "Review", .sourceUid = "r1"}},
            QStringLiteral("Import busy time of Anna"));
        const MyWeekContent &content = view.content();
        const auto busy = content.blocksOf(WeekBlockKind::Busy);
        QCOMPARE(busy.size(), std::size_t{1});
        QCOMPARE(busy[0].day, 2);
        QCOMPARE(busy[0].label, QStringLiteral("14:00–15:00"));
        QCOMPARE(busy[0].caption, QStringLiteral("Review"));
        const auto conflicts = content.blocksOf(WeekBlockKind::Conflict);
        QCOMPARE(conflicts.size(), std::size_t{1});
        QCOMPARE(conflicts[0].whole, meeting); // the cut: all of the meeting
        QCOMPARE(conflicts[0].severity, Severity::Error);
        QVERIFY2(conflicts[0].tooltip.contains(QStringLiteral("meeting from your calendar")),
                 qPrintable(conflicts[0].tooltip));
        QCOMPARE(content.score.protectedWorkdays, 4);
        QCOMPARE(content.score.workdays, 5);
        QVERIFY2(content.verdict.startsWith(QStringLiteral("4 of 5 ")),
                 qPrintable(content.verdict));
        QVERIFY2(content.verdict.endsWith(
                     QStringLiteral("; Wednesday's block is cut by a 14:00 meeting")),
                 qPrintable(content.verdict));
        QCOMPARE(view.findChild<QLabel *>(QStringLiteral("makerVerdict"))->text(), content.verdict);
        // Wednesday's longest stretch: 15:00-17:00.
        QCOMPARE(content.days[2].maker.longestStretch, Seconds{hours{2}});

        // The conflict is where the meeting is: in Wednesday's column at 14:00.
        view.resize(1000, 800);
        const MyWeekGeometry geometry(content,
                                      QRectF(view.canvas()->rect()),
                                      view.canvas()->font());
        const QRectF mark = view.blockRect(conflicts[0]);
        QVERIFY(geometry.columnRect(2).contains(mark.topLeft()));
        QCOMPARE(mark.top(), geometry.columnRect(2).top() + 14 * geometry.pixelsPerHour());

        m_document->undoStack()->undo();
        QVERIFY(view.content().blocksOf(WeekBlockKind::Busy).empty());
        QVERIFY(view.content().blocksOf(WeekBlockKind::Conflict).empty());
        QCOMPARE(view.content().score.protectedWorkdays, 5);
    }

    // A region holiday is named in its day; time off is marked; neither is
    // a workday of the maker score.
    void daysOffAreNamed()
    {
        MyWeekView view(m_document.get());
        view.setFirstDayOfWeek(Qt::Monday);
        view.setMember("anna");
        view.setWeekContaining(LocalDate{date::year{2026} / 3 / 11});
        m_document->replaceHolidays(
            "emea",
            {Holiday{.date = LocalDate{date::year{2026} / 3 / 11}, .name = "Test Day"}},
            QStringLiteral("Import holidays of EMEA"));
        Member anna = m_document->plan().members[1];
        anna.timeOff = {
            DateRange{LocalDate{date::year{2026} / 3 / 13}, LocalDate{date::year{2026} / 3 / 13}}};
        m_document->changeMember(anna);
        const MyWeekContent &content = view.content();
        const auto holidays = content.blocksOf(WeekBlockKind::Holiday);
        QCOMPARE(holidays.size(), std::size_t{1});
        QCOMPARE(holidays[0].day, 2);
        QCOMPARE(holidays[0].caption, QStringLiteral("Test Day"));
        // The whole local day: Wed 11 March 00:00 CET = 10 March 23:00Z.
        QCOMPARE(holidays[0].interval, (Interval{utc(2026, 3, 10, 23), utc(2026, 3, 11, 23)}));
        const auto off = content.blocksOf(WeekBlockKind::TimeOff);
        QCOMPARE(off.size(), std::size_t{1});
        QCOMPARE(off[0].day, 4);
        QVERIFY(blocksOn(content, WeekBlockKind::Work, 2).empty());
        QVERIFY(blocksOn(content, WeekBlockKind::Work, 4).empty());
        QCOMPARE(content.score.workdays, 3);
        QCOMPARE(content.score.protectedWorkdays, 3);
    }

    // The picker finds members by part of the name or id; the last one
    // chosen comes back in a new view.
    void pickerSearchAndMemory()
    {
        {
            MyWeekView view(m_document.get());
            QCOMPARE(view.member(), std::string("mia")); // nothing remembered: the first
            auto *picker = view.findChild<QComboBox *>(QStringLiteral("memberPicker"));
            QVERIFY(picker);
            QCompleter *completer = picker->completer();
            completer->setCompletionPrefix(QStringLiteral("okaf"));
            QCOMPARE(completer->completionCount(), 1);
            QCOMPARE(completer->currentCompletion(), QStringLiteral("Ben Okafor (ben)"));
            completer->setCompletionPrefix(QStringLiteral("ANNA"));
            QCOMPARE(completer->completionCount(), 1);
            // Choosing from the list shows that member.
            picker->setCurrentIndex(picker->findData(QStringLiteral("ben")));
            QCOMPARE(view.member(), std::string("ben"));
            QCOMPARE(view.content().memberName, QStringLiteral("Ben Okafor"));
        }
        QCOMPARE(QSettings().value(QStringLiteral("myWeek/member")).toString(),
                 QStringLiteral("ben"));
        MyWeekView again(m_document.get());
        QCOMPARE(again.member(), std::string("ben"));
        auto *picker = again.findChild<QComboBox *>(QStringLiteral("memberPicker"));
        QCOMPARE(picker->currentData().toString(), QStringLiteral("ben"));

        // A remembered member who left the plan: the first one instead.
        m_document->removeMember("ben");
        QCOMPARE(again.member(), std::string("mia"));
        MyWeekView afterwards(m_document.get());
        QCOMPARE(afterwards.member(), std::string("mia"));
    }

    // The conflicts dock's double-click: member, week and the marked instant.
    void showMemberAtPicksTheWeek()
    {
        MyWeekView view(m_document.get());
        view.setFirstDayOfWeek(Qt::Monday);
        // Sun 4 Apr 2027 01:30 AEDT (the first 01:30) = 2027-04-03T14:30Z.
        const Instant at = utc(2027, 4, 3, 14, 30);
        view.showMemberAt("mia", at);
        QCOMPARE(view.member(), std::string("mia"));
        QCOMPARE(view.firstDay(), LocalDate{date::year{2027} / 3 / 29});
        QCOMPARE(view.highlighted(), std::optional<Instant>(at));
        // Another week drops the mark; an unknown member changes nothing.
        view.nextWeek();
        QVERIFY(!view.highlighted());
        view.showMemberAt("nobody", at);
        QCOMPARE(view.firstDay(), LocalDate{date::year{2027} / 4 / 5});
    }

    // Previous, next, this week and a date picked in the calendar.
    void weekNavigation()
    {
        MyWeekView view(m_document.get());
        view.setFirstDayOfWeek(Qt::Monday);
        view.setMember("anna");
        view.setWeekContaining(LocalDate{date::year{2026} / 3 / 11});
        QCOMPARE(view.firstDay(), LocalDate{date::year{2026} / 3 / 9});
        view.previousWeek();
        QCOMPARE(view.firstDay(), LocalDate{date::year{2026} / 3 / 2});
        auto *calendar = view.findChild<QCalendarWidget *>();
        QVERIFY(calendar);
        emit calendar->clicked(QDate(2026, 12, 31)); // a Thursday
        QCOMPARE(view.firstDay(), LocalDate{date::year{2026} / 12 / 28});
        // Weeks starting on Sunday: the week of Thu 31 Dec starts Sun 27 Dec.
        view.setFirstDayOfWeek(Qt::Sunday);
        QCOMPARE(view.firstDay(), LocalDate{date::year{2026} / 12 / 27});
        // This week holds today in Anna's zone.
        view.thisWeek();
        const Instant now = date::floor<Seconds>(std::chrono::system_clock::now());
        QVERIFY(view.content().week().contains(now));
    }

    void calendarButtonsEmitIntentions()
    {
        MyWeekView view(m_document.get());
        view.setMember("anna");
        view.setWeekContaining(LocalDate{date::year{2026} / 3 / 11});
        QSignalSpy exported(&view, &MyWeekView::exportCalendarRequested);
        QSignalSpy imported(&view, &MyWeekView::importBusyTimeRequested);
        QPushButton *exportButton = nullptr;
        QPushButton *importButton = nullptr;
        for (QPushButton *button : view.findChildren<QPushButton *>()) {
            if (button->text() == QStringLiteral("Export My Calendar…"))
                exportButton = button;
            if (button->text() == QStringLiteral("Import My Calendar…"))
                importButton = button;
        }
        QVERIFY(exportButton && importButton);
        exportButton->click();
        importButton->click();
        QCOMPARE(exported.size(), 1);
        QCOMPARE(exported.at(0).at(0).value<std::string>(), std::string("anna"));
        // Mon 9 March 00:00 CET to Mon 16 March 00:00 CET.
        QCOMPARE(exported.at(0).at(1).value<Interval>(),
                 (Interval{utc(2026, 3, 8, 23), utc(2026, 3, 15, 23)}));
        QCOMPARE(imported.size(), 1);
        QCOMPARE(imported.at(0).at(0).value<std::string>(), std::string("anna"));
    }

    // Print… paints the same week to the printer; here into a PDF file.
    void printsToPdf()
    {
        MyWeekView view(m_document.get());
        view.setMember("mia");
        view.setWeekContaining(LocalDate{date::year{2027} / 4 / 1});
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        const QString path = m_dir->filePath(QStringLiteral("week.pdf"));
        printer.setOutputFileName(path);
        QVERIFY(MyWeekView::printWeek(printer, view.content(), view.font()));
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        QVERIFY(pdf.size() > 2000);
    }

    // The widget drawn in a light and a dark palette (the demo plan's Tom,
    // London, who closes EMEA's day; the week of Mon 30 Nov 2026, with a
    // meeting imported into Wednesday's deep work): something is drawn, and the two differ. With
    // SUNRELAY_SCREENSHOT_DIR set the pictures are kept there for a look.
    void looksInBothPalettes()
    {
        auto demo =
            PlanDocument::create(m_dir->filePath(QStringLiteral("demo.sunrelay")), demoPlan());
        QVERIFY(demo);
        // Wed 2 Dec 09:30-10:30 London (GMT) = 09:30Z-10:30Z.
        demo.value()->replaceBusyTimes(
            "tom",
            {BusyTime{.interval = {utc(2026, 12, 2, 9, 30), utc(2026, 12, 2, 10, 30)},
                      .summary = "Vendor call",
                      .sourceUid = "v1"}},
            QStringLiteral("Import busy time of Tom"));
        const QString folder = qEnvironmentVariable("SUNRELAY_SCREENSHOT_DIR");
        QImage pictures[2];
        for (const bool dark : {false, true}) {
            QPalette palette = printPalette();
            if (dark) {
                palette = QPalette(QColor(0x35, 0x35, 0x35), QColor(0x2b, 0x2b, 0x2b));
                palette.setColor(QPalette::Base, QColor(0x23, 0x23, 0x23));
                palette.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
                palette.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
                palette.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
                palette.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
                palette.setColor(QPalette::Mid, QColor(0x80, 0x80, 0x80));
                palette.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
            }
            QApplication::setPalette(palette);
            MyWeekView view(demo.value().get());
            view.setFirstDayOfWeek(Qt::Monday);
            view.setClockStyle(ClockStyle::TwentyFourHour);
            view.setMember("tom");
            view.setWeekContaining(LocalDate{date::year{2026} / 12 / 2});
            QVERIFY(!view.content().blocksOf(WeekBlockKind::Task).empty());
            QVERIFY(!view.content().blocksOf(WeekBlockKind::HandoffOut).empty());
            // Monday 30 Nov: Tom closes EMEA at 17:00 London = 17:00Z = 12:00
            // New York (EST); T-1 (placed 08:00Z in EMEA, 60 h) passes its
            // first handoff then, with the demo plan's note for it.
            const auto outgoing = blocksOn(view.content(), WeekBlockKind::HandoffOut, 0);
            QCOMPARE(outgoing.size(), std::size_t{1});
            QCOMPARE(outgoing[0].whole.start, utc(2026, 11, 30, 17));
            QVERIFY2(outgoing[0].tooltip.contains(QStringLiteral("Nia Johnson 12:00 New York")),
                     qPrintable(outgoing[0].tooltip));
            QVERIFY2(outgoing[0].tooltip.contains(
                         QStringLiteral("T-1 Migrate billing database to the new cluster — "
                                        "Done: schema dump of shards 1-4")),
                     qPrintable(outgoing[0].tooltip));
            view.resize(1200, 900);
            pictures[dark] = view.grab().toImage();
            QVERIFY(!pictures[dark].isNull());
            if (!folder.isEmpty())
                QVERIFY(pictures[dark].save(folder
                                            + (dark ? QStringLiteral("/myweek-dark.png")
                                                    : QStringLiteral("/myweek-light.png"))));
        }
        QVERIFY(pictures[0] != pictures[1]);
        QApplication::setPalette(QPalette());
    }

    // The page beside the timeline: View > My Week, Ctrl+2.
    void isATabOfTheMainWindow()
    {
        MainWindow window;
        QVERIFY(
            window.openPath(QStringLiteral(SUNRELAY_SOURCE_DIR "/resources/demo/demo-plan.json")));
        auto *views = window.findChild<QTabWidget *>(QStringLiteral("views"));
        QVERIFY(views);
        auto *myWeek = window.findChild<MyWeekView *>(QStringLiteral("myWeek"));
        QVERIFY(myWeek);
        // The tab holds the page (in a scroll area, for small screens).
        int tab = -1;
        for (int i = 0; i < views->count(); ++i)
            if (views->widget(i)->isAncestorOf(myWeek))
                tab = i;
        QCOMPARE(views->tabText(tab), QStringLiteral("My Week"));
        QAction *show = nullptr;
        for (QAction *action : window.findChildren<QAction *>())
            if (action->text() == QLatin1String("My &Week"))
                show = action;
        QVERIFY(show);
        QCOMPARE(show->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_2));
        show->trigger();
        QCOMPARE(views->currentIndex(), tab);
        QVERIFY(!myWeek->content().days.empty()); // the demo plan's first member
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<PlanDocument> m_document;
};

QTEST_MAIN(TestMyWeek)
#include "tst_my_week.moc"
