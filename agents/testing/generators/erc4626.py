"""ERC-4626 vault over a test asset the suite deploys (the request's asset address is replaced by it):
deposit/mint/withdraw/redeem move assets and shares at the vault's rate, previews match the actions,
rounding never favours the user, donated assets raise the share price for every holder, the deposit cap
holds; invariants: the vault holds what its shares claim."""

from __future__ import annotations

from agents.testing.generators.base import (TEST_TOKEN, TEST_TOKEN_IMPORT, contract, expect_revert_as, function,
                                            requested_args_test, sol_file, views_test)
from agents.testing.solidity import Sol, string_literal
from agents.testing.subject import Subject

V = "vault"


def deploy_lines(s: Subject, var: str = V) -> list[str]:
    return ["asset = new TestToken();", *s.deploy_lines(var, values=[Sol("address(asset)")])]


def _fund(who: str, amount: str) -> list[str]:
    return [f"asset.mint({who}, {amount});", f"vm.prank({who});", f"asset.approve(address({V}), type(uint256).max);"]


def unit_tests(s: Subject) -> str:
    spec = s.draft.spec
    capped = s.has("depositCap()")
    members = [f"{s.name} internal {V};", "TestToken internal asset;",
               function("setUp() public", [*deploy_lines(s), *_fund("ALICE", "1_000 ether"), *_fund("BOB", "1_000 ether")])]
    tests = [
        requested_args_test(s, V),
        function("test_Asset() public view", [
            f'vm.assertEq({V}.asset(), address(asset), "the asset");',
            f'vm.assertEq(uint256({V}.decimals()), 18 + {s.option("decimals_offset", 0) or 0}, "share decimals");',
            f'vm.assertEq({V}.totalAssets(), 0, "empty");']),
        function("test_DepositMintsSharesAtTheRate() public", [
            f"uint256 expected = {V}.previewDeposit(100 ether);",
            "vm.prank(ALICE);", f"uint256 shares = {V}.deposit(100 ether, ALICE);",
            'vm.assertEq(shares, expected, "preview = action");',
            f'vm.assertEq({V}.balanceOf(ALICE), shares, "shares to the receiver");',
            f'vm.assertEq({V}.totalAssets(), 100 ether, "assets held");',
            f'vm.assertEq(asset.balanceOf(address({V})), 100 ether, "asset moved in");',
            f'vm.assertEq({V}.convertToAssets(shares), 100 ether, "shares are worth the deposit");']),
        function("test_MintTakesTheAssetsItPreviews() public", [
            f"uint256 shares = {V}.previewDeposit(50 ether);", f"uint256 cost = {V}.previewMint(shares);",
            "uint256 before = asset.balanceOf(BOB);", "vm.prank(BOB);", f"uint256 paid = {V}.mint(shares, BOB);",
            'vm.assertEq(paid, cost, "preview = action");', 'vm.assertEq(before - asset.balanceOf(BOB), paid, "assets taken");',
            f'vm.assertEq({V}.balanceOf(BOB), shares, "shares minted");']),
        function("test_WithdrawAndRedeemReturnTheAssets() public", [
            "vm.prank(ALICE);", f"{V}.deposit(100 ether, ALICE);",
            f"uint256 burnt = {V}.previewWithdraw(40 ether);",
            "vm.prank(ALICE);", f"uint256 used = {V}.withdraw(40 ether, CAROL, ALICE);",
            'vm.assertEq(used, burnt, "preview = action");', 'vm.assertEq(asset.balanceOf(CAROL), 40 ether, "assets to the receiver");',
            f"uint256 rest = {V}.balanceOf(ALICE);", f"uint256 out = {V}.previewRedeem(rest);",
            "vm.prank(ALICE);", f'vm.assertEq({V}.redeem(rest, ALICE, ALICE), out, "redeem = preview");',
            f'vm.assertEq({V}.totalSupply(), 0, "every share burnt");', f'vm.assertEq({V}.totalAssets(), 0, "every asset out");']),
        function("test_DonationRaisesTheSharePrice() public", [
            "vm.prank(ALICE);", f"uint256 aliceShares = {V}.deposit(100 ether, ALICE);",
            "vm.prank(BOB);", f"uint256 bobShares = {V}.deposit(100 ether, BOB);",
            f"asset.mint(address({V}), 100 ether);",
            f'vm.assertLe({V}.convertToAssets(aliceShares), 150 ether, "half the donation, rounded down");',
            f'vm.assertGe({V}.convertToAssets(aliceShares), 150 ether - 2, "half the donation");',
            f'vm.assertGe({V}.convertToAssets(bobShares), 150 ether - 2, "half the donation");']),
        function("test_RevertWhen_WithdrawMoreThanOwned() public", [
            "vm.prank(ALICE);", f"{V}.deposit(10 ether, ALICE);",
            *expect_revert_as("ALICE", f"{V}.withdraw(11 ether, ALICE, ALICE)"),
            *expect_revert_as("BOB", f"{V}.redeem(1, BOB, ALICE)")]),
        function("test_AllowanceLetsAnotherRedeem() public", [
            "vm.prank(ALICE);", f"uint256 shares = {V}.deposit(10 ether, ALICE);",
            "vm.prank(ALICE);", f"{V}.approve(BOB, shares);",
            "vm.prank(BOB);", f"{V}.redeem(shares, BOB, ALICE);",
            'vm.assertEq(asset.balanceOf(BOB), 1_000 ether + 10 ether, "redeemed for BOB");',
            f'vm.assertEq({V}.allowance(ALICE, BOB), 0, "allowance spent");']),
        function("testFuzz_DepositRedeemNeverGainsAssets(uint256 assets, uint256 donation) public", [
            "assets = bound(assets, 1, 500 ether);", "donation = bound(donation, 0, 500 ether);",
            *(_cap_bound(s, "assets") if capped else []),
            "vm.prank(BOB);", f"{V}.deposit(1 ether, BOB);", f"asset.mint(address({V}), donation);",
            "uint256 before = asset.balanceOf(ALICE);",
            "vm.prank(ALICE);", f"uint256 shares = {V}.deposit(assets, ALICE);",
            "vm.prank(ALICE);", f"{V}.redeem(shares, ALICE, ALICE);",
            'vm.assertLe(asset.balanceOf(ALICE), before, "rounding favours the vault");']),
    ]
    if spec.name:
        tests.append(function("test_Name() public view", [f'vm.assertEq({V}.name(), {string_literal(spec.name)}, "name");']))
    if capped:
        tests += [
            function("test_DepositCapHolds() public", [
                f"uint256 cap = {V}.depositCap();",
                f'vm.assertEq(cap, {V}.DEPOSIT_CAP_TOKENS() * 10 ** 18, "cap in asset units");',
                f'vm.assertEq({V}.maxDeposit(ALICE), cap, "room = cap");',
                "asset.mint(ALICE, cap);", "vm.prank(ALICE);", f"{V}.deposit(cap, ALICE);",
                f'vm.assertEq({V}.maxDeposit(BOB), 0, "full");', f'vm.assertEq({V}.maxMint(BOB), 0, "full");',
                *expect_revert_as("BOB", f"{V}.deposit(1, BOB)"),
                "vm.prank(ALICE);", f"{V}.withdraw(1 ether, ALICE, ALICE);",
                f'vm.assertEq({V}.maxDeposit(BOB), 1 ether, "room again after a withdrawal");']),
        ]
    views = views_test(s, V)
    if views:
        tests.append(views)
    return sol_file(s, [TEST_TOKEN, contract(f"{s.name}Test", members + tests)], [TEST_TOKEN_IMPORT])


def _cap_bound(s: Subject, var: str) -> list[str]:
    return [f"{var} = bound({var}, 1, {V}.depositCap() / 2);"]


def invariant_tests(s: Subject) -> str:
    """The vault holds at least what its shares are worth; share supply = actors' shares."""
    actions = [
        function("deposit(uint256 seed, uint256 assets) external", [
            "address who = actor(seed);", f"assets = bound(assets, 0, {V}.maxDeposit(who));",
            "assets = bound(assets, 0, 1_000 ether);", "asset.mint(who, assets);",
            "vm.prank(who);", f"asset.approve(address({V}), assets);", "vm.prank(who);", f"{V}.deposit(assets, who);",
            *([f"if ({V}.totalAssets() > {V}.depositCap() + donated) overCap = true;"] if s.has("depositCap()") else [])]),
        function("redeem(uint256 seed, uint256 shares) external", [
            "address who = actor(seed);", f"shares = bound(shares, 0, {V}.balanceOf(who));",
            "vm.prank(who);", f"{V}.redeem(shares, who, who);"]),
        function("withdraw(uint256 seed, uint256 assets) external", [
            "address who = actor(seed);", f"assets = bound(assets, 0, {V}.maxWithdraw(who));",
            "vm.prank(who);", f"{V}.withdraw(assets, who, who);"]),
        function("donate(uint256 assets) external", ["assets = bound(assets, 0, 100 ether);", f"asset.mint(address({V}), assets);",
                                                      "donated += assets;"]),
    ]
    handler = contract(f"{s.name}Handler", [
        f"{s.name} internal {V};", "TestToken internal asset;", "uint256 public donated;", "bool public overCap;",
        function(f"constructor({s.name} {V}_, TestToken asset_)", [f"{V} = {V}_;", "asset = asset_;"]), *actions])
    invariants = [
        function("targetContracts() public view returns (address[] memory targets)", [
            "targets = new address[](1);", "targets[0] = address(handler);"]),
        function("invariant_SharesAreBacked() public view", [
            f'vm.assertEq({V}.totalAssets(), asset.balanceOf(address({V})), "totalAssets = held");',
            f'vm.assertLe({V}.convertToAssets({V}.totalSupply()), {V}.totalAssets(), "every share redeemable");']),
        function("invariant_SupplyIsTheActorsShares() public view", [
            f'vm.assertEq({V}.totalSupply(), {V}.balanceOf(ALICE) + {V}.balanceOf(BOB) + {V}.balanceOf(CAROL), "shares");']),
    ]
    if s.has("depositCap()"):
        invariants.append(function("invariant_DepositsWithinCap() public view", [
            'vm.assertFalse(handler.overCap(), "deposits took the vault over its cap");']))
    suite = contract(f"{s.name}Invariants", [
        f"{s.name} internal {V};", "TestToken internal asset;", f"{s.name}Handler internal handler;",
        function("setUp() public", [*deploy_lines(s), f"handler = new {s.name}Handler({V}, asset);"]), *invariants])
    return sol_file(s, [TEST_TOKEN, handler, suite], [TEST_TOKEN_IMPORT])
