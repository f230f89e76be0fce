#include "json_stream.h"

#include "sunrelay/exchange/iso_time.h"

#include <QCoreApplication>
#include <QFileDevice>
#include <QIODevice>

#include <rapidjson/prettywriter.h>

#include <array>
#include <string>

namespace sunrelay::cli {

namespace {

constexpr std::size_t chunkSize = 64 * 1024;

// Length of the well-formed UTF-8 sequence (RFC 3629: no overlong forms, no
// surrogates, nothing past U+10FFFF) starting at text[i], or 0.
std::size_t utf8SequenceLength(std::string_view text, std::size_t i)
{
    const auto byte = [&](std::size_t at) { return static_cast<unsigned char>(text[at]); };
    const unsigned char lead = byte(i);
    std::size_t length = 0;
    unsigned char low = 0x80; // the range of the second byte
    unsigned char high = 0xBF;
    if (lead < 0x80)
        return 1;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        low = lead == 0xE0 ? 0xA0 : 0x80;
        high = lead == 0xED ? 0x9F : 0xBF;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        low = lead == 0xF0 ? 0x90 : 0x80;
        high = lead == 0xF4 ? 0x8F : 0xBF;
    } else {
        return 0;
    }
    if (i + length > text.size() || byte(i + 1) < low || byte(i + 1) > high)
        return 0;
    for (std::size_t k = 2; k < length; ++k)
        if (byte(i + k) < 0x80 || byte(i + k) > 0xBF)
            return 0;
    return length;
}

// `text` as a JSON string, quoted and escaped as nlohmann::json's dump() does
// with ensure_ascii off; invalid UTF-8 becomes U+FFFD (which dump() would
// refuse with an exception).
void appendQuoted(std::string &out, std::string_view text)
{
    static constexpr char hex[] = "0123456789abcdef";
    out += '"';
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0x80) {
            const std::size_t length = utf8SequenceLength(text, i);
            if (length == 0) {
                out += "\xEF\xBF\xBD";
                ++i;
            } else {
                out.append(text.substr(i, length));
                i += length;
            }
            continue;
        }
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\b': out += "\\b"; break;
        case '\t': out += "\\t"; break;
        case '\n': out += "\\n"; break;
        case '\f': out += "\\f"; break;
        case '\r': out += "\\r"; break;
        default:
            if (c < 0x20) {
                out += "\\u00";
                out += hex[c >> 4];
                out += hex[c & 0xF];
            } else {
                out += static_cast<char>(c);
            }
        }
        ++i;
    }
    out += '"';
}

// `n` as exactly `width` digits at `out` (n fits).
void putDigits(char *out, unsigned n, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = static_cast<char>('0' + n % 10);
        n /= 10;
    }
}

} // namespace

// The chunk buffer (RapidJSON's output stream concept: Put and Flush) and
// where the chunks go.
class JsonStream::Writer {
public:
    using Ch = char;

    explicit Writer(QTextStream &out)
        : m_out(out)
        , m_json(*this)
    {
        m_json.SetIndent(' ', 2);
        // Bytes straight to the device only where the stream would write the
        // same bytes: UTF-8, no byte order mark.
        if (out.device() && out.encoding() == QStringConverter::Utf8 &&
            !out.generateByteOrderMark()) {
            out.flush(); // what was printed before goes first
            m_device = out.device();
        }
    }

    void Put(char c)
    {
        if (m_size == m_buffer.size())
            deliver(Cut::WholeCharacters);
        m_buffer[m_size++] = c;
    }
    void Flush() {} // at the end of the document; finish() delivers

    rapidjson::PrettyWriter<Writer> &json() { return m_json; }

    void rawString(std::string_view quoted)
    {
        m_json.RawValue(quoted.data(), quoted.size(), rapidjson::kStringType);
    }

    void string(std::string_view utf8)
    {
        m_scratch.clear();
        appendQuoted(m_scratch, utf8);
        rawString(m_scratch);
    }

    void instant(Instant instant)
    {
        const auto day = date::floor<date::days>(instant);
        const date::year_month_day ymd{day};
        const int year = static_cast<int>(ymd.year());
        if (year < 0 || year > 9999) { // never from a valid plan; written all the same
            string(exchange::formatInstant(instant));
            return;
        }
        const auto seconds = static_cast<unsigned>((instant - day).count());
        // "YYYY-MM-DDTHH:MM:SSZ" in quotes
        std::array<char, 22> text{'"', 'Y', 'Y', 'Y', 'Y', '-', 'M', 'M', '-', 'D', 'D',
                                  'T', 'h', 'h', ':', 'm', 'm', ':', 's', 's', 'Z', '"'};
        putDigits(&text[1], static_cast<unsigned>(year), 4);
        putDigits(&text[6], static_cast<unsigned>(ymd.month()), 2);
        putDigits(&text[9], static_cast<unsigned>(ymd.day()), 2);
        putDigits(&text[12], seconds / 3600, 2);
        putDigits(&text[15], seconds / 60 % 60, 2);
        putDigits(&text[18], seconds % 60, 2);
        rawString({text.data(), text.size()});
    }

    std::optional<QString> finish()
    {
        Put('\n');
        deliver(Cut::Anywhere);
        if (auto *file = qobject_cast<QFileDevice *>(m_device); file && !m_error && !file->flush())
            failed(file->errorString());
        if (!m_device && !m_error && m_out.status() != QTextStream::Ok)
            failed(QCoreApplication::translate("Cli", "the output stream failed"));
        return m_error;
    }

private:
    enum class Cut { WholeCharacters, Anywhere };

    // Sends the buffer; a UTF-8 sequence cut by the end of the buffer waits
    // for the next chunk, so the stream never decodes half a character.
    void deliver(Cut cut)
    {
        std::size_t end = m_size;
        if (cut == Cut::WholeCharacters) {
            for (std::size_t back = 1; back <= 3 && back <= m_size; ++back) {
                const auto byte = static_cast<unsigned char>(m_buffer[m_size - back]);
                if ((byte & 0xC0) == 0x80)
                    continue; // a continuation byte: look further back
                const std::size_t length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1;
                if (length > back)
                    end = m_size - back;
                break;
            }
        }
        write(std::string_view(m_buffer.data(), end));
        std::copy(m_buffer.begin() + std::ptrdiff_t(end), m_buffer.begin() + std::ptrdiff_t(m_size),
                  m_buffer.begin());
        m_size -= end;
    }

    void write(std::string_view bytes)
    {
        if (m_error || bytes.empty())
            return; // the document is broken already: drop the rest
        if (m_device) {
            if (m_device->write(bytes.data(), qint64(bytes.size())) != qint64(bytes.size()))
                failed(m_device->errorString());
        } else {
            m_out << QString::fromUtf8(bytes.data(), qsizetype(bytes.size()));
        }
    }

    void failed(const QString &reason)
    {
        m_error = QCoreApplication::translate("Cli", "cannot write the output: %1").arg(reason);
    }

    QTextStream &m_out;
    QIODevice *m_device = nullptr;
    std::array<char, chunkSize> m_buffer{};
    std::size_t m_size = 0;
    std::optional<QString> m_error;
    std::string m_scratch; // one escaped string at a time
    rapidjson::PrettyWriter<Writer> m_json;
};

JsonStream::JsonStream(QTextStream &out)
    : m_writer(std::make_unique<Writer>(out))
{
}

JsonStream::~JsonStream() = default;

void JsonStream::beginObject()
{
    m_writer->json().StartObject();
}

void JsonStream::endObject()
{
    m_writer->json().EndObject();
}

void JsonStream::beginArray()
{
    m_writer->json().StartArray();
}

void JsonStream::endArray()
{
    m_writer->json().EndArray();
}

void JsonStream::key(std::string_view name)
{
    m_writer->json().Key(name.data(), rapidjson::SizeType(name.size()));
}

void JsonStream::string(std::string_view utf8)
{
    m_writer->string(utf8);
}

void JsonStream::integer(std::int64_t value)
{
    m_writer->json().Int64(value);
}

void JsonStream::null()
{
    m_writer->json().Null();
}

void JsonStream::instant(Instant instant)
{
    m_writer->instant(instant);
}

void JsonStream::instant(const std::optional<Instant> &instant)
{
    if (instant)
        m_writer->instant(*instant);
    else
        m_writer->json().Null();
}

void JsonStream::interval(const Interval &interval)
{
    m_writer->json().StartArray();
    m_writer->instant(interval.start);
    m_writer->instant(interval.end);
    m_writer->json().EndArray();
}

void JsonStream::intervals(std::span<const Interval> intervals)
{
    m_writer->json().StartArray();
    for (const Interval &each : intervals)
        interval(each);
    m_writer->json().EndArray();
}

std::optional<QString> JsonStream::finish()
{
    return m_writer->finish();
}

} // namespace sunrelay::cli
