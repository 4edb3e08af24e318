#!/usr/bin/env python3
"""Writes src/test/resources/fonts/VitaeTestIdeographs.ttf: 256 glyphs of Source Sans 3 (Latin letters,
digits, accented letters) mapped to U+4E00-U+4EFF, one glyph per code point so that text extracts back.

A small stand-in for a CJK font, so that tests can check the fonts: option and line breaking in
unspaced CJK text. Needs fontTools (pip install fonttools, or Debian python3-fonttools). Renamed: 'Source' is a Reserved Font Name.
"""
from fontTools import subset
from fontTools.ttLib import TTFont
from fontTools.ttLib.tables._c_m_a_p import cmap_format_4

NAME, PS = "Vitae Test Ideographs", "VitaeTestIdeographs-Regular"

opts = subset.Options()
opts.layout_features, opts.name_IDs, opts.notdef_outline, opts.hinting = [], ["*"], True, False
font = TTFont("fonts/SourceSans3-Regular.ttf")
sub = subset.Subsetter(opts)
sub.populate(unicodes=[0x20, *range(0x21, 0x250)])
sub.subset(font)
best = font.getBestCmap()
# Not the space glyph (U+00A0 shares it): an ideograph drawn with it would extract as a space.
glyphs = sorted({best[u] for u in best if best[u] != best[0x20]}, key=font.getGlyphID)[:256]
table = cmap_format_4(4)
table.platformID, table.platEncID, table.language = 3, 1, 0
table.cmap = {0x20: best[0x20], **{0x4E00 + i: g for i, g in enumerate(glyphs)}}
font["cmap"].tables = [table]
names = font["name"]
for rec in list(names.names):
    ids = (rec.nameID, rec.platformID, rec.platEncID, rec.langID)
    if rec.nameID in (1, 4, 16, 21):
        names.setName(NAME, *ids)
    elif rec.nameID == 6:
        names.setName(PS, *ids)
    elif rec.nameID == 3:
        names.setName(PS + ";test", *ids)
    elif rec.nameID not in (0, 2, 5, 13, 14):
        names.removeNames(nameID=rec.nameID)
font.save("src/test/resources/fonts/VitaeTestIdeographs.ttf")
