"""Crowdsale: buy at RATE tokens per wei while open and under the hard cap; proceeds go to the wallet;
the owner recovers unsold tokens after the close. Wallet is 0xFEE, owner OWNER, buyers the actors."""

from __future__ import annotations

from agents.testing.generators.base import (TEST_TOKEN, TEST_TOKEN_IMPORT, contract, expect_revert_as, function,
                                            ownership_tests, requested_args_test, sol_file, views_test)
from agents.testing.generators.staking import IERC20_IMPORT
from agents.testing.solidity import Sol, constructor_inputs
from agents.testing.subject import Subject

C = "sale"
WALLET_DECL = "address internal constant WALLET = address(0xFEE);"


def _values(s: Subject, wallet: str = "WALLET") -> list[Sol]:
    values = []
    for p in constructor_inputs(s.abi):
        name = (p.get("name") or "").lower()
        values.append(Sol("address(testToken)") if "token" in name else Sol(wallet) if "wallet" in name else Sol("OWNER"))
    return values


def existing_token(s: Subject) -> bool:
    return any("token" in (p.get("name") or "").lower() for p in constructor_inputs(s.abi))


def setup_lines(s: Subject, var: str = C, wallet: str = "WALLET") -> list[str]:
    lines = ["vm.prank(OWNER);", f"{var} = new {s.name}({s.args(values=_values(s, wallet)).call});"]
    if existing_token(s):
        lines.append(f"testToken.mint(address({var}), {var}.HARD_CAP() * {var}.RATE());")
    return lines


def unit_tests(s: Subject) -> str:
    minimum = s.has("MIN_CONTRIBUTION()")
    members = [WALLET_DECL, f"{s.name} internal {C};", "IERC20 internal token;", "TestToken internal testToken;",
               function("setUp() public", ["testToken = new TestToken();", *setup_lines(s), f"token = {C}.token();",
                                           "vm.deal(ALICE, 1000 ether);", "vm.deal(BOB, 1000 ether);"]),
               function("_buy(address who, uint256 value) internal", ["vm.prank(who);", f"{C}.buyTokens{{value: value}}(who);"])]
    small = f"{C}.MIN_CONTRIBUTION()" if minimum else "1 ether"
    tests = [
        *([requested_args_test(s, C)] if not existing_token(s) else []),
        function("test_Config() public view", [
            f'vm.assertEq(address({C}.wallet()), WALLET, "wallet");', f'vm.assertEq({C}.owner(), OWNER, "owner");',
            f'vm.assertTrue({C}.isOpen(), "open at deployment");', f'vm.assertGt({C}.closingTime(), {C}.openingTime(), "has a window");',
            f'vm.assertGe(token.balanceOf(address({C})), {C}.HARD_CAP() * {C}.RATE(), "funded for the whole cap");']),
        function("test_BuyTokens() public", [
            f"uint256 value = {small};", "_buy(ALICE, value);",
            f'vm.assertEq(token.balanceOf(ALICE), value * {C}.RATE(), "tokens at the rate");',
            f'vm.assertEq({C}.weiRaised(), value, "raised");', f'vm.assertEq({C}.contributions(ALICE), value, "contribution");']),
        function("test_BuyForAnotherBeneficiary() public", [
            f"uint256 value = {small};", "vm.prank(ALICE);", f"{C}.buyTokens{{value: value}}(BOB);",
            f'vm.assertEq(token.balanceOf(BOB), value * {C}.RATE(), "beneficiary gets tokens");',
            f'vm.assertEq({C}.contributions(BOB), value, "credited to the beneficiary");']),
        function("test_BuyByPlainTransfer() public", [
            f"uint256 value = {small};", "vm.prank(ALICE);", f"(bool ok,) = address({C}).call{{value: value}}(\"\");",
            'vm.assertTrue(ok, "receive buys");', f'vm.assertEq(token.balanceOf(ALICE), value * {C}.RATE(), "tokens");']),
        function("test_RevertWhen_ZeroPurchase() public", ["vm.prank(ALICE);", "vm.expectRevert();", f"{C}.buyTokens{{value: 0}}(ALICE);"]),
        function("test_RevertWhen_ZeroBeneficiary() public", [
            f"uint256 value = {small};", "vm.prank(ALICE);", "vm.expectRevert();", f"{C}.buyTokens{{value: value}}(address(0));"]),
        function("test_RevertWhen_HardCapExceeded() public", [
            f"uint256 cap = {C}.HARD_CAP();", "vm.deal(ALICE, cap + 1);", "vm.prank(ALICE);", "vm.expectRevert();",
            f"{C}.buyTokens{{value: cap + 1}}(ALICE);"]),
        function("test_ClosesAtHardCap() public", [
            f"uint256 cap = {C}.HARD_CAP();", "vm.deal(ALICE, cap);", "_buy(ALICE, cap);", f'vm.assertFalse({C}.isOpen(), "closed at cap");',
            f"uint256 value = {small};", "vm.prank(BOB);", "vm.expectRevert();", f"{C}.buyTokens{{value: value}}(BOB);"]),
        function("test_RevertWhen_BuyAfterClose() public", [
            f"vm.warp({C}.closingTime());", f'vm.assertFalse({C}.isOpen(), "closed");',
            f"uint256 value = {small};", "vm.prank(ALICE);", "vm.expectRevert();", f"{C}.buyTokens{{value: value}}(ALICE);"]),
        function("test_WithdrawFundsGoesToWallet() public", [
            f"uint256 value = {small};", "_buy(ALICE, value);", "uint256 before = WALLET.balance;",
            "vm.prank(STRANGER);", f"{C}.withdrawFunds();", 'vm.assertEq(WALLET.balance, before + value, "to the wallet");',
            'vm.assertEq(STRANGER.balance, 0, "caller gets nothing");']),
        function("test_RevertWhen_WalletRejectsFunds() public", [
            f"{s.name} rejecting;", *setup_lines(s, "rejecting", "address(this)"), f"uint256 value = {small};",
            "vm.prank(ALICE);", "rejecting.buyTokens{value: value}(ALICE);", "vm.expectRevert();", "rejecting.withdrawFunds();"]),
        function("test_RevertWhen_ZeroWallet() public", [
            f"{s.name} bad;", "vm.expectRevert();", *setup_lines(s, "bad", "address(0)")[1:2]]),
        function("test_RecoverUnsoldAfterClose() public", [
            f"uint256 value = {small};", "_buy(ALICE, value);", f"uint256 left = token.balanceOf(address({C}));",
            f"vm.warp({C}.closingTime());", "vm.prank(OWNER);", f"{C}.recoverUnsold(BOB);",
            'vm.assertEq(token.balanceOf(BOB), left, "unsold recovered");']),
        function("test_RevertWhen_RecoverWhileOpen() public", expect_revert_as("OWNER", f"{C}.recoverUnsold(BOB)")),
        function("test_RevertWhen_RecoverNotOwner() public", [f"vm.warp({C}.closingTime());", *expect_revert_as("STRANGER", f"{C}.recoverUnsold(STRANGER)")]),
        function("testFuzz_BuyDeliversAtRate(uint256 value) public", [
            f"value = bound(value, {small}, {C}.HARD_CAP());", "vm.deal(BOB, value);", "_buy(BOB, value);",
            f'vm.assertEq(token.balanceOf(BOB), value * {C}.RATE(), "exactly value x RATE");',
            f'vm.assertEq(address({C}).balance, value, "ETH held");']),
    ]
    if minimum:
        tests.append(function("test_RevertWhen_BelowMinimum() public", [
            f"uint256 value = {C}.MIN_CONTRIBUTION() - 1;", "vm.prank(ALICE);", "vm.expectRevert();", f"{C}.buyTokens{{value: value}}(ALICE);"]))
    if existing_token(s):
        tests.append(function("test_RevertWhen_NotEnoughTokens() public", [
            f"{s.name} empty;", "vm.prank(OWNER);", f"empty = new {s.name}({s.args(values=_values(s)).call});",
            f"uint256 value = {small};", "vm.prank(ALICE);", "vm.expectRevert();", f"empty.buyTokens{{value: value}}(ALICE);"]))
    tests += ownership_tests(s, C)
    views = views_test(s, C)
    if views:
        tests.append(views)
    return sol_file(s, [TEST_TOKEN, contract(f"{s.name}Test", members + tests)], [TEST_TOKEN_IMPORT, IERC20_IMPORT])


def invariant_tests(s: Subject) -> str:
    """weiRaised <= HARD_CAP and = sum of contributions; each purchase delivers value x RATE; nothing
    sells after the close; ETH leaves only to the wallet."""
    minimum = s.has("MIN_CONTRIBUTION()")
    handler = contract(f"{s.name}Handler", [
        f"{s.name} internal {C};", "IERC20 internal token;", "bool public wrongAmount;", "bool public soldWhenClosed;",
        function(f"constructor({s.name} {C}_)", [f"{C} = {C}_;", f"token = {C}.token();"]),
        function("buy(uint256 seed, uint256 value) external", [
            "address who = actor(seed);", f"value = bound(value, {C + '.MIN_CONTRIBUTION()' if minimum else '1'}, 30 ether);",
            f"bool open = {C}.isOpen();", "vm.deal(who, value);", "uint256 before = token.balanceOf(who);",
            "vm.prank(who);", f"{C}.buyTokens{{value: value}}(who);",
            f"if (token.balanceOf(who) - before != value * {C}.RATE()) wrongAmount = true;", "if (!open) soldWhenClosed = true;"]),
        function("withdraw() external", [f"{C}.withdrawFunds();"]),
        function("warp(uint256 secondsAhead) external", ["vm.warp(block.timestamp + bound(secondsAhead, 0, 10 days));"]),
    ])
    suite = contract(f"{s.name}Invariants", [
        WALLET_DECL, f"{s.name} internal {C};", "TestToken internal testToken;", f"{s.name}Handler internal handler;",
        function("setUp() public", ["testToken = new TestToken();", *setup_lines(s), f"handler = new {s.name}Handler({C});"]),
        function("targetContracts() public view returns (address[] memory targets)", [
            "targets = new address[](1);", "targets[0] = address(handler);"]),
        function("invariant_RaisedWithinCapAndAccounted() public view", [
            f'vm.assertLe({C}.weiRaised(), {C}.HARD_CAP(), "within the hard cap");',
            f"uint256 sum = {C}.contributions(ALICE) + {C}.contributions(BOB) + {C}.contributions(CAROL);",
            f'vm.assertEq({C}.weiRaised(), sum, "raised = sum of contributions");']),
        function("invariant_DeliversAtRateOnlyWhileOpen() public view", [
            'vm.assertFalse(handler.wrongAmount(), "a purchase delivered the wrong amount");',
            'vm.assertFalse(handler.soldWhenClosed(), "a purchase succeeded while closed");']),
        function("invariant_ETHGoesOnlyToTheWallet() public view", [
            f'vm.assertEq(address({C}).balance + WALLET.balance, {C}.weiRaised(), "raised = held + sent to the wallet");']),
    ])
    return sol_file(s, [TEST_TOKEN, handler, suite], [TEST_TOKEN_IMPORT, IERC20_IMPORT])
