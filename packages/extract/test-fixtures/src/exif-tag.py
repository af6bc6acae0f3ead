"""Writes an orientation tag into an image file the way cameras and phones do (ImageMagick 6 only writes one into
an EXIF profile the file already has, and these crops have none; no exiftool here).

exif-tag.py jpeg N in.jpg out.jpg      APP1 "Exif" segment (little-endian TIFF, IFD0 holding Orientation = N)
                                       inserted after SOI, before the JFIF APP0, as phones write it
exif-tag.py png N in.png out.png       eXIf chunk (big-endian TIFF) after IHDR
exif-tag.py jpeg-broken N in out       APP1 "Exif" whose IFD0 offset points past the end of the block (a cut or
                                       badly rewritten EXIF block: the tag cannot be found; N is unused)
"""
import struct
import sys
import zlib


def tiff(orientation, order, ifd_offset=8):
    """TIFF header + IFD0 with one SHORT entry: Orientation (0x0112)."""
    mark = b'II' if order == '<' else b'MM'
    header = mark + struct.pack(order + 'HI', 42, ifd_offset)
    ifd = struct.pack(order + 'H', 1) + struct.pack(order + 'HHIHH', 0x0112, 3, 1, orientation, 0) + struct.pack(order + 'I', 0)
    return header + ifd


def app1(body):
    data = b'Exif\0\0' + body
    return b'\xff\xe1' + struct.pack('>H', len(data) + 2) + data


def chunk(kind, data):
    return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data) & 0xFFFFFFFF)


mode, n, src, dst = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
data = open(src, 'rb').read()
if mode == 'jpeg':
    assert data[:2] == b'\xff\xd8'
    out = data[:2] + app1(tiff(n, '<')) + data[2:]
elif mode == 'jpeg-broken':
    assert data[:2] == b'\xff\xd8'
    out = data[:2] + app1(tiff(6, '<', ifd_offset=4000)) + data[2:]
elif mode == 'png':
    assert data[:8] == b'\x89PNG\r\n\x1a\n' and data[12:16] == b'IHDR'
    at = 8 + 8 + struct.unpack('>I', data[8:12])[0] + 4
    out = data[:at] + chunk(b'eXIf', tiff(n, '>')) + data[at:]
else:
    sys.exit(f'unknown mode {mode}')
open(dst, 'wb').write(out)
