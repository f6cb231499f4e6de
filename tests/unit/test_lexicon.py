"""The lexicon loader: lists by name, load-time validation, inflector, alternation."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from policydocs._extract import _lexicon
from policydocs._extract._lexicon import LexiconError, alternation, inflect

if TYPE_CHECKING:
    from collections.abc import Iterator


def _load(text: str, name: str = "sample.tsv") -> dict[str, _lexicon._List]:
    lists: dict[str, _lexicon._List] = {}
    _lexicon._read_file(name, text, lists)
    return lists


def test_grouped_file_gives_one_list_per_name() -> None:
    """A ``list`` column splits a file into named lists, entries in file order."""
    lists = _load("# c\nlist\tentry:lower\tvalue:int\nb\tx\t1\na\ty\t2\nb\tz\t3\n")
    assert ["x", "z"] == list(lists["b"].entries)
    assert {"entry": "y", "value": 2} == lists["a"].entries["y"]


def test_ungrouped_file_is_named_after_the_file() -> None:
    """Without a ``list`` column the file is one list named after it."""
    assert ["one"] == list(_load("entry\none\n", "words.tsv")["words"].entries)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("entry\tvalue:int\nx\t1\t2\n", "line 2: 3 cells, the header has 2"),
        ("entry\tvalue:int\nx\t\n", "line 2: empty cell in column 'value'"),
        ("entry\tvalue:int\nx\tone\n", "line 2: invalid literal"),
        ("entry\tforce:force\nx\tplea\n", "line 2: 'plea' is not one of"),
        ("entry:lower\nX\n", "line 2: 'X' is not lower-case"),
        ("entry\nx\n# note\nx\n", "line 4: duplicate entry 'x'"),
        ("entry\n x\n", "line 2: cell ' x' of column 'entry' has spaces"),
        ("entry:colour\nx\n", "line 1: unknown column type 'colour'"),
        ("entry\tentry\nx\ty\n", "line 1: a header needs distinct column names"),
        ("list\na\n", "line 1: a header needs distinct column names and an entry"),
        ("entry\tcents:flag\nx\tmaybe\n", "line 2: 'maybe' is not yes or no"),
        ("entry\tcode:code\nx\tusd\n", "line 2: 'usd' is not a three-letter"),
        ("# only a comment\n", "no header line"),
    ],
)
def test_malformed_files_are_refused_with_file_and_line(
    text: str, message: str
) -> None:
    """Every malformed row raises a LexiconError naming the file and line."""
    with pytest.raises(
        LexiconError, match=re.escape("lexicon/sample.tsv") + ".*" + re.escape(message)
    ):
        _load(text)


def test_a_list_lives_in_one_file() -> None:
    """A list name used by two files is an error naming the first file."""
    lists = _load("list\tentry\nwords\tx\n", "a.tsv")
    with pytest.raises(
        LexiconError, match=re.escape("already defined in lexicon/a.tsv")
    ):
        _lexicon._read_file("b.tsv", "list\tentry\nwords\ty\n", lists)


def test_optional_column_reads_empty_as_none() -> None:
    """A ``type?`` column reads an empty cell as None."""
    assert None is _load("entry\tn:int?\nx\t\n")["sample"].entries["x"]["n"]


def test_shipped_files_load_and_unknown_names_fail() -> None:
    """The shipped lexicon loads; asking for a list it lacks is a LookupError."""
    assert "march" in _lexicon.word_set("months")
    assert 3 == _lexicon.table("months", "month")["mar"]
    with pytest.raises(LookupError, match="no lexicon list named 'nothing'"):
        _lexicon.words("nothing")
    with pytest.raises(LookupError, match="name one"):
        _lexicon.table("months")


@pytest.mark.parametrize(
    ("verb", "forms"),
    [
        ("note", ("note", "notes", "noted", "noting")),
        ("agree", ("agree", "agrees", "agreed", "agreeing")),
        ("admit", ("admit", "admits", "admitted", "admitting")),
        ("rely", ("rely", "relies", "relied", "relying")),
        ("stress", ("stress", "stresses", "stressed", "stressing")),
        ("call for", ("call for", "calls for", "called for", "calling for")),
        ("tell", ("tell", "tells", "told", "telling")),
    ],
)
def test_inflect(verb: str, forms: tuple[str, ...]) -> None:
    """One inflector: regular, doubled, -y, sibilant, phrasal and irregular verbs."""
    assert forms == inflect(verb)


def test_alternation_matches_every_entry_longest_first() -> None:
    """The prefix-tree alternation matches each entry whole, preferring the longest."""
    entries = ["per cent", "percent", "pct", "p", "$"]
    pattern = re.compile(f"(?:{alternation(entries)})")
    assert all(pattern.fullmatch(e) for e in entries)
    assert "percent" == pattern.match("percentage").group()
    assert None is pattern.fullmatch("pe")


def test_import_does_not_read_the_lexicon() -> None:
    """``import policydocs`` leaves the lexicon unread; the first parse reads it."""
    code = (
        "import sys, policydocs\n"
        "assert 'policydocs._extract._lexicon' not in sys.modules\n"
        "policydocs.parse('Exports rose 5 percent.')\n"
        "assert 'policydocs._extract._lexicon' in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)  # noqa: S603


def test_docs_name_every_file_and_column_type() -> None:
    """docs/lexicon.md names every lexicon file and every column type."""
    root = Path(__file__).resolve().parents[2]
    doc = (root / "docs" / "lexicon.md").read_text(encoding="utf-8")
    folder = root / "src" / "policydocs" / "_extract" / "lexicon"
    files = sorted(p.name for p in folder.glob("*.tsv"))
    assert [] == [name for name in files if f"`{name}`" not in doc]
    assert [] == [kind for kind in _lexicon._TYPES if f"`{kind}`" not in doc]


def test_one_case_fold_for_every_stage() -> None:
    """The period grammar, the number grammar and the context fold case alike."""
    from policydocs._dates import _lowered
    from policydocs._extract._context import fold_case
    from policydocs._extract._number_reader import _fold

    text = "İstanbul's İNFLATION rose 5 percent in MAY 2025."
    folded = fold_case(text)
    assert len(text) == len(folded)
    assert (folded, folded) == (_lowered(text), _fold(text))


# --- no stage spells a word list of its own -------------------------------------

_STAGES = Path(__file__).resolve().parents[2] / "src" / "policydocs" / "_extract"

#: A lower-case word string; a trailing space too ("the " as a prefix).
_WORD = re.compile(r"[a-z][a-z'’. -]*")

#: Lists of lower-case strings in a stage module that are not vocabulary, by
#: module and entries (in their order in the code), each with why it stays in
#: code. ``__slots__``, ``__all__`` and ``Literal[...]`` hold identifiers by
#: construction and are never scanned.
_NOT_VOCABULARY: dict[tuple[str, tuple[str, ...]], str] = {
    ("_actor_coref.py", ("m", "f")): "pronoun classes (the `pronoun` column type)",
    ("_actor_coref.py", ("it", "pl")): "pronoun classes (the `pronoun` column type)",
    ("_actor_coref.py", ("we", "i")): "pronoun classes (the `pronoun` column type)",
    ("_directive_base.py", ("ment", "ent")): "suffixes of nouns, not words",
    ("_directive_base.py", ("ss", "us", "is", "'s", "’s")): (
        "endings of words that are no plural"
    ),
    ("_directive_clauses.py", ("relative", "question")): "clause kinds",
    ("_directive_clauses.py", ("conj", "trigger")): "clause kinds",
    ("_directive_clauses.py", ("ed", "es")): "suffixes of finite verbs",
    ("_directive_clauses.py", ("s", "ed")): "suffixes of finite verbs",
    ("_directive_clauses.py", ("ed", "ing")): "suffixes of participles",
    ("_directive_parts.py", ("agent", "pronoun", "proper", "reported")): (
        "head classes of a noun phrase"
    ),
    ("_directive_speech.py", ("ed", "ing")): "suffixes of participles",
    ("_directive_states.py", ("agent", "proper", "pronoun", "populace")): (
        "head classes of a noun phrase"
    ),
    ("_directive_states.py", ("question", "relative")): "clause kinds",
    ("_directives.py", ("question", "that")): "clause kinds",
    ("_directives.py", ("agent", "proper")): "head classes of a noun phrase",
    ("_directive_clauses.py", ("ed", "ly")): "suffixes of participles and adverbs",
    ("_metric_reach.py", ("ed", "ly")): "suffixes of participles and adverbs",
    (
        "_metric_indicators.py",
        (
            "percent",
            "percentage_point",
            "number",
            "ordinal",
            "ratio",
            "point",
        ),
    ): "`Quantity.unit` values",
    (
        "_metric_period_mentions.py",
        ("plan", "range"),
    ): "kinds of period mention (`PeriodMention.kind`)",
    (
        "_metric_period_mentions.py",
        ("comparison", "anaphor"),
    ): "kinds of period mention (`PeriodMention.kind`)",
    (
        "_metric_period_forms.py",
        (
            "month",
            "quarter",
            "half",
            "month_range",
            "first_n_months",
            "first_n_quarters",
        ),
    ): "kinds of period mention (`PeriodMention.kind`)",
    ("_metric_period_mentions.py", ("quarter", "half", "month", "day", "year")): (
        "kinds of period mention (`PeriodMention.kind`)"
    ),
    (
        "_metric_period_mentions.py",
        ("year", "quarter", "half", "month", "fiscal_year"),
    ): "kinds of period mention (`PeriodMention.kind`)",
    (
        "_number_reader.py",
        ("hundred", "scale"),
    ): "token kinds of the number reader (`_Words.last`)",
    (
        "_number_reader.py",
        ("unit", "teen", "tens", "digits"),
    ): "token kinds of the number reader (`_Words.last`)",
    (
        "_number_reader.py",
        ("unit", "teen", "tens", "hundred"),
    ): "token kinds of the number reader (`_Words.last`)",
    ("_number_reader.py", ("unit", "teen", "tens", "hundred", "digits")): (
        "token kinds of the number reader (`_Words.last`)"
    ),
    ("_number_reader.py", ("unit", "teen", "tens", "digits", "hundred", "fraction")): (
        "token kinds of the number reader (`_Words.last`)"
    ),
    (
        "_number_reader.py",
        (
            "unit",
            "teen",
            "tens",
            "hundred",
            "scale",
            "digits",
            "decimal",
        ),
    ): "token kinds of the number reader (`_Words.last`)",
    ("_number_reader.py", ("ss", "us", "is")): "endings of words that are no plural",
    ("_numbers.py", ("ordinal", "rank")): "`Quantity.unit` values",
    ("_lexicon.py", ("yes", "no")): "the values of the `flag` column type",
    ("_lexicon.py", ("third", "past", "participle", "ing")): (
        "column names of irregular_verbs.tsv"
    ),
    ("_lexicon.py", ("s", "sh", "ch", "x", "z")): "the inflector's suffixes",
    ("_rules.py", ("metric", "value")): "rule kinds and parts of the catalogue",
    ("_rules.py", ("metric", "sign")): "rule kinds and parts of the catalogue",
    ("_rules.py", ("metric", "period")): "rule kinds and parts of the catalogue",
    ("_statement_sources.py", ("ed", "ing")): "suffixes of participles",
    ("_statement_frames.py", ("end", "comma")): "kinds of what follows a frame",
}


def _identifier_nodes(tree: ast.Module) -> set[int]:
    """The nodes under ``__slots__``, ``__all__`` and ``Literal[...]``, by id."""
    roots: list[ast.AST] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign | ast.AnnAssign) and node.value is not None:
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names = {t.id for t in targets if isinstance(t, ast.Name)}
            if names & {"__slots__", "__all__"}:
                roots.append(node.value)
        elif (
            isinstance(node, ast.Subscript)
            and isinstance(node.value, ast.Name)
            and node.value.id == "Literal"
        ):
            roots.append(node.slice)
    return {id(n) for root in roots for n in ast.walk(root)}


def _word_lists(path: Path) -> Iterator[tuple[int, tuple[str, ...]]]:
    """Each set, tuple or list literal of strings, two or more of them words."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = _identifier_nodes(tree)
    for node in ast.walk(tree):
        if not isinstance(node, ast.Set | ast.Tuple | ast.List) or id(node) in skip:
            continue
        entries = [e.value for e in node.elts if isinstance(e, ast.Constant)]
        strings = [e for e in entries if isinstance(e, str)]
        # Punctuation may stand beside the words; two words make a list.
        if len(strings) == len(node.elts) and (
            sum(1 for e in strings if _WORD.fullmatch(e)) >= 2
        ):
            yield node.lineno, tuple(strings)


def _scan() -> tuple[list[str], set[tuple[str, tuple[str, ...]]]]:
    """The inline word lists of every stage module, and the allowlist keys used."""
    found: list[str] = []
    used: set[tuple[str, tuple[str, ...]]] = set()
    for path in sorted(_STAGES.glob("*.py")):
        for line, entries in sorted(_word_lists(path)):
            key = (path.name, entries)
            if key in _NOT_VOCABULARY:
                used.add(key)
            else:
                found.append(f"src/policydocs/_extract/{path.name}:{line}: {entries}")
    return found, used


def test_no_stage_spells_a_word_list_of_its_own() -> None:
    """Every word list of a stage comes from the lexicon (docs/lexicon.md)."""
    assert [] == _scan()[0]


def test_every_non_vocabulary_entry_is_still_in_use() -> None:
    """The allowlist of non-vocabulary lists names only lists the code holds."""
    assert [] == sorted(set(_NOT_VOCABULARY) - _scan()[1])


def test_the_scan_finds_an_inline_word_list(tmp_path: Path) -> None:
    """The scan sees literals of two words or more (beside punctuation too)."""
    path = tmp_path / "stage.py"
    path.write_text(
        "from typing import Literal\n"
        "__all__ = ['a', 'b']\n"
        "K = Literal['x', 'y']\n"
        "A = frozenset({'the', 'an'})\n"
        "def f(w):\n"
        "    return w in ('is', 'was') or w.startswith(('the ', 'a '))\n"
        "B = ['X', 'y']\n"
        "C = (',', 'and', 'or')\n"
        "D = {',', 'to'}\n",
        encoding="utf-8",
    )
    expected = [
        (4, ("the", "an")),
        (6, ("is", "was")),
        (6, ("the ", "a ")),
        (8, (",", "and", "or")),
    ]
    assert expected == sorted(_word_lists(path))


# --- no new inline alternation of words in a stage's regex ----------------------

#: A regex group of three or more plain lower-case words: "(?:in|of|for)".
_INLINE_ALTERNATION = re.compile(r"\((?:\?:)?((?:[a-z]+\|){2,}[a-z]+)\)")

#: Inline alternations of words each stage module still spells in its regexes,
#: as measured when the function-word groups moved to the lexicon. A count may
#: fall (lower it here) but never rise: a new group of words belongs in a
#: lexicon list, built with ``_lexicon.alternation`` (``_function_words``).
_ALTERNATION_CEILINGS: dict[str, int] = {
    "_metric_labels.py": 1,
    "_number_reader.py": 2,
    "_statement_contents.py": 1,
    "_statement_patterns.py": 3,
}


def _inline_alternations(path: Path) -> list[tuple[int, str]]:
    """Each word alternation in a string constant or an f-string part, by line."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return sorted(
        (node.lineno, m.group(1))
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
        for m in _INLINE_ALTERNATION.finditer(node.value)
    )


def test_no_stage_adds_an_inline_alternation_of_words() -> None:
    """No stage module spells more word alternations in its regexes than its ceiling."""
    over = {
        path.name: len(found)
        for path in sorted(_STAGES.glob("*.py"))
        if len(found := _inline_alternations(path))
        > _ALTERNATION_CEILINGS.get(path.name, 0)
    }
    assert {} == over


def test_the_scan_finds_an_inline_alternation(tmp_path: Path) -> None:
    """The scan sees word groups of three or more, in f-strings too, nothing else."""
    path = tmp_path / "stage.py"
    path.write_text(
        "import re\n"
        'A = re.compile(r" (?:in|of|for) ")\n'
        'B = re.compile(rf"(has|have|had) {X}")\n'
        'C = re.compile(r"(?:a|an) (?:ed|Ing|x1|y)")\n'
        'D = "(?:the|a|an|its)[ ]"\n',
        encoding="utf-8",
    )
    expected = [(2, "in|of|for"), (3, "has|have|had"), (5, "the|a|an|its")]
    assert expected == _inline_alternations(path)
