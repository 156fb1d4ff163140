"""Build, sign, journal, send and confirm one contract creation; a retry never deploys twice.

Order of one attempt (why each step is where it is):
1. connect and compare chain ids: a wrong RPC must fail before anything is signed;
2. if the journal already holds a transaction for this workflow, resume it (below) instead of sending;
3. encode constructor args, estimate gas (+margin), pick fees (EIP-1559 when the latest block has a
   base fee and the network allows it, legacy otherwise), check the balance against gas * max fee;
4. sign, write the hash (and the signed bytes and nonce) to the journal, *then* send and wait;
5. after the receipt: wait for the network's confirmations, compare the code at the address with the
   compiled runtime code, compute the cost, confirm the journal entry.

Resuming a journalled hash H (nonce N):
- H has a receipt -> use it; H is pending -> wait for it;
- H is unknown to the node but the journal holds its signed bytes -> re-broadcast those same bytes
  (same hash, same nonce: it can only ever be mined once);
- H is unknown and N is not used yet -> sign again *with nonce N*: whichever of the two is mined,
  the other becomes invalid, so there is still at most one contract;
- H is unknown and N was used by another transaction -> H can never be mined; if the CREATE address
  of (deployer, N) holds no code, the entry is marked failed and a fresh transaction is sent;
  if it holds code, the deployer stops and says so (a person must look: the journal and the chain
  disagree);
- the journal has neither signed bytes nor a nonce -> stop with a clear error rather than guess.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from typing import Any

from agents.deployment.journal import DeploymentJournal
from agents.models import CompiledContract, DeploymentResult, NetworkInfo
from hyperagent.errors import (
    ChainIdMismatchError,
    ConfigurationError,
    DeploymentError,
    InsufficientFundsError,
    NetworkError,
)
from hyperagent.networks import NetworkConfig, redact_url

log = logging.getLogger("hyperagent.deployment")

DEPLOYER_PLACEHOLDER = "$deployer"
GAS_MARGIN = 1.2
RECEIPT_TIMEOUT = 180.0
RPC_TIMEOUT = 10.0
NONCE_TAKEN = ("nonce too low", "replacement transaction underpriced", "already used", "nonce has already")


def format_amount(wei: int, currency: str = "ETH") -> str:
    value = Decimal(wei) / Decimal(10**18)
    text = f"{value:.8f}".rstrip("0").rstrip(".") if wei else "0"
    if text == "0" and wei:
        text = f"{value:.2E}"
    return f"{text} {currency}"


def substitute_deployer(args: Any, deployer: str) -> Any:
    """Replace the "$deployer" placeholder (at any depth) with the signer's address."""
    if isinstance(args, str):
        return deployer if args == DEPLOYER_PLACEHOLDER else args
    if isinstance(args, list | tuple):
        return type(args)(substitute_deployer(a, deployer) for a in args)
    return args


def _coerce(abi_type: str, value: Any) -> Any:
    """Numbers may arrive as decimal strings (JSON, the CLI): give the encoder ints."""
    if abi_type.endswith("]") and isinstance(value, list | tuple):
        inner = abi_type[: abi_type.rindex("[")]
        return [_coerce(inner, v) for v in value]
    if (abi_type.startswith("uint") or abi_type.startswith("int")) and isinstance(value, str):
        return int(value.replace("_", ""), 0)
    return value


def strip_hex(code: str) -> str:
    return code[2:] if code.startswith(("0x", "0X")) else code


def _metadata_length(code: bytes) -> int:
    """Length of solc's CBOR metadata tail (its last two bytes say how long it is), or 0."""
    if len(code) < 2:
        return 0
    length = int.from_bytes(code[-2:], "big") + 2
    return length if length < len(code) and code[-length] in (0xA1, 0xA2, 0xA3) else 0


def check_runtime_code(onchain: bytes, compiled: CompiledContract) -> str:
    """How the code on chain matched the compiled runtime code; raises when it does not.

    Immutables are written into the runtime code by the constructor, so the bytes differ where they
    sit. With solc's immutableReferences those ranges are masked exactly; without them, a
    difference is accepted only where the compiled code holds the zero placeholder bytes solc leaves
    for immutables, and the lengths must be equal. Unlinked library placeholders: not checked.
    """
    text = strip_hex(compiled.deployed_bytecode)
    if not text or "__" in text:
        return "skipped"
    expected = bytes.fromhex(text)
    if onchain == expected:
        return "exact"
    if len(onchain) != len(expected):
        raise DeploymentError(f"the code at the address ({len(onchain)} bytes) is not the compiled runtime code "
                              f"({len(expected)} bytes): the chain may run another EVM version; deployment "
                              "not confirmed")
    if compiled.immutable_references:
        masked_onchain, masked_expected = bytearray(onchain), bytearray(expected)
        for ranges in compiled.immutable_references.values():
            for span in ranges:
                start, length = int(span["start"]), int(span["length"])
                masked_onchain[start:start + length] = bytes(length)
                masked_expected[start:start + length] = bytes(length)
        if masked_onchain == masked_expected:
            return "immutables-masked"
    elif all(a == b or b == 0 for a, b in zip(onchain, expected, strict=True)):
        return "zero-masked"
    raise DeploymentError("the code at the address differs from the compiled runtime code beyond immutables: "
                          "deployment not confirmed")


class Deployer:
    """One deployment per call; safe to call again for the same workflow (see the module doc)."""

    def __init__(self, *, receipt_timeout: float = RECEIPT_TIMEOUT, gas_margin: float = GAS_MARGIN,
                 rpc_timeout: float = RPC_TIMEOUT, poll_latency: float = 0.1) -> None:
        self.receipt_timeout = receipt_timeout
        self.gas_margin = gas_margin
        self.rpc_timeout = rpc_timeout
        self.poll_latency = poll_latency

    # -- connection -------------------------------------------------------------------------------
    def connect(self, network: NetworkConfig) -> tuple[Any, int]:
        from web3 import HTTPProvider, Web3

        if not network.rpc_url:
            raise ConfigurationError(f"network {network.name} has no RPC URL: set {_env_hint(network)}")
        w3 = Web3(HTTPProvider(network.rpc_url, request_kwargs={"timeout": self.rpc_timeout},
                               exception_retry_configuration=None))
        try:
            chain_id = int(w3.eth.chain_id)
        except Exception as exc:  # noqa: BLE001 - requests/urllib3 errors quote the full URL: replace them
            raise NetworkError(f"cannot reach the RPC of network {network.name} at {redact_url(network.rpc_url)} "
                               f"({type(exc).__name__}): check the node is running and the URL is right"
                               + (" (`hyperagent up` starts the local chain)" if network.is_local else "")) from None
        if network.chain_id is not None and chain_id != network.chain_id:
            raise ChainIdMismatchError(f"chain id mismatch: RPC answers {chain_id}, network {network.name} "
                                       f"expects {network.chain_id}: point {_env_hint(network)} at the right node")
        return w3, chain_id

    # -- the whole stage --------------------------------------------------------------------------
    def deploy(self, compiled: CompiledContract, constructor_args: list[Any], network: NetworkConfig,
               journal: DeploymentJournal, workflow_id: str, signer: Any) -> DeploymentResult:
        started = time.monotonic()
        w3, chain_id = self.connect(network)
        try:
            entry = journal.find(workflow_id)
            if compiled.proxy is not None:
                result = self._deploy_behind_proxy(w3, chain_id, compiled, constructor_args, network, journal,
                                                   workflow_id, signer, entry)
            else:
                result = self._deploy_one(w3, chain_id, compiled, constructor_args, network, journal, workflow_id,
                                          signer, entry)
        except OSError as exc:  # requests' errors quote the full RPC URL (which may hold an API key)
            raise NetworkError(f"lost the RPC of network {network.name} at {redact_url(network.rpc_url)} "
                               f"({type(exc).__name__}): a retry resumes from the journal") from None
        log.info("deployed %s to %s at %s in %.2f s", compiled.contract_name, network.name, result.address,
                 time.monotonic() - started)
        return result

    def _deploy_one(self, w3: Any, chain_id: int, compiled: CompiledContract, constructor_args: list[Any],
                    network: NetworkConfig, journal: DeploymentJournal, workflow_id: str, signer: Any,
                    entry: dict[str, Any] | None, *, confirm: bool = True,
                    extra: dict[str, Any] | None = None) -> DeploymentResult:
        """One contract creation: resume the journalled transaction, else send a new one."""
        nonce: int | None = None
        if entry and entry.get("tx_hash"):
            resumed = self._resume(w3, chain_id, entry, compiled, network, journal, workflow_id, signer,
                                   confirm=confirm)
            if isinstance(resumed, DeploymentResult):
                return resumed
            nonce = resumed  # None: send fresh with the next nonce; int: re-sign with that nonce
        return self._send(w3, chain_id, compiled, constructor_args, network, journal, workflow_id, signer, nonce,
                          confirm=confirm, extra=extra)

    # -- upgradeable: implementation, then proxy --------------------------------------------------
    def _deploy_behind_proxy(self, w3: Any, chain_id: int, compiled: CompiledContract, initializer_args: list[Any],
                             network: NetworkConfig, journal: DeploymentJournal, workflow_id: str, signer: Any,
                             entry: dict[str, Any] | None) -> DeploymentResult:
        """Two journalled creations, each at most once: the implementation (no constructor arguments), then
        the proxy, whose constructor stores the implementation and calls initialize(...) through itself.

        The journal entry holds one transaction at a time; `implementation_address` in it says the
        implementation is done and the transaction is the proxy's. The result's `address` is the proxy.
        """
        proxy = compiled.proxy
        assert proxy is not None
        implementation_address = (entry or {}).get("implementation_address")
        implementation_tx = (entry or {}).get("implementation_tx_hash")
        if not implementation_address:
            implementation = self._deploy_one(
                w3, chain_id, compiled.model_copy(update={"proxy": None}), [], network, journal, workflow_id,
                signer, entry, confirm=False, extra={"proxy_kind": proxy.kind})
            implementation_address, implementation_tx = implementation.address, implementation.tx_hash
            entry = None  # the proxy's transaction is a new one
        elif not bytes(w3.eth.get_code(implementation_address)):
            raise DeploymentError(f"the journal says the implementation is at {implementation_address}, but it holds "
                                  "no code: check the network, then retry with a new workflow")
        deployer = signer.address
        args = substitute_deployer(list(initializer_args or []), deployer)
        call = encode_initializer(w3, compiled, args)
        if proxy.kind == "uups":
            proxy_args: list[Any] = [implementation_address, call]
        else:
            proxy_args = [implementation_address, proxy_owner(compiled, args, deployer), call]
        try:
            result = self._deploy_one(
                w3, chain_id, proxy_as_contract(compiled), proxy_args, network, journal, workflow_id, signer, entry,
                confirm=False, extra={"proxy_kind": proxy.kind, "implementation_address": implementation_address,
                                      "implementation_tx_hash": implementation_tx})
        except DeploymentError as exc:
            if "reverts" not in str(exc):
                raise
            raise DeploymentError(f"initialize(...) of {compiled.contract_name} reverts through the {proxy.contract_name} "
                                  f"({exc}); the implementation is at {implementation_address}: check the "
                                  "initializer's arguments") from None
        stored = read_slot_address(w3, result.address, IMPLEMENTATION_SLOT)
        if stored.lower() != implementation_address.lower():
            reason = (f"the proxy at {result.address} points at {stored}, not the implementation "
                      f"{implementation_address}")
            journal.fail(workflow_id, reason)
            raise DeploymentError(f"{reason}: deployment not confirmed")
        admin = read_slot_address(w3, result.address, ADMIN_SLOT) if proxy.kind == "transparent" else None
        result = result.model_copy(update={"proxy_kind": proxy.kind, "implementation_address": implementation_address,
                                           "implementation_tx_hash": implementation_tx, "proxy_admin": admin})
        journal.confirm(workflow_id, result)
        return result

    # -- fresh transaction ------------------------------------------------------------------------
    def _send(self, w3: Any, chain_id: int, compiled: CompiledContract, constructor_args: list[Any],
              network: NetworkConfig, journal: DeploymentJournal, workflow_id: str, signer: Any,
              nonce: int | None, *, confirm: bool = True, extra: dict[str, Any] | None = None) -> DeploymentResult:
        from web3.exceptions import ContractLogicError, Web3RPCError

        deployer = signer.address
        args = substitute_deployer(list(constructor_args or []), deployer)
        data, encoded_args = encode_deployment(w3, compiled, args)
        try:
            estimate = w3.eth.estimate_gas({"from": deployer, "data": data})
        except ContractLogicError as exc:
            missing = _codeless_contract_arguments(w3, compiled, args)
            if missing:
                raise DeploymentError(f"the constructor of {compiled.contract_name} reverts: {missing} has no contract on "
                                      f"{network.name}; deploy it there first, or give the address it has on this "
                                      "network") from None
            raise DeploymentError(f"the constructor of {compiled.contract_name} reverts ({exc}): "
                                  "check the constructor arguments") from None
        except Web3RPCError as exc:
            raise DeploymentError(f"gas estimation failed on {network.name}: {_rpc_message(exc)}") from None
        gas = int(estimate * self.gas_margin)
        fees, price = self._fees(w3, network)
        balance = w3.eth.get_balance(deployer)
        need = gas * price
        if balance < need:
            raise InsufficientFundsError(
                f"insufficient funds: need {format_amount(need, network.currency)}, have "
                f"{format_amount(balance, network.currency)} (deployer {deployer} on {network.name}): "
                "fund the deployer and retry")
        with sender_lock(chain_id, deployer):  # one nonce pick + send at a time per account on this machine
            if nonce is None:
                nonce = w3.eth.get_transaction_count(deployer, "pending")
            transaction = {"chainId": chain_id, "from": deployer, "nonce": nonce, "gas": gas, "data": data,
                           "value": 0, **fees}
            signed = signer.sign_transaction(transaction)
            tx_hash = "0x" + bytes(signed.hash).hex()
            raw = "0x" + bytes(signed.raw_transaction).hex()
            journal.record_pending(
                workflow_id, network=network.name, chain_id=chain_id, rpc_url=redact_url(network.rpc_url),
                tx_hash=tx_hash, deployer=deployer, constructor_args=_jsonable(args),
                constructor_args_encoded=encoded_args, compiler_version=compiled.compiler_version,
                standard_json_input=compiled.standard_json_input, nonce=nonce, raw_transaction=raw,
                contract_name=compiled.contract_name, **(extra or {}))
            log.info("sending %s deployment to %s (chain %s) from %s, nonce %s, gas %s, tx %s",
                     compiled.contract_name, network.name, chain_id, deployer, nonce, gas, tx_hash)
            self._broadcast(w3, raw, tx_hash, nonce, network, journal, workflow_id)
        return self._finish(w3, chain_id, tx_hash, compiled, network, journal, workflow_id, deployer,
                            encoded_args, reused=False, confirm=confirm)

    def _broadcast(self, w3: Any, raw: str, tx_hash: str, nonce: int, network: NetworkConfig,
                   journal: DeploymentJournal, workflow_id: str) -> None:
        """Send signed bytes. A node that already has them is fine; a nonce taken meanwhile by another
        sender is transient (the retry picks the next nonce); other refusals are final; a lost
        connection is transient (the retry resolves the journalled hash)."""
        from web3.exceptions import Web3RPCError

        try:
            w3.eth.send_raw_transaction(raw)
        except Web3RPCError as exc:
            message = _rpc_message(exc)
            if "already known" in message.lower() or "already imported" in message.lower():
                return
            if any(text in message.lower() for text in NONCE_TAKEN):
                journal.fail(workflow_id, f"superseded: nonce {nonce} was taken by another transaction ({message})")
                raise NetworkError(f"nonce {nonce} of the deployer was taken by another transaction on {network.name}: "
                                   "a retry sends with the next nonce") from None
            if "insufficient funds" in message.lower():
                journal.fail(workflow_id, f"refused by the node: {message}")
                raise InsufficientFundsError(f"insufficient funds: the node refused tx {tx_hash} on {network.name} "
                                             f"({message}): fund the deployer and retry") from None
            journal.fail(workflow_id, f"refused by the node: {message}")
            raise DeploymentError(f"the node refused the deployment transaction on {network.name}: {message}") from None
        except (OSError, TimeoutError) as exc:
            raise NetworkError(f"lost the RPC of {network.name} while sending tx {tx_hash} ({type(exc).__name__}): "
                               "a retry looks this transaction up before sending anything") from None

    def _fees(self, w3: Any, network: NetworkConfig) -> tuple[dict[str, int], int]:
        """Fee fields and the per-gas price to budget with (max fee for EIP-1559)."""
        latest = w3.eth.get_block("latest")
        base_fee = latest.get("baseFeePerGas")
        if network.fee_model == "eip1559" and base_fee is not None:
            try:
                tip = int(w3.eth.max_priority_fee)
            except Exception:  # noqa: BLE001 - some RPCs lack eth_maxPriorityFeePerGas and fee history
                tip = 10**9
            max_fee = 2 * int(base_fee) + tip
            return {"type": 2, "maxFeePerGas": max_fee, "maxPriorityFeePerGas": tip}, max_fee
        price = int(w3.eth.gas_price)
        return {"gasPrice": price}, price

    # -- after sending ----------------------------------------------------------------------------
    def _finish(self, w3: Any, chain_id: int, tx_hash: str, compiled: CompiledContract, network: NetworkConfig,
                journal: DeploymentJournal, workflow_id: str, deployer: str, encoded_args: str, *,
                reused: bool, receipt: Any = None, confirm: bool = True) -> DeploymentResult:
        """Wait for the receipt and check the code; `confirm=False` leaves the journal entry pending
        (a step of a proxy deployment, confirmed once the whole deployment is)."""
        from web3.exceptions import TimeExhausted

        deadline = time.monotonic() + self.receipt_timeout
        if receipt is None:
            try:
                receipt = w3.eth.wait_for_transaction_receipt(tx_hash, timeout=self.receipt_timeout,
                                                              poll_latency=self.poll_latency)
            except TimeExhausted:
                raise NetworkError(f"tx {tx_hash} was not mined within {self.receipt_timeout:.0f} s on "
                                   f"{network.name}: a retry waits for this same transaction") from None
        block = int(receipt["blockNumber"])
        if int(receipt["status"]) != 1:
            reason = f"deployment transaction {tx_hash} reverted in block {block}"
            journal.fail(workflow_id, reason)
            raise DeploymentError(f"{reason}: the constructor failed; check its arguments")
        address = receipt["contractAddress"]
        while network.confirmations > 1 and w3.eth.block_number < block + network.confirmations - 1:
            if time.monotonic() > deadline:
                raise NetworkError(f"tx {tx_hash} has fewer than {network.confirmations} confirmations after "
                                   f"{self.receipt_timeout:.0f} s: a retry waits for it")
            time.sleep(max(self.poll_latency, 1.0))
        code = bytes(w3.eth.get_code(address, block_identifier=block))
        if not code:
            journal.fail(workflow_id, f"no code at {address} after tx {tx_hash}")
            raise DeploymentError(f"no code at {address} after tx {tx_hash}: the constructor returned empty code")
        try:
            code_check = check_runtime_code(code, compiled)
        except DeploymentError as exc:
            journal.fail(workflow_id, str(exc))
            raise
        price = receipt.get("effectiveGasPrice")
        gas_used = int(receipt["gasUsed"])
        transaction = w3.eth.get_transaction(tx_hash)
        result = DeploymentResult(
            network=NetworkInfo(name=network.name, chain_id=chain_id, rpc_url=redact_url(network.rpc_url),
                                explorer_url=network.explorer_url),
            address=address, tx_hash=tx_hash, block_number=block, gas_used=gas_used,
            effective_gas_price=int(price) if price is not None else None, deployer=deployer,
            constructor_args_encoded=encoded_args, explorer_link=network.address_link(address), reused=reused,
            cost_wei=gas_used * int(price) if price is not None else None, nonce=int(transaction["nonce"]),
            code_check=code_check)
        if confirm:
            journal.confirm(workflow_id, result)
        return result

    # -- retry ------------------------------------------------------------------------------------
    def _resume(self, w3: Any, chain_id: int, entry: dict[str, Any], compiled: CompiledContract,
                network: NetworkConfig, journal: DeploymentJournal, workflow_id: str,
                signer: Any, *, confirm: bool = True) -> DeploymentResult | int | None:
        from web3.exceptions import TransactionNotFound, Web3RPCError
        from web3.utils.address import get_create_address

        tx_hash, deployer = entry["tx_hash"], entry.get("deployer") or signer.address
        if entry.get("chain_id") is not None and int(entry["chain_id"]) != chain_id:
            raise DeploymentError(f"workflow {workflow_id} already has a deployment transaction on chain "
                                  f"{entry['chain_id']} ({tx_hash}); it will not be deployed again on chain {chain_id}")
        encoded = entry.get("constructor_args_encoded") or ""

        def finish(receipt: Any = None) -> DeploymentResult:
            return self._finish(w3, chain_id, tx_hash, compiled, network, journal, workflow_id, deployer,
                                encoded, reused=True, receipt=receipt, confirm=confirm)

        try:
            return finish(w3.eth.get_transaction_receipt(tx_hash))
        except TransactionNotFound:
            pass
        try:
            w3.eth.get_transaction(tx_hash)
            log.info("retry: tx %s is pending, waiting for it instead of sending again", tx_hash)
            return finish()
        except TransactionNotFound:
            pass
        if entry.get("status") == "failed":
            log.info("retry: journalled tx %s failed and is unknown to the node; sending a new one", tx_hash)
            return None
        raw = entry.get("raw_transaction")
        if raw:
            try:
                w3.eth.send_raw_transaction(raw)
                log.info("retry: re-broadcast the journalled tx %s (the node did not know it)", tx_hash)
                return finish()
            except Web3RPCError as exc:
                if "already known" in _rpc_message(exc).lower():
                    return finish()
                log.info("retry: re-broadcast of %s refused (%s)", tx_hash, _rpc_message(exc))
        nonce = entry.get("nonce")
        if nonce is None:
            raise DeploymentError(f"journalled tx {tx_hash} is unknown to the node and the journal lacks its nonce: "
                                  f"cannot prove it will never be mined; check {network.tx_link(tx_hash) or tx_hash}, "
                                  "then retry with a new workflow")
        nonce = int(nonce)
        if w3.eth.get_transaction_count(deployer, "latest") <= nonce:
            log.info("retry: tx %s unknown, nonce %s unused: re-signing with the same nonce", tx_hash, nonce)
            return nonce
        predicted = get_create_address(deployer, nonce)
        if w3.eth.get_code(predicted):
            raise DeploymentError(f"journalled tx {tx_hash} is unknown to the node, but a contract exists at "
                                  f"{predicted} (the address of deployer nonce {nonce}): check it by hand; "
                                  "nothing was sent")
        journal.fail(workflow_id, f"superseded: nonce {nonce} was used by another transaction; tx {tx_hash} "
                                  "can never be mined")
        log.info("retry: tx %s can never be mined (nonce %s used elsewhere); sending a new one", tx_hash, nonce)
        return None


@contextmanager
def sender_lock(chain_id: int, address: str) -> Iterator[None]:
    """A file lock per (chain, account): two workflows on this machine never pick the same nonce."""
    import fcntl

    from hyperagent.paths import data_dir

    directory = data_dir() / "locks"
    directory.mkdir(parents=True, exist_ok=True)
    with open(directory / f"sender-{chain_id}-{address.lower()}.lock", "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def encode_deployment(w3: Any, compiled: CompiledContract, args: list[Any]) -> tuple[str, str]:
    """(creation data, ABI-encoded constructor arguments as hex without 0x)."""
    bytecode = strip_hex(compiled.bytecode)
    if not bytecode:
        raise DeploymentError(f"{compiled.contract_name} has no creation bytecode (abstract or an interface?)")
    if "__" in bytecode:
        raise DeploymentError(f"{compiled.contract_name} needs linked libraries, which deployment does not do yet")
    constructor = next((item for item in compiled.abi if item.get("type") == "constructor"), None)
    inputs = constructor.get("inputs", []) if constructor else []
    if len(inputs) != len(args):
        names = ", ".join(f"{i['type']} {i.get('name', '')}".strip() for i in inputs) or "none"
        raise DeploymentError(f"{compiled.contract_name} takes {len(inputs)} constructor argument(s) ({names}), "
                              f"got {len(args)}")
    args = [_coerce(i["type"], a) for i, a in zip(inputs, args, strict=True)]
    from eth_utils.abi import get_abi_input_types

    try:
        encoded = w3.codec.encode(get_abi_input_types(constructor), args).hex() if inputs else ""
    except Exception as exc:  # noqa: BLE001 - eth_abi raises several types for bad arguments
        raise DeploymentError(f"constructor arguments do not fit {compiled.contract_name}'s ABI: {exc}") from None
    return "0x" + bytecode + encoded, encoded


IMPLEMENTATION_SLOT = 0x360894A13BA1A3210667C828492DB98DCA3E2076CC3735A920A3CA505D382BBC
"""ERC-1967: bytes32(uint256(keccak256("eip1967.proxy.implementation")) - 1)."""
ADMIN_SLOT = 0xB53127684A568B3173AE13B9F8A6016E243E63B6E8EE1178D6A717850B5D6103
"""ERC-1967: bytes32(uint256(keccak256("eip1967.proxy.admin")) - 1)."""


def read_slot_address(w3: Any, address: str, slot: int) -> str:
    from eth_utils import to_checksum_address

    return to_checksum_address(bytes(w3.eth.get_storage_at(address, slot))[-20:])


def proxy_as_contract(compiled: CompiledContract) -> CompiledContract:
    """The proxy artifact as a CompiledContract (same compiler run and input as the implementation)."""
    proxy = compiled.proxy
    assert proxy is not None
    return CompiledContract(
        contract_name=proxy.contract_name, source="", source_hash="", file_name="",
        compiler_version=compiled.compiler_version, abi=proxy.abi, bytecode=proxy.bytecode,
        deployed_bytecode=proxy.deployed_bytecode, standard_json_input=compiled.standard_json_input,
        optimizer=compiled.optimizer, immutable_references=proxy.immutable_references)


def encode_initializer(w3: Any, compiled: CompiledContract, args: list[Any]) -> bytes:
    """Calldata of the implementation's initializer with `args` (what the proxy's constructor calls)."""
    from eth_utils import function_signature_to_4byte_selector
    from eth_utils.abi import get_abi_input_types

    name = compiled.proxy.initializer if compiled.proxy else "initialize"
    candidates = [i for i in compiled.abi if i.get("type") == "function" and i.get("name") == name
                  and len(i.get("inputs", [])) == len(args)]
    if not candidates:
        raise DeploymentError(f"{compiled.contract_name} has no {name}(...) taking {len(args)} argument(s): "
                              "an upgradeable contract needs its initializer")
    item = candidates[0]
    types = get_abi_input_types(item)
    values = [_coerce(t, a) for t, a in zip(types, args, strict=True)]
    selector = function_signature_to_4byte_selector(f"{name}({','.join(types)})")
    try:
        return selector + w3.codec.encode(types, values)
    except Exception as exc:  # noqa: BLE001 - eth_abi raises several types for bad arguments
        raise DeploymentError(f"initializer arguments do not fit {compiled.contract_name}.{name}: {exc}") from None


def proxy_owner(compiled: CompiledContract, args: list[Any], deployer: str) -> str:
    """Who owns a transparent proxy's ProxyAdmin: the contract's named owner (initialOwner, else
    defaultAdmin) when the initializer takes one, else the deployer."""
    initializer = next((i for i in compiled.abi if i.get("type") == "function" and i.get("name") == "initialize"
                        and len(i.get("inputs", [])) == len(args)), None)
    names = [p.get("name") for p in (initializer or {}).get("inputs", [])]
    for wanted in ("initialOwner", "defaultAdmin"):
        if wanted in names:
            return str(args[names.index(wanted)])
    return deployer


def _jsonable(value: Any) -> Any:
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, bytes):
        return "0x" + value.hex()
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) > 2**53:
        return str(value)
    return value


def _rpc_message(exc: Exception) -> str:
    message = getattr(exc, "message", None)
    if message:
        return str(message)
    if exc.args and isinstance(exc.args[0], dict):
        return str(exc.args[0].get("message", exc.args[0]))
    return str(exc)


def _env_hint(network: NetworkConfig) -> str:
    from hyperagent.networks import env_var

    return "--rpc-url" if network.name == "custom" else env_var(network.name)


def _codeless_contract_arguments(w3: Any, compiled: CompiledContract, args: list[Any]) -> str | None:
    """"token_ 0x3b85..": a constructor argument that names a contract (a token, an asset, a timelock) at an address
    where the network holds no code, the usual reason a governor or a vault reverts on a local chain."""
    constructor = next((f for f in compiled.abi if f.get("type") == "constructor"), {"inputs": []})
    for spec, value in zip(constructor.get("inputs", []), args):
        if spec.get("type") == "address" and re.search(r"token|asset|timelock|vault", spec.get("name", ""), re.I) \
                and isinstance(value, str) and not w3.eth.get_code(value):
            return f"the {spec['name'].strip('_')} address {value}"
    return None
