#!/usr/bin/env python3
"""CRFsuite character tagger (B/I) for Farasa-scheme segmentation: the baseline of
../shared/BASELINES.md section 2, rebuilt from its description.

Train on WikiNews train (file lines 2..13147), score on test (13148..18301) with the same
metrics as `rasd eval seg`: word accuracy (whole '+' string exact), boundary P/R/F1 on the
'+'-free string (no credit when that string differs), seen/unseen breakdown; then tagging
speed (feature extraction included) on the first N `\\w+` tokens of the news corpus.

Usage: crf_seg.py --shared ../shared [--c1 0.3 --c2 0.01 --iters 300] [--speed-words 1000000] [--json OUT]
"""
import argparse
import json
import os
import re
import sys
import tempfile
import time

import pycrfsuite

ASSIM = {("من", "ما"), ("من", "من"), ("أن", "لا"), ("كن", "نا")}


def read_gold(path):
    """(line number, morphemes) for every token line (line 1 is a header)."""
    out = []
    with open(path, encoding="utf-8") as f:
        for i, raw in enumerate(f, start=1):
            if i == 1:
                continue
            line = raw.rstrip("\r\n")
            tok = line.split("\t")[0]
            if not tok:
                continue
            morphs = [m for m in tok.split("+") if m] or [tok]
            out.append((i, morphs))
    return out


def assimilated(morphs):
    return any((a, b) in ASSIM for a, b in zip(morphs, morphs[1:]))


def surface(morphs):
    """The written word: ل+ال -> لل, ل+ال+لX -> للX, n-assimilation undone."""
    if assimilated(morphs):
        s = ""
        for k, m in enumerate(morphs):
            nxt = morphs[k + 1] if k + 1 < len(morphs) else None
            s += m[:-1] if nxt is not None and (m, nxt) in ASSIM and m.endswith("ن") else m
        return s
    return "".join(c for c, _ in char_labels(morphs))


def char_labels(morphs):
    """(char, 'B'|'I') of the written word; the article written as ل is a B."""
    out = []
    for k, m in enumerate(morphs):
        if m == "ال" and k > 0 and morphs[k - 1] == "ل":
            if k + 1 < len(morphs) and morphs[k + 1].startswith("ل"):
                continue  # article leaves no letter
            out.append(("ل", "B"))
            continue
        for j, c in enumerate(m):
            out.append((c, "B" if j == 0 else "I"))
    return out


def word_features(w):
    n = len(w)
    feats = []
    for i in range(n):
        f = ["b", "c=" + w[i], "pos=%d" % min(i, 6), "rpos=%d" % min(n - 1 - i, 6), "len=%d" % min(n, 15)]
        for d in (-2, -1, 1, 2):
            j = i + d
            f.append("c%+d=%s" % (d, w[j] if 0 <= j < n else ("^" if j < 0 else "$")))
        pad = "^^" + w + "$$"
        k = i + 2
        f += ["bi-=" + pad[k - 1:k + 1], "bi+=" + pad[k:k + 2], "tri-=" + pad[k - 2:k + 1],
              "tri0=" + pad[k - 1:k + 2], "tri+=" + pad[k:k + 3]]
        for m in range(1, 5):
            f.append("l%d=%s" % (m, w[max(0, i - m):i]))
            f.append("r%d=%s" % (m, w[i:i + m]))
        if n <= 12:
            f.append("w=%s|%d" % (w, i))
        feats.append(f)
    return feats


def decode(w, labels):
    """Farasa morphemes from B/I labels; a ل morpheme right after a proclitic ل is the article."""
    morphs = []
    for c, l in zip(w, labels):
        if l == "B" or not morphs:
            morphs.append(c)
        else:
            morphs[-1] += c
    return ["ال" if m == "ل" and k > 0 and morphs[k - 1] == "ل" and k + 1 < len(morphs) else m
            for k, m in enumerate(morphs)]


def boundaries(morphs):
    out, at = [], 0
    for m in morphs[:-1]:
        at += len(m)
        out.append(at)
    return out


def score(gold, pred):
    gb, pb = boundaries(gold), boundaries(pred)
    tp = len(set(gb) & set(pb)) if "".join(gold) == "".join(pred) else 0
    return int(gold == pred), tp, len(pb) - tp, len(gb) - tp


def summarize(rows):
    n = len(rows)
    acc = sum(r[0] for r in rows)
    tp = sum(r[1] for r in rows)
    fp = sum(r[2] for r in rows)
    fn = sum(r[3] for r in rows)
    p = 100.0 * tp / (tp + fp) if tp + fp else 0.0
    r = 100.0 * tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"tokens": n, "seg_accuracy": 100.0 * acc / n if n else 0.0, "precision": p, "recall": r, "f1": f1}


def news_words(path, limit):
    words = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            text = json.loads(line).get("text") or ""
            words.extend(re.findall(r"\w+", text))
            if len(words) >= limit:
                break
    return words[:limit]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default="../shared")
    ap.add_argument("--c1", type=float, default=0.3)
    ap.add_argument("--c2", type=float, default=0.01)
    ap.add_argument("--iters", type=int, default=300)
    ap.add_argument("--speed-words", type=int, default=1000000)
    ap.add_argument("--json")
    a = ap.parse_args()
    gold = read_gold(os.path.join(a.shared, "data/qcri-wikinews/WikiNews.pos.ref"))
    train = [m for i, m in gold if 2 <= i <= 13147]
    test = [m for i, m in gold if 13148 <= i <= 18301]

    t0 = time.time()
    trainer = pycrfsuite.Trainer(verbose=False)
    for m in train:
        if assimilated(m):
            continue
        cl = char_labels(m)
        w = "".join(c for c, _ in cl)
        trainer.append(word_features(w), [l for _, l in cl])
    trainer.set_params({"c1": a.c1, "c2": a.c2, "max_iterations": a.iters, "feature.possible_transitions": True})
    model = os.path.join(tempfile.mkdtemp(), "seg.crfsuite")
    trainer.train(model)
    train_s = time.time() - t0
    tagger = pycrfsuite.Tagger()
    tagger.open(model)

    seen = {surface(m) for m in train}
    rows, rows_seen, rows_unseen = [], [], []
    t0 = time.time()
    for m in test:
        w = surface(m)
        pred = decode(w, tagger.tag(word_features(w)))
        r = score(m, pred)
        rows.append(r)
        (rows_seen if w in seen else rows_unseen).append(r)
    test_s = time.time() - t0

    res = {"system": "CRFsuite char tagger (B/I)", "c1": a.c1, "c2": a.c2, "iterations": a.iters,
           "train_s": train_s, "test": summarize(rows), "test_seen": summarize(rows_seen),
           "test_unseen": summarize(rows_unseen), "test_words_per_s": len(test) / test_s}
    if a.speed_words:
        words = news_words(os.path.join(a.shared, "data/news-corpus/ant_multisource_v2.1.politics_economy.jsonl"),
                           a.speed_words)
        w0, c0 = time.time(), time.process_time()
        for w in words:
            decode(w, tagger.tag(word_features(w)))
        wall, cpu = time.time() - w0, time.process_time() - c0
        res.update({"news_words": len(words), "news_words_per_s_wall": len(words) / wall,
                    "news_words_per_s_cpu": len(words) / cpu})
    out = json.dumps(res, ensure_ascii=False, indent=2)
    print(out)
    if a.json:
        with open(a.json, "w", encoding="utf-8") as f:
            f.write(out + "\n")


if __name__ == "__main__":
    sys.exit(main())
