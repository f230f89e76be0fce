#include "shared/date_patterns.h"

#include <QDate>
#include <QHash>
#include <QLocale>
#include <QTime>

#include <utility>
#include <vector>

namespace sunrelay::apptext
{

namespace
{

// One field of a date pattern with what is written after it.
struct Piece {
    QString field; // "dddd", "d", "MMMM", "yyyy"
    QString suffix; // belongs to the field: "年", the German ordinal "."
    QString separator; // up to the next field: ", ", " 'de' "
};

struct SplitPattern {
    QString leading; // before the first field
    std::vector<Piece> pieces;
};

bool isFieldLetter(QChar c)
{
    return c == u'd' || c == u'M' || c == u'y';
}

bool isWeekday(const Piece &piece)
{
    return piece.field.startsWith(u'd') && piece.field.size() >= 3;
}
bool isDay(const Piece &piece)
{
    return piece.field.startsWith(u'd') && piece.field.size() <= 2;
}
bool isMonth(const Piece &piece)
{
    return piece.field.startsWith(u'M');
}
bool isYear(const Piece &piece)
{
    return piece.field.startsWith(u'y');
}

// The literal text from `at` up to the next unquoted field letter; quoted
// text ('de', with '' for a quote) stays quoted.
QString takeLiteral(const QString &pattern, qsizetype &at)
{
    QString text;
    bool quoted = false;
    while (at < pattern.size() && (quoted || !isFieldLetter(pattern[at]))) {
        if (pattern[at] == u'\'')
            quoted = !quoted;
        text.append(pattern[at++]);
    }
    return text;
}

// The letters straight after a field that belong to it: non-ASCII letters
// (年 月 日) and the ordinal "." after a day ("d. MMMM").
qsizetype suffixLength(const Piece &piece, const QString &literal)
{
    qsizetype length = 0;
    while (length < literal.size() && literal[length].isLetter() && literal[length].unicode() > 127)
        ++length;
    if (length == 0 && isDay(piece) && literal.startsWith(u'.'))
        length = 1;
    return length;
}

SplitPattern split(const QString &pattern)
{
    SplitPattern result;
    qsizetype at = 0;
    result.leading = takeLiteral(pattern, at);
    while (at < pattern.size()) {
        Piece piece;
        const QChar letter = pattern[at];
        while (at < pattern.size() && pattern[at] == letter)
            piece.field.append(pattern[at++]);
        const QString literal = takeLiteral(pattern, at);
        const qsizetype suffix = suffixLength(piece, literal);
        piece.suffix = literal.left(suffix);
        piece.separator = literal.mid(suffix);
        result.pieces.push_back(piece);
    }
    return result;
}

// Leaves out the fields `unwanted` picks, with the text that goes with them.
template<typename Predicate>
void remove(SplitPattern &pattern, Predicate unwanted)
{
    for (std::size_t i = 0; i < pattern.pieces.size();) {
        if (!unwanted(pattern.pieces[i])) {
            ++i;
            continue;
        }
        if (i == 0)
            pattern.leading.clear();
        else if (i + 1 == pattern.pieces.size())
            pattern.pieces[i - 1].separator.clear();
        pattern.pieces.erase(pattern.pieces.begin() + std::ptrdiff_t(i));
    }
}

bool hasWord(const QString &separator)
{
    for (const QChar c : separator)
        if (c.isLetter())
            return true;
    return false;
}

// Short names, and a plain space for a word beside the month ("'de'").
void abbreviate(SplitPattern &pattern, const QLocale &locale)
{
    auto &pieces = pattern.pieces;
    // English writes a short weekday straight before the day without a
    // comma: "Mon 30 Nov" (CLDR's short English forms), not "Mon, 30 Nov".
    for (std::size_t i = 0; i + 1 < pieces.size(); ++i)
        if (locale.language() == QLocale::English && pieces[i].field == u"dddd"
            && isDay(pieces[i + 1]) && pieces[i].separator == u", ")
            pieces[i].separator = QStringLiteral(" ");
    for (std::size_t i = 0; i < pieces.size(); ++i) {
        Piece &piece = pieces[i];
        if (piece.field == u"dddd")
            piece.field = QStringLiteral("ddd");
        if (!isMonth(piece))
            continue;
        if (piece.field == u"MMMM")
            piece.field = QStringLiteral("MMM");
        if (i + 1 < pieces.size() && hasWord(piece.separator))
            piece.separator = QStringLiteral(" ");
        if (i > 0 && hasWord(pieces[i - 1].separator))
            pieces[i - 1].separator = QStringLiteral(" ");
    }
    // "11月30日(月)": a weekday right after another field's suffix.
    for (std::size_t i = 1; i < pieces.size(); ++i)
        if (isWeekday(pieces[i]) && pieces[i - 1].separator.isEmpty()
            && !pieces[i - 1].suffix.isEmpty())
            pieces[i].field = u'(' + pieces[i].field + u')';
}

QString joined(const SplitPattern &pattern)
{
    QString text = pattern.leading;
    for (const Piece &piece : pattern.pieces)
        text += piece.field + piece.suffix + piece.separator;
    return text;
}

// The C (POSIX) locale is no one's language: LANG=C, scripts, CI. It
// keeps the English layout Sunrelay always wrote ("Mon 9 Mar"), which its
// long date ("Monday, 9 March 2026") would turn into "Mon, 9 Mar".
QString cLocalePattern(DateParts parts)
{
    switch (parts) {
    case DateParts::WeekdayDayMonth:
        return QStringLiteral("ddd d MMM");
    case DateParts::WeekdayDayMonthYear:
        return QStringLiteral("ddd d MMM yyyy");
    case DateParts::WeekdayDay:
        return QStringLiteral("ddd d");
    case DateParts::DayMonth:
        return QStringLiteral("d MMM");
    case DateParts::DayMonthYear:
        return QStringLiteral("d MMM yyyy");
    case DateParts::MonthYear:
        break;
    }
    return QStringLiteral("MMM yyyy");
}

QString derivedDatePattern(DateParts parts, const QLocale &locale)
{
    if (locale.language() == QLocale::C)
        return cLocalePattern(parts);
    SplitPattern pattern = split(locale.dateFormat(QLocale::LongFormat));
    switch (parts) {
    case DateParts::WeekdayDayMonthYear:
        break;
    case DateParts::WeekdayDayMonth:
        remove(pattern, isYear);
        break;
    case DateParts::WeekdayDay:
        remove(pattern, isYear);
        remove(pattern, isMonth);
        break;
    case DateParts::DayMonth:
        remove(pattern, isYear);
        remove(pattern, isWeekday);
        break;
    case DateParts::DayMonthYear:
        remove(pattern, isWeekday);
        break;
    case DateParts::MonthYear:
        remove(pattern, isWeekday);
        remove(pattern, isDay);
        break;
    }
    abbreviate(pattern, locale);
    return joined(pattern);
}

// Painting asks for the same few patterns for every label and tick; working
// one out reads and splits the locale's formats. Per thread, as the CLI's
// and the publisher's workers format too.
template<typename Kind, typename Derive>
const QString &remembered(Kind kind, const QLocale &locale, Derive derive)
{
    thread_local QHash<std::pair<int, QLocale>, QString> patterns;
    const std::pair<int, QLocale> key{int(kind), locale};
    auto found = patterns.find(key);
    if (found == patterns.end())
        found = patterns.insert(key, derive(kind, locale));
    return found.value();
}

} // namespace

QString datePattern(DateParts parts, const QLocale &locale)
{
    return remembered(parts, locale, derivedDatePattern);
}

QString dateText(const QDate &day, DateParts parts, const QLocale &locale)
{
    return locale.toString(day, datePattern(parts, locale));
}

bool localeUsesTwelveHours(const QLocale &locale)
{
    const QString format = locale.timeFormat(QLocale::ShortFormat);
    bool quoted = false;
    for (const QChar c : format) {
        if (c == u'\'')
            quoted = !quoted;
        else if (!quoted && (c == u'a' || c == u'A'))
            return true;
    }
    return false;
}

namespace
{
QString derivedClockPattern(ClockHours hours, const QLocale &locale)
{
    // The C locale's short time has seconds ("HH:mm:ss"): Sunrelay's own.
    if (locale.language() == QLocale::C)
        return hours == ClockHours::Twelve ? QStringLiteral("h:mm AP") : QStringLiteral("HH:mm");
    const bool localeTwelve = localeUsesTwelveHours(locale);
    if ((hours == ClockHours::Twelve) == localeTwelve) {
        QString own = locale.timeFormat(QLocale::ShortFormat); // "H:mm", "h:mm AP", "AP h:mm"
        return own.remove(QStringLiteral(":ss"));
    }
    if (hours == ClockHours::TwentyFour)
        return QStringLiteral("HH:mm");
    // A 24-hour locale read on a 12-hour clock. CLDR writes the day half
    // first in Chinese and Japanese ("午後5:30"), after the time elsewhere.
    // The locale's words, in capitals where they have case: "5:30 PM" as
    // Sunrelay always wrote it in English, "5:30 P. M." in Spanish.
    switch (locale.language()) {
    case QLocale::Japanese:
    case QLocale::Chinese:
        return QStringLiteral("APh:mm");
    default:
        return QStringLiteral("h:mm AP");
    }
}
} // namespace

QString clockPattern(ClockHours hours, const QLocale &locale)
{
    return remembered(hours, locale, derivedClockPattern);
}

QString hourPattern(ClockHours hours, const QLocale &locale)
{
    if (hours == ClockHours::TwentyFour)
        return QStringLiteral("HH");
    QString pattern = clockPattern(hours, locale);
    pattern.remove(QStringLiteral(":mm"));
    return pattern;
}

} // namespace sunrelay::apptext
