"""A product named by its title and options with what it will match ("…, to match my navy
beanie", "… to go with my tan boots", "…, a matching pair") is chosen: an add, the aside no
option and no search. A short name with "please" orders too. Through `ShoppingAgent.chat`."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.order_shop import ORDER_PRODUCTS
from tests.agent.talk import cart_lines, ids, talk


@pytest.fixture
def products() -> list[Product]:
    return ORDER_PRODUCTS


def test_a_title_with_options_and_what_it_matches_is_an_add(agent: ShoppingAgent) -> None:
    turn = talk(agent, "Harbor Slub Tee in sage size M, to match my sage shorts")[-1]
    assert cart_lines(turn) == [("TEE1", "sage / m", 1)], turn.reply


def test_a_bare_size_before_the_aside_is_the_size(agent: ShoppingAgent) -> None:
    turn = talk(agent, "the Harness Leather Belt in tan, 34, to go with my tan boots")[-1]
    assert cart_lines(turn) == [("BELT1", "tan / 34", 1)], turn.reply


def test_a_matching_pair_is_the_count_said_not_a_search(agent: ShoppingAgent) -> None:
    turn = talk(agent, "2 Glazed Camp Mugs in cream, 12 oz, a matching pair")[-1]
    assert cart_lines(turn) == [("MUG1", "cream / 12 oz", 2)], turn.reply


def test_a_short_name_with_its_options_and_please_is_an_add(agent: ShoppingAgent) -> None:
    turn = talk(agent, "Harbor Slub in navy, size L please")[-1]
    assert cart_lines(turn) == [("TEE1", "navy / l", 1)], turn.reply


def test_a_kind_to_match_something_is_still_a_search(agent: ShoppingAgent) -> None:
    turn = talk(agent, "a cap to match my olive jacket")[-1]
    assert cart_lines(turn) == [] and ids(turn)[:1] == ["CAP1"], turn.reply


def test_one_title_in_two_colours_and_a_common_size_is_two_lines(agent: ShoppingAgent) -> None:
    turn = talk(agent, "I want the Harbor Slub Tee in two colours, navy and sage, both size S")[-1]
    assert sorted(cart_lines(turn)) == [("TEE1", "navy / s", 1), ("TEE1", "sage / s", 1)], (
        turn.reply
    )


def test_two_colours_of_one_title_with_a_twinning_aside(agent: ShoppingAgent) -> None:
    turn = talk(agent, "Harbor Slub Tee in navy and in sage, both size M - twinning with my twin")
    assert sorted(cart_lines(turn[-1])) == [("TEE1", "navy / m", 1), ("TEE1", "sage / m", 1)], turn[
        -1
    ].reply


def test_two_titles_with_their_options_said_as_a_matching_set(agent: ShoppingAgent) -> None:
    turn = talk(
        agent, "Washed Twill Cap in olive and the Alpaca Trek Socks in rust size M - matching"
    )[-1]
    assert sorted(cart_lines(turn)) == [("CAP1", "olive", 1), ("SOCK1", "rust / m", 1)], turn.reply


def test_options_said_once_for_both_titles(agent: ShoppingAgent) -> None:
    turn = talk(agent, "add the Washed Twill Cap and the Harbor Slub Tee, both in navy")[-1]
    assert ("CAP1", "navy", 1) in cart_lines(turn), turn.reply
    assert "which size" in turn.reply.lower() or any(
        line[0] == "TEE1" for line in cart_lines(turn)
    ), turn.reply


def test_a_name_and_model_number_call_the_product(agent: ShoppingAgent) -> None:
    turn = talk(agent, "add the Nakiri 6in and the Washed Twill Cap in olive")[-1]
    assert ("CAP1", "olive", 1) in cart_lines(turn) and ("KNIFE1", "", 1) in cart_lines(turn), (
        turn.reply
    )


def test_the_same_product_again_in_another_colour(agent: ShoppingAgent) -> None:
    turn = talk(agent, "add the Washed Twill Cap in navy and the same cap in olive")[-1]
    assert sorted(cart_lines(turn)) == [("CAP1", "navy", 1), ("CAP1", "olive", 1)], turn.reply
