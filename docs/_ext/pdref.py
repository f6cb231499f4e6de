"""Generate the reference pages of the docs from the code, at build time.

Nothing in ``docs/reference/`` is kept by hand: the API pages list every name of
the public modules' ``__all__``, the CLI page is read from the argument parser,
the error-code table is collected from the source and the JSON Schema page is
what :func:`policydocs.json_schema` returns. A name added to ``__all__`` appears
in the reference on the next build without touching the docs.

The functions below import nothing from Sphinx, so the unit tests import this
module to check that the reference covers the public API.
"""

from __future__ import annotations

import argparse
import ast
import enum
import importlib
import inspect
import json
import re
import sys
import textwrap
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.config import Config

DOCS = Path(__file__).resolve().parents[1]
SRC = DOCS.parent / "src" / "policydocs"
OUT = DOCS / "reference"

#: The public modules whose ``__all__`` the reference documents. The package's
#: names are spread over pages by kind; each submodule gets a page of its own.
PUBLIC_MODULES = ("policydocs", "policydocs.strategies", "policydocs.dask")
SUBMODULE_TITLES = {
    "policydocs.strategies": "Hypothesis strategies",
    "policydocs.dask": "Dask",
}

# What a public name of ``policydocs`` is, in the order the pages show them.
GROUPS = (
    ("models", "Models", "The immutable data model: build, compare, evolve."),
    ("vocabularies", "Vocabularies", "Closed sets of values, as ``str`` enums."),
    ("results", "Result types", "What the functions below return."),
    ("functions", "Functions", "Read, extract, serialize, tabulate and check."),
    ("constants", "Constants", "Module-level values."),
    ("errors", "Errors and warnings", "Everything policydocs raises or warns."),
)


def public_names(module_name: str) -> list[tuple[str, Any]]:
    """Every ``(name, object)`` of a public module's ``__all__``, in that order."""
    module = importlib.import_module(module_name)
    return [(name, getattr(module, name)) for name in module.__all__]


def group_of(obj: object) -> str:
    """Which group of :data:`GROUPS` a public object belongs on."""
    if isinstance(obj, type):
        if issubclass(obj, BaseException | Warning):
            return "errors"
        if issubclass(obj, enum.Enum):
            return "vocabularies"
        if obj.__module__.endswith("_models"):
            return "models"
        return "results"
    if callable(obj):
        return "functions"
    return "constants"


def constant_doc(module_name: str, name: str) -> str:
    """The ``#:`` comment above a constant where it is defined, without the ``#:``.

    autodoc reads such comments only in the module a directive names, and the
    public package re-exports constants from private modules, so the docs read
    the comment where the constant is assigned.
    """
    module = importlib.import_module(module_name)
    owner = getattr(module, "_LAZY", {}).get(name)
    if owner is not None:
        module = importlib.import_module(owner, module_name)
    else:
        value = getattr(module, name)
        for mod in list(sys.modules.values()):
            if (
                getattr(mod, "__name__", "").startswith(module_name + "._")
                and getattr(mod, name, None) is value
            ):
                module = mod
                break
    source = inspect.getsource(module)
    match = re.search(rf"((?:^#:.*\n)+)^{name}\b", source, re.MULTILINE)
    if match is None:
        return ""
    lines = match.group(1).splitlines()
    return "\n".join(line[2:].removeprefix(" ") for line in lines)


def _directive(module: str, name: str, obj: object) -> str:
    target = f"{module}.{name}"
    if isinstance(obj, type):
        if issubclass(obj, BaseException):
            return f".. autoexception:: {target}\n   :members:\n"
        if issubclass(obj, enum.Enum):
            return f".. autoclass:: {target}\n   :members:\n   :undoc-members:\n"
        return f".. autoclass:: {target}\n   :members:\n"
    if callable(obj):
        return f".. autofunction:: {target}\n"
    body = textwrap.indent(constant_doc(module, name), "   ")
    # Unlike autodoc's directives, ``data`` prefixes the current module to a
    # dotted name (``policydocs.policydocs.SCHEMA``): give the module apart.
    return f".. data:: {name}\n   :module: {module}\n   :value: {obj!r}\n\n{body}\n"


def _title(text: str, char: str = "=") -> str:
    return f"{text}\n{char * len(text)}\n"


def api_pages() -> dict[str, str]:
    """The reST text of each API page, keyed by file name."""
    by_group: dict[str, list[str]] = {key: [] for key, _, _ in GROUPS}
    for name, obj in public_names("policydocs"):
        by_group[group_of(obj)].append(_directive("policydocs", name, obj))
    pages = {}
    toc = []
    for key, heading, blurb in GROUPS:
        if by_group[key]:
            pages[f"api-{key}.rst"] = "\n".join(
                [_title(heading), blurb + "\n", ".. currentmodule:: policydocs\n"]
                + by_group[key]
            )
            toc.append(f"   api-{key}")
    for module in PUBLIC_MODULES[1:]:
        title = SUBMODULE_TITLES[module]
        name = module.rsplit(".", 1)[1]
        pages[f"{name}.rst"] = "\n".join(
            [
                _title(f"{title}: ``{module}``"),
                f".. automodule:: {module}\n   :no-members:\n",
                *(_directive(module, n, obj) for n, obj in public_names(module)),
            ]
        )
        toc.append(f"   {name}")
    pages["api.rst"] = "\n".join(
        [
            _title("API reference"),
            "Every name in "
            + ", ".join(f"``{m}.__all__``" for m in PUBLIC_MODULES)
            + ", generated from its docstring. Import them from those modules; "
            "modules whose names start with ``_`` are private.\n",
            ".. toctree::\n   :maxdepth: 2\n",
            *toc,
            "",
        ]
    )
    return pages


def documented_names(pages: dict[str, str]) -> set[str]:
    """Every dotted name an ``auto*`` or ``data`` directive of ``pages`` documents.

    Named as Sphinx names them: an ``auto*`` directive's argument is the full
    path, while ``data`` puts its ``:module:`` option, or else the current
    module, in front of its argument.
    """
    out = set()
    for text in pages.values():
        current = ""
        lines = text.splitlines()
        for i, line in enumerate(lines):
            directive, _, argument = line.partition("::")
            argument = argument.strip()
            if directive in (".. currentmodule", ".. automodule", ".. module"):
                current = argument
            if directive.startswith(".. auto"):
                out.add(argument)
            elif directive == ".. data":
                module = current
                for option in lines[i + 1 :]:
                    if not option.strip().startswith(":"):
                        break
                    if option.strip().startswith(":module:"):
                        module = option.strip().removeprefix(":module:").strip()
                out.add(f"{module}.{argument}" if module else argument)
    return out


# --- the CLI page -----------------------------------------------------------


_OPTION = re.compile(r"(?<![\w`-])(--?[a-z][\w-]*)")


def _sentence(text: str, *, capital: bool = True) -> str:
    """``text`` ending in a full stop, with a capital first letter if asked."""
    text = text.strip()
    if not text:
        return text
    if capital:
        text = text[0].upper() + text[1:]
    return text if text.endswith(".") else text + "."


def _option_row(action: argparse.Action) -> tuple[str, str]:
    if action.option_strings:
        flags = ", ".join(action.option_strings)
        if action.nargs != 0:
            flags += f" {action.metavar or action.dest.upper()}"
    else:
        flags = action.metavar or action.dest
        if action.nargs == "+":
            flags += " ..."
    help_text = (action.help or "").replace("%(default)s", str(action.default))
    # Literal option names, so `--table` is not typeset with an en dash.
    # argparse's help is lower case by convention (a value such as ``json``
    # often comes first), so only the full stop is added.
    help_text = _sentence(_OPTION.sub(r"``\1``", help_text), capital=False)
    if not action.option_strings:
        help_text += " One or more; required." if action.nargs == "+" else " Required."
    choices = [str(c) for c in action.choices or ()]
    if choices and not all(c in help_text for c in choices):
        help_text += " One of " + ", ".join(f"``{c}``" for c in choices) + "."
    shown = "default" in help_text.lower()
    if action.default not in (None, False, argparse.SUPPRESS) and not shown:
        help_text += f" Default: ``{action.default}``."
    return f"``{flags}``", help_text.strip()


def _table(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    widths = "30 70" if len(header) == 2 else "20 30 50"
    lines = [
        ".. list-table::",
        "   :header-rows: 1",
        "   :width: 100%",
        f"   :widths: {widths}",
        "",
    ]
    for row in (header, *rows):
        for i, cell in enumerate(row):
            lines.append(("   * - " if i == 0 else "     - ") + (cell or " "))
    return "\n".join(lines) + "\n"


def subcommands(
    parser: argparse.ArgumentParser,
) -> list[tuple[str, argparse.ArgumentParser, str]]:
    """Each ``(name, parser, help)`` of the parser's subcommands, in order."""
    for action in parser._actions:  # noqa: SLF001 - argparse has no public accessor
        if isinstance(action, argparse._SubParsersAction):  # noqa: SLF001
            helps = {a.dest: a.help or "" for a in action._choices_actions}  # noqa: SLF001
            return [(n, sub, helps.get(n, "")) for n, sub in action.choices.items()]
    return []


def cli_page() -> str:
    """The command-line reference, read from the parser the CLI itself uses."""
    from policydocs._cli import _parser

    parser = _parser()
    parser.formatter_class = lambda prog: argparse.HelpFormatter(prog, width=78)
    parts = [
        _title("Command line"),
        (
            f"``{parser.prog}`` (or ``python -m policydocs``): "
            f"{_sentence(parser.description or '')}\n"
        ),
        (
            "Every command exits with 2 on a usage error, with 1 when an input "
            "could not be read or was invalid (one line per problem on stderr), "
            "and with 0 otherwise.\n"
        ),
        ".. code-block:: text\n",
        textwrap.indent(parser.format_usage().strip(), "   ") + "\n",
    ]
    for name, sub, help_text in subcommands(parser):
        parts += [
            _title(f"policydocs {name}", "-"),
            _sentence(_OPTION.sub(r"``\1``", sub.description or help_text)) + "\n",
            ".. code-block:: text\n",
            textwrap.indent(sub.format_usage().strip(), "   ") + "\n",
        ]
        rows = [
            _option_row(a)
            for a in sub._actions  # noqa: SLF001
            if not isinstance(a, argparse._HelpAction)  # noqa: SLF001
        ]
        if rows:
            parts.append(_table(("Argument", "Meaning"), rows))
    return "\n".join(parts)


# --- the error codes --------------------------------------------------------


@dataclass
class CodeUse:
    """Where one error code is raised and the messages it carries."""

    code: str
    modules: set[str] = field(default_factory=set)
    messages: list[str] = field(default_factory=list)


# Calls whose first argument (or ``code=`` keyword) is an error code.
_CODE_CALLS = {"_fail", "ValidationError", "Problem"}
# Calls that pass on a code already collected where it was first raised.
_PASSED_ON = {"exc.code", "self.code", "code"}


def _call_name(node: ast.Call) -> str | None:
    if isinstance(node.func, ast.Name):
        return node.func.id
    if isinstance(node.func, ast.Attribute):
        return node.func.attr
    return None


def _template(node: ast.expr | None) -> str | None:
    """A message with its run-time parts shown as ``…``, or None if not literal."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(
            v.value if isinstance(v, ast.Constant) else "…" for v in node.values
        )
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _template(node.left), _template(node.right)
        if left is not None and right is not None:
            return left + right
    return None


def _code_and_message(node: ast.Call) -> tuple[ast.expr | None, ast.expr | None]:
    kw = {k.arg: k.value for k in node.keywords}
    code = kw.get("code", node.args[0] if node.args else None)
    message = kw.get("message")
    if message is None:
        # The message is the third argument of _fail(code, field, message,
        # value) and the second of ValidationError(code, message).
        index = 2 if _call_name(node) == "_fail" else 1
        message = node.args[index] if len(node.args) > index else None
    return code, message


def _message_at(tree: ast.AST, name: str, line: int) -> ast.expr | None:
    """The value last assigned to ``name`` before ``line`` in the same module."""
    best: tuple[int, ast.expr] | None = None
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Assign)
            and node.lineno < line
            and any(isinstance(t, ast.Name) and t.id == name for t in node.targets)
            and (best is None or node.lineno > best[0])
        ):
            best = (node.lineno, node.value)
    return None if best is None else best[1]


def scan_error_codes(root: Path = SRC) -> tuple[dict[str, CodeUse], list[str]]:
    """Every error code raised in the package, and the calls that hide theirs.

    The second list names each call whose code is neither a literal nor one
    passed on from a caught error; the docs test requires it to be empty, so
    the table can't miss a code.
    """
    uses: dict[str, CodeUse] = {}
    unknown: list[str] = []
    for path in sorted(root.rglob("*.py")):
        rel = path.relative_to(root.parent).as_posix()
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or _call_name(node) not in _CODE_CALLS:
                continue
            code, message = _code_and_message(node)
            if code is None:
                continue
            if isinstance(code, ast.Constant) and isinstance(code.value, str):
                use = uses.setdefault(code.value, CodeUse(code.value))
                use.modules.add(rel)
                if isinstance(message, ast.Name):
                    message = _message_at(tree, message.id, node.lineno)
                text = _template(message)
                if text is not None and text not in use.messages:
                    use.messages.append(text)
            elif ast.unparse(code) not in _PASSED_ON:
                unknown.append(f"{rel}:{node.lineno}: {ast.unparse(code)}")
    return uses, unknown


_RAISED_BY = {
    "_models.py": "a model's constructor or ``attrs.evolve``",
    "_validate.py": "building a ``Document``; ``check()`` and ``validate()``",
    "_readers.py": "writing the header-block text format (``to_text``)",
    "_serialize.py": "loading JSON or dicts",
    "_serialize_convert.py": "loading JSON or dicts",
    "_serialize_decode.py": "loading JSON or dicts",
    "_serialize_problems.py": "loading JSON or dicts",
}


def _raised_by(modules: set[str]) -> str:
    names = sorted({m.rsplit("/", 1)[-1] for m in modules})
    # The private parts of one public function read as that function, once.
    return "; ".join(dict.fromkeys(_RAISED_BY.get(n, f"``{n}``") for n in names))


def error_codes_page() -> str:
    """The error-code table, collected from the source by :func:`scan_error_codes`."""
    uses, _ = scan_error_codes()
    rows = [
        (
            f"``{use.code}``",
            _raised_by(use.modules),
            "\n\n       ".join(f"``{m}``" for m in use.messages)
            or "(built at run time)",
        )
        for use in sorted(uses.values(), key=lambda u: u.code)
    ]
    return "\n".join(
        [
            _title("Error codes"),
            (
                "Each :class:`~policydocs.ValidationError` and "
                ":class:`~policydocs.Problem` carries a stable ``code`` for programs "
                "to test. This table is collected from the source at build time; "
                "``…`` stands for the value found. "
                "See :doc:`../validation` for examples with real output.\n"
            ),
            _table(("Code", "Raised by", "Messages"), rows),
        ]
    )


# --- the JSON Schema page -----------------------------------------------------


def schema_page() -> str:
    """The wire format's JSON Schema, as :func:`policydocs.json_schema` gives it."""
    import policydocs

    text = json.dumps(policydocs.json_schema(), indent=2, sort_keys=True)
    return "\n".join(
        [
            _title("JSON Schema"),
            (
                "The JSON Schema (draft 2020-12) of the wire format, as "
                ":func:`policydocs.json_schema` returns it and "
                "``policydocs schema`` prints it. "
                "See :doc:`../wire-format` for what the fields mean.\n"
            ),
            ".. code-block:: json\n",
            textwrap.indent(text, "   "),
            "",
        ]
    )


def all_pages() -> dict[str, str]:
    """Every generated page, keyed by its file name under ``docs/reference``."""
    pages = api_pages()
    pages["cli.rst"] = cli_page()
    pages["error-codes.rst"] = error_codes_page()
    pages["schema.rst"] = schema_page()
    return pages


def write_pages(pages: dict[str, str]) -> list[Path]:
    """Write the generated pages to ``docs/reference``; return those that changed.

    Unchanged files are left alone so that Sphinx re-reads only what changed,
    and a page no longer generated is removed.
    """
    OUT.mkdir(exist_ok=True)
    changed = []
    for name, text in pages.items():
        path = OUT / name
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
            changed.append(path)
    for stale in OUT.glob("*.rst"):
        if stale.name not in pages:
            stale.unlink()
    return changed


def _generate(_app: Sphinx, _config: Config) -> None:
    write_pages(all_pages())


def _private_name(name: str) -> bool:
    """Whether ``name`` is defined in a loaded private module of policydocs."""
    return any(
        module.startswith("policydocs._") and name in getattr(mod, "__dict__", {})
        for module, mod in list(sys.modules.items())
    )


def _missing_reference(app: Sphinx, env: Any, node: Any, contnode: Any) -> Any:
    """Resolve ``policydocs._module.Name`` to the public ``policydocs.Name``.

    autodoc writes annotations with the module that defines a name; the docs
    document it where users import it from. A name that is not public (a
    private helper type a signature mentions) is shown as plain text.
    """
    target = node.get("reftarget", "")
    if node.get("refdomain") != "py":
        return None
    name = target.rsplit(".", 1)[-1]
    public = importlib.import_module("policydocs").__all__
    if target.startswith("policydocs._") and name in public:
        node["reftarget"] = f"policydocs.{name}"
        return env.get_domain("py").resolve_xref(
            env,
            node["refdoc"],
            app.builder,
            node["reftype"],
            f"policydocs.{name}",
            node,
            contnode,
        )
    if name not in public and (
        target.startswith("policydocs._") or _private_name(target)
    ):
        return contnode
    return None


def _prose_property_summary(
    _app: Sphinx, what: str, _name: str, _obj: object, _options: Any, lines: list[str]
) -> None:
    """Keep napoleon from reading "Detection precision: ..." as a type.

    napoleon takes the text before a colon on a property's first line for its
    type; here the type is the return annotation, and the summary is prose.
    """
    if what == "property" and lines and ":" in lines[0]:
        # napoleon reads only the first line so; an empty comment takes it.
        lines[:0] = ["..", ""]


def _label_fields_attributes() -> None:
    """Head a model's field list "Attributes", as its docstring does.

    napoleon turns an ``Attributes:`` section into ``:ivar:`` fields, which
    Sphinx heads "Variables"; the fields of a frozen model are not variables.
    """
    from sphinx.domains.python import PyObject

    for field_type in PyObject.doc_field_types:
        if field_type.name == "variable":
            field_type.label = "Attributes"


def setup(app: Sphinx) -> dict[str, Any]:
    """Register the generator with Sphinx."""
    _label_fields_attributes()
    app.connect("config-inited", _generate)
    # Before napoleon, which listens at the default priority of 500.
    app.connect("autodoc-process-docstring", _prose_property_summary, priority=400)
    app.connect("missing-reference", _missing_reference)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
