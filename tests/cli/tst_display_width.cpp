// Terminal columns of text (shared/display_width.h), so sunrelay-cli's tables
// line up in Japanese: hand-counted strings, then every assigned code point
// against Python's unicodedata (Unicode 14, as Qt 6.4), an independent
// implementation of the same East Asian Width and category data.

#include "shared/display_width.h"

#include <QProcess>
#include <QTest>

using sunrelay::apptext::codePointWidth;
using sunrelay::apptext::displayWidth;
using sunrelay::apptext::padToDisplayWidth;

namespace
{

// Prints "first last width" for each run of assigned code points of one
// width: East Asian Width W/F two columns; non-spacing and enclosing marks,
// format and control characters (but the soft hyphen), and the Hangul
// vowels and finals that join the syllable before none; the rest one.
// Unassigned code points (Cn) and surrogate halves (Cs) are left out.
constexpr const char *kExpectedWidths = R"(
import unicodedata, sys
if unicodedata.unidata_version != "14.0.0":
    sys.exit("unicodedata is Unicode " + unicodedata.unidata_version + ", not 14.0.0")
def width(cp):
    c = chr(cp)
    if cp == 0xAD:
        return 1
    if 0x1160 <= cp <= 0x11FF or unicodedata.category(c) in ("Mn", "Me", "Cf", "Cc"):
        return 0
    return 2 if unicodedata.east_asian_width(c) in ("W", "F") else 1
run = None
out = []
for cp in range(0x110000):
    if unicodedata.category(chr(cp)) in ("Cn", "Cs"):
        if run: out.append(run); run = None
        continue
    w = width(cp)
    if run and run[2] == w and run[1] == cp - 1:
        run[1] = cp
    else:
        if run: out.append(run)
        run = [cp, cp, w]
if run: out.append(run)
sys.stdout.write("".join("%d %d %d\n" % tuple(r) for r in out))
)";

} // namespace

class TestDisplayWidth : public QObject
{
    Q_OBJECT

private slots:
    void countedByHand_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("columns");
        QTest::newRow("ASCII") << QStringLiteral("Sync slot") << 9;
        QTest::newRow("kanji") << QStringLiteral("同期枠") << 6; // 3 x 2
        QTest::newRow("kana and ASCII") << QStringLiteral("送り元 → 送り先") << 15; // 6+1+1+1+6
        QTest::newRow("half-width katakana") << QStringLiteral("ｱｲｳ") << 3;
        QTest::newRow("full-width Latin") << QStringLiteral("ＡＢ") << 4;
        QTest::newRow("ideographic space") << QStringLiteral("\u3000") << 2;
        QTest::newRow("hangul syllables") << QStringLiteral("한국어") << 6;
        // ᄀ + ᅡ + ᆨ: a leading consonant (wide), vowel and final joined to it.
        QTest::newRow("conjoining jamo") << QStringLiteral("\u1100\u1161\u11A8") << 2;
        QTest::newRow("combining acute") << QStringLiteral("e\u0301") << 1;
        QTest::newRow("precomposed é") << QStringLiteral("\u00e9") << 1;
        QTest::newRow("zero width space") << QStringLiteral("a\u200Bb") << 2;
        QTest::newRow("soft hyphen") << QStringLiteral("\u00AD") << 1;
        QTest::newRow("ambiguous Greek") << QStringLiteral("Ω") << 1;
        // Outside the BMP: two UTF-16 units each, two columns each.
        QTest::newRow("plane 2 kanji") << QStringLiteral("𠮷野家") << 6;
        QTest::newRow("emoji") << QStringLiteral("😀a") << 3;
        QTest::newRow("empty") << QString() << 0;
    }

    void countedByHand()
    {
        QFETCH(QString, text);
        QFETCH(int, columns);
        QCOMPARE(displayWidth(text), columns);
    }

    void paddedToColumns()
    {
        QCOMPARE(padToDisplayWidth(QStringLiteral("名前"), 6), QStringLiteral("名前  "));
        QCOMPARE(padToDisplayWidth(QStringLiteral("Name"), 6), QStringLiteral("Name  "));
        QCOMPARE(padToDisplayWidth(QStringLiteral("長い名前"), 6), QStringLiteral("長い名前"));
    }

    void everyCodePointAsPython()
    {
        QProcess python;
        python.start(QStringLiteral("/usr/bin/python3"),
                     {QStringLiteral("-c"), QString::fromLatin1(kExpectedWidths)});
        QVERIFY2(python.waitForFinished(120000), "/usr/bin/python3 did not run");
        QVERIFY2(python.exitStatus() == QProcess::NormalExit && python.exitCode() == 0,
                 python.readAllStandardError().constData());
        const QList<QByteArray> runs = python.readAllStandardOutput().split('\n');
        QVERIFY(runs.size() > 1000);
        int checked = 0;
        QStringList wrong;
        for (const QByteArray &line : runs) {
            const QList<QByteArray> fields = line.split(' ');
            if (fields.size() != 3)
                continue;
            const auto last = char32_t(fields[1].toUInt());
            const int expected = fields[2].toInt();
            for (char32_t c = char32_t(fields[0].toUInt()); c <= last; ++c, ++checked) {
                // As a string too: code points past U+FFFF are surrogate pairs.
                const int width = displayWidth(QString::fromUcs4(&c, 1));
                if ((width != expected || codePointWidth(c) != expected) && wrong.size() < 20)
                    wrong << QStringLiteral("U+%1: %2, Python says %3")
                                 .arg(uint(c), 4, 16, QLatin1Char('0'))
                                 .arg(width)
                                 .arg(expected);
            }
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u'\n')));
        // Every one of them: Unicode 14's 144,697 characters, its 65 control
        // codes (not counted as characters) and 137,468 private-use code
        // points (6,400 + 2 x 65,534) make 282,230.
        QCOMPARE(checked, 282230);
    }
};

QTEST_GUILESS_MAIN(TestDisplayWidth)
#include "tst_display_width.moc"
