"""``journal add``: a session recorded from its options, and at a terminal the session
schema's questions (the same as at the end of a guided run) that the options left open,
asked through ``innovkit.cli.ask``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any

import typer

from innovkit.cli import ask
from innovkit.cli.completion import complete_tool
from innovkit.cli.console import say
from innovkit.cli.context import run_context
from innovkit.cli.journal import common
from innovkit.cli.options import LangOption, language
from innovkit.cli.recorded import say_recorded
from innovkit.errors import ExitCode
from innovkit.i18n import tr

if TYPE_CHECKING:
    from innovkit.cards.model import Card
    from innovkit.journal.questions import Field
    from innovkit.journal.records import Session

NoInputOpt = Annotated[bool, typer.Option("--no-input", help="help.journal_no_input")]
SKIP = "-"  # the id of « (passer) » among a question's choices


def add(
    ctx: typer.Context,
    tool: Annotated[
        str,
        typer.Argument(
            metavar="TOOL",
            help="help.journal_tool",
            show_default=False,
            autocompletion=complete_tool,
        ),
    ],
    *,
    no_input: NoInputOpt = False,
    lang: LangOption = None,
    **options: Any,
) -> None:
    """Options: one per field of the session schema (see ``cli/sessionoptions.py``)."""
    from innovkit.journal.recording import prepare_session, record_session

    lang = language(ctx, lang)
    # A tool in several moments: the card as it is at the moment recorded (its questions).
    card = run_context(ctx).catalogue().find(tool).at_moment(options.get("moment"))
    session = prepare_session(card, options)  # every typed value is checked before asking more
    form = card.in_form(session.variant)  # a short form asks only the fields it gathers
    if common.interactive(no_input):
        journal = run_context(ctx).journal()
        _may_add(journal)  # a wrong password, a read-only account: said before any question
        try:
            reviews = _reviews(card, session, journal, lang)
            session = _complete(card, session, options, lang, reviews, form)
        except KeyboardInterrupt:
            # Ctrl-C (or a closed input) at a question: say that nothing was kept, rather
            # than exit without a word.
            say(tr("journal.add_interrupted", lang))
            raise typer.Exit(int(ExitCode.INTERRUPTED)) from None
    recorded = record_session(form, session, lang, run_context(ctx).journal())
    say_recorded(card, session, recorded, lang)


def _may_add(journal: Any) -> None:
    """The journal opened once before the questions: what would refuse the session at the end
    (a wrong password, an account that may only read) is said now, before anything is typed
    for nothing. A server that cannot be reached is no refusal: the session will wait in the
    outbox."""
    from innovkit.journal.store import Journal
    from innovkit.journal.store.postgres_errors import ServerUnreachable

    try:
        with Journal(journal) as opened:
            opened.check_may_add()
    except ServerUnreachable:
        return


def _reviews(card: Card, session: Session, journal: Any, lang: str) -> dict[str, list[str]]:
    """At a later moment that gathers the first session's items (audace-up's report-back), what
    became of each of them, asked one by one as the run asks them, before anything else: the
    first session is the one given (``--follows``), else chosen among the tool's open cycles
    (and set as the one followed). Nothing is asked for items typed with ``--outcome``, nor
    when the shared journal cannot be reached (said: the statuses can be given later)."""
    from innovkit.journal.questions import OUTCOME_PREFIX
    from innovkit.journal.reviews import items_to_review, reviewed_outcomes
    from innovkit.journal.store.postgres_errors import ServerUnreachable

    outcomes = [o for o in reviewed_outcomes(card) if o.id not in session.outcomes]
    if not outcomes:
        return {}
    from innovkit.cli.cycles import moment_to_run

    try:
        session.follows = moment_to_run(card, lang, journal, session.follows)[1]
        found = items_to_review(journal, card, session.follows) if session.follows else {}
    except ServerUnreachable:
        ask.tell(tr("journal.review_unreachable", lang), "bold")
        return {}
    answers: dict[str, list[str]] = {}
    for outcome in outcomes:
        statuses = [
            _status(outcome, entry, n, lang)
            for n, entry in enumerate(found.get(outcome.id) or [], 1)
        ]
        if any(statuses):
            answers[OUTCOME_PREFIX + outcome.id] = statuses
    return answers


def _status(outcome: Any, entry: dict[str, Any], number: int, lang: str) -> str:
    """What became of one item: one of its statuses but the first, or ``""`` (« passer »)."""
    from innovkit.journal.reviews import SKIP as KEEP
    from innovkit.journal.reviews import review_question

    label, choices = review_question(outcome, entry, number, lang)
    picked = ask.choice(label, choices, KEEP, lang=lang)
    return "" if picked == KEEP else picked


def _complete(
    card: Card,
    session: Session,
    options: dict[str, Any],
    lang: str,
    reviews: dict[str, list[str]] | None = None,
    form: Card | None = None,
) -> Session:
    """Ask the questions that the command line left unanswered; an empty answer skips.
    ``reviews``: the statuses of the first session's items, already asked (``_reviews``).

    Each answer is checked as it is typed (the same checks as the options), so a mistake is
    said and asked again on the spot, and nothing typed before it is lost.
    """
    from innovkit.journal.questions import OUTCOME_PREFIX, answers_fields, session_questions
    from innovkit.journal.records import new_session
    from innovkit.journal.schema import option_fields

    given = {k: v for k, v in option_fields(options).items() if v not in (None, [])}
    defaults = {"facilitator": session.facilitator or None}
    answers: dict[str, Any] = dict(reviews or {})
    for question in session_questions(form or card, lang, defaults):
        outcome = question.key.removeprefix(OUTCOME_PREFIX)
        if question.key in given or (question.key != outcome and outcome in session.outcomes):
            continue
        answers[question.key] = asked(question, lang)
    fields = {**given, "variant": session.variant, "date": session.date}
    if session.follows:
        fields["follows"] = session.follows  # the first session chosen for the reviews
    for name, value in answers_fields(answers).items():
        if name == "outcomes":
            fields[name] = {**session.outcomes, **value}
        elif name not in given and value not in (None, []):
            fields[name] = value
    fields.setdefault("facilitator", session.facilitator)
    return new_session(card, **fields)


def asked(question: Field, lang: str) -> Any:
    """The answer to one question: one of its choices (or « (passer) »), a list typed one
    item a line, or one line, each checked by the question and asked again when refused.
    A required outcome left empty is asked once more; Enter again leaves it for later (said
    when the session is recorded, as with ``--no-input``): not known now is no reason to lose
    every answer typed before it."""
    if question.statuses:
        return _items(question, lang)
    if question.choices:
        labels = dict((label, ident) for ident, label in question.choices)
        options = [*question.choices, (SKIP, tr("journal.ask_skip", lang))]
        default = labels.get(question.default or "", SKIP)  # Enter alone skips, as elsewhere
        picked = ask.choice(question.label, options, default=default, lang=lang)
        return None if picked == SKIP else picked
    if question.many:
        items = ask.items(question.label, lang=lang, check=question.check, help=question.help)
        if items or not question.required:
            return items
        ask.tell(tr("journal.answer_required_or_later", lang), "bold red")
        return ask.items(question.label, lang=lang, check=question.check, help=question.help)
    check = _later_allowed(question) if question.required else question.check
    return ask.text(question.label, question.default, check, question.help, lang=lang)


def _later_allowed(question: Field) -> Any:
    """``question.check``, but an empty answer given twice in a row is ``None`` (for later)."""
    from innovkit.errors import BadInput

    empty_before = False

    def check(typed: str) -> Any:
        nonlocal empty_before
        if typed.strip():
            empty_before = False
            return question.check(typed)
        if empty_before:
            return None
        empty_before = True
        raise BadInput("journal.answer_required_or_later")

    return check


def _items(question: Field, lang: str) -> list[dict[str, str]]:
    """An outcome of kind ``items``: one item after another, its text (« - » for none), then
    its status (the first, true at the session, on Enter alone); an empty text ends it."""
    from innovkit.errors import BadInput

    ask.tell(question.label, "bold")
    if question.help:
        ask.tell(question.help, "dim")
    found: list[dict[str, str]] = []
    empty_before = False
    while True:
        typed = ask.line(f"  {len(found) + 1}. ").strip()
        if not typed:
            if found or not question.required or empty_before:
                return found
            ask.tell(tr("journal.answer_required_or_later", lang), "bold red")
            empty_before = True
            continue
        try:
            text = question.check(typed)
        except BadInput as problem:
            ask.tell(problem.words(lang), "bold red")
            continue
        shown = text or tr("journal.item_no_text", lang)
        label = tr("live.item_status", lang, item=shown)
        status = ask.choice(label, question.statuses, question.statuses[0][0], lang=lang)
        note = ""
        if question.wants_note(status):
            note = ask.text(question.note or "", check=question.check, optional=True, lang=lang)
        found.append({"text": text, "status": status, "note": note or ""})
