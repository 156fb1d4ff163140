"""What every family generator shares: the file frame and small Solidity builders.

A generator is one module with `unit_tests(subject) -> str` (unit + fuzz tests as one test file);
the family's invariant suite lives in `agents.testing.properties` so the audit's fuzzer can reuse it.
"""

from __future__ import annotations

from collections.abc import Iterable

from agents.testing.project import GENERATED_MARK
from agents.testing.solidity import PRAGMA, selector_list
from agents.testing.subject import Subject


def sol_file(subject: Subject, contracts: Iterable[str], imports: Iterable[str] = ()) -> str:
    """A test file: licence, mark, pragma, the shared imports, then the given contracts."""
    head = [
        "// SPDX-License-Identifier: MIT",
        GENERATED_MARK,
        PRAGMA,
        "",
        'import {vm} from "./utils/Vm.sol";',
        'import {TestBase} from "./utils/TestBase.sol";',
        subject.import_line(f"../src/{subject.name}.sol"),
        *subject.proxy_imports(),
        *imports,
        "",
    ]
    return "\n".join(head) + "\n" + "\n\n".join(c.strip("\n") for c in contracts) + "\n"


def contract(name: str, members: Iterable[str], bases: str = "TestBase") -> str:
    body = "\n\n".join(indent(m.strip("\n"), 1) for m in members if m and m.strip())
    inherit = f" is {bases}" if bases else ""
    return f"contract {name}{inherit} {{\n{body}\n}}"


def function(header: str, lines: Iterable[str]) -> str:
    """`function <header> { lines }` with the body indented."""
    body = "\n".join(indent(line, 1) for line in lines)
    keyword = "" if header.startswith(("constructor", "receive", "fallback")) else "function "
    return f"{keyword}{header} {{\n{body}\n}}"


def indent(text: str, levels: int) -> str:
    pad = "    " * levels
    return "\n".join(pad + line if line.strip() else line for line in text.splitlines())


def views_test(subject: Subject, var: str) -> str | None:
    """test_ViewsAnswer: every zero-argument view of the contract answers."""
    views = [v for v in subject.zero_arg_views() if not (subject.proxy and v == "proxiableUUID()")]  # implementation-only
    if not views:
        return None
    return function("test_ViewsAnswer() public view", [
        *selector_list("selectors", views),
        f"assertViewsAnswer(address({var}), selectors);",
    ])


def expect_revert_as(who: str, call: str) -> list[str]:
    return [f"vm.prank({who});", "vm.expectRevert();", f"{call};"]


def ownership_tests(subject: Subject, var: str) -> list[str]:
    """Ownable: the owner is the deployer, can hand over and renounce; nobody else can."""
    tests: list[str] = []
    if not subject.ownable():
        return tests
    tests.append(function("test_OwnerIsDeployer() public view",
                          [f'vm.assertEq({var}.owner(), OWNER, "owner");']))
    if subject.has("transferOwnership(address)"):
        tests.append(function("test_TransferOwnership() public", [
            f"vm.prank(OWNER);", f"{var}.transferOwnership(ALICE);",
            *([f'vm.assertEq({var}.owner(), ALICE, "new owner");'] if not subject.has("acceptOwnership()") else [
                "vm.prank(ALICE);", f"{var}.acceptOwnership();", f'vm.assertEq({var}.owner(), ALICE, "new owner");']),
        ]))
        tests.append(function("test_RevertWhen_TransferOwnershipNotOwner() public",
                              expect_revert_as("STRANGER", f"{var}.transferOwnership(STRANGER)")))
    if subject.has("renounceOwnership()"):
        tests.append(function("test_RenounceOwnership() public", [
            "vm.prank(OWNER);", f"{var}.renounceOwnership();",
            f'vm.assertEq({var}.owner(), address(0), "renounced");']))
        tests.append(function("test_RevertWhen_RenounceOwnershipNotOwner() public",
                              expect_revert_as("STRANGER", f"{var}.renounceOwnership()")))
    return tests


def role_tests(subject: Subject, var: str) -> list[str]:
    """AccessControl: the deployer administers roles; a stranger cannot grant one."""
    if not subject.role_admin() or not subject.has("DEFAULT_ADMIN_ROLE()"):
        return []
    return [
        function("test_DeployerIsAdmin() public view", [
            f'vm.assertTrue({var}.hasRole({var}.DEFAULT_ADMIN_ROLE(), OWNER), "admin");']),
        function("test_GrantAndRevokeRole() public", [
            f"bytes32 role = {var}.DEFAULT_ADMIN_ROLE();",
            "vm.prank(OWNER);", f"{var}.grantRole(role, ALICE);",
            f'vm.assertTrue({var}.hasRole(role, ALICE), "granted");',
            "vm.prank(OWNER);", f"{var}.revokeRole(role, ALICE);",
            f'vm.assertFalse({var}.hasRole(role, ALICE), "revoked");']),
        function("test_RevertWhen_GrantRoleNotAdmin() public", [
            f"bytes32 role = {var}.DEFAULT_ADMIN_ROLE();",
            *expect_revert_as("STRANGER", f"{var}.grantRole(role, STRANGER)")]),
    ]


def pause_tests(subject: Subject, var: str, admin: str = "OWNER") -> list[str]:
    """pause()/unpause(): only the admin, and paused() follows."""
    if not subject.has("pause()", "unpause()", "paused()"):
        return []
    return [
        function("test_PauseAndUnpause() public", [
            f"vm.prank({admin});", f"{var}.pause();", f'vm.assertTrue({var}.paused(), "paused");',
            f"vm.prank({admin});", f"{var}.unpause();", f'vm.assertFalse({var}.paused(), "unpaused");']),
        function("test_RevertWhen_PauseNotOwner() public", expect_revert_as("STRANGER", f"{var}.pause()")),
        function("test_RevertWhen_UnpauseNotOwner() public", [
            f"vm.prank({admin});", f"{var}.pause();", *expect_revert_as("STRANGER", f"{var}.unpause()")]),
    ]


def requested_args_test(s: Subject, var: str) -> str:
    """The contract deploys with exactly the constructor arguments the request produced."""
    return function("test_DeploysWithRequestedArguments() public", [
        f"{s.name} {var}Requested;", *s.deploy_lines(f"{var}Requested", value="1 ether"),
        f'vm.assertGt(address({var}Requested).code.length, 0, "deployed");'])


TEST_TOKEN_IMPORT = 'import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";'
TEST_TOKEN = """/// A plain ERC20 the tests mint at will (for contracts that hold, sell or pay out a token).
contract TestToken is ERC20 {
    constructor() ERC20("Test Token", "TT") {}

    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }
}"""


IMPLEMENTATION_SLOT = "0x360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc"
ADMIN_SLOT = "0xb53127684a568b3173ae13b9f8a6016e243e63b6e8ee1178d6a717850b5d6103"


def upgrade_v2(subject: Subject) -> str | None:
    """The next version used by the upgrade tests: the same contract plus upgradeMarker() (storage unchanged)."""
    if not subject.proxy:
        return None
    return (f"/// Version 2 for the upgrade tests: the same storage, one more function.\n"
            f"contract {subject.name}V2 is {subject.name} {{\n"
            f"    function upgradeMarker() external pure returns (uint256) {{\n        return 2;\n    }}\n}}")


def upgrade_tests(subject: Subject, var: str, state: list[str], upgrader: str = "OWNER") -> list[str]:
    """Behind a proxy: the initializer ran once and is locked (also on the bare implementation), only
    the upgrader upgrades, and an upgrade keeps the state (`state`: assertions run before and after).

    `state` lines may read `{var}` and must hold both before and after the upgrade.
    """
    if not subject.proxy:
        return []
    name = subject.name
    args = subject.initializer_args("OWNER")
    implementation = f"address(uint160(uint256(vm.load(address({var}), bytes32({IMPLEMENTATION_SLOT})))))"
    tests = [
        function("test_ProxyStoresTheImplementation() public view", [
            f"address implementation = {implementation};",
            'vm.assertGt(implementation.code.length, 0, "an implementation behind the proxy");',
            f'vm.assertTrue(implementation != address({var}), "the proxy is not the implementation");']),
        function("test_RevertWhen_InitializedTwice() public", [
            *args.prelude, "vm.expectRevert();", f"{var}.initialize({args.call});"]),
        function("test_RevertWhen_ImplementationInitialized() public", [
            f"{name} implementation = {name}(payable({implementation}));",
            *args.prelude, "vm.expectRevert();", f"implementation.initialize({args.call});"]),
    ]
    if subject.proxy == "uups":
        upgrade = [f"vm.prank({upgrader});", f"{var}.upgradeToAndCall(address(next), \"\");"]
        stranger = [f"{name}V2 next = new {name}V2();", "vm.prank(STRANGER);", "vm.expectRevert();",
                    f"{var}.upgradeToAndCall(address(next), \"\");"]
    else:
        admin = f"ProxyAdmin(address(uint160(uint256(vm.load(address({var}), bytes32({ADMIN_SLOT}))))))"
        upgrade = [f"ProxyAdmin admin = {admin};", "vm.prank(admin.owner());",
                   f"admin.upgradeAndCall(ITransparentUpgradeableProxy(address({var})), address(next), \"\");"]
        stranger = [f"{name}V2 next = new {name}V2();", f"ProxyAdmin admin = {admin};",
                    f'vm.assertEq(admin.owner(), {subject.proxy_owner_expr(args, "OWNER")}, "ProxyAdmin owner");',
                    "vm.prank(STRANGER);", "vm.expectRevert();",
                    f"admin.upgradeAndCall(ITransparentUpgradeableProxy(address({var})), address(next), \"\");"]
    tests.append(function("test_UpgradeKeepsState() public", [
        *[line.format(var=var) for line in state],
        f"{name}V2 next = new {name}V2();", *upgrade,
        f'vm.assertEq({implementation}, address(next), "implementation replaced");',
        f'vm.assertEq({name}V2(payable(address({var}))).upgradeMarker(), 2, "new code answers");',
        *[line.format(var=var) for line in state]]))
    tests.append(function("test_RevertWhen_UpgradeByStranger() public", stranger))
    return tests


GUARDED_BY_ROLE = {
    "MINTER_ROLE()": "mint",
    "PAUSER_ROLE()": "pause",
    "URI_SETTER_ROLE()": "setURI",
}


def role_guard_tests(subject: Subject, var: str, calls: dict[str, str]) -> list[str]:
    """Roles (AccessControl): for each role the contract has, `calls[role]` fails for an account without
    the role (even the holder of another role), succeeds once the admin grants it, fails again once revoked."""
    if not subject.role_admin():
        return []
    tests = []
    for role, call in calls.items():
        if not subject.has(f"{role}()"):
            continue
        tests.append(function(f"test_OnlyRoleHolder_{role}() public", [
            f"bytes32 role = {var}.{role}();",
            *expect_revert_as("ALICE", call),
            "vm.prank(OWNER);", f"{var}.grantRole(role, ALICE);",
            "vm.prank(ALICE);", f"{call};",
            "vm.prank(OWNER);", f"{var}.revokeRole(role, ALICE);",
            *expect_revert_as("ALICE", call)]))
    return tests


def no_access_tests(subject: Subject, var: str) -> list[str]:
    """access none: the contract has neither an owner nor roles (nobody holds a privilege)."""
    if subject.option("access") != "none":
        return []
    return [function("test_NoOwnerNoRoles() public view", [
        f'(bool hasOwner,) = address({var}).staticcall(abi.encodeWithSignature("owner()"));',
        f'(bool hasRoles,) = address({var}).staticcall(abi.encodeWithSignature("hasRole(bytes32,address)", bytes32(0), OWNER));',
        'vm.assertFalse(hasOwner, "no owner()");', 'vm.assertFalse(hasRoles, "no roles");'])]


def clock_tests(subject: Subject, var: str) -> list[str]:
    """ERC-6372: clock() and CLOCK_MODE() say the clock the request chose, and checkpoints follow it."""
    if not subject.has("clock()", "CLOCK_MODE()"):
        return []
    timestamp = subject.option("clock") == "timestamp"
    now, mode = ("block.timestamp", "mode=timestamp") if timestamp else ("block.number", "mode=blocknumber&from=default")
    return [function("test_ClockMode() public", [
        "vm.roll(block.number + 5);", "vm.warp(block.timestamp + 1000);",
        f'vm.assertEq(uint256({var}.clock()), {now}, "clock");',
        f'vm.assertEq({var}.CLOCK_MODE(), "{mode}", "CLOCK_MODE");'])]
