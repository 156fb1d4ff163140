"""Staking rewards: stake, withdraw (never paused), earn pro rata at a rate per second, claim from a
reserve, exit; the owner sets the rate and may pause new stakes; optional lock period."""

from __future__ import annotations

from agents.testing.generators.base import (TEST_TOKEN, TEST_TOKEN_IMPORT, contract, expect_revert_as, function,
                                            ownership_tests, pause_tests, requested_args_test, sol_file, views_test)
from agents.testing.solidity import Sol, constructor_inputs
from agents.testing.subject import Subject

K = "staking"
IERC20_IMPORT = 'import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";'


def existing_token(s: Subject) -> bool:
    return any("token" in (p.get("name") or "").lower() for p in constructor_inputs(s.abi))


def _values(s: Subject) -> list[Sol]:
    return [Sol("address(testToken)") if "token" in (p.get("name") or "").lower() else Sol("OWNER")
            for p in constructor_inputs(s.abi)]


def setup_lines(s: Subject) -> list[str]:
    lines = ["testToken = new TestToken();"]
    lines += ["vm.prank(OWNER);", f"{K} = new {s.name}({s.args(values=_values(s)).call});",
              f"token = IERC20(address({K}.stakingToken()));"]
    if existing_token(s):
        lines += [f"testToken.mint(address({K}), 1_000_000 ether);", "testToken.mint(ALICE, 1000 ether);",
                  "testToken.mint(BOB, 1000 ether);", "testToken.mint(CAROL, 1000 ether);"]
    else:
        lines += ["vm.startPrank(OWNER);", "token.transfer(ALICE, 1000 ether);", "token.transfer(BOB, 1000 ether);",
                  "token.transfer(CAROL, 1000 ether);", "vm.stopPrank();"]
    lines += [f"vm.prank(ALICE); token.approve(address({K}), type(uint256).max);",
              f"vm.prank(BOB); token.approve(address({K}), type(uint256).max);",
              f"vm.prank(CAROL); token.approve(address({K}), type(uint256).max);",
              f"reserve = {K}.rewardReserve();"]
    return lines


def unit_tests(s: Subject) -> str:
    lock = s.has("LOCK_PERIOD()")
    unlock = [f"vm.warp({K}.unlockTime(ALICE));"] if lock else []
    members = [f"{s.name} internal {K};", "IERC20 internal token;", "TestToken internal testToken;", "uint256 internal reserve;",
               function("setUp() public", setup_lines(s)),
               function("_stake(address who, uint256 amount) internal", ["vm.prank(who);", f"{K}.stake(amount);"])]
    rate = f"{K}.rewardRate()"
    tests = [
        *( [requested_args_test(s, K)] if not existing_token(s) else []),
        function("test_Config() public view", [
            f'vm.assertEq(address({K}.stakingToken()), address({K}.rewardsToken()), "same token");',
            f'vm.assertGt({rate}, 0, "reward rate");', f'vm.assertGt(reserve, 0, "funded reserve");']),
        function("test_Stake() public", [
            "_stake(ALICE, 100 ether);", f'vm.assertEq({K}.balanceOf(ALICE), 100 ether, "staked");',
            f'vm.assertEq({K}.totalSupply(), 100 ether, "total staked");',
            'vm.assertEq(token.balanceOf(ALICE), 900 ether, "tokens moved in");',
            f'vm.assertEq({K}.rewardReserve(), reserve, "reserve excludes stakes");',
            *([f'vm.assertEq({K}.unlockTime(ALICE), block.timestamp + {K}.LOCK_PERIOD(), "locked");'] if lock else [])]),
        function("test_Withdraw() public", [
            "_stake(ALICE, 100 ether);", *unlock, "vm.prank(ALICE);", f"{K}.withdraw(40 ether);",
            f'vm.assertEq({K}.balanceOf(ALICE), 60 ether, "left staked");', f'vm.assertEq({K}.totalSupply(), 60 ether, "total");']),
        function("test_RevertWhen_StakeZero() public", expect_revert_as("ALICE", f"{K}.stake(0)")),
        function("test_RevertWhen_WithdrawZero() public", ["_stake(ALICE, 1 ether);", *expect_revert_as("ALICE", f"{K}.withdraw(0)")]),
        function("test_RevertWhen_WithdrawMoreThanStaked() public", [
            "_stake(ALICE, 1 ether);", *unlock, *expect_revert_as("ALICE", f"{K}.withdraw(2 ether)")]),
        function("test_EarnsAtTheRate() public", [
            "_stake(ALICE, 100 ether);", "vm.warp(block.timestamp + 100);",
            f"uint256 expected = 100 * {rate};", f"uint256 got = {K}.earned(ALICE);",
            'vm.assertLe(got, expected, "not more than the rate");', 'vm.assertGe(got + 1e6, expected, "the rate, up to rounding");',
            f'vm.assertGt({K}.rewardPerToken(), 0, "reward per token grew");']),
        function("test_RewardsSharedProRata() public", [
            "_stake(ALICE, 100 ether);", "_stake(BOB, 300 ether);", "vm.warp(block.timestamp + 1000);",
            f"uint256 a = {K}.earned(ALICE);", f"uint256 b = {K}.earned(BOB);",
            'vm.assertGe(3 * a + 1e6, b, "pro rata (low)");', 'vm.assertLe(3 * a, b + 1e6, "pro rata (high)");']),
        function("test_GetReward() public", [
            "_stake(ALICE, 100 ether);", "vm.warp(block.timestamp + 100);", f"uint256 owed = {K}.earned(ALICE);",
            "vm.prank(ALICE);", f"{K}.getReward();",
            'vm.assertEq(token.balanceOf(ALICE), 900 ether + owed, "paid");', f'vm.assertEq({K}.earned(ALICE), 0, "nothing left owed");',
            f'vm.assertEq({K}.rewardReserve(), reserve - owed, "paid from the reserve");',
            "vm.prank(ALICE);", f"{K}.getReward();", 'vm.assertEq(token.balanceOf(ALICE), 900 ether + owed, "no double claim");']),
        function("test_Exit() public", [
            "_stake(ALICE, 100 ether);", "vm.warp(block.timestamp + 100);", *unlock, f"uint256 owed = {K}.earned(ALICE);",
            "vm.prank(ALICE);", f"{K}.exit();",
            f'vm.assertEq({K}.balanceOf(ALICE), 0, "unstaked");', 'vm.assertGe(token.balanceOf(ALICE), 1000 ether + owed, "stake and rewards back");']),
        function("test_SetRewardRate() public", [
            "_stake(ALICE, 100 ether);", "vm.prank(OWNER);", f"{K}.setRewardRate(7);", f'vm.assertEq({rate}, 7, "new rate");']),
        function("test_RevertWhen_SetRewardRateNotOwner() public", expect_revert_as("STRANGER", f"{K}.setRewardRate(7)")),
        function("test_RevertWhen_RewardReserveExhausted() public", [
            "vm.prank(OWNER);", f"{K}.setRewardRate(reserve);", "_stake(ALICE, 1 ether);", "vm.warp(block.timestamp + 10);",
            *expect_revert_as("ALICE", f"{K}.getReward()"),
            *unlock, "vm.prank(ALICE);", f"{K}.withdraw(1 ether);", 'vm.assertEq(token.balanceOf(ALICE), 1000 ether, "stake still comes back");']),
        function("test_NoRewardsWithoutStakers() public", [
            f"uint256 before = {K}.rewardPerToken();", "vm.warp(block.timestamp + 1000);",
            f'vm.assertEq({K}.rewardPerToken(), before, "idle time earns nothing");']),
        function("testFuzz_StakeAndWithdraw(uint256 amount) public", [
            "amount = bound(amount, 1, 1000 ether);", "_stake(BOB, amount);", *([f"vm.warp({K}.unlockTime(BOB));"] if lock else []),
            "vm.prank(BOB);", f"{K}.withdraw(amount);", f'vm.assertEq({K}.totalSupply(), 0, "all out");',
            'vm.assertGe(token.balanceOf(BOB), 1000 ether, "stake returned");']),
        function("testFuzz_EarnedNeverExceedsRate(uint256 amount, uint256 elapsed) public", [
            "amount = bound(amount, 1, 1000 ether);", "elapsed = bound(elapsed, 0, 365 days);",
            "_stake(CAROL, amount);", "vm.warp(block.timestamp + elapsed);",
            f'vm.assertLe({K}.earned(CAROL), elapsed * {rate}, "bounded by rate x time");']),
    ]
    if lock:
        tests.append(function("test_RevertWhen_WithdrawWhileLocked() public", [
            "_stake(ALICE, 1 ether);", f"vm.warp({K}.unlockTime(ALICE) - 1);", *expect_revert_as("ALICE", f"{K}.withdraw(1 ether)")]))
    if s.has("pause()", "unpause()"):
        tests += [
            function("test_RevertWhen_StakeWhilePaused() public", ["vm.prank(OWNER);", f"{K}.pause();", *expect_revert_as("ALICE", f"{K}.stake(1 ether)")]),
            function("test_WithdrawWhilePaused() public", [
                "_stake(ALICE, 1 ether);", "vm.prank(OWNER);", f"{K}.pause();", *unlock, "vm.prank(ALICE);", f"{K}.withdraw(1 ether);",
                f'vm.assertEq({K}.balanceOf(ALICE), 0, "withdrawals always work");']),
        ]
    tests += ownership_tests(s, K) + pause_tests(s, K)
    views = views_test(s, K)
    if views:
        tests.append(views)
    return sol_file(s, [TEST_TOKEN, contract(f"{s.name}Test", members + tests)], [TEST_TOKEN_IMPORT, IERC20_IMPORT])


def invariant_tests(s: Subject) -> str:
    """Stakes add up and are held; a full withdrawal always succeeds; rewards paid stay within the reserve."""
    lock = s.has("LOCK_PERIOD()")
    handler = contract(f"{s.name}Handler", [
        f"{s.name} internal {K};", "IERC20 internal token;", "uint256 public rewardsPaid;", "bool public withdrawFailed;",
        function(f"constructor({s.name} {K}_, IERC20 token_)", [f"{K} = {K}_;", "token = token_;"]),
        function("stake(uint256 seed, uint256 amount) external", [
            "address who = actor(seed);", "amount = bound(amount, 1, token.balanceOf(who) + 1);",
            "vm.prank(who);", f"{K}.stake(amount);"]),
        function("withdrawAll(uint256 seed) external", [
            "address who = actor(seed);", f"uint256 staked = {K}.balanceOf(who);", "if (staked == 0) return;",
            *([f"if (block.timestamp < {K}.unlockTime(who)) vm.warp({K}.unlockTime(who));"] if lock else []),
            "vm.prank(who);", f"try {K}.withdraw(staked) {{}} catch {{ withdrawFailed = true; }}"]),
        function("getReward(uint256 seed) external", [
            "address who = actor(seed);", "uint256 before = token.balanceOf(who);", "vm.prank(who);", f"{K}.getReward();",
            "rewardsPaid += token.balanceOf(who) - before;"]),
        function("warp(uint256 secondsAhead) external", ["vm.warp(block.timestamp + bound(secondsAhead, 0, 30 days));"]),
        function("setRate(uint256 rate) external", ["vm.prank(OWNER);", f"{K}.setRewardRate(bound(rate, 0, 1 ether));"]),
    ])
    suite = contract(f"{s.name}Invariants", [
        f"{s.name} internal {K};", "IERC20 internal token;", "TestToken internal testToken;", "uint256 internal reserve;",
        f"{s.name}Handler internal handler;",
        function("setUp() public", [*setup_lines(s), f"handler = new {s.name}Handler({K}, token);"]),
        function("targetContracts() public view returns (address[] memory targets)", [
            "targets = new address[](1);", "targets[0] = address(handler);"]),
        function("invariant_StakesAddUpAndAreHeld() public view", [
            f"uint256 sum = {K}.balanceOf(ALICE) + {K}.balanceOf(BOB) + {K}.balanceOf(CAROL);",
            f'vm.assertEq({K}.totalSupply(), sum, "totalSupply = sum of stakes");',
            f'vm.assertGe(token.balanceOf(address({K})), {K}.totalSupply(), "stakes are held");']),
        function("invariant_FullWithdrawalAlwaysWorks() public view", ['vm.assertFalse(handler.withdrawFailed(), "a full withdrawal reverted");']),
        function("invariant_RewardsWithinReserve() public view", [
            'vm.assertLe(handler.rewardsPaid(), reserve, "rewards paid within the funded reserve");',
            f'vm.assertEq(address({K}.stakingToken()), address({K}.rewardsToken()), "one token");']),
    ])
    return sol_file(s, [TEST_TOKEN, handler, suite], [TEST_TOKEN_IMPORT, IERC20_IMPORT])
