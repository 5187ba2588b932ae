"""A product named in a question, not listed: one by its title or own name, two to compare."""

from __future__ import annotations

import re
from typing import Any

from agent.companions import companion_kind
from agent.context import Context
from agent.kinds import request_head, title_head
from agent.list_superlatives import superlative_in
from agent.look_completions import goes_with_named
from agent.named_products import describes, named_products
from agent.phrases import QUESTION, SEARCH_OPENING
from agent.references import mask_titles
from agent.state import ShoppingState, ShownProduct
from agent.understanding import Intent, Understanding
from agent.whole_titles import spelled_titles
from agent.words import asked_about, choices_asked
from catalog.sparse import tokenize


def may_name_a_product(
    understanding: Understanding, state: ShoppingState, search: Any = None
) -> bool:
    """A question that may be about one product by name, not about anything listed."""
    if understanding.intent not in {Intent.SEARCH, Intent.PRODUCT_QUESTION, Intent.REFINE}:
        return False
    text = understanding.text.lower()
    kind = understanding.slots.category
    if (
        understanding.intent is Intent.SEARCH
        and kind
        and companion_kind(text) == kind
        and not goes_with_named(text)  # "<title> in chocolate, which belt goes with it?": read
    ):  # as a look completion, the named product's colour kept for the belt
        return False  # "the <title> in black, a tee to wear with it?": tees, read as companions
    asks = QUESTION.search(text) or _ASKS_INSIDE.search(text) or _SPEC_ENDS.search(text)
    asks = asks or _CHOICE_ENDS.search(text)
    if not asks or understanding.references.ordinals:
        return False
    return not (
        understanding.intent is Intent.PRODUCT_QUESTION
        and state.shown
        and (understanding.references.pronoun or understanding.references.names_product)
        and not _opens_with_another_name(text, state.shown)
        and not _spells_an_unlisted_title(text, [*state.shown, *state.seen], search)
    )


def _spells_an_unlisted_title(text: str, shown: list[ShownProduct], search: Any) -> bool:
    """ "whats the Pima Crew Tee made of?" after a list holding the Organic Crew Tee: a catalog
    title spelled whole, where no title shown is, names that product, not the listed one that
    shares two of its words."""
    spelled = spelled_titles(text, search)
    listed = {" ".join(re.findall(r"[a-z0-9]+", str(p["title"]).lower())) for p in shown}
    return bool(spelled) and not listed & set(spelled)


def _opens_with_another_name(text: str, shown: list[ShownProduct]) -> bool:
    """ "the stoneware diner mug, it is ok for dishwasher?": the message opens by naming
    something none of the listed titles holds, so "it" is that, not one of the list; "the
    Alpine Insulated Jacket, is it warm?" after other jackets says two words no listed title has;
    a few words may come first ("oh unrelated but the insulated bottle from ..., how long ...")."""
    opening = re.match(r"\W*(?:[\w']+\W+){0,4}?the\s+([^,;:?!]+)[,;:]", text)
    said = set(tokenize(opening[1])) if opening else set()
    listed = {t for product in shown for t in tokenize(product["title"])}
    return len(said) >= 2 and (not said & listed or len(said - listed) >= 2)


_ASKS_INSIDE = re.compile(
    r"\b(?:tell me|how'?s|hows|how much)\b|\?|\b(?:y/n|yes/no|yes or no)\b"  # "waterproof y/n"
    r"|(?:[,;:.!-]\s*|\band\s+)(?:what|which|how|is|are|does|do|can|will)\b"
    r"|\b(?:can|could|does|do|will|is|are)\s+(?:u|you|i|it|they)\b(?!.*\b(?:find|show|get|recommend|suggest)\b)"
    r"|\bor\s+(?:not|nah|nope|what)\W*$"
)
"""A question after the product's name: "the Numpad Keyboard - what switches does it have",
"r they wireless" (read "are they"), "dishwasher safe or what"."""
_SPEC_ENDS = re.compile(
    r"\b(?:case size|size chart|battery(?: life)?|net weight|weight|capacity|drop|dimensions"
    r"|specs?|wattage|thickness|ingredients|in stock|available"
    r"|sizes|colou?rs|(?:colou?r|size) (?:options|range|choices))\W*$"
)
"""A product's name then the spec asked, typed without a question: "diver 200m watch case size",
"commuter 22l colours", "heritage leather belt sizes"."""
_CHOICE_ENDS = re.compile(r"\b[a-z][a-z-]+ or [a-z][a-z-]+(?: [a-z][a-z-]+)?\W*$")
"""A product's name then two of its possible values, typed without a question: "french roast
whole bean or ground"; which one it is asked (a search names no one product's title)."""
_PURPOSE = re.compile(
    r"\bfor\s+(?:(?:the|a|an|my|his|her|our|their|some)\s+)?[a-z][\w'-]*"
    r"(?=\s*(?:[,;:.!?]|$|\b(?:under|below|over|less|around|that|which|and|but|has|must|needs?)\b))"
)
"""What a request is for ("duffel bag for the gym, under 150"): a use, not a word of a title."""
_TWO_NAMED = {Intent.COMPARE, Intent.SEARCH, Intent.PRODUCT_QUESTION, Intent.RECOMMEND}
_EITHER = re.compile(r"\b(?:or|vs\.?|versus)\b")
_DIFFERENCE = re.compile(r"\b(?:difference|differ|differs|diff)\b")
_WHICH_OF_THEM = re.compile(
    r"\band\b.*\bwhich (?:one )?of (?:the|those|these|them|em|'em)(?: two| both)?\b"
    r"|\band\b.*\bwhich (?:one|of)?\s*(?:is|are|has|have|does|do)\b"
)
"""Two names said, then which of them: "the X and the Y, which of those two is waterproof?"."""
_BOTH = re.compile(r"\b(?:or|vs\.?|versus|compared? (?:to|with)|and|with)\b")


def may_name_two(understanding: Understanding) -> bool:
    """ "Tempo glide 4 vs airstep 2, which has more drop?": two products named, not listed."""
    if understanding.intent not in _TWO_NAMED or understanding.references.ordinals:
        return False
    text = understanding.text.lower()
    if understanding.intent is Intent.COMPARE or _DIFFERENCE.search(text):
        return bool(_BOTH.search(text))  # "the difference between the X and the Y"
    asks = QUESTION.search(text) or re.search(r"\bwhich\b", text)
    return bool(asks and (_EITHER.search(text) or _WHICH_OF_THEM.search(text)))


def compare_named(understanding: Understanding, ctx: Context) -> None:
    """Two or more products named by title: compare those (a recommendation weighs them)."""
    named = named_products(understanding.text, ctx.search)
    if not named:
        return
    if understanding.intent is not Intent.RECOMMEND:
        understanding.intent, understanding.confidence = Intent.COMPARE, 0.8
    understanding.references.product_ids = [p.id for p in named]
    understanding.references.names_product = True
    understanding.slots.category = ""


def ask_about_catalog_product(understanding: Understanding, ctx: Context) -> None:
    """ "What's the heavyweight pocket tee made of?": the product whose title it quotes."""
    text = understanding.text
    opening = SEARCH_OPENING.search(text.lower())
    hits = ctx.search.search(text, limit=5, parse=False).hits  # "in red" must not filter it out
    ruled_out = understanding.negations  # "vegan sneakers? no leather" names no Leather Sneaker
    said = set(tokenize(text)) - set(tokenize(" ".join([*ruled_out.materials, *ruled_out.words])))
    naming = said & set(tokenize(_PURPOSE.sub(" ", text.lower())))
    best, best_share = None, 0.0
    for hit in hits:
        title = set(tokenize(hit.product.title))
        share = len(title & said) / len(title) if title else 0.0
        if not {t for t in (title & naming) - kind_terms(hit.product) if not describes(t)}:
            continue  # "do you guys sell duffel bags?" names a kind, not the Weekender Duffel Bag;
            # "into green tea", "a fleece hoodie" name a colour or a material, not Jasmine Green
            # Tea; "duffel bag for the gym" says what it is for, not the Gym Duffel 40L
        if _asks_for_many(text, hit.product):
            continue  # "any rain jackets under a hundred?": a list, not the Stormline Rain Jacket
        if len(title & said) >= 2 and share > best_share:
            best, best_share = hit.product, share
    lowered = ""
    if best is None or best_share < (0.8 if opening else 0.6):
        best = _named_by_its_name(hits, said, text)  # "do the trailblazer 3 come in orange?"
        lowered = _without_name(text.lower(), best.title) if best is not None else ""
    if best is None:
        return
    lowered = lowered or mask_titles(text, [best.title]).lower()
    understanding.intent, understanding.confidence = Intent.PRODUCT_QUESTION, 0.8
    understanding.references.product_ids = [best.id]
    understanding.references.names_product = True
    understanding.slots.asked = asked_about(lowered)
    understanding.slots.options_asked = choices_asked(lowered)
    understanding.slots.category = ""


def _asks_for_many(text: str, product: Any) -> bool:
    """The request names the product's kind in the plural and no "the": "any rain jackets?" asks
    for jackets, not about the one titled Rain Jacket (though "the trail shoes" may mean one)."""
    head, kind = request_head(text), title_head(product.title)
    if kind is None or re.search(r"\b(?:the|these|those)\b", text.lower()):
        return False
    if superlative_in(text) is not None and re.search(rf"\b{re.escape(kind)}e?s\b", text.lower()):
        return not kind.endswith("s")  # "which of your tinted lip balms is cheapest?": a ranking
    if head is None:
        return False
    return head.word != kind and head.word.rstrip("s") == kind and not kind.endswith("s")


def _without_name(text: str, title: str) -> str:
    """The question less the run of title words that names the product ("is the trailblazer 3
    waterproof?" asks "waterproof", not "3 waterproof")."""
    words = set(tokenize(title))
    runs = [m for m in re.finditer(r"[a-z0-9]+(?:\s+[a-z0-9]+)*", text)]
    best = ""
    for run in runs:
        span: list[str] = []
        for word in run[0].split():
            span = [*span, word] if set(tokenize(word)) <= words and tokenize(word) else []
            if len(" ".join(span)) > len(best):
                best = " ".join(span)
    return text.replace(best, " ", 1) if best else text


def _named_by_its_name(hits: list[Any], said: set[str], text: str) -> Any:
    """The one product whose own name (its title less its kind's words: "Trailblazer 3" of
    Trailblazer 3 Trail Running Shoe) is said in full, at least two terms or one of six letters,
    when no other hit's title holds that name."""
    for hit in hits:
        title = set(tokenize(hit.product.title))
        name = title - kind_terms(hit.product)
        if not name or not name <= said or (len(name) < 2 and len(max(name, key=len)) < 6):
            continue
        if any(name <= set(tokenize(h.product.title)) for h in hits if h is not hit):
            continue
        return hit.product
    return _named_by_its_word(hits, said, text)


_DEFINITE = frozenset({"the", "this", "that", "your", "ur"})
"""A particular product, not a kind: "the rolltop backpack", never "a throw blanket"."""


def _named_by_its_word(hits: list[Any], said: set[str], text: str) -> Any:
    """The one product whose kind is said right after "the" and a word of its name that no
    other hit's title holds ("how big is the rolltop backpack?": Rolltop 28L Backpack; "a duffel
    bag that fits a weekend away" names no Weekend Tote Bag, "a throw blanket maybe?" no Chunky
    Knit Throw Blanket)."""
    found = []
    plain = re.findall(r"[a-z0-9'-]+", text.lower())
    spoken = [tokenize(word) for word in plain]
    for hit in hits:
        title = set(tokenize(hit.product.title))
        kind = title & kind_terms(hit.product)
        words = {w for w in title - kind if len(w) >= 5 and not w.isdigit()}
        others = [set(tokenize(h.product.title)) for h in hits if h is not hit]
        named = any(
            plain[i - 1] in _DEFINITE and set(spoken[i]) & words and set(spoken[i + 1]) & kind
            for i in range(1, len(spoken) - 1)
        )
        if named and not any(words & said & other for other in others):
            found.append(hit.product)
    return found[0] if len(found) == 1 else _named_by_its_opening(hits, plain)


def _named_by_its_opening(hits: list[Any], plain: list[str]) -> Any:
    """The one product whose title opens with two or more words said right after "the" ("is the
    french roast caffeine free?": French Roast Whole Bean Coffee), when no other hit's title
    opens the same way and those words are not all its kind's ("the running shoe")."""
    found = []
    for hit in hits:
        title = [t for t in (tokenize(w) for w in hit.product.title.lower().split()) if t]
        for i in range(1, len(plain) - 1):
            if plain[i - 1] not in _DEFINITE:
                continue
            said = [tokenize(w) for w in plain[i : i + len(title)]]
            run = 0
            while run < min(len(said), len(title)) and said[run] and said[run] == title[run]:
                run += 1
            own = {t for part in title[:run] for t in part} - kind_terms(hit.product)
            if run >= 2 and own:
                found.append((hit.product, title[:run]))
                break
    products = {p.id: p for p, _ in found}
    if len(products) != 1:
        return None
    product, opening = found[0]
    others = [h.product for h in hits if h.product.id != product.id]
    if any(_opens_with(o.title, opening) for o in others):
        return None
    return product


def _opens_with(title: str, opening: list[list[str]]) -> bool:
    words = [t for t in (tokenize(w) for w in title.lower().split()) if t]
    return words[: len(opening)] == opening


def kind_terms(product: Any) -> set[str]:
    """The words of a product's category path and its title's head noun."""
    head = title_head(product.title)
    words = [*product.category, head or ""]
    return {term for text in words for term in tokenize(text)}
