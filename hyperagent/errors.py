"""One root error for everything a user can cause, one subclass per domain.

The CLI prints `str(error)` on one line and exits non-zero; a message should end with the way
forward (the command to run, the setting to change).
"""


class HyperAgentError(Exception):
    """Root of every error HyperAgent reports to a user."""


class ConfigurationError(HyperAgentError):
    """Settings or environment are wrong or incomplete."""


class ToolNotFoundError(HyperAgentError):
    """An external tool (solc, forge, anvil, slither, myth) is missing."""


class ToolError(HyperAgentError):
    """An external tool ran and failed."""


class ToolTimeoutError(ToolError):
    """An external tool ran past its time limit. Transient: worth a retry."""


class CompilationError(ToolError):
    """Solidity source did not compile."""


class DatabaseError(HyperAgentError):
    """The database could not be reached or migrated."""


class GenerationError(HyperAgentError):
    """A request could not be turned into a contract."""


class RequirementsUnmetError(GenerationError):
    """The composed contract would leave out something the request asked for; `spec` lists it."""

    def __init__(self, message: str, spec: object = None) -> None:
        super().__init__(message)
        self.spec = spec


class AuditError(HyperAgentError):
    """The audit stage failed or its gate refused the contract."""


class AuditGateError(AuditError):
    """The audit found issues at or above the policy's severity: deployment is refused."""


class TestingError(HyperAgentError):
    """The generated tests failed or could not run."""

    __test__ = False


class DeploymentError(HyperAgentError):
    """A contract could not be deployed."""


class NetworkError(DeploymentError):
    """The RPC endpoint is unreachable or answers for the wrong chain. Often transient."""


class ChainIdMismatchError(DeploymentError):
    """The RPC answers for another chain than the network names. Not transient: fix the config."""


class InsufficientFundsError(DeploymentError):
    """The deployer cannot pay for the deployment. Not transient: fund the account."""


class WorkflowNotFoundError(HyperAgentError):
    """No workflow has the given id."""


class WorkflowCancelledError(HyperAgentError):
    """The workflow was cancelled by a user; no later stage may run."""
