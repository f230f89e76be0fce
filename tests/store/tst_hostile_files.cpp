// A plan file is untrusted input (DESIGN.md, "The plan file"). Every hostile
// or broken file below is refused with its own StoreErrorCode and the context
// that names the problem, in both open modes, and the file is left exactly as
// it was: the same bytes, no -wal or -journal data that would change it on the
// next open, and planted triggers never fired.
//
// Each damaged plan starts as the demo plan written by PlanStore::create and
// is then changed with plain SQL on a raw sqlite3 connection (or cut, or
// overwritten), the way an attacker or a broken disk would.

#include "store_test_support.h"

#include <QTemporaryDir>
#include <QTest>

#include <random>

using namespace sunrelay;
using namespace sunrelay::storetest;

Q_DECLARE_METATYPE(sunrelay::store::StoreErrorCode)
Q_DECLARE_METATYPE(sunrelay::store::OpenMode)

namespace
{

enum class Source {
    RandomBytes, // 64 KiB of noise
    Empty, // a zero-byte file
    Text, // the demo plan's interchange JSON
    TruncatedHalf, // the demo plan file cut in half
    TruncatedFirstPage, // only its first page kept
    GarbagePages, // every page after the first overwritten
    OtherApplication, // an SQLite database made by someone else
    PlantedPlan, // the demo plan file with `plant` SQL applied
};

struct Case {
    const char *name;
    Source source;
    const char *plant = ""; // SQL run on the demo plan file (PlantedPlan)
    StoreErrorCode code = StoreErrorCode::CannotOpen;
    const char *table = ""; // expected context; "" = not asserted
    const char *rowId = "";
    const char *column = "";
    const char *mentions = ""; // text the message must contain
    const char *spy = ""; // query whose answer must not change
    const char *arm = ""; // SQL showing on a copy that the trap is live
};

// Triggers and views planted to act when the plan is used. Their "spy"
// queries read what they would change; "arm" fires them on a throwaway copy
// to prove they are live.
const char *const taskTriggerSpy =
    "SELECT (SELECT count(*) FROM planted_log) || ' logged, ' || "
    "(SELECT count(*) FROM members) || ' members'";
const char *const planTriggerSpy = "SELECT count(*) || ' tasks' FROM tasks";

// Plants run on one connection; REOPEN starts a new one (so a schema edited
// through writable_schema is read afresh).
#define REOPEN "\n--reopen\n"
#define STRICT_OFF(table)                                                                          \
    "PRAGMA writable_schema = ON;"                                                                 \
    "UPDATE sqlite_schema SET sql = replace(sql, 'STRICT, ', '/*STRICT, */') "                     \
    "WHERE name = '" table "';" REOPEN
#define STRICT_ON(table)                                                                           \
    "PRAGMA writable_schema = ON;"                                                                 \
    "UPDATE sqlite_schema SET sql = replace(sql, '/*STRICT, */', 'STRICT, ') "                     \
    "WHERE name = '" table "';"

const std::vector<Case> &cases()
{
    using C = StoreErrorCode;
    static const std::vector<Case> all = {
        {"random bytes", Source::RandomBytes, "", C::NotAPlanFile},
        {"empty file", Source::Empty, "", C::NotAPlanFile},
        {"text file (the plan as JSON)", Source::Text, "", C::NotAPlanFile},
        {"truncated to half", Source::TruncatedHalf, "", C::Corrupt},
        {"truncated to its first page", Source::TruncatedFirstPage, "", C::Corrupt},
        {"pages after the first overwritten", Source::GarbagePages, "", C::Corrupt},
        {"database of another application", Source::OtherApplication, "", C::OtherApplication},
        {"wrong application_id",
         Source::PlantedPlan,
         "PRAGMA application_id = 1181316968;",
         C::OtherApplication},
        {"application_id zero",
         Source::PlantedPlan,
         "PRAGMA application_id = 0;",
         C::OtherApplication},
        {"user_version newer than this build",
         Source::PlantedPlan,
         "PRAGMA user_version = 99;",
         C::NewerVersion,
         "",
         "",
         "",
         "made by a newer version of Sunrelay"},

        // Rows that are not a valid plan.
        {"member with an unknown zone",
         Source::PlantedPlan,
         "UPDATE members SET zone = 'Europe/Berlim' WHERE id = 'anna';",
         C::InvalidRow,
         "members",
         "anna",
         "zone",
         "Europe/Berlim"},
        {"member in an unknown region (dangling reference)",
         Source::PlantedPlan,
         "UPDATE members SET region_id = 'nowhere' WHERE id = 'anna';",
         C::InvalidRow,
         "members",
         "anna",
         "region_id",
         "nowhere"},
        {"task in an unknown region (dangling reference)",
         Source::PlantedPlan,
         "UPDATE tasks SET region_id = 'nowhere' WHERE id = 'T-1';",
         C::InvalidRow,
         "tasks",
         "T-1",
         "region_id",
         "nowhere"},
        {"weekly range starting at 25:00",
         Source::PlantedPlan,
         "UPDATE weekly_ranges SET start_minute = 1500 WHERE member_id = 'anna';",
         C::InvalidRow,
         "weekly_ranges",
         "",
         "start_minute"},
        {"task with zero effort",
         Source::PlantedPlan,
         "UPDATE tasks SET effort_hours = 0 WHERE id = 'T-1';",
         C::InvalidRow,
         "tasks",
         "T-1",
         "effort_hours"},
        {"task with an effort of 0.36 s (under a minute)",
         Source::PlantedPlan,
         "UPDATE tasks SET effort_hours = 0.0001 WHERE id = 'T-1';",
         C::InvalidRow,
         "tasks",
         "T-1",
         "effort_hours",
         "at least 1 minute"},
        {"task with an empty id",
         Source::PlantedPlan,
         "UPDATE tasks SET id = '' WHERE id = 'T-15';",
         C::InvalidRow,
         "tasks",
         "",
         "id"},
        {"region colour that is not #rrggbb",
         Source::PlantedPlan,
         "UPDATE regions SET color = 'blue' WHERE id = 'emea';",
         C::InvalidRow,
         "regions",
         "emea",
         "color"},
        {"time off ending before it starts",
         Source::PlantedPlan,
         "UPDATE time_off SET from_day = to_day + 10 WHERE member_id = 'anna';",
         C::InvalidRow,
         "time_off"},

        // Values of the wrong type. The tables are STRICT, so such a file is
        // made by switching STRICT off in the schema text (writable_schema),
        // writing the value, and switching it back: the schema is exactly
        // Sunrelay's, the value is not. SQLite's quick_check reports the
        // type violation ("non-REAL value in tasks.effort_hours"): Corrupt.
        {"task effort stored as text in a STRICT REAL column",
         Source::PlantedPlan,
         STRICT_OFF("tasks") "UPDATE tasks SET effort_hours = 'lots' WHERE id = 'T-1';" REOPEN
             STRICT_ON("tasks"),
         C::Corrupt,
         "",
         "",
         "",
         "effort_hours"},
        {"task start stored as ISO text in a STRICT INTEGER column",
         Source::PlantedPlan,
         STRICT_OFF(
             "tasks") "UPDATE tasks SET start = '2026-12-01T08:00:00Z' WHERE id = 'T-1';" REOPEN
             STRICT_ON("tasks"),
         C::Corrupt,
         "",
         "",
         "",
         "start"},
        {"member zone stored as a blob in a STRICT TEXT column",
         Source::PlantedPlan,
         STRICT_OFF("members") "UPDATE members SET zone = x'00ff' WHERE id = 'anna';" REOPEN
             STRICT_ON("members"),
         C::Corrupt,
         "",
         "",
         "",
         "zone"},

        // Planted schema objects and altered tables.
        {"trigger writing when a task is updated",
         Source::PlantedPlan,
         "CREATE TABLE planted_log(what TEXT);"
         "CREATE TRIGGER planted_trigger AFTER UPDATE ON tasks BEGIN "
         "INSERT INTO planted_log VALUES ('fired'); DELETE FROM members; END;",
         C::UnexpectedSchema,
         "",
         "",
         "",
         "planted",
         taskTriggerSpy,
         "UPDATE tasks SET title = title;"},
        {"trigger deleting tasks when the plan row changes",
         Source::PlantedPlan,
         "CREATE TRIGGER planted_on_plan AFTER UPDATE ON plan BEGIN DELETE FROM tasks; END;",
         C::UnexpectedSchema,
         "",
         "",
         "",
         "planted_on_plan",
         planTriggerSpy,
         "UPDATE plan SET name = name;"},
        {"trigger deleting tasks when a member is inserted",
         Source::PlantedPlan,
         "CREATE TRIGGER planted_on_insert AFTER INSERT ON members BEGIN DELETE FROM tasks; "
         "END;",
         C::UnexpectedSchema,
         "",
         "",
         "",
         "planted_on_insert",
         planTriggerSpy,
         "INSERT INTO members(id, name, region_id, zone, position) "
         "SELECT 'x' || id, name, region_id, zone, position + 1000 FROM members LIMIT 1;"},
        {"trigger calling a function",
         Source::PlantedPlan,
         "CREATE TRIGGER planted_loader AFTER DELETE ON tasks BEGIN "
         "SELECT load_extension('/nonexistent/planted.so'); END;",
         C::UnexpectedSchema,
         "",
         "",
         "",
         "planted_loader"},
        {"view calling a function",
         Source::PlantedPlan,
         "CREATE VIEW planted_view AS SELECT load_extension('/nonexistent/planted.so') AS x;",
         C::UnexpectedSchema,
         "",
         "",
         "",
         "planted_view"},
        {"view in place of the tasks table",
         Source::PlantedPlan,
         "ALTER TABLE tasks RENAME TO planted_tasks;"
         "CREATE VIEW tasks AS SELECT * FROM planted_tasks "
         "WHERE load_extension('/nonexistent/planted.so') IS NULL;",
         C::UnexpectedSchema},
        {"extra table",
         Source::PlantedPlan,
         "CREATE TABLE planted_extra(x);",
         C::UnexpectedSchema,
         "",
         "",
         "",
         "planted_extra"},
        {"extra index",
         Source::PlantedPlan,
         "CREATE INDEX planted_index ON tasks(priority);",
         C::UnexpectedSchema,
         "",
         "",
         "",
         "planted_index"},
        {"missing column (tasks.notes dropped)",
         Source::PlantedPlan,
         "ALTER TABLE tasks DROP COLUMN notes;",
         C::UnexpectedSchema,
         "tasks",
         "",
         "",
         "notes"},
        {"extra column",
         Source::PlantedPlan,
         "ALTER TABLE members ADD COLUMN planted_column TEXT DEFAULT 'x';",
         C::UnexpectedSchema,
         "members",
         "",
         "",
         "planted_column"},
    };
    return all;
}

std::string randomBytes(std::size_t size)
{
    std::mt19937 random(20260309);
    std::string bytes(size, '\0');
    for (char &byte : bytes)
        byte = static_cast<char>(random() & 0xff);
    return bytes;
}

// The page size from an SQLite header (bytes 16-17, big-endian, 1 = 65536).
std::size_t pageSize(const std::string &file)
{
    const auto high = static_cast<unsigned char>(file.at(16));
    const auto low = static_cast<unsigned char>(file.at(17));
    const std::size_t size = (std::size_t{high} << 8) | low;
    return size == 1 ? 65536 : size;
}

// Writes the demo plan to `path` with PlanStore::create; "" or the error.
std::string createDemoFile(const fs::path &path)
{
    auto store = PlanStore::create(path, demoPlan());
    return store ? std::string() : describe(store.error());
}

// Makes the hostile file of `kase` at `path`; "" or what went wrong.
std::string makeHostileFile(const Case &kase, const fs::path &path)
{
    switch (kase.source) {
    case Source::RandomBytes:
        writeBytes(path, randomBytes(64 * 1024));
        return {};
    case Source::Empty:
        writeBytes(path, {});
        return {};
    case Source::Text:
        writeBytes(path, demoPlanText());
        return {};
    case Source::OtherApplication: {
        RawDb db(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
        return db.exec(
            "PRAGMA user_version = 3;"
            "CREATE TABLE notes(id INTEGER PRIMARY KEY, body TEXT);"
            "CREATE TABLE members(id TEXT PRIMARY KEY, name TEXT);"
            "INSERT INTO notes(body) VALUES ('shopping list');");
    }
    case Source::TruncatedHalf:
    case Source::TruncatedFirstPage:
    case Source::GarbagePages:
    case Source::PlantedPlan:
        break;
    }

    if (const std::string error = createDemoFile(path); !error.empty())
        return "cannot create the demo plan file: " + error;
    const std::string clean = readBytes(path);
    if (clean.size() < 100)
        return "the created plan file is too small to be an SQLite database";
    const std::size_t page = pageSize(clean);
    switch (kase.source) {
    case Source::TruncatedHalf:
        writeBytes(path, clean.substr(0, clean.size() / 2));
        break;
    case Source::TruncatedFirstPage:
        writeBytes(path, clean.substr(0, page));
        break;
    case Source::GarbagePages:
        writeBytes(path, clean.substr(0, page) + std::string(clean.size() - page, '\xa5'));
        break;
    default: {
        std::string_view plant = kase.plant;
        const std::string_view reopen = REOPEN;
        while (!plant.empty()) {
            const std::size_t end = plant.find(reopen);
            const std::string part(plant.substr(0, end));
            plant = end == std::string_view::npos ? std::string_view()
                                                  : plant.substr(end + reopen.size());
            RawDb db(path);
            if (!db.isOpen())
                return "raw open: " + db.openError();
            // A hostile file need not honour the schema's own constraints.
            if (const std::string error = db.exec("PRAGMA ignore_check_constraints = ON;" + part);
                !error.empty())
                return "planting failed: " + error + " in: " + part;
        }
        break;
    }
    }
    if (readBytes(path) == clean)
        return "the damage changed nothing in the file";
    return {};
}

std::string spyAnswer(const fs::path &path, const char *spy)
{
    RawDb db(path, SQLITE_OPEN_READONLY);
    return db.isOpen() ? db.query(spy) : "cannot open: " + db.openError();
}

} // namespace

class TestHostileFiles : public QObject
{
    Q_OBJECT

private slots:
    // The control: the undamaged file opens in both modes, and a read-only
    // open leaves it byte for byte as it was. Without this the rows of
    // refusedAndUntouched() could pass for the wrong reason.
    void cleanFileOpens_data()
    {
        QTest::addColumn<OpenMode>("mode");
        QTest::newRow("read-write") << OpenMode::ReadWrite;
        QTest::newRow("read-only") << OpenMode::ReadOnly;
    }
    void cleanFileOpens()
    {
        QFETCH(OpenMode, mode);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const fs::path path = dir.filePath("plan.sunrelay").toStdString();
        const std::string created = createDemoFile(path);
        QVERIFY2(created.empty(), created.c_str());
        const FileSnapshot before = snapshot(path);
        {
            auto store = PlanStore::open(path, mode);
            STORE_VERIFY_OK(store);
            QVERIFY(store.value().plan() == demoPlan());
            QCOMPARE(store.value().isReadOnly(), mode == OpenMode::ReadOnly);
        }
        if (mode == OpenMode::ReadOnly) {
            const std::string change = compareSnapshots(before, snapshot(path));
            QVERIFY2(change.empty(), change.c_str());
        }
        QCOMPARE(integrityCheck(path), std::string("ok"));
    }

    void refusedAndUntouched_data()
    {
        QTest::addColumn<int>("index");
        QTest::addColumn<OpenMode>("mode");
        for (std::size_t i = 0; i < cases().size(); ++i)
            for (const OpenMode mode : {OpenMode::ReadWrite, OpenMode::ReadOnly})
                QTest::addRow("%s, %s", cases()[i].name, modeName(mode))
                    << static_cast<int>(i) << mode;
    }
    void refusedAndUntouched()
    {
        QFETCH(int, index);
        QFETCH(OpenMode, mode);
        const Case &kase = cases().at(static_cast<std::size_t>(index));

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const fs::path path = dir.filePath("hostile.sunrelay").toStdString();
        const std::string made = makeHostileFile(kase, path);
        QVERIFY2(made.empty(), made.c_str());

        const bool hasSpy = *kase.spy != '\0';
        const std::string spyBefore = hasSpy ? spyAnswer(path, kase.spy) : std::string();
        if (*kase.arm != '\0') {
            // The trap is live: on a copy, using the table fires it.
            const fs::path copy = dir.filePath("armed-copy.sunrelay").toStdString();
            fs::copy_file(path, copy);
            {
                RawDb db(copy);
                const std::string error = db.exec(kase.arm);
                QVERIFY2(error.empty(), error.c_str());
            }
            QVERIFY2(spyAnswer(copy, kase.spy) != spyBefore,
                     "the planted trigger does not fire even when its table is written");
        }

        const FileSnapshot before = snapshot(path);
        for (int attempt = 1; attempt <= 2; ++attempt) {
            // Twice: a failed open must leave nothing behind (no lock, no
            // half-open state) that would change the second answer.
            auto store = PlanStore::open(path, mode);
            QVERIFY2(!store.ok(), "the hostile file was opened");
            const StoreError &error = store.error();
            const std::string what = describe(error);
            QVERIFY2(error.code == kase.code, what.c_str());
            if (*kase.table != '\0')
                QVERIFY2(error.table == kase.table, what.c_str());
            if (*kase.rowId != '\0')
                QVERIFY2(error.rowId == kase.rowId, what.c_str());
            if (*kase.column != '\0')
                QVERIFY2(error.column == kase.column, what.c_str());
            if (*kase.mentions != '\0')
                QVERIFY2(error.message().find(kase.mentions) != std::string::npos, what.c_str());
            QVERIFY2(!error.message().empty(), "the error has no message");
            if (kase.code == StoreErrorCode::NewerVersion) {
                QCOMPARE(error.fileVersion, 99);
                QCOMPARE(error.supportedVersion, store::schemaVersion);
            }
            if (kase.code == StoreErrorCode::InvalidRow
                || kase.code == StoreErrorCode::UnexpectedSchema)
                QVERIFY2(!error.table.empty() || !error.detail.empty(),
                         ("no context: " + what).c_str());

            const std::string change = compareSnapshots(before, snapshot(path));
            QVERIFY2(change.empty(), (change + " after: " + what).c_str());
        }
        if (hasSpy)
            QCOMPARE(spyAnswer(path, kase.spy), spyBefore);
    }

    // A path that does not exist is reported, and not created as a side
    // effect (sqlite3_open_v2 would create it if asked to).
    void missingFileIsNotCreated_data()
    {
        QTest::addColumn<OpenMode>("mode");
        QTest::newRow("read-write") << OpenMode::ReadWrite;
        QTest::newRow("read-only") << OpenMode::ReadOnly;
    }
    void missingFileIsNotCreated()
    {
        QFETCH(OpenMode, mode);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const fs::path path = dir.filePath("missing.sunrelay").toStdString();
        auto store = PlanStore::open(path, mode);
        QVERIFY(!store.ok());
        QCOMPARE(store.error().code, StoreErrorCode::CannotOpen);
        QVERIFY(!fs::exists(path));
        QVERIFY(!fs::exists(sidecar(path, "-wal")));
        QVERIFY(!fs::exists(sidecar(path, "-journal")));
    }

    void directoryIsRefused_data()
    {
        QTest::addColumn<OpenMode>("mode");
        QTest::newRow("read-write") << OpenMode::ReadWrite;
        QTest::newRow("read-only") << OpenMode::ReadOnly;
    }
    void directoryIsRefused()
    {
        QFETCH(OpenMode, mode);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const fs::path path = dir.filePath("folder.sunrelay").toStdString();
        fs::create_directory(path);
        auto store = PlanStore::open(path, mode);
        QVERIFY(!store.ok());
        QCOMPARE(store.error().code, StoreErrorCode::CannotOpen);
        QVERIFY(fs::is_directory(path));
        QVERIFY(fs::is_empty(path));
    }
};

QTEST_GUILESS_MAIN(TestHostileFiles)
#include "tst_hostile_files.moc"
