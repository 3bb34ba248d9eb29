#!/usr/bin/env python3
"""Kill `parallax` with SIGKILL at seeded random moments and check the library.

Three kinds of work are interrupted, each many times:
  import   `parallax import` of 500 generated articles;
  compare  `parallax compare` on library ids, which caches alignments;
  export   `parallax compare ... --html`, which must leave the page either
           absent or whole (QSaveFile), never half-written.
After every kill the library must open with `parallax list`, pass
PRAGMA integrity_check and foreign_key_check, and hold each article either
wholly (as many blocks and sentences as a clean import of the same file) or
not at all.

Usage: kill_during_import.py PARALLAX_BINARY [--runs N] [--seed S] [--keep DIR]
Exit status 0 when every run passed; the figures are printed at the end.
"""

import argparse
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time

WORDS = ("council bridge engineers repair traffic ferry mayor budget residents commuters river "
         "closure inspection cracks steel span minister report tuesday morning detour weeks "
         "authority spokesperson statement transport funding contractor safety crossing harbour "
         "evening meeting decision schedule delay passengers road cyclists school market").split()


def sentence(rng):
    words = [rng.choice(WORDS) for _ in range(rng.randint(6, 16))]
    return " ".join(words).capitalize() + "."


def generate_articles(folder, count, rng):
    """Plain-text articles, each distinct, with a title, byline and paragraphs."""
    os.makedirs(folder)
    for i in range(count):
        lines = [f"Article {i}: " + sentence(rng)[:-1], "", f"By Reporter {rng.randint(1, 40)}", ""]
        for _ in range(rng.randint(4, 12)):
            lines.append(" ".join(sentence(rng) for _ in range(rng.randint(1, 4))))
            lines.append("")
        with open(os.path.join(folder, f"article-{i:04d}.txt"), "w", encoding="utf-8") as f:
            f.write("\n".join(lines))


def run(binary, args, env, timeout=600):
    return subprocess.run([binary] + args, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          timeout=timeout, check=False)


def run_and_kill(binary, args, env, delay):
    """Starts the command, kills it after delay seconds; True when it was still running."""
    process = subprocess.Popen([binary] + args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(delay)
    alive = process.poll() is None
    if alive:
        process.send_signal(signal.SIGKILL)
    process.wait()
    return alive


def article_shapes(library):
    """content_hash -> (blocks, sentences) for every article in the library."""
    connection = sqlite3.connect(library)
    try:
        rows = connection.execute(
            "SELECT a.content_hash, "
            "       (SELECT count(*) FROM blocks b WHERE b.article_id = a.id), "
            "       (SELECT count(*) FROM sentences s JOIN blocks b ON s.block_id = b.id "
            "        WHERE b.article_id = a.id) "
            "FROM articles a").fetchall()
    finally:
        connection.close()
    return {row[0]: (row[1], row[2]) for row in rows}


def check_library(binary, library, env, reference):
    """Returns a list of problems (empty when the library is sound)."""
    problems = []
    listed = run(binary, ["list", "--library", library], env)
    if listed.returncode != 0:
        problems.append(f"parallax list failed ({listed.returncode}): {listed.stderr.decode(errors='replace')}")
    connection = sqlite3.connect(library)
    try:
        integrity = [row[0] for row in connection.execute("PRAGMA integrity_check")]
        if integrity != ["ok"]:
            problems.append(f"integrity_check: {integrity[:5]}")
        foreign = connection.execute("PRAGMA foreign_key_check").fetchall()
        if foreign:
            problems.append(f"foreign_key_check: {foreign[:5]}")
        orphans = connection.execute(
            "SELECT count(*) FROM alignment_cache_articles c "
            "WHERE c.cache_key NOT IN (SELECT cache_key FROM alignment_cache)").fetchone()[0]
        if orphans:
            problems.append(f"{orphans} cache dependencies without a cached result")
    finally:
        connection.close()
    if reference is not None:
        for content_hash, shape in article_shapes(library).items():
            if reference.get(content_hash) != shape:
                problems.append(f"article {content_hash[:12]} holds {shape}, a clean import {reference.get(content_hash)}")
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("binary")
    parser.add_argument("--runs", type=int, default=50, help="kills during import (compare and export get a third each)")
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--seed", type=int, default=20240607)
    parser.add_argument("--keep", help="work in this folder and keep it")
    options = parser.parse_args()

    rng = random.Random(options.seed)
    work = options.keep or tempfile.mkdtemp(prefix="parallax-crash-")
    if options.keep:
        shutil.rmtree(work, ignore_errors=True)
        os.makedirs(work)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LC_ALL="C.UTF-8", HOME=work)
    failures = []
    killed = 0
    try:
        articles = os.path.join(work, "articles")
        generate_articles(articles, options.articles, rng)

        # A clean import: the shape every article must have, and how long
        # the whole import takes, which bounds the moments to kill at.
        reference_library = os.path.join(work, "reference.sqlite")
        started = time.monotonic()
        clean = run(options.binary, ["import", articles, "--library", reference_library], env)
        import_seconds = time.monotonic() - started
        if clean.returncode != 0:
            print(clean.stderr.decode(errors="replace"), file=sys.stderr)
            return 1
        reference = article_shapes(reference_library)
        assert len(reference) == options.articles, len(reference)

        # Import: successive runs on one library continue where the last was
        # killed, as a person would; every tenth run starts a new library.
        library = None
        for index in range(options.runs):
            if index % 10 == 0:
                library = os.path.join(work, f"library-{index}.sqlite")
            delay = rng.uniform(0.02, import_seconds)
            if run_and_kill(options.binary, ["import", articles, "--library", library], env, delay):
                killed += 1
            failures += [f"import run {index}: {p}" for p in check_library(options.binary, library, env, reference)]

        # Alignment caching and export work on ids of the reference library,
        # copied afresh for each run so there is always something to cache.
        ids = [str(i) for i in range(1, 13)]
        cache_library = os.path.join(work, "cache.sqlite")
        shutil.copy(reference_library, cache_library)
        started = time.monotonic()
        timed = run(options.binary, ["compare"] + ids + ["--library", cache_library], env)
        compare_seconds = time.monotonic() - started
        if timed.returncode != 0:
            failures.append("compare failed: " + timed.stderr.decode(errors="replace"))
        for index in range(max(1, options.runs // 3)):
            shutil.copy(reference_library, cache_library)
            delay = rng.uniform(0.0, compare_seconds)
            if run_and_kill(options.binary, ["compare"] + ids + ["--library", cache_library], env, delay):
                killed += 1
            failures += [f"compare run {index}: {p}" for p in check_library(options.binary, cache_library, env, reference)]
            again = run(options.binary, ["compare"] + ids + ["--library", cache_library], env)
            if again.returncode != 0 or again.stdout != timed.stdout:
                failures.append(f"compare run {index}: the cached comparison differs from a clean one")

        complete_page = os.path.join(work, "complete.html")
        started = time.monotonic()
        exported = run(options.binary, ["compare"] + ids + ["--library", reference_library, "--html", complete_page], env)
        export_seconds = time.monotonic() - started
        if exported.returncode != 0:
            failures.append("export failed: " + exported.stderr.decode(errors="replace"))
        with open(complete_page, "rb") as f:
            complete = f.read()
        for index in range(max(1, options.runs // 3)):
            page = os.path.join(work, "exports", f"page-{index}.html")
            os.makedirs(os.path.dirname(page), exist_ok=True)
            shutil.copy(reference_library, cache_library)
            delay = rng.uniform(0.0, export_seconds)
            if run_and_kill(options.binary, ["compare"] + ids + ["--library", cache_library, "--html", page], env, delay):
                killed += 1
            if os.path.exists(page):
                with open(page, "rb") as f:
                    if f.read() != complete:
                        failures.append(f"export run {index}: {page} is there but not whole")
            failures += [f"export run {index}: {p}" for p in check_library(options.binary, cache_library, env, reference)]

        print(f"kill_during_import: {options.runs} import runs ({import_seconds:.2f} s a clean import), "
              f"{max(1, options.runs // 3)} compare runs ({compare_seconds:.2f} s), "
              f"{max(1, options.runs // 3)} export runs ({export_seconds:.2f} s); "
              f"{killed} processes killed while running; {len(failures)} problems")
        for failure in failures:
            print("FAIL " + failure, file=sys.stderr)
        return 1 if failures else 0
    finally:
        if not options.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
