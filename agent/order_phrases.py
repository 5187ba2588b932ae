"""How shoppers word a cart edit or an order decision at the step where something waits
(lower-case text): a line taken out at the order confirmation ("wait, take the hat out first")
is an edit, not a "no"; "cancel my order, yes I'm sure" already answers "are you sure?"."""

from __future__ import annotations

import re

# "wait, take the hat out first", "hold on, remove the socks": an edit, not a plain decline.
_LINE_EDIT = re.compile(
    r"\b(?:remove|delete|take (?:out|off)|get rid of|(?:drop|ditch|lose|nix|scrap) the"
    r"|take (?:the|my|that|this|those|these|it|them)(?: [\w-]+){0,3} (?:out|off)\b)"
)
_VAGUE_REMOVE = re.compile(
    r"\b(?:remove|delete|take out|take off|get rid of)\s+(?:some ?thing|some stuff|stuff"
    r"|an? (?:item|thing|few things|couple (?:of )?things)|one or two things|a line)\b"
)
# "oh wait, also add a Coconut Curl Shampoo": an add at the confirmation, not a "no".
_LINE_ADD = re.compile(
    r"\b(?:also add|add (?:a|an|the|another|one|two|three|\d{1,2}|some)\b|throw in"
    r"|put in (?:a|an|the))"
)
# "cancel my order, yes I'm sure", "cancel it, no need to ask": the yes comes with the request.
_ASSURED = re.compile(
    r"\b(?:i'?m|i am|yes,? i'?m) (?:sure|certain|positive)\b|\byes,? (?:please )?cancel\b"
    r"|\b(?:definitely|absolutely|just) cancel\b|\bno need to (?:ask|confirm|check)\b"
    r"|\bdon'?t (?:ask|need to ask)\b|\byes,? (?:really|definitely|absolutely)\b"
)


def edits_a_line(text: str) -> bool:
    """The message takes a line out of the cart or adds one ("take the hat out first"); "no, I
    want to remove something first" names no line: a no, and the shopper says which next."""
    removes = _LINE_EDIT.search(text) and not _VAGUE_REMOVE.search(text)
    return bool(removes or _LINE_ADD.search(text))


def assured(text: str) -> bool:
    """The message already says yes to its own request ("…, yes I'm sure")."""
    return bool(_ASSURED.search(text))


# "on second thought can I have the red one", "hmm, could I get it in a large instead": another
# colour or size of what is in the cart, asked for while the order waits.
_OTHER_OPTION = re.compile(
    r"\b(?:can|could|may) i (?:please )?(?:have|get|do|switch to|change to) (?:it |that |them )?"
    r"(?:in |the |a |an )|\b(?:the|in) [\w-]+(?: [\w-]+)? (?:one|ones|instead)\b"
    r"|\b(?:i'?d|i would) (?:rather|prefer|like) (?:it |that |them )?(?:in |the |a )"
)


_WAITS_FOR_RESTOCK = re.compile(
    r"\b(?:wait|hold off|hold out|hang on)\b[^.?!]*?\b(?:to |till |until )?"
    r"(?:come|comes|coming|get|gets) back\b(?! to)"
    r"|\b(?:back in stock|restock(?:ed|s)?|in stock again)\b"
)


def waits_for_restock(text: str) -> bool:
    """ "not yet, i might wait for the rust one in M to come back": a no to the order as it
    stands, never a change of the line to a variant that is not there to buy."""
    return bool(_WAITS_FOR_RESTOCK.search(text))


def asks_other_variant(text: str, *, option_said: bool) -> bool:
    """The message asks for another colour or size it names ("…can I have the red one"): an edit
    of the line at the confirmation, not a "no", though it opens with second thoughts."""
    return option_said and bool(_OTHER_OPTION.search(text))
