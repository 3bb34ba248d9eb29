#!/usr/bin/env python3
"""Two `parallax import` processes on one library at the same time.

Each imports 1,000 files of its own, and both import the same 100 files, so
that they also race to store identical articles. Every import must land
(2,100 articles, none twice), both processes must succeed, and the library
must pass integrity_check and foreign_key_check. A third process lists the
library while they write.

Usage: two_instances.py PARALLAX_BINARY [--files N] [--seed S]
"""

import argparse
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time


def write_articles(folder, prefix, count, rng):
    os.makedirs(folder)
    for i in range(count):
        words = " ".join(rng.choice(("ferry", "bridge", "council", "river", "strike", "vote", "road"))
                         for _ in range(12))
        with open(os.path.join(folder, f"{prefix}-{i:04d}.txt"), "w", encoding="utf-8") as f:
            f.write(f"{prefix} report {i}\n\nThe {words} story number {i} from {prefix}.\n")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("binary")
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    options = parser.parse_args()
    rng = random.Random(options.seed)
    work = tempfile.mkdtemp(prefix="parallax-two-")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LC_ALL="C.UTF-8", HOME=work)
    try:
        write_articles(os.path.join(work, "a"), "first", options.files, rng)
        write_articles(os.path.join(work, "b"), "second", options.files, rng)
        write_articles(os.path.join(work, "shared"), "shared", 100, rng)
        library = os.path.join(work, "library.sqlite")
        # Created first, so that both processes open an existing library.
        subprocess.run([options.binary, "list", "--library", library], env=env, check=True,
                       stdout=subprocess.DEVNULL)
        started = time.monotonic()
        # Output to files: a pipe nobody reads fills up and stops the import.
        logs = [open(os.path.join(work, f"{name}.log"), "w+b") for name in ("a", "b")]
        processes = [
            subprocess.Popen([options.binary, "import", os.path.join(work, name), os.path.join(work, "shared"),
                              "--library", library],
                             env=env, stdout=subprocess.DEVNULL, stderr=log)
            for name, log in zip(("a", "b"), logs)
        ]
        listings = 0
        while any(p.poll() is None for p in processes):
            listed = subprocess.run([options.binary, "list", "--library", library], env=env,
                                    stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False)
            if listed.returncode != 0:
                print("FAIL list while importing: " + listed.stderr.decode(errors="replace"), file=sys.stderr)
                return 1
            listings += 1
        seconds = time.monotonic() - started
        problems = []
        for process, log in zip(processes, logs):
            process.wait()
            log.seek(0)
            err = log.read().decode(errors="replace")
            log.close()
            if process.returncode != 0:
                problems.append(f"import exited {process.returncode}: {err[-2000:]}")
        connection = sqlite3.connect(library)
        articles = connection.execute("SELECT count(*) FROM articles").fetchone()[0]
        integrity = [row[0] for row in connection.execute("PRAGMA integrity_check")]
        foreign = connection.execute("PRAGMA foreign_key_check").fetchall()
        empty = connection.execute(
            "SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM blocks b WHERE b.article_id = a.id)"
        ).fetchone()[0]
        connection.close()
        expected = 2 * options.files + 100
        if articles != expected:
            problems.append(f"{articles} articles in the library, expected {expected}")
        if integrity != ["ok"]:
            problems.append(f"integrity_check: {integrity[:5]}")
        if foreign:
            problems.append(f"foreign_key_check: {foreign[:5]}")
        if empty:
            problems.append(f"{empty} articles without blocks")
        print(f"two_instances: 2 x {options.files + 100} imports in {seconds:.1f} s beside {listings} listings; "
              f"{articles} articles; {len(problems)} problems")
        for problem in problems:
            print("FAIL " + problem, file=sys.stderr)
        return 1 if problems else 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
