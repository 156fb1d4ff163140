"""Family invariants as Foundry invariant suites (a handler + `invariant_*` functions).

Shared with the audit's fuzz adapter: `invariant_source(draft, compiled)` gives a self-contained test
file that imports `./utils/Vm.sol`, `./utils/TestBase.sol` and `../src/<Name>.sol`; write it with
`support_files()` into a Foundry project's `test/` and run `forge test`.
"""

from __future__ import annotations

from collections.abc import Callable

from agents.models import CompiledContract, ContractDraft
from agents.testing.generators import FAMILIES, for_family
from agents.testing.solidity import TEST_BASE_SOL, VM_SOL
from agents.testing.subject import Subject


def families() -> list[str]:
    """Families with their own invariant properties (others get the generic suite's)."""
    return sorted(f for f in FAMILIES if getattr(for_family(f), "invariant_tests", None))


def generator(family: str | None) -> Callable[[Subject], str | None]:
    """family -> a function writing that family's invariant test source for a Subject."""
    module = for_family(family)
    return getattr(module, "invariant_tests", lambda subject: None)


def invariant_source(draft: ContractDraft, compiled: CompiledContract) -> str | None:
    """The invariant suite of the draft's family for this contract, or None if the family has none."""
    subject = Subject.of(draft, compiled)
    return generator(subject.family)(subject)


def support_files() -> dict[str, str]:
    """Files (relative to the project root) the invariant source imports."""
    return {"test/utils/Vm.sol": VM_SOL, "test/utils/TestBase.sol": TEST_BASE_SOL}
