#!/usr/bin/python3
"""Lists the functions in lib/ and app/ longer than one screen.

A function is counted from its first line to its closing brace, blank lines
and comments included, as Universal Ctags sees it. Exits 1 when any exceeds
the limit (80 lines, or --limit), so scripts/test keeps new code short.
"""
import argparse
import json
import pathlib
import shutil
import subprocess
import sys


def functions(root: pathlib.Path, folders):
    # Debian's universal-ctags installs ctags-universal (and `ctags` as an
    # alternative that another ctags may own).
    ctags = shutil.which("ctags-universal") or "ctags"
    listing = subprocess.run(
        [ctags, "-R", "--languages=C++", "--kinds-C++=f", "--fields=+ne",
         "--output-format=json", "-f", "-", *folders],
        cwd=root, check=True, capture_output=True, text=True).stdout
    for line in listing.splitlines():
        tag = json.loads(line)
        if tag.get("_type") != "tag" or "end" not in tag:
            continue
        name = tag["name"]
        scope = tag.get("scope", "")
        # Anonymous namespaces come out as __anonXXXX: drop them.
        scope = "::".join(p for p in scope.split("::") if not p.startswith("__anon"))
        yield tag["end"] - tag["line"] + 1, f"{scope}::{name}" if scope else name, \
            tag["path"], tag["line"]


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--limit", type=int, default=80)
    parser.add_argument("--root", type=pathlib.Path,
                        default=pathlib.Path(__file__).resolve().parent.parent)
    parser.add_argument("folders", nargs="*", default=["lib", "app"])
    args = parser.parse_args()
    too_long = sorted((f for f in functions(args.root, args.folders) if f[0] > args.limit),
                      reverse=True)
    for length, name, path, line in too_long:
        print(f"{path}:{line}: {name} is {length} lines (limit {args.limit})")
    if too_long:
        print(f"{len(too_long)} function(s) longer than {args.limit} lines: split them by meaning",
              file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
