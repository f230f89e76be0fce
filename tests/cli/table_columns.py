#!/usr/bin/python3
"""sunrelay-cli's text tables line up on a terminal in Japanese.

Runs `sunrelay-cli schedule` on the demo plan under LANG=ja_JP.UTF-8 (the
Japanese catalogue: headers such as 送り元 → 送り先) with APAC renamed
アジア太平洋 (wide characters in the rows too), and under C.UTF-8. In every
table, every cell must start at a terminal column where a cell of the first
row starts. Columns are counted here with Python's unicodedata: East Asian
Width W and F take two columns, combining marks none.

    table_columns.py --cli PATH/sunrelay-cli --plan PATH/demo-plan.json
"""

import argparse
import os
import re
import subprocess
import sys
import tempfile
import unicodedata

CELL_GAP = re.compile(r" {2,}")


def columns(text):
    """Terminal columns `text` takes."""
    width = 0
    for c in text:
        if unicodedata.category(c) in ("Mn", "Me", "Cf"):
            continue
        width += 2 if unicodedata.east_asian_width(c) in ("W", "F") else 1
    return width


def cell_starts(line):
    """Terminal columns where the cells of an indented table line start."""
    starts = []
    position = 0
    for cell in CELL_GAP.split(line.strip(" ")):
        position = line.index(cell, position)
        starts.append(columns(line[:position]))
        position += len(cell)
    return starts


def tables(output):
    """(heading, rows) of each block that is a heading and indented rows."""
    found = []
    for block in output.split("\n\n"):
        lines = [line for line in block.split("\n") if line]
        rows = [line for line in lines[1:] if line.startswith("  ")]
        if len(rows) >= 2:
            found.append((lines[0], rows))
    return found


def misaligned(output):
    """A message for each cell not under a cell start of its table's first row."""
    problems = []
    for heading, rows in tables(output):
        first = set(cell_starts(rows[0]))
        for row in rows[1:]:
            stray = [start for start in cell_starts(row) if start not in first]
            if stray:
                problems.append(f"{heading!r}: cell at column {stray[0]} of {row!r}, "
                                f"first row's cells start at {sorted(first)}")
    return problems


def run_cli(cli, plan, language):
    environment = {k: v for k, v in os.environ.items()
                   if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    environment.update(LANG=language, TZ="UTC")
    done = subprocess.run([cli, "schedule", plan, "--from", "2026-11-30", "--to", "2026-12-02"],
                          env=environment, capture_output=True, text=True, timeout=120)
    if done.returncode != 0:
        sys.exit(f"sunrelay-cli under {language} exited {done.returncode}: {done.stderr}")
    return done.stdout


def self_test():
    assert columns("送り元 → 送り先") == 15 and columns("e\u0301") == 1
    assert cell_starts("  時刻  Kind  x y") == [2, 8, 14]
    aligned = "H\n  名前  x\n  ab    y\n"
    assert misaligned(aligned) == [], misaligned(aligned)
    # Padded by string length, as before: 名前 is two characters but four columns.
    by_length = "H\n  名前    x\n  abcd  y\n"
    assert len(misaligned(by_length)) == 1, misaligned(by_length)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", required=True)
    parser.add_argument("--plan", required=True)
    arguments = parser.parse_args()
    self_test()
    with open(arguments.plan, encoding="utf-8") as file:
        plan_text = file.read()
    if '"name": "APAC"' not in plan_text:
        sys.exit("the demo plan has no region APAC to rename")
    failures = []
    with tempfile.TemporaryDirectory() as folder:
        japanese_plan = os.path.join(folder, "plan.json")
        with open(japanese_plan, "w", encoding="utf-8") as file:
            file.write(plan_text.replace('"name": "APAC"', '"name": "アジア太平洋"'))
        for language, plan in (("ja_JP.UTF-8", japanese_plan), ("C.UTF-8", arguments.plan)):
            output = run_cli(arguments.cli, plan, language)
            found = tables(output)
            if len(found) < 3:
                failures.append(f"{language}: {len(found)} tables, expected coverage, "
                                f"handoffs and gaps:\n{output}")
            failures += [f"{language}: {problem}" for problem in misaligned(output)]
            if language.startswith("ja"):
                headers = [rows[0] for _, rows in found if len(cell_starts(rows[0])) == 7]
                if not any(columns(h) > len(h) for h in headers):
                    failures.append("no Japanese handoffs header: is sunrelay_ja.qm built in?\n"
                                    + output)
                if "アジア太平洋" not in output:
                    failures.append("the renamed region is not in the tables\n" + output)
    for failure in failures:
        print(failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
