"""The audit-contract flow through Prefect takes the CLI's path: projects found and compiled as their build does."""

from __future__ import annotations

import shutil
from pathlib import Path

from sqlalchemy import select

from hyperagent.paths import node_modules

PROJECTS = Path(__file__).resolve().parents[1] / "data" / "projects"


def test_audit_contract_flow_audits_a_foundry_project_like_the_cli(prefect_api, tmp_path):
    from flows.audit_contract import audit_contract_flow
    from hyperagent.db.engine import session_scope
    from hyperagent.db.models import SecurityAudit

    root = tmp_path / "foundry"
    shutil.copytree(PROJECTS / "foundry", root)
    (root / "node_modules").symlink_to(node_modules())
    result = audit_contract_flow(path=str(root), tools=["slither"], include=["script/**"])

    assert result["project"]["platform"] == "foundry" and result["project"]["root"] == str(root)
    assert [u["solc"] for u in result["project"]["compilation_units"]] == ["0.8.15"]
    assert result["project"]["skipped"] == {"mock": 1, "test": 1}
    assert [f["path"] for f in result["files"]] == ["script/Deploy.s.sol", "src/TokenVault.sol",
                                                    "src/interfaces/IVault.sol", "src/strategies/EtherPool.sol"]
    assert result["passed"] is False  # the planted reentrancy
    with session_scope() as session:
        stored = set(session.scalars(select(SecurityAudit.source_path).where(
            SecurityAudit.source_path.startswith(str(root)))))
    assert stored == {str(root / f["path"]) for f in result["files"]}

    # A submitted source is a one-file project of its own.
    submitted = audit_contract_flow(source=(root / "src" / "strategies" / "EtherPool.sol").read_text()
                                    .replace('import {IVault} from "../interfaces/IVault.sol";', "")
                                    .replace("IVault", "address"), name="Pool.sol", tools=["slither"])
    [pool] = submitted["files"]
    assert pool["path"] == "Pool.sol" and pool["error"] is None
    assert any(f["detector"] == "reentrancy-eth" for f in pool["findings"])
