"""TimelockController: an operation runs only after the minimum delay, only proposers schedule and
cancel, only executors execute (anyone when the executor role is open), each operation runs once,
the delay changes only through the timelock itself. Proposer in the tests: OWNER (the deployer)."""

from __future__ import annotations

from agents.testing.generators.base import contract, expect_revert_as, function, requested_args_test, sol_file, views_test
from agents.testing.subject import Subject

L = "timelock"
TARGET = """/// What the timelock's operations change.
contract Box {
    uint256 public value;

    function store(uint256 newValue) external {
        value = newValue;
    }
}"""


def _values(s: Subject) -> list[object]:
    """The draft's arguments with OWNER as the only proposer (executors as requested)."""
    args = list(s.draft.constructor_args)
    args[0] = ["$deployer"]
    if not s.option("open_executor", True):
        args[1] = ["$deployer"]
    return args


def unit_tests(s: Subject) -> str:
    open_executor = bool(s.option("open_executor", True))
    executor = "STRANGER" if open_executor else "OWNER"
    members = [
        f"{s.name} internal {L};", "Box internal box;", "uint256 internal delay;",
        function("setUp() public", [*s.deploy_lines(L, values=_values(s)), "box = new Box();", f"delay = {L}.getMinDelay();"]),
        function("_call(uint256 v) internal view returns (bytes memory)", ["return abi.encodeCall(Box.store, (v));"]),
        function("_schedule(uint256 v) internal returns (bytes32 id)", [
            f"id = {L}.hashOperation(address(box), 0, _call(v), bytes32(0), bytes32(v));",
            "vm.prank(OWNER);", f"{L}.schedule(address(box), 0, _call(v), bytes32(0), bytes32(v), delay);"]),
        function("_execute(uint256 v) internal", [
            f"vm.prank({executor});", f"{L}.execute(address(box), 0, _call(v), bytes32(0), bytes32(v));"]),
    ]
    tests = [
        requested_args_test(s, L),
        function("test_MinDelay() public view", [
            f'vm.assertEq(delay, {L}.INITIAL_MIN_DELAY(), "the requested delay");',
            f'vm.assertTrue({L}.hasRole({L}.PROPOSER_ROLE(), OWNER), "proposer");',
            f'vm.assertTrue({L}.hasRole({L}.CANCELLER_ROLE(), OWNER), "a proposer also cancels");',
            f'vm.assertEq({L}.hasRole({L}.EXECUTOR_ROLE(), address(0)), {"true" if open_executor else "false"}, "open execution");']),
        function("test_ExecutesOnlyAfterTheDelay() public", [
            "bytes32 id = _schedule(42);",
            f'vm.assertTrue({L}.isOperationPending(id), "pending");', f'vm.assertFalse({L}.isOperationReady(id), "not ready");',
            f'vm.assertEq({L}.getTimestamp(id), block.timestamp + delay, "ready time");',
            "vm.warp(block.timestamp + delay - 1);",
            f"vm.prank({executor});", "vm.expectRevert();", f"{L}.execute(address(box), 0, _call(42), bytes32(0), bytes32(uint256(42)));",
            'vm.assertEq(box.value(), 0, "nothing ran early");',
            "vm.warp(block.timestamp + 1);", f'vm.assertTrue({L}.isOperationReady(id), "ready");',
            "_execute(42);", 'vm.assertEq(box.value(), 42, "ran after the delay");',
            f'vm.assertTrue({L}.isOperationDone(id), "done");',
            f"vm.prank({executor});", "vm.expectRevert();", f"{L}.execute(address(box), 0, _call(42), bytes32(0), bytes32(uint256(42)));"]),
        function("test_RevertWhen_ScheduleByStranger() public", [
            *expect_revert_as("STRANGER", f"{L}.schedule(address(box), 0, _call(1), bytes32(0), bytes32(0), delay)")]),
        function("test_RevertWhen_DelayShorterThanMinimum() public", [
            "if (delay == 0) return;",
            *expect_revert_as("OWNER", f"{L}.schedule(address(box), 0, _call(1), bytes32(0), bytes32(0), delay - 1)")]),
        function("test_CancelStopsTheOperation() public", [
            "bytes32 id = _schedule(7);",
            *expect_revert_as("STRANGER", f"{L}.cancel(id)"),
            "vm.prank(OWNER);", f"{L}.cancel(id);", f'vm.assertFalse({L}.isOperation(id), "cancelled");',
            "vm.warp(block.timestamp + delay);", f"vm.prank({executor});", "vm.expectRevert();",
            f"{L}.execute(address(box), 0, _call(7), bytes32(0), bytes32(uint256(7)));"]),
        function("test_DelayChangesOnlyThroughTheTimelock() public", [
            *expect_revert_as("OWNER", f"{L}.updateDelay(1)"),
            f"bytes memory change = abi.encodeCall({L}.updateDelay, (delay + 1));",
            "vm.prank(OWNER);", f"{L}.schedule(address({L}), 0, change, bytes32(0), bytes32(0), delay);",
            "vm.warp(block.timestamp + delay);", f"vm.prank({executor});",
            f"{L}.execute(address({L}), 0, change, bytes32(0), bytes32(0));",
            f'vm.assertEq({L}.getMinDelay(), delay + 1, "delay updated by an operation");']),
        function("testFuzz_NotBeforeTheDelay(uint256 early) public", [
            "early = bound(early, 0, delay == 0 ? 0 : delay - 1);", "_schedule(5);",
            "vm.warp(block.timestamp + early);",
            *(["if (delay > 0) {", f"    vm.prank({executor});", "    vm.expectRevert();",
               f"    {L}.execute(address(box), 0, _call(5), bytes32(0), bytes32(uint256(5)));", "}"])]),
    ]
    tests += [
        function("test_BatchRunsAllOrNothingAfterTheDelay() public", [
            "address[] memory targets = new address[](2);", "targets[0] = address(box);", "targets[1] = address(box);",
            "uint256[] memory values = new uint256[](2);", "bytes[] memory calls = new bytes[](2);",
            "calls[0] = _call(1);", "calls[1] = _call(2);",
            f"bytes32 id = {L}.hashOperationBatch(targets, values, calls, bytes32(0), bytes32(0));",
            *expect_revert_as("STRANGER", f"{L}.scheduleBatch(targets, values, calls, bytes32(0), bytes32(0), delay)"),
            "vm.prank(OWNER);", f"{L}.scheduleBatch(targets, values, calls, bytes32(0), bytes32(0), delay);",
            f'vm.assertEq(uint256({L}.getOperationState(id)), 1, "waiting");',
            *(["if (delay > 0) {", f"    vm.prank({executor});", "    vm.expectRevert();",
               f"    {L}.executeBatch(targets, values, calls, bytes32(0), bytes32(0));", "}"]),
            "vm.warp(block.timestamp + delay);", f'vm.assertEq(uint256({L}.getOperationState(id)), 2, "ready");',
            f"vm.prank({executor});", f"{L}.executeBatch(targets, values, calls, bytes32(0), bytes32(0));",
            'vm.assertEq(box.value(), 2, "both calls ran, in order");',
            f'vm.assertEq(uint256({L}.getOperationState(id)), 3, "done");']),
        function("test_RevertWhen_ExecuteUnscheduled() public", [
            f"vm.prank({executor});", "vm.expectRevert();",
            f"{L}.execute(address(box), 0, _call(3), bytes32(0), bytes32(0));",
            f'vm.assertEq(uint256({L}.getOperationState(bytes32(uint256(1)))), 0, "unset");']),
        function("test_HoldsEthAndTokens() public", [
            "vm.deal(address(this), 1 ether);", f'(bool ok,) = address({L}).call{{value: 1 ether}}("");',
            'vm.assertTrue(ok, "accepts ETH");', f'vm.assertEq(address({L}).balance, 1 ether, "held");',
            f'vm.assertEq({L}.onERC721Received(address(0), address(0), 0, ""), bytes4(0x150b7a02), "ERC721 receiver");',
            f'vm.assertEq({L}.onERC1155Received(address(0), address(0), 0, 0, ""), bytes4(0xf23a6e61), "ERC1155 receiver");',
            "uint256[] memory none = new uint256[](0);",
            f'vm.assertEq({L}.onERC1155BatchReceived(address(0), address(0), none, none, ""), bytes4(0xbc197c81), "batch receiver");',
            f'vm.assertTrue({L}.supportsInterface(0x4e2312e0), "ERC1155Receiver interface");',
            f'vm.assertEq({L}.getRoleAdmin({L}.PROPOSER_ROLE()), {L}.DEFAULT_ADMIN_ROLE(), "roles administered by the admin role");']),
    ]
    if not open_executor:
        tests.append(function("test_RevertWhen_ExecuteByStranger() public", [
            "_schedule(9);", "vm.warp(block.timestamp + delay);",
            *expect_revert_as("STRANGER", f"{L}.execute(address(box), 0, _call(9), bytes32(0), bytes32(uint256(9)))")]))
    views = views_test(s, L)
    if views:
        tests.append(views)
    return sol_file(s, [TARGET, contract(f"{s.name}Test", members + tests)])


def invariant_tests(s: Subject) -> str:
    """Whatever strangers call, the box only changes through an operation that waited its delay."""
    handler = contract(f"{s.name}Handler", [
        f"{s.name} internal {L};", "Box internal box;", "uint256 public scheduledAt;", "bool public early;",
        function(f"constructor({s.name} {L}_, Box box_)", [f"{L} = {L}_;", "box = box_;"]),
        function("schedule(uint256 v) external", [
            "if (scheduledAt != 0) return;", "vm.prank(OWNER);",
            f"{L}.schedule(address(box), 0, abi.encodeCall(Box.store, (1 + v % 100)), bytes32(0), bytes32(0), {L}.getMinDelay());",
            "scheduledAt = block.timestamp;", "pending = 1 + v % 100;"]),
        "uint256 public pending;",
        function("wait(uint256 secondsAhead) external", ["vm.warp(block.timestamp + bound(secondsAhead, 0, 3 days));"]),
        function("execute() external", [
            "if (pending == 0) return;", "vm.prank(OWNER);",
            f"try {L}.execute(address(box), 0, abi.encodeCall(Box.store, (pending)), bytes32(0), bytes32(0)) {{",
            f"    if (block.timestamp < scheduledAt + {L}.getMinDelay()) early = true;", "    pending = 0;",
            "} catch {}"]),
    ])
    invariants = [
        function("targetContracts() public view returns (address[] memory targets)", [
            "targets = new address[](1);", "targets[0] = address(handler);"]),
        function("invariant_NothingRunsEarly() public view", ['vm.assertFalse(handler.early(), "an operation ran before its delay");']),
        function("invariant_StrangersHoldNoRole() public view", [
            f'vm.assertFalse({L}.hasRole({L}.PROPOSER_ROLE(), STRANGER), "stranger proposer");',
            f'vm.assertFalse({L}.hasRole({L}.DEFAULT_ADMIN_ROLE(), STRANGER), "stranger admin");']),
    ]
    values = _values(s)
    if not s.option("open_executor", True):
        values[1] = ["$deployer"]
    suite = contract(f"{s.name}Invariants", [
        f"{s.name} internal {L};", "Box internal box;", f"{s.name}Handler internal handler;",
        function("setUp() public", [*s.deploy_lines(L, values=values), "box = new Box();",
                                    f"handler = new {s.name}Handler({L}, box);"]), *invariants])
    return sol_file(s, [TARGET, handler, suite])
