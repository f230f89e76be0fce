#pragma once

// How many terminal columns text takes, for tables of text that line up:
// East Asian wide and full-width characters (kanji, kana, hangul, full-width
// forms, most emoji) take two columns, combining marks and invisible format
// characters none, everything else one. QString::size() counts UTF-16 units
// and misaligns a Japanese table.
//
// Example:
//   displayWidth(u"Sync slot") == 9
//   displayWidth(u"同期枠") == 6
//   displayWidth(u"e\u0301") == 1                 // e + combining acute
//   padToDisplayWidth(u"名前", 6) == u"名前  "    // 4 columns + 2 spaces

#include <QString>
#include <QStringView>

namespace sunrelay::apptext
{

// Columns of one code point: 0, 1 or 2 (Unicode 14's East Asian Width W and
// F are 2; Mn, Me, Cf but the soft hyphen, Cc, and the Hangul vowels and
// final consonants that join the syllable before (U+1160-U+11FF) are 0).
int codePointWidth(char32_t codePoint);

// Columns of `text`, the sum over its code points. An emoji sequence joined
// with U+200D counts each emoji, as most terminals still draw it.
int displayWidth(QStringView text);

// `text` with spaces after it up to `columns` display columns; unchanged
// when it is that wide already.
QString padToDisplayWidth(const QString &text, int columns);

} // namespace sunrelay::apptext
