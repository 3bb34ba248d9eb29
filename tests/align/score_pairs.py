#!/usr/bin/env python3
"""Scores a sentence matcher on the labelled pairs in tests/data/pairs/dev-pairs.tsv.

Usage:
  python3 tests/align/score_pairs.py PARALLAX [PAIRS.tsv] [--per-pair] [--jobs N] [--dates]

For now the matcher is the built program. For every pair, sentence a and
sentence b are written to two temporary .txt files (a one-line paragraph each)
and compared with

  PARALLAX compare --no-store A.txt B.txt --json -

A link in pairs[0].links means the program calls the two sentences "same";
its kind and score are recorded. Each pair is run a second time with
--threshold 0.01 so that pairs the default threshold leaves unlinked still get
the score the engine gives them (0 when it finds nothing at all): the
calibration table uses those scores. The claim clustering (claims with members
from both articles: what decides the "unique claims" list) is scored too, as a
second view.

--dates writes the pair's published date (when the file gives one) as a first
line of each file, which the importer reads as the article's date and marks
as furniture; without it the files hold only the sentence.

Exit status: 0, or 3 when the program failed on some pairs (they are listed and
counted as not linked).

Only "same" is a positive; discrepancy, different and unrelated are negatives
(a discrepancy must never be shown as shared). Standard library only.
"""
import argparse
import collections
import concurrent.futures
import json
import os
import pathlib
import subprocess
import sys
import tempfile
import time

HERE = pathlib.Path(__file__).resolve().parent
DEFAULT_PAIRS = HERE.parent / "data" / "pairs" / "dev-pairs.tsv"
FIELDS = ["id", "relation", "kind", "published_a", "published_b", "a", "b", "note"]
RELATIONS = ["same", "discrepancy", "different", "unrelated"]
LOW_THRESHOLD = "0.01"


def read_pairs(path):
    # Plain tab-separated text, no quoting: sentences keep their quote marks.
    lines = pathlib.Path(path).read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    if header != FIELDS:
        sys.exit(f"{path}: header is {header}, expected {FIELDS}")
    pairs = []
    for number, line in enumerate(lines[1:], 2):
        if not line.strip():
            continue
        cells = line.split("\t")
        if len(cells) != len(FIELDS):
            sys.exit(f"{path}:{number}: {len(cells)} fields, expected {len(FIELDS)}")
        pairs.append(dict(zip(FIELDS, cells)))
    return pairs


def walk_keys(value, found):
    if isinstance(value, dict):
        for key, item in value.items():
            found.add(key)
            walk_keys(item, found)
    elif isinstance(value, list):
        for item in value:
            walk_keys(item, found)


def run_compare(program, a_path, b_path, extra):
    command = [program, "compare", "--no-store", *extra, str(a_path), str(b_path), "--json", "-"]
    for attempt in range(5):
        try:
            proc = subprocess.run(command, capture_output=True, text=True, encoding="utf-8", timeout=120)
            break
        except OSError as error:  # e.g. the program is being relinked right now
            if attempt == 4:
                return None, f"cannot run: {error}"
            time.sleep(3)
    if proc.returncode != 0:
        return None, f"exit {proc.returncode}: {proc.stderr.strip()[:300]}"
    try:
        return json.loads(proc.stdout), None
    except json.JSONDecodeError as error:
        return None, f"bad JSON: {error}"


def summarise(doc):
    pair = doc["pairs"][0] if doc.get("pairs") else {"links": []}
    links = pair.get("links", [])
    best = max(links, key=lambda link: link.get("score", 0), default=None)
    shared_claim = any(len({m["article"] for m in claim.get("members", [])}) > 1 for claim in doc.get("claims", []))
    roles = [[block.get("role") for block in article.get("blocks", [])] for article in doc.get("articles", [])]
    keys = set()
    walk_keys(doc, keys)
    return {
        "linked": bool(links),
        "link_kind": best.get("kind") if best else None,
        "score": best.get("score", 0.0) if best else 0.0,
        "claim_shared": shared_claim,
        "roles": roles,
        "keys": keys,
    }


def score_one(program, pair, with_dates):
    with tempfile.TemporaryDirectory(prefix="pairs-") as tmp:
        paths = []
        for side in ("a", "b"):
            path = pathlib.Path(tmp) / f"{side}.txt"
            text = pair[side] + "\n"
            if with_dates and pair[f"published_{side}"]:
                text = pair[f"published_{side}"] + "\n\n" + text
            path.write_text(text, encoding="utf-8")
            paths.append(path)
        doc, error = run_compare(program, paths[0], paths[1], [])
        if error:
            return {"error": error}
        result = summarise(doc)
        low, error = run_compare(program, paths[0], paths[1], ["--threshold", LOW_THRESHOLD])
        if error:
            return {"error": "low threshold: " + error}
        result["low_score"] = summarise(low)["score"]
        return result


def prf(rows, predicted):
    tp = sum(1 for r in rows if r["relation"] == "same" and predicted(r))
    fp = sum(1 for r in rows if r["relation"] != "same" and predicted(r))
    fn = sum(1 for r in rows if r["relation"] == "same" and not predicted(r))
    tn = len(rows) - tp - fp - fn
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    accuracy = (tp + tn) / len(rows) if rows else 0.0
    return dict(tp=tp, fp=fp, fn=fn, tn=tn, accuracy=accuracy, precision=precision, recall=recall, f1=f1)


def print_metrics(title, m):
    print(title)
    print(f"  accuracy  {m['accuracy']:.3f}   precision {m['precision']:.3f}   recall {m['recall']:.3f}   "
          f"F1 {m['f1']:.3f}")
    print(f"  TP {m['tp']}  FP {m['fp']}  FN {m['fn']}  TN {m['tn']}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("program", help="path to the parallax executable")
    parser.add_argument("pairs", nargs="?", default=str(DEFAULT_PAIRS), help="pairs file (default: %(default)s)")
    parser.add_argument("--per-pair", action="store_true", help="list every pair the program gets wrong")
    parser.add_argument("--jobs", type=int, default=2, help="parallel workers (default 2)")
    parser.add_argument("--dates", action="store_true", help="write each side's published date as a dateline")
    args = parser.parse_args()

    program = os.path.abspath(args.program)
    if not os.access(program, os.X_OK):
        sys.exit(f"not an executable: {program}")
    pairs = read_pairs(args.pairs)
    print(f"{len(pairs)} pairs from {args.pairs}; program {program}" + ("; with datelines" if args.dates else ""))

    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        results = list(pool.map(lambda p: score_one(program, p, args.dates), pairs))

    rows = []
    errors = []
    json_keys = set()
    not_body = []
    for pair, result in zip(pairs, results):
        if "error" in result:
            errors.append((pair, result["error"]))
            result = {"linked": False, "link_kind": None, "score": 0.0, "claim_shared": False, "low_score": 0.0,
                      "roles": [], "keys": set()}
        json_keys |= result["keys"]
        body_roles = [roles[-1] if roles else None for roles in result["roles"]]
        if any(role != "body" for role in body_roles):
            not_body.append((pair, body_roles))
        rows.append({**pair, **result})

    if errors:
        print()
        print(f"WARNING: the program failed on {len(errors)} of {len(pairs)} pairs (listed at the end); they count as "
              f"not linked, so the figures below do not measure the matcher alone.")
    print()
    print_metrics('Links (a link between the two one-paragraph texts = "same"):', prf(rows, lambda r: r["linked"]))
    print()
    print_metrics('Claims (the two sentences fall in one claim = "same"):', prf(rows, lambda r: r["claim_shared"]))

    print()
    print("By relation and kind: pairs linked / not linked (claims: in one claim)")
    print(f"  {'relation':12s} {'kind':20s} {'n':>4s} {'linked':>7s} {'not':>5s} {'%linked':>8s} {'claim':>6s}   "
          f"link kinds")
    for relation in RELATIONS:
        kinds = sorted({r["kind"] for r in rows if r["relation"] == relation})
        for kind in kinds + ["(all)"]:
            group = [r for r in rows if r["relation"] == relation and (kind == "(all)" or r["kind"] == kind)]
            if not group:
                continue
            linked = sum(r["linked"] for r in group)
            claims = sum(r["claim_shared"] for r in group)
            link_kinds = collections.Counter(r["link_kind"] for r in group if r["linked"])
            shown = ", ".join(f"{k} {n}" for k, n in sorted(link_kinds.items()))
            print(f"  {relation:12s} {kind:20s} {len(group):4d} {linked:7d} {len(group) - linked:5d} "
                  f"{100 * linked / len(group):7.0f}% {claims:6d}   {shown}")

    print()
    print(f"Calibration (score of the best link with --threshold {LOW_THRESHOLD}; 0 when none):")
    print(f"  {'bucket':9s} {'n':>4s} {'same':>5s} {'share same':>10s}   by relation")
    for i in range(10):
        low, high = i / 10, (i + 1) / 10
        group = [r for r in rows if low <= r["low_score"] < high or (i == 9 and r["low_score"] >= 1.0)]
        same = sum(r["relation"] == "same" for r in group)
        share = f"{same / len(group):.2f}" if group else "-"
        by_relation = collections.Counter(r["relation"] for r in group)
        shown = ", ".join(f"{k} {by_relation[k]}" for k in RELATIONS if by_relation[k])
        print(f"  {low:.1f}-{high:.1f}   {len(group):4d} {same:5d} {share:>10s}   {shown}")
    consistent = sum(1 for r in rows if r["linked"] == (r["low_score"] >= 0.3))
    print(f"  (default-threshold link decision equals low-threshold score >= 0.3 for {consistent}/{len(rows)} pairs)")

    print()
    discrepancy_keys = sorted(k for k in json_keys if any(s in k.lower() for s in ("discrep", "clash", "differ", "conflict")))
    if discrepancy_keys:
        print(f"Discrepancy information in the compare JSON: keys {discrepancy_keys}")
    else:
        print("Discrepancy information in the compare JSON: none (keys seen: " + ", ".join(sorted(json_keys)) + ")")
    if not_body:
        print(f"{len(not_body)} pairs where a sentence was not imported as a body block (role of its last block):")
        for pair, roles in not_body[:20]:
            print(f"  {pair['id']} {pair['relation']}/{pair['kind']}: {roles}")
    if errors:
        print(f"{len(errors)} pairs the program failed on (counted as not linked):")
        for pair, error in errors[:20]:
            print(f"  {pair['id']}: " + " | ".join(error.splitlines()))

    if args.per_pair:
        print()
        print("Wrong pairs (link view): FP = linked but not same, FN = same but not linked")
        for r in rows:
            wrong = r["linked"] != (r["relation"] == "same")
            if not wrong:
                continue
            tag = "FP" if r["linked"] else "FN"
            link = f"{r['link_kind']} {r['score']:.3f}" if r["linked"] else f"no link (low-threshold score {r['low_score']:.3f})"
            print(f"{tag} {r['id']} {r['relation']}/{r['kind']}: {link}")
            print(f"    a: {r['a']}")
            print(f"    b: {r['b']}")
    return 3 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
