"""Stage 1: request -> spec -> Solidity draft, every requirement of the request accounted for.

An unmet or ambiguous requirement stops the workflow here, before compilation, with one line naming it
(unless the options allow a partial delivery); the spec and its requirements reach the workflow's result
and a Prefect artifact either way.
"""

from __future__ import annotations

from prefect import task
from prefect.artifacts import create_markdown_artifact

from agents import registry
from agents.generation.requirements import gate
from agents.models import ContractDraft, ContractSpec, WorkflowOptions
from agents.summary import requirements_markdown, requirements_summary
from hyperagent import markdown as md
from hyperagent.db import repository
from hyperagent.errors import RequirementsUnmetError
from tasks.dispatch import same_key_everywhere, stage_tag
from tasks.retry import stage_task_options
from tasks.sla import run_within, sla_scope
from tasks.tracking import stage_scope


@same_key_everywhere
@task(**stage_task_options("generate-contract"), tags=[stage_tag("generation")])
def generate_contract(workflow_id: str, prompt: str, options: WorkflowOptions) -> ContractDraft:
    with stage_scope(workflow_id, "generation", status="nlp_parsing"), \
            sla_scope(workflow_id, "generation", options.llm) as deadline:
        generator = registry.service("generation")
        settings = options.model_dump(exclude_none=True)
        spec = generator.parse_spec(prompt, settings)
        repository.update_workflow(workflow_id, status="generating")
        try:
            draft = run_within(deadline, generator.generate, prompt, settings, spec=spec)
        except RequirementsUnmetError as stop:
            report_requirements(workflow_id, stop.spec if isinstance(stop.spec, ContractSpec) else spec)
            raise
        report_requirements(workflow_id, draft.spec)
        gate(draft.spec, options.allow_partial)
        create_markdown_artifact(
            key=f"contract-source-{workflow_id}",
            markdown=f"# {md.text(draft.contract_name)}\n\nFamily {md.text(draft.spec.family)}, engine "
                     f"{md.text(draft.engine)}"
                     + (f" ({md.text(str(draft.llm['model']))}, {draft.llm['repair_rounds']} repair round(s))"
                        if draft.llm else "")
                     + f".\n\n{md.fence(draft.source, 'solidity')}\n",
            description=f"Generated source of {draft.contract_name}",
        )
        return draft


def report_requirements(workflow_id: str, spec: ContractSpec) -> None:
    """The spec and its requirements into the workflow's result and a Prefect artifact."""
    result = repository.get_workflow(workflow_id).get("result") or {}
    repository.update_workflow(workflow_id, result={**result, **requirements_summary(spec)})
    create_markdown_artifact(key=f"requirements-{workflow_id}", markdown=requirements_markdown(spec),
                             description="What the request asks for, and whether the contract has it")
