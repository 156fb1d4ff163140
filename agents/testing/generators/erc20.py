"""ERC20: transfers, allowances, and each option the template may carry (mintable, burnable,
pausable, capped, permit, votes and its clock, flash minting, soulbound, roles, no access, a proxy),
decided from the ABI and the resolved options; fuzz tests over amounts and addresses."""

from __future__ import annotations

from agents.testing.generators.base import (clock_tests, contract, expect_revert_as, function, no_access_tests,
                                            ownership_tests, pause_tests, role_guard_tests, role_tests, sol_file,
                                            upgrade_tests, upgrade_v2, views_test)
from agents.testing.solidity import string_literal
from agents.testing.subject import Subject

T = "token"


def unit_tests(s: Subject) -> str:
    spec = s.draft.spec
    members = [f"{s.name} internal {T};", "uint256 internal supply;",
               function("setUp() public", setup_lines(s))]
    tests: list[str] = []
    if spec.name and s.has("name()"):
        tests.append(function("test_Name() public view", [f'vm.assertEq({T}.name(), {string_literal(spec.name)}, "name");']))
    if spec.symbol and s.has("symbol()"):
        tests.append(function("test_Symbol() public view", [f'vm.assertEq({T}.symbol(), {string_literal(spec.symbol)}, "symbol");']))
    if s.has("decimals()"):
        tests.append(function("test_Decimals() public view", [f'vm.assertEq(uint256({T}.decimals()), {int(spec.decimals)}, "decimals");']))
    if spec.initial_supply and s.option("premint", True):
        tests.append(function("test_InitialSupply() public view", [
            f'vm.assertEq({T}.totalSupply(), {int(spec.initial_supply)} * 10 ** uint256({T}.decimals()), "initial supply");',
            f'vm.assertEq({T}.balanceOf(OWNER), {T}.totalSupply(), "deployer holds the supply");']))
    tests += soulbound_tests(s) if soulbound(s) else transfer_tests(s)
    tests += mint_tests(s) + burn_tests(s) + pausable_tests(s) + permit_tests(s) + votes_tests(s)
    tests += clock_tests(s, T) + ownership_tests(s, T) + role_tests(s, T) + no_access_tests(s, T)
    tests += role_guard_tests(s, T, {"MINTER_ROLE": f"{T}.mint(BOB, 1)", "PAUSER_ROLE": f"{T}.pause()"})
    tests += upgrade_tests(s, T, [
        f'vm.assertEq({{var}}.balanceOf(OWNER), supply, "balance kept");',
        f'vm.assertEq({{var}}.totalSupply(), supply, "supply kept");',
        *([f'vm.assertEq({{var}}.name(), {string_literal(spec.name)}, "name kept");'] if spec.name else [])])
    views = views_test(s, T)
    if views:
        tests.append(views)
    tests += flash_tests(s)
    tests += fuzz_tests(s)
    flash = s.has("flashLoan(address,address,uint256,bytes)")
    imports = ['import {IERC3156FlashBorrower} from "@openzeppelin/contracts/interfaces/IERC3156FlashBorrower.sol";'] if flash else []
    extra = [c for c in (FLASH_BORROWER if flash else None, upgrade_v2(s)) if c]
    return sol_file(s, [*extra, contract(f"{s.name}Test", members + tests)], imports)


def soulbound(s: Subject) -> bool:
    return s.has_error("NonTransferable")


def soulbound_tests(s: Subject) -> list[str]:
    """Soulbound: no transfer or transferFrom moves a token, whatever the amount or approval."""
    return [
        function("test_RevertWhen_TransferSoulbound() public", [
            *expect_revert_as("OWNER", f"{T}.transfer(ALICE, 1)"),
            f'vm.assertEq({T}.balanceOf(OWNER), supply, "nothing moved");',
            f'vm.assertEq({T}.balanceOf(ALICE), 0, "nothing received");']),
        function("test_RevertWhen_TransferFromSoulbound() public", [
            "vm.prank(OWNER);", f'vm.assertTrue({T}.approve(ALICE, supply), "approvals still work");',
            *expect_revert_as("ALICE", f"{T}.transferFrom(OWNER, BOB, 1)"),
            f'vm.assertEq({T}.balanceOf(BOB), 0, "nothing received");']),
        function("testFuzz_RevertWhen_TransferSoulbound(address to, uint256 amount) public", [
            "vm.assume(to != address(0));", "amount = bound(amount, 1, supply == 0 ? 1 : supply);",
            *expect_revert_as("OWNER", f"{T}.transfer(to, amount)"),
            f'vm.assertEq({T}.balanceOf(OWNER), supply, "nothing moved");']),
    ]


def setup_lines(s: Subject) -> list[str]:
    lines = s.deploy_lines(T)
    if s.has("mint(address,uint256)"):
        lines += [f"if ({T}.balanceOf(OWNER) == 0) {{",
                  f"    uint256 amount = 1_000_000 * 10 ** uint256({T}.decimals());",
                  *([f"    if ({T}.cap() < amount) amount = {T}.cap() / 2;"] if s.has("cap()") else []),
                  "    vm.prank(OWNER);", f"    {T}.mint(OWNER, amount);", "}"]
    lines.append(f"supply = {T}.balanceOf(OWNER);")
    return lines


def transfer_tests(s: Subject) -> list[str]:
    return [
        function("test_Transfer() public", [
            "uint256 amount = supply / 4;",
            "vm.prank(OWNER);", f'vm.assertTrue({T}.transfer(ALICE, amount), "returns true");',
            f'vm.assertEq({T}.balanceOf(ALICE), amount, "recipient credited");',
            f'vm.assertEq({T}.balanceOf(OWNER), supply - amount, "sender debited");',
            f'vm.assertEq({T}.totalSupply(), supply, "supply unchanged");']),
        function("test_RevertWhen_TransferExceedsBalance() public",
                 expect_revert_as("ALICE", f"{T}.transfer(BOB, 1)")),
        function("test_RevertWhen_TransferToZeroAddress() public",
                 expect_revert_as("OWNER", f"{T}.transfer(address(0), 1)")),
        function("test_ApproveAndTransferFrom() public", [
            "uint256 amount = supply / 4;",
            "vm.prank(OWNER);", f'vm.assertTrue({T}.approve(ALICE, amount), "approve returns true");',
            f'vm.assertEq({T}.allowance(OWNER, ALICE), amount, "allowance set");',
            "vm.prank(ALICE);", f'vm.assertTrue({T}.transferFrom(OWNER, BOB, amount), "transferFrom returns true");',
            f'vm.assertEq({T}.balanceOf(BOB), amount, "recipient credited");',
            f'vm.assertEq({T}.balanceOf(OWNER), supply - amount, "owner debited");',
            f'vm.assertEq({T}.allowance(OWNER, ALICE), 0, "allowance spent");']),
        function("test_RevertWhen_TransferFromExceedsAllowance() public", [
            "vm.prank(OWNER);", f"{T}.approve(ALICE, 1);",
            *expect_revert_as("ALICE", f"{T}.transferFrom(OWNER, BOB, 2)")]),
        function("test_RevertWhen_ApproveZeroSpender() public",
                 expect_revert_as("OWNER", f"{T}.approve(address(0), 1)")),
    ]


def mint_tests(s: Subject) -> list[str]:
    if not s.has("mint(address,uint256)"):
        return []
    tests = [
        function("test_Mint() public", [
            f"uint256 amount = {_mint_room(s)} / 2;",
            "vm.prank(OWNER);", f"{T}.mint(ALICE, amount);",
            f'vm.assertEq({T}.balanceOf(ALICE), amount, "minted");',
            f'vm.assertEq({T}.totalSupply(), supply + amount, "supply grew");']),
        function("test_RevertWhen_MintNotOwner() public", expect_revert_as("STRANGER", f"{T}.mint(STRANGER, 1)")),
        function("test_RevertWhen_MintToZeroAddress() public", expect_revert_as("OWNER", f"{T}.mint(address(0), 1)")),
    ]
    if s.has("cap()"):
        cap = s.draft.spec.cap
        if cap:
            tests.append(function("test_Cap() public view", [
                f'vm.assertEq({T}.cap(), {int(cap)} * 10 ** uint256({T}.decimals()), "cap");']))
        tests += [
            function("test_MintUpToCap() public", [
                f"uint256 room = {T}.cap() - {T}.totalSupply();",
                "vm.prank(OWNER);", f"{T}.mint(ALICE, room);",
                f'vm.assertEq({T}.totalSupply(), {T}.cap(), "at cap");']),
            function("test_RevertWhen_MintExceedsCap() public", [
                f"uint256 room = {T}.cap() - {T}.totalSupply();",
                *expect_revert_as("OWNER", f"{T}.mint(ALICE, room + 1)")]),
        ]
    return tests


def _mint_room(s: Subject) -> str:
    return f"({T}.cap() - {T}.totalSupply())" if s.has("cap()") else "supply"


def burn_tests(s: Subject) -> list[str]:
    tests = []
    if s.has("burn(uint256)"):
        tests += [
            function("test_Burn() public", [
                "uint256 amount = supply / 2;",
                "vm.prank(OWNER);", f"{T}.burn(amount);",
                f'vm.assertEq({T}.balanceOf(OWNER), supply - amount, "burned from balance");',
                f'vm.assertEq({T}.totalSupply(), supply - amount, "supply shrank");']),
            function("test_RevertWhen_BurnExceedsBalance() public", expect_revert_as("ALICE", f"{T}.burn(1)")),
        ]
    if s.has("burnFrom(address,uint256)"):
        tests += [
            function("test_BurnFrom() public", [
                "uint256 amount = supply / 2;",
                "vm.prank(OWNER);", f"{T}.approve(ALICE, amount);",
                "vm.prank(ALICE);", f"{T}.burnFrom(OWNER, amount);",
                f'vm.assertEq({T}.balanceOf(OWNER), supply - amount, "burned");',
                f'vm.assertEq({T}.allowance(OWNER, ALICE), 0, "allowance spent");']),
            function("test_RevertWhen_BurnFromWithoutAllowance() public",
                     expect_revert_as("ALICE", f"{T}.burnFrom(OWNER, 1)")),
        ]
    return tests


def pausable_tests(s: Subject) -> list[str]:
    tests = pause_tests(s, T)
    if not tests:
        return tests
    if not soulbound(s):
        tests.append(function("test_RevertWhen_TransferWhilePaused() public", [
            "vm.prank(OWNER);", f"{T}.pause();", *expect_revert_as("OWNER", f"{T}.transfer(ALICE, 1)"),
            f'vm.assertEq({T}.balanceOf(ALICE), 0, "a paused token moves nothing");']))
        tests.append(function("test_TransferAfterUnpause() public", [
            "vm.startPrank(OWNER);", f"{T}.pause();", f"{T}.unpause();", f"{T}.transfer(ALICE, supply / 2);", "vm.stopPrank();",
            f'vm.assertEq({T}.balanceOf(ALICE), supply / 2, "transfer works again");']))
    if s.has("burn(uint256)"):
        tests.append(function("test_RevertWhen_BurnWhilePaused() public", [
            "vm.prank(OWNER);", f"{T}.pause();", *expect_revert_as("OWNER", f"{T}.burn(1)"),
            f'vm.assertEq({T}.totalSupply(), supply, "a paused token burns nothing");']))
    if s.has("mint(address,uint256)"):
        tests.append(function("test_RevertWhen_MintWhilePaused() public", [
            "vm.prank(OWNER);", f"{T}.pause();", *expect_revert_as("OWNER", f"{T}.mint(ALICE, 1)")]))
    return tests


PERMIT_HELPER = """function _permitSig(uint256 key, address spender, uint256 value, uint256 nonce, uint256 deadline)
    internal
    view
    returns (uint8 v, bytes32 r, bytes32 s)
{
    bytes32 typehash = keccak256("Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)");
    bytes32 structHash = keccak256(abi.encode(typehash, vm.addr(key), spender, value, nonce, deadline));
    bytes32 digest = keccak256(abi.encodePacked("\\x19\\x01", token.DOMAIN_SEPARATOR(), structHash));
    return vm.sign(key, digest);
}"""


def permit_tests(s: Subject) -> list[str]:
    if not s.has("permit(address,address,uint256,uint256,uint8,bytes32,bytes32)", "nonces(address)", "DOMAIN_SEPARATOR()"):
        return []
    return [
        PERMIT_HELPER,
        function("test_Permit() public", [
            "uint256 key = 0xA11CE;", "address holder = vm.addr(key);",
            "uint256 deadline = block.timestamp + 1 hours;",
            "(uint8 v, bytes32 r, bytes32 s) = _permitSig(key, BOB, 100, 0, deadline);",
            f"{T}.permit(holder, BOB, 100, deadline, v, r, s);",
            f'vm.assertEq({T}.allowance(holder, BOB), 100, "allowance by signature");',
            f'vm.assertEq({T}.nonces(holder), 1, "nonce used");']),
        function("test_RevertWhen_PermitReplayed() public", [
            "uint256 key = 0xA11CE;", "address holder = vm.addr(key);",
            "uint256 deadline = block.timestamp + 1 hours;",
            "(uint8 v, bytes32 r, bytes32 s) = _permitSig(key, BOB, 100, 0, deadline);",
            f"{T}.permit(holder, BOB, 100, deadline, v, r, s);",
            "vm.expectRevert();", f"{T}.permit(holder, BOB, 100, deadline, v, r, s);"]),
        function("test_RevertWhen_PermitExpired() public", [
            "uint256 key = 0xA11CE;", "address holder = vm.addr(key);",
            "uint256 deadline = block.timestamp + 1 hours;",
            "(uint8 v, bytes32 r, bytes32 s) = _permitSig(key, BOB, 100, 0, deadline);",
            "vm.warp(deadline + 1);",
            "vm.expectRevert();", f"{T}.permit(holder, BOB, 100, deadline, v, r, s);"]),
        function("test_RevertWhen_PermitWrongSigner() public", [
            "uint256 deadline = block.timestamp + 1 hours;",
            "(uint8 v, bytes32 r, bytes32 s) = _permitSig(0xB0B, BOB, 100, 0, deadline);",
            "vm.expectRevert();", f"{T}.permit(vm.addr(0xA11CE), BOB, 100, deadline, v, r, s);"]),
    ]


def votes_tests(s: Subject) -> list[str]:
    if not s.has("delegate(address)", "getVotes(address)", "delegates(address)"):
        return []
    if soulbound(s):
        return [function("test_DelegateGivesVotingPower() public", [
            f'vm.assertEq({T}.getVotes(OWNER), 0, "no votes before delegating");',
            "vm.prank(OWNER);", f"{T}.delegate(OWNER);",
            f'vm.assertEq({T}.getVotes(OWNER), supply, "votes = balance");',
            "vm.prank(OWNER);", f"{T}.delegate(CAROL);",
            f'vm.assertEq({T}.getVotes(OWNER), 0, "moved away");',
            f'vm.assertEq({T}.getVotes(CAROL), supply, "moved to the delegatee");']), *_checkpoint_tests(s)]
    tests = [
        function("test_DelegateGivesVotingPower() public", [
            "uint256 amount = supply / 4;",
            "vm.prank(OWNER);", f"{T}.transfer(ALICE, amount);",
            f'vm.assertEq({T}.getVotes(ALICE), 0, "no votes before delegating");',
            "vm.prank(ALICE);", f"{T}.delegate(ALICE);",
            f'vm.assertEq({T}.delegates(ALICE), ALICE, "self-delegated");',
            f'vm.assertEq({T}.getVotes(ALICE), amount, "votes = balance");',
            "vm.prank(ALICE);", f"{T}.transfer(BOB, amount / 2);",
            f'vm.assertEq({T}.getVotes(ALICE), amount - amount / 2, "votes follow transfers");',
            "vm.prank(ALICE);", f"{T}.delegate(CAROL);",
            f'vm.assertEq({T}.getVotes(ALICE), 0, "moved away");',
            f'vm.assertEq({T}.getVotes(CAROL), amount - amount / 2, "moved to delegatee");']),
    ]
    return tests + _checkpoint_tests(s)


def _checkpoint_tests(s: Subject) -> list[str]:
    tests: list[str] = []
    if s.has("getPastVotes(address,uint256)", "clock()"):
        timestamp = s.option("clock") == "timestamp"
        tests.append(function("test_CheckpointsFollowTheClock() public", [
            "vm.prank(OWNER);", f"{T}.delegate(OWNER);", f"uint256 then = {T}.clock();",
            # advance only the clock the token uses: the checkpoint is then in the past
            "vm.warp(block.timestamp + 1);" if timestamp else "vm.roll(block.number + 1);",
            f'vm.assertEq({T}.getPastVotes(OWNER, then), supply, "checkpoint at the delegation");',
            f'vm.assertEq({T}.getPastVotes(OWNER, then - 1), 0, "nothing before it");']))
        tests.append(function("test_PastVotes() public", [
            "vm.prank(OWNER);", f"{T}.delegate(OWNER);",
            f"uint256 then = {T}.clock();",
            "vm.warp(block.timestamp + 10);", "vm.roll(block.number + 10);",
            f'vm.assertEq({T}.getPastVotes(OWNER, then), supply, "checkpointed votes");',
            *([f'vm.assertEq({T}.getPastTotalSupply(then), {T}.totalSupply(), "checkpointed supply");']
              if s.has("getPastTotalSupply(uint256)") else []),
            f"uint256 future = {T}.clock();", "vm.expectRevert();", f"{T}.getPastVotes(OWNER, future);"]))
    if s.has("delegateBySig(address,uint256,uint256,uint8,bytes32,bytes32)"):
        tests.append(function("test_RevertWhen_DelegateBySigExpired() public", [
            "vm.expectRevert();", f"{T}.delegateBySig(ALICE, 0, block.timestamp - 1, 27, bytes32(0), bytes32(0));"]))
    return tests


FLASH_BORROWER = """/// ERC-3156 borrower: approves the repayment when `repay` is set, answers the callback hash.
contract FlashBorrower is IERC3156FlashBorrower {
    bool internal immutable repay;

    constructor(bool repay_) {
        repay = repay_;
    }

    function onFlashLoan(address, address token, uint256 amount, uint256 fee, bytes calldata)
        external
        returns (bytes32)
    {
        if (repay) {
            (bool ok,) = token.call(abi.encodeWithSignature("approve(address,uint256)", msg.sender, amount + fee));
            require(ok, "approve failed");
        }
        return keccak256("ERC3156FlashBorrower.onFlashLoan");
    }
}"""


def flash_tests(s: Subject) -> list[str]:
    if not s.has("flashLoan(address,address,uint256,bytes)", "maxFlashLoan(address)", "flashFee(address,uint256)"):
        return []
    return [
        function("test_FlashLoanIsRepaid() public", [
            "FlashBorrower borrower = new FlashBorrower(true);",
            f"uint256 amount = {T}.maxFlashLoan(address({T})) < 1000 ? {T}.maxFlashLoan(address({T})) : 1000;",
            f'vm.assertEq({T}.flashFee(address({T}), amount), 0, "no fee");',
            f'vm.assertTrue({T}.flashLoan(borrower, address({T}), amount, ""), "flash loan");',
            f'vm.assertEq({T}.totalSupply(), supply, "minted and burned within the call");']),
        function("test_RevertWhen_FlashLoanNotRepaid() public", [
            "FlashBorrower borrower = new FlashBorrower(false);",
            "vm.expectRevert();", f'{T}.flashLoan(borrower, address({T}), 1, "");']),
        function("test_RevertWhen_FlashLoanOtherToken() public", [
            "vm.expectRevert();", f"{T}.flashFee(address(0xDEAD), 1);",
            f'vm.assertEq({T}.maxFlashLoan(address(0xDEAD)), 0, "no other token");']),
    ]


def fuzz_tests(s: Subject) -> list[str]:
    tests = [] if soulbound(s) else [
        function("testFuzz_Transfer(address to, uint256 amount) public", [
            "vm.assume(to != address(0) && to != OWNER);",
            "amount = bound(amount, 0, supply);",
            "vm.prank(OWNER);", f"{T}.transfer(to, amount);",
            f'vm.assertEq({T}.balanceOf(to), amount, "credited");',
            f'vm.assertEq({T}.balanceOf(OWNER), supply - amount, "debited");']),
        function("testFuzz_TransferFrom(address spender, uint256 allowance, uint256 amount) public", [
            "vm.assume(spender != address(0) && spender != OWNER);",
            "allowance = bound(allowance, 0, supply);", "amount = bound(amount, 0, allowance);",
            "vm.prank(OWNER);", f"{T}.approve(spender, allowance);",
            "vm.prank(spender);", f"{T}.transferFrom(OWNER, BOB, amount);",
            f'vm.assertEq({T}.balanceOf(BOB), amount, "credited");',
            f'vm.assertEq({T}.allowance(OWNER, spender), allowance == type(uint256).max ? allowance : allowance - amount, "allowance");']),
        function("testFuzz_RevertWhen_TransferExceedsBalance(uint256 amount) public", [
            "amount = bound(amount, supply + 1, type(uint256).max);",
            *expect_revert_as("OWNER", f"{T}.transfer(ALICE, amount)")]),
    ]
    if s.has("mint(address,uint256)"):
        tests.append(function("testFuzz_Mint(address to, uint256 amount) public", [
            "vm.assume(to != address(0));",
            f"amount = bound(amount, 0, {_mint_room(s) if s.has('cap()') else 'type(uint128).max'});",
            f"uint256 before = {T}.balanceOf(to);",
            "vm.prank(OWNER);", f"{T}.mint(to, amount);",
            f'vm.assertEq({T}.balanceOf(to), before + amount, "minted");',
            f'vm.assertEq({T}.totalSupply(), supply + amount, "supply");']))
    if s.has("burn(uint256)"):
        tests.append(function("testFuzz_Burn(uint256 amount) public", [
            "amount = bound(amount, 0, supply);",
            "vm.prank(OWNER);", f"{T}.burn(amount);",
            f'vm.assertEq({T}.totalSupply(), supply - amount, "supply");']))
    return tests


def invariant_tests(s: Subject) -> str:
    """Handler-driven invariants: balances sum to the supply, supply = initial + minted - burned,
    supply within the cap, votes equal balances for self-delegated holders."""
    mint = s.has("mint(address,uint256)")
    capped = s.has("cap()")
    burn = s.has("burn(uint256)")
    burn_from = s.has("burnFrom(address,uint256)")
    votes = s.has("delegate(address)", "getVotes(address)")
    pausable = s.has("pause()", "unpause()", "paused()")
    bound_ = soulbound(s)
    if bound_:
        moved = [f"try {T}.transfer(actor(toSeed), amount) {{", "    if (amount > 0) movedSoulbound = true;", "} catch {}"]
    elif pausable:
        moved = [f"bool wasPaused = {T}.paused();", f"try {T}.transfer(actor(toSeed), amount) {{",
                 "    if (wasPaused) movedWhilePaused = true;", "} catch {}"]
    else:
        moved = [f"{T}.transfer(actor(toSeed), amount);"]
    actions = [
        function("transfer(uint256 fromSeed, uint256 toSeed, uint256 amount) external", [
            "address from = actor(fromSeed);",
            f"amount = bound(amount, 0, {T}.balanceOf(from));",
            *([line for line in moved if line.startswith("bool")] + ["vm.prank(from);"]
              + [line for line in moved if not line.startswith("bool")])]),
        function("transferFrom(uint256 ownerSeed, uint256 spenderSeed, uint256 toSeed, uint256 amount) external", [
            "address holder = actor(ownerSeed);", "address spender = actor(spenderSeed);",
            f"amount = bound(amount, 0, {T}.balanceOf(holder));",
            "vm.prank(holder);", f"{T}.approve(spender, amount);",
            "vm.prank(spender);",
            *([f"try {T}.transferFrom(holder, actor(toSeed), amount) {{", "    if (amount > 0) movedSoulbound = true;",
               "} catch {}"] if bound_ else [f"{T}.transferFrom(holder, actor(toSeed), amount);"])]),
    ]
    if mint:
        room = f"{T}.cap() - {T}.totalSupply()" if capped else f"type(uint128).max - {T}.totalSupply()"
        actions.append(function("mint(uint256 toSeed, uint256 amount) external", [
            f"amount = bound(amount, 0, {room});",
            "vm.prank(OWNER);", f"{T}.mint(actor(toSeed), amount);", "minted += amount;"]))
    if burn:
        actions.append(function("burn(uint256 seed, uint256 amount) external", [
            "address holder = actor(seed);", f"amount = bound(amount, 0, {T}.balanceOf(holder));",
            "vm.prank(holder);", f"{T}.burn(amount);", "burned += amount;"]))
    if burn_from:
        actions.append(function("burnFrom(uint256 ownerSeed, uint256 spenderSeed, uint256 amount) external", [
            "address holder = actor(ownerSeed);", "address spender = actor(spenderSeed);",
            f"amount = bound(amount, 0, {T}.balanceOf(holder));",
            "vm.prank(holder);", f"{T}.approve(spender, amount);",
            "vm.prank(spender);", f"{T}.burnFrom(holder, amount);", "burned += amount;"]))
    if pausable:
        actions.append(function("togglePause() external", [
            f"bool wasPaused = {T}.paused();",
            "vm.prank(OWNER);", f"if (wasPaused) {T}.unpause(); else {T}.pause();"]))
    handler = contract(f"{s.name}Handler", [
        f"{s.name} internal {T};", "uint256 public minted;", "uint256 public burned;",
        *(["bool public movedWhilePaused;"] if pausable else []),
        *(["bool public movedSoulbound;"] if bound_ else []),
        function(f"constructor({s.name} {T}_)", [f"{T} = {T}_;"]), *actions])

    setup = s.deploy_lines(T) + [
        *([f"if ({T}.totalSupply() == 0) {{",
           f"    uint256 amount = {T + '.cap() / 2' if capped else '1_000_000 ether'};",
           f"    vm.prank(OWNER);", f"    {T}.mint(OWNER, amount);", "}"] if mint else []),
        f"initialSupply = {T}.totalSupply();",
        f"handler = new {s.name}Handler({T});",
        f"uint256 share = {T}.balanceOf(OWNER) / 4;",
        "vm.startPrank(OWNER);",
        *([f"{T}.transfer(ALICE, share);", f"{T}.transfer(BOB, share);", f"{T}.transfer(CAROL, share);"] if not bound_ else
          [f"{T}.mint(ALICE, share);", f"{T}.mint(BOB, share);", f"{T}.mint(CAROL, share);",
           f"{T}.burn(share * 3);" if burn else "", "initialSupply = " + f"{T}.totalSupply();"] if mint and not capped else []),
        "vm.stopPrank();",
    ]
    setup = [line for line in setup if line]
    if votes:
        setup += [f"vm.prank(ALICE); {T}.delegate(ALICE);", f"vm.prank(BOB); {T}.delegate(BOB);",
                  f"vm.prank(CAROL); {T}.delegate(CAROL);"]
    invariants = [
        function("targetContracts() public view returns (address[] memory targets)", [
            "targets = new address[](1);", "targets[0] = address(handler);"]),
        function("invariant_BalancesSumToSupply() public view", [
            f"uint256 sum = {T}.balanceOf(OWNER) + {T}.balanceOf(ALICE) + {T}.balanceOf(BOB) + {T}.balanceOf(CAROL);",
            f'vm.assertEq(sum, {T}.totalSupply(), "balances sum to totalSupply");']),
        function("invariant_SupplyAccounting() public view", [
            f'vm.assertEq({T}.totalSupply(), initialSupply + handler.minted() - handler.burned(), "supply = initial + minted - burned");']),
    ]
    if capped:
        invariants.append(function("invariant_SupplyWithinCap() public view", [
            f'vm.assertLe({T}.totalSupply(), {T}.cap(), "supply within cap");']))
    if bound_:
        invariants.append(function("invariant_SoulboundNeverMoves() public view", [
            'vm.assertFalse(handler.movedSoulbound(), "a soulbound token moved");']))
    if pausable:
        invariants.append(function("invariant_NoTransferWhilePaused() public view", [
            'vm.assertFalse(handler.movedWhilePaused(), "a transfer succeeded while paused");']))
    if votes:
        invariants.append(function("invariant_VotesMatchBalances() public view", [
            f'vm.assertEq({T}.getVotes(ALICE), {T}.balanceOf(ALICE), "votes of ALICE");',
            f'vm.assertEq({T}.getVotes(BOB), {T}.balanceOf(BOB), "votes of BOB");',
            f'vm.assertEq({T}.getVotes(CAROL), {T}.balanceOf(CAROL), "votes of CAROL");']))
    suite = contract(f"{s.name}Invariants", [
        f"{s.name} internal {T};", f"{s.name}Handler internal handler;", "uint256 internal initialSupply;",
        function("setUp() public", setup), *invariants])
    return sol_file(s, [handler, suite])
