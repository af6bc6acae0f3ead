#!/bin/sh
# Rebuilds the OCR test fixtures from ocr-scan.html (Laksaman, a TH Sarabun New derivative, as
# Thai government documents use): a chromium print, a degraded 200 dpi grayscale scan embedded
# as-is by img2pdf (the shape of real scanned reports), and small PNG/JPEG/TIFF crops.
# Needs chromium, poppler-utils, imagemagick (/usr/bin/convert: /usr/local/bin/convert is a shim), img2pdf.
set -eu
cd "$(dirname "$0")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
/usr/bin/chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --user-data-dir="$work/profile" --no-pdf-header-footer \
  --print-to-pdf=ocr-print.pdf "file://$PWD/ocr-scan.html" 2>/dev/null
pdftoppm -r 200 -gray -png ocr-print.pdf "$work/p"
size=$(identify -format '%wx%h' "$work/p-1.png")
/usr/bin/convert "$work/p-1.png" -background white -rotate 0.6 -gravity center -extent "$size" \
  -attenuate 0.3 +noise Gaussian -blur 0x0.6 -level 8%,92% -colorspace Gray -quality 75 "$work/scan.jpg"
img2pdf --pagesize A4 "$work/scan.jpg" -o ocr-scan-200.pdf
# Crops of the clean page: the title block (PNG, JPEG) and two table bands (a 2-page TIFF).
/usr/bin/convert "$work/p-1.png" -crop 1654x225+0+150 +repage -units PixelsPerInch -density 200 ocr-title.png
/usr/bin/convert "$work/p-1.png" -crop 1654x225+0+150 +repage -units PixelsPerInch -density 200 -quality 85 ocr-title.jpg
/usr/bin/convert "$work/p-1.png" -crop 1654x160+0+772 +repage "$work/t1.tif"
/usr/bin/convert "$work/p-1.png" -crop 1654x170+0+1560 +repage "$work/t2.tif"
/usr/bin/convert "$work/t1.tif" "$work/t2.tif" -units PixelsPerInch -density 200 -depth 8 -compress lzw ocr-two-pages.tif
