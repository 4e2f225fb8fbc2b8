"""One set of limits, applied at every door (issue 10, item 4): card validation, ``journal
add``/``edit`` and ``import`` refuse the same values with one sentence, and whatever lies inside
a range works everywhere — recorded, listed, filtered by period, exported and imported."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from innovkit import limits

ROOT = Path(__file__).resolve().parent.parent
GOOD_CARD = Path(__file__).resolve().parent / "data" / "cards" / "good" / "cafe-curieux.yaml"


def _card(folder: Path, **replacements: str) -> Path:
    """The good custom card with lines replaced (``old=new`` on the file's text)."""
    text = GOOD_CARD.read_text(encoding="utf-8")
    for old, new in replacements.items():
        assert old in text
        text = text.replace(old, new, 1)
    folder.mkdir(exist_ok=True)
    path = folder / GOOD_CARD.name
    path.write_text(text, encoding="utf-8")
    return path


def _one_sentence(done: object) -> None:
    stderr = done.stderr  # type: ignore[attr-defined]
    assert "unexpected" not in stderr and "Traceback" not in stderr


# --------------------------------------------------------------------------- cards


@pytest.mark.parametrize(
    ("old", "new", "problem"),
    [
        ("minutes: 5\n", "minutes: 5000000000\n", "steps[1].minutes: 5000000000 is too large"),
        ("minutes: 5\n", f"minutes: {limits.MAX_STEP_MINUTES + 1}\n", "at most 1440"),
        ("max: 12}", "max: 99999999999}", "participants.max: 99999999999 is too large"),
        ("version: 2\n", "version: 10000000000000000000000\n", "version:"),
        ("{objets: 10, cloture: 3}", "{objets: 10, cloture: 3000000}", "variants[1].steps"),
    ],
)
def test_a_card_beyond_a_limit_is_refused_by_validation(
    cli: Callable, tmp_path: Path, old: str, new: str, problem: str
) -> None:
    card = _card(tmp_path / "cards", **{old: new})
    done = cli("cards", "validate", str(card))
    assert done.exit_code == 2, done
    assert problem in done.stderr
    _one_sentence(done)


def test_a_card_of_more_than_a_week_in_all_is_refused(cli: Callable, tmp_path: Path) -> None:
    card = _card(
        tmp_path / "cards",
        **{
            "minutes: 5\n": "minutes: 1440\n",
            "minutes: 20\n": "minutes: 1440\n",
        },
    )
    text = card.read_text(encoding="utf-8")
    extra = "".join(
        f'  - id: extra{n}\n    title: "Encore"\n    minutes: 1440\n    instructions: "Oui"\n'
        for n in range(6)
    )
    card.write_text(text.replace("variants:\n", extra + "variants:\n", 1), encoding="utf-8")
    done = cli("cards", "validate", str(card))
    assert done.exit_code == 2, done
    assert "minutes in all: at most 10080" in done.stderr


def test_the_step_that_crashed_sheet_start_is_refused_and_the_card_skipped(
    cli: Callable, tmp_path: Path
) -> None:
    folder = tmp_path / "cards"
    _card(folder, **{"minutes: 5\n": "minutes: 5000000000\n"})
    done = cli("sheet", "cafe-curieux", "--start", "14:00", env={"INNOVKIT_CARDS": str(folder)})
    assert done.exit_code == 2, done
    _one_sentence(done)


def test_a_card_at_every_limit_validates_and_prints_with_a_start(
    cli: Callable, tmp_path: Path
) -> None:
    """Steps of a day each, a week in all, 100,000 people: validated, and ``sheet --start``
    lays its times out days ahead."""
    folder = tmp_path / "cards"
    card = _card(
        folder,
        **{
            "minutes: 5\n": "minutes: 1440\n",
            "minutes: 20\n": "minutes: 1440\n",
            "max: 12}": f"max: {limits.MAX_PARTICIPANTS}}}",
            "version: 2\n": f"version: {limits.MAX_VERSION}\n",
            "{objets: 10, cloture: 3}": "{objets: 1440, cloture: 1440}",
        },
    )
    text = card.read_text(encoding="utf-8")
    extra = "".join(
        f'  - id: extra{n}\n    title: "Encore"\n    minutes: 1440\n    instructions: "Oui"\n'
        for n in range(3)
    )
    card.write_text(text.replace("variants:\n", extra + "variants:\n", 1), encoding="utf-8")
    # 1440 + 1440 + 5 + 3 × 1440 = 5 days and 5 minutes: within a week.
    assert cli("cards", "validate", str(card)).exit_code == 0
    env = {"INNOVKIT_CARDS": str(folder)}
    for fmt in ("txt", "md", "html"):
        done = cli("sheet", "cafe-curieux", "--start", "23:59", "--format", fmt, env=env)
        assert done.exit_code == 0, done
    done = cli("list", "--participants", str(limits.MAX_PARTICIPANTS), "--json", env=env)
    assert "cafe-curieux" in done.stdout


def test_the_timer_takes_a_day_and_no_more(cli: Callable) -> None:
    done = cli("timer", "24h1s", "--no-bell")
    assert done.exit_code == 2, done
    _one_sentence(done)


# --------------------------------------------------------------------------- sessions


@pytest.mark.parametrize(
    ("option", "value"),
    [
        ("--date", "1899-12-31"),
        ("--date", "3000-01-01"),
        ("--participants", str(limits.MAX_PARTICIPANTS + 1)),
        ("--participants", "0"),
        ("--satisfaction", "6"),
        ("--satisfaction", "0"),
        ("--minutes", "24h1m"),
        ("--action", "Appeler; Zoé; 3000-01-01"),
        ("--note", "n" * (limits.MAX_LONG_TEXT + 1)),
        ("--tag", "t" * (limits.MAX_SHORT_TEXT + 1)),
        ("--facilitator", "f" * (limits.MAX_SHORT_TEXT + 1)),
    ],
)
def test_journal_add_and_edit_refuse_what_lies_beyond_a_limit(
    cli: Callable, innovkit_home: Path, option: str, value: str
) -> None:
    journal = innovkit_home / "data" / "journal.sqlite3"
    done = cli("journal", "add", "audace-up", option, value, "--no-input")
    assert done.exit_code == 2, done
    _one_sentence(done)
    assert not journal.exists()
    made = cli("journal", "add", "audace-up", "--date", "2026-11-03", "--no-input")
    ident = made.stdout.strip()
    before = journal.read_bytes()
    done = cli("journal", "edit", ident, option, value)
    assert done.exit_code == 2, done
    _one_sentence(done)
    assert journal.read_bytes() == before


EXTREMES = [
    ("--date", f"{limits.FIRST_YEAR}-01-01", "--participants", str(limits.MAX_PARTICIPANTS)),
    ("--date", f"{limits.LAST_YEAR}-12-31", "--participants", str(limits.MIN_PARTICIPANTS)),
]


@pytest.mark.parametrize("extreme", EXTREMES)
def test_a_session_at_the_limits_is_listed_filtered_exported_and_imported(
    cli: Callable, tmp_path: Path, extreme: tuple[str, ...]
) -> None:
    day = extreme[1]
    typed = [
        *extreme,
        "--satisfaction",
        "5",
        "--minutes",
        "24h",
        "--note",
        "n" * limits.MAX_LONG_TEXT,
        "--tag",
        "t" * limits.MAX_SHORT_TEXT,
        "--action",
        f"Appeler; Zoé; {day}",
    ]
    ident = _recorded(cli, tmp_path, typed, day)
    month = day[:7]
    listed = cli("journal", "list", "--month", month, "--json")
    assert [s["id"] for s in json.loads(listed.stdout)] == [ident]
    ranged = cli("journal", "list", "--from", day, "--to", day, "--json")
    assert [s["id"] for s in json.loads(ranged.stdout)] == [ident]
    assert ident[:8] in cli("journal", "show", ident).stdout
    for fmt in ("md", "html", "csv"):
        assert cli("journal", "export", "--month", month, "--format", fmt).exit_code == 0
    exported = tmp_path / "export.json"
    assert cli("journal", "export", "--all", "--format", "json", "-o", str(exported)).exit_code == 0
    elsewhere = {"INNOVKIT_JOURNAL": str(tmp_path / "other.sqlite3")}
    done = cli("journal", "import", str(exported), env=elsewhere)
    assert done.exit_code == 0, done
    again = cli("journal", "list", "--month", month, "--json", env=elsewhere)
    assert [s["id"] for s in json.loads(again.stdout)] == [ident]


def _recorded(cli: Callable, tmp_path: Path, typed: list[str], day: str) -> str:
    """The id of a session recorded with ``typed``: by ``journal add``, or — for a day that
    has not come yet, which ``add`` refuses — as a colleague's export brings it in."""
    if date.fromisoformat(day) <= date.today():
        done = cli("journal", "add", "audace-up", *typed, "--no-input")
        assert done.exit_code == 0, done
        return done.stdout.strip()
    today = date.today().isoformat()
    elsewhere = {"INNOVKIT_JOURNAL": str(tmp_path / "colleague.sqlite3")}
    typed = [today if value == day else value.replace(day, today) for value in typed]
    done = cli("journal", "add", "audace-up", *typed, "--no-input", env=elsewhere)
    assert done.exit_code == 0, done
    file = tmp_path / "colleague.json"
    exported = cli("journal", "export", "--all", "--format", "json", "-o", str(file), env=elsewhere)
    assert exported.exit_code == 0, exported
    file.write_text(file.read_text(encoding="utf-8").replace(today, day), encoding="utf-8")
    imported = cli("journal", "import", str(file))
    assert imported.exit_code == 0, imported
    return done.stdout.strip()


@pytest.mark.parametrize("month", ["novembre 0001", "novembre 99999", "1899-12", "3000-01"])
def test_a_period_outside_the_journal_s_years_is_one_sentence(cli: Callable, month: str) -> None:
    done = cli("journal", "list", "--month", month)
    assert done.exit_code == 2, done
    assert "between 1900 and 2999" in done.stderr
    _one_sentence(done)


# --------------------------------------------------------------------------- documented


def test_the_readme_says_every_limit() -> None:
    """The README's « Limits » section names each range as ``limits.py`` holds it."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("### Limits", 1)[1].split("\n### ", 1)[0]
    numbers = {int(n.replace(",", "")) for n in re.findall(r"\d[\d,]*", section)}
    for value in (
        limits.FIRST_YEAR,
        limits.LAST_YEAR,
        limits.MAX_STEP_MINUTES,
        limits.MAX_SESSION_MINUTES,
        limits.MAX_PARTICIPANTS,
        limits.MAX_MARK,
        limits.MAX_VERSION,
        limits.MAX_SHORT_TEXT,
        limits.MAX_LONG_TEXT,
        limits.MAX_ITEMS,
    ):
        assert value in numbers, value


@pytest.mark.parametrize(
    ("old", "new", "problem"),
    [
        ('title: "Accueil"', f'title: "{"A" * (limits.MAX_LONG_TEXT + 1)}"', "too long"),
        ("id: accueil", f"id: {'a' * (limits.MAX_SHORT_TEXT + 1)}", "too long"),
    ],
)
def test_a_card_text_or_id_longer_than_the_journal_keeps_is_refused(
    cli: Callable, tmp_path: Path, old: str, new: str, problem: str
) -> None:
    """A step's title and id go into the journal with each guided run: a card the journal could
    not keep is refused when it is read, not at the end of a run."""
    card = _card(tmp_path / "cards", **{old: new})
    done = cli("cards", "validate", str(card))
    assert done.exit_code == 2, done
    assert problem in done.stderr
    _one_sentence(done)


def test_a_number_outcome_at_the_limit_is_recorded_and_travels_and_beyond_is_refused(
    cli: Callable, tmp_path: Path
) -> None:
    most = str(limits.MAX_NUMBER)
    done = cli("journal", "add", "audace-up", "--outcome", f"buddy_pairs={most}", "--no-input")
    assert done.exit_code == 0, done
    beyond = cli("journal", "add", "audace-up", "--outcome", f"buddy_pairs={most}0", "--no-input")
    assert beyond.exit_code == 2, beyond
    _one_sentence(beyond)
    exported = tmp_path / "export.json"
    assert cli("journal", "export", "--all", "--format", "json", "-o", str(exported)).exit_code == 0
    elsewhere = {"INNOVKIT_JOURNAL": str(tmp_path / "other.sqlite3")}
    assert cli("journal", "import", str(exported), env=elsewhere).exit_code == 0
