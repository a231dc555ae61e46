#!/bin/sh
# Renders the PNG sizes of the application icon from oe-failover.svg (needs rsvg-convert,
# Debian package librsvg2-bin). Run after changing the SVG and commit the PNGs: the
# application reads the PNGs, so it needs no SVG image plugin at run time.
set -eu
cd "$(dirname "$0")"
for size in 32 64 128 256; do
    rsvg-convert --width "$size" --height "$size" oe-failover.svg --output "oe-failover-$size.png"
done
