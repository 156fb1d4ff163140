"""A free-form request through the whole contract-lifecycle flow with the local model: written by the model
from a retrieved reference, compiled, audited (Slither), tested by the generated tests, deployed on anvil."""

from __future__ import annotations

import pytest

from flows import submit
from hyperagent.db import repository

pytestmark = [pytest.mark.slow, pytest.mark.timeout(1800)]  # minutes of CPU-bound writing on a busy machine


def test_a_free_form_request_is_written_by_the_local_model_and_deployed(prefect_api, local_model) -> None:
    prompt = "A tip jar where anyone can send ether with a short message and the owner can withdraw the tips."
    workflow_id = submit.create_workflow(prompt, "local", {"llm": "local", "audit_tools": ["slither"]})
    row = submit.run_in_process(workflow_id)
    result = row.get("result") or {}
    generation = result.get("generation") or {}
    assert row["status"] == "completed", (row.get("error_message"), generation)
    assert generation["engine"] == "llm" and generation["family"] == "custom"
    assert generation["retrieved"][0] == "references/TipJar"
    assert generation["llm"]["model"] == "local" and generation["llm"]["compiled_after_round"] is not None
    assert generation["llm"]["output_tokens"] > 0
    assert result["contract"]["address"] and result["tests"]["failed"] == 0 and result["tests"]["passed"] > 0
    assert repository.get_workflow(workflow_id)["status"] == "completed"
