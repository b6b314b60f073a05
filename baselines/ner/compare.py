#!/usr/bin/env python3
"""Prints the rasd vs CRFsuite NER comparison from the JSON files scripts/bench_ner.sh writes."""
import json
import os
import sys


def load(d, name):
    with open(os.path.join(d, name), encoding="utf-8") as fh:
        return json.load(fh)


def main():
    d = sys.argv[1]
    print("| test file | system | P | R | F1 | PER F1 | LOC F1 | ORG F1 | MISC F1 | tok/s |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for name in ("official", "repaired"):
        crf = load(d, "crf_%s.json" % name)
        rasd = load(d, "rasd_%s.json" % name)
        rr = rasd["report"]
        rows = [
            ("CRFsuite baseline", crf["micro"], crf["per_type"], crf["tokens_per_second"], "PERS"),
            ("rasd", rr["micro"], rr["per_type"], rasd["tokens_per_second"], "PER"),
        ]
        for sysname, m, pt, speed, per in rows:
            f = lambda t: pt.get(t, {}).get("f1", 0.0)
            print("| %s | %s | %.2f | %.2f | **%.2f** | %.2f | %.2f | %.2f | %.2f | %.0f |" % (
                name, sysname, m["precision"], m["recall"], m["f1"], f(per), f("LOC"), f("ORG"), f("MISC"), speed))
        gain = {t: rr["per_type"].get(t, {}).get("f1", 0) - crf["per_type"].get(c, {}).get("f1", 0)
                for t, c in (("PER", "PERS"), ("LOC", "LOC"), ("ORG", "ORG"), ("MISC", "MISC"))}
        print("| %s | gain (rasd - CRF) | | | %+.2f | %+.2f | %+.2f | %+.2f | %+.2f | x%.2f |" % (
            name, rr["micro"]["f1"] - crf["micro"]["f1"], gain["PER"], gain["LOC"], gain["ORG"], gain["MISC"],
            rasd["tokens_per_second"] / crf["tokens_per_second"]))


if __name__ == "__main__":
    main()
