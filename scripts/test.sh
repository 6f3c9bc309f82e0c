#!/usr/bin/env bash
# Installs what klartext needs, then builds and runs the whole test suite
# twice: a Release build (including the quality gates on ../shared/data,
# which skip with a message when that data is absent) and an ASan+UBSan
# build. Idempotent; exits non-zero on the first failing suite.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
jobs=$(nproc)

echo "== Release build and tests"
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$jobs"
ctest --test-dir build --output-on-failure -j"$jobs"

echo "== The Python module installed the ordinary way (doc/python.md) and imported from elsewhere"
# Debian's pip refuses system installs (PEP 668) unless told; no build
# isolation, as PyPI is out of reach and setuptools/wheel come from Debian.
KLARTEXT_BUILD_DIR=build /usr/bin/python3 -m pip install --no-build-isolation --break-system-packages \
  --no-deps --quiet --root-user-action=ignore .
example="$PWD/examples/article.html"
(cd / && /usr/bin/python3 -c "import klartext, sys; a = klartext.extract(open(sys.argv[1], 'rb').read()); \
assert a['title'] == 'Neue Radwege für die Innenstadt', a['title']; print('installed klartext', klartext.__version__, 'reads:', a['title'])" \
  "$example")

echo "== AddressSanitizer + UndefinedBehaviorSanitizer build and tests"
# No Python module here: an ASan-instrumented extension cannot load into the
# uninstrumented interpreter.
cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKLARTEXT_SANITIZE=ON -DKLARTEXT_BUILD_BENCH=OFF \
  -DKLARTEXT_BUILD_PYTHON=OFF >/dev/null
cmake --build build-asan -j"$jobs"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --test-dir build-asan --output-on-failure -j"$jobs" -LE quality

echo "== Fuzz targets: a short libFuzzer run of each (scripts/fuzz.sh, doc/cli.md)"
scripts/fuzz.sh "${KLARTEXT_FUZZ_SECONDS:-60}"
