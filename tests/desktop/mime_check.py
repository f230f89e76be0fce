#!/usr/bin/python3
"""The MIME type of plan files, as the desktop sees it through
shared-mime-info and GIO: the package file (io.github.sunrelay.Sunrelay.xml)
is compiled with update-mime-database into a temporary XDG_DATA_HOME beside
freedesktop.org's own definitions, the system's database kept out, and
`gio info` asked for the type of:

- a real plan file (made by sunrelay-cli from the demo JSON):
  application/x-sunrelay-plan by name (the glob) and by content;
- the same bytes renamed plan.bin: still a plan, by content (the magic on
  the SQLite header and the application_id "Srly" at offset 68);
- a plain SQLite database (Python's sqlite3), as .sqlite3 and renamed .bin:
  application/vnd.sqlite3, not a plan.

And the desktop entry claims the type: `gio mime` lists Sunrelay for it.

    mime_check.py --mime-xml F --desktop F --cli SUNRELAY_CLI --app SUNRELAY --demo JSON
"""
import argparse
import os
import pathlib
import shutil
import sqlite3
import subprocess
import sys
import tempfile

parser = argparse.ArgumentParser()
for name in ("--mime-xml", "--desktop", "--cli", "--app", "--demo"):
    parser.add_argument(name, type=pathlib.Path, required=True)
options = parser.parse_args()

for tool in ("update-mime-database", "update-desktop-database", "gio"):
    if shutil.which(tool) is None:
        sys.exit(f"FAIL: {tool} is not installed (see packaging/debian/build-deps)")
FREEDESKTOP_XML = pathlib.Path("/usr/share/mime/packages/freedesktop.org.xml")
if not FREEDESKTOP_XML.is_file():
    sys.exit(f"FAIL: {FREEDESKTOP_XML} is missing (shared-mime-info)")

PLAN_TYPE = "application/x-sunrelay-plan"
SQLITE_TYPE = "application/vnd.sqlite3"
failures = []


def run(command, environment):
    result = subprocess.run(command, capture_output=True, text=True, env=environment)
    if result.returncode != 0:
        sys.exit(f"FAIL: {' '.join(map(str, command))}: exit status {result.returncode}\n"
                 f"{result.stdout}{result.stderr}")
    return result


def content_types(path, environment):
    """(content-type, fast-content-type): by content and name, by name only."""
    output = run(["gio", "info", "-a", "standard::content-type,standard::fast-content-type",
                  str(path)], environment).stdout
    found = {}
    for line in output.splitlines():
        key, _, value = line.strip().partition(": ")
        found[key] = value
    return found.get("standard::content-type"), found.get("standard::fast-content-type")


def expect(path, by_content, by_name, environment):
    content, name = content_types(path, environment)
    if content != by_content:
        failures.append(f"{path.name}: by content {content}, expected {by_content}")
    if by_name is not None and name != by_name:
        failures.append(f"{path.name}: by name {name}, expected {by_name}")
    print(f"{path.name}: {content} (by name: {name})")


with tempfile.TemporaryDirectory() as folder:
    root = pathlib.Path(folder)
    home = root / "data-home"
    (home / "mime" / "packages").mkdir(parents=True)
    (home / "applications").mkdir(parents=True)
    (root / "data-dirs").mkdir()
    shutil.copy(FREEDESKTOP_XML, home / "mime" / "packages")
    shutil.copy(options.mime_xml, home / "mime" / "packages")
    shutil.copy(options.desktop, home / "applications")
    environment = dict(os.environ,
                       XDG_DATA_HOME=str(home),
                       XDG_DATA_DIRS=str(root / "data-dirs"),  # the system's database kept out
                       XDG_CONFIG_HOME=str(root / "config"),
                       XDG_CONFIG_DIRS=str(root / "config-dirs"),
                       GIO_USE_VFS="local",
                       # The desktop entry's TryExec=sunrelay must be found.
                       PATH=f"{options.app.parent}{os.pathsep}{os.environ.get('PATH', '')}")
    compiled = run(["update-mime-database", str(home / "mime")], environment)
    if (compiled.stdout + compiled.stderr).strip():
        failures.append(f"update-mime-database warned:\n{compiled.stdout}{compiled.stderr}")
    run(["update-desktop-database", str(home / "applications")], environment)

    plan = root / "plan.sunrelay"
    run([str(options.cli), "import", str(options.demo), "-o", str(plan)], environment)
    header = plan.read_bytes()[:72]
    if header[:16] != b"SQLite format 3\0" or header[68:72] != b"Srly":
        failures.append(f"the plan file's header is not what the magic expects: {header!r}")
    renamed_plan = root / "plan.bin"
    shutil.copy(plan, renamed_plan)

    plain = root / "plain.sqlite3"
    with sqlite3.connect(plain) as database:
        database.execute("CREATE TABLE notes (text TEXT)")
        database.execute("INSERT INTO notes VALUES ('not a plan')")
    database.close()
    renamed_plain = root / "plain.bin"
    shutil.copy(plain, renamed_plain)

    expect(plan, PLAN_TYPE, PLAN_TYPE, environment)
    expect(renamed_plan, PLAN_TYPE, None, environment)
    expect(plain, SQLITE_TYPE, SQLITE_TYPE, environment)
    expect(renamed_plain, SQLITE_TYPE, None, environment)

    handlers = run(["gio", "mime", PLAN_TYPE], environment).stdout
    print(handlers, end="")
    if "io.github.sunrelay.Sunrelay.desktop" not in handlers:
        failures.append(f"gio mime {PLAN_TYPE} does not list Sunrelay:\n{handlers}")

if failures:
    sys.exit("FAIL:\n" + "\n".join(failures))
print("ok")
