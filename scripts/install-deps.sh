#!/usr/bin/env bash
# Installs everything klartext needs to build, test and evaluate, from
# Debian bookworm packages (and npm where noted). Idempotent: packages
# already present are skipped by apt. Run as root (or with sudo).
set -euo pipefail

# One package per line, with what it is for.
PACKAGES=(
  build-essential      # g++ 12, make
  cmake                # the build
  pkg-config           # finds optional bench-only libraries (bench/parsers)
  nlohmann-json3-dev   # JSON in the tests
  libsimdjson-dev      # JSON-LD parsing (src/extract/metadata_jsonld.cc)
  zlib1g-dev           # .gz inputs: eval pages, WARC records
  libisal-dev          # ISA-L igzip: fast inflate of .warc.gz / .gz inputs (src/io/gzip_stream.cc)
  libdeflate-dev       # libdeflate: whole .warc.gz members inflated by the workers (src/io/warc_members.cc)
  libgtest-dev         # the test suite
  googletest
  w3m                  # renders HTML to text for the text-capture evaluation
  clang                # libFuzzer targets (scripts/fuzz.sh, fuzz/)
  libclang-rt-14-dev   # the libFuzzer and sanitizer runtimes for clang
  libsqlite3-dev       # the corpus store: SQLite with FTS5 (klartext ingest/search/serve)
  libcpp-httplib-dev   # the HTTP server behind `klartext serve`
  chromium             # headless browser for the web page test (tests/web)
  chromium-driver      # WebDriver for that browser
  python3-selenium     # drives chromium from the web page test
  wrk                  # loopback load test of `klartext serve` (bench/serve)
  python3-dev          # the Python module (python/)
  pybind11-dev         # its C++/Python binding
  python3-pip          # `pip install .` of the Python module
  python3-setuptools   # its build backend
  python3-wheel
  python3-pytest       # the Python module's tests
  python3-dask         # the distributed engine the module runs on
  python3-distributed  # Dask's LocalCluster and workers
  python3-pandas       # Dask bags/dataframes summaries
)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# German verb forms for the analyzer's Konjunktiv I table (doc/analysis.md);
# needs npm (Debian package `npm` if the machine has none), skipped without it.
"$(dirname "$0")/install-german-verbs.sh"
