"""Documents from templates: the Jinja2 environment over the ``templates/`` folder."""

from __future__ import annotations

from functools import cache
from typing import Any

import jinja2

from innovkit import paths


@cache
def environment() -> jinja2.Environment:
    """Templates ending in ``.html.j2`` are autoescaped; the others are plain text."""
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(paths.templates_dir())),
        autoescape=jinja2.select_autoescape(enabled_extensions=("html.j2", "html")),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def render_template(name: str, **context: Any) -> str:
    return environment().get_template(name).render(**context)
