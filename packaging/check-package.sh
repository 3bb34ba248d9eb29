#!/bin/sh
# Checks the release as a person would get it: validates the desktop entry,
# the AppStream metainfo and the Flatpak manifest (read, not built), builds the .deb with CPack from a build folder (the
# release build by default), installs it on this machine, runs the installed
# program (its version, and a headless comparison written as HTML), checks
# what the package holds, and removes the package again if it was not
# installed before. Needs root (it installs a package system-wide); CI runs it
# after the test suites (packaging/test-all.sh).
#
#   sh packaging/check-package.sh [BUILD_DIR]
set -eu
cd "$(dirname "$0")/.."
source_dir=$(pwd)
build=${1:-build/release}
app_id=org.example.Parallax

fail() { echo "check-package: FAIL: $*" >&2; exit 1; }
step() { echo "check-package: $*"; }

if [ "$(id -u)" -ne 0 ]; then
    echo "check-package: run as root: it installs the .deb system-wide" >&2
    exit 1
fi
[ -f "$build/CMakeCache.txt" ] || fail "$build is not a configured build folder"

step "desktop-file-validate resources/$app_id.desktop"
desktop-file-validate "resources/$app_id.desktop"
step "appstreamcli validate --no-net resources/$app_id.metainfo.xml"
appstreamcli validate --no-net "resources/$app_id.metainfo.xml"
# Every screenshot the metainfo names is one in packaging/screenshots/.
for image in $(sed -n 's|.*<image[^>]*>[^<]*/screenshots/\([^<]*\)</image>.*|\1|p' "resources/$app_id.metainfo.xml"); do
    [ -f "packaging/screenshots/$image" ] || fail "metainfo names screenshots/$image, which is not in packaging/screenshots"
done

step "flatpak-builder --show-manifest packaging/flatpak/$app_id.yml"
# flatpak-builder reads the manifest as it would to build it (building needs
# the KDE runtime from Flathub, which this machine cannot reach); it only
# warns about a property it does not know, so a warning fails here.
# Run from the build folder: flatpak-builder leaves its state folder in the
# current one.
(cd "$build" && flatpak-builder --show-manifest "$source_dir/packaging/flatpak/$app_id.yml") \
    >"$build/flatpak-manifest.json" 2>"$build/flatpak-manifest.err" \
    || { cat "$build/flatpak-manifest.err"; fail "flatpak-builder cannot read the manifest"; }
[ ! -s "$build/flatpak-manifest.err" ] || { cat "$build/flatpak-manifest.err"; fail "flatpak-builder warns about the manifest"; }
python3 - "$build/flatpak-manifest.json" "$app_id" <<'PY' || fail "the Flatpak manifest"
import json, sys
manifest = json.load(open(sys.argv[1]))
args = manifest.get("finish-args", [])
assert manifest["id"] == sys.argv[2], manifest["id"]
assert manifest["command"] == "parallax", manifest["command"]
assert manifest["runtime"] == "org.kde.Platform", manifest["runtime"]
# Minimal permissions: the network (for links a person opens), never the
# whole home or host.
assert not any(a.startswith("--filesystem=") and a.split("=", 1)[1].split(":")[0] in ("home", "host", "host-os")
               for a in args), args
assert manifest["modules"][-1]["name"] == "parallax"
PY

step "build and cpack -G DEB in $build"
cmake --build "$build" --target parallax parallax_manpage
rm -f "$build"/parallax_*.deb
(cd "$build" && cpack -G DEB >cpack.log 2>&1) || { cat "$build/cpack.log"; fail "cpack"; }
deb=$(ls "$build"/parallax_*.deb)
step "built $deb"
depends=$(dpkg-deb -f "$deb" Depends)
step "Depends: $depends"
for needed in libqt6core6 libqt6widgets6 libqt6sql6-sqlite libqt6sql6-psql libuchardet libgumbo libcmark libcld2-0 libstemmer wordnet-base; do
    echo "$depends" | grep -q "$needed" || fail "Depends lacks $needed"
done

contents=$(dpkg-deb -c "$deb")
for path in \
    ./usr/bin/parallax \
    "./usr/share/applications/$app_id.desktop" \
    "./usr/share/metainfo/$app_id.metainfo.xml" \
    "./usr/share/icons/hicolor/scalable/apps/$app_id.svg" \
    "./usr/share/icons/hicolor/48x48/apps/$app_id.png" \
    "./usr/share/icons/hicolor/256x256/apps/$app_id.png" \
    ./usr/share/man/man1/parallax.1.gz \
    ./usr/share/parallax/translations/parallax_de.qm \
    ./usr/share/parallax/translations/parallax_ar.qm; do
    echo "$contents" | grep -q " $path\$" || fail "the package lacks $path"
done

was_installed=no
if dpkg-query -W -f='${Status}' parallax 2>/dev/null | grep -q "install ok installed"; then
    was_installed=yes
fi
work=$(mktemp -d)
cleanup() {
    rm -rf "$work"
    if [ "$was_installed" = no ] && dpkg-query -W parallax >/dev/null 2>&1; then
        dpkg -r parallax >/dev/null && echo "check-package: removed the package again"
    fi
}
trap cleanup EXIT INT TERM

step "install $deb"
# apt-get resolves the dependencies; they are all present after install-deps.sh,
# so this needs no network. dpkg -i when apt is not at hand.
if command -v apt-get >/dev/null 2>&1; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$source_dir/$deb" >"$work/apt.log" 2>&1 \
        || { cat "$work/apt.log"; fail "apt-get install"; }
else
    dpkg -i "$deb"
fi

# The installed program, away from this person's library and settings.
export HOME="$work/home" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
mkdir -p "$HOME"
version=$(/usr/bin/parallax --version)
step "/usr/bin/parallax --version: $version"
echo "$version" | grep -q "0\.1\.0" || fail "unexpected version: $version"

step "/usr/bin/parallax compare --no-store resources/sample/*.txt --html"
/usr/bin/parallax compare --no-store resources/sample/*.txt --html "$work/x.html" >"$work/compare.txt" \
    || { cat "$work/compare.txt"; fail "parallax compare"; }
[ -s "$work/x.html" ] || fail "no HTML written"
grep -q "<html" "$work/x.html" || fail "the HTML has no <html>"
grep -q "Valley Post" "$work/x.html" || fail "the HTML does not name the Valley Post"
grep -q "Ellery" "$work/x.html" || fail "the HTML does not name the Ellery Courier"
step "wrote $(wc -c <"$work/x.html") bytes of HTML"

step "the installed program speaks German when asked"
LANGUAGE=de LANG=de_DE.UTF-8 /usr/bin/parallax --help >"$work/help-de.txt" 2>&1 || true
grep -q "Befehle" "$work/help-de.txt" || { cat "$work/help-de.txt"; fail "no German help"; }

step "man page"
man -l /usr/share/man/man1/parallax.1.gz >/dev/null 2>&1 || zcat /usr/share/man/man1/parallax.1.gz | grep -q "^.TH PARALLAX" \
    || fail "man page"

echo "check-package: all checks passed"
