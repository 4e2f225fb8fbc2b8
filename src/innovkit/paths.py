"""Where innovkit keeps things: the one place that decides.

``INNOVKIT_HOME`` puts everything (data, config, cache, user cards) in one folder; without it the
platform's usual folders are used (``platformdirs``).
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "innovkit"
_PACKAGE_DIR = Path(__file__).resolve().parent


def _home() -> Path | None:
    value = os.environ.get("INNOVKIT_HOME")
    if not value:
        return None
    home = Path(value).expanduser()
    if home.exists() and not home.is_dir():  # every command would fail on it, one way or another
        from innovkit.errors import BadInput

        raise BadInput("common.home_not_folder", folder=home)
    return home


def make_folder(folder: Path) -> Path:
    """Create ``folder`` and its parents if needed. A file in the way, or a folder innovkit may
    not write (permissions, a read-only disk), is ``BadInput`` naming it (exit 2: the place must
    change); any other failure of the disk is an ``InnovkitError`` (exit 1)."""
    import errno

    from innovkit.errors import BadInput, InnovkitError

    try:
        folder.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError):
        raise BadInput("common.folder_blocked", folder=folder) from None
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        if isinstance(exc, PermissionError) or exc.errno in (
            errno.EACCES,
            errno.EPERM,
            errno.EROFS,
        ):
            raise BadInput("common.folder_refused", folder=folder, reason=reason) from None
        raise InnovkitError("common.folder_failed", folder=folder, reason=reason) from None
    return folder


def data_dir() -> Path:
    """The journal, drafts and the user's own cards live here."""
    home = _home()
    if home is not None:
        return home / "data"
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False)


def config_dir() -> Path:
    home = _home()
    if home is not None:
        return home / "config"
    from platformdirs import user_config_path

    return user_config_path(APP_NAME, appauthor=False)


def cache_dir() -> Path:
    home = _home()
    if home is not None:
        return home / "cache"
    from platformdirs import user_cache_path

    return user_cache_path(APP_NAME, appauthor=False)


def config_file() -> Path:
    return config_dir() / "config.toml"


def user_cards_dir() -> Path:
    """The facilitator's own cards (``innovkit cards new`` writes here)."""
    return data_dir() / "cards"


def drafts_dir() -> Path:
    """Autosaved drafts of live sessions."""
    return data_dir() / "drafts"


def journal_file(configured: str | None = None) -> Path:
    """``INNOVKIT_JOURNAL``, else the configured path, else ``journal.sqlite3`` in data."""
    value = os.environ.get("INNOVKIT_JOURNAL") or configured
    if value:
        return Path(value).expanduser()
    return data_dir() / "journal.sqlite3"


def extra_card_dirs() -> list[Path]:
    """The folders listed in ``INNOVKIT_CARDS`` (``os.pathsep`` separated)."""
    value = os.environ.get("INNOVKIT_CARDS", "")
    return [Path(part).expanduser() for part in value.split(os.pathsep) if part.strip()]


def _resource_dir(name: str) -> Path:
    # In a wheel the folder is packaged inside innovkit/; in a source checkout it sits at the top.
    packaged = _PACKAGE_DIR / name
    if packaged.is_dir():
        return packaged
    return _PACKAGE_DIR.parent.parent / name


def builtin_cards_dir() -> Path:
    return _resource_dir("toolcards")


def templates_dir() -> Path:
    return _resource_dir("templates")
