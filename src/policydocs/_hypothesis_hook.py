"""Entry point that Hypothesis calls at start-up.

Declared in ``[project.entry-points.hypothesis]``.

Registering through the entry point lets ``st.from_type(policydocs.Document)``
work in users' test suites without ``import policydocs`` importing Hypothesis.
"""

from __future__ import annotations


def _hypothesis_setup_hook() -> None:
    from . import strategies  # registers the models' strategies on import

    del strategies
