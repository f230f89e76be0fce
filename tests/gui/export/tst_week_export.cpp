// `sunrelay --export-week MEMBER --week DATE FILE PLAN` as a process with no
// display: one member's week as PNG, SVG (text kept as text) or PDF, and a
// refusal with exit 1, one line on stderr and no file for bad input.
//
// Mia works in Australia/Sydney every day 09:00-17:00 with deep work
// 09:00-12:00. --week 2027-04-01 (a Thursday) is the week Mon 29 March - Sun
// 4 April (the C locale starts weeks on Monday); Sydney's clocks go back on
// Sunday 4 April, and Sunday still reads 09:00-12:00 and 09:00-17:00.

#include "../gui_test_support.h"

#include "sunrelay/store/plan_store.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace sunrelay;

namespace
{

struct Run {
    int exitCode = -1;
    QString errors;
};

// The real executable with no display, in the C locale, its settings in a
// folder of its own.
Run runSunrelay(const QStringList &arguments)
{
    const QTemporaryDir home;
    if (!home.isValid())
        return {};
    QProcess app;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name :
         {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "LC_ALL", "LC_TIME", "LANGUAGE"})
        environment.remove(QString::fromLatin1(name));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.path());
    app.setProcessEnvironment(environment);
    app.start(QStringLiteral(SUNRELAY_APP), arguments);
    if (!app.waitForStarted() || !app.waitForFinished(60000))
        return {};
    Run run;
    run.exitCode = app.exitStatus() == QProcess::NormalExit ? app.exitCode() : -1;
    run.errors = QString::fromUtf8(app.readAllStandardError());
    return run;
}

QStringList svgTexts(const QString &path)
{
    QStringList texts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return texts;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd())
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("text"))
            texts << xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
    if (xml.hasError())
        texts = QStringList{QStringLiteral("XML error: ") + xml.errorString()};
    return texts;
}

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
}

Plan sydneyPlan()
{
    Weekdays everyDay;
    for (unsigned d = 0; d < 7; ++d)
        everyDay.insert(date::weekday{d});
    Plan plan;
    plan.name = "Week export";
    plan.regions = {Region{.id = "apac", .name = "APAC", .color = "#2a9d8f"}};
    Member mia{.id = "mia",
               .name = "Mia Chen",
               .region = "apac",
               .zone = *TimeZone::find("Australia/Sydney"),
               .work = {{WeeklyRange{everyDay, Minutes{9 * 60}, Minutes{17 * 60}}}},
               .deepWork = {{WeeklyRange{everyDay, Minutes{9 * 60}, Minutes{12 * 60}}}},
               .comms = {},
               .timeOff = {}};
    Member ann = mia;
    ann.id = "ann";
    ann.name = "Ann Lee";
    Member raj = mia;
    raj.id = "raj";
    raj.name = "Raj Patel";
    plan.members = {mia, ann, raj};
    return plan;
}

const char *const sydneyJson = R"({"sunrelayPlan": 1, "name": "Week export",
  "regions": [{"id": "apac", "name": "APAC", "color": "#2a9d8f"}],
  "members": [{"id": "mia", "name": "Mia Chen", "region": "apac", "zone": "Australia/Sydney",
    "work": [{"days": ["mon","tue","wed","thu","fri","sat","sun"], "start": "09:00", "end": "17:00"}],
    "deepWork": [{"days": ["mon","tue","wed","thu","fri","sat","sun"], "start": "09:00", "end": "12:00"}],
    "comms": [], "timeOff": []}],
  "tasks": []})";

} // namespace

class TestWeekExport : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_plan = m_dir->filePath(QStringLiteral("team.sunrelay"));
        QVERIFY(store::PlanStore::create(m_plan.toStdString(), sydneyPlan()).ok());
        m_json = m_dir->filePath(QStringLiteral("team.json"));
        QFile json(m_json);
        QVERIFY(json.open(QIODevice::WriteOnly));
        json.write(sydneyJson);
    }

    // The SVG holds the name, the dates and each block's local times as text.
    void svgHasNameDatesAndTimes_data()
    {
        QTest::addColumn<bool>("fromJson");
        QTest::newRow("plan file") << false;
        QTest::newRow("plan JSON") << true;
    }
    void svgHasNameDatesAndTimes()
    {
        QFETCH(bool, fromJson);
        const QString svg = m_dir->filePath(QStringLiteral("mia.svg"));
        const Run run = runSunrelay({QStringLiteral("--export-week"),
                                     QStringLiteral("mia"),
                                     QStringLiteral("--week"),
                                     QStringLiteral("2027-04-01"),
                                     svg,
                                     fromJson ? m_json : m_plan});
        QVERIFY2(run.exitCode == 0, qPrintable(run.errors));
        QVERIFY2(run.errors.isEmpty(), qPrintable(run.errors));
        const QStringList texts = svgTexts(svg);
        const QString all = texts.join(u'|');
        QVERIFY2(
            texts.contains(QStringLiteral("Mia Chen — 29 Mar to 4 Apr 2027 (Australia/Sydney)")),
            qPrintable(all));
        for (const char *day : {"Mon 29 Mar", "Tue 30 Mar", "Sat 3 Apr", "Sun 4 Apr"})
            QVERIFY2(texts.contains(QString::fromUtf8(day)), day);
        // Deep work 09:00-12:00 and working hours 09:00-17:00 every day,
        // Sunday (the 25 h day) included.
        QCOMPARE(texts.count(QStringLiteral("09:00–12:00")), 7);
        QCOMPARE(texts.count(QStringLiteral("09:00–17:00")), 7);
        QVERIFY2(texts.contains(QStringLiteral("25 h day · longest 3 h")), qPrintable(all));
        QVERIFY2(texts.contains(QStringLiteral("7 of 7 days protected")), qPrintable(all));
    }

    void pngAndPdf()
    {
        const QString png = m_dir->filePath(QStringLiteral("mia.png"));
        Run run = runSunrelay({QStringLiteral("--export-week"),
                               QStringLiteral("mia"),
                               QStringLiteral("--week"),
                               QStringLiteral("2027-04-01"),
                               png,
                               m_plan});
        QVERIFY2(run.exitCode == 0, qPrintable(run.errors));
        const QImage image(png);
        QVERIFY(!image.isNull());
        QCOMPARE(image.width(), 1200);
        QVERIFY(image.height() > 25 * 20);

        const QString pdf = m_dir->filePath(QStringLiteral("mia.pdf"));
        run = runSunrelay({QStringLiteral("--export-week"),
                           QStringLiteral("mia"),
                           QStringLiteral("--week"),
                           QStringLiteral("2027-04-01"),
                           pdf,
                           m_plan});
        QVERIFY2(run.exitCode == 0, qPrintable(run.errors));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        // poppler-utils is a build dependency: missing is a failure.
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        QVERIFY2(!pdftotext.isEmpty(), "pdftotext (poppler-utils) is needed");
        QProcess text;
        text.start(pdftotext, {pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(30000));
        const QString words = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(words.contains(QStringLiteral("Mia Chen")), qPrintable(words));
        QVERIFY2(words.contains(QStringLiteral("Sun 4 Apr")), qPrintable(words));
    }

    void badInputWritesNothing_data()
    {
        QTest::addColumn<QStringList>("arguments"); // %d: the test's folder, %p: the plan
        QTest::addColumn<QString>("message");
        const auto week = [](const QString &member,
                             const QString &day,
                             const QString &file,
                             const QString &plan) {
            return QStringList{QStringLiteral("--export-week"),
                               member,
                               QStringLiteral("--week"),
                               day,
                               file,
                               plan};
        };
        const QString day = QStringLiteral("2027-04-01");
        const QString out = QStringLiteral("%d/out.svg");
        const QString plan = QStringLiteral("%p");
        QTest::newRow("unknown member")
            << week(QStringLiteral("zoe"), day, out, plan)
            << QStringLiteral("no member \"zoe\" in %p; its members are mia, ann, raj");
        QTest::newRow("bad date")
            << week(QStringLiteral("mia"), QStringLiteral("2027-02-30"), out, plan)
            << QStringLiteral("--week: \"2027-02-30\" is not a date (YYYY-MM-DD)");
        QTest::newRow("no date") << QStringList{QStringLiteral("--export-week"),
                                                QStringLiteral("mia"),
                                                out,
                                                plan}
                                 << QStringLiteral("--export-week needs --week DATE");
        QTest::newRow("unknown extension")
            << week(QStringLiteral("mia"), day, QStringLiteral("%d/out.gif"), plan)
            << QStringLiteral(
                   "out.gif: unknown picture type; the name must end in .png, .svg "
                   "or .pdf");
        QTest::newRow("missing folder")
            << week(QStringLiteral("mia"), day, QStringLiteral("%d/missing/out.png"), plan)
            << QStringLiteral("there is no folder");
        QTest::newRow("missing plan")
            << week(QStringLiteral("mia"), day, out, QStringLiteral("%d/nowhere.json"))
            << QStringLiteral("nowhere.json: there is no such file");
        QTest::newRow("not plan JSON")
            << week(QStringLiteral("mia"), day, out, QStringLiteral("%d/notes.json"))
            << QStringLiteral("notes.json: ");
        QTest::newRow("damaged plan file")
            << week(QStringLiteral("mia"), day, out, QStringLiteral("%d/broken.sunrelay"))
            << QStringLiteral("broken.sunrelay: ");
        QTest::newRow("no picture") << QStringList{QStringLiteral("--export-week"),
                                                   QStringLiteral("mia"),
                                                   QStringLiteral("--week"),
                                                   day,
                                                   plan}
                                    << QStringLiteral("needs the picture to write and the plan");
        QTest::newRow("--week alone") << QStringList{QStringLiteral("--week"), day, plan}
                                      << QStringLiteral("--week goes with --export-week");
    }
    void badInputWritesNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        {
            QFile notes(m_dir->filePath(QStringLiteral("notes.json")));
            QVERIFY(notes.open(QIODevice::WriteOnly));
            notes.write("shopping: milk, eggs\n");
            QFile broken(m_dir->filePath(QStringLiteral("broken.sunrelay")));
            QVERIFY(broken.open(QIODevice::WriteOnly));
            broken.write(QByteArray(4096, 'x'));
        }
        const QStringList before = filesIn(m_dir->path());
        for (QString &argument : arguments) {
            argument.replace(QLatin1String("%d"), m_dir->path());
            argument.replace(QLatin1String("%p"), m_plan);
        }
        message.replace(QLatin1String("%p"), QDir::toNativeSeparators(m_plan));
        const Run run = runSunrelay(arguments);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.errors.contains(message), qPrintable(run.errors));
        QVERIFY2(run.errors.startsWith(QLatin1String("sunrelay: ")), qPrintable(run.errors));
        QVERIFY2(run.errors.count(u'\n') == 1, qPrintable(run.errors));
        QCOMPARE(filesIn(m_dir->path()), before); // nothing written, no temporary left
    }

    void helpListsTheOptions()
    {
        QProcess app;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        app.setProcessEnvironment(environment);
        app.start(QStringLiteral(SUNRELAY_APP), {QStringLiteral("--help")});
        QVERIFY(app.waitForFinished(60000));
        const QString help = QString::fromUtf8(app.readAllStandardOutput());
        QVERIFY2(help.contains(QStringLiteral("--export-week <MEMBER>")), qPrintable(help));
        QVERIFY2(help.contains(QStringLiteral("--week <DATE>")), qPrintable(help));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_plan;
    QString m_json;
};

QTEST_GUILESS_MAIN(TestWeekExport)
#include "tst_week_export.moc"
