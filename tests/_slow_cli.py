"""The CLI in a child process, slowed down per file so a signal lands mid-output.

The tests that interrupt a run (SIGTERM, SIGINT) need it to be writing when
the signal comes; a short sleep per document makes that certain on a busy
machine without a large corpus.
"""

from __future__ import annotations

import sys

_SCRIPT = """
import sys, time
from policydocs import _batch, _cli
real = _batch._extract_one
def slow(path):
    time.sleep({delay!r})
    return real(path)
_batch._extract_one = slow
sys.exit(_cli.main(sys.argv[1:]))
"""


def slow_cli(delay: float, *args: str) -> list[str]:
    """The command line running ``policydocs ARGS`` with ``delay`` seconds per file."""
    return [sys.executable, "-c", _SCRIPT.format(delay=delay), *args]
