#!/usr/bin/python3
"""Hand-worked checks of the Python model itself (sunrelay_model.py).

The cross-check trusts the model only as far as these values, each worked
out by hand from the tz rules and DESIGN.md (not from either program's
output).  Exits 1 and names the check on any difference.
"""

import datetime
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import sunrelay_model as model  # noqa: E402
from zoneinfo import ZoneInfo  # noqa: E402

failures = []


def check(name, actual, expected):
    if actual != expected:
        failures.append(name)
        print(f"FAIL {name}\n  expected {expected!r}\n  got      {actual!r}")
    else:
        print(f"ok   {name}")


def z(text):
    return model.parse_instant(text)


def local(zone, day, hhmm):
    h, m = map(int, hhmm.split(":"))
    return model.format_instant(model.local_to_instant(ZoneInfo(zone), datetime.date.fromisoformat(day), h * 60 + m))


def member(mid, region, zone, work, deep=(), comms=(), off=()):
    def ranges(spec):
        return [{"days": days.split(","), "start": s, "end": e} for days, s, e in spec]
    return {"id": mid, "name": mid, "region": region, "zone": zone, "work": ranges(work),
            "deepWork": ranges(deep), "comms": ranges(comms),
            "timeOff": [{"from": f, "to": t} for f, t in off]}


def plan(regions, members, tasks=()):
    return {"sunrelayPlan": 1, "name": "selftest",
            "regions": [{"id": r, "name": r, "color": "#000000"} for r in regions],
            "members": members, "tasks": list(tasks)}


def schedule(p, first, last=None):
    last = last or first
    return model.schedule_report_json(p, datetime.date.fromisoformat(first), datetime.date.fromisoformat(last))


WEEKDAYS = "mon,tue,wed,thu,fri"
ALL_DAYS = "mon,tue,wed,thu,fri,sat,sun"

# --- The DST rule -----------------------------------------------------------
# New York springs forward 2026-03-08 02:00 EST -> 03:00 EDT: 02:30 is read
# with the offset before the gap (-5), i.e. 03:30 EDT = 07:30Z.
check("New York 02:30 on spring-forward day", local("America/New_York", "2026-03-08", "02:30"),
      "2026-03-08T07:30:00Z")
# Falls back 2026-11-01 02:00 EDT -> 01:00 EST: 01:30 first occurs in EDT (-4).
check("New York 01:30 on fall-back day, first occurrence", local("America/New_York", "2026-11-01", "01:30"),
      "2026-11-01T05:30:00Z")
# Lord Howe: +10:30 standard, +11 summer, 30-minute steps at 02:00 local.
# 2026-10-04 02:00 -> 02:30: 02:15 is skipped, read at +10:30 -> 15:45Z the day before.
check("Lord_Howe 02:15 skipped", local("Australia/Lord_Howe", "2026-10-04", "02:15"), "2026-10-03T15:45:00Z")
# 2026-04-05 02:00 -> 01:30: 01:45 repeats, first at +11 -> 14:45Z the day before.
check("Lord_Howe 01:45 repeated", local("Australia/Lord_Howe", "2026-04-05", "01:45"), "2026-04-04T14:45:00Z")
# Europe/Dublin (negative DST in the tz source: IST +1 is "standard"):
# 2026-03-29 01:00 GMT -> 02:00 IST, 01:30 skipped, read at +0.
check("Dublin 01:30 skipped", local("Europe/Dublin", "2026-03-29", "01:30"), "2026-03-29T01:30:00Z")
# 2026-10-25 02:00 IST -> 01:00 GMT: 01:30 first occurs at +1.
check("Dublin 01:30 repeated", local("Europe/Dublin", "2026-10-25", "01:30"), "2026-10-25T00:30:00Z")
# Antarctica/Troll jumps +00 -> +02 at 2026-03-29 01:00: 02:00 is skipped, read at +00.
check("Troll 02:00 skipped (2-hour step)", local("Antarctica/Troll", "2026-03-29", "02:00"), "2026-03-29T02:00:00Z")
check("Kathmandu +05:45", local("Asia/Kathmandu", "2026-06-01", "09:00"), "2026-06-01T03:15:00Z")
check("Chatham +13:45 in southern summer", local("Pacific/Chatham", "2026-01-15", "09:00"), "2026-01-14T19:15:00Z")

# --- Expansion ----------------------------------------------------------------
lh = plan(["apac"], [member("lh", "apac", "Australia/Lord_Howe", [("sun", "01:00", "03:00")])])
# 2026-10-04: 01:00 at +10:30 = 14:30Z; 03:00 at +11 = 16:00Z: 1.5 h.
check("Lord_Howe range over the 30-minute spring gap", schedule(lh, "2026-10-03")["members"][0]["work"],
      [["2026-10-03T14:30:00Z", "2026-10-03T16:00:00Z"]])
# 2026-04-05: 01:00 first occurrence at +11 = 14:00Z; 03:00 at +10:30 = 16:30Z: 2.5 h.
check("Lord_Howe range over the 30-minute fall-back", schedule(lh, "2026-04-04")["members"][0]["work"],
      [["2026-04-04T14:00:00Z", "2026-04-04T16:30:00Z"]])
night = plan(["apac"], [member("ravi", "apac", "Asia/Kolkata", [("mon", "22:00", "06:00")])])
# Monday 2026-03-09 22:00 IST (+5:30) = 16:30Z, to Tuesday 06:00 IST = 00:30Z.
check("a day that crosses midnight", schedule(night, "2026-03-09")["members"][0]["work"],
      [["2026-03-09T16:30:00Z", "2026-03-10T00:30:00Z"]])
evening = plan(["apac"], [member("k", "apac", "Asia/Kathmandu", [("fri", "18:00", "24:00")])])
check("24:00 ends at the next midnight", schedule(evening, "2026-03-13")["members"][0]["work"],
      [["2026-03-13T12:15:00Z", "2026-03-13T18:15:00Z"]])
touching = plan(["emea"], [member("a", "emea", "Europe/Berlin",
                                   [("tue", "09:00", "12:00"), ("tue", "12:00", "13:00")])])
check("touching ranges merge", schedule(touching, "2026-03-10")["members"][0]["work"],
      [["2026-03-10T08:00:00Z", "2026-03-10T12:00:00Z"]])
# A night shift starting on a day off is off; the one starting the day before is not.
nights = plan(["apac"], [member("n", "apac", "Etc/UTC", [(ALL_DAYS, "22:00", "06:00")],
                                off=[("2026-03-10", "2026-03-10")])])
check("time off removes intervals starting on that local date",
      schedule(nights, "2026-03-10")["members"][0]["work"],
      [["2026-03-09T22:00:00Z", "2026-03-10T06:00:00Z"]])

# --- The Christmas shutdown (issue 9) ------------------------------------------
christmas = plan(["emea", "amer"], [
    member("anna", "emea", "Europe/Berlin", [(WEEKDAYS, "09:00", "17:00")], off=[("2026-12-19", "2027-01-11")]),
    member("bob", "amer", "America/New_York", [(WEEKDAYS, "09:00", "17:00")], off=[("2026-12-18", "2027-01-04")]),
], [{"id": "T-1", "title": "t", "effortHours": 10, "priority": 1, "start": "2026-12-18T08:00:00Z",
     "region": "emea"}])
report = schedule(christmas, "2026-12-18")
# Friday 2026-12-18: Berlin 09-17 CET = 08:00-16:00Z; New York is off; the next
# coverage anywhere is New York's Tuesday 2027-01-05 09:00 EST = 14:00Z (Berlin
# is back 2027-01-12).  16:00Z Dec 18 -> 14:00Z Jan 5 = 17 d 22 h = 25,800 min.
check("Christmas: EMEA hands to AMER after the shutdown", report["handoffs"], [{
    "from": "emea", "to": "amer", "at": "2026-12-18T16:00:00Z", "pickup": "2027-01-05T14:00:00Z",
    "kind": "gap", "overlapMinutes": 0, "waitMinutes": 25800, "syncSlot": None}])
check("Christmas: the gaps", report["gaps"],
      [["2026-12-18T00:00:00Z", "2026-12-18T08:00:00Z"], ["2026-12-18T16:00:00Z", "2026-12-19T00:00:00Z"]])
route = model.route_report_json(christmas)[0]
# 10 h: 8 h in Berlin on Dec 18, the last 2 h in New York from 14:00Z on Jan 5.
check("Christmas route: finish", route["finish"], "2027-01-05T16:00:00Z")
# Alone in EMEA: the last 2 h from Berlin's 2027-01-12 09:00 CET = 08:00Z.
check("Christmas route: single-region finish", route["singleRegionFinish"], "2027-01-12T10:00:00Z")
check("Christmas route: segments", route["segments"], [
    {"region": "emea", "member": "anna", "start": "2026-12-18T08:00:00Z", "end": "2026-12-18T16:00:00Z"},
    {"region": "amer", "member": "bob", "start": "2027-01-05T14:00:00Z", "end": "2027-01-05T16:00:00Z"}])
check("Christmas route: handoffs", route["handoffs"],
      [{"from": "emea", "to": "amer", "at": "2026-12-18T16:00:00Z"}])

# --- The receiver rule ------------------------------------------------------------
# a works 00-09Z, b 06-14Z, c 09-17Z.  At 09:00 b has worked alongside a for
# 3 h, c starts exactly at 09:00 (0 overlap): b receives, though c runs longer.
def three(b_hours, c_hours):
    return plan(["a", "b", "c"], [member("ma", "a", "Etc/UTC", [(ALL_DAYS, "00:00", "09:00")]),
                                  member("mb", "b", "Etc/UTC", [(ALL_DAYS,) + b_hours]),
                                  member("mc", "c", "Etc/UTC", [(ALL_DAYS,) + c_hours])])


first = schedule(three(("06:00", "14:00"), ("09:00", "17:00")), "2026-05-05")["handoffs"][0]
check("receiver: largest overlap first", (first["from"], first["to"], first["at"], first["overlapMinutes"]),
      ("a", "b", "2026-05-05T09:00:00Z", 180))
first = schedule(three(("06:00", "10:00"), ("06:00", "14:00")), "2026-05-05")["handoffs"][0]
check("receiver: equal overlap, longest run past e", (first["to"], first["overlapMinutes"]), ("c", 180))
first = schedule(three(("06:00", "14:00"), ("06:00", "14:00")), "2026-05-05")["handoffs"][0]
check("receiver: all equal, region order", first["to"], "b")
zero = schedule(three(("09:00", "14:00"), ("10:00", "17:00")), "2026-05-05")["handoffs"][0]
check("receiver: an interval starting exactly at e counts, with 0 overlap and no sync slot",
      (zero["to"], zero["kind"], zero["overlapMinutes"], zero["pickup"], zero["syncSlot"]),
      ("b", "overlap", 0, "2026-05-05T09:00:00Z", None))
# Gap: a ends 09:00, b and c both start at 11:00 -> region order picks b, wait 120.
gap = schedule(three(("11:00", "14:00"), ("11:00", "17:00")), "2026-05-05")["handoffs"][0]
check("gap handoff: first to start, ties in region order",
      (gap["to"], gap["kind"], gap["pickup"], gap["waitMinutes"]), ("b", "gap", "2026-05-05T11:00:00Z", 120))
# c's 17:00 end: nobody until a at 00:00 the next day -> c to a, 420 min.
last = schedule(three(("11:00", "14:00"), ("11:00", "17:00")), "2026-05-05")["handoffs"][-1]
check("gap handoff: c to a overnight", (last["from"], last["to"], last["waitMinutes"]), ("c", "a", 420))
# a sender that starts again first resumes: no handoff.
resume = plan(["a", "b"], [member("ma", "a", "Etc/UTC", [(ALL_DAYS, "08:00", "12:00"), (ALL_DAYS, "13:00", "17:00")]),
                           member("mb", "b", "Etc/UTC", [(ALL_DAYS, "14:00", "18:00")])])
check("gap handoff to the sender itself is none",
      [(h["from"], h["at"]) for h in schedule(resume, "2026-05-05")["handoffs"]],
      [("a", "2026-05-05T17:00:00Z"), ("b", "2026-05-05T18:00:00Z")])

# --- Sync slots ------------------------------------------------------------------
# a works 00-09Z with deep work 06-07Z; b works 06-14Z.  Overlap 06-09Z.  With
# no comms the earliest 15 min clear of a's deep work is 07:00-07:15.
def sync(comms_a=(), comms_b=()):
    return plan(["a", "b"], [
        member("ma", "a", "Etc/UTC", [(ALL_DAYS, "00:00", "09:00")], deep=[(ALL_DAYS, "06:00", "07:00")],
               comms=comms_a),
        member("mb", "b", "Etc/UTC", [(ALL_DAYS, "06:00", "14:00")], comms=comms_b)])


check("sync slot: earliest clear of deep work", schedule(sync(), "2026-05-05")["handoffs"][0]["syncSlot"],
      ["2026-05-05T07:00:00Z", "2026-05-05T07:15:00Z"])
both = sync([(ALL_DAYS, "08:00", "09:00")], [(ALL_DAYS, "08:20", "08:40")])
check("sync slot: inside both sides' comms windows first",
      schedule(both, "2026-05-05")["handoffs"][0]["syncSlot"], ["2026-05-05T08:20:00Z", "2026-05-05T08:35:00Z"])
one = sync([(ALL_DAYS, "08:00", "09:00")])
check("sync slot: one side's comms window is not preferred",
      schedule(one, "2026-05-05")["handoffs"][0]["syncSlot"], ["2026-05-05T07:00:00Z", "2026-05-05T07:15:00Z"])

# DESIGN: "inside a comms window of both sides": b's second member, who does
# not work at all, keeps a comms window 08:40-09:00; a's is 08:00-09:00.
idle = sync([(ALL_DAYS, "08:00", "09:00")])
idle["members"].append(member("idle", "b", "Etc/UTC", [], comms=[(ALL_DAYS, "08:40", "09:00")]))
check("sync slot: any member's comms window makes a side's",
      schedule(idle, "2026-05-05")["handoffs"][0]["syncSlot"], ["2026-05-05T08:40:00Z", "2026-05-05T08:55:00Z"])

# --- Overlaps -----------------------------------------------------------------
check("overlaps: maximal, same set, region order", schedule(three(("06:00", "14:00"), ("09:00", "17:00")),
                                                           "2026-05-05")["overlaps"],
      [{"regions": ["a", "b"], "interval": ["2026-05-05T06:00:00Z", "2026-05-05T09:00:00Z"]},
       {"regions": ["b", "c"], "interval": ["2026-05-05T09:00:00Z", "2026-05-05T14:00:00Z"]}])

# --- Effort ------------------------------------------------------------------------
check("effort: 2.5 h", model.effort_seconds("2.5"), 9000)
# 1.00125 h = 3604.5 s exactly: half a second rounds up.
check("effort: half a second rounds up", model.effort_seconds("1.00125"), 3605)
check("effort: 0.0167 h = 60.12 s", model.effort_seconds("0.0167"), 60)

# --- The routing horizon --------------------------------------------------------------
# Nobody in emea works for 400 days after the start: not picked up by the
# horizon (366 days after the start's UTC date), so no finish at all.
away = plan(["emea"], [member("anna", "emea", "Europe/Berlin", [(WEEKDAYS, "09:00", "17:00")],
                              off=[("2026-03-01", "2027-04-04")])],
            [{"id": "T", "title": "t", "effortHours": 1, "priority": 1, "start": "2026-03-02T00:00:00Z",
              "region": "emea"}])
check("route: nothing by the horizon", model.route_report_json(away)[0]["finish"], None)

if failures:
    print(f"{len(failures)} model self-check(s) failed: {', '.join(failures)}")
    sys.exit(1)
print("all model self-checks passed")
