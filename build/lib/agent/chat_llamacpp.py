"""A LangChain chat model over llama-cpp-python: any GGUF file, offline, tools in Hermes format.

The prompt is the model's own chat template (from the GGUF) rendered with the tools, so Qwen 2.5
sees tools exactly as it was trained to; a model without a template (Gemma 3 270M base) gets a
Gemma-turn template that says the same. Tool calls come back as `<tool_call>{json}</tool_call>`
and are parsed here; what does not parse is returned as an `invalid_tool_call`, for the planner
to send back once with the error. `response_schema=` constrains the output to a JSON schema with
a llama.cpp grammar. Every call has a deadline: generation stops at it and `ModelTimeout` is
raised, and a call waiting for the model (one llama context, one call at a time) gives up then.
"""

from __future__ import annotations

import json
import re
import threading
import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from jinja2.sandbox import ImmutableSandboxedEnvironment
from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import (
    AIMessage,
    BaseMessage,
    HumanMessage,
    SystemMessage,
    ToolMessage,
)
from langchain_core.outputs import ChatGeneration, ChatResult
from langchain_core.utils.function_calling import convert_to_openai_tool
from pydantic import PrivateAttr

_STOPS = ["<|im_end|>", "<|endoftext|>", "<end_of_turn>", "</s>"]
_CALL_END = "</tool_call>"
"""Generation stops after the first tool call: the planner runs one step at a time, and a small
model tends to ramble on after it."""
_TOOL_CALL = re.compile(r"<tool_call>\s*(.*?)\s*(?:</tool_call>|$)", re.DOTALL)

# For GGUFs without a chat template (Gemma 3 270M is the base model): Gemma's turn markers,
# the system text folded into the first user turn, tools described the Hermes way.
GEMMA_TEMPLATE = """{%- set first = namespace(done=false) -%}
{%- for m in messages if m.role != 'system' -%}
{%- if m.role == 'user' or m.role == 'tool' -%}
<start_of_turn>user
{% if not first.done and system_text %}{{ system_text }}

{% endif %}{% set first.done = true %}{% if m.role == 'tool' %}<tool_response>
{{ m.content }}
</tool_response>{% else %}{{ m.content }}{% endif %}<end_of_turn>
{% else -%}
<start_of_turn>model
{{ m.content }}{% for c in m.tool_calls or [] %}<tool_call>
{"name": "{{ c.function.name }}", "arguments": {{ c.function.arguments | tojson }}}
</tool_call>{% endfor %}<end_of_turn>
{% endif -%}
{%- endfor -%}
{%- if add_generation_prompt %}<start_of_turn>model
{% endif -%}"""

TOOLS_TEXT = (
    "# Tools\n\nYou may call one or more functions to assist with the user query.\n\n"
    "You are provided with function signatures within <tools></tools> XML tags:\n<tools>\n"
    "{tools}\n</tools>\n\nFor each function call, return a json object with function name "
    'and arguments within <tool_call></tool_call> XML tags:\n<tool_call>\n{{"name": '
    '<function-name>, "arguments": <args-json-object>}}\n</tool_call>'
)


class ModelTimeout(TimeoutError):
    """The model did not answer within its deadline (busy with another call, or too slow)."""


@dataclass
class CallStats:
    """One model call, for benchmarks: where its time went."""

    prompt_tokens: int
    completion_tokens: int
    wait_ms: float
    prompt_ms: float
    generation_ms: float


class LlamaCppChat(BaseChatModel):
    """Chat over one GGUF file with llama-cpp-python; `bind_tools` works like any chat model's."""

    model_path: str
    n_ctx: int = 4096
    n_threads: int = 2
    max_tokens: int = 256
    temperature: float = 0.0
    timeout_s: float = 30.0
    _llama: Any = PrivateAttr(default=None)
    _template: Any = PrivateAttr(default=None)
    _lock: threading.Lock = PrivateAttr(default_factory=threading.Lock)
    _stats: list[CallStats] = PrivateAttr(default_factory=list)

    def model_post_init(self, context: Any, /) -> None:
        from llama_cpp import Llama

        self._llama = Llama(
            self.model_path,
            n_ctx=self.n_ctx,
            n_threads=self.n_threads,
            n_threads_batch=self.n_threads,
            n_batch=512,
            verbose=False,
        )
        source = self._llama.metadata.get("tokenizer.chat_template") or GEMMA_TEMPLATE
        env = ImmutableSandboxedEnvironment(trim_blocks=False, lstrip_blocks=False)
        self._template = env.from_string(source)

    @property
    def _llm_type(self) -> str:
        return "llama-cpp-python"

    @property
    def stats(self) -> list[CallStats]:
        """Every call so far (benchmarks read and clear it)."""
        return self._stats

    def bind_tools(self, tools: Sequence[Any], **kwargs: Any) -> Any:
        return self.bind(tools=[_lean(convert_to_openai_tool(t)) for t in tools], **kwargs)

    def render(self, messages: Sequence[BaseMessage], tools: list[dict[str, Any]] | None) -> str:
        """The prompt text, through the model's chat template."""
        tools_text = ""
        if tools:
            tools_text = TOOLS_TEXT.format(tools="\n".join(json.dumps(t) for t in tools))
        dicts = [_as_dict(m) for m in messages]
        system = [d["content"] for d in dicts if d["role"] == "system"] + [tools_text]
        rendered: str = self._template.render(
            messages=dicts,
            tools=tools or None,
            system_text="\n\n".join(part for part in system if part),
            add_generation_prompt=True,
            bos_token="",
            eos_token="",
        )
        return rendered

    def _generate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        tools = kwargs.get("tools")
        schema = kwargs.get("response_schema")
        prompt = self.render(messages, tools)
        stops = [*_STOPS, *(stop or []), *([_CALL_END] if tools and not schema else [])]
        text, stats = self._complete(prompt, stops, schema)
        if tools and not schema:
            content, calls, invalid = parse_tool_calls(text)
        else:
            content, calls, invalid = text.strip(), [], []
        message = AIMessage(
            content=content,
            tool_calls=calls,
            invalid_tool_calls=invalid,
            usage_metadata={
                "input_tokens": stats.prompt_tokens,
                "output_tokens": stats.completion_tokens,
                "total_tokens": stats.prompt_tokens + stats.completion_tokens,
            },
            response_metadata={"prompt_ms": stats.prompt_ms, "generation_ms": stats.generation_ms},
        )
        return ChatResult(generations=[ChatGeneration(message=message)])

    def _complete(
        self, prompt: str, stop: list[str], schema: dict[str, Any] | None
    ) -> tuple[str, CallStats]:
        from llama_cpp import LlamaGrammar, StoppingCriteriaList

        start = time.monotonic()
        deadline = start + self.timeout_s
        if not self._lock.acquire(timeout=self.timeout_s):
            raise ModelTimeout(f"the model was busy for {self.timeout_s:.0f} s")
        try:
            waited = time.monotonic()
            grammar = None
            if schema:
                grammar = LlamaGrammar.from_json_schema(json.dumps(schema), verbose=False)
            late = StoppingCriteriaList([lambda _ids, _logits: time.monotonic() > deadline])
            prompt_tokens = len(self._llama.tokenize(prompt.encode(), special=True))
            if prompt_tokens + 16 > self.n_ctx:
                raise ValueError(f"prompt of {prompt_tokens} tokens exceeds n_ctx {self.n_ctx}")
            pieces: list[str] = []
            first = None
            for chunk in self._llama.create_completion(
                prompt,
                max_tokens=min(self.max_tokens, self.n_ctx - prompt_tokens),
                temperature=self.temperature,
                stop=stop,
                grammar=grammar,
                stopping_criteria=late,
                stream=True,
            ):
                first = first or time.monotonic()
                pieces.append(chunk["choices"][0]["text"])
            end = time.monotonic()
        finally:
            self._lock.release()
        if end > deadline:
            raise ModelTimeout(f"the model took longer than {self.timeout_s:.0f} s")
        first = first or end
        stats = CallStats(
            prompt_tokens=prompt_tokens,
            completion_tokens=len(pieces),
            wait_ms=(waited - start) * 1000,
            prompt_ms=(first - waited) * 1000,
            generation_ms=(end - first) * 1000,
        )
        self._stats.append(stats)
        return "".join(pieces), stats


def parse_tool_calls(text: str) -> tuple[str, list[dict[str, Any]], list[dict[str, Any]]]:
    """Words, valid calls and broken calls in a Hermes-format completion."""
    bodies = _TOOL_CALL.findall(text)
    content = _TOOL_CALL.sub("", text).strip()
    if not bodies and content.startswith("{") and '"name"' in content:
        bodies, content = [content], ""  # small models often drop the tags
    calls: list[dict[str, Any]] = []
    invalid: list[dict[str, Any]] = []
    for body in bodies:
        call_id = f"call_{uuid.uuid4().hex[:12]}"
        if body.startswith("{{") and body.rstrip().endswith("}}"):
            body = body.strip()[1:-1]  # Qwen 2.5's template shows the format with doubled braces
        try:
            parsed = json.loads(body)
            name = parsed["name"]
            args = parsed.get("arguments", parsed.get("parameters", {}))
            args = json.loads(args) if isinstance(args, str) else args
            if not isinstance(name, str) or not isinstance(args, dict):
                raise TypeError("name must be a string and arguments an object")
        except (ValueError, KeyError, TypeError) as exc:
            invalid.append(
                {"type": "invalid_tool_call", "id": call_id, "name": None, "args": body,
                 "error": f"not a valid tool call: {exc}"}
            )  # fmt: skip
            continue
        calls.append({"type": "tool_call", "id": call_id, "name": name, "args": args})
    return content, calls, invalid


def _lean(schema: Any) -> Any:
    """A tool schema without pydantic's titles, null defaults and `anyOf [X, null]` wrappers:
    fewer prompt tokens on a small CPU model, the same arguments accepted."""
    if isinstance(schema, dict):
        options = schema.get("anyOf")
        if isinstance(options, list) and {"type": "null"} in options and len(options) == 2:
            other = next(o for o in options if o != {"type": "null"})
            schema = {k: v for k, v in schema.items() if k != "anyOf"} | other
        return {
            k: _lean(v)
            for k, v in schema.items()
            if not (k == "title" and isinstance(v, str)) and not (k == "default" and v is None)
        }
    if isinstance(schema, list):
        return [_lean(v) for v in schema]
    return schema


def _as_dict(message: BaseMessage) -> dict[str, Any]:
    """A message as chat templates expect it (OpenAI's shape, arguments as objects)."""
    if isinstance(message, SystemMessage):
        return {"role": "system", "content": message.text}
    if isinstance(message, HumanMessage):
        return {"role": "user", "content": message.text}
    if isinstance(message, ToolMessage):
        return {"role": "tool", "content": message.text, "name": message.name}
    if isinstance(message, AIMessage):
        calls = [
            {"type": "function", "function": {"name": c["name"], "arguments": c["args"]}}
            for c in message.tool_calls
        ]
        return {"role": "assistant", "content": message.text, "tool_calls": calls}
    return {"role": "user", "content": message.text}
