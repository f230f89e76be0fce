#!/usr/bin/python3
"""The man pages say what the programs do:

- every command that `sunrelay-cli --help` lists has its entry in
  sunrelay-cli.1, and every option that `sunrelay-cli --help`, each command's
  `--help` and `sunrelay --help` print appears in the page;
- the pages name no option the program lacks: each option in sunrelay-cli.1
  is accepted by at least one command (`sunrelay-cli COMMAND OPTION x
  --help` exits 0; an unknown option is a usage error), and each option in
  sunrelay.1 is one that `sunrelay --help-all` lists;
- each page's .TH carries the version the program reports.

    man_sync.py --cli SUNRELAY_CLI --app SUNRELAY --man-dir DIR
"""
import argparse
import os
import pathlib
import re
import subprocess
import sys

parser = argparse.ArgumentParser()
parser.add_argument("--cli", required=True)
parser.add_argument("--app", required=True)
parser.add_argument("--man-dir", type=pathlib.Path, required=True)
options = parser.parse_args()

# An option: - or -- and a letter, not inside a word (sunrelay-cli) or a date.
OPTION = re.compile(r"(?<![\w-])(--?[A-Za-z][\w-]*)")
environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8", LC_ALL="C.UTF-8",
                   LANGUAGE="")
failures = []


def run(command):
    return subprocess.run(command, capture_output=True, text=True, env=environment, timeout=120)


def output_of(command):
    result = run(command)
    if result.returncode != 0:
        sys.exit(f"FAIL: {' '.join(command)}: exit status {result.returncode}\n{result.stderr}")
    return result.stdout


def page_text(name):
    """The page's source with roff's escapes for - and fonts undone."""
    source = (options.man_dir / name).read_text(encoding="utf-8")
    source = "\n".join(line for line in source.splitlines() if not line.startswith('.\\"'))
    return re.sub(r"\\f[BIRP]|\\c", "", source).replace("\\-", "-").replace("\\e", "\\")


def page_version(text):
    match = re.search(r'^\.TH \S+ 1 \S+ "Sunrelay ([0-9.]+)"', text, re.MULTILINE)
    return match.group(1) if match else None


# sunrelay-cli: its commands and options.
cli_page = page_text("sunrelay-cli.1")
general_help = output_of([options.cli, "--help"])
commands = re.findall(r"^  ([a-z][a-z-]*) ", general_help, re.MULTILINE)
if len(commands) < 10:
    failures.append(f"only {len(commands)} commands found in sunrelay-cli --help:\n{general_help}")
printed = set(OPTION.findall(general_help))
for command in commands:
    if not re.search(rf"^\.B {re.escape(command)}(?=\s)", cli_page, re.MULTILINE):
        failures.append(f"sunrelay-cli.1: no entry for the command {command}")
    printed |= set(OPTION.findall(output_of([options.cli, command, "--help"])))
for option in sorted(printed):
    if not re.search(rf"(?<![\w-]){re.escape(option)}(?![\w-])", cli_page):
        failures.append(f"sunrelay-cli.1: no word of {option}, which --help prints")


def accepted_by_cli(option):
    if option in ("-h", "--help", "-v", "--version"):
        return option in general_help
    # A value after the option: taken as its value, or as an argument.
    return any(run([options.cli, command, option, "x", "--help"]).returncode == 0
               for command in commands)


for option in sorted(set(OPTION.findall(cli_page))):
    if not accepted_by_cli(option):
        failures.append(f"sunrelay-cli.1 names {option}, which no command accepts")

# sunrelay: the app's options (Qt's own are in --help-all).
app_page = page_text("sunrelay.1")
app_help = output_of([options.app, "--help"])
app_help_all = output_of([options.app, "--help-all"])
for option in sorted(set(OPTION.findall(app_help))):
    if not re.search(rf"(?<![\w-]){re.escape(option)}(?![\w-])", app_page):
        failures.append(f"sunrelay.1: no word of {option}, which --help prints")
known = set(OPTION.findall(app_help_all))
for option in sorted(set(OPTION.findall(app_page))):
    if option not in known:
        failures.append(f"sunrelay.1 names {option}, which sunrelay --help-all does not list")

# The version in each page's header.
cli_version = output_of([options.cli, "--version"]).splitlines()[0].split()[-1]
app_version = output_of([options.app, "--version"]).splitlines()[0].split()[-1]
for name, text, version in (("sunrelay-cli.1", cli_page, cli_version),
                            ("sunrelay.1", app_page, app_version)):
    if page_version(text) != version:
        failures.append(f"{name}: .TH says version {page_version(text)}, the program {version}")

if failures:
    sys.exit("FAIL:\n" + "\n".join(failures))
print(f"ok: {len(commands)} commands, {len(printed)} options of sunrelay-cli; "
      f"{len(set(OPTION.findall(app_help)))} options of sunrelay")
