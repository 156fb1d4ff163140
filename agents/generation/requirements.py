"""Every requirement a request makes is honoured by the composed contract or reported, never dropped.

Checking reads only meta.json and the composer, with no knowledge of particular requests:
- an option requirement is honoured when the family declares the option and the resolved template
  option (`draft.spec.options["template_options"]`) has the requested value; otherwise it is unmet, and
  the reason lists what the family supports;
- any other requirement (name, symbol, decimals, supply, cap, a duration, a percentage, a price, an
  address bound to a role) is honoured when it reaches the contract: composing again with that one value
  changed must change the source or the constructor arguments (or be refused by the family's checks).
  A value nothing in the template reads is unmet, and the reason lists the values the family reads.

`gate` turns unmet and ambiguous requirements into one line and stops the workflow unless partial
delivery was allowed; `compare` sets two readings of the same request side by side (the rule-based
parser and a model) and marks where they disagree as ambiguous.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal, InvalidOperation
from typing import Any

from agents.generation import composer, lexicon
from agents.models import ContractDraft, ContractSpec, Requirement, RequirementKind, RequirementStatus
from hyperagent.errors import GenerationError, RequirementsUnmetError

PERTURBED_ADDRESS = "0x000000000000000000000000000000000000dEaD"
_PROBLEMS = (RequirementStatus.unmet, RequirementStatus.ambiguous)


def template_exists(family: str) -> bool:
    return family in composer.families()


def option_name(family: str, key: str) -> str | None:
    """The family's meta.json option a requirement key names (lexicon.OPTION_OF for renamed ones)."""
    options = composer.load_meta(family).get("options", {})
    for candidate in lexicon.OPTION_OF.get(key, (key,)):
        if candidate in options:
            return candidate
    return None


def describe_options(family: str) -> str:
    """'mintable, burnable, ..., access(ownable|roles)': what a family's template can be asked for."""
    parts = []
    for key, schema in composer.load_meta(family).get("options", {}).items():
        parts.append(key if schema["type"] == "bool" else f"{key}({'|'.join(map(str, schema['values']))})")
    return ", ".join(parts) or "no options"


def read_values(family: str) -> list[str]:
    """The spec values a family's template reads (meta.json expressions mention them)."""
    raw = json.dumps(composer.load_meta(family))
    found = re.findall(r"\bso\.(\w+)|\bspec\.(\w+)|\bspec\.addresses\.(\w+)", raw)
    names = [a or b or c for a, b, c in found]
    names += [p.get("role") for p in composer.load_meta(family).get("constructor", []) if p.get("role")]
    skip = {"addresses", "prompt", "options", "features"}
    return list(dict.fromkeys(n for n in names if n and n not in skip))


def template_spec(spec: ContractSpec) -> ContractSpec:
    """The spec without option values the family's template cannot take ("access": "none" where only
    ownable and roles exist): the composer would refuse them; their requirements are reported unmet."""
    options = composer.load_meta(spec.family).get("options", {})
    invalid = [k for k, v in spec.options.items()
               if k in options and options[k]["type"] == "enum" and not isinstance(v, dict) and v not in options[k]["values"]]
    if not invalid:
        return spec
    return spec.model_copy(update={"options": {k: v for k, v in spec.options.items() if k not in invalid}})


def option_overrides(spec: ContractSpec) -> dict[str, Any]:
    """Template options the spec's option requirements ask for, limited to what the family declares and
    accepts (anything else stays a requirement and is reported unmet)."""
    if not template_exists(spec.family):
        return {}
    options = composer.load_meta(spec.family).get("options", {})
    out: dict[str, Any] = {}
    for r in spec.requirements:
        if r.kind != RequirementKind.option or r.status == RequirementStatus.ambiguous:
            continue
        name = option_name(spec.family, r.key)
        if name is None:
            continue
        schema = options[name]
        value = _off_value(schema, r.value)
        if schema["type"] == "bool" and isinstance(r.value, bool):
            out[name] = r.value
        elif schema["type"] == "enum" and value in schema["values"]:
            out[name] = value
    return out


def _off_value(schema: dict[str, Any], value: Any) -> Any:
    """A feature turned off ("not upgradeable") is the enum's "none" where the option is an enum with one."""
    if value is False and schema.get("type") == "enum" and "none" in schema.get("values", []):
        return "none"
    return value


def account(draft: ContractDraft, overrides: dict[str, Any] | None = None) -> ContractSpec:
    """The draft's spec with each requirement marked honoured or unmet (ambiguous ones stay so)."""
    spec = draft.spec
    resolved = spec.options.get("template_options", {})
    baseline = (draft.source, json.dumps(draft.constructor_args, default=str))
    checked = []
    for r in spec.requirements:
        if r.status == RequirementStatus.ambiguous:
            checked.append(r)
            continue
        checked.append(_check(r, spec, resolved, baseline, overrides or {}))
    return spec.model_copy(update={"requirements": checked})


def _check(r: Requirement, spec: ContractSpec, resolved: dict[str, Any], baseline: tuple[str, str],
           overrides: dict[str, Any]) -> Requirement:
    family = spec.family
    if r.kind == RequirementKind.family:
        return _mark(r, RequirementStatus.honoured)
    if r.kind == RequirementKind.option:
        name = option_name(family, r.key)
        if name is None:
            what = lexicon.UNSUPPORTED_FEATURES.get(r.key)
            return _mark(r, RequirementStatus.unmet, (f"no template offers {what}; " if what else "") +
                         f"{family} supports: {describe_options(family)}")
        schema = composer.load_meta(family)["options"][name]
        if resolved.get(name) == _off_value(schema, r.value):
            return _mark(r, RequirementStatus.honoured)
        if schema["type"] == "enum" and r.value not in schema["values"]:
            return _mark(r, RequirementStatus.unmet, f"{family} {name} supports: {'|'.join(map(str, schema['values']))}")
        return _mark(r, RequirementStatus.unmet, f"the template resolves {name}={resolved.get(name)!r}"
                                                 " (another option requires it)")
    held = getattr(spec, r.field) if r.field in _SPEC_FIELDS else r.value
    if held is not None and _normal(held) != _normal(r.value):
        return _mark(r, RequirementStatus.unmet, f"the contract gets {r.field}={held} instead")
    if held is not None and _reaches_contract(r, spec, baseline, overrides):
        return _mark(r, RequirementStatus.honoured)  # the spec holds the value, and the value reaches the contract
    reads = read_values(family)
    name = r.field.split(".", 1)[-1]
    if name in reads:
        return _mark(r, RequirementStatus.unmet, f"{family} uses {name} only together with values the request "
                                                 f"does not give; it reads: {', '.join(reads)}")
    return _mark(r, RequirementStatus.unmet, f"{family} does not use it; it reads: {', '.join(reads)}")


_SPEC_FIELDS = ("name", "symbol", "decimals", "initial_supply", "cap")
"""Requirements that live in a field of the spec: honoured only when the spec holds the very value."""


def _mark(r: Requirement, status: RequirementStatus, reason: str | None = None) -> Requirement:
    return r.model_copy(update={"status": status, "reason": reason if reason is not None else r.reason})


def _reaches_contract(r: Requirement, spec: ContractSpec, baseline: tuple[str, str], overrides: dict[str, Any]) -> bool:
    if r.field.startswith("addresses.") and isinstance(r.value, list) and len(r.value) > 1:
        # every address of a list must reach the contract on its own: one that the template does not read
        # (a second beneficiary where it takes one) is dropped, never honoured along with the others
        return all(_reaches_contract(r.model_copy(update={"value": a}), spec, baseline, overrides) for a in r.value)
    perturbed = _perturb(r, spec)
    if perturbed is None:
        return False
    try:
        draft = composer.compose(perturbed, overrides)
    except GenerationError:
        return True  # the family's own checks read the value
    return (draft.source, json.dumps(draft.constructor_args, default=str)) != baseline


def _perturb(r: Requirement, spec: ContractSpec) -> ContractSpec | None:
    """The spec with this requirement's value changed, or None when it has no field in the spec."""
    field = r.field
    if field in ("name",):
        return spec.model_copy(update={"name": spec.name + " Z", "contract_name": spec.contract_name + "Z"})
    if field == "symbol":
        return spec.model_copy(update={"symbol": (spec.symbol or "") + "Z"})
    if field == "decimals":
        return spec.model_copy(update={"decimals": 6 if spec.decimals != 6 else 8})
    if field in ("initial_supply", "cap"):
        current = getattr(spec, field)
        return spec.model_copy(update={field: _other_number(current if current is not None else r.value)})
    if field.startswith("options."):
        key = field.split(".", 1)[1]
        options = dict(spec.options)
        options[key] = _other(options.get(key, r.value))
        return spec.model_copy(update={"options": options})
    if field.startswith("addresses."):
        targets = r.value if isinstance(r.value, list) else [r.value]
        targets = {str(t).lower() for t in targets}
        addresses = {role: ",".join(PERTURBED_ADDRESS if a.lower() in targets else a for a in value.split(","))
                     for role, value in spec.addresses.items()}
        return spec.model_copy(update={"addresses": addresses})
    return None


def _other_number(value: Any) -> str:
    try:
        number = Decimal(str(value))
    except (InvalidOperation, ValueError):
        return "7"
    return str(int(number) * 2 + 7) if number == int(number) else str(number * 2 + 7)


def _other(value: Any) -> Any:
    if isinstance(value, bool):
        return not value
    if isinstance(value, int):
        return value * 2 + 3600 * 24 * 7 + 7
    if isinstance(value, list):
        # every element changed, the length kept: equal shares [1, 1, 1] must differ from the template's default
        return [_other(v) for v in value]
    if isinstance(value, str):
        try:
            Decimal(value)
            return _other_number(value)
        except InvalidOperation:
            if re.fullmatch(r"0x[0-9a-fA-F]+", value):
                return value[:-1] + ("0" if value[-1] != "0" else "1")
            return value + "z"
    return value


_REPORT_ORDER = [RequirementKind.family, RequirementKind.option, RequirementKind.address, RequirementKind.decimals,
                 RequirementKind.supply, RequirementKind.cap, RequirementKind.value, RequirementKind.name,
                 RequirementKind.symbol]


def problems(spec: ContractSpec) -> list[Requirement]:
    """Unmet and ambiguous requirements, the kinds whose reason says most first (a missing option's reason
    lists what the family supports)."""
    found = [r for r in spec.requirements if r.status in _PROBLEMS]
    return sorted(found, key=lambda r: _REPORT_ORDER.index(r.kind))


def stop_line(spec: ContractSpec) -> str:
    """One line naming what is unmet or ambiguous and what is supported."""
    found = problems(spec)
    if not found:
        return ""
    first = found[0]
    what = ", ".join(f'"{r.label()}"' + ("" if r.key in ("number",) else f" ({_key_value(r)})") for r in found[:3])
    more = f" and {len(found) - 3} more" if len(found) > 3 else ""
    status = "unmet" if any(r.status == RequirementStatus.unmet for r in found) else "ambiguous"
    it = "them" if len(found) > 1 else "it"
    reason = first.reason or "not supported"
    if status == "ambiguous":
        return f"ambiguous: {what}{more} — {reason}; rephrase the request, or rerun with --allow-partial to deploy without {it}"
    return f"unmet: {what}{more} — {reason}; rerun with --allow-partial to deploy without {it}"


def _key_value(r: Requirement) -> str:
    if r.value is True or r.value is None:
        return r.key
    if r.value is False:
        return f"no {r.key}"
    value = ",".join(r.value) if isinstance(r.value, list) else r.value
    return f"{r.key}={value}"


def gate(spec: ContractSpec, allow_partial: bool = False) -> None:
    """Stop (RequirementsUnmetError, one line) when something asked for is unmet or ambiguous."""
    if problems(spec) and not allow_partial:
        raise RequirementsUnmetError(stop_line(spec), spec=spec)


def left_out(spec: ContractSpec) -> list[str]:
    """What a partial delivery leaves out, one short phrase each."""
    return [f'{r.label()} ({_key_value(r)}): {r.status.value}' for r in problems(spec)]


def assumed(spec: ContractSpec) -> list[str]:
    """What the contract gets that the request did not say (the template's defaults), one short phrase each: a user
    who gave no supply sees that 1,000,000 tokens will exist, one who gave no threshold that the multisig needs 2
    confirmations, rather than finding out on chain."""
    said = {r.kind for r in spec.requirements}
    resolved = spec.options.get("template_options", {})
    out = []
    if spec.family in ("erc20", "erc721", "erc1155", "erc4626", "governor") and RequirementKind.name not in said:
        out.append(f"name {spec.name!r}: the request names none")
    if spec.options.get("symbol_derived") and RequirementKind.symbol not in said and spec.symbol:
        out.append(f"symbol {spec.symbol}: made from the name")
    if spec.family == "erc20":
        if RequirementKind.decimals not in said:
            out.append(f"decimals {spec.decimals}: the ERC-20 default")
    if "template_options" in spec.options and template_exists(spec.family):
        out += composer.assumed_defaults(spec, resolved)
    return out


def no_template(spec: ContractSpec) -> ContractSpec:
    """The spec with its family requirement unmet: no template serves it (other requirements unchecked)."""
    reason = f"no template for {spec.family}; supported families: {', '.join(composer.families())}"
    requirements = [_mark(r, RequirementStatus.unmet, reason) if r.kind == RequirementKind.family else r
                    for r in spec.requirements]
    if not any(r.kind == RequirementKind.family for r in requirements):
        requirements.insert(0, Requirement(kind=RequirementKind.family, key="family", value=spec.family,
                                           text=spec.family, field="family", status=RequirementStatus.unmet,
                                           reason=reason))
    return spec.model_copy(update={"requirements": requirements})


def spec_schema() -> dict[str, Any]:
    """ContractSpec's JSON schema with the closed sets closed: `family` one of the known families, the
    items of `features` and `disabled` the option and concept names of the vocabulary. What a model fills
    to read a request into the same spec the parser produces."""
    from agents.generation.spec_parser import KNOWN_FAMILIES

    schema = ContractSpec.model_json_schema()
    families = sorted(set(KNOWN_FAMILIES) | set(composer.families()))
    names = set(lexicon.FEATURES) - {"fixed_supply", "whole_units", "no_decimals", "access_none", "ownable"}
    for family in composer.families():
        names |= {k for k, v in composer.load_meta(family).get("options", {}).items() if v["type"] == "bool"}
    schema["properties"]["family"]["enum"] = families
    for field in ("features", "disabled"):
        schema["properties"][field]["items"] = {"type": "string", "enum": sorted(names)}
    return schema


_COMPARED_FIELDS = ("family", "name", "symbol", "decimals", "initial_supply", "cap")


def compare(first: ContractSpec, second: ContractSpec, *, labels: tuple[str, str] = ("rules", "model")) -> list[Requirement]:
    """Where two readings of one request disagree, field by field, as ambiguous requirements.

    Compared: family, name, symbol, decimals, supply, cap, features turned on and off, option values
    (durations, percentages, prices, access, upgradeability ...) and addresses by role.
    """
    out: list[Requirement] = []

    def differ(kind: RequirementKind, key: str, field: str, a: Any, b: Any) -> None:
        if _normal(a) == _normal(b):
            return
        found = disagreement(field, a, b, labels)
        out.append(found.model_copy(update={"kind": kind, "key": key,
                                            "reason": f"the two readings of the request differ on {key}"}))

    kinds = {"family": RequirementKind.family, "name": RequirementKind.name, "symbol": RequirementKind.symbol,
             "decimals": RequirementKind.decimals, "initial_supply": RequirementKind.supply, "cap": RequirementKind.cap}
    for field in _COMPARED_FIELDS:
        differ(kinds[field], "supply" if field == "initial_supply" else field, field,
               getattr(first, field), getattr(second, field))
    on_a, on_b = set(first.features), set(second.features)
    off_a, off_b = set(first.disabled), set(second.disabled)
    for feature in sorted(on_a ^ on_b | off_a ^ off_b):
        a = True if feature in on_a else (False if feature in off_a else None)
        b = True if feature in on_b else (False if feature in off_b else None)
        differ(RequirementKind.option, feature, "features", a, b)
    ignored = {"family_reason", "symbol_derived", "template_options", "parse_note"}
    for key in sorted((set(first.options) | set(second.options)) - ignored):
        differ(RequirementKind.value, key, f"options.{key}", first.options.get(key), second.options.get(key))
    for role in sorted(set(first.addresses) | set(second.addresses)):
        differ(RequirementKind.address, role, f"addresses.{role}", first.addresses.get(role), second.addresses.get(role))
    return out


_FIELD_KINDS = {"family": RequirementKind.family, "name": RequirementKind.name, "symbol": RequirementKind.symbol,
                "decimals": RequirementKind.decimals, "initial_supply": RequirementKind.supply, "cap": RequirementKind.cap}


def disagreement(field: str, rules: Any, model: Any, labels: tuple[str, str] = ("rules", "model")) -> Requirement:
    """One field two readings of the request disagree on, as an ambiguous requirement (reported with the
    others, and left out of a partial delivery the rules' reading builds)."""
    kind = _FIELD_KINDS.get(field, RequirementKind.address if field.startswith("address") else RequirementKind.option)
    return Requirement(kind=kind, key="supply" if field == "initial_supply" else field,
                       value=_json_value(rules if rules is not None else model), field=field,
                       text=f"{labels[0]}: {_show(rules)}; {labels[1]}: {_show(model)}",
                       status=RequirementStatus.ambiguous, reason=f"the two readings of the request differ on {field}")


def _normal(value: Any) -> Any:
    if isinstance(value, str):
        text = value.strip()
        try:
            return Decimal(text).normalize()
        except InvalidOperation:
            return text.lower() if text.startswith("0x") else text
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return Decimal(str(value)).normalize()
    if isinstance(value, list):
        return [_normal(v) for v in value]
    return value


def _json_value(value: Any) -> Any:
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, list):
        return [str(v) for v in value]
    return str(value)


def _show(value: Any) -> str:
    return "nothing" if value is None else (",".join(map(str, value)) if isinstance(value, list) else str(value))
