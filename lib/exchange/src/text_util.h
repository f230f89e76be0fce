#pragma once

// Small text helpers shared by the JSON and CSV readers: how a value is
// quoted inside an error message, where a byte offset lies as line/column,
// and UTF-8 checks. Internal to sunrelay_exchange.

#include <cstddef>
#include <string>
#include <string_view>

namespace sunrelay::exchange::detail
{

// `text` in double quotes for an error message: quotes, backslashes, control
// characters and bytes that are not UTF-8 are escaped, so a message never
// carries raw control characters; long values are cut (with "...") so a
// message stays one readable line.
//
// Example: quoted("Europe/Berlim") == "\"Europe/Berlim\""
std::string quoted(std::string_view text);

// 1-based line and column of byte `offset` of `text` (offset == size() is the
// end of the text). Columns count characters (UTF-8 code points), as editors
// do; a UTF-8 byte order mark at the start is not counted.
struct TextPosition {
    int line = 1;
    int column = 1;
};
TextPosition textPosition(std::string_view text, std::size_t offset);

// The offset of the first byte that is not part of well-formed UTF-8 (no
// overlongs, no surrogates), or npos if the whole text is UTF-8.
std::size_t firstInvalidUtf8(std::string_view text);

// `text` without leading and trailing spaces and tabs.
std::string_view trimmed(std::string_view text);

// ASCII letters lowered; other bytes (including UTF-8) unchanged.
std::string asciiLower(std::string_view text);

// An id made from a name: ASCII letters lowered, digits and non-ASCII
// (UTF-8) characters kept, every run of anything else one '-', no '-' at
// either end. Empty if the name has no letters or digits.
//
// Example: slug("Anna Schmidt") == "anna-schmidt", slug("APAC (Sydney)") == "apac-sydney"
std::string slug(std::string_view name);

inline constexpr std::string_view utf8Bom = "\xEF\xBB\xBF";

} // namespace sunrelay::exchange::detail
