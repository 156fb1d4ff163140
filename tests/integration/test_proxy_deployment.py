"""Upgradeable contracts deployed as implementation + proxy on a real anvil, with the real journal (the
deployments table): the initializer ran through the proxy, the proxy's ERC-1967 slot holds the
implementation, the proxy answers name(), a transparent proxy's ProxyAdmin belongs to the named owner,
and a retry after a crash at any step never deploys anything twice."""

from __future__ import annotations

import pytest
from web3 import Web3

from agents.compilation import CompilationService
from agents.deployment import DatabaseJournal, Deployer
from agents.deployment.deployer import ADMIN_SLOT, IMPLEMENTATION_SLOT
from agents.generation import GenerationService
from agents.models import CompiledContract, ContractDraft
from hyperagent.networks import NetworkConfig
from hyperagent.signing import dev_signer
from hyperagent.toolchain.anvil import AnvilRunner

PROMPT = "ERC20 called Comet Coin, symbol CMT, 1,000,000 supply, mintable"
NAMED_OWNER = "0x00000000000000000000000000000000000B0B0B"


@pytest.fixture
def node():
    with AnvilRunner().start() as started:
        yield started


@pytest.fixture
def wf(database):
    from hyperagent.db import repository

    return lambda: str(repository.create_workflow("proxy deployment test", "local", {}))


def upgradeable(kind: str, **options: object) -> tuple[ContractDraft, CompiledContract]:
    draft = GenerationService().generate(PROMPT, {"family": "erc20", "template_options": {
        "upgradeable": kind, "mintable": True, **options}})
    return draft, CompilationService().compile(draft)


@pytest.fixture(scope="module")
def uups() -> tuple[ContractDraft, CompiledContract]:
    return upgradeable("uups")


@pytest.fixture(scope="module")
def transparent() -> tuple[ContractDraft, CompiledContract]:
    return upgradeable("transparent")


def network(node) -> NetworkConfig:
    return NetworkConfig(name="local", chain_id=31337, rpc_url=node.rpc_url, is_local=True)


def web3(node) -> Web3:
    return Web3(Web3.HTTPProvider(node.rpc_url))


def nonce_of(node, address: str) -> int:
    return int(node.rpc("eth_getTransactionCount", address, "latest"), 16)


def slot_address(w3: Web3, address: str, slot: int) -> str:
    return Web3.to_checksum_address(bytes(w3.eth.get_storage_at(address, slot))[-20:])


def test_uups_proxy_deploys_initializes_and_retries_once(node, uups, wf):
    from hyperagent.db import repository

    draft, compiled = uups
    workflow_id = wf()
    dev = dev_signer(0).address
    result = Deployer().deploy(compiled, draft.constructor_args, network(node), DatabaseJournal(), workflow_id,
                               dev_signer(0))
    w3 = web3(node)
    assert result.proxy_kind == "uups" and result.implementation_address and result.implementation_tx_hash
    assert result.address != result.implementation_address and result.proxy_admin is None
    assert slot_address(w3, result.address, IMPLEMENTATION_SLOT) == result.implementation_address
    token = w3.eth.contract(address=result.address, abi=compiled.abi)
    assert token.functions.name().call() == "Comet Coin"  # the proxy answers with the implementation's code
    assert token.functions.owner().call() == dev  # initialize(...) ran through the proxy
    assert token.functions.totalSupply().call() == 1_000_000 * 10**18
    assert token.functions.balanceOf(dev).call() == 1_000_000 * 10**18
    bare = w3.eth.contract(address=result.implementation_address, abi=compiled.abi)
    assert bare.functions.name().call() == "" and bare.functions.owner().call() == "0x" + "0" * 40
    assert nonce_of(node, dev) == 2  # implementation + proxy

    row = repository.find_deployment(workflow_id)
    assert row["status"] == "confirmed" and row["address"] == result.address
    assert row["proxy_kind"] == "uups" and row["implementation_address"] == result.implementation_address
    assert row["implementation_tx_hash"] == result.implementation_tx_hash and row["contract_name"] == "ERC1967Proxy"

    again = Deployer().deploy(compiled, draft.constructor_args, network(node), DatabaseJournal(), workflow_id,
                              dev_signer(0))
    assert again.reused and again.address == result.address
    assert again.implementation_address == result.implementation_address
    assert nonce_of(node, dev) == 2, "a retry of a finished deployment sends nothing"


def test_transparent_proxy_admin_belongs_to_the_named_owner(node, wf):
    draft, compiled = upgradeable("transparent")
    args = list(draft.constructor_args)
    names = [p["name"] for p in next(i for i in compiled.abi if i.get("name") == "initialize")["inputs"]]
    args[names.index("initialOwner")] = NAMED_OWNER
    result = Deployer().deploy(compiled, args, network(node), DatabaseJournal(), wf(), dev_signer(0))
    w3 = web3(node)
    assert result.proxy_kind == "transparent"
    assert slot_address(w3, result.address, IMPLEMENTATION_SLOT) == result.implementation_address
    admin = slot_address(w3, result.address, ADMIN_SLOT)
    assert result.proxy_admin == admin and len(w3.eth.get_code(admin)) > 0
    owner_abi = [{"type": "function", "name": "owner", "inputs": [], "outputs": [{"type": "address"}],
                  "stateMutability": "view"}]
    assert w3.eth.contract(address=admin, abi=owner_abi).functions.owner().call() == Web3.to_checksum_address(NAMED_OWNER)
    token = w3.eth.contract(address=result.address, abi=compiled.abi)
    assert token.functions.symbol().call() == "CMT"
    assert token.functions.owner().call() == Web3.to_checksum_address(NAMED_OWNER)


class CrashBeforeProxy(DatabaseJournal):
    """Dies once the implementation is mined, when the proxy's transaction is about to be journalled."""

    def record_pending(self, workflow_id, **fields):
        if fields.get("implementation_address"):
            raise KeyboardInterrupt("crash between implementation and proxy")
        super().record_pending(workflow_id, **fields)


class CrashAfterProxyJournal(DatabaseJournal):
    """Dies right after the proxy's transaction is journalled, before it reaches the node."""

    def record_pending(self, workflow_id, **fields):
        super().record_pending(workflow_id, **fields)
        if fields.get("implementation_address"):
            raise KeyboardInterrupt("crash after journalling the proxy")


@pytest.mark.parametrize("crash", [CrashBeforeProxy, CrashAfterProxyJournal])
def test_a_crash_between_the_steps_deploys_each_contract_once(node, uups, wf, crash):
    draft, compiled = uups
    workflow_id = wf()
    dev = dev_signer(0).address
    with pytest.raises(KeyboardInterrupt):
        Deployer().deploy(compiled, draft.constructor_args, network(node), crash(), workflow_id, dev_signer(0))
    entry = DatabaseJournal().find(workflow_id)
    assert entry["status"] == "pending" and entry["proxy_kind"] == "uups"
    assert nonce_of(node, dev) == 1  # the implementation only
    result = Deployer().deploy(compiled, draft.constructor_args, network(node), DatabaseJournal(), workflow_id,
                               dev_signer(0))
    assert nonce_of(node, dev) == 2, "the retry deployed the proxy, and only the proxy"
    if crash is CrashAfterProxyJournal:
        assert result.reused and result.tx_hash == entry["tx_hash"]  # the journalled bytes, re-broadcast
    w3 = web3(node)
    assert slot_address(w3, result.address, IMPLEMENTATION_SLOT) == result.implementation_address
    assert w3.eth.contract(address=result.address, abi=compiled.abi).functions.name().call() == "Comet Coin"
    assert DatabaseJournal().find(workflow_id)["status"] == "confirmed"


def test_initializer_that_reverts_is_reported(node, uups, wf):
    from hyperagent.errors import DeploymentError

    draft, compiled = uups
    args = ["0x0000000000000000000000000000000000000000" for _ in draft.constructor_args]  # mint to 0 reverts
    with pytest.raises(DeploymentError, match="reverts"):
        Deployer().deploy(compiled, args, network(node), DatabaseJournal(), wf(), dev_signer(0))
