#!/bin/bash
# Trains the block model (src/extract/block_model.h) on the dev annotations
# in ../shared/data, cross-validated by site fold, and writes the weights
# that klartext compiles in. Prints the threshold grid; the model runs only
# where it beat the rules alone (bench/eval/block_learning.h). Usage:
#   bash bench/eval/train_block_model.sh [build dir]
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build}
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" --target klartext_eval -j"$(nproc)" >/dev/null
"$build/klartext-eval" --learn --folds 5 --write-weights src/extract/block_model_weights.inc \
  --json "$build/block-model.json"
echo "grid as JSON: $build/block-model.json; rebuild to compile the weights in"
