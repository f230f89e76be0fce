// Every file format Sunrelay ever wrote still opens (DESIGN.md, "The plan
// file": migrations are forward-only and tested from a fixture of every old
// version). tests/store/fixtures/ keeps one file per format, plan-vN.sunrelay,
// each written from the demo plan by the build that introduced format N; see
// the README there. Each is copied to a temporary directory first, opened,
// and must read as the demo plan (or as plan-vN.json beside it, once the demo
// plan has moved on); a read-write open migrates it to the current format for
// good.
//
//   tst_migrations --write-plan-file PLAN.json OUT.sunrelay
//
// writes a plan file with this build (PlanStore::create); it makes the
// fixture of the current format and the fuzzing seeds.

#include "store_test_support.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <iostream>
#include <set>

using namespace sunrelay;
using namespace sunrelay::storetest;

namespace
{

const char *const writeArgument = "--write-plan-file";

int writePlanFile(const char *json, const char *out)
{
    const Plan plan = readPlanFile(QString::fromLocal8Bit(json));
    auto store = PlanStore::create(out, plan);
    if (!store) {
        std::cerr << out << ": " << describe(store.error()) << "\n";
        return 1;
    }
    std::cout << "wrote " << out << " (file format " << store::schemaVersion << ")\n";
    return 0;
}

QString fixtureDir()
{
    return QStringLiteral(SUNRELAY_STORE_FIXTURES);
}

// plan-vN.sunrelay -> N, or 0 for other names.
int fixtureVersion(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^plan-v([0-9]+)\\.sunrelay$"));
    const QRegularExpressionMatch match = pattern.match(name);
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

// What a fixture holds: plan-vN.json beside it if there is one (a fixture
// older than a change to the demo plan), else the demo plan.
Plan expectedPlan(const QString &fixture)
{
    QString json = QDir(fixtureDir()).filePath(fixture);
    json.replace(QStringLiteral(".sunrelay"), QStringLiteral(".json"));
    return QFile::exists(json) ? readPlanFile(json) : demoPlan();
}

// The plan of format1NotesFollowTheRouteWithHolidays, without its holiday.
const char holidayPlanJson[] = R"({"sunrelayPlan": 1, "name": "Holiday",
    "regions": [{"id": "east", "name": "East", "color": "#0072B2"},
                {"id": "west", "name": "West", "color": "#E69F00"}],
    "members": [
      {"id": "kei", "name": "Kei", "region": "east", "zone": "Asia/Tokyo",
       "work": [{"days": ["mon","tue","wed","thu","fri"], "start": "09:00", "end": "18:00"}]},
      {"id": "ana", "name": "Ana", "region": "west", "zone": "UTC",
       "work": [{"days": ["mon","tue","wed","thu","fri"], "start": "08:00", "end": "17:00"}]}],
    "tasks": [{"id": "T-1", "title": "Ship", "effortHours": 12, "priority": 1,
               "start": "2026-03-11T07:00:00Z", "region": "east"}]})";

QStringList fixtureNames()
{
    return QDir(fixtureDir()).entryList({QStringLiteral("*.sunrelay")}, QDir::Files, QDir::Name);
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    // A fixture for every format from 1 to this build's, and nothing else
    // in the folder that the test would silently ignore.
    void everyFormatHasAFixture()
    {
        std::set<int> versions;
        for (const QString &name : fixtureNames()) {
            const int version = fixtureVersion(name);
            QVERIFY2(version > 0,
                     qPrintable(name + QStringLiteral(" is not named plan-vN.sunrelay")));
            versions.insert(version);
        }
        for (int version = 1; version <= store::schemaVersion; ++version)
            QVERIFY2(versions.count(version) == 1,
                     qPrintable(QStringLiteral("no fixture plan-v%1.sunrelay").arg(version)));
        QVERIFY2(*versions.rbegin() <= store::schemaVersion,
                 "a fixture is newer than this build's file format");
    }

    void fixtureOpensAsTheDemoPlan_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<OpenMode>("mode");
        const QStringList names = fixtureNames();
        QVERIFY(!names.isEmpty());
        for (const QString &name : names) {
            QTest::addRow("%s, read-write", qPrintable(name)) << name << OpenMode::ReadWrite;
            QTest::addRow("%s, read-only", qPrintable(name)) << name << OpenMode::ReadOnly;
        }
    }
    void fixtureOpensAsTheDemoPlan()
    {
        QFETCH(QString, fixture);
        QFETCH(OpenMode, mode);
        const int version = fixtureVersion(fixture);
        QVERIFY(version > 0);
        const fs::path source = QDir(fixtureDir()).filePath(fixture).toStdString();
        const std::string sourceBytes = readBytes(source);
        QVERIFY(store::looksLikePlanFile(source));

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const fs::path path = dir.filePath(fixture).toStdString();
        fs::copy_file(source, path);
        {
            RawDb db(path, SQLITE_OPEN_READONLY);
            QCOMPARE(db.query("PRAGMA user_version"), std::to_string(version));
            QCOMPARE(db.query("PRAGMA application_id"), std::to_string(store::applicationId));
        }
        const FileSnapshot before = snapshot(path);
        {
            auto store = PlanStore::open(path, mode);
            STORE_VERIFY_OK(store);
            QCOMPARE(store.value().openedVersion(), version);
            PLAN_COMPARE(store.value().plan(), expectedPlan(fixture));
            // Opening writes nothing; the first edit migrates (an edit that
            // changes nothing is still a write).
            if (mode == OpenMode::ReadWrite)
                STORE_VERIFY_EDIT(store.value().setPlanName(store.value().plan().name));
        }
        if (mode == OpenMode::ReadOnly) {
            // Read-only never writes, even to migrate.
            const std::string change = compareSnapshots(before, snapshot(path));
            QVERIFY2(change.empty(), change.c_str());
        } else {
            // Migrated for good: the next open finds the current format.
            {
                RawDb db(path, SQLITE_OPEN_READONLY);
                QCOMPARE(db.query("PRAGMA user_version"), std::to_string(store::schemaVersion));
                QCOMPARE(db.query("PRAGMA application_id"), std::to_string(store::applicationId));
            }
            QCOMPARE(integrityCheck(path), std::string("ok"));
            auto store = PlanStore::open(path, OpenMode::ReadWrite);
            STORE_VERIFY_OK(store);
            QCOMPARE(store.value().openedVersion(), store::schemaVersion);
            PLAN_COMPARE(store.value().plan(), expectedPlan(fixture));
            // And it takes edits.
            STORE_VERIFY_EDIT(store.value().setPlanName("Migrated"));
        }
        QVERIFY2(readBytes(source) == sourceBytes, "the fixture in the source tree changed");
    }

    // Format 1 kept handoff notes by the handoff's instant; format 2 by the
    // task's handoff number. Notes planted in a copy of plan-v1.sunrelay come
    // out on the numbers worked out by hand from T-1's route in the demo
    // plan (tst_cli's routeJsonShape: 60 h from Mon 2026-11-30 08:00Z, served
    // first; its handoffs 1 Mon 17:00Z EMEA->AMER, 2 Mon 22:30Z AMER->APAC,
    // 3 Tue 13:00Z APAC->EMEA, 4 Tue 17:00Z, 5 Tue 22:30Z, 6 Wed 13:00Z,
    // 7 Wed 17:00Z; finished Wed 21:00Z). Nothing is lost, in both modes.
    void format1NotesGoToHandoffNumbers_data()
    {
        QTest::addColumn<OpenMode>("mode");
        QTest::addRow("read-write") << OpenMode::ReadWrite;
        QTest::addRow("read-only") << OpenMode::ReadOnly;
    }
    void format1NotesGoToHandoffNumbers()
    {
        QFETCH(OpenMode, mode);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const fs::path path = dir.filePath("notes-v1.sunrelay").toStdString();
        fs::copy_file(QDir(fixtureDir()).filePath("plan-v1.sunrelay").toStdString(), path);
        {
            RawDb db(path);
            QCOMPARE(db.query("PRAGMA user_version"), std::string("1"));
            // Instants as UTC seconds (Python: datetime(..., tzinfo=utc).timestamp()).
            const std::string planted = db.exec(
                "INSERT INTO handoff_notes (task_id, at, note) VALUES "
                // Mon 17:00Z, handoff 1 exactly.
                "('T-1', 1796058000, 'Done: schema dump\nNext: replay'),"
                // Mon 08:00Z, before the first handoff: also 1, joined
                // before the note above (earlier instant first).
                "('T-1', 1796025600, 'Kick-off notes'),"
                // Tue 13:00Z, handoff 3 exactly.
                "('T-1', 1796130000, 'Shards 1-4 replayed'),"
                // Tue 14:00Z, no handoff: the last one before it, 3.
                "('T-1', 1796133600, 'Moved an hour: keep me'),"
                // Wed 17:00Z, handoff 7 exactly (the last).
                "('T-1', 1796230800, 'Cut over; old cluster read-only'),"
                // Thu 12-10 00:00Z, after the last handoff: 7.
                "('T-1', 1796860800, 'Sign-off pending'),"
                // T-2 finishes in APAC without a handoff: 1.
                "('T-2', 1796094000, 'KRW fixed, JPY next'),"
                // T-15 is in the backlog (no route): 1.
                "('T-15', 1796094000, 'Was placed once'),"
                // Format 1 removed a note by emptying it: no note.
                "('T-3', 1796094000, '')");
            QVERIFY2(planted.empty(), planted.c_str());
        }
        Plan expected = expectedPlan(QStringLiteral("plan-v1.sunrelay"));
        const auto task = [&](std::string_view id) -> Task & {
            return *std::find_if(expected.tasks.begin(), expected.tasks.end(), [&](const Task &t) {
                return t.id == id;
            });
        };
        task("T-1").handoffNotes = {{1, "Kick-off notes\n\nDone: schema dump\nNext: replay"},
                                    {3, "Shards 1-4 replayed\n\nMoved an hour: keep me"},
                                    {7, "Cut over; old cluster read-only\n\nSign-off pending"}};
        task("T-2").handoffNotes = {{1, "KRW fixed, JPY next"}};
        task("T-15").handoffNotes = {{1, "Was placed once"}};

        const FileSnapshot before = snapshot(path);
        {
            auto store = PlanStore::open(path, mode);
            STORE_VERIFY_OK(store);
            QCOMPARE(store.value().openedVersion(), 1);
            PLAN_COMPARE(store.value().plan(), expected);
            if (mode == OpenMode::ReadWrite) // the first edit migrates
                STORE_VERIFY_EDIT(store.value().setPlanName(expected.name));
        }
        if (mode == OpenMode::ReadOnly) {
            const std::string change = compareSnapshots(before, snapshot(path));
            QVERIFY2(change.empty(), change.c_str());
            return;
        }
        {
            RawDb db(path, SQLITE_OPEN_READONLY);
            QCOMPARE(db.query("PRAGMA user_version"), std::to_string(store::schemaVersion));
            QCOMPARE(db.query("SELECT task_id, handoff, replace(note, char(10), '/') "
                              "FROM handoff_notes ORDER BY task_id, handoff"),
                     std::string("T-1|1|Kick-off notes//Done: schema dump/Next: replay\n"
                                 "T-1|3|Shards 1-4 replayed//Moved an hour: keep me\n"
                                 "T-1|7|Cut over; old cluster read-only//Sign-off pending\n"
                                 "T-15|1|Was placed once\n"
                                 "T-2|1|KRW fixed, JPY next"));
        }
        QCOMPARE(integrityCheck(path), std::string("ok"));
        auto again = PlanStore::open(path, OpenMode::ReadOnly);
        STORE_VERIFY_OK(again);
        QCOMPARE(again.value().openedVersion(), store::schemaVersion);
        PLAN_COMPARE(again.value().plan(), expected);
    }

    // Numbering routes the whole plan as stored, holidays included. East (Kei,
    // Tokyo 09:00-18:00 = 00:00-09:00Z) and West (Ana, UTC 08:00-17:00), Mon-
    // Fri; T-1, 12 h from Wed 2026-03-11 07:00Z in East.
    //  - Without holidays: East 07-09Z (2 h), handoff 1 Wed 09:00Z to West,
    //    West 09-17Z (10 h), handoff 2 Wed 17:00Z (a gap: East starts first,
    //    Thu 00:00Z), East Thu 00-02Z: done.
    //  - With West's holiday on Wed 03-11: East 07-09Z, then nobody covers
    //    and East itself starts first again (Thu 00:00Z): no handoff; East
    //    Thu 00-09Z (11 h), handoff 1 Thu 09:00Z to West, West 09-10Z: done.
    // So notes at Wed 17:00Z (no handoff by then: 1) and Thu 09:00Z (handoff
    // 1) both go to 1; a plan read without its holidays would put both on 2.
    void format1NotesFollowTheRouteWithHolidays()
    {
        const auto read = exchange::readPlanJson(holidayPlanJson);
        QVERIFY2(read.ok(), read.ok() ? "" : read.error().message().c_str());
        Plan plan = read.value();
        using namespace date::literals;
        plan.regions[1].holidays = {{LocalDate{2026_y / 3 / 11}, "Founders' day"}};

        // A format-1 file of that plan: written by this build, then given
        // format 1's notes table by hand.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const fs::path path = dir.filePath("holiday-v1.sunrelay").toStdString();
        {
            auto store = PlanStore::create(path, plan);
            STORE_VERIFY_OK(store);
        }
        {
            RawDb db(path);
            const std::string downgraded = db.exec(
                "DROP TABLE handoff_notes; DROP TABLE wal_anchor; "
                "CREATE TABLE handoff_notes (task_id TEXT NOT NULL, at INTEGER NOT NULL, "
                "note TEXT NOT NULL, PRIMARY KEY (task_id, at)) STRICT, WITHOUT ROWID; "
                // Wed 17:00Z and Thu 09:00Z.
                "INSERT INTO handoff_notes VALUES ('T-1', 1773248400, 'Wed evening'), "
                "('T-1', 1773306000, 'Thu morning'); "
                "PRAGMA user_version = 1");
            QVERIFY2(downgraded.empty(), downgraded.c_str());
        }
        Plan expected = plan;
        expected.tasks[0].handoffNotes = {{1, "Wed evening\n\nThu morning"}};
        for (const OpenMode mode : {OpenMode::ReadOnly, OpenMode::ReadWrite}) {
            auto store = PlanStore::open(path, mode);
            STORE_VERIFY_OK(store);
            PLAN_COMPARE(store.value().plan(), expected);
            if (mode == OpenMode::ReadWrite) // the first edit migrates
                STORE_VERIFY_EDIT(store.value().setPlanName(expected.name));
        }
        auto again = PlanStore::open(path, OpenMode::ReadOnly);
        STORE_VERIFY_OK(again);
        QCOMPARE(again.value().openedVersion(), store::schemaVersion);
        PLAN_COMPARE(again.value().plan(), expected);
    }

    // The fixture of the current format is what this build writes today for
    // the demo plan, in content: if the schema changes without a new format
    // number, this fails.
    void currentFixtureMatchesThisBuild()
    {
        const fs::path source =
            QDir(fixtureDir())
                .filePath(QStringLiteral("plan-v%1.sunrelay").arg(store::schemaVersion))
                .toStdString();
        QVERIFY(fs::exists(source));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const fs::path fresh = dir.filePath("fresh.sunrelay").toStdString();
        {
            auto store = PlanStore::create(fresh, demoPlan());
            STORE_VERIFY_OK(store);
        }
        const std::string schemaQuery =
            "SELECT type || ' ' || name || ': ' || coalesce(sql, '') FROM sqlite_schema "
            "ORDER BY type, name";
        RawDb old(source, SQLITE_OPEN_READONLY);
        RawDb now(fresh, SQLITE_OPEN_READONLY);
        QCOMPARE(QString::fromStdString(old.query(schemaQuery)),
                 QString::fromStdString(now.query(schemaQuery)));
    }
};

int main(int argc, char **argv)
{
    if (argc == 4 && std::string_view(argv[1]) == writeArgument)
        return writePlanFile(argv[2], argv[3]);
    QCoreApplication app(argc, argv);
    TestMigrations test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_migrations.moc"
