#!/usr/bin/env python3
"""Parallax as a whole process beside the plain tools a person compares it with.

Run side by side in one hyperfine run each, so that the ratios hold even on a
loaded machine (the absolute times do not):

  1. start-up: `parallax --version`;
  2. the seed pair: `parallax compare --no-store A B --json OUT` against
     `git diff --no-index --word-diff A B` (goal: at most 2x);
  3. two long documents (100,000 words each by default, made from the seed
     articles' paragraphs, the second a rewrite of the first):
     `parallax compare --no-store A B --json OUT` against a flat dtl word SES
     of the same files (tests/benchmarks/dtl_word_ses; goal: at most 1x),
     with each one's peak resident memory.

Not run by CTest: speed is measured, not asserted.

    tests/benchmarks/command_line_speed.py build/release/app/parallax \\
        build/release/tests/benchmarks/dtl_word_ses /work/shared/seeds
"""

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path


def hyperfine(commands: list[str], runs: int, export: Path) -> list[dict]:
    for command in commands[1:]:
        subprocess.run(command.split(), check=True, stdout=subprocess.DEVNULL)
    # -i: git diff exits with 1 when the files differ; the others were checked above.
    subprocess.run(["hyperfine", "-N", "-i", "--warmup", "2", "--runs", str(runs), "--export-json", str(export),
                    "--style", "none", *commands], check=True, stdout=subprocess.DEVNULL)
    return json.loads(export.read_text())["results"]


def peak_rss_mb(command: list[str]) -> float:
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"{command[0]} failed")
    return usage.ru_maxrss / 1024


def show(results: list[dict], reference: int) -> None:
    base = results[reference]["median"]
    for result in results:
        print(f"  {result['median'] * 1000:8.1f} ms median  (user {result['user'] * 1000:6.1f} ms, "
              f"system {result['system'] * 1000:6.1f} ms)  {result['median'] / base:5.2f}x  {result['command']}")


def long_documents(seeds: Path, words: int, folder: Path) -> tuple[Path, Path]:
    paragraphs = [" ".join(p.split()) for path in sorted(seeds.glob("*.txt"))
                  for p in path.read_text(encoding="utf-8").split("\n\n") if len(p.split()) >= 12]
    rng = random.Random(15)
    first, total = [], 0
    while total < words:
        tokens = rng.choice(paragraphs).split()
        for _ in range(len(tokens) // 8):
            tokens[rng.randrange(len(tokens))] = rng.choice(rng.choice(paragraphs).split())
        first.append(" ".join(tokens))
        total += len(tokens)
    # The rewrite: most paragraphs kept, some edited, dropped, moved or new.
    second = []
    for paragraph in first:
        roll = rng.random()
        if roll < 0.05:
            continue
        tokens = paragraph.split()
        if roll < 0.30:
            for _ in range(max(1, len(tokens) // 10)):
                tokens[rng.randrange(len(tokens))] = rng.choice(rng.choice(paragraphs).split())
        second.append(" ".join(tokens))
        if rng.random() < 0.05:
            second.append(rng.choice(paragraphs))
    for _ in range(len(second) // 50):
        i, j = rng.randrange(len(second)), rng.randrange(len(second))
        second.insert(j, second.pop(i))
    a, b = folder / "long-a.txt", folder / "long-b.txt"
    a.write_text("The long report\n\n" + "\n\n".join(first) + "\n", encoding="utf-8")
    b.write_text("The long report, revised\n\n" + "\n\n".join(second) + "\n", encoding="utf-8")
    return a, b


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("parallax")
    parser.add_argument("dtl_word_ses")
    parser.add_argument("seeds", help="folder of the seed articles, 000.txt and 001.txt among them")
    parser.add_argument("--words", type=int, default=100_000, help="words in each long document")
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--skip-long", action="store_true")
    args = parser.parse_args()
    if not shutil.which("hyperfine"):
        sys.exit("needs hyperfine (Debian: apt install hyperfine)")
    seeds = Path(args.seeds)
    a, b = seeds / "000.txt", seeds / "001.txt"
    print(f"machine load {os.getloadavg()[0]:.2f} (ratios are side by side, in one run)")
    with tempfile.TemporaryDirectory(prefix="parallax-speed-") as temporary:
        folder = Path(temporary)
        out = folder / "out.json"
        print("start-up and the seed pair:")
        results = hyperfine([f"git diff --no-index --word-diff {a} {b}", f"{args.parallax} --version",
                             f"{args.parallax} compare --no-store {a} {b} --json {out}"], args.runs,
                            folder / "seed.json")
        show(results, reference=0)
        print(f"  compare / git word diff: {results[2]['median'] / results[0]['median']:.2f} (goal <= 2)")
        if args.skip_long:
            return
        long_a, long_b = long_documents(seeds, args.words, folder)
        print(f"two documents of {args.words:,} words:")
        commands = [f"{args.dtl_word_ses} {long_a} {long_b}",
                    f"{args.parallax} compare --no-store {long_a} {long_b} --json {out}"]
        results = hyperfine(commands, max(3, args.runs // 5), folder / "long.json")
        show(results, reference=0)
        print(f"  compare / dtl word SES: {results[1]['median'] / results[0]['median']:.2f} (goal <= 1)")
        for command in commands:
            print(f"  peak RSS {peak_rss_mb(command.split()):7.1f} MB  {command.split()[0]}")


if __name__ == "__main__":
    main()
