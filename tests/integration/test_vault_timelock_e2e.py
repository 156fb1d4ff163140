"""The two new families end to end on real tools: a request -> generation -> solc -> the deployment
stage on anvil -> the contract used on chain as a person would (deposit and redeem in the vault over a
real ERC20 deployed first; schedule, wait and execute through the timelock)."""

from __future__ import annotations

import pytest
from web3 import Web3

from agents.compilation import CompilationService
from agents.compilation.compiler import compile_source
from agents.deployment import Deployer, FileJournal
from agents.generation import GenerationService
from hyperagent.networks import NetworkConfig
from hyperagent.signing import dev_signer
from hyperagent.toolchain.anvil import AnvilRunner

ASSET = """// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;
import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
contract Dollar is ERC20 {
    constructor(address holder) ERC20("Dollar", "USD") { _mint(holder, 1_000_000 ether); }
}
"""


@pytest.fixture
def chain():
    with AnvilRunner().start() as node:
        yield node


def network(node) -> NetworkConfig:
    return NetworkConfig(name="local", chain_id=31337, rpc_url=node.rpc_url, is_local=True)


def send(w3: Web3, call, sender: str) -> None:
    receipt = w3.eth.wait_for_transaction_receipt(call.transact({"from": sender}))
    assert receipt.status == 1


def test_vault_from_a_request_deposits_and_redeems_on_chain(chain, tmp_path):
    w3 = Web3(Web3.HTTPProvider(chain.rpc_url))
    me = dev_signer(0).address
    asset_compiled = compile_source(ASSET, "Dollar.sol", "Dollar")
    asset = Deployer().deploy(asset_compiled, ["$deployer"], network(chain), FileJournal(tmp_path), "asset", dev_signer(0))

    request = f"An ERC-4626 vault called Dollar Savings, symbol svUSD, over the asset {asset.address}, with a deposit cap"
    draft = GenerationService().generate(request, {"family": "erc4626", "template_options": {"capped": True}})
    assert draft.constructor_args == [asset.address]
    compiled = CompilationService().compile(draft)
    result = Deployer().deploy(compiled, draft.constructor_args, network(chain), FileJournal(tmp_path), "vault",
                               dev_signer(0))
    vault = w3.eth.contract(address=result.address, abi=compiled.abi)
    dollar = w3.eth.contract(address=asset.address, abi=asset_compiled.abi)
    assert vault.functions.asset().call() == asset.address
    assert vault.functions.name().call() == "Dollar Savings"

    send(w3, dollar.functions.approve(result.address, 10**30), me)
    shares = vault.functions.previewDeposit(100 * 10**18).call()
    send(w3, vault.functions.deposit(100 * 10**18, me), me)
    assert vault.functions.balanceOf(me).call() == shares
    assert vault.functions.totalAssets().call() == 100 * 10**18
    cap = vault.functions.depositCap().call()
    assert cap == vault.functions.DEPOSIT_CAP_TOKENS().call() * 10**18
    room = vault.functions.maxDeposit(me).call()
    assert room == cap - 100 * 10**18
    with pytest.raises(Exception, match="0x79012fb2|ERC4626ExceededMaxDeposit"):  # one unit over the cap
        vault.functions.deposit(room + 1, me).call({"from": me})
    send(w3, vault.functions.redeem(shares, me, me), me)
    assert dollar.functions.balanceOf(me).call() == 1_000_000 * 10**18  # every asset back
    assert vault.functions.totalSupply().call() == 0


def test_timelock_from_a_request_delays_execution_on_chain(chain, tmp_path):
    w3 = Web3(Web3.HTTPProvider(chain.rpc_url))
    me = dev_signer(0).address
    draft = GenerationService().generate("A timelock controller with a 1 day minimum delay", {"family": "timelock"})
    compiled = CompilationService().compile(draft)
    result = Deployer().deploy(compiled, draft.constructor_args, network(chain), FileJournal(tmp_path), "timelock",
                               dev_signer(0))
    timelock = w3.eth.contract(address=result.address, abi=compiled.abi)
    assert timelock.functions.getMinDelay().call() == 86400
    assert timelock.functions.hasRole(timelock.functions.PROPOSER_ROLE().call(), me).call()

    # the operation: the timelock sends itself a zero-value call to updateDelay(2 days)
    data = timelock.functions.updateDelay(2 * 86400)._encode_transaction_data()
    zero = b"\x00" * 32
    send(w3, timelock.functions.schedule(result.address, 0, data, zero, zero, 86400), me)
    with pytest.raises(Exception):  # not before the delay
        timelock.functions.execute(result.address, 0, data, zero, zero).call({"from": me})
    w3.provider.make_request("evm_increaseTime", [86401])
    w3.provider.make_request("evm_mine", [])
    stranger = Web3.to_checksum_address("0x000000000000000000000000000000000000beef")
    w3.provider.make_request("anvil_impersonateAccount", [stranger])
    w3.provider.make_request("anvil_setBalance", [stranger, hex(10**18)])
    send(w3, timelock.functions.execute(result.address, 0, data, zero, zero), stranger)  # open execution
    assert timelock.functions.getMinDelay().call() == 2 * 86400
