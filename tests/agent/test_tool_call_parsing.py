"""A local model's Hermes-format completion becomes tool calls; what does not parse is flagged."""

from __future__ import annotations

from agent.chat_llamacpp import parse_tool_calls


def test_tagged_calls_become_tool_calls_and_the_rest_stays_words() -> None:
    text = (
        "Let me look.\n<tool_call>\n"
        '{"name": "search_products", "arguments": {"query": "red tote", "max_price": 40}}\n'
        '</tool_call>\n<tool_call>\n{"name": "view_cart", "arguments": "{}"}\n</tool_call>'
    )
    content, calls, invalid = parse_tool_calls(text)
    assert content == "Let me look."
    assert [(c["name"], c["args"]) for c in calls] == [
        ("search_products", {"query": "red tote", "max_price": 40}),
        ("view_cart", {}),
    ]
    assert invalid == [] and calls[0]["id"] != calls[1]["id"]


def test_an_untagged_call_is_still_read() -> None:
    _, calls, _ = parse_tool_calls('{"name": "view_cart", "arguments": {}}')
    assert calls[0]["name"] == "view_cart"


def test_broken_json_is_an_invalid_call_with_the_error() -> None:
    content, calls, invalid = parse_tool_calls('<tool_call>\n{"name": "add_to_cart", "argu')
    assert calls == [] and content == ""
    assert invalid[0]["args"].startswith('{"name": "add_to_cart"')
    assert "not a valid tool call" in invalid[0]["error"]


def test_plain_words_are_just_a_reply() -> None:
    assert parse_tool_calls("We have three red totes.") == ("We have three red totes.", [], [])


def test_qwens_doubled_braces_are_read() -> None:
    """Qwen 2.5's chat template shows the call format as {{...}}; the 1.5B model copies it."""
    _, calls, invalid = parse_tool_calls('<tool_call>\n{{"name": "view_cart", "arguments": {}}}\n')
    assert [c["name"] for c in calls] == ["view_cart"] and invalid == []


def test_lean_schemas_keep_the_arguments_and_drop_the_noise() -> None:
    from langchain_core.utils.function_calling import convert_to_openai_tool

    from agent.chat_llamacpp import _lean
    from agent.tools import tool_schemas

    search = _lean(convert_to_openai_tool(tool_schemas()[0]))["function"]["parameters"]
    assert search["properties"]["max_price"] == {
        "type": "number",
        "description": "Budget ceiling in major units.",
    }
    assert search["required"] == ["query"] and "title" not in search
