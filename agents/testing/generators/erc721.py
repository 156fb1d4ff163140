"""ERC721: minting (owner-only or public, auto or chosen ids, with URIs), transfers, approvals, safe
transfers to non-receivers, burning, pausing, enumeration, royalties (the stated share of a sale price),
max supply, base URI, votes and their clock, soulbound tokens, roles, no access, a proxy."""

from __future__ import annotations

from decimal import Decimal

from agents.testing.generators.base import (clock_tests, contract, expect_revert_as, function, no_access_tests,
                                            ownership_tests, pause_tests, role_guard_tests, role_tests, sol_file,
                                            upgrade_tests, upgrade_v2, views_test)
from agents.testing.generators.generic import erc165_tests
from agents.testing.solidity import string_literal
from agents.testing.subject import Subject

N = "nft"
URI = '"ipfs://token"'


def mint_kind(s: Subject) -> str | None:
    for sig, kind in (("safeMint(address)", "auto"), ("safeMint(address,string)", "auto_uri"),
                      ("safeMint(address,uint256)", "id"), ("safeMint(address,uint256,string)", "id_uri")):
        if s.has(sig):
            return kind
    return "public" if s.has("mint()", "MINT_PRICE()") else None


def mint_helper(s: Subject) -> str:
    """_mintTo(to): mints one token to `to` the way this contract allows; returns its id."""
    kind = mint_kind(s)
    call = {
        "auto": f"id = {N}.safeMint(to);",
        "auto_uri": f"id = {N}.safeMint(to, {URI});",
        "id": f"id = {N}.safeMint(to, nextId++);",
        "id_uri": f"id = {N}.safeMint(to, nextId++, {URI});",
    }.get(kind or "")
    if call:
        return function("_mintTo(address to) internal returns (uint256 id)", ["vm.prank(OWNER);", call])
    if kind == "public":
        return function("_mintTo(address to) internal returns (uint256 id)", [
            f"uint256 price = {N}.MINT_PRICE();", "vm.deal(to, price);", "vm.prank(to);",
            f"id = {N}.mint{{value: price}}();"])
    return function("_mintTo(address) internal pure returns (uint256)", ['revert("no mint function");'])


def owner_mint_call(s: Subject, to: str) -> str | None:
    return {"auto": f"{N}.safeMint({to})", "auto_uri": f"{N}.safeMint({to}, {URI})",
            "id": f"{N}.safeMint({to}, 777)", "id_uri": f"{N}.safeMint({to}, 777, {URI})"}.get(mint_kind(s) or "")


def unit_tests(s: Subject) -> str:
    spec = s.draft.spec
    kind = mint_kind(s)
    members = [f"{s.name} internal {N};", "uint256 internal nextId;", "uint256 internal tokenId;",
               function("setUp() public", [*s.deploy_lines(N), *(["tokenId = _mintTo(ALICE);"] if kind else [])]),
               mint_helper(s)]
    tests: list[str] = []
    if spec.name and s.has("name()"):
        tests.append(function("test_Name() public view", [f'vm.assertEq({N}.name(), {string_literal(spec.name)}, "name");']))
    if spec.symbol and s.has("symbol()"):
        tests.append(function("test_Symbol() public view", [f'vm.assertEq({N}.symbol(), {string_literal(spec.symbol)}, "symbol");']))
    tests += erc165_tests(s, N)
    if kind:
        tests += soulbound_tests(s) if soulbound(s) else core_tests(s)
        tests += optional_tests(s) + votes_tests(s)
    tests += ownership_tests(s, N) + role_tests(s, N) + pause_tests(s, N) + clock_tests(s, N) + no_access_tests(s, N)
    guarded = {"PAUSER_ROLE": f"{N}.pause()", "URI_SETTER_ROLE": f'{N}.setBaseURI("ipfs://moved/")'}
    if owner_mint_call(s, "BOB"):
        guarded["MINTER_ROLE"] = owner_mint_call(s, "BOB")
    tests += role_guard_tests(s, N, guarded)
    if kind:
        tests += upgrade_tests(s, N, [f'vm.assertEq({{var}}.ownerOf(tokenId), ALICE, "owner kept");',
                                      f'vm.assertEq({{var}}.balanceOf(ALICE), 1, "balance kept");'])
    views = views_test(s, N)
    if views:
        tests.append(views)
    return sol_file(s, [*([upgrade_v2(s)] if s.proxy else []), contract(f"{s.name}Test", members + tests)])


def soulbound(s: Subject) -> bool:
    return s.has_error("NonTransferable")


def soulbound_tests(s: Subject) -> list[str]:
    """Soulbound: minted tokens stay with their owner; approvals do not help anyone move them."""
    return [
        function("test_Mint() public", [
            f'vm.assertEq({N}.ownerOf(tokenId), ALICE, "owner of the new token");',
            f'vm.assertEq({N}.balanceOf(ALICE), 1, "balance");']),
        function("test_RevertWhen_TransferSoulbound() public", [
            *expect_revert_as("ALICE", f"{N}.transferFrom(ALICE, BOB, tokenId)"),
            *expect_revert_as("ALICE", f"{N}.safeTransferFrom(ALICE, BOB, tokenId)"),
            "vm.prank(ALICE);", f"{N}.setApprovalForAll(BOB, true);",
            *expect_revert_as("BOB", f"{N}.transferFrom(ALICE, BOB, tokenId)"),
            f'vm.assertEq({N}.ownerOf(tokenId), ALICE, "still bound to its owner");']),
        function("testFuzz_RevertWhen_TransferSoulbound(address to) public", [
            "vm.assume(to != address(0));",
            *expect_revert_as("ALICE", f"{N}.transferFrom(ALICE, to, tokenId)"),
            f'vm.assertEq({N}.ownerOf(tokenId), ALICE, "still bound");']),
    ]


def votes_tests(s: Subject) -> list[str]:
    """ERC721Votes: each token is one vote once delegated; checkpoints follow the token's clock."""
    if not s.has("delegate(address)", "getVotes(address)", "getPastVotes(address,uint256)", "clock()"):
        return []
    timestamp = s.option("clock") == "timestamp"
    return [
        function("test_DelegateGivesOneVotePerToken() public", [
            f'vm.assertEq({N}.getVotes(ALICE), 0, "no votes before delegating");',
            "vm.prank(ALICE);", f"{N}.delegate(ALICE);",
            f'vm.assertEq({N}.getVotes(ALICE), 1, "one token, one vote");',
            "_mintTo(ALICE);", f'vm.assertEq({N}.getVotes(ALICE), 2, "votes follow mints");',
            "vm.prank(ALICE);", f"{N}.delegate(CAROL);",
            f'vm.assertEq({N}.getVotes(ALICE), 0, "moved away");', f'vm.assertEq({N}.getVotes(CAROL), 2, "to the delegatee");']),
        function("test_CheckpointsFollowTheClock() public", [
            "vm.prank(ALICE);", f"{N}.delegate(ALICE);", f"uint256 then = {N}.clock();",
            "vm.warp(block.timestamp + 1);" if timestamp else "vm.roll(block.number + 1);",
            f'vm.assertEq({N}.getPastVotes(ALICE, then), 1, "checkpoint at the delegation");',
            f'vm.assertEq({N}.getPastTotalSupply(then), {N}.getPastTotalSupply(then), "total supply checkpoint");',
            f"uint256 future = {N}.clock();", "vm.expectRevert();", f"{N}.getPastVotes(ALICE, future);"]),
    ]


def core_tests(s: Subject) -> list[str]:
    tests = [
        function("test_Mint() public", [
            f'vm.assertEq({N}.ownerOf(tokenId), ALICE, "owner of the new token");',
            f'vm.assertEq({N}.balanceOf(ALICE), 1, "balance");',
            "uint256 second = _mintTo(BOB);",
            f'vm.assertTrue(second != tokenId, "fresh id");', f'vm.assertEq({N}.ownerOf(second), BOB, "second owner");']),
        function("test_TransferFrom() public", [
            "vm.prank(ALICE);", f"{N}.transferFrom(ALICE, BOB, tokenId);",
            f'vm.assertEq({N}.ownerOf(tokenId), BOB, "new owner");',
            f'vm.assertEq({N}.balanceOf(ALICE), 0, "sender balance");', f'vm.assertEq({N}.balanceOf(BOB), 1, "recipient balance");']),
        function("test_ApproveAndTransferFrom() public", [
            "vm.prank(ALICE);", f"{N}.approve(BOB, tokenId);",
            f'vm.assertEq({N}.getApproved(tokenId), BOB, "approved");',
            "vm.prank(BOB);", f"{N}.transferFrom(ALICE, CAROL, tokenId);",
            f'vm.assertEq({N}.ownerOf(tokenId), CAROL, "moved by the approved");',
            f'vm.assertEq({N}.getApproved(tokenId), address(0), "approval cleared");']),
        function("test_SetApprovalForAll() public", [
            "vm.prank(ALICE);", f"{N}.setApprovalForAll(BOB, true);",
            f'vm.assertTrue({N}.isApprovedForAll(ALICE, BOB), "operator");',
            "vm.prank(BOB);", f'{N}.safeTransferFrom(ALICE, CAROL, tokenId, "");',
            f'vm.assertEq({N}.ownerOf(tokenId), CAROL, "moved by the operator");']),
        function("test_SafeTransferFrom() public", [
            "vm.prank(ALICE);", f"{N}.safeTransferFrom(ALICE, BOB, tokenId);",
            f'vm.assertEq({N}.ownerOf(tokenId), BOB, "new owner");']),
        function("test_RevertWhen_SafeTransferToNonReceiver() public",
                 expect_revert_as("ALICE", f"{N}.safeTransferFrom(ALICE, address(this), tokenId)")),
        function("test_RevertWhen_TransferNotOwnerNorApproved() public",
                 expect_revert_as("STRANGER", f"{N}.transferFrom(ALICE, STRANGER, tokenId)")),
        function("test_RevertWhen_ApproveNotOwner() public", expect_revert_as("STRANGER", f"{N}.approve(STRANGER, tokenId)")),
        function("test_RevertWhen_TransferToZeroAddress() public",
                 expect_revert_as("ALICE", f"{N}.transferFrom(ALICE, address(0), tokenId)")),
        function("test_RevertWhen_OwnerOfNonexistent() public", ["vm.expectRevert();", f"{N}.ownerOf(tokenId + 1000);"]),
        function("test_TokenURI() public view", [
            f"string memory uri = {N}.tokenURI(tokenId);",
            *([f'vm.assertTrue(bytes(uri).length > 0, "uri set");']
              if mint_kind(s) in ("auto_uri", "id_uri") or s.draft.spec.options.get("base_uri") else []),
        ]),
        function("testFuzz_Transfer(address to) public", [
            "vm.assume(to != address(0) && to.code.length == 0 && to != ALICE);",
            "vm.prank(ALICE);", f"{N}.transferFrom(ALICE, to, tokenId);",
            f'vm.assertEq({N}.ownerOf(tokenId), to, "owner");', f'vm.assertEq({N}.balanceOf(to), 1, "balance");']),
        function("testFuzz_MintTo(address to) public", [
            "vm.assume(to != address(0) && to.code.length == 0 && uint160(to) > 0x10000);",
            f"uint256 before = {N}.balanceOf(to);", "uint256 id = _mintTo(to);",
            f'vm.assertEq({N}.ownerOf(id), to, "owner");', f'vm.assertEq({N}.balanceOf(to), before + 1, "balance");']),
    ]
    call = owner_mint_call(s, "STRANGER")
    if call:
        tests.append(function("test_RevertWhen_MintNotOwner() public", expect_revert_as("STRANGER", call)))
        tests.append(function("test_RevertWhen_MintToNonReceiver() public",
                              expect_revert_as("OWNER", owner_mint_call(s, "address(this)") or "")))
    if mint_kind(s) in ("id", "id_uri"):
        tests.append(function("test_RevertWhen_MintExistingId() public", [
            "vm.prank(OWNER);", f"{N}.safeMint(BOB, 555{', ' + URI if mint_kind(s) == 'id_uri' else ''});",
            *expect_revert_as("OWNER", f"{N}.safeMint(CAROL, 555{', ' + URI if mint_kind(s) == 'id_uri' else ''})")]))
    return tests


def optional_tests(s: Subject) -> list[str]:
    tests: list[str] = []
    if s.has("burn(uint256)"):
        tests += [
            function("test_Burn() public", [
                "vm.prank(ALICE);", f"{N}.burn(tokenId);", f'vm.assertEq({N}.balanceOf(ALICE), 0, "burned");',
                "vm.expectRevert();", f"{N}.ownerOf(tokenId);"]),
            function("test_RevertWhen_BurnNotOwner() public", expect_revert_as("STRANGER", f"{N}.burn(tokenId)")),
        ]
    if s.has("pause()", "unpause()"):
        tests += [
            function("test_RevertWhen_TransferWhilePaused() public", [
                "vm.prank(OWNER);", f"{N}.pause();", *expect_revert_as("ALICE", f"{N}.transferFrom(ALICE, BOB, tokenId)"),
                f'vm.assertEq({N}.ownerOf(tokenId), ALICE, "a paused collection moves nothing");']),
        ]
        call = owner_mint_call(s, "BOB")
        if call:
            tests.append(function("test_RevertWhen_MintWhilePaused() public", [
                "vm.prank(OWNER);", f"{N}.pause();", *expect_revert_as("OWNER", call)]))
    if s.has("totalSupply()", "tokenByIndex(uint256)", "tokenOfOwnerByIndex(address,uint256)"):
        tests.append(function("test_Enumerable() public", [
            "uint256 second = _mintTo(ALICE);",
            f'vm.assertEq({N}.totalSupply(), 2, "total");',
            f'vm.assertEq({N}.tokenByIndex(1), second, "by index");',
            f'vm.assertEq({N}.tokenOfOwnerByIndex(ALICE, 0), tokenId, "of owner by index");',
            "vm.expectRevert();", f"{N}.tokenByIndex(2);"]))
    if s.has("royaltyInfo(uint256,uint256)"):
        percent = s.draft.spec.options.get("percent")
        bps = int(Decimal(str(percent)) * 100) if percent else 500
        tests.append(function("test_RoyaltyInfo() public view", [
            f"(address receiver, uint256 amount) = {N}.royaltyInfo(tokenId, 10_000);",
            f'vm.assertEq(receiver, OWNER, "royalty receiver");', f'vm.assertEq(amount, {bps}, "royalty bps");',
            f"(, uint256 onSale) = {N}.royaltyInfo(tokenId, 2 ether);",
            f'vm.assertEq(onSale, 2 ether * {bps} / 10_000, "the stated share of a 2 ether sale");']))
        tests.append(function("testFuzz_RoyaltyIsTheStatedShare(uint256 price) public view", [
            "price = bound(price, 0, type(uint128).max);",
            f"(, uint256 amount) = {N}.royaltyInfo(tokenId, price);",
            f'vm.assertEq(amount, price * {bps} / 10_000, "share of the price");']))
    if s.has("setBaseURI(string)"):
        tests += [
            function("test_SetBaseURI() public", [
                "vm.prank(OWNER);", f'{N}.setBaseURI("https://new.example/");',
                f'vm.assertEq({N}.tokenURI(tokenId), '
                + ('"https://new.example/ipfs://token"' if mint_kind(s) in ("auto_uri", "id_uri")
                   else 'string.concat("https://new.example/", _decimal(tokenId))') + ', "base uri applied");']),
            function("test_RevertWhen_SetBaseURINotOwner() public", expect_revert_as("STRANGER", f'{N}.setBaseURI("x")')),
            function("_decimal(uint256 value) internal pure returns (string memory text)", [
                "if (value == 0) return \"0\";",
                "while (value > 0) {", "    text = string.concat(string(abi.encodePacked(bytes1(uint8(48 + value % 10)))), text);",
                "    value /= 10;", "}"]),
        ]
    if s.has("MAX_SUPPLY()"):
        tests.append(function("test_RevertWhen_MaxSupplyReached() public", [
            "// Jump the id counter to MAX_SUPPLY: it is the slot a mint writes that counts mints.",
            "_mintTo(BOB);", "vm.record();", "_mintTo(CAROL);",
            f"(, bytes32[] memory writes) = vm.accesses(address({N}));",
            "for (uint256 i = 0; i < writes.length; i++) {",
            f"    if (uint256(vm.load(address({N}), writes[i])) == 3) vm.store(address({N}), writes[i], bytes32({N}.MAX_SUPPLY()));",
            "}",
            *(["vm.prank(OWNER);", "vm.expectRevert();", owner_mint_call(s, "BOB") + ";"] if owner_mint_call(s, "BOB") else []),
            *([f"uint256 price = {N}.MINT_PRICE();", "vm.deal(BOB, price);", "vm.prank(BOB);", "vm.expectRevert();",
               f"{N}.mint{{value: price}}();"] if s.has("mint()", "MINT_PRICE()") else [])]))
    if s.has("mint()", "MINT_PRICE()"):
        tests += [
            function("test_PublicMint() public", [
                f"uint256 price = {N}.MINT_PRICE();", "vm.deal(BOB, price);", "vm.prank(BOB);",
                f"uint256 id = {N}.mint{{value: price}}();",
                f'vm.assertEq({N}.ownerOf(id), BOB, "minted to the payer");']),
            function("test_RevertWhen_PublicMintWrongPrice() public", [
                f"uint256 price = {N}.MINT_PRICE();", "vm.deal(BOB, price + 1);",
                "vm.prank(BOB);", "vm.expectRevert();", f"{N}.mint{{value: price + 1}}();",
                "vm.prank(BOB);", "vm.expectRevert();", f"{N}.mint{{value: price - 1}}();"]),
        ]
        if s.has("withdraw()"):
            tests += [
                function("test_Withdraw() public", [
                    f"uint256 price = {N}.MINT_PRICE();", "vm.deal(BOB, price);", "vm.prank(BOB);",
                    f"{N}.mint{{value: price}}();", f"uint256 held = address({N}).balance;",
                    "uint256 before = OWNER.balance;", "vm.prank(OWNER);", f"{N}.withdraw();",
                    f'vm.assertEq(OWNER.balance, before + held, "proceeds to the owner");',
                    f'vm.assertEq(address({N}).balance, 0, "emptied");']),
                function("test_RevertWhen_WithdrawNotOwner() public", expect_revert_as("STRANGER", f"{N}.withdraw()")),
                function("test_RevertWhen_WithdrawToRejectingOwner() public", [
                    f"uint256 price = {N}.MINT_PRICE();", "vm.deal(BOB, price);", "vm.prank(BOB);",
                    f"{N}.mint{{value: price}}();",
                    *(["vm.prank(OWNER);", f"{N}.transferOwnership(address(this));"] if s.ownable() else
                      ["bytes32 admin = " + f"{N}.DEFAULT_ADMIN_ROLE();", "vm.prank(OWNER);", f"{N}.grantRole(admin, address(this));"]),
                    "vm.expectRevert();", f"{N}.withdraw();"]),
            ]
    return tests


def invariant_tests(s: Subject) -> str | None:
    """Every live token has exactly one owner among the actors; balances add up to live tokens;
    enumerable totalSupply agrees; minted never exceeds MAX_SUPPLY; no transfer while paused."""
    kind = mint_kind(s)
    if not kind:
        return None
    burn = s.has("burn(uint256)")
    pausable = s.has("pause()", "unpause()", "paused()")
    actions = [
        function("mint(uint256 toSeed) external", ["uint256 id = _mintTo(actor(toSeed));", "ids.push(id);", "live[id] = true;", "minted++;"]),
        function("transfer(uint256 idSeed, uint256 toSeed) external", [
            "if (ids.length == 0) return;", "uint256 id = ids[idSeed % ids.length];",
            "if (!live[id]) return;",
            f"address from = {N}.ownerOf(id);",
            *([f"bool wasPaused = {N}.paused();"] if pausable else []),
            "vm.prank(from);",
            *([f"try {N}.transferFrom(from, actor(toSeed), id) {{",
               "    if (actor(toSeed) != from) movedSoulbound = true;", "} catch {}"] if soulbound(s) else
              [f"{N}.transferFrom(from, actor(toSeed), id);", *(["if (wasPaused) movedWhilePaused = true;"] if pausable else [])])]),
    ]
    if burn:
        actions.append(function("burn(uint256 idSeed) external", [
            "if (ids.length == 0) return;", "uint256 id = ids[idSeed % ids.length];", "if (!live[id]) return;",
            f"address holder = {N}.ownerOf(id);", "vm.prank(holder);", f"{N}.burn(id);", "live[id] = false;", "burned++;"]))
    if pausable:
        actions.append(function("togglePause() external", [
            f"bool wasPaused = {N}.paused();", "vm.prank(OWNER);", f"if (wasPaused) {N}.unpause(); else {N}.pause();"]))
    handler = contract(f"{s.name}Handler", [
        f"{s.name} internal {N};", "uint256 internal nextId = 1000;", "uint256[] public ids;",
        "mapping(uint256 => bool) public live;", "uint256 public minted;", "uint256 public burned;",
        *(["bool public movedWhilePaused;"] if pausable else []),
        *(["bool public movedSoulbound;"] if soulbound(s) else []),
        function(f"constructor({s.name} {N}_)", [f"{N} = {N}_;"]),
        mint_helper(s).replace("function _mintTo", "function _mintTo"),
        function("idCount() external view returns (uint256)", ["return ids.length;"]),
        *actions])
    invariants = [
        function("targetContracts() public view returns (address[] memory targets)", [
            "targets = new address[](1);", "targets[0] = address(handler);"]),
        function("invariant_BalancesMatchLiveTokens() public view", [
            f"uint256 sum = {N}.balanceOf(ALICE) + {N}.balanceOf(BOB) + {N}.balanceOf(CAROL);",
            'vm.assertEq(sum, handler.minted() - handler.burned(), "balances = minted - burned");']),
        function("invariant_EveryLiveTokenHasAnActorOwner() public view", [
            "for (uint256 i = 0; i < handler.idCount(); i++) {",
            "    uint256 id = handler.ids(i);",
            "    if (!handler.live(id)) continue;",
            f"    address holder = {N}.ownerOf(id);",
            '    vm.assertTrue(holder == ALICE || holder == BOB || holder == CAROL, "owner is an actor");',
            "}"]),
    ]
    if s.has("totalSupply()"):
        invariants.append(function("invariant_TotalSupplyMatches() public view", [
            f'vm.assertEq({N}.totalSupply(), handler.minted() - handler.burned(), "totalSupply");']))
    if s.has("MAX_SUPPLY()"):
        invariants.append(function("invariant_WithinMaxSupply() public view", [
            f'vm.assertLe(handler.minted(), {N}.MAX_SUPPLY(), "max supply");']))
    if pausable and not soulbound(s):
        invariants.append(function("invariant_NoTransferWhilePaused() public view", [
            'vm.assertFalse(handler.movedWhilePaused(), "a transfer succeeded while paused");']))
    if soulbound(s):
        invariants.append(function("invariant_SoulboundNeverMoves() public view", [
            'vm.assertFalse(handler.movedSoulbound(), "a soulbound token moved");']))
    suite = contract(f"{s.name}Invariants", [
        f"{s.name} internal {N};", f"{s.name}Handler internal handler;",
        function("setUp() public", [*s.deploy_lines(N), f"handler = new {s.name}Handler({N});",
                                    *(_hand_over(s))]),
        *invariants])
    return sol_file(s, [handler, suite])


def _hand_over(s: Subject) -> list[str]:
    """The handler mints as OWNER through vm.prank, so nothing to hand over; kept for clarity."""
    return []
