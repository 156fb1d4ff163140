"""Multisig wallet: owners submit, confirm, revoke and execute with a threshold; the owner set and the
threshold change only through the wallet itself. Tested with 3 owners and 2 confirmations."""

from __future__ import annotations

from agents.testing.generators.base import contract, expect_revert_as, function, requested_args_test, sol_file, views_test
from agents.testing.subject import Subject

W = "wallet"


def _deploy(s: Subject, var: str, owners: list[str], required: int) -> list[str]:
    return [f"address[] memory owners = new address[]({len(owners)});",
            *(f"owners[{i}] = {o};" for i, o in enumerate(owners)),
            "vm.prank(OWNER);", f"{var} = new {s.name}(owners, {required});"]


def unit_tests(s: Subject) -> str:
    members = [
        f"{s.name} internal {W};", "Target internal target;",
        function("setUp() public", [*_deploy(s, W, ["ALICE", "BOB", "CAROL"], 2), "target = new Target();",
                                    "vm.deal(address(this), 10 ether);", f"(bool ok,) = address({W}).call{{value: 5 ether}}(\"\");",
                                    'require(ok, "fund");']),
        function("_submit(address to, uint256 value, bytes memory data) internal returns (uint256 id)", [
            "vm.prank(ALICE);", f"id = {W}.submitTransaction(to, value, data);"]),
        function("_confirm(uint256 id, address who) internal", ["vm.prank(who);", f"{W}.confirmTransaction(id);"]),
        function("_selfCall(bytes memory data) internal", [
            f"uint256 id = _submit(address({W}), 0, data);", "_confirm(id, ALICE);", "_confirm(id, BOB);",
            "vm.prank(ALICE);", f"{W}.executeTransaction(id);"]),
    ]
    tests = [
        requested_args_test(s, W),
        function("test_Owners() public view", [
            f"address[] memory owners = {W}.getOwners();", 'vm.assertEq(owners.length, 3, "three owners");',
            f'vm.assertTrue({W}.isOwner(BOB), "BOB owns");', f'vm.assertFalse({W}.isOwner(STRANGER), "stranger does not");',
            f'vm.assertEq({W}.required(), 2, "threshold");', f'vm.assertGe({W}.TARGET_OWNERS(), {W}.TARGET_REQUIRED(), "targets");']),
        function("test_SubmitConfirmExecute() public", [
            "uint256 id = _submit(CAROL, 1 ether, \"\");", f'vm.assertEq({W}.getTransactionCount(), 1, "submitted");',
            "_confirm(id, ALICE);", "_confirm(id, BOB);",
            f'vm.assertTrue({W}.isConfirmed(id, BOB), "confirmed");', "uint256 before = CAROL.balance;",
            "vm.prank(CAROL);", f"{W}.executeTransaction(id);", 'vm.assertEq(CAROL.balance, before + 1 ether, "paid");',
            f"(address to, uint256 value,, bool executed, uint256 confirmations) = {W}.getTransaction(id);",
            'vm.assertEq(to, CAROL, "to");', 'vm.assertEq(value, 1 ether, "value");', 'vm.assertTrue(executed, "executed");',
            'vm.assertEq(confirmations, 2, "confirmations");']),
        function("test_ExecutesCalls() public", [
            "uint256 id = _submit(address(target), 0, abi.encodeWithSelector(Target.set.selector, 42));",
            "_confirm(id, ALICE);", "_confirm(id, CAROL);", "vm.prank(BOB);", f"{W}.executeTransaction(id);",
            'vm.assertEq(target.value(), 42, "call executed");', f'vm.assertEq(target.caller(), address({W}), "by the wallet");']),
        function("test_RevertWhen_NotEnoughConfirmations() public", [
            "uint256 id = _submit(CAROL, 1 ether, \"\");", "_confirm(id, ALICE);", *expect_revert_as("ALICE", f"{W}.executeTransaction(id)")]),
        function("test_RevertWhen_ExecutedTwice() public", [
            "uint256 id = _submit(CAROL, 1 ether, \"\");", "_confirm(id, ALICE);", "_confirm(id, BOB);",
            "vm.prank(ALICE);", f"{W}.executeTransaction(id);", *expect_revert_as("ALICE", f"{W}.executeTransaction(id)"),
            *expect_revert_as("CAROL", f"{W}.confirmTransaction(id)")]),
        function("test_RevertWhen_ConfirmedTwice() public", [
            "uint256 id = _submit(CAROL, 1, \"\");", "_confirm(id, ALICE);", *expect_revert_as("ALICE", f"{W}.confirmTransaction(id)")]),
        function("test_Revoke() public", [
            "uint256 id = _submit(CAROL, 1, \"\");", "_confirm(id, ALICE);", "_confirm(id, BOB);",
            "vm.prank(BOB);", f"{W}.revokeConfirmation(id);", f'vm.assertFalse({W}.isConfirmed(id, BOB), "revoked");',
            *expect_revert_as("ALICE", f"{W}.executeTransaction(id)"), *expect_revert_as("BOB", f"{W}.revokeConfirmation(id)")]),
        function("test_RevertWhen_NotOwner() public", [
            "uint256 id = _submit(CAROL, 1, \"\");",
            *expect_revert_as("STRANGER", f'{W}.submitTransaction(STRANGER, 1, "")'),
            *expect_revert_as("STRANGER", f"{W}.confirmTransaction(id)"), *expect_revert_as("STRANGER", f"{W}.revokeConfirmation(id)"),
            *expect_revert_as("STRANGER", f"{W}.executeTransaction(id)")]),
        function("test_RevertWhen_TxDoesNotExist() public", [
            *expect_revert_as("ALICE", f"{W}.confirmTransaction(9)"), "vm.expectRevert();", f"{W}.getTransaction(9);"]),
        function("test_RevertWhen_ExecutionFails() public", [
            "uint256 id = _submit(CAROL, 100 ether, \"\");", "_confirm(id, ALICE);", "_confirm(id, BOB);",
            *expect_revert_as("ALICE", f"{W}.executeTransaction(id)")]),
        function("test_OwnerChangesOnlyThroughTheWallet() public", [
            f"_selfCall(abi.encodeWithSelector({W}.addOwner.selector, STRANGER));", f'vm.assertTrue({W}.isOwner(STRANGER), "added");',
            f"_selfCall(abi.encodeWithSelector({W}.changeRequirement.selector, 3));", f'vm.assertEq({W}.required(), 3, "threshold raised");',
            f"uint256 id = _submit(address({W}), 0, abi.encodeWithSelector({W}.removeOwner.selector, STRANGER));",
            "_confirm(id, ALICE);", "_confirm(id, BOB);", "_confirm(id, CAROL);", "vm.prank(ALICE);", f"{W}.executeTransaction(id);",
            f'vm.assertFalse({W}.isOwner(STRANGER), "removed");', f'vm.assertEq({W}.getOwners().length, 3, "three again");']),
        function("test_RemovedOwnerConfirmationsDoNotCount() public", [
            "uint256 pay = _submit(CAROL, 1 ether, \"\");", "_confirm(pay, ALICE);", "_confirm(pay, CAROL);",
            f"_selfCall(abi.encodeWithSelector({W}.removeOwner.selector, CAROL));",
            *expect_revert_as("ALICE", f"{W}.executeTransaction(pay)")]),
        function("test_RevertWhen_InvalidOwnerChanges() public", [
            *expect_revert_as("ALICE", f"{W}.addOwner(STRANGER)"), *expect_revert_as("ALICE", f"{W}.removeOwner(BOB)"),
            *expect_revert_as("ALICE", f"{W}.changeRequirement(1)"),
            f"uint256 id = _submit(address({W}), 0, abi.encodeWithSelector({W}.changeRequirement.selector, 4));",
            "_confirm(id, ALICE);", "_confirm(id, BOB);", *expect_revert_as("ALICE", f"{W}.executeTransaction(id)"),
            f"id = _submit(address({W}), 0, abi.encodeWithSelector({W}.addOwner.selector, BOB));",
            "_confirm(id, ALICE);", "_confirm(id, BOB);", *expect_revert_as("ALICE", f"{W}.executeTransaction(id)"),
            f"id = _submit(address({W}), 0, abi.encodeWithSelector({W}.removeOwner.selector, STRANGER));",
            "_confirm(id, ALICE);", "_confirm(id, BOB);", *expect_revert_as("ALICE", f"{W}.executeTransaction(id)")]),
        function("test_RevertWhen_RemovalBreaksThreshold() public", [
            "address[] memory two = new address[](2);", "two[0] = ALICE;", "two[1] = BOB;",
            f"{s.name} pair = new {s.name}(two, 2);",
            "vm.prank(ALICE);", 'uint256 id = pair.submitTransaction(address(pair), 0, abi.encodeWithSelector(pair.removeOwner.selector, BOB));',
            "vm.prank(ALICE);", "pair.confirmTransaction(id);", "vm.prank(BOB);", "pair.confirmTransaction(id);",
            "vm.prank(ALICE);", "vm.expectRevert();", "pair.executeTransaction(id);"]),
        function("test_RevertWhen_BadConstructorArguments() public", [
            "address[] memory none = new address[](0);", "vm.expectRevert();", f"new {s.name}(none, 1);",
            "address[] memory dup = new address[](2);", "dup[0] = ALICE;", "dup[1] = ALICE;", "vm.expectRevert();", f"new {s.name}(dup, 1);",
            "address[] memory zero = new address[](1);", "vm.expectRevert();", f"new {s.name}(zero, 1);",
            "address[] memory one = new address[](1);", "one[0] = ALICE;", "vm.expectRevert();", f"new {s.name}(one, 2);"]),
        function("test_RevertWhen_TooManyOwners() public", [
            f"uint256 max = {W}.MAX_OWNERS();", "address[] memory many = new address[](max);",
            "for (uint256 i = 0; i < max; i++) many[i] = address(uint160(0x1000 + i));",
            f"{s.name} full = new {s.name}(many, 1);",
            "vm.prank(many[0]);", "uint256 id = full.submitTransaction(address(full), 0, abi.encodeWithSelector(full.addOwner.selector, STRANGER));",
            "vm.prank(many[0]);", "full.confirmTransaction(id);", "vm.prank(many[0]);", "vm.expectRevert();", "full.executeTransaction(id);"]),
        function("testFuzz_PaysAnyRecipient(address to, uint256 value) public", [
            "vm.assume(to.code.length == 0 && uint160(to) > 0x10000);", f"value = bound(value, 0, address({W}).balance);",
            "uint256 before = to.balance;", "uint256 id = _submit(to, value, \"\");", "_confirm(id, BOB);", "_confirm(id, CAROL);",
            "vm.prank(BOB);", f"{W}.executeTransaction(id);", 'vm.assertEq(to.balance, before + value, "paid");']),
        function("testFuzz_RevertWhen_StrangerSubmits(address caller) public", [
            "vm.assume(caller != ALICE && caller != BOB && caller != CAROL);",
            *expect_revert_as("caller", f'{W}.submitTransaction(caller, 0, "")')]),
    ]
    views = views_test(s, W)
    if views:
        tests.append(views)
    target = """/// A call target that remembers who called it.
contract Target {
    uint256 public value;
    address public caller;

    function set(uint256 newValue) external {
        value = newValue;
        caller = msg.sender;
    }
}"""
    return sol_file(s, [target, contract(f"{s.name}Test", members + tests)])


def invariant_tests(s: Subject) -> str:
    """Executions happen once and only with enough confirmations; 1 <= required <= owners; only the
    wallet changes its owners and threshold; ETH leaves only by executed transactions."""
    handler = contract(f"{s.name}Handler", [
        f"{s.name} internal {W};", "uint256 public paidOut;", "uint256 public executedCount;", "bool public underConfirmed;",
        function(f"constructor({s.name} {W}_)", [f"{W} = {W}_;"]),
        function("submit(uint256 seed, uint256 value) external", [
            "vm.prank(actor(seed));", f"{W}.submitTransaction(STRANGER, bound(value, 0, 2 ether), \"\");"]),
        function("confirm(uint256 seed, uint256 idSeed) external", [
            f"uint256 count = {W}.getTransactionCount();", "if (count == 0) return;",
            "vm.prank(actor(seed));", f"{W}.confirmTransaction(idSeed % count);"]),
        function("revoke(uint256 seed, uint256 idSeed) external", [
            f"uint256 count = {W}.getTransactionCount();", "if (count == 0) return;",
            "vm.prank(actor(seed));", f"{W}.revokeConfirmation(idSeed % count);"]),
        function("execute(uint256 seed, uint256 idSeed) external", [
            f"uint256 count = {W}.getTransactionCount();", "if (count == 0) return;", "uint256 id = idSeed % count;",
            f"(, uint256 value,,, uint256 confirmations) = {W}.getTransaction(id);",
            "vm.prank(actor(seed));", f"{W}.executeTransaction(id);",
            f"if (confirmations < {W}.required()) underConfirmed = true;", "paidOut += value;", "executedCount++;"]),
        function("strangerChangesOwners(uint256 choice) external", [
            "vm.prank(STRANGER);",
            f"if (choice % 3 == 0) {W}.addOwner(STRANGER); else if (choice % 3 == 1) {W}.removeOwner(ALICE); else {W}.changeRequirement(1);"]),
    ])
    suite = contract(f"{s.name}Invariants", [
        f"{s.name} internal {W};", f"{s.name}Handler internal handler;",
        function("setUp() public", [*_deploy(s, W, ["ALICE", "BOB", "CAROL"], 2), f"handler = new {s.name}Handler({W});",
                                    f"vm.deal(address({W}), 100 ether);"]),
        function("targetContracts() public view returns (address[] memory targets)", [
            "targets = new address[](1);", "targets[0] = address(handler);"]),
        function("invariant_ExecutesOnlyWithEnoughConfirmations() public view", [
            'vm.assertFalse(handler.underConfirmed(), "executed with too few confirmations");',
            "uint256 executed;",
            f"for (uint256 i = 0; i < {W}.getTransactionCount(); i++) {{",
            f"    (,,, bool done,) = {W}.getTransaction(i);", "    if (done) executed++;", "}",
            'vm.assertEq(executed, handler.executedCount(), "each transaction executes once");']),
        function("invariant_ThresholdAndOwnersHold() public view", [
            f"uint256 owners = {W}.getOwners().length;", f'vm.assertGe({W}.required(), 1, "required >= 1");',
            f'vm.assertLe({W}.required(), owners, "required <= owners");', 'vm.assertEq(owners, 3, "owners unchanged by strangers");',
            f'vm.assertFalse({W}.isOwner(STRANGER), "no stranger owner");', f'vm.assertEq({W}.required(), 2, "threshold unchanged");']),
        function("invariant_ETHLeavesOnlyByExecution() public view", [
            f'vm.assertEq(address({W}).balance + handler.paidOut(), 100 ether, "balance + paid out = funded");']),
    ])
    return sol_file(s, [handler, suite])
