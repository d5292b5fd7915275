#!/bin/sh
# How electron/core/export/pdf/fonts/Inter-*.ttf were made from Inter (https://github.com/rsms/inter,
# SIL OFL 1.1, no reserved font name): every character the font draws is kept (all 2,849 of its
# cmap), only what jsPDF never reads goes: the OpenType layout tables (GSUB, GPOS, GDEF, STAT, which
# jsPDF does not apply), the hinting and the glyph names. The files are half the size, so every PDF
# export parses and re-encodes 300 KB less, and each PDF is about 30 KB smaller.
# Needs fontTools (apt-get install -y python3-fonttools). Usage: scripts/trim-fonts.sh ORIGINAL_DIR
set -eu
for weight in Regular Bold; do
  python3 -m fontTools.subset "$1/Inter-$weight.ttf" --unicodes='*' --layout-features='' --no-hinting \
    --drop-tables+=GSUB,GPOS,GDEF,STAT,gasp --no-glyph-names --name-IDs='*' \
    --output-file="electron/core/export/pdf/fonts/Inter-$weight.ttf"
done
