#include "sunrelay/core/task.h"

#include <algorithm>
#include <cmath>

namespace sunrelay
{

Seconds effortSeconds(double hours)
{
    // Through whole milliseconds first: 0.00125 h is 4.4999999... s in binary
    // arithmetic, but 4.5 s as written, which rounds up to 5 s.
    const long long milliseconds = std::llround(hours * 3'600'000.0);
    return Seconds{(milliseconds + 500) / 1000};
}

bool isValidEffort(double hours)
{
    return std::isfinite(hours) && hours > 0 && hours <= maximumEffortHours
        && effortSeconds(hours) >= minimumEffort;
}

std::string_view handoffNote(const Task &task, int number)
{
    const auto found = task.handoffNotes.find(number);
    return found == task.handoffNotes.end() ? std::string_view() : std::string_view(found->second);
}

void setHandoffNote(Task &task, int number, std::string text)
{
    if (text.empty())
        task.handoffNotes.erase(number);
    else
        task.handoffNotes.insert_or_assign(number, std::move(text));
}

bool hasValidHandoffNotes(const Task &task)
{
    return std::all_of(task.handoffNotes.begin(), task.handoffNotes.end(), [](const auto &note) {
        return note.first >= 1 && !note.second.empty();
    });
}

} // namespace sunrelay
