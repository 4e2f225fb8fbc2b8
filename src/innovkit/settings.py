"""The facilitator's settings: a small TOML file in the config folder.

Four settings, each checked before it is saved: the interface ``language``, the default
``facilitator`` name, the ``journal`` file and the default ``variant`` of the tools. Reading is
cheap and forgiving (a missing file means no settings); a damaged file is refused by
``innovkit config``, and every other command warns about it (``damage_warning``) and runs
without its settings, so it can never stop a live session. The one exception is the journal:
a ``journal`` setting that cannot be read stops the commands that open the journal
(``journal_setting``), so that no session goes quietly into another journal.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from innovkit.errors import BadInput, InnovkitError
from innovkit.i18n import Words, words


def _language(value: str) -> str:
    from innovkit.i18n import check_language

    return check_language(value)


def _facilitator(value: str) -> str:
    value = " ".join(value.split())
    if not value or len(value) > 80:
        raise BadInput("planning.config_bad_facilitator")
    return value


def _journal(value: str) -> str:
    from innovkit.journal.store.postgres import has_password, is_database_address

    if is_database_address(value):
        # A password is never written to config.toml: libpq finds it in .pgpass.
        if has_password(value):
            raise BadInput("planning.config_journal_password")
        return value.strip()
    path = Path(value).expanduser()
    if not value.strip() or path.is_dir():
        raise BadInput("planning.config_bad_journal", value=value)
    if not path.parent.is_dir():  # a typo here would silently start an empty journal elsewhere
        raise BadInput("planning.config_journal_folder_missing", folder=path.parent)
    return str(path.resolve())


def _variant(value: str) -> str:
    wanted = value.strip().lower()
    allowed = "abcdefghijklmnopqrstuvwxyz0123456789-"
    if not wanted or any(ch not in allowed for ch in wanted):
        raise BadInput("planning.config_bad_variant_name", value=value)
    return wanted


def known_variants(catalogue: Any) -> list[str]:
    """The ids of the timed variants the tools of ``catalogue`` have."""
    return sorted(
        {v.id for card in catalogue.tools.values() for v in card.variants if v.structured}
    )


CHECKS: dict[str, Callable[[str], str]] = {
    "language": _language,
    "facilitator": _facilitator,
    "journal": _journal,
    "variant": _variant,
}


def config_path() -> Path:
    from innovkit import paths

    return paths.config_file()


def _load_file(strict: bool) -> dict[str, Any]:
    """The file's raw content; a damaged file is empty, or refused with ``strict``."""
    data, problem = _parse_file()
    if problem is not None and strict:
        raise InnovkitError("planning.config_damaged", path=config_path(), detail=problem)
    return data


def _parse_file() -> tuple[dict[str, Any], str | None]:
    """The file's content and, when it cannot be read, why (``tomllib`` names the line)."""
    path = config_path()
    if not path.is_file():
        return {}, None
    import tomllib

    try:
        with path.open("rb") as handle:
            return tomllib.load(handle), None
    except OSError as exc:
        return {}, exc.strerror or type(exc).__name__
    except ValueError as exc:  # not TOML, or not UTF-8
        return {}, str(exc)


def _damaged_line(problem: str) -> int | None:
    """The line ``tomllib`` names in ``problem`` (its last line for « at end of document »)."""
    import re

    found = re.search(r"at line (\d+)", problem)
    if found:
        return int(found.group(1))
    if "end of document" in problem:
        try:
            return max(len(config_path().read_bytes().splitlines()), 1)
        except OSError:
            return None
    return None


def damage_warning() -> Words | None:
    """The sentence to warn with when the settings file cannot be read (its file and line),
    or ``None``. The commands still run, without its settings."""
    _, problem = _parse_file()
    if problem is None:
        return None
    line = _damaged_line(problem)
    if line is not None:
        return words("planning.config_ignored_line", path=config_path(), line=line)
    return words("planning.config_ignored", path=config_path(), detail=problem)


def journal_setting() -> str | None:
    """The saved ``journal`` path, or ``None``. A ``journal`` setting that cannot be read (a
    damaged file that names one, a value that is not a text) is ``BadInput``: the journal
    commands stop rather than quietly use the default journal. ``INNOVKIT_JOURNAL`` wins over
    the file, which is then not looked at."""
    import os

    if os.environ.get("INNOVKIT_JOURNAL"):
        return None
    data, problem = _parse_file()
    path = config_path()
    if problem is not None:
        if not _may_name_a_journal(path):
            return None
        line = _damaged_line(problem)
        detail = problem if line is None else words("planning.config_damaged_at", line=line)
        raise BadInput("planning.config_journal_unreadable", path=path, detail=detail)
    value = data.get("journal")
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        detail = words("planning.config_journal_not_text")
        raise BadInput("planning.config_journal_unreadable", path=path, detail=detail)
    return value


def _may_name_a_journal(path: Path) -> bool:
    """Whether a damaged settings file has a line that sets ``journal`` (or cannot be read)."""
    import re

    try:
        text = path.read_bytes().decode("utf-8", errors="replace")
    except OSError:
        return True
    return re.search(r"^\s*[\"']?journal[\"']?\s*=", text, re.MULTILINE) is not None


def read_settings(strict: bool = False, *, strict_file: bool | None = None) -> dict[str, Any]:
    """The saved settings, each value checked. A damaged file or a bad value is left out (the
    rest still applies), or refused with ``strict``: a hand-edited file never blocks a command.
    ``strict_file`` refuses a damaged file while leaving bad values out."""
    data = _load_file(strict if strict_file is None else strict_file)
    settings = {}
    for key, value in data.items():
        if key not in CHECKS:
            continue
        try:
            if not isinstance(value, str):
                raise BadInput("planning.config_not_text", key=key)
            settings[key] = _check_saved(key, value)
        except BadInput as problem:
            if strict:
                raise InnovkitError(
                    "planning.config_bad_saved",
                    path=config_path(),
                    key=key,
                    problem=problem.words,
                ) from None
    return settings


def _check_saved(key: str, value: str) -> str:
    if key == "journal":  # its folder may be on a drive that comes and goes: keep it as written
        return value
    return CHECKS[key](value)


def configured(key: str) -> Any:
    """The saved value of ``key``, or ``None`` (for ``journal``, see ``journal_setting``)."""
    if key == "journal":
        return journal_setting()
    return read_settings().get(key)


# The settings' names in French too: ``config set langue fr`` is ``config set language fr``.
KEY_WORDS = {
    "langue": "language",
    "animateur": "facilitator",
    "animatrice": "facilitator",
    "animation": "facilitator",
    "variante": "variant",
}


def check_key(key: str) -> str:
    """The setting named ``key`` (its English id or its French name, in any case)."""
    from innovkit.cards.lookup import normalise

    wanted = normalise(key)
    found = KEY_WORDS.get(wanted, wanted)
    if found not in CHECKS:
        raise BadInput("planning.config_unknown_key", key=key)
    return found


def change_setting(key: str, value: str | None) -> dict[str, Any]:
    """Check and save ``key = value`` (``None`` removes it); returns the new settings."""
    key = check_key(key)
    # A damaged file is refused (rewriting it would lose what was typed in it); a bad value
    # written by hand is dropped, which repairs the file.
    settings = read_settings(strict_file=True)
    if value is None:
        settings.pop(key, None)
    else:
        settings[key] = CHECKS[key](value)
    from innovkit.output import write_file
    from innovkit.paths import make_folder

    path = config_path()
    make_folder(path.parent)
    write_file(path, to_toml(settings), force=True, mode=0o600, own_file=True)
    return settings


def to_toml(settings: dict[str, Any]) -> str:
    """Flat string settings as TOML, written by ``tomli_w`` (read back by ``tomllib``)."""
    import tomli_w

    header = "# innovkit settings — change them with: innovkit config set KEY VALUE\n"
    return header + tomli_w.dumps({key: str(value) for key, value in sorted(settings.items())})
