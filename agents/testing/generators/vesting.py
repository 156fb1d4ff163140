"""Vesting wallet: linear release of ETH and ERC20 to the beneficiary from start over the duration,
nothing before the cliff; anyone may trigger a release, which always pays the beneficiary. With one
wallet per beneficiary (`multiple`): each beneficiary's wallet vests on the schedule and pays only them."""

from __future__ import annotations

from agents.testing.generators.base import (TEST_TOKEN, TEST_TOKEN_IMPORT, contract, expect_revert_as, function,
                                            requested_args_test, sol_file, views_test)
from agents.testing.solidity import Sol
from agents.testing.subject import Subject

V = "wallet"


def _deploy(s: Subject, var: str) -> list[str]:
    args = s.args(values=[Sol("ALICE")])
    return ["vm.deal(OWNER, 4 ether);", "vm.prank(OWNER);", f"{var} = new {s.name}{{value: 4 ether}}({args.call});"]


def multi(s: Subject) -> bool:
    return s.has("walletOf(address)", "fund(address)")


def _deploy_multi(s: Subject, var: str) -> list[str]:
    return ["address[] memory people = new address[](2);", "people[0] = ALICE;", "people[1] = BOB;",
            "vm.prank(OWNER);", f"{var} = new {s.name}(people);"]


def _wallet_of(s: Subject, who: str) -> str:
    return f"{s.name}Wallet(payable({V}.walletOf({who})))"


def multi_unit_tests(s: Subject) -> str:
    cliff = s.has("CLIFF_DURATION()")
    alice, bob = _wallet_of(s, "ALICE"), _wallet_of(s, "BOB")
    members = [f"{s.name} internal {V};", "TestToken internal token;",
               function("setUp() public", [*_deploy_multi(s, V), "token = new TestToken();",
                                           "vm.deal(OWNER, 10 ether);", "vm.prank(OWNER);", f"{V}.fund{{value: 4 ether}}(ALICE);",
                                           "vm.prank(OWNER);", f"{V}.fund{{value: 2 ether}}(BOB);",
                                           "token.mint(OWNER, 1000 ether);", "vm.prank(OWNER);",
                                           f"token.approve(address({V}), 1000 ether);", "vm.prank(OWNER);",
                                           f"{V}.fundToken(token, ALICE, 1000 ether);"])]
    tests = [
        requested_args_test(s, V),
        function("test_OneWalletPerBeneficiary() public view", [
            f'vm.assertEq({V}.beneficiaryCount(), 2, "two beneficiaries");', f'vm.assertEq({V}.beneficiary(1), BOB, "order");',
            f'vm.assertEq({alice}.owner(), ALICE, "ALICE owns her wallet");', f'vm.assertEq({bob}.owner(), BOB, "BOB owns his");',
            f'vm.assertTrue({V}.walletOf(ALICE) != {V}.walletOf(BOB), "separate wallets");',
            f'vm.assertEq({alice}.start(), block.timestamp + {V}.START_DELAY(), "same start");',
            f'vm.assertEq({bob}.duration(), {V}.VESTING_DURATION(), "same duration");',
            f'vm.assertEq(address({V}.walletOf(ALICE)).balance, 4 ether, "funded");']),
        function("test_EachWalletPaysOnlyItsBeneficiary() public", [
            f"vm.warp({alice}.end());", "vm.prank(STRANGER);", f"{alice}.release();", "vm.prank(STRANGER);",
            f"{bob}.release();", "vm.prank(STRANGER);", f"{alice}.release(address(token));",
            'vm.assertEq(ALICE.balance, 4 ether, "ALICE gets her 4 ether");', 'vm.assertEq(BOB.balance, 2 ether, "BOB his 2");',
            'vm.assertEq(token.balanceOf(ALICE), 1000 ether, "the tokens funded for ALICE");',
            'vm.assertEq(token.balanceOf(BOB), 0, "none for BOB");', 'vm.assertEq(STRANGER.balance, 0, "callers get nothing");']),
        function("test_HalfwayVestsHalf() public", [
            f"vm.warp({alice}.start() + {alice}.duration() / 2);",
            f"uint256 expected = {alice}.start() + {alice}.duration() / 2 < {alice + '.cliff()' if cliff else '0'} ? 0 : 2 ether;",
            f'vm.assertEq({alice}.releasable(), expected, "half of ALICE\'s");']),
        function("test_RevertWhen_FundingAStranger() public", [
            "vm.deal(OWNER, 1 ether);", "vm.prank(OWNER);", "vm.expectRevert();", f"{V}.fund{{value: 1 ether}}(STRANGER);"]),
        function("test_RevertWhen_BadBeneficiaries() public", [
            "address[] memory none = new address[](0);", "vm.expectRevert();", f"new {s.name}(none);",
            "address[] memory twice = new address[](2);", "twice[0] = ALICE;", "twice[1] = ALICE;",
            "vm.expectRevert();", f"new {s.name}(twice);",
            "address[] memory zero = new address[](1);", "vm.expectRevert();", f"new {s.name}(zero);"]),
        function("testFuzz_NeverMoreThanFunded(uint256 elapsed) public", [
            f"vm.warp({alice}.start() + bound(elapsed, 0, {alice}.duration() * 2));",
            f"{alice}.release();", f"{bob}.release();",
            'vm.assertLe(ALICE.balance, 4 ether, "ALICE within her funding");', 'vm.assertLe(BOB.balance, 2 ether, "BOB within his");',
            f'vm.assertEq(ALICE.balance, {alice}.vestedAmount(uint64(block.timestamp)), "paid = vested");']),
    ]
    if cliff:
        tests.append(function("test_NothingBeforeCliff() public", [
            f"vm.warp({alice}.cliff() - 1);", f'vm.assertEq({alice}.releasable(), 0, "nothing before the cliff");']))
    views = views_test(s, V)
    if views:
        tests.append(views)
    return sol_file(s, [TEST_TOKEN, contract(f"{s.name}Test", members + tests)], [TEST_TOKEN_IMPORT, _wallet_import(s)])


def _wallet_import(s: Subject) -> str:
    return f'import {{{s.name}Wallet}} from "../src/{s.name}.sol";'


def unit_tests(s: Subject) -> str:
    if multi(s):
        return multi_unit_tests(s)
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


def invariant_tests(s: Subject) -> str | None:
    """released + releasable == vested(now) <= received, for ETH and a token; only the beneficiary is paid."""
    if multi(s):
        return multi_invariant_tests(s)
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


def multi_invariant_tests(s: Subject) -> str:
    """Whatever is funded and released, each beneficiary receives only from their own wallet, within it."""
    alice, bob = _wallet_of(s, "ALICE"), _wallet_of(s, "BOB")
    handler = contract(f"{s.name}Handler", [
        f"{s.name} internal {V};", "uint256 public forAlice;", "uint256 public forBob;",
        function(f"constructor({s.name} {V}_)", [f"{V} = {V}_;"]),
        function("warp(uint256 secondsAhead) external", ["vm.warp(block.timestamp + bound(secondsAhead, 0, 90 days));"]),
        function("fund(uint256 amount, bool toAlice) external", [
            "amount = bound(amount, 0, 100 ether);", "vm.deal(address(this), amount);",
            f"{V}.fund{{value: amount}}(toAlice ? ALICE : BOB);", "if (toAlice) forAlice += amount; else forBob += amount;"]),
        function("release(uint256 seed) external", [
            f"address who = seed % 2 == 0 ? ALICE : BOB;", "vm.prank(actor(seed));",
            f"{s.name}Wallet(payable({V}.walletOf(who))).release();"]),
    ])
    suite = contract(f"{s.name}Invariants", [
        f"{s.name} internal {V};", f"{s.name}Handler internal handler;",
        function("setUp() public", [*_deploy_multi(s, V), f"handler = new {s.name}Handler({V});"]),
        function("targetContracts() public view returns (address[] memory targets)", [
            "targets = new address[](1);", "targets[0] = address(handler);"]),
        function("invariant_EachPaidOnlyFromTheirOwnFunding() public view", [
            'vm.assertLe(ALICE.balance, handler.forAlice(), "ALICE within what was funded for her");',
            'vm.assertLe(BOB.balance, handler.forBob(), "BOB within his");',
            f'vm.assertEq(ALICE.balance, {alice}.released(), "ALICE paid = her wallet released");',
            f'vm.assertEq(BOB.balance, {bob}.released(), "BOB paid = his wallet released");',
            'vm.assertEq(CAROL.balance, 0, "callers get nothing");']),
    ])
    return sol_file(s, [handler, suite], [_wallet_import(s)])
