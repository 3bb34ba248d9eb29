#!/bin/sh
# Renders the hand-drawn SVG icon to the PNG sizes installed into the hicolor
# theme. The PNGs are committed (so a build needs no SVG renderer); run this
# after changing resources/icons/org.example.Parallax.svg. Needs librsvg2-bin.
set -eu
cd "$(dirname "$0")/../resources/icons"
for size in 16 24 32 48 64 128 256 512; do
    rsvg-convert -w "$size" -h "$size" org.example.Parallax.svg -o "org.example.Parallax-$size.png"
done
