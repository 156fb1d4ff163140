"""One module per contract family; `generic` for contracts of unknown family (the LLM engine).

Each module has `unit_tests(subject) -> str` and `invariant_tests(subject) -> str | None`.
Adding a family is adding one module and one line in FAMILIES.
"""

from __future__ import annotations

import importlib
from types import ModuleType

FAMILIES: dict[str, str] = {
    "erc20": "agents.testing.generators.erc20",
    "erc721": "agents.testing.generators.erc721",
    "erc1155": "agents.testing.generators.erc1155",
    "storage": "agents.testing.generators.storage",
    "escrow": "agents.testing.generators.escrow",
    "vesting": "agents.testing.generators.vesting",
    "staking": "agents.testing.generators.staking",
    "multisig": "agents.testing.generators.multisig",
    "crowdsale": "agents.testing.generators.crowdsale",
    "airdrop": "agents.testing.generators.airdrop",
    "governor": "agents.testing.generators.governor",
    "splitter": "agents.testing.generators.splitter",
    "payment_splitter": "agents.testing.generators.splitter",
    "erc4626": "agents.testing.generators.erc4626",
    "timelock": "agents.testing.generators.timelock",
}
GENERIC = "agents.testing.generators.generic"


def for_family(family: str | None) -> ModuleType:
    """The generator of `family`, or the generic one."""
    return importlib.import_module(FAMILIES.get((family or "").lower(), GENERIC))


def known_families() -> list[str]:
    return sorted(FAMILIES)
