#!/usr/bin/env python3
"""Baseline for `rasd bench text`: Python stdlib regex tokenisation of the news corpus.

Written from ../shared/BASELINES.md section 3: `re.findall(r"\\w+|[^\\w\\s]")` over every
article's text, texts already in memory (reading and json.loads not timed), best of N passes.
Prints one JSON object: bytes, words (whitespace-separated), tokens, seconds, MB/s, words/s.
"""
import json
import re
import sys
import time


def main() -> None:
    path = sys.argv[1]
    passes = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    field = sys.argv[3] if len(sys.argv) > 3 else "text"
    texts = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line:
                texts.append(json.loads(line).get(field) or "")
    n_bytes = sum(len(t.encode("utf-8")) for t in texts)
    n_words = sum(len(t.split()) for t in texts)
    pattern = re.compile(r"\w+|[^\w\s]")
    best = float("inf")
    tokens = 0
    for _ in range(passes):
        start = time.perf_counter()
        tokens = 0
        for t in texts:
            tokens += len(pattern.findall(t))
        best = min(best, time.perf_counter() - start)
    print(json.dumps({
        "system": "python re.findall(r'\\w+|[^\\w\\s]')",
        "bytes": n_bytes, "words": n_words, "tokens": tokens, "seconds": best,
        "mb_per_s": n_bytes / best / 1e6, "words_per_s": n_words / best,
    }))


if __name__ == "__main__":
    main()
