#!/bin/sh
# Installs every Debian 12 package that building, running and testing Parallax
# needs. Idempotent: when everything is present it changes nothing and touches
# no network.
set -eu
# default-jre-headless and npm: tst_htmlvalidation runs the Nu Html Checker
# (vnu.jar, installed into the build tree with npm on first run) on Java.
# desktop-file-utils, appstream, dpkg-dev (dpkg-shlibdeps for CPack),
# fakeroot and flatpak-builder (reads the Flatpak manifest):
# packaging/check-package.sh; librsvg2-bin: packaging/render-icons.sh.
# clang-14, libclang-rt-14-dev (libFuzzer) and llvm-14 (symbolizer): the fuzz
# targets in tests/fuzz. zlib1g-dev: tst_pagefetch gzips a decompression bomb.
# wordnet-base: the English WordNet the sentence matcher reads (a run-time
# dependency of the .deb too); tst_wordnet asserts relations on it.
# libqt6sql6-psql: Qt's PostgreSQL driver, for a library shared on a server
# (a run-time dependency of the .deb too); postgresql-15: the throwaway
# server the store suites start to run on both backends (CI never skips them).
# libcld2-dev: the language an article is written in (its libcld2-0 is a
# run-time dependency of the .deb, found by dpkg-shlibdeps).
# libstemmer-dev: the Snowball stemmers of every language the matcher reads
# (libstemmer0d, found by dpkg-shlibdeps for the .deb).

PACKAGES="
  cmake ninja-build g++ pkg-config git python3
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libdtl-dev libuchardet-dev libgumbo-dev libicu-dev libsqlite3-dev
  libcmark-dev zlib1g-dev libcld2-dev libstemmer-dev
  wordnet-base
  postgresql-15
  libbenchmark-dev
  clang-14 libclang-rt-14-dev llvm-14
  xvfb xauth fonts-dejavu-core
  default-jre-headless
  desktop-file-utils appstream librsvg2-bin dpkg-dev fakeroot flatpak-builder
"
# npm comes with Node.js from other sources too (whose nodejs package
# conflicts with Debian's npm): ask for Debian's only when there is none.
if ! command -v npm >/dev/null 2>&1; then
    PACKAGES="$PACKAGES npm"
fi

missing=""
for pkg in $PACKAGES; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $pkg"
    fi
done

if [ -z "$missing" ]; then
    echo "install-deps: all packages present"
    exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
    echo "install-deps: missing:$missing" >&2
    echo "install-deps: run as root (or with sudo) to install them" >&2
    exit 1
fi

echo "install-deps: installing$missing"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# shellcheck disable=SC2086 # word splitting of the package list is intended
apt-get install -y -qq --no-install-recommends $missing
