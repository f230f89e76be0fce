#!/usr/bin/python3
"""`cmake --install` puts the desktop integration files where the desktop
looks for them (the paths fixed for the .deb, under the prefix), each one
the built or source file it should be.

    install_check.py --build-dir BUILD
"""
import argparse
import pathlib
import subprocess
import sys
import tempfile

parser = argparse.ArgumentParser()
parser.add_argument("--build-dir", required=True)
options = parser.parse_args()

APP_ID = "io.github.sunrelay.Sunrelay"
EXPECTED = [
    f"share/applications/{APP_ID}.desktop",
    f"share/metainfo/{APP_ID}.metainfo.xml",
    f"share/mime/packages/{APP_ID}.xml",
    f"share/icons/hicolor/scalable/apps/{APP_ID}.svg",
    "share/icons/hicolor/scalable/mimetypes/application-x-sunrelay-plan.svg",
    "share/man/man1/sunrelay.1",
    "share/man/man1/sunrelay-cli.1",
] + [f"share/icons/hicolor/{n}x{n}/apps/{APP_ID}.png" for n in (16, 22, 24, 32, 48, 64, 128, 256)]

failures = []
with tempfile.TemporaryDirectory() as prefix:
    installed = subprocess.run(["cmake", "--install", options.build_dir, "--prefix", prefix],
                               capture_output=True, text=True)
    if installed.returncode != 0:
        sys.exit(f"FAIL: cmake --install: {installed.stdout}{installed.stderr}")
    root = pathlib.Path(prefix)
    for relative in EXPECTED:
        if not (root / relative).is_file() or (root / relative).stat().st_size == 0:
            failures.append(f"{relative}: not installed")
    desktop = root / f"share/applications/{APP_ID}.desktop"
    if desktop.is_file() and "Comment[de]=" not in desktop.read_text(encoding="utf-8"):
        failures.append(f"{desktop.name}: the untranslated source was installed")
    # Nothing of ours elsewhere in those folders (a stray name, a .in file).
    for folder in ("share/applications", "share/metainfo", "share/mime/packages"):
        for path in (root / folder).iterdir() if (root / folder).is_dir() else []:
            if str(path.relative_to(root)) not in EXPECTED:
                failures.append(f"{path.relative_to(root)}: not expected there")

if failures:
    sys.exit("FAIL:\n" + "\n".join(failures))
print(f"ok: {len(EXPECTED)} files in place")
