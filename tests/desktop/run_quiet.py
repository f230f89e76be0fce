#!/usr/bin/python3
"""Runs a checker (a validator, a linter) and fails unless it exits 0 and
prints nothing beyond the lines allowed with --allow (regular expressions,
each with its reason in the CMakeLists.txt).

    run_quiet.py [--allow REGEX]... -- COMMAND ARGUMENT...
"""
import argparse
import re
import shutil
import subprocess
import sys

parser = argparse.ArgumentParser()
parser.add_argument("--allow", action="append", default=[])
parser.add_argument("command", nargs=argparse.REMAINDER)
options = parser.parse_args()
command = options.command[1:] if options.command[:1] == ["--"] else options.command
if not command:
    sys.exit("run_quiet.py: no command given")
if shutil.which(command[0]) is None:
    # A missing tool is a failure, never a skip.
    sys.exit(f"run_quiet.py: {command[0]} is not installed (see packaging/debian/build-deps)")

result = subprocess.run(command, capture_output=True, text=True)
allowed = [re.compile(pattern) for pattern in options.allow]
unexpected = [line for line in (result.stdout + result.stderr).splitlines()
              if line.strip() and not any(pattern.search(line) for pattern in allowed)]
print(" ".join(command))
print(result.stdout + result.stderr, end="")
if result.returncode != 0:
    sys.exit(f"FAIL: exit status {result.returncode}")
if unexpected:
    sys.exit("FAIL: unexpected output:\n" + "\n".join(unexpected))
print("ok")
