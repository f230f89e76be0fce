#include "terminal_text.h"

#include <algorithm>

namespace sunrelay::apptext
{

namespace
{

bool isBidiControl(char16_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

bool needsEscape(char16_t c)
{
    if (c == u'\n' || c == u'\t')
        return false;
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || isBidiControl(c);
}

} // namespace

QString terminalText(const QString &text)
{
    const auto unsafe = std::find_if(text.begin(), text.end(), [](QChar c) {
        return needsEscape(c.unicode());
    });
    if (unsafe == text.end())
        return text; // the common case: no copy
    QString safe;
    safe.reserve(text.size() + 16);
    for (const QChar c : text) {
        const char16_t code = c.unicode();
        if (!needsEscape(code))
            safe += c;
        else if (code == 0x1B)
            safe += QLatin1String("\\e");
        else if (code < 0x80)
            safe += QStringLiteral("\\x%1").arg(int(code), 2, 16, QLatin1Char('0'));
        else
            safe += QStringLiteral("\\u%1").arg(int(code), 4, 16, QLatin1Char('0'));
    }
    return safe;
}

} // namespace sunrelay::apptext
