#!/bin/sh
# Runs one libFuzzer target for a number of seconds from the seed corpus.
#   tests/fuzz/run.sh fuzz_htmlreader 60
# The growing corpus is kept in the build tree (never in seeds/); a crash,
# leak or slow input is written there as TARGET-crash-* etc. and the script
# fails. Turn each into a regression test (tst_fuzzregressions).
set -eu
target=${1:?usage: run.sh TARGET SECONDS}
seconds=${2:?usage: run.sh TARGET SECONDS}
here=$(cd "$(dirname "$0")" && pwd)
build=${PARALLAX_FUZZ_BUILD:-$here/../../build/fuzz/tests/fuzz}
binary="$build/$target"
[ -x "$binary" ] || { echo "run.sh: no $binary; build with cmake --preset fuzz" >&2; exit 2; }

case $target in
    fuzz_decoder) seeds=decoder ;;
    fuzz_htmlreader) seeds=html ;;
    fuzz_markdownreader) seeds=markdown ;;
    fuzz_textreader) seeds=text ;;
    *) seeds=pairs ;;
esac
corpus="$build/corpus/$target"
artifacts="$build/artifacts"
mkdir -p "$corpus" "$artifacts"

# Alignment and export read whole articles: longer inputs, and one input may
# take longer than a single reader's. Anything slower than the timeout is a
# finding (quadratic work on hostile text), not noise.
case $target in
    fuzz_align|fuzz_htmlexport) max_len=8192 ;;
    *) max_len=65536 ;;
esac
ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1} \
UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1} \
exec "$binary" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2048 -max_len="$max_len" \
    -print_final_stats=1 -artifact_prefix="$artifacts/$target-" "$corpus" "$here/seeds/$seeds"
