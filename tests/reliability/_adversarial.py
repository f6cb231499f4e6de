"""Character-level adversarial inputs: the reader shapes of ``_shapes.SHAPES``.

Each case builds a text of about ``n`` characters by repeating a unit; the
shapes are those that make naive regexes and quadratic loops blow up in the
segmenter and the number, quote and header readers (issue 7). The rule
shapes are generated from the rule catalogue in ``_shapes``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from collections.abc import Callable


def _repeat(unit: str, n: int) -> str:
    return (unit * (n // len(unit) + 1))[:n]


def _capitalised(n: int) -> str:
    # Distinct capitalised words, so nothing is a repeated literal: a name
    # recogniser sees one endless proper noun.
    words = []
    size = 0
    i = 0
    while size < n:
        word = "Minister" if i % 7 == 0 else f"Wang{i:x}".capitalize()
        words.append(word)
        size += len(word) + 1
        i += 1
    return " ".join(words)[:n]


def _nested(n: int) -> str:
    half = n // 2
    return "(" * half + ")" * (n - half)


def _mixed_nested(n: int) -> str:
    quarter = n // 4
    return "([" * quarter + "])" * (n // 2 - quarter)


def _sentences(n: int) -> str:
    return _repeat(
        "The Ministry of Finance said growth rose 5.3 percent year-on-year in 2025, "
        "and provinces should cut emissions by about 10 percent by 2030. ",
        n,
    )


#: name -> builder of a text of about n characters.
CASES: Final[dict[str, Callable[[int], str]]] = {
    "no_punctuation": lambda n: _repeat("the ministry will support firms and ", n),
    "digits": lambda n: "Growth was " + "7" * n + " percent",
    "digits_commas": lambda n: _repeat("1,000", n),
    "decimal_points": lambda n: _repeat("5.", n),
    "straight_quotes": lambda n: '"' * n,
    "curly_quotes": lambda n: _repeat("\u201c\u201d", n),
    "quote_said": lambda n: _repeat('"Yes," he said, "', n),
    "said": lambda n: _repeat("said ", n),
    "according_to": lambda n: _repeat("according to ", n),
    "nested_brackets": _nested,
    "nested_mixed_brackets": _mixed_nested,
    "one_line_sentences": _sentences,
    "one_long_word": lambda n: "x" * n,
    "blank_lines": lambda n: "\n" * n,
    "blank_lines_crlf": lambda n: "\r\n" * (n // 2),
    "spaces": lambda n: "a" + " " * n + "b.",
    "colons": lambda n: _repeat("A: B: C: ", n),
    "speaker_turns": lambda n: _repeat("Spokesperson Liu:\n", n),
    "capitalised_words": _capitalised,
    "percent_units": lambda n: _repeat("5 percent ", n),
    "percent_signs": lambda n: _repeat("5% ", n),
    "currency_units": lambda n: _repeat("$5 billion ", n),
    "the_the": lambda n: _repeat("the ", n),
    "must_must": lambda n: _repeat("must ", n),
    "will_will": lambda n: _repeat("we will ", n),
    "dots": lambda n: "." * n,
    "hyphens": lambda n: "-" * n,
    "years": lambda n: _repeat("2025-", n),
    "in_year": lambda n: _repeat("in 2025 ", n),
    "quarters": lambda n: _repeat("the first quarter of ", n),
    "abbreviations": lambda n: _repeat("Mr. U.S. Dr. No. ", n),
    "pronouns": lambda n: _repeat("He said it. ", n),
    "header_lines": lambda n: _repeat("Title: t\n", n),
    "cjk": lambda n: _repeat("市政府表示，增长5%。", n),
    "combining_marks": lambda n: "a" + "\u0301" * n,
    "open_quotes": lambda n: "\u201c" * n,
    "possessives": lambda n: _repeat("China's ", n),
    "number_words": lambda n: _repeat("twenty-five thousand three hundred and ", n),
    "month_ranges": lambda n: _repeat("January-May ", n),
    "urls": lambda n: _repeat("https://example.gov/a/b?c=5%25&d=2025 ", n),
}
