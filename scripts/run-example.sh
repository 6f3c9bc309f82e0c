#!/usr/bin/env bash
# Installs what klartext needs, builds it, and extracts the bundled example
# page (examples/article.html, written for this project) as JSON.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
./build/klartext extract examples/article.html
