"""Questions about the world rather than the store: a contest, a repair, a sum, a cooking time.

"who do you reckon wins the league this year" and "how do I fix a puncture on my bike?" can
share words with the catalog (a Bike Mount Speaker), yet nobody asks for a product: a shop
assistant hears a question it cannot answer, never a search to fill with the nearest products.
A message that also asks for something ("do you sell anything for it?") stays shopping.
"""

from __future__ import annotations

import re

_CONTEST = re.compile(
    r"\bwho(?:'s|'ll| is| will| would| do you| d'?you| did| are you| you)?"
    r"(?: \w+){0,3} (?:win|wins|winning|won|take (?:it|the title)|lift the)\b"
    r"|\bwho(?:'s| is) (?:going to|gonna) (?:win|take|lift)\b"
    r"|\b(?:predictions?|odds|favou?rites?) (?:for|to win|on) (?:the|this|next)\b"
)
"""A contest's winner asked for or predicted."""
_HOW_TO = re.compile(
    r"^\W*(?:(?:so|hey|hi|ok(?:ay)?|um+|hmm+|quick question|random question|question)\W+)*"
    r"(?:how (?:do|can|should|would|could) (?:i|you|we|one) (?:go about |best )?"
    r"|how to |what'?s the (?:best |easiest )?way to |any tips (?:on|for) )"
    r"(?:fix|fixing|repair|repairing|patch|mend|unclog|unblock|troubleshoot|jump ?start|rewire"
    r"|reset|reboot)\b"
    r"|^\W*(?:(?:so|hey|hi|ok(?:ay)?|um+|hmm+|quick question|random question|question)\W+)*"
    r"(?:how (?:do|can|should|would|could) (?:i|you|we|one) |how to |what'?s the (?:best )?way to )"
    r"(?:get|getting|remove|lift|shift) (?:\w+ ){1,3}(?:out of|off|out)\b"
    r"(?!.*\b(?:cart|basket|order|list|account|checkout|wishlist)\b)"
)
"""A repair asked for as instructions, or a stain's removal ("how do i get red wine out of a
wool jumper": the jumper is the shopper's own, not one to buy)."""
_NAMING = re.compile(
    r"\b(?:think of|thinking of|come up with|pick|choose|help (?:me )?(?:with|find)|ideas? for)"
    r" (?:a |some )?(?:good |cute |nice |funny )?names? for (?:my|our|his|her|their|the) \b"
)
"""A name wanted for a pet, a baby or a boat ("help me think of a name for my new kitten")."""
_SUM = re.compile(
    r"\b(?:what'?s|what is|whats|how much is|calculate|work out|solve)\s+-?\d+(?:\.\d+)?\s*"
    r"(?:x|\*|×|times|multiplied by|plus|\+|minus|divided by|/)\s*-?\d+(?:\.\d+)?"
    r"(?:\s*(?:[?!.,=]|$)|\s+(?:for|pls|please|equals|again)\b)"
)
"""A sum asked for ("whats 17 x 23", "what is 12 times 8"): homework, not a price."""
_COOKING = re.compile(
    r"\bhow (?:long|many (?:minutes|hours|mins)) (?:do|should|does|would|can|must) (?:i|you|we"
    r"|one|it|a|an|the)\b(?: \w+){0,2} (?:cook|bake|boil|roast|grill|fry|simmer|poach|steam"
    r"|microwave|sear|marinate|rest|braise|smoke)(?:ed|ing)?\b"
    r"|\b(?:what )?(?:temp|temperature) (?:do|should) (?:i|you) (?:cook|bake|roast|grill)\b"
    # a fact of physics: "at what temperature does water boil at 2000m", "boiling point of milk"
    r"|\bwhat (?:temp|temperature) (?:does|do|will|would) (?:\w+ ){1,3}(?:boil|freeze|melt)\b"
    r"|\b(?:boiling|freezing|melting) (?:point|temp(?:erature)?) (?:of|for) (?:\w+ )?water\b"
)
"""A cooking time or temperature asked for: a recipe question, not a request for products."""
_WATCHED = re.compile(
    r"\b(?:did|have|do|are|d|did'?ya)\s*(?:u|you|ya|y'?all)\s+(?:(?:get to|manage to)\s+)?"
    r"(?:watch|watched|watching|see|seen|catch|caught|hear about|heard about)\s+"
    r"(?:the|that|this|last night'?s|yesterday'?s|today'?s|tonight'?s)\s+(?:\w+\s+){0,2}"
    r"(?:match|game|fight|bout|race|final|finals|show|episode|movie|film|news|derby|debate"
    r"|concert|series|grand prix|super ?bowl|world cup|semi(?:-?final)?s?|playoffs?)\b"
)
"""A match, a show or the news the shopper watched ("did u watch the match last night?"): a
spectator's chat, where "watch" is a verb and names no Watch."""
_DIRECTIONS = re.compile(
    r"\b(?:how (?:do|can|would|should) (?:i|we|you|u) (?:get|go|walk|drive) to"
    r"|(?:directions|the way|quickest way|fastest way|best way) (?:to get )?to"
    r"|where(?:'s| is) the (?:nearest|closest))"
    r" (?:the |a |your |our )?(?:\w+ ){0,2}"
    r"(?:post office|bank|station|airport|hospital|library|pharmacy|chemist|supermarket|mall"
    r"|museum|park|beach|hotel|police|city (?:centre|center)|town (?:centre|center)|downtown"
    r"|bus stop|subway|metro|stadium|cinema|theat(?:re|er)|church|town hall|city hall)\b"
)
"""The way to a place in town ("how do I get to the post office downtown from here?"): no
product is asked for, and the store's own pages (cart, checkout) are no place in town."""
_WHO_MADE = re.compile(
    r"\bwho (?:sang|sings|sung|wrote|writes|directed|painted|composed|performed|invented"
    r"|discovered|starred in|plays? in|played in|produced|recorded|released|narrated)"
    r" (?:that|the|this|a|an|it)\b"
    r"|\bwhat(?:'s| is| was|s) (?:the )?(?:name|title) of (?:that|the|this) (?:\w+ ){0,2}"
    r"(?:song|tune|movie|film|band|book|show|album|track|singer|actor|actress|painting)\b"
    r"|\b(?:what|which) (?:song|band|singer|movie|film) (?:is|was|goes|has|had|sings)\b"
)
"""Who made a song, a film or a book ("who sang that 80s song, la la la something?"): a quiz
question; its "something" is the forgotten words of a title, never something to buy."""
_SCIENCE = re.compile(
    r"\b(?:why|how come|how do(?:es)?|what makes)\b.*\b(?:(?:the|actual|real) (?:science|physics"
    r"|chemistry|biology)|science (?:behind|of)|scientific(?:ally)?)\b"
    r"|\b(?:the|actual|real) (?:science|physics|chemistry) (?:behind|of) why\b"
)
"""Why something happens, asked as science ("why does coffee go cold so fast? what's the actual
science"): an explanation wanted, not a product; a problem said plainly stays a search."""
_VENUE = re.compile(
    r"\b(?:restaurants?|caf(?:e|é)s?|bistros?|pubs?|hotels?|hostels?|b ?& ?bs?|nightclubs?"
    r"|(?:tapas|wine|cocktail|sports|beer|karaoke|dive|rooftop|sushi|pizza|burger|coffee)"
    r" (?:bars?|places?|spots?|joints?|shops?)"
    r"|places? (?:to|for) (?:eat|stay|drink|dinner|lunch|brunch|breakfast|a drink))"
    r" (?:in|near|around|close to) (?!(?:my|the|your|our) (?:cart|basket|bag|order|size)\b)[a-z]"
)
"""A place in town to eat, drink or stay ("a good tapas bar in seville", "hotels near the
station"): a tip only a local can give, whatever the message asks with ("recommend")."""
_PLACES_OUT = (
    r"(?:trails|routes|hikes|walks|treks|climbs|peaks|campsites|campgrounds|ski resorts|slopes"
    r"|pistes|beaches|surf spots|national parks)"
)
_ROUTE = re.compile(
    rf"\b(?:which|what) {_PLACES_OUT}(?: (?:in|near|around|on|at|of) (?:[\w'-]+ ){{1,3}}?)?"
    r"(?:are|is|would be) (?:the )?(?:best|good|nicest|easiest|safest|prettiest|worth\b)"
    rf"|\b(?:best|good|easy|nice|beginner) {_PLACES_OUT} (?:in|near|around) (?!(?:my|the|your) "
    r"(?:cart|basket|size|price)\b)[a-z]"
)
"""Which trails, routes or slopes out there are best ("which trails in Patagonia are best for
beginners?"): a guide's tip about a place, not a product; "which trail shoes are best" stays
a search (the kind is named)."""
_FORGOTTEN_WORDS = re.compile(r"\b(?:something|or something|anything)\b")
"""In a quiz question, the words of a title half remembered ("la la la something")."""
_ASKS_FOR_PRODUCTS = re.compile(
    r"\b(?:do you (?:have|sell|carry|stock)|have you got|got any|sell|recommend|suggest"
    r"|looking for|i need|i want|should i (?:buy|get)|can i (?:buy|get)|anything|something"
    r"|products?|kit|tool)\b"
)


def asks_off_topic(text: str) -> bool:
    """Whether the message asks about the world (a winner, who sang a song, a repair, a sum, a
    cooking time, a match watched, the way to a place, a why of science), not for products."""
    lowered = " ".join(text.lower().split())
    if _ASKS_FOR_PRODUCTS.search(
        _FORGOTTEN_WORDS.sub("", lowered) if _WHO_MADE.search(lowered) else lowered
    ):
        return False  # "how do I fix a flat? do you sell patch kits?" asks for them
    asked = (
        _CONTEST, _WHO_MADE, _HOW_TO, _SUM, _COOKING, _WATCHED, _DIRECTIONS, _SCIENCE, _ROUTE,
        _NAMING,
    )  # fmt: skip
    return any(p.search(lowered) for p in asked)


def asks_the_way(text: str) -> bool:
    """Whether the message asks the way to a place in town: "the big one" in it points at the
    place, never at a product shown."""
    lowered = " ".join(text.lower().split())
    return not _ASKS_FOR_PRODUCTS.search(lowered) and bool(_DIRECTIONS.search(lowered))


def asks_for_a_venue(text: str) -> bool:
    """Whether the message asks for a restaurant, a bar or a hotel somewhere, or the best trails
    there: no product is asked for, even by "recommend", "any good" or "best for beginners"."""
    lowered = " ".join(text.lower().split())
    return bool(_VENUE.search(lowered) or _ROUTE.search(lowered)) and not re.search(
        r"\b(?:do you|you) (?:sell|stock|carry)\b", lowered
    )
