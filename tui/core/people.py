"""People named in a text: mentions and the persons they resolve to.

First version: capitalised name sequences of two or more words create persons, single-word
surnames link to them. To be replaced by the full rules (titles, first-name lists, context).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from tui.core.annotation import Person, PersonMention
from tui.core.documents import Block


@dataclass(slots=True)
class PeopleFound:
    people: list[Person] = field(default_factory=list)
    mentions: list[PersonMention] = field(default_factory=list)

    def resolve(self, name: str, start: int, end: int) -> int:
        """The person a name found by attribution refers to, creating one when none fits.

        Records the mention text[start:end] (unless it is already a mention) and returns the
        person's index. `name` is the surface text, titles included (`Foreign Minister X`).
        """
        surname = name.split()[-1]
        person = next((p.id for p in self.people if p.name.split()[-1] == surname), None)
        if person is None:
            person = len(self.people)
            self.people.append(Person(person, name))
        if not any(m.start == start and m.end == end for m in self.mentions):
            self.mentions.append(PersonMention(start, end, person))
            self.mentions.sort(key=lambda m: m.start)
        return person


_NAME = re.compile(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)+\b")


def find_people(text: str, blocks: Sequence[Block]) -> PeopleFound:
    found = PeopleFound()
    by_surname: dict[str, int] = {}
    for match in _NAME.finditer(text):
        name = match.group(0)
        surname = name.split()[-1]
        if surname not in by_surname:
            by_surname[surname] = len(found.people)
            found.people.append(Person(len(found.people), name))
        found.mentions.append(PersonMention(match.start(), match.end(), by_surname[surname]))
    return found
