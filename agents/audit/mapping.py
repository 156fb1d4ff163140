"""Detector -> SWC id, DASP top-10 category and severity, for every tool. The same tables are in docs/audit.md.

Why a table instead of guessing from titles: a finding's category decides where it is counted and
its severity decides the gate; both must be stable and reviewable. Detectors not listed fall back to
the tool's own impact (Slither: High/Medium/Low/Informational/Optimization; Mythril: High/Medium/Low)
and to category `other`, with the SWC id taken from the tool when it gives one.
"""

from __future__ import annotations

from typing import NamedTuple

from agents.models import Severity

CATEGORIES = ("reentrancy", "access_control", "arithmetic", "unchecked_low_level_calls", "denial_of_service",
              "bad_randomness", "front_running", "time_manipulation", "short_addresses", "other")


class Mapping(NamedTuple):
    swc_id: str | None
    category: str
    severity: Severity | None
    """None: keep the tool's own impact."""


H, M, L, I = Severity.high, Severity.medium, Severity.low, Severity.info
C = Severity.critical

# Slither 0.11.6 built-in detectors (the ones with a security meaning) and the project's own detectors.
SLITHER: dict[str, Mapping] = {
    # reentrancy
    "reentrancy-eth": Mapping("SWC-107", "reentrancy", C),
    "reentrancy-no-eth": Mapping("SWC-107", "reentrancy", M),
    "reentrancy-benign": Mapping("SWC-107", "reentrancy", L),
    "reentrancy-events": Mapping("SWC-107", "reentrancy", I),
    "reentrancy-unlimited-gas": Mapping("SWC-107", "reentrancy", L),
    "reentrancy-balance": Mapping("SWC-107", "reentrancy", M),
    # access control
    "suicidal": Mapping("SWC-106", "access_control", C),
    "unprotected-upgrade": Mapping("SWC-106", "access_control", H),
    "arbitrary-send-eth": Mapping("SWC-105", "access_control", H),
    "arbitrary-send-erc20": Mapping("SWC-105", "access_control", H),
    "arbitrary-send-erc20-permit": Mapping("SWC-105", "access_control", H),
    "tx-origin": Mapping("SWC-115", "access_control", M),
    "controlled-delegatecall": Mapping("SWC-112", "access_control", H),
    "delegatecall-loop": Mapping("SWC-112", "access_control", H),
    "protected-vars": Mapping("SWC-105", "access_control", H),
    "missing-zero-check": Mapping(None, "access_control", L),
    "unprotected-withdrawal": Mapping("SWC-105", "access_control", C),
    "unprotected-owner-change": Mapping("SWC-105", "access_control", C),
    "unprotected-mint": Mapping("SWC-105", "access_control", H),
    # arithmetic
    "unchecked-arithmetic": Mapping("SWC-101", "arithmetic", H),
    "divide-before-multiply": Mapping("SWC-101", "arithmetic", M),
    "incorrect-exp": Mapping("SWC-101", "arithmetic", H),
    "tautology": Mapping(None, "arithmetic", M),
    # unchecked calls
    "unchecked-send": Mapping("SWC-104", "unchecked_low_level_calls", M),
    "unchecked-lowlevel": Mapping("SWC-104", "unchecked_low_level_calls", M),
    "unchecked-transfer": Mapping("SWC-104", "unchecked_low_level_calls", H),
    "ignored-call-failure": Mapping("SWC-104", "unchecked_low_level_calls", M),
    "low-level-calls": Mapping(None, "unchecked_low_level_calls", I),
    # denial of service
    "calls-loop": Mapping("SWC-113", "denial_of_service", L),
    "msg-value-loop": Mapping(None, "denial_of_service", H),
    "costly-loop": Mapping("SWC-128", "denial_of_service", I),
    "dos-push-payment": Mapping("SWC-113", "denial_of_service", M),
    "dos-unbounded-loop": Mapping("SWC-128", "denial_of_service", M),
    "locked-ether": Mapping(None, "denial_of_service", M),
    # randomness
    "weak-prng": Mapping("SWC-120", "bad_randomness", H),
    "block-randomness": Mapping("SWC-120", "bad_randomness", H),
    # front running
    "erc20-approve-race": Mapping("SWC-114", "front_running", L),
    "tod-hash-puzzle": Mapping("SWC-114", "front_running", M),
    "tod-mutable-amount": Mapping("SWC-114", "front_running", M),
    # time
    "timestamp": Mapping("SWC-116", "time_manipulation", L),
    "timestamp-outcome": Mapping("SWC-116", "time_manipulation", M),
    # short address
    "short-address": Mapping(None, "short_addresses", M),
    # other
    "uninitialized-storage": Mapping("SWC-109", "other", H),
    "uninitialized-state": Mapping(None, "other", H),
    "shadowing-state": Mapping("SWC-119", "other", H),
    "shadowing-local": Mapping("SWC-119", "other", L),
    "incorrect-equality": Mapping("SWC-132", "other", M),
    "controlled-array-length": Mapping("SWC-124", "access_control", H),  # anyone can overwrite any slot, the owner's too
    "arbitrary-storage-write": Mapping("SWC-124", "access_control", H),
    "solc-version": Mapping("SWC-102", "other", I),
    "pragma": Mapping("SWC-103", "other", I),
    "deprecated-standards": Mapping("SWC-111", "other", I),
    "assembly": Mapping(None, "other", I),
    "encode-packed-collision": Mapping("SWC-133", "other", H),
    "rtlo": Mapping("SWC-130", "other", H),
    "weak-signature": Mapping("SWC-117", "other", M),
    "incorrect-return": Mapping(None, "other", H),
    "incorrect-shift": Mapping(None, "other", H),
    # msg.value where it is always 0: logic that never runs as meant, no ether at stake
    "msg-value-in-nonpayable": Mapping(None, "other", M),
}

# Mythril reports SWC ids; the category follows the SWC, the severity is Mythril's own unless listed.
SWC_CATEGORY: dict[str, str] = {
    "SWC-107": "reentrancy",
    "SWC-105": "access_control", "SWC-106": "access_control", "SWC-112": "access_control",
    "SWC-115": "access_control", "SWC-100": "access_control", "SWC-108": "access_control",
    "SWC-101": "arithmetic",
    "SWC-104": "unchecked_low_level_calls",
    "SWC-113": "denial_of_service", "SWC-128": "denial_of_service", "SWC-126": "denial_of_service",
    "SWC-120": "bad_randomness",
    "SWC-114": "front_running",
    "SWC-116": "time_manipulation",
}

MYTHRIL_SEVERITY: dict[str, Severity] = {"High": H, "Medium": M, "Low": L}
MYTHRIL_OVERRIDE: dict[str, Severity] = {
    # Mythril's "Dependence on predictable environment variable" (SWC-116/120) is Low for it; keep.
    "SWC-106": C,  # anyone can kill the contract
}
# Mythril's SWC-110 (assert violation) is how it reports an overflow caught by 0.8 checks: not a bug.
MYTHRIL_IGNORED: set[str] = set()

SLITHER_IMPACT: dict[str, Severity] = {"High": H, "Medium": M, "Low": L, "Informational": I, "Optimization": I}
CONFIDENCE: dict[str, str] = {"High": "high", "Medium": "medium", "Low": "low"}


def for_slither(check: str, impact: str) -> Mapping:
    known = SLITHER.get(check)
    if known is None:
        return Mapping(None, "other", SLITHER_IMPACT.get(impact, I))
    return Mapping(known.swc_id, known.category, known.severity or SLITHER_IMPACT.get(impact, I))


def for_swc(swc_id: str | None, tool_severity: str) -> Mapping:
    swc = f"SWC-{swc_id}" if swc_id and not str(swc_id).startswith("SWC-") else swc_id
    severity = MYTHRIL_OVERRIDE.get(swc or "") or MYTHRIL_SEVERITY.get(tool_severity, L)
    return Mapping(swc, SWC_CATEGORY.get(swc or "", "other"), severity)


def markdown_tables() -> str:
    """The mapping tables as markdown (docs/audit.md is generated from this)."""
    rows = ["| Slither detector | SWC | category | severity |", "|---|---|---|---|"]
    rows += [f"| `{name}` | {m.swc_id or '-'} | {m.category} | {m.severity.value if m.severity else 'tool'} |"
             for name, m in SLITHER.items()]
    rows += ["", "| SWC (Mythril, fuzz) | category |", "|---|---|"]
    rows += [f"| {swc} | {category} |" for swc, category in SWC_CATEGORY.items()]
    return "\n".join(rows)
