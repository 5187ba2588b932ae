"""A goodbye is answered with a goodbye: "bye for now", "cheers mate, ta-ra" are no thanks to
say "you're welcome" to. A thanks with a goodbye gets both; a thanks alone, "you're welcome"."""

from __future__ import annotations

import re

_GOODBYE = re.compile(
    r"\b(?:bye|bye-bye|byee+|goodbye|good-bye|ta-?ra|tata|ta ta|cheerio|farewell|so long|cya"
    r"|see (?:you|ya|u)|ttyl|laters?|catch (?:you|ya) later|talk (?:soon|later)|take care"
    r"|good ?night|night night|nite|gotta go|got to go|have to go|i'?m off|i'?ll be off"
    r"|off i go|signing off|i'?m out|peace out|have a (?:good|nice|lovely|great) (?:day|evening"
    r"|night|weekend|one)|adi[oó]s|au revoir|tsch[uü]ss|arrivederci|tot ziens|tchau)\b",
    re.I,
)
_THANKS = re.compile(
    r"\b(?:thanks?|thank (?:you|u)|thx|ty|tysm|much appreciated|appreciate (?:it|that|you)"
    r"|gracias|merci|danke|grazie|obrigad[oa]|bedankt|dank je)\b",
    re.I,
)
GOODBYE = "Goodbye, and thanks for stopping by! Come back any time."
THANKS_AND_GOODBYE = "You're welcome — goodbye, and come back any time!"


def says_goodbye(text: str) -> bool:
    return bool(_GOODBYE.search(text))


def goodbye_reply(text: str) -> str | None:
    """The English answer to a message that says goodbye, None when it only thanks."""
    if not says_goodbye(text):
        return None
    return THANKS_AND_GOODBYE if _THANKS.search(text) else GOODBYE
