"""ERC1155: minting single ids and batches (owner-only), transfers and batch transfers, operators,
burning, pausing, supply tracking (totalSupply(id) through mints, transfers and burns), the URI,
soulbound balances, roles, no access, a proxy; invariants over per-id supply."""

from __future__ import annotations

from agents.testing.generators.base import (contract, expect_revert_as, function, no_access_tests,
                                            ownership_tests, pause_tests, role_guard_tests, role_tests, sol_file,
                                            upgrade_tests, upgrade_v2, views_test)
from agents.testing.generators.generic import erc165_tests
from agents.testing.solidity import string_literal
from agents.testing.subject import Subject

M = "multi"
MINT = "mint(address,uint256,uint256,bytes)"
MINT_BATCH = "mintBatch(address,uint256[],uint256[],bytes)"
IDS = ["uint256[] memory ids = new uint256[](2);", "ids[0] = 1;", "ids[1] = 2;",
       "uint256[] memory amounts = new uint256[](2);", "amounts[0] = 10;", "amounts[1] = 20;"]


def unit_tests(s: Subject) -> str:
    spec = s.draft.spec
    mint = s.has(MINT)
    setup = s.deploy_lines(M) + ([ "vm.prank(OWNER);", f'{M}.mint(ALICE, 1, 100, "");'] if mint else [])
    members = [f"{s.name} internal {M};", function("setUp() public", setup)]
    tests: list[str] = []
    if spec.name and s.has("name()"):
        tests.append(function("test_Name() public view", [f'vm.assertEq({M}.name(), {string_literal(spec.name)}, "name");']))
    if s.has("uri(uint256)"):
        base = spec.options.get("base_uri")
        tests.append(function("test_URI() public view", [
            f'vm.assertEq({M}.uri(1), {string_literal(base)}, "uri");' if base else f"{M}.uri(1);"]))
    tests += erc165_tests(s, M)
    if mint:
        tests += soulbound_tests(s) if soulbound(s) else core_tests(s)
    tests += optional_tests(s)
    tests += ownership_tests(s, M) + role_tests(s, M) + pause_tests(s, M) + no_access_tests(s, M)
    tests += role_guard_tests(s, M, {"MINTER_ROLE": f'{M}.mint(BOB, 3, 1, "")', "PAUSER_ROLE": f"{M}.pause()",
                                     "URI_SETTER_ROLE": f'{M}.setURI("ipfs://moved/{{id}}")'})
    if mint:
        tests += upgrade_tests(s, M, [f'vm.assertEq({{var}}.balanceOf(ALICE, 1), 100, "balance kept");',
                                      *([f'vm.assertEq({{var}}.totalSupply(1), 100, "supply kept");']
                                        if s.has("totalSupply(uint256)") else [])])
    views = views_test(s, M)
    if views:
        tests.append(views)
    return sol_file(s, [*([upgrade_v2(s)] if s.proxy else []), contract(f"{s.name}Test", members + tests)])


def soulbound(s: Subject) -> bool:
    return s.has_error("NonTransferable")


def soulbound_tests(s: Subject) -> list[str]:
    """Soulbound: balances are minted (and burned) but never move, even by an approved operator."""
    return [
        function("test_Mint() public view", [f'vm.assertEq({M}.balanceOf(ALICE, 1), 100, "minted");']),
        function("test_RevertWhen_MintNotOwner() public", expect_revert_as("STRANGER", f'{M}.mint(STRANGER, 1, 1, "")')),
        function("test_RevertWhen_TransferSoulbound() public", [
            *expect_revert_as("ALICE", f'{M}.safeTransferFrom(ALICE, BOB, 1, 1, "")'),
            "vm.prank(ALICE);", f"{M}.setApprovalForAll(BOB, true);",
            *expect_revert_as("BOB", f'{M}.safeTransferFrom(ALICE, BOB, 1, 1, "")'),
            "uint256[] memory ids = new uint256[](1);", "ids[0] = 1;",
            "uint256[] memory amounts = new uint256[](1);", "amounts[0] = 1;",
            *expect_revert_as("ALICE", f'{M}.safeBatchTransferFrom(ALICE, BOB, ids, amounts, "")'),
            f'vm.assertEq({M}.balanceOf(ALICE, 1), 100, "still bound");']),
        function("testFuzz_RevertWhen_TransferSoulbound(address to, uint256 amount) public", [
            "vm.assume(to != address(0));", "amount = bound(amount, 0, 100);",
            *expect_revert_as("ALICE", f'{M}.safeTransferFrom(ALICE, to, 1, amount, "")')]),
    ]


def core_tests(s: Subject) -> list[str]:
    tests = [
        function("test_Mint() public view", [f'vm.assertEq({M}.balanceOf(ALICE, 1), 100, "minted");']),
        function("test_RevertWhen_MintNotOwner() public", expect_revert_as("STRANGER", f'{M}.mint(STRANGER, 1, 1, "")')),
        function("test_RevertWhen_MintToNonReceiver() public", expect_revert_as("OWNER", f'{M}.mint(address(this), 1, 1, "")')),
        function("test_SafeTransferFrom() public", [
            "vm.prank(ALICE);", f'{M}.safeTransferFrom(ALICE, BOB, 1, 40, "");',
            f'vm.assertEq({M}.balanceOf(ALICE, 1), 60, "sender");', f'vm.assertEq({M}.balanceOf(BOB, 1), 40, "recipient");']),
        function("test_RevertWhen_TransferExceedsBalance() public",
                 expect_revert_as("ALICE", f'{M}.safeTransferFrom(ALICE, BOB, 1, 101, "")')),
        function("test_RevertWhen_TransferNotApproved() public",
                 expect_revert_as("STRANGER", f'{M}.safeTransferFrom(ALICE, STRANGER, 1, 1, "")')),
        function("test_OperatorTransfers() public", [
            "vm.prank(ALICE);", f"{M}.setApprovalForAll(BOB, true);",
            f'vm.assertTrue({M}.isApprovedForAll(ALICE, BOB), "operator");',
            "vm.prank(BOB);", f'{M}.safeTransferFrom(ALICE, CAROL, 1, 5, "");',
            f'vm.assertEq({M}.balanceOf(CAROL, 1), 5, "moved by operator");']),
        function("testFuzz_Transfer(address to, uint256 amount) public", [
            "vm.assume(to != address(0) && to.code.length == 0 && to != ALICE);",
            "amount = bound(amount, 0, 100);",
            "vm.prank(ALICE);", f'{M}.safeTransferFrom(ALICE, to, 1, amount, "");',
            f'vm.assertEq({M}.balanceOf(to, 1), amount, "credited");',
            f'vm.assertEq({M}.balanceOf(ALICE, 1), 100 - amount, "debited");']),
        function("testFuzz_Mint(address to, uint256 id, uint256 amount) public", [
            "vm.assume(to != address(0) && to.code.length == 0);",
            "amount = bound(amount, 0, type(uint128).max);",
            f"uint256 before = {M}.balanceOf(to, id);",
            "vm.prank(OWNER);", f'{M}.mint(to, id, amount, "");',
            f'vm.assertEq({M}.balanceOf(to, id), before + amount, "minted");']),
    ]
    if s.has(MINT_BATCH):
        tests += [
            function("test_MintBatchAndBatchTransfer() public", [
                *IDS, "vm.prank(OWNER);", f'{M}.mintBatch(BOB, ids, amounts, "");',
                "address[] memory holders = new address[](2);", "holders[0] = BOB;", "holders[1] = BOB;",
                f"uint256[] memory balances = {M}.balanceOfBatch(holders, ids);",
                'vm.assertEq(balances[0], 10, "id 1");', 'vm.assertEq(balances[1], 20, "id 2");',
                "vm.prank(BOB);", f'{M}.safeBatchTransferFrom(BOB, CAROL, ids, amounts, "");',
                f'vm.assertEq({M}.balanceOf(CAROL, 2), 20, "batch moved");']),
            function("test_RevertWhen_MintBatchNotOwner() public", [
                *IDS, *expect_revert_as("STRANGER", f'{M}.mintBatch(STRANGER, ids, amounts, "")')]),
            function("test_RevertWhen_MintBatchLengthMismatch() public", [
                *IDS, "uint256[] memory one = new uint256[](1);",
                *expect_revert_as("OWNER", f'{M}.mintBatch(BOB, ids, one, "")')]),
        ]
    return tests


def optional_tests(s: Subject) -> list[str]:
    tests: list[str] = []
    mint = s.has(MINT)
    if s.has("burn(address,uint256,uint256)") and mint:
        tests += [
            function("test_Burn() public", [
                "vm.prank(ALICE);", f"{M}.burn(ALICE, 1, 30);", f'vm.assertEq({M}.balanceOf(ALICE, 1), 70, "burned");']),
            function("test_RevertWhen_BurnNotApproved() public", expect_revert_as("STRANGER", f"{M}.burn(ALICE, 1, 1)")),
        ]
    if s.has("burnBatch(address,uint256[],uint256[])") and s.has(MINT_BATCH):
        tests.append(function("test_BurnBatch() public", [
            *IDS, "vm.prank(OWNER);", f'{M}.mintBatch(BOB, ids, amounts, "");',
            "vm.prank(BOB);", f"{M}.burnBatch(BOB, ids, amounts);",
            f'vm.assertEq({M}.balanceOf(BOB, 2), 0, "burned");']))
    if s.has("pause()", "unpause()") and mint:
        tests += [
            function("test_RevertWhen_TransferWhilePaused() public", [
                "vm.prank(OWNER);", f"{M}.pause();", *expect_revert_as("ALICE", f'{M}.safeTransferFrom(ALICE, BOB, 1, 1, "")'),
                f'vm.assertEq({M}.balanceOf(BOB, 1), 0, "a paused token moves nothing");']),
            function("test_RevertWhen_MintWhilePaused() public", [
                "vm.prank(OWNER);", f"{M}.pause();", *expect_revert_as("OWNER", f'{M}.mint(BOB, 1, 1, "")')]),
        ]
    if s.has("totalSupply(uint256)", "exists(uint256)") and mint:
        tests.append(function("test_SupplyTracking() public", [
            f'vm.assertEq({M}.totalSupply(1), 100, "supply of id 1");',
            f'vm.assertTrue({M}.exists(1), "exists");', f'vm.assertFalse({M}.exists(9), "unknown id");',
            *([f'vm.assertEq({M}.totalSupply(), 100, "total supply");'] if s.has("totalSupply()") else []),
            "vm.prank(OWNER);", f'{M}.mint(BOB, 9, 7, "");',
            f'vm.assertEq({M}.totalSupply(9), 7, "each id keeps its own supply");',
            f'vm.assertEq({M}.totalSupply(1), 100, "other ids unchanged");',
            *([f'vm.assertEq({M}.totalSupply(), 107, "total over ids");'] if s.has("totalSupply()") else []),
            *(["vm.prank(BOB);", f"{M}.burn(BOB, 9, 7);", f'vm.assertEq({M}.totalSupply(9), 0, "burn lowers the supply");',
               f'vm.assertFalse({M}.exists(9), "gone once burned");'] if s.has("burn(address,uint256,uint256)") else []),
            *(["vm.prank(ALICE);", f'{M}.safeTransferFrom(ALICE, CAROL, 1, 40, "");',
               f'vm.assertEq({M}.totalSupply(1), 100, "transfers keep the supply");'] if not soulbound(s) else [])]))
    if s.has("setURI(string)"):
        tests += [
            function("test_SetURI() public", [
                "vm.prank(OWNER);", f'{M}.setURI("https://new.example/{{id}}.json");',
                f'vm.assertEq({M}.uri(7), "https://new.example/{{id}}.json", "uri");']),
            function("test_RevertWhen_SetURINotOwner() public", expect_revert_as("STRANGER", f'{M}.setURI("x")')),
        ]
    return tests


def invariant_tests(s: Subject) -> str | None:
    """Per id, the actors' balances add up to minted - burned (and to totalSupply(id) when tracked)."""
    if not s.has(MINT):
        return None
    burn = s.has("burn(address,uint256,uint256)")
    pausable = s.has("pause()", "unpause()", "paused()")
    actions = [
        function("mint(uint256 toSeed, uint256 idSeed, uint256 amount) external", [
            "uint256 id = idSeed % 3;", "amount = bound(amount, 0, 1e24);",
            "vm.prank(OWNER);", f'{M}.mint(actor(toSeed), id, amount, "");', "supplyOf[id] += amount;"]),
        function("transfer(uint256 fromSeed, uint256 toSeed, uint256 idSeed, uint256 amount) external", [
            "address from = actor(fromSeed);", "uint256 id = idSeed % 3;",
            f"amount = bound(amount, 0, {M}.balanceOf(from, id));",
            *([f"bool wasPaused = {M}.paused();"] if pausable else []),
            "vm.prank(from);",
            *([f'try {M}.safeTransferFrom(from, actor(toSeed), id, amount, "") {{',
               "    if (actor(toSeed) != from) movedSoulbound = true;", "} catch {}"] if soulbound(s) else
              [f'{M}.safeTransferFrom(from, actor(toSeed), id, amount, "");',
               *(["if (wasPaused && amount > 0) movedWhilePaused = true;"] if pausable else [])])]),
    ]
    if burn:
        actions.append(function("burn(uint256 fromSeed, uint256 idSeed, uint256 amount) external", [
            "address from = actor(fromSeed);", "uint256 id = idSeed % 3;",
            f"amount = bound(amount, 0, {M}.balanceOf(from, id));",
            "vm.prank(from);", f"{M}.burn(from, id, amount);", "supplyOf[id] -= amount;"]))
    if pausable:
        actions.append(function("togglePause() external", [
            f"bool wasPaused = {M}.paused();", "vm.prank(OWNER);", f"if (wasPaused) {M}.unpause(); else {M}.pause();"]))
    handler = contract(f"{s.name}Handler", [
        f"{s.name} internal {M};", "mapping(uint256 => uint256) public supplyOf;",
        *(["bool public movedWhilePaused;"] if pausable else []),
        *(["bool public movedSoulbound;"] if soulbound(s) else []),
        function(f"constructor({s.name} {M}_)", [f"{M} = {M}_;"]), *actions])
    lines = ["for (uint256 id = 0; id < 3; id++) {",
             f"    uint256 sum = {M}.balanceOf(ALICE, id) + {M}.balanceOf(BOB, id) + {M}.balanceOf(CAROL, id);",
             '    vm.assertEq(sum, handler.supplyOf(id), "balances of an id = minted - burned");']
    if s.has("totalSupply(uint256)"):
        lines.append(f'    vm.assertEq({M}.totalSupply(id), sum, "totalSupply(id)");')
    lines.append("}")
    invariants = [
        function("targetContracts() public view returns (address[] memory targets)", [
            "targets = new address[](1);", "targets[0] = address(handler);"]),
        function("invariant_BalancesMatchSupply() public view", lines),
    ]
    if pausable and not soulbound(s):
        invariants.append(function("invariant_NoTransferWhilePaused() public view", [
            'vm.assertFalse(handler.movedWhilePaused(), "a transfer succeeded while paused");']))
    if soulbound(s):
        invariants.append(function("invariant_SoulboundNeverMoves() public view", [
            'vm.assertFalse(handler.movedSoulbound(), "a soulbound balance moved");']))
    suite = contract(f"{s.name}Invariants", [
        f"{s.name} internal {M};", f"{s.name}Handler internal handler;",
        function("setUp() public", [*s.deploy_lines(M), f"handler = new {s.name}Handler({M});"]), *invariants])
    return sol_file(s, [handler, suite])
