"""Payment splitter: ETH (and ERC20) received is released to payees pro rata to fixed shares, each
payee pulling what is due. Tested with payees ALICE/BOB/CAROL at 50/30/20."""

from __future__ import annotations

from agents.testing.generators.base import (TEST_TOKEN, TEST_TOKEN_IMPORT, contract, expect_revert_as, function,
                                            requested_args_test, sol_file, views_test)
from agents.testing.generators.staking import IERC20_IMPORT
from agents.testing.subject import Subject

P = "splitter"


def _deploy(s: Subject, var: str, payees: list[str], shares: list[str]) -> list[str]:
    return [f"address[] memory payees = new address[]({len(payees)});", *(f"payees[{i}] = {p};" for i, p in enumerate(payees)),
            f"uint256[] memory shares = new uint256[]({len(shares)});", *(f"shares[{i}] = {v};" for i, v in enumerate(shares)),
            "vm.prank(OWNER);", f"{var} = new {s.name}(payees, shares);"]


def unit_tests(s: Subject) -> str:
    erc20 = s.has("release(address,address)", "releasable(address,address)")
    members = [f"{s.name} internal {P};", "TestToken internal token;",
               function("setUp() public", [*_deploy(s, P, ["ALICE", "BOB", "CAROL"], ["50", "30", "20"]), "token = new TestToken();",
                                           "vm.deal(address(this), 1000 ether);"]),
               function("_pay(uint256 amount) internal", [f"(bool ok,) = address({P}).call{{value: amount}}(\"\");", 'require(ok, "pay");'])]
    tests = [
        requested_args_test(s, P), *stated_shares_test(s),
        function("test_Payees() public view", [
            f'vm.assertEq({P}.payeeCount(), 3, "payees");', f'vm.assertEq({P}.payee(1), BOB, "order kept");',
            f'vm.assertEq({P}.totalShares(), 100, "shares");', f'vm.assertEq({P}.shares(CAROL), 20, "CAROL shares");']),
        function("test_ReleaseProRata() public", [
            "_pay(10 ether);", f'vm.assertEq({P}.releasable(ALICE), 5 ether, "half to ALICE");',
            "vm.prank(STRANGER);", f"{P}.release(payable(ALICE));", "vm.prank(STRANGER);", f"{P}.release(payable(BOB));",
            'vm.assertEq(ALICE.balance, 5 ether, "ALICE paid");', 'vm.assertEq(BOB.balance, 3 ether, "BOB paid");',
            f'vm.assertEq({P}.totalReleased(), 8 ether, "total released");', f'vm.assertEq({P}.released(BOB), 3 ether, "BOB released");',
            "_pay(10 ether);", f"{P}.release(payable(CAROL));", 'vm.assertEq(CAROL.balance, 4 ether, "CAROL paid on all received");']),
        function("test_RevertWhen_NothingDue() public", ["_pay(1 ether);", f"{P}.release(payable(ALICE));",
                                                         "vm.expectRevert();", f"{P}.release(payable(ALICE));"]),
        function("test_RevertWhen_NotAPayee() public", ["_pay(1 ether);", "vm.expectRevert();", f"{P}.release(payable(STRANGER));"]),
        function("test_RevertWhen_BadConstructorArguments() public", [
            "address[] memory none = new address[](0);", "uint256[] memory noShares = new uint256[](0);",
            "vm.expectRevert();", f"new {s.name}(none, noShares);",
            "address[] memory two = new address[](2);", "two[0] = ALICE;", "two[1] = ALICE;",
            "uint256[] memory twoShares = new uint256[](2);", "twoShares[0] = 1;", "twoShares[1] = 1;",
            "vm.expectRevert();", f"new {s.name}(two, twoShares);",
            "uint256[] memory oneShare = new uint256[](1);", "oneShare[0] = 1;", "vm.expectRevert();", f"new {s.name}(two, oneShare);",
            "two[1] = BOB;", "twoShares[1] = 0;", "vm.expectRevert();", f"new {s.name}(two, twoShares);",
            "two[1] = address(0);", "twoShares[1] = 1;", "vm.expectRevert();", f"new {s.name}(two, twoShares);"]),
        function("testFuzz_ReleasedNeverExceedsShare(uint256 first, uint256 second) public", [
            "first = bound(first, 1, 100 ether);", "second = bound(second, 0, 100 ether);", "_pay(first);",
            f"if ({P}.releasable(BOB) > 0) {P}.release(payable(BOB));", "_pay(second);",
            f"if ({P}.releasable(BOB) > 0) {P}.release(payable(BOB));",
            'vm.assertLe(BOB.balance, (first + second) * 30 / 100, "within the share");',
            'vm.assertGe(BOB.balance + 1, (first + second) * 30 / 100, "the share, up to rounding");']),
    ]
    if erc20:
        tests += [
            function("test_ReleaseToken() public", [
                f"token.mint(address({P}), 1000 ether);", f"IERC20 t = IERC20(address(token));",
                f'vm.assertEq({P}.releasable(t, ALICE), 500 ether, "half");', f"{P}.release(t, ALICE);", f"{P}.release(t, CAROL);",
                'vm.assertEq(token.balanceOf(ALICE), 500 ether, "ALICE tokens");', 'vm.assertEq(token.balanceOf(CAROL), 200 ether, "CAROL tokens");',
                f'vm.assertEq({P}.totalReleasedToken(t), 700 ether, "total");', f'vm.assertEq({P}.releasedToken(t, ALICE), 500 ether, "ALICE");',
                "vm.expectRevert();", f"{P}.release(t, ALICE);", "vm.expectRevert();", f"{P}.release(t, STRANGER);"]),
        ]
    views = views_test(s, P)
    if views:
        tests.append(views)
    return sol_file(s, [TEST_TOKEN, contract(f"{s.name}Test", members + tests)], [TEST_TOKEN_IMPORT, IERC20_IMPORT])


def invariant_tests(s: Subject) -> str:
    """released[a] <= received x share; sum released = totalReleased; ETH leaves only to payees."""
    handler = contract(f"{s.name}Handler", [
        f"{s.name} internal {P};", "uint256 public received;",
        function(f"constructor({s.name} {P}_)", [f"{P} = {P}_;"]),
        function("pay(uint256 amount) external", [
            "amount = bound(amount, 0, 100 ether);", "vm.deal(address(this), amount);",
            f"(bool ok,) = address({P}).call{{value: amount}}(\"\");", 'require(ok, "pay");', "received += amount;"]),
        function("release(uint256 seed, uint256 callerSeed) external", [
            "vm.prank([ALICE, BOB, CAROL, STRANGER][callerSeed % 4]);", f"{P}.release(payable([ALICE, BOB, CAROL, STRANGER][seed % 4]));"]),
    ])
    suite = contract(f"{s.name}Invariants", [
        f"{s.name} internal {P};", f"{s.name}Handler internal handler;",
        function("setUp() public", [*_deploy(s, P, ["ALICE", "BOB", "CAROL"], ["50", "30", "20"]), f"handler = new {s.name}Handler({P});"]),
        function("targetContracts() public view returns (address[] memory targets)", [
            "targets = new address[](1);", "targets[0] = address(handler);"]),
        function("invariant_ReleasedWithinShares() public view", [
            f'vm.assertLe({P}.released(ALICE), handler.received() * 50 / 100, "ALICE within share");',
            f'vm.assertLe({P}.released(BOB), handler.received() * 30 / 100, "BOB within share");',
            f'vm.assertLe({P}.released(CAROL), handler.received() * 20 / 100, "CAROL within share");']),
        function("invariant_ReleasedAddsUp() public view", [
            f'vm.assertEq({P}.released(ALICE) + {P}.released(BOB) + {P}.released(CAROL), {P}.totalReleased(), "sum = totalReleased");',
            f'vm.assertEq({P}.totalShares(), 100, "shares fixed");']),
        function("invariant_ETHOnlyToPayees() public view", [
            f'vm.assertEq(address({P}).balance + {P}.totalReleased(), handler.received(), "held + released = received");',
            f'vm.assertEq(ALICE.balance + BOB.balance + CAROL.balance, {P}.totalReleased(), "paid only to payees");',
            'vm.assertEq(STRANGER.balance, 0, "nothing to others");']),
    ])
    return sol_file(s, [handler, suite])


def stated_shares_test(s: Subject) -> list[str]:
    """The splitter deployed with the request's payees and shares pays each exactly its stated part."""
    args = list(s.draft.constructor_args)
    if len(args) != 2 or not isinstance(args[0], list) or not isinstance(args[1], list) or len(args[0]) != len(args[1]):
        return []
    payees, shares = args
    total = sum(int(x) for x in shares)
    lines = [f"{s.name} requested;", *s.deploy_lines("requested"), "vm.deal(address(this), 1 ether);",
             '(bool ok,) = address(requested).call{value: 1 ether}("");', 'require(ok, "pay");']
    for index, share in enumerate(shares):
        lines.append(f'vm.assertEq(requested.releasable(requested.payee({index})), 1 ether * {int(share)} / {total}, '
                     f'"payee {index} gets {int(share)}/{total}");')
    lines.append(f'vm.assertEq(requested.totalShares(), {total}, "total shares");')
    return [function("test_SplitsInTheRequestedShares() public", lines)]
