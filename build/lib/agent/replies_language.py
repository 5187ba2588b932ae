"""A few short replies in the shopper's language: "we don't carry that", the order questions.

The templated reply is English; for a shopper writing another language (`Slots.language`) its
fixed sentences that matter most are said in that language: that the store does not carry
something (with the English kept in brackets, since the catalog's words are English), and the
yes/no questions before placing or canceling an order, so the shopper knows what to answer.
Product titles, prices and everything else stay as they are. Greetings and thanks are in
`agent/replies_talk.py`.
"""

from __future__ import annotations

import re

_NOT_CARRIED = re.compile(r"Sorry, we don't carry [^.\n]*\.")
_CANCEL_ASK = re.compile(
    r"Do you want me to cancel order (?P<order>\S+) \(total (?P<total>[^)]*)\)\? "
    r"Please answer yes or no\."
)

_SENTENCES: dict[str, dict[str, str]] = {
    "es": {
        "not_carried": "Lo siento, no tenemos eso ({english}).",
        "The closest things we have:": "Lo más parecido que tenemos:",
        "Is one of these useful, or can I look for something else?": (
            "¿Te sirve alguno, o busco otra cosa?"
        ),
        "Can I help you find something else?": "¿Te ayudo a encontrar otra cosa?",
        "Here's your order:": "Tu pedido:",
        "Shall I place the order? (yes / no)": "¿Hago el pedido? (sí / no)",
        "cancel_ask": "¿Cancelo el pedido {order} (total {total})? Responde sí o no.",
    },
    "fr": {
        "not_carried": "Désolé, nous n'avons pas cela ({english}).",
        "The closest things we have:": "Voici ce qui s'en rapproche le plus :",
        "Is one of these useful, or can I look for something else?": (
            "L'un d'eux vous convient-il, ou je cherche autre chose ?"
        ),
        "Can I help you find something else?": "Puis-je vous aider à trouver autre chose ?",
        "Here's your order:": "Votre commande :",
        "Shall I place the order? (yes / no)": "Je passe la commande ? (oui / non)",
        "cancel_ask": "J'annule la commande {order} (total {total}) ? Répondez oui ou non.",
    },
    "de": {
        "not_carried": "Das führen wir leider nicht ({english}).",
        "The closest things we have:": "Am nächsten kommt:",
        "Is one of these useful, or can I look for something else?": (
            "Passt etwas davon, oder soll ich nach etwas anderem suchen?"
        ),
        "Can I help you find something else?": "Kann ich Ihnen helfen, etwas anderes zu finden?",
        "Here's your order:": "Ihre Bestellung:",
        "Shall I place the order? (yes / no)": "Soll ich die Bestellung aufgeben? (ja / nein)",
        "cancel_ask": (
            "Soll ich die Bestellung {order} (Summe {total}) stornieren? Bitte mit ja oder "
            "nein antworten."
        ),
    },
    "it": {
        "not_carried": "Mi dispiace, non lo abbiamo ({english}).",
        "The closest things we have:": "Le cose più simili che abbiamo:",
        "Is one of these useful, or can I look for something else?": (
            "Ti va bene uno di questi, o cerco altro?"
        ),
        "Can I help you find something else?": "Posso aiutarti a trovare altro?",
        "Here's your order:": "Il tuo ordine:",
        "Shall I place the order? (yes / no)": "Procedo con l'ordine? (sì / no)",
        "cancel_ask": "Annullo l'ordine {order} (totale {total})? Rispondi sì o no.",
    },
    "nl": {
        "not_carried": "Sorry, dat hebben we niet ({english}).",
        "The closest things we have:": "Dit komt het dichtst in de buurt:",
        "Is one of these useful, or can I look for something else?": (
            "Is een hiervan iets, of zal ik iets anders zoeken?"
        ),
        "Can I help you find something else?": "Kan ik je helpen iets anders te vinden?",
        "Here's your order:": "Je bestelling:",
        "Shall I place the order? (yes / no)": "Zal ik de bestelling plaatsen? (ja / nee)",
        "cancel_ask": "Zal ik bestelling {order} (totaal {total}) annuleren? Antwoord ja of nee.",
    },
    "pt": {
        "not_carried": "Desculpe, não temos isso ({english}).",
        "The closest things we have:": "O mais parecido que temos:",
        "Is one of these useful, or can I look for something else?": (
            "Algum destes serve, ou procuro outra coisa?"
        ),
        "Can I help you find something else?": "Posso ajudar a encontrar outra coisa?",
        "Here's your order:": "Seu pedido:",
        "Shall I place the order? (yes / no)": "Posso fazer o pedido? (sim / não)",
        "cancel_ask": "Cancelo o pedido {order} (total {total})? Responda sim ou não.",
    },
}


def in_language(reply: str, language: str) -> str:
    """The reply with its fixed sentences in the shopper's language (unchanged for English)."""
    said = _SENTENCES.get(language)
    if said is None:
        return reply
    reply = _NOT_CARRIED.sub(
        lambda m: said["not_carried"].format(english=m[0][:-1].replace("Sorry, ", "sorry, ")),
        reply,
    )
    reply = _CANCEL_ASK.sub(
        lambda m: said["cancel_ask"].format(order=m["order"], total=m["total"]), reply
    )
    for english, words in said.items():
        if english not in {"not_carried", "cancel_ask"}:
            reply = reply.replace(english, words)
    return reply
