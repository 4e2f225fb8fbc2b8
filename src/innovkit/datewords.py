"""Dates and months as people say them, in French and in English.

« hier », « avant-hier », « vendredi », « 31/12 », « 3 novembre », « 3 nov. 2026 »; "yesterday",
"friday", "31/12", "November 3", "3 November 2026"; months: « novembre », « 11/2026 »,
« le mois dernier », « ce mois-ci »; "november", "last month", "this month".

The rules, the same in both languages:

- numbers are written day first, then month (« 31/12 », « 03/11/2026 »), as in France and the
  United Kingdom; "12/31" is refused with a sentence asking for the day first;
- a day without its year (« 31/12 », « 3 novembre »), a weekday (« vendredi ») or a month without
  its year (« novembre ») is the last one: for the journal, the most recent one not after today
  (a weekday: before today — today is « aujourd'hui »); when planning (``ahead``), the next one.

``spoken_date`` and ``spoken_month`` return ``None`` for what is not written this way, so the
caller can say what it expected.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from innovkit.errors import BadInput

WEEKDAYS = (
    ("lundi", "monday", "mon"), ("mardi", "tuesday", "tue", "tues"),
    ("mercredi", "wednesday", "wed"), ("jeudi", "thursday", "thu", "thur", "thurs"),
    ("vendredi", "friday", "fri"), ("samedi", "saturday", "sat"), ("dimanche", "sunday", "sun"),
)  # fmt: skip
MONTH_WORDS = (
    ("janvier", "january"), ("fevrier", "february"), ("mars", "march"), ("avril", "april"),
    ("mai", "may"), ("juin", "june"), ("juillet", "july"), ("aout", "august"),
    ("septembre", "september"), ("octobre", "october"), ("novembre", "november"),
    ("decembre", "december"),
)  # fmt: skip
RELATIVE_DAYS = {
    "aujourdhui": 0, "auj": 0, "today": 0, "hier": -1, "yesterday": -1, "avanthier": -2,
    "demain": 1, "tomorrow": 1, "apresdemain": 2,
}  # fmt: skip
RELATIVE_MONTHS = {
    "lemoisdernier": -1, "moisdernier": -1, "lastmonth": -1, "lemoisprecedent": -1,
    "cemois": 0, "cemoisci": 0, "thismonth": 0, "lemoisencours": 0,
}  # fmt: skip
# Words around a weekday that change nothing: « vendredi dernier », "last friday", « le lundi ».
_FILLERS = {"le", "the", "on", "dernier", "derniere", "last", "prochain", "prochaine", "next"}
_DAY_MONTH = re.compile(r"(\d{1,2})\s*[/.]\s*(\d{1,2})")
_MONTH_YEAR = re.compile(r"(\d{1,2})\s*[/.]\s*(\d{4})")


def plain(text: str) -> str:
    """Lower case, accents, apostrophes and hyphens gone: « Avant-hier » → ``avant hier``."""
    import unicodedata

    text = unicodedata.normalize("NFKD", str(text).lower())
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"[’'`\-.,]", " ", text)
    return " ".join(text.split())


def month_number(word: str) -> int | None:
    """« novembre », "Nov", « févr. » → 11, 11, 2 (a name, or the start of one, in either
    language, at least three letters and only one month)."""
    wanted = plain(word).replace(" ", "")
    if len(wanted) < 3:
        return None
    found = {
        number
        for number, names in enumerate(MONTH_WORDS, 1)
        for name in names
        if name.startswith(wanted)
    }
    return found.pop() if len(found) == 1 else None


def _weekday(words: list[str]) -> int | None:
    rest = [word for word in words if word not in _FILLERS]
    if len(rest) != 1:
        return None
    for number, names in enumerate(WEEKDAYS):
        if rest[0] in names:
            return number
    return None


def _last_with(month: int, day: int, today: date, ahead: bool) -> date | None:
    """The last (or, ``ahead``, the next) ``day``/``month`` not after (not before) today."""
    step = 1 if ahead else -1
    for years in range(0, 9):  # 29 February comes back within eight years
        year = today.year + step * years
        try:
            found = date(year, month, day)
        except ValueError:
            continue
        if (found >= today) if ahead else (found <= today):
            return found
    return None


def _checked(day: int, month: int, value: str, lang: str | None) -> None:
    if not 1 <= month <= 12:
        if 1 <= day <= 12 and 1 <= month <= 31:
            raise BadInput("journal.day_first", value=value, fixed=f"{month}/{day}")
        raise BadInput("journal.no_such_month_in_date", value=value)


def spoken_date(
    value: str, today: date, lang: str | None = None, ahead: bool = False
) -> date | None:
    """A date said in words or without its year, else ``None`` (see the module's rules)."""
    words = plain(value).split()
    joined = "".join(words)
    if joined in RELATIVE_DAYS:
        return today + timedelta(days=RELATIVE_DAYS[joined])
    weekday = _weekday(words)
    if weekday is not None:
        if ahead:
            return today + timedelta(days=(weekday - today.weekday()) % 7 or 7)
        return today - timedelta(days=(today.weekday() - weekday) % 7 or 7)
    match = _DAY_MONTH.fullmatch(str(value).strip())
    if match:
        day, month = int(match.group(1)), int(match.group(2))
        _checked(day, month, value.strip(), lang)
    else:
        named = _named_day(words)
        if named is None:
            return None
        day, month, year = named
        if year is not None:
            return _exact(year, month, day, value, lang)
    found = _last_with(month, day, today, ahead)
    if found is None:
        raise BadInput("journal.bad_date", value=value.strip())
    return found


def _named_day(words: list[str]) -> tuple[int, int, int | None] | None:
    """« 3 novembre », « 1er novembre 2026 », "November 3", "3 Nov 2026" → day, month, year."""
    words = [w for w in words if w not in ("le", "the", "of")]
    year = None
    if len(words) == 3 and re.fullmatch(r"\d{4}", words[2]):
        year = int(words[2])
        words = words[:2]
    if len(words) != 2:
        return None
    for day_word, month_word in (words, words[::-1]):
        number = re.fullmatch(r"(\d{1,2})(?:er|st|nd|rd|th)?", day_word)
        month = month_number(month_word)
        if number and month:
            return int(number.group(1)), month, year
    return None


def _exact(year: int, month: int, day: int, value: str, lang: str | None) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise BadInput("journal.bad_date", value=value.strip()) from None


def spoken_month(
    value: str, today: date, lang: str | None = None, ahead: bool = False
) -> tuple[int, int] | None:
    """A month said in words (« novembre », « le mois dernier ») or as ``11/2026``, else
    ``None``. A month without its year is the last one begun (or, ``ahead``, the next)."""
    text = str(value).strip()
    match = _MONTH_YEAR.fullmatch(text)
    if match:
        month, year = int(match.group(1)), int(match.group(2))
        if not 1 <= month <= 12:
            raise BadInput("journal.no_such_month", value=text)
        return year, month
    words = plain(text).split()
    joined = "".join(words)
    if joined in RELATIVE_MONTHS:
        return shift_month(today.year, today.month, RELATIVE_MONTHS[joined])
    words = [w for w in words if w not in ("le", "mois", "de", "the", "month", "of")]
    if len(words) != 1:
        return None
    month = month_number(words[0])
    if month is None:
        return None
    if ahead:
        return (today.year if month >= today.month else today.year + 1), month
    return (today.year if month <= today.month else today.year - 1), month


def shift_month(year: int, month: int, by: int) -> tuple[int, int]:
    """The month ``by`` months after (before, if negative) ``year``-``month``."""
    index = year * 12 + month - 1 + by
    return index // 12, index % 12 + 1
