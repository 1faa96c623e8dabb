"""Places named in a text: countries, cities, regions, territories and geographic features.

A place needs a gazetteer hit and no contrary evidence. Contrary evidence: the words are part of
a person's name (`George Washington`, `Jackson said`), a nationality (`Israeli`), a longer name
the place only qualifies (`New York Post`, `Bank of England`, `Real Madrid`, `Douglas & Co`), or
a team that scores (`Kent 108-3` makes every `Kent` of that text a team). Names that are also
English words (`Reading`, `Nice`, `Mobile`) need support: a preposition of place (`in Reading`),
a country or state after them (`Nice, France`) or a dateline. Places no gazetteer knows are
learned from the same kind of context (`the town of Tavildara`, `KHASAVYURT, Russia`) and then
found wherever the text names them again.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import Final

from tui.core import gazetteer, names
from tui.core.bisection import bisect_after
from tui.core.capitalised import ARTICLES, FUNCTION_WORDS, Run, scan
from tui.core.characters import is_ascii_letter, is_word
from tui.core.documents import Block
from tui.core.lexicon import HONORIFICS, NUMBER_WORDS
from tui.core.model import PersonMention, PlaceMention, Quote
from tui.core.organisations import (
    CLUB_WORDS,
    ORGANISATION_WORDS,
    company_after,
    contained,
    described_as_thing,
    is_body_name,
    is_corporate_suffix,
    is_organisation_word,
    word_before,
)
from tui.core.person_names import (
    AFFILIATIONS,
    STORM_WORDS,
    WORD_AFTER_POSSESSIVE,
    glued,
    is_feature,
    is_river,
    on_island,
    ship_name,
)
from tui.core.terms import in_term
from tui.core.titles import (
    HEADS,
    MEMBER_TITLES,
    MODIFIERS,
    names_a_seat,
    seat_words,
    title_reach,
)

_LOCATIVES: Final = frozenset(
    "in at from to near into across toward towards around through via outside inside throughout "
    "between within over visit visited visiting visits reached leave left leaving entered "
    "outskirts downtown central northern southern eastern western nearby "
    "neighbouring neighboring rural coastal north south east west".split()
)
"""Words before a place name that say it is a place (`in Reading`, `west Mayo`)."""

_PARTY_MEMBERS: Final = frozenset(
    "Democrat Democrats Republican Republicans Conservative Conservatives".split()
)
"""Words after a place that say whose member someone is, not a longer name (`Indiana Democrat`)."""
_SCORE: Final = re.compile(
    r"[ \t]+\d{1,3}(?:-\d{1,3})?(?=[ \t]*(?:$|\n|\(|,|;|\.(?!\d)|[ \t]+[A-Z\d]|[ \t]+and\b))"
)
_RESULT_VERB_WORDS: Final = tuple(
    "defeated beat beats routed edged downed blanked thrashed outscored trounced whipped".split()
)
_RESULT_VERBS: Final = f"(?:{'|'.join(_RESULT_VERB_WORDS)})"
_NOT_A_GAME: Final = (
    r"[ \t]+(?:its|their|approval|backing|support|control|power|the[ \t]+(?:right|bid|race|vote|"
    r"contest|election|argument|case|appeal))\b"
)
"""What a town wins or loses that is no game (`Paris won the bid`, `Leeds lost its appeal`)."""
_LEAGUE_PLACES: Final = (
    r"second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th)"
)
"""A place in a league table (`Aberdeen, who are third,`)."""
_TEAM_VERB_AFTER: Final = (
    rf"[ \t]+(?:(?:all|both)[ \t]+)?{_RESULT_VERBS}\b"
    rf"|[ \t]+(?:(?:has|have|had)[ \t]+)?(?:won|lost|drew|tied)\b(?!{_NOT_A_GAME})"
    r"|[ \t]+(?:all|both)[ \t]+(?:won|lost|drew|tied)\b(?![ \t]+(?!on\b|at\b|away\b)[a-z])"
    r"|[ \t]+and[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?[ \t]+(?:won|lost|drew|tied)[ \t]+"
    r"\d{1,3}-\d{1,3}\b"
    rf"|,[ \t]+who[ \t]+(?:{_RESULT_VERBS}|sacked|appointed"
    rf"|are[ \t]+(?:top|bottom|{_LEAGUE_PLACES})"
    r"|(?:were|was|have[ \t]+been|had[ \t]+been)[ \t]+(?:relegated|promoted))\b"
    r"|['’]s[ \t]+(?:\d{1,2}-\d{1,2}[ \t]+)?(?:(?:home|away)[ \t]+)?"
    r"(?:win|victory|defeat|draw|loss)[ \t]+(?:over|against|at|to|with|by)\b"
    r"|[ \t]+(?:were|was)[ \t]+held[ \t]+to[ \t]+a[ \t]+"
    r"(?:\d{1,2}-\d{1,2}[ \t]+|goalless[ \t]+)?draw\b"
    r"|[ \t]+(?:(?:were|was)[ \t]+)?(?:bowled|batted)\b"
    r"|[ \t]+(?:had[ \t]+)?(?:reached|made|were|are|scored)[ \t]+\d{1,3}[ \t]+for[ \t]+"
    rf"(?:\d|{'|'.join(NUMBER_WORDS)})\b"
    r"|[ \t]+(?:(?:had|have|has)[ \t]+)?(?:closed|declared)[ \t]+on[ \t]+\d{1,3}\b"
)
"""A result (`St Louis defeated Colorado`, `Liverpool, who beat Southampton`, `Preston's 3-0
victory against Blackburn`, `Coventry, who sacked their manager`, `Burnley, who were
relegated`, `Everton and Bournemouth both won 2-1`, `Middlesbrough and West Brom drew 1-1`, not
what both won, `both won government funding`, `Aberdeen were held to a 1-1 draw`), a place in a
table (`Aberdeen, who are third,`) or a cricket score (`Yorkshire bowled out Lancashire`,
`Yorkshire were bowled out`, `Kent had reached 108 for three`, `Kent closed on 320`): a team's,
not a town's."""
_TEAM_VERB_BEFORE: Final = re.compile(rf"\b{_RESULT_VERBS}[ \t]+(the[ \t]+)?$")
_LOWER_WORD_AFTER: Final = re.compile(r"[ \t]+[a-z]")
"""A place that beats or is beaten is a team (`St Louis defeated Colorado`, `beat the Colorado
Rockies`), not one that describes who is beaten (`beat the New York businessman`)."""
_VERSUS: Final = r"[ \t]+vs?\.?[ \t]+[A-Z]"
_VERSUS_BEFORE: Final = re.compile(r"[\w)][ \t]+vs?\.?[ \t]+$", re.IGNORECASE)
_VERSUS_ENDS: Final = ("v", "V", "s", "S", ".")
_SQUAD_AFTER: Final = (
    r"(?:['’]s)?(?:[ \t]+and[ \t]+[A-Z][\w.'’-]*)?[ \t]+(?:striker|forward|midfielder|defender|"
    r"goalkeeper|keeper|winger|fullback|"
    r"full-back|batsman|bowler|pitcher|manager|coach|captain|skipper|boss|fans|supporters|"
    r"seamer|spinner|all-rounder|wicketkeeper|wicket-keeper|paceman|batter|centre-back|"
    r"centre-half|fly-half|scrum-half|flanker|prop|hooker|"
    r"team-mate|teammate|squad|lineup|line-up)\b"
)
_JOINED_BY: Final = frozenset(
    "joined rejoined host hosts hosted hosting entertain entertained entertaining managed coached "
    "captained".split()
)
_SIDE_FACES: Final = re.compile(
    r"(?<![\w'’-])(?!(?:I|We|You|They|He|She|It)\b)[A-Z][\w'’-]*(?:,[ \t]+who)?[ \t]+faces?[ \t]+$"
)
"""A side before `face` (`Villa, who face Liverpool`, `Everton face Leeds`): a town it faces is
the other side; what faces a town otherwise is no club (`the crisis facing London`)."""
_JOINED_BEFORE: Final = {
    "for": frozenset(("signed",)),
    "to": frozenset(("transferred", "lost", "losing", "lose", "loss", "defeat")),
    "by": frozenset(("beaten", "defeated", "thrashed")),
    "with": frozenset(("drew", "draw", "drawing")),
    "over": frozenset(("victory", "winners", "win", "lead")),
    "at": frozenset(("win", "victory", "defeat", "draw", "loss")),
    "against": frozenset(
        "match game tie fixture clash play played playing draw win defeat loss victory innings "
        "final semi-final".split()
    ),
    "of": frozenset(("fans", "supporters")),
}
"""A place in a fixture (`Birmingham v Barnsley`, `the match against Kent`), with its squad
(`Norwich striker`, `the former Leeds and Hull skipper`, `Leeds fans`, `the fans of Hull`),
joined or managed (`joined Newcastle`, `managed Brighton`), hosted (`Brighton host Leicester`,
`before hosting Cardiff`) or beaten (`victory over Gloucester`, `a 4-1 win at Leicester`) is a
club, like one that scores
or wins (`Milwaukee has won 10 of its last 15`, `Liverpool, who beat Southampton`), or one whose
player follows it (`Baltimore's Eddie Murray`). `_JOINED_BEFORE` holds the words before a club's
name by the last of them: `signed for`, `victory over`, `the match against`, `the fans of`."""
_TEAM_AFTER: Final = re.compile(
    "|".join(
        f"(?:{pattern})" for pattern in (_SCORE.pattern, _TEAM_VERB_AFTER, _VERSUS, _SQUAD_AFTER)
    )
    + r"|(?P<player>['’]s[ \t]+)"
    + r"|(?P<plural>[ \t]+(?:were|are|have|host|entertain|face|travel|play|need|sit|lead|trail"
    r"|sacked|appointed)\b)"
)
"""Every shape after a place that makes it a team, in one pattern (each place is tried): one
of its players after its possessive (`Baltimore's Eddie Murray`), or a plural verb, which a
town takes only as its team (`Liverpool were the better side`, `Leeds are top`, `Fulham host
Southampton`, `Ipswich sit 18th`), and a club's sacking or appointing (`Watford sacked their
manager`)."""
_CLAUSE_OPENERS: Final = frozenset(
    "said says but while as when that because after before if though although since until".split()
)
_IN_AT_BEFORE: Final = re.compile(r"\b(?:[Ii]n|[Aa]t|near)[ \t]+$")
"""`In Seattle, …`: where a match is played stays a place where the city's club plays too,
unless a result comes before it (`a 4-1 win at Leicester`: the club beaten at home)."""
_NEAR_AFTER: Final = re.compile(r"[ \t]+(?:near|outside)[ \t]+([A-Z][\w.]*(?: [A-Z]\w*)?)")
_ADJECTIVE_ENDINGS: Final = ("ian", "ish", "ese", "ic", "ern")
"""`Transylvanian town`: a name in -ian before a place noun is an adjective, not the place."""
_ADJECTIVE_LAST_LETTERS: Final = frozenset(ord(ending[-1]) for ending in _ADJECTIVE_ENDINGS)
"""Their last letters, read before the endings are (most names end in none)."""
_LOCAL_AFTER: Final = re.compile(r"[ \t]+(?:police|residents)\b")
"""`Sanford police`, `Flint residents`: a known town's people (a person's name before `police`
stays a person: `the Laquan McDonald police shooting`)."""
_TOWN_BEFORE: Final = re.compile(r"[A-Z][\w.'’-]*,[ \t]*$")
"""`Jupiter, ` before a state's abbreviation (`Jupiter, Fla.`)."""
_PLACE_AFTER: Final = re.compile(r", ([A-Z][\w.]*(?: [A-Z][\w.]*)?)")
_DATELINE_AFTER: Final = re.compile(
    r"(?:,[ \t]*[A-Z][\w.]*(?:[ \t][A-Z][\w.]*)?)?(?:,[ \t]*[A-Z][a-z]{2,4}\.?[ \t]+[0-9]{1,2}\b)?"
    r"[ \t]*(?:\(|[0-9]{4}|[0-9]{1,2}-|-|—|–|$)",
    re.MULTILINE,
)
"""What follows a dateline's place: a country or state, a date (`1996-08-30`, `, Dec. 11`), an
agency in brackets or a dash."""


def find_places(
    text: str,
    blocks: Sequence[Block],
    people: Sequence[PersonMention],
    titles: Sequence[Quote] = (),
    runs: Sequence[Run] | None = None,
) -> list[PlaceMention]:
    """Every place mention, in order; words inside `people` mentions, or inside a quoted title
    (`titles`: `his "Feel the Bern" wave`), are never places. `runs` are the text's capitalised
    runs when the caller has scanned them already (`annotation.annotate`)."""
    person_starts = [m.start for m in people]
    person_ends = [m.end for m in people]  # read as ints at every run, not as attributes
    found = []
    unknown = []
    pending: list[PlaceMention] = []
    k = 0
    all_runs = scan(text) if runs is None else tuple(runs)  # a tuple: indexed natively
    glued_to = -1  # the run a place glued to the run before it ends in
    for index, run in enumerate(all_runs):
        while k < len(person_ends) and person_ends[k] <= run.start:
            k += 1
        if index == glued_to:
            continue
        if (glued(text, run.end) or run.words[-1] == "Co.") and index + 1 < len(all_runs):
            place = _glued_place(text, run, all_runs[index + 1], person_starts, person_ends)
            if place is not None:
                found.append(place)
                glued_to = index + 1
                continue
        if k < len(person_starts) and person_starts[k] < run.end:
            people_at = [_in_person(span, person_starts, person_ends) for span in run.spans]
            in_people = True in people_at  # not `any`: compiled, a generic call
        else:
            people_at = [False] * len(run.spans)
            in_people = False
        in_run = _places_in_run(text, run, people_at, pending)
        found.extend(in_run)
        if not in_run and not in_people:
            unknown.append(run)
    if pending:
        named = {p.name for p in found}
        found.extend(p for p in pending if p.name in named)
    found.extend(_places_by_context(text, unknown))
    found.extend(_rivers(text, unknown))
    found.sort(key=lambda p: p.start)
    if titles:
        found = [p for p in found if not in_term(titles, p.start)]
    teams = _teams(text, found, person_starts)
    if found:
        teams |= _listed_with_clubs(text, all_runs, found)
    first_names = _first_names(text, people)
    universities = "universities" in text or "colleges" in text  # read once, not at each place
    kept = []
    for p in found:
        after = gazetteer.lower_word_after(text, p.end)  # the patterns below open with one of
        if (
            (
                p.name not in teams
                or _is_dateline(text, p.start, p.end)
                or (
                    _IN_AT_BEFORE.search(text, max(0, p.start - 6), p.start)
                    and not _joined_before(text, p.start)
                )
            )
            and not (after in _PLURAL_VERBS and _national_team(text, p, found))
            and not _band(text, p)
            and not _duo(text, p)
            and not (after in _DISH_WORDS and _DISH_AFTER.match(text, p.end))
            and not (universities and _UNIVERSITIES_AFTER.match(text, p.end))
            and not (after in _SPEAKS_WORDS and _town_speaks(text, p))
            and not _someones_first_name(text, p, first_names)
        ):
            kept.append(p)
    return kept if text.isascii() else _accented(text, kept)


def _glued_place(
    text: str, run: Run, following: Run, person_starts: list[int], person_ends: list[int]
) -> PlaceMention | None:
    """A place whose name the run scanner cut in two: at a possessive (`King's Lynn`, `St
    John's Wood`) or after `Co.` (`Co. Tipperary`); its words are no one's."""
    if following.start - run.end > 3 or following.caps or run.caps:
        return None
    for start in dict.fromkeys((run.start, run.spans[-1][0])):
        for m in range(min(2, len(following.words)), 0, -1):
            end = following.spans[m - 1][1]
            place = gazetteer.lookup(text[start:end])
            if (
                place is not None
                and place.kind != "demonym"
                and not _in_person((start, end), person_starts, person_ends)
            ):
                return PlaceMention(start, end, place.name)
    return None


_BAND_AFTER: Final = re.compile(r" (?:and|&) the ([A-Z][\w'’-]*)(?![\w'’-]|[ \t]+(?:[A-Z]|of\b))")


def _band(text: str, place: PlaceMention) -> bool:
    """A town before `and the` and one capitalised noun that is no place nor body names a band
    (`Florence and the Machine`, `Catfish and the Bottlemen`), unless a word of place stands
    before it (`in Florence and the Uffizi`) or it is a country (`Britain and the
    Commonwealth`)."""
    if not (
        gazetteer.starts_at(text, place.end, " and the ")
        or gazetteer.starts_at(text, place.end, " & the ")
    ):
        return False
    band = _BAND_AFTER.match(text, place.end)
    if band is None:
        return False
    word = band.group(1)
    entry = gazetteer.lookup(place.name)
    return (
        entry is not None
        and entry.kind in ("city", "region")
        and gazetteer.lookup(word) is None
        and not is_organisation_word(word)
        and word not in gazetteer.DIRECTIONS
        and word not in HEADS
        and not gazetteer.ends_at(text, place.start, " of ")
        and not _locative_before(text, place.start)
    )


_DISH_AFTER: Final = re.compile(
    r"[ \t]+(?:pork[ \t]+)?(?:puddings?|cakes?|pies?|tarts?|cheeses?|sausages?|pasty|pasties"
    r"|buns?|biscuits?|fudge|toffee|rarebit|scones?|teacakes?|oatcakes?|stew|hotpot)\b"
)
"""A dish named after a place (`Yorkshire puddings`, `a Melton Mowbray pork pie`, `Dundee cake`):
no mention of the place."""
_DISH_WORDS: Final = frozenset(
    "pork pudding puddings cake cakes pie pies tart tarts cheese cheeses sausage sausages pasty "
    "pasties bun buns biscuit biscuits fudge toffee rarebit scone scones teacake teacakes oatcake "
    "oatcakes stew hotpot".split()
)
"""The words `_DISH_AFTER` may open with after its blanks: only after one is it run."""


_UNIVERSITIES_AFTER: Final = re.compile(
    r"(?:(?:,|,?[ \t]+and|[ \t]+&)[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?)*[ \t]+"
    r"(?:universities|colleges)\b"
)
"""`Oxford and Cambridge universities`, `Durham, York and Leeds universities`: towns listed before
a plural university name the universities (each one's `Oxford University`), not the towns."""
_AND_NAME_AFTER: Final = re.compile(r" (?:and|&) ([A-Z][\w'’-]*)(?![\w'’-]|[ \t]+[A-Z])")


def _duo(text: str, place: PlaceMention) -> bool:
    """A town that is a first name too, before `and` and a first name that is no place, word nor
    common surname, names a duo (`Chas and Dave`), unless a word of place stands before it; a big
    place stays one (`Paris and Nicole`)."""
    if not (
        gazetteer.starts_at(text, place.end, " and ") or gazetteer.starts_at(text, place.end, " & ")
    ):
        return False
    partner = _AND_NAME_AFTER.match(text, place.end)
    if partner is None:
        return False
    kinds = names.kinds(partner.group(1))
    if "f" not in kinds or "w" in kinds or "L" in kinds:
        return False
    entry = gazetteer.lookup(place.name)
    return (
        entry is not None
        and entry.person_name
        and not entry.major
        and gazetteer.lookup(partner.group(1)) is None
        and not _locative_before(text, place.start)
    )


def _first_names(text: str, people: Sequence[PersonMention]) -> set[str]:
    """The first names of the people named by a first name and one surname that is no English
    word (`Tyler Ashworth`; not `Cleveland Browns`, `Orlando Mayor Buddy Dyer`, which a person's
    mention may wrongly hold)."""
    found = set()
    for person in people:
        words = text[person.start : person.end].split()
        if len(words) == 2 and "w" not in names.kinds(words[1]):
            found.add(words[0])
    return found


def _someones_first_name(text: str, place: PlaceMention, first_names: set[str]) -> bool:
    """A town's one-word name that is the first name of someone the article names in full
    (`Tyler Ashworth … Tyler, a former pupil`: `first_names`) is that person, not the town,
    unless a word of place stands before it (`in Tyler`) or a state or a country after it
    (`Tyler, Texas`); a big place stays one (`Jordan`, `Victoria`)."""
    name = text[place.start : place.end]
    if name not in first_names or not names.is_first_name(name):
        return False
    entry = gazetteer.lookup(name)
    if entry is None or entry.major:
        return False
    return not (_locative_before(text, place.start) or _country_after(text, place.end))


def _accented(text: str, found: list[PlaceMention]) -> list[PlaceMention]:
    """Each place named as the text writes it, accents and all (`Trois-Rivières`, which the
    gazetteer keys as `Trois-Rivieres`), for every mention of it in the text."""
    written: dict[str, str] = {}
    for p in found:
        surface = text[p.start : p.end]
        if not surface.isascii() and gazetteer.fold(surface) == p.name:
            written.setdefault(p.name, surface)
    if not written:
        return found
    return [PlaceMention(p.start, p.end, written.get(p.name, p.name)) for p in found]


_PLURAL_VERB_AFTER: Final = re.compile(r"[ \t]+(?:are|were|have)\b(?![ \t]+to\b)")
_PLURAL_VERBS: Final = frozenset(("are", "were", "have"))
"""The words `_PLURAL_VERB_AFTER` opens with: only after one is `_national_team` asked."""
_PARTNER_BEFORE: Final = re.compile(r"([A-Z][\w'’-]*(?:[ \t][A-Z][\w'’-]*)*)[ \t]+and[ \t]+$")


_CLAUSE_END_MARKS: Final = ".!?:;\"”’'"
"""What a clause ends with right before a name that heads the next one: a full stop, a colon, a
closing quotation mark (straight single ones too: `…football.' West Ham host Fulham`)."""


def _national_team(text: str, place: PlaceMention, found: list[PlaceMention]) -> bool:
    """A country that takes a plural verb at the head of its clause is its team, as British
    news writes it (`England were outplayed`, `Chelsea and England have both asked`, `…, and
    Wales have lost`; `If Germany were to`, `if Iran were a stock` are countries). Only this
    mention: the country is a place elsewhere, as its team is named after it."""
    if not _PLURAL_VERB_AFTER.match(text, place.end):
        return False
    entry = gazetteer.lookup(place.name)
    if entry is None or entry.kind != "country":
        return False
    start = place.start
    partner = _PARTNER_BEFORE.search(text, max(0, start - 40), start)
    if partner is not None:
        other = gazetteer.lookup(partner.group(1))
        if (other is not None and other.kind == "demonym") or any(
            p.start == partner.start(1) for p in found
        ):
            return False
        start = partner.start(1)
    before = text[max(0, start - 12) : start].rstrip()
    if not before or before[-1] in _CLAUSE_END_MARKS:
        return True
    word = word_before(text, start, 12)
    return (word in _CLAUSE_OPENERS and word != "if") or (
        before.endswith(", and") and not _listed_place_before(text, start)
    )


_LISTED_BEFORE: Final = re.compile(r"([A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*)?),[ \t]+and[ \t]+$")


def _listed_place_before(text: str, start: int) -> bool:
    """A place before `, and` lists the country with it (`China, Japan, and South Korea are`): no
    new clause."""
    listed = _LISTED_BEFORE.search(text, max(0, start - 40), start)
    return listed is not None and gazetteer.lookup(listed.group(1)) is not None


_SAYS: Final = r"[ \t]+(?:said|says|told|tells|added|announced|has[ \t]+announced)\b"
_SAYS_AFTER: Final = re.compile(_SAYS)
"""A sentence's first word before a place is no part of its name (`Perhaps Russia will`,
`Neighbouring Syria`), unless the two speak (`Reform UK said`): a body's name."""
_SPEAKS_AFTER: Final = re.compile(
    _SAYS + r"|[ \t]+(?:is[ \t]+)?to[ \t]+(?:close|cut|shut|axe|open)\b"
)
_SPEAKS_WORDS: Final = frozenset("said says told tells added announced has is to".split())
"""The words `_SPEAKS_AFTER` opens with: only after one is `_town_speaks` asked."""


def _town_speaks(text: str, place: PlaceMention) -> bool:
    """A town that speaks or closes branches at the head of its clause is a body named after it
    (`Halifax said`, `Halifax to close 40 branches`: the bank; `Leeds said`: the club or the
    council), not the place; capitals and big cities speak for their governments (`Moscow
    said`), which news counts as the place."""
    if not _SPEAKS_AFTER.match(text, place.end) or not _town_as_subject(text, place):
        return False
    entry = gazetteer.lookup(place.name)
    return entry is not None and not entry.major


def _places_by_context(text: str, candidates: list[Run]) -> list[PlaceMention]:
    """Places no gazetteer knows, found by what surrounds them (`the town of Tavildara`,
    `Michoacan, Mexico`, `Batajnica airport`) or by a feature word (`Platte River`, not `Ransom
    Creek, a wine`), and then wherever else the document names them."""
    learned: set[str] = set()
    for run in candidates:
        if learned and text[run.start : run.end] in learned:
            continue  # no string made while none is learned, nearly always
        if (
            _is_home(text, run)
            or (
                _is_named_feature(run)
                and not described_as_thing(text, run.end)
                and not contained(text, run.start)
            )
            or (
                _could_be_a_place(text, run)
                and _said_to_be_a_place(text, run.start, run.end, strict=True)
            )
        ):
            surface = text[run.start : run.end]
            learned.add(surface.title() if surface.isupper() else surface)
    if not learned:
        return []
    return [
        PlaceMention(run.start, run.end, gazetteer.fold(name))
        for run in candidates
        if (
            name := text[run.start : run.end].title()
            if text[run.start : run.end].isupper()
            else text[run.start : run.end]
        )
        in learned
    ]


def _is_home(text: str, run: Run) -> bool:
    """The home after a person's name and age (`Ann Lee, 84, from Tunbridge Wells`), or after a
    name and set in a place (`Jo Hill, from South Warnborough in Hampshire`): a place of a few
    words, no body's (`Tom Hart, from Birnberg Peirce,` may name a firm)."""
    if (
        not gazetteer.home_before(text, run.start)
        or run.caps
        or len(run.words) > 4
        or any(is_organisation_word(w) for w in run.words)
    ):
        return False
    if gazetteer.home_before(text, run.start, aged=True):
        return True
    within = _WITHIN_AFTER.match(text, run.end)
    return within is not None and _named_place(within.group(1)) is not None


_WITHIN_AFTER: Final = re.compile(r"(?:,|[ \t]+in)[ \t]+([A-Z][\w.]*(?: [A-Z][\w.]*)?)")
"""`South Warnborough in Hampshire`, `Cricklade, Wiltshire`: a place within a known one."""


def _rivers(text: str, candidates: list[Run]) -> list[PlaceMention]:
    """Rivers no gazetteer knows, named as British news names them (`the River Wye`)."""
    out = []
    for run in candidates:
        k = 1 if run.words[0] in ("The", "the") else 0
        if len(run.words) > k + 1 and is_river(text, run.words[k:], run.spans[k][0]):
            out.append(PlaceMention(run.spans[k][0], run.end, " ".join(run.words[k:])))
    return out


def _is_named_feature(run: Run) -> bool:
    """A feature word and a name, outside headlines, with no organisation in it (`Lake Erie`, not
    `Port Authority`)."""
    return (
        not run.caps
        and 1 < len(run.words) <= 3
        and is_feature(run.words)
        and not any(is_organisation_word(w) for w in run.words)
    )


def _could_be_a_place(text: str, run: Run) -> bool:
    """A name no gazetteer knows, not an English word, an adjective (`Transylvanian`) or, outside
    capitals lines and datelines, an acronym (`CNN`)."""
    last = run.words[-1]
    if len(run.words) > 3 or (
        ord(last[-1]) in _ADJECTIVE_LAST_LETTERS and last.endswith(_ADJECTIVE_ENDINGS)
    ):
        return False
    for w in run.words:
        if (
            names.is_english_word(w)
            or gazetteer.lookup(w) is not None
            or (gazetteer.is_upper(w) and not (run.caps or _is_dateline(text, run.start, run.end)))
        ):
            return False
    return True


def _named_place(words: str) -> gazetteer.Place | None:
    """The place a few words after a comma or `near` name, a sentence's full stop aside."""
    return gazetteer.lookup(words) or gazetteer.lookup(words.rstrip("."))


def _country_after(text: str, end: int) -> bool:
    after = _PLACE_AFTER.match(text, end) if gazetteer.starts_at(text, end, ", ") else None
    other = _named_place(after.group(1)) if after else None
    return other is not None and other.kind in ("country", "state", "region") and not other.small


def _locative_before(text: str, start: int) -> bool:
    if _previous_word(text, start).lower() in _LOCATIVES:
        return True
    if not (gazetteer.ends_at(text, start, " and ") or gazetteer.ends_at(text, start, " or ")):
        return False
    listed = _LISTED_AFTER.search(text, max(0, start - 60), start)
    return listed is not None and listed.group(1).lower() in _LOCATIVES


def _previous_word(text: str, start: int) -> str:
    """The ASCII letters that end the text before `start` but for spaces and tabs, within 20
    characters of it (what `([A-Za-z]+)[ \t]*$` captures searched for there): read back by hand,
    at every place, where the search tried each of the 20 characters."""
    lo = max(0, start - 20)
    end = gazetteer.blanks_before(text, gazetteer.pattern_end(text, start))
    at = end
    while at > lo and is_ascii_letter(ord(text[at - 1])):
        at -= 1
    return text[at:end] if end > lo else ""


_LISTED_AFTER: Final = re.compile(
    r"\b([A-Za-z]+)[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?"
    r"(?:,[ \t]*[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?)*,?[ \t]+(?:and|or)[ \t]+$"
)
"""`in Hull and Barking`, `between Poole and Weymouth`: the last of a list of names after a
word of place shares it."""


def _teams(text: str, found: list[PlaceMention], person_starts: list[int]) -> set[str]:
    """Places that stand for sports teams in this document: they score (`Kent 108-3`,
    `CHICAGO 65 66`), win and lose (`St Louis defeated Colorado`), meet in a fixture, have a squad
    or sign players. Countries stay places, as their national teams are named after them."""
    teams = set()
    for place in found:
        if place.name in teams:
            continue
        if (
            _team_after(text, place, person_starts)
            or _beaten(text, place)
            or (
                gazetteer.word_ends_before(text, place.start, _VERSUS_ENDS)
                and _VERSUS_BEFORE.search(text, max(0, place.start - 6), place.start)
            )
            or _joined_before(text, place.start)
        ) and not _is_dateline(text, place.start, place.end):
            entry = gazetteer.lookup(place.name)
            if entry is None or entry.kind not in ("country", "continent"):
                teams.add(place.name)
    return teams


_CLUB_ENDS: Final = frozenset(
    "United City Rovers Wanderers Athletic Albion Villa Hotspur Argyle Rangers Wednesday Orient "
    "Alexandra Harriers Thistle Academicals FC".split()
)
"""Words that end a club's name after its town (`Leicester City`, `Aston Villa`, `Texas
Rangers`) where the whole is no place (`Mexico City`)."""
_LIST_GAPS: Final = frozenset((", ", " and ", ", and "))


def _is_club(text: str, run: Run) -> bool:
    words = run.words
    return (
        len(words) > 1
        and words[-1] in _CLUB_ENDS
        and not run.caps
        and gazetteer.lookup(" ".join(words[:-1])) is not None
        and gazetteer.lookup(text[run.start : run.end]) is None
    )


def _listed_with_clubs(text: str, runs: tuple[Run, ...], found: list[PlaceMention]) -> set[str]:
    """Places listed with a club are clubs (`Aston Villa, West Ham, Tottenham and Crystal Palace
    voted`): the names of the places in a list of names, joined by commas and `and`, that holds a
    town and a club's word (`_CLUB_ENDS`)."""
    starts = {p.start: p.name for p in found}
    listed: set[str] = set()
    first = 0  # the list so far: runs[first:index], by index (no list made a run)
    for index in range(1, len(runs) + 1):
        if index < len(runs):
            run, last = runs[index], runs[index - 1]
            if run.start - last.end <= 5 and text[last.end : run.start] in _LIST_GAPS:
                continue
        if index - first > 1 and any(_is_club(text, r) for r in runs[first:index]):
            listed.update(starts[r.start] for r in runs[first:index] if r.start in starts)
        first = index
    return listed


def _beaten(text: str, place: PlaceMention) -> bool:
    """A place that is beaten is a team (`beat Colorado`, `beat the Colorado Rockies`), not one
    that describes who is (`beat the New York businessman`)."""
    if not _after_result_verb(text, place.start):
        return False
    beaten = _TEAM_VERB_BEFORE.search(text, max(0, place.start - 20), place.start)
    return beaten is not None and not (beaten.group(1) and _LOWER_WORD_AFTER.match(text, place.end))


def _after_result_verb(text: str, start: int) -> bool:
    """Whether a result verb, then `the` perhaps, stand before `start` (`_TEAM_VERB_BEFORE` may
    match only then): read first, as most places have neither (`the UK`: no verb before)."""
    if gazetteer.word_ends_before(text, start, _RESULT_VERB_WORDS):
        return True
    if not gazetteer.word_ends_before(text, start, ("the",)):
        return False
    the = gazetteer.blanks_before(text, gazetteer.pattern_end(text, start)) - 3
    return gazetteer.word_ends_before(text, the, _RESULT_VERB_WORDS)


def _team_after(text: str, place: PlaceMention, person_starts: list[int]) -> bool:
    """What follows a place makes it a team: a score, a result, a fixture, its squad, one of
    its players after its possessive, a plural verb after a town heading its clause."""
    pattern = _team_after_pattern(text, place.end)
    if pattern is None:
        return False
    after = pattern.match(text, place.end)
    if after is None:
        return False
    if after.lastgroup == "player":
        at = bisect.bisect_left(person_starts, after.end())
        return at < len(person_starts) and person_starts[at] == after.end()
    return after.lastgroup != "plural" or _town_as_subject(text, place)


_BLANKS: Final = frozenset(" \t")
_TEAM_WORDS: Final = frozenset(
    "all both defeated beat beats routed edged downed blanked thrashed outscored trounced whipped "
    "has have had won lost drew tied were was bowled batted reached made are scored closed "
    "declared v vs striker forward midfielder defender goalkeeper keeper winger fullback full "
    "batsman bowler pitcher manager coach captain skipper boss fans supporters seamer spinner "
    "wicketkeeper wicket paceman batter centre fly scrum flanker prop hooker team teammate squad "
    "lineup line host entertain face travel play need sit lead trail sacked appointed".split()
)
"""The lower-case words `_TEAM_AFTER` opens with after its blanks (their letters up to a hyphen:
`full` of `full-back`), where it opens with no comma, possessive or figure; `and` too, before a
capital (`Leeds and Hull drew 1-1`)."""


def _team_after_pattern(text: str, end: int) -> re.Pattern[str] | None:
    """The pattern that may match at `end`: `_TEAM_AFTER`, read from a character or a word,
    or, before a figure, its first shape, `_SCORE` (`Kent 108`), the only one that opens with
    one; None when none may. Each shape opens with a comma, a possessive or blanks before one of
    `_TEAM_WORDS` or a number (`Leeds were`), where after most places a capital, a stop or
    another word stands (`London Mayor`, `in London.`, `London is`); the pattern, long, is then
    not run."""
    mark = ord(text[end]) if end < len(text) else 0
    if mark == 44:  # `,`: only before `who` (`Liverpool, who beat Southampton`)
        at = gazetteer.blanks_after(text, end + 1)
        return _TEAM_AFTER if at > end + 1 and text[at : at + 3] == "who" else None
    if mark == 39 or mark == 0x2019:  # `'`, `’`: only as a possessive before blanks
        possessive = text[end + 1 : end + 2] == "s" and text[end + 2 : end + 3] in _BLANKS
        return _TEAM_AFTER if possessive else None
    at = gazetteer.blanks_after(text, end)
    if at == end or at == len(text):
        return None
    code = ord(text[at])
    if 48 <= code <= 57 or (code > 127 and text[at].isdecimal()):
        return _SCORE
    word_end = gazetteer.lower_word_end(text, at)
    word = text[at:word_end]
    if word == "and":
        capital = gazetteer.blanks_after(text, word_end)
        return (
            _TEAM_AFTER
            if word_end < capital < len(text) and 65 <= ord(text[capital]) <= 90
            else None
        )
    return _TEAM_AFTER if word in _TEAM_WORDS else None


def _town_as_subject(text: str, place: PlaceMention) -> bool:
    """A town (no country or region) alone at the head of its clause: at a sentence start or
    after `said`, `but`, … (`Liverpool were the better side`), not inside a phrase (`people in
    Leeds are angry`, `troops besieging Turin were`) nor one of two (`Leeds and Hull are`)."""
    entry = gazetteer.lookup(place.name)
    if entry is None or entry.kind != "city":
        return False
    before = text[max(0, place.start - 12) : place.start]
    if "\n" in before[len(before.rstrip()) :]:
        return True  # a paragraph's first word
    before = before.rstrip()
    return (
        not before
        or before[-1] in _CLAUSE_END_MARKS
        or word_before(text, place.start, 12) in _CLAUSE_OPENERS
    )


def _joined_before(text: str, start: int) -> bool:
    """Whether a club's name follows (`joined Newcastle`, `the match against Kent`)."""
    space = text[start - 1 : start]
    if space != " " and not space.isspace():  # a space, nearly always: no method called
        return False
    # the last two words of the 30 characters before (`text[lo:start].split()[-2:]`), by hand
    lo = max(0, start - 30)
    at, end = gazetteer.word_start_before(text, start, lo)
    if at == end:
        return False
    last = text[at:end]
    if last in _JOINED_BY:
        return True
    if last in ("face", "faces"):
        return _SIDE_FACES.search(text, max(0, start - 40), start) is not None
    at, end = gazetteer.word_start_before(text, at, lo)
    previous = text[at:end]  # empty when the window holds one word
    second = _JOINED_BEFORE.get(last)
    return (
        (second is not None and previous != "" and previous in second)
        # `lost 2-0 at home to Hull`, not `moved home`
        or gazetteer.ends_at(text, start, " at home to ")
        or (last == "at" and previous != "" and _RESULT.fullmatch(previous) is not None)
    )


_RESULT: Final = re.compile(r"\d{1,3}-\d{1,3},?")
"""`2-0 at Tottenham`: a result at a club's ground."""


def _is_dateline(text: str, start: int, end: int) -> bool:
    """The place opens its line and a date, `(Reuters)` or a dash follows (`LONDON 1996-08-30`)."""
    return (start == 0 or text[start - 1] == "\n") and _DATELINE_AFTER.match(text, end) is not None


def _places_in_run(
    text: str, run: Run, people_at: list[bool], pending: list[PlaceMention]
) -> list[PlaceMention]:
    """The gazetteer's places in a run; `people_at[i]` says word i is part of a person's name.
    A lone full stop after an abbreviation (`Fla.`) is left out unless a comma follows, as it
    may end the sentence too. Places that need context and lack it here go to `pending`: they
    count when the document names them elsewhere with context
    (`from Urus-Martan. Urus-Martan is ...`), unless they are also a person's name
    (`in Clinton, Iowa` says nothing of the next `Clinton`) or a small town's that is an
    English word (`in Mold` says nothing of `Mold spores`)."""
    words, spans, joins = run.words, run.spans, run.joins
    n = len(words)
    if ship_name(words):
        return []
    if n > 1:  # a seat and a member's title or a name: no one-word run
        seat = _seat_after_member(text, run) or (_seat_before_member(run) if n > 2 else 0)
        if seat:
            end = spans[seat - 1][1]
            return [PlaceMention(run.start, end, gazetteer.fold(text[run.start : end]))]
    reach: int | None = None  # the run's title_reach, read once a place is found
    out = []
    i = 0
    if run.start > 0 and ord(text[run.start - 1]) == 45:  # `-`
        i = 1  # `ex-England captain`: a place glued to its prefix names no place, but a team
    while i < n:
        most = 0 if people_at[i] else gazetteer.words_from(words[i])
        if not most:
            i += 1
            continue
        j, place = _longest(text, run, i, i + most, people_at)
        if place is None:
            i += 1
            continue
        if reach is None:
            reach = title_reach(words, joins) if not run.caps else -1
        if place.kind != "demonym" and _stands_alone(text, run, i, j, people_at, reach, place):
            start = spans[i][0]
            if (
                i > 0
                and joins[i - 1] == " "
                and words[i - 1] in gazetteer.DIRECTIONS
                and not people_at[i - 1]
            ):
                start = spans[i - 1][0]
            end = spans[j - 1][1]
            if (
                text[end - 1] == "."
                and text.count(".", spans[i][0], end) == 1
                and text[end : end + 1] != ","
            ):
                end -= 1
            mention = PlaceMention(start, end, place.name)
            if _has_context(text, run, i, j, place, people_at):
                out.append(mention)
            elif not place.person_name and not _word_town(place):
                pending.append(mention)
        i = j
    return out


def _seat_after_member(text: str, run: Run) -> int:
    """How many words open the run with a seat after a member's `for` (`the MP for York
    Central`, `MPP for Ottawa South John Fraser`): up to four, no body's; 0 when there is none."""
    words = run.words
    if (
        not 1 < len(words) <= 6
        or not names_a_seat(text, run.start)
        or any(is_organisation_word(w) for w in words)
    ):
        return 0
    seat = seat_words(words)
    return seat if seat <= 4 else 0


def _seat_before_member(run: Run) -> int:
    """How many words open the run with a seat before a member's initials (`Norwich South MP
    Clive Lewis`, `Liverpool Walton MP`, `Wigan MP`): a place the gazetteer knows, then names or
    points of the compass, no party (`Leeds Labour MP`, `Glasgow SNP MP`); 0 when there is none."""
    words = run.words
    if run.caps or len(words) < 3:
        return 0
    for k in range(1, min(len(words) - 1, 4)):
        if words[k] in MEMBER_TITLES:
            place = gazetteer.lookup(words[0])
            if (
                place is None
                or place.kind == "demonym"
                or any(run.joins[i] != " " for i in range(k))
                or any(
                    (names.is_english_word(w) and w not in gazetteer.DIRECTIONS)
                    or w in AFFILIATIONS
                    or gazetteer.is_upper(w)
                    for w in words[1:k]
                )
            ):
                return 0
            return k
    return 0


def _longest(
    text: str, run: Run, i: int, upto: int, people_at: list[bool]
) -> tuple[int, gazetteer.Place | None]:
    """The longest place in words i to j, j at most `upto` (i and the most words a name that
    opens with words[i] can have), and j; i + 1 and None when there is none."""
    spans = run.spans
    for j in range(min(len(spans), upto), i, -1):
        if people_at[j - 1]:
            continue
        surface = run.words[i] if j == i + 1 else text[spans[i][0] : spans[j - 1][1]]
        place = gazetteer.lookup(surface)
        if place is None and (run.caps or (gazetteer.is_upper(surface) and len(surface) > 3)):
            place = gazetteer.lookup(surface.title())
            if (
                place is not None
                and not run.caps
                and not place.major
                and not _is_dateline(text, spans[i][0], spans[j - 1][1])
            ):
                place = None
        if place is not None:
            return j, place
    return i + 1, None


def _stands_alone(
    text: str,
    run: Run,
    i: int,
    j: int,
    people_at: list[bool],
    reach: int,
    place: gazetteer.Place,
) -> bool:
    """Words[i:j] (`place`) are not part of a longer name (`Washington Post`, `Bank of England`);
    `reach` is the run's `title_reach`."""
    words = run.words
    if (j == len(words) and _body_and_after(text, run.end)) or is_body_name(
        text[run.start : run.end]
    ):
        return False
    if company_after(text, run.spans[j - 1][1]) or (
        j == len(words)
        and text[run.spans[j - 1][1] : run.spans[j - 1][1] + 1] == ","
        and described_as_thing(text, run.spans[j - 1][1])
        and not _IN_AT_BEFORE.search(text, max(0, run.spans[i][0] - 6), run.spans[i][0])
    ):
        return False
    if run.caps:
        if j < len(words) and words[j].title() in ORGANISATION_WORDS:
            return False
    else:
        if j < len(words) and not people_at[j] and _qualifies(text, run, j, reach, place):
            return False
        if i > 0 and not people_at[i - 1] and _is_qualified(text, run, i):
            return False
        if i == 0 and (
            contained(text, run.start)
            or _named_thing(text, run, j)
            or _body_of_and_before(text, run.start)
        ):
            return False
        if (
            i == 0
            and gazetteer.ends_at(text, run.start, " for ")
            and (body := _BODY_FOR_BEFORE.search(text, max(0, run.start - 40), run.start))
        ):
            word = body.group(1)
            return word in HEADS or word in FUNCTION_WORDS or gazetteer.lookup(word) is not None
    return True


_PLACE_LIKE_BODIES: Final = frozenset(
    "Day Town City County Airport Station Street Road Avenue Square Park Stadium Arena Centre "
    "Center Hotel Pier Tower Towers Palace Gallery Library Cathedral Mosque Temple Church Museum "
    "Building Exchange".split()
)
"""Organisation words that end the name of somewhere one goes (`between Albany and New York
City`, `flights between Belfast and Heathrow Airport`): the place before `and` stays one."""
_AND_BODY_AFTER: Final = re.compile(
    r" and (?:[A-Z][\w'’-]*[ \t]+){1,3}("
    + "|".join(sorted(ORGANISATION_WORDS - _PLACE_LIKE_BODIES, key=len, reverse=True))
    + r")\b"
)


_BODY_WORDS: Final = frozenset(w for w in ORGANISATION_WORDS if w.isalpha())
_NAMED_OF_AND: Final = re.compile(r"(?:the )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)? and $")
"""What follows a body's `of` before a place (`the Green Party of England and `)."""


def _body_of_and_before(text: str, start: int) -> bool:
    """`the Green Party of England and Wales`, `the Law Society of England and Wales`: a place
    after `and` that completes a body's `of` is part of its name."""
    if not gazetteer.ends_at(text, start, " and "):
        return False
    lo = max(0, start - 60)
    # the last `of`: no other follows it in `_NAMED_OF_AND`; the body's word is the whole word
    # before it (read back by hand, not a search for each body's word at every character)
    of = text.rfind(" of ", lo, start)
    if of < 0:
        return False
    body = of
    while body > 0 and is_word(text, body - 1):
        body -= 1
    return (
        body >= lo
        and text[body:of] in _BODY_WORDS
        and _NAMED_OF_AND.match(text, of + 4, start) is not None
    )


def _body_and_after(text: str, end: int) -> bool:
    """`Devon and Cornwall Police`, `the Norfolk and Norwich University Hospital`: a place joined
    by `and` to the rest of a body's name is part of that name."""
    return gazetteer.starts_at(text, end, " and ") and _AND_BODY_AFTER.match(text, end) is not None


def _named_thing(text: str, run: Run, j: int) -> bool:
    """`a Bordeaux and a Rioja`, `orders a Manhattan.`: a place after `a` that ends its noun
    phrase is a thing named after it (a wine, a drink), not the place (`a Britain that works`,
    `a London bus` are the place)."""
    return (
        j == len(run.words)
        and gazetteer.word_ends_before(text, run.start, _A_ENDS)
        and _A_BEFORE.search(text, max(0, run.start - 4), run.start) is not None
        and _PHRASE_END.match(text, run.end) is not None
    )


_A_BEFORE: Final = re.compile(r"\b[Aa]n?[ \t]+$")
_A_ENDS: Final = ("a", "A", "an", "An")
"""The words `_A_BEFORE` matches, read first (not `in`, `on`: most words before a place)."""
_PHRASE_END: Final = re.compile(r"[ \t]*(?:[.;:!?)]|and\b|or\b|$)")


_BODY_FOR_BEFORE: Final = re.compile(r"[A-Za-z][\w'’-]*[ \t]+([A-Z][\w'’-]*)[ \t]+for[ \t]+$")
"""`Transport for London`, `Alternative for Germany`: a capitalised word and `for` before a
place, inside a sentence, make a body's name, unless the word is a title's head (`Minister for
Europe`) or a place (`left the UK for Germany`)."""


def _has_context(
    text: str, run: Run, i: int, j: int, place: gazetteer.Place, people_at: list[bool]
) -> bool:
    """A place that is also an English word, or a small town's one-word name, needs context to
    count (`in Gallup`, `Ana Ruiz of Gallup`, `Tom Hart, of Castlebar,`, `the Duke of Sussex`, a
    dateline); others need none."""
    if place.major or not (place.word or (place.small and j - i == 1)):
        return True
    if i > 1 or (i == 1 and run.words[0] not in FUNCTION_WORDS):  # `In Sale, ...` reads on
        return run.joins[i - 1] == " of " and (
            people_at[i - 1] or run.words[i - 1] in HEADS or _introduced(run, i)
        )
    start, end = run.spans[i][0], run.spans[j - 1][1]
    dateline = _is_dateline(text, start, end) and not gazetteer.starts_at(text, end, " (")
    after_town = (
        place.kind == "state" and _TOWN_BEFORE.search(text, max(0, start - 40), start) is not None
    ) or (
        place.kind == "region"
        and gazetteer.PLACED_TOWN_BEFORE.search(text, max(0, start - 40), start) is not None
    )
    local = _LOCAL_AFTER.match(text, end) is not None
    return (
        dateline
        or on_island(text, start, place)
        or after_town
        or local
        or _said_to_be_a_place(text, start, end, strict=False)
        or gazetteer.home_before(text, start)
    )


def _said_to_be_a_place(text: str, start: int, end: int, strict: bool) -> bool:
    """The words around text[start:end] say it is a place: `the town of X`, `X airport`,
    `X, Country` in a dateline or after `in`; when not `strict` (a gazetteer name that is also a
    word), `in X` or `X, Country` alone is enough."""
    if (
        gazetteer.place_before(text, start)
        or names_a_seat(text, start)
        or gazetteer.place_noun_after(text, end)
    ):
        return True
    after = gazetteer.lower_word_after(text, end)  # `_NEAR_AFTER` opens with `near`, `outside`
    near = _NEAR_AFTER.match(text, end) if after == "near" or after == "outside" else None
    if near and _named_place(near.group(1)) is not None:
        return True
    if not strict:
        return _locative_before(text, start) or _country_after(text, end)
    return _country_after(text, end) and (
        _locative_before(text, start) or _is_dateline(text, start, end)
    )


def _qualifies(text: str, run: Run, j: int, reach: int, named: gazetteer.Place) -> bool:
    """The word after a place makes it part of a longer name (`Washington Post`, `Bank of America`),
    unless a title follows (words[j:] holds one when j <= `reach`); a title word before an
    organisation's word that ends the run is part of the name too (`Birmingham Crown Court`, not
    `South Korea President Park Geun-hye`), and so is one that owns it (`Walthamstow Coroner's
    Court`). After a small town named like a word (`named`: `Wells Fargo Center`, `Street Car
    Club`), any word; after any other place but a big one, a word-named town too (`Sandy Hook
    Elementary School`, not `U.S. Roman Catholic`)."""
    word = run.words[j]
    if run.joins[j - 1] == " of ":
        return True
    if (
        run.joins[j - 1] != " "
        or word in gazetteer.DIRECTIONS
        or word in _PARTY_MEMBERS
        or word in ARTICLES
    ):
        return False  # `…attack in St Helens A nine-year-old boy`: a headline a scraper joined
    if _word_town(named) and word not in HEADS and word not in HONORIFICS:
        return True
    if word in HEADS or word in HONORIFICS or j <= reach:
        if j + 1 == len(run.words) and glued(text, run.end):
            owned = WORD_AFTER_POSSESSIVE.match(text, run.end)
            return owned is not None and is_organisation_word(owned.group(1))
        return j + 2 == len(run.words) and is_organisation_word(run.words[j + 1])
    place = gazetteer.lookup(word)
    return place is None or word in CLUB_WORDS or (_word_town(place) and not named.major)


_FORMAL_HEADS = frozenset(
    "City Town Village County State Province Region District Port Island Islands "
    "Municipality".split()
)
"""Words that, capitalised, open a place's formal name (`City of London`, `Town of Oakville`)."""


def _introduced(run: Run, i: int) -> bool:
    """A sentence opens with words that introduce the place after them (`Residents of Harlow
    say`, `Mayors of Harlow have`, as `gazetteer.PLACE_BEFORE` has them in lower case), not with
    a place's formal name."""
    word = run.words[0]
    return (
        i == 1
        and run.sentence_start
        and run.joins[0] == " of "
        and word not in _FORMAL_HEADS
        and gazetteer.PLACE_BEFORE.search(word.lower() + " of ") is not None
    )


def _is_qualified(text: str, run: Run, i: int) -> bool:
    """The word before a place makes it part of a longer name (`Real Madrid`, `Bank of England`)."""
    if _introduced(run, i):
        return False
    word = run.words[i - 1]
    if word in STORM_WORDS and i == 1:
        return True  # a storm's name, opening a sentence too: `Hurricane Milton made landfall`
    if run.words[i] in CLUB_WORDS and run.joins[i - 1] == " " and gazetteer.lookup(word):
        return True  # `Accrington Stanley`: a club's word after its town
    if (word in FUNCTION_WORDS and word not in ARTICLES) or (
        i == 1
        and run.sentence_start
        and word not in ORGANISATION_WORDS
        and (
            word in ARTICLES
            or (
                names.is_english_word(word)
                and not names.is_first_name(word)
                and (len(run.words) > 2 or _SAYS_AFTER.match(text, run.end) is None)
            )
        )
    ):
        return False
    if run.joins[i - 1] == " of ":
        return (
            word not in HEADS
            and not is_corporate_suffix(word)
            and (names.is_english_word(word) or word in ORGANISATION_WORDS)
        )
    if word in gazetteer.DIRECTIONS:
        return False
    if word in HEADS or word in HONORIFICS or (word in MODIFIERS and i < len(run.words) - 1):
        return False
    place = gazetteer.lookup(word)
    return place is None or _word_town(place)


def _word_town(place: gazetteer.Place) -> bool:
    """A small town named like an English word (`Hook`, `Wells`): beside another place's name, a
    word of a longer name (`Sandy Hook Elementary School`, `Wells Fargo`)."""
    return place.word and place.small


def _in_person(span: tuple[int, int], starts: list[int], ends: list[int]) -> bool:
    """Whether a word's span overlaps a person's mention (`starts` and `ends` of the mentions)."""
    start = span[0]
    lo = bisect_after(starts, start)
    return (lo > 0 and ends[lo - 1] > start) or (lo < len(starts) and starts[lo] < span[1])
