#!/usr/bin/python3
"""An independent model of Sunrelay's scheduling rules, in plain Python.

Written from DESIGN.md ("Concepts - exact meanings" and "Plan interchange
JSON"), not from the C++ engine, so that the two can be checked against each
other (tests/model/crosscheck.py) and so that the benchmark has an honest
"straightforward Python zoneinfo implementation of the same report" to
compare with.

    /usr/bin/python3 sunrelay_model.py schedule PLAN.json --from D1 --to D2 [--json]
    /usr/bin/python3 sunrelay_model.py route PLAN.json [--json]     (one placed task)

print the JSON that `sunrelay-cli schedule ... --json` and `sunrelay-cli
route ... --json` print.  Instants are whole seconds since the epoch (UTC);
intervals are half-open (start, end) pairs.  Local wall-clock readings are
turned into instants only by `local_to_instant`, which holds DESIGN.md's one
DST rule.

Run with PYTHONTZPATH=/usr/share/zoneinfo so zoneinfo reads the same tz
database as the engine.
"""

import argparse
import bisect
import datetime
import json
import sys
from decimal import ROUND_HALF_UP, Decimal
from zoneinfo import ZoneInfo

DAY = 86400
UTC = datetime.timezone.utc
WEEKDAY_KEYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]  # date.weekday() order
ONE_DAY = datetime.timedelta(days=1)

# How far a search for a coverage interval's true ends may grow before it
# gives up (only a region that covers without a break for years gets there).
MAX_SPAN_DAYS = 3 * 366
# After the last time-off date of anyone, a member with working hours works
# again within two weeks (each weekly range comes twice, and at most one of
# those can vanish in a DST gap), so a search that long after it is final.
QUIET_DAYS = 15
# The routing horizon: this many days after the latest placed start's UTC date.
ROUTE_HORIZON_DAYS = 366


# --------------------------------------------------------------------------
# Text <-> values


def parse_clock(text, end_allowed):
    """"HH:MM" -> minutes after midnight; "24:00" only as an end."""
    if len(text) != 5 or text[2] != ":" or not (text[:2] + text[3:]).isdigit():
        raise ValueError(f"{text!r} is not a time of day (HH:MM)")
    hours, minutes = int(text[:2]), int(text[3:])
    if end_allowed and hours == 24 and minutes == 0:
        return 24 * 60
    if hours > 23 or minutes > 59:
        raise ValueError(f"{text!r} is not a time of day (HH:MM)")
    return hours * 60 + minutes


def parse_date(text):
    return datetime.date.fromisoformat(text)


def parse_instant(text):
    """"2026-03-09T13:00:00Z" -> seconds since the epoch."""
    if not text.endswith("Z"):
        raise ValueError(f"{text!r} is not a UTC instant")
    moment = datetime.datetime.fromisoformat(text[:-1]).replace(tzinfo=UTC)
    return int(moment.timestamp())


def format_instant(seconds):
    return datetime.datetime.fromtimestamp(seconds, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def utc_midnight(day):
    return int(datetime.datetime(day.year, day.month, day.day, tzinfo=UTC).timestamp())


def utc_date(seconds):
    return datetime.datetime.fromtimestamp(seconds, UTC).date()


def effort_seconds(hours):
    """DESIGN: effort in whole seconds, hours x 3600, half a second rounding up."""
    exact = Decimal(str(hours)) * 3600
    return int(exact.quantize(Decimal(1), rounding=ROUND_HALF_UP))


# --------------------------------------------------------------------------
# Local time -> instant: the one DST rule


def local_to_instant(zone, day, minutes):
    """The instant of wall-clock `minutes` after midnight of local date `day`.

    fold=0 is exactly DESIGN.md's (and RFC 5545's) rule: a reading skipped by
    a spring-forward gap takes the offset in force before the gap (02:30 on
    US spring-forward day reads 03:30 EDT), a repeated reading is the first
    occurrence.  `minutes` may be 24:00 or more (the next day).
    """
    day = day + datetime.timedelta(days=minutes // 1440)
    minutes %= 1440
    moment = datetime.datetime(day.year, day.month, day.day, minutes // 60, minutes % 60,
                               tzinfo=zone, fold=0)
    return round(moment.timestamp())


# --------------------------------------------------------------------------
# Interval helpers (sorted lists of half-open (start, end) pairs)


def union(intervals):
    """Sorted union; overlapping or touching intervals merge."""
    merged = []
    for start, end in sorted(intervals):
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1][1] = end
        else:
            merged.append([start, end])
    return [(start, end) for start, end in merged]


def clip(intervals, lo, hi):
    return [(max(s, lo), min(e, hi)) for s, e in intervals if s < hi and e > lo]


def complement(intervals, lo, hi):
    """[lo, hi) minus a sorted union."""
    result, cursor = [], lo
    for start, end in intervals:
        if start > cursor:
            result.append((cursor, min(start, hi)))
        cursor = max(cursor, end)
        if cursor >= hi:
            break
    if cursor < hi:
        result.append((cursor, hi))
    return [(s, e) for s, e in result if s < e]


# --------------------------------------------------------------------------
# The plan


class WeeklyRange:
    def __init__(self, obj):
        self.days = {WEEKDAY_KEYS.index(key) for key in obj["days"]}
        self.start = parse_clock(obj["start"], end_allowed=False)
        self.end = parse_clock(obj["end"], end_allowed=True)

    def instance(self, zone, day):
        """The interval this range gives on local date `day`, or None.

        end <= start runs past midnight; 24:00 is the next midnight.  Both ends
        keep their wall-clock readings, so a DST night can make the interval
        an hour shorter or longer, or empty (02:15-03:00 on spring-forward
        night), and an empty one is no interval.
        """
        if day.weekday() not in self.days:
            return None
        end_minutes = self.end if self.end > self.start else self.end + 1440
        start = local_to_instant(zone, day, self.start)
        end = local_to_instant(zone, day, end_minutes)
        return (start, end) if end > start else None


class Member:
    def __init__(self, obj, region_index, order):
        self.id = obj["id"]
        self.region = region_index
        self.order = order
        self.zone_name = obj["zone"]
        self.zone = ZoneInfo(obj["zone"])
        self.patterns = {
            "work": [WeeklyRange(r) for r in obj["work"]],
            "deepWork": [WeeklyRange(r) for r in obj.get("deepWork", [])],
            "comms": [WeeklyRange(r) for r in obj.get("comms", [])],
        }
        self.time_off = [(parse_date(r["from"]), parse_date(r["to"])) for r in obj.get("timeOff", [])]
        self._work_cache = {}

    def is_off(self, day):
        return any(first <= day <= last for first, last in self.time_off)

    def instances(self, kind, day):
        """The raw intervals of one pattern on local date `day`.

        Time off removes whole intervals: an interval belongs to the local
        date on which it starts, i.e. the date its weekly range is on.
        """
        if kind == "work" and day in self._work_cache:
            return self._work_cache[day]
        found = ()
        if not self.is_off(day):
            found = tuple(i for i in (r.instance(self.zone, day) for r in self.patterns[kind]) if i)
        if kind == "work":
            self._work_cache[day] = found
        return found


class DatedUnion:
    """The sorted union of the intervals that `instances_on(day)` yields for
    every local date, expanded over a span of dates that grows on demand.

    Expanding dates first..last gives every interval of those dates; an
    interval of another date lies wholly before first+2d 00:00Z or after
    last 00:00Z (offsets are within -12 h..+14 h and a range lasts at most a
    day and an hour), so between those two instants the union is exact and a
    merged interval strictly inside them is a true one.
    """

    def __init__(self, instances_on):
        self.instances_on = instances_on
        self.first = None
        self.last = None
        self.intervals = []
        self.starts = []
        self.ends = []

    def _expand(self, first, last):
        if self.first is not None and first >= self.first and last <= self.last:
            return
        if self.first is not None:
            # Grow by at least the current span so repeated growth stays cheap.
            span = self.last - self.first + ONE_DAY
            first = self.first if first >= self.first else min(first, self.first - span)
            last = self.last if last <= self.last else max(last, self.last + span)
        self.first, self.last = first, last
        raw = []
        day = first
        while day <= last:
            raw.extend(self.instances_on(day))
            day += ONE_DAY
        self.intervals = union(raw)
        self.starts = [s for s, _ in self.intervals]
        self.ends = [e for _, e in self.intervals]

    def _exact_lo(self):
        return utc_midnight(self.first) + 2 * DAY

    def _exact_hi(self):
        return utc_midnight(self.last)

    def _make_exact(self, lo, hi):
        self._expand(utc_date(lo) - 3 * ONE_DAY, utc_date(hi) + 2 * ONE_DAY)

    def _too_wide(self):
        return (self.last - self.first).days > MAX_SPAN_DAYS

    def intersecting(self, lo, hi):
        """The whole (unclipped) intervals with end >= lo and start <= hi."""
        while True:
            self._make_exact(lo, hi)
            i = bisect.bisect_left(self.ends, lo)
            j = bisect.bisect_right(self.starts, hi)
            found = self.intervals[i:j]
            if not found or self._too_wide():
                return found
            if found[0][0] <= self._exact_lo():
                lo = found[0][0] - DAY
            elif found[-1][1] >= self._exact_hi():
                hi = found[-1][1] + DAY
            else:
                return found

    def containing(self, t):
        """The interval with start <= t < end, or None."""
        for start, end in self.intersecting(t, t):
            if start <= t < end:
                return (start, end)
        return None

    def next_start_after(self, t, limit):
        """The first interval start s with t < s <= limit, or None."""
        reach = t + 30 * DAY
        while True:
            hi = min(reach, limit)
            self._make_exact(t, hi)
            j = bisect.bisect_right(self.starts, t)
            if j < len(self.starts) and self.starts[j] <= hi:
                return self.starts[j]
            if hi >= limit:
                return None
            reach = t + 2 * (reach - t)


class Handoff:
    def __init__(self, sender, receiver, at, pickup, kind, overlap, wait, sync_slot):
        self.sender = sender
        self.receiver = receiver
        self.at = at
        self.pickup = pickup
        self.kind = kind
        self.overlap = overlap
        self.wait = wait
        self.sync_slot = sync_slot


class Team:
    """A plan's regions and members, with their coverage computed lazily."""

    def __init__(self, plan):
        self.plan = plan
        policy = plan.get("policy", {})
        self.sync_slot_seconds = 60 * policy.get("syncSlotMinutes", 15)
        self.region_ids = [r["id"] for r in plan["regions"]]
        index = {rid: i for i, rid in enumerate(self.region_ids)}
        self.members = [Member(m, index[m["region"]], i) for i, m in enumerate(plan["members"])]
        self.region_members = [[m for m in self.members if m.region == r]
                               for r in range(len(self.region_ids))]
        self.patterns = {
            kind: [DatedUnion(lambda day, m=m, kind=kind: m.instances(kind, day)) for m in self.members]
            for kind in ("work", "deepWork", "comms")
        }
        self.coverage = [
            DatedUnion(lambda day, ms=ms: [i for m in ms for i in m.instances("work", day)])
            for ms in self.region_members
        ]
        self.anyone = DatedUnion(lambda day: [i for m in self.members for i in m.instances("work", day)])
        last_off = max((last for m in self.members for _, last in m.time_off), default=None)
        self.quiet_from = utc_midnight(last_off + 2 * ONE_DAY) if last_off else 0

    def search_limit(self, t):
        """Past this nobody who has not worked again by then ever will."""
        return max(self.quiet_from, t) + QUIET_DAYS * DAY

    # -- handoffs ---------------------------------------------------------

    def handoff_at_end_of(self, sender, interval):
        """The handoff at the end e of `interval`, one of `sender`'s coverage
        intervals, or None (the sender resumes, or nobody covers again)."""
        start, e = interval
        covering = []
        for r in range(len(self.region_ids)):
            if r == sender:
                continue
            other = self.coverage[r].containing(e)
            if other:
                # Time both covered before e within the sender's interval.
                together_from = max(start, other[0])
                covering.append((e - together_from, other[1], -r, r, together_from))
        if covering:
            overlap, _, _, receiver, together_from = max(covering)
            slot = self.sync_slot(sender, receiver, together_from, e) if overlap > 0 else None
            return Handoff(sender, receiver, e, e, "overlap", overlap, 0, slot)
        limit = self.search_limit(e)
        first = None
        for r in range(len(self.region_ids)):
            resume = self.coverage[r].next_start_after(e, limit)
            if resume is not None and (first is None or resume < first[0]):
                first = (resume, r)
        if first is None or first[1] == sender:
            return None
        pickup, receiver = first
        return Handoff(sender, receiver, e, pickup, "gap", 0, pickup - e, None)

    def sync_slot(self, sender, receiver, lo, hi):
        """The earliest window of the policy length inside [lo, hi) during which
        a member of each side works throughout, touching no deep-work block of
        any member of either side working then; windows inside a comms window
        of both sides come first.  None if there is no such window."""
        length = self.sync_slot_seconds
        if hi - lo < length:
            return None
        sides = [self.region_members[sender], self.region_members[receiver]]
        lists = {}
        for side in sides:
            for m in side:
                lists[m.order] = {kind: self.patterns[kind][m.order].intersecting(lo, hi)
                                  for kind in ("work", "deepWork", "comms")}
        # Feasible starts form closed-left intervals whose left ends are the
        # overlap's start or an end or start of some member's interval.
        candidates = {lo}
        for member in lists.values():
            for s, e in member["work"]:
                candidates.update((s, e))
            candidates.update(e for _, e in member["deepWork"])
            candidates.update(s for s, _ in member["comms"])
        candidates = sorted(t for t in candidates if lo <= t <= hi - length)

        def works_throughout(m, t):
            return any(s <= t and t + length <= e for s, e in lists[m.order]["work"])

        def works_during(m, t):
            return any(s < t + length and e > t for s, e in lists[m.order]["work"])

        def deep_during(m, t):
            return any(s < t + length and e > t for s, e in lists[m.order]["deepWork"])

        def comms_throughout(m, t):
            return any(s <= t and t + length <= e for s, e in lists[m.order]["comms"])

        def fits(t):
            if not all(any(works_throughout(m, t) for m in side) for side in sides):
                return False
            return not any(works_during(m, t) and deep_during(m, t) for side in sides for m in side)

        earliest = None
        for t in candidates:
            if not fits(t):
                continue
            # DESIGN: "inside a comms window of both sides": of any member of
            # each side, whether or not that member works in the overlap.
            if all(any(comms_throughout(m, t) for m in side) for side in sides):
                return (t, t + length)
            if earliest is None:
                earliest = (t, t + length)
        return earliest

    # -- the schedule report ---------------------------------------------

    def schedule(self, lo, hi):
        """The report of `sunrelay-cli schedule --json` for instants [lo, hi)."""
        members = []
        for m in self.members:
            entry = {"id": m.id, "region": self.region_ids[m.region], "zone": m.zone_name}
            for kind in ("work", "deepWork", "comms"):
                entry[kind] = [iv for iv in self.patterns[kind][m.order].intersecting(lo, hi)
                               if iv[1] > lo and iv[0] < hi]
            members.append(entry)
        coverage = [clip(self.coverage[r].intersecting(lo, hi), lo, hi)
                    for r in range(len(self.region_ids))]
        gaps = complement(union([iv for c in coverage for iv in c]), lo, hi)
        handoffs = []
        for r in range(len(self.region_ids)):
            for interval in self.coverage[r].intersecting(lo, hi):
                if lo <= interval[1] < hi:
                    handoff = self.handoff_at_end_of(r, interval)
                    if handoff:
                        handoffs.append(handoff)
        handoffs.sort(key=lambda h: (h.at, h.sender))
        return {"range": (lo, hi), "members": members, "coverage": coverage, "gaps": gaps,
                "overlaps": overlaps(coverage, lo, hi), "handoffs": handoffs}

    # -- routing one task --------------------------------------------------

    def route_single(self, task):
        """The route of the plan's only placed task (no other task competes)."""
        start = parse_instant(task["start"])
        home = self.region_ids.index(task["region"])
        effort = effort_seconds(task["effortHours"])
        horizon = utc_midnight(utc_date(start)) + ROUTE_HORIZON_DAYS * DAY
        # "start" is when work begins: the first pickup, where the starting
        # region first covers the task's earliest start or after it.
        result = {"id": task["id"], "start": None, "finish": None, "singleRegionFinish": None,
                  "segments": [], "handoffs": []}
        pickup = start if self.coverage[home].containing(start) else \
            self.coverage[home].next_start_after(start, horizon)
        if pickup is None or pickup >= horizon:
            return result
        result["start"] = pickup
        result["finish"] = accrue(self.anyone, pickup, effort, horizon)
        result["singleRegionFinish"] = accrue(self.coverage[home], pickup, effort, horizon)
        self._follow(home, pickup, effort, horizon, result)
        return result

    def _follow(self, region, t, remaining, horizon, result):
        """Segments and handoffs: worked by the region's member whose work runs
        longest from now (ties: member order) until they stop, passed on at
        each of the current region's handoffs."""
        while True:
            interval = self.coverage[region].containing(t)
            while t < interval[1] and remaining > 0 and t < horizon:
                runs = []
                for m in self.region_members[region]:
                    own = self.patterns["work"][m.order].containing(t)
                    if own:
                        runs.append((own[1], -m.order, m))
                until, _, member = max(runs)
                end = min(until, t + remaining, horizon)
                result["segments"].append({"region": region, "member": member.id, "start": t, "end": end})
                remaining -= end - t
                t = end
            if remaining == 0 or t >= horizon:
                return
            handoff = self.handoff_at_end_of(region, interval)
            if handoff is None:
                t = self.coverage[region].next_start_after(t, self.search_limit(t))
            else:
                result["handoffs"].append({"from": region, "to": handoff.receiver, "at": handoff.at})
                region, t = handoff.receiver, handoff.pickup
            if t is None or t >= horizon:
                return


def accrue(union_of, frm, effort, horizon):
    """When `effort` seconds of `union_of`'s time from `frm` on are used up,
    or None if not by `horizon`."""
    cursor = frm
    while cursor < horizon:
        reach = min(horizon, cursor + 60 * DAY)
        for start, end in union_of.intersecting(cursor, reach):
            start, end = max(start, cursor), min(end, horizon)
            if end <= start:
                continue
            if effort <= end - start:
                return start + effort
            effort -= end - start
            cursor = end
        cursor = max(cursor, reach)
    return None


def overlaps(coverage, lo, hi):
    """Maximal intervals in [lo, hi) covered by the same set of >= 2 regions."""
    points = {lo, hi}
    for intervals in coverage:
        for s, e in intervals:
            points.update((s, e))
    points = sorted(points)
    starts = [[s for s, _ in intervals] for intervals in coverage]
    result = []
    for a, b in zip(points, points[1:]):
        covering = []
        for r, intervals in enumerate(coverage):
            i = bisect.bisect_right(starts[r], a) - 1
            if i >= 0 and intervals[i][1] > a:
                covering.append(r)
        if len(covering) < 2:
            continue
        if result and result[-1][0] == covering and result[-1][2] == a:
            result[-1][2] = b
        else:
            result.append([covering, a, b])
    return [(regions, (a, b)) for regions, a, b in result]


# --------------------------------------------------------------------------
# JSON, as sunrelay-cli prints it


def interval_json(interval):
    return [format_instant(interval[0]), format_instant(interval[1])]


def schedule_json(team, report):
    ids = team.region_ids
    return {
        "range": {"from": format_instant(report["range"][0]), "to": format_instant(report["range"][1])},
        "members": [{"id": m["id"], "region": m["region"], "zone": m["zone"],
                     "work": [interval_json(i) for i in m["work"]],
                     "deepWork": [interval_json(i) for i in m["deepWork"]],
                     "comms": [interval_json(i) for i in m["comms"]]} for m in report["members"]],
        "regions": [{"id": ids[r], "coverage": [interval_json(i) for i in c]}
                    for r, c in enumerate(report["coverage"])],
        "gaps": [interval_json(i) for i in report["gaps"]],
        "overlaps": [{"regions": [ids[r] for r in regions], "interval": interval_json(iv)}
                     for regions, iv in report["overlaps"]],
        "handoffs": [{"from": ids[h.sender], "to": ids[h.receiver], "at": format_instant(h.at),
                      "pickup": format_instant(h.pickup), "kind": h.kind,
                      "overlapMinutes": h.overlap // 60, "waitMinutes": h.wait // 60,
                      "syncSlot": interval_json(h.sync_slot) if h.sync_slot else None}
                     for h in report["handoffs"]],
    }


def route_json(team, route):
    ids = team.region_ids
    instant = lambda t: None if t is None else format_instant(t)  # noqa: E731
    return {
        "id": route["id"], "start": instant(route["start"]), "finish": instant(route["finish"]),
        "singleRegionFinish": instant(route["singleRegionFinish"]),
        "segments": [{"region": ids[s["region"]], "member": s["member"], "start": instant(s["start"]),
                      "end": instant(s["end"])} for s in route["segments"]],
        "handoffs": [{"from": ids[h["from"]], "to": ids[h["to"]], "at": instant(h["at"])}
                     for h in route["handoffs"]],
    }


def day_window(first, last):
    return utc_midnight(first), utc_midnight(last + ONE_DAY)


def load_plan(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f, parse_float=Decimal)


def schedule_report_json(plan, first, last):
    team = Team(plan)
    return schedule_json(team, team.schedule(*day_window(first, last)))


def route_report_json(plan):
    placed = [t for t in plan.get("tasks", []) if t.get("start") and t.get("region")]
    if len(placed) > 1:
        raise ValueError("the model routes plans with at most one placed task")
    team = Team(plan)
    return [route_json(team, team.route_single(t)) for t in placed]


def write_json(value, out):
    """In the layout of nlohmann::json::dump(2), written in pieces of some
    thousand tokens (a year of a big team is tens of megabytes)."""
    pieces = []
    for piece in json.JSONEncoder(indent=2, ensure_ascii=False).iterencode(value):
        pieces.append(piece)
        if len(pieces) >= 8192:
            out.write("".join(pieces))
            pieces.clear()
    pieces.append("\n")
    out.write("".join(pieces))


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    schedule = sub.add_parser("schedule")
    schedule.add_argument("plan")
    schedule.add_argument("--from", dest="first", required=True, type=parse_date)
    schedule.add_argument("--to", dest="last", required=True, type=parse_date)
    schedule.add_argument("--json", action="store_true", help="accepted; the output is always JSON")
    route = sub.add_parser("route")
    route.add_argument("plan")
    route.add_argument("--json", action="store_true", help="accepted; the output is always JSON")
    args = parser.parse_args(argv)
    plan = load_plan(args.plan)
    if args.command == "schedule":
        write_json(schedule_report_json(plan, args.first, args.last), sys.stdout)
    else:
        write_json(route_report_json(plan), sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
