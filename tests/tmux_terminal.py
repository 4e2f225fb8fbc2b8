"""A real terminal for the tests: a private tmux server, read and typed into as a person would.

Used by the end-to-end tests of the interactive commands. tmux missing is a skip on a developer
machine, and a failure where ``INNOVKIT_REQUIRE_TMUX=1`` (CI).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time

import pytest


def require_tmux() -> str:
    found = shutil.which("tmux")
    if found is None:
        if os.environ.get("INNOVKIT_REQUIRE_TMUX") == "1":
            pytest.fail("tmux is required here (INNOVKIT_REQUIRE_TMUX=1) but is not installed")
        pytest.skip("tmux is not installed")
    return found


class Terminal:
    """One private tmux server with one window called ``run``."""

    def __init__(self, socket: str, width: int = 100, height: int = 30) -> None:
        # The process id keeps two test runs on one machine (two checkouts) off each other's server.
        self.base = [require_tmux(), "-L", f"{socket}-{os.getpid()}"]
        self.size = (str(width), str(height))

    def __call__(self, *args: str) -> str:
        done = subprocess.run(
            [*self.base, *args], capture_output=True, text=True, timeout=20, check=False
        )
        return done.stdout

    def start(self, shell_command: str) -> None:
        width, height = self.size
        self("new-session", "-d", "-s", "run", "-x", width, "-y", height, shell_command)

    def close(self) -> None:
        self("kill-server")

    def screen(self) -> str:
        """What the window shows now, wrapped lines joined."""
        return self("capture-pane", "-p", "-J", "-t", "run")

    def history(self) -> str:
        return self("capture-pane", "-p", "-t", "run", "-S", "-3000")

    def keys(self, *keys: str) -> None:
        self("send-keys", "-t", "run", *keys)

    def type(self, text: str) -> None:
        """Type ``text`` literally, then Enter."""
        if text:
            self("send-keys", "-t", "run", "-l", text)
        self("send-keys", "-t", "run", "Enter")

    def wait_for(self, text: str, timeout: float = 30.0) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            screen = self.screen()
            if text in screen:
                return screen
            time.sleep(0.05)
        pytest.fail(f"never saw {text!r} on the screen:\n{self.history()}")

    def cursor(self) -> tuple[int, str]:
        """The absolute number of the line the cursor is on, and that line."""
        history, row = self("display", "-p", "-t", "run", "#{history_size} #{cursor_y}").split()
        line = self("capture-pane", "-p", "-t", "run", "-S", row, "-E", row)
        return int(history) + int(row), line.rstrip("\n")
