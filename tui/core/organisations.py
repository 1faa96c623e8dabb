"""Organisations, events and things named like people or places (`Morning Consult`, `New York
Post`, `Interfax`): the words and contexts that give them away, shared by the people and place
finders so neither mistakes a body for a person or a place.
"""

from __future__ import annotations

import re
from typing import Final

from tui.core import gazetteer, names
from tui.core.characters import is_word, word_end

ORGANISATION_WORDS: Final = frozenset(
    "Inc Inc. Corp Corp. Co Co. Ltd Ltd. Plc PLC LLC AG SA NV GmbH Group Holdings Party Bank "
    "Bancorp University College School Institute Foundation Fund Trust Council Committee "
    "Commission Ministry Department Agency Authority Board Bureau Office Service Services "
    "Association Federation Union League Club United City Rovers Wanderers Athletic Albion County "
    "FC Airlines Airways Times Post News Press Journal Herald Tribune Telegraph Gazette "
    "Corporation Company Church Army Navy Force Forces Police Court Parliament Congress Senate "
    "House Assembly Exchange Motors Securities Capital Partners Media Network Broadcasting "
    "Communications Industries Technologies Systems Energy Oil Hospital Museum Center Centre "
    "Stadium Airport Street Road Avenue Square Park Hotel Cup Open Games Olympics Championship "
    "Championships Festival Award Awards Prize Prizes Trophy Prix Report Index Act Treaty Accord "
    "Agreement Conference "
    "Summit Organisation Organization Alliance Movement Front Brigade Brigades Guard Revolution "
    "Republic Kingdom Empire Administration Government Cabinet Bros. Mosque Temple Cathedral "
    "Institute Laboratories Pharmaceuticals Electric Steel Mining Petroleum Resources Financial "
    "Insurance Investment Investments Stores Foods Brands Reserve Treasury Radio Television TV "
    "Newsdesk Newsroom Orchestra Symphony Theatre Theater Studios Pictures Records Railway "
    "Railways Register Chronicle Inquirer Examiner Observer Enquirer Courier Dispatch Ledger "
    "Bulletin Chemical Chemicals Day War PAC PACs Pac Show Charter Carta Declaration Constitution "
    "Convention Manifesto Protocol Pact Doctrine Covenant Accords Statute Pier Tower Towers "
    "Station Palace Gallery Library Arena Building Real Atletico Sporting Spartak "
    "Lokomotiv Olympique Borussia Internazionale Echo Mail Mirror Express Standard Sentinel "
    "Advertiser Argus Star Online Town Homes Housing Developments Properties Estates Construction "
    "Builders Logistics Supermarkets Partnership Devoir Presse Soleil Monde Figaro Parisien Parti "
    "Bloc Coalition Caucus Cafe Café Restaurant Bakery Bistro Brasserie Pizzeria Trattoria "
    "Osteria Ristorante Taqueria Taquería Panadería Panaderia Boulangerie Patisserie Pâtisserie "
    "Cantina Infirmary Hospice Clinic Academy Ysbyty Ysgol Coleg Prifysgol Cyngor Canolfan "
    "Amgueddfa Thistle Argyle Hotspur Academicals Harriers Water Society".split()
)
"""Words that make a run an organisation, event, document or building rather than a person; an
eatery named after its owner (`Panadería Rosa`, `Cafe Luigi`) too; the Welsh words for a
hospital, school, college, university, council, centre and museum name bodies as the English do
(`Ysbyty Gwynedd`, `Ysgol Glan Clwyd`, `Leeds General Infirmary`), and club words that are no
one's name (`Partick Thistle`, `Plymouth Argyle`, `Kidderminster Harriers`), and the water companies
(`Anglian Water`)."""

BODY_NAMES: Final = frozenset(
    (
        "Sinn Fein",
        "Sinn Féin",
        "Fianna Fail",
        "Fianna Fáil",
        "Fine Gael",
        "Plaid Cymru",
        "Ukip",
        "UKIP",
        "Likud",
        "Hamas",
        "Hezbollah",
        "Hizbollah",
        "Fatah",
        "Syriza",
        "Podemos",
        "Taliban",
        "Extinction Rebellion",
        "Black Lives Matter",
        "Dow Jones",
        "El Al",
        "Goldman Sachs",
        "Morgan Stanley",
        "Merrill Lynch",
        "Lehman Brothers",
        "Charles Schwab",
        "Rolls-Royce",
        "Rolls Royce",
        "Aston Martin",
        "Johnnie Walker",
        "Jack Daniel's",
        "Louis Vuitton",
        "Jimmy Choo",
        "Tommy Hilfiger",
        "Dolce & Gabbana",
        "Marks and Spencer",
        "Ted Baker",
        "Laura Ashley",
        "Jack Wills",
        "Selfridges",
        "Harrods",
        "Greggs",
        "Debenhams",
        "Morrisons",
        "Sainsbury's",
        "Sainsburys",
        "Currys",
        "Halfords",
        "Hamleys",
        "Wetherspoons",
        "Nando's",
        "McDonald's",
        "Kellogg's",
        "Cadbury",
        "Heinz",
        "Boeing",
        "Ferrari",
        "Porsche",
        "McLaren",
        "Mercedes",
        "Mercedes-Benz",
        "Labour",
        "Tories",
        "Lib Dems",
        "Reform UK",
        "Age UK",
        "Cancer Research UK",
        "Everton",
        "Millwall",
        "Brentford",
        "Tranmere",
        "Wycombe",
        "Celtic",
        "Hibernian",
        "Partick",
        "Senedd",
        "Holyrood",
        "Stormont",
        "Harvey Nichols",
        "Co-op",
        "Charles Tyrwhitt",
        "Taylor Wimpey",
        "Thomas Cook",
        "Greene King",
        "Jet2",
        "Clarks",
        "Tesco",
        "Asda",
        "Aldi",
        "Lidl",
        "Waitrose",
        "Ocado",
        "Primark",
        "Superdrug",
        "Poundland",
        "Wilko",
        "Matalan",
        "Dunelm",
        "Wickes",
        "Screwfix",
        "Specsavers",
        "Boohoo",
        "Asos",
        "Deliveroo",
        "Whitbread",
        "Burberry",
        "Diageo",
        "Heineken",
        "Carlsberg",
        "Vauxhall",
        "Ryanair",
        "easyJet",
        "EasyJet",
        "Vodafone",
        "Barclays",
        "Lloyds",
        "NatWest",
        "Santander",
        "Aviva",
        "Unilever",
        "Centrica",
        "Ofgem",
        "Ofcom",
        "Ofsted",
        "Ofwat",
        "Ofqual",
        "Acas",
        "Defra",
        "Aslef",
        "Usdaw",
        "Natwest",
        "Arriva",
        "Avanti",
        "Govia",
        "Thameslink",
        "Eurostar",
        "Openreach",
        "Rightmove",
        "Zoopla",
        "Bellway",
        "Serco",
        "Capita",
        "Mitie",
        "Cineworld",
        "Odeon",
        "Ladbrokes",
        "Betfred",
        "Wetherspoon",
        "Wetherspoons",
        "Sellafield",
        "Arla",
        "Mumsnet",
        "Mencap",
        "Oxfam",
        "Samaritans",
        "Sustrans",
        "Greenpeace",
        "Facebook",
        "Google",
        "Amazon",
        "Apple",
        "Microsoft",
        "Twitter",
        "Instagram",
        "WhatsApp",
        "YouTube",
        "TikTok",
        "Netflix",
        "Spotify",
        "Uber",
        "Airbnb",
        "Samsung",
        "Huawei",
        "Nvidia",
    )
)
"""Parties, movements, parliaments, clubs, firms and platforms whose names read like a person's,
or are one word no list knows that a verb of saying would make one (`Sinn Fein said`, `Goldman
Sachs said`, `Tesco said`, `Everton said`, `wrote on Facebook`)."""


def is_body_name(name: str) -> bool:
    return name in BODY_NAMES


_NAME_AND_BEFORE: Final = re.compile(r"([A-Z][\w'’-]*) and $")


def partner_in_body_name(text: str, start: int, end: int) -> bool:
    """The name after `and` completes a body's (`Marks and Spencer`): no person of its own."""
    if not gazetteer.ends_at(text, start, " and "):
        return False
    before = _NAME_AND_BEFORE.search(text, max(0, start - 30), start)
    return before is not None and is_body_name(f"{before.group(1)} and {text[start:end]}")


SHOPS_NAMED_LIKE_PEOPLE: Final = frozenset(
    (
        "John Lewis",
        "Ann Summers",
        "Dorothy Perkins",
        "Karen Millen",
        "Oliver Bonas",
        "Hugo Boss",
        "Jo Malone",
    )
)
"""Shops named after people that news about shops names as shops; a US congressman is also
called John Lewis."""
_SHOPPING: Final = re.compile(r"\b(?:retailers?|department stores?|shoppers|high street|stores)\b")


def shop_named_like_person(text: str, name: str) -> bool:
    """`John Lewis is to close eight stores`: a shop named like a person (`name`, as the text
    writes it), in a text about shops."""
    return name in SHOPS_NAMED_LIKE_PEOPLE and _SHOPPING.search(text) is not None


CLUB_WORDS: Final = frozenset(
    "Forest Hotspur Villa Argyle Orient Alexandra Stanley Rangers Celtic Thistle Academicals "
    "Harriers Dons Wednesday Palace Dynamo Hearts".split()
)
"""Words that follow a town in a club's name (`Nottingham Forest`, `Tottenham Hotspur`, `Crewe
Alexandra`), some of them first names too."""


def is_town_club(words: list[str]) -> bool:
    """A town followed by a club's word (`Nottingham Forest`, `Queens Park Rangers`) names a club;
    a first name before the word makes a person (`Lincoln Stanley`)."""
    return (
        len(words) > 1
        and words[-1] in CLUB_WORDS
        and not names.is_first_name(words[0])
        and gazetteer.lookup(" ".join(words[:-1])) is not None
    )


CORPORATE_SUFFIXES: Final = frozenset(
    "Co Inc Corp Ltd Plc PLC plc LLC GmbH AG SA NV S.A N.V Group".split()
)
"""Words that end a company's name (`Goldman Sachs Group`, `Siemens AG`), with or without a full
stop."""
COMPANY_AFTER: Final = re.compile(
    r"[ \t]*(?:&|(?:"
    + "|".join(re.escape(s) for s in sorted(CORPORATE_SUFFIXES - {"Group"}))
    + r")\b)"
)
"""`Edward D. Jones & Co.`: a company named after people."""
_COMPANY_OPENINGS: Final = frozenset(map(ord, {"&"} | {suffix[0] for suffix in CORPORATE_SUFFIXES}))


def company_after(text: str, end: int) -> bool:
    """Whether `COMPANY_AFTER` matches at `end`, the character after the blanks read first: after
    nearly every name, no company's word opens there, and no pattern is run."""
    at = gazetteer.blanks_after(text, end)
    return (
        at < len(text)
        and ord(text[at]) in _COMPANY_OPENINGS
        and COMPANY_AFTER.match(text, end) is not None
    )


def is_corporate_suffix(word: str) -> bool:
    return word.rstrip(".") in CORPORATE_SUFFIXES


THING_NOUNS: Final = frozenset(
    "team club agency company firm group newspaper daily weekly magazine carrier ship vessel "
    "airline bank party brand film movie book album song programme program index average station "
    "channel network hotel restaurant stadium university school hospital festival operation plan "
    "fund brokerage broker paper tabloid newsletter publisher maker manufacturer retailer chain "
    "side consortium unit subsidiary operator insurer lender band duo trio quartet quintet choir "
    "label brewer brewery distiller distillery winery vineyard wine whisky whiskey gin beer ale "
    "lager cider champagne racehorse horse colt filly mare gelding yacht shipbuilder shipyard "
    "housebuilder supermarket supermarkets grocer jeweller jeweler carmaker automaker "
    "bakery".split()
)
"""Nouns that introduce the name of a thing, not a person (`the news agency Tanjug`, `the band
Mayfield Lane`)."""
PRODUCTS: Final = frozenset(
    "suit suits dress dresses gown gowns handbag handbags bag bags shoes trainers boots jacket "
    "jackets coat coats perfume fragrance boutique boutiques store stores shop shops outlet "
    "outlets whisky whiskey gin vodka rum beer ale lager cider wine wines champagne tea coffee "
    "products brand".split()
)
"""Nouns after a maker's name that make it a brand: `a Paul Smith suit`, `Jenny Packham dresses`."""
_THING_CLAUSE_WORDS: Final = (
    "that which based named from in of with founded owned known whose".split()
)
DESCRIBED_AS_THING: Final = re.compile(
    r",[ \t]+(?:a|an|the)[ \t]+(?:[\w-]+[ \t]+){0,3}?(?:"
    + "|".join(sorted(THING_NOUNS))
    + r")(?=[,.;:]|[ \t]+(?:"
    + "|".join(_THING_CLAUSE_WORDS)
    + r")\b)"
)
"""A name set off as a thing: `Dunmore's, the Cornish brewer,`, `Mayfield Lane, a band from
Leeds`, `Ransom Creek, a wine named after …`."""
_SHARES_BEFORE: Final = re.compile(r"\b(?:[Ss]hares|[Ss]take|[Ss]takes) (?:in|of) $")
_ORGANISATION_NOUNS: Final = (
    r"news agency|agency|daily|newspaper|weekly|group|company|firm|club|team|side|bank|consortium|"
    r"brokerage|airline|carrier|chain|concern|unit|subsidiary|airport|Airport"
)
_BODY_WORDS_AFTER: Final = (
    rf"{_ORGANISATION_NOUNS}|shares|stock|SA|AG|said in a statement|board|officials|management|"
    r"executives|profit|results|(?:said|says|confirmed|announced|insisted|admitted) its?"
)
"""What follows a body's name (`Interfax news agency`, `Ruch's shares`), or a word that speaks
of itself as `it` (`Bromley said it would review charges`, `Stagecoach said its drivers`: a
council, a club, a firm), which a person named by one word never does."""
_BODY_NAMED: Final = re.compile(
    rf"\b([A-Z][\w-]++)(?:'s)? (?:{_BODY_WORDS_AFTER})\b"
    rf"|\b(?:{_ORGANISATION_NOUNS}) ([A-Z][\w-]+)\b"
)
"""`++`: a name before a noun is never given back a letter at a time, as only `'s` or a space
may follow it (the backtracking cost most of the time of a search through a whole article)."""
_BODY_WORD_AFTER: Final = re.compile(rf"(?:'s)? (?:{_BODY_WORDS_AFTER})\b")
_ORGANISATION_NOUN_BEFORE: Final = re.compile(rf"\b(?:{_ORGANISATION_NOUNS}) $")


def bodies_named(text: str) -> set[str]:
    """Single words the text uses somewhere for a body (`Interfax news agency`, `Ruch's shares`,
    `the news agency Tanjug`, `Ericsson said in a statement`): no person anywhere in that text."""
    return {match.group(1) or match.group(2) for match in _BODY_NAMED.finditer(text)}


def may_name_a_body(text: str, word: str) -> bool:
    """Whether `word` stands somewhere in the text right before what follows a body's name or
    right after an organisation noun: only such a word can be one of `bodies_named`, so the whole
    text is searched for bodies only when a word might be one."""
    at = text.find(word)
    while at >= 0:
        if (
            _BODY_WORD_AFTER.match(text, at + len(word)) is not None
            or _ORGANISATION_NOUN_BEFORE.search(text, max(0, at - 20), at) is not None
        ):
            return True
        at = text.find(word, at + 1)
    return False


def is_organisation_word(word: str) -> bool:
    return word in ORGANISATION_WORDS or (
        "." in word and word.replace(".", "") in ORGANISATION_WORDS
    )


CAUSE_BODY_NOUNS: Final = frozenset(
    "charity charities watchdog regulator organisation organization group campaigners".split()
)
"""Nouns a campaigning body's name follows (`road safety charity Brake`, `the watchdog Ofcom`):
a name no people rule took after one of them speaks for that body, not as a person."""


def word_before(text: str, start: int, reach: int = 25) -> str:
    """The word (as written, punctuation and all) right before `start`, within `reach`
    characters; empty when there is none: what a name's rules read of the word before it."""
    at, end = gazetteer.word_start_before(text, start, max(0, start - reach))
    return text[at:end]


def cause_body_named(text: str, start: int) -> bool:
    return word_before(text, start) in CAUSE_BODY_NOUNS


def thing_named(text: str, start: int) -> bool:
    """A lower-case noun for a thing stands before the name (`news agency Tanjug`, `team X`),
    or its shares do (`shares in Hartwell Morris`), or its container (`contained`)."""
    word = word_before(text, start)
    if not word:
        return False
    return (
        word in THING_NOUNS
        or (
            word in ("in", "of")
            and _SHARES_BEFORE.search(text, max(0, start - 12), start) is not None
        )
        or contained(text, start)
    )


def contained(text: str, start: int) -> bool:
    """A container of a drink or a food stands before the name (`a bottle of Wolf Blass`, `a
    glass of Oyster Bay`): the name is the drink's, no person's or place's."""
    return (
        gazetteer.ends_at(text, start, " of ")
        and _CONTAINER_BEFORE.search(text, max(0, start - 16), start) is not None
    )


_CONTAINER_BEFORE: Final = re.compile(
    r"\b(?:bottles?|glass(?:es)?|pints?|cans?|cups?|cartons?|packets?|jars?|tins?|bars?|"
    r"crates?|sips?|drams?) of[ \t]+$"
)


def described_as_thing(text: str, end: int) -> bool:
    """The name is set off as a thing (`DESCRIBED_AS_THING`): no person, no place. Read by hand,
    a word at a time (the pattern is the specification): its comma and article first, as most
    names have neither after them, then up to four words, the last a thing's noun before a
    stop or one of `_THING_CLAUSES`; the pattern tried its nouns at each word."""
    if end >= len(text) or ord(text[end]) != 44:
        return False
    at = gazetteer.blanks_after(text, end + 1)
    article_end = gazetteer.lower_word_end(text, at)
    if at == end + 1 or text[at:article_end] not in _THING_ARTICLES:
        return False
    at = gazetteer.blanks_after(text, article_end)
    if at == article_end:
        return False
    for _ in range(4):  # up to three words before the noun
        word_end = _word_or_hyphen_end(text, at)
        if word_end == at:
            return False
        if text[at:word_end] in THING_NOUNS and _thing_clause_at(text, word_end):
            return True
        at = gazetteer.blanks_after(text, word_end)
        if at == word_end:
            return False
    return False


def _word_or_hyphen_end(text: str, at: int) -> int:
    """Where the word characters and hyphens from `at` end (a pattern's `[\\w-]*`)."""
    while at < len(text) and (is_word(text, at) or ord(text[at]) == 45):
        at += 1
    return at


def _thing_clause_at(text: str, at: int) -> bool:
    """What `DESCRIBED_AS_THING` reads after a thing's noun: a stop, or blanks and one of
    `_THING_CLAUSES` as a whole word."""
    if at < len(text) and ord(text[at]) in _THING_STOPS:
        return True
    word = gazetteer.blanks_after(text, at)
    if word == at:
        return False
    return text[word : word_end(text, word, len(text))] in _THING_CLAUSES


_THING_CLAUSES: Final = frozenset(_THING_CLAUSE_WORDS)
"""The words after a thing's noun that go on describing it (`a band from Leeds`)."""
_THING_STOPS: Final = frozenset(map(ord, ",.;:"))


_THING_ARTICLES: Final = frozenset(("a", "an", "the"))
"""The words after the comma that `DESCRIBED_AS_THING` opens with."""
