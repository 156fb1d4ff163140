"""Tool name -> adapter class. Adding a tool is adding one file and one line here.

Third parties add tools through the entry-point group `hyperagent.audit_tools`
(name = tool name, value = `module:AuditToolSubclass`), or by calling `register()`.
"""

from __future__ import annotations

import importlib
from importlib.metadata import entry_points

from agents.audit.base import AuditTool

BUILTIN: dict[str, str] = {
    "slither": "agents.audit.slither_tool:SlitherTool",
    "mythril": "agents.audit.mythril_tool:MythrilTool",
    "fuzz": "agents.audit.fuzz_tool:FuzzTool",
    "echidna": "agents.audit.echidna_tool:EchidnaTool",
}
DEFAULT_TOOLS = ("slither", "mythril", "fuzz")
"""What runs when a caller names no tools (Echidna is optional: asked for by name, run when on PATH)."""

_registered: dict[str, type[AuditTool]] = {}


def register(tool: type[AuditTool]) -> None:
    _registered[tool.NAME] = tool


def _load(target: str) -> type[AuditTool]:
    module_name, _, attribute = target.partition(":")
    return getattr(importlib.import_module(module_name), attribute)


def names() -> list[str]:
    plugins = [e.name for e in entry_points(group="hyperagent.audit_tools")]
    return list(dict.fromkeys([*BUILTIN, *plugins, *_registered]))


def tool_class(name: str) -> type[AuditTool]:
    if name in _registered:
        return _registered[name]
    for entry in entry_points(group="hyperagent.audit_tools"):
        if entry.name == name:
            return entry.load()
    if name in BUILTIN:
        return _load(BUILTIN[name])
    raise ValueError(f"unknown audit tool {name!r}: choose from {', '.join(names())}")


def get_tool(name: str) -> AuditTool:
    return tool_class(name)()


def parse_tools(value: str | list[str] | tuple[str, ...] | None) -> list[str]:
    """`"slither,mythril"` or a list -> validated names; None -> the defaults."""
    if value is None:
        return list(DEFAULT_TOOLS)
    items = value.split(",") if isinstance(value, str) else list(value)
    chosen = [item.strip().lower() for item in items if item and item.strip()]
    for name in chosen:
        tool_class(name)
    return list(dict.fromkeys(chosen)) or list(DEFAULT_TOOLS)
