#!/usr/bin/env bash
# NER benchmark: rasd vs the CRFsuite baseline (BASELINES.md section 1), measured in the same run.
# Scores both on the ANERcorp CAMeL official and repaired test files (conlleval exact-span),
# and tagging speed (features included, single thread) as rasd / baseline ratio.
#
# Usage: scripts/bench_ner.sh [--retrain-baseline]
#   env: DATA (default ../shared/data), VENV (default /work/venv-baselines), RUNS (default 5),
#        OUT (default target/bench/ner)
set -euo pipefail
cd "$(dirname "$0")/.."
DATA=${DATA:-../shared/data}
VENV=${VENV:-/work/venv-baselines}
RUNS=${RUNS:-5}
OUT=${OUT:-target/bench/ner}
mkdir -p "$OUT"
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q python-crfsuite==0.9.12
fi
CRF_MODEL="$OUT/crf_baseline.crfsuite"
if [ ! -f "$CRF_MODEL" ] || [ "${1:-}" = "--retrain-baseline" ]; then
  echo "training the CRFsuite baseline (several minutes)..." >&2
  "$VENV/bin/python" baselines/ner/crf_baseline.py train \
    --train "$DATA/anercorp/ANERCorp_CamelLab_train.reconstructed.txt" --model "$CRF_MODEL" >&2
fi
if ! cargo build --release -q -p rasd-cli; then
  [ -x target/release/rasd ] || exit 1
  echo "warning: cargo build failed; benchmarking the existing target/release/rasd" >&2
fi
for f in official:ANERCorp_CamelLab_test.txt repaired:ANERCorp_CamelLab_test.repaired.txt; do
  name=${f%%:*}; file="$DATA/anercorp/${f#*:}"
  "$VENV/bin/python" baselines/ner/crf_baseline.py tag --model "$CRF_MODEL" --gold "$file" \
    --runs "$RUNS" --json --predictions "$OUT/crf_$name.conll" > "$OUT/crf_$name.json"
  ./target/release/rasd eval ner --gold "$file" --json --runs "$RUNS" \
    --predictions "$OUT/rasd_$name.conll" > "$OUT/rasd_$name.json"
done
"$VENV/bin/python" baselines/ner/compare.py "$OUT"
