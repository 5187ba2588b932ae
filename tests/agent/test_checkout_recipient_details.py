"""The recipient's name in the third person or a label, chatty details in one sentence, and a
postal code asked only where the country's address data requires one."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from tests.agent.talk import talk


@pytest.mark.parametrize(
    "name_said",
    [
        "the name on it is Rosa Martinez",
        "the name on the package should be Rosa Martinez",
        "her name Rosa Martinez",
        "name Rosa Martinez",
    ],
)
def test_the_recipients_name_said_as_a_label_is_the_shipping_name(
    agent: ShoppingAgent, name_said: str
) -> None:
    *_, named, summary = talk(
        agent,
        "daypack backpack",
        "add the first one",
        "let's check out",
        name_said,
        "rosa@example.com, 22 Rue Lafayette, 75009 Paris, France",
    )
    assert not named.products, named.reply
    assert summary.awaiting_confirmation, summary.reply
    assert "Rosa Martinez" in summary.reply


def test_ship_to_her_after_saying_who_it_is_for_gives_the_name_and_address(
    agent: ShoppingAgent,
) -> None:
    *_, given, summary = talk(
        agent,
        "daypack backpack",
        "add the first one",
        "it's for my sister, ship to her: Ana Lopez, Calle Mayor 5, 28013 Madrid, Spain",
        "my email is me@example.com",
    )
    assert not given.products, given.reply
    assert summary.awaiting_confirmation, summary.reply
    assert "Ana Lopez" in summary.reply and "28013" in summary.reply


def test_chatty_details_in_one_sentence_with_the_address_unbroken(agent: ShoppingAgent) -> None:
    *_, summary = talk(
        agent,
        "daypack backpack",
        "add the first one",
        "ok so ship it to me, Tom Becker, tom.b@example.com, I live at 12 Rue de Rivoli 75001"
        " Paris France",
    )
    assert summary.awaiting_confirmation, summary.reply
    assert "Tom Becker" in summary.reply and "75001" in summary.reply


@pytest.mark.parametrize(
    "address",
    [
        "25 Ly Thuong Kiet, Hoan Kiem, Hanoi, Vietnam",
        "Avenida Providencia 1234, Santiago, Chile",
        "4 Main Street, Kilkenny, Ireland",
    ],
)
def test_no_postal_code_is_asked_where_the_country_requires_none(
    agent: ShoppingAgent, address: str
) -> None:
    *_, summary = talk(
        agent,
        "daypack backpack",
        "add the first one",
        f"checkout: Minh Tran, mt@example.com, {address}",
    )
    assert summary.awaiting_confirmation, summary.reply
    assert "postal" not in summary.reply.lower()


def test_a_postal_code_is_still_asked_where_the_country_requires_one(agent: ShoppingAgent) -> None:
    *_, asked, summary = talk(
        agent,
        "daypack backpack",
        "add the first one",
        "checkout: Jonas Weber, jonas@example.de, Hauptstrasse 5, Berlin, Germany",
        "10115",
    )
    assert not asked.awaiting_confirmation and "postal code" in asked.reply
    assert summary.awaiting_confirmation, summary.reply


def test_terse_pay_with_the_recipients_name_then_a_yes_with_its_reason(
    agent: ShoppingAgent,
) -> None:
    *_, asked, summary, placed = talk(
        agent,
        "daypack backpack",
        "add the first one",
        "I pay but send to my mother please. her name Rosa Martinez",
        "my email is luis.m@example.com and her address 4512 Elm Street, San Antonio, TX 78201",
        "yes is correct, buy it",
    )
    assert not asked.products and "Rosa Martinez" in asked.reply, asked.reply
    assert summary.awaiting_confirmation and "Rosa Martinez" in summary.reply, summary.reply
    assert placed.order is not None, placed.reply


def test_i_checkout_then_a_bare_name_label(agent: ShoppingAgent) -> None:
    *_, named, summary = talk(
        agent,
        "daypack backpack",
        "add the first one",
        "please I checkout. name Yuki Tanaka",
        "yuki@example.jp / 1-2-3 Jingumae, Shibuya-ku, Tokyo 150-0001, Japan",
    )
    assert not named.products and "carry" not in named.reply, named.reply
    assert summary.awaiting_confirmation and "Yuki Tanaka" in summary.reply, summary.reply


def test_an_address_from_the_country_down_with_the_postal_code_last(agent: ShoppingAgent) -> None:
    *_, summary = talk(
        agent,
        "daypack backpack",
        "add the first one",
        "I want checkout. Wang Lei, wanglei@example.cn",
        "address: China, Shanghai, Pudong New Area, Century Avenue 88, Building 3, Room 1502,"
        " 200120",
    )
    assert summary.awaiting_confirmation, summary.reply
    assert "200120 Shanghai" in summary.reply, summary.reply


def test_a_city_state_named_with_its_code_is_the_country(agent: ShoppingAgent) -> None:
    *_, summary = talk(
        agent,
        "daypack backpack",
        "add the first one",
        "let's check out: Mei Lin Tan, mei@example.sg, 21 Tanjong Pagar Road #04-02, Singapore"
        " 088444",
    )
    assert summary.awaiting_confirmation, summary.reply
    assert "SG" in summary.reply and "postal" not in summary.reply.lower()
