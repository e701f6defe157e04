"""``MessageRequest``: an immutable, fluent builder of create-message requests.

    request = (
        claude.MessageRequest("claude-sonnet-4-5", max_tokens=1024)
        .with_system("You are terse.")
        .with_tools(get_weather)
        .user("Weather in Paris?")
    )
    message = client.messages.create(request)

Every step returns a new builder (a frozen attrs instance); the generated models it holds are
never mutated. Self-contained values are checked at each step, and :meth:`to_params` checks
the whole request (structure, then :func:`claude._build.limits.check_request`) before returning the
generated ``MessageCreateParams``. The builder's :attr:`~MessageRequest.betas` are sent as the
call's ``anthropic-beta`` header by ``client.messages.create`` unless the call passes betas.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeAlias

import attrs
from claude_api.models import (
    AssistantMessageParam,
    JSONOutputFormatParam,
    MessageCreateParams,
    MetadataParam,
    OutputConfigParam,
    SystemMessageParam,
    TextBlockParam,
    ThinkingConfigAdaptiveParam,
    ThinkingConfigBetweenToolsParam,
    ThinkingConfigDisabledParam,
    ThinkingConfigEnabledParam,
    ToolChoiceAnyParam,
    ToolChoiceAutoParam,
    ToolChoiceNoneParam,
    ToolChoiceToolParam,
    ToolParam,
    UserMessageParam,
)
from claude_api.types import UNSET, Unset

from . import limits as _limits
from .blocks import assistant, mark_cached, text, user
from .cache import Cache, cache_control, cache_param
from .limits import fail
from .pipeline import CREATE, check_json, to_json, validate
from .request_fields import create_fields
from .request_parts import (
    MessageParam,
    ThinkingConfig,
    ToolChoice,
    message_params,
    optional,
    strings,
    system_value,
    tool_name,
    tool_params,
    unset,
)

if TYPE_CHECKING:
    from claude_api.models import Message, ThinkingDisplay

__all__ = ["MessageParam", "MessageRequest", "ThinkingConfig", "ToolChoice"]

@attrs.frozen
class MessageRequest:
    """An immutable create-message request; each ``with_*``/``add_*`` step returns a new one.

    Args:
        model: The model id or alias, such as ``"claude-sonnet-4-5"``.
        max_tokens: Upper bound on generated tokens (>= 1).
        messages: Message params or dicts (``user(...)``, ``assistant(...)``).
        system: A system prompt string, or text block params (which can be cached).
        thinking: A thinking config param (see :meth:`with_thinking`).
        tools: Tools: ``@claude.tool`` functions, tool params, plain functions or dicts.
        tool_choice: A tool choice param (see :meth:`with_tool_choice`).
        metadata: A ``MetadataParam``.
        stop_sequences: Strings that end generation.
        temperature: Sampling randomness, from 0 to 1.
        top_p: Nucleus sampling, from 0 to 1.
        top_k: Sample from the k most likely tokens (>= 0).
        service_tier: ``"auto"`` or ``"standard_only"``.
        output_config: An ``OutputConfigParam`` (see :meth:`with_output_format`).
        betas: Beta feature names, sent in the ``anthropic-beta`` header.
        extra: Other body fields as JSON (see :meth:`with_fields`).
    """

    model: str = ""
    max_tokens: int | None = attrs.field(
        default=None, validator=optional(_limits.check_max_tokens)
    )
    messages: tuple[MessageParam, ...] = attrs.field(default=(), converter=message_params)
    system: str | tuple[TextBlockParam, ...] | None = attrs.field(default=None, converter=system_value)
    thinking: ThinkingConfig | None = None
    tools: tuple[Any, ...] = attrs.field(default=(), converter=tool_params)
    tool_choice: ToolChoice | None = None
    metadata: MetadataParam | None = None
    stop_sequences: tuple[str, ...] = attrs.field(default=(), converter=strings)
    temperature: float | None = attrs.field(
        default=None, validator=optional(_limits.check_temperature)
    )
    top_p: float | None = attrs.field(default=None, validator=optional(_limits.check_top_p))
    top_k: int | None = attrs.field(default=None, validator=optional(_limits.check_top_k))
    service_tier: Literal["auto", "standard_only"] | None = None
    output_config: OutputConfigParam | None = None
    betas: tuple[str, ...] = attrs.field(default=(), converter=strings)
    extra: Mapping[str, Any] = attrs.field(factory=dict)

    @property
    def tool_names(self) -> tuple[str, ...]:
        """The names of the request's tools, in order."""
        return tuple(str(tool_name(t)) for t in self.tools)

    # -- model and length ----------------------------------------------------------------

    def with_model(self, model: str) -> MessageRequest:
        """Use *model*."""
        _limits.check_model(model)
        return attrs.evolve(self, model=model)

    def with_max_tokens(self, max_tokens: int) -> MessageRequest:
        """Generate at most *max_tokens* tokens (>= 1; checked by the field's validator)."""
        return attrs.evolve(self, max_tokens=max_tokens)

    # -- messages -----------------------------------------------------------------------

    def user(self, *content: object, cache: Cache = None) -> MessageRequest:
        """Append a user turn (see :func:`claude.user`)."""
        return self.add_messages(user(*content, cache=cache))

    def assistant(self, *content: object, cache: Cache = None) -> MessageRequest:
        """Append an assistant turn (see :func:`claude.assistant`)."""
        return self.add_messages(assistant(*content, cache=cache))

    def add_reply(self, message: Message) -> MessageRequest:
        """Append a response ``Message`` as the assistant turn that continues the chat."""
        from .reply_helpers import reply_to_param

        return self.add_messages(reply_to_param(message))

    def add_messages(self, *messages: MessageParam | Mapping[str, Any]) -> MessageRequest:
        """Append message params (or dicts)."""
        return attrs.evolve(self, messages=(*self.messages, *message_params(messages)))

    def with_messages(self, messages: Iterable[MessageParam | Mapping[str, Any]]) -> MessageRequest:
        """Replace the messages."""
        return attrs.evolve(self, messages=message_params(messages))

    def cache_latest(self, ttl: Literal["5m", "1h"] = "5m") -> MessageRequest:
        """Mark the last block of the latest message as a prompt-cache breakpoint."""
        if not self.messages:
            fail("messages", "at least one message is required", [])
        latest = mark_cached(self.messages[-1], cache_control(ttl))
        return attrs.evolve(self, messages=(*self.messages[:-1], latest))

    # -- system, thinking, tools --------------------------------------------------------

    def with_system(self, *parts: str | TextBlockParam, cache: Cache = None) -> MessageRequest:
        """Set the system prompt: one string, or parts (strings or text blocks).

        Args:
            *parts: The prompt; no parts removes it.
            cache: Mark the last part as a prompt-cache breakpoint (a TTL or True).
        """
        if not parts:
            return attrs.evolve(self, system=None)
        mark = cache_param(cache)
        if len(parts) == 1 and isinstance(parts[0], str) and isinstance(mark, Unset):
            _limits.check_text(parts[0], "system")
            return attrs.evolve(self, system=parts[0])
        blocks = [text(p) if isinstance(p, str) else p for p in parts]
        if not isinstance(mark, Unset):
            blocks[-1] = mark_cached(blocks[-1], mark)
        return attrs.evolve(self, system=tuple(blocks))

    def with_thinking(
        self,
        thinking: int | Literal["adaptive", "disabled"] | ThinkingConfig | None,
        *,
        display: ThinkingDisplay | None = None,
    ) -> MessageRequest:
        """Extended thinking: a token budget (>= 1024, below max_tokens), ``"adaptive"``,
        ``"disabled"``, a thinking config param, or None to leave it unset.

        Args:
            thinking: What to use, as above.
            display: ``"summarized"`` or ``"omitted"`` thinking text, for budgets and adaptive.
        """
        config: ThinkingConfig | None
        if isinstance(thinking, bool):
            fail("thinking", "expected a budget, 'adaptive', 'disabled' or None", thinking)
        if isinstance(thinking, int):
            _limits.check_thinking_budget(thinking, self.max_tokens)
            config = ThinkingConfigEnabledParam(budget_tokens=thinking, display=unset(display))
        elif thinking == "adaptive":
            config = ThinkingConfigAdaptiveParam(display=unset(display))
        elif thinking == "disabled":
            config = ThinkingConfigDisabledParam()
        elif thinking is None or attrs.has(type(thinking)):
            config = thinking
        else:
            fail("thinking", "expected a budget, 'adaptive', 'disabled' or None", thinking)
        return attrs.evolve(self, thinking=config)

    def with_tools(self, *tools: object) -> MessageRequest:
        """Replace the tools: ``@claude.tool`` functions, tool params, functions or dicts."""
        return attrs.evolve(self, tools=tools)

    def add_tools(self, *tools: object) -> MessageRequest:
        """Append tools (names must stay unique)."""
        return attrs.evolve(self, tools=(*self.tools, *tools))

    def with_tool_choice(
        self,
        choice: Literal["auto", "any", "none"] | str | ToolChoice | Any,
        *,
        parallel: bool | None = None,
    ) -> MessageRequest:
        """How the model may use tools.

        Args:
            choice: ``"auto"``, ``"any"``, ``"none"``, a tool's name (or the tool itself), or
                a tool choice param.
            parallel: False to allow at most one tool use per reply (not with ``"none"``).
        """
        disable = UNSET if parallel is None else not parallel
        made: ToolChoice
        if choice == "auto":
            made = ToolChoiceAutoParam(disable_parallel_tool_use=disable)
        elif choice == "any":
            made = ToolChoiceAnyParam(disable_parallel_tool_use=disable)
        elif choice == "none":
            if parallel is not None:
                fail("tool_choice", "parallel does not apply to 'none'", parallel)
            made = ToolChoiceNoneParam()
        elif isinstance(
            choice,
            ToolChoiceAutoParam | ToolChoiceAnyParam | ToolChoiceToolParam | ToolChoiceNoneParam,
        ):
            made = choice
        else:
            name = choice if isinstance(choice, str) else getattr(choice, "name", choice)
            _limits.check_tool_name(name, "tool_choice.name")
            made = ToolChoiceToolParam(name=name, disable_parallel_tool_use=disable)
        return attrs.evolve(self, tool_choice=made)

    # -- sampling and the rest ----------------------------------------------------------

    def with_temperature(self, temperature: float) -> MessageRequest:
        """Sampling randomness, from 0 to 1."""
        return attrs.evolve(self, temperature=temperature)

    def with_top_p(self, top_p: float) -> MessageRequest:
        """Nucleus sampling, from 0 to 1."""
        return attrs.evolve(self, top_p=top_p)

    def with_top_k(self, top_k: int) -> MessageRequest:
        """Sample only from the *top_k* most likely tokens."""
        return attrs.evolve(self, top_k=top_k)

    def with_stop_sequences(self, *sequences: str) -> MessageRequest:
        """Strings that end generation when produced."""
        return attrs.evolve(self, stop_sequences=sequences)

    def with_metadata(self, *, user_id: str | None) -> MessageRequest:
        """Request metadata: an opaque id of the end user."""
        return attrs.evolve(self, metadata=MetadataParam(user_id=user_id))

    def with_service_tier(self, tier: Literal["auto", "standard_only"]) -> MessageRequest:
        """``"auto"`` (priority capacity when available) or ``"standard_only"``."""
        if tier not in ("auto", "standard_only"):
            fail("service_tier", "expected 'auto' or 'standard_only'", tier)
        return attrs.evolve(self, service_tier=tier)

    def with_output_format(self, schema: Mapping[str, Any] | type | None) -> MessageRequest:
        """Make the reply JSON that follows *schema* (a JSON schema, or a dataclass,
        TypedDict or attrs class to derive one from); None removes it."""
        config = self.output_config or OutputConfigParam()
        if schema is None:
            return attrs.evolve(self, output_config=_with_format(config, UNSET))
        if isinstance(schema, type):
            from claude._tools.schema import type_schema

            schema = type_schema(schema)
        if not isinstance(schema, Mapping):
            fail("output_config.format.schema", "expected a JSON schema object", schema)
        fmt = JSONOutputFormatParam(schema=dict(schema))
        return attrs.evolve(self, output_config=_with_format(config, fmt))

    def with_fields(self, **fields: Any) -> MessageRequest:
        """Set body fields the builder has no step for (``container``, ``speed``,
        ``inference_geo``, ``cache_control``...), as JSON or generated models; None removes.
        """
        extra = dict(self.extra)
        for name, value in fields.items():
            if name in _STEPPED:
                fail(name, "has its own builder step (or, for stream, is chosen by the call)")
            if value is None:
                extra.pop(name, None)
            else:
                extra[name] = to_json(value)
        return attrs.evolve(self, extra=extra)

    def with_betas(self, *betas: str) -> MessageRequest:
        """Beta feature names for the ``anthropic-beta`` header (replacing any)."""
        for index, beta in enumerate(betas):
            if not isinstance(beta, str) or not beta or "," in beta:
                fail(f"betas[{index}]", "expected a beta name without commas", beta)
        return attrs.evolve(self, betas=betas)

    # -- output ---------------------------------------------------------------------------

    def _unchecked_json(self) -> dict[str, Any]:
        """The request as JSON, not yet checked (the request pipeline checks it once)."""
        data: dict[str, Any] = {}
        for name in _STEPPED_FIELDS:
            value = getattr(self, name)
            if value is None or (value == () and name not in _REQUIRED):
                continue
            data[name] = to_json(value)
        data.update(self.extra)
        return data

    def to_params(self) -> MessageCreateParams:
        """The generated ``MessageCreateParams``, checked as a whole (the request pipeline).

        Raises:
            RequestValidationError: names the first field at fault.
        """
        data = self._unchecked_json()
        check_json(CREATE, data)
        return MessageCreateParams.from_dict(data)

    def to_dict(self) -> dict[str, Any]:
        """The checked request body as JSON-ready data."""
        data = self._unchecked_json()
        check_json(CREATE, data)
        return data

    @classmethod
    def from_params(
        cls, params: MessageCreateParams | Mapping[str, Any], *, betas: Iterable[str] = ()
    ) -> MessageRequest:
        """A builder holding an existing request (a generated model or a JSON dict).

        Fields without a builder step are kept in :attr:`extra`; ``stream`` is dropped (the
        call chooses it).
        """
        data = to_json(params)
        validate(MessageCreateParams, data)
        model = MessageCreateParams.from_dict(data)
        values = {
            name: getattr(model, name)
            for name in _STEPPED_FIELDS
            if name in data and not isinstance(getattr(model, name), Unset)
        }
        extra = {k: v for k, v in data.items() if k not in _STEPPED}
        return cls(**values, betas=betas, extra=extra)


# The create-request fields with a builder step: MessageRequest's attrs fields that are fields
# of the generated MessageCreateParams. Any other spec field goes through ``extra``.
_STEPPED_FIELDS: tuple[str, ...] = tuple(
    field.name for field in attrs.fields(MessageRequest) if field.name in create_fields()
)
_REQUIRED = frozenset({"model", "messages"})  # sent even when empty, so the checks name them
_STEPPED = frozenset({*_STEPPED_FIELDS, "stream"})  # ``stream`` is the call's choice


def _with_format(
    config: OutputConfigParam, fmt: JSONOutputFormatParam | Unset
) -> OutputConfigParam:
    """*config* with its ``format`` replaced (``attrs.evolve`` would turn the fields left out
    into explicit nulls: a generated model reads an absent field as None)."""
    data = {key: value for key, value in config.to_dict().items() if key != "format"}
    if not isinstance(fmt, Unset):
        data["format"] = fmt.to_dict()
    return OutputConfigParam.from_dict(data)
