#pragma once

// WeeklyPattern: ranges of local wall-clock time that repeat every week, such
// as working hours, deep-work blocks or comms windows.
//
// A range names the weekdays it starts on and a local start and end time of
// day. `end <= start` means the range runs past midnight into the next day;
// 24:00 is a valid end.
//
// Example:
//   WeeklyRange{Weekdays::workdays(), 9h, 17h + 30min}  // Mon-Fri 09:00-17:30
//   WeeklyRange{Weekdays{date::Friday}, 22h, 6h}        // Fri 22:00-Sat 06:00

#include "sunrelay/core/instant.h"

#include <cstdint>
#include <vector>

namespace sunrelay
{

// A set of weekdays, Monday first.
class Weekdays
{
public:
    constexpr Weekdays() = default;
    constexpr explicit Weekdays(date::weekday day)
        : m_bits(static_cast<std::uint8_t>(1u << day.iso_encoding()))
    {
    }
    static constexpr Weekdays workdays()
    {
        Weekdays days;
        for (unsigned d = 1; d <= 5; ++d)
            days.insert(date::weekday{d});
        return days;
    }

    constexpr void insert(date::weekday day) { m_bits |= (1u << day.iso_encoding()); }
    constexpr bool contains(date::weekday day) const { return (m_bits >> day.iso_encoding()) & 1u; }
    constexpr bool isEmpty() const { return m_bits == 0; }
    // The days in the set, Monday first.
    std::vector<date::weekday> days() const;

    // Bit n (0 = Monday ... 6 = Sunday) set for each day: a compact form for
    // storage. fromBits() ignores bits above 6.
    constexpr unsigned bits() const { return m_bits >> 1; }
    static constexpr Weekdays fromBits(unsigned bits)
    {
        Weekdays days;
        days.m_bits = static_cast<std::uint8_t>((bits & 0x7fu) << 1);
        return days;
    }

    constexpr bool operator==(const Weekdays &) const = default;

private:
    std::uint8_t m_bits = 0; // bit n: ISO weekday n (1 = Monday ... 7 = Sunday)
};

struct WeeklyRange {
    static constexpr Minutes endOfDay{24 * 60};

    Weekdays days;
    Minutes start{0}; // invariant: 0 <= start < 24:00
    Minutes end{0}; // invariant: 0 <= end <= 24:00

    bool crossesMidnight() const { return end <= start; }
    // The wall-clock span when the range starts on `date`.
    LocalTime localStart(LocalDate date) const { return LocalTime{date} + start; }
    LocalTime localEnd(LocalDate date) const
    {
        return LocalTime{date} + end + (crossesMidnight() ? date::days{1} : date::days{0});
    }
    bool isValid() const
    {
        return start >= Minutes{0} && start < endOfDay && end >= Minutes{0} && end <= endOfDay;
    }

    bool operator==(const WeeklyRange &) const = default;
};

struct WeeklyPattern {
    std::vector<WeeklyRange> ranges;

    bool isEmpty() const { return ranges.empty(); }
    bool operator==(const WeeklyPattern &) const = default;
};

} // namespace sunrelay
