"""The room kit of one tool as files (``kit_files``), and writing documents into a folder
(``file_slug``, ``write_documents``, ``prepare_folder``)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from innovkit.documents.context import tool_context
from innovkit.documents.handouts import (
    handout_cards,
    handout_copies,
    is_sign,
    render_handout,
)
from innovkit.documents.options import PHASES
from innovkit.documents.templates import common_context, render_template
from innovkit.errors import BadInput
from innovkit.i18n import tr_count, tr_in

if TYPE_CHECKING:
    from innovkit.cards.catalogue import Catalogue
    from innovkit.cards.model import Card, Handout
    from innovkit.documents.options import SheetOptions


def kit_files(
    card: Card, catalogue: Catalogue, options: SheetOptions, pdf: bool = False
) -> dict[str, str | bytes]:
    """The room kit of one tool, file name → content: ``index.html``, the sheet and the
    checklist in HTML and Markdown, and one printable page per handout (cards with cut lines,
    as many as the group needs: ``handout_copies``); with ``pdf``, each printable document as
    a PDF too."""
    lang = options.lang
    common = common_context(options)
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
        copies = copies_said(card, handout, options.participants, lang)
        handouts.append({"title": title, "file": name, "copies": copies})
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


def copies_said(card: Card, handout: Handout, participants: int | None, lang: str) -> str:
    """How many copies of a handout the kit prints, and for whom: « 12 exemplaires, un par
    personne », « 6 exemplaires, un par personne, chacun un jeu de 3 cartes »."""
    count = handout_copies(card, handout, participants)
    sign = is_sign(handout.id)
    said = tr_count(f"documents.kit_copies_{'session' if sign else handout.copies}", count, lang)
    deck = 1 if sign else len(handout_cards(handout.content(lang), handout.title(lang)))
    if deck > 1:
        said += ", " + tr_count("documents.kit_deck", count, lang, cards=deck)
    return said


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
        raise BadInput("documents.kit_is_file", folder=folder)
    if must_be_empty and not force and folder.is_dir() and any(folder.iterdir()):
        raise BadInput("documents.kit_not_empty", folder=folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BadInput(
            "documents.folder_cannot_create", folder=folder, reason=exc.strerror
        ) from exc
    return folder
