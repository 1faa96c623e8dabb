"""The vocabulary of attribution: speech verbs in every tense form, and the small words around them.

Kept apart from the patterns that use it (`speakers`) so other finders (people, roles) can ask
"is this a verb of saying?" without pulling in quote handling. Forms are generated from lemmas
so the list stays readable; the irregular and consonant-doubling verbs are spelled out.
"""

from __future__ import annotations

SPEECH_LEMMAS = (
    "say tell add note explain insist warn argue claim write tweet ask reply continue emphasize "
    "emphasise stress state declare announce acknowledge admit agree allege answer assert boast "
    "caution charge comment complain concede conclude confirm contend counter demand deny "
    "describe predict promise recall remark report respond reiterate reveal suggest testify urge "
    "vow joke quip observe post shout recount muse lament chant pledge proclaim maintain retort "
    "whisper yell scream cry exclaim sigh laugh read call dub label brand term accuse criticize "
    "criticise blast slam praise thank mock scoff sneer snap fume gush rave concur estimate "
    "guarantee inform instruct tease taunt question wonder speculate theorize reason hint imply "
    "indicate mention point recommend propose advise plead beg pray preach lecture rail decry "
    "denounce condemn lambaste berate scold chide rebut dispute disagree object protest "
    "posit opine summarize summarise clarify elaborate recollect reminisce sing rap "
    "quote echo repeat reassure assure vouch attest swear "
    "volunteer interject interrupt inquire enquire order command groan grumble mutter murmur "
    "mumble stammer stutter hiss growl bellow roar thunder counsel advocate speak liken compare "
    "laud hail dismiss blame cite reference seethe tout applaud welcome reject rebuke ridicule "
    "deride characterize characterise portray cast paint frame bemoan bash attack encourage "
    "exhort implore forecast react press prod chime"
).split()

_IRREGULAR = {
    "say": ("says", "said", "saying"),
    "tell": ("tells", "told", "telling"),
    "write": ("writes", "wrote", "writing", "written"),
    "read": ("reads", "read", "reading"),
    "swear": ("swears", "swore", "swearing", "sworn"),
    "sing": ("sings", "sang", "singing", "sung"),
    "cry": ("cries", "cried", "crying"),
    "speak": ("speaks", "spoke", "speaking", "spoken"),
}
_DOUBLING = {"admit", "quip", "rebut", "rap", "snap", "beg"}


def inflections(lemma: str) -> tuple[str, ...]:
    """The lemma and its -s, -ed and -ing forms (plus irregular past participles)."""
    if lemma in _IRREGULAR:
        return (lemma, *_IRREGULAR[lemma])
    if lemma.endswith("e"):
        return lemma, lemma + "s", lemma + "d", (lemma if lemma.endswith("ee") else lemma[:-1]) + "ing"
    if lemma.endswith("y") and lemma[-2] not in "aeiou":
        return lemma, lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"
    if lemma in _DOUBLING:
        return lemma, lemma + "s", lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"
    plural = lemma + "es" if lemma.endswith(("s", "sh", "ch", "x", "z")) else lemma + "s"
    return lemma, plural, lemma + "ed", lemma + "ing"


SPEECH_VERBS = frozenset(form for lemma in SPEECH_LEMMAS for form in inflections(lemma))
"""Every form of every verb of saying, lower case."""

REPORTING_VERBS = frozenset(inflections("say") + inflections("tell") + inflections("write")
                            + inflections("add") + inflections("ask") + inflections("tweet"))
"""The plain verbs of reporting: right before a quote, even a partial one, they introduce it
(`Ryan said "no place in a party"`), whatever other verbs the sentence has."""

AUXILIARIES = frozenset(
    "has have had is was were are am be been will would could should can may might must did does do "
    "also later then again once previously recently repeatedly further simply flatly bluntly "
    "publicly privately quietly angrily finally first earlier often frequently famously reportedly "
    "still just never always already subsequently sarcastically forcefully openly boldly "
    "cynically candidly emphatically proudly tersely calmly firmly defiantly loudly softly "
    "not n't".split()
)
"""Words that may stand between a speaker and the verb (`Blinken has also said`)."""

PRONOUNS = {"he": "m", "she": "f", "they": None, "i": None, "we": None, "it": None}
"""Subject pronouns that can say something, with the gender they require (None: any or none)."""

DETERMINERS = frozenset(
    "the a an one another some two three several many my his her their our your its".split())
"""Words that open a description of a speaker (`the official`, `one Democratic source`)."""

DEFINITE = frozenset(("the",))
"""Determiners that point back to someone already named (`the official` is not a new person)."""

PERSON_NOUNS = frozenset(
    "official spokesman spokeswoman spokesperson president senator minister secretary diplomat "
    "adviser advisor aide leader candidate nominee governor mayor director chief chairman "
    "chairwoman chair businessman businesswoman narrator man woman lawmaker congressman "
    "congresswoman representative ambassador envoy general commander officer lawyer attorney judge "
    "professor analyst expert economist researcher host anchor reporter author founder executive "
    "ceo manager owner premier chancellor king queen prince princess pope bishop pastor reverend "
    "priest rabbi imam activist organizer strategist pollster consultant veteran survivor witness "
    "resident voter student teacher doctor nurse scientist father mother son daughter husband wife "
    "brother sister friend neighbor colleague partner rival opponent challenger incumbent speaker "
    "mogul billionaire star actor actress singer rapper player coach democrat republican "
    "conservative liberal negotiator prosecutor sheriff detective agent soldier pilot farmer "
    "worker deputy counterpart lieutenant captain colonel sergeant frontrunner front-runner "
    "contender hopeful campaigner protester commentator columnist editor journalist historian "
    "lobbyist donor fundraiser critic supporter".split()
)
"""Head nouns of descriptions that name a person (`the official`), not a body (`the report`)."""

SOURCE_NOUNS = frozenset(
    "report reports article letter statement study book piece ad ads memo poll polls survey post "
    "tweet tweets website editorial column complaint lawsuit filing ruling document paper analysis "
    "release transcript video spot commercial campaign committee council commission agency "
    "department ministry office government administration court panel group groups organization "
    "company firm network newspaper magazine site blog party union researchers finding findings "
    "data bill law constitution platform resolution message sign banner headline caption".split()
)
"""Head nouns of descriptions that speak without being a person (`the report says`)."""
