"""Buyer details in a shopper's words, in any order and over several messages.

"Ana Diaz" then "ana@example.com" then "12 rue de Rivoli, 75001 Paris, France" add up to one
buyer: each message fills what it names, and the draft is kept until name, email and address
are all there. Addresses are free-form: a street line, a city, an optional region and postal
code (some countries have none), and a country (the United States unless one is named).
"""

from __future__ import annotations

import re
from typing import Any

from agent.address_pieces import postal_code_said, with_unit
from agent.addresses import address_from, address_text, country_named, looks_like_street
from agent.detail_labels import instructs, with_label_breaks
from agent.spoken_emails import written_emails
from agent.spoken_punctuation import with_spoken_punctuation
from commerce.postal_codes import postal_code_fits, postal_code_required

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_OPENERS = (
    r"(?:(?:hi|ok|okay|sure|yes|so|actually|oh|oops|sorry|wait|no|and|also|please|pls)[,!. ]+)*"
)
_NAME_LEAD = re.compile(
    rf"^{_OPENERS}(?:(?:can|could|would|will) you (?:please )?)?"
    r"(?:my (?:full )?name(?: is|'s)?|name(?: is|'s)?:?|i am|i'm|this is|it'?s|call me"
    # the same in the other languages the agent reads (Portuguese, Spanish, French, German,
    # Italian, Dutch): "Meu nome é João Silva", "me llamo Ana", "je m'appelle Camille"
    r"|(?:o )?meu nome (?:é|e)|me chamo|mi nombre es|me llamo|je m'appelle|mon nom (?:est|c'est)"
    r"|ich hei(?:ß|ss)e|mein name ist|(?:il )?mio nome (?:è|e)|mi chiamo|mijn naam is|ik heet"
    r"|the name is|buyer(?: is)?:?"
    # the one it ships to: "her name is Ana Souza", "my sister's name is …", "recipient: …"
    r"|(?:(?:my|the)\s+)?(?:her|his|their|[a-z]+'s)\s+(?:full\s+)?name(?: is|'s|:)?"
    r"|(?:the\s+)?(?:recipient|receiver)(?:'?s name)?(?: is|:)?"
    r"|(?:i'?ll |let me |i'?d like to |i want to )?(?:check(?:ing)?[ -]?out|order|pay|buy"
    r"(?: it| them| this| these)?) (?:as|under(?: the name(?: of)?)?)"  # "check out as Noa Levi"
    r"|(?:please\s+)?(?:change|update|correct|fix|switch|set|make)"
    r" (?:the |my )?name(?: on (?:the|my) order)?(?: to| as)?"
    # "the name on it is …", "name on the parcel should read …", "the name on the label:"
    r"|(?:the )?name(?: on (?:it|(?:the|my|her|his|their) [a-z]+))?(?: should (?:be|read)"
    r"| (?:is|will be|goes as)|'s|:)"
    r"|(?:please\s+)?(?:put|place) (?:it|the order|my order) under(?: the name(?: of)?)?"
    r"|(?:use|make it) the name|under the name(?: of)?)\s+",
    re.I,
)
_FOR_WHOM = re.compile(
    r"^(?:(?:and|it'?s)\s+)?(?:for|attn:?|attention:?|c/o"
    # "checkout with Eva Novak, …", "send to Wing Chan, …": the one it goes to, before the rest
    r"|(?:check(?:ing)?[ -]?out\s+)?with"
    r"|(?:please\s+)?(?:ship|send|deliver)(?:\s+(?:it|them))?\s+to)\s+",
    re.I,
)
# "ship to Liam O'Connor 1200 Rue Sainte-Catherine O": a name, then the street's number.
_NAME_THEN_NUMBER = re.compile(
    r"^((?:[^\W\d_][\w'.-]*\s+){1,3}[^\W\d_][\w'.-]*)\s+(?=\d[\w/-]*\s+"
    r"(?!(?:apt|apto|apartment|flat|unit|suite|ste|sala|piso|andar)\b)[^\W\d_])",
    re.I,
)
_CHECKOUT_LEAD = re.compile(
    r"^(?:ok(?:ay)?\s+)?check[ -]?out(?:\s+(?:pls|please|now))?(?:\s+to)?\s+", re.I
)  # "check out to Kenji Sato, …": the name it goes to
_ASKS_ONLY = re.compile(
    r"^(?:(?:ok(?:ay)?|so|now|please|pls|right|alright)\s+)*(?:(?:lets|let'?s|let us|i want to"
    r"|i'?d like to|i wanna|i wish to|can i|could i|may i|ready to)\s+)?(?:check ?out|checkout|pay"
    r"|place (?:the |my |an? |this )?order|order|buy|proceed|finish|complete (?:the |my )?order)"
    r"(?:\s+(?:for (?:me|us)|with (?:me|us)|for this))?(?:\s+(?:now|please|pls|then))?$",
    re.I,
)
"""A sentence that only asks to pay ("lets check out.", "I want to place order."): no name and
no address line, whatever its capitals."""
_CHECKOUT_TAIL = re.compile(
    r"\s*,?\s+(?:and|then|&|n)\s+(?:check(?:\s+me)?\s*out|pay|place (?:the |my )?order)"
    r"(?:\s+(?:now|please|pls))?\s*[.!]*\s*$",
    re.I,
)
"""A checkout asked after the details ("…, IL 60611 and check me out"): no part of them."""
_EMAIL_LEAD = re.compile(r"^(?:and\s+)?(?:my\s+)?e-?mail(?: address)?(?: is|:)?\s*", re.I)
_ADDRESS_LEAD = re.compile(
    rf"^{_OPENERS}(?:please\s+)?(?:(?:ship|send|deliver)(?:ping|y)?(?: it| them)?(?: to)?"
    r"|(?:(?:my|the|our)\s+)?(?:new\s+)?(?:shipping\s+|delivery\s+|home\s+|work\s+)?"
    r"address(?: is| now is|:)?"
    # "The house is 61 Victoria Road", "my flat's at 5 Elm St", "I live at 3 Oak Rd"
    # ("Flat 5, 22 Nathan Road" is a flat's number, no lead-in)
    r"|(?:(?:my|the|our)\s+)?(?:house|home|flat|apartment|place)(?!\s*\d)(?: is|'s)?(?: at)?"
    # "I live at 3 Oak Rd", "I live 25 Ly Thuong Kiet, …", "she's living in 4 Elm St"
    r"|(?:i|we|he|she|they)(?:'m|'re|'s| am| are| is)?\s+(?:live|lives|living|stay|stays"
    r"|staying|reside|resides|residing)(?:\s+(?:at|in|on))?"
    r"|to|at)\s+",
    re.I,
)
# "actually can you ship it to 55 Market St", "my new address is 5 Elm St", "send it to my
# mum's at 12 Oak Rd": what follows the lead-in, wherever it starts.
_ADDRESS_LEAD_INSIDE = re.compile(
    r"^.*?\b(?:(?:ship|send|deliver|post|mail|go(?:es|ing)?)(?:ping|ed)?\b[\w' ]{0,40}?\b(?:to|at)"
    r"|address(?: is| now is| should be| to|:)?(?: now)?)\s+"
    r"(?:(?:my|our|his|her|their|the)\b[\w' ]{0,30}?\bat\s+)?(?=\S*\d|\S+\s+\S*\d)",
    re.I,
)
_NAMED_PLACE = re.compile(
    r"\b(?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir)\s+[a-z' ]{2,30}?\s+"
    r"([A-Z][\w'-]+(?:\s+(?:[A-Z][\w'-]+|de|da|van|von|del|di|le|la)){1,3})\s+at\s+(?=\S*\d)"
)
_WHOSE_PLACE = re.compile(
    r"^(?:my|our|his|her|their|the)\b[\w' ]{0,30}?\bat\s+(?=\S*\d|\S+\s+\S*\d)", re.I
)
# Between details: commas, semicolons, slashes (not "5/12", a house and flat number, nor "12/F",
# a floor as Hong Kong writes it), a colon,
# dash or arrow after a lead-in ("checkout - Tom Becker, ...", "checkout → Sam Ng, ..."), or a
# sentence end ("checkout please. Dana Whitfield, ..."), but not the dot of an abbreviation
# ("St. Louis", "Apt. 3", "Mr. Lee", "Musterstr. 12").
_SEPARATOR = re.compile(
    r"(?:[;\n,:]|(?<!\d)/|/(?!\d|[Ff]\b))+|\s+[-\u2013\u2014]+\s+|\s*[\u2013\u2014]\s*"
    r"|\s*(?:->|=>|[\u2192\u21d2\u27a1]\ufe0f?)\s*"
    r"|\s+and\s+(?=(?:my|the|it'?s|ship|send|deliver|e-?mail|address)\b)",
    re.I,
)
_SENTENCE_END = re.compile(r"(\w+)[.!?]\s+")
_ABBREVIATIONS = frozenset({
    "st", "dr", "ave", "av", "apt", "rd", "ln", "ct", "mt", "ft", "no", "nr", "jr", "sr", "mr",
    "ms", "mrs", "blvd", "pl", "sq", "ste", "fl", "bldg", "hwy", "pkwy", "cir", "ter",
    "bd", "bis", "avda", "pza", "ul", "str", "mme", "mlle", "prof", "co",
})  # fmt: skip
_ASIDE = re.compile(
    r"\([^)]*\)"  # "(we don't have postcodes here)"
    r"|<+[^<>]*>+|\{+[^{}]*\}+|\[+[^\[\]]*:[^\[\]]*\]+"  # "<<system: …>>", "[admin: …]"
)
# After a name: what explains it, not part of it ("Robb Stark with two b's", "Jo - not Joe").
_NAME_ASIDE = re.compile(
    r"\s+(?:with|not|spelled|spelt|spelling|as in|lol|haha|sorry|btw|please|pls|thanks|thx"
    r"|instead|actually|[-\u2013\u2014(])(?:\s|$).*$",
    re.I,
)


def details_in(text: str) -> dict[str, Any]:
    """Whatever of name, email and address the message gives ({} when none)."""
    return _read(text)[0]


def stated_details(text: str) -> dict[str, Any]:
    """Only the details a message states unmistakably: an email, a postal code said as one
    ("wrong zip, it's 94110"), a name after "my name is" /
    "change the name to", an address with a postal code, a named country or "ship it to".
    At the order confirmation these change the order; anything vaguer is not a detail."""
    found, name_led, address_led = _read(text)
    stated = {k: v for k, v in found.items() if k in {"email", "postal_code"}}
    if name_led and found.get("name"):
        stated["name"] = found["name"]
    address = found.get("address")
    if address and (address_led or address.get("postal_code") or address["country"] != "US"):
        stated["address"] = address
    return stated


def _read(text: str) -> tuple[dict[str, Any], bool, bool]:
    """(details, the name followed a lead-in, the address followed one)."""
    found: dict[str, Any] = {}
    if postal := postal_code_said(text):
        return {"postal_code": postal}, False, False
    text = _CHECKOUT_TAIL.sub("", text)  # "ship it to 500 N Lakeshore Dr, … and check me out"
    text = with_spoken_punctuation(text)  # "… columbus ohio 43215 period", dictated
    text = with_label_breaks(written_emails(text))  # "name Tom Reyes email tom at x dot com"
    if email := _EMAIL.search(text):
        found["email"] = email[0]
    bare = _SENTENCE_END.sub(_end_sentence, _ASIDE.sub(" ", _EMAIL.sub(",", text)))
    parts = [p.strip(" .") for p in _SEPARATOR.split(bare) if p and p.strip(" .")]
    parts = [_EMAIL_LEAD.sub("", p).strip(" .:-") for p in parts]
    parts = [p for p in parts if p and not re.fullmatch(r"(?:and|my email is|email)", p, re.I)]
    parts = [p for p in parts if not (instructs(p) and not _NAME_LEAD.match(p))]
    parts = [p for p in parts if not _ASKS_ONLY.match(p)]
    address_parts: list[str] = []
    name_led = address_led = ended = closed = False
    for part in parts:
        if (lead := _CHECKOUT_LEAD.match(part)) and (
            _looks_like_name(part[lead.end() :]) or _FOR_WHOM.match(part[lead.end() :])
        ):
            part = part[lead.end() :]  # "checkout Lena Vogel lena@…": no comma after checkout
        if (whom := _FOR_WHOM.match(part)) and _looks_like_name(part[whom.end() :]):
            part = part[whom.end() :]  # "…, Poland, for Tomasz Nowak": the name
        named = _NAME_LEAD.match(part)
        said = _NAME_ASIDE.sub("", part[named.end() :]) if named else ""
        if named and _could_be_name(said):
            found.setdefault("name", _clean_name(said))
            name_led = True
        elif ended and "name" not in found and _looks_like_name(part) and not _places(part):
            found["name"] = _clean_name(part)  # "12 Main St, Austin TX 78701, Ana Diaz"
        elif not closed and (address_parts or looks_like_street(part) or country_named(part)):
            street, led = _without_lead(part) if not address_parts else (part, False)
            if led and "name" not in found and (whom := _NAMED_PLACE.search(part)):
                found["name"] = whom[1]  # "send it to my mum Mary Jones at 4 Oak Rd"
            elif led and "name" not in found and (name := _name_before_number(street)):
                found["name"], street = name, street[len(name) :].strip()
            address_led = address_led or led
            address_parts.append(street)
            closed = bool(address_parts[1:]) and bool(country_named(part))  # the country ends it
            whole = address_from(address_parts) if address_parts[1:] else None
            ended = ended or bool(whole and whole["postal_code"])
        elif "name" not in found and _looks_like_name(part):
            found["name"] = _clean_name(part)
        elif "name" not in found and "email" in found and _written_plainly(part):
            found["name"] = _clean_name(part)  # "jo smith jo@x.com": a name beside the email
    if address_parts and (address := address_from(address_parts)):
        found["address"] = address
    return found, name_led, address_led


def _places(part: str) -> bool:
    """ "Wales UK", "England, United Kingdom": only place names, never the buyer's name."""
    if country_named(part):
        return True
    words = part.split()
    pairs = zip(words, [*words[1:], ""], strict=True)
    return all(country_named(w) or country_named(f"{w} {n}") for w, n in pairs)


def _without_lead(part: str) -> tuple[str, bool]:
    """The address line without "ship it to" / "my address is" before it."""
    if match := _ADDRESS_LEAD.match(part):
        rest = part[match.end() :].strip()
        return _WHOSE_PLACE.sub("", rest, count=1), True  # "ship to my mum at 5 Elm St"
    if match := _ADDRESS_LEAD_INSIDE.match(part):
        return part[match.end() :].strip(), True
    return part.strip(), False


def _name_before_number(street: str) -> str:
    """ "Liam O'Connor 1200 Rue …" after "ship to": the name that opens it ("" for none)."""
    match = _NAME_THEN_NUMBER.match(street)
    if not match or not _looks_like_name(match[1]) or looks_like_street(match[1]):
        return ""
    return match[1]


def name_alone(text: str) -> str:
    """ "dan lee" sent on its own while details are wanted: the name ("" when it is no name)."""
    part = text.strip(" .!")
    return _clean_name(part) if _looks_like_name(part) or _written_plainly(part) else ""


def _end_sentence(match: re.Match[str]) -> str:
    """A sentence end separates details; an abbreviation's dot ("St. Louis") does not."""
    word = match[1]
    short = word.lower() in _ABBREVIATIONS or word.lower().endswith("str") or len(word) == 1
    return match[0] if short else f"{word}, "


def merge_details(draft: dict[str, Any] | None, new: dict[str, Any]) -> dict[str, Any]:
    """The draft with what this message adds; a later value replaces an earlier one."""
    merged = dict(draft or {})
    postal = new.get("postal_code")
    merged.update({k: v for k, v in new.items() if v and k not in {"postal_code", "unit"}})
    if postal and merged.get("address"):
        merged["address"] = {**merged["address"], "postal_code": postal}
    if new.get("address"):
        merged.pop("street", None)  # the street typed alone is now part of the address
    if (unit := new.get("unit")) and merged.get("address"):
        merged["address"] = with_unit(merged["address"], unit)  # "oh and it's apt 4B"
    elif unit and merged.get("street"):
        merged["street"] = f"{merged['street']}, {unit}"
    return merged


def missing_details(draft: dict[str, Any]) -> list[str]:
    missing = [k for k in ("name", "email", "address") if not draft.get(k)]
    if draft.get("street") and "address" in missing:  # "450 Pine Street apt 3" so far
        missing[missing.index("address")] = "city and postal code"
    address = draft.get("address") or {}
    if address and _needs_postal_code(address):
        missing.append("postal code")
    return missing


def _needs_postal_code(address: dict[str, Any]) -> bool:
    """No postal code where the country's address data requires one, or one not of its shape."""
    country, code = address.get("country") or "US", address.get("postal_code") or ""
    return not postal_code_fits(country, code) if code else postal_code_required(country)


def is_complete(draft: dict[str, Any]) -> bool:
    return not missing_details(draft)


_LEAD_IN_WORDS = frozenset({
    "same", "details", "detail", "info", "information", "before", "previous", "previously",
    "last", "usual", "earlier", "above", "again", "as",
})  # fmt: skip
"""Words of a lead-in to details said again ("same details as before: Sam Ortiz, …"), never of
a name, in any case."""

# Words that make "i'm ready to buy" or "it's for my sister" a sentence rather than a name.
_NOT_NAME_WORDS = frozenset({
    "a", "an", "the", "to", "for", "of", "in", "on", "at", "with", "and", "or", "ready", "done",
    "good", "fine", "here", "back", "just", "so", "not", "looking", "buying", "going", "gonna",
    "trying", "want", "wanna", "would", "like", "new", "sure", "ok", "okay", "please", "pls",
    "me", "my", "too", "very", "really", "pretty", "quite", "much", "more", "less", "way",
})  # fmt: skip
"""Words of a sentence, never of a name: "it's too pricey" says why, not who."""


def _could_be_name(rest: str) -> bool:
    """What follows "i'm" / "my name is" is a name: a few words, no digits, no sentence words."""
    words = rest.split()
    as_a_name = all(w[0].isupper() for w in words)  # "Do Minh An": short words of a name
    return (
        1 <= len(words) <= 4
        and not looks_like_street(rest)
        and (as_a_name or not any(w.lower().strip(".,!") in _NOT_NAME_WORDS for w in words))
    )


def _looks_like_name(part: str) -> bool:
    """Two to four words of letters, as a name is written ("Ana Diaz", "jean-luc picard")."""
    words = part.split()
    return (
        2 <= len(words) <= 4
        and all(
            re.fullmatch(r"[^\W\d_][\w'.-]*", w) and (w[0].isupper() or _particle(words, i))
            for i, w in enumerate(words)
        )
        and not any(w.lower() in _LEAD_IN_WORDS for w in words)
    )


# More words of a sentence said beside an email ("use this one", "that's mine").
_SENTENCE_WORDS = frozenset({
    "this", "that", "that's", "thats", "is", "it", "it's", "its", "use", "you", "go", "send",
    "thanks", "thank", "thx", "email", "e-mail", "mail", "here's", "heres", "mine", "your", "i",
    "we", "our", "are", "be", "can", "reach", "contact", "order", "receipt", "updates",
    # a correction said beside the new email: "omg typo, its …", "oops wrong one, …"
    "typo", "oops", "whoops", "omg", "wrong", "sorry", "meant", "mistake", "correction", "fixed",
    "one", "right", "correct", "actually", "instead", "new", "ugh", "bad",
    # a lead-in before details said again: "same details as before: …", "same info as last time"
    *_LEAD_IN_WORDS,
})  # fmt: skip


def _written_plainly(part: str) -> bool:
    """ "jo smith", "claire de la cruz": a name typed in lower case, two to four words of
    letters that are no sentence, street or country."""
    words = part.split()
    return (
        2 <= len(words) <= 4
        and all(re.fullmatch(r"[^\W\d_][\w'.-]*", w) for w in words)
        and not any(w.lower().strip(".,!") in _NOT_NAME_WORDS | _SENTENCE_WORDS for w in words)
        and not looks_like_street(part)
        and not country_named(part)
    )


_PARTICLES = frozenset({
    "de", "da", "di", "do", "dos", "das", "del", "della", "van", "von", "der", "den", "ter", "la",
    "le", "du", "bin", "binti", "al", "el", "y",
})  # fmt: skip


def _particle(words: list[str], i: int) -> bool:
    """ "Ilse de Vries", "Ludwig van der Berg": a lowercase particle inside a name."""
    return 0 < i < len(words) - 1 and words[i] in _PARTICLES


def _clean_name(text: str) -> str:
    words = text.split()
    kept = [
        w if not w.islower() or _particle(words, i) else w.capitalize() for i, w in enumerate(words)
    ]
    return " ".join(kept).strip(" .,")


def details_text(draft: dict[str, Any]) -> str:
    """ "Ana Diaz, ana@example.com, 12 rue de Rivoli, 75001 Paris, FR" for a reply."""
    address = address_text(draft["address"]) if draft.get("address") else draft.get("street", "")
    return ", ".join(filter(None, [draft.get("name", ""), draft.get("email", ""), address]))
