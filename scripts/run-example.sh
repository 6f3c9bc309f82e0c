#!/usr/bin/env bash
# Installs what klartext needs, builds it, and extracts the bundled example
# page (examples/article.html, written for this project) as JSON, then
# stores it in a corpus and asks who said what (doc/corpus.md).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
./build/klartext extract examples/article.html
corpus="${TMPDIR:-/tmp}/klartext-example.db"
rm -f "$corpus" "$corpus-wal" "$corpus-shm"
./build/klartext ingest "$corpus" examples/article.html
./build/klartext search "$corpus" --statements --format table
