"""Solidity text shared by every generated test: the Vm cheatcode interface, a tiny test base, and
constructor arguments written as Solidity expressions.

Why our own `Vm` and base: forge-std cannot be installed offline, and tests only need a dozen
cheatcodes; forge answers any of them at the cheatcode address once they are declared.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from eth_utils import to_checksum_address

PRAGMA = "pragma solidity ^0.8.20;"
DEPLOYER_TOKEN = "$deployer"

VM_SOL = f"""// SPDX-License-Identifier: MIT
{PRAGMA}

/// The few Foundry cheatcodes the generated tests use (forge answers them at the cheatcode address).
interface Vm {{
    function prank(address msgSender) external;
    function startPrank(address msgSender) external;
    function stopPrank() external;
    function expectRevert() external;
    function expectRevert(bytes4 revertData) external;
    function expectRevert(bytes calldata revertData) external;
    function assume(bool condition) external pure;
    function addr(uint256 privateKey) external pure returns (address keyAddr);
    function sign(uint256 privateKey, bytes32 digest) external pure returns (uint8 v, bytes32 r, bytes32 s);
    function warp(uint256 newTimestamp) external;
    function roll(uint256 newHeight) external;
    function deal(address account, uint256 newBalance) external;
    function label(address account, string calldata newLabel) external;
    function record() external;
    function accesses(address target) external returns (bytes32[] memory readSlots, bytes32[] memory writeSlots);
    function load(address target, bytes32 slot) external view returns (bytes32 data);
    function store(address target, bytes32 slot, bytes32 value) external;
    function getNonce(address account) external view returns (uint64 nonce);
    function toString(uint256 value) external pure returns (string memory stringifiedValue);
    function startBroadcast() external;
    function stopBroadcast() external;
    function readCallers() external returns (uint256 callerMode, address msgSender, address txOrigin);
    function assertTrue(bool condition, string calldata error) external pure;
    function assertFalse(bool condition, string calldata error) external pure;
    function assertEq(uint256 left, uint256 right, string calldata error) external pure;
    function assertEq(address left, address right, string calldata error) external pure;
    function assertEq(bool left, bool right, string calldata error) external pure;
    function assertEq(bytes32 left, bytes32 right, string calldata error) external pure;
    function assertEq(string calldata left, string calldata right, string calldata error) external pure;
    function assertGe(uint256 left, uint256 right, string calldata error) external pure;
    function assertLe(uint256 left, uint256 right, string calldata error) external pure;
    function assertGt(uint256 left, uint256 right, string calldata error) external pure;
    function assertLt(uint256 left, uint256 right, string calldata error) external pure;
}}

Vm constant vm = Vm(address(uint160(uint256(keccak256("hevm cheat code")))));
"""

TEST_BASE_SOL = f"""// SPDX-License-Identifier: MIT
{PRAGMA}

import {{vm}} from "./Vm.sol";

/// What every generated suite shares: named actors and a bound() for fuzz inputs.
abstract contract TestBase {{
    address internal constant OWNER = address(0x0A11CE);
    address internal constant ALICE = address(0xA11CE0);
    address internal constant BOB = address(0xB0B);
    address internal constant CAROL = address(0xCA401);
    address internal constant STRANGER = address(0xBAD);

    function bound(uint256 x, uint256 min, uint256 max) internal pure returns (uint256) {{
        require(min <= max, "bound: min > max");
        if (x >= min && x <= max) return x;
        uint256 size = max - min;
        if (size == type(uint256).max) return x;
        return min + (x % (size + 1));
    }}

    function actor(uint256 seed) internal pure returns (address) {{
        address[3] memory actors = [ALICE, BOB, CAROL];
        return actors[seed % 3];
    }}

    /// Every zero-argument view of `target` answers (does not revert).
    function assertViewsAnswer(address target, bytes4[] memory selectors) internal view {{
        for (uint256 i = 0; i < selectors.length; i++) {{
            (bool ok,) = target.staticcall(abi.encodeWithSelector(selectors[i]));
            vm.assertTrue(ok, "a view function reverted");
        }}
    }}
}}
"""


class Sol(str):
    """A value that is already a Solidity expression (an actor constant, a deployed address)."""


@dataclass
class SolArgs:
    """Constructor arguments as Solidity: statements to run first, then one expression per argument."""

    prelude: list[str] = field(default_factory=list)
    exprs: list[str] = field(default_factory=list)

    @property
    def call(self) -> str:
        return ", ".join(self.exprs)


def constructor_inputs(abi: list[dict[str, Any]]) -> list[dict[str, Any]]:
    for item in abi:
        if item.get("type") == "constructor":
            return list(item.get("inputs", []))
    return []


def constructor_payable(abi: list[dict[str, Any]]) -> bool:
    return any(i.get("type") == "constructor" and i.get("stateMutability") == "payable" for i in abi)


def solidity_args(abi: list[dict[str, Any]], values: list[Any], *, deployer: str = "OWNER",
                  names: dict[str, str] | None = None, prefix: str = "arg") -> SolArgs:
    """`values` (the draft's constructor_args, "$deployer" for the deployer) as Solidity expressions.

    `names` maps other `$name` placeholders (a token the test deploys first, for example) to
    Solidity expressions.
    """
    inputs = constructor_inputs(abi)
    if len(inputs) != len(values):
        raise ValueError(f"constructor takes {len(inputs)} arguments, the draft gives {len(values)}")
    out = SolArgs()
    table = {DEPLOYER_TOKEN: deployer, **{f"${k}": v for k, v in (names or {}).items()}}
    for index, (spec, value) in enumerate(zip(inputs, values)):
        expr = _expr(spec["type"], value, table, out.prelude, f"{prefix}{index}")
        internal = spec.get("internalType") or ""
        if internal == "address payable" and not expr.startswith("payable("):
            expr = f"payable({expr})"
        elif internal.startswith(("contract ", "interface ")) and spec["type"] == "address":
            # payable(...): a contract with receive() (a timelock) only converts from address payable
            expr = f"{internal.split()[-1].split('.')[-1]}(payable({expr}))"
        out.exprs.append(expr)
    return out


def _expr(typ: str, value: Any, table: dict[str, str], prelude: list[str], var: str) -> str:
    if isinstance(value, Sol):
        return str(value)
    if isinstance(value, str) and value in table:
        return table[value]
    array = re.fullmatch(r"(.+)\[(\d*)\]", typ)
    if array:
        inner, size = array.group(1), array.group(2)
        items = list(value)
        if size:
            prelude.append(f"{inner}[{size}] memory {var};")
        else:
            prelude.append(f"{inner}[] memory {var} = new {inner}[]({len(items)});")
        for i, item in enumerate(items):
            prelude.append(f"{var}[{i}] = {_expr(inner, item, table, prelude, f'{var}_{i}')};")
        return var
    if typ == "address":
        if isinstance(value, str) and value.startswith("$"):
            raise ValueError(f"unknown placeholder {value} for an address argument")
        return to_checksum_address(str(value))
    if typ == "bool":
        return "true" if _truthy(value) else "false"
    if typ.startswith(("uint", "int")):
        return str(int(str(value), 0) if isinstance(value, str) else int(value))
    if typ == "string":
        return string_literal(str(value))
    if typ == "bytes":
        return f'hex"{_hex(value)}"'
    if typ.startswith("bytes"):
        width = int(typ[5:])
        digits = _hex(value).rjust(2 * width, "0") if _hex(value) else "0" * 2 * width
        return f"{typ}(0x{digits})"
    raise ValueError(f"cannot write a {typ} constructor argument")


def _truthy(value: Any) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes")
    return bool(value)


def _hex(value: Any) -> str:
    text = value.hex() if isinstance(value, bytes | bytearray) else str(value)
    return text[2:] if text.startswith("0x") else text


def string_literal(text: str) -> str:
    """A Solidity string literal for any text (hex-encoded when it is not plain printable ASCII)."""
    if all(32 <= ord(c) < 127 for c in text) and '"' not in text and "\\" not in text:
        return json.dumps(text)
    return f'string(hex"{text.encode().hex()}")'


def selector_list(var: str, selectors: list[str]) -> list[str]:
    """Statements building `bytes4[] memory var` from function signatures."""
    lines = [f"bytes4[] memory {var} = new bytes4[]({len(selectors)});"]
    lines += [f'{var}[{i}] = bytes4(keccak256("{sig}"));' for i, sig in enumerate(selectors)]
    return lines
