"""HyperAgent's own Slither detectors, for what Slither's built-in detectors do not see.

One small class per file; this list is the registration (the Slither launcher loads `DETECTORS`).
"""

from agents.audit.detectors.approve_race import ApproveRace
from agents.audit.detectors.block_randomness import BlockRandomness
from agents.audit.detectors.dos_push_payment import PushPaymentDoS
from agents.audit.detectors.short_address import ShortAddress
from agents.audit.detectors.tod_hash_puzzle import HashPuzzleFrontRunning
from agents.audit.detectors.unchecked_arithmetic import UncheckedArithmetic
from agents.audit.detectors.unprotected_owner_change import UnprotectedOwnerChange
from agents.audit.detectors.unprotected_withdrawal import UnprotectedWithdrawal

DETECTORS = [
    UncheckedArithmetic,
    BlockRandomness,
    ApproveRace,
    HashPuzzleFrontRunning,
    ShortAddress,
    PushPaymentDoS,
    UnprotectedWithdrawal,
    UnprotectedOwnerChange,
]
