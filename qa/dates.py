"""Dates written in a question ("on April 15", "15 April 2021", "in June 2021", "2021-04-16", "on Friday") and
whether a transcript's recorded date (`TranscriptInfo.date`, ISO) is the one asked: a question may name a recording
by the day it was made, which its words never say (docs/retrieval.md, "A date in the question")."""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable
from dataclasses import dataclass

MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december")
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

_MONTH = "|".join(MONTHS)
_WEEKDAY = "|".join(WEEKDAYS)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d\d"
_MONTH_NAMES = "|".join(m.capitalize() for m in MONTHS if m != "may")
_WEEKDAY_NAMES = "|".join(d.capitalize() for d in WEEKDAYS)


def _on_weekday(form: str) -> str:
    return rf"(?:(?P<weekday_{form}>{_WEEKDAY}),?\s+)?"


# the longest form first: at one place, the first alternative that matches is taken
_DATE = re.compile(
    rf"\b(?P<iso>{_YEAR}-[01]\d-[0-3]\d)\b"
    rf"|\b{_on_weekday('a')}(?P<month_a>{_MONTH})\s+(?P<day_a>{_DAY})(?:,?\s+(?P<year_a>{_YEAR}))?\b(?!:|\.\d|\s*%)"
    rf"|\b{_on_weekday('b')}(?:the\s+)?(?P<day_b>{_DAY})\s+(?:of\s+)?(?P<month_b>{_MONTH})(?:,?\s+(?P<year_b>{_YEAR}))?\b"
    rf"|\b(?P<month_c>{_MONTH})\s+(?:of\s+)?(?P<year_c>{_YEAR})\b"
    # a month or a weekday alone, written as a name ("in April"; "may" is a verb, "march" may be)
    rf"|\b(?-i:(?P<month_d>{_MONTH_NAMES}))\b|\b(?-i:(?P<weekday_e>{_WEEKDAY_NAMES}))\b"
    rf"|\b(?P<year_f>{_YEAR})\b(?!-|\s*%)", re.IGNORECASE)


@dataclass(frozen=True)
class DateAsked:
    """A date as a question writes it (`text`), and the parts it gives: a month "April" alone gives only `month`."""

    text: str
    year: int | None
    month: int | None
    day: int | None
    weekday: int | None  # 0 for Monday

    def matches(self, iso: str | None) -> bool:
        """Whether the ISO date `iso` ("2021-04-15") is this date: every part given agrees."""
        try:
            day = datetime.date.fromisoformat((iso or "")[:10])
        except ValueError:
            return False
        return ((self.year is None or self.year == day.year) and (self.month is None or self.month == day.month)
                and (self.day is None or self.day == day.day)
                and (self.weekday is None or self.weekday == day.weekday()))

    @staticmethod
    def valid(iso: str) -> bool:
        """Whether `iso` begins with a date of the calendar ("2021-04-15")."""
        try:
            datetime.date.fromisoformat(iso[:10])
        except ValueError:
            return False
        return True

    def distance(self, iso: str) -> int:
        """How many days the date `iso` lies from this one, the parts not given taken from `iso` (a weekday apart)."""
        day = datetime.date.fromisoformat(iso[:10])
        try:
            asked = datetime.date(self.year or day.year, self.month or day.month, self.day or day.day)
        except ValueError:  # "31 April", or the 31st asked of a shorter month
            asked = datetime.date(self.year or day.year, self.month or day.month, 28)
        return abs((asked - day).days)

    def spoken_forms(self) -> list[tuple[str, ...]]:
        """The words that say this date when they occur together in a passage, each tuple one way of saying it
        ("april", "15") or ("april", "15th"); a year goes with a month only where no day is given (a day is said
        without its year more often than with it)."""
        month = MONTHS[self.month - 1] if self.month else None
        if self.day and month:  # a day of one digit is no term of the lexical index ("2"): the month alone, then
            return ([(month, f"{self.day}{suffix}") for suffix in ("", _ordinal(self.day))] if self.day > 9
                    else [(month,)])
        if month and self.year:
            return [(month, str(self.year))]
        if month:
            return [(month,)]
        if self.year:
            return [(str(self.year),)]
        return [(WEEKDAYS[self.weekday],)] if self.weekday is not None else []

    def spoken_pattern(self) -> re.Pattern:
        """How the words of a passage say this date: "April 15", "April 15th", "15th of April" (any year or none);
        "April 2020", "April of 2020"; the month, year or weekday alone where only that is given."""
        month = MONTHS[self.month - 1] if self.month else None
        if self.day and month:
            day = rf"{self.day}(?:st|nd|rd|th)?"
            said = rf"\b{month}\s+{day}\b|\b{day}\s+(?:of\s+)?{month}\b"
        elif month and self.year:
            said = rf"\b{month},?\s+(?:of\s+)?{self.year}\b"
        else:
            said = rf"\b(?:{month or self.year or WEEKDAYS[self.weekday or 0]})\b"
        return re.compile(said, re.IGNORECASE)

    def in_words(self) -> str:
        """"20 April", "Friday, 9 April 2021", "December 2021", "2019", "Thursday"."""
        parts = [str(self.day)] if self.day else []
        parts += [MONTHS[self.month - 1].capitalize()] if self.month else []
        parts += [str(self.year)] if self.year else []
        said = " ".join(parts)
        weekday = WEEKDAYS[self.weekday].capitalize() if self.weekday is not None else ""
        return f"{weekday}, {said}" if weekday and said else weekday or said


def _ordinal(day: int) -> str:
    return "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def dates_asked(question: str) -> list[DateAsked]:
    """The dates written in `question`, in order: a month with a day and perhaps a year ("April 15", "15th of April
    2021", "Friday, April 16"), a month with a year ("June 2021", "April of 2020"), an ISO date, a month alone written
    as a name (not "May"), a weekday, a year (not one followed by "-" or "%")."""
    found = []
    for m in _DATE.finditer(question):
        g = m.groupdict()
        if g["iso"]:
            try:
                iso = datetime.date.fromisoformat(g["iso"])
            except ValueError:
                continue
            found.append(DateAsked(m.group(), iso.year, iso.month, iso.day, None))
            continue
        month = next((g[k] for k in ("month_a", "month_b", "month_c", "month_d") if g[k]), None)
        day = next((g[k] for k in ("day_a", "day_b") if g[k]), None)
        year = next((g[k] for k in ("year_a", "year_b", "year_c", "year_f") if g[k]), None)
        weekday = g["weekday_a"] or g["weekday_b"] or g["weekday_e"]
        found.append(DateAsked(m.group(), int(year) if year else None,
                               MONTHS.index(month.lower()) + 1 if month else None,
                               int(re.match(r"\d+", day).group()) if day else None,
                               WEEKDAYS.index(weekday.lower()) if weekday else None))
    return found


def dates_in_words(isos: Iterable[str]) -> str:
    """ISO dates as a reader says them, days of one month together: "15 and 16 April 2021, 30 June 2021"."""
    days = sorted({datetime.date.fromisoformat(d[:10]) for d in isos})
    months: dict[tuple[int, int], list[int]] = {}
    for d in days:
        months.setdefault((d.year, d.month), []).append(d.day)
    said = []
    for (year, month), in_month in months.items():
        numbers = [str(n) for n in in_month]
        listed = numbers[0] if len(numbers) == 1 else f"{', '.join(numbers[:-1])} and {numbers[-1]}"
        said.append(f"{listed} {MONTHS[month - 1].capitalize()} {year}")
    return ", ".join(said)
