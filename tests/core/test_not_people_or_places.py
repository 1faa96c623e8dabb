"""People and places precision: bodies named like people (firms, brands, parties, documents,
clubs in results), origins beside a name, clubs named after towns, demonyms and name particles.
Every article here is invented."""

import pytest

from tui.core.annotation import annotate


def found(text):
    annotation = annotate(text)
    return (
        [text[m.start : m.end] for m in annotation.mentions],
        [text[p.start : p.end] for p in annotation.places],
    )


def people_and_speakers(text):
    """The names of the people the text names, and the person each quote is credited to."""
    annotation = annotate(text)
    return (
        [person.name for person in annotation.people],
        [annotation.speaker_name(quote) for quote in annotation.quotes],
    )


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Shares in Pruett & Dorley rose after the sale.", None),
        ("Fans of Cal Dunmore whisky queued at the distillery.", None),
        ("A bottle of Ezra's Creek costs nine pounds.", None),
        ("Delegates cited the Magna Carta and the Kestrel Charter.", None),
        ("Sinn Fein won four seats in the by-election.", None),
        ("Tom Hart, of Leeds, said he was delighted.", "Tom Hart"),
    ],
)
def test_bodies_named_like_people_are_no_person(text, person):
    assert found(text)[0] == ([person] if person else [])


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("The band Mayfield Lane played two encores.", None),
        ("Mayfield Lane, a band from Hull, played two encores.", None),
        ("Prices rose at Robson Kerr, the family brewer, last week.", None),
        ("Shares in Hartwell Morris fell on Monday.", None),
        ("He wore a Paul Smith suit to the gala.", None),
        ("Jenny Packham dresses were worn by both actresses.", None),
        ("Tom Hart, the club's captain, said he was delighted.", "Tom Hart"),
        ("Ann Lee, a brand consultant, agreed.", "Ann Lee"),
        ("Goldman Sachs said profits fell.", None),
        ("Greggs and Selfridges said sales rose.", None),
        ("The Tilbury Echo reported the closure.", None),
        ("She told the Ostrava Star and the Karvo Mail about it.", None),
        ("Mercedes said Ann Lee would start from pole.", "Ann Lee"),
        ("The Dow Jones fell 2 per cent.", None),
        ("Morning Pell, ridden by Ann Lee, won at Ascot.", "Ann Lee"),
        ("Crowds crossed Orrin Bridge at dawn.", None),
    ],
)
def test_a_band_brand_or_firm_named_like_a_person_is_no_person(text, person):
    assert found(text)[0] == ([person] if person else [])


def test_a_thing_named_after_a_place_is_no_place():
    text = "A bottle of Ransom Creek, a wine named after a creek, costs nine pounds."
    assert found(text)[1] == []
    assert found("In Leeds, a different group met on Monday.")[1] == ["Leeds"]


def test_a_name_between_two_scores_is_a_team():
    text = "Results on Saturday: Karvo 2 Hansa Dremel 0 Tilbury 1 Ostro Vance 3"
    assert found(text)[0] == []


def test_the_first_team_of_a_results_line_is_a_team():
    text = "Results on Saturday:\nKarvo Dremel 1 Tilbury 0\nOstro Vance 2 Hansa Pell 2"
    assert found(text)[0] == []


def test_either_side_of_a_fixture_is_a_team():
    text = "Postponed: Karvo Dremel v Ostro Vance, Hansa Pell v\nMerrow Athletic."
    assert found(text)[0] == []


@pytest.mark.parametrize(
    "text",
    [
        "Zofia Marek daily said on Saturday that prices rose.",
        "But Le Fanal newspaper, quoting witnesses, said the road was shut.",
        "Ostrava Tenk news agency reported the fire.",
    ],
)
def test_a_publication_named_like_a_person_is_no_person(text):
    assert found(text)[0] == []


def test_a_golfers_line_keeps_its_player():
    text = "Leading scores:\nTom Hart 70 68 71\nAnn Lee 69 70 72"
    assert found(text)[0] == ["Tom Hart", "Ann Lee"]


def test_an_origin_beside_a_name_is_a_place():
    text = "Tom Hart, of Leeds, said he was delighted. Ann Lee, from Bristol, agreed."
    assert found(text) == (["Tom Hart", "Ann Lee"], ["Leeds", "Bristol"])


def test_a_party_keeps_its_speaker_mention_but_is_no_person():
    text = '"We will stand firm," Sinn Fein said.'
    annotation = annotate(text)
    quote = annotation.quotes[0]
    assert text[quote.speaker_start : quote.speaker_end] == "Sinn Fein"
    assert annotation.speaker_name(quote) is None
    assert annotation.mentions == []


def test_a_place_that_speaks_is_no_speaker():
    annotation = annotate('"We are ready," Leeds said in a statement.')
    assert annotation.speaker_name(annotation.quotes[0]) is None
    assert annotation.people == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Leeds v Hull was postponed.",
        "The Leeds striker scored twice.",
        "Leeds fans were angry.",
        "Dan Orrin joined Leeds last summer.",
        "It was a 3-1 victory over Leeds.",
        "Leeds has won four of its last five games.",
        "Leeds drew 1-1 at home.",
        "The former Leeds and Hull skipper retired.",
        "It was their first match against Leeds.",
        "Thousands of fans of Leeds marched.",
        "Leeds's Dan Orrin scored twice.",
        "Leeds were the better side.",
        "The coach said Leeds have improved since March.",
        "Hull were relegated after losing to Leeds.",
        "They drew with Leeds on Saturday.",
        "Leeds host Hull on Saturday.",
        "Leeds sit 18th after the defeat.",
        "Leeds face Hull on Saturday.",
        "Hull entertained Leeds on Saturday.",
        "Leeds, who beat Hull 3-2, remain top.",
        "Leeds bowled out Hull for 210.",
        "By stumps Leeds had reached 108 for three.",
    ],
)
def test_a_town_in_a_sporting_sense_is_a_club_where_the_match_is_played_a_place(sentence):
    text = f"{sentence} The next game in Leeds drew a crowd."
    annotation = annotate(text)
    leeds = [p.start for p in annotation.places if p.name == "Leeds"]
    assert leeds == [text.index("in Leeds") + 3]


@pytest.mark.parametrize(
    "sentence",
    [
        "Leeds won the bid to host the games.",
        "Leeds lost its appeal against the ruling.",
        "Leeds's mayor opened the bridge.",
        "The protest against Leeds council grew.",
        "Shoppers in Leeds are worried about parking.",
        "Hull and Leeds are twinned with French towns.",
    ],
)
def test_a_town_that_wins_or_loses_no_game_stays_a_place(sentence):
    assert "Leeds" in found(sentence)[1]


def test_a_club_named_after_its_town_is_no_place():
    assert found("Real Madrid signed the striker on Monday.")[1] == []


def test_a_club_named_town_is_no_person_and_takes_no_pronoun():
    text = (
        "When Mike Dunn took over Harlow Town, the club was broke.\n\n"
        '"I never knew what I was walking into," he admits.'
    )
    assert people_and_speakers(text) == (["Mike Dunn"], ["Mike Dunn"])


def test_a_word_of_origin_after_the_describes_the_speaker_and_names_no_one():
    text = (
        "The architect, Tom Reyes, defended it.\n\n"
        '"People said the same about the tower," the Liverpudlian said.'
    )
    assert people_and_speakers(text) == (["Tom Reyes"], ["Tom Reyes"])
    assert found("Aides to the Obama administration objected.")[0] == ["Obama"]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Irishman Tom Hart won the race on Sunday.", ["Tom Hart"]),
        ("Scotswoman Ann Lee led from the start.", ["Ann Lee"]),
        ("Voters in Leeds North backed the plan, Oliver North said.", ["Oliver North"]),
    ],
)
def test_a_word_of_origin_before_a_name_and_a_district_are_no_part_of_a_person(text, people):
    assert found(text)[0] == people


def test_a_country_stays_a_place_when_its_team_plays():
    assert found("England v France was postponed.")[1] == ["England", "France"]


@pytest.mark.parametrize(
    "text",
    [
        "Remainers and Brexiteers argued outside the hall.",
        "Blairites warned the leader, and Corbynistas cheered.",
        "Lancastrians and Unionists rarely agree, said nobody.",
        "Crowds celebrated St Patrick's Day in the rain.",
    ],
)
def test_a_group_or_a_feast_named_after_someone_is_no_person(text):
    assert found(text)[0] == []


def test_a_surname_ending_like_a_group_stays_a_person():
    assert found('"We will win," Sanders said.')[0] == ["Sanders"]


def test_a_people_after_the_is_no_person():
    assert found("The Cornish are proud of their pasties.")[0] == []
    assert found("Cornish said he was proud.")[0] == ["Cornish"]


def test_demonym_plurals_are_not_places():
    assert found("Americans and Britons disagree, while Canadians watch.")[1] == []


def test_name_particles_stay_inside_the_name():
    text = "Ruud Van den Berg met Maria de la Cruz and Salim bin Hamdan."
    assert found(text)[0] == ["Ruud Van den Berg", "Maria de la Cruz", "Salim bin Hamdan"]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Aston Villa boss Unai Emery said his players were tired.", ["Unai Emery"]),
        ("Wexford Rovers manager Tom Hart was sacked.", ["Tom Hart"]),
        ("Kestrel Town captain Ann Lee lifted the cup.", ["Ann Lee"]),
    ],
)
def test_a_club_before_its_boss_or_player_is_no_person(text, people):
    assert found(text)[0] == people


def test_a_particle_after_a_first_name_makes_a_name():
    assert found("The club sacked Erik ten Hag after a defeat.")[0] == ["Erik ten Hag"]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Chelsea and England have both asked for more time.", []),
        ("England were outplayed in Cardiff. Fans flew home to England.", ["Cardiff", "England"]),
        ("If Germany were to agree, Poland would follow.", ["Germany", "Poland"]),
        ("Scotland and England have shared a border for centuries.", ["Scotland", "England"]),
    ],
)
def test_a_country_with_a_plural_verb_heading_its_clause_is_its_team(text, places):
    assert found(text)[1] == places


def test_a_court_or_hospital_named_after_its_town_is_no_place():
    text = "He was jailed at Birmingham Crown Court and treated at Leeds General Hospital."
    assert found(text)[1] == []


def test_a_welsh_particle_stays_inside_the_name():
    assert found("Party leader Rhun ap Iorwerth said no.")[0] == ["Rhun ap Iorwerth"]


def test_a_first_name_that_is_a_country_is_a_person_before_an_age():
    assert found("Jordan Hale, 24, of Dudley, was found guilty.") == (["Jordan Hale"], ["Dudley"])


@pytest.mark.parametrize(
    "text",
    [
        "Students at Durham and St Andrews said they would strike.",
        "Storm Bert brought 70mph winds to the coast.",
        "Donations went to St. Jude, which thanked him.",
    ],
)
def test_a_saints_town_or_a_storm_is_no_person(text):
    assert found(text)[0] == []


def test_a_constituency_after_mp_for_is_a_place():
    assert found("Jeremy Hunt, MP for Godalming, disagreed.") == (["Jeremy Hunt"], ["Godalming"])
    text = "Tim Farron, the MP for Westmorland and Lonsdale, said it was unfair."
    assert found(text) == (["Tim Farron"], ["Westmorland", "Lonsdale"])
    assert found("Jeremy Hunt, MP for Godalming and Ash, disagreed.")[0] == ["Jeremy Hunt"]


def test_a_job_opening_a_sentence_is_no_part_of_the_name():
    text = "The band will headline. Frontman Alex Turner said the group was ready."
    assert found(text)[0] == ["Alex Turner"]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Constable painted Dedham Vale in 1802.", ["Dedham Vale"]),
        ("Tourists flocked to Loch Ness again.", ["Loch Ness"]),
    ],
)
def test_a_landmark_named_by_its_feature_word_is_a_place_not_a_person(text, places):
    assert found(text) == (["Constable"] if "Constable" in text else [], places)


def test_a_body_named_with_a_word_before_its_country_is_no_place():
    text = "NHS England and Public Health Scotland issued guidance, as did Historic England."
    assert found(text)[1] == []


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Delays hit Transport for London and its buses.", []),
        ("She joined the Alternative for Germany party.", []),
        ("He left the UK for Germany on Monday.", ["UK", "Germany"]),
        ("The Minister for Europe visited Paris.", ["Europe", "Paris"]),
    ],
)
def test_a_body_named_for_a_place_is_no_place(text, places):
    assert found(text)[1] == places


@pytest.mark.parametrize(
    "text",
    [
        "Leicester City host Sunderland on Friday.",
        "Hull host Leeds on Saturday.",
        "Burnley face Blackburn in the cup.",
    ],
)
def test_a_town_a_club_hosts_or_faces_is_no_person(text):
    assert found(text)[0] == []


def test_a_point_of_the_compass_inside_a_name_makes_no_person():
    assert found("Avanti West Coast and LNER said timetables would return to normal.")[0] == []


@pytest.mark.parametrize(
    "text",
    [
        "A bottle of Wolf Blass and a glass of Oyster Bay cost thirty pounds.",
        "He ordered a Bordeaux and she chose a Rioja.",
        "Yorkshire Tea and Newcastle Brown Ale sold well.",
    ],
)
def test_a_drink_named_after_a_person_or_a_place_is_neither(text):
    assert found(text) == ([], [])


def test_a_town_after_a_stays_a_place_inside_a_longer_phrase():
    assert found("She spoke at a Buffalo, New York town hall.")[1] == ["Buffalo", "New York"]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Bonfire Night and Guy Fawkes Night fall on 5 November.", []),
        ("Shoppers spent more on Boxing Day.", []),
        ("Ann Lee opened Fashion Week on Monday.", ["Ann Lee"]),
    ],
)
def test_a_feast_named_like_a_person_is_no_person(text, people):
    assert found(text)[0] == people


def test_a_party_named_with_a_country_that_speaks_is_no_place():
    assert found("Reform UK said it would oppose the deal.")[1] == []
    assert found("Perhaps Russia will oppose the deal.")[1] == ["Russia"]


@pytest.mark.parametrize("eatery", ["Panadería Rosa", "Cafe Luigi", "Trattoria Marco"])
def test_an_eatery_named_after_its_owner_is_no_person(eatery):
    text = f"Rosa Conti opens {eatery} in El Paso at five.\n\nLuigi Marco bakes the bread."
    assert people_and_speakers(text)[0] == ["Rosa Conti", "Luigi Marco"]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("He was driving a Vauxhall Corsa when police stopped him.", []),
        ("Thieves took his Nissan Qashqai from the drive.", []),
        ("She was a Bear Stearns analyst in 2001.", []),
        ("Lee wore a Donald Trump cap to the rally.", ["Donald Trump"]),
        ("He would never treat a Mitt Romney that way.", ["Mitt Romney"]),
    ],
)
def test_a_name_after_a_or_a_possessive_with_no_first_name_is_a_thing(text, people):
    assert people_and_speakers(text)[0] == people


def test_a_name_opening_with_a_point_of_the_compass_is_no_person():
    text = "Middlesbrough and West Brom drew 1-1, and Adam West was there."
    assert people_and_speakers(text)[0] == ["Adam West"]


@pytest.mark.parametrize(
    "text",
    [
        "The pier is shut. Save Our Seafront said it would appeal.",
        "Police were there. Stand Up To Racism said the march went ahead.",
    ],
)
def test_a_campaign_named_in_title_case_opening_a_sentence_is_no_person(text):
    assert people_and_speakers(text)[0] == []


def test_a_name_ending_in_a_word_that_owns_a_bodys_word_is_that_body():
    text = (
        "He was taken to Royal Manchester Children's Hospital. Strategist Karl Rove's PAC "
        "ran the ad."
    )
    assert people_and_speakers(text)[0] == ["Karl Rove"]


def test_a_word_that_speaks_of_itself_as_it_is_a_body_not_a_person():
    text = (
        "Bromley said it would review the parking charges after complaints from traders. "
        "Stagecoach confirmed its drivers would strike, and Harkness said it had reported the "
        "abuse. Tom Hart said it was a shame."
    )
    assert found(text)[0] == ["Tom Hart"]


def test_hospitals_schools_and_councils_named_after_a_town_are_no_person_or_place():
    text = (
        "A man was taken to Ysbyty Gwynedd after the crash. A woman was treated at Leeds "
        "General Infirmary, and Glasgow Royal Infirmary confirmed two patients. Pupils at "
        "Ysgol Glan Clwyd and Bristol City Council staff helped."
    )
    assert found(text) == ([], [])


def test_two_rare_words_after_the_ending_in_a_word_need_evidence_to_name_someone():
    text = (
        "Fans in the Holte End were loud throughout, and the Stretford End was full. "
        "Ann Pryce, 34, watched from the Gallowgate End."
    )
    assert found(text)[0] == ["Ann Pryce"]


def test_a_paper_named_by_a_nationality_is_no_person_when_it_reports():
    text = (
        "The Irish Times reported that the ticket was sold in Carlow, and the Irish News said "
        "so too."
    )
    assert found(text)[0] == []


def test_a_name_with_a_persons_particle_names_someone_whatever_its_words():
    text = (
        "Osama bin Laden was mentioned in the report, and Rhun ap Iorwerth spoke. The Costa "
        "del Sol was busy."
    )
    assert found(text)[0] == ["Osama bin Laden", "Rhun ap Iorwerth"]


def test_a_firm_set_off_as_a_shipbuilder_or_a_carmaker_is_no_person():
    text = (
        "Harland and Wolff, the Belfast shipbuilder, said it had won a contract. Morgan Pryce, "
        "the Midlands carmaker, said orders rose."
    )
    assert found(text) == ([], ["Belfast", "Midlands"])


def test_a_port_or_a_district_named_after_a_word_that_is_no_first_name_is_no_person():
    text = (
        "Ellesmere Port saw heavy rain. Crowds gathered at Charing Cross and on Clapham Common. "
        "Lucy Cross, 31, was there."
    )
    assert found(text)[0] == ["Lucy Cross"]
