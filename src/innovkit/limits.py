"""One set of limits, applied at every door.

Each range here is the only one: card validation (``cards.checks``), ``journal add`` and
``journal edit`` (``journal.records``' parsers), the guided run (which records through the
same functions) and ``journal import`` (``journal.schema``'s msgspec types, checked when the
file is decoded) all read it from this module. Whatever lies inside a range works everywhere:
a session that can be recorded can be listed, filtered by period, exported and imported again.
The README's section « Limits » says them to facilitators; a test holds the two together.

Nothing here imports anything: the catalogue commands read it at start-up.
"""

from __future__ import annotations

# Dates: sessions happen in living memory, and every computation on a date (a month before, a
# day after) stays within what Python can represent. The session's day, an action's due date,
# when a session was created and changed, a period asked for.
FIRST_YEAR = 1900
LAST_YEAR = 2999

# Durations. One step of a card, or a timer: at most a day.
MAX_STEP_MINUTES = 24 * 60
MAX_TIMER_SECONDS = MAX_STEP_MINUTES * 60
# What a facilitator types for a session's duration (``journal add --minutes``) is read by the
# timer's parser: at most a day too. A whole session as recorded (a card's total, a variant's
# total, a session's planned and actual minutes measured by a guided run's clock, an import):
# at most a week, so that a run left open over a weekend is still recorded. Recorded minutes
# may be 0 (a run stopped at once); typed ones are at least 1.
MAX_SESSION_MINUTES = 7 * 24 * 60
MAX_STEP_SECONDS = MAX_SESSION_MINUTES * 60  # a step timing of a recorded run

# How many people: a session's participants, a card's minimum and maximum.
MIN_PARTICIPANTS = 1
MAX_PARTICIPANTS = 100_000

# Marks: satisfaction and a card's « scale » outcomes, 1 (not at all) to 5 (very).
MIN_MARK = 1
MAX_MARK = 5

# A number typed for a card's « number » outcome: twelve digits before the decimal point.
MAX_NUMBER = 10**12 - 1

# A card's version number.
MAX_VERSION = 1_000_000

# Text lengths, in characters. A short text is a name, a tag, a service, a tool or lever id, a
# step title; a long text is a note, an idea, a decision, an action, an outcome's text.
MAX_SHORT_TEXT = 200
MAX_LONG_TEXT = 20_000
# Items in one list of a session (tags, ideas, actions, step timings, outcomes…).
MAX_ITEMS = 1_000

# The shape of ids: a session's is a UUID (``records.new_id``); an action's a word of letters,
# digits, « - » and « _ » (a UUID too when innovkit made it).
SESSION_ID_PATTERN = r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
ACTION_ID_PATTERN = r"^[0-9A-Za-z][0-9A-Za-z_-]{0,63}$"


def year_in_range(year: int) -> bool:
    """Whether ``year`` is one the journal keeps (``FIRST_YEAR`` to ``LAST_YEAR``)."""
    return FIRST_YEAR <= year <= LAST_YEAR
