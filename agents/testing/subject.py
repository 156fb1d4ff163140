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
        inputs = constructor_inputs(self.abi) + ((self.initializer() or {}).get("inputs", []) if self.proxy else [])
        for p in inputs:
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
                     value: str | None = None, prank: bool = True, values: list[Any] | None = None) -> list[str]:
        """Statements deploying the contract as `deployer` into `var` (declared by the caller).

        An upgradeable contract is deployed as the deployment stage does it: the implementation, then
        the proxy (ERC1967Proxy, or TransparentUpgradeableProxy owned like the stage's) calling
        initialize(...) with the arguments; `var` is the proxy seen as the contract.
        """
        if self.proxy:
            return self._proxy_deploy_lines(var, deployer=deployer, names=names, prank=prank, values=values)
        args = self.args(deployer, names, values)
        value_part = f"{{value: {value}}}" if value and constructor_payable(self.abi) else ""
        lines = list(args.prelude)
        if value_part and prank:
            lines.append(f"vm.deal({deployer}, {value});")
        if prank:
            lines.append(f"vm.prank({deployer});")
        lines.append(f"{var} = new {self.name}{value_part}({args.call});")
        return lines

    @property
    def proxy(self) -> str | None:
        """uups | transparent when the contract is an upgradeable implementation deployed behind a proxy."""
        return self.draft.proxy

    def initializer(self) -> dict[str, Any] | None:
        count = len(self.draft.constructor_args)
        return next((i for i in self.abi if i.get("type") == "function" and i.get("name") == "initialize"
                     and len(i.get("inputs", [])) == count), None)

    def initializer_args(self, deployer: str = "OWNER", names: dict[str, str] | None = None,
                         values: list[Any] | None = None) -> SolArgs:
        """initialize(...)'s arguments as Solidity (the draft's constructor_args are its arguments)."""
        initializer = self.initializer()
        if initializer is None:
            raise ValueError(f"{self.name} is upgradeable but has no initialize(...) for its arguments")
        abi = [{"type": "constructor", "inputs": initializer.get("inputs", [])}]
        return solidity_args(abi, self.draft.constructor_args if values is None else values, deployer=deployer,
                             names=names, prefix="init")

    def proxy_owner_expr(self, args: SolArgs, deployer: str) -> str:
        """Who owns a transparent proxy's ProxyAdmin: initialOwner, else defaultAdmin, else the deployer."""
        names = [p.get("name") for p in (self.initializer() or {}).get("inputs", [])]
        for wanted in ("initialOwner", "defaultAdmin"):
            if wanted in names:
                return args.exprs[names.index(wanted)]
        return deployer

    def initialize_call(self, args: SolArgs) -> str:
        return f"abi.encodeCall({self.name}.initialize, ({args.call}))"

    def _proxy_deploy_lines(self, var: str, *, deployer: str, names: dict[str, str] | None, prank: bool,
                            values: list[Any] | None) -> list[str]:
        args = self.initializer_args(deployer, names, values)
        call = self.initialize_call(args)
        if self.proxy == "uups":
            proxy = f"new ERC1967Proxy(address(new {self.name}()), {call})"
        else:
            proxy = f"new TransparentUpgradeableProxy(address(new {self.name}()), {self.proxy_owner_expr(args, deployer)}, {call})"
        lines = list(args.prelude)
        if prank:
            lines.append(f"vm.startPrank({deployer});")
        lines.append(f"{var} = {self.name}(payable(address({proxy})));")
        if prank:
            lines.append("vm.stopPrank();")
        return lines

    def proxy_imports(self) -> list[str]:
        """Imports the deployment lines need (the proxy contracts and the ProxyAdmin)."""
        if self.proxy == "uups":
            return ['import {ERC1967Proxy} from "@openzeppelin/contracts/proxy/ERC1967/ERC1967Proxy.sol";']
        if self.proxy == "transparent":
            return ['import {TransparentUpgradeableProxy, ITransparentUpgradeableProxy} from '
                    '"@openzeppelin/contracts/proxy/transparent/TransparentUpgradeableProxy.sol";',
                    'import {ProxyAdmin} from "@openzeppelin/contracts/proxy/transparent/ProxyAdmin.sol";']
        return []

    def option(self, name: str, default: Any = None) -> Any:
        """A template option as the generation stage resolved it (spec.options["template_options"])."""
        resolved = self.draft.spec.options.get("template_options") or {}
        return resolved.get(name, self.draft.spec.options.get(name, default))

    def role_admin(self) -> bool:
        return self.has("hasRole(bytes32,address)", "grantRole(bytes32,address)")

    def ownable(self) -> bool:
        return self.has("owner()")
