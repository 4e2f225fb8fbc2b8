"""Tool cards: what a card file becomes (texts, steps, variants, outcomes, levers…).

Card files are read by ``innovkit.cards.files`` and checked by ``innovkit.cards.checks``; the
catalogue of every tool and lever is ``innovkit.cards.catalogue``. Nothing here prints.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, NamedTuple

from innovkit.cards.timing import FIXED, Scaling, in_words, step_minutes, typical_size
from innovkit.errors import BadInput
from innovkit.i18n import LANGUAGES

if TYPE_CHECKING:
    from innovkit.cards.moments import Moment

SETTINGS = ("indoor", "outdoor", "remote")
OUTCOME_KINDS = ("text", "list", "number", "scale", "date", "choice", "items")
PHASES = ("before", "during", "after")
ORIGINS = ("builtin", "user", "custom")
# A tool's short form: the variant ``short``, timed, 30 minutes or less for the card's typical
# group. Where no such form can keep the method's core, the described variant ``taster`` gives a
# taste of the tool and says what it leaves out (docs/card-format.md).
SHORT_FORM = "short"
TASTER = "taster"
SHORT_ENOUGH = 30


class Text:
    """A text in one or both languages; a plain string serves every language.

    A small hand-written class rather than a dataclass: a card holds hundreds of them and
    ``innovkit list`` builds them all at every start.
    """

    __slots__ = ("values",)

    def __init__(self, values: Mapping[str, str]) -> None:
        self.values = values

    def __call__(self, lang: str) -> str:
        if lang in self.values:
            return self.values[lang]
        return next(iter(self.values.values()))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Text) and dict(self.values) == dict(other.values)

    def __hash__(self) -> int:
        return hash(tuple(sorted(self.values.items())))

    def __repr__(self) -> str:
        return f"Text({dict(self.values)!r})"

    @property
    def bilingual(self) -> bool:
        return all(code in self.values for code in LANGUAGES)

    def data(self) -> str | dict[str, str]:
        """The text as written in a card file."""
        if "*" in self.values:
            return self.values["*"]
        return dict(self.values)


# The model is made of named tuples: immutable, and much cheaper to define than dataclasses at
# every start of the command.


class Step(NamedTuple):
    id: str
    title: Text
    minutes: int
    instructions: Text
    prompts: tuple[Text, ...] = ()
    tips: tuple[Text, ...] = ()
    scaling: Scaling = FIXED  # what the step adds per person or per sub-group (cards.timing)

    def minutes_for(self, participants: int) -> int:
        """The step's whole minutes for a group of ``participants``."""
        return step_minutes(self.minutes, self.scaling, participants)


class Variant(NamedTuple):
    id: str
    name: Text
    description: Text | None = None
    steps: Mapping[str, int] | None = None
    scaling: Mapping[str, Scaling] | None = None  # a step's own time per person in this form
    # A step's own words in this form (``instructions``, ``prompts``, ``tips``): a short form
    # says what its shorter step does, not the full form's « dix minutes ».
    texts: Mapping[str, Mapping[str, Any]] | None = None
    # The group this form holds, within the card's own (``participants: {min, max}``); 0: the
    # card's own bound.
    participants_min: int = 0
    participants_max: int = 0
    # The form's own framing (``cards.framing``: invitation, objectives, roles, materials,
    # preparation, debrief, checklist), by field name; what it does not give is the card's.
    framing: Mapping[str, Any] | None = None

    @property
    def structured(self) -> bool:
        return self.steps is not None

    @property
    def sized(self) -> bool:
        """Whether the variant states the group it holds."""
        return bool(self.participants_min or self.participants_max)


class Role(NamedTuple):
    id: str
    name: Text
    does: Text


class Choice(NamedTuple):
    id: str
    label: Text


class Status(NamedTuple):
    """What became of one item of an outcome of kind ``items`` (a dare: « fait »).
    ``plural`` is the label counted more than once (« 7 faits »)."""

    id: str
    label: Text
    plural: Text | None = None


class Outcome(NamedTuple):
    """A field the journal records for this tool."""

    id: str
    kind: str
    label: Text
    help: Text | None = None
    choices: tuple[Choice, ...] = ()
    required: bool = False
    follow_up_days: int | None = None  # a date: the follow-up it records, this long after
    moment: str = ""  # the moment it is gathered at ("": the first one)
    statuses: tuple[Status, ...] = ()  # kind items: each item's status, the first at the session
    item_note: Text | None = None  # kind items: the question of an item's note (« Pourquoi ? »)
    reviewed_at: str = ""  # kind items: the later moment that gathers its items' statuses
    at_most: int | None = None  # kind list or items: how many entries a session gathers at most
    action: Text | None = (
        None  # kind date: what is to be done that day (« Vérifier le premier pas »)
    )


# A handout whose id ends so is a sign for the door or a poster for the wall, printed once.
SIGN_ENDINGS = ("-sign", "-poster")
# How many copies of a handout a session prints: one per person, per pair, per sub-group (a
# table, a walking group: the card's own split) or one for the whole session.
HANDOUT_COPIES = ("person", "pair", "group", "session")


class Handout(NamedTuple):
    id: str
    title: Text
    content: Text
    copies: str = "person"  # one of HANDOUT_COPIES (a sign's default: "session")


class Lever(NamedTuple):
    id: str
    name: Text
    description: Text
    source: str = ""


class Card(NamedTuple):
    id: str
    version: int
    name: Text
    lever: str
    summary: Text
    invitation: Text
    objectives: tuple[Text, ...]
    participants_min: int
    participants_max: int
    setting: tuple[str, ...]
    materials: tuple[Text, ...]
    roles: tuple[Role, ...]
    preparation: tuple[Text, ...]
    steps: tuple[Step, ...]
    variants: tuple[Variant, ...]
    debrief: tuple[Text, ...]
    checklist: Mapping[str, tuple[Text, ...]]
    outcomes: tuple[Outcome, ...]
    handouts: tuple[Handout, ...]
    pitfalls: tuple[Text, ...]
    credits: Text
    source: str = ""
    origin: str = "builtin"
    overrides: bool = False
    digest: str = ""
    status: str = "ready"  # "draft": written by ``cards new``, kept out of suggestions and reports
    participants_typical: int = 0  # 0: the middle of the range (see ``typical``)
    # The tool's moments when it has several (``cards.moments``); ``steps`` and ``variants``
    # are those of the moment the card is at: the first, unless ``at_moment`` chose another.
    moments: tuple[Moment, ...] = ()
    moment: str = ""  # the moment this card is at ("": the first one)

    @property
    def typical(self) -> int:
        """The group the card is timed for when the session's size is not given."""
        return self.participants_typical or typical_size(
            self.participants_min, self.participants_max
        )

    def group_of(self, variant: str | None = None) -> tuple[int, int]:
        """The group a form holds: the card's range, or the one a variant states."""
        if not variant:
            return self.participants_min, self.participants_max
        return self.variant_size(self.variant(variant))

    def typical_for(self, variant: str | None = None) -> int:
        """The group a form is timed for when the session's size is not given: the card's
        typical group, within the group the form holds (la-balade's short form holds twelve:
        it is not timed for the whole form's fourteen)."""
        low, high = self.group_of(variant)
        return min(max(self.typical, low), high)

    @property
    def draft(self) -> bool:
        """A card still being written (``status: draft``): listed and printable, but left out
        of ``suggest``, ``levers``, the booklet and the reports until it is marked ready."""
        return self.status == "draft"

    @property
    def duration(self) -> int:
        """Total minutes for the typical group: the sum of the steps, never typed twice."""
        return self.minutes()

    @property
    def shortest(self) -> int:
        """Minutes of the shortest form (the card itself or a structured variant), for the
        typical group."""
        return self.shortest_for(None)

    def minutes(self, participants: int | None = None, variant: str | None = None) -> int:
        """Total minutes of a form (the whole card, or a structured variant) for a group."""
        return sum(step.minutes for step in self.plan(variant, participants))

    def shortest_for(self, participants: int | None) -> int:
        """Minutes of the shortest form for a group of ``participants`` (typical if None),
        among the forms that hold that group (``Variant.participants_max``…)."""
        forms = [
            None,
            *(
                v.id
                for v in self.variants
                if v.steps is not None
                and (participants is None or self.variant_fits(v, participants))
            ),
        ]
        return min(self.minutes(participants, form) for form in forms)

    def variant(self, query: str) -> Variant:
        """The variant named ``query``: its id (``short``), its name in either language
        (« Version courte », "Short version") or a word of its name that only it has
        (« courte », « distance »), in any case, with or without accents; else ``BadInput``
        listing the timed variants (in the words of the language it is said in)."""
        from innovkit.cards.lookup import name_words, normalise

        wanted = normalise(query)
        for variant in self.variants:
            if normalise(variant.id) == wanted:
                return variant
        found = [v for v in self.variants if wanted in name_words(v.name.values.values())]
        if len(found) == 1:
            return found[0]

        def names(lang: str) -> str:
            return (
                ", ".join(
                    f"{v.name(lang)} ({v.id})"
                    if normalise(v.name(lang)) != normalise(v.id)
                    else v.id
                    for v in self.variants
                    if v.structured
                )
                or "—"
            )

        raise BadInput("cards.unknown_variant", variant=query, tool=self.id, choices=names)

    def plan(self, variant: str | None = None, participants: int | None = None) -> tuple[Step, ...]:
        """The steps to run, with their minutes for a group of ``participants`` (the typical
        group when ``None``), for the whole card or a structured variant. A variant gives each
        step's fixed minutes; what a step adds per person or per sub-group still applies, unless
        the variant gives its own."""
        people = participants or self.typical_for(variant)
        return tuple(step._replace(minutes=step.minutes_for(people)) for step in self.form(variant))

    def form(self, variant: str | None = None) -> tuple[Step, ...]:
        """The steps of the whole card or of a structured variant, with their fixed minutes and
        what they add per person or per sub-group (see ``plan`` for a group's minutes)."""
        if not variant:
            return self.steps
        chosen = self.variant(variant)
        if chosen.steps is None:
            raise BadInput("cards.variant_not_structured", variant=chosen.id, tool=self.id)
        fixed, own, words = chosen.steps, chosen.scaling or {}, chosen.texts or {}
        return tuple(
            s._replace(minutes=fixed[s.id], scaling=own.get(s.id, s.scaling), **words.get(s.id, {}))
            for s in self.steps
            if s.id in fixed
        )

    def in_form(self, variant: str | None) -> Card:
        """The card as ``variant`` frames it: its own invitation, objectives, roles, materials,
        preparation, debrief and checklist phases in place of the card's (``cards.framing``),
        the rest the card's
        — steps and variants too, so that ``plan(variant)`` still gives the form's steps. Itself
        without a variant, or at a later moment (which has no variants)."""
        if not variant or not self.variants:
            return self
        own = dict(self.variant(variant).framing or {})
        if "checklist" in own:  # the phases it gives; the others stay the card's
            own["checklist"] = {**self.checklist, **own["checklist"]}
        if "outcomes" in own:  # the fields it gathers; a later moment's stay
            first = self.moments[0].id if self.moments else ""
            own["outcomes"] = tuple(
                o for o in self.outcomes if o.id in own["outcomes"] or (o.moment or first) != first
            )
        return self._replace(**own) if own else self

    def step_rules(self, lang: str, variant: str | None = None) -> dict[str, str | None]:
        """Each step's time in words in a form (« 2 min + 3 min par personne »), ``None`` for
        a fixed step: what a sheet or ``show`` prints beside the minutes."""
        return {s.id: in_words(s.minutes, s.scaling, lang) for s in self.form(variant)}

    def at_moment(self, query: str | None) -> Card:
        """The card at one of its moments (``cards.moments``); itself for ``None``."""
        from innovkit.cards.moments import card_at_moment

        return card_at_moment(self, query)

    @property
    def asked_outcomes(self) -> tuple[Outcome, ...]:
        """The outcomes gathered at the moment this card is at (all, for one moment)."""
        first = self.moments[0].id if self.moments else ""
        return tuple(o for o in self.outcomes if (o.moment or first) == (self.moment or first))

    def outcome(self, key: str) -> Outcome | None:
        return next((o for o in self.outcomes if o.id == key), None)

    def fits(self, participants: int) -> bool:
        return self.participants_min <= participants <= self.participants_max

    def variant_size(self, variant: Variant) -> tuple[int, int]:
        """The smallest and largest group a variant holds (the card's own where it says none)."""
        return (
            variant.participants_min or self.participants_min,
            variant.participants_max or self.participants_max,
        )

    def variant_fits(self, variant: Variant, participants: int) -> bool:
        """Whether a variant holds a group of ``participants``."""
        low, high = self.variant_size(variant)
        return low <= participants <= high

    def checklist_phase(self, phase: str) -> tuple[Text, ...]:
        """The items of one phase of the tool's checklist. « Avant » is the card's preparation,
        word for word: the sheet's « Préparation », the printed checklist's « avant » and the
        run's checklist are one list for one job (the preparation says how, so it is kept)."""
        return tuple(self.preparation) if phase == "before" else tuple(self.checklist[phase])


def shown_as_text(item: Any) -> Any:
    """A copy of a card, lever or tool entry (or any part of one) whose every text is safe to
    print on a terminal or a text sheet (see ``innovkit.plaintext``); ids and numbers unchanged."""
    from innovkit.plaintext import visible

    def copy(value: Any) -> Any:
        if isinstance(value, Text):
            return Text({code: visible(text) for code, text in value.values.items()})
        if isinstance(value, tuple) and hasattr(value, "_fields"):  # one of the named tuples
            return type(value)(*(copy(part) for part in value))
        if isinstance(value, tuple):
            return tuple(copy(part) for part in value)
        if isinstance(value, Mapping):
            return {key: copy(part) for key, part in value.items()}
        return value

    return copy(item)
