#!/usr/bin/env python3
"""Time and peak memory of `parallax compare` on a large set of articles.

Writes COUNT synthetic articles of about 800 words into a temporary folder,
made as bench_coverage makes its stories: each takes paragraphs of the seed
articles (as outlets take wire copy) with a few words changed, so that the
set shares claims the way a real story does. Then runs

    parallax compare --no-store --html OUT FILES...
    parallax compare --no-store --json OUT FILES...

and prints each one's wall time, CPU time and peak resident memory (of the
child process, from wait4), beside the issue's targets. Not run by CTest:
speed is measured, not asserted.

    tests/benchmarks/compare_sizes.py build/release/parallax /work/shared/seeds
    tests/benchmarks/compare_sizes.py --count 200 --formats html,csv PARALLAX SEEDS
"""

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGETS = {"html": (15.0, 400), "json": (8.0, None)}


def seed_paragraphs(seeds: Path) -> list[str]:
    paragraphs = []
    for path in sorted(seeds.glob("*.txt")):
        for paragraph in path.read_text(encoding="utf-8").split("\n\n"):
            # Sentences, not page furniture ("5 min read"): long enough to carry a claim.
            if len(paragraph.split()) >= 12:
                paragraphs.append(" ".join(paragraph.split()))
    return paragraphs


def write_articles(folder: Path, count: int, words: int, paragraphs: list[str], seed: int) -> list[str]:
    rng = random.Random(seed)
    files = []
    for i in range(count):
        body = []
        total = 0
        while total < words:
            tokens = rng.choice(paragraphs).split()
            # One word in ten swapped for another of the pool: near-verbatim copy.
            for _ in range(len(tokens) // 10):
                tokens[rng.randrange(len(tokens))] = rng.choice(rng.choice(paragraphs).split())
            body.append(" ".join(tokens))
            total += len(tokens)
        path = folder / f"article-{i:04d}.txt"
        path.write_text(f"Outlet {i} reports on the talks\n\n" + "\n\n".join(body) + "\n", encoding="utf-8")
        files.append(str(path))
    return files


def measure(command: list[str]) -> tuple[float, float, float]:
    start = time.monotonic()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.monotonic() - start
    err = child.stderr.read().decode(errors="replace") if child.stderr else ""
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        sys.exit(f"{' '.join(command[:4])} ... exited with {code}: {err.strip()[:500]}")
    # ru_maxrss is in kilobytes on Linux.
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("parallax", help="the parallax executable")
    parser.add_argument("seeds", help="folder of seed articles (*.txt)")
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--words", type=int, default=800)
    parser.add_argument("--formats", default="html,json", help="comma-separated: html, json, csv")
    parser.add_argument("--keep", help="write the articles and outputs here instead of a temporary folder")
    args = parser.parse_args()

    paragraphs = seed_paragraphs(Path(args.seeds))
    if not paragraphs:
        sys.exit(f"no seed articles in {args.seeds}")
    with tempfile.TemporaryDirectory(prefix="parallax-sizes-") as temporary:
        folder = Path(args.keep) if args.keep else Path(temporary)
        folder.mkdir(parents=True, exist_ok=True)
        files = write_articles(folder, args.count, args.words, paragraphs, seed=15)
        print(f"{args.count} articles of ~{args.words} words; machine load {os.getloadavg()[0]:.2f}")
        for fmt in args.formats.split(","):
            out = folder / f"comparison.{fmt}"
            wall, cpu, rss = measure([args.parallax, "compare", "--no-store", f"--{fmt}", str(out), *files])
            seconds, megabytes = TARGETS.get(fmt, (None, None))
            target = ", ".join(t for t in (seconds and f"≤ {seconds:g} s", megabytes and f"≤ {megabytes} MB") if t)
            print(f"--{fmt:4} wall {wall:6.2f} s  cpu {cpu:6.2f} s  peak RSS {rss:7.1f} MB  "
                  f"output {out.stat().st_size / 2**20:7.1f} MB" + (f"  (target {target})" if target else ""))


if __name__ == "__main__":
    main()
