"""The LLM planner: any LangChain chat model that can call tools picks this turn's tools.

The model is an outside party that can fail, so every call is guarded: a tool call that names no
tool or whose arguments fail the tool's schema is sent back once with the error; a second bad
answer, a timeout, a rate limit or a model server that is down hands the turn to the rules
planner (or, once tools already ran this turn, to the templated reply from their results).
"""

from __future__ import annotations

import logging
from typing import Any

from langchain_core.messages import AIMessage, AnyMessage, HumanMessage, SystemMessage
from langgraph.runtime import Runtime
from pydantic import ValidationError

from agent.chat_llamacpp import parse_tool_calls
from agent.chat_models import ChatModelUnavailable, load_chat_model
from agent.context import Context
from agent.planner_rules import plan_tool_calls
from agent.prompts import state_note, system_prompt
from agent.state import ShoppingState
from agent.tools import TOOLS, tool_schemas

__all__ = ["ChatModelUnavailable", "call_model", "load_chat_model", "model_call_limit"]

HISTORY_TURNS = 8
log = logging.getLogger(__name__)


def model_call_limit(ctx: Context) -> int:
    """Model calls per turn, so that the whole turn fits in `max_steps` graph steps."""
    return max(1, (ctx.settings.max_steps - 4) // 2)


def call_model(state: ShoppingState, runtime: Runtime[Context]) -> dict[str, Any]:
    """Ask the model for its next move: tool calls, or the reply in words."""
    ctx = runtime.context
    assert ctx.chat_model is not None, "the llm planner needs a chat model"
    model = ctx.chat_model.bind_tools(tool_schemas())
    prompt: list[AnyMessage] = [
        SystemMessage(system_prompt(ctx.settings, state)),
        *with_state_note(recent(state.messages), state),
    ]
    try:
        response = _as_ai(model.invoke(prompt))
        problem = tool_call_problem(response)
        if problem:
            retry = [*prompt, AIMessage(_said(response)), HumanMessage(retry_note(problem))]
            response = _as_ai(model.invoke(retry))
            problem = tool_call_problem(response)
    except Exception as exc:  # the model is outside: timeouts, 429s, refused connections
        log.warning("chat model failed, the rules take the turn: %r", exc)
        return rules_take_turn(state, ctx, f"model error: {type(exc).__name__}")
    if problem:
        log.warning("chat model's tool call invalid twice, the rules take the turn: %s", problem)
        return rules_take_turn(state, ctx, f"invalid tool call: {problem}")
    return {"messages": [response], "steps": state.steps + 1}


def tool_call_problem(response: AIMessage) -> str | None:
    """Why the model's tool calls cannot run (unknown tool, bad arguments), or None."""
    for bad in response.invalid_tool_calls:
        return f"{bad.get('name') or 'a tool call'}: {bad.get('error') or 'unparseable'}"
    for call in response.tool_calls:
        tool = TOOLS.get(call["name"])
        if tool is None:
            return f"there is no tool named {call['name']!r}; the tools are {', '.join(TOOLS)}"
        try:
            tool.args.model_validate(call["args"])
        except ValidationError as exc:
            errors = "; ".join(
                f"{'.'.join(map(str, e['loc'])) or 'arguments'}: {e['msg']}" for e in exc.errors()
            )
            return f"{call['name']} arguments are invalid ({errors})"
    return None


def retry_note(problem: str) -> str:
    return (
        f"Your tool call could not run: {problem}. Call one of the tools with valid arguments, "
        "or answer the shopper in words."
    )


def rules_take_turn(state: ShoppingState, ctx: Context, reason: str) -> dict[str, Any]:
    """The rules planner's calls for this message; once tools ran, just reply from their results."""
    update: dict[str, Any] = {"steps": model_call_limit(ctx), "model_fallback": reason}
    if state.events:
        return update
    calls = plan_tool_calls(state, state.understanding, ctx)
    if calls:
        update["messages"] = [AIMessage(content="", tool_calls=calls)]
    return update


def recent(messages: list[AnyMessage]) -> list[AnyMessage]:
    """The last few shopper turns, cut at a human message so no tool result loses its call."""
    humans = [i for i, m in enumerate(messages) if isinstance(m, HumanMessage)]
    start = humans[-HISTORY_TURNS] if len(humans) >= HISTORY_TURNS else 0
    return messages[start:]


def with_state_note(messages: list[AnyMessage], state: ShoppingState) -> list[AnyMessage]:
    """The messages with the shop's state appended to the latest shopper message."""
    last = max((i for i, m in enumerate(messages) if isinstance(m, HumanMessage)), default=None)
    if last is None:
        return messages
    noted = HumanMessage(f"{messages[last].text}\n\n{state_note(state)}")
    return [*messages[:last], noted, *messages[last + 1 :]]


def _as_ai(response: Any) -> AIMessage:
    """The model's answer; tool calls a server left as `<tool_call>` text are read too."""
    if not isinstance(response, AIMessage):
        response = AIMessage(content=str(getattr(response, "content", response)))
    if not response.tool_calls and "<tool_call>" in response.text:
        content, calls, invalid = parse_tool_calls(response.text)
        return AIMessage(content=content, tool_calls=calls, invalid_tool_calls=invalid)
    return response


def _said(response: AIMessage) -> str:
    """What the model wrote, broken calls included, so it can see its own mistake."""
    raw = [str(bad.get("args") or "") for bad in response.invalid_tool_calls]
    raw += [f"{c['name']}({c['args']})" for c in response.tool_calls]
    return "\n".join([response.text, *raw]).strip() or "(no answer)"
