"""Battle-tested code gets no high or critical finding from Slither and the project's detectors.

The code bases are npm packages pinned in package.json (node_modules): a sample of OpenZeppelin Contracts
5.4 chosen to cover every downgrade rule that fired on the whole library, Uniswap V2 core (solc 0.5.16,
the documented price-accumulator wrap-around and the 32-bit timestamp), and solmate's tokens and auth.
Each is compiled as one project (bench/clean_code.py) and its findings go through the audit's own
normalisation and triage. The whole libraries (and Uniswap V3, solady) are measured by `bench/audit.py
--clean-code`.
"""

from __future__ import annotations

from bench.clean_code import Library, compile_and_analyse, non_test_sources
from hyperagent.paths import node_modules

OPENZEPPELIN_SAMPLE = [
    "token/ERC20/ERC20.sol", "token/ERC721/ERC721.sol", "token/ERC1155/extensions/ERC1155Supply.sol",
    "governance/Governor.sol", "governance/TimelockController.sol", "account/Account.sol",
    "proxy/transparent/TransparentUpgradeableProxy.sol", "utils/math/Math.sol", "utils/Nonces.sol",
    "utils/NoncesKeyed.sol", "token/ERC20/extensions/ERC4626.sol", "token/ERC20/extensions/ERC20Wrapper.sol",
]


def blocking(findings: dict) -> list[str]:
    return [f"{unit}:{f.line} {f.detector} {f.severity.value}" for unit, found in findings.items() for f in found
            if f.severity.rank >= 3]


def test_openzeppelin_sample_has_no_high_or_critical_and_says_why_it_downgraded():
    root = node_modules() / "@openzeppelin" / "contracts"
    findings, _ = compile_and_analyse(Library("OpenZeppelin", root, OPENZEPPELIN_SAMPLE, "0.8.28"))
    assert not blocking(findings), blocking(findings)
    graded = [f for found in findings.values() for f in found if f.triage]
    reasons = {f.detector: f.triage for f in graded}
    assert "turned overflow checks off on purpose" in reasons["unchecked-arithmetic"]
    assert "check the caller" in reasons["arbitrary-send-eth"] or "checked against storage" in reasons["arbitrary-send-eth"]
    assert "private to its contract" in reasons["shadowing-state"]
    assert "skips no code" in reasons["incorrect-return"]
    assert "deliberate XOR" in reasons["incorrect-exp"]


def test_uniswap_v2_core_passes_the_gate():
    root = node_modules() / "@uniswap" / "v2-core"
    findings, _ = compile_and_analyse(Library("Uniswap V2", root, non_test_sources(root, "contracts"), "0.5.16"))
    assert not blocking(findings), blocking(findings)
    pair = findings["contracts/UniswapV2Pair.sol"]
    truncated = [f for f in pair if f.detector == "weak-prng"]
    assert truncated and truncated[0].severity.value == "info" and "truncates" in truncated[0].triage
    accumulators = [f for f in pair if f.detector == "unchecked-arithmetic" and "price" in f.title]
    assert len(accumulators) == 2 and all("overflow is desired" in f.triage for f in accumulators)


def test_solmate_tokens_and_auth_pass_the_gate():
    root = node_modules() / "solmate"
    sources = [s for s in non_test_sources(root, "src") if s.startswith(("src/tokens", "src/auth"))]
    findings, _ = compile_and_analyse(Library("solmate", root, sources, "0.8.28"))
    assert not blocking(findings), blocking(findings)
