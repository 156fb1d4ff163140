"""Merkle airdrop: accounts claim their leaf's amount once with a proof (OpenZeppelin leaf format,
sorted-pair hashing); the root is set until the first claim; an optional deadline ends claims."""

from __future__ import annotations

from agents.testing.generators.base import (TEST_TOKEN, TEST_TOKEN_IMPORT, contract, expect_revert_as, function,
                                            ownership_tests, requested_args_test, sol_file, views_test)
from agents.testing.generators.staking import IERC20_IMPORT
from agents.testing.solidity import Sol, constructor_inputs
from agents.testing.subject import Subject

A = "drop"
TREE = """/// A four-leaf Merkle tree in the OpenZeppelin format: (ALICE 100, BOB 200, CAROL 300, DAVE 400) tokens.
abstract contract Tree {
    address internal constant DAVE = address(0xDA7E);

    function leaf(address account, uint256 amount) internal pure returns (bytes32) {
        return keccak256(bytes.concat(keccak256(abi.encode(account, amount))));
    }

    function pair(bytes32 a, bytes32 b) internal pure returns (bytes32) {
        return a < b ? keccak256(abi.encode(a, b)) : keccak256(abi.encode(b, a));
    }

    function entry(uint256 i) internal pure returns (address account, uint256 amount) {
        address[4] memory accounts = [address(0xA11CE0), address(0xB0B), address(0xCA401), DAVE];
        return (accounts[i % 4], (i % 4 + 1) * 100 ether);
    }

    function leaves() internal pure returns (bytes32[4] memory l) {
        for (uint256 i = 0; i < 4; i++) {
            (address account, uint256 amount) = entry(i);
            l[i] = leaf(account, amount);
        }
    }

    function root() internal pure returns (bytes32) {
        bytes32[4] memory l = leaves();
        return pair(pair(l[0], l[1]), pair(l[2], l[3]));
    }

    function proof(uint256 i) internal pure returns (bytes32[] memory p) {
        bytes32[4] memory l = leaves();
        p = new bytes32[](2);
        p[0] = l[i ^ 1];
        p[1] = i < 2 ? pair(l[2], l[3]) : pair(l[0], l[1]);
    }
}"""


def _values(s: Subject, root: str = "bytes32(0)") -> list[Sol]:
    values = []
    for p in constructor_inputs(s.abi):
        name = (p.get("name") or "").lower()
        values.append(Sol("address(testToken)") if "token" in name else Sol(root) if p["type"] == "bytes32" else Sol("OWNER"))
    return values


def existing_token(s: Subject) -> bool:
    return any("token" in (p.get("name") or "").lower() for p in constructor_inputs(s.abi))


def setup_lines(s: Subject) -> list[str]:
    lines = ["testToken = new TestToken();", "vm.prank(OWNER);", f"{A} = new {s.name}({s.args(values=_values(s)).call});"]
    if existing_token(s):
        lines.append(f"testToken.mint(address({A}), 1_000_000 ether);")
    return lines + [f"token = {A}.token();", "vm.prank(OWNER);", f"{A}.setMerkleRoot(root());"]


def unit_tests(s: Subject) -> str:
    deadline = s.has("claimDeadline()")
    members = [f"{s.name} internal {A};", "IERC20 internal token;", "TestToken internal testToken;",
               function("setUp() public", setup_lines(s)),
               function("_claim(uint256 i) internal", ["(address account, uint256 amount) = entry(i);",
                                                       f"{A}.claim(account, amount, proof(i));"])]
    tests = [
        *([requested_args_test(s, A)] if not existing_token(s) else []),
        function("test_Root() public view", [f'vm.assertEq({A}.merkleRoot(), root(), "root set");',
                                             f'vm.assertGe(token.balanceOf(address({A})), 1000 ether, "funded");']),
        function("test_Claim() public", [
            "_claim(1);", 'vm.assertEq(token.balanceOf(BOB), 200 ether, "paid the leaf amount");',
            f'vm.assertTrue({A}.hasClaimed(BOB), "marked");', f'vm.assertEq({A}.totalClaimed(), 200 ether, "total");']),
        function("test_AnyoneMayClaimForAnAccount() public", [
            "vm.prank(STRANGER);", "_claim(0);", 'vm.assertEq(token.balanceOf(ALICE), 100 ether, "paid to the account");',
            'vm.assertEq(token.balanceOf(STRANGER), 0, "not to the caller");']),
        function("test_AllLeavesClaim() public", [
            "for (uint256 i = 0; i < 4; i++) _claim(i);", f'vm.assertEq({A}.totalClaimed(), 1000 ether, "all claimed");']),
        function("test_RevertWhen_ClaimTwice() public", ["_claim(2);", "vm.expectRevert();", "_claim(2);"]),
        function("test_RevertWhen_WrongAmount() public", [
            "bytes32[] memory p = proof(0);", "vm.expectRevert();", f"{A}.claim(ALICE, 101 ether, p);"]),
        function("test_RevertWhen_WrongAccount() public", [
            "bytes32[] memory p = proof(0);", "vm.expectRevert();", f"{A}.claim(STRANGER, 100 ether, p);"]),
        function("test_RevertWhen_RootNotSet() public", [
            f"{s.name} unset;", "vm.prank(OWNER);", f"unset = new {s.name}({s.args(values=_values(s)).call});",
            "bytes32[] memory p = proof(0);", "vm.expectRevert();", "unset.claim(ALICE, 100 ether, p);"]),
        function("test_SetMerkleRootBeforeClaims() public", [
            "vm.prank(OWNER);", f'{A}.setMerkleRoot(bytes32(uint256(1)));', f'vm.assertEq({A}.merkleRoot(), bytes32(uint256(1)), "changed");']),
        function("test_RevertWhen_RootChangedAfterClaim() public", ["_claim(0);", *expect_revert_as("OWNER", f"{A}.setMerkleRoot(bytes32(0))")]),
        function("test_RevertWhen_SetRootNotOwner() public", expect_revert_as("STRANGER", f"{A}.setMerkleRoot(bytes32(0))")),
        function("testFuzz_RevertWhen_ForgedClaim(address account, uint256 amount) public", [
            "for (uint256 i = 0; i < 4; i++) { (address a, uint256 m) = entry(i); vm.assume(!(a == account && m == amount)); }",
            "bytes32[] memory p = proof(0);", "vm.expectRevert();", f"{A}.claim(account, amount, p);"]),
        function("testFuzz_ClaimAnyLeaf(uint256 i) public", [
            "i = bound(i, 0, 3);", "(address account, uint256 amount) = entry(i);", "_claim(i);",
            'vm.assertEq(token.balanceOf(account), amount, "paid");']),
    ]
    if deadline:
        tests += [
            function("test_RevertWhen_ClaimAfterDeadline() public", [f"vm.warp({A}.claimDeadline());", "vm.expectRevert();", "_claim(0);"]),
            function("test_RecoverUnclaimedAfterDeadline() public", [
                "_claim(0);", f"uint256 left = token.balanceOf(address({A}));", f"vm.warp({A}.claimDeadline());",
                "vm.prank(OWNER);", f"{A}.recoverUnclaimed(CAROL);", 'vm.assertEq(token.balanceOf(CAROL), left, "recovered");']),
            function("test_RevertWhen_RecoverDuringClaims() public", expect_revert_as("OWNER", f"{A}.recoverUnclaimed(OWNER)")),
            function("test_RevertWhen_RecoverNotOwner() public", [f"vm.warp({A}.claimDeadline());",
                                                                  *expect_revert_as("STRANGER", f"{A}.recoverUnclaimed(STRANGER)")]),
        ]
    tests += ownership_tests(s, A)
    views = views_test(s, A)
    if views:
        tests.append(views)
    return sol_file(s, [TEST_TOKEN, TREE, contract(f"{s.name}Test", members + tests, "TestBase, Tree")],
                    [TEST_TOKEN_IMPORT, IERC20_IMPORT])


def invariant_tests(s: Subject) -> str:
    """Each account is paid its leaf amount at most once; totalClaimed is what was paid; the root is
    fixed after the first claim."""
    handler = contract(f"{s.name}Handler", [
        f"{s.name} internal {A};", "IERC20 internal token;", "uint256 public paid;", "bool public rootMovedAfterClaim;",
        function(f"constructor({s.name} {A}_)", [f"{A} = {A}_;", f"token = {A}.token();"]),
        function("claim(uint256 i) external", [
            "(address account, uint256 amount) = entry(i);", "uint256 before = token.balanceOf(account);",
            f"{A}.claim(account, amount, proof(i % 4));", "paid += token.balanceOf(account) - before;"]),
        function("forge(uint256 i, uint256 amount) external", [
            "(address account,) = entry(i);", "uint256 before = token.balanceOf(account);",
            f"{A}.claim(account, bound(amount, 0, 1000 ether), proof(i % 4));",
            "paid += token.balanceOf(account) - before;"]),
        function("moveRoot(bytes32 newRoot) external", [
            f"bool claimed = {A}.totalClaimed() > 0;", "vm.prank(OWNER);",
            f"try {A}.setMerkleRoot(newRoot) {{ if (claimed) rootMovedAfterClaim = true; }} catch {{}}",
            f"if (!claimed) {{ vm.prank(OWNER); {A}.setMerkleRoot(root()); }}"]),
    ], "TestBase, Tree")
    suite = contract(f"{s.name}Invariants", [
        f"{s.name} internal {A};", "IERC20 internal token;", "TestToken internal testToken;", f"{s.name}Handler internal handler;",
        function("setUp() public", [*setup_lines(s), f"handler = new {s.name}Handler({A});"]),
        function("targetContracts() public view returns (address[] memory targets)", [
            "targets = new address[](1);", "targets[0] = address(handler);"]),
        function("invariant_PaidAtMostOncePerLeaf() public view", [
            "for (uint256 i = 0; i < 4; i++) {", "    (address account, uint256 amount) = entry(i);",
            f'    vm.assertEq(token.balanceOf(account), {A}.hasClaimed(account) ? amount : 0, "paid the leaf amount once");', "}"]),
        function("invariant_TotalClaimedIsWhatWasPaid() public view", [
            f'vm.assertEq({A}.totalClaimed(), handler.paid(), "totalClaimed = paid");',
            f'vm.assertLe({A}.totalClaimed(), 1000 ether, "never more than the tree");']),
        function("invariant_RootFixedAfterFirstClaim() public view", [
            'vm.assertFalse(handler.rootMovedAfterClaim(), "the root moved after a claim");']),
    ], "TestBase, Tree")
    return sol_file(s, [TEST_TOKEN, TREE, handler, suite], [TEST_TOKEN_IMPORT, IERC20_IMPORT])
