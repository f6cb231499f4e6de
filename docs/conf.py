"""Sphinx configuration: MyST pages, an API reference generated from the code.

Build with ``sphinx-build -W -n -b html docs docs/_build/html`` (see the
README). Nothing here reaches the network: no intersphinx inventories are
fetched, so references to the standard library and to attrs render as plain
names instead of links.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "_ext"))
sys.path.insert(0, str(HERE.parent / "src"))

import policydocs  # noqa: E402 - after the path set-up above

project = "policydocs"
author = "policydocs developers"
copyright = "policydocs developers"  # noqa: A001 - the name Sphinx reads
release = policydocs.__version__
version = release

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "pdref",
]

source_suffix = {".rst": "restructuredtext", ".md": "markdown"}
root_doc = "index"
exclude_patterns = ["_build", "_ext", "Thumbs.db", ".DS_Store"]

# MyST: `[text](page.md#a-heading)` links need anchors on headings.
myst_heading_anchors = 3
myst_enable_extensions = ["colon_fence", "deflist"]
# A fence without a language (a diagram) is shown as typed, not guessed at.
highlight_language = "none"

# autodoc and napoleon: Google docstrings, types in the signature.
autodoc_member_order = "bysource"
autodoc_typehints = "signature"
autodoc_class_signature = "mixed"
autoclass_content = "class"
napoleon_google_docstring = True
napoleon_numpy_docstring = False
napoleon_use_ivar = True
napoleon_use_rtype = False
python_use_unqualified_type_names = True
add_module_names = False

# -n (nitpicky) checks every cross-reference. Without network there are no
# intersphinx inventories, so names outside policydocs can't be linked: accept
# them as plain text, and keep every reference into policydocs checked.
nitpick_ignore_regex = [
    (r"py:.*", r"(datetime|collections|typing|types|enum|os|io|pathlib|json|re)\..*"),
    (r"py:.*", r"(attrs|attr|cattrs|hypothesis|dask|pandas|polars|orjson)(\..*)?"),
    (r"py:.*", r"(date|Path|PathLike|Iterable|Iterator|Sequence|Mapping|Callable)"),
    (r"py:.*", r"(IO|TextIO|Any|Self|Literal|Final|SearchStrategy|ExceptionGroup)"),
    # The aliases the optional extras' modules are imported under.
    (r"py:.*", r"(pd|pl|db|dd|st)\..*"),
    (r"py:.*", r"InvalidArgument"),
    # Private aliases and helpers that public signatures and docstrings name.
    (r"py:.*", r"(Kind|columns)"),
]

html_theme = "furo"
html_title = f"policydocs {release}"
html_static_path: list[str] = []
html_show_sourcelink = False
