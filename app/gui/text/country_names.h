#pragma once

// Country names in the reader's language, for the zone picker. The tz
// database's iso3166.tab names countries in English only, and Qt 6.4's
// QLocale::territoryToString() too; nativeTerritoryName() is the country's
// own language, not the reader's ("Deutschland" for a Japanese reader).
// ICU's display names (CLDR, the data Qt's locales come from) are in the
// reader's language; Debian's Qt links ICU already, so this adds no library
// at run time. (The alternative, iso-codes' gettext catalogs, needs the
// reader's glibc locale installed, which a Qt app cannot assume.)
//
// Example:
//   countryName(u"DE", QLocale(QLocale::Japanese)) == u"ドイツ"
//   countryName(u"DE", QLocale(QLocale::German)) == u"Deutschland"
//   countryName(u"XX", QLocale(QLocale::German)).isEmpty() // unknown code

#include <QLocale>
#include <QString>

namespace sunrelay::gui
{

// The name of the country with ISO 3166 code `code` in `language`'s
// language; empty where ICU has no name for it.
QString countryName(const QString &code, const QLocale &language);

} // namespace sunrelay::gui
