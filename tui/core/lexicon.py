"""The small closed word lists every finder shares: abbreviations, honorifics, calendar and number
words.

Each list is written once here, so the quote finder, the sentence splitter of attribution and
the capitalised-run scanner agree on what a full stop after `Gen.` means. Vocabulary with a
home of its own stays there: speech verbs and speaker nouns in `speech`, titles in `titles`,
organisation words in `organisations`, first names in `names`.
"""

from __future__ import annotations

from typing import Final

HONORIFIC_ABBREVIATIONS: Final = frozenset(
    "Mr Mrs Ms Dr Prof Rev Hon Messrs Mmes Mme Sen Sens Rep Reps Gov Govs Gen Gens Lt Col Capt "
    "Sgt Maj Adm Cmdr Cpl Pvt Pres Atty Supt Insp Det Fr Msgr Amb Brig Del Coun".split()
)
"""Abbreviated titles that stand before a name (`Gen. Mattis`): their full stop ends no sentence."""

PLACE_ABBREVIATIONS: Final = frozenset("St Mt Ft".split())
"""Abbreviated words that open a place's or saint's name (`St. Louis`, `Mt. Hood`)."""

NUMBER_WORDS: Final = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
"""Numbers news spells out (under ten): a count as a poll gives it (`four in 10 said`), a cricket
score's wickets (`108 for three`)."""

NAME_END_ABBREVIATIONS: Final = frozenset("Jr Sr Co Inc Corp Ltd Bros".split())
"""Abbreviations that close a person's or company's name (`Cal Ripken Jr.`, `Acme Inc.`)."""

STATE_ABBREVIATIONS: Final = frozenset(
    "Calif Fla Mass Conn Ill Penn Ariz Colo Wash Mich Minn Tenn".split()
)
"""US states as newspapers abbreviate them after a town (`Jacksonville, Fla.`); left out are
those that are also words or names (`Miss.`, `Ind.`, `Pa.`), whose full stop is ambiguous."""

MONTH_ABBREVIATIONS: Final = frozenset("Jan Feb Mar Apr Aug Sep Sept Oct Nov Dec".split())
"""Months as datelines abbreviate them (`Dec. 8`)."""

ABBREVIATIONS: Final = frozenset(
    word.lower()
    for word in (
        HONORIFIC_ABBREVIATIONS
        | PLACE_ABBREVIATIONS
        | NAME_END_ABBREVIATIONS
        | MONTH_ABBREVIATIONS
        | {"No", "vs"}
    )
)
"""Lower-case words whose full stop is the abbreviation's, not a sentence end (`Mr. Lee`,
`Dec. 8`, `No. 10`, `Acme Inc. said`)."""


def abbreviated(word: str) -> bool:
    """Whether a full stop after `word` belongs to it: an abbreviation or an initial (`J.`)."""
    return word.lower() in ABBREVIATIONS or (len(word) == 1 and word.isupper())


HONORIFICS: Final = frozenset(
    {word + "." for word in HONORIFIC_ABBREVIATIONS}
    | set(
        "Mr Mrs Ms Dr Mme Miss Sir Dame Lord Lady Herr Frau Sheikh Sheik Lt.-Gen. Maj.-Gen. "
        "Prof Rev Cllr Coun Insp Supt Sgt".split()
    )
)
"""Words that only ever stand before a name, as written (with the full stop, and the British
forms without one: `Mr`, `Prof`, `Cllr`, `Coun`)."""

HONORIFIC_GENDERS: Final = {
    "Mr": "m",
    "Mrs": "f",
    "Ms": "f",
    "Miss": "f",
    "Sir": "m",
    "Dame": "f",
    "Lord": "m",
    "Lady": "f",
    "Herr": "m",
    "Mme": "f",
    "Frau": "f",
}
"""The gender an honorific gives the name after it, as `speech.PRONOUNS` writes it."""

WEEKDAYS: Final = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
MONTHS: Final = frozenset(
    "January February March April May June July August September October November December".split()
)
NAME_MONTHS: Final = frozenset("April May June August".split())
"""Months that are also names (`Theresa May`, `June Carter`)."""
HOLIDAYS: Final = frozenset("Christmas Easter Ramadan Thanksgiving Hanukkah Passover".split())
