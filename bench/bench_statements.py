"""Throughput of sentence splitting, actors and statements over the seed x ~5 MB.

A script, not a timed test: run it by hand and record its output in
docs/statements.md. It times, on one text made of the seed repeated to about
5 MB (paragraphs joined by blank lines):

* ``split_sentences`` alone (the regex splitter);
* ``ActorRegistry(ctx)``: the actor scan (names, titles, pronouns, role nouns);
* ``find_statements`` with a fresh registry each run (cue regex, constructions,
  coreference, dates);
* the whole statements path: split, scan and statements together,

each the best of three runs.

    .venv/bin/python bench/bench_statements.py [--mb 5]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from _timing import best_of

from policydocs._extract._actors import ActorRegistry
from policydocs._extract._context import Context
from policydocs._extract._segment import split_sentences
from policydocs._extract._statements import find_statements
from policydocs._readers import split_header

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "seeds" / "000_809c9f3e5515490f.txt"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mb", type=float, default=5.0, help="size of the input")
    args = parser.parse_args()
    raw = SEED.read_text(encoding="utf-8")
    header = split_header(raw)
    body = raw[header.body_offset :]
    copies = max(1, int(args.mb * 1e6 // len(body.encode("utf-8"))))
    text = "\n\n".join([body] * copies)
    size_mb = len(text.encode("utf-8")) / 1e6
    print(f"input: seed x {copies} = {size_mb:.2f} MB")

    seconds, sentences = best_of(3, split_sentences, text, clock=time.perf_counter)
    print(
        f"split_sentences:  {seconds:.3f} s, {size_mb / seconds:6.1f} MB/s, "
        f"{len(sentences)} sentences"
    )
    ctx = Context.build(
        text, published=header.published, source=header.source, sentences=sentences
    )
    seconds, registry = best_of(3, ActorRegistry, ctx, clock=time.perf_counter)
    print(f"ActorRegistry:    {seconds:.3f} s, {size_mb / seconds:6.1f} MB/s")

    def statements() -> int:
        return len(find_statements(ctx, ActorRegistry(ctx)))

    scan, _ = best_of(3, ActorRegistry, ctx, clock=time.perf_counter)
    seconds, count = best_of(3, statements, clock=time.perf_counter)
    print(
        f"find_statements:  {seconds - scan:.3f} s, "
        f"{size_mb / (seconds - scan):6.1f} MB/s, {count} statements "
        f"({count // copies} per copy; registry scan excluded)"
    )

    def whole() -> int:
        sents = split_sentences(text)
        c = Context.build(
            text, published=header.published, source=header.source, sentences=sents
        )
        return len(find_statements(c, ActorRegistry(c)))

    seconds, count = best_of(3, whole, clock=time.perf_counter)
    print(
        f"split+actors+statements: {seconds:.3f} s, {size_mb / seconds:6.1f} MB/s, "
        f"{count} statements"
    )
    del registry


if __name__ == "__main__":
    main()
