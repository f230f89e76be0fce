#include "gui/text/country_names.h"

#include <unicode/uloc.h>

#include <array>

namespace sunrelay::gui
{

QString countryName(const QString &code, const QLocale &language)
{
    if (code.size() != 2 || !code[0].isLetter() || !code[1].isLetter() || code[0].unicode() > 127
        || code[1].unicode() > 127)
        return {};
    const QByteArray region = "und_" + code.toUpper().toLatin1();
    // The whole tag, not just the language: Traditional Chinese readers get
    // "德國", Serbian in Latin script "Nemačka".
    const QByteArray display = language.bcp47Name().toLatin1();
    std::array<UChar, 128> name{};
    UErrorCode status = U_ZERO_ERROR;
    const int32_t length = uloc_getDisplayCountry(region.constData(),
                                                  display.constData(),
                                                  name.data(),
                                                  int32_t(name.size()),
                                                  &status);
    // ICU answers an unknown code with the code itself.
    if (U_FAILURE(status) || length <= 0 || length > int32_t(name.size()))
        return {};
    const QString text =
        QString::fromUtf16(reinterpret_cast<const char16_t *>(name.data()), length);
    return text.compare(code, Qt::CaseInsensitive) == 0 ? QString() : text;
}

} // namespace sunrelay::gui
