#!/usr/bin/python3
"""Independent reading of an exported calendar: Python's icalendar parses it,
dateutil expands the RRULEs on wall-clock readings, and the readings become
instants in two ways:
  - "instances": by the file's own VTIMEZONE of the TZID (icalendar's
    Timezone.to_tz()), as a client that knows only the file;
  - "named_instances": by the system tz database's zone of that name
    (zoneinfo), as a client that trusts the IANA id.

Usage:
  ics_instants.py FILE FROM_EPOCH TO_EPOCH
      Prints JSON: every event's UID, SUMMARY, DESCRIPTION, TRANSP and its
      instances [start, end] in UTC seconds that intersect [FROM, TO), both
      ways.
  ics_instants.py --check < RECORDS
      Many calendars in one run (the zone sweep). Each record is a JSON header
      line {"label", "from", "to", "bytes", "expected": {category: [[s, e],
      ...]}} followed by `bytes` bytes of iCalendar text. Prints one JSON line
      per calendar whose instances differ from "expected" (either way of
      reading, per category: the missing and the extra ones), one per
      calendar that fails to parse, and finally {"checked": N}.
"""
import datetime
import json
import sys
import zoneinfo

import icalendar
from dateutil import rrule
from icalendar.timezone_cache import _timezone_cache

UTC = datetime.timezone.utc


def raw(prop):
    """(naive wall-clock reading, TZID or None for UTC/floating)."""
    value = prop.dt
    tzid = prop.params.get("TZID")
    if tzid:
        return value.replace(tzinfo=None), str(tzid)
    if value.tzinfo is not None:
        return value.astimezone(UTC).replace(tzinfo=None), "UTC"
    return value, None


class Zones:
    """Readings to instants, by the file's VTIMEZONEs or by zone names."""

    def __init__(self, calendar, by_file):
        self.by_file = by_file
        self.file_zones = {}
        if by_file:
            for vtimezone in calendar.walk("VTIMEZONE"):
                tzid = str(vtimezone["TZID"])
                try:
                    self.file_zones[tzid] = vtimezone.to_tz()
                except Exception as error:
                    raise ValueError("icalendar cannot read the VTIMEZONE of %s: %s %s"
                                     % (tzid, type(error).__name__, error)) from error

    def instant(self, reading, tzid):
        if tzid is None:
            raise ValueError("a floating time: %s" % reading)
        if tzid == "UTC":
            return int(reading.replace(tzinfo=UTC).timestamp())
        if not self.by_file:
            return int(reading.replace(tzinfo=zoneinfo.ZoneInfo(tzid)).timestamp())
        if tzid not in self.file_zones:
            raise ValueError("TZID %s has no VTIMEZONE in the file" % tzid)
        return int(self.file_zones[tzid].localize(reading).timestamp())


def readings(event):
    """The event's start readings (RRULE expanded, EXDATEs removed), its TZID,
    and the DTEND reading with its TZID."""
    start, zone = raw(event["DTSTART"])
    end, end_zone = raw(event["DTEND"])
    occurrences = [start]
    if "RRULE" in event:
        text = event["RRULE"].to_ical().decode()
        occurrences = list(rrule.rrulestr(text, dtstart=start))
    excluded = set()
    exdates = event.get("EXDATE", [])
    if not isinstance(exdates, list):
        exdates = [exdates]
    for group in exdates:
        for item in group.dts:
            value = item.dt
            if value.tzinfo is not None and "TZID" not in group.params:
                value = value.astimezone(UTC)
            excluded.add(value.replace(tzinfo=None))
    kept = [o for o in occurrences if o not in excluded]
    return kept, zone, (start, zone), (end, end_zone)


def instances(event_readings, zones, lo, hi):
    kept, zone, (start, start_zone), (end, end_zone) = event_readings
    # An instance lasts DTEND - DTSTART in exact time (RFC 5545 3.8.5.3).
    length = zones.instant(end, end_zone) - zones.instant(start, start_zone)
    result = []
    for occurrence in kept:
        s = zones.instant(occurrence, zone)
        e = s + length
        if s < hi and lo < e:
            result.append([s, e])
    return result


def category(uid):
    """"deepwork-anna-0-20260308@sunrelay" -> "deepwork-anna"; handoffs -> "handoff"."""
    parts = uid.split("-")
    return parts[0] if parts[0] == "handoff" else parts[0] + "-" + parts[1]


def parse(data):
    _timezone_cache.clear()  # icalendar caches VTIMEZONEs by TZID across files
    return icalendar.Calendar.from_ical(data)


def describe(path, lo, hi):
    with open(path, "rb") as f:
        calendar = parse(f.read())
    by_file = Zones(calendar, True)
    by_name = Zones(calendar, False)
    events = []
    for event in calendar.walk("VEVENT"):
        event_readings = readings(event)
        events.append({
            "uid": str(event["UID"]),
            "summary": str(event.get("SUMMARY", "")),
            "description": str(event.get("DESCRIPTION", "")),
            "transp": str(event.get("TRANSP", "")),
            "instances": instances(event_readings, by_file, lo, hi),
            "named_instances": instances(event_readings, by_name, lo, hi),
        })
    print(json.dumps({"events": events}))


def iso(t):
    return datetime.datetime.fromtimestamp(t, UTC).strftime("%Y-%m-%dT%H:%MZ")


def span(pair):
    return iso(pair[0]) + "/" + iso(pair[1])


def check_stream(stream, out):
    checked = 0
    while True:
        header = stream.readline()
        if not header:
            break
        record = json.loads(header)
        data = stream.read(record["bytes"])
        label, lo, hi = record["label"], record["from"], record["to"]
        expected = {k: sorted(tuple(p) for p in v) for k, v in record["expected"].items()}
        checked += 1
        try:
            calendar = parse(data)
            events = [(category(str(e["UID"])), readings(e)) for e in calendar.walk("VEVENT")]
            for reader, by_file in (("icalendar+VTIMEZONE", True), ("icalendar+zoneinfo", False)):
                zones = Zones(calendar, by_file)
                got = {}
                for name, event_readings in events:
                    got.setdefault(name, []).extend(
                        tuple(p) for p in instances(event_readings, zones, lo, hi))
                for name in sorted(set(expected) | set(got)):
                    want, have = expected.get(name, []), sorted(got.get(name, []))
                    if want != have:
                        out.write(json.dumps({
                            "label": label, "reader": reader, "category": name,
                            "missing": [span(p) for p in want if p not in have],
                            "extra": [span(p) for p in have if p not in want],
                        }) + "\n")
        except Exception as error:  # one broken calendar must not hide the rest
            text = "%s: %s" % (type(error).__name__, error)
            out.write(json.dumps({"label": label, "error": text}) + "\n")
    out.write(json.dumps({"checked": checked}) + "\n")


def main():
    if sys.argv[1:] == ["--check"]:
        check_stream(sys.stdin.buffer, sys.stdout)
    else:
        describe(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))


if __name__ == "__main__":
    main()
