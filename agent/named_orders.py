"""An order by catalog titles in one message, with its options, and perhaps checkout and details.

"I'd like the Wool Beanie Hat in black and the Speckled Camp Mug in rust, the 12 oz one",
"I want to buy the Cashmere Blend Scarf for my mother", "Tiered Maxi Dress, black, size S in
the cart and checkout please. Emma Johansson, emma@…, Drottninggatan 50, 111 21 Stockholm".

The message must say it buys (a buy phrase, "to cart", or asks to check out) and quote each
item's catalog title, with nothing after a title but that product's option values, a count or a
reason ("for my mother", "one for me and one for my brother"). Anything else ("something like
the …", "is the … warm?") leaves it a search or a question.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from agent.buyer import details_in
from agent.matching_asides import without_matching
from agent.short_names import short_named
from agent.slots import color_words_in, quantity_in, size_in
from agent.title_orders import LATER_SHARE, aligned, every_option_said
from agent.understanding import Intent, Understanding
from agent.variants import size_said
from catalog.colors import color_family
from catalog.sparse import tokenize

TITLE_SHARE = 0.8
"""A title is quoted when at least this share of its terms (and two of them) are said."""

_OPENERS = (
    r"^\W*(?:(?:hi+|hello+|hey+|hiya|ok(?:ay)?|so|yes|yeah|and|also|please|pls|oh|ooh|hmm+|right"
    r"|great|perfect|cool|actually|alright|all right|fine|now|good (?:morning|afternoon|evening)"
    # the greetings of the other languages the agent reads, before an English order
    r"|bonjour|salut|hola|buenos d[ií]as|buenas(?: tardes| noches)?|hallo|guten (?:tag|morgen)"
    r"|ciao|buongiorno|ol[aá]|oi|bom dia|hoi|goedemorgen|dag)\b\W*)*"
)
_BUY_LEAD = re.compile(
    _OPENERS + r"(?:(?:can|could|would|will) you (?:please |pls |kindly )?)?"
    r"(?:i'?d (?:like|love)|i would (?:like|love)|i'?ll (?:take|have|get|grab|buy|order)"
    r"|i will (?:take|have|get|grab|buy|order)|i want|i wanna|i need|i'?m (?:buying|getting|taking)"
    r"|(?:i'?ll|i will|we'?ll|let'?s) go (?:with|for)"
    r"|let me (?:get|have|grab|buy)|lemme (?:get|have|grab)|gimme|give me|get me|send me"
    r"|(?:can|could|may) i (?:please |pls )?(?:get|have|order|buy|grab)"
    r"|(?:please )?(?:add|put|buy|order|purchase|grab|throw|toss|pop)"
    # "je voudrais the Wool Beanie Hat": a buy phrase of another language before a title
    r"|je voudrais|je veux|j'aimerais|quiero|quisiera|me gustar[ií]a|ich m[öo]chte"
    r"|ich h[äa]tte gerne?|ich will|vorrei|voglio|ik wil|ik zou graag|ik wil graag|eu quero"
    r"|queria|gostaria)\b"
    r"(?: to (?:buy|order|get|have|purchase|grab))?"
    r"(?: (?:in|into|to) (?:my|the) (?:cart|basket|bag|trolley)\b)?\W*"
)
# A wish rather than a command ("i want", "i'd like to buy"): an order only when it points at one
# product ("the Wool Beanie Hat", "2 of the …"), never "a cast iron skillet" (the kind).
_WISH = re.compile(
    r"\b(?:like|love|want|wanna|need|voudrais|veux|aimerais|quiero|quisiera|gustar[ií]a"
    r"|m[öo]chte|h[äa]tte|will|vorrei|voglio|wil|graag|quero|queria|gostaria)\b"
)
_DEFINITE = re.compile(
    r"^(?:the|this|that|these|those|your|\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\b"
)
_CART_TAIL = re.compile(
    r"\s*\b(?:(?:please )?(?:add|put|throw|pop)(?: (?:it|them|that|those))? )?"
    r"(?:to|in|into|on) (?:(?:my|the) (?:cart|basket|bag|trolley)|cart|basket)\b"
)
_CHECKOUT = re.compile(
    r"(?:^|[\s,.;:!&-]+)(?:(?:and|then|&)\s+)*(?:then\s+)?(?:please\s+)?"
    r"(?:let'?s\s+|lets\s+|take me to (?:the )?|proceed to (?:the )?|go to (?:the )?"
    r"|i'?d like to |i want to |can you |could you )?"
    r"(?:check ?(?:me |it |them )?out|checkout|pay(?: for (?:it|them|everything))?)\b"
    r"(?:\s+(?:please|pls|now|too|then|thanks?))*"
)
_DETAILS_LEAD = re.compile(
    r"[\s.,;:!-]*(?:(?:my|the|here are my|here'?s my)\s+)?"
    r"(?:details|info|information|contact|buyer)(?: (?:are|is))?\s*[:,-]?\s*",
    re.I,
)
_LABEL_ONLY = re.compile(
    r"\W*(?:(?:my|the|here are my|here'?s my)\s+)?(?:details|info|information|contact details"
    r"|buyer details|shipping details)(?:\s+(?:first|are|below|then))?"
    r"(?:\s+(?:so|before|while|in case)\b[^,.;:@]*)?\W*"  # "… first so i dont forget: …"
)
"""What only labels the details that follow ("my details first: …"), naming no item."""
_PARTS = re.compile(r"\s*(?:[,;]|\s-\s|\.\s+|\(|\)|\band\b|\bplus\b|\+|\bthen\b)\s*")
_REASON = re.compile(
    r"\b(?:for|because|since|cos|cause|cuz|(?:is|are|as|it'?s) (?:a |my )?(?:gift|present)"
    r"|so that|one for|it'?s for|they'?re for|that'?s for|this is for|these are for"
    r"|he'?s|she'?s|it'?s|we'?re|they'?re|my \w+ (?:loves?|likes?|wants?|needs?))\b"
)
_POLITE = re.compile(r"\b(?:can|could|would|will|may) (?:you|i)\b")
"""A request asked politely for one product ("the …") or into the cart: its question mark asks
nothing ("could you get me a gym duffel bag?" still asks for the kind)."""
# "another one in the forest green", "and a second one in navy": the product before, again
_ANOTHER = re.compile(
    r"^(?:and\s+|also\s+)?(?:another|one more|a second|a 2nd|the same(?= (?:one|pair|[a-z]+ in)\b))"
    r"(?: one| pair| [a-z]+(?= in\b))?\b(?:\s+in\b)?"
)  # "and the same hat in olive"
_NOT_A_MEASURE = (
    r"(?![a-wyz\d]|\.\d|-?\s*(?:inch|inches|cm|mm|oz|fl|ml|lbs?|kg|qt|ft|gb|tb|mah)\b|-in\b)"
)
"""The number of a measure is a title's ("the 8in Chef Knife", "the 90L duffel", "the 10-inch
pan"), not how many."""
_LEAD_COUNT = re.compile(
    r"^(?:the\s+)?(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|a couple|a pair"
    r"|an?(?=\s+(?:packs?|bags?|box|bottles?)\s+of\b))"  # "a box of jasmine green tea": one
    rf"{_NOT_A_MEASURE}\s*(?:x\s+)?(?:(?:pairs?|packs?|bags?|box(?:es)?|bottles?|units?|pieces?|of)\s+)*"
)
_UNITS = (
    r"(?:pairs?|packs?|packets?|bags?|box(?:es)?|bottles?|cans?|jars?|cartons?|tins?|tubs?"
    r"|units?|pieces?|pcs|nos)"
)
"""What a count of one item is said in ("2 boxes", "3 pcs", "a pair")."""
_NUMBER = r"(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)"
_COUNT_ONLY = re.compile(
    rf"^{_NUMBER}\s*(?:of (?:them|those|these|it)|{_UNITS}|x)?(?: please| pls)?$"
    r"|^x\s*(\d{1,2})$"
)
_TRAILING_COUNT = re.compile(
    rf"\s+(?:x\s*(\d{{1,2}})|{_NUMBER}\s*(?:x|{_UNITS}))\.?"
    r"(?:\s+(?:please|pls|plz|thanks|thank you|bitte|danke|merci|svp|por favor|per favore))*$"
)
"""A count closing an item ("wool beanie hat black 3 nos.", "lemonade classic juice x3",
"jasmine green tea one box")."""
_COUNTED = re.compile(rf"\bx\s*\d{{1,2}}\b|\b\d{{1,2}}\s*x\b|\b{_NUMBER}\s+{_UNITS}\b")
"""A count of packages or pieces: a title said with one is an order ("Peppermint Tea, 2 boxes",
"Lemonade Classic Juice x3"), as a line on a shopping list is."""
_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "a couple": 2, "a pair": 1,
}  # fmt: skip
_FILLER = frozenset(
    tokenize(
        "size sizes colour color colours colors one ones pair pairs piece please pls plz thanks "
        "thank thx too also well same qty quantity each small medium large extra regular "
        "version model option variant inch inches waist big bigger biggest smaller smallest "
        "larger largest "
        # "please" and "thanks" in the other languages a shopper mixes in ("… in the cart bitte")
        "bitte danke merci svp por favor per favore grazie gracias obrigado obrigada"
    )
)
_MAY_ORDER = frozenset(
    {Intent.SEARCH, Intent.REFINE, Intent.ADD, Intent.CHECKOUT, Intent.GIVE_DETAILS,
     Intent.VIEW_CART, Intent.PRODUCT_QUESTION}
)  # fmt: skip
_SIZE_TOKENS = frozenset({"xs", "xl", "xxl", "xxs", "xxxl", "2xl", "3xl"})


@dataclass
class NamedItem:
    """One product quoted by title, with the words said about it."""

    product_id: str
    words: str
    quantity: int = 1
    size: str | None = None
    counted: bool = False
    """A count of it was said ("x3", "2 boxes"), not only its title."""


@dataclass
class NamedOrder:
    """What one message buys, whether it asks to check out, and the buyer details it gives."""

    items: list[NamedItem] = field(default_factory=list)
    checkout: bool = False
    details: dict[str, Any] = field(default_factory=dict)


def named_order(text: str, search: Any, *, after_label: bool = False) -> NamedOrder | None:
    """The order the message places by catalog titles, or None when it is anything else; after
    a kit's label (`after_label`) titles alone order."""
    flat = " ".join(text.split())
    lowered = flat.lower()
    checkout = _CHECKOUT.search(lowered)
    items_text = lowered[: checkout.start()] if checkout else lowered
    rest = flat[checkout.end() :] if checkout else ""
    if not checkout and "@" in lowered:
        items_text, rest = _split_details(lowered, flat)
    lead = _BUY_LEAD.match(items_text)
    if lead and _POLITE.search(lead[0]) and _one_ordered(items_text[lead.end() :]):
        items_text = items_text.replace("?", ".")  # "could I have the … in black please?"
    if "?" in items_text or "@" in items_text:
        return None
    buys = bool(checkout) or after_label
    if lead and lead.end() > 0:
        items_text, buys = items_text[lead.end() :], True
        if _WISH.search(lead[0]) and not _DEFINITE.match(items_text):
            return None  # "I need a cast iron skillet" asks for the kind: a search
    if _CART_TAIL.search(items_text):
        items_text, buys = _CART_TAIL.sub(" ", items_text), True
    items_text, matching = without_matching(items_text)  # "…, to match": what it goes with
    by_match = matching and not buys  # "<title> in olive and the <title> … - matching …"
    buys = buys or matching
    details = details_in(_DETAILS_LEAD.sub("", rest, count=1)) if rest.strip() else {}
    by_count = not buys and bool(_COUNTED.search(items_text))
    if not items_text.strip():
        return None
    items = _items(items_text, search)
    if not (buys or by_count or _each_variant_chosen(items, search, alone=bool(details))):
        return None  # "ringer tee, sage, medium. and the wool boot socks in white M" buys both
    if not items or (by_count and not any(item.counted for item in items)):
        return None  # "the bento lunch set white 4 piece": a size, not an order
    if by_match and len(items) < 2:
        return None  # one title with its options is `title_orders.ordered_variant`'s
    for item in items:
        item.size = _size_of(item, search)
    return NamedOrder(items=items, checkout=bool(checkout), details=details)


def _each_variant_chosen(items: list[NamedItem], search: Any, *, alone: bool) -> bool:
    """Two or more titles, each with a value for every option it has: variants chosen, an order
    (one title so said is `title_orders.ordered_variant`'s, unless `alone` with the buyer's
    details: "2 Pima Crew Tees in olive size S. ship to Nora Blake, nora@…")."""
    return (len(items) > 1 or alone) and all(
        _title_quoted(_product(item, search), item.words)
        and every_option_said(_product(item, search), item.words)
        for item in items
    )


def _title_quoted(product: Any, words: str) -> bool:
    """The item's words hold most of its product's title ("ringer tee, sage, medium"), not a
    description a search matched ("the six-sided weights with rubber on them")."""
    title = set(tokenize(product.title)) if product is not None else set()
    said = aligned(set(tokenize(words)), title)
    return len(title) >= 2 and len(title & said) / len(title) >= LATER_SHARE


def _one_ordered(items_text: str) -> bool:
    """The request names one product ("the …", "2 of the …") or where it goes ("… to my cart")."""
    return bool(_DEFINITE.match(items_text) or _CART_TAIL.search(items_text))


_SHIP_TO = (
    r"[,.;]?\s*(?:and\s+)?(?:please\s+|pls\s+)?(?:ship|send|deliver|post|mail)"
    r"(?:\s+(?:it|them|this|that|everything|the order))?\s+to\s+"
)
"""", please ship to Lucas Oliveira, lucas@…": the details after the items."""


def _split_details(lowered: str, text: str) -> tuple[str, str]:
    """Items, then the buyer's details after the sentence or colon that ends them ("… in sand.
    Details: Noor Haddad, noor@…")."""
    for match in re.finditer(r"[.:;!]\s+|\s[-\u2013\u2014]\s|" + _SHIP_TO, lowered):
        after = text[match.end() :]
        if _LABEL_ONLY.fullmatch(lowered[: match.start()]):
            continue  # "my details first: Lena Novak, …. now add …": the label, then details
        if "@" in after and details_in(_DETAILS_LEAD.sub("", after, count=1)):
            return lowered[: match.start()], after
    return _details_first(lowered, text)


def _details_first(lowered: str, text: str) -> tuple[str, str]:
    """The buyer's details, then the items in a later sentence ("Hello, I'm Arthur Pembroke,
    arthur@…, 7 Mill Road, Cambridge CB1 2AD, UK. I would like to order the … please")."""
    for match in reversed(list(re.finditer(r"[.!;]\s+|\s[-\u2013\u2014]\s", lowered))):
        after = lowered[match.end() :]
        if "@" in after:
            break
        if after.strip() and details_in(text[: match.start()]):
            return after, text[: match.start()]
    return lowered, ""


def _items(items_text: str, search: Any) -> list[NamedItem]:
    """Each quoted title with the option words after it; [] when anything else is said. A later
    sentence that quotes no title is an aside ("… to my basket please. Market day tomorrow.")."""
    items: list[NamedItem] = []
    in_reason = False
    for n, sentence in enumerate(_SENTENCE.split(items_text)):
        before = len(items)
        in_reason, readable = _read_sentence(sentence, search, items, in_reason)
        if not readable and (n == 0 or len(items) > before):
            return []
        if not readable and len(items) == 1 and (count := _count_of_them(sentence)):
            items[0].quantity = count  # "… in navy. Actually I'll need two of them."
    return items


_OF_THEM = re.compile(r"\b(?:them|those|these|it|ones?|each)\b")


def _count_of_them(sentence: str) -> int | None:
    """A later sentence that says how many of the one item named ("I shall need two of them,
    one for each grandchild"), naming no other product."""
    return quantity_in(sentence) if _OF_THEM.search(sentence) else None


def _read_sentence(
    sentence: str, search: Any, items: list[NamedItem], in_reason: bool
) -> tuple[bool, bool]:
    """Reads one sentence's items into `items`: (in a reason now, every part was readable)."""
    for part in (p.strip(" .!") for p in _PARTS.split(sentence)):
        if not part:
            continue
        reason = _REASON.search(part)
        said = part[: reason.start()].strip() if reason else part
        product = _quoted(said, search) if len(tokenize(said)) >= 2 else None
        if product is not None:
            count, said = _lead_count(said)
            counted = count != 1 or said != part
            tail = _TRAILING_COUNT.search(said)
            if count == 1 and tail and not _an_option(tail[0], product):
                value = tail[1] or tail[2]
                count, said, counted = _NUMBERS.get(value) or int(value), said[: tail.start()], True
            if not _only_options(said, product, title=True):
                return in_reason, False
            items.append(NamedItem(product.id, said, count, counted=counted))
            in_reason = bool(reason)
            continue
        if not said and reason:
            in_reason = True
            continue
        if items and (again := _ANOTHER.match(said)) and not in_reason:
            product = _product(items[-1], search)
            named = set(tokenize(again[0])) - set(tokenize("another second 2nd more same one pair"))
            if named <= set(tokenize(product.title)) and _only_options(
                said[again.end() :], product, title=False
            ):
                items.append(NamedItem(product.id, said[again.end() :]))  # "and another in navy"
                continue
        if (count_only := _COUNT_ONLY.match(said)) and not _a_size(said, items, search):
            if not items:
                return in_reason, False
            value = count_only[1] or count_only[2]
            items[-1].quantity = int(value) if value.isdigit() else _NUMBERS[value]
            items[-1].counted = True
        elif (
            len(items) > 1
            and (shared := _SHARED.match(said))
            and all(_only_options(shared[1], _product(item, search), title=False) for item in items)
        ):
            for item in items:  # "the Rolltop 28L and the Mini City 12L, both in olive"
                item.words = f"{item.words}, {shared[1]}"
        elif items and _only_options(said, _product(items[-1], search), title=False):
            items[-1].words = f"{items[-1].words}, {said}"
        elif not in_reason:
            return in_reason, False
        in_reason = in_reason or bool(reason)
    return in_reason, True


_SENTENCE = re.compile(r"(?<=[.!])\s+")
_SHARED = re.compile(r"^(?:both|all|each|all of them|both of them)\s+(?:in\s+)?(\S.*)$")
"""Options said once for every item named before ("…, both in olive")."""


def _quoted(part: str, search: Any) -> Any:
    """The catalog product whose title the words quote (most of its terms, at least two); None
    for titles alike (two sellers' "Everyday Crew Tee": the add by name picks by stock)."""
    said = set(tokenize(part))
    best, best_share, tied = None, 0.0, False
    found = search.search(part, limit=3, parse=False).hits
    for hit in found:
        title = set(tokenize(hit.product.title))
        hits = len(title & said)
        share = hits / len(title) if title else 0.0
        if hits < 2 or share < TITLE_SHARE:
            continue
        if share > best_share:
            best, best_share, tied = hit.product, share, False
        elif share == best_share:
            tied = True
    if best is None and not tied:
        return short_named(part, found)  # "the Santoku knife", "a black Wool Beanie"
    return None if tied else best


def _a_size(said: str, items: list[NamedItem], search: Any) -> bool:
    """A bare number that is one of the last item's sizes ("Canvas High Sneaker in burgundy,
    10") or option values ("4 piece"), not a count."""
    product = search.get(items[-1].product_id) if items else None
    if product is None:
        return False
    return said.strip().upper() in {s.upper() for s in _sizes(product)} or _an_option(said, product)


def _an_option(said: str, product: Any) -> bool:
    """The words are one of the product's option values ("4 piece" of a lunch set)."""
    words = " ".join(said.lower().strip(" .,").split())
    values = {
        " ".join(str(x).lower().split()) for v in product.variants for x in v.options.values()
    }
    return words in values


def _size_of(item: NamedItem, search: Any) -> str | None:
    """The size said for the item: "size M", "medium", ", M", or one of its sizes said bare
    ("Canvas Web Belt olive 34")."""
    product = search.get(item.product_id)
    if product is None:
        return None
    if size := size_in(item.words) or size_said(product, item.words):
        return size
    title = set(item.words.split()) & set(product.title.lower().split())
    said = {w.strip(",.!") for w in item.words.split()} - title
    return next((s for s in _sizes(product) if s.lower() in said), None)


def _sizes(product: Any) -> list[str]:
    return sorted({v.size for v in product.variants if v.size}, key=len, reverse=True)


def _product(item: NamedItem, search: Any) -> Any:
    return search.get(item.product_id)


def _lead_count(part: str) -> tuple[int, str]:
    """ "2 pairs of the Sport Wrap Sunglasses": (2, the rest)."""
    match = _LEAD_COUNT.match(part)
    if match is None:
        return 1, part
    value = match[1]
    if value in {"a", "an"}:
        return 1, part[match.end() :]
    return (int(value) if value.isdigit() else _NUMBERS[value]), part[match.end() :]


def _only_options(part: str, product: Any, *, title: bool) -> bool:
    """The words say nothing but the product's title (when `title`), option values and colours."""
    if product is None:
        return False
    left = set(tokenize(part)) - _FILLER - _SIZE_TOKENS
    if title:
        left -= set(tokenize(product.title))
    left -= {t for v in product.variants for value in v.options.values() for t in tokenize(value)}
    left -= {t for word in color_words_in(part) for t in tokenize(word)}
    return not {t for t in left if color_family(t) is None and not (t.isdigit() and int(t) <= 20)}


def read_named_order(
    understanding: Understanding, awaiting: dict[str, Any], search: Any, piece: str | None = None
) -> None:
    """An order by titles becomes an add of each item (then checkout, with the details said);
    the answer to an add's question keeps the checkout asked for with it. After a kit's label
    (`piece`: "office survival kit: a travel insulated mug in navy 16 oz and …") the titles
    named are what the kit gets, as if bought."""
    if awaiting.get("then_checkout") and understanding.intent is Intent.ADD:
        understanding.slots.then_checkout = True
        understanding.slots.details = dict(awaiting.get("draft") or {})
        return
    details_said = understanding.intent is Intent.GIVE_DETAILS  # "my details first: …" picks none
    if understanding.intent not in _MAY_ORDER or (
        understanding.references.ordinals and not details_said
    ):
        return
    order = named_order(piece, search, after_label=True) if piece is not None else None
    labelled = order is not None  # "party snacks: tortilla lime chips": no word asks to buy
    order = order or named_order(understanding.text, search)
    if order is None:
        return
    slots, refs = understanding.slots, understanding.references
    understanding.intent, understanding.confidence = Intent.ADD, 0.9
    if len(order.items) == 1 and order.items[0].quantity == 1 and (slots.quantity or 1) > 1:
        order.items[0].quantity = slots.quantity or 1  # "I'll take a pair of the Variable Temp one"
    slots.items = [
        {"product_id": i.product_id, "words": i.words, "quantity": i.quantity, "size": i.size}
        for i in order.items
    ]
    slots.then_checkout = order.checkout or bool(order.details)  # name and email said: buying
    slots.details = order.details
    slots.category, slots.quantity = "", None
    refs.product_ids = [i.product_id for i in order.items]
    refs.names_product, refs.ordinals = True, []
    refs.unasked_order = labelled and len(order.items) == 1
