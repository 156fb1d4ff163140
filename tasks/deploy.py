"""Stage 5: build, sign, send and confirm the deployment; never twice for one workflow."""

from __future__ import annotations

from typing import Any

from prefect import task
from prefect.artifacts import create_link_artifact

from agents import registry
from agents.models import CompiledContract, DeploymentResult, WorkflowOptions
from hyperagent.networks import resolve_network
from tasks.retry import stage_task_options
from tasks.sla import report_breach, sla_scope
from tasks.tracking import stage_scope


@task(**stage_task_options("deploy-contract"))
def deploy_contract(workflow_id: str, compiled: CompiledContract, constructor_args: list[Any],
                    network: str, options: WorkflowOptions) -> DeploymentResult:
    with stage_scope(workflow_id, "deployment"), sla_scope(workflow_id, "deployment") as deadline:
        target = resolve_network(network, rpc_url=options.rpc_url, chain_id=options.chain_id)
        result = registry.service("deployment").deploy(workflow_id, compiled, constructor_args, target)
        if deadline.expired:  # a sent transaction is followed to its receipt, never abandoned: reported only
            report_breach(workflow_id, deadline, f"deployment took {deadline.elapsed():.0f} s, past its limit of "
                          f"{deadline.limit:g} s ({deadline.setting}); the contract is deployed", deployed=True)
        create_link_artifact(
            key=f"deployment-{workflow_id}",
            link=result.explorer_link or f"{result.network.rpc_url}#{result.address}",
            link_text=f"{compiled.contract_name} at {result.address} on {result.network.name}",
            description=f"tx {result.tx_hash}, block {result.block_number}, gas {result.gas_used}",
        )
        return result
