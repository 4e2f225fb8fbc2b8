"""Handouts as print layouts: a handout's text, as the card writes it, becomes cards with cut
lines, sized A6 or A5 (``handout_layout``), rendered by ``render_handout``. A sign for a door or
a wall (a handout whose id ends in ``-sign`` or ``-poster``) is a page of its own in large type,
printed once."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from innovkit.cards.model import SIGN_ENDINGS
from innovkit.cards.timing import Split
from innovkit.documents.context import tool_context
from innovkit.documents.templates import common_context, render_template

if TYPE_CHECKING:
    from innovkit.cards.catalogue import Catalogue
    from innovkit.cards.model import Card, Handout
    from innovkit.documents.options import SheetOptions


def render_handout(card: Card, catalogue: Catalogue, options: SheetOptions, handout_id: str) -> str:
    """One handout of a tool as a print layout (HTML): cards with cut lines, as many copies as
    the group needs (``handout_copies``); see ``handout_layout``."""
    handout = next(h for h in card.handouts if h.id == handout_id)
    lang = options.lang
    title = handout.title(lang)
    if is_sign(handout_id):
        size, sheets = sign_layout(handout.content(lang))
    else:
        copies = handout_copies(card, handout, options.participants)
        size, sheets = handout_layout(handout.content(lang), title, copies)
    return render_template(
        "kit/handout.html.j2",
        tool=tool_context(card, catalogue, options),
        title=title,
        size=size,
        sheets=sheets,
        deck=len(sheets) > 0 and sheets[0][0]["deck"],
        **common_context(options),
    )


# --------------------------------------------------------------------------- copies

# Where a card splits its group in none of its steps, its tables seat four to six.
TABLES = Split(4, 6)


def group_split(card: Card) -> Split:
    """How the card splits its group into sub-groups (its first step that says so), else
    tables of four to six."""
    return next((s.scaling.split for s in card.steps if s.scaling.split), TABLES)


def handout_copies(card: Card, handout: Handout, participants: int | None) -> int:
    """How many copies of ``handout`` a session of ``participants`` people prints (the card's
    typical group when not given): one per person, per pair, per sub-group, or one in all."""
    people = participants or card.typical
    if handout.copies == "session" or is_sign(handout.id):  # a sign is printed once
        return 1
    if handout.copies == "pair":
        return max(1, -(-people // 2))
    if handout.copies == "group":
        return group_split(card).groups(people)
    return max(1, people)


# --------------------------------------------------------------------------- handouts


def is_sign(handout_id: str) -> bool:
    """A sign for the door or a poster for the wall (« Point silence en cours »), not a card to
    hand out: one A4 page each, in large type, printed once whatever the group."""
    return handout_id.endswith(SIGN_ENDINGS)


def sign_layout(content: str) -> tuple[str, list[list[dict[str, Any]]]]:
    """A sign laid out for print: one landscape A4 page per sign (a set of posters, like the
    three spaces of « dans la peau de Walt », is cut into pages where the card draws « ✂ - - - »),
    its first line kept: on a door, the heading is the message."""
    pages = handout_cards(content, keep_heading=True)
    return "sign", [
        [{"number": n, "blocks": blocks, "deck": False}] for n, blocks in enumerate(pages, 1)
    ]


# A handout's text, as the card writes it, becomes a print layout: « ____ » a line to write on,
# « [ ] » a box to tick, « ✂ - - - » a cut between two small cards, an upper-case line a heading,
# « +---+ » / « | » lines a drawn grid (kept as it is drawn).
_RULE = re.compile(r"_{3,}")
_CUT = re.compile(r"^\s*✂?\s*(?:-\s*){4,}$")
_BOX = re.compile(r"^\[\s?\]\s*")
_GRID = re.compile(r"^\s*[+|]")


def handout_cards(
    content: str, title: str = "", keep_heading: bool = False
) -> list[list[dict[str, Any]]]:
    """The blocks of a handout, one list per card: most handouts are one card; a deck (lines of
    « ✂ - - - » between its cards, like « cadran total »'s constraint cards) is several. The
    handout's own first line, its title (in capitals, or with the tool's name), is left out: the
    title is printed once (a sign keeps it: ``keep_heading``)."""
    lines = content.rstrip("\n").split("\n")
    first = next((n for n, line in enumerate(lines) if line.strip()), None)
    dropped = first is not None and not keep_heading
    if dropped and (_is_heading(lines[first]) or title.lower() in lines[first].lower()):
        lines = lines[first + 1 :]
    cuts = [n for n, line in enumerate(lines) if _CUT.match(line.strip())]
    if cuts:  # a deck: what comes before its first cut tells the facilitator how to cut it
        lines = lines[cuts[0] :]
    cards: list[list[dict[str, Any]]] = [[]]
    grid: list[str] = []
    for line in lines:
        if _GRID.match(line):
            grid.append(line.rstrip())
            continue
        if grid:
            cards[-1].append({"kind": "grid", "text": "\n".join(grid)})
            grid = []
        cards[-1].extend(_handout_line(line, cards))
    if grid:
        cards[-1].append({"kind": "grid", "text": "\n".join(grid)})
    return [card for card in cards if card]


def _handout_line(line: str, cards: list[list[dict[str, Any]]]) -> list[dict[str, Any]]:
    text = line.strip()
    indent = line[: len(line) - len(line.lstrip())] != ""
    if not text:
        return []
    if _CUT.match(text):
        if cards[-1]:
            cards.append([])
        return []
    if _RULE.fullmatch(text.replace(" ", "")):
        return [{"kind": "write"}]
    pieces = _RULE.split(text)
    if len(pieces) == 2 and not pieces[1].strip():  # « Lieu : ______ »: a line to the edge
        return [{"kind": "fill", "label": pieces[0].rstrip(), "indent": indent}]
    if _BOX.match(text):
        return [{"kind": "box", "text": _BOX.sub("", text), "indent": indent}]
    if _is_heading(text):
        return [{"kind": "heading", "text": text}]
    return [{"kind": "text", "parts": _text_parts(text), "indent": indent}]


def _is_heading(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


_INLINE = re.compile(r"(_{3,}|\[ ?\])")


def _text_parts(text: str) -> list[dict[str, str]]:
    """A line with blanks or boxes in it (« Départ : ____ h ____ », « [ ] Fait [ ] Adapté »):
    its words, a ``blank`` to write in, a ``box`` to tick."""
    parts = []
    for piece in _INLINE.split(text):
        if not piece:
            continue
        if piece.startswith("_"):
            parts.append({"kind": "blank", "text": ""})
        elif piece.startswith("["):
            parts.append({"kind": "box", "text": ""})
        else:
            parts.append({"kind": "text", "text": piece})
    return parts


# What a card can hold, in millimetres of height and characters of line, by card size; the
# estimate of a handout's height chooses A6 (four to a sheet) when it fits, else A5 (two).
_CARD_ROOM = {"a6": (126.0, 62), "a5": (188.0, 92)}
_BLOCK_MM = {"heading": 7.0, "fill": 8.5, "write": 8.5, "box": 5.5}


def _card_height(blocks: list[dict[str, Any]], size: str) -> float:
    width = _CARD_ROOM[size][1]
    height = 14.0  # the tool's name and the title
    for block in blocks:
        if block["kind"] == "grid":
            height += 4.0 * (block["text"].count("\n") + 1)
        elif block["kind"] == "text":
            length = sum(len(part["text"]) or 6 for part in block["parts"])
            height += 5.2 * max(1, -(-length // width))
        else:
            height += _BLOCK_MM[block["kind"]]
    return height


def handout_layout(
    content: str, title: str = "", copies: int = 1
) -> tuple[str, list[list[dict[str, Any]]]]:
    """A handout laid out for print: its card size (``"a6"``, four to an A4 sheet, when every
    card fits, else ``"a5"``, two) and its sheets, each a list of cards. The handout is printed
    ``copies`` times: a one-card handout as many cards, a deck (the three role cards of « dans
    la peau de Walt ») as many whole decks, one after the other."""
    cards = handout_cards(content, title)
    size = "a6" if all(_card_height(c, "a6") <= _CARD_ROOM["a6"][0] for c in cards) else "a5"
    # a deck of one sentence per card (« cadran total »'s constraints) is printed in large type,
    # to be read across a table; a deck of longer cards (Walt's roles), a little larger than a
    # handout to write on, to be read in one's hand
    deck: str | bool = False
    if len(cards) > 1:
        deck = "sentences" if all(len(card) == 1 for card in cards) else "cards"
    cards = cards * max(1, copies)
    per_sheet = 4 if size == "a6" else 2
    numbered = [{"number": n, "blocks": blocks, "deck": deck} for n, blocks in enumerate(cards, 1)]
    return size, [numbered[n : n + per_sheet] for n in range(0, len(numbered), per_sheet)]
