"""The JSON object a workflow ends with (the CLI contract in docs/architecture.md)."""

from __future__ import annotations

from typing import Any

from agents.models import AuditReport, CompiledContract, ContractDraft, ContractSpec, DeploymentResult, TestReport
from hyperagent import markdown as md


def finding_summary(report: AuditReport) -> list[dict[str, Any]]:
    return [{"tool": f.tool, "tools": f.tools, "detector": f.detector, "swc_id": f.swc_id, "category": f.category,
             "severity": f.severity.value, "line": f.line, "lines": f.lines, "title": f.title,
             "function": f.function} for f in report.findings]


def workflow_result(workflow_id: str, compiled: CompiledContract | None, audit: AuditReport | None,
                    tests: TestReport | None, deployment: DeploymentResult | None,
                    draft: ContractDraft | None = None) -> dict[str, Any]:
    contract: dict[str, Any] | None = None
    if compiled is not None:
        contract = {"name": compiled.contract_name, "address": None, "tx_hash": None, "block_number": None,
                    "abi": compiled.abi, "source_path": None, "compiler_version": compiled.compiler_version,
                    "source_hash": compiled.source_hash}
    if contract is not None and deployment is not None:
        contract.update(address=deployment.address, tx_hash=deployment.tx_hash,
                        block_number=deployment.block_number, gas_used=deployment.gas_used,
                        explorer_link=deployment.explorer_link, proxy_kind=deployment.proxy_kind,
                        implementation_address=deployment.implementation_address,
                        proxy_admin=deployment.proxy_admin)
    if contract is not None and tests is not None:
        contract["source_path"] = f"{tests.project_dir}/src/{compiled.contract_name}.sol"
    return {
        "workflow_id": str(workflow_id),
        "generation": None if draft is None else generation_summary(draft),
        "network": deployment.network.model_dump() if deployment else None,
        "contract": contract,
        "audit": None if audit is None else {"risk_score": audit.risk_score, "passed": audit.passed,
                                             "gate_reason": audit.gate_reason,
                                             "findings": finding_summary(audit),
                                             "tools": [{"tool": r.tool, "status": r.status, "error": r.error}
                                                       for r in audit.tool_runs]},
        "tests": None if tests is None else {"passed": tests.passed, "failed": tests.failed,
                                             "coverage": tests.line_coverage,
                                             "branch_coverage": tests.branch_coverage,
                                             "project_dir": tests.project_dir},
    }


def spec_summary(spec: ContractSpec) -> dict[str, Any]:
    """The spec as the result JSON shows it: what was understood, flat."""
    return {"family": spec.family, "name": spec.name, "symbol": spec.symbol, "decimals": spec.decimals,
            "initial_supply": spec.initial_supply, "cap": spec.cap, "features": spec.features,
            "disabled": spec.disabled, "addresses": spec.addresses, "language": spec.language,
            "options": {k: v for k, v in spec.options.items() if k not in ("template_options",)},
            "template_options": spec.options.get("template_options")}


def requirements_summary(spec: ContractSpec) -> dict[str, Any]:
    """The result JSON's account of the request: the spec, each requirement with its status, and what a
    partial delivery leaves out."""
    from agents.generation.requirements import assumed, left_out

    return {"spec": spec_summary(spec),
            "requirements": [r.model_dump(mode="json") for r in spec.requirements],
            "left_out": left_out(spec), "assumed": assumed(spec)}


def requirements_markdown(spec: ContractSpec) -> str:
    """A markdown table of the requirements for the Prefect artifact."""
    counts: dict[str, int] = {}
    for r in spec.requirements:
        counts[r.status.value] = counts.get(r.status.value, 0) + 1
    lines = [f"# Requirements of the request ({md.text(spec.family)})", "",
             ", ".join(f"{n} {status}" for status, n in counts.items()) or "none found", "",
             "| kind | key | value | from the request | status | reason |", "|---|---|---|---|---|---|"]
    for r in spec.requirements:
        value = ",".join(map(str, r.value)) if isinstance(r.value, list) else r.value
        lines.append(f"| {r.kind.value} | {md.text(r.key)} | {md.text(value)} | {md.text(r.text)} "
                     f"| **{r.status.value}** | {md.text(r.reason or '')} |")
    from agents.generation.requirements import assumed

    defaults = assumed(spec)
    if defaults:
        lines += ["", "Not in the request, so the template's defaults:", ""] + [f"- {md.text(d)}" for d in defaults]
    return "\n".join(lines) + "\n"


def generation_summary(draft: ContractDraft) -> dict[str, Any]:
    """Which engine wrote the contract (template or llm), from what, and for a model: which, in how many rounds."""
    return {"engine": draft.engine, "family": draft.spec.family, "template_id": draft.template_id,
            "retrieved": draft.retrieved, "llm": draft.llm,
            "ambiguities": draft.spec.options.get("ambiguities") or []}
