"""Source verification on an Etherscan-compatible explorer, from what the deployment stored.

The request is built from the deployment row alone (standard-JSON input, exact compiler version,
ABI-encoded constructor arguments), so `hyperagent verify` works long after the run. Building is
pure (tested); submitting is one POST, made only when an API key is configured. The key travels in
the POST body, never in a URL, a log line or an error message.
"""

from __future__ import annotations

import json
import os
import re
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from typing import Any

from hyperagent.errors import ConfigurationError, DeploymentError

API_KEY_ENV = "HYPERAGENT_ETHERSCAN_API_KEY"
KNOWN_COMMITS = {"0.8.28": "7893614a"}
"""solc releases whose commit the project knows (the npm toolchain's): a bare "0.8.28" is completed."""


@dataclass(frozen=True)
class VerificationRequest:
    url: str
    data: dict[str, str] = field(repr=False)

    def summary(self) -> dict[str, Any]:
        """What a person wants to see (no 60 kB of source)."""
        return {"url": self.url, **{k: v for k, v in self.data.items() if k != "sourceCode"},
                "sourceCode": f"<standard JSON, {len(self.data['sourceCode'])} chars>"}


def etherscan_compiler_version(version: str) -> str:
    """'0.8.28+commit.7893614a.Emscripten.clang' or '0.8.28' -> 'v0.8.28+commit.7893614a'."""
    match = re.match(r"^v?(\d+\.\d+\.\d+)(?:\+commit\.([0-9a-f]{8}))?", version.strip())
    if not match:
        raise ConfigurationError(f"cannot read the compiler version {version!r}")
    release, commit = match.group(1), match.group(2) or KNOWN_COMMITS.get(match.group(1))
    if not commit:
        raise ConfigurationError(f"the commit of solc {release} is unknown: explorers need the full version "
                                 "(like 0.8.28+commit.7893614a)")
    return f"v{release}+commit.{commit}"


def source_key(standard_json_input: dict[str, Any], contract_name: str, file_name: str | None = None) -> str:
    """The key of the file that defines `contract_name` in the standard-JSON sources."""
    sources = standard_json_input.get("sources") or {}
    if file_name:
        for key in sources:
            if key == file_name or key.endswith("/" + file_name):
                return key
    pattern = re.compile(rf"\b(contract|library)\s+{re.escape(contract_name)}\b")
    for key, entry in sources.items():
        if pattern.search(entry.get("content", "")):
            return key
    raise DeploymentError(f"no source in the stored standard JSON defines {contract_name}")


def build_verification_request(*, api_url: str, address: str, standard_json_input: dict[str, Any],
                               contract_name: str, compiler_version: str, constructor_args_encoded: str = "",
                               file_name: str | None = None, chain_id: int | None = None) -> VerificationRequest:
    url = api_url
    if chain_id is not None and "api.etherscan.io/v2" in api_url and "chainid=" not in api_url:
        url = f"{api_url}{'&' if '?' in api_url else '?'}chainid={chain_id}"
    data = {
        "module": "contract",
        "action": "verifysourcecode",
        "contractaddress": address,
        "sourceCode": json.dumps(standard_json_input, separators=(",", ":")),
        "codeformat": "solidity-standard-json-input",
        "contractname": f"{source_key(standard_json_input, contract_name, file_name)}:{contract_name}",
        "compilerversion": etherscan_compiler_version(compiler_version),
        "constructorArguements": (constructor_args_encoded or "").removeprefix("0x"),  # (sic): the API's spelling
    }
    return VerificationRequest(url=url, data=data)


def request_from_deployment(row: dict[str, Any], network: Any) -> VerificationRequest:
    """The request for a stored deployment row (hyperagent.db.repository.find_deployment)."""
    if row.get("status") not in (None, "confirmed") or not row.get("address"):
        raise DeploymentError(f"the deployment is {row.get('status', 'not confirmed')}: only a confirmed "
                              "deployment can be verified")
    if not network.explorer_api_url:
        raise ConfigurationError(f"network {network.name} has no explorer API: set explorer_api_url for it "
                                 "in <data dir>/networks.toml")
    standard_json = row.get("standard_json_input")
    if isinstance(standard_json, str):
        standard_json = json.loads(standard_json)
    if not standard_json:
        raise DeploymentError("the deployment row holds no standard-JSON input: it cannot be verified")
    contract_name = row.get("contract_name") or _contract_from_row(row)
    return build_verification_request(
        api_url=network.explorer_api_url, address=row["address"], standard_json_input=standard_json,
        contract_name=contract_name, compiler_version=row["compiler_version"],
        constructor_args_encoded=row.get("constructor_args_encoded") or "", file_name=row.get("file_name"),
        chain_id=row.get("chain_id") or network.chain_id)


def _contract_from_row(row: dict[str, Any]) -> str:
    raise DeploymentError("the deployment row does not name its contract: cannot build contractname")


def api_key() -> str:
    key = os.environ.get(API_KEY_ENV, "").strip()
    if not key:
        raise ConfigurationError(f"no explorer API key: set {API_KEY_ENV} (one Etherscan V2 key serves Sepolia, "
                                 "Base Sepolia and Mantle Sepolia)")
    return key


def _post(url: str, fields: dict[str, str], timeout: float) -> dict[str, Any]:
    body = urllib.parse.urlencode(fields).encode()
    request = urllib.request.Request(url, data=body, headers={"Content-Type": "application/x-www-form-urlencoded"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
            return json.loads(response.read())
    except (OSError, ValueError) as exc:
        raise DeploymentError(f"the explorer API at {urllib.parse.urlsplit(url).netloc} did not answer "
                              f"({type(exc).__name__}): try again later") from None


def submit_verification(request: VerificationRequest, key: str, timeout: float = 30.0) -> str:
    """POST the request; returns the explorer's GUID to poll with `check_verification`."""
    answer = _post(request.url, {**request.data, "apikey": key}, timeout)
    if str(answer.get("status")) != "1":
        raise DeploymentError(f"the explorer refused verification: {str(answer.get('result'))[:300]}")
    return str(answer["result"])


def check_verification(api_url: str, guid: str, key: str, timeout: float = 30.0) -> str:
    """The explorer's verdict for `guid` ("Pass - Verified", "Pending in queue", ...)."""
    answer = _post(api_url, {"module": "contract", "action": "checkverifystatus", "guid": guid, "apikey": key},
                   timeout)
    return str(answer.get("result"))
