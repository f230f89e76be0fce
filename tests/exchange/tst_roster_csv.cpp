// Member rosters as CSV (roster_csv.h).
//
// Rows count records as a spreadsheet does: the header is row 1, the first
// member row 2 (a quoted line break does not start a new row). The message
// forms, as asserted in badInput_data():
//
//   header: no header row (the first row is empty)
//   header: missing column "<name>"
//   header: missing column "deep work end" (deep work needs a start and an end)
//   header: column "<name>" appears twice
//   line L, column C: syntax error: quoted field is not closed
//   line L, column C: syntax error: quote in an unquoted field
//   line L, column C: syntax error: unexpected text after a closing quote
//   line L, column C: syntax error: not UTF-8 text (save the file as UTF-8)
//   row R: <n> fields, but the header has <m>
//   row R, column <column>: must not be empty
//   row R, column zone: unknown time zone "<name>"
//   row R, column work days: unknown weekday "<text>"
//   row R, column <column>: "<text>" is not a time of day (H:MM or HH:MM)
//   row R, column <column>: "24:00" is only allowed as an end
//   row R, column comms: "<text>" is not a window (HH:MM-HH:MM)
//   row R, column <id or name>: duplicate id "<id>" (already used by row R')
//   row R, column <name or region>: "<text>" has no letters or digits to make an id from
//
// Syntax errors give the text position (line/column, characters from 1);
// the others give row and column name, and line/column of the cell's start.

#include "sunrelay/exchange/roster_csv.h"

#include <QTest>

using namespace sunrelay;
using namespace sunrelay::exchange;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(sunrelay::exchange::InputErrorCode)

namespace
{

const QByteArray header = "name,region,zone,work days,work start,work end\n";

std::string_view view(const QByteArray &text)
{
    return {text.constData(), static_cast<std::size_t>(text.size())};
}

Weekdays daysOf(std::initializer_list<date::weekday> list)
{
    Weekdays days;
    for (const date::weekday day : list)
        days.insert(day);
    return days;
}

} // namespace

class TestRosterCsv : public QObject
{
    Q_OBJECT

private slots:
    void readsHeaderExample()
    {
        const auto result = readRosterCsv(
            "name,region,zone,work days,work start,work end\n"
            "Anna Schmidt,EMEA,Europe/Berlin,mon-fri,09:00,17:30\n",
            "Acme");
        QVERIFY2(result.ok(), result.ok() ? "" : result.error().message().c_str());
        const Plan &plan = result.value();
        QCOMPARE(plan.name, std::string("Acme"));
        QVERIFY(plan.policy == Policy{});
        QCOMPARE(plan.regions.size(), std::size_t(1));
        QVERIFY(plan.regions[0] == (Region{"emea", "EMEA", defaultRegionColor(0)}));
        QCOMPARE(plan.members.size(), std::size_t(1));
        Member anna;
        anna.id = "anna-schmidt";
        anna.name = "Anna Schmidt";
        anna.region = "emea";
        anna.zone = TimeZone::find("Europe/Berlin").value();
        anna.work.ranges = {{Weekdays::workdays(), 9h, 17h + 30min}};
        QVERIFY(plan.members[0] == anna);
        QVERIFY(plan.tasks.empty());
    }

    void readsEverything()
    {
        // BOM, CRLF, header spelled loosely and in another order, an unknown
        // column, quoted fields with commas, doubled quotes and a line break,
        // blank rows, and trailing blank lines.
        const QByteArray text =
            "\xEF\xBB\xBF"
            "ID,Name,Email,Region,Zone,Work_Days,work-start,WORK END,Deep Work Start,"
            "deep_work_end,comms\r\n"
            "anna,Anna Schmidt,anna@example.com,EMEA,Europe/Berlin,mon-fri,09:00,17:30,09:00,"
            "12:00,\"11:00-11:30; 15:00-15:30\"\r\n"
            ",\"Raj \"\"RJ\"\" Patel\",\"raj@example.com\nsecond line\",\"Asia Pacific (APAC)\","
            "Asia/Calcutta,Sun-Thu,18:00,24:00,,,\r\n"
            "\r\n"
            ",,,,,,,,,,\r\n"
            ",Nico,,Americas,America/Sao_Paulo,\"fri; sat,sun mon\",22:00,06:00,23:00,02:00,"
            "03:00-03:15\r\n"
            ",Zoë Müller,,emea,Europe/Zurich,mon tue wed,08:00,16:00,,,\r\n"
            "\r\n\r\n";
        const auto result = readRosterCsv(view(text), "Team");
        QVERIFY2(result.ok(), result.ok() ? "" : result.error().message().c_str());
        const Plan &plan = result.value();

        // Regions in order of first appearance; "emea" is EMEA again.
        QCOMPARE(plan.regions.size(), std::size_t(3));
        QVERIFY(plan.regions[0] == (Region{"emea", "EMEA", defaultRegionColor(0)}));
        QVERIFY(plan.regions[1]
                == (Region{"asia-pacific-apac", "Asia Pacific (APAC)", defaultRegionColor(1)}));
        QVERIFY(plan.regions[2] == (Region{"americas", "Americas", defaultRegionColor(2)}));

        QCOMPARE(plan.members.size(), std::size_t(4));
        const Member &anna = plan.members[0];
        QCOMPARE(anna.id, std::string("anna"));
        QVERIFY(anna.work.ranges
                == (std::vector<WeeklyRange>{{Weekdays::workdays(), 9h, 17h + 30min}}));
        QVERIFY(anna.deepWork.ranges
                == (std::vector<WeeklyRange>{{Weekdays::workdays(), 9h, 12h}}));
        QVERIFY(anna.comms.ranges
                == (std::vector<WeeklyRange>{{Weekdays::workdays(), 11h, 11h + 30min},
                                             {Weekdays::workdays(), 15h, 15h + 30min}}));

        const Member &raj = plan.members[1];
        QCOMPARE(raj.id, std::string("raj-rj-patel"));
        QCOMPARE(raj.name, std::string("Raj \"RJ\" Patel"));
        QCOMPARE(raj.region, std::string("asia-pacific-apac"));
        QCOMPARE(raj.zone.name(), std::string("Asia/Calcutta")); // a link, kept as written
        const Weekdays sundayToThursday =
            daysOf({date::Sunday, date::Monday, date::Tuesday, date::Wednesday, date::Thursday});
        QVERIFY(raj.work.ranges == (std::vector<WeeklyRange>{{sundayToThursday, 18h, 24h}}));
        QVERIFY(raj.deepWork.isEmpty());
        QVERIFY(raj.comms.isEmpty());

        const Member &nico = plan.members[2];
        QCOMPARE(nico.id, std::string("nico"));
        const Weekdays weekend = daysOf({date::Friday, date::Saturday, date::Sunday, date::Monday});
        QVERIFY(nico.work.ranges == (std::vector<WeeklyRange>{{weekend, 22h, 6h}}));
        QVERIFY(nico.work.ranges[0].crossesMidnight());
        QVERIFY(nico.deepWork.ranges == (std::vector<WeeklyRange>{{weekend, 23h, 2h}}));
        QVERIFY(nico.comms.ranges == (std::vector<WeeklyRange>{{weekend, 3h, 3h + 15min}}));

        const Member &zoe = plan.members[3];
        QCOMPARE(zoe.id, std::string("zoë-müller")); // non-ASCII letters stay in the id
        QCOMPARE(zoe.region, std::string("emea"));
        QVERIFY(zoe.work.ranges
                == (std::vector<WeeklyRange>{
                    {daysOf({date::Monday, date::Tuesday, date::Wednesday}), 8h, 16h}}));
    }

    void headerOnlyGivesAnEmptyRoster()
    {
        const auto result = readRosterCsv(view(header), "Empty");
        QVERIFY(result.ok());
        QVERIFY(result.value().members.empty());
        QVERIFY(result.value().regions.empty());
        QCOMPARE(result.value().name, std::string("Empty"));
    }

    void lastRowWithoutLineEnd()
    {
        const auto result = readRosterCsv(view(header + "Anna,EMEA,UTC,mon,09:00,17:00"), "Acme");
        QVERIFY(result.ok());
        QCOMPARE(result.value().members.size(), std::size_t(1));
    }

    // Issue 11: spreadsheets write "9:00", and the member dialog takes it.
    void oneDigitHoursAreTimes()
    {
        const QByteArray csv =
            "name,region,zone,work days,work start,work end,comms\n"
            "Anna,EMEA,UTC,mon,9:00,17:30,9:30-9:45\n";
        const auto result = readRosterCsv(view(csv), "Acme");
        QVERIFY2(result.ok(), result.ok() ? "" : result.error().message().c_str());
        const Member &anna = result.value().members.front();
        QCOMPARE(anna.work.ranges.front().start, Minutes{9 * 60});
        QCOMPARE(anna.work.ranges.front().end, Minutes{17 * 60 + 30});
        QCOMPARE(anna.comms.ranges.front().start, Minutes{9 * 60 + 30});
        QCOMPARE(anna.comms.ranges.front().end, Minutes{9 * 60 + 45});
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("message");
        QTest::addColumn<InputErrorCode>("code");
        const auto row =
            [](const char *name, const QByteArray &csv, const char *message, InputErrorCode code) {
                QTest::newRow(name) << csv << QString::fromUtf8(message) << code;
            };
        using C = InputErrorCode;
        const QByteArray anna = "Anna Schmidt,EMEA,Europe/Berlin,mon-fri,09:00,17:30\n";

        // Header.
        row("empty text", "", "header: no header row (the first row is empty)", C::MissingColumn);
        row("only a byte order mark",
            "\xEF\xBB\xBF",
            "header: no header row (the first row is empty)",
            C::MissingColumn);
        row("missing work start",
            "name,region,zone,work days,work end\n",
            R"(header: missing column "work start")",
            C::MissingColumn);
        row("missing name",
            "region,zone,work days,work start,work end\n",
            R"(header: missing column "name")",
            C::MissingColumn);
        row("deep work start without end",
            "name,region,zone,work days,work start,work end,deep work start\n",
            R"(header: missing column "deep work end" (deep work needs a start and an end))",
            C::MissingColumn);
        row("column twice",
            "name,region,zone,Zone,work days,work start,work end\n",
            R"(header: column "zone" appears twice)",
            C::DuplicateId);

        // Syntax.
        row("unterminated quote",
            header + anna + "\"Bob,EMEA,UTC,mon,09:00,17:00\n",
            "line 3, column 1: syntax error: quoted field is not closed",
            C::Syntax);
        row("quote in an unquoted field",
            header + "Bo\"b,EMEA,UTC,mon,09:00,17:00\n",
            "line 2, column 3: syntax error: quote in an unquoted field",
            C::Syntax);
        row("text after a closing quote",
            header + "\"Bob\"by,EMEA,UTC,mon,09:00,17:00\n",
            "line 2, column 6: syntax error: unexpected text after a closing quote",
            C::Syntax);
        row("not UTF-8",
            header + "Jos\xE9,EMEA,UTC,mon,09:00,17:00\n",
            "line 2, column 4: syntax error: not UTF-8 text (save the file as UTF-8)",
            C::Syntax);
        row("too few fields",
            header + anna + "Bob,EMEA,UTC,mon,09:00\n",
            "row 3: 5 fields, but the header has 6",
            C::Syntax);
        row("too many fields",
            header + "Bob,EMEA,UTC,mon,09:00,17:00,extra\n",
            "row 2: 7 fields, but the header has 6",
            C::Syntax);
        // The line break sits in a column that is none of ours (names may
        // not hold one: see the next row).
        row("row number after a quoted line break",
            "name,region,zone,work days,work start,work end,remark\n"
            "Anna,EMEA,UTC,mon,09:00,17:00,\"on leave\nin May\"\nBob,EMEA,UTC,mon\n",
            "row 3: 4 fields, but the header has 7",
            C::Syntax);
        row("line break in a name",
            header + "\"Anna\nSchmidt\",EMEA,UTC,mon,09:00,17:00\n",
            "row 2, column name: control character U+000A at character 5 (byte 5)",
            C::InvalidText);
        row("blank rows still count",
            header + anna + "\n,,,,,\nDee,EMEA,Europe/Berlim,mon,09:00,17:00\n",
            R"(row 5, column zone: unknown time zone "Europe/Berlim")",
            C::UnknownZone);

        // Cells.
        row("unknown zone, row 4",
            header + anna
                + "Bob,EMEA,UTC,mon,09:00,17:00\nDee,EMEA,Europe/Berlim,mon,09:00,17:00\n",
            R"(row 4, column zone: unknown time zone "Europe/Berlim")",
            C::UnknownZone);
        row("empty zone",
            header + "Bob,EMEA, ,mon,09:00,17:00\n",
            "row 2, column zone: must not be empty",
            C::EmptyValue);
        row("empty name",
            header + ",EMEA,UTC,mon,09:00,17:00\n",
            "row 2, column name: must not be empty",
            C::EmptyValue);
        row("empty region",
            header + "Bob,,UTC,mon,09:00,17:00\n",
            "row 2, column region: must not be empty",
            C::EmptyValue);
        row("name without letters",
            header + "!!!,EMEA,UTC,mon,09:00,17:00\n",
            R"(row 2, column name: "!!!" has no letters or digits to make an id from)",
            C::EmptyValue);
        row("region without letters",
            header + "Bob,--,UTC,mon,09:00,17:00\n",
            R"(row 2, column region: "--" has no letters or digits to make an id from)",
            C::EmptyValue);
        row("duplicate derived id",
            header + anna + "Bob,EMEA,UTC,mon,09:00,17:00\n" + anna,
            R"(row 4, column name: duplicate id "anna-schmidt" (already used by row 2))",
            C::DuplicateId);
        row("duplicate given id",
            "id,name,region,zone,work days,work start,work end\n"
            "anna,Anna Schmidt,EMEA,UTC,mon,09:00,17:00\n"
            "anna,Anna Berg,EMEA,UTC,mon,09:00,17:00\n",
            R"(row 3, column id: duplicate id "anna" (already used by row 2))",
            C::DuplicateId);
        row("given id equals a derived one",
            "id,name,region,zone,work days,work start,work end\n"
            ",Anna Schmidt,EMEA,UTC,mon,09:00,17:00\n"
            "anna-schmidt,Anna Berg,EMEA,UTC,mon,09:00,17:00\n",
            R"(row 3, column id: duplicate id "anna-schmidt" (already used by row 2))",
            C::DuplicateId);
        row("unknown weekday",
            header + "Bob,EMEA,UTC,mon wed thurs,09:00,17:00\n",
            R"(row 2, column work days: unknown weekday "thurs")",
            C::UnknownWeekday);
        row("unknown weekday in a range",
            header + "Bob,EMEA,UTC,mon-funday,09:00,17:00\n",
            R"(row 2, column work days: unknown weekday "funday")",
            C::UnknownWeekday);
        row("open range",
            header + "Bob,EMEA,UTC,mon-,09:00,17:00\n",
            R"(row 2, column work days: unknown weekday "")",
            C::UnknownWeekday);
        row("no days",
            header + "Bob,EMEA,UTC,,09:00,17:00\n",
            "row 2, column work days: must not be empty",
            C::EmptyValue);
        row("only separators as days",
            header + "Bob,EMEA,UTC,\";, ;\",09:00,17:00\n",
            "row 2, column work days: must not be empty",
            C::EmptyValue);
        row("hour without minutes",
            header + "Bob,EMEA,UTC,mon,9h,17:00\n",
            R"(row 2, column work start: "9h" is not a time of day (H:MM or HH:MM))",
            C::BadClockTime);
        row("one-digit minutes",
            header + "Bob,EMEA,UTC,mon,9:0,17:00\n",
            R"(row 2, column work start: "9:0" is not a time of day (H:MM or HH:MM))",
            C::BadClockTime);
        row("start 24:00",
            header + "Bob,EMEA,UTC,mon,24:00,06:00\n",
            R"(row 2, column work start: "24:00" is only allowed as an end)",
            C::BadClockTime);
        row("end 25:00",
            header + "Bob,EMEA,UTC,mon,09:00,25:00\n",
            R"(row 2, column work end: "25:00" is not a time of day (H:MM or HH:MM))",
            C::BadClockTime);
        row("deep work end missing",
            "name,region,zone,work days,work start,work end,deep work start,deep work end\n"
            "Bob,EMEA,UTC,mon,09:00,17:00,09:00,\n",
            "row 2, column deep work end: must not be empty",
            C::EmptyValue);
        row("deep work bad start",
            "name,region,zone,work days,work start,work end,deep work start,deep work end\n"
            "Bob,EMEA,UTC,mon,09:00,17:00,9,12:00\n",
            R"(row 2, column deep work start: "9" is not a time of day (H:MM or HH:MM))",
            C::BadClockTime);
        row("comms not a window",
            "name,region,zone,work days,work start,work end,comms\n"
            "Bob,EMEA,UTC,mon,09:00,17:00,11:00-11:30;15:00\n",
            R"(row 2, column comms: "15:00" is not a window (HH:MM-HH:MM))",
            C::BadClockTime);
        row("comms bad time",
            "name,region,zone,work days,work start,work end,comms\n"
            "Bob,EMEA,UTC,mon,09:00,17:00,11:00-11:3\n",
            R"(row 2, column comms: "11:3" is not a time of day (H:MM or HH:MM))",
            C::BadClockTime);
        row("comms starting at 24:00",
            "name,region,zone,work days,work start,work end,comms\n"
            "Bob,EMEA,UTC,mon,09:00,17:00,24:00-01:00\n",
            R"(row 2, column comms: "24:00" is only allowed as an end)",
            C::BadClockTime);
    }
    void badInput()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, message);
        QFETCH(InputErrorCode, code);
        const auto result = readRosterCsv(view(csv), "Acme");
        QVERIFY(!result.ok());
        QCOMPARE(QString::fromStdString(result.error().message()), message);
        QCOMPARE(result.error().code, code);
    }

    void cellErrorsPointAtTheCell()
    {
        // "Dee,EMEA," is 9 characters: the zone cell starts in column 10 of
        // line 3 (the header is line 1).
        const auto result = readRosterCsv(
            view(header
                 + "Anna,EMEA,UTC,mon,09:00,17:00\nDee,EMEA,Europe/Berlim,mon,09:00,17:00\n"),
            "Acme");
        QVERIFY(!result.ok());
        QCOMPARE(result.error().path, std::string("row 3, column zone"));
        QCOMPARE(result.error().line, 3);
        QCOMPARE(result.error().column, 10);
    }

    void neverCrashesOnDamagedInput()
    {
        const QByteArray text =
            "id,name,region,zone,work days,work start,work end,deep work start,deep work "
            "end,comms\r\n"
            "a,\"Anna \"\"A\"\" S\",EMEA,Europe/Berlin,mon-fri,09:00,17:30,09:00,12:00,"
            "\"11:00-11:30; 15:00-15:30\"\r\n"
            ",Raj,APAC,Asia/Kolkata,sun-thu,18:00,24:00,,,\r\n";
        for (qsizetype length = 0; length <= text.size(); ++length) {
            const auto result = readRosterCsv(view(text.left(length)), "x");
            if (!result.ok())
                QVERIFY(!result.error().message().empty());
        }
        for (qsizetype i = 0; i < text.size(); ++i) {
            for (const char replacement : {'\0', '"', ',', '\n', '\r', '-', '\xff', ';'}) {
                QByteArray damaged = text;
                damaged[i] = replacement;
                const auto result = readRosterCsv(view(damaged), "x");
                if (!result.ok())
                    QVERIFY(!result.error().message().empty());
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestRosterCsv)
#include "tst_roster_csv.moc"
