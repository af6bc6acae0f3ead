#!/bin/sh
# Rebuilds the crafted PDFs in this directory (chromium, qpdf and python3 from Debian). Run from this directory.
set -eu
print() { # $1 html, $2 font, $3 out
  sed "s/'Laksaman'/'$2'/" "src/$1" > "/tmp/lao-fixture-$2.html"
  /usr/bin/chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --user-data-dir="$(mktemp -d)" --no-pdf-header-footer \
    --print-to-pdf="$3" "file:///tmp/lao-fixture-$2.html" 2>/dev/null
}
print tables.html Laksaman tables-laksaman.pdf
print tables.html Loma tables-loma.pdf
# Broken variants: uncompressed (qdf), edited by craft.py, re-packed.
for v in pua-no-actualtext nul-glyphs nul-glyphs-actualtext no-tounicode; do
  src=tables-laksaman.pdf; [ "$v" = pua-no-actualtext ] && src=tables-loma.pdf
  qpdf --qdf --object-streams=disable "$src" /tmp/lao-fixture.qdf
  python3 src/craft.py "$v" /tmp/lao-fixture.qdf /tmp/lao-fixture-edited.qdf
  fix-qdf /tmp/lao-fixture-edited.qdf > /tmp/lao-fixture-fixed.qdf
  qpdf /tmp/lao-fixture-fixed.qdf "$v.pdf"
done
qpdf --encrypt secret owner 256 -- tables-laksaman.pdf encrypted.pdf
# Truncated: a download cut off 300 bytes into the last page's content stream, which craft.py moved to the end
# of the file; page 1 and everything it needs survive.
qpdf --qdf --object-streams=disable tables-laksaman.pdf /tmp/lao-fixture.qdf
python3 src/craft.py last-page-content-last /tmp/lao-fixture.qdf /tmp/lao-fixture-edited.qdf
# (No fix-qdf: the cut removes the cross-reference table anyway.)
off=$(grep -a -b -o '%% Contents for page 2' /tmp/lao-fixture-edited.qdf | cut -d: -f1)
head -c $((off + 300)) /tmp/lao-fixture-edited.qdf > truncated.pdf
: > empty.pdf
printf 'Not a PDF at all, just text with a .pdf name\n' > not-a-pdf.pdf
