// JsonStream (app/cli/json_stream.h) on its own: the text is what
// nlohmann::json's dump(2) printed before the reports were streamed (the
// library itself is the reference here), it arrives after what the stream
// held already, a stream over a QString gets whole characters across chunk
// boundaries, and a failed write is reported.

#include "json_stream.h"

#include <nlohmann/json.hpp>

#include <cstdio>

#include <QBuffer>
#include <QFile>
#include <QTest>

using namespace sunrelay;
using sunrelay::cli::JsonStream;

namespace
{

using Json = nlohmann::ordered_json;

Instant at(int hour, int minute)
{
    return date::sys_days{date::year{2026} / 3 / 9} + std::chrono::hours{hour}
    + std::chrono::minutes{minute};
}

// One document with every kind of value the reports write, by both writers.
void writeSample(JsonStream &json)
{
    json.beginObject();
    json.key("range");
    json.beginObject();
    json.key("from");
    json.instant(at(0, 0));
    json.key("to");
    json.instant(std::optional<Instant>{});
    json.endObject();
    json.key("empty");
    json.beginArray();
    json.endArray();
    json.key("intervals");
    json.intervals(std::vector<Interval>{{at(9, 0), at(17, 30)}, {at(23, 45), at(24, 15)}});
    json.key("strings");
    json.beginArray();
    json.string("plain");
    json.string("quote \" backslash \\ slash / tab \t newline \n return \r");
    json.string("\b\f\x01\x1f\x7f\u0080\u009b\u009f\u00a0");
    json.string("Zoë, 東京, 🌍");
    json.string("");
    json.endArray();
    json.key("numbers");
    json.beginArray();
    json.integer(0);
    json.integer(-2910);
    json.integer(std::numeric_limits<std::int64_t>::max());
    json.endArray();
    json.key("slot");
    json.null();
    json.endObject();
}

Json sampleDom()
{
    Json json;
    json["range"] = {{"from", "2026-03-09T00:00:00Z"}, {"to", nullptr}};
    json["empty"] = Json::array();
    json["intervals"] =
        Json::array({Json::array({"2026-03-09T09:00:00Z", "2026-03-09T17:30:00Z"}),
                     Json::array({"2026-03-09T23:45:00Z", "2026-03-10T00:15:00Z"})});
    json["strings"] = Json::array({"plain",
                                   "quote \" backslash \\ slash / tab \t newline \n return \r",
                                   "\b\f\x01\x1f\x7f\u0080\u009b\u009f\u00a0",
                                   "Zoë, 東京, 🌍",
                                   ""});
    json["numbers"] = Json::array({0, -2910, std::numeric_limits<std::int64_t>::max()});
    json["slot"] = nullptr;
    return json;
}

// dump()'s text with what the stream escapes beyond it: DEL and the C1
// controls U+0080-U+009F (UTF-8 C2 80 - C2 9F) as \u007f ... \u009f, the
// same JSON value but nothing a terminal acts on.
std::string withControlsEscaped(const std::string &dumped)
{
    std::string escaped;
    for (std::size_t i = 0; i < dumped.size(); ++i) {
        const auto c = static_cast<unsigned char>(dumped[i]);
        if (c == 0x7F) {
            escaped += "\\u007f";
        } else if (c == 0xC2 && i + 1 < dumped.size()
                   && static_cast<unsigned char>(dumped[i + 1]) < 0xA0) {
            char code[8];
            std::snprintf(code, sizeof code, "\\u00%02x", static_cast<unsigned char>(dumped[++i]));
            escaped += code;
        } else {
            escaped += dumped[i];
        }
    }
    return escaped;
}

bool finishedWithoutError(JsonStream &json)
{
    const auto error = json.finish();
    if (error)
        qWarning("%s", qPrintable(*error));
    return !error;
}

} // namespace

class TestJsonStream : public QObject
{
    Q_OBJECT

private slots:
    void sameTextAsDumpIndent2();
    void invalidUtf8BecomesReplacementCharacter();
    void deviceGetsEarlierOutputFirst();
    void stringStreamGetsWholeCharacters();
    void failedWriteIsReported();
};

void TestJsonStream::sameTextAsDumpIndent2()
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QTextStream out(&buffer);
    {
        JsonStream json(out);
        writeSample(json);
        QVERIFY(finishedWithoutError(json));
    }
    QCOMPARE(bytes.toStdString(), withControlsEscaped(sampleDom().dump(2)) + '\n');
    // U+00A0 is no control: it stays as it is.
    QVERIFY(bytes.contains(R"("\b\f\u0001\u001f\u007f\u0080\u009b\u009f)"
                           "\u00a0\""));
    // The same strings for any JSON reader.
    QVERIFY(Json::parse(bytes.toStdString()) == sampleDom());
}

void TestJsonStream::invalidUtf8BecomesReplacementCharacter()
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QTextStream out(&buffer);
    JsonStream json(out);
    json.beginArray();
    // A lone continuation byte, a truncated 3-byte sequence, an overlong
    // '/', a surrogate, and a sequence cut by the end of the string.
    json.string(
        "a\x80"
        "b\xE6\x9D"
        "c\xC0\xAF"
        "d\xED\xA0\x80"
        "e\xF0\x9F\x8C");
    json.endArray();
    QVERIFY(finishedWithoutError(json));
    const QByteArray r = "\xEF\xBF\xBD";
    QCOMPARE(bytes,
             "[\n  \"a" + r + "b" + r + r + "c" + r + r + "d" + r + r + r + "e" + r + r + r
                 + "\"\n]\n");
}

void TestJsonStream::deviceGetsEarlierOutputFirst()
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QTextStream out(&buffer);
    out << "before\n"; // still in the text stream's own buffer
    {
        JsonStream json(out);
        json.beginArray();
        json.integer(1);
        json.endArray();
        QVERIFY(finishedWithoutError(json));
    }
    out << "after\n";
    out.flush();
    QCOMPARE(bytes, QByteArray("before\n[\n  1\n]\nafter\n"));
}

void TestJsonStream::stringStreamGetsWholeCharacters()
{
    // 2-, 3- and 4-byte characters over several 64 KiB chunks: some chunk
    // ends in the middle of one unless the stream holds it back.
    QString text;
    for (int i = 0; i < 20000; ++i)
        text += QStringLiteral("é東🌍");
    const std::string utf8 = text.toStdString();

    QString written;
    QTextStream out(&written);
    out << "before ";
    JsonStream json(out);
    json.beginArray();
    json.string(utf8);
    json.endArray();
    QVERIFY(finishedWithoutError(json));
    QVERIFY(!written.contains(QChar::ReplacementCharacter));
    QCOMPARE(written, QStringLiteral("before [\n  \"") + text + QStringLiteral("\"\n]\n"));
}

void TestJsonStream::failedWriteIsReported()
{
    QFile full(QStringLiteral("/dev/full"));
    QVERIFY2(full.open(QIODevice::WriteOnly), "/dev/full is needed for this test");
    QTextStream out(&full);
    JsonStream json(out);
    json.beginArray();
    for (int i = 0; i < 10000; ++i)
        json.string("a string that fills chunks");
    json.endArray();
    const auto error = json.finish();
    QVERIFY(error.has_value());
    QVERIFY2(error->startsWith(QLatin1String("cannot write: ")), qPrintable(*error));
}

QTEST_GUILESS_MAIN(TestJsonStream)
#include "tst_json_stream.moc"
