#pragma once

// RAII for libical's C objects: every component, timezone, recurrence
// iterator and string libical hands over is owned by one of these.

#include <libical/ical.h>

#include <cstdlib>
#include <memory>
#include <string>

namespace sunrelay::ical::detail
{

struct ComponentDeleter {
    void operator()(icalcomponent *c) const { icalcomponent_free(c); }
};
using ComponentPtr = std::unique_ptr<icalcomponent, ComponentDeleter>;

struct PropertyDeleter {
    void operator()(icalproperty *p) const { icalproperty_free(p); }
};
using PropertyPtr = std::unique_ptr<icalproperty, PropertyDeleter>;

struct IteratorDeleter {
    void operator()(icalrecur_iterator *i) const { icalrecur_iterator_free(i); }
};
using IteratorPtr = std::unique_ptr<icalrecur_iterator, IteratorDeleter>;

struct TimezoneDeleter {
    // Frees a timezone made from a file's VTIMEZONE (not a builtin one).
    void operator()(icaltimezone *z) const { icaltimezone_free(z, 1); }
};
using TimezonePtr = std::unique_ptr<icaltimezone, TimezoneDeleter>;

// A component as text; libical allocates the buffer, we free it.
inline std::string toText(icalcomponent *component)
{
    char *text = icalcomponent_as_ical_string_r(component);
    std::string result = text ? text : "";
    icalmemory_free_buffer(text);
    return result;
}

} // namespace sunrelay::ical::detail
