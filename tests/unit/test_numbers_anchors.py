"""The number grammar finds quantity anchors through a faster pre-scan."""

from __future__ import annotations

import pytest

from policydocs._extract import _number_reader as _numbers


@pytest.mark.parametrize(
    "text",
    [
        "grew 5.3 percent to $1.2bn, up from .77 and 1,234,567 in 2025-26",
        "a-1 b+2 3/4 12:30 x.5 ten often twenty-one hundredth one-third",
        "v2, 3rd, ٣ units, 1e6, -4, +7%, the seventies and fifty",
        "",
    ],
)
def test_anchor_scan_equals_full_scan(text: str) -> None:
    low = _numbers._fold(text)
    for start, stop in ((0, len(low)), (3, max(3, len(low) - 4))):
        want = [m.span() for m in _numbers._ANCHOR.finditer(low, start, stop)]
        got = [m.span() for m in _numbers._anchors(low, start, stop)]
        assert got == want
