"""Hostile imports: every file ``journal import`` is given is checked whole before the journal
is opened. Extreme numbers, bad text, dates outside the journal's years, ids of the wrong shape,
huge strings and deeply nested documents are refused with one sentence (exit 2), and the
journal is left byte for byte as it was (issue 10, items 3 and 5a)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from innovkit import limits
from innovkit.errors import BadInput
from innovkit.journal.exchange import read_export
from innovkit.journal.schema import JSON_KEYS

SESSION_ID = "5e551011-0000-4000-8000-000000000001"


def _session(**fields: Any) -> dict[str, Any]:
    """One valid session as an export writes it, with ``fields`` changed."""
    session: dict[str, Any] = {
        "id": SESSION_ID,
        "date": "2026-11-03",
        "start": "14:00",
        "tool": "audace-up",
        "lever": "audace",
        "planned_minutes": 45,
        "participants": 6,
        "outcomes": {"dare": "Oser"},
        "notes": "Bien",
        "tags": ["pilote"],
        "actions": [{"id": "a1", "text": "Appeler", "due": "2026-12-01"}],
        "step_timings": [
            {"step_id": "intro", "title": "Intro", "planned_seconds": 300, "actual_seconds": 290}
        ],
        "created_at": "2026-11-03T18:00:00+00:00",
        "updated_at": "2026-11-03T18:00:00+00:00",
    }
    session.update(fields)
    return session


def _document(*sessions: dict[str, Any]) -> dict[str, Any]:
    return {"format": "innovkit-journal", "version": 1, "sessions": list(sessions)}


def _json(document: Any) -> bytes:
    # NaN and Infinity are written as JavaScript writes them; lone surrogates as \\ud800.
    return json.dumps(document, ensure_ascii=True, allow_nan=True).encode("ascii")


@pytest.fixture
def journal(cli: Callable, innovkit_home: Path) -> Path:
    """A journal holding one session, recorded as a facilitator does."""
    done = cli("journal", "add", "audace-up", "--date", "2026-10-01", "-p", "4", "--no-input")
    assert done.exit_code == 0, done
    return innovkit_home / "data" / "journal.sqlite3"


def _files(folder: Path) -> dict[str, bytes]:
    """Every file of the journal's folder (the journal, its WAL, anything else) and its bytes."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def _refused(cli: Callable, journal: Path, raw: bytes, tmp_path: Path) -> str:
    """Import ``raw``; assert it is refused with one sentence and changes nothing."""
    before = _files(journal.parent)
    file = tmp_path / "hostile.json"
    file.write_bytes(raw)
    done = cli("journal", "import", str(file))
    assert done.exit_code == 2, done
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done
    assert "unexpected" not in done.stderr and "Traceback" not in done.stderr
    assert _files(journal.parent) == before
    assert cli("journal", "export", "--all", "--format", "json").exit_code == 0
    return lines[0]


NESTED = b"[" * 100_000 + b"]" * 100_000
HOSTILE: dict[str, bytes] = {
    "NaN in an outcome": _json(_document(_session(outcomes={"n": float("nan")}))),
    "Infinity in an outcome": _json(_document(_session(outcomes={"n": float("inf")}))),
    "-Infinity as minutes": _json(_document(_session(planned_minutes=float("-inf")))),
    "1e400 in an outcome": _json(_document(_session(outcomes={"n": 1}))).replace(
        b'"n": 1', b'"n": 1e400'
    ),
    "a huge integer in an outcome": _json(_document(_session(outcomes={"n": 10**30}))),
    "a huge integer as the card's version": _json(_document(_session(tool_version=10**30))),
    "2**63 - 1 as the card's version": _json(_document(_session(tool_version=2**63 - 1))),
    "a huge integer of seconds": _json(
        _document(
            _session(
                step_timings=[
                    {"step_id": "a", "title": "A", "planned_seconds": 10**25, "actual_seconds": 1}
                ]
            )
        )
    ),
    "participants beyond the limit": _json(
        _document(_session(participants=limits.MAX_PARTICIPANTS + 1))
    ),
    "a lone surrogate in the notes": _json(_document(_session(notes="\ud800 oups"))),
    "a lone surrogate as an outcome's key": _json(_document(_session(outcomes={"\udc00": "x"}))),
    "year 0001": _json(_document(_session(date="0001-01-01"))),
    "year 9999": _json(_document(_session(date="9999-12-31"))),
    "year 1899": _json(_document(_session(date="1899-12-31"))),
    "created in year 0001": _json(_document(_session(created_at="0001-01-01T00:00:00+00:00"))),
    "updated in year 9999": _json(_document(_session(updated_at="9999-12-31T23:59:59+00:00"))),
    "an action due in 9999": _json(
        _document(_session(actions=[{"id": "a1", "text": "t", "due": "9999-12-31"}]))
    ),
    "a session id of dashes": _json(_document(_session(id="--------"))),
    "a session id too short": _json(_document(_session(id="deadbeef"))),
    "a session id in capitals": _json(_document(_session(id=SESSION_ID.upper()))),
    "an action id with an escape": _json(
        _document(_session(actions=[{"id": "\x1b[31m", "text": "t"}]))
    ),
    "megabyte notes": _json(_document(_session(notes="a" * 2_000_000))),
    "a megabyte tool id": _json(_document(_session(tool="a" * 1_000_000))),
    "a megabyte tag": _json(_document(_session(tags=["a" * 1_000_000]))),
    "a megabyte step title": _json(
        _document(
            _session(
                step_timings=[
                    {
                        "step_id": "a",
                        "title": "a" * 1_000_000,
                        "planned_seconds": 1,
                        "actual_seconds": 1,
                    }
                ]
            )
        )
    ),
    "100,000 tags": _json(_document(_session(tags=[str(n) for n in range(100_000)]))),
    "a deeply nested document": _json(_document()).replace(b'"sessions": []', b'"x": ' + NESTED),
    "a deeply nested outcome": _json(_document(_session(outcomes={"n": 1}))).replace(
        b'"n": 1', b'"n": ' + b"[" * 5000 + b"]" * 5000
    ),
    "deeply nested sessions": _json(_document()).replace(b"[]", NESTED),
    "a field changed in year 0001": _json(
        _document(_session(field_changes={"notes": ["0001-01-01T00:00:00+00:00"] * 2}))
    ).replace(b'"version": 1', b'"version": 2'),
    "a field changed at no date": _json(
        _document(_session(field_changes={"notes": ["banana", "x"]}))
    ).replace(b'"version": 1', b'"version": 2'),
    "not UTF-8": _json(_document(_session(notes="é"))).replace(b"\\u00e9", b"\xe9"),
    "the second session bad": _json(
        _document(_session(), _session(id=SESSION_ID[:-1] + "2", participants=0))
    ),
}


@pytest.mark.parametrize("case", list(HOSTILE))
def test_a_hostile_import_is_refused_whole_and_changes_nothing(
    cli: Callable, journal: Path, tmp_path: Path, case: str
) -> None:
    _refused(cli, journal, HOSTILE[case], tmp_path)


@pytest.mark.parametrize("case", ["a field changed in year 0001", "a field changed at no date"])
def test_into_an_empty_journal_too(
    cli: Callable, innovkit_home: Path, tmp_path: Path, case: str
) -> None:
    """An empty journal takes an export whole (the fast path): the same checks apply."""
    file = tmp_path / "hostile.json"
    file.write_bytes(HOSTILE[case])
    done = cli("journal", "import", str(file))
    assert done.exit_code == 2, done
    assert "field_changes" in done.stderr and "unexpected" not in done.stderr
    assert "No session" in cli("journal", "list").stdout + cli("journal", "list").stderr


@pytest.mark.parametrize("case", ["year 0001", "a huge integer as the card's version"])
def test_a_refused_field_is_named_in_french_too(
    cli: Callable, journal: Path, tmp_path: Path, case: str
) -> None:
    file = tmp_path / "hostile.json"
    file.write_bytes(HOSTILE[case])
    done = cli("--lang", "fr", "journal", "import", str(file))
    assert done.exit_code == 2, done
    assert "séance n° 1" in done.stderr and "n’est pas valable" in done.stderr


def test_the_same_values_at_their_limits_are_imported(
    cli: Callable, journal: Path, tmp_path: Path
) -> None:
    """The limits refuse only what lies outside them: the extremes are imported."""
    extreme = _session(
        date=f"{limits.FIRST_YEAR}-01-01",
        participants=limits.MAX_PARTICIPANTS,
        planned_minutes=limits.MAX_SESSION_MINUTES,
        tool_version=limits.MAX_VERSION,
        outcomes={"n": limits.MAX_NUMBER, "r": -float(limits.MAX_NUMBER), "t": "a" * 20_000},
        notes="n" * limits.MAX_LONG_TEXT,
        tags=[f"t{n}" for n in range(limits.MAX_ITEMS)],
        actions=[{"id": "a1", "text": "t", "due": f"{limits.LAST_YEAR}-12-31"}],
        created_at=f"{limits.LAST_YEAR}-12-31T23:59:59+00:00",
    )
    file = tmp_path / "extreme.json"
    file.write_bytes(_json(_document(extreme)))
    done = cli("journal", "import", str(file))
    assert done.exit_code == 0, done
    assert "1 session added" in done.stderr


def test_a_fifo_or_a_folder_to_import_is_one_sentence(
    cli: Callable, journal: Path, tmp_path: Path
) -> None:
    import os

    before = _files(journal.parent)
    folder = tmp_path / "folder.json"
    folder.mkdir()
    link = tmp_path / "dangling.json"
    link.symlink_to(tmp_path / "nowhere.json")
    paths = [folder, link]
    if hasattr(os, "mkfifo"):  # never opened: reading it would wait for a writer forever
        os.mkfifo(tmp_path / "fifo.json")
        paths.append(tmp_path / "fifo.json")
    for path in paths:
        done = cli("journal", "import", str(path))
        assert done.exit_code == 2, done
        assert len(done.stderr.strip().splitlines()) == 1 and "unexpected" not in done.stderr
    assert _files(journal.parent) == before


# --------------------------------------------------------------------------- property-based

_SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**80), max_value=2**80)
    | st.sampled_from([2**63, 2**64, -(2**63) - 1, 10**12, 10**12 - 1])
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(st.characters(codec=None, exclude_categories=()), max_size=20)
    | st.sampled_from(["0001-01-01", "9999-12-31", "2026-02-30", "24:00", "\x1b[2J", "a" * 300])
)
_VALUES = st.recursive(
    _SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=12,
)
_KEYS = st.sampled_from([*JSON_KEYS, "format", "version", "sessions", "bonus"])


@st.composite
def hostile_documents(draw: st.DrawFn) -> bytes:
    """A valid export with a few of its values replaced by anything JSON can say (and NaN,
    Infinity and lone surrogates, which it should not), or its text cut anywhere."""
    session = _session()
    document = _document(session)
    for _ in range(draw(st.integers(1, 3))):
        key = draw(_KEYS)
        target = document if key in ("format", "version", "sessions") else session
        target[key] = draw(_VALUES)
    raw = _json(document)
    if draw(st.booleans()):
        raw = raw[: draw(st.integers(0, len(raw)))]
    return raw


SETTINGS = settings(
    max_examples=60,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@SETTINGS
@given(raw=hostile_documents())
def test_reading_a_hostile_document_raises_only_our_own_error(tmp_path: Path, raw: bytes) -> None:
    file = tmp_path / "random.json"
    file.write_bytes(raw)
    try:
        sessions = read_export(file)
        list(sessions)  # built, every one checked
    except BadInput as refused:
        assert str(refused).strip() and "\n" not in str(refused).strip()


@settings(SETTINGS, max_examples=25)
@given(raw=hostile_documents())
def test_a_refused_random_import_leaves_the_journal_as_it_was(
    cli: Callable, journal: Path, tmp_path: Path, raw: bytes
) -> None:
    before = _files(journal.parent)
    file = tmp_path / "random.json"
    file.write_bytes(raw)
    done = cli("journal", "import", str(file))
    assert done.exit_code in (0, 2), done
    assert "unexpected" not in done.stderr and "Traceback" not in done.stderr
    if done.exit_code == 2:
        assert len(done.stderr.strip().splitlines()) == 1, done
        assert _files(journal.parent) == before
    else:  # accepted: it can be exported and imported again
        assert cli("journal", "export", "--all", "--format", "json").exit_code == 0
