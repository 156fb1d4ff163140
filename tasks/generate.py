"""Stage 1: request -> spec -> Solidity draft."""

from __future__ import annotations

from prefect import task
from prefect.artifacts import create_markdown_artifact

from agents import registry
from agents.models import ContractDraft, WorkflowOptions
from hyperagent import markdown as md
from hyperagent.db import repository
from tasks.dispatch import same_key_everywhere, stage_tag
from tasks.retry import stage_task_options
from tasks.sla import run_within, sla_scope
from tasks.tracking import stage_scope


@same_key_everywhere
@task(**stage_task_options("generate-contract"), tags=[stage_tag("generation")])
def generate_contract(workflow_id: str, prompt: str, options: WorkflowOptions) -> ContractDraft:
    with stage_scope(workflow_id, "generation", status="nlp_parsing"), sla_scope(workflow_id, "generation") as deadline:
        generator = registry.service("generation")
        settings = options.model_dump(exclude_none=True)
        spec = generator.parse_spec(prompt, settings)
        repository.update_workflow(workflow_id, status="generating")
        draft = run_within(deadline, generator.generate, prompt, settings, spec=spec)
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
