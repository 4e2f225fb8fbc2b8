"""PostgreSQL's failures said as sentences, without the password: psycopg's own texts (which
may quote the address) are never shown; only the server's own words are (it never holds the
password): the primary message of an error raised once connected, or the « FATAL » line of a
refusal innovkit does not know."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

from innovkit.errors import BadInput, InnovkitError


class ServerUnreachable(InnovkitError):
    """The shared journal's server cannot be reached (no network, a name that does not resolve,
    a timeout, the server stopped or restarting). ``run --record`` and ``journal add`` keep
    the session in the outbox instead (``journal.outbox``); any other command says so, with
    what waits in the outbox."""

    def __init__(self, shown: str) -> None:
        super().__init__("journal.pg_unreachable", path=shown)

    def words(self, lang: str) -> str:
        from innovkit.journal.outbox import waiting_words

        # what waits for this journal (its shown address names it: see ``outbox.waiting``)
        here = str(self.values.get("path", ""))
        return " ".join(filter(None, (super().words(lang), waiting_words(lang, here))))


def connect(address: str, shown: str) -> Any:
    """A ``PostgresConnection`` to ``address``; failures said with ``shown`` (redacted)."""
    try:
        import psycopg
    except ImportError:
        raise InnovkitError("journal.pg_missing_driver") from None
    from innovkit.journal.store.postgres import PostgresConnection

    try:
        return PostgresConnection(address)
    except psycopg.ProgrammingError:  # an address libpq cannot read
        raise BadInput("journal.pg_bad_address", path=shown) from None
    except psycopg.Error as error:
        raise _connection_failure(str(error), address, shown) from None


# What a server says when it answered but cannot take a connection now: as unreachable.
_NOT_NOW = (
    "starting up",
    "shutting down",
    "recovery mode",
    "not yet accepting connections",
    "too many clients",
    "terminating connection",
)


def _connection_failure(message: str, address: str, shown: str) -> InnovkitError:
    """A server that answered and refused stays an error (login, rights, no such database);
    anything else — no answer, a name that does not resolve, a timeout, a server starting or
    stopping — means it cannot be reached. Only the server's own words (after « FATAL: ») are
    read: the rest of libpq's text names the host and the database, which may hold any word."""
    text = message.lower()
    said = text.partition("fatal:")[2].strip()
    if "fe_sendauth" in text or any(w in said for w in ("password", "authentication", "role")):
        from innovkit.journal.store.postgres import open_password_file

        unread = open_password_file()
        if unread is not None:  # the password is there, but libpq would not read it
            return InnovkitError("journal.pg_password_file_open", path=shown, file=str(unread))
        return InnovkitError("journal.pg_login_refused", path=shown)
    if "permission denied" in said or "pg_hba.conf" in said:  # reached, and it said no
        return InnovkitError("journal.pg_not_allowed", path=shown)
    if "database" in said and "does not exist" in said:
        database = urlsplit(address).path.lstrip("/") or "?"
        return BadInput("journal.pg_no_database", path=shown, database=database)
    if said and not any(words in said for words in _NOT_NOW):
        reason = message[text.index("fatal:") + len("fatal:") :].strip().splitlines()[0]
        return InnovkitError("journal.pg_failed", path=shown, reason=reason)
    return ServerUnreachable(shown)


@contextlib.contextmanager
def said(db: Any, shown: str) -> Iterator[None]:
    """psycopg's errors inside a journal operation become sentences."""
    import psycopg

    try:
        yield
    except psycopg.errors.InsufficientPrivilege:
        raise InnovkitError("journal.pg_not_allowed", path=shown) from None
    except psycopg.IntegrityError:
        raise  # the store says what it means (a duplicate id, …)
    except psycopg.OperationalError:  # the server went away (network, restart)
        raise ServerUnreachable(shown) from None
    except psycopg.Error as error:
        raise InnovkitError("journal.pg_failed", path=shown, reason=_primary(error)) from None


def _primary(error: Any) -> str:
    diag = getattr(error, "diag", None)
    return (getattr(diag, "message_primary", None) or "").strip() or "?"
