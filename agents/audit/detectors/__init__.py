"""HyperAgent's own Slither detectors, for what Slither's built-in detectors do not see, and refined
versions of Slither detectors (same name, they replace Slither's) that grade results by intent.

One small class per file; this list is the registration (the Slither launcher loads `DETECTORS`).
"""

from agents.audit.detectors.approve_race import ApproveRace
from agents.audit.detectors.arbitrary_send import ArbitrarySendEth
from agents.audit.detectors.block_randomness import BlockRandomness
from agents.audit.detectors.dos_push_payment import PushPaymentDoS
from agents.audit.detectors.dos_unbounded_loop import UnboundedLoop
from agents.audit.detectors.ignored_call_failure import IgnoredCallFailure
from agents.audit.detectors.incorrect_exp import IncorrectExp
from agents.audit.detectors.incorrect_return import IncorrectReturn
from agents.audit.detectors.incorrect_shift import IncorrectShift
from agents.audit.detectors.reentrancy_stipend import ReentrancyStipend
from agents.audit.detectors.shadowing_private import ShadowingState
from agents.audit.detectors.short_address import ShortAddress
from agents.audit.detectors.timestamp_outcome import TimestampOutcome
from agents.audit.detectors.tod_hash_puzzle import HashPuzzleFrontRunning
from agents.audit.detectors.tod_mutable_amount import MutableAmountFrontRunning
from agents.audit.detectors.unchecked_arithmetic import UncheckedArithmetic
from agents.audit.detectors.unprotected_mint import UnprotectedMint
from agents.audit.detectors.unprotected_owner_change import UnprotectedOwnerChange
from agents.audit.detectors.unprotected_withdrawal import UnprotectedWithdrawal
from agents.audit.detectors.weak_prng import WeakPrng

DETECTORS = [
    UncheckedArithmetic,
    BlockRandomness,
    ApproveRace,
    HashPuzzleFrontRunning,
    ShortAddress,
    PushPaymentDoS,
    UnprotectedWithdrawal,
    UnprotectedOwnerChange,
    UnprotectedMint,
    MutableAmountFrontRunning,
    IgnoredCallFailure,
    TimestampOutcome,
    UnboundedLoop,
]

REFINED = [WeakPrng, ArbitrarySendEth, ShadowingState, IncorrectReturn, IncorrectExp, IncorrectShift, ReentrancyStipend]
"""Slither's detectors of the same name, graded by intent (they replace Slither's own in our runs)."""

DETECTORS += REFINED
