"""Escrow: the buyer deposits, the arbiter (or buyer / seller when enabled) releases to the seller or
refunds the buyer, once; after a deadline the buyer may reclaim; with a price, deposits never exceed it and only a
deposit that reached it is released. Roles are distinct actors here; the tests deposit AMOUNT, the price when the
escrow has one, else 1 ether."""

from __future__ import annotations

from agents.testing.generators.base import contract, expect_revert_as, function, requested_args_test, sol_file, views_test
from agents.testing.solidity import Sol
from agents.testing.subject import Subject

E = "escrow"
ROLES = ["ALICE", "BOB", "CAROL"]  # buyer, seller, arbiter


def _deploy(s: Subject, var: str, roles: list[str] | None = None, value: str | None = None) -> list[str]:
    args = s.args(values=[Sol(r) for r in roles or ROLES])
    value_part = f"{{value: {value}}}" if value else ""
    return [*(["vm.deal(OWNER, " + value + ");"] if value else []), "vm.prank(OWNER);",
            f"{var} = new {s.name}{value_part}({args.call});"]


def unit_tests(s: Subject) -> str:
    buyer_releases = bool(s.option("buyer_can_release", True))
    seller_refunds = bool(s.option("seller_can_refund", True))
    deadline = s.has("deadline()")
    priced = s.has("price()")
    members = [f"{s.name} internal {E};", "uint256 internal AMOUNT;",
               function("setUp() public", [*_deploy(s, E), f"AMOUNT = {E + '.price()' if priced else '1 ether'};",
                                           "vm.deal(ALICE, 100 ether + 2 * AMOUNT);",
                                           "vm.deal(address(this), 100 ether + 2 * AMOUNT);"]),
               function("_fund(uint256 value) internal", ["vm.prank(ALICE);", f"{E}.deposit{{value: value}}();"])]
    tests = [
        requested_args_test(s, E),
        function("test_Roles() public view", [
            f'vm.assertEq({E}.buyer(), ALICE, "buyer");', f'vm.assertEq(address({E}.seller()), BOB, "seller");',
            f'vm.assertEq({E}.arbiter(), CAROL, "arbiter");', f'vm.assertEq(uint256({E}.state()), 0, "awaiting deposit");']),
        function("test_Deposit() public", [
            "_fund(AMOUNT);", f'vm.assertEq({E}.amount(), AMOUNT, "amount");',
            f'vm.assertEq(uint256({E}.state()), 1, "funded");', f'vm.assertEq(address({E}).balance, AMOUNT, "held");',
            *(["vm.prank(ALICE);", "vm.expectRevert();", f"{E}.deposit{{value: 1}}();"] if priced else
              ["_fund(AMOUNT);", f'vm.assertEq({E}.amount(), 2 ether, "topped up");'])]),
        function("test_DeployFunded() public", [
            f"{s.name} funded;", *_deploy(s, "funded", value="AMOUNT"),
            'vm.assertEq(uint256(funded.state()), 1, "funded at deployment");', 'vm.assertEq(funded.amount(), AMOUNT, "amount");']),
        function("test_RevertWhen_DepositNotBuyer() public", [
            "vm.deal(STRANGER, 1 ether);", "vm.prank(STRANGER);", "vm.expectRevert();", f"{E}.deposit{{value: 1 ether}}();"]),
        function("test_RevertWhen_DepositZero() public", ["vm.prank(ALICE);", "vm.expectRevert();", f"{E}.deposit();"]),
        function("test_RevertWhen_ZeroAddressRole() public", [
            f"{s.name} bad;", "vm.expectRevert();", f"bad = new {s.name}(address(0), payable(BOB), CAROL);"]),
        function("test_ReleaseByArbiter() public", [
            "_fund(AMOUNT);", "uint256 before = BOB.balance;", "vm.prank(CAROL);", f"{E}.release();",
            'vm.assertEq(BOB.balance, before + AMOUNT, "seller paid");', f'vm.assertEq(uint256({E}.state()), 2, "released");',
            f'vm.assertEq({E}.amount(), 0, "nothing left");', f'vm.assertEq(address({E}).balance, 0, "emptied");']),
        function("test_RefundByArbiter() public", [
            "_fund(AMOUNT);", "uint256 before = ALICE.balance;", "vm.prank(CAROL);", f"{E}.refund();",
            'vm.assertEq(ALICE.balance, before + AMOUNT, "buyer refunded");', f'vm.assertEq(uint256({E}.state()), 3, "refunded");']),
        function("test_RevertWhen_ReleaseNotAuthorized() public", ["_fund(AMOUNT);", *expect_revert_as("STRANGER", f"{E}.release()")]),
        function("test_RevertWhen_RefundNotAuthorized() public", ["_fund(AMOUNT);", *expect_revert_as("STRANGER", f"{E}.refund()")]),
        function("test_RevertWhen_ReleaseTwice() public", [
            "_fund(AMOUNT);", "vm.prank(CAROL);", f"{E}.release();", *expect_revert_as("CAROL", f"{E}.release()")]),
        function("test_RevertWhen_RefundAfterRelease() public", [
            "_fund(AMOUNT);", "vm.prank(CAROL);", f"{E}.release();", *expect_revert_as("CAROL", f"{E}.refund()")]),
        function("test_RevertWhen_DepositAfterRelease() public", [
            "_fund(AMOUNT);", "vm.prank(CAROL);", f"{E}.release();",
            "vm.prank(ALICE);", "vm.expectRevert();", f"{E}.deposit{{value: 1 ether}}();"]),
        function("test_RevertWhen_ReleaseBeforeDeposit() public", expect_revert_as("CAROL", f"{E}.release()")),
        function("test_RevertWhen_SellerRejectsPayment() public", [
            f"{s.name} rejecting;", *_deploy(s, "rejecting", ["ALICE", "address(this)", "CAROL"]),
            "vm.prank(ALICE);", "rejecting.deposit{value: AMOUNT}();", *expect_revert_as("CAROL", "rejecting.release()")]),
        function("test_RevertWhen_BuyerRejectsRefund() public", [
            f"{s.name} rejecting;", *_deploy(s, "rejecting", ["address(this)", "BOB", "CAROL"]),
            "rejecting.deposit{value: AMOUNT}();", *expect_revert_as("CAROL", "rejecting.refund()")]),
        function("testFuzz_DepositThenRelease(uint256 value) public", [
            "value = bound(value, 1, 100 ether);", "_fund(value);", "uint256 before = BOB.balance;",
            "vm.prank(CAROL);", f"{E}.release();", 'vm.assertEq(BOB.balance, before + value, "seller paid the deposit");'])
        if not priced else
        function("testFuzz_RevertWhen_ReleaseBelowPrice(uint256 value) public", [
            "vm.assume(AMOUNT > 1);", "value = bound(value, 1, AMOUNT - 1);", "_fund(value);",
            *expect_revert_as("CAROL", f"{E}.release()"), "vm.prank(CAROL);", f"{E}.refund();",
            f'vm.assertEq(uint256({E}.state()), 3, "an underfunded deposit can still be refunded");']),
        function("testFuzz_RevertWhen_StrangerMovesFunds(address caller) public", [
            "vm.assume(caller != CAROL && caller != ALICE && caller != BOB);", "_fund(AMOUNT);",
            *expect_revert_as("caller", f"{E}.release()"), *expect_revert_as("caller", f"{E}.refund()")]),
    ]
    if priced:
        tests.append(function("test_RevertWhen_DepositAbovePrice() public", [
            "vm.prank(ALICE);", "vm.expectRevert();", f"{E}.deposit{{value: AMOUNT + 1}}();",
            f"{s.name} over;", "vm.deal(OWNER, AMOUNT + 1);", "vm.prank(OWNER);", "vm.expectRevert();",
            f"over = new {s.name}{{value: AMOUNT + 1}}({s.args(values=[Sol(r) for r in ROLES]).call});"]))
    if buyer_releases:
        tests.append(function("test_ReleaseByBuyer() public", [
            "_fund(AMOUNT);", "vm.prank(ALICE);", f"{E}.release();", f'vm.assertEq(uint256({E}.state()), 2, "released");']))
    else:
        tests.append(function("test_RevertWhen_BuyerReleases() public", ["_fund(AMOUNT);", *expect_revert_as("ALICE", f"{E}.release()")]))
    if seller_refunds:
        tests.append(function("test_RefundBySeller() public", [
            "_fund(AMOUNT);", "vm.prank(BOB);", f"{E}.refund();", f'vm.assertEq(uint256({E}.state()), 3, "refunded");']))
    else:
        tests.append(function("test_RevertWhen_SellerRefunds() public", ["_fund(AMOUNT);", *expect_revert_as("BOB", f"{E}.refund()")]))
    if deadline:
        tests += [
            function("test_BuyerReclaimsAfterDeadline() public", [
                "_fund(AMOUNT);", f"vm.warp({E}.deadline());", "vm.prank(ALICE);", f"{E}.refund();",
                f'vm.assertEq(uint256({E}.state()), 3, "refunded");']),
            function("test_RevertWhen_BuyerReclaimsBeforeDeadline() public", [
                "_fund(AMOUNT);", f"vm.warp({E}.deadline() - 1);", *expect_revert_as("ALICE", f"{E}.refund()")]),
        ]
    views = views_test(s, E)
    if views:
        tests.append(views)
    return sol_file(s, [contract(f"{s.name}Test", members + tests)])


def invariant_tests(s: Subject) -> str:
    """Balance equals amount while funded and 0 after; deposits = paid to seller + refunded + held;
    funds move once: released and refunded never both."""
    handler = contract(f"{s.name}Handler", [
        f"{s.name} internal {E};", "uint256 public deposited;", "uint256 public toSeller;", "uint256 public toBuyer;",
        "uint256 public settlements;",
        function(f"constructor({s.name} {E}_)", [f"{E} = {E}_;"]),
        function("deposit(uint256 value) external", [
            *([f"if ({E}.amount() >= {E}.price()) return;", f"value = bound(value, 1, {E}.price() - {E}.amount());"]
              if s.has("price()") else ["value = bound(value, 1, 10 ether);"]), "vm.deal(ALICE, value);", "vm.prank(ALICE);",
            f"{E}.deposit{{value: value}}();", "deposited += value;"]),
        function("release(uint256 callerSeed) external", [
            "address caller = [ALICE, BOB, CAROL, STRANGER][callerSeed % 4];", "uint256 before = BOB.balance;",
            "vm.prank(caller);", f"{E}.release();", "toSeller += BOB.balance - before;", "settlements++;"]),
        function("refund(uint256 callerSeed) external", [
            "address caller = [ALICE, BOB, CAROL, STRANGER][callerSeed % 4];", "uint256 before = ALICE.balance;",
            "vm.prank(caller);", f"{E}.refund();", "toBuyer += ALICE.balance - before;", "settlements++;"]),
        *([function("warp(uint256 secondsAhead) external", [
            "vm.warp(block.timestamp + bound(secondsAhead, 0, 60 days));"])] if s.has("deadline()") else []),
    ])
    suite = contract(f"{s.name}Invariants", [
        f"{s.name} internal {E};", f"{s.name}Handler internal handler;",
        function("setUp() public", [*_deploy(s, E), f"handler = new {s.name}Handler({E});"]),
        function("targetContracts() public view returns (address[] memory targets)", [
            "targets = new address[](1);", "targets[0] = address(handler);"]),
        function("invariant_BalanceMatchesState() public view", [
            f"uint256 state = uint256({E}.state());",
            f'if (state == 1) vm.assertEq(address({E}).balance, {E}.amount(), "held = amount while funded");',
            f'else vm.assertEq(address({E}).balance, 0, "nothing held unless funded");']),
        function("invariant_FundsAccountedFor() public view", [
            f'vm.assertEq(handler.deposited(), handler.toSeller() + handler.toBuyer() + address({E}).balance, "deposits accounted");']),
        function("invariant_SettlesOnce() public view", [
            'vm.assertLe(handler.settlements(), 1, "released or refunded at most once");',
            'vm.assertTrue(handler.toSeller() == 0 || handler.toBuyer() == 0, "never both paid");']),
    ])
    return sol_file(s, [handler, suite])
