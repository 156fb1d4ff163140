"""Stage 2: Solidity -> ABI, bytecode and the standard-JSON input, with the pragma's compiler."""

from __future__ import annotations

from prefect import task

from agents import registry
from agents.models import CompiledContract, ContractDraft
from hyperagent.db import repository
from tasks.caching import cached_task_options, compile_key
from tasks.retry import stage_task_options
from tasks.sla import sla_scope
from tasks.tracking import run_cached, stage_scope


@task(**cached_task_options("compile-source", compile_key))
def compile_draft(draft: ContractDraft) -> CompiledContract:
    return registry.service("compilation").compile(draft)


@task(**stage_task_options("compile-contract"))
def compile_contract(workflow_id: str, draft: ContractDraft) -> tuple[CompiledContract, str]:
    """Returns the compiled contract and the id of its `contracts` row."""
    with stage_scope(workflow_id, "compilation") as stage, sla_scope(workflow_id, "compilation"):
        compiled = run_cached(stage, compile_draft, draft=draft)
        contract_id = repository.save_contract(workflow_id, compiled, family=draft.spec.family,
                                               spec=draft.spec.model_dump(), engine=draft.engine)
        return compiled, str(contract_id)
