"""Vesting wallet: linear release of ETH and ERC20 to the beneficiary from start over the duration,
nothing before the cliff; anyone may trigger a release, which always pays the beneficiary."""

from __future__ import annotations

from agents.testing.generators.base import (TEST_TOKEN, TEST_TOKEN_IMPORT, contract, expect_revert_as, function,
                                            requested_args_test, sol_file, views_test)
from agents.testing.solidity import Sol
from agents.testing.subject import Subject

V = "wallet"


def _deploy(s: Subject, var: str) -> list[str]:
    args = s.args(values=[Sol("ALICE")])
    return ["vm.deal(OWNER, 4 ether);", "vm.prank(OWNER);", f"{var} = new {s.name}{{value: 4 ether}}({args.call});"]


def unit_tests(s: Subject) -> str:
    cliff = s.has("cliff()")
    members = [f"{s.name} internal {V};", "TestToken internal token;",
               function("setUp() public", [*_deploy(s, V), "token = new TestToken();", f"token.mint(address({V}), 1000 ether);"])]
    tests = [
        requested_args_test(s, V),
        function("test_Schedule() public view", [
            f'vm.assertEq({V}.owner(), ALICE, "beneficiary");',
            f'vm.assertEq({V}.start(), block.timestamp + {V}.START_DELAY(), "start");',
            f'vm.assertEq({V}.duration(), {V}.VESTING_DURATION(), "duration");',
            f'vm.assertEq({V}.end(), {V}.start() + {V}.duration(), "end");',
            *([f'vm.assertEq({V}.cliff(), {V}.start() + {V}.CLIFF_DURATION(), "cliff");'] if cliff else [])]),
        function("test_VestedAmountOverTime() public view", [
            f'vm.assertEq({V}.vestedAmount(uint64({V}.start() - 1)), 0, "nothing before the start");',
            f'vm.assertEq({V}.vestedAmount(address(token), uint64({V}.start() - 1)), 0, "no tokens before the start");',
            f'vm.assertEq({V}.vestedAmount(uint64({V}.end())), 4 ether, "all ETH at the end");',
            f'vm.assertEq({V}.vestedAmount(address(token), uint64({V}.end())), 1000 ether, "all tokens at the end");']),
        function("test_NothingVestedAtStart() public", [
            f"vm.warp({V}.start());", f'vm.assertEq({V}.releasable(), 0, "nothing at start");',
            f'vm.assertEq({V}.releasable(address(token)), 0, "no tokens at start");']),
        function("test_HalfwayReleasesHalf() public", [
            f"vm.warp({V}.start() + {V}.duration() / 2);",
            f"uint256 expected = {V}.start() + {V}.duration() / 2 < {'%s.cliff()' % V if cliff else '0'} ? 0 : 2 ether;",
            f'vm.assertEq({V}.releasable(), expected, "half of the ETH");',
            "uint256 before = ALICE.balance;", f"{V}.release();",
            'vm.assertEq(ALICE.balance, before + expected, "paid to the beneficiary");',
            f'vm.assertEq({V}.released(), expected, "released");']),
        function("test_AllVestedAtEnd() public", [
            f"vm.warp({V}.end());", "vm.prank(STRANGER);", f"{V}.release();", "vm.prank(STRANGER);", f"{V}.release(address(token));",
            'vm.assertEq(ALICE.balance, 4 ether, "all ETH to the beneficiary");',
            'vm.assertEq(token.balanceOf(ALICE), 1000 ether, "all tokens to the beneficiary");',
            f'vm.assertEq({V}.released(address(token)), 1000 ether, "tokens released");',
            'vm.assertEq(STRANGER.balance, 0, "the caller gets nothing");']),
        function("test_ReleaseTwiceDoesNotPayTwice() public", [
            f"vm.warp({V}.end());", f"{V}.release();", f"{V}.release();", 'vm.assertEq(ALICE.balance, 4 ether, "paid once");']),
        function("test_ReceivesMoreETH() public", [
            "vm.deal(BOB, 1 ether);", "vm.prank(BOB);", f"(bool ok,) = address({V}).call{{value: 1 ether}}(\"\");",
            'vm.assertTrue(ok, "accepts ETH");', f"vm.warp({V}.end());",
            f'vm.assertEq({V}.releasable(), 5 ether, "all of it vests");']),
        function("test_TransferOwnershipMovesBeneficiary() public", [
            "vm.prank(ALICE);", f"{V}.transferOwnership(BOB);", f"vm.warp({V}.end());", f"{V}.release();",
            'vm.assertEq(BOB.balance, 4 ether, "new beneficiary paid");']),
        function("test_RevertWhen_TransferOwnershipNotBeneficiary() public",
                 expect_revert_as("STRANGER", f"{V}.transferOwnership(STRANGER)")),
        function("testFuzz_VestedIsMonotonic(uint256 a, uint256 b) public view", [
            f"uint256 lo = bound(a, 0, {V}.end() + 365 days);", f"uint256 hi = bound(b, lo, {V}.end() + 365 days);",
            f"uint256 vestedLo = {V}.vestedAmount(uint64(lo));", f"uint256 vestedHi = {V}.vestedAmount(uint64(hi));",
            'vm.assertLe(vestedLo, vestedHi, "never decreases");', 'vm.assertLe(vestedHi, 4 ether, "never above the total");',
            *([f'if (lo < {V}.cliff()) vm.assertEq(vestedLo, 0, "nothing before the cliff");'] if cliff else []),
            f'if (hi >= {V}.end()) vm.assertEq(vestedHi, 4 ether, "everything at the end");']),
        function("testFuzz_ReleasedPlusReleasableIsVested(uint256 elapsed) public", [
            f"vm.warp({V}.start() + bound(elapsed, 0, {V}.duration() * 2));", f"{V}.release();",
            f'vm.assertEq({V}.released() + {V}.releasable(), {V}.vestedAmount(uint64(block.timestamp)), "accounting");',
            f'vm.assertEq(ALICE.balance, {V}.released(), "paid = released");']),
    ]
    if cliff:
        tests.append(function("test_NothingBeforeCliff() public", [
            f"vm.warp({V}.cliff() - 1);", f'vm.assertEq({V}.releasable(), 0, "nothing before the cliff");',
            f"vm.warp({V}.cliff());",
            f'vm.assertEq({V}.releasable(), 4 ether * ({V}.cliff() - {V}.start()) / {V}.duration(), "linear from the cliff");']))
    views = views_test(s, V)
    if views:
        tests.append(views)
    return sol_file(s, [TEST_TOKEN, contract(f"{s.name}Test", members + tests)], [TEST_TOKEN_IMPORT])


def invariant_tests(s: Subject) -> str:
    """released + releasable == vested(now) <= received, for ETH and a token; only the beneficiary is paid."""
    handler = contract(f"{s.name}Handler", [
        f"{s.name} internal {V};", "TestToken internal token;", "uint256 public ethIn = 4 ether;", "uint256 public tokenIn;",
        function(f"constructor({s.name} {V}_, TestToken token_)", [f"{V} = {V}_;", "token = token_;"]),
        function("warp(uint256 secondsAhead) external", [f"vm.warp(block.timestamp + bound(secondsAhead, 0, {V}.duration() / 4 + 1));"]),
        function("release(uint256 callerSeed) external", ["vm.prank(actor(callerSeed));", f"{V}.release();"]),
        function("releaseToken(uint256 callerSeed) external", ["vm.prank(actor(callerSeed));", f"{V}.release(address(token));"]),
        function("fund(uint256 amount) external", [
            "amount = bound(amount, 0, 100 ether);", "vm.deal(address(this), amount);",
            f"(bool ok,) = address({V}).call{{value: amount}}(\"\");", 'require(ok, "fund");', "ethIn += amount;",
            f"token.mint(address({V}), amount);", "tokenIn += amount;"]),
    ])
    suite = contract(f"{s.name}Invariants", [
        f"{s.name} internal {V};", "TestToken internal token;", f"{s.name}Handler internal handler;",
        function("setUp() public", [*_deploy(s, V), "token = new TestToken();", f"handler = new {s.name}Handler({V}, token);"]),
        function("targetContracts() public view returns (address[] memory targets)", [
            "targets = new address[](1);", "targets[0] = address(handler);"]),
        function("invariant_ReleasedPlusReleasableIsVested() public view", [
            "uint64 nowTs = uint64(block.timestamp);",
            f'vm.assertEq({V}.released() + {V}.releasable(), {V}.vestedAmount(nowTs), "ETH accounting");',
            f'vm.assertEq({V}.released(address(token)) + {V}.releasable(address(token)), {V}.vestedAmount(address(token), nowTs), "token accounting");',
            f'vm.assertLe({V}.vestedAmount(nowTs), handler.ethIn(), "vested within received");']),
        function("invariant_OnlyBeneficiaryIsPaid() public view", [
            f'vm.assertEq(ALICE.balance, {V}.released(), "ETH released went to the beneficiary");',
            f'vm.assertEq(token.balanceOf(ALICE), {V}.released(address(token)), "tokens released went to the beneficiary");',
            'vm.assertEq(BOB.balance + CAROL.balance, 0, "callers get nothing");']),
    ])
    return sol_file(s, [TEST_TOKEN, handler, suite], [TEST_TOKEN_IMPORT])
