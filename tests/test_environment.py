"""The environment checked, not assumed (issue 10, item 5): a closed standard input behaves as
``--no-input``; a closed or full standard output is one sentence on stderr (exit 1); a reader
that goes away (``| head -1``) ends quietly; an output encoding that is not UTF-8 degrades
characters instead of failing; ``TERM=dumb`` at a terminal gives the plain run sheet.

These run innovkit as a real process: the streams are the process's own."""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from tmux_terminal import Terminal

POSIX = pytest.mark.skipif(os.name != "posix", reason="closing a descriptor before exec: POSIX")


def _env(home: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("INNOVKIT_")}
    env.update(INNOVKIT_HOME=str(home), INNOVKIT_LANG="en", NO_COLOR="1", COLUMNS="100")
    env.pop("PYTHONIOENCODING", None)
    env.update(extra)
    return env


def _innovkit(
    home: Path,
    *args: str,
    close: int | None = None,
    stdout: object = subprocess.PIPE,
    **extra: str,
) -> subprocess.CompletedProcess[bytes]:
    """``innovkit ARGS`` as a process; ``close``: a descriptor closed before it starts."""
    preexec = (lambda: os.close(close)) if close is not None else None
    return subprocess.run(
        [sys.executable, "-m", "innovkit", *args],
        stdin=subprocess.DEVNULL if close != 0 else None,
        stdout=stdout,  # type: ignore[arg-type]
        stderr=subprocess.PIPE,
        env=_env(home, **extra),
        preexec_fn=preexec,
        timeout=60,
        check=False,
    )


def _one_sentence(stderr: bytes, encoding: str = "utf-8") -> str:
    text = stderr.decode(encoding)
    lines = [line for line in text.splitlines() if line.strip()]
    assert len(lines) == 1, text
    assert "unexpected" not in text and "Traceback" not in text and "Exception" not in text
    return lines[0]


# --------------------------------------------------------------------------- closed stdin


@POSIX
def test_a_closed_stdin_runs_as_no_input(innovkit_home: Path) -> None:
    run = _innovkit(innovkit_home, "run", "audace-up", "--no-record", close=0)
    assert run.returncode == 0, run.stderr
    assert b"audace up!" in run.stdout and b"No interactive terminal" in run.stderr
    added = _innovkit(innovkit_home, "journal", "add", "audace-up", close=0)
    assert added.returncode == 0, added.stderr
    assert b"Session recorded" in added.stderr  # recorded with its defaults, nothing asked
    ticked = _innovkit(innovkit_home, "checklist", "audace-up", "--interactive", close=0)
    assert ticked.returncode == 2
    assert "in a terminal" in _one_sentence(ticked.stderr)
    made = _innovkit(innovkit_home, "cards", "new", "mon-outil", close=0)
    assert made.returncode == 0, made.stderr
    deleted = _innovkit(innovkit_home, "journal", "delete", "nothing-here", close=0)
    assert deleted.returncode == 2
    _one_sentence(deleted.stderr)


# --------------------------------------------------------------------------- stdout


FULL_COMMANDS = [
    ("list",),
    ("show", "audace-up"),
    ("list", "--json"),
    ("sheet", "audace-up", "--format", "txt"),
    ("run", "audace-up", "--no-input"),
    ("journal", "export", "--all", "--format", "json"),
]


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full on this system")
@pytest.mark.parametrize("args", FULL_COMMANDS)
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_full_stdout_is_one_sentence_and_exit_1(
    innovkit_home: Path, args: tuple[str, ...], lang: str
) -> None:
    with open("/dev/full", "wb") as full:
        done = _innovkit(innovkit_home, "--lang", lang, *args, stdout=full)
    assert done.returncode == 1
    lines = [line for line in done.stderr.decode().splitlines() if line.strip()]
    assert "unexpected" not in done.stderr.decode() and "Exception" not in done.stderr.decode()
    words = "disk is full" if lang == "en" else "le disque est plein"
    assert words in lines[-1], lines
    assert sum(words in line for line in lines) == 1


@POSIX
def test_a_closed_stdout_is_one_sentence(innovkit_home: Path) -> None:
    done = _innovkit(innovkit_home, "show", "audace-up", close=1)
    assert done.returncode == 1
    assert "Standard output is closed" in _one_sentence(done.stderr)


def test_a_reader_that_goes_away_ends_quietly(innovkit_home: Path) -> None:
    """``innovkit sheet --all | head -1``: more than a pipe holds, and the reader leaves after
    one line. innovkit stops without a word on stderr (as Unix tools do: the person asked for
    less), with exit 1 since not everything was delivered."""
    process = subprocess.Popen(
        [sys.executable, "-m", "innovkit", "sheet", "--all", "--format", "html"],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=_env(innovkit_home),
    )
    assert process.stdout is not None and process.stderr is not None
    assert process.stdout.readline().startswith(b"<!DOCTYPE")
    process.stdout.close()
    stderr = process.stderr.read()
    assert process.wait(timeout=60) == 1
    assert stderr == b""


# --------------------------------------------------------------------------- encodings


@pytest.mark.parametrize("encoding", ["ascii", "cp1252", "latin-1"])
@pytest.mark.parametrize(
    "args",
    [
        ("list",),
        ("show", "audace-up"),
        ("sheet", "audace-up", "--format", "txt"),
        ("run", "audace-up", "--no-input"),
        ("levers",),
    ],
)
def test_an_output_encoding_without_utf8_degrades_characters(
    innovkit_home: Path, encoding: str, args: tuple[str, ...]
) -> None:
    done = _innovkit(innovkit_home, "--lang", "fr", *args, PYTHONIOENCODING=encoding)
    assert done.returncode == 0, done.stderr
    text = done.stdout.decode(encoding)  # every byte is of that encoding
    assert "audace up" in text
    if encoding == "ascii":
        assert '"audace up !"' in text  # « » become quotes, no space inside


@pytest.mark.parametrize("encoding", ["ascii", "cp1252"])
def test_an_error_in_a_narrow_encoding_is_still_one_sentence(
    innovkit_home: Path, encoding: str
) -> None:
    done = _innovkit(
        innovkit_home, "--lang", "fr", "show", "introuvable", PYTHONIOENCODING=encoding
    )
    assert done.returncode == 2
    line = _one_sentence(done.stderr, encoding)
    assert "introuvable" in line and "\\x" not in line and "\\u" not in line


# --------------------------------------------------------------------------- TERM=dumb


@pytest.mark.slow
def test_term_dumb_at_a_terminal_gives_the_plain_run_sheet(innovkit_home: Path) -> None:
    env = " ".join(
        f"{key}={shlex.quote(value)}"
        for key, value in _env(innovkit_home, TERM="dumb", COLUMNS="").items()
        if key.startswith(("INNOVKIT_", "NO_COLOR", "LANG", "PATH", "TERM"))
    )
    command = f"{shlex.quote(sys.executable)} -m innovkit run audace-up --no-record"
    tmux = Terminal(f"innovkit-dumb-{os.getpid()}", 100, 40)
    try:
        tmux.start(f"sh -c {shlex.quote(f'env {env} {command}; echo END exit=$?; sleep 60')}")
        tmux.wait_for("END exit=")
        history = tmux.history()
    finally:
        tmux.close()
    assert "END exit=0" in history, history
    assert "No interactive terminal" in history and "DEBRIEF QUESTIONS" in history
    assert "\x1b" not in history


# --------------------------------------------------------------------------- the journal's file


@POSIX
@pytest.mark.parametrize("command", [("journal", "list"), ("journal", "add", "audace-up")])
def test_a_journal_that_is_a_pipe_is_one_sentence_and_never_waited_on(
    innovkit_home: Path, tmp_path: Path, command: tuple[str, ...]
) -> None:
    pipe = tmp_path / "journal.sqlite3"
    os.mkfifo(pipe)
    done = _innovkit(innovkit_home, *command, INNOVKIT_JOURNAL=str(pipe))  # 60 s at most
    assert done.returncode == 2
    assert str(pipe) in _one_sentence(done.stderr)
