"""Stage 5: deployment. `DeploymentService` is what the registry hands the flow's deploy task."""

from __future__ import annotations

from typing import Any

from agents.deployment.deployer import Deployer
from agents.deployment.journal import DatabaseJournal, DeploymentJournal, FileJournal
from agents.models import CompiledContract, DeploymentResult

__all__ = ["Deployer", "DeploymentJournal", "DatabaseJournal", "DeploymentService", "FileJournal"]


class DeploymentService:
    """Resolves the chain (starting the managed anvil for `local`) and the signer, then deploys.

    The journal defaults to the deployments table; pass another (a FileJournal) to run without one.
    """

    def __init__(self, journal: DeploymentJournal | None = None, deployer: Deployer | None = None) -> None:
        self.journal = journal
        self.deployer = deployer or Deployer()

    def deploy(self, workflow_id: str, compiled: CompiledContract, constructor_args: list[Any],
               target: Any) -> DeploymentResult:
        from hyperagent.signing import resolve_signer

        network = target
        if network.managed:
            from hyperagent.toolchain.anvil import ensure_local_chain

            network = network.model_copy(update={"rpc_url": ensure_local_chain()})
        signer = resolve_signer(network)
        return self.deployer.deploy(compiled, constructor_args, network, self.journal or DatabaseJournal(),
                                    str(workflow_id), signer)
