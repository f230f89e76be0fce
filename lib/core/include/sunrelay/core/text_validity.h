#pragma once

// Text validity: names, ids, titles and notes are valid UTF-8 without control
// characters, so nothing that reaches a terminal, a calendar or a CSV cell can
// carry escape sequences or bytes another program reads differently.
//
// Refused: bytes that are not well-formed UTF-8 (overlongs, surrogates, code
// points past U+10FFFF, cut sequences), C0 controls U+0000-U+001F, DEL U+007F
// and C1 controls U+0080-U+009F. Multi-line text (task notes, handoff notes)
// may hold tab, line feed and carriage return; single-line text none of them.
//
// Example:
//   findTextProblem("Anna", TextKind::SingleLine)          == std::nullopt
//   findTextProblem("A\x1b[31m", TextKind::SingleLine)      -> byteOffset 1, codePoint 1
//   describe(*that) == "control character U+001B at character 2 (byte 2)"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace sunrelay
{

enum class TextKind {
    SingleLine, // ids, names, titles, zones, colours
    MultiLine, // notes: tab, LF and CR allowed
};

struct TextProblem {
    enum class Kind {
        InvalidUtf8,
        ControlCharacter
    };
    Kind kind = Kind::InvalidUtf8;
    std::size_t byteOffset = 0; // 0-based offset of the first offending byte
    std::size_t codePoint = 0; // 0-based index of the offending character
    char32_t character = 0; // the control character (ControlCharacter only)

    bool operator==(const TextProblem &) const = default;
};

// The first problem of `text`, or nullopt if it is valid text of `kind`.
std::optional<TextProblem> findTextProblem(std::string_view text, TextKind kind);

// An English phrase for a message, positions 1-based as editors count:
// "invalid UTF-8 at character 3 (byte 5)",
// "control character U+001B at character 2 (byte 2)".
std::string describe(const TextProblem &problem);

} // namespace sunrelay
