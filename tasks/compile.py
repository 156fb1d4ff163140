"""Stage 2: Solidity -> ABI, bytecode and the standard-JSON input, with the pragma's compiler."""

from __future__ import annotations

from prefect import task

from agents import registry
from agents.models import CompiledContract, ContractDraft
from hyperagent.db import repository
from tasks.retry import stage_task_options
from tasks.tracking import stage_scope


@task(**stage_task_options("compile-contract"))
def compile_contract(workflow_id: str, draft: ContractDraft) -> tuple[CompiledContract, str]:
    """Returns the compiled contract and the id of its `contracts` row."""
    with stage_scope(workflow_id, "compilation"):
        compiled = registry.service("compilation").compile(draft)
        contract_id = repository.save_contract(workflow_id, compiled, family=draft.spec.family,
                                               spec=draft.spec.model_dump(), engine=draft.engine)
        return compiled, str(contract_id)
