"""The full screens of ``innovkit run`` and ``innovkit timer``, on Textual.

Textual reads keys and draws on Windows consoles as on Unix terminals, restores the terminal
whatever happens, and runs headless in tests (``App.run_test`` and its Pilot). The app is a
thin view: the run (``GuidedRun``) or the timer (``TimerRun``) goes on in a thread of its own,
on the same countdown loop and clock as everywhere else; it hands screens to the app and takes
keys from it through ``ScreenConsole``. The app only draws the last screen at the size of the
window and passes keys on; remaining time always comes from the run's clock.

This module imports Textual: only the ``run`` and ``timer`` commands import it.
"""

from __future__ import annotations

import contextlib
import queue
import threading
from collections.abc import Callable, Iterator
from typing import Any

from rich.console import RenderableType
from textual import events
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.widget import Widget

from innovkit.cli.ask import Hangup
from innovkit.cli.console import Shown
from innovkit.cli.stepview import step_view
from innovkit.cli.textview import checklist_view, text_view
from innovkit.cli.timerview import timer_view
from innovkit.live.guide import ChecklistScreen, Heading, Question, StepScreen
from innovkit.live.timer import TimerScreen

Draw = Callable[[int, int], RenderableType]

_INTERRUPT = "ctrl+c"  # in the key queue: stop as Ctrl-C does (everything is saved)
_HANGUP = "hangup"  # the screen is gone: stop, everything is saved
_NAMED = {"enter", "escape", "up", "down", "left", "right", "home", "end", "tab", "backspace"}


def key_name(event: events.Key) -> str | None:
    """The run's name for a key: the character typed (``"n"``, ``" "``, ``"+"``), or
    ``"enter"``, ``"escape"``, ``"up"``…"""
    if event.key in _NAMED:
        return event.key
    if event.character and event.character.isprintable():
        return event.character
    return None


class Keys:
    """Keys from the screen to the run's thread."""

    def __init__(self) -> None:
        self._queue: queue.Queue[str | None] = queue.Queue()

    def put(self, key: str | None) -> None:
        """A key; ``None`` only wakes the run up (to look at its clock again)."""
        self._queue.put(key)

    def read(self, timeout: float | None) -> str | None:
        """The next key, or ``None`` once ``timeout`` seconds pass (``None``: wait)."""
        try:
            key = self._queue.get(timeout=timeout)
        except queue.Empty:
            return None
        if key == _INTERRUPT:
            raise KeyboardInterrupt
        if key == _HANGUP:
            raise Hangup
        return key


class View(Widget):
    """The whole window: the last screen the run showed, drawn at the window's size."""

    DEFAULT_CSS = "View { width: 1fr; height: 1fr; }"

    def __init__(self) -> None:
        super().__init__()
        self.draw: Draw | None = None

    def render(self) -> RenderableType:
        if self.draw is None:
            return ""
        # Card text (titles, instructions, prompts, tips, checklist items) never drives the
        # terminal: its control characters are shown as symbols.
        return Shown(self.draw(self.size.width, self.size.height))


class LiveApp(App[None]):
    """Runs ``work(console)`` in a thread while showing its screens; ``outcome()`` gives what
    it returned (or raises what it raised) once the app is closed."""

    ENABLE_COMMAND_PALETTE = False
    BINDINGS = [  # noqa: RUF012  (Textual's own way of declaring keys)
        Binding("ctrl+c", "interrupt", show=False, priority=True),
        Binding("ctrl+q", "interrupt", show=False, priority=True),
    ]

    def __init__(self, work: Callable[[ScreenConsole], Any], lang: str) -> None:
        super().__init__()
        self.keys = Keys()
        self.run_console = ScreenConsole(self, lang)
        self._work = work
        self._result: Any = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._in_thread, daemon=True)
        self.done = threading.Event()  # set once the run's thread has ended

    def compose(self) -> ComposeResult:
        yield View()

    def on_mount(self) -> None:
        self._thread.start()

    def _in_thread(self) -> None:
        try:
            self._result = self._work(self.run_console)
        except BaseException as error:  # Ctrl-C included: handed to the main thread
            self._error = error
        finally:
            self.done.set()
            if self.is_running:
                with contextlib.suppress(RuntimeError):  # the app may be closing already
                    self.call_from_thread(self.exit)

    def on_key(self, event: events.Key) -> None:
        key = key_name(event)
        if key is not None:
            event.stop()
            event.prevent_default()
            self.keys.put(key)

    def action_interrupt(self) -> None:
        self.keys.put(_INTERRUPT)

    def show(self, draw: Draw) -> None:
        """From the run's thread: draw this from now on."""

        def update() -> None:
            view = self.query_one(View)
            view.draw = draw
            view.refresh()

        if self.is_running:
            with contextlib.suppress(RuntimeError):  # closing: nothing more to draw
                self.call_from_thread(update)

    def ring(self) -> None:
        if self.is_running:
            with contextlib.suppress(RuntimeError):
                self.call_from_thread(self.bell)

    def outcome(self) -> Any:
        """After the app closed: the run's result. A run still going (the window was closed)
        is stopped as by Ctrl-C, which saves its draft first."""
        if self._thread.is_alive():
            self.keys.put(_HANGUP)
            self._thread.join(timeout=10)
        if self._error is not None:
            raise self._error
        return self._result


def run_on_screen(work: Callable[[ScreenConsole], Any], lang: str) -> Any:
    """``work`` on the full screen (drawn in ``lang``), in the terminal; its result (or its
    exception)."""
    app = LiveApp(work, lang)
    with _hang_up_stops(app):
        app.run()
    return app.outcome()


@contextlib.contextmanager
def _hang_up_stops(app: LiveApp) -> Iterator[None]:
    """The terminal closed (SIGHUP) or the program asked to stop (SIGTERM), where the system
    has them: the run stops as by Ctrl-C, saving its draft to the second, and the app closes."""
    import signal

    names = ("SIGHUP", "SIGTERM")
    signums = [getattr(signal, name) for name in names if hasattr(signal, name)]
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signum: int, frame: Any) -> None:
        app.keys.put(_HANGUP)  # the run's thread saves and ends, then closes the app

    previous = {signum: signal.signal(signum, stop) for signum in signums}
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


class ScreenConsole:
    """The run's and the timer's console on the full screen (see ``innovkit.live.guide``).

    ``t`` (or ``?``) shows a step's whole text, to scroll with the arrows, while its
    countdown goes on; a yes/no question is answered with one key at the foot of the screen.
    """

    def __init__(self, app: LiveApp, lang: str) -> None:
        self.app = app
        self.lang = lang  # the language its screens are drawn in
        self._screen: ChecklistScreen | StepScreen | TimerScreen | None = None
        self._question: Question | None = None
        self._reading: int | None = None  # the line the step's whole text is shown from
        self._last_line = 0  # the largest value that can have, at the window's size

    def _draw(self) -> None:
        screen, question, reading, lang = self._screen, self._question, self._reading, self.lang

        def draw(width: int, height: int) -> RenderableType:
            if isinstance(screen, StepScreen) and reading is not None and question is None:
                view, self._last_line = text_view(screen, width, height, reading, lang=lang)
                return view
            if isinstance(screen, StepScreen):
                return step_view(screen, width, height, question, lang=lang)
            if isinstance(screen, TimerScreen):
                return timer_view(screen, width, height, lang)
            assert isinstance(screen, ChecklistScreen)
            return checklist_view(screen, question, lang=lang)

        self.app.show(draw)

    def show(self, screen: ChecklistScreen | StepScreen | TimerScreen | Heading) -> None:
        if isinstance(screen, Heading):
            raise RuntimeError("headings and line questions come after the full screen")
        if not isinstance(screen, StepScreen) or (
            isinstance(self._screen, StepScreen) and self._screen.number != screen.number
        ):
            self._reading = None  # another step: its own screen first
        self._screen = screen
        self._draw()

    def key(self, timeout: float | None) -> str | None:
        key = self.app.keys.read(timeout)
        if key is None or not isinstance(self._screen, StepScreen):
            return key
        if self._reading is None:
            if key not in ("t", "T", "?"):
                return key
            self._reading = 0
        elif key in ("t", "T", "?", "q", "Q", "escape", "enter"):
            # q and Enter close the text as in a pager, rather than quit or move on unseen
            self._reading = None
        elif key in ("down", "j"):
            self._reading = min(self._reading + 1, self._last_line)
        elif key in ("up", "k"):
            self._reading = max(0, self._reading - 1)
        elif key == "home":
            self._reading = 0
        elif key == "end":
            self._reading = self._last_line
        else:
            return key  # the run's own keys (pause, +, next…) still work while reading
        self._draw()
        return None  # the run carries on counting

    def ring(self) -> None:
        self.app.ring()

    def ask(self, question: Question) -> str:
        """A yes/no question on the full screen: one key answers it."""
        if not question.yes_no:
            raise RuntimeError("line questions are asked once the full screen is closed")
        self._reading = None
        answers = {"o": "o", "y": "y", "n": "n", "a": "annuler", "c": "cancel"}
        self._question = question
        try:
            while True:
                self._draw()
                key = self.app.keys.read(None)
                if key == "enter":
                    return ""
                if key == "escape":
                    return "cancel"
                if key is not None and key.lower() in answers:
                    return answers[key.lower()]
        finally:
            self._question = None
            self._draw()
