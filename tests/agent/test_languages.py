"""Shoppers writing Spanish, French, German, Italian, Dutch or Portuguese, through
`ShoppingAgent.chat` on an English catalog: greeting, search with colour and price, negation,
add with a quantity, emptying the cart, declining at checkout and canceling an order."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from agent.service import ShoppingAgent
from agent.turn import ChatTurn
from aisle.settings import Settings
from tests.agent.shop import Shop, open_shop
from tests.agent.store import store_products
from tests.agent.talk import ids, talk


@pytest.fixture(scope="module")
def agent(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ShoppingAgent]:
    data_dir = tmp_path_factory.mktemp("languages")
    settings = Settings(data_dir=data_dir, warm_up=False, _env_file=None)  # type: ignore[call-arg]
    shop: Shop = open_shop(settings, store_products())
    opened = ShoppingAgent(settings, shop)
    yield opened
    opened.close()
    shop.close()


def _cart(turn: ChatTurn) -> dict[str, tuple[str, int]]:
    lines = turn.cart.lines if turn.cart else []
    return {line.product_id: (line.variant_title or "", line.quantity) for line in lines}


@pytest.mark.parametrize(
    ("message", "greeting"),
    [
        ("Buenas tardes!", "¡Hola!"),
        ("bonsoir :)", "Bonjour"),
        ("Guten Morgen!", "willkommen"),
        ("Buongiorno!", "benvenuto"),
        ("Goedemiddag", "welkom"),
        ("Bom dia!", "bem-vindo"),
    ],
)
def test_a_greeting_is_answered_in_its_language(
    agent: ShoppingAgent, message: str, greeting: str
) -> None:
    (turn,) = talk(agent, message)
    assert greeting in turn.reply
    assert not turn.products


@pytest.mark.parametrize(
    ("message", "wanted", "not_wanted"),
    [
        ("busco unos calcetines negros por menos de 20 dólares", {"SOCK1"}, {"TOTE3"}),
        ("je cherche une veste rouge à moins de 200 dollars", {"JKT2"}, {"JKT1"}),
        ("Ich suche Turnschuhe in Weiß unter 80 Dollar", {"SNK1"}, {"SNK2"}),
        ("cerco scarpe da corsa blu, massimo 150 dollari", {"RUN1"}, {"SNK2"}),
        ("ik zoek een rugzak, niet meer dan 60 dollar", {"BAG9"}, set()),
        ("procuro uma caixa de som por menos de 100 dólares", {"SPK1"}, {"SPK2"}),
    ],
)
def test_a_search_with_colour_and_price_in_another_language(
    agent: ShoppingAgent, message: str, wanted: set[str], not_wanted: set[str]
) -> None:
    (turn,) = talk(agent, message)
    shown = set(ids(turn))
    assert wanted <= shown, turn.reply
    assert not (not_wanted & shown), turn.reply


@pytest.mark.parametrize(
    "message",
    [
        "quiero una bolsa tote pero no de cuero",
        "un sac cabas, mais pas en cuir s'il vous plaît",
        "eine Tote Bag, aber nicht aus Leder",
        "una borsa tote, ma non in pelle",
        "een tote tas zonder leer",
        "uma sacola tote, mas não de couro",
    ],
)
def test_a_material_ruled_out_in_another_language(agent: ShoppingAgent, message: str) -> None:
    (turn,) = talk(agent, message)
    shown = ids(turn)
    assert any(pid.startswith("TOTE") for pid in shown), turn.reply
    assert "TOTE1" not in shown  # the leather one


@pytest.mark.parametrize(
    ("message", "quantity", "variant"),
    [
        ("Agrega 3 Cushioned Crew Socks blancos, talla M, al carrito", 3, "white"),
        ("Leg zwei Cushioned Crew Socks in Schwarz, Größe M in den Warenkorb", 2, "black"),
        ("Ajoutez deux Cushioned Crew Socks noires en taille M", 2, "black"),
    ],
)
def test_an_add_with_a_quantity_in_another_language(
    agent: ShoppingAgent, message: str, quantity: int, variant: str
) -> None:
    (turn,) = talk(agent, message)
    title, count = _cart(turn)["SOCK1"]
    assert count == quantity
    assert variant in title.lower()


@pytest.mark.parametrize(
    ("add", "empty"),
    [
        ("metti il Pocket Bluetooth Speaker nel carrello", "svuota il carrello per favore"),
        ("doe een Pocket Bluetooth Speaker in mijn winkelwagen", "maak de winkelwagen leeg"),
        ("pon un Pocket Bluetooth Speaker en el carrito", "vacía el carrito"),
    ],
)
def test_emptying_the_cart_in_another_language(agent: ShoppingAgent, add: str, empty: str) -> None:
    added, emptied = talk(agent, add, empty)
    assert "SPK1" in _cart(added)
    assert _cart(emptied) == {}


def test_declining_at_checkout_in_portuguese(agent: ShoppingAgent) -> None:
    added, asked, declined = talk(
        agent,
        "Quero comprar o Pocket Bluetooth Speaker",
        "quero pagar. Ana Souza, ana@example.com, Rua Augusta 100, 01305-000 São Paulo, Brasil",
        "ainda não, espera",
    )
    assert "SPK1" in _cart(added)
    assert asked.awaiting_confirmation
    assert "(sim / não)" in asked.reply  # the question in the shopper's language
    assert not declined.awaiting_confirmation
    assert declined.order is None


def test_canceling_an_order_in_french(agent: ShoppingAgent) -> None:
    turns = talk(
        agent,
        "Ajoutez le Pocket Bluetooth Speaker au panier",
        "Je veux payer. Luc Moreau, luc@example.fr, 3 rue de la Paix, 75002 Paris, France",
        "oui",
        "annulez ma commande s'il vous plaît",
        "oui",
    )
    asked, placed, ask_cancel, canceled = turns[1], turns[2], turns[3], turns[4]
    assert asked.awaiting_confirmation
    assert "rue de la Paix" in asked.reply or asked.checkout is not None
    assert placed.order is not None and placed.order.status == "placed"
    assert "Répondez oui ou non" in ask_cancel.reply
    assert canceled.order is not None and "cancel" in canceled.order.status


def test_a_kind_not_carried_is_said_in_the_shoppers_language(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "¿Venden bicicletas para niños?")
    assert "Lo siento, no tenemos" in turn.reply
    assert not turn.products


def test_a_german_request_for_a_product_by_title_adds_it(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "Ich nehme den Pocket Bluetooth Speaker, bitte in den Warenkorb")
    assert "SPK1" in _cart(turn)


@pytest.mark.parametrize(
    "message",
    [
        "the small pocket bluetooth speaker in den Warenkorb",
        "the small pocket bluetooth speaker al carrito por favor",
        "the small pocket bluetooth speaker au panier",
    ],
)
def test_a_title_in_english_put_in_the_cart_in_another_language_adds_it(
    agent: ShoppingAgent, message: str
) -> None:
    (turn,) = talk(agent, message)
    assert "SPK1" in _cart(turn), turn.reply
