// A run in a pseudo-language: a translator that wraps every text it is asked
// for in ⟦…⟧ is the only one installed (Qt's own words go through it too),
// then the main window (welcome page, and with the demo plan open: menus,
// toolbar, docks, every view), every dialog and every dock is searched for
// visible text that is not wrapped: a string that missed tr().
//
// The rule for what may stand outside ⟦…⟧ (documented here, applied in
// leftover()): the plan's own data (its name, regions, members, task ids and
// titles, zone ids and their cities), the locale's day and month names,
// digits, punctuation and symbols (times, dates, numbers, offsets), zone
// abbreviations and other words in capitals of up to five letters (CET,
// UTC, AM), single letters (keys in shortcuts: Ctrl+Z), file paths (a whole
// text that starts with "/", as the recent files' tips, or from a "/" after
// a space to the next space), the app's name and the languages of
// Preferences > Language, which are named in themselves on purpose.
// Whatever letters remain after taking those out are a finding.

#include "gui/calendar/calendar_export_dialog.h"
#include "gui/calendar/calendar_import_dialog.h"
#include "gui/calendar/handoffs_csv_dialog.h"
#include "gui/dialogs/member_dialog.h"
#include "gui/dialogs/preferences_dialog.h"
#include "gui/document/plan_document.h"
#include "gui/help/guide_dialog.h"
#include "gui/help/legend_dialog.h"
#include "gui/help/shortcuts_dialog.h"
#include "gui/tasks/place_task_dialog.h"
#include "gui/tasks/task_dialog.h"
#include "gui/window/main_window.h"

#include "../gui/gui_test_support.h"
#include "i18n_test_support.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTranslator>

using namespace sunrelay;
using namespace sunrelay::gui;
using sunrelay::guitest::demoPlan;
using sunrelay::i18ntest::ShownText;

namespace
{

const QString wrapStart = QStringLiteral("⟦");
const QString wrapEnd = QStringLiteral("⟧");
const QString demoJson = QStringLiteral(SUNRELAY_SOURCE_DIR "/resources/demo/demo-plan.json");

class PseudoTranslator : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *, const char *source, const char *, int) const override
    {
        return source ? wrapStart + QString::fromUtf8(source) + wrapEnd : QString();
    }
};

// The words that may stand outside ⟦…⟧, longest first (so "New York"
// goes before "York").
QStringList knownWords(const Plan &plan)
{
    QStringList words = {QString::fromStdString(plan.name), QStringLiteral("Sunrelay")};
    for (const Region &region : plan.regions)
        words << QString::fromStdString(region.name) << QString::fromStdString(region.id);
    for (const Member &member : plan.members) {
        const QString zone = QString::fromStdString(member.zone.name());
        words << QString::fromStdString(member.name) << QString::fromStdString(member.id) << zone
              << zone.section(u'/', -1).replace(u'_', u' ');
    }
    for (const Task &task : plan.tasks)
        words << QString::fromStdString(task.title) << QString::fromStdString(task.id);
    for (const apptext::AppLanguage &language : apptext::appLanguages())
        words << language.nativeName;
    const QLocale locale;
    for (int day = 1; day <= 7; ++day)
        for (const auto format : {QLocale::LongFormat, QLocale::ShortFormat})
            words << locale.dayName(day, format) << locale.standaloneDayName(day, format);
    for (int month = 1; month <= 12; ++month)
        for (const auto format : {QLocale::LongFormat, QLocale::ShortFormat})
            words << locale.monthName(month, format) << locale.standaloneMonthName(month, format);
    words.removeAll(QString());
    std::sort(words.begin(), words.end(), [](const QString &a, const QString &b) {
        return a.size() > b.size();
    });
    return words;
}

// What is left of `text` once the wrapped texts and the allowed words are
// taken out: empty when nothing untranslated shows.
QString leftover(QString text, const QStringList &known)
{
    static const QRegularExpression wrapped(QStringLiteral("⟦[^⟦⟧]*⟧"));
    // Inner first: a translated text may hold another ("⟦Open ⟦file⟧⟧").
    while (text.contains(wrapped))
        text.replace(wrapped, QStringLiteral(" "));
    for (const QString &word : known)
        text.replace(word, QStringLiteral(" "));
    if (text.startsWith(u'/'))
        return {};
    static const QRegularExpression path(QStringLiteral("(?:^|\\s)/\\S*"));
    text.replace(path, QStringLiteral(" "));
    static const QRegularExpression allowed(
        QStringLiteral("\\b(?:[A-Z]{2,5}|[A-Za-z]|F\\d+)\\b|[^\\p{L}]"));
    text.replace(allowed, QStringLiteral(" "));
    return text.simplified();
}

// The unwrapped texts `root` shows; `examined` counts all it shows.
QStringList findings(const QWidget &root, const QStringList &known, int *examined = nullptr)
{
    QStringList found;
    const std::vector<ShownText> texts = i18ntest::shownTexts(root);
    if (examined)
        *examined = int(texts.size());
    for (const ShownText &shown : texts)
        if (!leftover(shown.text, known).isEmpty())
            found << QStringLiteral("%1 \"%2\"").arg(shown.where, shown.text);
    found.removeDuplicates();
    return found;
}

#define VERIFY_ALL_WRAPPED(widget)                                                                 \
    do {                                                                                           \
        const QStringList found = findings(widget, m_known);                                       \
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));                                  \
    } while (false)

} // namespace

class TestPseudoTranslation : public QObject
{
    Q_OBJECT

private:
    PseudoTranslator m_pseudo;
    Plan m_plan = demoPlan();
    QStringList m_known = knownWords(m_plan);

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // Start from no recent files and no earlier copies of the demo plan.
        QSettings().clear();
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
        QCoreApplication::installTranslator(&m_pseudo);
    }

    // The rule itself: a bare English word is found, wrapped text and
    // data are not.
    void ruleFindsBareWords()
    {
        QCOMPARE(leftover(QStringLiteral("⟦Open⟧ Europe/Berlin 09:00 CET"), m_known), QString());
        QCOMPARE(leftover(QStringLiteral("⟦%1 members⟧: Mon 30 Nov"), m_known), QString());
        QCOMPARE(leftover(QStringLiteral("⟦Ctrl⟧+Z"), m_known), QString());
        QCOMPARE(leftover(QStringLiteral("⟦Team⟧ Members"), m_known), QStringLiteral("Members"));
        QCOMPARE(leftover(QStringLiteral("Cancel"), m_known), QStringLiteral("Cancel"));
        QCOMPARE(leftover(QStringLiteral("/tmp/x/demo plan 2.sunrelay"), m_known), QString());
        QCOMPARE(leftover(QStringLiteral("Open /tmp/x"), m_known), QStringLiteral("Open"));
    }

    void welcomePage()
    {
        MainWindow window;
        window.show();
        VERIFY_ALL_WRAPPED(window);
    }

    void mainWindowWithAPlan()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openPath(demoJson));
        // Every view once in front, so each lays out its texts.
        auto *views = window.findChild<QTabWidget *>();
        QVERIFY(views);
        for (int tab = 0; tab < views->count(); ++tab) {
            views->setCurrentIndex(tab);
            QCoreApplication::processEvents();
        }
        VERIFY_ALL_WRAPPED(window);
        // The search reached the menus, docks and views, not just the frame.
        int examined = 0;
        findings(window, m_known, &examined);
        QVERIFY2(examined > 150, qPrintable(QString::number(examined)));
    }

    void planDialogs()
    {
        const Member &member = m_plan.members.front();
        MemberDialog memberDialog(m_plan, member);
        memberDialog.show();
        VERIFY_ALL_WRAPPED(memberDialog);

        const Task &task = m_plan.tasks.front();
        TaskDialog taskDialog(m_plan, task, TimeZone::utc(), ClockStyle::TwentyFourHour);
        taskDialog.show();
        VERIFY_ALL_WRAPPED(taskDialog);
        PlaceTaskDialog placeDialog(m_plan, task, TimeZone::utc(), ClockStyle::TwentyFourHour);
        placeDialog.show();
        VERIFY_ALL_WRAPPED(placeDialog);

        CalendarExportDialog exportDialog(m_plan);
        exportDialog.show();
        VERIFY_ALL_WRAPPED(exportDialog);
    }

    void documentDialogs()
    {
        MainWindow window;
        QVERIFY(window.openPath(demoJson));
        PlanDocument *document = window.document();
        QVERIFY(document);
        for (const auto kind : {CalendarImportKind::BusyTime, CalendarImportKind::Holidays}) {
            CalendarImportDialog importDialog(document, kind);
            importDialog.show();
            VERIFY_ALL_WRAPPED(importDialog);
        }
        HandoffsCsvDialog csvDialog(document);
        csvDialog.show();
        VERIFY_ALL_WRAPPED(csvDialog);
    }

    void otherDialogs()
    {
        PreferencesDialog preferences{Preferences{}};
        preferences.show();
        VERIFY_ALL_WRAPPED(preferences);
        for (const auto page : {GuidePage::Handoffs, GuidePage::DstRule}) {
            GuideDialog guide(page);
            guide.show();
            VERIFY_ALL_WRAPPED(guide);
        }
        LegendDialog legend;
        legend.show();
        VERIFY_ALL_WRAPPED(legend);
        MainWindow window;
        ShortcutsDialog shortcuts(*window.menuBar());
        shortcuts.show();
        VERIFY_ALL_WRAPPED(shortcuts);
    }
};

QTEST_MAIN(TestPseudoTranslation)
#include "tst_pseudo_translation.moc"
