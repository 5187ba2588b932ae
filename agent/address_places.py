"""Place names an address parser needs: countries as shoppers write them, US states, Canadian
provinces, Australian states, big cities named without their country, and street words that
tell a country ("Torstraße", "rue", "via", "calle", "gracht")."""

from __future__ import annotations

import re

COUNTRIES = {
    "united states": "US", "united states of america": "US", "usa": "US", "us": "US",
    "u.s.": "US", "u.s.a.": "US", "america": "US", "france": "FR", "germany": "DE",
    "deutschland": "DE", "spain": "ES", "españa": "ES", "espana": "ES", "italy": "IT",
    "italia": "IT", "united kingdom": "GB", "uk": "GB", "u.k.": "GB", "england": "GB",
    "scotland": "GB", "wales": "GB", "northern ireland": "GB", "great britain": "GB",
    "gb": "GB", "canada": "CA", "mexico": "MX", "méxico": "MX", "ireland": "IE", "eire": "IE",
    "netherlands": "NL", "the netherlands": "NL", "nederland": "NL", "holland": "NL",
    "belgium": "BE", "belgique": "BE", "belgië": "BE", "portugal": "PT", "switzerland": "CH",
    "schweiz": "CH", "suisse": "CH", "svizzera": "CH", "austria": "AT", "österreich": "AT",
    "sweden": "SE", "sverige": "SE", "norway": "NO", "norge": "NO", "denmark": "DK",
    "danmark": "DK", "finland": "FI", "suomi": "FI", "poland": "PL", "polska": "PL",
    "japan": "JP", "australia": "AU", "new zealand": "NZ", "brazil": "BR", "brasil": "BR",
    "argentina": "AR", "chile": "CL", "colombia": "CO", "peru": "PE", "perú": "PE",
    "india": "IN", "china": "CN", "hong kong": "HK", "singapore": "SG", "south korea": "KR",
    "korea": "KR", "united arab emirates": "AE", "uae": "AE", "qatar": "QA", "israel": "IL",
    "south africa": "ZA", "greece": "GR", "czech republic": "CZ", "czechia": "CZ",
    "luxembourg": "LU", "iceland": "IS", "jamaica": "JM", "ghana": "GH", "kenya": "KE",
    "nigeria": "NG", "turkey": "TR", "türkiye": "TR", "france métropolitaine": "FR",
}  # fmt: skip
CODES = frozenset(COUNTRIES.values())
# Countries read only when spelled out: their two-letter codes are also states or regions
# ("ID", "MA", "PA"), so "Boise, ID 83702" stays in Idaho.
COUNTRIES |= {
    "vietnam": "VN", "viet nam": "VN", "thailand": "TH", "philippines": "PH",
    "the philippines": "PH", "indonesia": "ID", "malaysia": "MY", "taiwan": "TW",
    "pakistan": "PK", "bangladesh": "BD", "sri lanka": "LK", "nepal": "NP", "egypt": "EG",
    "morocco": "MA", "tunisia": "TN", "saudi arabia": "SA", "ukraine": "UA", "romania": "RO",
    "hungary": "HU", "croatia": "HR", "slovakia": "SK", "slovenia": "SI", "bulgaria": "BG",
    "serbia": "RS", "estonia": "EE", "latvia": "LV", "lithuania": "LT", "cyprus": "CY",
    "malta": "MT", "uruguay": "UY", "ecuador": "EC", "venezuela": "VE", "costa rica": "CR",
    "panama": "PA", "guatemala": "GT", "dominican republic": "DO", "puerto rico": "PR",
    "ethiopia": "ET", "tanzania": "TZ", "uganda": "UG", "rwanda": "RW", "russia": "RU",
    "kazakhstan": "KZ", "lebanon": "LB", "kuwait": "KW", "bahrain": "BH",
    "oman": "OM", "cambodia": "KH", "laos": "LA", "myanmar": "MM", "mongolia": "MN",
}  # fmt: skip
US_STATES = frozenset(
    [
        "AL",
        "AK",
        "AZ",
        "AR",
        "CA",
        "CO",
        "CT",
        "DE",
        "DC",
        "FL",
        "GA",
        "HI",
        "ID",
        "IL",
        "IN",
        "IA",
        "KS",
        "KY",
        "LA",
        "ME",
        "MD",
        "MA",
        "MI",
        "MN",
        "MS",
        "MO",
        "MT",
        "NE",
        "NV",
        "NH",
        "NJ",
        "NM",
        "NY",
        "NC",
        "ND",
        "OH",
        "OK",
        "OR",
        "PA",
        "RI",
        "SC",
        "SD",
        "TN",
        "TX",
        "UT",
        "VT",
        "VA",
        "WA",
        "WV",
        "WI",
        "WY",
        "PR",
        "GU",
        "VI",
        "AS",
        "MP",
    ]
)
CA_PROVINCES = frozenset(
    ["AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT"]
)
# Big cities a shopper may name without their country (a postal code before the city).
CITIES = {
    **dict.fromkeys(
        ["berlin", "münchen", "munich", "hamburg", "köln", "koln", "cologne", "frankfurt",
         "frankfurt am main", "stuttgart", "düsseldorf", "dusseldorf", "leipzig", "dresden",
         "hannover", "nürnberg", "nuremberg", "bremen", "bonn"], "DE"),
    **dict.fromkeys(
        ["paris", "lyon", "marseille", "toulouse", "nice", "nantes", "bordeaux", "lille",
         "strasbourg", "montpellier", "rennes"], "FR"),
    **dict.fromkeys(
        ["madrid", "barcelona", "valencia", "sevilla", "seville", "bilbao", "málaga", "malaga",
         "zaragoza"], "ES"),
    **dict.fromkeys(
        ["roma", "rome", "milano", "milan", "napoli", "naples", "torino", "turin", "firenze",
         "florence", "bologna", "venezia", "venice", "genova", "palermo"], "IT"),
    **dict.fromkeys(
        ["london", "manchester", "birmingham", "edinburgh", "glasgow", "bristol", "leeds",
         "liverpool", "cardiff", "belfast", "oxford", "cambridge", "brighton"], "GB"),
    **dict.fromkeys(
        ["amsterdam", "rotterdam", "utrecht", "den haag", "the hague", "eindhoven"], "NL"),
    **dict.fromkeys(["wien", "vienna", "graz", "salzburg", "innsbruck", "linz"], "AT"),
    **dict.fromkeys(
        ["zürich", "zurich", "genève", "geneve", "geneva", "basel", "bern", "lausanne"], "CH"),
    **dict.fromkeys(
        ["bruxelles", "brussels", "brussel", "antwerpen", "antwerp", "gent", "ghent", "liège",
         "liege"], "BE"),
    **dict.fromkeys(["lisboa", "lisbon", "porto"], "PT"),
    **dict.fromkeys(["dublin", "cork", "galway"], "IE"),
    **dict.fromkeys(["københavn", "copenhagen", "aarhus"], "DK"),
    **dict.fromkeys(["stockholm", "göteborg", "gothenburg", "malmö", "malmo"], "SE"),
    **dict.fromkeys(["oslo", "bergen"], "NO"),
    **dict.fromkeys(["helsinki"], "FI"),
    **dict.fromkeys(["warszawa", "warsaw", "kraków", "krakow"], "PL"),
    **dict.fromkeys(["praha", "prague"], "CZ"),
    **dict.fromkeys(["tokyo", "osaka", "kyoto", "yokohama"], "JP"),
    **dict.fromkeys(["sydney", "melbourne", "brisbane", "adelaide", "canberra"], "AU"),
    **dict.fromkeys(["toronto", "montreal", "montréal", "vancouver", "ottawa", "calgary"], "CA"),
    **dict.fromkeys(["auckland", "wellington"], "NZ"),
    **dict.fromkeys(["ho chi minh city", "saigon", "hanoi", "ha noi", "da nang"], "VN"),
    **dict.fromkeys(["bangkok", "chiang mai"], "TH"),
    **dict.fromkeys(["manila", "quezon city", "cebu city"], "PH"),
    **dict.fromkeys(["jakarta"], "ID"),
    **dict.fromkeys(["kuala lumpur"], "MY"),
    **dict.fromkeys(["seoul", "busan"], "KR"),
    **dict.fromkeys(["taipei"], "TW"),
}  # fmt: skip
# A piece that names a region rather than a town: "Co. Cork", "County Kerry", "Osaka
# Prefecture", "Province of Cebu"; after the town in an address with no postal code.
REGION_PIECE = re.compile(
    r"^(?:co\.?|county|province of|prefecture of|state of|region of)\s"
    r"|\s(?:county|province|prefecture|state|region|oblast|emirate|governorate|parish)$",
    re.I,
)
# Marks written before a postal code ("〒150-0002" in Japan).
POSTAL_MARKS = re.compile(r"[〒]\s*")
# Street words that name their country when no country is given ("Torstraße 12, 10119 Berlin").
STREET_COUNTRY = [
    (re.compile(r"(?:straße|strasse|str\.|weg|platz|allee|gasse|damm|ufer)\b", re.I), "DE"),
    (re.compile(r"\b(?:rue|boulevard|bd|allée|allee|impasse|quai|chemin|place)\b", re.I), "FR"),
    (re.compile(r"\b(?:calle|avenida|avda|plaza|paseo|carrer|c/)\b", re.I), "ES"),
    (re.compile(r"\b(?:via|viale|piazza|corso|largo|vicolo)\b", re.I), "IT"),
    (re.compile(r"(?:straat|gracht|laan|plein|kade)\b", re.I), "NL"),
]  # fmt: skip
# Postal codes that name their country.
# US states spelled out, as voice typing writes them ("portland oregon 97205").
US_STATE_NAMES = {
    "alabama": "AL", "alaska": "AK", "arizona": "AZ", "arkansas": "AR", "california": "CA",
    "colorado": "CO", "connecticut": "CT", "delaware": "DE", "district of columbia": "DC",
    "florida": "FL", "georgia": "GA", "hawaii": "HI", "idaho": "ID", "illinois": "IL",
    "indiana": "IN", "iowa": "IA", "kansas": "KS", "kentucky": "KY", "louisiana": "LA",
    "maine": "ME", "maryland": "MD", "massachusetts": "MA", "michigan": "MI", "minnesota": "MN",
    "mississippi": "MS", "missouri": "MO", "montana": "MT", "nebraska": "NE", "nevada": "NV",
    "new hampshire": "NH", "new jersey": "NJ", "new mexico": "NM", "new york": "NY",
    "north carolina": "NC", "north dakota": "ND", "ohio": "OH", "oklahoma": "OK", "oregon": "OR",
    "pennsylvania": "PA", "rhode island": "RI", "south carolina": "SC", "south dakota": "SD",
    "tennessee": "TN", "texas": "TX", "utah": "UT", "vermont": "VT", "virginia": "VA",
    "washington": "WA", "west virginia": "WV", "wisconsin": "WI", "wyoming": "WY",
    "puerto rico": "PR",
}  # fmt: skip
