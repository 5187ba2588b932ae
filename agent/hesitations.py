"""A look asked after a moment's hesitation: "hmm actually my budget is more like 150", "wait
actually what i really need is a bike helmet". The words that only hesitate or take back ("hmm",
"wait", "actually", "scratch that") open the message and ask for nothing, so a search must not be
made of them; what follows is read as the request. A message of several sentences is read whole.
"""

from __future__ import annotations

import re

from agent.chatty import sentences

_HESITATION = re.compile(
    r"^\W*(?:(?:hmm+|hm+|um+|uh+|erm|er|oh|ah|ooh|oops|whoops|wait|hold on|hang on|hold up"
    r"|actually|sorry|my bad|scratch that|on second thought|come to think of it"
    r"|now that i think about it)(?![\w'])[\s,.!…:;~—–-]*)+",
    re.I,
)
_KEEPS_WHOLE = re.compile(r"^(?:no|nope|nah|not|never|cancel|don'?t|stop)\b", re.I)
"""A refusal or a take-back of a cart line reads with its opener ("wait no, not that one")."""


def without_hesitation(text: str) -> str:
    """The message less the hesitation that opens it, when a request of substance follows."""
    match = _HESITATION.match(text)
    if match is None:
        return text
    rest = text[match.end() :].strip()
    if len(rest.split()) < 2 or _KEEPS_WHOLE.match(rest):
        return text
    if len(sentences(text)) > 1:
        return text  # "hmm actually i like a clicky feel. which are tactile": read as it was said
    return rest
