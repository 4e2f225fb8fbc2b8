"""The monthly report, byte for byte: a seeded journal's June 2026 report and second quarter, in
Markdown and HTML, French and English, equal the documents kept in ``tests/data/journal/golden/``
(first written by the code before the report was made faster, which then left every byte as it
was; written again once on purpose, when long lists of late and older open actions came to be
summed up), on SQLite and on PostgreSQL alike. Speed work must not change a byte the reader
sees; a change meant for the reader updates the golden files on purpose (``python
tests/test_report_golden.py`` writes them again) and shows in their diff.

The journal holds what makes rendering hard: Markdown and HTML characters, line breaks of every
kind, control characters, bidi overrides, tabs and no-break spaces in texts and names, a tool
whose card is gone, sessions without a duration, actions late, done, open and for the Direction.
"""

from __future__ import annotations

import random
import sys
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest

from innovkit.cards.catalogue import Catalogue, load_catalogue
from innovkit.documents.templates import embedded_fonts
from innovkit.journal.period import Period, month_period, quarter_period
from innovkit.journal.records import Action, Session
from innovkit.journal.report import build_report
from innovkit.journal.reportwords import render_report
from innovkit.journal.store import Journal

GOLDEN = Path(__file__).parent / "data" / "journal" / "golden"
TODAY = date(2026, 7, 20)
CASES = [
    (f"{name}-{lang}.{fmt}", period, lang, fmt)
    for name, period in (("june", month_period(2026, 6)), ("q2", quarter_period(2026, 2)))
    for lang in ("fr", "en")
    for fmt in ("md", "html")
]

HOSTILE = [
    "Un *mur* des _défis_ par étage",
    "<script>alert(1)</script> & « guillemets »",
    "Colonne | coupée \\ et `code`",
    "1. pas une liste",
    "# pas un titre",
    "- pas une puce",
    "Ligne un\nligne deux",
    "Fin Windows\r\nsuite\rseule",
    "Couleur \x1b[31mrouge\x1b[0m et cloche \x07",
    "Sens \u202einversé\u202c ici",
    "Tabulation\tici",
    "Espace\u00a0insécable et fine\u202fici",
    "Émoji 🎉 et 𝔸",
    "Présenter au comité de direction",
    "[lien](http://exemple.fr) ~barré~",
]
NAMES = ["Claire Martin", "paul DURAND", "Zoé *Petit*", "Hélène\tRoux", "DG", "", "<b>Karim</b>"]
SERVICES = ["DRH", "drh", "Culture | Sports", "Police\u00a0municipale", "Jeunesse\nÉté"]


def seeded_sessions(catalogue: Catalogue) -> list[Session]:
    """About 130 sessions from January to July 2026, the same every time."""
    rng = random.Random(11)
    cards = list(catalogue.tools.values())
    ids = iter(range(1, 100_000))

    def uid() -> str:
        return f"00000000-0000-4000-8000-{next(ids):012d}"

    def text() -> str:
        return rng.choice(HOSTILE) if rng.random() < 0.4 else f"Idée {rng.randint(1, 999)}"

    def action(day: date) -> Action:
        due = None if rng.random() < 0.15 else day + timedelta(days=rng.randint(-3, 40))
        done = rng.random() < 0.5
        done_on = due if done and due and rng.random() < 0.5 else None
        owner = rng.choice(NAMES)
        return Action(uid(), text(), owner, due, "done" if done else "open", done_on)

    sessions = []
    for n in range(130):
        card = rng.choice(cards)
        day = date(2026, 1, 1) + timedelta(days=rng.randrange(200))
        stamp = datetime(2026, 8, 1, tzinfo=UTC)
        gone = n % 29 == 0  # a custom tool whose card is gone: its id is shown
        minutes = 30 + (n * 37) % 150  # not the card's own: re-timing a card keeps the goldens
        sessions.append(
            Session(
                id=uid(),
                tool="outil-disparu" if gone else card.id,
                lever="levier-inconnu" if gone else card.lever,
                date=day,
                start=time(rng.randint(8, 17), rng.choice([0, 30])) if rng.random() < 0.5 else None,
                planned_minutes=None if rng.random() < 0.1 else minutes,
                actual_minutes=None if rng.random() < 0.3 else minutes + rng.randint(-10, 15),
                facilitator=rng.choice(NAMES),
                co_facilitators=rng.sample(NAMES, rng.randint(0, 2)),
                participants=None if rng.random() < 0.1 else rng.randint(3, 30),
                services=rng.sample(SERVICES, rng.randint(0, 3)),
                satisfaction=rng.choice([None, 1, 2, 3, 4, 5]),
                ideas=[text() for _ in range(rng.randint(0, 2))],
                decisions=[text() for _ in range(rng.randint(0, 2))],
                actions=[action(day) for _ in range(rng.randint(0, 3))],
                notes=text() if rng.random() < 0.4 else "",
                created_at=stamp,
                updated_at=stamp,
            )
        )
    return sessions


def rendered(journal: Journal, catalogue: Catalogue, period: Period, lang: str, fmt: str) -> str:
    text = render_report(build_report(journal, period, catalogue, lang, TODAY), fmt)
    # The embedded font is the same 60 kB in every document: kept out of the golden files.
    return text.replace(str(embedded_fonts()), "/* fonts */") if fmt == "html" else text


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return load_catalogue()


@pytest.fixture(scope="module", params=["sqlite", "postgres"])
def journal(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory, catalogue: Catalogue
) -> Journal:
    """The seeded journal on each store in turn: an SQLite file, then a database on the
    throwaway PostgreSQL (skipped when PostgreSQL is missing, unless required). The same
    golden files hold for both: a team's report reads exactly as a laptop's."""
    if request.param == "sqlite":
        journal = Journal(tmp_path_factory.mktemp("golden") / "journal.sqlite3")
    else:
        journal = Journal(request.getfixturevalue("postgres_cluster").new_database())
    journal.add_many(seeded_sessions(catalogue))
    yield journal
    journal.close()


@pytest.mark.parametrize(("name", "period", "lang", "fmt"), CASES, ids=[c[0] for c in CASES])
def test_report_is_unchanged(
    journal: Journal, catalogue: Catalogue, name: str, period: Period, lang: str, fmt: str
) -> None:
    expected = (GOLDEN / name).read_bytes().decode("utf-8")
    assert rendered(journal, catalogue, period, lang, fmt) == expected


def test_the_golden_journal_holds_what_is_hard(journal: Journal, catalogue: Catalogue) -> None:
    report = build_report(journal, month_period(2026, 6), catalogue, "fr", TODAY)
    assert report.headline.sessions >= 15
    assert report.brief.late and report.brief.waiting and report.earlier_actions
    assert any(row.done_text for row in report.actions)
    assert any(row.tool == "outil-disparu" for row in report.sessions)
    texts = [item.text for item in (*report.ideas, *report.decisions, *report.notes)]
    assert any("\x1b" in t for t in texts) and any("\n" in t for t in texts)


if __name__ == "__main__":  # write the golden files again, on purpose
    import os
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        os.environ["INNOVKIT_HOME"] = folder
        catalogue = load_catalogue()
        with Journal(Path(folder) / "journal.sqlite3") as journal:
            journal.add_many(seeded_sessions(catalogue))
            GOLDEN.mkdir(parents=True, exist_ok=True)
            for name, period, lang, fmt in CASES:
                text = rendered(journal, catalogue, period, lang, fmt)
                (GOLDEN / name).write_text(text, encoding="utf-8", newline="")
                print(f"{name}: {len(text):,} characters", file=sys.stderr)
