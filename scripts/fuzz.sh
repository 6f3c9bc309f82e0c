#!/usr/bin/env bash
# Builds the libFuzzer targets in fuzz/ with clang (ASan + UBSan) and runs
# each for SECONDS (default 60).
#
#   scripts/fuzz.sh                 # every target, 60 s each
#   scripts/fuzz.sh 300 warc        # one target, 5 minutes
#
# New interesting inputs stay in the build tree (build-fuzz/fuzz/corpus-T);
# the seed corpus in fuzz/corpus/T is only read. A crash is written to
# build-fuzz/fuzz/crashes/T-crash-…: fix it, then copy the file to
# fuzz/regressions/T/ so the test suite replays it forever
# (fuzz_T_replay, see doc/cli.md "Fuzzing").
# Needs clang and libclang-rt-14-dev (scripts/install-deps.sh).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-60}
shift || true
targets=("$@")
if ((${#targets[@]} == 0)); then targets=(decode html_parse text_capture extract warc); fi
build=${KLARTEXT_FUZZ_BUILD:-$root/build-fuzz}

command -v clang++ >/dev/null || { echo "fuzz.sh: clang++ not found (scripts/install-deps.sh)" >&2; exit 2; }

CC=clang CXX=clang++ cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DKLARTEXT_FUZZ=ON -DKLARTEXT_BUILD_TESTS=OFF -DKLARTEXT_BUILD_BENCH=OFF \
  -DCMAKE_CXX_FLAGS="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined" \
  -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" >/dev/null
cmake --build "$build" -j2 --target "${targets[@]/#/fuzz_}"

mkdir -p "$build/fuzz/crashes"
failed=()
for t in "${targets[@]}"; do
  mkdir -p "$build/fuzz/corpus-$t"
  echo "== fuzz_$t: ${seconds}s"
  start=$(date +%s)
  if ! "$build/fuzz/fuzz_$t" -max_total_time="$seconds" -timeout=25 -rss_limit_mb=4096 -print_final_stats=1 \
      -artifact_prefix="$build/fuzz/crashes/$t-" "$build/fuzz/corpus-$t" "$root/fuzz/corpus/$t" \
      2> "$build/fuzz/$t.log"; then
    failed+=("$t")
    tail -40 "$build/fuzz/$t.log" >&2
  fi
  grep -E "^stat::number_of_executed_units|^stat::peak_rss_mb" "$build/fuzz/$t.log" | tr '\n' ' ' || true
  echo "(wall $(( $(date +%s) - start ))s)"
done
if ((${#failed[@]})); then
  echo "fuzz.sh: crashes in: ${failed[*]} (inputs in $build/fuzz/crashes/)" >&2
  exit 1
fi
echo "fuzz.sh: no crash in ${targets[*]}"
