"""The contract under test as generators see it: its name, family, options and ABI.

Why ABI-driven: templates differ in detail (Ownable or AccessControl, which options are on), and the
ABI says exactly which public functions exist; generators test what is there and nothing else.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from agents.models import CompiledContract, ContractDraft
from agents.testing.solidity import SolArgs, constructor_inputs, constructor_payable, solidity_args


def canonical_type(param: dict[str, Any]) -> str:
    typ = param["type"]
    if typ.startswith("tuple"):
        inner = ",".join(canonical_type(c) for c in param.get("components", []))
        return f"({inner}){typ[5:]}"
    return typ


def signature(item: dict[str, Any]) -> str:
    return f"{item['name']}({','.join(canonical_type(p) for p in item.get('inputs', []))})"


@dataclass
class Subject:
    draft: ContractDraft
    compiled: CompiledContract
    family: str = ""
    features: set[str] = field(default_factory=set)

    @classmethod
    def of(cls, draft: ContractDraft, compiled: CompiledContract) -> Subject:
        spec = draft.spec
        features = {f.lower() for f in spec.features}
        features |= {str(k).lower() for k, v in spec.options.items() if v not in (False, None, "", 0)}
        return cls(draft=draft, compiled=compiled, family=(spec.family or "").lower(), features=features)

    @property
    def name(self) -> str:
        return self.compiled.contract_name or self.draft.contract_name

    @property
    def abi(self) -> list[dict[str, Any]]:
        return self.compiled.abi

    @property
    def functions(self) -> dict[str, dict[str, Any]]:
        return {signature(i): i for i in self.abi if i.get("type") == "function"}

    def has(self, *signatures: str) -> bool:
        """True when every signature (`mint(address,uint256)`) is in the ABI."""
        functions = self.functions
        return all(s in functions for s in signatures)

    def has_name(self, name: str) -> bool:
        return any(i.get("type") == "function" and i.get("name") == name for i in self.abi)

    def has_event(self, name: str) -> bool:
        return any(i.get("type") == "event" and i.get("name") == name for i in self.abi)

    def has_error(self, name: str) -> bool:
        return any(i.get("type") == "error" and i.get("name") == name for i in self.abi)

    def zero_arg_views(self) -> list[str]:
        return sorted(s for s, i in self.functions.items()
                      if not i.get("inputs") and i.get("stateMutability") in ("view", "pure"))

    def imported_types(self) -> list[str]:
        """Contract and interface types the constructor takes: tests import them from the source file."""
        names = []
        for p in constructor_inputs(self.abi):
            internal = p.get("internalType") or ""
            if internal.startswith(("contract ", "interface ")) and p["type"] == "address":
                names.append(internal.split()[-1].split(".")[-1])
        return sorted(set(names) - {self.name})

    def import_line(self, path: str) -> str:
        return f'import {{{", ".join([self.name, *self.imported_types()])}}} from "{path}";'

    def constructor_types(self) -> list[str]:
        return [canonical_type(p) for p in constructor_inputs(self.abi)]

    def args(self, deployer: str = "OWNER", names: dict[str, str] | None = None,
             values: list[Any] | None = None) -> SolArgs:
        return solidity_args(self.abi, self.draft.constructor_args if values is None else values,
                             deployer=deployer, names=names)

    def deploy_lines(self, var: str, *, deployer: str = "OWNER", names: dict[str, str] | None = None,
                     value: str | None = None, prank: bool = True) -> list[str]:
        """Statements deploying the contract as `deployer` into `var` (declared by the caller)."""
        args = self.args(deployer, names)
        value_part = f"{{value: {value}}}" if value and constructor_payable(self.abi) else ""
        lines = list(args.prelude)
        if value_part and prank:
            lines.append(f"vm.deal({deployer}, {value});")
        if prank:
            lines.append(f"vm.prank({deployer});")
        lines.append(f"{var} = new {self.name}{value_part}({args.call});")
        return lines

    def option(self, name: str, default: Any = None) -> Any:
        """A template option as the generation stage resolved it (spec.options["template_options"])."""
        resolved = self.draft.spec.options.get("template_options") or {}
        return resolved.get(name, self.draft.spec.options.get(name, default))

    def role_admin(self) -> bool:
        return self.has("hasRole(bytes32,address)", "grantRole(bytes32,address)")

    def ownable(self) -> bool:
        return self.has("owner()")
