#!/usr/bin/python3
"""Seeded randomized cross-check of sunrelay-cli against the Python model.

Each case is one seed: a random plan (1-4 regions of 1-4 members in odd and
ordinary zones, ranges past midnight and ending 24:00, touching ranges, time
off up to multi-week shutdowns, sometimes a whole region away), a window of
UTC dates placed over a DST change in 2024-2030, and one placed task.  The
engine's `schedule --json` and `route --json` are compared field by field
with sunrelay_model.py.  On a mismatch the seed is printed, the plan is
shrunk while the same field still differs, and the shrunk plan and its
first differing item are printed.

    crosscheck.py --cli build/test/app/cli/sunrelay-cli            # the ctest run
    SUNRELAY_CROSSCHECK_CASES=5000 crosscheck.py --cli ...          # more
    crosscheck.py --cli ... --seed 1234                             # replay one
"""

import argparse
import concurrent.futures
import datetime
import json
import os
import random
import subprocess
import sys
import tempfile
import time

try:
    import zoneinfo
    zoneinfo.ZoneInfo("Antarctica/Troll")
except Exception as error:  # a missing module or tz database fails the test, never skips it
    print(f"crosscheck: Python zoneinfo with the tz database is required: {error}", file=sys.stderr)
    sys.exit(1)

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import sunrelay_model as model  # noqa: E402

ODD_ZONES = ["Australia/Lord_Howe", "Asia/Kathmandu", "Pacific/Chatham", "Africa/Casablanca",
             "America/Santiago", "Pacific/Apia", "America/St_Johns", "Asia/Tehran", "Europe/Dublin",
             "Antarctica/Troll"]
ORDINARY_ZONES = ["Europe/Berlin", "America/New_York", "Australia/Sydney", "Asia/Kolkata",
                  "Australia/Adelaide", "America/Sao_Paulo"]
DAYS = model.WEEKDAY_KEYS
FIRST_DAY = datetime.date(2024, 1, 1)
LAST_DAY = datetime.date(2030, 12, 31)
# Wall-clock readings near which the zones above change their clocks.
DST_TIMES = ["00:00", "00:30", "01:00", "01:30", "02:00", "02:15", "02:30", "03:00", "03:30", "23:00",
             "23:30", "23:45"]
DEFAULT_CASES = 300


# --------------------------------------------------------------------------
# Random plans

_transitions = {}


def transition_days(zone_name):
    """Local... UTC dates in 2024-2030 on which the zone's offset changes."""
    if zone_name not in _transitions:
        zone = zoneinfo.ZoneInfo(zone_name)
        days, day = [], FIRST_DAY
        previous = None
        while day <= LAST_DAY:
            offset = datetime.datetime(day.year, day.month, day.day, tzinfo=datetime.timezone.utc) \
                .astimezone(zone).utcoffset()
            if previous is not None and offset != previous:
                days.append(day - model.ONE_DAY)
            previous = offset
            day += model.ONE_DAY
        _transitions[zone_name] = days
    return _transitions[zone_name]


def clock(minutes):
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def random_clock(rng, grid=15):
    if rng.random() < 0.3:
        return rng.choice(DST_TIMES)
    return clock(rng.randrange(0, 24 * 60, grid))


def random_days(rng):
    roll = rng.random()
    if roll < 0.45:
        return DAYS[:5]
    if roll < 0.55:
        return list(DAYS)
    return sorted(rng.sample(DAYS, rng.randint(1, 6)), key=DAYS.index)


def random_range(rng, days=None, start=None, hours=None):
    """One weekly range: ends past midnight, at 24:00, touching, or ordinary."""
    start = start or random_clock(rng)
    start_minutes = model.parse_clock(start, end_allowed=False)
    roll = rng.random()
    if roll < 0.12:
        end = "24:00"
    elif roll < 0.15:
        end = start  # end == start: a whole day, past midnight
        days = days or sorted(rng.sample(DAYS, rng.randint(1, 3)), key=DAYS.index)
    else:
        length = hours if hours is not None else rng.choice([15, 30, 60, 120, 180, 240, 300, 420, 480, 540, 600, 720])
        end = clock((start_minutes + length) % 1440)
    return {"days": list(days or random_days(rng)), "start": start, "end": end}


def random_pattern(rng, count, short=False):
    ranges = []
    for _ in range(count):
        if ranges and rng.random() < 0.3:
            # touching the previous range: a 3 h block followed directly by a 1 h one
            before = ranges[-1]
            start = before["end"] if before["end"] != "24:00" else "00:00"
            ranges.append(random_range(rng, days=before["days"], start=start,
                                       hours=rng.choice([30, 60, 120]) if short else None))
        else:
            ranges.append(random_range(rng, hours=rng.choice([15, 30, 45, 60]) if short else None))
    return ranges


def date_text(day):
    return day.isoformat()


def random_time_off(rng, window_first, window_last):
    entries = []
    for _ in range(rng.choice([0, 0, 1, 1, 2, 3])):
        if rng.random() < 0.35:
            length = rng.randint(14, 40)  # a multi-week shutdown
        else:
            length = rng.randint(1, 4)
        first = window_first + datetime.timedelta(days=rng.randint(-length - 3, (window_last - window_first).days + 3))
        entries.append({"from": date_text(first), "to": date_text(first + datetime.timedelta(days=length - 1))})
    return entries


def random_effort(rng):
    roll = rng.random()
    if roll < 0.15:
        # j/800 h for odd j is an exact x.5 s: half a second rounds up
        return round(rng.randint(1, 40) + rng.randrange(1, 800, 2) / 800, 5)
    if roll < 0.5:
        return rng.choice([0.02, 0.25, 0.5, 1, 2.5, 7.75, 8, 13, 24, 40, 80, 160])
    return round(rng.uniform(0.02, 120), 4)


# Longest stretch anyone may cover without a break.  A member who always
# works has coverage with no end, which no finite report can show; the
# engine computes with a margin of 14 days around a window, the model
# searches further, so stretches are kept well inside that margin.
LONGEST_STRETCH_DAYS = 7


def random_plan(seed):
    """A random plan and its report window (first, last UTC dates)."""
    rng = random.Random(seed)
    while True:
        plan, first, last = draw_plan(rng, seed)
        lo, hi = model.day_window(first, last)
        team = model.Team(json.loads(json.dumps(plan), parse_float=model.Decimal))
        unions = [team.anyone] + [u for kind in team.patterns.values() for u in kind]
        stretches = [iv for u in unions for iv in u.intersecting(lo - 20 * model.DAY, hi + 20 * model.DAY)]
        if all(e - s <= LONGEST_STRETCH_DAYS * model.DAY for s, e in stretches):
            return plan, first, last


def draw_plan(rng, seed):
    region_count = rng.randint(1, 4)
    regions = [{"id": f"r{i}", "name": f"Region {i}", "color": "#2f6fde"} for i in range(region_count)]
    zones = []
    for _ in range(region_count * 4):
        zones.append(rng.choice(ODD_ZONES if rng.random() < 0.6 else ORDINARY_ZONES))
    # The window: mostly over a DST change of a zone of the plan.
    changing = [z for z in zones if transition_days(z)]
    if changing and rng.random() < 0.8:
        anchor = rng.choice(transition_days(rng.choice(changing)))
    else:
        anchor = FIRST_DAY + datetime.timedelta(days=rng.randint(0, (LAST_DAY - FIRST_DAY).days))
    first = anchor - datetime.timedelta(days=rng.randint(0, 3))
    span = rng.choice([1, 1, 2, 3, 4, 5, 7, 8, 10]) if rng.random() < 0.95 else rng.randint(14, 35)
    last = first + datetime.timedelta(days=span - 1)

    # Sometimes a holiday season: everyone away for weeks, starting within a
    # few days of each other, so gap handoffs wait weeks for a receiver.
    season = None
    if rng.random() < 0.12:
        season = first + datetime.timedelta(days=rng.randint(-3, span))
    members = []
    for r, region in enumerate(regions):
        shutdown = None
        if rng.random() < 0.15:
            # the whole region away for weeks
            length = rng.randint(14, 35)
            start = first + datetime.timedelta(days=rng.randint(-length + 1, span))
            shutdown = {"from": date_text(start), "to": date_text(start + datetime.timedelta(days=length - 1))}
        for i in range(rng.randint(1, 4)):
            zone = zones[r * 4 + i]
            work = random_pattern(rng, rng.choice([1, 1, 1, 2, 2, 3]))
            deep = random_pattern(rng, rng.choice([0, 0, 1, 1, 2]))
            comms = random_pattern(rng, rng.choice([0, 1, 1, 2]), short=True)
            time_off = random_time_off(rng, first, last)
            if shutdown:
                time_off.append(dict(shutdown))
            if season:
                away = season + datetime.timedelta(days=rng.randint(-2, 2))
                time_off.append({"from": date_text(away),
                                 "to": date_text(away + datetime.timedelta(days=rng.randint(13, 30)))})
            members.append({"id": f"m{r}{i}", "name": f"Member {r}.{i}", "region": region["id"], "zone": zone,
                            "work": work, "deepWork": deep, "comms": comms, "timeOff": time_off})
    window_lo, window_hi = model.day_window(first, last)
    start = rng.randint(window_lo - model.DAY, window_hi)
    if rng.random() < 0.7:
        start -= start % 60
    task = {"id": "T-1", "title": "Random task", "effortHours": random_effort(rng), "priority": 1,
            "start": model.format_instant(start), "region": rng.choice(regions)["id"], "deadline": None,
            "notes": ""}
    tasks = [task]
    if rng.random() < 0.2:
        tasks.append({"id": "B-1", "title": "Backlog", "effortHours": 3, "priority": 2})
    policy = {"syncSlotMinutes": rng.choice([15, 15, 15, 5, 30, 60]), "deepWorkMinimumMinutes": 180,
              "gapLimitMinutes": 120}
    plan = {"sunrelayPlan": 1, "name": f"crosscheck seed {seed}", "policy": policy, "regions": regions,
            "members": members, "tasks": tasks}
    return plan, first, last


# --------------------------------------------------------------------------
# Engine vs model


class Case:
    def __init__(self, plan, first, last):
        self.plan = plan
        self.first = first
        self.last = last


def run_engine(cli, arguments):
    result = subprocess.run([cli] + arguments, capture_output=True, text=True, timeout=300)
    if result.returncode != 0:
        return None, f"exit {result.returncode}: {result.stderr.strip()[-2000:]}"
    try:
        return json.loads(result.stdout), None
    except json.JSONDecodeError as error:
        return None, f"not JSON ({error}): {result.stdout[:500]}"


def first_difference(engine, expected, path=""):
    """(path, engine value, model value) of the first difference, or None.
    List items are named with their index; the caller shows the whole item."""
    if isinstance(engine, dict) and isinstance(expected, dict):
        for key in list(expected) + [k for k in engine if k not in expected]:
            if key not in engine or key not in expected:
                return (f"{path}.{key}", engine.get(key, "<missing>"), expected.get(key, "<missing>"))
            found = first_difference(engine[key], expected[key], f"{path}.{key}")
            if found:
                return found
        return None
    if isinstance(engine, list) and isinstance(expected, list):
        for i, (a, b) in enumerate(zip(engine, expected)):
            found = first_difference(a, b, f"{path}[{i}]")
            if found:
                return found
        if len(engine) != len(expected):
            i = min(len(engine), len(expected))
            return (f"{path}[{i}]", engine[i] if i < len(engine) else "<none>",
                    expected[i] if i < len(expected) else "<none>")
        return None
    return None if engine == expected else (path, engine, expected)


def item_at(value, path):
    """What a reader wants to see of `path`: the innermost object holding it
    (a member, handoff, overlap, segment), else the first list item."""
    parts = path.replace("[", ".[").split(".")[1:]
    current, best = value, None
    for part in parts:
        try:
            current = current[int(part[1:-1])] if part.startswith("[") else current[part]
        except IndexError:
            return "<none>"
        except (KeyError, TypeError, ValueError):
            break
        if part.startswith("[") and (best is None or isinstance(current, dict)):
            best = current
    return best if best is not None else current


def compare(case, cli, workdir):
    """None if engine and model agree, else (path, engine item, model item)."""
    text = json.dumps(case.plan, indent=1)
    path = os.path.join(workdir, "plan.json")
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    plan = json.loads(text, parse_float=model.Decimal)

    engine, problem = run_engine(cli, ["schedule", path, "--from", case.first.isoformat(), "--to",
                                       case.last.isoformat(), "--json"])
    if problem:
        return ("schedule:engine", problem, None)
    expected = model.schedule_report_json(plan, case.first, case.last)
    found = first_difference(engine, expected, "schedule")
    if found:
        return (found[0], item_at(engine, found[0]), item_at(expected, found[0]))

    if any(t.get("start") for t in case.plan["tasks"]):
        engine, problem = run_engine(cli, ["route", path, "--json"])
        if problem:
            return ("route:engine", problem, None)
        expected = model.route_report_json(plan)
        found = first_difference(engine, expected, "route")
        if found:
            return (found[0], item_at(engine, found[0]), item_at(expected, found[0]))
    return None


def category(path):
    """What a shrink must keep differing: e.g. "schedule.handoffs" or "route.finish"."""
    parts = path.replace("[", ".[").split(".")
    named = [p for p in parts if p and not p.startswith("[")]
    return ".".join(named[:2]) if named[0] == "schedule" else ".".join(named[:2] + named[2:3])


# --------------------------------------------------------------------------
# Shrinking


def smaller_cases(case, keep_task):
    """Candidate cases, each one step smaller than `case`."""
    plan = case.plan

    def with_plan(change):
        copy = json.loads(json.dumps(plan))
        if change(copy) is False:
            return None
        return Case(copy, case.first, case.last)

    if not keep_task and plan["tasks"]:
        yield with_plan(lambda p: p.update(tasks=[]))
    for r in range(len(plan["regions"])):
        if len(plan["regions"]) == 1:
            break

        def drop_region(p, r=r):
            rid = p["regions"].pop(r)["id"]
            p["members"] = [m for m in p["members"] if m["region"] != rid]
            for t in p["tasks"]:
                if t.get("region") == rid:
                    t["region"] = p["regions"][0]["id"]
        yield with_plan(drop_region)
    for m in range(len(plan["members"])):
        yield with_plan(lambda p, m=m: p["members"].pop(m) and None)
    for m, member in enumerate(plan["members"]):
        for kind in ("timeOff", "comms", "deepWork", "work"):
            for i in range(len(member.get(kind, []))):
                yield with_plan(lambda p, m=m, kind=kind, i=i: p["members"][m][kind].pop(i) and None)
    for m, member in enumerate(plan["members"]):
        for kind in ("work", "deepWork", "comms"):
            for i, weekly in enumerate(member.get(kind, [])):
                for d in range(len(weekly["days"])):
                    if len(weekly["days"]) > 1:
                        yield with_plan(lambda p, m=m, kind=kind, i=i, d=d:
                                        p["members"][m][kind][i]["days"].pop(d) and None)
    if not keep_task and case.last > case.first:
        yield Case(plan, case.first + model.ONE_DAY, case.last)
        yield Case(plan, case.first, case.last - model.ONE_DAY)


def shrink(case, cli, workdir, wanted, budget_seconds=120):
    """The smallest case found, by greedy steps, in which `wanted` still differs."""
    keep_task = wanted.startswith("route")
    deadline = time.monotonic() + budget_seconds
    best, best_found = case, None
    progress = True
    while progress and time.monotonic() < deadline:
        progress = False
        for candidate in smaller_cases(best, keep_task):
            if candidate is None or time.monotonic() >= deadline:
                continue
            try:
                found = compare(candidate, cli, workdir)
            except Exception as error:  # the model may refuse a shrunk plan; not this step then
                found = None
                print(f"  (model failed on a shrink step: {error})")
            if found and category(found[0]) == wanted:
                best, best_found, progress = candidate, found, True
                break
    return best, best_found


# --------------------------------------------------------------------------


def check_seed(seed, cli):
    """(seed, None) or (seed, difference)."""
    plan, first, last = random_plan(seed)
    with tempfile.TemporaryDirectory(prefix="sunrelay-crosscheck-") as workdir:
        try:
            return seed, compare(Case(plan, first, last), cli, workdir)
        except Exception as error:
            return seed, ("model:exception", repr(error), None)


def shown(item, limit=1500):
    """An item as one line of JSON, a long route cut down to what differs most."""
    if isinstance(item, dict) and len(item.get("segments", [])) > 4:
        item = dict(item, segments=item["segments"][:2] + [f"... {len(item['segments']) - 3} more ..."]
                    + item["segments"][-1:])
    text = json.dumps(item)
    return text if len(text) <= limit else text[:limit] + " ..."


def report(seed, found, cli, shrink_seconds):
    path, engine_item, model_item = found
    print(f"MISMATCH seed {seed}: {path}\n  replay: {sys.argv[0]} --cli {cli} --seed {seed}")
    print(f"  engine: {shown(engine_item)}\n  model:  {shown(model_item)}")
    if ":" in path:
        return
    plan, first, last = random_plan(seed)
    with tempfile.TemporaryDirectory(prefix="sunrelay-crosscheck-") as workdir:
        case, shrunk = shrink(Case(plan, first, last), cli, workdir, category(path), shrink_seconds)
    if shrunk:
        path, engine_item, model_item = shrunk
    print(f"  shrunk plan (schedule --from {case.first} --to {case.last}; route without a window):")
    print("    " + json.dumps(case.plan, indent=None, separators=(",", ":")))
    print(f"  first differing item: {path}")
    print(f"    engine: {shown(engine_item)}\n    model:  {shown(model_item)}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cli", required=True, help="the sunrelay-cli to check")
    parser.add_argument("--cases", type=int,
                        default=int(os.environ.get("SUNRELAY_CROSSCHECK_CASES", DEFAULT_CASES)))
    parser.add_argument("--first-seed", type=int, default=int(os.environ.get("SUNRELAY_CROSSCHECK_SEED", 1)))
    parser.add_argument("--seed", type=int, help="replay this one seed")
    parser.add_argument("--jobs", type=int, default=int(os.environ.get("SUNRELAY_CROSSCHECK_JOBS", 2)))
    parser.add_argument("--max-reports", type=int, default=3, help="shrink and print at most this many")
    parser.add_argument("--shrink-seconds", type=int, default=40)
    parser.add_argument("--print-plan", action="store_true", help="print the seed's plan and window")
    args = parser.parse_args()
    if not os.access(args.cli, os.X_OK):
        print(f"crosscheck: {args.cli}: not an executable sunrelay-cli", file=sys.stderr)
        return 1
    seeds = [args.seed] if args.seed is not None else range(args.first_seed, args.first_seed + args.cases)
    if args.print_plan:
        for seed in seeds:
            plan, first, last = random_plan(seed)
            print(f"window {first}..{last}\n{json.dumps(plan, indent=1)}")
        return 0
    began = time.monotonic()
    failures = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        for seed, found in pool.map(lambda s: check_seed(s, args.cli), seeds):
            if found:
                failures.append((seed, found))
    for seed, found in failures[:args.max_reports]:
        report(seed, found, args.cli, args.shrink_seconds)
    for seed, found in failures[args.max_reports:]:
        print(f"MISMATCH seed {seed}: {found[0]}")
    print(f"crosscheck: {len(seeds)} cases, {len(failures)} mismatches, {time.monotonic() - began:.1f} s")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
