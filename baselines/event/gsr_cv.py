"""Baseline: sentence-level ASSAULT / PROTEST detection on the arabic-event-gsr dev part with
scikit-learn (TF-IDF word + char n-grams, logistic regression), document-grouped 5-fold CV.
Ambiguous sentences are excluded, as in `rasd train event`.

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


for task in ["assault", "protest"]:
    rows = [r for r in csv.DictReader(open(f"{SHARED}/data/arabic-event-gsr/{task}_gsr.csv", encoding="utf-8")) if r["label"] != "ambiguous"]
    x = [norm(r["text"]) for r in rows]
    y = [r["label"] == "yes" for r in rows]
    g = [r["id"].rsplit("-", 1)[0] for r in rows]
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
