"""The chain killed while the deployment waits for its receipt, then back: the retry finds the journalled
transaction (the same signed bytes, the same hash) and exactly one contract exists."""

from __future__ import annotations

import os
import signal
import time

from hyperagent.signing import dev_signer
from hyperagent.toolchain.anvil import AnvilRunner, free_port
from tests.chaos.helpers import BackgroundRun


def test_chain_killed_during_deployment_then_back_deploys_once(prefect_api, monkeypatch):
    port = free_port()
    monkeypatch.setenv("HYPERAGENT_RPC_LOCAL", f"http://127.0.0.1:{port}")  # `local` through this node
    runner = AnvilRunner()
    first = runner.start(port=port, no_mining=True)  # the transaction waits in the pool, unmined
    second = None
    try:
        run = BackgroundRun("an ERC20 token called Chain Coin with symbol CHN and 100 supply",
                            {"skip": ["audit", "testing"]}, prefect_api).start()
        from hyperagent.db import repository

        entry = run.wait_for(lambda: (lambda e: e if e and first.rpc("eth_getTransactionByHash", e["tx_hash"])
                                      else None)(repository.find_deployment(run.workflow_id)),
                             "the deployment transaction to reach the node")
        os.kill(first.pid, signal.SIGKILL)  # the chain dies with the transaction in its pool
        time.sleep(1.0)
        second = runner.start(port=port)  # back on the same URL, mining again (an empty chain)
        row = run.join()
        check_one_contract(row, entry, second, run.workflow_id)
    finally:
        for node in (first, second):
            if node is not None and node.running():
                node.stop()


def check_one_contract(row, entry, second, workflow_id):
    from hyperagent.db import repository

    assert row["status"] == "completed", row["error_message"]
    deployment = row["result"]["contract"]
    assert deployment["tx_hash"] == entry["tx_hash"]  # the journalled transaction, not a new one
    assert row["retry_counts"].get("deployment", 0) >= 1
    assert repository.find_deployment(workflow_id)["status"] == "confirmed"
    dev = dev_signer(0).address
    assert int(second.rpc("eth_getTransactionCount", dev, "latest"), 16) == 1
    block = second.rpc("eth_getBlockByNumber", "0x1", True)
    assert [tx["hash"] for tx in block["transactions"]] == [entry["tx_hash"]]
    assert int(second.rpc("eth_blockNumber"), 16) == 1  # one block, one transaction: one contract
    assert len(second.rpc("eth_getCode", deployment["address"], "latest")) > 2
