"""PDF written directly from a document's HTML, with WeasyPrint (CSS Paged Media).

WeasyPrint, not a browser's "print to PDF": it lays pages out itself, so the booklet's contents
get page numbers that match (``target-counter()``), every page its running head, and a step its
real ``break-inside: avoid`` — and the PDF is tagged (PDF/UA-1) for screen readers. It is the
optional extra ``innovkit[pdf]``, imported only here, when a PDF is asked: ``innovkit list``
does not pay for it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from innovkit.errors import InnovkitError
from innovkit.i18n import tr_in

PDF_VARIANT = "pdf/ua-1"  # tagged PDF: structure, language and reading order for screen readers


def _engine() -> Any:
    """The ``weasyprint`` module, or ``InnovkitError`` naming what to install (exit 1: nothing
    the facilitator typed is wrong, the computer lacks a piece)."""
    try:
        import weasyprint
    except ImportError as exc:
        raise InnovkitError("documents.pdf_engine_missing") from exc
    except OSError as exc:  # WeasyPrint is there, the system's Pango library is not
        raise InnovkitError("documents.pdf_pango_missing") from exc
    return weasyprint


def check_engine() -> None:
    """Raise before anything is written when PDFs cannot be made on this computer."""
    _engine()


def pdf_bytes(html: str, lang: str) -> bytes:
    """The PDF of a rendered HTML document (its language comes from ``<html lang>``; ``lang`` is
    the language of the sentence said if the engine fails)."""
    weasyprint = _engine()
    document = weasyprint.HTML(string=html, base_url=str(Path.cwd()))
    try:
        data = document.write_pdf(pdf_variant=PDF_VARIANT)
    except Exception as exc:  # the engine's own failure, said in one sentence
        raise InnovkitError(tr_in(lang, "documents.pdf_failed", reason=str(exc) or "?")) from exc
    assert isinstance(data, bytes)
    return data


def write_pdf(html: str, path: Path, lang: str, force: bool = False) -> Path:
    """Write the PDF of ``html`` to ``path``, like every innovkit output: never over an existing
    file without ``force``, through a temporary file (see ``innovkit.output``). The file is checked
    before the PDF is made, so a refusal costs nothing and changes nothing."""
    from innovkit.output import check_writable, write_file

    check_writable(path, force)
    return write_file(path, pdf_bytes(html, lang), force=force)
