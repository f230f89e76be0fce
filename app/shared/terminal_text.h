#pragma once

// Text for a terminal, made safe: names in a plan are the plan author's
// words, and a name holding ESC, OSC, BEL or a C1 control (U+009B is a
// one-character CSI) would otherwise drive the terminal of whoever runs
// `sunrelay-cli check` on it: retitle the window, hide text, fake output.
// Controls become visible escapes; JSON output needs none of this (its
// strings are escaped by the JSON writer).
//
// Example:
//   terminalText(u"Anna\x1b]0;pwned\x07") == u"Anna\\e]0;pwned\\x07"

#include <QString>

namespace sunrelay::apptext
{

// Every C0 control but line feed and tab, DEL, the C1 controls and the
// bidirectional overrides and isolates (U+202A-U+202E, U+2066-U+2069, which
// reorder what follows them) as visible escapes: ESC as \e, other C0 and DEL
// as \xNN, the rest as \uNNNN. Everything else unchanged.
QString terminalText(const QString &text);

} // namespace sunrelay::apptext
