#!/usr/bin/env python3
"""Fits the sentence matcher's score (matchProbability in
app/align/SentenceMatcher.cpp) on the labelled development pairs.

    PARALLAX_MATCHER_EVIDENCE=/tmp/evidence.tsv \\
        build/release/tests/app/tst_sentencematcher developmentPairs
    python3 tests/align/fit_matcher.py /tmp/evidence.tsv

The test writes what the matcher saw in each pair (coverage of each side,
of its claim words, how much each says, whether the two clash); this script
fits a logistic regression of "same claim" against "different claim" on
features of that evidence (discrepancies, one claim told two ways, are left
out: the matcher flags them by their clash, and the score only has to keep
them together),
reports its accuracy by ten-fold cross-validation (pairs never seen by the
fold's fit) and on all pairs, the calibration of the fitted score in tenths,
and prints the coefficients to paste into matchProbability.

Standard library only: Newton's method with a small L2 penalty.
"""
import csv
import math
import random
import sys

FEATURES = ["bias", "cover_min", "cover_max", "claim_min", "claim_max", "cover_short", "length_ratio",
            "no_claim_match", "claim_mass", "figure_match"]
# Matched claim weight at which a pair says enough to be one claim: about
# three content words.
MASS_SATURATION = 3.0


def features(row):
    ca, cb = float(row["cover_a"]), float(row["cover_b"])
    la, lb = float(row["claim_a"]), float(row["claim_b"])
    wa, wb = float(row["weight_a"]), float(row["weight_b"])
    short = ca if wa <= wb else cb
    ratio = min(wa, wb) / max(wa, wb) if max(wa, wb) > 0 else 0
    mass = min(float(row["claim_mass_a"]), float(row["claim_mass_b"]))
    return [1.0, min(ca, cb), max(ca, cb), min(la, lb), max(la, lb), short, ratio,
            1.0 if int(row["claim_matches"]) == 0 else 0.0, min(1.0, mass / MASS_SATURATION),
            1.0 if int(row["figure_matches"]) > 0 else 0.0]


def sigmoid(z):
    return 1 / (1 + math.exp(-max(-30, min(30, z))))


def solve(a, b):
    """Gaussian elimination with partial pivoting: a x = b."""
    n = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[p] = m[p], m[c]
        for r in range(n):
            if r != c and m[c][c]:
                f = m[r][c] / m[c][c]
                for k in range(c, n + 1):
                    m[r][k] -= f * m[c][k]
    return [m[i][n] / m[i][i] if m[i][i] else 0.0 for i in range(n)]


def fit(xs, ys, l2=0.05, steps=25):
    """Logistic regression by Newton's method (iteratively reweighted least
    squares), with an L2 penalty on all but the bias."""
    d = len(xs[0])
    w = [0.0] * d
    for _ in range(steps):
        grad = [l2 * w[k] if k else 0.0 for k in range(d)]
        hess = [[(l2 if i == j and i else 0.0) for j in range(d)] for i in range(d)]
        for x, y in zip(xs, ys):
            p = sigmoid(sum(wi * xi for wi, xi in zip(w, x)))
            for i in range(d):
                grad[i] += (p - y) * x[i]
                for j in range(d):
                    hess[i][j] += p * (1 - p) * x[i] * x[j]
        step = solve(hess, grad)
        w = [wi - si for wi, si in zip(w, step)]
    return w


def predict(w, x):
    return sigmoid(sum(wi * xi for wi, xi in zip(w, x)))


def main():
    rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8"), delimiter="\t"))
    threshold = float(sys.argv[2]) if len(sys.argv) > 2 else 0.5
    data = [(features(r), 1 if r["relation"] == "same" else 0) for r in rows if r["relation"] != "discrepancy"]

    # Ten-fold cross-validation: every pair scored by a fit that never saw it.
    random.seed(7)
    order = list(range(len(data)))
    random.shuffle(order)
    correct = 0
    for fold in range(10):
        test = set(order[fold::10])
        train = [data[i] for i in range(len(data)) if i not in test]
        w = fit([x for x, _ in train], [y for _, y in train])
        for i in test:
            x, y = data[i]
            called = predict(w, x) >= threshold
            correct += 1 if called == bool(y) else 0
    print(f"cross-validated accuracy at {threshold}: {correct / len(data):.3f}")

    w = fit([x for x, _ in data], [y for _, y in data])
    buckets = [[0, 0] for _ in range(10)]
    tp = fp = fn = tn = 0
    for x, y in data:
        p = predict(w, x)
        buckets[min(9, int(p * 10))][0] += 1
        buckets[min(9, int(p * 10))][1] += y
        called = p >= threshold
        tp += called and y
        fp += called and not y
        fn += (not called) and y
        tn += (not called) and not y
    print(f"all pairs: accuracy {(tp + tn) / len(data):.3f}, precision {tp / max(1, tp + fp):.3f}, "
          f"recall {tp / max(1, tp + fn):.3f}")
    for b, (n, same) in enumerate(buckets):
        if n:
            print(f"  score {b / 10:.1f}-{(b + 1) / 10:.1f}: {n:4d} pairs, {100 * same / n:3.0f}% the same claim")
    print("coefficients:")
    for name, wi in zip(FEATURES, w):
        print(f"  {name:16s} {wi:+.3f}")


if __name__ == "__main__":
    main()
