"""Every table fits the terminal at 60, 80 and 120 columns, with long French names and services,
by wrapping between words and dropping columns in the stated order — never by cutting a word;
piped, the tables keep every value on one line."""

from __future__ import annotations

import io
import re
from datetime import date

import pytest
from rich.console import Console

WIDTHS = (60, 80, 120)
FACILITATOR = "Camille Martin-Delacroix"
CO = "Marie-Françoise Dupont-Lefebvre"
OWNER = "Direction des ressources humaines et du dialogue social"
ACTION = "Présenter les propositions retenues au comité de direction élargi"


def words(text: str) -> list[str]:
    """The pieces between ordinary spaces (a French non-breaking space holds its words)."""
    return [word.strip(",;") for word in re.split(r"[ \n]+", text) if word.strip(",;")]


def assert_fits(text: str, width: int, whole: list[str]) -> None:
    lines = text.rstrip("\n").split("\n")
    assert max(len(line.rstrip()) for line in lines) <= width, text
    found = set(words(text))
    for value in whole:
        for word in words(value):
            assert word in found, f"« {word} » is cut:\n{text}"


@pytest.fixture
def journal_full(cli) -> None:
    for day, tool in (("2026-11-03", "dans-la-peau-de-walt"), ("2026-11-12", "audace-up")):
        result = cli(
            "journal", "add", tool, "--no-input", "-d", day, "--start", "14:05", "-p", "12",
            "-f", FACILITATOR, "--co-facilitator", CO, "-m", "95", "--satisfaction", "4",
            "-s", "Direction de l’éducation, de l’enfance et de la jeunesse",
            "-a", f"{ACTION}; {OWNER}; 2026-12-15", "--lang", "fr",
        )  # fmt: skip
        assert result.exit_code == 0, result


def _sessions_and_actions():
    from innovkit.journal.store import Journal

    with Journal() as journal:
        return journal.sessions(None, None, None, None, None, None), journal.actions()


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_journal_list_fits(journal_full, width: int, lang: str) -> None:
    from innovkit.cards.catalogue import load_catalogue
    from innovkit.cli.journal.sessions import session_table

    catalogue = load_catalogue()
    sessions, _ = _sessions_and_actions()
    names = [catalogue.tools[s.tool].name(lang) for s in sessions]
    text = session_table(sessions, catalogue, lang, width)
    assert_fits(text, width, [FACILITATOR, CO, *names])
    assert "2026-11-03" in text and sessions[0].id[:8] in text


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_journal_actions_fit(journal_full, width: int, lang: str) -> None:
    from innovkit.cli.journal.actions import action_table

    _, entries = _sessions_and_actions()
    text = action_table(entries, {}, date(2026, 12, 2), lang, width)
    assert_fits(text, width, [ACTION])
    assert "2026-12-15" in text


def test_columns_dropped_in_the_stated_order(journal_full) -> None:
    """At 60 columns the time goes first, then the satisfaction; the rest stays."""
    from innovkit.cards.catalogue import load_catalogue
    from innovkit.cli.journal.sessions import session_table

    sessions, _ = _sessions_and_actions()
    wide = session_table(sessions, load_catalogue(), "fr", 120)
    narrow = session_table(sessions, load_catalogue(), "fr", 60)
    assert "Heure" in wide and "Satisfaction" in wide and "4/5" in wide
    assert "Heure" not in narrow and "14\u00a0h\u00a005" not in narrow
    assert "Date" in narrow and "Outil" in narrow and "Animation" in narrow


def test_piped_tables_keep_full_values(cli, journal_full) -> None:
    """Piped (no terminal): every column, every value on one line, however long."""
    listing = cli("journal", "list", "--lang", "fr").stdout
    assert any(f"{FACILITATOR}, {CO}" in line for line in listing.splitlines())
    assert "Satisfaction" in listing and "Heure" in listing
    actions = cli("journal", "actions", "--lang", "fr").stdout
    assert any(ACTION in line and OWNER in line for line in actions.splitlines())


def assert_only_whole_words(text: str, sources: list[str]) -> None:
    """Every word shown is a whole word of ``sources``: none was cut by a narrow column."""
    known = {word for source in sources for word in words(source)}
    cut = [word for word in words(text) if word not in known]
    assert cut == [], text


def _rendered(renderable, width: int) -> str:
    console = Console(width=width, file=io.StringIO(), no_color=True, highlight=False)
    console.print(renderable, soft_wrap=isinstance(renderable, str))
    return console.file.getvalue()


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_list_fits(width: int, lang: str) -> None:
    from innovkit.cards.catalogue import load_catalogue
    from innovkit.cli.catalogue import tool_listing

    catalogue = load_catalogue()
    long_id = "atelier-de-co-construction-des-services-publics"
    rows = [
        (card.id, card.name(lang), "Levier · 45 min", card.summary(lang).strip())
        for card in catalogue.entries.values()
    ]
    rows.append((long_id, "« un nom d’outil vraiment très long »", "x", "Résumé."))
    text = _rendered(tool_listing(rows, width), width)
    summaries = [row[3] for row in rows]
    assert_fits(text, width, [*summaries, *(row[1] for row in rows), long_id])


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_levers_fit(width: int, lang: str) -> None:
    from innovkit.cards.catalogue import load_catalogue
    from innovkit.cli.catalogue import lever_table

    catalogue = load_catalogue()
    rows = [
        {
            "name": lever.name(lang),
            "description": lever.description(lang),
            "tool_names": [card.name(lang) for card in catalogue.entries_for(lever.id)],
            "sessions_12_months": 3,
            "last_session": "2026-11-30",
            "neglected": True,
        }
        for lever in catalogue.levers.values()
    ]
    text = _rendered(lever_table(rows, lang, width), width)
    assert_fits(text, width, [row["description"] for row in rows])
    from innovkit.i18n import tr

    headers = [tr(f"catalogue.{key}", lang) for key in ("col_lever", "col_sessions")]
    headers += [tr("catalogue.col_tool_and_description", lang)]
    headers += [tr("catalogue.col_last_session", lang), tr("catalogue.neglected", lang)]
    allowed = [*headers, "3", "30 novembre 2026", "30 November 2026"]
    allowed += [f"{row['name']} {', '.join(row['tool_names'])}" for row in rows]
    assert_only_whole_words(text, [*allowed, *(row["description"] for row in rows)])
    assert ("30 novembre 2026" in text or "30 November 2026" in text) == (width >= 80)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_suggest_fits(width: int, lang: str) -> None:
    from innovkit.cards.catalogue import load_catalogue
    from innovkit.cards.suggest import suggest
    from innovkit.cli.planning import suggestion_table

    found = suggest(load_catalogue(), {}, date(2026, 12, 2), lang, minutes=60)
    assert found
    text = _rendered(suggestion_table(found, lang, width), width)
    assert_fits(text, width, [reason for s in found for reason in s.reasons])
    from innovkit.i18n import tr

    allowed = ["#", tr("catalogue.col_tool", lang), tr("planning.col_why", lang), "•"]
    for rank, s in enumerate(found, 1):
        allowed += [str(rank), s.card.id, s.card.name(lang), *s.reasons]
        allowed += [tr("common.minutes", lang, minutes=s.minutes), f"(--variant {s.variant})"]
    assert_only_whole_words(text, allowed)
