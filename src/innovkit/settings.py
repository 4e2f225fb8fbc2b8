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
    wanted = value.strip().lower()
    allowed = "abcdefghijklmnopqrstuvwxyz0123456789-"
    if not wanted or any(ch not in allowed for ch in wanted):
        raise BadInput(tr("planning.config_bad_variant_name", value=value))
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
    path = config_path()
    if not path.is_file():
        return {}
    import tomllib

    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except (OSError, ValueError) as exc:
        if strict:
            raise InnovkitError(tr("planning.config_damaged", path=path, detail=exc)) from exc
        return {}


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
                raise BadInput(tr("planning.config_not_text", key=key))
            settings[key] = _check_saved(key, value)
        except BadInput as problem:
            if strict:
                raise InnovkitError(
                    tr(
                        "planning.config_bad_saved",
                        path=config_path(),
                        key=key,
                        problem=str(problem),
                    )
                ) from None
    return settings


def _check_saved(key: str, value: str) -> str:
    if key == "journal":  # its folder may be on a drive that comes and goes: keep it as written
        return value
    return CHECKS[key](value)


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
    # A damaged file is refused (rewriting it would lose what was typed in it); a bad value
    # written by hand is dropped, which repairs the file.
    settings = read_settings(strict_file=True)
    if value is None:
        settings.pop(key, None)
    else:
        settings[key] = CHECKS[key](value)
    from innovkit.output import write_file

    path = config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    write_file(path, to_toml(settings), force=True, mode=0o600, own_file=True)
    return settings


def to_toml(settings: dict[str, Any]) -> str:
    """Flat string settings as TOML. A JSON string is also a valid TOML basic string."""
    lines = ["# innovkit settings — change them with: innovkit config set KEY VALUE"]
    lines += [f"{key} = {json.dumps(str(value))}" for key, value in sorted(settings.items())]
    return "\n".join(lines) + "\n"
