"""The attendance sheet (feuille d'émargement) of a session: the tool, the date, the time and
the facilitator at the top, then one numbered line per participant with name, department and
signature left blank. It is filled in by hand and stays on paper: innovkit never stores a name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from innovkit.documents.context import tool_context
from innovkit.documents.templates import common_context, render_template

if TYPE_CHECKING:
    from innovkit.cards.catalogue import Catalogue
    from innovkit.cards.model import Card
    from innovkit.documents.options import SheetOptions


def attendance_lines(card: Card, options: SheetOptions) -> int:
    """As many lines as participants announced, else as many as the card's largest group, so
    that nobody who comes finds the sheet full."""
    return options.participants or card.participants_max


def render_attendance(card: Card, catalogue: Catalogue, options: SheetOptions, fmt: str) -> str:
    """The attendance sheet of ``card`` in ``fmt`` (md, html or txt; a PDF prints the HTML)."""
    return render_template(
        f"attendance.{fmt}.j2",
        tool=tool_context(card, catalogue, options),
        rows=range(1, attendance_lines(card, options) + 1),
        **common_context(options),
    )
