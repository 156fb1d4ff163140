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
    views = subject.zero_arg_views()
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
