#include "sunrelay/exchange/iso_time.h"

#include <array>
#include <cstdint>

namespace sunrelay::exchange
{

namespace
{

// Appends `value` with at least `width` digits, zero-padded. Out-of-range
// values (which a parsed plan never holds) still print, with a sign.
void appendNumber(std::string &out, long long value, int width)
{
    std::uint64_t magnitude =
        value < 0 ? std::uint64_t{0} - static_cast<std::uint64_t>(value) : value;
    std::string digits;
    do {
        digits.insert(digits.begin(), static_cast<char>('0' + magnitude % 10));
        magnitude /= 10;
    } while (magnitude != 0);
    if (value < 0)
        out += '-';
    for (int pad = width - static_cast<int>(digits.size()); pad > 0; --pad)
        out += '0';
    out += digits;
}

// The value of `count` decimal digits at text[at], or -1 if any is not a digit.
int digitsAt(std::string_view text, std::size_t at, std::size_t count)
{
    int value = 0;
    for (std::size_t i = at; i < at + count; ++i) {
        if (text[i] < '0' || text[i] > '9')
            return -1;
        value = value * 10 + (text[i] - '0');
    }
    return value;
}

// "YYYY-MM-DD" at the start of `text` (which is at least 10 long).
std::optional<date::year_month_day> calendarDateAt(std::string_view text)
{
    if (text[4] != '-' || text[7] != '-')
        return std::nullopt;
    const int year = digitsAt(text, 0, 4);
    const int month = digitsAt(text, 5, 2);
    const int day = digitsAt(text, 8, 2);
    if (year < 0 || month < 0 || day < 0)
        return std::nullopt;
    const date::year_month_day ymd{date::year{year},
                                   date::month{static_cast<unsigned>(month)},
                                   date::day{static_cast<unsigned>(day)}};
    if (!ymd.ok()) // 2026-02-30, month 13, day 00
        return std::nullopt;
    return ymd;
}

void appendDate(std::string &out, const date::year_month_day &ymd)
{
    appendNumber(out, static_cast<int>(ymd.year()), 4);
    out += '-';
    appendNumber(out, static_cast<unsigned>(ymd.month()), 2);
    out += '-';
    appendNumber(out, static_cast<unsigned>(ymd.day()), 2);
}

constexpr std::array<std::string_view, 7> weekdayKeys =
    {"sun", "mon", "tue", "wed", "thu", "fri", "sat"};

} // namespace

std::string formatInstant(Instant instant)
{
    const auto day = date::floor<date::days>(instant);
    const date::hh_mm_ss<Seconds> time{instant - day};
    std::string out;
    appendDate(out, date::year_month_day{day});
    out += 'T';
    appendNumber(out, time.hours().count(), 2);
    out += ':';
    appendNumber(out, time.minutes().count(), 2);
    out += ':';
    appendNumber(out, time.seconds().count(), 2);
    out += 'Z';
    return out;
}

std::optional<Instant> parseInstant(std::string_view text)
{
    // Exactly "YYYY-MM-DDTHH:MM:SSZ": no offsets, fractions or lowercase, so
    // a file means one thing and writes back byte for byte.
    if (text.size() != 20 || text[10] != 'T' || text[13] != ':' || text[16] != ':'
        || text[19] != 'Z')
        return std::nullopt;
    const auto ymd = calendarDateAt(text);
    const int hours = digitsAt(text, 11, 2);
    const int minutes = digitsAt(text, 14, 2);
    const int seconds = digitsAt(text, 17, 2);
    if (!ymd || hours < 0 || hours > 23 || minutes < 0 || minutes > 59 || seconds < 0
        || seconds > 59)
        return std::nullopt;
    return Instant{date::sys_days{*ymd}} + std::chrono::hours{hours} + Minutes{minutes}
    + Seconds{seconds};
}

std::string formatDate(LocalDate date)
{
    std::string out;
    appendDate(out, date::year_month_day{date});
    return out;
}

std::optional<LocalDate> parseDate(std::string_view text)
{
    if (text.size() != 10)
        return std::nullopt;
    const auto ymd = calendarDateAt(text);
    if (!ymd)
        return std::nullopt;
    return LocalDate{*ymd};
}

std::string formatClockTime(Minutes timeOfDay)
{
    const long long total = timeOfDay.count();
    std::string out;
    if (total < 0)
        out += '-'; // never in a valid WeeklyRange; shown rather than hidden
    const std::uint64_t magnitude =
        total < 0 ? std::uint64_t{0} - static_cast<std::uint64_t>(total) : total;
    appendNumber(out, static_cast<long long>(magnitude / 60), 2);
    out += ':';
    appendNumber(out, static_cast<long long>(magnitude % 60), 2);
    return out;
}

std::optional<Minutes> parseClockTime(std::string_view text, ClockEnd end)
{
    if (text.size() != 5 || text[2] != ':')
        return std::nullopt;
    const int hours = digitsAt(text, 0, 2);
    const int minutes = digitsAt(text, 3, 2);
    if (hours < 0 || minutes < 0 || minutes > 59)
        return std::nullopt;
    if (hours == 24 && minutes == 0 && end == ClockEnd::Allowed)
        return Minutes{24 * 60};
    if (hours > 23)
        return std::nullopt;
    return Minutes{hours * 60 + minutes};
}

std::string weekdayKey(date::weekday day)
{
    if (!day.ok())
        return "???";
    return std::string(weekdayKeys[day.c_encoding()]);
}

std::optional<date::weekday> parseWeekdayKey(std::string_view text)
{
    for (unsigned i = 0; i < weekdayKeys.size(); ++i)
        if (weekdayKeys[i] == text)
            return date::weekday{i};
    return std::nullopt;
}

} // namespace sunrelay::exchange
