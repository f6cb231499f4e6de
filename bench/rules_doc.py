"""Write docs/rules.md from the rule catalogue (src/policydocs/_extract/_rules.py).

    .venv/bin/python bench/rules_doc.py           # rewrite docs/rules.md
    .venv/bin/python bench/rules_doc.py --check   # exit 1 if it is out of date
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "rules.md"


def main(argv: list[str] | None = None) -> int:
    """Rewrite or check docs/rules.md; 1 when a check finds it stale."""
    from policydocs._extract._rules import render_markdown

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="only compare")
    args = ap.parse_args(argv)
    text = render_markdown()
    if args.check:
        current = DOC.read_text(encoding="utf-8") if DOC.exists() else ""
        if current != text:
            print(f"{DOC} is out of date: run bench/rules_doc.py", file=sys.stderr)
            return 1
        return 0
    DOC.write_text(text, encoding="utf-8")
    print(f"wrote {DOC}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
