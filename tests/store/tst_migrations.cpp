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

#include <iostream>
#include <set>

using namespace sunrelay;
using namespace sunrelay::storetest;

namespace {

const char *const writeArgument = "--write-plan-file";

int writePlanFile(const char *json, const char *out) {
    const Plan plan = readPlanFile(QString::fromLocal8Bit(json));
    auto store = PlanStore::create(out, plan);
    if (!store) {
        std::cerr << out << ": " << describe(store.error()) << "\n";
        return 1;
    }
    std::cout << "wrote " << out << " (file format " << store::schemaVersion << ")\n";
    return 0;
}

QString fixtureDir() {
    return QStringLiteral(SUNRELAY_STORE_FIXTURES);
}

// plan-vN.sunrelay -> N, or 0 for other names.
int fixtureVersion(const QString &name) {
    static const QRegularExpression pattern(QStringLiteral("^plan-v([0-9]+)\\.sunrelay$"));
    const QRegularExpressionMatch match = pattern.match(name);
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

// What a fixture holds: plan-vN.json beside it if there is one (a fixture
// older than a change to the demo plan), else the demo plan.
Plan expectedPlan(const QString &fixture) {
    QString json = QDir(fixtureDir()).filePath(fixture);
    json.replace(QStringLiteral(".sunrelay"), QStringLiteral(".json"));
    return QFile::exists(json) ? readPlanFile(json) : demoPlan();
}

QStringList fixtureNames() {
    return QDir(fixtureDir()).entryList({QStringLiteral("*.sunrelay")}, QDir::Files, QDir::Name);
}

} // namespace

class TestMigrations : public QObject {
    Q_OBJECT

private slots:
    // A fixture for every format from 1 to this build's, and nothing else
    // in the folder that the test would silently ignore.
    void everyFormatHasAFixture() {
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

    void fixtureOpensAsTheDemoPlan_data() {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<OpenMode>("mode");
        const QStringList names = fixtureNames();
        QVERIFY(!names.isEmpty());
        for (const QString &name : names) {
            QTest::addRow("%s, read-write", qPrintable(name)) << name << OpenMode::ReadWrite;
            QTest::addRow("%s, read-only", qPrintable(name)) << name << OpenMode::ReadOnly;
        }
    }
    void fixtureOpensAsTheDemoPlan() {
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

    // The fixture of the current format is what this build writes today for
    // the demo plan, in content: if the schema changes without a new format
    // number, this fails.
    void currentFixtureMatchesThisBuild() {
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

int main(int argc, char **argv) {
    if (argc == 4 && std::string_view(argv[1]) == writeArgument)
        return writePlanFile(argv[2], argv[3]);
    QCoreApplication app(argc, argv);
    TestMigrations test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_migrations.moc"
