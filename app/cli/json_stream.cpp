#include "json_stream.h"

#include "sunrelay/exchange/iso_time.h"

#include <QCoreApplication>
#include <QFileDevice>
#include <QIODevice>

#include <rapidjson/prettywriter.h>

#include <algorithm>
#include <array>
#include <cassert>
#include <cstring>
#include <string>

namespace sunrelay::cli
{

namespace
{

constexpr std::size_t chunkSize = 64 * 1024;

// Length of the well-formed UTF-8 sequence (RFC 3629: no overlong forms, no
// surrogates, nothing past U+10FFFF) starting at text[i], or 0.
std::size_t utf8SequenceLength(std::string_view text, std::size_t i)
{
    const auto byte = [&](std::size_t at) {
        return static_cast<unsigned char>(text[at]);
    };
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

// Printable ASCII other than the quote and the backslash: as it is in JSON.
bool needsNoEscape(char c)
{
    const auto byte = static_cast<unsigned char>(c);
    return byte >= 0x20 && byte < 0x7F && c != '"' && c != '\\';
}

// `text` as a JSON string, quoted and escaped as nlohmann::json's dump() does
// with ensure_ascii off; invalid UTF-8 becomes U+FFFD (which dump() would
// refuse with an exception). Unlike dump(), DEL and the C1 controls
// (U+0080-U+009F; U+009B is a one-character CSI) are escaped as \u007f..
// \u009f too: the same JSON value, but safe to print on a terminal.
void appendQuoted(std::string &out, std::string_view text)
{
    static constexpr char hex[] = "0123456789abcdef";
    out += '"';
    for (std::size_t i = 0; i < text.size();) {
        // Most text needs no escaping: copy runs of it whole.
        std::size_t plain = i;
        while (plain < text.size() && needsNoEscape(text[plain]))
            ++plain;
        out.append(text.substr(i, plain - i));
        i = plain;
        if (i == text.size())
            break;
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0x80) {
            const std::size_t length = utf8SequenceLength(text, i);
            if (length == 0) {
                out += "\xEF\xBF\xBD";
                ++i;
            } else if (length == 2 && c == 0xC2 && static_cast<unsigned char>(text[i + 1]) < 0xA0) {
                const auto control = static_cast<unsigned char>(text[i + 1]);
                out += "\\u00";
                out += hex[control >> 4];
                out += hex[control & 0xF];
                i += length;
            } else {
                out.append(text.substr(i, length));
                i += length;
            }
            continue;
        }
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            if (c < 0x20 || c == 0x7F) {
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

// Chunks of text on their way out, in RapidJSON's output stream concept (Put
// and Flush). Full chunks go to the QTextStream's device as bytes, or
// through the stream itself when the stream has no device or encodes in
// something other than UTF-8.
class ChunkedOutput
{
public:
    using Ch = char;

    explicit ChunkedOutput(QTextStream &out)
        : m_out(out)
    {
        // Bytes straight to the device only where the stream would write the
        // same bytes: UTF-8, no byte order mark.
        if (out.device() && out.encoding() == QStringConverter::Utf8
            && !out.generateByteOrderMark()) {
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
    void Flush() { } // at the end of the document; finish() delivers

    void append(std::string_view text)
    {
        while (!text.empty()) {
            if (m_size == m_buffer.size())
                deliver(Cut::WholeCharacters);
            const std::size_t count = std::min(text.size(), m_buffer.size() - m_size);
            std::memcpy(m_buffer.data() + m_size, text.data(), count);
            m_size += count;
            text.remove_prefix(count);
        }
    }

    void append(char c, std::size_t count)
    {
        while (count > 0) {
            if (m_size == m_buffer.size())
                deliver(Cut::WholeCharacters);
            const std::size_t n = std::min(count, m_buffer.size() - m_size);
            std::memset(m_buffer.data() + m_size, c, n);
            m_size += n;
            count -= n;
        }
    }

    std::optional<QString> finish()
    {
        deliver(Cut::Anywhere);
        if (auto *file = qobject_cast<QFileDevice *>(m_device); file && !m_error && !file->flush())
            failed(file->errorString());
        //: sunrelay-cli error: writing the JSON output to the terminal or a pipe failed
        if (!m_device && !m_error && m_out.status() != QTextStream::Ok)
            failed(QCoreApplication::translate("Cli", "the text stream failed"));
        return m_error;
    }

private:
    enum class Cut {
        WholeCharacters,
        Anywhere
    };

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
                const std::size_t length = byte >= 0xF0 ? 4
                    : byte >= 0xE0                      ? 3
                    : byte >= 0xC0                      ? 2
                                                        : 1;
                if (length > back)
                    end = m_size - back;
                break;
            }
        }
        write(std::string_view(m_buffer.data(), end));
        std::memmove(m_buffer.data(), m_buffer.data() + end, m_size - end);
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
        //: sunrelay-cli error: writing the JSON output failed; %1 is the system's reason
        m_error = QCoreApplication::translate("Cli", "cannot write: %1").arg(reason);
    }

    QTextStream &m_out;
    QIODevice *m_device = nullptr;
    std::array<char, chunkSize> m_buffer{};
    std::size_t m_size = 0;
    std::optional<QString> m_error;
};

// RapidJSON writes indentation through PutN, one character at a time unless
// the stream has its own (found by argument-dependent lookup).
void PutN(ChunkedOutput &out, char c, std::size_t n)
{
    out.append(c, n);
}

} // namespace

// RapidJSON's pretty printer, plus strings already quoted and escaped,
// copied whole instead of byte by byte through RawValue.
class JsonStream::Writer : public rapidjson::PrettyWriter<ChunkedOutput>
{
public:
    explicit Writer(QTextStream &out)
        : PrettyWriter(m_output)
        , m_output(out)
    {
        SetIndent(' ', 2);
    }

    void rawString(std::string_view quoted)
    {
        PrettyPrefix(rapidjson::kStringType);
        m_output.append(quoted);
    }

    void key(std::string_view name)
    {
        assert(std::all_of(name.begin(), name.end(), needsNoEscape));
        PrettyPrefix(rapidjson::kStringType);
        m_output.Put('"');
        m_output.append(name);
        m_output.Put('"');
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
        m_output.Put('\n');
        return m_output.finish();
    }

private:
    // Constructed after the base, which only keeps its address until then.
    ChunkedOutput m_output;
    std::string m_scratch; // one escaped string at a time
};

JsonStream::JsonStream(QTextStream &out)
    : m_writer(std::make_unique<Writer>(out))
{
}

JsonStream::~JsonStream() = default;

void JsonStream::beginObject()
{
    m_writer->StartObject();
}

void JsonStream::endObject()
{
    m_writer->EndObject();
}

void JsonStream::beginArray()
{
    m_writer->StartArray();
}

void JsonStream::endArray()
{
    m_writer->EndArray();
}

void JsonStream::key(std::string_view name)
{
    m_writer->key(name);
}

void JsonStream::string(std::string_view utf8)
{
    m_writer->string(utf8);
}

void JsonStream::integer(std::int64_t value)
{
    m_writer->Int64(value);
}

void JsonStream::null()
{
    m_writer->Null();
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
        m_writer->Null();
}

void JsonStream::interval(const Interval &interval)
{
    m_writer->StartArray();
    m_writer->instant(interval.start);
    m_writer->instant(interval.end);
    m_writer->EndArray();
}

void JsonStream::intervals(std::span<const Interval> intervals)
{
    m_writer->StartArray();
    for (const Interval &each : intervals)
        interval(each);
    m_writer->EndArray();
}

std::optional<QString> JsonStream::finish()
{
    return m_writer->finish();
}

} // namespace sunrelay::cli
