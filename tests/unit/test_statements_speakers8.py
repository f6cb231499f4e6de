"""Statement speakers by structure (issue 12, round eight), on invented sentences.

Each test covers one general mechanism of speaker resolution: how a name is
bounded, what a title or pronoun refers back to, who a document speaks for.
The sentences are invented, none is copied from a corpus.
"""

from __future__ import annotations

from test_statements_real import triples


def test_her_majestys_opens_an_institutional_name() -> None:
    """'Her Majesty's Inspectorate of Prisons' keeps its honorific possessive."""
    text = (
        "His Majesty’s Inspectorate of Prisons said that two wings were unsafe. "
        "Her Majesty's Revenue and Customs said that receipts rose."
    )
    assert [
        ("His Majesty’s Inspectorate of Prisons", "say", "two wings were unsafe"),
        ("Her Majesty's Revenue and Customs", "say", "receipts rose"),
    ] == triples(text)

