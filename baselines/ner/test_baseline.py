#!/usr/bin/env python3
"""Hand-checked examples for the baseline's conlleval scorer and features (run: python3 test_baseline.py)."""
import unittest

from crf_baseline import chunks, norm, score, sent_feats


class ScorerTest(unittest.TestCase):
    def test_chunks_follow_conlleval(self):
        self.assertEqual(chunks(["B-PER", "I-PER", "O", "I-LOC"]), [(0, 2, "PER"), (3, 4, "LOC")])
        self.assertEqual(chunks(["B-PER", "I-LOC"]), [(0, 1, "PER"), (1, 2, "LOC")])

    def test_exact_span_micro(self):
        g = [["B-PER", "I-PER", "O", "B-LOC", "O", "B-ORG", "I-ORG", "O"]]
        p = [["B-PER", "I-PER", "O", "B-LOC", "O", "B-ORG", "O", "B-MISC"]]
        r = score(g, p)["micro"]
        self.assertEqual((r["gold"], r["predicted"], r["correct"]), (3, 4, 2))
        self.assertAlmostEqual(r["f1"], 57.142857142857146)

    def test_features(self):
        self.assertEqual(norm("أَحمد"), "احمد")
        f = sent_feats(["بالكويت", "امس"])
        self.assertEqual(f[0]["al"], "بال")
        self.assertEqual(f[0]["-1:pad"], "BOS")
        self.assertEqual(f[0]["+1:w"], "امس")


if __name__ == "__main__":
    unittest.main()
