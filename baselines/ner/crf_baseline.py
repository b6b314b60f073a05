#!/usr/bin/env python3
"""CRFsuite NER baseline on ANERcorp (CAMeL split), rebuilt from ../shared/BASELINES.md section 1.

Features (as BASELINES.md lists them): word and normalised word (أ إ آ→ا, ى→ي, ة→ه, diacritics and
tatweel removed); prefixes and suffixes of length 1-3 of the normalised word; shape (digit / latin /
arabic / punct / mixed); the ال forms and a proclitic feature (first letter و ب ل ف ك when the word
has more than 2 letters); all of these for the ±1 and ±2 neighbours, plus BOS/EOS.
Training: L-BFGS, c1=0.2, c2=0.01, 300 iterations, possible transitions on (picked on a dev set
made of the last 10% of train in BASELINES.md; not re-tuned here).

Usage:
  crf_baseline.py train --train FILE --model OUT
  crf_baseline.py tag   --model M --gold FILE [--predictions OUT] [--runs 5] [--json]
Tagging speed includes feature extraction; it is reported as tokens/s (median of --runs, wall).
Scoring is conlleval exact-span (`score()` below), checked against hand examples in test_baseline.py.
"""
import argparse
import json
import re
import statistics
import sys
import time

import pycrfsuite

DIAC = re.compile("[\u064b-\u065f\u0670\u0640]")
AL_FORMS = ("ال", "وال", "بال", "فال", "كال", "لل", "ولل", "فلل")


def norm(w):
    w = DIAC.sub("", w)
    return w.translate(str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ى": "ي", "ة": "ه"}))


def shape(w):
    if re.fullmatch(r"[0-9٠-٩.,]+", w):
        return "digit"
    if re.fullmatch(r"[A-Za-z]+", w):
        return "latin"
    if re.fullmatch(r"[\u0600-\u06ff]+", w):
        return "arabic"
    if re.fullmatch(r"\W+", w):
        return "punct"
    return "mixed"


def word_feats(w, p):
    n = norm(w)
    f = {p + "w": w, p + "n": n, p + "shape": shape(w)}
    for k in (1, 2, 3):
        f[p + "pre%d" % k] = n[:k]
        f[p + "suf%d" % k] = n[-k:]
    for al in AL_FORMS:
        if n.startswith(al):
            f[p + "al"] = al
            break
    if len(n) > 2 and n[0] in "وبلفك":
        f[p + "procl"] = n[0]
    return f


def sent_feats(toks):
    out = []
    for i in range(len(toks)):
        f = {"bias": 1.0}
        f.update(word_feats(toks[i], ""))
        for o in (-2, -1, 1, 2):
            j = i + o
            if 0 <= j < len(toks):
                f.update(word_feats(toks[j], "%+d:" % o))
            else:
                f["%+d:pad" % o] = "BOS" if j < 0 else "EOS"
        out.append(f)
    return out


def read_conll(path):
    sents, cur = [], []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            cols = line.split()
            if not cols:
                if cur:
                    sents.append(cur)
                    cur = []
                continue
            if len(cols) >= 2:
                cur.append((cols[0], cols[-1]))
    if cur:
        sents.append(cur)
    return sents


def chunks(tags):
    """conlleval chunks: (start, end, type); I-X after O or another type starts a chunk."""
    out, cur = [], None
    for i, t in enumerate(list(tags) + ["O"]):
        p, _, ty = t.partition("-")
        if cur and (t == "O" or p == "B" or ty != cur[2]):
            out.append(tuple(cur))
            cur = None
        if t != "O":
            if cur is None:
                cur = [i, i + 1, ty]
            else:
                cur[1] = i + 1
    return out


def score(gold_sents, pred_sents):
    per = {}
    for g, p in zip(gold_sents, pred_sents):
        gc, pc = set(chunks(g)), set(chunks(p))
        for c in gc:
            per.setdefault(c[2], [0, 0, 0])[0] += 1
        for c in pc:
            per.setdefault(c[2], [0, 0, 0])[1] += 1
        for c in gc & pc:
            per[c[2]][2] += 1

    def prf(gold, pred, ok):
        pr = 100.0 * ok / pred if pred else 0.0
        rc = 100.0 * ok / gold if gold else 0.0
        f = 2 * pr * rc / (pr + rc) if pr + rc else 0.0
        return {"gold": gold, "predicted": pred, "correct": ok, "precision": pr, "recall": rc, "f1": f}

    tot = [sum(v[i] for v in per.values()) for i in range(3)]
    return {"micro": prf(*tot), "per_type": {k: prf(*v) for k, v in sorted(per.items())}}


def train(args):
    sents = read_conll(args.train)
    t0 = time.time()
    tr = pycrfsuite.Trainer(verbose=False)
    for s in sents:
        tr.append(sent_feats([w for w, _ in s]), [t for _, t in s])
    tr.set_params({"c1": 0.2, "c2": 0.01, "max_iterations": 300, "feature.possible_transitions": True})
    tr.train(args.model)
    print(json.dumps({"train_sentences": len(sents), "train_seconds": time.time() - t0}))


def tag(args):
    sents = read_conll(args.gold)
    tagger = pycrfsuite.Tagger()
    tagger.open(args.model)
    ntok = sum(len(s) for s in sents)
    times, pred = [], None
    for _ in range(args.runs):
        t0 = time.perf_counter()
        pred = [tagger.tag(sent_feats([w for w, _ in s])) for s in sents]
        times.append(time.perf_counter() - t0)
    gold = [[t for _, t in s] for s in sents]
    rep = score(gold, pred)
    rep["tokens"] = ntok
    rep["tokens_per_second"] = ntok / statistics.median(times)
    if args.predictions:
        with open(args.predictions, "w", encoding="utf-8") as fh:
            for s, p in zip(sents, pred):
                for (w, g), t in zip(s, p):
                    fh.write("%s %s %s\n" % (w, g, t))
                fh.write("\n")
    if args.json:
        print(json.dumps(rep, ensure_ascii=False))
    else:
        m = rep["micro"]
        print("micro P %.2f R %.2f F1 %.2f; %.0f tok/s" % (m["precision"], m["recall"], m["f1"], rep["tokens_per_second"]))
        for k, v in rep["per_type"].items():
            print("%5s P %.2f R %.2f F1 %.2f" % (k, v["precision"], v["recall"], v["f1"]))


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    a = sub.add_parser("train")
    a.add_argument("--train", required=True)
    a.add_argument("--model", required=True)
    b = sub.add_parser("tag")
    b.add_argument("--model", required=True)
    b.add_argument("--gold", required=True)
    b.add_argument("--predictions")
    b.add_argument("--runs", type=int, default=5)
    b.add_argument("--json", action="store_true")
    args = ap.parse_args()
    train(args) if args.cmd == "train" else tag(args)


if __name__ == "__main__":
    sys.exit(main())
