"""Baseline: sentence-level ASSAULT / PROTEST detection on the arabic-event-gsr dev part with
scikit-learn (TF-IDF word + char n-grams, logistic regression), document-grouped 5-fold CV.
Ambiguous sentences are excluded from training and scoring. Groups as in `rasd eval event --cv`:
the sentence id without its `-N` / `_N` number (the protest file's hashed web ids use `_N`),
with documents that share a sentence merged into one group.

Run: /work/venv-baselines/bin/python baselines/event/gsr_cv.py [../shared]
"""
import csv
import re
import sys

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import precision_recall_fscore_support
from sklearn.model_selection import GroupKFold
from sklearn.pipeline import make_pipeline, make_union

SHARED = sys.argv[1] if len(sys.argv) > 1 else "../shared"


def norm(t):
    t = re.sub("[\u064b-\u065f\u0640]", "", t)
    t = re.sub("[أإآٱ]", "ا", t)
    return t.replace("ى", "ي").replace("ة", "ه")


def doc_of(i):
    for sep in "-_":
        d, _, n = i.rpartition(sep)
        if d and n.isdigit():
            return d
    return i


def groups(rows):
    """Document of each row, documents sharing a (normalised) sentence merged."""
    parent = {}

    def find(d):
        while parent.setdefault(d, d) != d:
            d = parent[d]
        return d

    seen = {}
    for r in rows:
        d, key = doc_of(r["id"]), " ".join(norm(r["text"]).split())
        find(d)
        if key in seen:
            a, b = find(seen[key]), find(d)
            if a != b:
                parent[max(a, b)] = min(a, b)
        else:
            seen[key] = d
    return [find(doc_of(r["id"])) for r in rows]


for task in ["assault", "protest"]:
    every = list(csv.DictReader(open(f"{SHARED}/data/arabic-event-gsr/{task}_gsr.csv", encoding="utf-8")))
    keep = [i for i, r in enumerate(every) if r["label"] != "ambiguous"]
    group_of = groups(every)
    rows = [every[i] for i in keep]
    x = [norm(r["text"]) for r in rows]
    y = [r["label"] == "yes" for r in rows]
    g = [group_of[i] for i in keep]
    for c in [1, 4, 16]:
        pred = [False] * len(x)
        for tr, te in GroupKFold(5).split(x, y, g):
            m = make_pipeline(
                make_union(TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=2), TfidfVectorizer(sublinear_tf=True)),
                LogisticRegression(C=c, class_weight="balanced", max_iter=2000),
            )
            m.fit([x[i] for i in tr], [y[i] for i in tr])
            for i, p in zip(te, m.predict([x[i] for i in te])):
                pred[i] = bool(p)
        p, r, f, _ = precision_recall_fscore_support(y, pred, average="binary")
        print(f"{task.upper():8} C={c:<3} P={p:.3f} R={r:.3f} F1={f:.3f}")
