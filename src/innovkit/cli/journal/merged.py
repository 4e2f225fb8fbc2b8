"""The words of a merge, shared by ``journal import`` and ``journal conflicts``: a session, a
field and a value as the facilitator reads them, and the lines that say what an import did
(or would do)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from innovkit.i18n import tr, tr_count

if TYPE_CHECKING:
    from innovkit.journal.rows import MergeCounts


def session_words(
    names: dict[str, str], ident: str, tool: str | None, day: date | None, lang: str
) -> str:
    """« audace up ! du 3 novembre 2026 (6f69a1b2) »; a session no longer here by its id."""
    from innovkit.dates import format_date

    if tool is None or day is None:
        return tr("merging.session_gone", lang, id=ident[:8])
    return tr(
        "journal.session_words",
        lang,
        tool=names.get(tool, tool),
        date=format_date(day, lang),
        id=ident[:8],
    )


def field_words(name: str, lang: str) -> str:
    """A field in the facilitator's words (the schema's label), or « état de l’action
    7903a1b2 »."""
    from innovkit.journal.reconcile import action_part
    from innovkit.journal.schema import BY_NAME

    found = action_part(name)
    if found is not None:
        part = tr(f"merging.part_{found[0]}", lang)
        return tr("merging.action_field", lang, part=part, id=found[1][:8])
    spec = BY_NAME.get(name)
    if spec is None or spec.label is None:
        return name
    label = tr(spec.label, lang)
    return label[0].lower() + label[1:]


def value_words(value: Any, lang: str, field: str = "") -> str:
    """A value of ``field`` in the export's shape as one short line: lists joined by « ; », an
    action as its text, owner, due date and status, an action's status in words."""
    import msgspec

    from innovkit.plaintext import visible

    if field.startswith("actions.status/") and value in ("open", "done"):
        text = tr(f"merging.status_{value}", lang)
    elif value is None or value in ("", [], {}):
        text = tr("merging.empty_value", lang)
    elif isinstance(value, list):
        text = " ; ".join(value_words(item, lang) for item in value)
    elif isinstance(value, dict) and {"id", "text", "status"} <= set(value):
        parts = (value["text"], value.get("owner"), value.get("due"), value["status"])
        text = " — ".join(str(part) for part in parts if part)
    elif isinstance(value, dict):
        text = msgspec.json.encode(value).decode("utf-8")
    else:
        text = str(value)
    text = visible(text)
    return text if len(text) <= 60 else text[:59] + "…"


def report_lines(counts: MergeCounts, names: dict[str, str], dry_run: bool, lang: str) -> list[str]:
    """One line per session updated (with its fields), per conflict, per deletion."""
    lines: list[str] = []
    words: Callable[..., str] = lambda c: session_words(names, c.session_id, c.tool, c.date, lang)  # noqa: E731
    updated = "merging.updated_line_dry" if dry_run else "merging.updated_line"
    for change in counts.changes:
        fields = ", ".join(field_words(name, lang) for name in change.fields)
        lines.append(tr(updated, lang, session=words(change), fields=fields))
    sessions = {c.session_id: c for c in counts.in_conflict}
    for conflict in counts.conflicts:
        where = words(sessions[conflict.session_id])
        lines.append(
            tr(
                "merging.conflict_line",
                lang,
                session=where,
                field=field_words(conflict.field, lang),
                kept=value_words(conflict.kept, lang, conflict.field),
                other=value_words(conflict.other, lang, conflict.field),
                side=tr(f"merging.side_{conflict.kept_side}", lang),
            )
        )
    lines += _deletion_lines(counts, words, dry_run, lang)
    if counts.conflicts:
        lines.append(tr("merging.conflicts_hint", lang))
    return lines


def _deletion_lines(
    counts: MergeCounts, words: Callable[..., str], dry_run: bool, lang: str
) -> list[str]:
    from innovkit.dates import format_date

    lines = []
    key = "merging.deleted_line_dry" if dry_run else "merging.deleted_line"
    for gone, deletion in counts.deleted:
        by = tr("merging.by", lang, name=deletion.deleted_by) if deletion.deleted_by else ""
        when = format_date(deletion.deleted_at.date(), lang)
        lines.append(tr(key, lang, session=words(gone), when=when, by=by))
    lines += [tr("merging.restored_line", lang, session=words(c)) for c in counts.restored]
    lines += [
        tr("merging.kept_after_line", lang, session=words(c)) for c in counts.kept_after_deletion
    ]
    return lines


def summary_extra(counts: MergeCounts, dry_run: bool, lang: str) -> str | None:
    """« Et aussi : 1 conflit, 1 séance supprimée comme dans le fichier. », or nothing."""
    deleted = "merging.n_to_delete" if dry_run else "merging.n_deleted"
    parts = [
        tr_count(key, count, lang)
        for key, count in (
            ("merging.n_conflicts", len(counts.conflicts)),
            (deleted, len(counts.deleted)),
            ("merging.n_not_restored", counts.not_restored),
        )
        if count
    ]
    return tr("merging.also", lang, parts=", ".join(parts)) if parts else None
