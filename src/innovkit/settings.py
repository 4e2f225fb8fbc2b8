"""The facilitator's settings: a small TOML file in the config folder.

Four settings, each checked before it is saved: the interface ``language``, the default
``facilitator`` name, the ``journal`` file and the default ``variant`` of the tools. Reading is
cheap and forgiving (a missing file means no settings); a damaged file is reported by
``innovkit config`` and otherwise ignored, so it can never stop a live session.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from innovkit.errors import BadInput, InnovkitError
from innovkit.i18n import tr


def _language(value: str) -> str:
    from innovkit.i18n import check_language

    return check_language(value)


def _facilitator(value: str) -> str:
    value = " ".join(value.split())
    if not value or len(value) > 80:
        raise BadInput(tr("planning.config_bad_facilitator"))
    return value


def _journal(value: str) -> str:
    path = Path(value).expanduser()
    if not value.strip() or path.is_dir():
        raise BadInput(tr("planning.config_bad_journal", value=value))
    if not path.parent.is_dir():  # a typo here would silently start an empty journal elsewhere
        raise BadInput(tr("planning.config_journal_folder_missing", folder=path.parent))
    return str(path.resolve())


def _variant(value: str) -> str:
    from innovkit.cards import load_catalogue

    wanted = value.strip().lower()
    catalogue = load_catalogue()
    timed = sorted(
        {v.id for card in catalogue.tools.values() for v in card.variants if v.structured}
    )
    if wanted not in timed:
        raise BadInput(
            tr("planning.config_bad_variant", value=value, choices=", ".join(timed) or "—")
        )
    return wanted


CHECKS: dict[str, Callable[[str], str]] = {
    "language": _language,
    "facilitator": _facilitator,
    "journal": _journal,
    "variant": _variant,
}


def config_path() -> Path:
    from innovkit import paths

    return paths.config_file()


def read_settings(strict: bool = False) -> dict[str, Any]:
    """The saved settings. A damaged file is ignored, or refused with ``strict``."""
    path = config_path()
    if not path.is_file():
        return {}
    import tomllib

    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except (OSError, ValueError) as exc:
        if strict:
            raise InnovkitError(tr("planning.config_damaged", path=path, detail=exc)) from exc
        return {}
    return {key: value for key, value in data.items() if key in CHECKS}


def configured(key: str) -> Any:
    """The saved value of ``key``, or ``None``."""
    return read_settings().get(key)


def check_key(key: str) -> str:
    if key not in CHECKS:
        raise BadInput(tr("planning.config_unknown_key", key=key, keys=", ".join(CHECKS)))
    return key


def change_setting(key: str, value: str | None) -> dict[str, Any]:
    """Check and save ``key = value`` (``None`` removes it); returns the new settings."""
    check_key(key)
    settings = read_settings(strict=True)
    if value is None:
        settings.pop(key, None)
    else:
        settings[key] = CHECKS[key](value)
    from innovkit.output import write_file

    path = config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    write_file(path, to_toml(settings), force=True, mode=0o600)
    return settings


def to_toml(settings: dict[str, Any]) -> str:
    """Flat string settings as TOML. A JSON string is also a valid TOML basic string."""
    lines = ["# innovkit settings — change them with: innovkit config set KEY VALUE"]
    lines += [f"{key} = {json.dumps(str(value))}" for key, value in sorted(settings.items())]
    return "\n".join(lines) + "\n"
