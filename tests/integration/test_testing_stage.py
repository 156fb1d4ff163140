"""The testing stage with the real tools: templates rendered by the generation stage, compiled by
bin/solc, tested by node_modules' forge. No mocks: every assertion is about what forge ran.

Per family (every family whose template exists): the generated tests pass and cover >= 90% of the
contract's lines, for the family's defaults and for every option turned on. A planted bug in the
ERC20 template is caught. The project builds and tests with plain `forge` from inside its folder.
"""

from __future__ import annotations

import os
import subprocess
import time
from functools import cache
from pathlib import Path

import pytest

from agents.compilation import CompilationService
from agents.generation import GenerationService, composer
from agents.models import CompiledContract, ContractDraft, ContractSpec, TestReport
from agents.testing import TestingService
from agents.testing.properties import invariant_source, support_files
from hyperagent.paths import foundry_bin

PROMPTS: dict[str, str] = {
    "erc20": "Create an ERC20 token called Hyper Token with symbol HYP, 1,000,000 supply and a cap of 2,000,000.",
    "erc721": "Create an NFT collection called Pixel Pals with symbol PIXEL, max supply 1000, 0.05 ether public mint, 5% royalties.",
    "erc1155": "Multi-token ERC1155 contract for a game called Dragon Forge with base URI https://example.com/api/{id}.json",
    "governor": "A DAO governor for my governance token with a 1 day voting delay, 1 week voting period and 4% quorum.",
    "vesting": "A vesting wallet that releases ETH and ERC20 tokens linearly to a beneficiary over 4 years with a 1-year cliff.",
    "staking": "Staking contract where users stake an ERC20 token and earn rewards in the same token at a fixed rate per second.",
    "escrow": "Escrow between a buyer and a seller with an arbiter who can release the funds to the seller or refund the buyer.",
    "multisig": "A 2-of-3 multisig wallet where owners submit, confirm and execute transactions.",
    "crowdsale": "Token sale for my ERC20 at 1000 tokens per ETH with a hard cap of 100 ETH that ends 30 days after deployment.",
    "airdrop": "Merkle airdrop for an ERC20 token: eligible addresses claim their amount with a Merkle proof, once.",
    "storage": "Simple storage contract that keeps one number; anyone can read it and only the owner can change it.",
    "splitter": "A payment splitter that shares incoming ETH between three payees with shares 50, 30 and 20.",
    "erc4626": "An ERC-4626 vault called Yield Vault, symbol yvTKN, over the asset 0x3333333333333333333333333333333333333333.",
    "timelock": "A timelock controller with a 2 day minimum delay for our treasury operations.",
}
COVERAGE_FLOOR = 0.90
ALL_FAMILIES = sorted(PROMPTS)


def available_families() -> list[str]:
    return [f for f in composer.families() if f in PROMPTS]


def all_options_on(family: str) -> dict[str, object]:
    """Every boolean option of the family's template on (enums at their default)."""
    meta = composer.load_meta(family)
    return {k: True for k, s in meta["options"].items() if s["type"] == "bool"}


@cache
def draft_for(family: str, variant: str) -> ContractDraft:
    options: dict[str, object] = {"family": family}
    if variant == "all":
        options["template_options"] = all_options_on(family)
    return GenerationService().generate(PROMPTS[family], options)


@cache
def compiled_for(family: str, variant: str) -> CompiledContract:
    return CompilationService().compile(draft_for(family, variant))


def run_stage(draft: ContractDraft, compiled: CompiledContract, project: Path, **kwargs) -> TestReport:
    return TestingService(**kwargs).run(draft, compiled, project)


def failures(report: TestReport) -> str:
    return "\n".join(f"{c.suite}.{c.name}: {c.reason} {c.counterexample or ''}"
                     for c in report.cases if c.status != "passed") + "\n" + "\n".join(report.messages)


@pytest.mark.parametrize("variant", ["default", "all"])
@pytest.mark.parametrize("family", available_families())
def test_generated_tests_pass_and_cover_the_contract(family: str, variant: str, tmp_path: Path) -> None:
    draft, compiled = draft_for(family, variant), compiled_for(family, variant)
    started = time.monotonic()
    report = run_stage(draft, compiled, tmp_path / "project")
    elapsed = time.monotonic() - started
    print(f"\n{family}/{variant}: {report.passed} passed, line {report.line_coverage}, "
          f"branch {report.branch_coverage}, {elapsed:.1f} s {report.timings}")
    assert report.failed == 0, failures(report)
    assert not report.messages, report.messages
    kinds = {c.kind for c in report.cases}
    assert {"unit", "fuzz"} <= kinds, kinds
    assert "invariant" in kinds, f"{family} has no invariant tests"
    assert report.line_coverage is not None and report.line_coverage >= COVERAGE_FLOOR, report.line_coverage
    assert report.family == family and report.generator == family


def test_erc20_option_matrix_passes(tmp_path: Path) -> None:
    """Every pair of ERC20 options (composer's pairwise matrix) gets tests that pass."""
    matrix = composer.option_matrix("erc20")
    for index, options in enumerate(matrix):
        draft = GenerationService().generate(PROMPTS["erc20"], {"family": "erc20", "template_options": options})
        report = run_stage(draft, CompilationService().compile(draft), tmp_path / f"p{index}", coverage=False)
        assert report.failed == 0 and report.passed > 10, (options, failures(report))


def test_erc20_project_is_usable(tmp_path: Path) -> None:
    """The testing stage's speed is measured in bench/run.py, not asserted here."""
    draft, compiled = draft_for("erc20", "default"), compiled_for("erc20", "default")
    project = tmp_path / "workflow"
    report = run_stage(draft, compiled, project)
    assert report.failed == 0, failures(report)

    for path in ("src/HyperToken.sol", "test/HyperToken.t.sol", "test/HyperToken.invariant.t.sol",
                 "test/utils/Vm.sol", "script/Deploy.s.sol", "foundry.toml", "README.md"):
        assert (project / path).is_file(), path
    toml = (project / "foundry.toml").read_text()
    assert "offline = true" in toml and "auto_detect_solc = false" in toml and "/bin/solc" in toml
    assert "forge-std" not in (project / "test/HyperToken.t.sol").read_text()

    # a user's shell: no FOUNDRY_* from us, a fresh build from scratch, from inside the folder
    env = {k: v for k, v in os.environ.items() if not k.startswith("FOUNDRY_")}
    for leftover in ("out", "cache"):
        subprocess.run(["rm", "-rf", str(project / leftover)], check=True)
    forge = str(foundry_bin("forge"))
    built = subprocess.run([forge, "build"], cwd=project, capture_output=True, text=True, timeout=300, env=env)
    assert built.returncode == 0, built.stderr + built.stdout
    tested = subprocess.run([forge, "test"], cwd=project, capture_output=True, text=True, timeout=300, env=env)
    assert tested.returncode == 0, tested.stdout[-3000:]
    assert "0 failed" in tested.stdout
    scripted = subprocess.run([forge, "script", "script/Deploy.s.sol"], cwd=project, capture_output=True,
                              text=True, timeout=300, env=env)
    assert scripted.returncode == 0, scripted.stderr + scripted.stdout[-2000:]
    assert "Script ran successfully" in scripted.stdout


# A transfer that credits the recipient without debiting the sender (it mints instead).
TRANSFER_MINTS = """
    function transfer(address to, uint256 value) public override returns (bool) {
        _mint(to, value);
        return true;
    }
"""

# A burn that destroys supply but leaves the holder's balance alone.
BURN_SKIPS_DEBIT = """
    function burn(uint256 value) public override {
        _update(address(0), _msgSender(), value);
        _update(_msgSender(), address(0), value);
        _update(_msgSender(), address(0), value / 2);
    }
"""


def plant(draft: ContractDraft, code: str) -> ContractDraft:
    source = draft.source.rstrip()
    assert source.endswith("}")
    return draft.model_copy(update={"source": source[:-1] + code + "}\n"})


@pytest.mark.parametrize("bug", ["transfer_mints", "burn_skips_debit"])
def test_planted_bug_is_caught(bug: str, tmp_path: Path) -> None:
    variant = "all" if bug == "burn_skips_debit" else "default"
    clean = draft_for("erc20", variant)
    draft = plant(clean, TRANSFER_MINTS if bug == "transfer_mints" else BURN_SKIPS_DEBIT)
    compiled = CompilationService().compile(draft)
    report = run_stage(draft, compiled, tmp_path / "project", coverage=False)
    failed = {c.name: c for c in report.cases if c.status == "failed"}
    assert failed, "the planted bug went unnoticed"
    caught_by = {c.kind for c in failed.values()}
    assert "invariant" in caught_by and "unit" in caught_by, failed
    invariant = next(c for c in failed.values() if c.kind == "invariant")
    assert invariant.reason and invariant.counterexample, invariant
    if bug == "burn_skips_debit":  # only reachable through calls: the fuzzer shows which
        assert any("Handler.burn" in (c.counterexample or "") for c in failed.values()), failed


def test_properties_are_reusable_by_the_audit(tmp_path: Path) -> None:
    """properties.invariant_source + support_files form a standalone invariant suite."""
    draft, compiled = draft_for("erc20", "all"), compiled_for("erc20", "all")
    source = invariant_source(draft, compiled)
    assert source and "invariant_BalancesSumToSupply" in source
    service = TestingService(coverage=False)
    report = service.run(draft, compiled, tmp_path / "p")
    for rel, text in support_files().items():
        assert (tmp_path / "p" / rel).read_text().endswith(text.split("\n", 2)[-1])
    assert any(c.kind == "invariant" and c.status == "passed" for c in report.cases)


GOOD_LLM_TESTS = """// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;
import {vm} from "./utils/Vm.sol";
import {TestBase} from "./utils/TestBase.sol";
import {HyperToken} from "../src/HyperToken.sol";

contract HyperTokenModelTest is TestBase {
    HyperToken internal token;

    function setUp() public {
        vm.prank(OWNER);
        token = new HyperToken(OWNER);
    }

    function test_ModelSeesTheSupply() public view {
        vm.assertGt(token.totalSupply(), 0, "supply");
    }
}
"""


def test_model_written_tests_count_only_when_they_compile(tmp_path: Path) -> None:
    draft, compiled = draft_for("erc20", "default"), compiled_for("erc20", "default")
    assert draft.constructor_args == ["$deployer"]
    seen: list[str] = []

    def good(d: ContractDraft, c: CompiledContract, generated: str) -> str:
        seen.append(generated)
        return GOOD_LLM_TESTS

    report = run_stage(draft, compiled, tmp_path / "good", extra_tests=good, coverage=False)
    assert seen and "contract HyperTokenTest" in seen[0]
    assert any(c.name == "test_ModelSeesTheSupply" and c.status == "passed" for c in report.cases)
    assert report.failed == 0 and not report.messages

    def broken(d: ContractDraft, c: CompiledContract, generated: str) -> str:
        return GOOD_LLM_TESTS.replace("token.totalSupply()", "token.noSuchFunction()")

    report = run_stage(draft, compiled, tmp_path / "broken", extra_tests=broken, coverage=False)
    skipped = [c for c in report.cases if c.kind == "llm"]
    assert len(skipped) == 1 and skipped[0].status == "skipped"
    assert "noSuchFunction" in (skipped[0].reason or "")
    assert report.failed == 0 and report.passed > 10
    assert any("did not compile" in m for m in report.messages)
    assert not (tmp_path / "broken" / "test/HyperToken.llm.t.sol").exists()

    def crashing(d: ContractDraft, c: CompiledContract, generated: str) -> str:
        raise RuntimeError("model unreachable")

    report = run_stage(draft, compiled, tmp_path / "crash", extra_tests=crashing, coverage=False)
    assert any(c.kind == "llm" and "model unreachable" in (c.reason or "") for c in report.cases)


CUSTOM = """// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {Pausable} from "@openzeppelin/contracts/utils/Pausable.sol";
import {ERC165} from "@openzeppelin/contracts/utils/introspection/ERC165.sol";

contract Registry is Ownable, Pausable, ERC165 {
    string public label;
    uint256 public immutable created;
    mapping(address => uint256) public scores;

    constructor(address initialOwner, string memory label_) Ownable(initialOwner) {
        label = label_;
        created = block.timestamp;
    }

    function pause() external onlyOwner {
        _pause();
    }

    function unpause() external onlyOwner {
        _unpause();
    }

    function record(uint256 score) external whenNotPaused {
        scores[msg.sender] = score;
    }
}
"""


def test_contracts_of_unknown_family_get_generic_tests(tmp_path: Path) -> None:
    spec = ContractSpec(prompt="a registry", family="custom", name="Registry", contract_name="Registry")
    draft = ContractDraft(spec=spec, source=CUSTOM, contract_name="Registry", file_name="Registry.sol",
                          constructor_args=["$deployer", 'Scores "v1"'], engine="llm")
    compiled = CompilationService().compile(draft)
    report = run_stage(draft, compiled, tmp_path / "custom")
    names = {c.name for c in report.cases}
    assert report.failed == 0, failures(report)
    assert {"test_Deploys", "test_ViewsAnswer", "test_SupportsInterface", "test_OwnerIsDeployer",
            "test_RevertWhen_PauseNotOwner", "invariant_StrangersCannotTakeOwnership",
            "invariant_StrangersCannotPause"} <= names
    assert report.generator == "generic" and report.line_coverage is not None


def test_generic_tests_catch_a_backdoor(tmp_path: Path) -> None:
    backdoored = CUSTOM.replace("function record(", "function claimOwnership() external { _transferOwnership(msg.sender); }\n\n    function record(")
    spec = ContractSpec(prompt="a registry", family="custom", name="Registry", contract_name="Registry")
    draft = ContractDraft(spec=spec, source=backdoored, contract_name="Registry", file_name="Registry.sol",
                          constructor_args=["$deployer", "x"], engine="llm")
    report = run_stage(draft, CompilationService().compile(draft), tmp_path / "custom", coverage=False)
    failed = {c.name: c for c in report.cases if c.status == "failed"}
    assert "invariant_StrangersCannotTakeOwnership" in failed, failures(report)
    assert {c.kind for c in failed.values()} == {"invariant"}, failures(report)
    assert "claimOwnership" in (failed["invariant_StrangersCannotTakeOwnership"].counterexample or "")


def test_every_family_has_landed() -> None:
    """The final set is all fourteen template families (this names any that is missing)."""
    missing = sorted(set(ALL_FAMILIES) - set(composer.families()))
    assert not missing, f"templates missing for: {', '.join(missing)}"


# Behaviour per option (issue 12): each variant turns on options whose behaviour the generated tests
# must exercise; the named tests must be among those that ran and passed (so an option whose tests
# silently disappeared fails here).
BEHAVIOUR_VARIANTS = [
    ("erc20", {"mintable": True, "pausable": True, "burnable": True, "votes": True, "clock": "timestamp",
               "soulbound": True, "upgradeable": "uups", "access": "roles"},
     {"test_RevertWhen_TransferSoulbound", "test_RevertWhen_TransferFromSoulbound", "invariant_SoulboundNeverMoves",
      "test_CheckpointsFollowTheClock", "test_ClockMode", "test_OnlyRoleHolder_MINTER_ROLE",
      "test_OnlyRoleHolder_PAUSER_ROLE", "test_UpgradeKeepsState", "test_RevertWhen_UpgradeByStranger",
      "test_RevertWhen_InitializedTwice", "test_RevertWhen_ImplementationInitialized", "test_RevertWhen_BurnWhilePaused",
      "test_ProxyStoresTheImplementation"}),
    ("erc20", {"mintable": True, "capped": True, "flashmint": True, "permit": True, "votes": True, "pausable": True,
               "upgradeable": "transparent"},
     {"test_RevertWhen_MintExceedsCap", "test_FlashLoanIsRepaid", "test_RevertWhen_FlashLoanNotRepaid", "test_Permit",
      "test_RevertWhen_TransferWhilePaused", "test_CheckpointsFollowTheClock", "test_UpgradeKeepsState",
      "test_RevertWhen_UpgradeByStranger", "invariant_SupplyWithinCap", "invariant_NoTransferWhilePaused"}),
    ("erc20", {"burnable": True, "access": "none"}, {"test_NoOwnerNoRoles", "test_Burn", "test_Transfer"}),
    ("erc721", {"mintable": True, "votes": True, "clock": "timestamp", "soulbound": True, "royalties": True, "max_supply": True,
                "enumerable": True, "upgradeable": "uups", "access": "roles", "pausable": True},
     {"test_RevertWhen_TransferSoulbound", "invariant_SoulboundNeverMoves", "test_DelegateGivesOneVotePerToken",
      "test_CheckpointsFollowTheClock", "test_RoyaltyInfo", "testFuzz_RoyaltyIsTheStatedShare",
      "test_RevertWhen_MaxSupplyReached", "test_UpgradeKeepsState", "test_OnlyRoleHolder_MINTER_ROLE",
      "test_ClockMode"}),
    ("erc721", {"uri_storage": True, "burnable": True, "upgradeable": "transparent", "public_mint": True},
     {"test_UpgradeKeepsState", "test_RevertWhen_UpgradeByStranger", "test_PublicMint", "test_Burn",
      "test_TransferFrom"}),
    ("erc1155", {"supply_tracking": True, "soulbound": True, "burnable": True, "upgradeable": "uups", "access": "roles",
                 "updatable_uri": True},
     {"test_SupplyTracking", "test_RevertWhen_TransferSoulbound", "invariant_SoulboundNeverMoves",
      "test_UpgradeKeepsState", "test_OnlyRoleHolder_URI_SETTER_ROLE", "test_OnlyRoleHolder_MINTER_ROLE"}),
    ("erc1155", {"supply_tracking": True, "pausable": True, "upgradeable": "transparent"},
     {"test_SupplyTracking", "test_RevertWhen_TransferWhilePaused", "test_UpgradeKeepsState"}),
    ("governor", {"timelock": True, "token": "existing", "timelock_contract": "existing", "clock": "timestamp",
                  "upgradeable": "uups"},
     {"test_Settings", "test_ClockIsTheTokens", "test_VotingOpensAfterTheDelayAndClosesAfterThePeriod",
      "test_UpgradeThroughAProposalKeepsState", "test_RevertWhen_UpgradeOutsideGovernance",
      "test_RevertWhen_ExecuteBeforeTimelockDelay", "test_ProposeVoteExecute"}),
    ("governor", {"timelock": False, "token": "existing", "upgradeable": "transparent"},
     {"test_Settings", "test_UpgradeKeepsState", "test_RevertWhen_UpgradeByStranger", "test_ProposeVoteExecute"}),
    ("erc4626", {"capped": True},
     {"test_DepositMintsSharesAtTheRate", "test_WithdrawAndRedeemReturnTheAssets", "test_DonationRaisesTheSharePrice",
      "testFuzz_DepositRedeemNeverGainsAssets", "test_DepositCapHolds", "invariant_SharesAreBacked",
      "invariant_DepositsWithinCap"}),
    ("timelock", {"open_executor": False},
     {"test_ExecutesOnlyAfterTheDelay", "test_RevertWhen_ExecuteByStranger", "test_CancelStopsTheOperation",
      "test_DelayChangesOnlyThroughTheTimelock", "invariant_NothingRunsEarly"}),
    ("splitter", {}, {"test_SplitsInTheRequestedShares", "test_ReleaseProRata"}),
    ("escrow", {"fixed_price": True, "deadline": True},
     {"test_RevertWhen_DepositAbovePrice", "testFuzz_RevertWhen_ReleaseBelowPrice", "test_ReleaseByArbiter",
      "test_BuyerReclaimsAfterDeadline", "invariant_FundsAccountedFor"}),
]


@pytest.mark.parametrize("family,options,expected", BEHAVIOUR_VARIANTS,
                         ids=[f"{f}-{'-'.join(f'{k}={v}' for k, v in o.items() if v not in (False,))}"[:80]
                              for f, o, _ in BEHAVIOUR_VARIANTS])
def test_every_option_is_exercised_by_behaviour(family: str, options: dict, expected: set[str], tmp_path: Path) -> None:
    prompt = PROMPTS[family]
    if family == "splitter":
        prompt = ("Payment splitter between 0x1111111111111111111111111111111111111111 and "
                  "0x2222222222222222222222222222222222222222, 70% and 30%")
    draft = GenerationService().generate(prompt, {"family": family, "template_options": options})
    report = run_stage(draft, CompilationService().compile(draft), tmp_path / "p", coverage=False)
    assert report.failed == 0, failures(report)
    assert not report.messages, report.messages
    passed = {c.name for c in report.cases if c.status == "passed"}
    assert expected <= passed, sorted(expected - passed)
