"""One root error for everything a user can cause, one subclass per domain.

The CLI prints `str(error)` on one line and exits with the error's `exit_code`; a message should end
with the way forward (the command to run, the setting to change).

Exit codes (docs/reliability.md; the same for every command):
  0  done
  1  the work ran and the answer is no: the workflow failed or was cancelled, an audit gate failed
  2  bad input: fix the command, its options or the configuration (nothing was stored)
  3  the environment: a tool, service, chain or account is missing, unreachable or unfunded
  4  an internal error (a bug): one line here, the traceback in the log file
  130 interrupted
"""

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_BAD_INPUT = 2
EXIT_ENVIRONMENT = 3
EXIT_INTERNAL = 4
EXIT_INTERRUPTED = 130


class HyperAgentError(Exception):
    """Root of every error HyperAgent reports to a user."""

    exit_code = EXIT_FAILED


class InvalidInputError(HyperAgentError):
    """The request, an option or an argument is malformed: refused before anything is stored."""

    exit_code = EXIT_BAD_INPUT


class ConfigurationError(HyperAgentError):
    """Settings or environment are wrong or incomplete."""

    exit_code = EXIT_BAD_INPUT


class ServiceUnavailableError(HyperAgentError):
    """A local service (Prefect server, worker, chain) could not be started or reached."""

    exit_code = EXIT_ENVIRONMENT


class ToolNotFoundError(HyperAgentError):
    """An external tool (solc, forge, anvil, slither, myth) is missing."""

    exit_code = EXIT_ENVIRONMENT


class ToolError(HyperAgentError):
    """An external tool ran and failed."""


class ToolTimeoutError(ToolError):
    """An external tool ran past its time limit. Transient: worth a retry."""


class StageTimeoutError(HyperAgentError):
    """A stage ran past its time limit (its SLA). Not transient: a retry would take as long again."""

    def __init__(self, message: str, stage: str | None = None) -> None:
        super().__init__(message)
        self.stage = stage

    def __reduce__(self):  # keeps `stage` when a stage worker sends the error back
        return type(self), (str(self), self.stage)


class CompilationError(ToolError):
    """Solidity source did not compile."""


class DatabaseError(HyperAgentError):
    """The database could not be reached or migrated."""

    exit_code = EXIT_ENVIRONMENT


class DatabaseUnavailableError(DatabaseError):
    """The connection to PostgreSQL failed or dropped. Transient: the write is retried."""

    def __init__(self, message: str, url: str = "") -> None:
        super().__init__(message)  # args stay (message,): the error pickles (Prefect stores task failures)
        self.url = url


class GenerationError(HyperAgentError):
    """A request could not be turned into a contract."""


class InvalidRequestError(GenerationError, InvalidInputError):
    """The request text itself is unusable (empty, too long): refused before any row is written."""


class RequirementsUnmetError(GenerationError):
    """The composed contract would leave out something the request asked for; `spec` lists it."""

    def __init__(self, message: str, spec: object = None) -> None:
        super().__init__(message)  # args stay (message,): the error pickles (Prefect stores task failures)
        self.spec = spec


class AuditError(HyperAgentError):
    """The audit stage failed or its gate refused the contract."""

    stage = "audit"


class AuditInputError(AuditError):
    """What was given to audit is not there or not Solidity: refused before any tool runs."""

    exit_code = EXIT_BAD_INPUT


class AuditGateError(AuditError):
    """The audit found issues at or above the policy's severity: deployment is refused."""


class TestingError(HyperAgentError):
    """The generated tests failed or could not run."""

    __test__ = False
    stage = "testing"


class DeploymentError(HyperAgentError):
    """A contract could not be deployed."""


class NetworkError(DeploymentError):
    """The RPC endpoint is unreachable or answers for the wrong chain. Often transient."""

    exit_code = EXIT_ENVIRONMENT


class ChainIdMismatchError(DeploymentError):
    """The RPC answers for another chain than the network names. Not transient: fix the config."""

    exit_code = EXIT_BAD_INPUT


class InsufficientFundsError(DeploymentError):
    """The deployer cannot pay for the deployment. Not transient: fund the account."""

    exit_code = EXIT_ENVIRONMENT


class WorkflowNotFoundError(HyperAgentError):
    """No workflow has the given id."""

    exit_code = EXIT_BAD_INPUT


class WorkflowCancelledError(HyperAgentError):
    """The workflow was cancelled by a user; no later stage may run."""


def exit_code_of(error: BaseException) -> int:
    """The documented exit code for any error a command may end with."""
    if isinstance(error, HyperAgentError):
        return error.exit_code
    if isinstance(error, KeyboardInterrupt):
        return EXIT_INTERRUPTED
    return EXIT_INTERNAL


def one_line(text: object, limit: int = 1000) -> str:
    """A message fit for one line of stderr: whitespace (newlines included) collapsed, length bounded."""
    flat = " ".join(str(text).split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
