"""Who signs a deployment, and the rules that keep a key out of everything but the signature.

- local chain: anvil's first dev account (a public key of a public mnemonic: fine there, only there);
- any other chain: `HYPERAGENT_PRIVATE_KEY`, or the Prefect Secret block named by
  `HYPERAGENT_PRIVATE_KEY_BLOCK`; the well-known dev keys are refused.

A `Signer` shows its address and nothing else: repr, str, pickling and every error message carry no
key material (errors raised while parsing a key are raised `from None`, so no chained exception
holds it either).
"""

from __future__ import annotations

import os
from typing import Any

from hyperagent.errors import ConfigurationError

ENV_KEY = "HYPERAGENT_PRIVATE_KEY"
ENV_BLOCK = "HYPERAGENT_PRIVATE_KEY_BLOCK"
DEV_MNEMONIC = "test test test test test test test test test test test junk"
"""anvil's and hardhat's default mnemonic: its keys are printed by every anvil at start."""

DEV_ADDRESSES = (
    "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266",
    "0x70997970C51812dc3A010C7d01b50e0d17dc79C8",
    "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC",
    "0x90F79bf6EB2c4f870365E785982E1f101E93b906",
    "0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65",
    "0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc",
    "0x976EA74026E726554dB657fA54763abd0C3a0aa9",
    "0x14dC79964da2C08b23698B3D3cc7Ca32193d9955",
    "0x23618e81E3f5cdF7f54C3d65f7FBc0aBf5B21E8f",
    "0xa0Ee7A142d267C1f36714E4a8F75612F20a79720",
)
"""Accounts 0-9 of DEV_MNEMONIC (m/44'/60'/0'/0/i); a unit test re-derives them."""

_DEV = {address.lower(): index for index, address in enumerate(DEV_ADDRESSES)}


class Signer:
    """A local account that signs transactions and hides its key."""

    __slots__ = ("_account", "address", "source")

    def __init__(self, account: Any, source: str) -> None:
        object.__setattr__(self, "_account", account)
        object.__setattr__(self, "address", account.address)
        object.__setattr__(self, "source", source)

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError("Signer is read-only")

    def sign_transaction(self, transaction: dict[str, Any]) -> Any:
        """eth_account's SignedTransaction (raw_transaction, hash): public data only."""
        return self._account.sign_transaction(transaction)

    @property
    def is_dev_account(self) -> bool:
        return self.address.lower() in _DEV

    def __repr__(self) -> str:
        return f"Signer(address={self.address}, source={self.source})"

    __str__ = __repr__

    def __reduce__(self) -> Any:
        raise TypeError("a Signer cannot be pickled or serialized: resolve it where it is used")

    def __getstate__(self) -> Any:
        raise TypeError("a Signer cannot be pickled or serialized: resolve it where it is used")


def dev_signer(index: int = 0) -> Signer:
    """Account `index` of the dev mnemonic: for the local chain only."""
    from eth_account import Account

    Account.enable_unaudited_hdwallet_features()
    account = Account.from_mnemonic(DEV_MNEMONIC, account_path=f"m/44'/60'/0'/0/{index}")
    return Signer(account, f"anvil dev account {index}")


def signer_from_key(key: str, source: str) -> Signer:
    """A signer from a hex key; a malformed key is named by its source, never echoed."""
    from eth_account import Account

    text = key.strip()
    try:
        account = Account.from_key(text if text.startswith("0x") else "0x" + text)
    except Exception:  # noqa: BLE001 - the message may quote the key: replace it entirely
        raise ConfigurationError(f"the deployer key from {source} is not a valid private key "
                                 "(expected 32 bytes as hex)") from None
    return Signer(account, source)


def _key_from_block(block_name: str) -> str:
    try:
        from prefect.blocks.system import Secret

        value = Secret.load(block_name).get()
    except Exception as exc:  # noqa: BLE001
        raise ConfigurationError(f"cannot read the Prefect Secret block {block_name!r} ({type(exc).__name__}): "
                                 f"create it, or set {ENV_KEY}") from None
    if not isinstance(value, str):
        raise ConfigurationError(f"the Prefect Secret block {block_name!r} must hold the key as a string")
    return value


def refuse_dev_key(signer: Signer, network_name: str) -> None:
    if signer.is_dev_account:
        index = _DEV[signer.address.lower()]
        raise ConfigurationError(
            f"refusing the well-known development key (account {index} of the anvil/hardhat test mnemonic, "
            f"{signer.address}) on network {network_name}: anyone can spend from it; "
            f"set {ENV_KEY} to a key of your own")


def resolve_signer(network: Any) -> Signer:
    """The signer for `network` (a NetworkConfig): dev account on local chains, a real key elsewhere."""
    if getattr(network, "is_local", False):
        return dev_signer(0)
    from hyperagent.settings import Settings

    secret = Settings().private_key
    if secret is not None and secret.get_secret_value().strip():
        signer = signer_from_key(secret.get_secret_value(), ENV_KEY)
    elif os.environ.get(ENV_BLOCK):
        block = os.environ[ENV_BLOCK]
        signer = signer_from_key(_key_from_block(block), f"Prefect Secret block {block!r}")
    else:
        raise ConfigurationError(f"no deployer key for network {network.name}: set {ENV_KEY}, or "
                                 f"{ENV_BLOCK} to the name of a Prefect Secret block holding it")
    refuse_dev_key(signer, network.name)
    return signer


def key_configured() -> bool:
    """True when a non-local deployment would find a key (without reading a block's value)."""
    return bool(os.environ.get(ENV_KEY, "").strip() or os.environ.get(ENV_BLOCK, "").strip())
