// Text validity (text_validity.h): what names, ids and notes may hold. The
// byte sequences and their verdicts follow RFC 3629 and Unicode table 3-7;
// positions are counted by hand.

#include <QTest>

#include "sunrelay/core/text_validity.h"

using namespace sunrelay;
using Kind = TextProblem::Kind;

Q_DECLARE_METATYPE(std::string)

class TestTextValidity : public QObject
{
    Q_OBJECT

private slots:
    void singleLine_data();
    void singleLine();
    void multiLineAllowsTabAndNewlines();
    void describedForMessages();
};

void TestTextValidity::singleLine_data()
{
    QTest::addColumn<std::string>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("kind"); // Kind when invalid
    QTest::addColumn<int>("byte");
    QTest::addColumn<int>("codePoint");
    QTest::addColumn<uint>("character");

    const auto row = [](const char *name,
                        std::string text,
                        bool valid,
                        Kind kind = Kind::InvalidUtf8,
                        int byte = 0,
                        int codePoint = 0,
                        char32_t character = 0) {
        QTest::newRow(name) << text << valid << static_cast<int>(kind) << byte << codePoint
                            << static_cast<uint>(character);
    };
    row("empty", "", true);
    row("ascii", "Anna Schmidt", true);
    row("umlaut and CJK", "J\xC3\xBCrgen \xE6\x9D\xB1\xE4\xBA\xAC", true);
    row("emoji (4 bytes)", "ok \xF0\x9F\x98\x80", true);
    row("U+00A0 after the C1 block",
        "a\xC2\xA0"
        "b",
        true);
    row("last code point U+10FFFF", "\xF4\x8F\xBF\xBF", true);
    // ESC starting an ANSI colour sequence: 2nd character, 2nd byte.
    row("ESC", "A\x1B[31m", false, Kind::ControlCharacter, 1, 1, 0x1B);
    row("BEL", "x\x07", false, Kind::ControlCharacter, 1, 1, 0x07);
    row("NUL inside", std::string("ab\0c", 4), false, Kind::ControlCharacter, 2, 2, 0);
    row("tab in a name", "a\tb", false, Kind::ControlCharacter, 1, 1, 0x09);
    row("newline in a name", "a\nb", false, Kind::ControlCharacter, 1, 1, 0x0A);
    row("DEL", "abc\x7F", false, Kind::ControlCharacter, 3, 3, 0x7F);
    // "ü" (2 bytes) then CSI U+009B (C2 9B): character 2, byte 3.
    row("C1 CSI after a 2-byte character",
        "\xC3\xBC\xC2\x9B",
        false,
        Kind::ControlCharacter,
        2,
        1,
        0x9B);
    row("C1 U+0080", "\xC2\x80", false, Kind::ControlCharacter, 0, 0, 0x80);
    row("lone continuation byte", "ab\x80", false, Kind::InvalidUtf8, 2, 2);
    row("Latin-1 byte", "caf\xE9", false, Kind::InvalidUtf8, 3, 3);
    row("overlong '/' (C0 AF)", "\xC0\xAF", false, Kind::InvalidUtf8, 0, 0);
    row("overlong 3-byte (E0 80 AF)", "\xE0\x80\xAF", false, Kind::InvalidUtf8, 0, 0);
    row("surrogate U+D800 (ED A0 80)", "a\xED\xA0\x80", false, Kind::InvalidUtf8, 1, 1);
    row("past U+10FFFF (F4 90 80 80)", "\xF4\x90\x80\x80", false, Kind::InvalidUtf8, 0, 0);
    row("F5 lead byte", "\xF5\x80\x80\x80", false, Kind::InvalidUtf8, 0, 0);
    row("cut 3-byte sequence at the end", "ab\xE6\x9D", false, Kind::InvalidUtf8, 2, 2);
    row("bad third byte",
        "\xE6\x9D"
        "A",
        false,
        Kind::InvalidUtf8,
        0,
        0);
}

void TestTextValidity::singleLine()
{
    QFETCH(std::string, text);
    QFETCH(bool, valid);
    const auto problem = findTextProblem(text, TextKind::SingleLine);
    QCOMPARE(problem.has_value(), !valid);
    if (valid)
        return;
    QFETCH(int, kind);
    QFETCH(int, byte);
    QFETCH(int, codePoint);
    QFETCH(uint, character);
    QCOMPARE(static_cast<int>(problem->kind), kind);
    QCOMPARE(problem->byteOffset, static_cast<std::size_t>(byte));
    QCOMPARE(problem->codePoint, static_cast<std::size_t>(codePoint));
    QCOMPARE(static_cast<uint>(problem->character), character);
}

void TestTextValidity::multiLineAllowsTabAndNewlines()
{
    QCOMPARE(findTextProblem("Done:\n\t- schema\r\n- data", TextKind::MultiLine), std::nullopt);
    // Other controls stay refused in notes: a form feed on the third character.
    const auto problem = findTextProblem("a\n\x0C", TextKind::MultiLine);
    QVERIFY(problem);
    QCOMPARE(problem->byteOffset, std::size_t{2});
    QCOMPARE(static_cast<uint>(problem->character), 0x0Cu);
    QVERIFY(findTextProblem("note \x1B]0;title\x07", TextKind::MultiLine));
    QVERIFY(
        findTextProblem("\xC2\x9B"
                        "31m",
                        TextKind::MultiLine));
}

void TestTextValidity::describedForMessages()
{
    QCOMPARE(describe(*findTextProblem("A\x1B[31m", TextKind::SingleLine)),
             std::string("control character U+001B at character 2 (byte 2)"));
    QCOMPARE(describe(*findTextProblem("\xC3\xBC\xC2\x9B", TextKind::SingleLine)),
             std::string("control character U+009B at character 2 (byte 3)"));
    QCOMPARE(describe(*findTextProblem("caf\xE9", TextKind::SingleLine)),
             std::string("invalid UTF-8 at character 4 (byte 4)"));
}

QTEST_APPLESS_MAIN(TestTextValidity)
#include "tst_text_validity.moc"
