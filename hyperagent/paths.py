"""Where the project's tools live (next to the checkout) and where state lives (the data dir)."""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def project_root() -> Path:
    """The checkout: holds node_modules/, .venv-mythril/, .models/ installed by `make setup`."""
    return Path(os.environ.get("HYPERAGENT_PROJECT_ROOT", PROJECT_ROOT))


def data_dir() -> Path:
    """Runtime state (PostgreSQL cluster, Chroma index, chain state, compiler cache, builds)."""
    home = os.environ.get("HYPERAGENT_HOME")
    path = Path(home) if home else project_root() / ".hyperagent"
    path.mkdir(parents=True, exist_ok=True)
    return path.resolve()


def node_modules() -> Path:
    return project_root() / "node_modules"


def openzeppelin_dir() -> Path:
    return node_modules() / "@openzeppelin"


def solc_command() -> Path:
    """The project's own solc-compatible command (Node, on solcjs)."""
    return project_root() / "bin" / "solc"


def compiler_cache() -> Path:
    path = data_dir() / "compilers"
    path.mkdir(parents=True, exist_ok=True)
    return path


def builds_dir() -> Path:
    path = data_dir() / "builds"
    path.mkdir(parents=True, exist_ok=True)
    return path


def foundry_bin(tool: str) -> Path:
    return node_modules() / "@foundry-rs" / f"{tool}-linux-amd64" / "bin" / tool


def mythril_venv() -> Path:
    return project_root() / ".venv-mythril"


def mythril_socket() -> Path:
    """Where the warm Mythril (scripts/myth_forkserver.py) listens while it runs."""
    return data_dir() / "services" / "mythril.sock"


def models_dir() -> Path:
    return project_root() / ".models"
