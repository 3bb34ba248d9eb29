#!/bin/sh
# Refreshes every .ts file from the sources: new strings arrive unfinished,
# strings no longer in the sources are dropped. Then translate the unfinished
# entries (Qt Linguist, or by hand) until tests/translations passes.
#   sh translations/update.sh
set -eu
cd "$(dirname "$0")/.."
lupdate=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
"$lupdate" -locations none -no-obsolete app ui \
    -ts translations/parallax_de.ts translations/parallax_fr.ts translations/parallax_es.ts \
        translations/parallax_zh_CN.ts translations/parallax_ar.ts
