"""Words that never name a thing a shop could sell: function words, numbers, list and
conversation words, verbs and judgements. A message made only of them ("two", "both", "go back",
"previous", "wrong") asks for no product, so it is never "we don't carry two"."""

from __future__ import annotations

import re

_FUNCTION = """
a an the this that these those it its them they their he she him her his hers we us our you your
i me my mine one ones some any all both each either neither none no nor not every other another
such same else what which who whom whose where when why how whatever whichever
and or but if so than then too also as of at by for from in into on onto off out up over
under about above below after before again back away around through with without to
something anything everything nothing someone anyone somebody anybody
is are was were be been being am do does did done have has had having will would shall should
can could may might must let lets let's
"""
_NUMBERS = """
zero two three four five six seven eight nine ten eleven twelve dozen half couple few several
many much more most less least lot lots first second third fourth fifth last next previous
prior former latter earlier later once twice
"""
_TALK = """
yes yeah yep yup nope nah ok okay okey alright sure fine right wrong correct incorrect good bad
great nice cool perfect whatever actually just really maybe perhaps please pls plz thanks thank
now here there still instead anyway though hmm um uh er oh ah oops sorry wait hold hang never
mind nvm option options choice choices item items list page result results thing things stuff
one's else's mistake
"""
_VERBS = """
go goes going went gone come came coming take took taken taking put get got give gave bring
make made keep kept see saw seen show showed look looked looking try tried mean meant meaning
said say says tell told ask asked want wanted need needed like liked choose chose pick picked
change changed undo redo cancel cancelled stop return remove removed add added swap switch
scroll browse repeat skip start restart continue reset
"""
NO_THING_WORDS = frozenset((_FUNCTION + _NUMBERS + _TALK + _VERBS).split())


def names_no_thing(text: str) -> bool:
    """Whether every word of the text is one that never names a product (a lone digit too):
    "two", "both", "out", "go back", "the previous one", "that's wrong"."""
    words = re.findall(r"[a-z]+(?:'[a-z]+)?|\d+", text.lower())
    return bool(words) and all(w.isdigit() or w in NO_THING_WORDS for w in words)
