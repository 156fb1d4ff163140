"""The project's detectors and triage rules with real Slither runs on small samples written for them.

Positives live in tests/data/vulnerable (every annotation found: test_audit_corpus.py). Here: code that must
NOT trigger the new detectors (the intent is visible), and every severity downgrade rule, each with its
reason recorded on the finding and the undowngraded case beside it. Several contracts share a file so one
Slither run covers many cases.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from agents.audit.service import AuditService
from agents.models import Finding

NEW_DETECTORS = {"tod-mutable-amount", "tod-hash-puzzle", "ignored-call-failure", "timestamp-outcome",
                 "block-randomness", "dos-unbounded-loop", "unprotected-owner-change", "unprotected-mint"}

NEGATIVES_08 = """// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

contract OwnedVault {
    address public owner;
    bool private initialized;
    mapping(address => uint256) public deposits;
    address[] public admins;
    uint256 public constant REWARD = 1 ether;

    modifier onlyOwner() { require(msg.sender == owner, "owner"); _; }

    function initialize(address first) external {
        require(!initialized, "done");
        initialized = true;
        owner = first;
    }
    function setOwner(address next) external onlyOwner { owner = next; }
    function addAdmin(address admin) external onlyOwner { admins.push(admin); }
    function pingAdmins() external view returns (uint256 count) {
        for (uint256 i = 0; i < admins.length; i++) { if (admins[i] != address(0)) count++; }
    }
    function deposit() external payable { deposits[msg.sender] += msg.value; }
    function withdraw() external {
        uint256 amount = deposits[msg.sender];
        deposits[msg.sender] = 0;
        (bool ok, ) = payable(msg.sender).call{value: amount}("");
        require(ok, "send");
    }
    function claimFixed() external {
        require(block.timestamp >= 1_900_000_000, "too early");
        payable(msg.sender).transfer(REWARD);
    }
}

contract CommitReveal {
    mapping(address => bytes32) public commitments;
    address public winner;
    function commit(bytes32 digest) external { commitments[msg.sender] = digest; }
    function reveal(uint256 secret, uint256 salt) external {
        if (keccak256(abi.encodePacked(msg.sender, secret, salt)) == commitments[msg.sender]) {
            winner = msg.sender;
        }
    }
    function pay() external { payable(winner).transfer(address(this).balance); }
}

interface IERC20 { function transferFrom(address, address, uint256) external returns (bool); }

contract PaidToken {
    address public owner = msg.sender;
    uint256 public totalSupply;
    mapping(address => uint256) public balanceOf;
    IERC20 public immutable asset;
    constructor(IERC20 asset_) { asset = asset_; }
    function mintTo(address to, uint256 amount) external {
        require(msg.sender == owner, "owner");
        totalSupply += amount;
        balanceOf[to] += amount;
    }
    function buy() external payable {
        require(msg.value == 0.01 ether, "price");
        totalSupply += 1;
        balanceOf[msg.sender] += 1;
    }
    function deposit(uint256 assets) external {
        require(asset.transferFrom(msg.sender, address(this), assets), "pull");
        totalSupply += assets;
        balanceOf[msg.sender] += assets;
    }
}

contract Auction {
    address public highestBidder;
    uint256 public highestBid;
    mapping(address => uint256) public refunds;
    function bid() external payable {
        require(msg.value > highestBid, "low");
        refunds[highestBidder] += highestBid;
        highestBidder = msg.sender;
        highestBid = msg.value;
    }
    function refund() external {
        require(msg.sender != highestBidder, "leader");
        uint256 amount = refunds[msg.sender];
        refunds[msg.sender] = 0;
        payable(msg.sender).transfer(amount);
    }
}
"""

NEGATIVES_05 = """pragma solidity ^0.5.0;

contract PullPayments {
    mapping(address => uint256) public owed;
    mapping(address => bool) public paid;
    uint256 public vestingStart = block.number;

    function payOrOwe(address payable to, uint256 amount) public {
        require(msg.sender == to);
        if (!to.send(amount)) {
            owed[to] += amount;
        }
    }
    function payAndRecord(address payable to, uint256 amount) public {
        require(msg.sender == to);
        if (to.send(amount)) {
            paid[to] = true;
        }
    }
    function vested() public view returns (uint256) {
        return block.number - vestingStart;
    }
}
"""

GRADED_08 = """// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

contract Parent {
    uint256 private _slot;
    function parentSlot() external view returns (uint256) { return _slot; }
}

contract Child is Parent {
    uint256 private _slot;
    function childSlot() external view returns (uint256) { return _slot; }
}

contract Clock {
    uint32 public last;
    uint256 public day;
    function tick() external { last = uint32(block.timestamp % 2 ** 32); }
    function today() external { day = block.timestamp % 1 days; }
}

contract Bits {
    function bit(uint8 n) external pure returns (uint256 r) { assembly { r := shl(n, 1) } }
    function seed(uint256 d) external pure returns (uint256) { return (3 * d) ^ 2; }
    function typo() external pure returns (uint256) { return 2 ^ 8; }
}

contract Ledger {
    mapping(address => uint256) public balanceOf;
    uint256 public totalSupply;
    function _burn(uint256 amount) internal {
        unchecked { totalSupply -= amount; }
    }
    function burn(uint256 amount) external {
        require(balanceOf[msg.sender] >= amount, "balance");
        balanceOf[msg.sender] -= amount;
        _burn(amount);
    }
    function spend(uint256 amount) external {
        unchecked { balanceOf[msg.sender] -= amount; }
    }
}

contract Executor {
    address public owner;
    mapping(bytes32 => bool) public approved;
    modifier onlyOwner() { require(msg.sender == owner, "owner"); _; }
    constructor() { owner = msg.sender; }
    function approve(bytes32 id) external onlyOwner { approved[id] = true; }
    function execute(address target, uint256 value, bytes calldata data) external {
        bytes32 id = keccak256(abi.encode(target, value, data));
        require(approved[id], "not approved");
        _call(target, value, data);
    }
    function _call(address target, uint256 value, bytes calldata data) internal {
        (bool ok, ) = target.call{value: value}(data);
        require(ok, "call");
    }
    function sweep(address payable to, uint256 value) external onlyOwner { _pay(to, value); }
    function _pay(address payable to, uint256 value) internal { to.transfer(value); }
    function payAnyone(address payable to, uint256 value) external { to.transfer(value); }
    receive() external payable {}
}

contract Forwarder {
    function _halt() internal pure { assembly { return(0, 0) } }
    function _maybe(bool b) internal pure { assembly { if b { return(0, 0) } } }
    function conditional(bool b) external pure returns (uint256) { _maybe(b); return 1; }
    function skips() external pure returns (uint256) { _halt(); return 2; }
}
"""

GRADED_05 = """pragma solidity 0.5.16;

contract Oracle {
    uint32 public blockTimestampLast;
    uint256 public priceCumulativeLast;

    function update(uint256 price) external {
        uint32 blockTimestamp = uint32(block.timestamp % 2 ** 32);
        uint32 timeElapsed = blockTimestamp - blockTimestampLast; // overflow is desired
        if (timeElapsed > 0) {
            // * never overflows, and + overflow is desired
            priceCumulativeLast += price * timeElapsed;
        }
        blockTimestampLast = blockTimestamp;
    }
}

contract Token {
    mapping(address => uint256) public balances;

    function transfer(address to, uint256 value) external {
        require(balances[msg.sender] - value >= 0);
        balances[msg.sender] -= value;
        balances[to] += value;
    }
    function scratch(uint8 p) external pure returns (uint8) {
        uint8 v = 0;
        v = v + p;
        return v;
    }
    function safeBurn(uint256 value) external {
        require(balances[msg.sender] >= value);
        balances[msg.sender] -= value;
    }
}
"""


def audit(tmp_path: Path, name: str, source: str) -> list[Finding]:
    path = tmp_path / name
    path.write_text(source)
    result = AuditService(use_cache=False).audit_file(path, tools=["slither"], timeout=300)
    assert result.error is None, result.error
    assert result.report.tool_runs[0].status == "ok", result.report.tool_runs
    return result.report.findings


def at(findings: list[Finding], source: str, text: str, detector: str) -> Finding:
    line = next(i for i, content in enumerate(source.splitlines(), start=1) if text in content)
    found = [f for f in findings if detector in (f.detectors or [f.detector]) and (f.line == line or line in f.lines)]
    assert found, (detector, line, [(f.detector, f.line) for f in findings])
    return found[0]


@pytest.fixture(scope="module")
def graded_08(tmp_path_factory):
    return audit(tmp_path_factory.mktemp("graded08"), "Graded.sol", GRADED_08)


@pytest.fixture(scope="module")
def graded_05(tmp_path_factory):
    return audit(tmp_path_factory.mktemp("graded05"), "Graded.sol", GRADED_05)


@pytest.mark.parametrize("name,source", [("Negatives08.sol", NEGATIVES_08), ("Negatives05.sol", NEGATIVES_05)])
def test_intended_code_does_not_trigger_the_new_detectors(tmp_path, name, source):
    findings = audit(tmp_path, name, source)
    fired = [(f.detector, f.line, f.title) for f in findings if set(f.detectors or [f.detector]) & NEW_DETECTORS
             and f.severity.value not in ("info", "low")]
    assert not fired, fired


def test_timestamp_truncated_to_32_bits_is_info_and_a_period_is_low(graded_08):
    truncated = at(graded_08, GRADED_08, "block.timestamp % 2 ** 32", "weak-prng")
    assert truncated.severity.value == "info" and "truncates" in truncated.triage
    period = at(graded_08, GRADED_08, "block.timestamp % 1 days", "weak-prng")
    assert period.severity.value == "low" and "calendar period" in period.triage


def test_private_shadowing_is_low_with_its_reason(graded_08):
    shadow = next(f for f in graded_08 if f.detector == "shadowing-state")
    assert shadow.severity.value == "low" and "private to its contract" in shadow.triage


def test_bit_masks_and_computed_xor_are_low_but_a_literal_power_typo_stays_high(graded_08):
    mask = next(f for f in graded_08 if f.detector == "incorrect-shift")
    assert mask.severity.value == "low" and "bit mask" in mask.triage
    computed = at(graded_08, GRADED_08, "(3 * d) ^ 2", "incorrect-exp")
    assert computed.severity.value == "low" and "deliberate XOR" in computed.triage
    typo = at(graded_08, GRADED_08, "return 2 ^ 8", "incorrect-exp")
    assert typo.severity.value == "high" and typo.triage is None


def test_unchecked_block_is_low_unless_a_caller_amount_is_subtracted_unchecked(graded_08):
    internal = at(graded_08, GRADED_08, "unchecked { totalSupply -= amount; }", "unchecked-arithmetic")
    assert internal.severity.value == "low" and "turned overflow checks off on purpose" in internal.triage
    spend = at(graded_08, GRADED_08, "unchecked { balanceOf[msg.sender] -= amount; }", "unchecked-arithmetic")
    assert spend.severity.value == "high" and spend.triage is None


def test_payments_behind_guards_or_approved_requests_are_low_and_open_ones_stay_high(graded_08):
    approved = at(graded_08, GRADED_08, "target.call{value: value}(data)", "arbitrary-send-eth")
    assert approved.severity.value == "low" and "checked against storage" in approved.triage
    guarded = at(graded_08, GRADED_08, "internal { to.transfer(value); }", "arbitrary-send-eth")
    assert guarded.severity.value == "low" and "check the caller (sweep)" in guarded.triage
    open_payment = at(graded_08, GRADED_08, "function payAnyone", "arbitrary-send-eth")
    assert open_payment.severity.value == "high" and open_payment.triage is None


def test_halting_assembly_is_graded_by_what_it_skips(graded_08):
    """(A halt that is the caller's last statement, OpenZeppelin's proxy, is info: test_audit_clean_code.py.)"""
    results = [f for f in graded_08 if f.detector == "incorrect-return"]
    by_function = {f.title.split(" calls ")[0].split(".")[-1]: f for f in results}
    assert by_function["conditional(bool)"].severity.value == "medium"
    assert "dispatcher" in by_function["conditional(bool)"].triage
    assert by_function["skips()"].severity.value == "high" and by_function["skips()"].triage is None


def test_documented_wrap_around_is_info_and_undocumented_unchecked_state_stays_high(graded_05):
    accumulator = at(graded_05, GRADED_05, "priceCumulativeLast += price", "unchecked-arithmetic")
    assert accumulator.severity.value == "info" and "documented as intended" in accumulator.triage
    elapsed = at(graded_05, GRADED_05, "uint32 timeElapsed", "unchecked-arithmetic")
    assert elapsed.severity.value == "info"
    truncated = at(graded_05, GRADED_05, "block.timestamp % 2 ** 32", "weak-prng")
    assert truncated.severity.value == "info"
    debit = at(graded_05, GRADED_05, "balances[msg.sender] -= value;", "unchecked-arithmetic")
    assert debit.severity.value == "high" and debit.triage is None


def test_a_check_that_cannot_fail_is_reported_and_does_not_guard(graded_05):
    tautology = at(graded_05, GRADED_05, "balances[msg.sender] - value >= 0", "unchecked-arithmetic")
    assert "cannot fail" in tautology.title
    local = at(graded_05, GRADED_05, "v = v + p;", "unchecked-arithmetic")
    assert local.severity.value == "medium" and "local variable" in local.triage
    lines = GRADED_05.splitlines()
    guarded = lines.index("    function safeBurn(uint256 value) external {") + 3  # its `-=`, after the require
    assert "-= value" in lines[guarded - 1]
    assert not [f for f in graded_05 if f.detector == "unchecked-arithmetic" and f.line == guarded]
