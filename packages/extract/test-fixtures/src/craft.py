"""Breaks a Chromium text layer the ways real producers do (input and output: qpdf --qdf files).

pua-no-actualtext      drop every ActualText (BDC -> BMC): TLWG fonts then give private-use glyphs and
                       decomposed sara am, as pdf.js sees them.
nul-glyphs             map every glyph Skia only draws inside ActualText spans (the GSUB alternates)
                       to U+0000 in ToUnicode, and drop the ActualText: Skia + Sarabun without the
                       spans, characters lost.
nul-glyphs-actualtext  the same ToUnicode damage, ActualText kept: exactly what Skia + Sarabun write.
no-tounicode           remove the ToUnicode maps of all fonts.
last-page-content-last move the last page's content stream to the end of the file, so that cutting the file
                       short loses that page's content and nothing else (the truncated.pdf fixture).
"""
import re
import sys

variant, src, dst = sys.argv[1], sys.argv[2], sys.argv[3]
data = open(src, 'rb').read().decode('latin-1')

SPAN_RE = re.compile(r'/Span\s*<<\s*/ActualText\s*<[0-9a-fA-F]*>\s*>>\s*BDC')


def objects(text):
    """Object number -> (start, end) offsets of its body."""
    out = {}
    for m in re.finditer(r'(?m)^(\d+) 0 obj\n', text):
        end = text.index('\nendobj', m.end())
        out[int(m.group(1))] = (m.end(), end)
    return out


def glyphs_by_font(text):
    """Glyph codes drawn inside ActualText spans and outside them, per font resource name."""
    inside, outside = {}, {}
    font, depth_at = None, []
    for line in text.split('\n'):
        m = re.search(r'/(F\d+) [\d.]+ Tf', line)
        if m:
            font = m.group(1)
        if SPAN_RE.search(line):
            depth_at.append(True)
        elif line.strip().endswith('BDC') or line.strip().endswith('BMC'):
            depth_at.append(False)
        for code in re.findall(r'<([0-9A-Fa-f]{4})> Tj', line):
            target = inside if any(depth_at) else outside
            target.setdefault(font, set()).add(code.upper())
        if line.strip() == 'EMC' and depth_at:
            depth_at.pop()
    return inside, outside


def tounicode_of_fonts(text):
    """Font resource name -> ToUnicode object number."""
    objs = objects(text)
    names = dict((n, int(o)) for n, o in re.findall(r'/(F\d+) (\d+) 0 R', text))
    out = {}
    for name, num in names.items():
        s, e = objs[num]
        m = re.search(r'/ToUnicode (\d+) 0 R', text[s:e])
        if m:
            out[name] = int(m.group(1))
    return out


if variant in ('nul-glyphs', 'nul-glyphs-actualtext'):
    inside, outside = glyphs_by_font(data)
    maps = tounicode_of_fonts(data)
    for font, codes in inside.items():
        lost = sorted(codes - outside.get(font, set()))
        if not lost or font not in maps:
            continue
        s, e = objects(data)[maps[font]]
        body = data[s:e]
        block = '%d beginbfchar\n%s\nendbfchar\nendcmap' % (len(lost), '\n'.join('<%s> <0000>' % c for c in lost))
        body = body.replace('endcmap', block, 1)
        data = data[:s] + body + data[e:]
if variant in ('pua-no-actualtext', 'nul-glyphs'):
    data = SPAN_RE.sub('/Span BMC', data)
if variant == 'no-tounicode':
    data = re.sub(r'\n\s*/ToUnicode \d+ 0 R', '', data)

if variant == 'last-page-content-last':
    pages = re.findall(r'%% Contents for page (\d+)\n%% Original object ID: \d+ \d+\n(\d+) 0 obj', data)
    num = int(pages[-1][1])
    m = re.search(r'%%%% Contents for page \d+\n%%%% Original object ID: \d+ \d+\n%d 0 obj\n.*?\nendobj\n' % num, data, re.S)
    chunk = data[m.start():m.end()]
    data = data[:m.start()] + data[m.end():]
    xref = data.index('\nxref\n')
    data = data[:xref + 1] + chunk + data[xref + 1:]

open(dst, 'wb').write(data.encode('latin-1'))
