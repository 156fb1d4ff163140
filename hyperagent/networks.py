"""The network registry: where a contract can go, and what each place needs.

The committed `networks.toml` next to this file holds the presets; `<data dir>/networks.toml`
overrides or adds entries (same shape); `HYPERAGENT_RPC_<NAME>` overrides one RPC URL. An ad hoc
chain is `resolve_network(rpc_url=..., chain_id=...)`.
"""

from __future__ import annotations

import difflib
import os
import re
import tomllib
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit, urlunsplit

from pydantic import BaseModel, Field, ValidationError

from hyperagent.errors import ConfigurationError
from hyperagent.paths import data_dir

REGISTRY_FILE = Path(__file__).with_name("networks.toml")
CUSTOM = "custom"


class NetworkConfig(BaseModel):
    model_config = {"frozen": True}

    name: str
    chain_id: int | None = None
    """None only for an ad hoc `--rpc-url` without `--chain-id`: the RPC's own answer is taken."""
    rpc_url: str = ""
    """Empty for `local`: the project's managed anvil, whose URL is known once it runs."""
    explorer_url: str | None = None
    explorer_api_url: str | None = None
    """An Etherscan-compatible API for source verification."""
    confirmations: int = Field(default=1, ge=1)
    fee_model: Literal["eip1559", "legacy"] = "eip1559"
    """eip1559: EIP-1559 fees when the chain has a base fee, legacy otherwise. legacy: always gasPrice."""
    currency: str = "ETH"
    is_local: bool = False
    """Local chains sign with anvil's dev account; dev keys are refused everywhere else."""
    aliases: list[str] = Field(default_factory=list)
    description: str = ""

    @property
    def managed(self) -> bool:
        """True when the RPC is the project's own anvil (started on demand)."""
        return self.is_local and not self.rpc_url

    def address_link(self, address: str) -> str | None:
        return f"{self.explorer_url.rstrip('/')}/address/{address}" if self.explorer_url else None

    def tx_link(self, tx_hash: str) -> str | None:
        return f"{self.explorer_url.rstrip('/')}/tx/{tx_hash}" if self.explorer_url else None


def env_var(name: str) -> str:
    return "HYPERAGENT_RPC_" + re.sub(r"[^A-Z0-9]", "_", name.upper())


def redact_url(url: str) -> str:
    """An RPC URL fit for logs and rows: no user info, no query, no token-like path segment.

    Hosted RPC URLs often carry an API key (…/v2/<key>); it is a secret like any other.
    """
    if not url:
        return url
    parts = urlsplit(url)
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    path = "/".join("***" if re.fullmatch(r"[A-Za-z0-9_\-]{20,}", seg) else seg for seg in parts.path.split("/"))
    return urlunsplit((parts.scheme, host, path, "***" if parts.query else "", ""))


def _read_toml(path: Path) -> dict[str, dict[str, Any]]:
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigurationError(f"{path} is not valid TOML ({exc}): fix or remove it") from None
    networks = data.get("networks", {})
    if not isinstance(networks, dict):
        raise ConfigurationError(f"{path}: [networks.<name>] tables expected")
    return networks


def user_registry_file() -> Path:
    return data_dir() / "networks.toml"


def load_networks() -> dict[str, NetworkConfig]:
    """Presets, then the user's overrides (merged per key), then RPC URLs from the environment."""
    merged: dict[str, dict[str, Any]] = {name: dict(entry) for name, entry in _read_toml(REGISTRY_FILE).items()}
    user = user_registry_file()
    if user.exists():
        for name, entry in _read_toml(user).items():
            merged.setdefault(name, {}).update(entry)
    networks: dict[str, NetworkConfig] = {}
    for name, entry in merged.items():
        override = os.environ.get(env_var(name))
        if override:
            entry["rpc_url"] = override
        try:
            networks[name] = NetworkConfig(name=name, **entry)
        except ValidationError as exc:
            raise ConfigurationError(f"network {name!r} is misconfigured: {exc.errors()[0]['msg']} "
                                     f"(field {'.'.join(map(str, exc.errors()[0]['loc']))})") from None
    return networks


def _lookup(name: str, networks: dict[str, NetworkConfig]) -> NetworkConfig:
    key = name.strip().lower()
    if key in networks:
        return networks[key]
    for network in networks.values():
        if key in network.aliases:
            return network
    candidates = list(networks) + [alias for n in networks.values() for alias in n.aliases]
    close = difflib.get_close_matches(key, candidates, n=1, cutoff=0.5)
    suggestion = f" did you mean {close[0]!r}?" if close else ""
    raise ConfigurationError(f"unknown network {name!r}:{suggestion} known networks: {', '.join(networks)} "
                             "(or pass --rpc-url URL --chain-id N)")


def resolve_network(name: str | None = None, rpc_url: str | None = None,
                    chain_id: int | None = None) -> NetworkConfig:
    """The network a deployment goes to.

    - `rpc_url` with no name (or `local`/`custom`): an ad hoc chain named `custom`, never local.
    - `rpc_url` with a preset name: that preset through another endpoint (its chain id still holds).
    - neither: the named network, or the default from settings (`HYPERAGENT_NETWORK`, `local`).
    """
    networks = load_networks()
    if rpc_url:
        if not re.match(r"^https?://", rpc_url):
            raise ConfigurationError(f"--rpc-url must be an http(s) URL, got {redact_url(rpc_url)!r}")
        if not name or name.lower() in ("local", CUSTOM):
            return NetworkConfig(name=CUSTOM, chain_id=chain_id, rpc_url=rpc_url, is_local=False,
                                 description="ad hoc RPC")
        preset = _lookup(name, networks)
        if chain_id is not None and preset.chain_id is not None and chain_id != preset.chain_id:
            raise ConfigurationError(f"--chain-id {chain_id} contradicts network {preset.name} "
                                     f"(chain {preset.chain_id}): drop --chain-id or the network name")
        return preset.model_copy(update={"rpc_url": rpc_url})
    if name is None:
        from hyperagent.settings import Settings

        name = Settings().network
    network = _lookup(name, networks)
    if chain_id is not None and network.chain_id is not None and chain_id != network.chain_id:
        raise ConfigurationError(f"--chain-id {chain_id} contradicts network {network.name} "
                                 f"(chain {network.chain_id}): drop --chain-id")
    return network
