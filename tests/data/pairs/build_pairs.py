#!/usr/bin/env python3
"""Builds dev-pairs.tsv from the hand-written sources in src/*.txt.

Source format (one file per theme, read in name order):
  # comment                 ignored
  = RELATION KIND           sets the label for the pairs that follow
  @ PUBLISHED_A PUBLISHED_B optional, YYYY-MM-DD or '-' for none; next pair only
  ! NOTE                    optional; next pair only
  two text lines            sentence a, then sentence b ("==" as b: the same text as a)
Pairs are separated by blank lines. Ids are assigned in order: RELATION
initial + running number (s0001, d0001, f0001, u0001).

Run: python3 tests/data/pairs/build_pairs.py   (rewrites dev-pairs.tsv, prints counts)
"""
import collections
import pathlib
import re
import signal
import sys

HERE = pathlib.Path(__file__).resolve().parent
KINDS = {
    "same": {"identical", "near-edit", "synonym", "derivation", "name-variant", "us-variant", "pronoun",
             "number-format", "date-format", "voice", "reorder", "attribution", "summary", "paraphrase"},
    "discrepancy": {"figure", "date", "name", "place", "opposite-verb", "negation"},
    "different": {"same-topic", "shared-name-only", "wire-frame", "same-quote-speaker"},
    "unrelated": {"unrelated"},
}
PREFIX = {"same": "s", "discrepancy": "d", "different": "f", "unrelated": "u"}
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def parse(path):
    relation = kind = None
    pending = {"pa": "", "pb": "", "note": ""}
    texts = []
    out = []

    def flush(lineno):
        nonlocal texts, pending
        if not texts:
            return
        if len(texts) != 2:
            sys.exit(f"{path.name}:{lineno}: a pair needs exactly two text lines, got {len(texts)}: {texts}")
        if relation is None:
            sys.exit(f"{path.name}:{lineno}: pair before any '= relation kind' line")
        note = pending["note"]
        if path.name == "seed.txt" and not note.startswith("seed "):
            sys.exit(f"{path.name}:{lineno}: seed pairs need a note starting with 'seed'")
        out.append(dict(relation=relation, kind=kind, published_a=pending["pa"], published_b=pending["pb"],
                        a=texts[0], b=texts[1], note=note, source=f"{path.name}:{lineno}"))
        texts = []
        pending = {"pa": "", "pb": "", "note": ""}

    for lineno, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if "\t" in raw:
            sys.exit(f"{path.name}:{lineno}: tab in source")
        if not line:
            flush(lineno)
            continue
        if line.startswith("#"):
            continue
        if line.startswith("= "):
            flush(lineno)
            parts = line[2:].split()
            if len(parts) != 2 or parts[0] not in KINDS or parts[1] not in KINDS[parts[0]]:
                sys.exit(f"{path.name}:{lineno}: bad label line {line!r}")
            relation, kind = parts
            continue
        if line.startswith("@ "):
            toks = line[2:].split() + ["-", "-"]
            for key, tok in zip(("pa", "pb"), toks[:2]):
                if tok != "-" and not DATE.match(tok):
                    sys.exit(f"{path.name}:{lineno}: bad date {tok!r}")
                pending[key] = "" if tok == "-" else tok
            continue
        if line.startswith("! "):
            pending["note"] = line[2:].strip()
            continue
        if line == "==" and len(texts) == 1:
            line = texts[0]
        texts.append(line)
    flush(lineno + 1)
    return out


def overlap(a, b):
    wa, wb = (set(re.findall(r"\w+", t.lower())) for t in (a, b))
    return len(wa & wb) / len(wa | wb) if wa | wb else 0.0


def main():
    pairs = []
    for path in sorted((HERE / "src").glob("*.txt")):
        pairs.extend(parse(path))
    seen = {}
    for p in pairs:
        key = (p["a"], p["b"])
        if key in seen:
            sys.exit(f"duplicate pair at {p['source']} and {seen[key]}")
        seen[key] = p["source"]
    counters = collections.Counter()
    rows = ["id\trelation\tkind\tpublished_a\tpublished_b\ta\tb\tnote"]
    for p in pairs:
        counters[p["relation"]] += 1
        pid = f"{PREFIX[p['relation']]}{counters[p['relation']]:04d}"
        rows.append("\t".join([pid, p["relation"], p["kind"], p["published_a"], p["published_b"],
                               p["a"], p["b"], p["note"]]))
    (HERE / "dev-pairs.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")

    total = len(pairs)
    print(f"{total} pairs")
    by_kind = collections.Counter((p["relation"], p["kind"]) for p in pairs)
    seeds = collections.Counter(p["relation"] for p in pairs if p["note"].startswith("seed"))
    print(f"from the seed articles: {sum(seeds.values())} (note starting 'seed')")
    for relation in KINDS:
        n = sum(1 for p in pairs if p["relation"] == relation)
        print(f"{relation:12s} {n:4d} ({100 * n / max(total, 1):4.1f}%)  seed {seeds[relation]}")
        for kind in sorted(KINDS[relation]):
            print(f"    {kind:20s} {by_kind[(relation, kind)]:4d}")
    print("word overlap (Jaccard of lower-cased word sets) by relation: mean, share < 0.3, share >= 0.6")
    for relation in KINDS:
        values = [overlap(p["a"], p["b"]) for p in pairs if p["relation"] == relation]
        if values:
            low = sum(v < 0.3 for v in values) / len(values)
            high = sum(v >= 0.6 for v in values) / len(values)
            print(f"    {relation:12s} {sum(values) / len(values):.2f}  {low:4.0%}  {high:4.0%}")


if __name__ == "__main__":
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    main()
