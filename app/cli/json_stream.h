#pragma once

// JsonStream: a JSON document written out as it is produced, never held
// whole, so a report of any size needs the memory of one chunk (64 KiB).
//
// The text is exactly what nlohmann::json::dump(2) prints for the same
// document, plus a final newline: 2-space indent, `"key": value`, `[]` and
// `{}` when empty, strings escaped the same way (control characters as
// lowercase \u00XX). Invalid UTF-8 in a string becomes U+FFFD instead of
// invalid JSON.
//
// It writes through the QTextStream the command prints with: what the stream
// already holds goes first, then the chunks go straight to its device as
// UTF-8 (or, for a stream over a QString or in another encoding, through the
// stream itself, whole characters at a time).
//
// Example:
//   JsonStream json(out);
//   json.beginObject();
//   json.key("at");
//   json.instant(t);   // "2026-03-09T13:00:00Z"
//   json.endObject();
//   if (auto error = json.finish()) ...  // {\n  "at": "2026-...Z"\n}\n

#include "sunrelay/core/interval.h"

#include <QString>
#include <QTextStream>

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string_view>

namespace sunrelay::cli
{

class JsonStream
{
public:
    explicit JsonStream(QTextStream &out);
    ~JsonStream();
    JsonStream(const JsonStream &) = delete;
    JsonStream &operator=(const JsonStream &) = delete;

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    void key(std::string_view name); // a constant of the documented format
    void string(std::string_view utf8);
    void integer(std::int64_t value);
    void null();
    void instant(Instant instant); // "2026-03-09T13:00:00Z"
    void instant(const std::optional<Instant> &instant); // or null
    void interval(const Interval &interval); // [start, end]
    void intervals(std::span<const Interval> intervals);

    // Writes what is left; the error if writing failed at any point (the
    // document is then incomplete).
    std::optional<QString> finish();

private:
    class Writer;
    std::unique_ptr<Writer> m_writer;
};

} // namespace sunrelay::cli
