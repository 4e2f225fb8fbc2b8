"""Shell completion of tool and lever ids (``innovkit --install-completion`` sets it up)."""

from __future__ import annotations

import typer

from innovkit.cards.lookup import normalise


def _matching(ids: list[str], incomplete: str) -> list[str]:
    wanted = normalise(incomplete)
    return [ident for ident in ids if normalise(ident).startswith(wanted)]


def complete_tool(ctx: typer.Context, incomplete: str) -> list[str]:
    """Tool ids that start like what has been typed so far."""
    from innovkit.cli.context import run_context

    try:
        tools = list(run_context(ctx).catalogue(quiet=True).tools)
    except Exception:  # completion must never break the shell
        return []
    return _matching(tools, incomplete)


def complete_lever(ctx: typer.Context, incomplete: str) -> list[str]:
    """Lever ids that start like what has been typed so far."""
    from innovkit.cli.context import run_context

    try:
        levers = list(run_context(ctx).catalogue(quiet=True).levers)
    except Exception:  # completion must never break the shell
        return []
    return _matching(levers, incomplete)
