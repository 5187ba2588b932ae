"""The phrases the rules recognise, one pattern per way shoppers say a thing (lower-case text)."""

from __future__ import annotations

import re

from agent.hurry_asides import EVENTS

_C = re.compile

YES = _C(
    r"^\s*(?:(?:ok(?:ay)?|alright|great|perfect|cool|sure)[\s,!.]+)?(?:yes|yeah|yep|yup|ya|yea|sure"
    r"|ok(?:ay)?|confirm(?:ed)?|go ahead|do it|place (?:it|the order)|approved?|please do"
    r"|sounds good|absolutely|definitely|of course|y|si|sí|oui|ja|let'?s do it|go for it"
    r"|that'?s (?:right|correct|fine)|correct|proceed)\b"
)
NO = _C(
    r"^\s*(?:(?:hmm+|hm+|uh+|um+|erm|well|oh|ah|actually|wait|hold on|hang on|sorry)[\s,.!-]*)*"
    r"(?:no|nope|nah|cancel|don'?t|do not|stop|never ?mind|not (?:yet|now|today|right now)"
    r"|n|wait|hold on|hang on|hold off|not so fast|let me think|i need to think|give me a (?:sec"
    r"|second|minute|moment)|maybe later|later|one (?:sec|second|moment)|i changed my mind"
    r"|changed my mind|i'?m not sure|not sure|no way|negative)\b"
)
GREETING = _C(
    r"^\s*(?:hi+|hello+|hey+|hiya|yo|howdy|hallo|hola|buenas|buenos d[ií]as|bonjour|salut"
    r"|ciao|buongiorno|ol[aá]|oi|bom dia|hej|moin|servus|guten (?:tag|morgen)|good (?:morning"
    r"|afternoon|evening|day)|greetings|sup|what'?s up|hey there|hi there|hello there)\b"
    r"[\s!.,:)(\w'?]{0,30}$"
)
LANGUAGE = {
    "es": _C(r"\b(?:hola|buenas|buenos d[ií]as|gracias|adi[oó]s)\b"),
    "fr": _C(r"\b(?:bonjour|salut|merci|au revoir)\b"),
    "de": _C(r"\b(?:hallo|guten (?:tag|morgen)|moin|servus|danke|tsch[uü]ss)\b"),
    "it": _C(r"\b(?:ciao|buongiorno|grazie)\b"),
    "pt": _C(r"\b(?:ol[aá]|oi|bom dia|obrigad[oa])\b"),
}
THANKS_BYE = _C(
    r"^\s*(?:(?:ok(?:ay)?|k|great|perfect|cool|awesome|alright|nice|sweet|right)[\s,!.]+){0,3}"
    r"(?:thanks?|thank you|thx|ty|cya|ttyl|laters|take care|gotta go|got to go|i'?m off"
    r"|cheers|bye|goodbye|good ?night|see (?:you|ya)|that'?s (?:all|it)|that is all|nothing else"
    r"|i'?m (?:done|good|all set)|all (?:good|set)|no(?:pe)?,? (?:thanks?|that'?s all)|gracias"
    r"|merci|danke|grazie|adi[oó]s|ciao|later|have a (?:good|nice) (?:day|one)|ta-?ra|cheerio"
    r"|ta(?=\W*(?:very much|muchly|mate|love|luv)?\W*$))"  # "ta": a British thanks, said alone
    r"\b[\s\w,!.'?-]{0,40}$"
)
POLICY = _C(
    r"\b(?:returns?|refunds?|exchanges?|send (?:it|them|this) back|shipping|delivery|deliver"
    r"|postage|how long (?:does|will) (?:it|shipping|delivery) take(?! to (?!arrive|ship|come"
    r"|get (?:here|to)|deliver|reach)\w)"  # not "how long does it take to boil?"
    r"|ship (?:to|internationally|abroad))\b"
)
PHOTO_HELP = _C(
    r"\b(?:send|upload|share|attach) (?:you )?(?:a |an )?(?:photo|picture|pic|image|screenshot)"
    r"|can i (?:send|show) (?:you|u)\b"
)
# "what kind of stuff do you guys sell?", "what do you carry?": the store's range, not a search
WHAT_IS_SOLD = _C(
    r"\bwhat (?:do|does) (?:you|u|ya|the (?:store|shop))(?: guys| all| folks)? (?:sell|carry|stock"
    r"|have|offer)(?: here| there| exactly| anyway| in (?:the|your) (?:store|shop))?\s*(?:[?.!,]|$)"
    r"|\bwhat (?:kinds?|sorts?|types?) of (?:stuff|things|products|items|goods|merch\w*)\b"
    # "what kinds of things can I ask you?" asks what the assistant does, not what is sold
    r"(?! (?:can|could|should|do|may) (?:i|we) (?:ask|say|tell|do|use)\b)"
    r"|\bwhat (?:products|items|things|stuff|departments|categories) (?:do|does) (?:you|u)\b"
    r"|\bwhat(?:'s| is) (?:for sale|on offer|in (?:the|your) (?:store|shop))\b"
    r"|\bwhat (?:can|could) i (?:buy|get|order) (?:here|from you)\b"
)
_SAID_OF_SOMEONE = "".join(
    rf"(?<!\b{who} )"
    for who in ("he", "she", "they", "it", "who", "kid", "kids", "always", "often", "usually")
)
"""Before a verb, a subject or habit that makes it a story ("he drop everything", "she always
drops it all"), not an instruction to the shop."""
EMPTY_CART = _C(
    r"\b(?:empty|clear|reset|wipe|nuke) (?:out )?(?:my |the )?(?:whole |entire )?"
    r"(?:cart|basket|bag)\b"
    r"|\b(?:empty|clear|wipe) (?:all of (?:it|them|that|this|those)|it|everything|it all|it out"
    r"|all|the lot)\b"
    r"(?! (?:of|about|the \w+ of)\b)"
    rf"|\b{_SAID_OF_SOMEONE}(?:remove|delete|drop|ditch|scrap|toss|bin|get rid of|take out)"
    r" (?:everything|it all"
    r"|the lot"
    r"|all (?:of )?(?:it|them|that|those|the items|items|my items)|all\b(?! \w+ (?:socks|tees?)))"
    r"|\bstart (?:over|again|fresh) with (?:my |the )?(?:cart|basket)"
    r"|\bi don'?t want (?:any of (?:it|them|this|that)|anything)\b"
)
HELP = _C(
    r"^\s*(?:help|\?+)\s*[?!.]*$|\b(?:what (?:exactly |else |all |actually )?can (?:you|u)"
    r" (?:actually |really |even |exactly |else )?do"
    r"|how does this work|who are you|what are you"
    r"|what do you do|how do i (?:use|order|buy|shop)|what can i (?:ask|say|do)|how can you help"
    r"|what (?:kinds?|sorts?|types?) of (?:stuff|things|questions) (?:can|could|should|do|may)"
    r" (?:i|we) (?:ask|say)"
    r"|are you (?:a bot|human|real|an ai)|what do you sell|what kind of (?:stuff|things|products)"
    r"|what (?:products|items) do you (?:have|sell|carry)"
    # what the chat knows of any product: "what can you actually tell me about a product?"
    r"|what (?:exactly |else |all |actually )?(?:can|do) (?:you|u) (?:actually |really |even )?"
    r"(?:tell (?:me )?|say |know )about (?:a |an |any |your )?(?:products?|items?|things?))\b"
    # an unsure newcomer: "new here, where do I even start?", "no idea what to get"
    r"|\bcan (?:you|u) (?:actually |really |even |also )?(?:order|buy|purchase|place orders|check"
    r" ?out)(?: (?:stuff|things|it|for me))*(?: or| too| as well|\?)"  # not "can you order a ..."
    r"|\b(?:i'?m |im |i am )?new here\b|\bfirst time (?:here|on here|shopping here|using this)\b"
    r"|\bwhere (?:do|should|can) i (?:even )?(?:start|begin)\b(?! with| looking)"
    r"|\bhow do i (?:get )?start(?:ed)?\b"
    r"|\b(?:not sure|no idea|don'?t know) (?:where|how) to (?:start|begin)\b"
    # unsure how to use the chat itself: "what am I supposed to type?", "what do I say here?"
    r"|\bwhat (?:am i|are we) (?:supposed|meant|expected) to (?:type|say|write|ask|do)\b"
    r"|\bwhat (?:do|should|can) i (?:type|write|enter)\b(?! \w)"
    r"|\bwhat (?:do|should) i say\b(?= here| to you|\s*[?!.]*$)"
    r"|^\W*(?:hmm+\W+|um+\W+|uh+\W+)?(?:i'?m|im|i am) (?:so |a bit |kinda |really )?"
    r"(?:confused|lost)\s*[.!?]*$"
    # someone set it up for them: "I don't know how to use it", "no idea what to do with it"
    r"|\b(?:don'?t|do not|dont) (?:really )?(?:know|understand|get) (?:how to (?:use|work)"
    r"|what to do with) (?:it|this|that|the (?:app|site|website|chat|shop|thing))(?: thing)?"
    r"\s*(?:$|[.!?,;]|\band\b|\bcan\b)"
    r"|\b(?:not sure|no idea|no clue) (?:how to (?:use|work)|what to do with)"
    r" (?:it|this|that|the (?:app|site|website|chat|shop|thing))(?: thing)?\s*(?:$|[.!?,;]|\band\b)"
)
OTHERS_DATA = _C(
    # other people's data or the shop's back office: refused, whoever the sender says they are
    r"\b(?:(?:address(?:es)?|emails?|orders|details|data|phone numbers?) of (?:all |every |other )?"
    r"(?:the |your |our )?(?:customers?|users?|shoppers?|buyers?|people|members?)\b)"
    r"|\b(?:every|all|other|another|any|the) (?:of )?(?:the |your |our )?"
    r"(?:customers?|users?|shoppers?|buyers?|people|members?)(?:'s|s'|')?(?: \w+){0,2} "
    r"(?:address(?:es)?|emails?|orders"
    r"|details|data|info|information|phone(?: numbers?)?|cards?|accounts?|names|passwords?)\b"
    r"|\bcustomers?'? (?:list|data(?:base)?|emails|addresses|records|phone numbers)\b"
    r"|\b(?:i'?m|i am) (?:the |an? )?(?:shop |store )?(?:owner|admin|administrator|manager"
    r"|developer)\b|\b(?:export|dump|download) (?:the |all )?(?:orders|customers|database)"
    r"|\b(?:someone|somebody) else'?s (?:order|address|account|details)"
)
INJECTION = _C(
    r"\b(?:ignore (?:all |any |your |the |previous |prior |above )*(?:instructions|rules|prompts?)"
    r"|system prompt|you are now|act as|pretend (?:to be|you)|jailbreak|developer mode"
    # "does that get me free shipping?" asks whether the cart qualifies, it demands nothing
    r"|(?<!that )(?<!this )(?<!it )(?<!which )(?<!would )(?:give|get) me (?:a |an )?"
    r"(?:free|discount|coupon|refund|\d+ ?% off)|for free\b(?![ -](?:shipping|delivery|postage))"
    r"|discount code|promo code|override|admin (?:mode|access)|reveal your|set (?:the )?price to"
    r"|coupon|voucher|password|api key|secret key|credentials|<\s*script|select \*|drop table"
    r"|;\s*--|(?:talk|speak|write|respond|reply|behave) (?:only )?(?:like|as) (?:a|an|one)\b"
    r"|as a pirate|system:|new instructions|you must now|role-?play|disregard (?:your|all|the|any)"
    r"|from now on,? you(?:'re| are| will| must| should)|forget (?:about )?(?:the store|the shop"
    r"|your (?:instructions|rules|role|job|prompt)|everything|all (?:your|previous|that))"
    r"|stop being (?:a|an) (?:shop|store|shopping)|in the voice of"
    r"|\d+ ?% off|free of charge|make it free|price (?:it|them) at)"
)
OFF_TOPIC = _C(
    r"\b(?:weather (?:today|tomorrow|like|forecast|in|outside)|what'?s the weather|news|joke"
    r"|politics|election|president|prime minister|homework|stock market"
    r"|bitcoin|crypto|capital of|world cup|super ?bowl|who won|score of|recipe for|meaning of life"
    r"|(?:write|compose) (?:me |us )?(?:a |an |some )?(?:short |little |quick |funny )?"
    r"(?:code|story|essay|poem|song|haiku|limerick|sonnet|rap|rhyme|verse|lyrics)s?\b"
    r"|translate|what time is it"
    r"|help me (?:to )?write|(?:can|could|would|will) you (?:please )?write"
    r"|write (?:me |up )?(?:a|an|my) (?:[\w-]+ ){0,2}(?:card|letter|message|note|e-?mail|speech"
    r"|toast|cv|resume|complaint|text)\b"
    r"|what time (?:does|do|is) the|football game|soccer game"
    r"|book (?:me )?a (?:flight|hotel|table)|(?:cheap(?:est)?|find (?:me )?(?:a )?|any) flights? to"
    r"|movie (?:to watch|tonight|recommend)"
    r"|good movie|tv show"
    r"|how old are you|tell me about yourself|favorite (?:movie|song|color|food)|your name"
    r"|solve|math|calculate|who (?:is|was) (?!in)|sing|date me|love you"
    # life admin and money advice, not a product: "how do i cancel netflix", "is it cheaper to
    # drive to work or take the bus" (buying one thing or another stays shopping)
    r"|how (?:do|can|would|should) (?:i|we|you|one) (?:cancel|unsubscribe(?: from)?|opt out of)"
    r" (?!(?:my |an |the |this |that |our )?(?:order|purchase|cart)\b)"
    r"|(?:is it|would it be|will it be) (?:cheaper|better|faster|quicker|smarter|worth it"
    r"|more economical) (?:for (?:me|us) )?to (?!(?:buy|get|order|pick|grab)\b)[^?]*\bor\b)\b"
)
ORDER_STATUS = _C(
    r"\b(?:order status|status of (?:my|the) order"
    r"|where(?:'?s| is| are) (?:my|me|mi|our) (?:order|package|stuff|parcel|things)"
    r"|track (?:my|the) (?:order|package)|did my order|has my order|when will (?:my order|it) "
    r"(?:arrive|ship|come)|my orders?\b(?! (?:it|them|one|that))"
    # "did my sunglasses order go through?", "wheres my mug order at": the order by what it held
    r"|\b(?:did|has|is|was|where(?:'?s| is)) (?:my|our) (?:(?!to |going |gonna |wants? |need )"
    r"[a-z][\w-]* ){1,3}order (?:go|get|got|gone|went|at|status|placed|ship|shipped|arrive|come)\b"
    r"|what (?:did )?i (?:just )?order(?:ed)?"
    r"|remind me what i\b|my last (?:order|purchase)|when will (?:it|my order|my package|they) "
    r"(?:arrive|ship|come|get here|be delivered)|has (?:it|my order) shipped|delivery date"
    r"|(?:what'?s|whats|what is|give me|send me|tell me) (?:the|my) order (?:number|no\.?|id|#)"
    r"|(?:placed|made|put in) (?:an|my) order"
    r"|i ordered\b[^.?!]{0,60}\b(?:ago|last|arrived|turned up)"
    r"|(?:hasn'?t|haven'?t|has not|have not|still not|never|not yet) (?:arrived|turned up"
    r"|shown up|come|been delivered|got here)|nothing has (?:arrived|come|turned up))"
)
# "did it go through?", "was the order placed?": after an order, a question about that order.
WENT_THROUGH = _C(
    r"\b(?:did|has|have) (?:it|that|this|the order|my order|the payment|my payment|everything)"
    r"(?: (?:actually|really|definitely|even|all))? (?:go|gone|get|got|went) through\b"
    r"|\b(?:was|is|did) (?:it|that|the order|my order) (?:placed|successful|confirmed|go ok)\b"
    # "the order is already send?", "is my order sent yet": a learner's status question
    r"|\b(?:(?:the|my) order (?:is|was|has been|got)|(?:is|was|has) (?:the|my) order)"
    r"(?: (?:already|now|been|yet))* (?:sent|send|shipped|dispatched|on (?:its|the) way)\b"
)
# "cancel", and the ways it is mistyped ("cancle", "cancell", "cansel", "cancl")
_CANCEL = r"(?:cancel+|cancle|cansel+|cancl|canel+|cancle?d|cancel+ed)"
CANCEL_ORDER = _C(
    rf"\b(?:{_CANCEL}|cancell?ation|call off|undo|revoke|don'?t want)\b.*\b(?:order|purchase)\b"
    rf"|\b(?:order|purchase)\b.*\b(?:{_CANCEL}|cancell?ation|call(?:ed)? off)\b"
)
# "how much did I end up paying", "what did we actually pay": words between the payer and the pay
_PAID_HOW = r"(?:(?:just|end|ended|up|actually|finally|really|in the end) )*"
# After an order: "how much did i pay in total?", "what was i charged", "what was my total"
PAID_TOTAL = _C(
    rf"\bhow much (?:did|have|had) (?:i|we) {_PAID_HOW}(?:pay|paid|paying|spend|spent|spending)\b"
    r"|\bhow much (?:was|were|did) (?:i|we|it|they) (?:get )?(?:charged?|billed?|cost)\b"
    rf"|\bwhat (?:did|have) (?:i|we) {_PAID_HOW}(?:pay|paid|paying|spend|spent|spending)\b"
    r"|\bwhat (?:was|were) (?:i|we) (?:charged|billed)\b"
    r"|\bwhat (?:was|is) (?:my|the) (?:order(?:'s)? )?(?:total|amount|charge)\b"
    r"|\bhow much was (?:my|the|that) order\b"
    # "what did that order come to with shipping?", "how much does my order cost all in?"
    r"|\b(?:what|how much) (?:did|does|was|is|has) (?:my|the|that|this|our) (?:last |whole )?"
    r"(?:order|purchase) (?:come to|cost|total|add up to|amount to|end up (?:at|being))\b"
)
CHECKOUT = _C(
    r"\b(?:(?:check ?out|checkout)(?: time)?|proceed to (?:payment|checkout)"
    r"|place (?:an|my|the) order"
    r"|pay(?: now| for (?:it|them|this|that|everything))?|buy (?:it|them|now|everything)"
    r"|i'?m ready to (?:pay|buy|order)|complete (?:the|my) (?:purchase|order)|ring (?:it|me) up"
    r"|finish (?:my|the) (?:order|purchase)|finali[sz]e"
    # "ok yes place it", "go ahead and place them": the whole message asks to order the cart
    r"|^\W*(?:(?:ok(?:ay)?|yes|yeah|yep|sure|so|then|right|alright|just|please|pls"
    r"|go ahead(?: and)?)\W+)*place (?:it|them|this|that|the lot))"
    r"(?:[\s,]+(?:now|please|then|already|for me|thanks?|thank you|asap|right now|pls|plz|again"
    r"|i think|i guess|i suppose|maybe|perhaps|and confirm(?: it| the order)?"
    # "ready to check out for my camping trip!": what it is for, no other item
    r"|for (?:my|our|the|this) (?:[\w'-]+ ){0,2}" + EVENTS + r"))*"  # "I'd like to
    # check out I think?", "checkout and confirm": the summary still asks for the yes
    # "check out, same details as before": the details already given, used again
    r"(?:[\s,;:-]+(?:(?:with|using|use) )?(?:the |my )?same (?:details|info|information|address"
    r"|shipping|as (?:before|last time|earlier))(?: as (?:before|last time|earlier|above))?"
    r"(?: please)?)?"
    r"\s*[.!?]*\s*$"
)
REMOVE = _C(
    r"\b(?:remove|delete|take (?:out|off)|get rid of|don'?t want|no longer want|scrap|ditch"
    r"|lose the|nix|yeet|axe the|scratch (?:the|that|those|my)"
    r"|(?:drop|toss|bin)(?!(?: \w+){0,3} (?:in|into|on)\b)"
    r"|out of (?:my|the) (?:cart|basket|bag|trolley)"  # "get the shoes out of my cart"
    r"|take (?:the|my|that|this|those|these|it|them)(?: [\w'-]+){0,3} (?:out|off)\b"
    r"|(?:don'?t|do not|no longer) need (?:the|that|those|these|it|them))\b"
)
# "kindly reduce it to 2 only", "bring them down to three", "can you cut that to 4"
_TO_A_COUNT = (
    r"\b(?:reduce|lower|decrease|drop|cut|bring|knock|take|bump|raise|up) (?:it|that|them|those"
    r"|these|this|the [a-z-]+)(?: (?:down|up|back))? to (?=\d|one\b|two\b|three\b|four\b"
    r"|five\b|six\b|a (?:couple|pair|single)\b|just\b|only\b)"
)
SET_QUANTITY = _C(
    r"\b(?:make (?:it|that|those|them|the)|change (?:it|that|the)|set (?:it|that|the)|update"
    r"|quantity|qty|only (?:want|need)|just (?:want|need)|instead of|increase|decrease|bump"
    r"|(?:is|are|'s|will be|would be|should be) (?:enough|plenty|sufficient)"  # "one is enough"
    r"|(?:will|'ll|would|should) do|(?:just|only) (?:the )?(?:one|two|three|four|five|\d+)"
    r"(?![^?]*\?))\b|" + _TO_A_COUNT
)
COUNT_TO = _C(_TO_A_COUNT)
"""A line brought to a count ("drop that to just one box"): a new count, never a removal."""
CHANGE_VARIANT = _C(
    r"\b(?:actually|instead|change|switch|swap|exchange|make (?:it|that|those|them|the)|rather"
    r"|different|go (?:up|down) (?:to|a size)"
    r"|(?:bump|move) (?:it|that|this|them|those) (?:up|down))\b"  # "bump it up to XL"
)
ADD = _C(  # "... just want to be sure before I buy": a condition, no order yet; "those add up"
    r"(?<!before i )(?<!before we )(?<!until i )(?<!till i )(?<!before you )"
    r"\b(?:add(?!\s+up\b)|buy|purchase|i'?ll take|i will take|i'?ll get|put|get me|grab|order"
    r"|i'?ll have(?! a (?:think|look|go|chat|word|ponder|browse))"
    r"|(?:chuck|toss|throw|pop|stick|bung|shove|slap|drop) (?:(?:it|them|that|this|those|these|one"
    r"|two|\d|a pair|a couple|the \w+(?: \w+)?) )?(?:in|into|on)\b|gimme|lemme (?:get|grab|have)"
    r"|i'?ll go (?:with|for)|sold\b(?=\W*$)|^\W*sold(?=\s*[.!,])"  # "sold. the teal one please"
    r"|i want (?:the|(?:that|this|it|one|those|these|them)(?!\s+to\b)|\d|two|three)"
    r"|take (?:the|that|this|it|one|two"
    r"|three|\d)|give me (?:the|that|this|one|two|\d)|i'?d like (?:the|that|this|one|two|\d)"
    r"|throw in|toss in|include)\b"
    r"|^\s*(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|a couple|a pair)\s+(?:of|more)\b"
)
ADD_TO_CART = _C(
    # at the start of the message or of one of its sentences ("… for ages. Could you pop …")
    r"(?:^|[.!?]\s+)\s*(?:(?:please|can you|could you|would you|pls|ok(?:ay)?|yes|yeah|yep|sure"
    r"|alright|cool|great|perfect|nice|right|so|then|and|just|go ahead and)[\s,!.]+)*"
    r"(?:add|put|throw|pop|chuck|toss|stick|bung|shove|slap)\b.+"
    r"\b(?:to|in|into|on) (?:my|the) (?:cart|basket|bag|trolley)\b"
)
VIEW_CART = _C(
    r"\bcart\b|(?<!\bfor )(?<!\bfits )(?<!\bfit )(?<!\bbig is )(?<!\blarge is )(?<!\bheavy is )"
    r"\b(?:my|the) (?:basket|bag)\b(?! for| that| with| of)"  # not "an umbrella for my bag",
    # nor "how big is the bag (of the light roast)": a package's size; a cart has none
    r"|\bwhat(?:'s| is| have i got) in my\b"
    r"|\bwhat (?:did|have) i (?:add|pick|choose)|\bhow much (?:is|do i owe|in) (?:my|the) total\b"
    r"|\b(?:what'?s|whats|what is) (?:my|the) (?:total|subtotal)\b"  # "whats my total"
    r"|\bwhat(?: have i| have we| do i have| do we have| did i put| i(?:'ve)? got)(?: got)? in "
    r"(?:there|here) (?:so far|now|rn|already|at the moment)?\W*$"  # "what have i got in there"
    r"|^\W*(?:(?:can i|can you|pls|please|ok|and)\s+)?(?:show|see|view|open|check)(?: me)?"
    r" (?:basket|bag|trolley|order)\b\W*(?:pls|please|thanks)?\W*$"  # "show basket"
)
RECOMMEND = _C(
    r"\b(?:which (?:one |of (?:those|these|them|the \w+) |(?:of )?(?:those|these) )?"
    r"(?:is|are|would be|should i|do you) (?:the )?(?:best|better|nicest|coolest|prettiest|cutest"
    r"|loveliest|most popular|recommend|get|buy|choose|pick)|which is best|which (?:one )?would you"
    r"|best for|help me (?:choose|decide|pick)|recommend|suggest|what would you (?:pick|choose|get)"
    r"|your (?:pick|favou?rite)|what do you think)\b"
)
COMPARE = _C(
    r"\b(?:compare|comparison|difference|differ|versus|vs\.?|side[ -]by[ -]side"
    r"|head[ -]to[ -]head)\b"
)
PHOTO = _C(
    r"\b(?:like this|this one in the photo|in (?:the|this|my) (?:photo|picture|image|pic)"
    r"|what is this|what's this|similar to this|look(?:s)? like this|this label|the label"
    r"|on the (?:label|box|package|pack))\b"
)
QUESTION = _C(
    r"^\s*(?:(?:and|so|ok(?:ay)?|hmm|also|but|right|alright|well|cool|great)[\s,]+)*(?:is|are|does"
    r"|do|did|can|could|will|would|has|have|how|what|what'?s|which|who|whats|any idea"
    r"|tell (?:me|us)|i wonder)\b|\?\s*$"
)
DETAILS = _C(
    r"\b(?:made of|made from|material|fabric|tell (?:me|us) (?:more|about)|details?|more about"
    r"|describe"
    r"|specs?|dimensions?|weight|weigh|how (?:big|heavy|long|wide|tall|much)|is it|are they|does it"
    r"|do they|waterproof|water-?proof|ingredients|nutrition|calories|sizes? (?:do|does|are)"
    r"|colou?rs? (?:do|does|are)|in stock|available|availability|come in|have (?:it|them|this|that)"
    r" in|fit|warranty|capacity|battery|washable|price|cost|rates? (?:of|for|on))\b"
)
CHEAPER = _C(
    r"\b(?:cheaper|che+per|cheapest|less expensive|lowest price|budget[- ]friendly|on a budget"
    r"|affordable|inexpensive|lower price"
    r"|less pricey|less money|(?:cost|costs|costing|priced) less|not (?:so|as|that) expensive"
    r"|too expensive|too pricey|bargain"
    r"|(?:too|bit|kinda|kind of|pretty|very|quite|so|little) (?:steep|pricey|spendy)"
    r"|out of my (?:price range|budget|league)|over my budget|can'?t afford)\b"
)
PRICIER = _C(
    r"\b(?:pricier|priciest|more expensive|most expensive|premium|fancier|high[- ]end|nicer"
    r"|better quality|top of the line|luxury|luxurious|up-?market|upscale|posher|swankier"
    r"|classier|higher[- ](?:end|quality|priced)|more (?:up-?market|upscale|premium|luxurious"
    r"|high[- ]end|posh|classy|fancy|quality)|spend (?:a bit |a little |a lot )?more"
    r"|splurge|splash out|top[- ]end|top[- ]shelf)\b"
)
BIGGER = _C(r"\b(?:bigger|larger|roomier|more room|more space|more capacity|biggest|largest)\b")
SMALLER = _C(r"\b(?:smaller|more compact|tinier|lighter|smallest|mini)\b")
REFERENCE = _C(
    r"\b(?:it|that|this|them|those|these|they|the (?:cheaper|cheapest|pricier|priciest|other|last"
    r"|same) ?(?:one)?|that one|this one|one)\b"
)
IF_YOU_HAVE = _C(
    r"\b(?:if|in case) (?:you|u|ya|y'all)(?:'ve| have| got| do| carry| sell| stock)(?: got)?"
    r" (?:one|any|it|them|some|those)\b"
)
""""if you have one", "if u got any": the thing asked for, hedged; never a pointer to the last
product ("and a lid brush if you have one")."""
SEARCH_OPENING = _C(
    r"^\s*(?:(?:ok(?:ay)?|so|and|also|now|hmm|alright)[\s,]+)?(?:show me|find me|search for"
    r"|look(?:ing)? for|do (?:you|u|ya)(?: guys| all| folks)? (?:have|sell|carry|stock)"
    r"|i(?:'m| am) (?:looking|searching)"
    r"|i need|i want|got any)\b"
)
