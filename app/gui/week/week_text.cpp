#include "gui/week/week_text.h"

#include "gui/week/week_editor.h" // the texts' translation context

#include <QRegularExpression>
#include <QStringList>

#include <optional>

namespace sunrelay::gui::week
{

namespace
{

std::optional<int> parseDayName(const QLocale &locale, const QString &text)
{
    const QString wanted = text.trimmed();
    if (wanted.isEmpty())
        return std::nullopt;
    // The locale's names first, English as a fallback: people paste "Mon-Fri".
    for (const QLocale &names : {locale, QLocale::c()}) {
        for (int day = 0; day < 7; ++day) {
            const QString shortName = names.dayName(day + 1, QLocale::ShortFormat);
            const QString longName = names.dayName(day + 1, QLocale::LongFormat);
            if (wanted.compare(shortName, Qt::CaseInsensitive) == 0
                || wanted.compare(longName, Qt::CaseInsensitive) == 0
                || (wanted.size() >= 2 && longName.startsWith(wanted, Qt::CaseInsensitive)))
                return day;
        }
    }
    return std::nullopt;
}

enum class HalfOfDay {
    Am,
    Pm
};

// Full-width digits and colons ("５：３０" from a Japanese input method) and
// the many spaces (no-break, narrow no-break, ideographic) as plain ASCII, so
// one pattern reads them all.
QString compatibilityForm(const QString &text)
{
    return text.normalized(QString::NormalizationForm_KC);
}

// "AM", "am", "a.m.", "a", "PM", "p.m." and the locale's own words ("午前",
// "p. m." with its no-break space), in any case.
std::optional<HalfOfDay> halfOfDay(const QString &word)
{
    const auto squeezed = [](const QString &text) {
        QString letters;
        for (const QChar c : compatibilityForm(text))
            if (!c.isSpace() && c != u'.')
                letters += c;
        return letters.toCaseFolded();
    };
    const QString wanted = squeezed(word);
    if (wanted.isEmpty())
        return std::nullopt;
    const QLocale locale;
    const QStringList am{QStringLiteral("am"), QStringLiteral("a"), squeezed(locale.amText())};
    const QStringList pm{QStringLiteral("pm"), QStringLiteral("p"), squeezed(locale.pmText())};
    if (am.contains(wanted))
        return HalfOfDay::Am;
    if (pm.contains(wanted))
        return HalfOfDay::Pm;
    return std::nullopt;
}

// A typed time split into its parts: hours, minutes when given, and the
// half of the day when a word names it, before the digits as Japanese and
// Korean write it ("午後5:30") or after them ("5:30 PM", "5:30 p. m.").
struct TypedClock {
    int hours = 0;
    int minutes = 0;
    std::optional<HalfOfDay> half;
};

std::optional<TypedClock> readClock(const QString &typed)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\D*?)\\s*(\\d{1,2})(?:[:.hH]?(\\d{2}))?\\s*(\\D*)$"));
    const auto match = pattern.match(compatibilityForm(typed));
    if (!match.hasMatch())
        return std::nullopt;
    const QString before = match.captured(1);
    const QString after = match.captured(4);
    TypedClock clock;
    clock.hours = match.captured(2).toInt();
    clock.minutes = match.captured(3).isEmpty() ? 0 : match.captured(3).toInt();
    if (before.isEmpty() && after.isEmpty())
        return clock;
    if (!before.isEmpty() && !after.isEmpty())
        return std::nullopt; // "PM 5 PM": one word, on one side
    clock.half = halfOfDay(before.isEmpty() ? after : before);
    if (!clock.half)
        return std::nullopt;
    return clock;
}

} // namespace

QString layerName(WeekLayer layer)
{
    switch (layer) {
    case WeekLayer::Work:
        //: Name of a layer of the member dialog's week grid: working hours
        return WeekEditor::tr("Working hours");
    case WeekLayer::DeepWork:
        //: Name of a layer of the member dialog's week grid: protected focus time
        return WeekEditor::tr("Deep work");
    case WeekLayer::Comms:
        //: Name of a layer of the member dialog's week grid: fixed times for messages and calls
        return WeekEditor::tr("Comms window");
    }
    return {};
}

// 24:00 on the 12-hour clock is 12:00 AM; where it is shown after a start,
// endReading() adds the next day.
QString formatTime(int minutes, ClockStyle style)
{
    if (style == ClockStyle::TwelveHour && minutes == kMinutesPerDay)
        minutes = 0;
    return minutesText(Minutes{minutes}, style);
}

QString hourLabel(int hour, ClockStyle style)
{
    QString text = formatTime(hour * 60, style);
    // minutesText() owns the words; a translation without ":00" keeps its
    // full form, and the grid measures whatever it gets.
    if (style == ClockStyle::TwelveHour)
        text.replace(QStringLiteral(":00"), QString());
    return text;
}

QString formatDuration(int minutes)
{
    //: A whole number of hours, e.g. "3 h"
    if (minutes % 60 == 0)
        return WeekEditor::tr("%1 h").arg(minutes / 60);
    //: A number of minutes under an hour, e.g. "45 min"
    if (minutes < 60)
        return WeekEditor::tr("%1 min").arg(minutes);
    //: Hours and minutes, e.g. "3 h 15 min"
    return WeekEditor::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

QString dayName(const QLocale &locale, int day)
{
    return locale.dayName(day + 1, QLocale::ShortFormat);
}

EndReading endReading(const Span &span, ClockStyle style)
{
    if (span.endAbs > kMinutesPerDay)
        return EndReading{span.endAbs - kMinutesPerDay, true};
    if (span.endAbs == kMinutesPerDay && style == ClockStyle::TwelveHour)
        return EndReading{0, true};
    return EndReading{span.endAbs, false};
}

QString describeSpan(const QLocale &locale, ClockStyle style, WeekLayer layer, const Span &span)
{
    const QString duration = formatDuration(span.length());
    const EndReading end = endReading(span, style);
    if (!end.nextDay) {
        //: A range of the week: layer, day, start–end (duration): "Deep work, Mon 09:00–12:00 (3
        //: h)"
        return WeekEditor::tr("%1, %2 %3\u2013%4 (%5)")
            .arg(layerName(layer),
                 dayName(locale, span.day),
                 formatTime(span.start, style),
                 formatTime(end.minutes, style),
                 duration);
    }
    //: A range of the week that ends on the next day: layer, day, start–next day, end (duration):
    //: "Working hours, Fri 22:00–Sat 02:00 (4 h)"
    return WeekEditor::tr("%1, %2 %3\u2013%4 %5 (%6)")
        .arg(layerName(layer),
             dayName(locale, span.day),
             formatTime(span.start, style),
             dayName(locale, wrapDay(span.day + 1)),
             formatTime(end.minutes, style),
             duration);
}

QString formatDays(const QLocale &locale, Qt::DayOfWeek firstDay, Weekdays days)
{
    //: A list of weekdays that is empty
    if (days.isEmpty())
        return WeekEditor::tr("No days");
    const int first = int(firstDay) - 1;
    QStringList parts;
    int i = 0;
    while (i < 7) {
        if (!containsDay(days, wrapDay(first + i))) {
            ++i;
            continue;
        }
        int j = i;
        while (j + 1 < 7 && containsDay(days, wrapDay(first + j + 1)))
            ++j;
        if (j - i >= 2) {
            parts << dayName(locale, wrapDay(first + i)) + QChar(0x2013)
                    + dayName(locale, wrapDay(first + j));
        } else {
            for (int k = i; k <= j; ++k)
                parts << dayName(locale, wrapDay(first + k));
        }
        i = j + 1;
    }
    return parts.join(QStringLiteral(", "));
}

DaysResult parseDays(const QLocale &locale, Qt::DayOfWeek firstDay, const QString &text)
{
    DaysResult result;
    unsigned bits = 0;
    // Commas: ASCII, the ideographic "、" and the full-width "，" (Japanese
    // and Chinese lists). Span dashes: hyphen, en and em dash, and the wave
    // dash and full-width tilde of "月〜金".
    static const QRegularExpression listSeparator(QStringLiteral("[,\u3001\uFF0C]"));
    static const QRegularExpression spanDash(QStringLiteral("[-\u2013\u2014~\u301C\uFF5E]"));
    const QStringList items = text.split(listSeparator, Qt::SkipEmptyParts);
    for (const QString &item : items) {
        if (item.trimmed().isEmpty())
            continue;
        const QStringList ends = item.split(spanDash);
        if (ends.size() > 2) {
            result.error = WeekEditor::tr(
                               "\u201c%1\u201d is not a span of days. Write a span "
                               "as two days, such as Mon–Fri.")
                               .arg(item.trimmed());
            return result;
        }
        const auto from = parseDayName(locale, ends.front());
        const auto to = ends.size() == 2 ? parseDayName(locale, ends.back()) : from;
        if (!from || !to) {
            const QString bad = !from ? ends.front().trimmed() : ends.back().trimmed();
            result.error = WeekEditor::tr(
                               "\u201c%1\u201d is not a day. Use day names such as "
                               "Mon or Tue, or a span such as Mon–Fri.")
                               .arg(bad);
            return result;
        }
        // Spans follow the user's week order and may wrap (Sat–Mon).
        const int first = int(firstDay) - 1;
        const int count = wrapDay((wrapDay(*to - first)) - wrapDay(*from - first)) + 1;
        for (int k = 0; k < count; ++k)
            bits |= 1u << wrapDay(*from + k);
    }
    if (bits == 0)
        result.error = WeekEditor::tr("Choose at least one day, such as Mon or Mon–Fri.");
    result.days = Weekdays::fromBits(bits);
    return result;
}

TimeResult parseTime(const QString &text, TimeField field, ClockStyle style)
{
    TimeResult result;
    const QString typed = text.trimmed();
    const std::optional<TypedClock> clock = readClock(typed);
    if (!clock) {
        result.error = WeekEditor::tr(
                           "\u201c%1\u201d is not a time of day. Type hours and "
                           "minutes, such as %2.")
                           .arg(typed, formatTime(9 * 60 + 30, style));
        return result;
    }
    const int hours = clock->hours;
    const int minutes = clock->minutes;
    const std::optional<HalfOfDay> half = clock->half;
    if (half) {
        if (hours < 1 || hours > 12 || minutes > 59) {
            result.error = WeekEditor::tr(
                               "\u201c%1\u201d is not on the 12-hour clock: use "
                               "hours 1 to 12 and minutes 00 to 59, such as %2.")
                               .arg(typed, formatTime(17 * 60 + 30, ClockStyle::TwelveHour));
            return result;
        }
        result.minutes = (hours % 12) * 60 + minutes + (*half == HalfOfDay::Pm ? 12 * 60 : 0);
        if (field == TimeField::End && result.minutes == 0)
            result.minutes = kMinutesPerDay;
        return result;
    }
    result.minutes = hours * 60 + minutes;
    if (minutes > 59 || result.minutes > kMinutesPerDay) {
        result.error = WeekEditor::tr(
                           "\u201c%1\u201d is not on the clock: use 00:00 to 23:59, "
                           "or 24:00 for an end at midnight.")
                           .arg(typed);
    } else if (field == TimeField::Start && result.minutes == kMinutesPerDay) {
        result.error = WeekEditor::tr(
                           "A range cannot start at \u201c%1\u201d, the midnight that "
                           "ends the day. Start it at %2 on the next day instead.")
                           .arg(typed, formatTime(0, style));
    }
    return result;
}

} // namespace sunrelay::gui::week
