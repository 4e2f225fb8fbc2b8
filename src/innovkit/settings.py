"""The facilitator's settings: a small TOML file in the config folder.

Reading is cheap and forgiving (a missing file means defaults); ``innovkit config`` is the way
to change it safely.
"""

from __future__ import annotations

from typing import Any


def _read() -> dict[str, Any]:
    from innovkit import paths

    path = paths.config_file()
    if not path.is_file():
        return {}
    import tomllib

    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def configured(key: str) -> Any:
    """The configured value of ``key``, or ``None``."""
    return _read().get(key)
