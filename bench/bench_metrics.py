"""Throughput of metric extraction over the seed repeated to about 5 MB.

A script, not a timed test: run it by hand and record its output in
docs/metrics.md. It times the number grammar alone (``find_quantities``) and
the period grammar it calls (``find_periods``), and the whole metric stage
(``find_metrics``: quantities, periods, filters and fields) with the sentence
splitter and actor registry built beforehand, best of three runs after a warm-up
(periods: one).
``--dense`` times the whole stage on numeric text with no sentence ends
("rose 2 percent in 2025 from " repeated), where every look-back window is
full of numbers: the case that keeps look-backs bounded by clause.
Times are CPU seconds of this process (``time.process_time``), steadier than
wall time on the shared machine.

    .venv/bin/python bench/bench_metrics.py [--mb 5] [--dense]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from _timing import best_of

from policydocs._dates import find_periods
from policydocs._extract._actors import ActorRegistry
from policydocs._extract._context import Context
from policydocs._extract._metrics import find_metrics
from policydocs._extract._numbers import find_quantities
from policydocs._extract._segment import split_sentences
from policydocs._readers import split_header

REPO = Path(__file__).resolve().parents[1]
SEED = REPO.parent / "shared" / "examples" / "gold" / "seed-jiangsu.txt"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mb", type=float, default=5.0, help="size of the input")
    parser.add_argument(
        "--dense", action="store_true", help="also time dense numeric text (0.5 MB)"
    )
    args = parser.parse_args()
    raw = SEED.read_text(encoding="utf-8")
    header = split_header(raw)
    body = raw[header.body_offset :]
    copies = max(1, int(args.mb * 1e6 // len(body.encode("utf-8"))))
    text = "\n\n".join([body] * copies)
    size_mb = len(text.encode("utf-8")) / 1e6

    seconds, quantities = best_of(3, find_quantities, text)
    print(f"input: seed x {copies} = {size_mb:.2f} MB")
    print(
        f"find_quantities: {seconds:.2f} s, {size_mb / seconds:.1f} MB/s, "
        f"{len(quantities)} quantities"
    )

    seconds, mentions = best_of(1, lambda: find_periods(text, reference=None))
    print(
        f"find_periods:    {seconds:.2f} s, {size_mb / seconds:.1f} MB/s, "
        f"{len(mentions)} period mentions (part of find_metrics)"
    )

    ctx = Context.build(
        text,
        published=header.published,
        source=header.source,
        sentences=split_sentences(text),
    )
    registry = ActorRegistry(ctx)
    seconds, metrics = best_of(3, find_metrics, ctx, registry)
    print(
        f"find_metrics:    {seconds:.2f} s, {size_mb / seconds:.1f} MB/s, "
        f"{len(metrics)} metrics ({len(metrics) // copies} per copy)"
    )

    if args.dense:
        _dense()


def _dense() -> None:
    """The whole stage on half a megabyte of numbers in one endless sentence."""
    text = "rose 2 percent in 2025 from " * 18000
    size_mb = len(text.encode("utf-8")) / 1e6
    ctx = Context.build(
        text, published=None, source=None, sentences=split_sentences(text)
    )
    seconds, metrics = best_of(3, find_metrics, ctx, ActorRegistry(ctx))
    print(
        f"dense:           {seconds:.2f} s, {size_mb / seconds:.2f} MB/s, "
        f"{len(metrics)} metrics, {size_mb:.2f} MB"
    )


if __name__ == "__main__":
    main()
