"""Deployment on real anvil nodes: local, --rpc-url, wrong chain, no funds, kill-and-retry, restart,
dev keys, and a search for the key in everything the stage leaves behind."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from eth_account import Account
from typer.testing import CliRunner
from web3 import Web3

from agents.deployment import DatabaseJournal, Deployer, DeploymentService, FileJournal
from agents.deployment.verify import build_verification_request
from agents.models import CompiledContract
from hyperagent.errors import ChainIdMismatchError, ConfigurationError, InsufficientFundsError, NetworkError
from hyperagent.networks import NetworkConfig, resolve_network
from hyperagent.paths import project_root
from hyperagent.signing import dev_signer, resolve_signer, signer_from_key
from hyperagent.toolchain import anvil as anvil_mod
from hyperagent.toolchain.anvil import AnvilRunner, ensure_local_chain, local_chain_status, stop_local_chain

BOX = """// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

contract Box {
    address public immutable owner;
    uint256 public value;

    constructor(address owner_, uint256 value_) {
        require(owner_ != address(0), "owner");
        owner = owner_;
        value = value_;
    }
}
"""

TIMINGS: dict[str, float] = {}


# ---- fixtures ----------------------------------------------------------------------------------

def compile_box() -> CompiledContract:
    from agents.compilation.compiler import compile_source

    return compile_source(BOX, file_name="Box.sol", contract_name="Box")


@pytest.fixture(scope="module")
def box() -> CompiledContract:
    return compile_box()


@pytest.fixture
def home(tmp_path, monkeypatch):
    monkeypatch.setenv("HYPERAGENT_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("HYPERAGENT_PRIVATE_KEY", raising=False)
    monkeypatch.delenv("HYPERAGENT_PRIVATE_KEY_BLOCK", raising=False)
    monkeypatch.delenv("HYPERAGENT_ANVIL_PORT", raising=False)
    yield tmp_path / "home"
    stop_local_chain()  # a failed test must not leave its managed anvil behind


@pytest.fixture
def node():
    with AnvilRunner().start() as started:
        yield started


@pytest.fixture
def journal(database) -> DatabaseJournal:
    """The real journal: the deployments table of the session's test database."""
    return DatabaseJournal()


@pytest.fixture
def wf(database):
    """Makes workflow rows (a deployment row keys back to one)."""
    from hyperagent.db import repository

    return lambda: str(repository.create_workflow("deployment test", "local", {}))


def fund(node, address: str, wei: int = 10**18) -> None:
    node.rpc("anvil_setBalance", address, hex(wei))


def nonce_of(node, address: str) -> int:
    return int(node.rpc("eth_getTransactionCount", address, "latest"), 16)


def code_at(node, address: str) -> str:
    return node.rpc("eth_getCode", address, "latest")


def call(node, address: str, selector: str) -> str:
    return node.rpc("eth_call", {"to": address, "data": selector}, "latest")


OWNER = "0x8da5cb5b"  # owner()
VALUE = "0x3fa4f245"  # value()


def local_network(url: str, chain_id: int = 31337) -> NetworkConfig:
    return NetworkConfig(name="local", chain_id=chain_id, rpc_url=url, is_local=True)


# ---- local chain -------------------------------------------------------------------------------

def test_local_deploy_on_managed_chain_survives_restart(home, box, database, wf):
    from hyperagent.db import repository

    service = DeploymentService()  # the default journal: the deployments table
    workflow_id = wf()
    started = time.monotonic()
    result = service.deploy(workflow_id, box, ["$deployer", 42], resolve_network("local"))
    TIMINGS["deploy stage, local (incl. starting anvil)"] = time.monotonic() - started
    dev = dev_signer(0).address
    status = local_chain_status()
    assert status["running"] and result.network.rpc_url == status["rpc_url"]
    assert result.network.chain_id == 31337 and result.deployer == dev and not result.reused
    assert result.code_check == "immutables-masked" and result.cost_wei == result.gas_used * result.effective_gas_price
    assert result.constructor_args_encoded.endswith(hex(42)[2:].rjust(64, "0"))
    row = repository.find_deployment(workflow_id)
    assert row["status"] == "confirmed" and row["address"] == result.address and row["nonce"] == 0
    assert row["standard_json_input"] == box.standard_json_input and row["contract_name"] == "Box"
    assert row["compiler_version"] == box.compiler_version and row["raw_transaction"].startswith("0x")
    url = status["rpc_url"]
    owner = anvil_mod.rpc_call(url, "eth_call", [{"to": result.address, "data": OWNER}, "latest"])
    assert owner.endswith(dev[2:].lower())

    started = time.monotonic()
    again = service.deploy(wf(), box, ["$deployer", 7], resolve_network("local"))
    TIMINGS["deploy stage, local (anvil running)"] = time.monotonic() - started
    assert again.address != result.address

    assert stop_local_chain() is True
    assert local_chain_status()["running"] is False
    assert ensure_local_chain() == url  # same port remembered
    code = anvil_mod.rpc_call(url, "eth_getCode", [result.address, "latest"])
    assert len(code) > 2, "the deployment did not survive the restart"
    assert int(anvil_mod.rpc_call(url, "eth_getTransactionCount", [dev, "latest"]), 16) == 2
    pid = json.loads((home / "chain" / "anvil.json").read_text())["pid"]
    assert ensure_local_chain() == url  # a running node is reused
    assert json.loads((home / "chain" / "anvil.json").read_text())["pid"] == pid


def test_stale_pid_file_is_replaced(home):
    chain = home / "chain"
    chain.mkdir(parents=True)
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    (chain / "anvil.json").write_text(json.dumps({"pid": dead.pid, "port": anvil_mod.free_port()}))
    assert local_chain_status()["running"] is False
    url = ensure_local_chain()
    assert anvil_mod.rpc_chain_id(url) == 31337
    assert json.loads((chain / "anvil.json").read_text())["pid"] != dead.pid


def test_anvil_state_survives_restart(tmp_path, box):
    state = tmp_path / "state.json"
    runner = AnvilRunner()
    first = runner.start(state_file=state)
    try:
        result = Deployer().deploy(box, ["$deployer", 5], local_network(first.rpc_url),
                                   FileJournal(tmp_path / "journal"), "state", dev_signer(0))
    finally:
        first.stop()
    assert state.exists() and state.stat().st_size > 0
    with runner.start(state_file=state) as second:
        assert len(code_at(second, result.address)) > 2
        assert int(call(second, result.address, VALUE), 16) == 5


# ---- other chains ------------------------------------------------------------------------------

def test_rpc_url_deploy_to_second_anvil_with_custom_chain_id(home, box, journal, wf, monkeypatch):
    key = Account.create()
    with AnvilRunner().start(chain_id=424242) as other:
        fund(other, key.address)
        monkeypatch.setenv("HYPERAGENT_PRIVATE_KEY", key.key.hex())
        network = resolve_network(rpc_url=other.rpc_url, chain_id=424242)
        assert network.name == "custom" and not network.is_local
        started = time.monotonic()
        result = DeploymentService(journal=journal).deploy(wf(), box, ["$deployer", 1], network)
        TIMINGS["deploy stage, --rpc-url anvil"] = time.monotonic() - started
        assert result.network.chain_id == 424242 and result.deployer == key.address
        assert nonce_of(other, key.address) == 1
        assert call(other, result.address, OWNER).endswith(key.address[2:].lower())
        # without --chain-id the RPC's own chain id is taken
        loose = resolve_network(rpc_url=other.rpc_url)
        assert DeploymentService(journal=journal).deploy(wf(), box, ["$deployer", 1], loose) \
            .network.chain_id == 424242


def test_chain_id_mismatch(node, box, journal, wf):
    network = NetworkConfig(name="sepolia", chain_id=11155111, rpc_url=node.rpc_url)
    workflow_id = wf()
    with pytest.raises(ChainIdMismatchError) as caught:
        Deployer().deploy(box, ["$deployer", 1], network, journal, workflow_id,
                          signer_from_key(Account.create().key.hex(), "test"))
    assert str(caught.value).startswith("chain id mismatch: RPC answers 31337, network sepolia expects 11155111")
    assert journal.find(workflow_id) is None


def test_unreachable_rpc_is_a_transient_network_error(box, journal, wf):
    from tasks.retry import is_transient

    network = NetworkConfig(name="custom", chain_id=1, rpc_url=f"http://127.0.0.1:{anvil_mod.free_port()}/v2/"
                            "abcdefghijklmnopqrstuvwxyz0123")
    with pytest.raises(NetworkError) as caught:
        Deployer(rpc_timeout=2).deploy(box, ["$deployer", 1], network, journal, wf(), dev_signer(0))
    assert "cannot reach the RPC" in str(caught.value) and "abcdefghijklmnop" not in str(caught.value)
    assert is_transient(caught.value)


def test_insufficient_funds_with_a_fresh_key(node, box, journal, wf):
    from tasks.retry import is_transient

    fresh = signer_from_key(Account.create().key.hex(), "test")
    network = NetworkConfig(name="custom", chain_id=31337, rpc_url=node.rpc_url)
    workflow_id = wf()
    with pytest.raises(InsufficientFundsError) as caught:
        Deployer().deploy(box, ["$deployer", 1], network, journal, workflow_id, fresh)
    message = str(caught.value)
    assert message.startswith("insufficient funds: need ") and ", have 0 ETH" in message
    assert "\n" not in message and not is_transient(caught.value)
    assert journal.find(workflow_id) is None and nonce_of(node, fresh.address) == 0


def test_dev_key_refused_on_non_local_chain(node, monkeypatch, home):
    Account.enable_unaudited_hdwallet_features()
    dev_key = Account.from_mnemonic("test test test test test test test test test test test junk",
                                    account_path="m/44'/60'/0'/0/3").key.hex()
    monkeypatch.setenv("HYPERAGENT_PRIVATE_KEY", dev_key)
    for network in (resolve_network("sepolia"), resolve_network(rpc_url=node.rpc_url, chain_id=31337)):
        with pytest.raises(ConfigurationError, match="refusing the well-known development key") as caught:
            resolve_signer(network)
        assert dev_key.removeprefix("0x") not in str(caught.value)
    assert resolve_signer(resolve_network("local")).address == dev_signer(0).address


# ---- never twice (the real journal: the deployments table) --------------------------------------

DEPLOY_SCRIPT = """
import sys
from agents.deployment import DatabaseJournal, Deployer
from agents.models import CompiledContract
from hyperagent.networks import NetworkConfig
from hyperagent.signing import dev_signer
compiled = CompiledContract.model_validate_json(open(sys.argv[1]).read())
network = NetworkConfig(name="local", chain_id=31337, rpc_url=sys.argv[2], is_local=True)
Deployer(receipt_timeout=600).deploy(compiled, ["$deployer", 9], network, DatabaseJournal(), sys.argv[3],
                                     dev_signer(0))
"""


def test_kill_mid_wait_then_retry_deploys_once(tmp_path, box, journal, wf):
    """The deploying process dies while waiting for its receipt; the retry waits for the same tx."""
    workflow_id = wf()
    dev = dev_signer(0).address
    with AnvilRunner().start(no_mining=True) as node:
        compiled_file = tmp_path / "box.json"
        compiled_file.write_text(box.model_dump_json())
        child = subprocess.Popen([sys.executable, "-c", DEPLOY_SCRIPT, str(compiled_file), node.rpc_url, workflow_id],
                                 cwd=project_root(), env=dict(os.environ), stderr=subprocess.PIPE)
        deadline = time.monotonic() + 60
        entry = None
        try:
            while time.monotonic() < deadline:
                entry = journal.find(workflow_id)
                if entry and node.rpc("eth_getTransactionByHash", entry["tx_hash"]):
                    break
                assert child.poll() is None, child.stderr.read().decode()[-2000:]
                time.sleep(0.05)
        finally:
            child.kill()
            child.wait()
        assert entry and entry["status"] == "pending" and entry["nonce"] == 0
        assert nonce_of(node, dev) == 0  # sent, not mined

        results = []
        retry = threading.Thread(target=lambda: results.append(
            Deployer().deploy(box, ["$deployer", 9], local_network(node.rpc_url), journal, workflow_id,
                              dev_signer(0))))
        retry.start()
        time.sleep(0.5)
        assert retry.is_alive(), "the retry must wait for the journalled tx, not finish on its own"
        node.mine()
        retry.join(30)
        [result] = results
        assert result.reused and result.tx_hash == entry["tx_hash"]
        assert nonce_of(node, dev) == 1
        assert len(code_at(node, result.address)) > 2
        assert len(node.rpc("eth_getBlockByNumber", "latest", False)["transactions"]) == 1
        assert journal.find(workflow_id)["status"] == "confirmed"
        # a later retry, after confirmation, only reads the receipt
        again = Deployer().deploy(box, ["$deployer", 9], local_network(node.rpc_url), journal, workflow_id,
                                  dev_signer(0))
        assert again.address == result.address and again.reused
        assert nonce_of(node, dev) == 1


class CrashAfterJournal(DatabaseJournal):
    """Dies right after the hash is journalled, before the transaction reaches the node."""

    def record_pending(self, workflow_id, **fields):
        super().record_pending(workflow_id, **fields)
        raise KeyboardInterrupt("crash")


def test_crash_between_journal_and_send_rebroadcasts_the_same_tx(node, box, journal, wf):
    workflow_id = wf()
    with pytest.raises(KeyboardInterrupt):
        Deployer().deploy(box, ["$deployer", 3], local_network(node.rpc_url), CrashAfterJournal(), workflow_id,
                          dev_signer(0))
    entry = journal.find(workflow_id)
    assert node.rpc("eth_getTransactionByHash", entry["tx_hash"]) is None
    result = Deployer().deploy(box, ["$deployer", 3], local_network(node.rpc_url), journal, workflow_id,
                               dev_signer(0))
    assert result.reused and result.tx_hash == entry["tx_hash"]
    assert nonce_of(node, dev_signer(0).address) == 1


def _journal_unknown_tx(journal, workflow_id: str, box, tx_hash: str) -> None:
    """An entry as a store that kept only hash + nonce would leave it (no signed bytes)."""
    journal.record_pending(workflow_id, network="local", chain_id=31337, rpc_url="http://127.0.0.1",
                           tx_hash=tx_hash, deployer=dev_signer(0).address, constructor_args=[],
                           constructor_args_encoded="", compiler_version=box.compiler_version,
                           standard_json_input={}, nonce=0, raw_transaction=None, contract_name="Box")


def test_unknown_tx_without_bytes_reuses_its_nonce(node, box, journal, wf):
    workflow_id = wf()
    _journal_unknown_tx(journal, workflow_id, box, "0x" + "ab" * 32)
    result = Deployer().deploy(box, ["$deployer", 3], local_network(node.rpc_url), journal, workflow_id,
                               dev_signer(0))
    assert result.nonce == 0 and not result.reused
    assert nonce_of(node, dev_signer(0).address) == 1


def test_unknown_tx_whose_nonce_went_elsewhere_is_superseded(node, box, journal, wf):
    dev = dev_signer(0)
    node.rpc("eth_sendTransaction", {"from": dev.address, "to": dev.address, "value": "0x1"})  # uses nonce 0
    workflow_id = wf()
    _journal_unknown_tx(journal, workflow_id, box, "0x" + "cd" * 32)
    result = Deployer().deploy(box, ["$deployer", 3], local_network(node.rpc_url), journal, workflow_id, dev)
    assert result.nonce == 1 and nonce_of(node, dev.address) == 2
    assert journal.find(workflow_id)["status"] == "confirmed"


def test_concurrent_deployments_from_one_key_take_distinct_nonces(node, box, journal, wf):
    ids = [wf() for _ in range(4)]
    results, errors = [], []

    def deploy(workflow_id: str) -> None:
        try:
            results.append(Deployer().deploy(box, ["$deployer", 1], local_network(node.rpc_url), journal,
                                             workflow_id, dev_signer(0)))
        except Exception as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=deploy, args=(w,)) for w in ids]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert not errors
    assert sorted(r.nonce for r in results) == [0, 1, 2, 3] and len({r.address for r in results}) == 4
    assert nonce_of(node, dev_signer(0).address) == 4


# ---- secrets -----------------------------------------------------------------------------------

def test_the_key_reaches_no_log_error_row_or_result(node, box, journal, wf, monkeypatch, caplog, home):
    from hyperagent.cli.main import app
    from hyperagent.db import repository

    caplog.set_level(logging.DEBUG)
    rich, poor = Account.create(), Account.create()
    fund(node, rich.address)
    texts: list[str] = []

    def chain_text(error: BaseException | None) -> str:
        parts = []
        while error is not None:
            parts += [str(error), repr(error)]
            error = error.__cause__ or error.__context__
        return "\n".join(parts)

    network = resolve_network(rpc_url=node.rpc_url, chain_id=31337)
    monkeypatch.setenv("HYPERAGENT_PRIVATE_KEY", rich.key.hex())
    signer = resolve_signer(network)
    texts += [repr(signer), str(signer)]
    ids = [wf() for _ in range(3)]
    result = DeploymentService(journal=journal).deploy(ids[0], box, ["$deployer", 1], network)
    texts.append(result.model_dump_json())
    with pytest.raises(TypeError):
        import pickle

        pickle.dumps(signer)

    monkeypatch.setenv("HYPERAGENT_PRIVATE_KEY", poor.key.hex())
    with pytest.raises(InsufficientFundsError) as poor_error:
        DeploymentService(journal=journal).deploy(ids[1], box, ["$deployer", 1], network)
    texts.append(chain_text(poor_error.value))
    with pytest.raises(ChainIdMismatchError) as mismatch:
        DeploymentService(journal=journal).deploy(ids[2], box, ["$deployer", 1],
                                                  resolve_network(rpc_url=node.rpc_url, chain_id=5))
    texts.append(chain_text(mismatch.value))
    monkeypatch.setenv("HYPERAGENT_PRIVATE_KEY", poor.key.hex()[:-6] + "zzzzzz")
    with pytest.raises(ConfigurationError) as bad:
        resolve_signer(network)
    texts.append(chain_text(bad.value))

    monkeypatch.setenv("HYPERAGENT_PRIVATE_KEY", rich.key.hex())
    listing = CliRunner().invoke(app, ["networks", "--json", "--no-check"])
    assert listing.exit_code == 0, listing.output
    texts.append(listing.output)
    texts.append(json.dumps([repository.find_deployment(w) for w in ids], default=str))
    texts.append(json.dumps(repository.list_deployments(status=None), default=str))
    texts.append(json.dumps([repository.get_workflow(w) for w in ids], default=str))
    texts += [record.getMessage() for record in caplog.records]
    texts.append(caplog.text)
    everything = "\n".join(texts).lower()
    assert rich.address.lower() in everything  # the search does see what was produced
    for account in (rich, poor):
        key_hex = account.key.hex().removeprefix("0x").lower()
        assert key_hex not in everything
        assert key_hex[:32] not in everything and key_hex[32:] not in everything


# ---- verification, CLI ---------------------------------------------------------------------------

def test_verification_request_from_a_real_deployment(node, box, journal, wf):
    from agents.deployment.verify import request_from_deployment

    workflow_id = wf()
    result = Deployer().deploy(box, ["$deployer", 77], local_network(node.rpc_url), journal, workflow_id,
                               dev_signer(0))
    row = journal.find(workflow_id)
    request = request_from_deployment({**row, "network": "sepolia"}, resolve_network("sepolia"))
    assert request.url == "https://api.etherscan.io/v2/api?chainid=11155111"
    data = request.data
    assert data["module"] == "contract" and data["action"] == "verifysourcecode"
    assert data["codeformat"] == "solidity-standard-json-input"
    assert data["contractname"] == "Box.sol:Box"
    assert data["compilerversion"] == "v0.8.28+commit.7893614a"
    assert data["contractaddress"] == result.address
    assert json.loads(data["sourceCode"]) == box.standard_json_input
    assert data["constructorArguements"] == result.constructor_args_encoded
    assert len(data["constructorArguements"]) == 128 and int(data["constructorArguements"][64:], 16) == 77
    assert "apikey" not in data
    direct = build_verification_request(api_url="https://api.etherscan.io/v2/api", address=result.address,
                                        chain_id=84532, standard_json_input=row["standard_json_input"],
                                        contract_name="Box", compiler_version=row["compiler_version"],
                                        constructor_args_encoded=row["constructor_args_encoded"])
    assert direct.url.endswith("?chainid=84532") and direct.data["contractname"] == "Box.sol:Box"


def test_cli_networks_and_verify(home, monkeypatch, node, box, journal, wf):
    from hyperagent.cli.main import app

    monkeypatch.delenv("HYPERAGENT_ETHERSCAN_API_KEY", raising=False)
    closed = f"http://127.0.0.1:{anvil_mod.free_port()}"
    for name in ("HYPERION_TESTNET", "MANTLE_SEPOLIA", "BASE_SEPOLIA"):
        monkeypatch.setenv(f"HYPERAGENT_RPC_{name}", closed)  # no remote call from a test
    monkeypatch.setenv("HYPERAGENT_RPC_SEPOLIA", node.rpc_url)  # answers, but for chain 31337
    runner = CliRunner()
    listing = runner.invoke(app, ["networks", "--json"])
    assert listing.exit_code == 0, listing.output
    rows = {row["name"]: row for row in json.loads(listing.output)["networks"]}
    assert {"local", "hyperion-testnet", "mantle-sepolia", "sepolia", "base-sepolia"} <= set(rows)
    assert rows["sepolia"]["chain_id"] == 11155111
    assert rows["sepolia"]["needs"] == ["RPC (answers chain 31337)", "key"]
    assert rows["base-sepolia"]["needs"] == ["RPC (unreachable)", "key"]
    assert any("HYPERAGENT_PRIVATE_KEY" in hint for hint in rows["sepolia"]["hints"])
    # with a funded-nowhere key configured and a right-chain RPC, what is left is funds
    fresh = Account.create()
    monkeypatch.setenv("HYPERAGENT_PRIVATE_KEY", fresh.key.hex())
    with AnvilRunner().start(chain_id=84532) as base:
        monkeypatch.setenv("HYPERAGENT_RPC_BASE_SEPOLIA", base.rpc_url)
        rows = {row["name"]: row for row in json.loads(runner.invoke(app, ["networks", "--json"]).output)["networks"]}
        assert rows["base-sepolia"]["needs"] == ["funds"] and rows["base-sepolia"]["deployer"] == fresh.address
        fund(base, fresh.address)
        rows = {row["name"]: row for row in json.loads(runner.invoke(app, ["networks", "--json"]).output)["networks"]}
        assert rows["base-sepolia"]["needs"] == []
    monkeypatch.delenv("HYPERAGENT_PRIVATE_KEY")
    table = runner.invoke(app, ["networks", "--no-check"], env={"COLUMNS": "200"})
    assert table.exit_code == 0 and "hyperion-testnet" in table.output

    workflow_id = wf()
    Deployer().deploy(box, ["$deployer", 1], local_network(node.rpc_url), journal, workflow_id, dev_signer(0))
    refused = runner.invoke(app, ["verify", workflow_id])
    assert refused.exit_code != 0 and "HYPERAGENT_ETHERSCAN_API_KEY" in str(refused.exception)
    local = runner.invoke(app, ["verify", workflow_id, "--dry-run"])
    assert local.exit_code != 0 and "no explorer API" in str(local.exception)


def test_report_timings():
    """Not a check: prints the deploy-stage times measured above (-s shows them)."""
    for name, seconds in TIMINGS.items():
        print(f"{name}: {seconds:.3f} s")


def test_a_governor_over_a_token_that_is_not_on_the_chain_names_the_address(node, journal, wf):
    from agents.compilation import CompilationService
    from agents.generation import GenerationService
    from hyperagent.errors import DeploymentError

    absent = "0x" + "5" * 40
    draft = GenerationService().generate(f"Governor Reed Forum on the token {absent}, quorum 4%")
    compiled = CompilationService().compile(draft)
    with pytest.raises(DeploymentError) as caught:
        Deployer().deploy(compiled, draft.constructor_args, local_network(node.rpc_url), journal, wf(), dev_signer(0))
    assert "the token address" in str(caught.value) and "has no contract on local" in str(caught.value)
    assert Web3.to_checksum_address(absent) in str(caught.value)
