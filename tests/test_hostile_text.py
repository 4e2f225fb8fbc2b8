"""Text never interpreted (issue 10, items 3 and 5b): what a session holds (typed, or imported
from a colleague's file) and what a card says reach the terminal with every control character
made visible and no character lost — in ``journal show``, ``journal list``, ``journal actions``,
``run --no-input``, and on the live screens (Textual)."""

from __future__ import annotations

import asyncio
import io
import json
import unicodedata
from collections.abc import Callable
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from rich.console import Console

from innovkit.cli.screen import LiveApp, View
from innovkit.cli.ticking import ticking_work
from innovkit.live.timer import Countdown, TimerRun
from innovkit.plaintext import visible

HOSTILE = "a\x1b[2Jb\x1b]8;;https://evil.example/\x07lien\x1b]8;;\x07c\x07d\u202ee\x9bf[b]g[/]h"


def _controls(output: str) -> list[str]:
    """Control characters (but line breaks and tabs) and bidi controls in ``output``."""
    return sorted(
        {
            repr(c)
            for c in output
            if c not in "\n\t"
            and (unicodedata.category(c) == "Cc" or unicodedata.bidirectional(c) in _BIDI)
        }
    )


_BIDI = {"LRE", "RLE", "LRO", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI"}


def _squeeze(text: str) -> str:
    """The printable characters of ``text`` as shown, in order, without spaces (wrapping)."""
    symbols = {chr(0x2400 + n) for n in range(0x20)} | {"\u2421", "\ufffd"}
    return "".join(c for c in visible(text) if not c.isspace() and c not in symbols)


# --------------------------------------------------------------------------- sessions


def _in_action(text: str) -> str:
    """An action is typed as « text; owner; due », and the items of a list outcome are
    separated by « ; »: a « ; » of the text would split it."""
    return text.replace(";", ",")


def _expected(text: str, number: str) -> str:
    return (_in_action(text) if number in ("8", "9", "10") else text) + number


def _record(cli: Callable, text: str, extra: tuple[str, ...] = ()) -> str:
    done = cli(
        "journal",
        "add",
        "audace-up",
        "--date",
        "2026-11-03",
        "--facilitator",
        text,
        "--co-facilitator",
        text + "2",
        "--service",
        text + "3",
        "--tag",
        text + "4",
        "--idea",
        text + "5",
        "--decision",
        text + "6",
        "--note",
        text + "7",
        "--action",
        f"{_in_action(text)}8; {_in_action(text)}9; 2026-12-01",
        "--outcome",
        f"dares={_in_action(text)}10",
        *extra,
        "--no-input",
    )
    assert done.exit_code == 0, done
    return done.stdout.strip()


def _shown(cli: Callable, ident: str, text: str = "") -> dict[str, str]:
    shown = {
        "show": cli("journal", "show", ident).stdout,
        "list": cli("journal", "list").stdout,
        "actions": cli("journal", "actions").stdout,
    }
    if text:  # the txt sheet, with the facilitator's name as typed
        sheet = cli("sheet", "audace-up", "--format", "txt", "--facilitator", text)
        assert sheet.exit_code == 0, sheet
        shown["sheet"] = sheet.stdout
    return shown


def test_a_session_s_text_is_shown_without_obeying_it(cli: Callable) -> None:
    ident = _record(cli, HOSTILE)
    for command, output in _shown(cli, ident).items():
        assert _controls(output) == [], command
        assert "␛[2J" in output or command == "list", command  # shown, as a symbol
    show = _shown(cli, ident)["show"]
    for number in ("", "2", "3", "4", "5", "6", "7", "8", "9", "10"):
        assert _squeeze(_expected(HOSTILE, number)) in _squeeze(show), number
    assert "[b]g[/]h" in show  # markup shown as typed


def test_an_imported_session_s_text_is_shown_without_obeying_it(
    cli: Callable, tmp_path: Path
) -> None:
    session = {
        "id": "5e551011-0000-4000-8000-000000000009",
        "date": "2026-11-03",
        "tool": "audace-up",
        "lever": "audace",
        "facilitator": HOSTILE,
        "notes": HOSTILE,
        "outcomes": {"dares": HOSTILE},
        "created_at": "2026-11-03T18:00:00+00:00",
        "updated_at": "2026-11-03T18:00:00+00:00",
    }
    document = {"format": "innovkit-journal", "version": 1, "sessions": [session]}
    file = tmp_path / "colleague.json"
    file.write_text(json.dumps(document), encoding="utf-8")
    assert cli("journal", "import", str(file)).exit_code == 0
    shown = _shown(cli, session["id"])
    assert _controls(shown["show"]) == [] and _controls(shown["list"]) == []
    assert _squeeze(HOSTILE) in _squeeze(shown["show"])


# Any text a facilitator could type or a colleague's file could hold: letters, accents, markup,
# every C0 and C1 control, escape sequences and bidi overrides.
_PIECES = st.sampled_from(
    [
        *"abcXYZ019 ,.:!?«»'\"-_/()<>*#&%@=",
        "é",
        "œ",
        "\u00a0",
        *[chr(c) for c in range(0x01, 0x20) if chr(c) not in "\t\n\r;="],
        "\x7f",
        "\x85",
        "\x9b",
        *[chr(c) for c in [*range(0x202A, 0x202F), *range(0x2066, 0x206A)]],
        "\x1b[31m",
        "\x1b]8;;https://evil.example/\x1b\\",
        "[/]",
        "[bold]",
        "[link=https://evil.example]",
        ":smile:",
    ]
)
_TEXT = (
    st.lists(_PIECES, min_size=1, max_size=16)
    .map("".join)
    .filter(lambda text: text.strip() and text.strip() == text and text[0].isalnum())
)


@settings(
    max_examples=25,
    deadline=None,
    derandomize=True,
    phases=[Phase.explicit, Phase.reuse, Phase.generate],  # shrinking a CLI run takes minutes
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(text=_TEXT)
def test_random_text_in_every_field_of_a_session_is_shown_plain_and_whole(
    cli: Callable, innovkit_home: Path, text: str
) -> None:
    journal = innovkit_home / "data" / "journal.sqlite3"
    journal.unlink(missing_ok=True)
    ident = _record(cli, text)
    shown = _shown(cli, ident, text)
    for command, output in shown.items():
        assert _controls(output) == [], (command, output)
    assert _squeeze(text) in _squeeze(shown["sheet"])
    for number in ("", "2", "3", "4", "5", "6", "7", "8", "9", "10"):
        assert _squeeze(_expected(text, number)) in _squeeze(shown["show"]), number
    assert _squeeze(_expected(text, "8")) in _squeeze(shown["actions"])


# --------------------------------------------------------------------------- live screens


def _on_screen(app: LiveApp) -> str:
    view = app.query_one(View)
    console = Console(width=80, height=24, record=True, file=io.StringIO(), no_color=True)
    console.print(view.render(), crop=True)
    return console.export_text()


def _screen_of(app: LiveApp, waits_for: str, keys: tuple[str, ...]) -> str:
    seen: list[str] = []

    async def session() -> None:
        async with app.run_test(size=(80, 24)) as pilot:
            for _ in range(500):
                await pilot.pause(0.01)
                if waits_for in _on_screen(app):
                    break
            seen.append(_on_screen(app))
            await pilot.press(*keys)
            await pilot.pause(0.05)

    asyncio.run(session())
    return seen[0]


def test_a_checklist_item_with_escapes_is_shown_on_the_live_screen_as_symbols() -> None:
    app = LiveApp(ticking_work("« outil »", [("Before", [HOSTILE, "Ranger"])], lang="en"), "en")
    screen = _screen_of(app, "Ranger", ("a", "enter"))
    assert _controls(screen) == []
    assert "␛[2J" in screen and "[b]g[/]h" in screen


class _Clock:
    def __init__(self) -> None:
        self.seconds = 100.0

    def __call__(self) -> float:
        return self.seconds

    def now(self):  # the run's clock protocol
        from datetime import datetime

        return datetime(2026, 11, 3, 14, 0).astimezone()


def test_a_timer_label_with_escapes_is_shown_on_the_live_screen_as_symbols() -> None:
    clock = _Clock()
    app = LiveApp(TimerRun(Countdown(120, clock), clock, HOSTILE, bell=False).run, "en")
    screen = _screen_of(app, "COUNTING", ("q",))
    assert _controls(screen) == []
    assert "␛" in screen


def test_run_no_input_shows_a_hostile_card_as_text(cli: Callable, tmp_path: Path) -> None:
    card = Path(__file__).resolve().parent / "data" / "cards" / "good" / "cafe-curieux.yaml"
    folder = tmp_path / "cards"
    folder.mkdir()
    text = card.read_text(encoding="utf-8").replace(
        'title: "Accueil"', 'title: "Accueil \\e[2J \\a \\u202e [b]x[/]"', 1
    )
    (folder / card.name).write_text(text, encoding="utf-8")
    done = cli("--cards", str(folder), "run", "cafe-curieux", "--no-input")
    assert done.exit_code == 0, done
    assert _controls(done.stdout) == [] and _controls(done.stderr) == []
    assert "Accueil ␛[2J ␇" in done.stdout and "[b]x[/]" in done.stdout
