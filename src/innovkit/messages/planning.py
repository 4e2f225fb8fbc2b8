"""Sentences of this area (see ``innovkit.messages``)."""

MESSAGES: dict[str, dict[str, str]] = {}
