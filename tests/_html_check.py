"""Parse policydocs' HTML views in tests: tag balance, tooltips, and the body text.

Shared by the unit and property tests of ``Document._repr_html_``.
"""

from __future__ import annotations

import contextlib
from html.parser import HTMLParser

VOID = {"br", "hr", "img", "input", "meta", "link", "wbr", "col", "area", "source"}


class Checker(HTMLParser):
    """Tracks open tags, text and tooltip (``data-tip``) attributes of HTML."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.tags: list[str] = []
        self.tips: list[str] = []
        self.text: list[str] = []
        self.attrs_seen: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs_seen.extend(name for name, _ in attrs)
        self.tips.extend(value or "" for name, value in attrs if name == "data-tip")
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:]}")
        else:
            self.stack.pop()

    def handle_data(self, data):
        self.text.append(data)


def check(markup: str) -> Checker:
    """Parse ``markup``, assert every tag is closed in order, return what was seen."""
    checker = Checker()
    checker.feed(markup)
    checker.close()
    assert checker.errors == []
    assert checker.stack == []
    return checker


class _Body(HTMLParser):
    """Collects the text of the first element, leaving out <sup> labels."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.in_sup = False
        self.out: list[str] = []

    def handle_starttag(self, tag, attrs):
        del attrs
        self.in_sup = self.in_sup or tag == "sup"
        self.depth += tag == "div"

    def handle_endtag(self, tag):
        if tag == "sup":
            self.in_sup = False
        if tag == "div":
            self.depth -= 1
            if self.depth < 0:
                raise StopIteration

    def handle_data(self, data):
        if not self.in_sup and self.depth >= 0:
            self.out.append(data)


def body_text(markup: str) -> str:
    """The document text as the view shows it: the text div, labels removed."""
    body = markup.split('class="policydocs-text"', 1)[1].split(">", 1)[1]
    parser = _Body()
    with contextlib.suppress(StopIteration):
        parser.feed(body)
    return "".join(parser.out)
