"""People and places in British house style, one test per rule: a member of parliament named
after the seat or party (`Norwich South MP Clive Lewis`), clubs named after a town, shops named
like people, rivers, parties. Every article here is invented."""

from tui.core.annotation import annotate


def people(text):
    annotation = annotate(text)
    return [(person.name, person.role) for person in annotation.people]


def mentions(text):
    annotation = annotate(text)
    return [text[m.start : m.end] for m in annotation.mentions]


def places(text):
    annotation = annotate(text)
    return [text[p.start : p.end] for p in annotation.places]


def test_mp_is_a_title_before_the_name():
    text = (
        "Harnley West MP Ruth Callow said the bypass was overdue. Former Labour MP Tom Bale "
        "agreed, and Local MP Ann Pryce said: 'We have waited long enough.'"
    )
    assert people(text) == [
        ("Ruth Callow", "MP"),
        ("Tom Bale", "Former Labour MP"),
        ("Ann Pryce", "MP"),
    ]


def test_a_town_and_a_clubs_word_name_a_club():
    text = (
        "Nottingham Forest came from behind to beat Tottenham Hotspur, and Crewe Alexandra said "
        "on Monday that Accrington Stanley had bid for their striker Tom Vale. Lincoln Stanley, "
        "24, scored twice."
    )
    assert mentions(text) == ["Tom Vale", "Lincoln Stanley"]
    assert places(text) == []


def test_shops_banks_parties_and_platforms_are_no_person():
    text = (
        "Tesco said sales rose 4 per cent, and Waitrose said it was pleased. Barclays said "
        "profits fell. 'Labour promised change,' Ann Pryce wrote on Facebook. Conservative "
        "Senedd member Tom Bale agreed. Taylor Wimpey said completions rose and Thomas Cook "
        "collapsed. The Co-op said the store would close, and the Co-op's chief was sorry."
    )
    assert mentions(text) == ["Ann Pryce", "Tom Bale"]


def test_shops_named_like_people_in_news_about_shops():
    text = (
        "John Lewis is to close four department stores, the retailer said. Marks and Spencer "
        "and Marks & Spencer's rivals gained. Analyst Ann Pryce said shoppers had moved online."
    )
    assert mentions(text) == ["Ann Pryce"]


def test_a_congressman_called_like_a_shop_stays_a_person():
    text = "Civil rights leader John Lewis said the vote was a test of the country's conscience."
    assert mentions(text) == ["John Lewis"]


def test_the_river_and_a_name_is_a_river():
    text = (
        "The River Severn burst its banks, and levels on the River Wye rose overnight. "
        "Jane River said she had never seen it so high, and the River Club stayed open."
    )
    assert mentions(text) == ["Jane River"]
    assert places(text) == ["River Severn", "River Wye"]


def test_a_place_joined_by_and_to_a_bodys_name_is_part_of_it():
    text = (
        "Patients at the Norfolk and Norwich University Hospital waited 40 hours, and Devon and "
        "Cornwall Police said roads were shut. Fans travelled between Leeds and Hull, and "
        "flights between Belfast and Heathrow Airport were cancelled."
    )
    assert places(text) == ["Leeds", "Hull", "Belfast"]


def test_a_county_with_a_cricketers_role_after_it_is_a_team():
    text = (
        "Durham seamer Tom Vale took four wickets, and Leicester fly-half Ann Pryce kicked "
        "three penalties. Rain fell in Bristol."
    )
    assert places(text) == ["Bristol"]


def test_a_town_heading_its_clause_after_a_single_quote_is_a_team():
    text = (
        "Ann Pryce said: 'We want a manager who plays exciting football.' Barnsley host "
        "Fulham on Saturday. 'We were the better side.' England were outplayed at Lord's."
    )
    assert places(text) == []


def test_a_town_a_manager_managed_is_a_club():
    text = "Tom Vale, who also managed Barnsley and Swansea City, lives near Bristol."
    assert places(text) == ["Bristol"]


def test_a_street_after_a_preposition_is_no_person_even_before_said():
    text = (
        "Sandra Okoye, who runs a cafe on George Street, said she was scared. Andy Street, the "
        "former mayor, said he agreed."
    )
    assert mentions(text) == ["Sandra Okoye", "Andy Street"]


def test_a_street_after_a_word_that_is_no_first_name_is_no_person_anywhere():
    text = (
        "The Longley Lane recycling centre will close. Lois Lane, 41, said she was angry, and "
        "Kerry Walsh of Drury Lane agreed."
    )
    assert mentions(text) == ["Lois Lane", "Kerry Walsh"]


def test_a_role_opening_the_name_is_no_part_of_it():
    text = (
        "Backbencher Ruth Callow said she would abstain. Charlotte Mayor Deborah Marsh agreed, and "
        "Officer Tomas Lind said nothing."
    )
    assert mentions(text) == ["Ruth Callow", "Deborah Marsh", "Tomas Lind"]


def test_builders_and_property_firms_are_no_person():
    text = (
        "The developer, Southcoast Homes, said building would start in spring. Kerrow "
        "Developments and Hallam Housing agreed."
    )
    assert mentions(text) == []


def test_a_lane_or_a_drive_after_a_preposition_is_no_person():
    text = (
        "Kieran Doyle, 19, died when his moped was hit on Manningham Lane. Flowers were left "
        "along Heaton Drive."
    )
    assert mentions(text) == ["Kieran Doyle"]


def test_the_home_after_a_name_and_an_age_is_a_place():
    text = (
        "Ashfaq Hussain, 31, of Heaton, was jailed for nine years. Ruth Callow, aged 44, of "
        "Kelbrook, was fined. Brian Cole, 78, from Navenby, uses the bus."
    )
    assert mentions(text) == ["Ashfaq Hussain", "Ruth Callow", "Brian Cole"]
    assert places(text) == ["Heaton", "Kelbrook", "Navenby"]


def test_clubs_no_gazetteer_knows_are_no_person():
    text = (
        "Everton said the fee was fair, Millwall said fans would be banned and Celtic said "
        "nothing. Ann Pryce said she would sign."
    )
    assert mentions(text) == ["Ann Pryce"]


def test_a_peer_named_by_an_english_word_is_a_person():
    text = (
        "Lord Sugar said he was furious, and Baroness Mone denied it. The Lord Mayor and the "
        "Lord Provost opened the fair."
    )
    assert people(text) == [("Sugar", "Lord"), ("Mone", "Baroness")]


def test_rural_or_coastal_before_a_county_says_it_is_a_place():
    text = "Plans to axe three bus routes in rural Lincolnshire and coastal Cumbria were shelved."
    assert places(text) == ["Lincolnshire", "Cumbria"]


def test_a_town_placed_in_a_table_or_held_to_a_draw_is_a_team():
    text = (
        "Barnsley, who are third, were beaten at home. Rotherham were held to a 1-1 draw. "
        "Rain fell in Bristol."
    )
    assert places(text) == ["Bristol"]


def test_a_show_with_a_star_or_a_creator_after_it_is_no_person():
    text = (
        "Love Island presenter Maya Jama said the series would return. Gavin and Stacey "
        "creator Ruth Jones agreed. Josh Brolin stars in the film. Love Island host Cilla "
        "Black was missed, and Ant McPartlin hosts the show."
    )
    assert mentions(text) == [
        "Maya Jama",
        "Ruth Jones",
        "Josh Brolin",
        "Cilla Black",
        "Ant McPartlin",
    ]


def test_coun_is_an_honorific():
    text = "Parish council chairman Coun Graham Wright said: 'It is a hammer blow.'"
    assert people(text) == [("Graham Wright", "Coun")]


def test_a_name_in_nearby_somewhere_is_a_place_even_before_said():
    text = (
        "Raj Patel, who runs the post office in nearby Harbury, said he would open longer. "
        "Tom Vale said he agreed."
    )
    assert mentions(text) == ["Raj Patel", "Tom Vale"]


def test_a_body_named_after_a_place_is_no_place():
    text = (
        "Reform UK leader Ann Pryce said it was a scandal, and Age UK said pensioners would "
        "lose out. Amazon said it would open a warehouse in Swindon."
    )
    assert places(text) == ["Swindon"]


def test_a_home_of_several_words_after_a_name_is_a_place_not_a_person():
    text = (
        "Pensioner Margaret Hale, 84, from Tunbridge Wells, handed over £40,000. Craig Ames, 23, "
        "of Royal Wootton Bassett, was jailed. Jo Hamblin, from South Warnborough in Hampshire, "
        "said: 'We were treated like criminals.'"
    )
    assert mentions(text) == ["Margaret Hale", "Craig Ames", "Jo Hamblin"]
    assert places(text) == [
        "Tunbridge Wells",
        "Royal Wootton Bassett",
        "South Warnborough",
        "Hampshire",
    ]


def test_the_seat_after_any_members_for_is_no_person():
    text = (
        "The MEP for Gordon Banks said nothing. Keith Brann, MSP for Clackmannanshire and "
        "Dunblane, said the bridge was vital, and the MP for Jarrow agreed."
    )
    assert mentions(text) == ["Keith Brann"]


def test_the_last_place_of_the_seat_a_member_represents_is_no_person():
    text = (
        "Ann Pryce, who represents Morley and Outwood, told the paper she would stand down. "
        "Her lawyer, who represents Tom Hale and Jo Park, said nothing."
    )
    assert mentions(text) == ["Ann Pryce", "Tom Hale", "Jo Park"]


def test_a_city_and_an_unknown_word_where_one_waits_is_a_station_not_a_person():
    text = (
        "Passengers were stranded at Manchester Piccadilly, and trains between Edinburgh "
        "Waverley and Carlisle were cancelled. Commuter Sara Holling said: 'It's a shambles.'"
    )
    assert mentions(text) == ["Sara Holling"]


def test_a_name_opening_with_an_english_word_after_the_is_no_person():
    text = (
        "Ravi Dass, 29, was jailed at the Old Bailey. Staff at the Royal Mint said the coins "
        "were ready, and the Bear Stearns collapse was recalled."
    )
    assert mentions(text) == ["Ravi Dass"]


def test_a_name_ending_in_a_feature_word_after_a_role_is_a_person():
    text = (
        "Scarlets captain Dewi Lake said his side had let it slip. 'We were in it,' Lake said. "
        "Fans gathered by Bala Lake."
    )
    assert mentions(text) == ["Dewi Lake", "Lake"]
    assert places(text) == ["Bala Lake"]


def test_a_town_a_side_faces_or_that_all_won_is_a_club():
    text = (
        "Villa, who face Liverpool at home on Sunday, are unbeaten. Everton and Bournemouth "
        "both won. Rain fell in Bristol."
    )
    assert places(text) == ["Bristol"]


def test_a_town_that_drew_with_another_a_side_hosts_or_that_sacked_its_manager_is_a_club():
    text = (
        "Middlesbrough and Millwall drew 1-1. Leeds travel to Plymouth before hosting Cardiff. "
        "Watford sacked their manager on Monday. Fans came from Harrogate and York."
    )
    assert places(text) == ["Plymouth", "Harrogate", "York"]


def test_a_town_that_speaks_or_closes_branches_is_the_body_named_after_it():
    text = (
        "Halifax to close 40 branches\n\n"
        "Halifax said staff would be offered other jobs, including at its head office in "
        "Halifax. Residents of Halifax said they would miss the branch. 'It is a blow,' "
        "said Ann Pryce."
    )
    annotation = annotate(text)
    assert [text[p.start - 3 : p.end] for p in annotation.places] == ["in Halifax", "of Halifax"]


def test_the_home_of_a_teenager_or_of_residents_is_no_person():
    text = (
        "A 17-year-old from Thornton Heath has been arrested, and a 16-year-old boy from Sandy "
        "Hill was hurt. Residents of Flin Flon were told to leave."
    )
    assert mentions(text) == []
    assert places(text)[:2] == ["Thornton Heath", "Sandy Hill"]


def test_a_county_set_off_after_someones_town_is_no_person():
    text = "Brenda Hough, 79, from Mansfield, Notts, said she was heartbroken."
    assert mentions(text) == ["Brenda Hough"]


def test_a_seat_after_a_members_for_is_one_place():
    text = (
        "Rachael Mason, the MP for York Central, said she would vote against. Richard Burn, MP "
        "for Leeds East, agreed."
    )
    assert places(text) == ["York Central", "Leeds East"]


def test_a_description_opening_a_sentence_is_no_part_of_the_name():
    text = "Neighbour Pat Hume said it was mad. Gran Brenda Hough agreed."
    assert mentions(text) == ["Pat Hume", "Brenda Hough"]


def test_a_description_before_a_name_no_list_knows_is_no_part_of_it():
    text = (
        'Trains halted\n\nCommuter Priya Shah, 29, from Croydon, said: "It was chaos this morning."'
    )
    annotation = annotate(text)
    assert [person.name for person in annotation.people] == ["Priya Shah"]
    assert [
        annotation.people[q.speaker].name for q in annotation.quotes if q.speaker is not None
    ] == ["Priya Shah"]


def test_a_particle_capitalised_opening_a_sentence_is_the_same_person():
    text = (
        "Rhun ap Iorwerth, the Plaid Cymru leader, criticised the plan. Ap Iorwerth said it was "
        "a mistake."
    )
    assert people(text) == [("Rhun ap Iorwerth", None)]
    assert mentions(text) == ["Rhun ap Iorwerth", "Ap Iorwerth"]


def test_where_analysts_or_staff_work_is_no_person():
    text = (
        "Analysts at Hargreaves Lansdown said the shares were cheap. Staff at Kirsty Hale's "
        "salon were shocked."
    )
    assert mentions(text) == ["Kirsty Hale"]


def test_an_airport_that_speaks_and_a_firm_named_after_someone_are_no_person():
    text = (
        "Flights at Gatwick Airport were delayed. Gatwick said its runway had reopened. Darren "
        "Tate, 52, targeted pensioners from a van bearing the name Tate & Sons Roofing."
    )
    assert mentions(text) == ["Darren Tate"]


def test_a_lower_case_role_before_a_name_is_no_part_of_it():
    text = (
        "After the match, forest boss Nuno said his players were tired, and city boss Pep "
        "Lijnders agreed."
    )
    assert mentions(text) == ["Nuno", "Pep Lijnders"]


def test_a_seat_before_a_members_initials_is_one_place_and_the_member_a_person():
    text = (
        "Norwich South MP Clive Lewin said the bypass was overdue. Liverpool Walton MP Dan "
        "Carden agreed, and Leeds Labour MP Tom Bale said nothing."
    )
    assert mentions(text) == ["Clive Lewin", "Dan Carden", "Tom Bale"]
    assert places(text) == ["Norwich South", "Liverpool Walton", "Leeds"]


def test_a_firm_after_a_name_and_from_is_no_place():
    text = (
        "Lawyer Tom Hartley, from Birnberg Peirce, said the family would appeal. Rob Vale, "
        "from Cricklade, Wiltshire, agreed."
    )
    assert mentions(text) == ["Tom Hartley", "Rob Vale"]
    assert places(text) == ["Cricklade", "Wiltshire"]


def test_irish_heads_of_government_are_titles():
    text = (
        "Taoiseach Micheál Martin said the plan was ready, and Tánaiste Simon Harris agreed. "
        "Sinn Féin leader Mary Lou McDonald said it was too little."
    )
    assert people(text) == [
        ("Micheál Martin", "Taoiseach"),
        ("Simon Harris", "Tánaiste"),
        ("Mary Lou McDonald", None),
    ]


def test_a_town_that_something_faces_is_still_a_town():
    text = (
        "The housing crisis facing London has deepened. Rents in London rose again. The "
        "shortage that faces Edinburgh has eased, and they face Bristol's rents."
    )
    assert places(text) == ["London", "London", "Edinburgh", "Bristol"]


def test_towns_that_both_won_something_are_towns():
    text = (
        "Bids from Manchester and Liverpool both won government funding. Everton and Hull both "
        "won 2-1 on Saturday."
    )
    assert places(text) == ["Manchester", "Liverpool"]


def test_a_name_after_a_name_and_from_is_the_next_of_a_list_not_a_home():
    text = (
        "Messages came from Gary Lineker, from Alan Shearer and from Ian Wright. Joanne Bates, "
        "from Swindon, said: 'It was lovely.'"
    )
    assert mentions(text) == ["Gary Lineker", "Alan Shearer", "Ian Wright", "Joanne Bates"]
    assert places(text) == ["Swindon"]


def test_a_person_after_a_seat_and_and_is_no_seat():
    text = (
        "She thanked the MP for Bath and Jane Smith, the council leader, said: 'We did it "
        "together.'"
    )
    annotation = annotate(text)
    assert [annotation.people[q.speaker].name for q in annotation.quotes] == ["Jane Smith"]
    assert places(text) == ["Bath"]


def test_sir_or_dame_before_a_first_name_alone_is_the_person_of_that_first_name():
    text = (
        "Labour leader Keir Starmer visited Leeds on Monday, and Dame Judi Dench opened a "
        'theatre.\n\n"We will not leave this town behind," Sir Keir said. '
        '"It is a gift," Dame Judi said.'
    )
    annotation = annotate(text)
    assert [person.name for person in annotation.people] == ["Keir Starmer", "Judi Dench"]
    assert [
        annotation.people[q.speaker].name for q in annotation.quotes if q.speaker is not None
    ] == [
        "Keir Starmer",
        "Judi Dench",
    ]


def test_sir_before_a_first_name_is_no_one_of_another_gender():
    text = 'Ann Keir chaired the meeting.\n\n"We are done," Sir Keir said.'
    assert [person.name for person in annotate(text).people] == ["Ann Keir", "Keir"]


def test_british_and_irish_first_names_make_a_person_and_give_a_gender():
    text = (
        "Lawyer Martyn Day said the claim would go ahead. Gareth Hale met Niamh Walsh in Cork. "
        "'We will appeal,' she said."
    )
    annotation = annotate(text)
    assert [person.name for person in annotation.people] == [
        "Martyn Day",
        "Gareth Hale",
        "Niamh Walsh",
    ]
    assert [annotation.people[q.speaker].name for q in annotation.quotes] == ["Niamh Walsh"]


def test_mr_and_a_surname_is_no_woman_of_that_surname():
    text = (
        "Ellie Appleby, 24, told the court the flat had been damp for months. Mr Appleby, who "
        "no longer lives with her, was not in court."
    )
    assert [(person.name, person.role) for person in annotate(text).people] == [
        ("Ellie Appleby", None),
        ("Appleby", "Mr"),
    ]


def test_a_sentence_opening_with_residents_of_a_town_names_the_town():
    text = "Residents of Harlow say they were ignored. Mayors of Harlow have tried before."
    assert places(text) == ["Harlow", "Harlow"]


def test_an_age_in_words_after_a_first_name_makes_a_person():
    text = "Her son Tom, eight, was unhurt. Their daughter Rose, six, was taken to hospital."
    assert mentions(text) == ["Tom", "Rose"]


def test_a_middle_initial_without_its_stop_stays_inside_the_name():
    text = "George W Bush said he was sad. Co-star Jack P Shepherd said he was fine."
    assert mentions(text) == ["George W Bush", "Jack P Shepherd"]


def test_two_initials_without_their_stops_before_a_surname_make_a_person():
    text = "Author JK Rowling said she was sad. US Steel said it would cut jobs."
    assert mentions(text) == ["JK Rowling"]


def test_a_british_spelling_of_a_description_opening_a_sentence_is_no_part_of_the_name():
    text = "Neighbour Jo Smith said the noise was awful. Organiser Tom Hale said the fair went on."
    assert mentions(text) == ["Jo Smith", "Tom Hale"]


def test_a_british_job_no_word_list_has_opening_a_sentence_is_no_part_of_the_name():
    text = "Headteacher Jacqui Lee said the school would close. Carer Ann Pike agreed."
    assert mentions(text) == ["Jacqui Lee", "Ann Pike"]


def test_a_towns_name_that_is_the_first_name_of_someone_named_in_full_is_that_person():
    text = (
        "Tyler Ashworth, 17, died in the crash. Tyler, a former pupil at the college, had "
        "hoped to become an electrician. His aunt lives in Tyler, Texas."
    )
    assert places(text) == ["Tyler", "Texas"]


def test_the_last_county_of_a_list_after_in_is_a_place_even_before_said():
    text = "Farmers in Norfolk and Suffolk said hedgerow grants had helped."
    assert (mentions(text), places(text)) == ([], ["Norfolk", "Suffolk"])


def test_uk_regulators_unions_operators_and_charities_that_speak_are_no_person():
    text = (
        "Arriva said the route would close. Aslef said drivers would strike. Ofqual said "
        "grades were fair. Oxfam said aid was late. Defra said the ban stays. Greenpeace said "
        "it would appeal."
    )
    assert mentions(text) == []


def test_a_managers_first_name_from_the_sports_pages_makes_a_person():
    text = "Pep Guardiola's side lost. 'We were not good enough,' the Catalan said."
    annotation = annotate(text)
    assert [person.name for person in annotation.people] == ["Pep Guardiola"]
    assert [annotation.people[q.speaker].name for q in annotation.quotes] == ["Pep Guardiola"]


def test_a_citys_demonym_before_a_name_is_no_part_of_it_and_names_no_one():
    text = "Liverpudlian Jamie Carragher was impressed. The Geordie said he was happy."
    assert mentions(text) == ["Jamie Carragher"]


def test_small_british_and_irish_towns_are_places():
    text = (
        "Villagers in Wendover have raised £20,000 to save their post office. A councillor "
        "said the branch in Ratho had closed, and a bus now runs from Lingfield to Baldock."
    )
    assert places(text) == ["Wendover", "Ratho", "Lingfield", "Baldock"]


def test_a_small_town_that_is_a_surname_is_a_person_in_a_team_sheet():
    text = (
        "The side named to face Wales was: Given, Breen, Staunton, Irwin, Kenyon, Harte, "
        "Houghton, Townsend, Quinn, Doyle."
    )
    assert mentions(text) == [
        "Given",
        "Breen",
        "Staunton",
        "Irwin",
        "Kenyon",
        "Harte",
        "Houghton",
        "Townsend",
        "Quinn",
        "Doyle",
    ]


def test_sides_in_a_match_report_are_clubs_not_towns():
    text = (
        "Barnsley's defeat at Wigan left them 20th. Preston's 3-0 victory against Blackburn "
        "was their first since August. Coventry, who sacked their manager last month, lost 2-0 "
        "at home to Hull. Aberdeen's victory at Kilmarnock was sealed late on."
    )
    assert places(text) == []
    assert places("She moved home to Hull in 2019.") == ["Hull"]


def test_holiday_islands_and_cymru_are_places():
    text = (
        "The couple flew to Ibiza in May and then on to Tenerife; Majorca and Lanzarote are "
        "as popular. Fans followed Cymru to the finals."
    )
    assert places(text) == ["Ibiza", "Tenerife", "Majorca", "Lanzarote", "Cymru"]


def test_club_words_that_are_no_ones_name_make_a_club():
    text = (
        "Partick Thistle beat Plymouth Argyle in a friendly, and Kidderminster Harriers and "
        "Bolton Wanderers both won."
    )
    assert mentions(text) == []
    assert places(text) == []


def test_a_small_town_set_off_after_a_name_and_of_is_a_home():
    text = (
        "Councillor Ann Pryce, of Kilkeel, said the branch had closed. Tom Hart, of Castlebar, "
        "agreed, and Jo Dunn, of Birnberg Peirce, said it was a shame."
    )
    assert places(text) == ["Kilkeel", "Castlebar"]
    assert mentions(text) == ["Ann Pryce", "Tom Hart", "Jo Dunn"]


def test_irish_counties_and_welsh_names_of_places_are_places():
    text = (
        "The car was set alight in Crossmolina, Co Mayo, and gardaí in west Mayo appealed for "
        "witnesses. Farmers in Offaly are angry. Plaid Cymru held Ynys Môn."
    )
    assert places(text) == ["Crossmolina", "Co Mayo", "Mayo", "Offaly", "Ynys Môn"]
    assert mentions(text) == []


def test_a_town_joined_by_a_lower_case_word_counts_alone_hyphens_or_not():
    text = (
        "Flooding hit Stockton-on-Tees and Ashby-de-la-Zouch, while Barrow-in-Furness saw "
        "heavy rain."
    )
    assert places(text) == ["Stockton-on-Tees", "Ashby-de-la-Zouch", "Barrow-in-Furness"]


def test_a_town_named_with_upon_is_one_place():
    text = "Flooding hit Newcastle upon Tyne and Kingston upon Thames."
    assert places(text) == ["Newcastle upon Tyne", "Kingston upon Thames"]


def test_a_town_before_a_noun_that_is_also_a_verb_is_no_one():
    text = (
        "Man jailed for Tadworth attack\n\nA man who stabbed a cyclist in Tadworth was jailed. "
        "Police said the Bradford attack was unrelated, and the Bradford stabbing was solved."
    )
    assert mentions(text) == []
    assert places(text) == ["Tadworth", "Tadworth", "Bradford", "Bradford"]


def test_a_name_of_two_english_words_with_an_age_is_a_person():
    text = "The court heard the defendant followed Amir Khan, 52, from the shop to his flat."
    assert mentions(text) == ["Amir Khan"]


def test_a_town_before_and_the_and_a_noun_names_a_band():
    text = (
        "Florence and the Machine will headline, with Catfish and the Bottlemen on the second "
        "stage. Fans flew in from Florence and the Tuscan hills, and the tour visits Leeds and "
        "the Midlands."
    )
    assert places(text) == ["Florence", "Leeds", "Midlands"]
    assert mentions(text) == []


def test_a_town_and_a_plural_nickname_name_a_club():
    text = (
        "Leicester Tigers thrashed Newcastle Red Bulls, while Bristol Bears and Leeds Rhinos "
        "drew. Salford Red Devils lost. Chester Banks, 24, scored twice."
    )
    assert mentions(text) == ["Chester Banks"]


def test_a_grounds_stand_is_no_one():
    text = "The Holte End sang throughout, and the Stretford End sang back."
    assert mentions(text) == []


def test_a_region_after_on_is_a_place():
    text = (
        "Ferries were cancelled. Residents on Skye and on Anglesey said they were short of "
        "bread, and families on Merseyside were told to stay in."
    )
    assert places(text) == ["Skye", "Anglesey", "Merseyside"]
    assert mentions(text) == []


def test_a_place_cut_at_a_possessive_or_after_co_is_whole():
    text = (
        "A woman from King's Lynn was among those stranded, and farmers in Co. Tipperary and "
        "Co Cork reported damage. King's College said exams would go ahead."
    )
    assert places(text) == ["King's Lynn", "Co. Tipperary", "Co Cork"]


def test_a_british_town_named_like_a_word_needs_a_word_of_place_every_time():
    text = (
        "In Mold, the council said roads were flooded, and a lorry crashed near Neath. Mold "
        "spores were found in the flats. Swords were drawn at the re-enactment, and farmers in "
        "Swords lost crops. Rye bread sold out in Rye."
    )
    assert places(text) == ["Mold", "Neath", "Swords", "Rye"]


def test_a_side_that_goes_down_or_is_bowled_out_is_a_club():
    text = (
        "Burnley, who were relegated last season, lead the table. In cricket, Yorkshire were "
        "bowled out for 140."
    )
    assert places(text) == []
    text = "Burnley, who were promised a new station, are waiting, as Yorkshire was in 1990."
    assert places(text) == ["Burnley", "Yorkshire"]


def test_a_country_with_a_plural_verb_after_a_comma_and_is_its_team():
    text = (
        "England were without their captain, and Wales have lost their last 12 Tests. Fans in "
        "Wales have lost patience. China, Japan, and South Korea are key."
    )
    assert places(text) == ["Wales", "China", "Japan", "South Korea"]


def test_a_nationality_and_one_english_word_name_a_firm():
    text = (
        "Scottish Power said bills would fall, and Anglian Water said it was sorry. Brazilian "
        "Ronaldo said he was happy."
    )
    assert mentions(text) == ["Ronaldo"]


def test_places_listed_with_a_club_are_clubs():
    text = (
        "Aston Villa, West Ham, Tottenham and Crystal Palace voted in favour. Flights from Mexico "
        "City, Tottenham and Leeds were delayed."
    )
    assert places(text) == ["Mexico City", "Leeds"]


def test_a_place_completing_a_bodys_of_after_and_is_part_of_its_name():
    text = (
        "The Green Party of England and Wales abstained, and the Law Society of England and "
        "Wales said so. Roads in England and Wales were shut."
    )
    assert places(text) == ["England", "Wales"]


def test_plural_people_of_a_place_and_brits_are_no_one_and_nowhere():
    text = (
        "Yorkshiremen and Cornishmen complained that Scotsmen had won. Dua Lipa won two Brits, "
        "and Brits abroad cheered."
    )
    assert mentions(text) == ["Dua Lipa"]
    assert places(text) == []


def test_a_town_before_an_office_that_owns_a_body_names_the_body():
    text = (
        "The inquest at Walthamstow Coroner's Court heard she had waited at Queen's Hospital in "
        "Romford, and the Romford coroner said so."
    )
    assert places(text) == ["Romford", "Romford"]


def test_a_horse_whose_name_ends_in_an_english_word_is_no_one():
    text = "At the festival, Galopin Des Champs, ridden by Paul Townend, won the Gold Cup."
    assert mentions(text) == ["Paul Townend"]


def test_a_british_town_named_like_a_word_and_a_surname_needs_a_word_of_place():
    text = (
        "Shoppers in Street and in Wells were evacuated, and Street Car Club shut. Wells said "
        "the Wells Fargo deal was done, and a pupil at Sandy Hook Elementary School wrote."
    )
    assert places(text) == ["Street", "Wells"]


def test_a_name_said_twice_is_a_band():
    text = (
        "Duran Duran and Talk Talk reunited, and Simon Le Bon said it was a thrill. A man "
        "calling himself Paul Paul wrote in."
    )
    assert mentions(text) == ["Simon Le Bon", "Paul Paul"]


def test_a_town_named_like_someones_first_name_stays_a_town_after_a_word_of_place():
    text = (
        "Barry Jones, 54, said his street had never flooded. Homes in Barry were flooded, Barry "
        "Island's funfair shut, and a woman from Beverley was rescued. Residents of Stanley lost "
        "power. Beverley Knight and Stanley Johnson sang, and Barry said it was moving."
    )
    assert mentions(text) == ["Barry Jones", "Beverley Knight", "Stanley Johnson", "Barry"]
    assert places(text) == ["Barry", "Barry Island", "Beverley", "Stanley"]


def test_a_town_named_like_a_first_name_before_and_and_a_first_name_is_a_duo():
    text = (
        "Chas and Dave played the Isle of Wight, and fans came from Chas and Nicole's home "
        "town. Lincoln and Rhys flew in from Chester and Derby."
    )
    assert places(text) == ["Isle of Wight", "Chas", "Chester", "Derby"]


def test_a_dish_named_after_a_place_is_no_place():
    text = (
        "Yorkshire puddings sold out, a Melton Mowbray pork pie won gold and Dundee cake came "
        "second, said a baker from Dundee."
    )
    assert places(text) == ["Dundee"]


def test_a_ships_name_holds_no_person_nor_place():
    text = (
        "The HMS Queen Mary sailed from Plymouth, and HMS Prince of Wales left Rosyth. The MV "
        "Derbyshire sank off Okinawa, and RFA Argus docked in Falmouth."
    )
    assert (mentions(text), places(text)) == ([], ["Plymouth", "Rosyth", "Okinawa", "Falmouth"])


def test_a_storm_opening_a_sentence_names_no_place():
    text = "Flooding hit Florida. Hurricane Milton made landfall near Sarasota."
    assert places(text) == ["Florida", "Sarasota"]


def test_a_law_firm_named_after_its_partners_is_no_person():
    text = (
        "Hodge Carter solicitors represent the families. Ruth Hale, a partner at Irwin Mitchell, "
        "said the Percy Gale law firm had agreed, and a solicitor at Judith Drew said so too."
    )
    assert mentions(text) == ["Ruth Hale"]


def test_towns_listed_before_plural_universities_name_the_universities():
    text = (
        "Durham and Exeter universities raised fees, as did Bath, York and Leicester colleges. "
        "Students in Exeter protested."
    )
    assert places(text) == ["Exeter"]


def test_an_adjective_of_origin_or_period_opening_a_name_is_no_person():
    text = (
        "Hebridean Ferries said sailings would resume, and a Cornish cottage and a Morgan sports "
        "car were sold. Florian Pask said he was pleased."
    )
    assert mentions(text) == ["Florian Pask"]


def test_royal_opening_a_name_names_a_club_or_a_body_not_a_person():
    text = "The Open returns to Royal Lytham, and Royal Kessock hosts the Amateur."
    assert mentions(text) == []


def test_an_awards_or_trophys_name_after_a_sponsor_is_no_person():
    text = "He won the Costa Book Awards and the Nelson Pike Trophy."
    assert mentions(text) == []


def test_a_county_that_closes_or_declares_on_a_score_is_a_team():
    text = "Durham closed on 320 for six at Chester-le-Street, and Kent declared on 410 in Leeds."
    assert places(text) == ["Chester-le-Street", "Leeds"]
