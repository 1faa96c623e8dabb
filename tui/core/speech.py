"""The vocabulary of attribution: speech verbs in every tense form, and the small words around them.

Kept apart from the patterns that use it (`speakers`) so other finders (people, roles) can ask
"is this a verb of saying?" without pulling in quote handling. Forms are generated from lemmas
so the list stays readable; the irregular and consonant-doubling verbs are spelled out.
"""

from __future__ import annotations

from typing import Final

SPEECH_LEMMAS: Final = (
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
    "exhort implore forecast react press prod chime retaliate bark confess surmise gloat refer "
    "brag deadpan gripe chuckle fret rant snarl jest grouse"
).split()

PHRASAL_SPEECH: Final = {
    "shot": "back",
    "shoots": "back",
    "fired": "back",
    "fires": "back",
    "hit": "back",
    "hits": "back",
    "went": "on",
    "goes": "on",
}
"""Verbs of saying only with their particle (`Trump shot back`, `she went on`), by past or -s
form."""

_IRREGULAR: Final = {
    "say": ("says", "said", "saying"),
    "tell": ("tells", "told", "telling"),
    "write": ("writes", "wrote", "writing", "written"),
    "read": ("reads", "read", "reading"),
    "swear": ("swears", "swore", "swearing", "sworn"),
    "sing": ("sings", "sang", "singing", "sung"),
    "cry": ("cries", "cried", "crying"),
    "speak": ("speaks", "spoke", "speaking", "spoken"),
    "label": ("labels", "labeled", "labelled", "labeling", "labelling"),
    "counsel": ("counsels", "counseled", "counselled", "counseling", "counselling"),
}
_DOUBLING: Final = {
    "admit",
    "quip",
    "rebut",
    "rap",
    "snap",
    "beg",
    "refer",
    "dub",
    "slam",
    "concur",
    "prod",
    "brag",
    "deadpan",
    "fret",
}


def inflections(lemma: str) -> tuple[str, ...]:
    """The lemma and its -s, -ed and -ing forms (plus irregular past participles)."""
    if lemma in _IRREGULAR:
        return (lemma, *_IRREGULAR[lemma])
    if lemma.endswith("e"):
        return (
            lemma,
            lemma + "s",
            lemma + "d",
            (lemma if lemma.endswith("ee") else lemma[:-1]) + "ing",
        )
    if lemma.endswith("y") and lemma[-2] not in "aeiou":
        return lemma, lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"
    if lemma in _DOUBLING:
        return lemma, lemma + "s", lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"
    plural = lemma + "es" if lemma.endswith(("s", "sh", "ch", "x", "z")) else lemma + "s"
    return lemma, plural, lemma + "ed", lemma + "ing"


SPEECH_VERBS: Final = frozenset(form for lemma in SPEECH_LEMMAS for form in inflections(lemma)) | {
    "texted",
    "emailed",
}
"""Every form of every verb of saying, lower case; of `text` and `email` only the past, the
others being nouns far more often (`44 emails that`)."""

REPORTING_VERBS: Final = frozenset(
    inflections("say")
    + inflections("tell")
    + inflections("write")
    + inflections("add")
    + inflections("ask")
    + inflections("tweet")
)
"""The plain verbs of reporting: right before a quote, even a partial one, they introduce it
(`Ryan said "no place in a party"`), whatever other verbs the sentence has."""

AUXILIARIES: Final = frozenset(
    "has have had is was were are am be been will would could should can may might must did does "
    "do also later then again once previously recently repeatedly further simply flatly bluntly "
    "publicly privately quietly angrily finally first earlier often frequently famously reportedly "
    "still just never always already subsequently sarcastically forcefully openly boldly "
    "cynically candidly emphatically proudly tersely calmly firmly defiantly loudly softly "
    "not n't himself herself themselves however meanwhile now too even actually really yesterday "
    "today tonight".split()
)
"""Words that may stand between a speaker and the verb (`Blinken has also said`,
`Cruz himself said`)."""

PRONOUNS: Final = {"he": "m", "she": "f", "they": None, "i": None, "we": None, "it": None}
"""Subject pronouns that can say something, with the gender they require (None: any or none)."""

DETERMINERS: Final = frozenset(
    "the a an one another some two three several many my his her their our your its".split()
)
"""Words that open a description of a speaker (`the official`, `one Democratic source`)."""

DEFINITE: Final = frozenset(("the",))
"""Determiners that point back to someone already named (`the official` is not a new person)."""

PERSON_NOUNS: Final = frozenset(
    "official spokesman spokeswoman spokesperson president senator minister secretary diplomat "
    "adviser advisor aide leader candidate nominee governor mayor director chief chairman "
    "chairwoman chair businessman businesswoman narrator man woman lawmaker congressman "
    "congresswoman representative ambassador envoy general commander officer lawyer attorney judge "
    "professor analyst expert economist researcher host anchor reporter author founder executive "
    "ceo manager owner premier chancellor king queen prince princess pope bishop pastor reverend "
    "priest rabbi imam activist organizer strategist pollster consultant veteran survivor witness "
    "resident voter student teacher doctor nurse scientist father mother son daughter husband wife "
    "brother sister friend neighbor colleague partner rival opponent proponent challenger "
    "incumbent speaker observer respondent "
    "mogul billionaire star actor actress singer rapper player coach democrat republican "
    "conservative liberal negotiator prosecutor sheriff detective agent soldier pilot farmer "
    "worker deputy counterpart lieutenant captain colonel sergeant frontrunner front-runner "
    "contender hopeful campaigner protester commentator columnist editor journalist historian "
    "lobbyist donor fundraiser critic supporter justice neurosurgeon surgeon physician fan "
    "demonstrator crowd audience lady gentleman employee staffer member citizen parent insider "
    "source participant attendee delegate ally volunteer caller viewer listener reader customer "
    "militant fighter user teen teenager graduate mom dad grandmother grandfather uncle aunt "
    "cousin nephew niece chef driver trooper firefighter guard clerk banker trader investor "
    "entrepreneur developer engineer designer artist musician comedian writer poet novelist "
    "filmmaker producer publisher blogger commissioner councilman councilwoman councillor "
    "alderman legislator assemblyman assemblywoman superintendent principal dean provost "
    "boss operative pundit striker midfielder defender goalkeeper winger batsman batter bowler "
    "seamer spinner opener skipper backbencher youngster pensioner shopper mum left-hander "
    "right-hander neighbour gran granny grandma grandad nan pal headteacher headmaster "
    "headmistress carer childminder".split()
)
"""Head nouns of descriptions that name a person (`the official`), not a body (`the report`)."""

OFFICES: Final = frozenset(
    "president premier minister secretary chancellor senator governor mayor king queen prince "
    "princess duke duchess pope archbishop bishop speaker chairman chairwoman chair commissioner "
    "councillor councilor judge justice ambassador mp mla mpp msp mep pm".split()
)
"""Heads of the titles that name one holder of an office, capitalised in many house styles after
`the` (`the Prime Minister`, `the Liberal MP`, `the Duke`): a person, not a body."""

SOURCE_NOUNS: Final = frozenset(
    "report reports article letter statement study book piece ad ads memo poll polls survey post "
    "tweet tweets website editorial column complaint lawsuit filing ruling document paper analysis "
    "release transcript video spot commercial campaign committee council commission agency "
    "department ministry office government administration court panel group groups organization "
    "company firm network newspaper magazine site blog party union researchers finding findings "
    "data bill law constitution platform resolution message sign banner headline caption email "
    "e-mail outlet outlets family".split()
)
"""Head nouns of descriptions that speak without being a person (`the report says`)."""

WORDS_NOUNS: Final = frozenset(
    "claim claims assertion accusation accusations allegation promise promises pledge vow warning "
    "remark remarks comment comments words phrase slogan motto answer reply response retort "
    "argument opinion view call appeal plea demand question speech address interview testimony "
    "remarks language rhetoric message note footnote quote quip joke boast criticism attack "
    "broadside insult description verdict assessment prediction projection forecast estimate "
    "announcement declaration proposal plan pitch offer advice suggestion dictum".split()
)
"""Nouns that carry someone's words (`Lee's promise to "fix the roads"`): their owner said it."""

_MALE_FIRST_NAMES: Final = """
Aaron Abel Abraham Adam Adolfo Adolph Agustin Al Alan Albert Alberto Alejandro Alex Alexander
Alfonso Alfred Alfredo Allan Allen Alonzo Alphonso Alton Alvaro Alvin Amos Andre Andres Andrew
Andy Angelo Anthony Antoine Anton Antonio Archie Armand Armando Arnold Arthur Arturo August
Austin Avery Barry Bart Basil Ben Benito Benjamin Benny Bernard Bernardo Bert Bill Billy Blaine
Blake Bob Bobby Boyd Brad Bradford Bradley Brady Brain Brandon Brendan Brent Bret Brett Brian
Bruce Bruno Bryan Bryant Bryce Bryon Buddy Burton Byron Caleb Calvin Cameron Carl Carlos Carlton
Cecil Cedric Cesar Chad Charles Charlie Chase Chester Christopher Chuck Clarence Clark Claude
Clay Clayton Clement Cleveland Cliff Clifford Clifton Clint Clinton Clyde Cody Cole Colin Conrad
Corey Cornelius Cory Coy Craig Curt Curtis Dale Dallas Damian Damien Damon Dan Dane Daniel Danny
Dante Darin Darius Darnell Darrel Darrell Darren Darrin Darryl Darwin Daryl Dave David Davis
Dean Delbert Demetrius Denis Dennis Denny Derek Derick Derrick Desmond Dewayne Dewey Dexter
Diego Dion Domingo Dominic Dominick Don Donald Donnell Donovan Doug Douglas Doyle Drew Duane
Dustin Dwayne Dwight Dylan Earl Earnest Ed Eddie Eddy Edgar Edmond Edmund Eduardo Edward Edwin
Efrain Elbert Eldon Eli Elias Elijah Elliot Elliott Ellis Elmer Elton Elvin Elvis Elwood Emanuel
Emery Emil Emilio Emmanuel Emmett Enrique Eric Erick Erik Ernest Ernesto Ernie Ervin Erwin
Esteban Ethan Eugene Evan Everett Fabian Federico Felipe Felix Fernando Fidel Floyd Forrest
Francisco Frank Franklin Fred Freddy Frederick Fredrick Gabriel Garland Garrett Garry Gary Gavin
Gene Geoffrey George Gerald Gerard Gerardo Gilbert Gilberto Glen Glenn Gonzalo Gordon Grady
Graham Grant Greg Gregg Gregorio Gregory Grover Guillermo Gus Gustavo Guy Hal Hans Harlan Harley
Harold Harrison Harry Harvey Heath Hector Henry Herbert Heriberto Herman Hiram Homer Horace
Howard Hubert Hugh Hugo Humberto Ian Ignacio Irvin Irving Isaac Isaiah Ismael Israel Issac Ivan
Jack Jackson Jacob Jake Jamal James Jared Jarrod Jarvis Jason Jasper Javier Jay Jayson Jeff
Jefferson Jeffery Jeffrey Jeffry Jerald Jeremiah Jeremy Jermaine Jerome Jerry Jess Jesse Jesus
Jim Jimmy Joaquin Joe Joel Joesph Joey John Johnathan Johnny Jon Jonathan Jonathon Jorge Jose
Joseph Josh Joshua Juan Julian Julio Julius Junior Justin Karl Keith Kelvin Ken Kendrick Kenneth
Kenny Kent Kermit Kevin Kirk Kristopher Kurt Kyle Lamar Lamont Lance Larry Laurence Lawrence
Leland Leo Leon Leonard Leonardo Leroy Lester Levi Lewis Lionel Lloyd Logan Lonnie Lorenzo Louis
Lowell Loyd Lucas Luis Luke Luther Lyle Mack Malcolm Manuel Marc Marcel Marco Marcos Marcus
Mario Mark Marlin Marlon Marshall Martin Marvin Mason Mathew Matt Matthew Maurice Mauricio Max
Maxwell Maynard Melvin Michael Micheal Miguel Mike Miles Millard Milton Mitchell Moises Monte
Monty Morris Moses Murray Myron Nathan Nathaniel Neal Ned Neil Nelson Nicholas Nick Nickolas
Nicolas Noah Noe Nolan Norbert Norman Norris Oliver Omar Orlando Orville Oscar Otis Otto Owen
Pablo Patrick Paul Pedro Percy Perry Pete Peter Phil Philip Phillip Pierre Preston Quentin
Quincy Quinton Rafael Ralph Ramiro Ramon Randal Randall Randolph Randy Raphael Raul Ray Raymond
Reed Reggie Reginald Reuben Rex Reynaldo Ricardo Richard Rick Rickey Rickie Ricky Rigoberto
Riley Rob Robert Roberto Rocco Rocky Rod Roderick Rodger Rodney Rodolfo Rodrigo Rogelio Roger
Roland Rolando Roman Romeo Ron Ronald Ronnie Roosevelt Rory Roscoe Ross Roy Royce Ruben Rudolph
Rudy Rufus Russel Russell Rusty Ryan Salvador Salvatore Sam Sammy Samuel Santiago Saul Scot
Scott Scotty Sean Sebastian Sergio Seth Shane Shaun Sheldon Sherman Sidney Simon Solomon Spencer
Stan Stanley Stephan Stephen Sterling Steve Steven Stewart Stuart Sylvester Ted Teddy Terence
Terrance Terrell Terrence Thaddeus Theodore Thomas Thurman Tim Timmy Timothy Todd Tom Tomas
Tommy Tony Travis Trent Trevor Troy Ty Tyler Tyrone Tyson Ulysses Vance Vaughn Vern Vernon
Vicente Victor Vince Vincent Virgil Wade Wallace Walter Ward Warren Wayne Wendell Wesley Wilbert
Wilbur Wiley Wilfred Wilfredo Will Willard William Williams Willis Wilson Winston Wm Woodrow
Xavier Zachary
Jean François Francois Yves Jacques Luc Stéphane Stephane Mathieu Benoît Benoit Réjean Rejean
Gilles Michel Olivier Étienne Etienne Sébastien Sebastien Frédéric Frederic Sylvain Maxime
Alexandre Philippe André Normand Yvon
Martyn Gareth Rhys Dafydd Iwan Huw Emlyn Aled Owain Ieuan Rhodri Geraint Gethin Tomos Bryn Ciaran
Ciarán Kieran Keiran Eoin Oisin Oisín Padraig Pádraig Declan Darragh Cathal Fintan Cillian Niall
Ruairi Liam Connor Conor Fergus Hamish Alasdair Alastair Alistair Callum Ewan Euan Iain Lachlan
Murdo Graeme Dougie Clive Keir Humphrey Crispin Giles Jolyon Tristram Alfie Reece Jayden Rishi
Sadiq Imran Hamza Nadhim Kwasi Freddie Theo Finley Albie Finn Rafe Ollie Olly Toby Jonny Kieron
Nigel Geoff Mick Kev Muhammad Mohammed Mohammad Ahmed Hassan Bilal Usman Tariq Rizwan Zak
Mitt
Pep Jurgen Jürgen Arne Nuno Unai Andoni Enzo Joao João Kylian Rasmus Dejan Bukayo
Aiden Aidan Brayden Kayden Caden Jaxon Jace Brody Asher Colton Wyatt Landon Jaxson Braxton
"""

_FEMALE_FIRST_NAMES: Final = """
Abby Abigail Ada Addie Adela Adele Adeline Adriana Adrienne Agnes Aida Aileen Aimee Alana
Alberta Alejandra Alexandra Alexandria Alice Alicia Aline Alisa Alisha Alison Alissa Allie
Allison Allyson Alma Alta Althea Alyce Alyssa Amalia Amanda Amber Amelia Amie Amy Ana Anastasia
Andrea Angela Angelia Angelica Angelina Angeline Angie Anita Ann Anna Annabelle Anne Annette
Annie Antoinette April Araceli Arlene Arline Ashlee Ashley Audra Audrey Augusta Aurelia Aurora
Autumn Ava Avis Barbara Barbra Beatrice Beatriz Becky Belinda Benita Bernadette Bernadine
Bernice Berta Bertha Bessie Beth Bethany Betsy Bette Bettie Betty Bettye Beulah Beverly Bianca
Blanca Blanche Bobbi Bonita Bonnie Brandi Brandy Brenda Briana Brianna Bridget Bridgette
Brittany Brittney Brooke Caitlin Callie Camille Candace Candice Candy Cara Carla Carlene Carly
Carmela Carmella Carmen Carol Carole Carolina Caroline Carolyn Carrie Cassandra Cassie Catalina
Catherine Cathleen Cathy Cecelia Cecile Cecilia Celeste Celia Chandra Charity Charlene Charlotte
Charmaine Chasity Chelsea Cheri Cherie Cheryl Christa Christi Christie Christina Christine
Christy Chrystal Cindy Claire Clara Clare Clarice Clarissa Claudette Claudia Claudine Colette
Colleen Concepcion Connie Constance Consuelo Cora Corina Corine Corinne Cornelia Corrine
Cristina Crystal Cynthia Daisy Danielle Daphne Darcy Darla Darlene Dawn Deana Deanna Deanne
Debbie Debora Deborah Debra Deena Deidre Deirdre Delia Della Delores Deloris Dena Denise Desiree
Diana Diane Dianna Dianne Dina Dixie Dollie Dolly Dolores Dona Donna Dora Doreen Doris Dorothea
Dorothy Dorthy Earlene Earline Earnestine Ebony Edith Edna Edwina Effie Eileen Elaine Eleanor
Elena Elinor Elisa Elisabeth Elise Eliza Elizabeth Ella Ellen Elma Elnora Eloise Elsa Elsie Elva
Elvia Elvira Emilia Emily Emma Erica Ericka Erika Erin Erma Ernestine Esmeralda Esperanza Essie
Estela Estella Estelle Ester Esther Ethel Etta Eugenia Eula Eunice Eva Evangeline Eve Evelyn
Faith Fannie Fay Faye Felicia Fern Flora Florence Flossie Fran Frances Francine Francisca Freda
Frieda Gabriela Gabrielle Gail Gay Gayle Gena Geneva Genevieve Georgette Georgia Georgina
Geraldine Gertrude Gina Ginger Gladys Glenda Glenna Gloria Goldie Grace Gracie Graciela Greta
Gretchen Gwen Gwendolyn Haley Hannah Harriet Harriett Hattie Hazel Heather Heidi Helen Helena
Helene Henrietta Hilary Hilda Hillary Holly Hope Ida Ila Ilene Imelda Imogene Ina Inez Ingrid
Irene Iris Irma Isabel Isabelle Iva Ivy Jaclyn Jacqueline Jacquelyn Jami Jana Jane Janelle Janet
Janette Janice Janie Janine Janis Janna Jasmine Jayne Jeanette Jeanie Jeanine Jeanne Jeannette
Jeannie Jeannine Jenifer Jenna Jennie Jennifer Jenny Jeri Jerri Jessica Jill Jillian Jo Joan
Joann Joanna Joanne Jocelyn Jodi Jodie Johanna Jolene Joni Josefa Josefina Josephine Josie Joy
Joyce Juana Juanita Judith Judy Julia Juliana Julianne Julie Juliette June Justine Kara Karen
Kari Karin Karina Karla Kate Katelyn Katharine Katherine Kathie Kathleen Kathrine Kathryn Kathy
Katie Katrina Katy Kay Kaye Kayla Keisha Kelli Kellie Kelsey Kendra Kenya Keri Kerri Kimberley
Kimberly Kirsten Krista Kristen Kristi Kristie Kristin Kristina Kristine Kristy Krystal Lacey
Ladonna Lakeisha Lakisha Lana Lara Latasha Latisha Latonya Latoya Laura Laurel Lauren Laurie
Lavonne Lawanda Lea Leah Leann Leanne Leila Lela Lena Lenora Lenore Leola Leona Leonor Lessie
Letha Leticia Lidia Lila Lilia Lilian Liliana Lillian Lillie Lilly Lily Lina Linda Lindsay Lisa
Liza Lizzie Lois Lola Lora Loraine Lorena Lorene Loretta Lori Lorie Lorna Lorraine Lorrie Lottie
Louisa Louise Lourdes Luann Lucia Lucile Lucille Lucinda Lucy Luella Luisa Lula Luz Lydia Lynda
Lynette Lynne Lynnette Mabel Mable Madeline Madelyn Madge Mae Magdalena Maggie Malinda Mallory
Mamie Mandy Manuela Marcella Marci Marcia Marcie Marcy Margaret Margarita Margery Margie Margo
Margret Marguerite Mari Maria Marian Marianne Maribel Maricela Marie Marietta Marilyn Marina
Marisa Marisol Marissa Maritza Marjorie Marla Marlene Marsha Marta Martha Martina Marva Mary
Maryann Maryanne Marylou Matilda Mattie Maude Maureen Mavis Maxine May Mayra Meagan Megan Meghan
Melanie Melba Melinda Melisa Melissa Melody Melva Mercedes Meredith Mia Michele Michelle
Milagros Mildred Millie Mindy Minerva Minnie Miranda Miriam Misty Mitzi Mollie Molly Mona Monica
Monique Muriel Myra Myrna Myrtle Nadia Nadine Nancy Nanette Nannie Naomi Natalia Natalie Natasha
Nelda Nell Nellie Nettie Neva Nichole Nicole Nikki Nina Nita Noemi Nola Nona Nora Noreen Norma
Odessa Ofelia Ola Olga Olive Olivia Opal Ophelia Ora Paige Pam Pamela Patrica Patrice Patricia
Patsy Patti Patty Paula Paulette Pauline Pearl Pearlie Peggy Penelope Penny Petra Phyllis Polly
Priscilla Rachael Rachel Rachelle Rae Ramona Randi Raquel Reba Rebecca Rebekah Regina Rena Renee
Reva Rhoda Rhonda Rita Roberta Robyn Rochelle Ronda Rosa Rosalie Rosalind Rosalinda Rosalyn
Rosanne Rose Roseann Rosella Rosemarie Rosemary Rosetta Rosie Roslyn Roxanne Roxie Ruby Ruth
Ruthie Sabrina Sadie Sallie Sally Samantha Sandra Sara Sarah Sasha Saundra Savannah Selena Selma
Serena Shana Shanna Shari Sharon Sharron Shauna Shawna Sheena Sheila Shelia Shelley Shelly
Sheree Sheri Sherri Sherrie Sherry Sheryl Shirley Silvia Simone Socorro Sofia Sondra Sonia Sonja
Sonya Sophia Sophie Staci Stacie Stefanie Stella Stephanie Sue Summer Susan Susana Susanna
Susanne Susie Suzanne Suzette Sybil Sylvia Tabatha Tabitha Tamara Tameka Tami Tamika Tammi
Tammie Tammy Tania Tanisha Tanya Tara Tasha Teresa Teri Terri Terrie Tessa Thelma Theresa
Therese Tia Tiffany Tina Toni Tonia Tonya Traci Tracie Tricia Trina Trisha Trudy Ursula Valarie
Valeria Valerie Vanessa Velma Vera Verna Veronica Vicki Vickie Vicky Victoria Vilma Viola Violet
Virgie Virginia Vivian Wanda Wendi Wendy Willa Wilma Winifred Winnie Yesenia Yolanda Yvette
Yvonne Zelma
Nathalie Geneviève Sylvie Chantal Martine Josée Josee Mélanie Véronique
Veronique Valérie Hélène Manon Andrée Andree Lise Johanne Ginette Lucie Karine
Cerys Sian Siân Bethan Ffion Carys Rhian Eluned Angharad Lowri Seren Niamh Aoife Caoimhe Sinead
Sinéad Roisin Róisín Orla Saoirse Grainne Gráinne Clodagh Mairead Aisling Mhairi Kirsty Morag
Ailsa Eilidh Catriona Isla Imogen Rosamund Tamsin Jemima Pippa Glenys Demi Priti Kemi Suella
Shabana Ellie Chloe Zoe Evie Freya Phoebe Esme Maeve Isabella Bella Sienna Scarlett Tilly Maisie
Gemma Hayley Kayleigh Keeley Keira Kiera Chantelle Ciara Gillian Tracey Liz Anneliese Zara Priya
Aisha Fatima Amira Zainab Maryam Mariam Yasmin
Khloe Zoey Nevaeh Skylar Aaliyah Kinsley Makayla Londyn Everly Kaylee Brynn Aria Jayla Kylie
"""

FIRST_NAME_GENDERS: Final = {
    **dict.fromkeys(_MALE_FIRST_NAMES.split(), "m"),
    **dict.fromkeys(_FEMALE_FIRST_NAMES.split(), "f"),
}
"""The gender a first name almost always has, as the pronouns in PRONOUNS write it, so `she` never
resolves to a Donald nor `he` to a Hillary. From the US Census 1990 first-name lists (public
domain, see data/ATTRIBUTION.md): names given to at least 0.01 % of one sex and ten times as
often to it as to the other; and the last lines of each, the French names of Quebec news and the
British and Irish ones of UK news that those lists lack or give no gender (`Geneviève`,
`Réjean`, `Gareth`, `Niamh`, `Ellie`), with and without their accents, the odd American one
(`Mitt`), the American ones of children born since (`Aiden`, `Khloe`: students and young
victims in local news; not those that are words, places or surnames too: `Harper`, `Brooklyn`,
`Destiny`) and those of footballers and managers in UK sports pages (`Pep`, `Jürgen`,
`Bukayo`). `scripts/build_names.py` makes each a first name in `names`."""
