"""``plan``: an agenda of several tools with breaks, clock times, overrun warning and .ics."""

from __future__ import annotations

from datetime import date, datetime, time

import icalendar
import pytest

from innovkit.cards.catalogue import load_catalogue
from innovkit.documents.agenda import build_agenda, choose_tool, preparation
from innovkit.documents.calendar import workshop_event
from innovkit.errors import BadInput


@pytest.fixture(scope="module")
def tools():
    return load_catalogue().tools


def test_clock_times_and_breaks(tools) -> None:
    choices = [choose_tool(tools["point-silence"], None), choose_tool(tools["audace-up"], None)]
    agenda = build_agenda(choices, "fr", start=time(14, 0), day=date(2026, 12, 1), break_minutes=15)
    silence, pause, audace = agenda.items
    # each tool timed for its typical group: point silence 19 min for 21 people (its word
    # round 1 min + 5 s each), audace up 47 min for 13 (« say it » 2 min + 45 s each)
    assert (silence.slot.start.time(), silence.slot.end.time()) == (time(14, 0), time(14, 19))
    assert pause.is_break and pause.slot.minutes == 15 and pause.slot.label == "Pause"
    assert (audace.slot.start.time(), audace.slot.end.time()) == (time(14, 34), time(15, 21))
    assert agenda.minutes == 19 + 15 + 47
    assert agenda.ends == datetime(2026, 12, 1, 15, 21)
    # each step carries its own clock time inside its tool's slot
    assert audace.steps[0].start == audace.slot.start
    assert audace.steps[-1].end == audace.slot.end
    assert [s.minutes for s in audace.steps] == [s.minutes for s in tools["audace-up"].plan()]


def test_variants_by_tool_and_by_default(tools) -> None:
    short = choose_tool(tools["audace-up"], "short")
    assert short.minutes == tools["audace-up"].minutes(None, "short") == 22
    # a default variant applies only where the card has it
    assert choose_tool(tools["point-silence"], None, "short").variant == "short"
    assert choose_tool(tools["point-silence"], None, "no-such").variant is None
    with pytest.raises(BadInput):
        choose_tool(tools["audace-up"], "remote")  # described, not timed
    with pytest.raises(BadInput):
        choose_tool(tools["audace-up"], "nope")


def test_overrun_against_the_planned_end(tools) -> None:
    choices = [choose_tool(tools["audace-up"], None), choose_tool(tools["cadran-total"], None)]
    agenda = build_agenda(choices, "en", start=time(9, 0), break_minutes=10, end=time(10, 30))
    assert agenda.ends.time() == time(10, 52)  # 47 + 10 + 55 minutes
    assert agenda.overrun == 22
    fitting = build_agenda(choices, "en", start=time(9, 0), break_minutes=10, end=time(11, 0))
    assert fitting.overrun == 0


def test_no_start_gives_offsets_only(tools) -> None:
    agenda = build_agenda([choose_tool(tools["time-out"], None)], "en")
    assert agenda.start is None and agenda.ends is None
    assert agenda.items[0].slot.offset == 0


def test_bad_agendas(tools) -> None:
    with pytest.raises(BadInput):
        build_agenda([], "en")
    with pytest.raises(BadInput):
        build_agenda([choose_tool(tools["time-out"], None)], "en", break_minutes=-5)


def test_preparation_is_each_tools_preparation_as_on_its_sheet(tools) -> None:
    agenda = build_agenda([choose_tool(tools["audace-up"], None)], "en")
    [(name, lines)] = preparation(agenda, "en")
    assert name == tools["audace-up"].name("en")
    assert lines == [item("en").strip() for item in tools["audace-up"].preparation]


def test_ics_parses_with_a_real_calendar_library() -> None:
    description = "Agenda; « point silence », 14:00\nPréparer la salle\\les chaises, " + "é" * 80
    text = workshop_event(
        "Atelier : « point silence », « audace up ! »",
        datetime(2026, 12, 1, 14, 0),
        datetime(2026, 12, 1, 15, 20),
        description,
        now=datetime(2026, 11, 25, 12, 0),
        uid="fixed",
    )
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    calendar = icalendar.Calendar.from_ical(text)
    [event] = calendar.walk("VEVENT")
    assert event.decoded("DTSTART") == datetime(2026, 12, 1, 14, 0)
    assert event.decoded("DTEND") == datetime(2026, 12, 1, 15, 20)
    assert str(event["SUMMARY"]) == "Atelier : « point silence », « audace up ! »"
    assert str(event["DESCRIPTION"]) == description
    assert str(event["UID"]) == "fixed@innovkit"


def test_plan_command_prints_the_agenda_with_clock_times(cli) -> None:
    result = cli(
        "plan",
        "point-silence",
        "audace-up:short",
        "--start",
        "14:00",
        "--break",
        "15",
        "--format",
        "md",
        "--lang",
        "en",
    )
    assert result.exit_code == 0, result
    text = result.stdout.replace("\u00a0", " ")
    assert "| 14:00 – 14:19 | **“point silence”" in text
    assert "| 14:19 – 14:34 | *Break* | 15 min |" in text
    assert "| 14:34 – 14:56 | **“audace up!”" in text
    assert (
        "Duration**: 56 min (14:00 – 14:56) · times computed for each tool’s typical group\n"
        in text
    )
    assert "Warning" not in result.stderr


def test_plan_warns_when_it_overruns_the_end(cli) -> None:
    result = cli(
        "plan",
        "audace-up",
        "cadran-total",
        "--start",
        "9:00",
        "--end",
        "10:30",
        "--format",
        "txt",
        "--lang",
        "fr",
    )
    assert result.exit_code == 0, result
    assert "22 min après la fin prévue (10 h 30)" in result.stderr.replace("\u00a0", " ")
    assert "!! Attention" in result.stdout


def test_plan_ics_carries_start_end_and_preparation(cli, tmp_path) -> None:
    ics_path = tmp_path / "atelier.ics"
    result = cli(
        "plan",
        "walt",
        "point-silence",
        "--start",
        "9:30",
        "--date",
        "2026-12-01",
        "--ics",
        str(ics_path),
        "--lang",
        "fr",
    )
    assert result.exit_code == 0, result
    # the workshop, then Walt's check-in on the first step, three weeks later, all day
    event, check_in = icalendar.Calendar.from_ical(ics_path.read_bytes()).walk("VEVENT")
    assert check_in.decoded("DTSTART") == date(2026, 12, 22)
    assert "Faire le point sur la première étape" in str(check_in["SUMMARY"])
    assert event.decoded("DTSTART") == datetime(2026, 12, 1, 9, 30)
    assert event.decoded("DTEND") == datetime(2026, 12, 1, 11, 18)  # 79 + 10 + 19 minutes
    description = str(event["DESCRIPTION"])
    assert "[ ] Réservez une salle calme" in description  # point silence's preparation
    assert "Pause" in description
    assert "dans la peau de Walt" in str(event["SUMMARY"])


def test_plan_refuses_bad_input_and_writes_nothing(cli, tmp_path) -> None:
    ics_path = tmp_path / "atelier.ics"
    assert cli("plan", "walt", "--ics", str(ics_path)).exit_code == 2  # no date nor start
    assert not ics_path.exists()
    assert cli("plan", "walt", "--start", "25:00").exit_code == 2
    assert cli("plan", "walt", "--end", "12:00").exit_code == 2
    backwards = cli("plan", "walt", "--start", "14:00", "--end", "13:00", "--lang", "fr")
    assert backwards.exit_code == 2
    assert "doit venir après le début (14\u00a0h\u00a000)" in backwards.stderr
    assert cli("plan", "walt:remote").exit_code == 2
    existing = tmp_path / "plan.md"
    existing.write_text("mine", encoding="utf-8")
    refused = cli(
        "plan",
        "walt",
        "--start",
        "9:00",
        "--date",
        "2026-12-01",
        "-o",
        str(existing),
        "--ics",
        str(ics_path),
    )
    assert refused.exit_code == 2 and "--force" in refused.stderr
    assert existing.read_text(encoding="utf-8") == "mine"
    assert not ics_path.exists()


def test_plan_html_is_self_contained_with_its_font(cli) -> None:
    result = cli("plan", "walt", "point-silence", "--format", "html", "--lang", "fr")
    assert result.exit_code == 0, result
    html = result.stdout
    assert '<html lang="fr">' in html
    assert "@font-face" in html and "data:font/woff2;base64," in html
    assert "http://" not in html and "https://" not in html and "<script" not in html


def test_a_title_cannot_inject_a_property_into_the_ics(cli, tmp_path) -> None:
    ics_path = tmp_path / "atelier.ics"
    title = "Atelier\rLOCATION:Salle piégée; 2e étage\r\nATTENDEE:mailto:x@example.org"
    result = cli(
        "plan", "walt", "--start", "9:00", "--date", "2026-12-01",
        "--title", title, "--ics", str(ics_path),
    )  # fmt: skip
    assert result.exit_code == 0, result
    calendar = icalendar.Calendar.from_ical(ics_path.read_bytes())
    event, check_in = calendar.walk("VEVENT")  # the workshop, then Walt's check-in
    assert str(event["SUMMARY"]) == " ".join(title.split())  # the same words, on one line
    for each in (event, check_in):
        assert "LOCATION" not in each and "ATTENDEE" not in each
    assert sorted(event) == ["DESCRIPTION", "DTEND", "DTSTAMP", "DTSTART", "SUMMARY", "UID"]
    assert [c.name for c in calendar.subcomponents] == ["VEVENT", "VEVENT"]
