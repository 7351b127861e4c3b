#!/usr/bin/env python3
"""Reports how much of a PNG screenshot is not white, using only the standard library.

Usage: png_nonwhite.py FILE.png
Prints one JSON object: {"width": W, "height": H, "nonwhite": fraction, "dark": fraction,
"rows_with_ink": fraction}. A pixel is "nonwhite" when any channel is below 245 and "dark" when
its mean is below 128 (text, lines). Supports 8-bit greyscale, grey+alpha, RGB and RGBA,
non-interlaced (what Chromium writes). Exits 2 with a message for anything else.
"""
import json
import struct
import sys
import zlib


def paeth(a, b, c):
    p = a + b - c
    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
    if pa <= pb and pa <= pc:
        return a
    return b if pb <= pc else c


def decode(path):
    with open(path, "rb") as f:
        data = f.read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        sys.exit(f"{path}: not a PNG file")
    pos, idat, header = 8, [], None
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind = data[pos + 4 : pos + 8]
        body = data[pos + 8 : pos + 8 + length]
        pos += 12 + length
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat.append(body)
        elif kind == b"IEND":
            break
    width, height, depth, colour, _, _, interlace = header
    channels = {0: 1, 2: 3, 4: 2, 6: 4}.get(colour)
    if depth != 8 or channels is None or interlace != 0:
        print(f"{path}: unsupported PNG (depth {depth}, colour type {colour}, interlace {interlace})", file=sys.stderr)
        sys.exit(2)
    raw = zlib.decompress(b"".join(idat))
    stride = width * channels
    rows, previous, offset = [], bytearray(stride), 0
    for _ in range(height):
        kind = raw[offset]
        line = bytearray(raw[offset + 1 : offset + 1 + stride])
        offset += 1 + stride
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up = previous[i]
            upper_left = previous[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + left) & 0xFF
            elif kind == 2:
                line[i] = (line[i] + up) & 0xFF
            elif kind == 3:
                line[i] = (line[i] + ((left + up) >> 1)) & 0xFF
            elif kind == 4:
                line[i] = (line[i] + paeth(left, up, upper_left)) & 0xFF
        rows.append(line)
        previous = line
    return width, height, channels, rows


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    width, height, channels, rows = decode(sys.argv[1])
    colour = min(channels, 3)
    nonwhite = dark = inked_rows = 0
    for line in rows:
        ink = False
        for x in range(0, width * channels, channels):
            pixel = line[x : x + colour]
            if min(pixel) < 245:
                nonwhite += 1
                ink = True
                if sum(pixel) / colour < 128:
                    dark += 1
        inked_rows += ink
    total = width * height
    print(json.dumps({
        "width": width, "height": height, "nonwhite": nonwhite / total, "dark": dark / total,
        "rows_with_ink": inked_rows / height,
    }))


if __name__ == "__main__":
    main()
