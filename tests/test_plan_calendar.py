"""``plan --ics`` with the room (``--location``) and the follow-ups the tools plan, read back
with the icalendar library as a calendar program would."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import icalendar
import pytest

from innovkit.documents.calendar import FollowUpEvent, workshop_event


def _plan(cli: Callable, tmp_path: Path, *args: str) -> list[icalendar.Event]:
    ics = tmp_path / "atelier.ics"
    done = cli("plan", *args, "--start", "14:00", "--date", "2026-12-08", "--ics", str(ics))
    assert done.exit_code == 0, done
    return list(icalendar.Calendar.from_ical(ics.read_bytes()).walk("VEVENT"))


def test_the_room_is_the_workshop_s_location(cli: Callable, tmp_path: Path) -> None:
    room = "Salle du conseil, 2e étage\nbâtiment B"
    events = _plan(cli, tmp_path, "point-silence", "--location", room, "--lang", "fr")
    [workshop] = events  # point silence plans no follow-up
    assert str(workshop["LOCATION"]) == "Salle du conseil, 2e étage bâtiment B"  # one line
    assert workshop.decoded("DTSTART") == datetime(2026, 12, 8, 14, 0)


@pytest.mark.parametrize(
    ("lang", "summary", "words"),
    [
        # A later moment (cards.moments): one event, said as the journal's action says it.
        ("fr", "Retour d’expérience — «\u00a0audace up\u202f!\u00a0»", "14 à 28\u00a0jours après"),
        ("en", "Report-back — “audace up!” (dare up)", "14 to 28 days after"),
    ],
)
def test_a_tool_s_follow_up_is_an_all_day_event(
    cli: Callable, tmp_path: Path, lang: str, summary: str, words: str
) -> None:
    events = _plan(cli, tmp_path, "audace-up", "--location", "Salle 12", "--lang", lang)
    workshop, follow_up = events
    assert str(workshop["LOCATION"]) == "Salle 12"
    assert str(follow_up["SUMMARY"]) == summary
    assert follow_up.decoded("DTSTART") == date(2026, 12, 29)  # three weeks after the 8th
    assert follow_up.decoded("DTEND") == date(2026, 12, 30)
    assert str(follow_up["TRANSP"]) == "TRANSPARENT"
    assert "LOCATION" not in follow_up  # its room is not known yet
    assert words in str(follow_up["DESCRIPTION"])
    assert str(workshop["UID"]) != str(follow_up["UID"])


def test_several_tools_give_their_follow_ups_soonest_first(cli: Callable, tmp_path: Path) -> None:
    events = _plan(cli, tmp_path, "colle-ton-avis", "audace-up", "--lang", "en")
    assert [e.decoded("DTSTART") for e in events[1:]] == [date(2026, 12, 29), date(2027, 1, 12)]
    assert "LOCATION" not in events[0]


def test_location_without_ics_is_refused(cli: Callable, tmp_path: Path) -> None:
    for lang, words in (
        ("en", "--location goes into the calendar invitation: add --ics FILE."),
        ("fr", "--location va dans l’invitation du calendrier\u00a0: ajoutez --ics FICHIER."),
    ):
        done = cli("plan", "audace", "--location", "Salle 12", "--lang", lang)
        assert done.exit_code == 2 and words in done.stderr, done
        assert done.stdout == ""


def test_follow_ups_in_the_library_function() -> None:
    text = workshop_event(
        "Atelier",
        datetime(2026, 12, 8, 14, 0),
        datetime(2026, 12, 8, 15, 0),
        "Ordre du jour",
        location="Salle 12",
        now=datetime(2026, 12, 1, 9, 0),
        uid="fixed",
        follow_ups=[FollowUpEvent("Retour", date(2026, 12, 29), "Dans trois semaines")],
    )
    workshop, follow_up = icalendar.Calendar.from_ical(text).walk("VEVENT")
    assert (str(workshop["UID"]), str(follow_up["UID"])) == ("fixed@innovkit", "fixed-1@innovkit")
    assert str(follow_up["DESCRIPTION"]) == "Dans trois semaines"


def test_follow_up_days_only_on_a_date_field(cli: Callable, tmp_path: Path) -> None:
    source = Path(__file__).parent.parent / "toolcards" / "audace-up.yaml"
    card = source.read_text(encoding="utf-8").replace("id: audace-up", "id: audace-bis", 1)
    card = card.replace("  - id: zone\n    kind: choice\n", "  - id: zone\n    kind: choice\n"
                        "    follow_up_days: 3\n", 1)  # fmt: skip
    path = tmp_path / "audace-bis.yaml"
    path.write_text(card, encoding="utf-8")
    checked = cli("cards", "validate", str(path))
    assert checked.exit_code == 2
    assert "follow_up_days only goes with a field of kind date." in checked.stderr
