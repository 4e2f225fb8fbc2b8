"""Documents from templates: the Jinja2 environment over the ``templates/`` folder, and the
printed documents made with it — run sheets, the booklet of tools, checklists and the room kit.

Each document is rendered from plain data in one language (``tool_context``), so the templates
only lay out strings. HTML templates are autoescaped; Markdown and plain text go through the
``md``/``wrap`` filters below, which keep a card's own characters from turning into markup.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, time
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from innovkit import dates, paths
from innovkit.errors import BadInput
from innovkit.i18n import labelled, quoted, tr, tr_in
from innovkit.live import schedule
from innovkit.wrapping import TEXT_WIDTH, paragraphs, wrap_text

if TYPE_CHECKING:  # jinja2 is imported lazily: `innovkit list` must start fast
    import jinja2

    from innovkit.cards.catalogue import Catalogue
    from innovkit.cards.model import Card

FORMATS = ("md", "html", "txt")
# The printed documents (sheets, booklet, checklist, plan, kit) also come as PDF: their HTML
# laid out in pages by ``innovkit.documents.pdf``.
PRINT_FORMATS = (*FORMATS, "pdf")
PHASES = ("before", "during", "after")
_ALIASES = {"markdown": "md", "htm": "html", "text": "txt"}


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
        md=md_inline,
        md_block=md_block,
        md_cell=md_cell,
        wrap=wrap_text,
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
    from markupsafe import Markup

    from innovkit.plaintext import visible

    if not isinstance(value, str) or value == "\f":
        return value
    if isinstance(value, Markup):  # already escaped HTML: the symbols need no escaping
        return Markup(visible(str(value)).replace("\t", " "))
    return visible(value).replace("\t", " ")


def render_template(name: str, **context: Any) -> str:
    return environment().get_template(name).render(**context)


# The font of the printed documents travels inside them (see templates/partials/fonts/README.md):
# a sheet that fits on two pages here fits on two pages on any computer, offline.
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


# --------------------------------------------------------------------------- options


@dataclass(frozen=True, slots=True)
class SheetOptions:
    """What the facilitator adds to a run sheet: language, start time, date, group, name."""

    lang: str = "fr"
    start: time | None = None
    day: date | None = None
    participants: int | None = None
    facilitator: str | None = None
    variant: str | None = None
    setting: str | None = None  # this session's: indoor, outdoor or remote (``parse_setting``)


def check_format(value: str, formats: Sequence[str] = FORMATS) -> str:
    """``value`` as one of ``formats``, or ``BadInput`` naming them."""
    wanted = value.strip().lower().lstrip(".")
    wanted = _ALIASES.get(wanted, wanted)
    if wanted not in formats:
        raise BadInput(tr("documents.bad_format", value=value, choices=", ".join(formats)))
    return wanted


def choose_format(asked: str | None, target: Path | None, formats: Sequence[str] = FORMATS) -> str:
    """``--format`` when given, else the output file's extension, else Markdown."""
    if asked:
        return check_format(asked, formats)
    suffix = target.suffix.lower().lstrip(".") if target is not None else ""
    suffix = _ALIASES.get(suffix, suffix)
    if suffix in formats:
        return suffix
    if suffix.isalpha():  # « fiche.pdf » would get Markdown inside: say how to get a PDF
        choices = ", ".join(f".{name}" for name in formats)
        raise BadInput(tr("documents.unknown_extension", suffix=f".{suffix}", choices=choices))
    return "md"


def check_phase(value: str) -> str:
    wanted = value.strip().lower()
    aliases = {"avant": "before", "pendant": "during", "apres": "after", "après": "after"}
    wanted = aliases.get(wanted, wanted)
    if wanted not in PHASES:
        raise BadInput(tr("documents.bad_phase", value=value, choices=", ".join(PHASES)))
    return wanted


# --------------------------------------------------------------------------- filters


def html_paragraphs(text: str, tag: str = "p") -> Any:
    """A card text as escaped HTML paragraphs; single line breaks become ``<br>``."""
    from markupsafe import Markup

    return Markup("").join(
        Markup(f"<{tag}>") + html_lines(p) + Markup(f"</{tag}>") for p in paragraphs(text)
    )


def html_lines(text: str) -> Any:
    """Escaped text with its line breaks kept as ``<br>`` (paragraph breaks too)."""
    from markupsafe import Markup, escape

    return Markup("<br>").join(escape(line.strip()) for line in text.strip().split("\n"))


# Every ASCII character that can start markup somewhere in CommonMark/GFM inline text.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~&])")
# Line starts that would open a block: a list (- + 1. 1)) or a heading underline (= -).
_MD_BULLET = re.compile(r"^([-+=])")
_MD_NUMBER = re.compile(r"^(\d+)([.)])")


def md_inline(text: str) -> str:
    """``text`` escaped for Markdown, on one line: nothing in it becomes markup."""
    return " ".join(
        _md_escape_line(line) for line in _unix_breaks(text).split("\n") if line.strip()
    )


def md_block(text: str, indent: str = "") -> str:
    """A card text (or a journal note) as Markdown paragraphs, each continuation line indented
    by ``indent`` (to stay inside a list item); single line breaks are kept as hard breaks."""
    blocks = []
    for paragraph in paragraphs(_unix_breaks(text)):
        lines = [_md_escape_line(line) for line in paragraph.split("\n") if line.strip()]
        blocks.append(("\\\n" + indent).join(lines))
    return ("\n" + indent.rstrip() + "\n" + indent).join(blocks)


def md_cell(text: str) -> str:
    """A card text for a GFM table cell: escaped (``|`` included), line breaks as ``<br>``."""
    return "<br>".join(
        _md_escape_line(line) for line in _unix_breaks(text).split("\n") if line.strip()
    )


# Markdown's line endings. Card texts only have "\n" (YAML turns the others into it), but a
# journal note imported from elsewhere may hold "\r\n" or a lone "\r": each is one line break,
# never a stray one left inside a line, where it would end a table row or a list item.
_LINE_ENDING = re.compile(r"\r\n?")


def _unix_breaks(text: str) -> str:
    return _LINE_ENDING.sub("\n", text) if "\r" in text else text


def _md_escape_line(line: str) -> str:
    escaped = _MD_SPECIAL.sub(r"\\\1", line.strip())
    escaped = _MD_BULLET.sub(r"\\\1", escaped)
    return _MD_NUMBER.sub(r"\1\\\2", escaped)


# --------------------------------------------------------------------------- context


def tool_context(card: Card, catalogue: Catalogue, options: SheetOptions) -> dict[str, Any]:
    """Everything a run sheet shows, as plain strings in ``options.lang``."""
    lang = options.lang
    lever = catalogue.levers.get(card.lever)
    variant = card.variant(options.variant) if options.variant else None
    low, high = card.participants_min, card.participants_max
    steps, start, end = _timeline(card, options)
    colon = tr_in(lang, "documents.colon")
    minutes = sum(step["minutes"] for step in steps)
    return {
        "id": card.id,
        "name": card.name(lang),
        "lever": lever.name(lang) if lever else card.lever,
        "lever_id": card.lever,
        "summary": card.summary(lang),
        "invitation": card.invitation(lang),
        "minutes": minutes,
        "duration": dates.format_duration(minutes, lang),
        "group": tr_in(lang, "documents.group", min=low, max=high),
        "group_short": tr_in(lang, "documents.group_short", min=low, max=high),
        "expected": options.participants,
        "setting": ", ".join(tr_in(lang, f"documents.setting_{s}") for s in card.setting),
        "session_setting": (
            tr_in(lang, f"documents.setting_{options.setting}") if options.setting else None
        ),
        "group_warning": _group_warning(card, options),
        "variant": variant.name(lang) if variant else None,
        "objectives": [t(lang) for t in card.objectives],
        "materials": [t(lang) for t in card.materials],
        "roles": [{"name": r.name(lang), "does": r.does(lang)} for r in card.roles],
        "preparation": [t(lang) for t in card.preparation],
        "steps": steps,
        "start": start,
        "end": end,
        "span": f"{start} – {end}" if start else None,
        "debrief": [t(lang) for t in card.debrief],
        "checklist": {phase: [t(lang) for t in checklist_phase(card, phase)] for phase in PHASES},
        "outcomes": [
            {
                "label": o.label(lang),
                # « Quand ? » needs no colon after it; « Lieu » does.
                "colon": "" if o.label(lang).rstrip().endswith(("?", "!", ":", "…")) else colon,
                "kind": o.kind,
                "help": o.help(lang) if o.help else None,
                "choices": [c.label(lang) for c in o.choices],
                "rows": _answer_rows(o.kind, card, options),
            }
            for o in card.outcomes
        ],
        "handouts": [{"id": h.id, "title": h.title(lang)} for h in card.handouts],
        "credits": card.credits(lang),
    }


def _group_warning(card: Card, options: SheetOptions) -> str | None:
    """The sentence printed in a box when this session's group is outside the card's range."""
    count = options.participants
    if count is None or card.participants_min <= count <= card.participants_max:
        return None
    return tr_in(
        options.lang,
        "documents.group_warning",
        count=count,
        min=card.participants_min,
        max=card.participants_max,
    )


def _answer_rows(kind: str, card: Card, options: SheetOptions) -> int:
    """Writing lines under an outcome field: a list gets one per person of the largest group
    the sheet is for (the card's maximum, or the group expected if larger); a text two."""
    if kind == "list":
        return max(card.participants_max, options.participants or 0)
    return 2 if kind == "text" else 0


def _timeline(card: Card, options: SheetOptions) -> tuple[list[dict[str, Any]], Any, Any]:
    """The steps to run (the variant's, if one is asked) with their minutes and, given a start
    time, their clock times; then the clock times of the start and of the end."""
    lang = options.lang
    plan = card.plan(options.variant)
    slots = schedule.timetable(
        [(s.title(lang), s.minutes) for s in plan], options.start, options.day
    )
    begin = slots[0].start if slots else None

    def clock(moment: Any) -> str | None:
        return None if moment is None else dates.format_clock(moment, lang, since=begin)

    steps = []
    for number, (step, slot) in enumerate(zip(plan, slots, strict=True), 1):
        start, end = clock(slot.start), clock(slot.end)
        span = slot_span(slot, lang, begin)
        steps.append(
            {
                "number": number,
                "title": step.title(lang),
                "minutes": step.minutes,
                "duration": dates.format_duration(step.minutes, lang),
                "instructions": step.instructions(lang),
                "prompts": [quoted(p(lang).strip(), lang) for p in step.prompts],
                "start": start,
                "end": end,
                "span": span,
            }
        )
    return steps, clock(begin), clock(slots[-1].end if slots else None)


def slot_span(slot: Any, lang: str, begin: Any = None) -> str:
    """« 14 h 00 – 14 h 20 » for a slot with clock times, else its minutes from the start."""
    if slot.start is None:
        return tr_in(lang, "documents.elapsed", start=slot.offset, end=slot.offset_end)
    first = dates.format_clock(slot.start, lang, since=begin)
    return f"{first} – {dates.format_clock(slot.end, lang, since=begin)}"


def render_plan(agenda: Any, options: SheetOptions, fmt: str, title: str | None = None) -> str:
    """A workshop agenda (``innovkit.plan.Agenda``) in ``fmt``, printable like a sheet."""
    from innovkit.documents.agenda import preparation

    lang = options.lang
    begin = agenda.start

    def clock(moment: Any) -> str | None:
        return None if moment is None else dates.format_clock(moment, lang, since=begin)

    items = []
    for item in agenda.items:
        tool = item.tool
        variant = tool.card.variant(tool.variant).name(lang) if tool and tool.variant else None
        items.append(
            {
                "is_break": item.is_break,
                "label": item.slot.label,
                "id": tool.card.id if tool else None,
                "variant": variant,
                "duration": dates.format_duration(item.slot.minutes, lang),
                "span": slot_span(item.slot, lang, begin),
                "steps": [
                    {
                        "title": step.label,
                        "duration": dates.format_duration(step.minutes, lang),
                        "span": slot_span(step, lang, begin),
                    }
                    for step in item.steps
                ],
            }
        )
    names = [tool.card.name(lang) for tool in agenda.tools]
    return render_template(
        f"plan.{fmt}.j2",
        plan={
            "title": title or " · ".join(names),
            "rows": items,
            "duration": dates.format_duration(agenda.minutes, lang),
            "start": clock(agenda.start),
            "end": clock(agenda.ends),
            "limit": clock(agenda.end_limit),
            "overrun": agenda.overrun,
            "preparation": preparation(agenda, lang),
        },
        p=lambda key, **values: tr_in(lang, f"planning.{key}", **values),
        **_common(options),
    )


def _common(options: SheetOptions) -> dict[str, Any]:
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


# --------------------------------------------------------------------------- documents


def render_sheet(card: Card, catalogue: Catalogue, options: SheetOptions, fmt: str) -> str:
    """One tool's run sheet in ``fmt`` (md, html or txt)."""
    return render_template(
        f"sheet.{fmt}.j2", tool=tool_context(card, catalogue, options), **_common(options)
    )


def render_booklet(
    cards: Sequence[Card], catalogue: Catalogue, options: SheetOptions, fmt: str
) -> str:
    """Several run sheets in one document: a cover, the lever map, contents, one part per tool."""
    tools = [tool_context(card, catalogue, options) for card in cards]
    included = {tool["id"] for tool in tools}
    lang = options.lang
    levers = []
    for lever in catalogue.levers.values():
        cards_here = catalogue.tools_for(lever.id)
        levers.append(
            {
                "id": lever.id,
                "name": lever.name(lang),
                "description": lever.description(lang),
                "tools": [
                    {"id": c.id, "name": c.name(lang), "included": c.id in included}
                    for c in cards_here
                ],
            }
        )
    return render_template(f"booklet.{fmt}.j2", tools=tools, levers=levers, **_common(options))


def render_checklist(
    card: Card,
    catalogue: Catalogue,
    options: SheetOptions,
    fmt: str,
    phases: Iterable[str] = PHASES,
) -> str:
    """A tool's checklist (all phases, or the ones asked) to print and tick by hand."""
    tool = tool_context(card, catalogue, options)
    chosen = [phase for phase in PHASES if phase in set(phases)]
    return render_template(f"checklist.{fmt}.j2", tool=tool, phases=chosen, **_common(options))


def checklist_items(card: Card, lang: str, phases: Iterable[str] = PHASES) -> list[tuple[str, str]]:
    """``(phase, item)`` for every checklist item of the phases asked, in order."""
    wanted = set(phases)
    return [
        (phase, item(lang))
        for phase in PHASES
        if phase in wanted
        for item in checklist_phase(card, phase)
    ]


def checklist_phase(card: Card, phase: str) -> tuple[Any, ...]:
    """The items of one phase of a tool's printed checklist. « Avant » is the card's
    preparation, word for word: the sheet's « Préparation » and the checklist's « avant » are
    one list for one job (the preparation's sentences say how, so they are the ones kept)."""
    return tuple(card.preparation) if phase == "before" else tuple(card.checklist[phase])


def kit_files(
    card: Card, catalogue: Catalogue, options: SheetOptions, pdf: bool = False
) -> dict[str, str | bytes]:
    """The room kit of one tool, file name → content: ``index.html``, the sheet and the
    checklist in HTML and Markdown, and one printable page per handout (cards with cut lines,
    one per participant); with ``pdf``, each printable document as a PDF too."""
    lang = options.lang
    common = _common(options)
    tool = tool_context(card, catalogue, options)
    names = {kind: tr_in(lang, f"documents.kit_{kind}_file") for kind in ("sheet", "checklist")}
    files: dict[str, str | bytes] = {}
    documents = []
    for kind, template in (("sheet", "sheet"), ("checklist", "checklist")):
        for fmt in ("html", "md"):
            name = f"{names[kind]}.{fmt}"
            files[name] = render_template(
                f"{template}.{fmt}.j2", tool=tool, phases=list(PHASES), **common
            )
            documents.append({"kind": kind, "format": fmt, "file": name})
    handouts = []
    for handout in card.handouts:
        title = handout.title(lang)
        name = f"{tr_in(lang, 'documents.kit_handout_file')}-{file_slug(title)}.html"
        files[name] = render_handout(card, catalogue, options, handout.id)
        handouts.append({"title": title, "file": name})
    if pdf:
        from innovkit.documents.pdf import pdf_bytes

        for name in [name for name in files if name.endswith(".html")]:
            pdf_name = name.removesuffix(".html") + ".pdf"
            files[pdf_name] = pdf_bytes(str(files[name]), lang)
        for entry in [*documents, *handouts]:
            if entry["file"].endswith(".html"):
                entry["pdf"] = entry["file"].removesuffix(".html") + ".pdf"
    index = render_template(
        "kit/index.html.j2", tool=tool, documents=documents, handouts=handouts, **common
    )
    return {"index.html": index, **files}


def render_handout(card: Card, catalogue: Catalogue, options: SheetOptions, handout_id: str) -> str:
    """One handout of a tool as a print layout (HTML): cards with cut lines, as many copies as
    ``options.participants`` (one without it); see ``handout_layout``."""
    handout = next(h for h in card.handouts if h.id == handout_id)
    lang = options.lang
    title = handout.title(lang)
    size, sheets = handout_layout(handout.content(lang), title, options.participants or 1)
    return render_template(
        "kit/handout.html.j2",
        tool=tool_context(card, catalogue, options),
        title=title,
        size=size,
        sheets=sheets,
        deck=len(sheets) > 0 and sheets[0][0]["deck"],
        **_common(options),
    )


# --------------------------------------------------------------------------- handouts

# A handout's text, as the card writes it, becomes a print layout: « ____ » a line to write on,
# « [ ] » a box to tick, « ✂ - - - » a cut between two small cards, an upper-case line a heading,
# « +---+ » / « | » lines a drawn grid (kept as it is drawn).
_RULE = re.compile(r"_{3,}")
_CUT = re.compile(r"^\s*✂?\s*(?:-\s*){4,}$")
_BOX = re.compile(r"^\[\s?\]\s*")
_GRID = re.compile(r"^\s*[+|]")


def handout_cards(content: str, title: str = "") -> list[list[dict[str, Any]]]:
    """The blocks of a handout, one list per card: most handouts are one card; a deck (lines of
    « ✂ - - - » between its cards, like « cadran total »'s constraint cards) is several. The
    handout's own first line, its title (in capitals, or with the tool's name), is left out: the
    title is printed once."""
    lines = content.rstrip("\n").split("\n")
    first = next((n for n, line in enumerate(lines) if line.strip()), None)
    if first is not None and (_is_heading(lines[first]) or title.lower() in lines[first].lower()):
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
    card fits, else ``"a5"``, two) and its sheets, each a list of cards. A one-card handout is
    printed ``copies`` times (one per participant); a deck is printed once, whole."""
    cards = handout_cards(content, title)
    size = "a6" if all(_card_height(c, "a6") <= _CARD_ROOM["a6"][0] for c in cards) else "a5"
    deck = len(cards) > 1
    if not deck:
        cards = cards * max(1, copies)
    per_sheet = 4 if size == "a6" else 2
    numbered = [{"number": n, "blocks": blocks, "deck": deck} for n, blocks in enumerate(cards, 1)]
    return size, [numbered[n : n + per_sheet] for n in range(0, len(numbered), per_sheet)]


def file_slug(text: str) -> str:
    """« Ma carte défi » → ``ma-carte-defi``: a file name in the session's language, with no
    accent, space or sign a USB stick or a Windows PC could trip on."""
    import unicodedata

    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-") or "support"


def write_documents(
    folder: Path, files: Mapping[str, str | bytes], force: bool = False
) -> list[Path]:
    """Write ``files`` (name → content) into ``folder``; every name is checked before the
    first is written, so a refusal leaves the folder exactly as it was."""
    from innovkit.output import check_writable, write_file

    targets = [folder / name for name in files]
    for target in targets:
        check_writable(target, force)
    return [write_file(target, files[target.name], force=force) for target in targets]


def prepare_folder(folder: Path, must_be_empty: bool = False, force: bool = False) -> Path:
    """Make sure ``folder`` can receive documents: create it if needed; refuse a file, and (with
    ``must_be_empty``) a folder that already holds something, unless ``force``."""
    if folder.exists() and not folder.is_dir():
        raise BadInput(tr("documents.kit_is_file", folder=folder))
    if must_be_empty and not force and folder.is_dir() and any(folder.iterdir()):
        raise BadInput(tr("documents.kit_not_empty", folder=folder))
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BadInput(
            tr("documents.folder_cannot_create", folder=folder, reason=exc.strerror)
        ) from exc
    return folder
