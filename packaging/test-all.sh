#!/bin/sh
# The README's second command, and what CI runs: installs what Parallax needs,
# builds it twice (release, and debug with AddressSanitizer + UBSan) and runs
# the whole CTest suite on both builds; then builds the libFuzzer targets with
# clang and fuzzes each for a minute (tests/fuzz/run.sh, as CTest tests).
set -eu
cd "$(dirname "$0")/.."

sh packaging/install-deps.sh
jobs=$(nproc)

for preset in release asan; do
    echo "== $preset: configure and build"
    cmake --preset "$preset"
    cmake --build --preset "$preset" --parallel "$jobs"
    echo "== $preset: test"
    ctest --preset "$preset" --parallel "$jobs"
done

echo "== package: validate, build, install and run the .deb, then remove it"
sh packaging/check-package.sh build/release

echo "== fuzz: build the libFuzzer targets and run each for 60 s"
cmake --preset fuzz
cmake --build --preset fuzz --parallel "$jobs"
ctest --preset fuzz --parallel "$jobs"
