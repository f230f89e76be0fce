#include "sunrelay/core/text_validity.h"

#include <cstdio>

namespace sunrelay
{

namespace
{

// Length of the well-formed UTF-8 sequence at `i` and its code point, or 0
// if the bytes there are not one (RFC 3629 table 3-7: no overlongs, no
// surrogates, nothing past U+10FFFF).
std::size_t sequenceAt(std::string_view text, std::size_t i, char32_t &out)
{
    const auto byte = [&](std::size_t k) {
        return static_cast<unsigned char>(text[k]);
    };
    const unsigned char lead = byte(i);
    if (lead < 0x80) {
        out = lead;
        return 1;
    }
    std::size_t length = 0;
    unsigned char low = 0x80;
    unsigned char high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        if (lead == 0xE0)
            low = 0xA0; // overlong
        else if (lead == 0xED)
            high = 0x9F; // surrogates
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        if (lead == 0xF0)
            low = 0x90; // overlong
        else if (lead == 0xF4)
            high = 0x8F; // past U+10FFFF
    } else {
        return 0;
    }
    if (text.size() - i < length)
        return 0;
    const unsigned char second = byte(i + 1);
    if (second < low || second > high)
        return 0;
    char32_t value = lead & (0xFF >> (length + 1));
    value = (value << 6) | (second & 0x3F);
    for (std::size_t k = 2; k < length; ++k) {
        const unsigned char next = byte(i + k);
        if ((next & 0xC0) != 0x80)
            return 0;
        value = (value << 6) | (next & 0x3F);
    }
    out = value;
    return length;
}

bool isControl(char32_t c, TextKind kind)
{
    if (kind == TextKind::MultiLine && (c == U'\t' || c == U'\n' || c == U'\r'))
        return false;
    return c < 0x20 || (c >= 0x7F && c <= 0x9F);
}

} // namespace

std::optional<TextProblem> findTextProblem(std::string_view text, TextKind kind)
{
    std::size_t index = 0;
    for (std::size_t i = 0; i < text.size(); ++index) {
        char32_t c = 0;
        const std::size_t length = sequenceAt(text, i, c);
        if (length == 0)
            return TextProblem{TextProblem::Kind::InvalidUtf8, i, index, 0};
        if (isControl(c, kind))
            return TextProblem{TextProblem::Kind::ControlCharacter, i, index, c};
        i += length;
    }
    return std::nullopt;
}

std::string describe(const TextProblem &problem)
{
    const std::string where = "character " + std::to_string(problem.codePoint + 1) + " (byte "
        + std::to_string(problem.byteOffset + 1) + ")";
    if (problem.kind == TextProblem::Kind::InvalidUtf8)
        return "invalid UTF-8 at " + where;
    char code[16];
    std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(problem.character));
    return std::string("control character ") + code + " at " + where;
}

} // namespace sunrelay
