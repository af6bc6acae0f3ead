#!/bin/sh
# Rebuilds the orientation-tag fixtures from the committed upright title crop (ocr-title.png, 1653x225, 200 dpi):
# the pixels stored turned or mirrored, and a tag saying how to show them, as phones and scanners write them.
#   exif-title-o3.jpg, -o6.jpg, -o8.jpg   turned 180°, 90° clockwise, 90° counter-clockwise on display
#   exif-title-o5.jpg                      mirrored along the main diagonal (transposed) on display
#   exif-title-o6.png                      eXIf chunk, orientation 6 (lossless: decodes to ocr-title.png exactly)
#   exif-title-o8.tif                      two pages: tag 274 = 8 over turned pixels, then the upright crop (tag 1)
#   exif-title-broken.jpg                  the o6 pixels with an EXIF block whose IFD0 lies past its end
# Needs imagemagick (/usr/bin/convert: /usr/local/bin/convert is a shim) and python3.
set -eu
cd "$(dirname "$0")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# How each tag's stored pixels are made from the upright image (the inverse of what a viewer does).
stored() { # $1 tag, $2 out
  case $1 in 3) op='-rotate 180' ;; 5) op='-transpose' ;; 6) op='-rotate 270' ;; 8) op='-rotate 90' ;; esac
  # shellcheck disable=SC2086
  /usr/bin/convert ocr-title.png $op "$2"
}
for n in 3 5 6 8; do
  stored $n "$work/s$n.png"
  /usr/bin/convert "$work/s$n.png" -units PixelsPerInch -density 200 -colorspace Gray -quality 75 "$work/s$n.jpg"
  python3 src/exif-tag.py jpeg $n "$work/s$n.jpg" exif-title-o$n.jpg
done
python3 src/exif-tag.py png 6 "$work/s6.png" exif-title-o6.png
python3 src/exif-tag.py jpeg-broken 0 "$work/s6.jpg" exif-title-broken.jpg
# (-orient on both pages in one command tags both with the last value; written apart, each keeps its own.)
/usr/bin/convert "$work/s8.png" -orient left-bottom "$work/p1.tif"
/usr/bin/convert ocr-title.png -orient top-left "$work/p2.tif"
/usr/bin/convert "$work/p1.tif" "$work/p2.tif" -units PixelsPerInch -density 200 -depth 8 -compress lzw exif-title-o8.tif
