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
    """Template options from the spec's features, the meta defaults and explicit overrides."""
    meta = load_meta(spec.family)
    overrides = dict(overrides or {})
    resolved: dict[str, Any] = {}
    for key, schema in meta["options"].items():
        if key in overrides:
            value = overrides.pop(key)
        elif "from" in schema:
            value = _eval(schema["from"], {"spec": spec, "features": set(spec.features), "so": spec.options})
            value = schema["default"] if value is None else value
        elif schema["type"] == "bool":
            value = schema.get("feature", key) in spec.features or schema["default"]
        else:
            value = schema["default"]
        if schema["type"] == "bool":
            value = bool(value)
        elif schema["type"] == "enum" and value not in schema["values"]:
            raise GenerationError(f"option {key}={value!r} is not one of {', '.join(schema['values'])}")
        resolved[key] = value
    if overrides:
        raise GenerationError(f"unknown option(s) {', '.join(sorted(overrides))} for {spec.family}: "
                              f"choose from {', '.join(meta['options'])}")
    for key, schema in meta["options"].items():
        if resolved[key]:
            for required in schema.get("requires", []):
                resolved[required] = True
    return resolved


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
            raise GenerationError(f"the request needs a {key.replace('_', ' ')} for {spec.family}"
                                  f"{' (' + schema['doc'] + ')' if 'doc' in schema else ''}: add it to the request")
        for check in schema.get("checks", []):
            if value is not None and not _eval(check["expr"], {**context, **values, "v": value}):
                raise GenerationError(check["message"].format(v=value))
        values[key] = value
    return values


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
    )


def option_matrix(family: str, *, full_limit: int = 32) -> list[dict[str, Any]]:
    """Option assignments covering the family's option space.

    The full product when it has at most `full_limit` members; otherwise a greedy pairwise covering set (every
    value of every option, and every pair of values of any two options, appears in some member).
    """
    meta = load_meta(family)
    domains = {k: ([False, True] if s["type"] == "bool" else list(s["values"]))
               for k, s in meta["options"].items() if not s.get("matrix_skip")}
    keys = list(domains)
    full = [dict(zip(keys, combo)) for combo in itertools.product(*(domains[k] for k in keys))]
    if len(full) <= full_limit:
        return full
    uncovered = {(a, va, b, vb) for a, b in itertools.combinations(keys, 2) for va in domains[a] for vb in domains[b]}
    # the two extremes first (everything off, everything on), then greedy pairwise
    chosen = [{k: d[0] for k, d in domains.items()}, {k: d[-1] for k, d in domains.items()}]
    for c in chosen:
        uncovered -= {(a, c[a], b, c[b]) for a, b in itertools.combinations(keys, 2)}
    while uncovered:
        best = max(full, key=lambda c: sum((a, c[a], b, c[b]) in uncovered for a, b in itertools.combinations(keys, 2)))
        chosen.append(best)
        uncovered -= {(a, best[a], b, best[b]) for a, b in itertools.combinations(keys, 2)}
    return chosen
