"""The other full screens of a run: a step's whole text (``t``) and the checklist."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.text import Text

from innovkit.cli.stepview import _face, _key_bar, _question_line, _state, _top_line, _wrap
from innovkit.i18n import quoted, tr
from innovkit.live.guide import ChecklistScreen, Question, StepScreen

# --------------------------------------------------------------------------- the whole text


def text_lines(screen: StepScreen, width: int, lang: str) -> list[Text]:
    """All the text of a step, nothing cut: instructions, sentences to say, tips."""
    lines: list[Text] = [*_wrap(Text(screen.title, style="bold"), width)]
    if screen.instructions:
        lines += [Text(""), Text(tr("live.text_instructions", lang), style="bold underline")]
        lines += _wrap(Text(screen.instructions), width)
    if screen.prompts:
        lines += [Text(""), Text(tr("live.text_prompts", lang), style="bold underline")]
        for prompt in screen.prompts:
            wrapped = _wrap(Text(quoted(prompt, lang), style="italic cyan"), width - 2)
            lines += [Text.assemble("  ", line) for line in wrapped]
    if screen.tips:
        lines += [Text(""), Text(tr("live.text_tips", lang), style="bold underline")]
        for tip in screen.tips:
            wrapped = _wrap(Text(tip), width - 2)
            lines += [
                Text.assemble("• " if i == 0 else "  ", line) for i, line in enumerate(wrapped)
            ]
    return lines


def text_view(
    screen: StepScreen, width: int, height: int, offset: int = 0, *, lang: str
) -> tuple[RenderableType, int]:
    """The step's whole text from line ``offset``, with the countdown on its first line; and
    the largest offset there is to scroll to."""
    face = _face(screen)
    state, style = _state(screen, lang)
    top = _top_line(
        Text(tr("live.step_of", lang, number=screen.number, count=screen.count), style="bold"),
        Text.assemble((f" {face} ", f"{style} reverse"), " ", (state, style)),
    )
    lines = text_lines(screen, width, lang)
    keys = tr("live.text_keys", lang)
    # Room for the text once the keys, with the position in the text, are at the bottom.
    longest = tr("live.text_position", lang, first=len(lines), last=len(lines), count=len(lines))
    window = max(1, height - 2 - len(_key_bar(keys, width, longest)))
    last = max(0, len(lines) - window)
    offset = max(0, min(offset, last))
    where = ""
    if last:
        end = min(len(lines), offset + window)
        where = tr("live.text_position", lang, first=offset + 1, last=end, count=len(lines))
    footer = _key_bar(keys, width, where)
    footer += [Text("")] * (height - 2 - window - len(footer))
    shown = lines[offset : offset + window]
    shown += [Text("")] * (window - len(shown))
    return Group(top, Text(""), *shown, *footer), last


# --------------------------------------------------------------------------- the checklist


def checklist_view(
    screen: ChecklistScreen, question: Question | None = None, *, lang: str
) -> RenderableType:
    ticked = sum(1 for _, done in screen.items if done)
    heading = screen.heading or tr(
        "live.checklist_heading", lang, ticked=ticked, total=len(screen.items)
    )
    parts: list[RenderableType] = [Text(screen.tool, style="bold")]
    parts += [Text(note, style="dim") for note in screen.notes]
    parts += [Text(heading), Text("")]
    for number, (item, done) in enumerate(screen.items, 1):
        line = Text(f"{'[x]' if done else '[ ]'} {number}. {item}")
        if number - 1 == screen.cursor:
            line.stylize("reverse")
        if done:
            line.stylize("green")
        parts.append(line)
    parts.append(Text(""))
    if question is not None:
        parts.append(_question_line(question))
    else:
        parts.append(Text(screen.keys or tr("live.checklist_keys", lang), style="dim"))
    return Group(*parts)
