"""Score policydocs' statements against PolNeAR's attribution annotations.

    .venv/bin/python bench/polnear.py /tmp/polnear/data/train           # per paragraph
    .venv/bin/python bench/polnear.py /tmp/polnear/data/train --whole   # whole articles
    .venv/bin/python bench/polnear.py /tmp/polnear/data/train --json

PolNeAR (Newell, Margolin and Ruths, 2018; github.com/networkdynamics/PolNeAR)
annotates attributions in US political news as BRAT standoff files: each
attribution is a source, a cue and a content span, with character offsets into
the article. CORPUS_PATH is one split's folder, holding ``text/NAME.txt`` and
``attributions/NAME_ANNOTATOR.ann``. Only ever point it at the train split:
the dev and test splits are kept aside (../shared/KEPT_ASIDE.md). The corpus is
read where it lies; nothing of it is copied into this repository.

Scoring follows the paper's baselines: for each paragraph (text between blank
lines) the gold attributions whose content starts in it are paired greedily,
one to one, with our statements whose content starts in it, best first, when
the Jaccard index of their content characters is at least 0.5, quotation marks,
whitespace and trailing punctuation left out. By default each paragraph is
parsed on its own, as the baselines did; ``--whole`` parses each article whole
and then scores paragraph by paragraph the same way.

This is a development signal, not a target: PolNeAR's attribution covers any
reported speech or cognition, with no notion of policy, and its content spans
follow its own guidelines.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import attrs

import policydocs

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

#: Speech and cognition verbs whose attributions policydocs means to find: the
#: cue lexicon's reporting verbs that PolNeAR annotators meet most, with their
#: irregular forms. Attributions cued by anything else (nouns such as "the
#: report", phrases such as "reserved his passion for", verbs of perception or
#: feeling) are outside what the extraction contract calls a statement.
SPEECH_VERBS = frozenset(
    {
        "say",
        "tell",
        "add",
        "note",
        "argue",
        "claim",
        "believe",
        "think",
        "state",
        "announce",
        "explain",
        "insist",
        "warn",
        "write",
        "ask",
        "suggest",
        "acknowledge",
        "admit",
        "assert",
        "contend",
        "declare",
        "deny",
        "estimate",
        "expect",
        "predict",
        "promise",
        "pledge",
        "report",
        "reply",
        "respond",
        "stress",
        "emphasize",
        "urge",
        "call",
        "tweet",
        "testify",
        "confirm",
        "agree",
        "complain",
        "recall",
        "remark",
        "observe",
        "point",
        "know",
        "feel",
        "worry",
        "fear",
        "hope",
        "doubt",
        "conclude",
        "maintain",
        "allege",
        "indicate",
        "show",
        "reveal",
        "vow",
        "accuse",
        "describe",
        "charge",
        "concede",
        "recommend",
        "propose",
    }
)
_IRREGULAR = {
    "said": "say",
    "says": "say",
    "told": "tell",
    "thought": "think",
    "wrote": "write",
    "written": "write",
    "knew": "know",
    "known": "know",
    "felt": "feel",
    "shown": "show",
}
_QUOTES = "\"'“”‘’«»`"
_TRAILING = ".,;:!?" + _QUOTES
_BLANK_LINES = re.compile(r"\n[ \t]*\n")
_WORD = re.compile(r"[a-z]+")


def _lemma(word: str) -> str:
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    for suffix, repl in (
        ("ies", "y"),
        ("ied", "y"),
        ("ing", ""),
        ("ed", ""),
        ("es", ""),
        ("s", ""),
    ):
        if word.endswith(suffix) and word[: -len(suffix)] + repl in SPEECH_VERBS:
            return word[: -len(suffix)] + repl
    # "argued", "noted": drop the "d" of an "-e" verb.
    if word.endswith("d") and word[:-1] in SPEECH_VERBS:
        return word[:-1]
    return word


def is_speech_cue(cue: str) -> bool:
    """True when a word of the cue is a speech or cognition verb."""
    return any(
        _lemma(w) in SPEECH_VERBS for w in _WORD.findall(cue.lower().replace("’", "'"))
    )


@attrs.frozen
class Gold:
    """One annotated attribution: its content spans and cue text."""

    content: tuple[tuple[int, int], ...]
    cue: str


def _spans(field: str) -> tuple[tuple[int, int], ...]:
    out = []
    for piece in field.split(";"):
        start, end = piece.split()
        out.append((int(start), int(end)))
    return tuple(out)


def read_ann(path: Path) -> list[Gold]:
    """The attributions of one BRAT standoff file that have a content."""
    spans: dict[str, tuple[str, tuple[tuple[int, int], ...], str]] = {}
    events = []
    for line in path.read_text(encoding="utf-8").splitlines():
        cells = line.split("\t")
        if line.startswith("T") and len(cells) >= 2:
            label, _, where = cells[1].partition(" ")
            spans[cells[0]] = (label, _spans(where), cells[2] if len(cells) > 2 else "")
        elif line.startswith("E") and len(cells) >= 2:
            events.append(cells[1].split())
    out = []
    for roles in events:
        content: list[tuple[int, int]] = []
        cue = ""
        for role in roles[1:]:
            name, _, ref = role.partition(":")
            if ref not in spans:
                continue
            if name.startswith("Content"):
                content.extend(spans[ref][1])
            elif name.startswith("Cue"):
                cue = spans[ref][2]
        if content:
            out.append(Gold(content=tuple(sorted(content)), cue=cue))
    return out


def chars(text: str, spans: Sequence[tuple[int, int]]) -> frozenset[int]:
    """Content characters without quotation marks, spaces and trailing punctuation."""
    out: set[int] = set()
    for start, stop in spans:
        end = stop
        while end > start and (text[end - 1] in _TRAILING or text[end - 1].isspace()):
            end -= 1
        out.update(
            i
            for i in range(start, end)
            if not text[i].isspace() and text[i] not in _QUOTES
        )
    return frozenset(out)


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph: text between blank lines."""
    out = []
    start = 0
    for m in _BLANK_LINES.finditer(text):
        if text[start : m.start()].strip():
            out.append((start, m.start()))
        start = m.end()
    if text[start:].strip():
        out.append((start, len(text)))
    return out


def _statement_spans(
    st: policydocs.Statement, offset: int
) -> tuple[tuple[int, int], ...]:
    return tuple((p.start + offset, p.end + offset) for p in st.parts)


def _extract(
    text: str, published: dt.date | None
) -> list[tuple[tuple[int, int], ...]] | None:
    """Our statements' content spans in ``text``; None if the body is not all of it."""
    doc = policydocs.parse(text, published=published, max_chars=None)
    # A paragraph that looks like a header line ("Source: ...") loses it to
    # the reader; the body is then the end of the text.
    if not text.endswith(doc.text):
        return None
    offset = len(text) - len(doc.text)
    return [_statement_spans(st, offset) for st in doc.statements]


def match(golds: Sequence[frozenset[int]], preds: Sequence[frozenset[int]]) -> int:
    """Greedy one-to-one pairs at Jaccard >= 0.5; return how many."""
    scored = []
    for gi, g in enumerate(golds):
        for pi, p in enumerate(preds):
            union = len(g | p)
            score = len(g & p) / union if union else 0.0
            if score >= 0.5:
                scored.append((score, gi, pi))
    scored.sort(reverse=True)
    used_g: set[int] = set()
    used_p: set[int] = set()
    for _, gi, pi in scored:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
    return len(used_g)


@attrs.define
class Tally:
    """Counts over the corpus."""

    articles: int = 0
    paragraphs: int = 0
    skipped_paragraphs: int = 0
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    speech_gold: int = 0
    speech_matched: int = 0
    said_gold: int = 0
    said_matched: int = 0


def _published(name: str) -> dt.date | None:
    m = re.search(r"_(\d{4}-\d{2}-\d{2})_", name)
    return dt.date.fromisoformat(m.group(1)) if m else None


def annotation_files(corpus: Path) -> Iterator[tuple[Path, Path]]:
    """(text, annotation) per article: the first annotator's where there are several."""
    seen: set[str] = set()
    for ann in sorted((corpus / "attributions").glob("*.ann")):
        stem = ann.stem.rsplit("_", 1)[0]
        text = corpus / "text" / f"{stem}.txt"
        if stem not in seen and text.is_file():
            seen.add(stem)
            yield text, ann


def score_article(
    text_path: Path, ann_path: Path, tally: Tally, *, whole: bool
) -> None:
    """Add one article's counts to ``tally``."""
    text = text_path.read_text(encoding="utf-8")
    published = _published(text_path.name)
    golds = read_ann(ann_path)
    tally.articles += 1
    whole_preds = _extract(text, published) if whole else None
    for start, end in paragraphs(text):
        tally.paragraphs += 1
        if whole:
            if whole_preds is None:
                tally.skipped_paragraphs += 1
                continue
            preds = [p for p in whole_preds if start <= p[0][0] < end]
        else:
            found = _extract(text[start:end], published)
            if found is None:
                tally.skipped_paragraphs += 1
                continue
            preds = [tuple((a + start, b + start) for a, b in p) for p in found]
        here = [g for g in golds if start <= g.content[0][0] < end]
        gold_chars = [chars(text, g.content) for g in here]
        pred_chars = [chars(text, p) for p in preds]
        tally.gold += len(here)
        tally.predicted += len(preds)
        tally.matched += match(gold_chars, pred_chars)
        for subset, gold_field, hit_field in (
            (
                [i for i, g in enumerate(here) if is_speech_cue(g.cue)],
                "speech_gold",
                "speech_matched",
            ),
            (
                [i for i, g in enumerate(here) if g.cue.strip().lower() == "said"],
                "said_gold",
                "said_matched",
            ),
        ):
            setattr(tally, gold_field, getattr(tally, gold_field) + len(subset))
            hits = match([gold_chars[i] for i in subset], pred_chars)
            setattr(tally, hit_field, getattr(tally, hit_field) + hits)


def _prf(hit: int, gold: int, pred: int) -> tuple[float, float, float]:
    p = hit / pred if pred else 0.0
    r = hit / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def summary(tally: Tally, *, whole: bool) -> dict[str, object]:
    """The figures, JSON-ready."""
    p, r, f = _prf(tally.matched, tally.gold, tally.predicted)
    return {
        "mode": "whole" if whole else "paragraph",
        "counts": attrs.asdict(tally),
        "precision": round(p, 4),
        "recall": round(r, 4),
        "f1": round(f, 4),
        # Recall on a subset is measured against all our statements in the
        # paragraph: a statement may match a speech-verb attribution only once.
        "recall_speech_verbs": round(
            _ratio(tally.speech_matched, tally.speech_gold), 4
        ),
        "recall_said": round(_ratio(tally.said_matched, tally.said_gold), 4),
    }


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument(
        "corpus",
        type=Path,
        metavar="CORPUS_PATH",
        help="a split folder (text/, attributions/)",
    )
    ap.add_argument(
        "--whole",
        action="store_true",
        help="parse each article whole, not per paragraph",
    )
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument(
        "--limit", type=int, default=None, help="score only the first N articles"
    )
    args = ap.parse_args(argv)
    if (
        not (args.corpus / "attributions").is_dir()
        or not (args.corpus / "text").is_dir()
    ):
        print(
            f"{args.corpus}: expected text/ and attributions/ folders", file=sys.stderr
        )
        return 2
    tally = Tally()
    for i, (text_path, ann_path) in enumerate(annotation_files(args.corpus)):
        if args.limit is not None and i >= args.limit:
            break
        score_article(text_path, ann_path, tally, whole=args.whole)
    result = summary(tally, whole=args.whole)
    if args.json:
        print(json.dumps(result, indent=2, sort_keys=True))
        return 0
    c = tally
    said_label = 'recall, cue "said"'
    how = "whole" if args.whole else "by paragraph"
    hits = f"{c.matched}/{c.predicted}"
    print(
        f"PolNeAR {args.corpus}: {c.articles} articles, {c.paragraphs} paragraphs "
        f"({c.skipped_paragraphs} skipped), parsed {how}"
    )
    print(f"{'measure':<34} {'value':>7}  counts")
    print(f"{'precision':<34} {result['precision']:>7.3f}  {hits} statements")
    print(f"{'recall':<34} {result['recall']:>7.3f}  {c.matched}/{c.gold} attributions")
    print(f"{'F1':<34} {result['f1']:>7.3f}")
    print(
        f"{'recall, speech/cognition-verb cues':<34} "
        f"{result['recall_speech_verbs']:>7.3f}  "
        f"{c.speech_matched}/{c.speech_gold}"
    )
    print(
        f"{said_label:<34} {result['recall_said']:>7.3f}  "
        f"{c.said_matched}/{c.said_gold}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
