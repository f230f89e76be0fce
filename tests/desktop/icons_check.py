#!/usr/bin/python3
"""The app icon PNGs the build draws (render_icon): one per hicolor size, of
that size, and drawn, not blank: the icon's tile covers most of the square
and the sun's amber (#FFB000) and the arrow's white are both there, also at
16 px (from the simpler small drawing). render_icon refuses what it cannot
draw with a message naming the file.

    icons_check.py --icons-dir BUILD/packaging/freedesktop/icons --render-icon TOOL --bad-svg FILE
"""
import argparse
import pathlib
import struct
import subprocess
import sys
import tempfile
import zlib

parser = argparse.ArgumentParser()
parser.add_argument("--icons-dir", type=pathlib.Path, required=True)
parser.add_argument("--render-icon", required=True)
parser.add_argument("--bad-svg", required=True)
options = parser.parse_args()

SIZES = (16, 22, 24, 32, 48, 64, 128, 256)
AMBER = (0xFF, 0xB0, 0x00)
WHITE = (0xFF, 0xFF, 0xFF)
failures = []


def rgba_pixels(path):
    """(width, height, [(r, g, b, a)...]) of an 8-bit RGBA, non-interlaced PNG."""
    data = path.read_bytes()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG")
    position, compressed, header = 8, b"", None
    while position < len(data):
        length, kind = struct.unpack(">I4s", data[position:position + 8])
        body = data[position + 8:position + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            compressed += body
        position += 12 + length
    width, height, depth, colour, _, _, interlace = header
    if (depth, colour, interlace) != (8, 6, 0):
        raise ValueError(f"not 8-bit RGBA (depth {depth}, colour type {colour})")
    raw, stride, rows, previous = zlib.decompress(compressed), width * 4, [], bytearray(width * 4)
    for y in range(height):
        line = raw[y * (stride + 1):(y + 1) * (stride + 1)]
        kind, row = line[0], bytearray(line[1:])
        for x in range(stride):
            left = row[x - 4] if x >= 4 else 0
            up = previous[x]
            corner = previous[x - 4] if x >= 4 else 0
            if kind == 1:
                row[x] = (row[x] + left) & 0xFF
            elif kind == 2:
                row[x] = (row[x] + up) & 0xFF
            elif kind == 3:
                row[x] = (row[x] + (left + up) // 2) & 0xFF
            elif kind == 4:
                estimate = left + up - corner
                distances = (abs(estimate - left), abs(estimate - up), abs(estimate - corner))
                predictor = (left, up, corner)[distances.index(min(distances))]
                row[x] = (row[x] + predictor) & 0xFF
        rows.append(row)
        previous = row
    pixels = [tuple(row[x:x + 4]) for row in rows for x in range(0, stride, 4)]
    return width, height, pixels


def near(pixel, colour):
    return pixel[3] == 255 and all(abs(a - b) <= 24 for a, b in zip(pixel, colour))


for size in SIZES:
    path = options.icons_dir / f"{size}x{size}" / "apps" / "io.github.sunrelay.Sunrelay.png"
    if not path.is_file():
        failures.append(f"{path}: missing")
        continue
    try:
        width, height, pixels = rgba_pixels(path)
    except (ValueError, zlib.error, struct.error, TypeError) as error:
        failures.append(f"{path}: {error}")
        continue
    if (width, height) != (size, size):
        failures.append(f"{path}: {width}x{height}, expected {size}x{size}")
        continue
    opaque = sum(1 for pixel in pixels if pixel[3] == 255) / len(pixels)
    amber = sum(1 for pixel in pixels if near(pixel, AMBER))
    white = sum(1 for pixel in pixels if near(pixel, WHITE))
    print(f"{size:>3} px: {opaque:.0%} opaque, {amber} amber and {white} white pixels")
    # The tile is about 90% of the square; at 16 px the sun is about 30
    # pixels and the arrow about 20 (by hand, from the small drawing).
    if opaque < 0.75:
        failures.append(f"{path}: only {opaque:.0%} of the pixels are opaque")
    if amber < size * size * 0.05 or white < size * size * 0.03:
        failures.append(f"{path}: the sun ({amber} px) or the arrow ({white} px) is missing")

with tempfile.TemporaryDirectory() as folder:
    target = pathlib.Path(folder) / "bad.png"
    refused = subprocess.run([options.render_icon, options.bad_svg, "16", str(target)],
                             capture_output=True, text=True)
    if refused.returncode != 1 or options.bad_svg not in refused.stderr or target.exists():
        failures.append(f"render_icon on a bad SVG: exit {refused.returncode}, "
                        f"message {refused.stderr!r}")

if failures:
    sys.exit("FAIL:\n" + "\n".join(failures))
print("ok")
