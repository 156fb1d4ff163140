"""The model's reading of a request, checked against the rule parser's: disagreements are ambiguities.

Why a second reading: the rule parser is deterministic but reads only what its patterns know; a model reads
phrasing the patterns never saw. Neither is trusted over the other: where both give a value and the values
differ (or one finds a feature the other does not), the request is ambiguous and the workflow says so (it
stops unless the user allows a partial result), instead of picking one silently.

The model answers a small extraction schema (`ModelReading`, 11 flat fields), not the whole ContractSpec: a 1.5B
model fills a short flat object reliably, and llama.cpp constrains its output to the schema's grammar, so
the answer is always valid JSON of that shape. Hosted models get the same schema through LangChain's
structured output.
"""

from __future__ import annotations

import json
import re
import time
import unicodedata
from decimal import Decimal, InvalidOperation
from typing import Any, Literal

from langchain_core.messages import BaseMessage, HumanMessage, SystemMessage
from pydantic import BaseModel, Field, ValidationError

from agents.generation.llm import ask_model, is_local, llama_cpp_json_kwargs
from agents.generation.spec_parser import SUPPORTED_FAMILIES
from agents.models import ContractSpec
from hyperagent.errors import GenerationError

COMPARED_FEATURES = ("mintable", "burnable", "pausable", "permit", "votes")
"""Features both readers name the same way and that change what gets deployed."""
TOKEN_FAMILIES = ("erc20", "erc721", "erc1155")

READER_PROMPT = f"""You read requests for smart contracts and fill a JSON object. Fields:
- family: the kind of contract, one of {", ".join(SUPPORTED_FAMILIES)}; "other" when none fits
  (erc20 = fungible token, erc721 = NFT collection, erc1155 = multi-token, governor = DAO voting on proposals,
  splitter = splits payments among payees, storage = stores a value).
- name: the contract's or token's name exactly as the request gives it (without the symbol), else null.
- symbol: the ticker symbol as given (e.g. HYP), else null.
- decimals: only if the request states a number of decimals, else null.
- initial_supply: fungible tokens (erc20) minted at deployment, whole tokens as a plain integer
  (1.5 million -> 1500000), else null.
- cap: the maximum total supply of an erc20 in whole tokens as a plain integer, else null.
- mintable, burnable, pausable, permit, votes: true only when the request itself asks for it (mintable: more
  tokens can be minted after deployment, the initial supply does not count; pausable: transfers can be paused;
  permit: gasless approvals; votes: voting power/delegation), else false.
Use only what the request says; never invent values: null or false when it does not say.
Example: "A token named Sun Coin (SUN), 500k supply, holders can burn" ->
{{"family": "erc20", "name": "Sun Coin", "symbol": "SUN", "decimals": null, "initial_supply": 500000, "cap": null,
"mintable": false, "burnable": true, "pausable": false, "permit": false, "votes": false}}"""


class ModelReading(BaseModel):
    """What the model read: the reduced schema it is constrained to."""

    family: Literal[(*SUPPORTED_FAMILIES, "other")]  # type: ignore[valid-type]
    name: str | None = None
    symbol: str | None = None
    decimals: int | None = None
    initial_supply: int | None = None
    cap: int | None = None
    mintable: bool = False
    burnable: bool = False
    pausable: bool = False
    permit: bool = False
    votes: bool = False

    @property
    def features(self) -> list[str]:
        return [f for f in COMPARED_FEATURES if getattr(self, f)]


class Ambiguity(BaseModel):
    """One field the two readings disagree on."""

    field: str
    rule: Any = None
    model: Any = None

    def describe(self) -> str:
        return f"{self.field}: the rules read {_show(self.rule)}, the model reads {_show(self.model)}"


def reading_schema() -> dict[str, Any]:
    """ModelReading's JSON schema, flattened (no $defs, every field required) for grammar conversion."""
    families = [*SUPPORTED_FAMILIES, "other"]
    nullable = lambda kind: {"anyOf": [{"type": kind}, {"type": "null"}]}  # noqa: E731
    return {
        "type": "object",
        "properties": {
            "family": {"type": "string", "enum": families},
            "name": nullable("string"), "symbol": nullable("string"), "decimals": nullable("integer"),
            "initial_supply": nullable("integer"), "cap": nullable("integer"),
            **{feature: {"type": "boolean"} for feature in COMPARED_FEATURES},
        },
        "required": ["family", "name", "symbol", "decimals", "initial_supply", "cap", *COMPARED_FEATURES],
        "additionalProperties": False,
    }


def messages_for(prompt: str) -> list[BaseMessage]:
    return [SystemMessage(content=READER_PROMPT), HumanMessage(content=f"Request: {prompt}")]


def read_request(chat_model: Any, prompt: str, usage: dict[str, float] | None = None) -> ModelReading:
    """The model's ModelReading of `prompt`; GenerationError when the model fails or answers nonsense."""
    schema = reading_schema()
    messages = messages_for(prompt)
    if is_local(chat_model):
        text = ask_model(chat_model, messages, usage, **llama_cpp_json_kwargs(chat_model, schema, 256))
    else:
        text = _ask_structured(chat_model, messages, schema, usage)
    try:
        return ModelReading.model_validate(json.loads(_json_object(text)))
    except (ValueError, ValidationError) as exc:
        raise GenerationError(f"the model's reading of the request is not the expected JSON ({str(exc)[:200]}); "
                              "try another model or unset HYPERAGENT_LLM") from exc


def _ask_structured(chat_model: Any, messages: list[BaseMessage], schema: dict[str, Any],
                    usage: dict[str, float] | None) -> str:
    """Hosted providers: LangChain's structured output (JSON schema); models without it: plain JSON text."""
    try:
        bound = chat_model.with_structured_output(schema, method="json_schema", include_raw=True)
    except (NotImplementedError, TypeError, ValueError):
        return ask_model(chat_model, messages, usage)
    started = time.monotonic()
    try:
        answer = bound.invoke(messages)
    except Exception as exc:
        raise GenerationError(f"the LLM call failed ({type(exc).__name__}: {str(exc)[:200]}); check "
                              "HYPERAGENT_LLM, the provider's API key and HYPERAGENT_LLM_BASE_URL") from exc
    raw = answer.get("raw")
    if usage is not None:
        counted = getattr(raw, "usage_metadata", None) or {}
        usage["calls"] = usage.get("calls", 0) + 1
        usage["input_tokens"] = usage.get("input_tokens", 0) + int(counted.get("input_tokens", 0))
        usage["output_tokens"] = usage.get("output_tokens", 0) + int(counted.get("output_tokens", 0))
        usage["seconds"] = round(usage.get("seconds", 0.0) + time.monotonic() - started, 2)
    parsed = answer.get("parsed")
    return json.dumps(parsed) if isinstance(parsed, dict) else str(getattr(raw, "content", ""))


def _json_object(text: str) -> str:
    match = re.search(r"\{.*\}", text, re.DOTALL)
    if not match:
        raise ValueError("no JSON object in the answer")
    return match.group(0)


def compare(spec: ContractSpec, reading: ModelReading) -> list[Ambiguity]:
    """Where the rule spec and the model's reading disagree. A value only one side gives is a disagreement for
    the family and features (both always answer) and for the token values when the model found one the rules
    did not (a value the rules invented, like a default symbol, is not held against the model)."""
    found: list[Ambiguity] = []
    rule_family = spec.family if spec.family in SUPPORTED_FAMILIES else "other"
    if reading.family != rule_family:
        found.append(Ambiguity(field="family", rule=rule_family, model=reading.family))
        return found  # the other fields mean different things in different families
    # a name or symbol the request does not contain is the model's invention, not a reading
    name = re.sub(rf"\s*\(\s*{re.escape(reading.symbol or '')}\s*\)\s*$", "", reading.name or "") if reading.symbol \
        else reading.name
    if name and _norm(name) != _norm(spec.name) and _norm(name) in _norm(spec.prompt):
        found.append(Ambiguity(field="name", rule=spec.name, model=name))
    if spec.family in TOKEN_FAMILIES:
        if reading.symbol and (spec.symbol or "").upper() != reading.symbol.upper() and \
                reading.symbol.upper() in spec.prompt.upper():
            found.append(Ambiguity(field="symbol", rule=spec.symbol, model=reading.symbol))
        rule_features = _built_features(spec)
        model_features = {f for f in reading.features if f in rule_features or _worded(f, spec.prompt)}
        if model_features != rule_features:
            found.append(Ambiguity(field="features", rule=sorted(rule_features), model=sorted(model_features)))
    if spec.family == "erc20":
        if reading.decimals is not None and reading.decimals != spec.decimals:
            found.append(Ambiguity(field="decimals", rule=spec.decimals, model=reading.decimals))
        for field in ("initial_supply", "cap"):
            rule_value, model_value = _number(getattr(spec, field)), getattr(reading, field)
            if model_value and rule_value != Decimal(model_value):  # 0 and null both mean "not said"
                found.append(Ambiguity(field=field, rule=getattr(spec, field), model=str(model_value)))
    return found


def _built_features(spec: ContractSpec) -> set[str]:
    """The compared features the composer will build for the rules' spec: the template's resolved options where
    it has the option (an ERC721 collection is mintable by its owner unless the request says otherwise), else
    the spec's features."""
    from agents.generation.composer import resolve_options

    try:
        options = resolve_options(spec)
    except Exception:  # noqa: BLE001 - an unresolvable spec is the composer's error to report, not ours
        options = {}
    return {f for f in COMPARED_FEATURES if (options[f] is True if isinstance(options.get(f), bool) else f in spec.features)}


def _worded(feature: str, prompt: str) -> bool:
    """Whether any word of the request names the feature (in any supported language). A feature the model adds
    with no word for it is its invention (it was told to answer true only when the request asks), not a
    second reading, so it does not make the request ambiguous."""
    from agents.generation import lexicon

    return bool(lexicon.find(lexicon.FEATURES[feature], lexicon.fold_text(prompt).text))


def _number(value: str | None) -> Decimal | None:
    try:
        return Decimal(value) if value is not None else None
    except InvalidOperation:
        return None


def _norm(text: str | None) -> str:
    text = unicodedata.normalize("NFKC", text or "").casefold()
    return re.sub(r"[\W_]+", " ", text).strip()


def _show(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, list):
        return "[" + ", ".join(map(str, value)) + "]" if value else "none"
    return repr(value) if isinstance(value, str) else str(value)


__all__ = ["ModelReading", "Ambiguity", "read_request", "compare", "reading_schema", "COMPARED_FEATURES"]
