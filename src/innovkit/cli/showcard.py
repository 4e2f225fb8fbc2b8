"""A tool card laid out for reading in the terminal (``innovkit show``)."""

from __future__ import annotations

from collections.abc import Iterable

from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.rule import Rule

from innovkit.cards.model import Card, Lever, Text
from innovkit.cards.sizes import size_words
from innovkit.cli.prose import Prose as RichText  # never breaks at a non-breaking space
from innovkit.i18n import labelled, quoted, tr


def _heading(key: str, lang: str) -> RenderableType:
    return RichText("\n" + tr(key, lang), style="bold underline")


def _bullets(items: Iterable[Text], lang: str, mark: str = "•") -> list[RenderableType]:
    """One line per item, wrapped lines aligned after the mark."""
    from rich.table import Table

    grid = Table.grid(padding=(0, 1), pad_edge=False)
    grid.add_column(no_wrap=True)
    grid.add_column(ratio=1)
    for item in items:
        grid.add_row(mark, RichText(item(lang).strip()))  # a str here would be read as markup
    return [Padding(grid, (0, 0, 0, 2))]


def _duration(card: Card, lang: str) -> str:
    """« 173 min (pour 7 participants) » when a step grows with the group, else « 55 min »."""
    minutes = tr("common.minutes", lang, minutes=card.duration)
    if all(step.scaling.fixed for step in card.steps):
        return minutes
    return f"{minutes} ({tr('cards.timed_for', lang, count=card.typical)})"


def card_view(card: Card, lever: Lever, lang: str) -> RenderableType:
    parts: list[RenderableType] = [
        Rule(RichText(card.name(lang), style="bold"), align="left"),
        RichText(card.summary(lang)),
        RichText(
            "   ".join(
                [
                    labelled(tr("catalogue.col_lever", lang), lever.name(lang), lang),
                    labelled(tr("catalogue.col_duration", lang), _duration(card, lang), lang),
                    labelled(
                        tr("catalogue.col_group", lang),
                        tr(
                            "common.people",
                            lang,
                            min=card.participants_min,
                            max=card.participants_max,
                        ),
                        lang,
                    ),
                    labelled(
                        tr("catalogue.setting", lang),
                        ", ".join(tr(f"catalogue.setting_{s}", lang) for s in card.setting),
                        lang,
                    ),
                ]
            ),
            style="dim",
        ),
        _heading("catalogue.invitation", lang),
        Padding(RichText(card.invitation(lang), style="italic"), (0, 0, 0, 2)),
        _heading("catalogue.objectives", lang),
        *_bullets(card.objectives, lang),
        _heading("catalogue.materials", lang),
        *_bullets(card.materials, lang),
        _heading("catalogue.roles", lang),
        *[
            Padding(
                RichText.assemble((role.name(lang), "bold"), f" — {role.does(lang)}"), (0, 0, 0, 2)
            )
            for role in card.roles
        ],
        _heading("catalogue.preparation", lang),
        *_bullets(card.preparation, lang, "☐"),
        _heading("catalogue.steps", lang),
    ]
    parts += _moment_steps(card, lang)
    for moment in card.moments[1:]:
        parts += _moment_steps(card.at_moment(moment.id), lang)
    if card.variants:
        parts.append(_heading("catalogue.variants", lang))
        for variant in card.variants:
            line = RichText.assemble("  ", (variant.name(lang), "bold"))
            facts = []
            if variant.steps is not None:
                facts.append(tr("common.minutes", lang, minutes=card.minutes(None, variant.id)))
            if variant.sized:
                facts.append(size_words(card, variant, lang))
            if facts:
                line.append(f" ({', '.join(facts)})")
            parts.append(line)
            if variant.description is not None:
                parts.append(Padding(RichText(variant.description(lang).strip()), (0, 0, 0, 4)))
            if variant.steps is not None:
                plan = ", ".join(f"{s.title(lang)} {s.minutes}" for s in card.plan(variant.id))
                parts.append(Padding(RichText(plan, style="dim"), (0, 0, 0, 4)))
    parts += [_heading("catalogue.debrief", lang), *_bullets(card.debrief, lang, "?")]
    parts.append(_heading("catalogue.checklist", lang))
    for phase, items in card.checklist.items():
        parts.append(RichText(f"  {tr('catalogue.phase_' + phase, lang)}", style="bold"))
        parts.extend(_bullets(items, lang, "☐"))
    parts.append(_heading("catalogue.outcomes", lang))
    for outcome in card.outcomes:
        kind = tr("catalogue.kind_" + outcome.kind, lang)
        if outcome.choices or outcome.statuses:
            listed = outcome.choices or outcome.statuses
            choices = " / ".join(f"{c.label(lang)} ({c.id})" for c in listed)
            kind = labelled(kind, choices, lang)
        key = tr("catalogue.outcome_key", lang, key=outcome.id)
        line = f"• {outcome.label(lang)} ({kind}) — {key}"
        parts.append(Padding(RichText(line), (0, 0, 0, 2)))
        if outcome.help is not None:
            parts.append(Padding(RichText(outcome.help(lang), style="dim"), (0, 0, 0, 4)))
    if card.handouts:
        parts.append(_heading("catalogue.handouts", lang))
        parts.extend(_bullets([h.title for h in card.handouts], lang))
    parts += [_heading("catalogue.pitfalls", lang), *_bullets(card.pitfalls, lang, "!")]
    parts += [
        _heading("catalogue.credits", lang),
        Padding(RichText(card.credits(lang), style="dim"), (0, 0, 0, 2)),
    ]
    return Group(*parts)


def _moment_steps(card: Card, lang: str) -> list[RenderableType]:
    """The timed steps of the card, or of the moment it is at (with which one it is)."""
    from innovkit.cards.moments import moment_line

    parts: list[RenderableType] = []
    line = moment_line(card, lang)
    if line is not None:
        parts.append(RichText(f"\n{line}", style="bold"))
    rules = card.step_rules(lang)
    for number, step in enumerate(card.plan(), 1):
        minutes = tr("common.minutes", lang, minutes=step.minutes)
        rule = f" · {rules[step.id]}" if rules[step.id] else ""
        parts.append(
            RichText.assemble(f"\n{number}. ", (step.title(lang), "bold"), f"  ({minutes}{rule})")
        )
        parts.append(Padding(RichText(step.instructions(lang).strip()), (0, 0, 0, 3)))
        parts.extend(
            Padding(RichText(quoted(p(lang), lang), style="italic"), (0, 0, 0, 5))
            for p in step.prompts
        )
        parts.extend(
            Padding(RichText(f"{tr('catalogue.tip', lang)} {t(lang)}", style="dim"), (0, 0, 0, 5))
            for t in step.tips
        )
    return parts
