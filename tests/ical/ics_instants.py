#!/usr/bin/python3
"""Independent reading of an exported calendar: Python's icalendar parses it,
dateutil expands the RRULEs on wall-clock readings, zoneinfo turns them into
instants. Prints JSON: every event's UID, SUMMARY, DESCRIPTION, TRANSP and
its instances [start, end] in UTC seconds that intersect [FROM, TO).

Usage: ics_instants.py FILE FROM_EPOCH TO_EPOCH
"""
import datetime
import json
import sys
import zoneinfo

import icalendar
from dateutil import rrule

UTC = datetime.timezone.utc


def raw(prop):
    """(naive wall-clock reading, tzinfo) of a DTSTART-like property."""
    value = prop.dt
    tzid = prop.params.get("TZID")
    if tzid:
        return value.replace(tzinfo=None), zoneinfo.ZoneInfo(str(tzid))
    if value.tzinfo is not None:
        return value.astimezone(UTC).replace(tzinfo=None), UTC
    return value, None


def main():
    path, lo, hi = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    with open(path, "rb") as f:
        calendar = icalendar.Calendar.from_ical(f.read())
    events = []
    for event in calendar.walk("VEVENT"):
        start, zone = raw(event["DTSTART"])
        end, end_zone = raw(event["DTEND"])
        aware = lambda t, z: int(t.replace(tzinfo=z).timestamp())
        length = aware(end, end_zone) - aware(start, zone)
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
        instances = []
        for occurrence in occurrences:
            if occurrence in excluded:
                continue
            s = aware(occurrence, zone)
            e = s + length
            if s < hi and lo < e:
                instances.append([s, e])
        events.append({
            "uid": str(event["UID"]),
            "summary": str(event.get("SUMMARY", "")),
            "description": str(event.get("DESCRIPTION", "")),
            "transp": str(event.get("TRANSP", "")),
            "instances": instances,
        })
    print(json.dumps({"events": events}))


if __name__ == "__main__":
    main()
