#!/usr/bin/env bash
# Segmentation + POS benchmark: rasd vs the CRFsuite char-tagger baseline (BASELINES.md
# section 2), measured in the same run on the same machine: WikiNews test scores and speed on
# the first N news-corpus words (single thread; rasd also reports process CPU time because the
# build machine is shared).
#
# Usage: scripts/bench_seg.sh
#   env: SHARED (default ../shared), VENV (default /work/venv-baselines),
#        WORDS (default 1000000), OUT (default target/bench/seg)
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${SHARED:-../shared}
VENV=${VENV:-/work/venv-baselines}
WORDS=${WORDS:-1000000}
OUT=${OUT:-target/bench/seg}
mkdir -p "$OUT"
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
fi
"$VENV/bin/python" -c 'import pycrfsuite' 2>/dev/null || "$VENV/bin/pip" install -q python-crfsuite==0.9.12
cargo build --release -q -p rasd-cli
GOLD="$SHARED/data/qcri-wikinews/WikiNews.pos.ref"
CORPUS="$SHARED/data/news-corpus/ant_multisource_v2.1.politics_economy.jsonl"
./target/release/rasd eval seg --gold "$GOLD" --split test --json \
  --predictions "$OUT/rasd_test_predictions.tsv" \
  --speed-corpus "$CORPUS" --speed-words "$WORDS" > "$OUT/rasd.json"
"$VENV/bin/python" baselines/seg/crf_seg.py --shared "$SHARED" --speed-words "$WORDS" \
  --json "$OUT/crf.json" > /dev/null
python3 - "$OUT/rasd.json" "$OUT/crf.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1])); c = json.load(open(sys.argv[2]))
s = r["scores"]
def acc(x): return 100.0 * x["seg_correct"] / x["tokens"] if x["tokens"] else 0.0
print("WikiNews test (%d tokens)          rasd      CRFsuite" % s["all"]["tokens"])
print("  word segmentation accuracy   %7.2f   %7.2f" % (r["seg_accuracy"], c["test"]["seg_accuracy"]))
print("  ... on words unseen in train %7.2f   %7.2f" % (acc(s["unseen"]), c["test_unseen"]["seg_accuracy"]))
print("  boundary F1                  %7.2f   %7.2f" % (r["boundary_f1"], c["test"]["f1"]))
print("  POS accuracy (full tag str.) %7.2f      -" % r["pos_accuracy"])
rc, rv = r["speed_corpus_cached"], r["speed_corpus_cached_views"]
ru = r.get("speed_corpus_uncached")
print("news corpus, %d words, one thread (words/s)" % r["corpus_words"])
print("  CRFsuite baseline: wall %.0f, CPU %.0f" % (c["news_words_per_s_wall"], c["news_words_per_s_cpu"]))
for name, x in [("rasd, memo cache, TokenAnalysis", rc), ("rasd, memo cache, borrowed views", rv)] + ([("rasd, no cache", ru)] if ru else []):
    print("  %-34s wall %9.0f (x%.0f)  CPU %9.0f (x%.0f)" % (name, x["wall"], x["wall"] / c["news_words_per_s_wall"], x["cpu"], x["cpu"] / c["news_words_per_s_cpu"]))
PY
