"""People and places in Canadian and US political news, one test per rule: provincial members
named by their house's initials (`MPP`, `MLA`, `MNA`), party and state tags after a US
lawmaker's name, ridings joined by a dash. Every article here is invented."""

from tui.core.annotation import annotate


def people(text):
    annotation = annotate(text)
    return [(person.name, person.role) for person in annotation.people]


def test_provincial_member_initials_are_a_title_before_the_name():
    text = (
        "Clinic funding cut\n\n"
        "Liberal MPP Dana Whitcombe said the clinic would close. NDP MLA Harpreet Sandhu "
        "disagreed, and MNA Josée Thibodeau said the same of Quebec. MHA Colin Furey said "
        "nothing."
    )
    assert [name for name, _ in people(text)] == [
        "Dana Whitcombe",
        "Harpreet Sandhu",
        "Josée Thibodeau",
        "Colin Furey",
    ]


def test_a_first_name_and_a_place_surname_after_a_title_name_a_person():
    text = (
        "Hearing postponed\n\n"
        "Rep. Tom Jordan said the hearing would wait. Sen. Alexandria Vance voted no, "
        "and Mr. Jim Chad said he would abstain."
    )
    assert [name for name, _ in people(text)] == ["Tom Jordan", "Alexandria Vance", "Jim Chad"]


def test_party_and_state_after_a_lawmakers_name_is_no_person():
    text = (
        "Tariff vote\n\n"
        "Sen. Ruth Ballard, R-Maine, said she would vote no. Rep. Owen Pike, D-Ohio, said the "
        "tariffs hurt farmers, and Sen. Lee Marsh, I-Vermont, said nothing."
    )
    assert [name for name, _ in people(text)] == ["Ruth Ballard", "Owen Pike", "Lee Marsh"]


def test_a_ridings_dashed_half_is_no_person():
    text = (
        "Ferry service cut\n\n"
        "Marc Gagné, the MP for Thunder Bay—Superior North, said the ferry must run. Lise "
        "Ouellet, who represents Argenteuil—La Petite-Nation, agreed."
    )
    assert [name for name, _ in people(text)] == ["Marc Gagné", "Lise Ouellet"]


def test_a_surname_that_is_also_a_title_after_a_title_names_a_person():
    text = (
        "Farm bill stalls\n\n"
        "Rep. Dale King said the farm bill was dead. Former Lt. Gov. Nora Judge disagreed, "
        "and New York Congressman Ray Duke said nothing."
    )
    assert [name for name, _ in people(text)] == ["Dale King", "Nora Judge", "Ray Duke"]


def test_chief_before_a_name_is_a_title_and_before_a_title_word_opens_one():
    text = (
        "Road washed out\n\n"
        "Grand Chief Alvin Marten said the road was gone. Chief Rose Kingfisher agreed, and "
        "Chief Executive Dana Lowe of the utility said repairs would take weeks. Chief "
        "Constable Ian Rook said police had closed the highway."
    )
    assert people(text) == [
        ("Alvin Marten", "Grand Chief"),
        ("Rose Kingfisher", "Chief"),
        ("Dana Lowe", "Chief Executive"),
        ("Ian Rook", "Chief Constable"),
    ]


def test_french_newspapers_and_parties_are_no_people():
    text = (
        "Minister resigns\n\n"
        "Former minister Hélène Roy told Le Devoir she had been pushed out. Luc Vachon told "
        "La Presse the same."
    )
    assert [name for name, _ in people(text)] == ["Hélène Roy", "Luc Vachon"]


def test_a_two_word_surname_later_links_to_the_full_name():
    text = (
        "Sovereignty debate\n\n"
        "Parti Québécois Leader Paul-André Saint-Cyr Lemieux said a referendum would come. "
        '"Quebecers will decide," Mr. Saint-Cyr Lemieux said.'
    )
    annotation = annotate(text)
    assert [person.name for person in annotation.people] == ["Paul-André Saint-Cyr Lemieux"]
    assert [annotation.people[q.speaker].name for q in annotation.quotes] == [
        "Paul-André Saint-Cyr Lemieux"
    ]


def test_the_seat_after_a_members_for_is_no_person():
    text = (
        "Bridge reopens\n\n"
        "Nadine Caron, the MNA for Louis-Hébert, said the bridge would reopen. The member for "
        "Beauséjour, Rémi Cormier, said trucks would wait."
    )
    assert [name for name, _ in people(text)] == ["Nadine Caron", "Rémi Cormier"]


def test_the_described_person_with_an_institution_of_a_place_is_the_named_one():
    text = (
        "Dispute could cost Albertans\n\n"
        "Economist Trevor Lind told CBC News the dispute could cost Albertans.\n\n"
        '"This is a distraction," the University of Calgary professor said.'
    )
    annotation = annotate(text)
    assert [annotation.people[q.speaker].name for q in annotation.quotes] == ["Trevor Lind"]


def test_a_place_is_named_with_the_accents_the_article_writes():
    text = (
        "Byelection\n\n"
        "The Bloc held Trois-Rivières on Monday, and volunteers in Trois-Rivières and Montréal "
        "cheered. Turnout in Quebec was low."
    )
    annotation = annotate(text)
    assert [place.name for place in annotation.places] == [
        "Trois-Rivières",
        "Trois-Rivières",
        "Montréal",
        "Quebec",
    ]


def test_a_first_nation_is_no_person():
    text = (
        "Wildfire evacuations\n\n"
        "Hundreds of people from Sandy Lake First Nation were flown out. Nishnawbe Aski Nation "
        'Grand Chief Alvin Fiddler said: "We need help." Carry Nation was a prohibitionist.'
    )
    assert [name for name, _ in people(text)] == ["Alvin Fiddler", "Carry Nation"]


def test_a_members_name_right_after_the_seat_is_the_member():
    text = (
        "Turnout low\n\n"
        "MPP for Ottawa South John Fraser said turnout was low. The MSP for Stirling Evelyn "
        "Tweed agreed."
    )
    annotation = annotate(text)
    assert [name for name, _ in people(text)] == ["John Fraser", "Evelyn Tweed"]
    assert [text[p.start : p.end] for p in annotation.places] == ["Ottawa South", "Stirling"]


def test_the_place_of_an_office_before_a_verb_stays_a_place():
    text = (
        "Bridge to reopen\n\n"
        "The mayor of Trois-Rivières said the bridge would reopen. Later the mayor of "
        "Trois-Rivières told reporters it was safe."
    )
    annotation = annotate(text)
    assert annotation.people == []
    assert [text[p.start : p.end] for p in annotation.places] == ["Trois-Rivières"] * 2


def test_she_and_he_skip_a_quebec_first_name_of_the_other_gender():
    text = (
        "Nathalie Roy met the transport minister, Réjean Tremblay, on Monday. "
        '"We agree on the buses," she said.\n\n'
        'Sylvie Gagnon spoke after Benoit Leclerc. "It is too late," he said.'
    )
    annotation = annotate(text)
    assert [annotation.people[q.speaker].name for q in annotation.quotes] == [
        "Nathalie Roy",
        "Benoit Leclerc",
    ]
