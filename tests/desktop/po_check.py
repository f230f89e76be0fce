#!/usr/bin/python3
"""The desktop entry's, metainfo's and MIME type's translations
(packaging/freedesktop/po) are complete and current, and reach the merged
files the build installs:

- each language in LINGUAS has a .po file that msgfmt --check accepts, with
  every message translated (none fuzzy or untranslated);
- its messages are exactly the ones xgettext finds in the sources now: none
  missing (a new string), none stale (a changed or removed one);
- the merged .desktop, metainfo and MIME files carry each language.

    po_check.py PO_DIR --sources FILE... --merged-desktop F --merged-metainfo F --merged-mime F
"""
import argparse
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

parser = argparse.ArgumentParser()
parser.add_argument("po_dir", type=pathlib.Path)
parser.add_argument("--sources", nargs="+", required=True)
parser.add_argument("--merged-desktop", type=pathlib.Path, required=True)
parser.add_argument("--merged-metainfo", type=pathlib.Path, required=True)
parser.add_argument("--merged-mime", type=pathlib.Path, required=True)
options = parser.parse_args()

for tool in ("msgfmt", "xgettext", "msgcmp"):
    if shutil.which(tool) is None:
        sys.exit(f"FAIL: {tool} is not installed (gettext, see packaging/debian/build-deps)")

failures = []
languages = [line.strip() for line in (options.po_dir / "LINGUAS").read_text().splitlines()
             if line.strip() and not line.startswith("#")]
if sorted(languages) != ["de", "es", "fr", "ja"]:
    failures.append(f"LINGUAS lists {languages}, expected de, es, fr and ja")

with tempfile.TemporaryDirectory() as folder:
    template = pathlib.Path(folder) / "sources.pot"
    subprocess.run(["xgettext", "--from-code=UTF-8", "-o", str(template), *options.sources],
                   check=True)
    for language in languages:
        po = options.po_dir / f"{language}.po"
        checked = subprocess.run(["msgfmt", "--check", "--statistics", "-o", "/dev/null", str(po)],
                                 capture_output=True, text=True)
        report = checked.stdout + checked.stderr
        if checked.returncode != 0 or "fuzzy" in report or "untranslated" in report:
            failures.append(f"{po}: not complete or not valid:\n{report}")
        for reference, definitions, problem in ((po, template, "stale"),
                                                (template, po, "missing")):
            # msgcmp DEF REF: every message of REF must be in DEF.
            compared = subprocess.run(["msgcmp", "--use-untranslated", str(definitions),
                                       str(reference)], capture_output=True, text=True)
            if compared.returncode != 0:
                failures.append(f"{po}: {problem} messages:\n{compared.stderr}")

desktop = options.merged_desktop.read_text(encoding="utf-8")
metainfo = options.merged_metainfo.read_text(encoding="utf-8")
mime = options.merged_mime.read_text(encoding="utf-8")
for language in languages:
    for key in ("GenericName", "Comment", "Keywords"):
        if not re.search(rf"^{key}\[{language}\]=\S", desktop, re.MULTILINE):
            failures.append(f"{options.merged_desktop}: no {key}[{language}]")
    if not re.search(rf'<summary xml:lang="{language}">[^<]+</summary>', metainfo):
        failures.append(f"{options.merged_metainfo}: no summary in {language}")
    if not re.search(rf'<p xml:lang="{language}">', metainfo):
        failures.append(f"{options.merged_metainfo}: no description in {language}")
    if not re.search(rf'<comment xml:lang="{language}">[^<]+</comment>', mime):
        failures.append(f"{options.merged_mime}: no comment in {language}")
# Spot checks against the .po files, by hand: the German comment and the
# Japanese summary, as a user sees them.
if "Comment[de]=Arbeit planen, die der Sonne über die Zeitzonen folgt" not in desktop:
    failures.append("the German Comment is not the one in de.po")
if '<summary xml:lang="ja">タイムゾーンをまたいで太陽を追う仕事を計画</summary>' not in metainfo:
    failures.append("the Japanese summary is not the one in ja.po")

if failures:
    sys.exit("FAIL:\n" + "\n".join(failures))
print(f"ok: {', '.join(languages)} complete, current and merged")
