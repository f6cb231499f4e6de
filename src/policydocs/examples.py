"""Sample documents shipped inside the package, for docs, notebooks and tests.

They work after ``pip install`` from any folder, without a checkout::

    >>> import policydocs.examples as examples
    >>> examples.seed().published
    datetime.date(2026, 3, 6)
    >>> examples.names()
    ('central_bank', 'press_release', 'seed', 'transcript')

``seed`` is the project's seed document (a news report of a meeting, in the
seed format ``date YYYY-MM-DD`` then the body). The others are invented for
illustration, each in the header-block format: a ministry's press release,
a central bank's policy decision and a press-conference transcript.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from ._models import Document

__all__ = ["load", "names", "seed", "text"]

_NAMES: Final = ("central_bank", "press_release", "seed", "transcript")


def __dir__() -> list[str]:
    return sorted(__all__)


def names() -> tuple[str, ...]:
    """The names of the sample documents, sorted.

    .. versionadded:: 0.2.0
    """
    return _NAMES


def text(name: str, /) -> str:
    """The raw text of a sample document, as a file would hold it.

    >>> text("transcript").splitlines()[0]
    'Title: Press conference on the spring harvest'

    Raises:
        KeyError: ``name`` is not one of :func:`names`.

    .. versionadded:: 0.2.0
    """
    if name not in _NAMES:
        msg = f"expected one of {', '.join(_NAMES)}, found {name!r}"
        raise KeyError(msg)
    from importlib import resources

    folder = resources.files(__package__ or "policydocs") / "_examples"
    resource = folder / f"{name}.txt"
    return resource.read_text(encoding="utf-8")


@functools.cache
def load(name: str, /) -> Document:
    """A sample document, read and extracted (its id is its name).

    Documents are immutable, so each is built once and shared.

    >>> load("central_bank").source
    'Central Bank of Norland'

    Raises:
        KeyError: ``name`` is not one of :func:`names`.

    .. versionadded:: 0.2.0
    """
    from ._readers import parse

    return parse(text(name), id=name)


def seed() -> Document:
    """The seed document: a news report of a meeting, dated 2026-03-06.

    >>> len(seed().directives) > 0
    True

    .. versionadded:: 0.2.0
    """
    return load("seed")
