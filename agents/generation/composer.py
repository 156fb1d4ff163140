"""The offline engine: a spec and a family's template (rag_corpus/templates/<family>/) -> Solidity.

Everything family-specific lives in the corpus: `meta.json` declares the options (with defaults,
the spec feature that turns each on, and what each requires), the values the template needs (with
where they come from in the spec), and the constructor parameters (with when each exists and which
role's address fills it). This module only resolves those declarations and renders the template.
"""

from __future__ import annotations

import itertools
import json
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any

from agents.generation.safety import comment_text, solidity_string
from agents.models import ContractDraft, ContractSpec
from hyperagent.errors import GenerationError
from hyperagent.paths import project_root

DEPLOYER = "$deployer"
"""Placeholder the deployment stage replaces with the deploying account's address."""


def corpus_dir() -> Path:
    return project_root() / "rag_corpus"


@lru_cache(maxsize=None)
def load_meta(family: str) -> dict[str, Any]:
    path = corpus_dir() / "templates" / family / "meta.json"
    if not path.is_file():
        raise GenerationError(f"no template for family {family!r}: expected {path}")
    return json.loads(path.read_text())


def families() -> list[str]:
    return sorted(p.parent.name for p in (corpus_dir() / "templates").glob("*/meta.json"))


@lru_cache(maxsize=1)
def _env():
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(corpus_dir() / "templates")),
        undefined=jinja2.StrictUndefined, trim_blocks=False, lstrip_blocks=False, autoescape=False,
        keep_trailing_newline=True,
    )
    env.filters["sol_string"] = solidity_string
    env.filters["suffix"] = lambda names, suffix: [f"{name}{suffix}" for name in names]
    return env


@lru_cache(maxsize=1)
def _expr_env():
    """Expressions in meta.json: a missing key reads as None, so `so.price_wei or '...'` works."""
    import jinja2

    env = jinja2.Environment(undefined=jinja2.ChainableUndefined, autoescape=False)
    env.filters["sol_string"] = solidity_string
    return env


@lru_cache(maxsize=None)
def _compiled(expression: str):
    return _expr_env().compile_expression(expression, undefined_to_none=True)


def _eval(expression: str, context: dict[str, Any]) -> Any:
    return _compiled(expression)(**context)


def resolve_options(spec: ContractSpec, overrides: dict[str, Any] | None = None) -> dict[str, Any]:
    """Template options from explicit overrides, the spec's options and features, and the meta defaults.

    Per option, in meta order (so a `from` expression can read the options resolved before it as `o`):
    an override; else an explicit `spec.options[name]`; else its `from` expression (a bool is also on
    when its `feature`, default its own name, is among the spec's features); else (bool) whether its
    feature is among the spec's features; else the default. `requires`
    (bool: a list of options; enum: value -> list) turns other bool options on whatever their source,
    and the meta's `constraints` reject combinations that cannot be built, naming the fix.
    """
    meta = load_meta(spec.family)
    overrides = dict(overrides or {})
    unknown = sorted(set(overrides) - set(meta["options"]))
    if unknown:
        raise GenerationError(f"unknown option(s) {', '.join(unknown)} for {spec.family}: "
                              f"choose from {', '.join(meta['options'])}")
    resolved: dict[str, Any] = {}
    forced: set[str] = set()
    features = set(spec.features)
    for key, schema in meta["options"].items():
        if key in overrides:
            value = overrides[key]
        elif spec.options.get(key) is not None and not isinstance(spec.options.get(key), dict):
            value = spec.options[key]
        elif "from" in schema:
            value = _eval(schema["from"], {"spec": spec, "features": features, "so": spec.options, "o": resolved})
            value = schema["default"] if value is None else value
            if schema["type"] == "bool" and schema.get("feature", key) in features:
                value = True  # the option's feature always turns it on
        elif schema["type"] == "bool":
            value = schema.get("feature", key) in features or schema["default"]
        else:
            value = schema["default"]
        if schema["type"] == "bool":
            value = bool(value) or key in forced
        elif value not in schema["values"]:
            raise GenerationError(f"option {key}={value!r} is not one of {', '.join(schema['values'])}")
        resolved[key] = value
        pending = _required_by(schema, value)
        while pending:  # transitively: what a required option requires is on too
            required = pending.pop()
            if required in forced:
                continue
            forced.add(required)
            if required in resolved:
                resolved[required] = True
                pending += _required_by(meta["options"][required], True)
    for constraint in meta.get("constraints", []):
        if not _eval(constraint["expr"], {"o": resolved, "spec": spec}):
            raise GenerationError(constraint["message"])
    return resolved


def _required_by(schema: dict[str, Any], value: Any) -> list[str]:
    requires = schema.get("requires") or []
    if isinstance(requires, dict):
        return list(requires.get(str(value), []))
    return list(requires) if value is True else []


def proxy_kind(spec: ContractSpec, options: dict[str, Any]) -> str | None:
    """"uups" or "transparent" when the family's proxy option asks for an upgradeable deployment."""
    key = load_meta(spec.family).get("proxy_option")
    kind = options.get(key) if key else None
    return None if kind in (None, "none") else str(kind)


def _units(whole: str | Decimal | None, decimals: int) -> str:
    """Whole tokens -> a Solidity integer literal of base units (exact, no floats)."""
    if whole in (None, ""):
        return "0"
    value = Decimal(str(whole)) * (Decimal(10) ** decimals)
    if value != int(value):
        raise GenerationError(f"{whole} is finer than {decimals} decimals allow")
    return str(int(value))


def resolve_values(spec: ContractSpec, options: dict[str, Any]) -> dict[str, Any]:
    meta = load_meta(spec.family)
    context = {"spec": spec, "o": options, "so": spec.options, "features": set(spec.features), "Decimal": Decimal,
               "int": int, "str": str, "units": _units, "len": len}
    values: dict[str, Any] = {}
    for key, schema in meta.get("values", {}).items():
        value = _eval(schema["from"], {**context, **values}) if "from" in schema else None
        if value is None:
            value = schema.get("default")
        if value is None and schema.get("required_when") and _eval(schema["required_when"], {**context, **values}):
            what = key.replace('_', ' ')
            raise GenerationError(f"the request needs {'an' if what[0] in 'aeiou' else 'a'} {what} for {spec.family}"
                                  f"{' (' + schema['doc'] + ')' if 'doc' in schema else ''}: add it to the request")
        for check in schema.get("checks", []):
            if value is not None and not _eval(check["expr"], {**context, **values, "v": value}):
                raise GenerationError(check["message"].format(v=value))
        values[key] = value
    return values


def assumed_defaults(spec: ContractSpec, options: dict[str, Any]) -> list[str]:
    """What the contract takes from the template because the request did not say it, one phrase each: the meta's
    `values` entries with an `assumed` clause ({"when": expression, "say": expression}) whose `when` holds, said
    from the resolved value `v`, so the phrase can never disagree with what is deployed."""
    meta = load_meta(spec.family)
    values = resolve_values(spec, options)
    context = {"spec": spec, "o": options, "so": spec.options, "features": set(spec.features), "Decimal": Decimal,
               "int": int, "str": str, "len": len, **values,
               "tokens": lambda base_units: _whole_amount(base_units, spec.decimals if spec.decimals is not None else 18),
               "ether": lambda wei: _whole_amount(wei, 18), "duration": _duration}
    said = []
    for key, schema in meta.get("values", {}).items():
        clause = schema.get("assumed")
        if clause and values.get(key) is not None and _eval(clause["when"], {**context, "v": values[key]}):
            said.append(str(_eval(clause["say"], {**context, "v": values[key]})) +
                        ": the template's default, the request gives none")
    return said


def _whole_amount(base_units: Any, decimals: int) -> str:
    """'1000000000000000000000000' at 18 decimals -> '1,000,000'."""
    whole = Decimal(int(base_units)) / (Decimal(10) ** decimals)
    return f"{whole.normalize():,f}"


def _duration(seconds: Any) -> str:
    """172800 -> '2 days', 5400 -> '90 minutes': a duration as a person says it."""
    seconds = int(seconds)
    units = (("year", 31536000), ("week", 604800), ("day", 86400)) if seconds >= 86400 else \
        (("hour", 3600), ("minute", 60), ("second", 1))
    for unit, size in units:
        if seconds >= size and seconds % size == 0:
            count = seconds // size
            return f"{count} {unit}{'s' if count != 1 else ''}"
    return f"{(Decimal(seconds) / 86400).quantize(Decimal('0.01')).normalize():f} days" if seconds >= 86400 else \
        f"{seconds} seconds"


def compose(spec: ContractSpec, overrides: dict[str, Any] | None = None) -> ContractDraft:
    """Render the family's template for the spec; constructor args are concrete or "$deployer"."""
    meta = load_meta(spec.family)
    options = resolve_options(spec, overrides)
    values = resolve_values(spec, options)
    context: dict[str, Any] = {
        "o": options, "options": options, "spec": spec, **values,
        "template_id": f"templates/{spec.family}",
        "contract_name": spec.contract_name,
        "name_lit": solidity_string(spec.name),
        "symbol_lit": solidity_string(spec.symbol or ""),
        "name_comment": comment_text(spec.name),
        "decimals": spec.decimals,
        "addresses": spec.addresses,
    }
    params, args = [], []
    for param in meta.get("constructor", []):
        if "when" in param and not _eval(param["when"], context):
            continue
        if "value" in param:
            value = _eval(param["value"], {**context, "DEPLOYER": DEPLOYER})
        else:
            value = spec.addresses.get(param.get("role", param["name"])) or \
                (spec.addresses.get("unlabeled") if param.get("unlabeled") else None) or DEPLOYER
        location = " memory" if param["type"].endswith("[]") or param["type"] in ("string", "bytes") else ""
        params.append(f"{param['type']}{location} {param['name']}")
        args.append(value)
    context["constructor_signature"] = ", ".join(params)
    context["constructor_params"] = params
    notes = [note["text"].format(**{k: v for k, v in context.items() if isinstance(v, (str, int))})
             for note in meta.get("notes", []) if _eval(note["when"], context)]
    source = _env().get_template(f"{spec.family}/template.sol.j2").render(**context)
    source = "\n".join(line.rstrip() for line in source.splitlines()).strip() + "\n"
    return ContractDraft(
        spec=spec.model_copy(update={"options": {**spec.options, "template_options": options}}),
        source=source, contract_name=spec.contract_name, file_name=f"{spec.contract_name}.sol",
        constructor_args=args, engine="template", template_id=f"templates/{spec.family}",
        retrieved=[f"templates/{spec.family}", f"notes/{spec.family}"], notes=notes,
        proxy=proxy_kind(spec, options),
    )


def option_domains(family: str) -> dict[str, list[Any]]:
    """Every value each option can take (bools: False, True), in meta order."""
    meta = load_meta(family)
    return {k: ([False, True] if s["type"] == "bool" else list(s["values"]))
            for k, s in meta["options"].items() if not s.get("matrix_skip")}


def feasible(family: str, combo: dict[str, Any]) -> bool:
    """True when the assignment passes the family's constraints as given (requires applied first)."""
    meta = load_meta(family)
    resolved = dict(combo)
    for _ in range(len(meta["options"])):  # enough rounds for any chain of requires
        for key, schema in meta["options"].items():
            for required in _required_by(schema, resolved.get(key)):
                resolved[required] = True
    return all(_eval(c["expr"], {"o": resolved}) for c in meta.get("constraints", []))


def option_matrix(family: str, *, full_limit: int = 32) -> list[dict[str, Any]]:
    """Feasible option assignments covering the family's option space.

    The full product when it has at most `full_limit` feasible members (and the meta does not ask for
    `"matrix": "pairwise"`, for templates slow to compile); otherwise a pairwise covering
    set: every feasible pair of values of any two options appears in some member (greedy: each new
    member is the best of a deterministic sample of candidates, so large spaces stay fast).
    """
    import random

    domains = option_domains(family)
    keys = list(domains)
    size = 1
    for values in domains.values():
        size *= len(values)
    if size <= 4 * full_limit and load_meta(family).get("matrix") != "pairwise":
        full = [c for c in (dict(zip(keys, combo)) for combo in itertools.product(*domains.values()))
                if feasible(family, c)]
        if len(full) <= full_limit:
            return full
    pairs = list(itertools.combinations(keys, 2))
    rng = random.Random(f"matrix:{family}")

    def sample(n: int) -> list[dict[str, Any]]:
        found: list[dict[str, Any]] = []
        while len(found) < n:
            combo = {k: rng.choice(d) for k, d in domains.items()}
            if feasible(family, combo):
                found.append(combo)
        return found

    def covers(c: dict[str, Any]) -> set[tuple]:
        return {(a, c[a], b, c[b]) for a, b in pairs}

    # the feasible pairs: those some feasible assignment holds (searched per pair, so none is missed)
    uncovered: set[tuple] = set()
    for a, b in pairs:
        for va in domains[a]:
            for vb in domains[b]:
                witness = _witness(family, domains, {a: va, b: vb}, rng)
                if witness is not None:
                    uncovered.add((a, va, b, vb))
    lowest = {k: d[0] for k, d in domains.items()}
    highest = {k: d[-1] for k, d in domains.items()}
    chosen = [c for c in (lowest, highest) if feasible(family, c)]
    for c in chosen:
        uncovered -= covers(c)
    while uncovered:
        target = min(uncovered, key=repr)  # always make progress on one named pair
        a, va, b, vb = target
        candidates = [c for c in sample(64)] + [_witness(family, domains, {a: va, b: vb}, rng)]
        candidates = [c for c in candidates if c is not None]
        best = max(candidates, key=lambda c: (target in covers(c), len(covers(c) & uncovered)))
        chosen.append(best)
        uncovered -= covers(best)
    return chosen


def _witness(family: str, domains: dict[str, list[Any]], fixed: dict[str, Any], rng: Any) -> dict[str, Any] | None:
    """A feasible assignment holding the `fixed` values, or None (tries the plain ones, then random)."""
    keys = list(domains)
    for base in ({k: d[0] for k, d in domains.items()}, {k: d[-1] for k, d in domains.items()}):
        combo = {**base, **fixed}
        if feasible(family, combo):
            return combo
    for _ in range(400):
        combo = {**{k: rng.choice(domains[k]) for k in keys}, **fixed}
        if feasible(family, combo):
            return combo
    return None
