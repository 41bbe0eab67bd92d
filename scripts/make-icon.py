# Draws media/icon.png (128x128): a nabla (∇) in a rounded square, value-green to gradient-red.
# Pure Python (zlib), so it needs nothing installed. Run: python3 scripts/make-icon.py
import struct
import zlib

N = 128


def inside_rounded_square(x, y, r=22):
    cx = min(max(x, r), N - 1 - r)
    cy = min(max(y, r), N - 1 - r)
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r


def inside_triangle(x, y, top=30, bottom=104, half=44, thickness=12):
    # Outer downward triangle minus an inner one: a stroked nabla.
    def tri(px, py, t, b, h):
        if py < t or py > b:
            return False
        w = h * (b - py) / (b - t)
        return abs(px - N / 2) <= w
    return tri(x, y, top, bottom, half) and not tri(x, y, top + thickness, bottom - 2 * thickness, half - 1.8 * thickness)


rows = []
for y in range(N):
    row = bytearray([0])
    for x in range(N):
        if not inside_rounded_square(x, y):
            row += bytes([0, 0, 0, 0])
        elif inside_triangle(x, y):
            t = y / N
            row += bytes([int(80 + 170 * t), int(200 - 120 * t), 90, 255])
        else:
            row += bytes([30, 34, 42, 255])
    rows.append(bytes(row))


def chunk(kind, data):
    return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data) & 0xFFFFFFFF)


png = b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', N, N, 8, 6, 0, 0, 0)) + chunk(b'IDAT', zlib.compress(b''.join(rows), 9)) + chunk(b'IEND', b'')
with open('media/icon.png', 'wb') as f:
    f.write(png)
