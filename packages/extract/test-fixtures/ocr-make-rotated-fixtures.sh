#!/bin/sh
# Rebuilds the sideways / upside-down OCR fixtures from the committed upright ones (run ocr-make-fixtures.sh
# first if those changed). Two ways a scan ends up turned, both covered:
# - the PDF page says /Rotate (qpdf --rotate only sets it; pdf.js displays the page turned):
#     ocr-scan-rot90.pdf  (shown turned 90° clockwise), ocr-scan-rot180.pdf (shown upside down);
# - the pixels themselves are turned and nothing says so (the feeder took the sheet sideways):
#     ocr-scan-rot270.pdf (the scan's JPEG turned 270° clockwise, embedded by img2pdf on a landscape page),
#     ocr-title-rot90.png (the title crop turned 90° clockwise, an image file input).
# Needs qpdf, poppler-utils (pdfimages), imagemagick (/usr/bin/convert), img2pdf.
set -eu
cd "$(dirname "$0")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
qpdf ocr-scan-200.pdf --rotate=+90:1 ocr-scan-rot90.pdf
qpdf ocr-scan-200.pdf --rotate=+180:1 ocr-scan-rot180.pdf
pdfimages -j ocr-scan-200.pdf "$work/scan"
/usr/bin/convert "$work/scan-000.jpg" -rotate 270 -units PixelsPerInch -density 200 -colorspace Gray -quality 75 "$work/rot270.jpg"
img2pdf --pagesize A4^T "$work/rot270.jpg" -o ocr-scan-rot270.pdf
/usr/bin/convert ocr-title.png -rotate 90 -units PixelsPerInch -density 200 ocr-title-rot90.png
