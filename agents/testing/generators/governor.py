"""Governor: propose, vote (for/against/abstain) with the token's votes at the snapshot, succeed only
with quorum and more for than against, queue in the timelock when there is one (created, or an
existing one the test deploys and hands over), execute; the proposer cancels while pending; the
requested delay, period, threshold and quorum hold on the requested clock; behind a proxy, an upgrade
happens only through a passed proposal (UUPS) or the ProxyAdmin's owner (transparent).
Holders: OWNER 60%, ALICE 30%, BOB 10%, CAROL just under quorum."""

from __future__ import annotations

from agents.testing.generators.base import (IMPLEMENTATION_SLOT, contract, expect_revert_as, function,
                                            requested_args_test, sol_file, upgrade_tests, upgrade_v2, views_test)
from agents.testing.solidity import Sol, constructor_inputs
from agents.testing.subject import Subject

G = "gov"
IMPORTS = ['import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";',
           'import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";',
           'import {ERC20Votes} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Votes.sol";',
           'import {Nonces} from "@openzeppelin/contracts/utils/Nonces.sol";',
           'import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";']
HELPERS = """/// The votes token as the tests use it (the governor's own token or a test one).
interface IVotesToken {
    function transfer(address to, uint256 amount) external returns (bool);
    function balanceOf(address account) external view returns (uint256);
    function totalSupply() external view returns (uint256);
    function delegate(address delegatee) external;
    function getVotes(address account) external view returns (uint256);
    function nonces(address owner) external view returns (uint256);
}

/// A votes token for governors that take an existing token.
contract TestVotesToken is ERC20, ERC20Permit, ERC20Votes {
    constructor(address holder) ERC20("Test Votes", "TV") ERC20Permit("Test Votes") {
        _mint(holder, 1_000_000 ether);
    }

    function _update(address from, address to, uint256 value) internal override(ERC20, ERC20Votes) {
        super._update(from, to, value);
    }

    function nonces(address owner) public view override(ERC20Permit, Nonces) returns (uint256) {
        return super.nonces(owner);
    }
}

/// A timestamp-clock votes token for governors on the timestamp clock that take an existing token.
contract TestVotesTokenTimestamp is TestVotesToken {
    constructor(address holder) TestVotesToken(holder) {}

    function clock() public view override returns (uint48) {
        return uint48(block.timestamp);
    }

    // solhint-disable-next-line func-name-mixedcase
    function CLOCK_MODE() public pure override returns (string memory) {
        return "mode=timestamp";
    }
}

/// What proposals change.
contract Box {
    uint256 public value;

    function store(uint256 newValue) external {
        value = newValue;
    }
}"""


def _inputs(s: Subject) -> list[dict]:
    return (s.initializer() or {}).get("inputs", []) if s.proxy else constructor_inputs(s.abi)


def existing_token(s: Subject) -> bool:
    return any("token" in (p.get("name") or "").lower() for p in _inputs(s))


def existing_timelock(s: Subject) -> bool:
    return any("timelock" in (p.get("name") or "").lower() for p in _inputs(s))


def timestamp_clock(s: Subject) -> bool:
    return s.option("clock") == "timestamp"


def setup_lines(s: Subject) -> list[str]:
    token = "TestVotesTokenTimestamp" if timestamp_clock(s) else "TestVotesToken"
    values = []
    for p in _inputs(s):
        name = (p.get("name") or "").lower()
        values.append(Sol(f"address(new {token}(OWNER))") if "token" in name else
                      Sol("address(existingTimelock)") if "timelock" in name else Sol("OWNER"))
    before = (["address[] memory noProposers = new address[](0);", "address[] memory anyone = new address[](1);",
               "existingTimelock = new TimelockController(2 days, noProposers, anyone, address(this));"]
              if existing_timelock(s) else [])
    after = (["existingTimelock.grantRole(existingTimelock.PROPOSER_ROLE(), address(gov));",
              "existingTimelock.grantRole(existingTimelock.CANCELLER_ROLE(), address(gov));",
              "existingTimelock.renounceRole(existingTimelock.DEFAULT_ADMIN_ROLE(), address(this));"]
             if existing_timelock(s) else [])
    return [
        *before, *s.deploy_lines(G, values=values), *after,
        f"token = IVotesToken(address({G}.token()));", "box = new Box();",
        "uint256 supply = token.totalSupply();",
        "vm.startPrank(OWNER);", "token.transfer(ALICE, supply * 3 / 10);", "token.transfer(BOB, supply / 10);",
        "token.delegate(OWNER);", "vm.stopPrank();",
        "vm.prank(ALICE); token.delegate(ALICE);", "vm.prank(BOB); token.delegate(BOB);",
        "vm.roll(block.number + 1);", "vm.warp(block.timestamp + 12);",
        f"uint256 quorum = {G}.quorum({G}.clock() - 1);",
        "vm.prank(OWNER); token.transfer(CAROL, quorum - 1);", "vm.prank(CAROL); token.delegate(CAROL);",
        "vm.roll(block.number + 1);", "vm.warp(block.timestamp + 12);",
    ]


def _to(s: Subject, timepoint: str) -> list[str]:
    """Move both clocks so the governor's clock is past `timepoint` (blocks 12 s apart)."""
    if timestamp_clock(s):
        return [f"vm.warp({timepoint} + 1);", "vm.roll(block.number + 1);"]
    return [f"vm.warp(block.timestamp + ({timepoint} + 1 - block.number) * 12);", f"vm.roll({timepoint} + 1);"]


def expected_settings(s: Subject) -> dict[str, object]:
    """The voting delay, period, threshold and quorum the request asked for, as the template computed them."""
    from agents.generation.composer import resolve_values

    options = s.draft.spec.options.get("template_options") or {}
    try:
        return resolve_values(s.draft.spec, options)
    except Exception:  # noqa: BLE001 - a draft not from the template: no expectations
        return {}


def unit_tests(s: Subject) -> str:
    timelock = s.has("timelock()", "queue(address[],uint256[],bytes[],bytes32)")
    members = [
        f"{s.name} internal {G};", "IVotesToken internal token;", "Box internal box;",
        function("setUp() public", setup_lines(s)),
        function("_proposal(uint256 v) internal view returns (address[] memory targets, uint256[] memory values, bytes[] memory calldatas)", [
            "targets = new address[](1);", "targets[0] = address(box);", "values = new uint256[](1);",
            "calldatas = new bytes[](1);", "calldatas[0] = abi.encodeWithSelector(Box.store.selector, v);"]),
        function("_propose(uint256 v) internal returns (uint256 id)", [
            "(address[] memory t, uint256[] memory vals, bytes[] memory c) = _proposal(v);",
            "vm.prank(ALICE);", f'id = {G}.propose(t, vals, c, string.concat("store ", vm.toString(v)));']),
        function("_toVoting(uint256 id) internal", _to(s, f"{G}.proposalSnapshot(id)")),
        function("_toEnd(uint256 id) internal", _to(s, f"{G}.proposalDeadline(id)")),
        function("_vote(uint256 id, address who, uint8 support) internal", ["vm.prank(who);", f"{G}.castVote(id, support);"]),
        function("_pass(uint256 v) internal returns (uint256 id)", [
            "id = _propose(v);", "_toVoting(id);", "_vote(id, OWNER, 1);", "_vote(id, ALICE, 1);", "_toEnd(id);"]),
        function("_hash(uint256 v) internal pure returns (bytes32)", ['return keccak256(bytes(string.concat("store ", vm.toString(v))));']),
    ]
    finish = ([f"{G}.queue(t, vals, c, _hash(42));", f'vm.assertEq(uint256({G}.state(id)), 5, "queued");',
               f'vm.assertTrue({G}.proposalNeedsQueuing(id), "needs queuing");',
               f"vm.warp(block.timestamp + TimelockController(payable({G}.timelock())).getMinDelay() + 1);"] if timelock else [])
    settings = expected_settings(s)
    tests = [
        *([requested_args_test(s, G)] if not existing_token(s) and not existing_timelock(s) else []),
        function("test_Settings() public view", [
            f'vm.assertGt({G}.votingPeriod(), 0, "voting period");', f"{G}.votingDelay();",
            f"{G}.COUNTING_MODE();",
            f'vm.assertGt({G}.quorum({G}.clock() - 1), 0, "quorum");', f"{G}.name();", 'token.nonces(OWNER);',
            *([f'vm.assertEq({G}.votingDelay(), {settings["voting_delay"]}, "the requested voting delay");',
               f'vm.assertEq({G}.votingPeriod(), {settings["voting_period"]}, "the requested voting period");',
               f'vm.assertEq({G}.proposalThreshold(), {settings["proposal_threshold_units"]}, "the requested threshold");',
               f'vm.assertEq({G}.quorumNumerator(), {settings["quorum_percent"]}, "the requested quorum percent");',
               f'vm.assertEq({G}.quorum({G}.clock() - 1), token.totalSupply() * {settings["quorum_percent"]} / 100, "quorum of the supply");']
              if settings else [])]),
        function("test_ClockIsTheTokens() public view", [
            f'vm.assertEq(uint256({G}.clock()), {"block.timestamp" if timestamp_clock(s) else "block.number"}, "governor clock");',
            f'vm.assertEq({G}.CLOCK_MODE(), "{"mode=timestamp" if timestamp_clock(s) else "mode=blocknumber&from=default"}", "clock mode");']),
        function("test_VotingOpensAfterTheDelayAndClosesAfterThePeriod() public", [
            "uint256 id = _propose(12);",
            f'vm.assertEq({G}.proposalSnapshot(id), {G}.clock() + {G}.votingDelay(), "snapshot = now + delay");',
            f'vm.assertEq({G}.proposalDeadline(id), {G}.proposalSnapshot(id) + {G}.votingPeriod(), "deadline = snapshot + period");',
            *_to(s, f"{G}.proposalSnapshot(id) - 1"),
            f'vm.assertEq(uint256({G}.state(id)), 0, "still pending at the snapshot");',
            *_to(s, f"{G}.proposalSnapshot(id)"),
            f'vm.assertEq(uint256({G}.state(id)), 1, "active after it");',
            *_to(s, f"{G}.proposalDeadline(id) - 1"),
            f'vm.assertEq(uint256({G}.state(id)), 1, "active until the deadline");',
            *_to(s, f"{G}.proposalDeadline(id)"),
            f'vm.assertEq(uint256({G}.state(id)), 3, "over (no votes: defeated)");']),
        function("test_ProposeVoteExecute() public", [
            "uint256 id = _propose(42);", f'vm.assertEq(uint256({G}.state(id)), 0, "pending");',
            "_toVoting(id);", f'vm.assertEq(uint256({G}.state(id)), 1, "active");',
            "_vote(id, OWNER, 1);", "vm.prank(ALICE);", f'{G}.castVoteWithReason(id, 1, "yes");', "_vote(id, BOB, 2);",
            f'vm.assertTrue({G}.hasVoted(id, ALICE), "voted");',
            f"(uint256 against, uint256 forVotes, uint256 abstain) = {G}.proposalVotes(id);",
            'vm.assertEq(forVotes, token.balanceOf(OWNER) + token.balanceOf(ALICE), "for = weights");',
            'vm.assertEq(abstain, token.balanceOf(BOB), "abstain");', 'vm.assertEq(against, 0, "against");',
            "_toEnd(id);", f'vm.assertEq(uint256({G}.state(id)), 4, "succeeded");',
            "(address[] memory t, uint256[] memory vals, bytes[] memory c) = _proposal(42);", *finish,
            "vm.prank(STRANGER);", f"{G}.execute(t, vals, c, _hash(42));",
            f'vm.assertEq(uint256({G}.state(id)), 7, "executed");', 'vm.assertEq(box.value(), 42, "the proposal ran");']),
        function("test_DefeatedWithoutQuorum() public", [
            "uint256 id = _propose(1);", "_toVoting(id);", "_vote(id, CAROL, 1);", "_toEnd(id);",
            f'vm.assertEq(uint256({G}.state(id)), 3, "defeated below quorum");']),
        function("test_DefeatedWhenMoreAgainst() public", [
            "uint256 id = _propose(2);", "_toVoting(id);", "_vote(id, ALICE, 1);", "_vote(id, OWNER, 0);", "_toEnd(id);",
            f'vm.assertEq(uint256({G}.state(id)), 3, "defeated");',
            "(address[] memory t, uint256[] memory vals, bytes[] memory c) = _proposal(2);",
            "vm.expectRevert();", f"{G}.execute(t, vals, c, _hash(2));"]),
        function("test_RevertWhen_VoteTwice() public", [
            "uint256 id = _propose(3);", "_toVoting(id);", "_vote(id, ALICE, 1);", *expect_revert_as("ALICE", f"{G}.castVote(id, 0)")]),
        function("test_RevertWhen_VoteBeforeStartOrAfterEnd() public", [
            "uint256 id = _propose(4);", *expect_revert_as("ALICE", f"{G}.castVote(id, 1)"),
            "_toEnd(id);", *expect_revert_as("ALICE", f"{G}.castVote(id, 1)")]),
        function("test_VotesCountAtTheSnapshot() public", [
            "uint256 id = _propose(5);", "_toVoting(id);",
            "uint256 aliceWeight = token.balanceOf(ALICE);", "vm.prank(ALICE);", "token.transfer(STRANGER, aliceWeight);",
            "vm.prank(STRANGER);", "token.delegate(STRANGER);", "_vote(id, STRANGER, 1);", "_vote(id, ALICE, 1);",
            f"(, uint256 forVotes,) = {G}.proposalVotes(id);", 'vm.assertEq(forVotes, aliceWeight, "snapshot weights only");',
            f'vm.assertEq({G}.getVotes(STRANGER, {G}.proposalSnapshot(id)), 0, "no weight at the snapshot");']),
        function("test_RevertWhen_ExecuteBeforeSuccess() public", [
            "uint256 id = _propose(6);", "_toVoting(id);",
            "(address[] memory t, uint256[] memory vals, bytes[] memory c) = _proposal(6);",
            "vm.expectRevert();", f"{G}.execute(t, vals, c, _hash(6));"]),
        function("test_ProposerCancelsWhilePending() public", [
            "uint256 id = _propose(7);", "(address[] memory t, uint256[] memory vals, bytes[] memory c) = _proposal(7);",
            *expect_revert_as("STRANGER", f"{G}.cancel(t, vals, c, _hash(7))"),
            "vm.prank(ALICE);", f"{G}.cancel(t, vals, c, _hash(7));", f'vm.assertEq(uint256({G}.state(id)), 2, "canceled");']),
        function("test_RevertWhen_ProposeTwice() public", [
            "_propose(8);", "(address[] memory t, uint256[] memory vals, bytes[] memory c) = _proposal(8);",
            "vm.prank(ALICE);", "vm.expectRevert();", f'{G}.propose(t, vals, c, "store 8");']),
        function("testFuzz_WeightIsBalanceAtSnapshot(uint256 amount) public", [
            "amount = bound(amount, 1, token.balanceOf(OWNER) / 2);", "vm.prank(OWNER);", "token.transfer(STRANGER, amount);",
            "vm.prank(STRANGER);", "token.delegate(STRANGER);", "vm.roll(block.number + 1);",
            "uint256 id = _propose(9);", "_toVoting(id);", "_vote(id, STRANGER, 0);",
            f"(uint256 against,,) = {G}.proposalVotes(id);", 'vm.assertEq(against, amount, "weight = balance at snapshot");']),
    ]
    if settings and settings.get("proposal_threshold_units") not in (None, "0"):
        tests.append(function("test_RevertWhen_ProposerBelowThreshold() public", [
            "(address[] memory t, uint256[] memory vals, bytes[] memory c) = _proposal(13);",
            f'vm.assertLt({G}.getVotes(STRANGER, {G}.clock() - 1), {G}.proposalThreshold(), "below");',
            "vm.prank(STRANGER);", "vm.expectRevert();", f'{G}.propose(t, vals, c, "store 13");']))
    tests += _upgrade_tests(s, timelock)
    if timelock:
        tests += [
            function("test_RevertWhen_QueueBeforeSuccess() public", [
                "uint256 id = _propose(10);", "_toVoting(id);",
                "(address[] memory t, uint256[] memory vals, bytes[] memory c) = _proposal(10);",
                "vm.expectRevert();", f"{G}.queue(t, vals, c, _hash(10));", f'vm.assertEq(uint256({G}.state(id)), 1, "still active");']),
            function("test_RevertWhen_ExecuteBeforeTimelockDelay() public", [
                "_pass(11);", "(address[] memory t, uint256[] memory vals, bytes[] memory c) = _proposal(11);",
                f"{G}.queue(t, vals, c, _hash(11));", "vm.expectRevert();", f"{G}.execute(t, vals, c, _hash(11));"]),
            function("test_TimelockIsGovernedByTheGovernor() public", [
                f"TimelockController tl = TimelockController(payable({G}.timelock()));",
                f'vm.assertTrue(tl.hasRole(tl.PROPOSER_ROLE(), address({G})), "governor proposes");',
                f'vm.assertTrue(tl.hasRole(tl.CANCELLER_ROLE(), address({G})), "governor cancels");',
                'vm.assertTrue(tl.hasRole(tl.EXECUTOR_ROLE(), address(0)), "anyone executes");',
                f'vm.assertFalse(tl.hasRole(tl.DEFAULT_ADMIN_ROLE(), address({G})), "no admin left");',
                'vm.assertFalse(tl.hasRole(tl.PROPOSER_ROLE(), OWNER), "the deployer cannot propose");']),
        ]
    views = views_test(s, G)
    if views:
        tests.append(views)
    if existing_timelock(s):
        members.insert(0, "TimelockController internal existingTimelock;")
    v2 = [upgrade_v2(s)] if s.proxy else []
    return sol_file(s, [HELPERS, *v2, contract(f"{s.name}Test", members + tests)], IMPORTS)


def _upgrade_tests(s: Subject, timelock: bool) -> list[str]:
    """Transparent: the ProxyAdmin's owner upgrades. UUPS: only governance (a passed proposal) upgrades."""
    if s.proxy == "transparent":
        return upgrade_tests(s, G, [f'vm.assertEq({{var}}.votingPeriod(), {G}.votingPeriod(), "settings kept");',
                                    f'vm.assertEq(address({{var}}.token()), address(token), "token kept");'])
    if s.proxy != "uups":
        return []
    implementation = f"address(uint160(uint256(vm.load(address({G}), bytes32({IMPLEMENTATION_SLOT})))))"
    finish = ([f"{G}.queue(t, vals, c, h);",
               f"vm.warp(block.timestamp + TimelockController(payable({G}.timelock())).getMinDelay() + 1);"] if timelock else [])
    return [
        function("test_RevertWhen_UpgradeOutsideGovernance() public", [
            f"{s.name}V2 next = new {s.name}V2();",
            *expect_revert_as("OWNER", f'{G}.upgradeToAndCall(address(next), "")'),
            *expect_revert_as("STRANGER", f'{G}.upgradeToAndCall(address(next), "")')]),
        function("test_UpgradeThroughAProposalKeepsState() public", [
            f"{s.name}V2 next = new {s.name}V2();", f"uint256 period = {G}.votingPeriod();",
            "address[] memory t = new address[](1);", f"t[0] = address({G});",
            "uint256[] memory vals = new uint256[](1);", "bytes[] memory c = new bytes[](1);",
            f'c[0] = abi.encodeCall({G}.upgradeToAndCall, (address(next), ""));',
            'bytes32 h = keccak256(bytes("upgrade"));',
            "vm.prank(ALICE);", f'uint256 id = {G}.propose(t, vals, c, "upgrade");',
            "_toVoting(id);", "_vote(id, OWNER, 1);", "_vote(id, ALICE, 1);", "_toEnd(id);", *finish,
            f"{G}.execute(t, vals, c, h);",
            f'vm.assertEq({implementation}, address(next), "implementation replaced");',
            f'vm.assertEq({s.name}V2(payable(address({G}))).upgradeMarker(), 2, "new code answers");',
            f'vm.assertEq({G}.votingPeriod(), period, "settings kept");',
            f'vm.assertEq(uint256({G}.state(id)), 7, "the proposal kept its state");']),
    ]


def invariant_tests(s: Subject) -> str:
    """On one open proposal: each account votes once, the tally equals the voters' snapshot weights,
    and never exceeds the supply; voting power never exceeds the supply as tokens move."""
    handler = contract(f"{s.name}Handler", [
        f"{s.name} internal {G};", "IVotesToken internal token;", "uint256 public id;", "uint256 public tallied;",
        "uint256 public doubleVotes;",
        function(f"constructor({s.name} {G}_, IVotesToken token_, uint256 id_)", [f"{G} = {G}_;", "token = token_;", "id = id_;"]),
        function("vote(uint256 seed, uint8 support) external", [
            "address who = [OWNER, ALICE, BOB, CAROL][seed % 4];", f"bool already = {G}.hasVoted(id, who);",
            f"uint256 weight = {G}.getVotes(who, {G}.proposalSnapshot(id));",
            "vm.prank(who);", f"try {G}.castVote(id, support % 3) {{ if (already) doubleVotes++; tallied += weight; }} catch {{}}"]),
        function("move(uint256 fromSeed, uint256 toSeed, uint256 amount) external", [
            "address from = actor(fromSeed);", "amount = bound(amount, 0, token.balanceOf(from));",
            "vm.prank(from);", "token.transfer(actor(toSeed), amount);"]),
        function("redelegate(uint256 seed, uint256 toSeed) external", ["vm.prank(actor(seed));", "token.delegate(actor(toSeed));"]),
    ])
    suite = contract(f"{s.name}Invariants", [
        *(["TimelockController internal existingTimelock;"] if existing_timelock(s) else []),
        f"{s.name} internal {G};", "IVotesToken internal token;", "Box internal box;", f"{s.name}Handler internal handler;",
        function("setUp() public", [
            *setup_lines(s), "address[] memory t = new address[](1);", "t[0] = address(box);",
            "uint256[] memory v = new uint256[](1);", "bytes[] memory c = new bytes[](1);",
            "c[0] = abi.encodeWithSelector(Box.store.selector, 1);",
            "vm.prank(ALICE);", f'uint256 id = {G}.propose(t, v, c, "invariant proposal");',
            *_to(s, f"{G}.proposalSnapshot(id)"), f"handler = new {s.name}Handler({G}, token, id);"]),
        function("targetContracts() public view returns (address[] memory targets)", [
            "targets = new address[](1);", "targets[0] = address(handler);"]),
        function("invariant_OneVoteEachAndTallyMatches() public view", [
            'vm.assertEq(handler.doubleVotes(), 0, "an account voted twice");',
            f"(uint256 against, uint256 forVotes, uint256 abstain) = {G}.proposalVotes(handler.id());",
            'vm.assertEq(against + forVotes + abstain, handler.tallied(), "tally = snapshot weights of voters");',
            'vm.assertLe(handler.tallied(), token.totalSupply(), "tally within supply");']),
        function("invariant_VotingPowerWithinSupply() public view", [
            "uint256 power = token.getVotes(OWNER) + token.getVotes(ALICE) + token.getVotes(BOB) + token.getVotes(CAROL);",
            'vm.assertLe(power, token.totalSupply(), "voting power within supply");']),
    ])
    return sol_file(s, [HELPERS, handler, suite], IMPORTS)
