"""contract-lifecycle: a plain-English request -> generated, compiled, audited, tested, deployed contract.

Each stage is one Prefect task with its own retries; this file only decides the order and the gates.
"""

from __future__ import annotations

from typing import Any

from prefect import flow
from prefect.states import Cancelled

from agents.models import WorkflowOptions
from agents.summary import workflow_result
from hyperagent.errors import AuditGateError, TestingError, WorkflowCancelledError
from tasks.audit import audit_contract
from tasks.compile import compile_contract
from tasks.deploy import deploy_contract
from tasks.generate import generate_contract
from tasks.test import test_contract
from tasks.tracking import WorkflowTracker, mark_cancelled, mark_crashed


@flow(name="contract-lifecycle", on_cancellation=[mark_cancelled], on_crashed=[mark_crashed])
def contract_lifecycle(prompt: str, network: str = "local", options: dict[str, Any] | None = None,
                       workflow_id: str | None = None) -> dict[str, Any]:
    opts = WorkflowOptions.model_validate(options or {})
    run = WorkflowTracker.begin(prompt, network, opts.model_dump(mode="json"), workflow_id)
    draft = compiled = audit = tests = deployment = None
    try:
        draft = generate_contract(run.id, prompt, opts)
        run.advance("generation", 20)
        compiled, contract_id = compile_contract(run.id, draft)
        run.advance("compilation", 40)

        if "audit" not in opts.skip:
            audit = audit_contract(run.id, contract_id, draft, compiled, opts)
            if not audit.passed and not opts.allow_audit_failures:
                raise AuditGateError(f"audit gate: {audit.gate_reason}; deployment refused "
                                     "(set allow_audit_failures to deploy anyway)")
        run.advance("audit", 60)

        if "testing" not in opts.skip:
            tests = test_contract(run.id, contract_id, draft, compiled)
            if tests.failed and not opts.allow_failing_tests:
                raise TestingError(f"{tests.failed} generated test(s) failed; deployment refused "
                                   "(set allow_failing_tests to deploy anyway)")
        run.advance("testing", 80)

        if "deployment" not in opts.skip:
            deployment = deploy_contract(run.id, compiled, draft.constructor_args, network, opts)
        run.advance("deployment", 100)
        return run.complete(workflow_result(run.id, compiled, audit, tests, deployment, draft))
    except WorkflowCancelledError as cancelled:
        run.cancelled()
        return Cancelled(message=str(cancelled))
    except Exception as error:
        run.fail(error, workflow_result(run.id, compiled, audit, tests, deployment, draft))
        raise


if __name__ == "__main__":
    contract_lifecycle(prompt="Create an ERC20 token called Hyper Token with symbol HYP and 1,000,000 supply, "
                              "burnable", network="local")
