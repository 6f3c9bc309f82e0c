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
  nlohmann-json3-dev   # JSON-LD parsing
  zlib1g-dev           # .gz inputs: eval pages, WARC records
  libgtest-dev         # the test suite
  googletest
  w3m                  # renders HTML to text for the text-capture evaluation
  clang                # libFuzzer targets (scripts/fuzz.sh, fuzz/)
  libclang-rt-14-dev   # the libFuzzer and sanitizer runtimes for clang
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
