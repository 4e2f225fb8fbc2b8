"""The Jinja2 environment over the ``templates/`` folder: its filters, its compiled-template cache,
``render_template``, the embedded fonts, and what every document template gets
(``common_context``).

HTML templates are autoescaped; Markdown and plain text go through the ``md``/``wrap`` filters
(``innovkit.documents.escaping``), which keep a card's own characters from turning into markup.
"""

from __future__ import annotations

from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any

from innovkit import dates, paths
from innovkit.documents.escaping import (
    html_lines,
    html_paragraphs,
    html_with_command,
    md_block,
    md_cell,
    md_inline,
)
from innovkit.i18n import labelled, tr_in
from innovkit.plaintext import is_visible
from innovkit.wrapping import TEXT_WIDTH, wrap_lines, wrap_text

if TYPE_CHECKING:  # jinja2 is imported lazily: `innovkit list` must start fast
    import jinja2

    from innovkit.documents.options import SheetOptions


@cache
def environment() -> jinja2.Environment:
    """Templates ending in ``.html.j2`` are autoescaped; the others are plain text."""
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(paths.templates_dir())),
        autoescape=jinja2.select_autoescape(enabled_extensions=("html.j2", "html")),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        bytecode_cache=_template_cache(),
        finalize=_shown_as_text,
    )
    env.filters.update(
        paras=html_paragraphs,
        lines=html_lines,
        with_command=html_with_command,
        # A report escapes the same tool and facilitator names thousands of times.
        md=lru_cache(maxsize=4096)(md_inline),
        md_block=md_block,
        md_cell=md_cell,
        wrap=wrap_text,
        fill=wrap_lines,
        underline=lambda text, mark="=": mark * len(text),
    )
    return env


def _template_cache() -> Any:
    """Compiled templates kept in the cache folder, so a report does not compile its templates
    at every run; none when that folder cannot be created."""
    import jinja2

    folder = paths.cache_dir() / "templates-2"  # -2: compiled with ``finalize``
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return jinja2.FileSystemBytecodeCache(str(folder))


def _shown_as_text(value: Any) -> Any:
    """Every value a template prints: a control character in a card, a title or a name is made
    visible (see ``innovkit.plaintext``), never sent to the terminal or the printer. The
    templates' own form feed (``{{ "\\f" }}``, a new page for ``lp``) is kept; a tab becomes a
    space (a printed sheet has no tab stops)."""
    if not isinstance(value, str) or value == "\f" or value.isprintable():
        return value  # nothing to make visible: most values, at the cost of one C call
    if "\t" not in value and is_visible(value):
        return value  # a line break or a no-break space (« 3 juin », « 1 234 »): nothing either
    from markupsafe import Markup

    from innovkit.plaintext import visible

    if isinstance(value, Markup):  # already escaped HTML: the symbols need no escaping
        return Markup(visible(str(value)).replace("\t", " "))
    return visible(value).replace("\t", " ")


def render_template(name: str, **context: Any) -> str:
    return environment().get_template(name).render(**context)


# The font of the printed documents travels inside them (see templates/partials/fonts/README.md):
# a sheet that fits on three pages here fits on three pages on any computer, offline.
_FONT_FILES = (
    ("Regular", "normal", "normal"),
    ("Bold", "bold", "normal"),
    ("Italic", "normal", "italic"),
)


@cache
def embedded_fonts() -> Any:
    """``@font-face`` rules carrying the documents' font as ``data:`` URLs (empty if missing)."""
    import base64

    from markupsafe import Markup

    folder = paths.templates_dir() / "partials" / "fonts"
    rules = []
    for style, weight, slant in _FONT_FILES:
        try:
            data = (folder / f"RobotoCondensed-{style}.subset.woff2").read_bytes()
        except OSError:  # a trimmed install: the computer's own fonts will do
            continue
        encoded = base64.b64encode(data).decode("ascii")
        rules.append(
            f'@font-face {{ font-family: "innovkit Sans"; font-weight: {weight}; '
            f"font-style: {slant}; src: url(data:font/woff2;base64,{encoded}) "
            'format("woff2"); }'
        )
    return Markup("\n".join(rules))


def common_context(options: SheetOptions) -> dict[str, Any]:
    """What every template gets: the language, its sentences, and the sheet's own details."""
    lang = options.lang

    def t(key: str, **values: object) -> str:
        return tr_in(lang, f"documents.{key}", **values)

    def label(key: str, value: object) -> str:
        return labelled(t(key), value, lang)

    return {
        "lang": lang,
        "t": t,
        "label": label,
        "date": dates.format_date(options.day, lang, weekday=True) if options.day else None,
        "facilitator": (options.facilitator or "").strip() or None,
        "width": TEXT_WIDTH,
        "fonts": embedded_fonts(),
    }
