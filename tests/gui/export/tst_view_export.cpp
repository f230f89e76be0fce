// Pictures of the timeline: `sunrelay --export-view` as a process, run with
// no display at all, and View > Export Picture…'s writer in-process.
//
// Expected tasks come from resources/demo/demo-plan.json (each task's
// "start"): from 2026-11-30 to 2026-12-04 (UTC, --to inclusive) T-1..T-9
// start; T-10 starts 2026-12-07T00:00Z, T-11 09:00Z, T-12 15:00Z; T-13..T-15
// are in the backlog.

#include "../gui_test_support.h"

#include "gui/document/plan_document.h"
#include "gui/export/view_export.h"
#include "gui/timeline/timeline_view.h"

#include "sunrelay/store/plan_store.h"

#include <sys/stat.h>

#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <set>

using namespace sunrelay;
using namespace sunrelay::gui;

namespace
{

const QString demoPlan = QStringLiteral(SUNRELAY_SOURCE_DIR "/resources/demo/demo-plan.json");

struct DemoTask {
    const char *id;
    const char *title;
};
// Copied from demo-plan.json: the tasks starting 2026-11-30..2026-12-04.
const DemoTask tasksFrom30NovTo4Dec[] = {
    {"T-1", "Migrate billing database to the new cluster"},
    {"T-2", "Fix invoice rounding for JPY and KRW"},
    {"T-3", "Release 4.2 regression pass"},
    {"T-4", "On-call runbook for payment outages"},
    {"T-5", "Customer export API: pagination"},
    {"T-6", "Load test the checkout service"},
    {"T-7", "Translate onboarding emails (ja, hi)"},
    {"T-8", "Security review of the SSO change"},
    {"T-9", "Data retention job for audit logs"},
};

struct Run {
    int exitCode = -1;
    QString errors;
};

// The real executable with no display: DISPLAY, WAYLAND_DISPLAY and
// QT_QPA_PLATFORM unset, its settings in a folder of its own.
Run runSunrelay(const QStringList &arguments)
{
    const QTemporaryDir home;
    if (!home.isValid())
        return {};
    QProcess app;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        environment.remove(QString::fromLatin1(name));
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

// Every <text> of an SVG, and its <title>.
struct SvgText {
    QStringList texts;
    QString title;
    QString viewBox;
    int images = 0;
};

SvgText readSvg(const QString &path)
{
    SvgText svg;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return svg;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("svg"))
            svg.viewBox = xml.attributes().value(QLatin1String("viewBox")).toString();
        else if (xml.name() == QLatin1String("text"))
            svg.texts << xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
        else if (xml.name() == QLatin1String("title"))
            svg.title = xml.readElementText();
        else if (xml.name() == QLatin1String("image"))
            ++svg.images;
    }
    if (xml.hasError())
        svg.texts = QStringList{QStringLiteral("XML error: ") + xml.errorString()};
    return svg;
}

// The texts that are task labels of `id` ("T-1 Migrate…"; not "T-10 …").
QStringList labelsOf(const QStringList &texts, const QString &id)
{
    QStringList labels;
    for (const QString &text : texts)
        if (text == id || text.startsWith(id + u' ') || text.startsWith(id + u'…'))
            labels << text;
    return labels;
}

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
}

// pdfinfo's and pdftotext's output (poppler-utils, packaging/debian/build-deps).
std::optional<QString> poppler(const QString &tool, const QStringList &arguments)
{
    QProcess process;
    process.start(tool, arguments);
    if (!process.waitForStarted() || !process.waitForFinished(30000) || process.exitCode() != 0)
        return std::nullopt;
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

class TestViewExport : public QObject
{
    Q_OBJECT

private slots:
    void svgHasTheTasksTitlesAsText()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString svgPath = dir.filePath(QStringLiteral("week.svg"));
        // Wide enough that every label fits a bar: 100 px an hour.
        const Run run = runSunrelay({QStringLiteral("--export-view"),
                                     svgPath,
                                     QStringLiteral("--from"),
                                     QStringLiteral("2026-11-30"),
                                     QStringLiteral("--to"),
                                     QStringLiteral("2026-12-04"),
                                     QStringLiteral("--width"),
                                     QStringLiteral("12000"),
                                     demoPlan});
        QVERIFY2(run.exitCode == 0, qPrintable(run.errors));
        const SvgText svg = readSvg(svgPath);
        QVERIFY2(!svg.texts.isEmpty(), qPrintable(svgPath));
        QVERIFY2(!svg.texts.constFirst().startsWith(QLatin1String("XML error")),
                 qPrintable(svg.texts.constFirst()));
        for (const DemoTask &task : tasksFrom30NovTo4Dec) {
            const QString id = QString::fromLatin1(task.id);
            const QString label = id + u' ' + QString::fromUtf8(task.title);
            const QStringList labels = labelsOf(svg.texts, id);
            QVERIFY2(!labels.isEmpty(), task.id);
            // Each label is the title or its start where a bar is short;
            // the task's longest bar holds all of it.
            for (const QString &shown : labels)
                QVERIFY2(label.startsWith(shown.chopped(shown.endsWith(u'…') ? 1 : 0)),
                         qPrintable(shown));
            QVERIFY2(labels.contains(label), qPrintable(labels.join(QStringLiteral(" | "))));
        }
        // Not in these days: T-10..T-12 start on Monday 7 December, T-13 is
        // in the backlog.
        for (const char *id : {"T-10", "T-11", "T-12", "T-13"})
            QVERIFY2(labelsOf(svg.texts, QString::fromLatin1(id)).isEmpty(), id);
        // The header column names the regions and members.
        for (const char *name : {"APAC", "EMEA", "AMER", "Sam Taylor", "Lucas Brown"})
            QVERIFY2(svg.texts.contains(QString::fromUtf8(name)), name);
        QCOMPARE(svg.title,
                 QStringLiteral("Sunrelay — Acme Platform, 2026-11-30–2026-12-04 (UTC)"));
        QVERIFY2(svg.viewBox.startsWith(QLatin1String("0 0 12000 ")), qPrintable(svg.viewBox));
        QCOMPARE(svg.images, 0); // vectors, no pasted pixmaps
        QCOMPARE(filesIn(dir.path()), QStringList{QStringLiteral("week.svg")} + QStringList());
    }

    // --to is inclusive, and the dates are read in --zone.
    void datesAreWholeDaysInTheZone_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QStringList>("shown");
        QTest::addColumn<QStringList>("notShown");
        // [2026-12-06 00:00Z, 2026-12-08 00:00Z): T-11 (7 Dec 09:00Z) and
        // T-12 (15:00Z) are on the last day, shown because --to includes it.
        QTest::newRow("UTC, --to inclusive")
            << QString() << QStringLiteral("2026-12-06") << QStringLiteral("2026-12-07")
            << QStringList{QStringLiteral("T-10"), QStringLiteral("T-11"), QStringLiteral("T-12")}
            << QStringList{};
        // Sunday 6 December in New York (EST, -5): [06 05:00Z, 07 05:00Z):
        // T-10 starts at 00:00Z on the 7th, 19:00 on the 6th there; T-11
        // (09:00Z) and T-12 (15:00Z) start after the day.
        QTest::newRow("America/New_York")
            << QStringLiteral("America/New_York") << QStringLiteral("2026-12-06")
            << QStringLiteral("2026-12-06") << QStringList{QStringLiteral("T-10")}
            << QStringList{QStringLiteral("T-11"), QStringLiteral("T-12")};
    }
    void datesAreWholeDaysInTheZone()
    {
        QFETCH(QString, zone);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QStringList, shown);
        QFETCH(QStringList, notShown);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString svgPath = dir.filePath(QStringLiteral("days.svg"));
        QStringList arguments{QStringLiteral("--export-view"),
                              svgPath,
                              QStringLiteral("--from"),
                              from,
                              QStringLiteral("--to"),
                              to,
                              QStringLiteral("--width"),
                              QStringLiteral("4000")};
        if (!zone.isEmpty())
            arguments << QStringLiteral("--zone") << zone;
        const Run run = runSunrelay(arguments << demoPlan);
        QVERIFY2(run.exitCode == 0, qPrintable(run.errors));
        const SvgText svg = readSvg(svgPath);
        for (const QString &id : shown)
            QVERIFY2(!labelsOf(svg.texts, id).isEmpty(), qPrintable(id));
        for (const QString &id : notShown)
            QVERIFY2(labelsOf(svg.texts, id).isEmpty(), qPrintable(id));
        QVERIFY2(
            svg.title.endsWith(QStringLiteral(", %1–%2 (%3)")
                                   .arg(from, to, zone.isEmpty() ? QStringLiteral("UTC") : zone)),
            qPrintable(svg.title));
    }

    // The PNG has the asked (or the default) width; the PDF is one page of
    // the same picture in points (96 px to 72 pt, the offscreen screen's
    // DPI), with the tasks' titles as text.
    void pngAndPdfOpen()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QStringList range{QStringLiteral("--from"),
                                QStringLiteral("2026-11-30"),
                                QStringLiteral("--to"),
                                QStringLiteral("2026-12-04")};
        const QString pngPath = dir.filePath(QStringLiteral("week.png"));
        Run run = runSunrelay(QStringList{QStringLiteral("--export-view"), pngPath} + range
                              + QStringList{demoPlan});
        QVERIFY2(run.exitCode == 0, qPrintable(run.errors));
        const QImage defaultWidth(pngPath);
        QVERIFY(!defaultWidth.isNull());
        QCOMPARE(defaultWidth.width(), 1600);
        // Axis, 3 region rows and 13 member rows: taller than 16 rows of 20 px.
        QVERIFY2(defaultWidth.height() > 16 * 20,
                 qPrintable(QString::number(defaultWidth.height())));
        std::set<QRgb> colours;
        for (int y = 0; y < defaultWidth.height(); y += 7)
            for (int x = 0; x < defaultWidth.width(); x += 7)
                colours.insert(defaultWidth.pixel(x, y));
        QVERIFY2(colours.size() > 20, "a picture, not a blank page");

        const QString narrowPath = dir.filePath(QStringLiteral("narrow.PNG"));
        run = runSunrelay(QStringList{QStringLiteral("--export-view"),
                                      narrowPath,
                                      QStringLiteral("--width"),
                                      QStringLiteral("800")}
                          + range + QStringList{demoPlan});
        QVERIFY2(run.exitCode == 0, qPrintable(run.errors));
        QCOMPARE(QImage(narrowPath).width(), 800);
        QCOMPARE(QImage(narrowPath).height(), defaultWidth.height());

        const QString pdfPath = dir.filePath(QStringLiteral("week.pdf"));
        run = runSunrelay(QStringList{QStringLiteral("--export-view"), pdfPath} + range
                          + QStringList{demoPlan});
        QVERIFY2(run.exitCode == 0, qPrintable(run.errors));
        QFile pdf(pdfPath);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        // poppler-utils is a build dependency: missing is a failure.
        const QString pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        QVERIFY2(!pdfinfo.isEmpty() && !pdftotext.isEmpty(),
                 "pdfinfo and pdftotext (poppler-utils) are needed");
        const auto info = poppler(pdfinfo, {pdfPath});
        QVERIFY(info);
        QVERIFY2(info->contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))),
                 qPrintable(*info));
        const auto size =
            QRegularExpression(QStringLiteral("Page size:\\s+([0-9.]+) x ([0-9.]+) pts"))
                .match(*info);
        QVERIFY2(size.hasMatch(), qPrintable(*info));
        QCOMPARE(size.captured(1).toDouble(), 1600 * 72.0 / 96);
        QVERIFY(qAbs(size.captured(2).toDouble() - defaultWidth.height() * 72.0 / 96) < 1);
        QVERIFY2(info->contains(QStringLiteral("Sunrelay — Acme Platform")), qPrintable(*info));
        const auto text = poppler(pdftotext, {pdfPath, QStringLiteral("-")});
        QVERIFY(text);
        for (const char *words : {"EMEA", "Sam Taylor", "T-4 On-call"})
            QVERIFY2(text->contains(QString::fromUtf8(words)), words);
    }

    // A .sunrelay plan is opened read-only: drawn, and left as it was.
    void planFileIsReadOnly()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString plan = dir.filePath(QStringLiteral("acme.sunrelay"));
        QVERIFY(store::PlanStore::create(plan.toStdString(), guitest::demoPlan()).ok());
        const auto hash = [&] {
            QFile file(plan);
            return file.open(QIODevice::ReadOnly)
                ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                : QByteArray();
        };
        const QByteArray before = hash();
        const QString svgPath = dir.filePath(QStringLiteral("out.svg"));
        const Run run = runSunrelay({QStringLiteral("--export-view"),
                                     svgPath,
                                     QStringLiteral("--from"),
                                     QStringLiteral("2026-11-30"),
                                     QStringLiteral("--to"),
                                     QStringLiteral("2026-12-04"),
                                     plan});
        QVERIFY2(run.exitCode == 0, qPrintable(run.errors));
        QVERIFY(!labelsOf(readSvg(svgPath).texts, QStringLiteral("T-4")).isEmpty());
        QCOMPARE(hash(), before);
        for (const char *suffix : {"-wal", "-shm", "-journal"})
            QVERIFY2(!QFileInfo::exists(plan + QLatin1String(suffix)), suffix);
    }

    // Bad input: exit 1, one line naming the problem, and no file.
    void badInputWritesNothing_data()
    {
        QTest::addColumn<QStringList>("arguments"); // %d: the test's folder
        QTest::addColumn<QString>("message");
        const QString out = QStringLiteral("%d/out.png");
        const QStringList range{QStringLiteral("--from"),
                                QStringLiteral("2026-11-30"),
                                QStringLiteral("--to"),
                                QStringLiteral("2026-12-04")};
        const auto with = [&](const QStringList &more) {
            return QStringList{QStringLiteral("--export-view"), out} + range + more;
        };
        QTest::newRow("missing plan") << with({QStringLiteral("%d/nowhere.json")})
                                      << QStringLiteral("nowhere.json: there is no such file");
        QTest::newRow("folder as plan")
            << with({QStringLiteral("%d/folder")}) << QStringLiteral("folder: that is a folder");
        QTest::newRow("not plan JSON")
            << with({QStringLiteral("%d/notes.json")}) << QStringLiteral("notes.json: ");
        QTest::newRow("damaged plan file")
            << with({QStringLiteral("%d/broken.sunrelay")}) << QStringLiteral("broken.sunrelay: ");
        QTest::newRow("no plan") << with({}) << QStringLiteral("needs the plan");
        QTest::newRow("bad date") << QStringList{
            QStringLiteral("--export-view"),
            out,
            QStringLiteral("--from"),
            QStringLiteral("2026-13-01"),
            QStringLiteral("--to"),
            QStringLiteral("2026-12-04"),
            demoPlan} << QStringLiteral("--from: \"2026-13-01\" is not a date (YYYY-MM-DD)");
        QTest::newRow("--to before --from")
            << QStringList{QStringLiteral("--export-view"),
                           out,
                           QStringLiteral("--from"),
                           QStringLiteral("2026-12-04"),
                           QStringLiteral("--to"),
                           QStringLiteral("2026-11-30"),
                           demoPlan}
            << QStringLiteral("--to 2026-11-30 is before --from 2026-12-04");
        QTest::newRow("no --to") << QStringList{QStringLiteral("--export-view"),
                                                out,
                                                QStringLiteral("--from"),
                                                QStringLiteral("2026-12-04"),
                                                demoPlan}
                                 << QStringLiteral("needs --from and --to");
        QTest::newRow("over 4 weeks")
            << QStringList{QStringLiteral("--export-view"),
                           out,
                           QStringLiteral("--from"),
                           QStringLiteral("2026-11-01"),
                           QStringLiteral("--to"),
                           QStringLiteral("2026-12-04"),
                           demoPlan}
            << QStringLiteral("34 days in UTC; a picture shows at most 4 weeks");
        QTest::newRow("unknown zone")
            << with({QStringLiteral("--zone"), QStringLiteral("Mars/Olympus"), demoPlan})
            << QStringLiteral("--zone: unknown time zone \"Mars/Olympus\"");
        QTest::newRow("width 0") << with({QStringLiteral("--width"), QStringLiteral("0"), demoPlan})
                                 << QStringLiteral("--width: 0 px is outside 400–20000 px");
        QTest::newRow("width 99999")
            << with({QStringLiteral("--width"), QStringLiteral("99999"), demoPlan})
            << QStringLiteral("--width: 99999 px is outside 400–20000 px");
        QTest::newRow("width abc")
            << with({QStringLiteral("--width"), QStringLiteral("abc"), demoPlan})
            << QStringLiteral("--width: \"abc\" is not a whole number of pixels");
        QTest::newRow("unknown extension")
            << QStringList{QStringLiteral("--export-view"), QStringLiteral("%d/out.gif")} + range
                + QStringList{demoPlan}
            << QStringLiteral("unknown picture type; the name must end in .png, .svg or .pdf");
        QTest::newRow("missing folder")
            << QStringList{QStringLiteral("--export-view"), QStringLiteral("%d/missing/out.svg")}
                + range + QStringList{demoPlan}
            << QStringLiteral("there is no folder");
        // Before: Qt's QSaveFile opened the FIFO itself and waited for a reader.
        QTest::newRow("FIFO as picture")
            << QStringList{QStringLiteral("--export-view"), QStringLiteral("%d/pipe.png")} + range
                + QStringList{demoPlan}
            << QStringLiteral("Cannot write pipe.png: is not a regular file (a FIFO)");
        QTest::newRow("--from without --export-view")
            << QStringList{QStringLiteral("--from"), QStringLiteral("2026-11-30"), demoPlan}
            << QStringLiteral("--from goes with --export-view");
    }
    void badInputWritesNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("folder")));
        QCOMPARE(
            ::mkfifo(QFile::encodeName(dir.filePath(QStringLiteral("pipe.png"))).constData(), 0600),
            0);
        {
            QFile notes(dir.filePath(QStringLiteral("notes.json")));
            QVERIFY(notes.open(QIODevice::WriteOnly));
            notes.write("shopping: milk, eggs\n");
            QFile broken(dir.filePath(QStringLiteral("broken.sunrelay")));
            QVERIFY(broken.open(QIODevice::WriteOnly));
            broken.write(QByteArray(4096, 'x'));
        }
        const QStringList before = filesIn(dir.path());
        for (QString &argument : arguments)
            argument.replace(QLatin1String("%d"), dir.path());
        const Run run = runSunrelay(arguments);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.errors.contains(message), qPrintable(run.errors));
        QVERIFY2(run.errors.startsWith(QLatin1String("sunrelay: ")), qPrintable(run.errors));
        QVERIFY2(run.errors.count(u'\n') == 1, qPrintable(run.errors));
        QCOMPARE(filesIn(dir.path()), before); // nothing written, no temporary left
    }

    // A failed export leaves an older picture of the same name as it was.
    void failureKeepsTheOldFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString target = dir.filePath(QStringLiteral("week.svg"));
        {
            QFile old(target);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("last week's picture");
        }
        const Run run = runSunrelay({QStringLiteral("--export-view"),
                                     target,
                                     QStringLiteral("--from"),
                                     QStringLiteral("2026-11-30"),
                                     QStringLiteral("--to"),
                                     QStringLiteral("2026-12-04"),
                                     dir.filePath(QStringLiteral("gone.json"))});
        QCOMPARE(run.exitCode, 1);
        QFile old(target);
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("last week's picture"));
    }

    // View > Export Picture…'s writer: every row, also those scrolled out of
    // the window, as vectors and text even after the window painted (and
    // cached) its rows; a collapsed region keeps its members out.
    void windowPictureHasEveryRow()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto document = PlanDocument::create(dir.filePath(QStringLiteral("acme.sunrelay")),
                                             guitest::demoPlan());
        QVERIFY(document.ok());
        TimelineView view(document.value().get());
        view.resize(900, 260);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setNow(guitest::utc(2026, 12, 1, 12));
        view.setVisibleRange({guitest::utc(2026, 11, 30), guitest::utc(2026, 12, 5)});
        view.setRegionExpanded("emea", false);
        view.verticalScrollBar()->setValue(view.verticalScrollBar()->maximum());
        QVERIFY(view.verticalScrollBar()->value() > 0); // the first rows are out of view
        view.setSelectedTask("T-1");
        for (int frame = 0; frame < 2; ++frame) // the second frame blits cached rows
            view.viewport()->grab();

        ViewExportOptions options;
        options.planName = QStringLiteral("Acme Platform");
        options.width = view.viewport()->width();
        const QString svgPath = dir.filePath(QStringLiteral("window.svg"));
        const auto error = exportTimelinePicture(view, svgPath, options);
        QVERIFY2(!error, qPrintable(error.value_or(QString())));
        const SvgText svg = readSvg(svgPath);
        QCOMPARE(svg.images, 0);
        for (const char *name : {"APAC", "Sam Taylor", "EMEA", "AMER", "Lucas Brown"})
            QVERIFY2(svg.texts.contains(QString::fromUtf8(name)), name);
        for (const char *name : {"Anna Schmidt", "Tom Okafor"}) // EMEA is collapsed
            QVERIFY2(!svg.texts.contains(QString::fromUtf8(name)), name);
        QVERIFY(svg.texts.contains(QStringLiteral("Mon"))); // row labels, painted as text
        QVERIFY2(svg.viewBox.startsWith(
                     QStringLiteral("0 0 %1 %2").arg(options.width).arg(view.fullHeight())),
                 qPrintable(svg.viewBox));
        // The view is as it was.
        QCOMPARE(view.verticalScrollBar()->value(), view.verticalScrollBar()->maximum());
        QCOMPARE(view.selectedTask(), std::optional<std::string>("T-1"));

        const QString png = dir.filePath(QStringLiteral("window.png"));
        QVERIFY(!exportTimelinePicture(view, png, options));
        QCOMPARE(QImage(png).size(), QSize(options.width, view.fullHeight()));
        const auto unknown =
            exportTimelinePicture(view, dir.filePath(QStringLiteral("w.bmp")), options);
        QVERIFY(unknown && unknown->contains(QLatin1String(".png, .svg or .pdf")));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("w.bmp"))));
    }
};

QTEST_MAIN(TestViewExport)
#include "tst_view_export.moc"
