"""The report that says what to decide (issue 11 item 6, issue 13 item 5), on the fixture
journal (tests/data/journal/fixture-export.json) whose figures are known by hand: page 1's
« En bref » and « À décider », honest hours, the tools' own results, quarterly and annual
reports whose figures are the sum of their months, and ``journal export --format pdf``."""

from __future__ import annotations

import io
import os
import re
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from innovkit.cards.catalogue import Catalogue, load_catalogue
from innovkit.cards.suggest import NEGLECTED_AFTER_DAYS
from innovkit.errors import BadInput
from innovkit.journal.exchange import read_export
from innovkit.journal.period import (
    choose_report_period,
    month_period,
    months_of,
    parse_quarter,
    parse_year,
    quarter_period,
    year_period,
)
from innovkit.journal.records import Session
from innovkit.journal.report import Report, build_report, summarise
from innovkit.journal.reportbrief import asleep_levers, waits_for_direction
from innovkit.journal.reportwords import render_report
from innovkit.journal.store import Journal

FIXTURE = Path(__file__).parent / "data" / "journal" / "fixture-export.json"
TODAY = date(2026, 12, 5)
ADDITIVE = ("sessions", "participants", "minutes", "actual_minutes", "planned_minutes", "untimed")


@pytest.fixture
def journal(journal_store: Path | str) -> Journal:
    """The fixture journal, in an SQLite file, then on PostgreSQL (``conftest``)."""
    journal = Journal(journal_store)
    journal.merge(read_export(FIXTURE))
    yield journal
    journal.close()


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return load_catalogue()


def november(journal: Journal, catalogue: Catalogue, lang: str = "fr") -> Report:
    return build_report(journal, month_period(2026, 11), catalogue, lang, TODAY)


# --------------------------------------------------------------------------- page 1


def test_page_one_lists_what_to_decide(journal: Journal, catalogue: Catalogue) -> None:
    brief = november(journal, catalogue).brief
    # Judged on 30 November: « le bien-être » had a session on 10 September (81 days): awake.
    assert brief.as_of == date(2026, 11, 30)
    assert [lever.id for lever in brief.asleep] == [
        "contrainte",
        "remise-en-question",
        "curiosite",
        "determination",
        "experimentation",
        "bienveillance",
        "diversite",
    ]
    assert [(a.text, a.owner, a.due) for a in brief.late] == [
        ("Acheter un carillon", "Zoé", date(2026, 10, 1)),
        ("Afficher le mur", "Claire", date(2026, 11, 20)),
    ]
    assert [(a.text, a.owner) for a in brief.waiting] == [
        ("Présenter au comité de direction", "Claire")
    ]
    # Named, « DRH » and « drh » as one, the most frequent first.
    assert [(s.name, s.sessions) for s in brief.services] == [
        ("Culture", 2),
        ("DRH", 2),
        ("Police municipale", 1),
        ("Sports", 1),
    ]


def _late_for_years(journal: Journal, count: int) -> None:
    """``count`` late actions from sessions of the year before November 2026 (every 12 days
    from 2 November 2025, each due 10 days later), and three late ones from November itself."""
    from innovkit.journal.records import Action

    days = [date(2025, 11, 2) + timedelta(days=12 * n) for n in range(count)]
    for n, day in enumerate([*days, *[date(2026, 11, 1)] * 3]):
        action = Action(f"a-{n}", f"Relance {n} du {day}", f"Agent {n}", day + timedelta(days=10))
        journal.add(Session(tool="audace-up", lever="audace", date=day, actions=[action]))


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_a_long_list_of_late_actions_is_summed_up(
    tmp_path: Path, catalogue: Catalogue, fmt: str
) -> None:
    # Years of follow-ups must not bury page 1: its late actions are counted, the ten longest
    # overdue listed with owner and due date, and the command that lists them all named; the
    # older open actions below are summed up alike. The figures themselves stay whole.
    with Journal(tmp_path / "journal.sqlite3") as journal:
        _late_for_years(journal, 25)
        report = build_report(journal, month_period(2026, 11), catalogue, "fr", TODAY)
    assert len(report.brief.late) == 25 + 3 and len(report.earlier_actions) == 25
    assert report.brief.late_listed == report.brief.late[:10]
    assert [a.due for a in report.brief.late_listed] == sorted(a.due for a in report.brief.late)[
        :10
    ]
    assert report.earlier_listed == report.earlier_actions[:10]
    text = render_report(report, fmt)
    plain = text.replace("\u00a0", " ").replace("&#34;", '"')
    assert "28 actions en retard ; voici les 10 dont l’échéance est la plus ancienne." in plain
    # The command to type is marked as one: code in Markdown, the typewriter's font in HTML
    # and on paper (where « -- » set in the report’s condensed font read as one dash).
    for option in ("--overdue", "--open"):
        command = f"innovkit journal actions {option}"
        code = f"`{command}`" if fmt == "md" else f'<code class="command">{command}</code>'
        assert f"« {code} »" in plain
    assert "25 actions ; 25 en retard. Voici les 10 premières" in plain
    listed = {a.text for a in report.brief.late_listed}
    for action in report.brief.late:
        assert (action.text in text) == (action.text in listed or action.date.month == 11)
    assert "Agent 0" in text and "12 novembre 2025" in plain  # owner and due date


def test_a_short_list_of_late_actions_is_listed_whole(tmp_path: Path, catalogue: Catalogue) -> None:
    with Journal(tmp_path / "journal.sqlite3") as journal:
        _late_for_years(journal, 5)
        report = build_report(journal, month_period(2026, 11), catalogue, "en", TODAY)
    assert report.brief.late_listed == report.brief.late and len(report.brief.late) == 8
    text = render_report(report, "md")
    assert "longest overdue" not in text and "the first 10" not in text
    assert all(a.text in text for a in report.brief.late)


def test_the_month_against_the_one_before_and_a_year_earlier(
    journal: Journal, catalogue: Catalogue
) -> None:
    report = november(journal, catalogue)
    assert report.previous is not None and report.year_before is not None
    assert (report.headline.satisfaction, report.previous.satisfaction) == (4.0, 4.0)
    assert report.year_before_name == "novembre 2025"
    assert report.year_before.sessions == 0
    text = render_report(report, "md")
    assert "| Séances | **5** | 2 | +3 | 0 | +5 |" in text
    assert "Satisfaction moyenne (sur 5) | **4,0** | 4,0 | = |" in text


def test_asleep_is_the_levers_rule_counted_on_the_period_s_last_day(
    catalogue: Catalogue,
) -> None:
    as_of = date(2026, 11, 30)

    def session(lever: str, days_before: int) -> Session:
        tool = catalogue.tools_for(lever)[0].id
        return Session(tool=tool, lever=lever, date=as_of - timedelta(days=days_before))

    history = [
        session("audace", NEGLECTED_AFTER_DAYS),
        session("temps", NEGLECTED_AFTER_DAYS + 1),
    ]
    asleep = {lever.id: lever for lever in asleep_levers(history, catalogue, "fr", as_of)}
    assert "audace" not in asleep  # 90 days: still awake, as in `innovkit levers`
    assert asleep["temps"].last == as_of - timedelta(days=NEGLECTED_AFTER_DAYS + 1)
    assert asleep["reve"].last is None
    assert len(asleep) == 11


def test_a_session_after_the_period_does_not_wake_a_lever(
    journal: Journal, catalogue: Catalogue
) -> None:
    # October's report, written in December: « le rêve » (30 November) was asleep in October.
    october = build_report(journal, month_period(2026, 10), catalogue, "fr", TODAY)
    assert "reve" in {lever.id for lever in october.brief.asleep}
    assert "reve" not in {lever.id for lever in november(journal, catalogue).brief.asleep}


@pytest.mark.parametrize(
    ("owner", "text", "waits"),
    [
        ("Direction générale", "Valider le budget", True),
        ("DGS", "Arbitrer", True),
        ("Claire", "Porter la question au CODIR", True),
        ("Claire", "Redirection des appels", False),
        ("Paul", "Envoyer les photos", False),
    ],
)
def test_what_waits_for_the_direction(owner: str, text: str, waits: bool) -> None:
    from innovkit.journal.reportrows import ActionRow

    row = ActionRow(text, owner, None, False, False, date(2026, 11, 3), "x")
    assert waits_for_direction(row) is waits
    done = ActionRow(text, owner, None, True, False, date(2026, 11, 3), "x")
    assert waits_for_direction(done) is False


# --------------------------------------------------------------------------- honest hours


def test_hours_measured_and_planned_are_counted_apart(
    journal: Journal, catalogue: Catalogue
) -> None:
    report = november(journal, catalogue)
    h = report.headline
    # « la balade » on 18 November has no recorded duration: its 45 planned minutes are apart.
    assert (h.actual_minutes, h.planned_minutes, h.untimed, h.minutes) == (275, 45, 1, 320)
    balade = next(row for row in report.sessions if row.session.date == date(2026, 11, 18))
    assert balade.minutes == "45\u00a0min prévues"
    text = render_report(report, "md")
    assert "| Heures d’animation mesurées | **4\u00a0h\u00a035** |" in text
    assert "| Heures prévues, durée non relevée | **45\u00a0min** |" in text
    assert "Sans durée relevée\u00a0: 1 séance" in text


# --------------------------------------------------------------------------- tools' results


def test_the_tools_own_results_are_summed_from_their_outcome_fields(
    catalogue: Catalogue,
) -> None:
    day = date(2026, 11, 3)

    def dares(*statuses: str) -> list[dict[str, str]]:
        return [{"text": "", "status": status} for status in statuses]

    sessions = [
        Session(tool="audace-up", lever="audace", date=day, outcomes={"dares": dares("done")}),
        Session(
            tool="audace-up",
            lever="audace",
            date=day,
            outcomes={"dares": dares("adapted", "done", "dropped"), "buddy_pairs": 4},
        ),
        # recorded before dares had statuses: plain texts, counted as announced
        Session(tool="audace-up", lever="audace", date=day, outcomes={"dares": ["a", "b"]}),
        Session(tool="dans-la-peau-de-walt", lever="reve", date=day, outcomes={"decision": "go"}),
        Session(
            tool="essais-libres",
            lever="experimentation",
            date=day,
            outcomes={"probes": [{"text": "SMS", "status": "stopped"}]},
        ),
    ]
    report = summarise(sessions, month_period(2026, 11), catalogue, "en", TODAY)
    lines = {(line.tool, line.label): line for line in report.results}
    audace, essais, walt = (
        catalogue.tools[t].name("en")
        for t in ("audace-up", "essais-libres", "dans-la-peau-de-walt")
    )
    result = lines[(audace, "Dares said out loud")]
    assert result.summary == "2 announced, 2 done, 1 adapted, 1 dropped"
    assert result.counts == (
        ("Announced", 2), ("Done", 2), ("Adapted", 1), ("Dropped", 1), ("Not reported", 0)
    )  # fmt: skip
    assert result.sessions == 3
    assert lines[(audace, "Number of buddy pairs")].summary == "4"
    assert lines[(essais, "Trials chosen")].summary == "1 stopped"
    assert dict(lines[(walt, "Owner’s decision")].counts)["Go"] == 1
    html = render_report(report, "html")
    assert "2 announced, 2 done, 1 adapted, 1 dropped" in html
    french = summarise(sessions, month_period(2026, 11), catalogue, "fr", TODAY)
    said = {line.label: line.summary for line in french.results}
    assert said["Défis dits à voix haute"] == "2 annoncés, 2 faits, 1 adapté, 1 abandonné"


# --------------------------------------------------------------------------- quarters and years


@pytest.mark.parametrize("period", [quarter_period(2026, 4), year_period(2026)])
def test_quarter_and_year_figures_are_the_sum_of_their_months(
    journal: Journal, catalogue: Catalogue, period
) -> None:
    report = build_report(journal, period, catalogue, "fr", TODAY)
    assert [month.name for month in report.months] == [m.name("fr") for m in months_of(period)]
    alone = [build_report(journal, m, catalogue, "fr", TODAY).headline for m in months_of(period)]
    assert [month.figures for month in report.months] == alone  # each month as its own report
    for attribute in ADDITIVE:
        total = getattr(report.headline, attribute)
        assert total == sum(getattr(month.figures, attribute) for month in report.months)
    assert report.headline.sessions == (8 if period.quarter else 9)
    text = render_report(report, "md")
    assert "## Mois par mois" in text
    assert "| Séances | 2 | 5 | 1 | **8** |" in text or "| **9** |" in text


def test_quarter_and_year_names_and_comparisons(journal: Journal, catalogue: Catalogue) -> None:
    quarter = build_report(journal, quarter_period(2026, 4), catalogue, "fr", TODAY)
    assert quarter.title == "Innovation organisationnelle — rapport du 4e trimestre 2026"
    assert (quarter.previous_name, quarter.year_before_name) == (
        "3e trimestre 2026",
        "4e trimestre 2025",
    )
    assert quarter.previous is not None and quarter.previous.sessions == 1
    year = build_report(journal, year_period(2026), catalogue, "en", TODAY)
    assert year.title == "Organisational innovation — report for 2026"
    assert year.previous_name == "2025" and year.year_before is None
    assert len(year.months) == 12


@pytest.mark.parametrize("text", ["2026-Q4", "2026-T4", "Q4 2026", "t4 2026", "2026 q4"])
def test_quarters_as_people_write_them(text: str) -> None:
    assert parse_quarter(text, "fr") == quarter_period(2026, 4)


@pytest.mark.parametrize("text", ["2026-Q5", "2026", "Q4", "quatrième", ""])
def test_a_bad_quarter_is_a_sentence(text: str) -> None:
    with pytest.raises(BadInput) as refused:
        parse_quarter(text, "fr")
    assert "trimestre" in refused.value.words("fr")


def test_years_and_one_period_at_a_time() -> None:
    assert parse_year(" 2026 ", "en") == year_period(2026)
    for bad in ("26", "deux mille", "0999"):
        with pytest.raises(BadInput):
            parse_year(bad, "en")
    with pytest.raises(BadInput, match="--quarter"):
        choose_report_period("2026-Q4", None, "en", month="2026-11")
    with pytest.raises(BadInput, match="--quarter"):
        choose_report_period("2026-Q4", "2026", "en")
    assert choose_report_period(None, "2026", "en", month=None, everything=False).year == 2026
    assert choose_report_period(None, None, "en", month="2026-11").month == (2026, 11)


# --------------------------------------------------------------------------- the command


def test_export_a_quarter_and_a_year(cli, journal: Journal) -> None:
    # The commands use the journal of the ``journal`` fixture (``conftest.journal_store``).
    result = cli("journal", "export", "--quarter", "2026-T4", "--lang", "fr")
    assert result.exit_code == 0, result
    assert "rapport du 4e trimestre 2026" in result.stdout
    assert "| Séances | 2 | 5 | 1 | **8** |" in result.stdout
    result = cli("journal", "export", "--year", "2026", "--format", "html", "--lang", "en")
    assert result.exit_code == 0, result
    assert result.stdout.count('<th scope="col" class="n">') >= 13  # 12 months and a total
    for args in (("--quarter", "2026-Q4", "--month", "2026-11"), ("--year", "26")):
        refused = cli("journal", "export", *args, "--lang", "fr")
        assert refused.exit_code == 2 and "Traceback" not in refused.stderr
        assert len(refused.stderr.strip().splitlines()) == 1


def test_export_pdf_needs_a_file(cli, journal: Journal) -> None:
    result = cli("journal", "export", "--month", "2026-11", "--format", "pdf", "--lang", "fr")
    assert result.exit_code == 2
    assert "-o rapport.pdf" in result.stderr and result.stdout == ""


def test_export_pdf_without_the_engine_is_one_sentence(
    cli, journal: Journal, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setitem(sys.modules, "weasyprint", None)  # `import weasyprint` fails
    folder = tmp_path / "out"
    folder.mkdir()
    result = cli("journal", "export", "--month", "2026-11", "-o", str(folder / "r.pdf"))
    assert result.exit_code == 1, result
    assert "pip install 'innovkit[pdf]'" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert list(folder.iterdir()) == []


def require_engine() -> None:
    try:
        import pypdf  # noqa: F401
        import weasyprint  # noqa: F401
    except (ImportError, OSError) as exc:
        if os.environ.get("INNOVKIT_REQUIRE_PDF") == "1":
            pytest.fail(f"WeasyPrint required here (INNOVKIT_REQUIRE_PDF=1): {exc}")
        pytest.skip(f"WeasyPrint cannot run here: {exc}")


def test_export_pdf_writes_a_tagged_report(cli, journal: Journal, tmp_path: Path):
    require_engine()
    import pypdf

    target = tmp_path / "rapport.pdf"
    result = cli("journal", "export", "--quarter", "2026-Q4", "-o", str(target), "--lang", "fr")
    assert result.exit_code == 0, result
    reader = pypdf.PdfReader(target)
    assert "/StructTreeRoot" in reader.trailer["/Root"]
    assert (target.stat().st_mode & 0o777) == 0o600  # journal content: owner-only
    assert "Mois par mois" in " ".join(page.extract_text() for page in reader.pages)


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_page_one_of_the_pdf_says_what_to_decide(
    journal: Journal, catalogue: Catalogue, lang: str
) -> None:
    require_engine()
    import pypdf

    from innovkit.documents.pdf import pdf_bytes

    report = november(journal, catalogue, lang)
    reader = pypdf.PdfReader(io.BytesIO(pdf_bytes(render_report(report, "html"), lang)))
    pages = [re.sub(r"\s+", " ", page.extract_text()) for page in reader.pages]
    first = pages[0]
    for lever in report.brief.asleep:
        assert lever.name in first, lever.name
    for owner in ("Zoé", "Claire"):
        assert owner in first
    assert "Présenter au comité de direction" in first  # waits for the Direction
    months = (
        ("Octobre 2026", "Novembre 2025") if lang == "fr" else ("October 2026", "November 2025")
    )
    for name in months:
        assert name in first  # the month against the one before and a year earlier
    assert ("Page 1 sur" if lang == "fr" else "Page 1 of") in first
    assert f"Page {len(pages)}" in pages[-1]
