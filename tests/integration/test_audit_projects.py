"""Projects audited as their own build compiles them, with the real compiler and Slither.

The Foundry and Hardhat projects under tests/data/projects were written for these tests (relative
`../` imports, remappings to a `lib/` library and to node_modules, a pinned older compiler, a test and
a mock that must be skipped, one planted bug each); OpenZeppelin's own library is audited through
node_modules as the npm package it is. Each test works on a copy in tmp_path, with `node_modules`
linked to the checkout's, so missing dependencies can be staged by leaving things out.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from agents.audit import registry
from agents.audit.base import STATIC, UNIT, AuditTarget, AuditTool, ToolSettings
from agents.audit.service import AuditService
from agents.models import Finding, Severity
from hyperagent.cli.main import app
from hyperagent.errors import AuditError
from hyperagent.paths import node_modules, openzeppelin_dir, solc_command
from hyperagent.toolchain.base import ToolRunner

PROJECTS = Path(__file__).resolve().parents[1] / "data" / "projects"
SCHEMA = Path(__file__).resolve().parents[1] / "data" / "sarif" / "sarif-2.1.0-rtm.5.json"


def project_copy(tmp_path: Path, name: str, *, with_node_modules: bool = True) -> Path:
    root = tmp_path / name
    shutil.copytree(PROJECTS / name, root)
    if with_node_modules:
        (root / "node_modules").symlink_to(node_modules())
    return root


def slither_only(paths: list[Path], **options) -> list:
    return AuditService(use_cache=False).audit_projects(paths, tools=["slither"], **options)


def test_foundry_project_is_compiled_as_forge_would_and_the_planted_bug_found(tmp_path):
    root = project_copy(tmp_path, "foundry")
    [project] = slither_only([root])

    assert project.root == str(root) and project.platform == "foundry"
    assert [f.path for f in project.files] == ["src/TokenVault.sol", "src/interfaces/IVault.sol",
                                               "src/strategies/EtherPool.sol"]
    assert project.skipped == {"mock": 1, "script": 1, "test": 1}
    # The pin (solc = "0.8.15") is honoured for every file; lib/ (remappings.txt) and node_modules
    # (foundry.toml's remapping) are compiled as dependencies, not audited.
    [unit] = project.units
    assert unit.solc_version == "0.8.15" and unit.files == 3 and unit.sources == 5
    assert project.dependencies == 2
    assert [(run.tool, run.status) for run in unit.tool_runs] == [("slither", "ok")]

    files = {f.path: f for f in project.files}
    assert all(f.error is None and f.solc_version == "0.8.15" for f in files.values())
    [bug] = [f for f in files["src/strategies/EtherPool.sol"].report.findings if f.detector == "reentrancy-eth"]
    assert bug.file == "src/strategies/EtherPool.sol" and bug.line == 21 and bug.function == "withdraw"
    assert not files["src/strategies/EtherPool.sol"].report.passed
    assert all(f.file == path for path, audit in files.items() for f in audit.report.findings)
    assert not any("Mock" in (f.contract or "") for audit in files.values() for f in audit.report.findings)


def test_hardhat_project_through_the_cli_two_compilers_json_and_sarif(tmp_path, monkeypatch):
    import jsonschema

    root = project_copy(tmp_path, "hardhat")
    sarif = tmp_path / "audit.sarif"
    monkeypatch.chdir(root)
    result = CliRunner().invoke(app, ["audit", "--tools", "slither", "--json", "--sarif", str(sarif)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)

    project = data["project"]
    assert project["root"] == str(root) and project["platform"] == "hardhat"
    assert [(u["solc"], u["files"]) for u in project["compilation_units"]] == [("0.7.6", 2), ("0.8.24", 1)]
    assert all([t["tool"] for t in u["tools"]] == ["slither"] for u in project["compilation_units"])
    assert project["skipped"] == {"mock": 1, "test": 1} and project["notes"] == []
    assert project["dependencies"] >= 5  # OpenZeppelin's ERC20, Ownable and what they import, via node_modules
    assert [f["path"] for f in data["files"]] == ["contracts/escrow/Escrow.sol", "contracts/libraries/SafeMath.sol",
                                                  "contracts/token/RewardToken.sol"]
    escrow = data["files"][0]
    assert escrow["solc"] == "0.7.6" and data["files"][2]["solc"] == "0.8.24"
    [bug] = [f for f in escrow["findings"] if f["detector"] == "tx-origin"]
    assert bug["line"] == 27 and bug["category"] == "access_control"

    log = json.loads(sarif.read_text())
    jsonschema.validate(log, json.loads(SCHEMA.read_text()))
    run = log["runs"][0]
    locations = [r["locations"][0]["physicalLocation"] for r in run["results"]]
    assert {"artifactLocation": {"uri": "contracts/escrow/Escrow.sol", "uriBaseId": "%SRCROOT%"},
            "region": {"startLine": 27, "endLine": 27}} in locations
    assert all(not loc["artifactLocation"]["uri"].startswith(("/", "file:")) for loc in locations)
    assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"] == root.as_uri() + "/"


def test_a_file_named_outside_src_is_audited_and_an_unresolvable_import_is_explained(tmp_path):
    root = project_copy(tmp_path, "foundry")
    [project] = slither_only([root / "script" / "Deploy.s.sol"])
    [deploy] = project.files
    assert deploy.path == "script/Deploy.s.sol" and deploy.error is None and deploy.solc_version == "0.8.15"
    assert project.skipped == {}

    # The test folder, included by glob, imports forge-std, which this project never installed.
    [project] = slither_only([root], include=["test/**"], exclude=["src/interfaces/*"])
    files = {f.path: f for f in project.files}
    assert set(files) == {"src/TokenVault.sol", "src/strategies/EtherPool.sol", "test/TokenVault.t.sol"}
    assert project.skipped == {"excluded": 1, "mock": 1, "script": 1}  # the test the --include brought back is not
    error = files["test/TokenVault.t.sol"].error
    assert error.startswith('import "forge-std/Test.sol" in test/TokenVault.t.sol not found '
                            "(looked in forge-std/Test.sol, lib/forge-std/Test.sol")  # base path, then include paths
    assert "\n" not in error
    assert files["src/TokenVault.sol"].error is None and files["src/TokenVault.sol"].report.passed


def test_missing_dependencies_get_one_line_naming_them_and_the_fix(tmp_path):
    root = project_copy(tmp_path, "foundry")
    shutil.rmtree(root / "lib" / "safe-transfer")
    (root / "lib" / "safe-transfer").mkdir()  # what an un-cloned git submodule looks like
    (root / ".gitmodules").write_text('[submodule "lib/safe-transfer"]\n\tpath = lib/safe-transfer\n')
    with pytest.raises(AuditError) as caught:
        slither_only([root])
    message = str(caught.value)
    assert "\n" not in message
    assert "lib/safe-transfer (empty: a git submodule not cloned)" in message
    assert "git submodule update --init --recursive" in message

    # A submodule never cloned at all, reached through an import no remapping covers (tests need forge-std).
    shutil.rmtree(root / "lib" / "safe-transfer")
    shutil.copytree(PROJECTS / "foundry" / "lib" / "safe-transfer", root / "lib" / "safe-transfer")
    (root / ".gitmodules").write_text('[submodule "lib/forge-std"]\n\tpath = lib/forge-std\n')
    with pytest.raises(AuditError, match=r"lib/forge-std \(empty: a git submodule not cloned\)"):
        slither_only([root / "test"])

    hardhat = project_copy(tmp_path, "hardhat", with_node_modules=False)
    result = subprocess.run([str(Path(sys.executable).parent / "hyperagent"), "audit", str(hardhat), "--tools", "slither"],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 2  # bad input (docs/reliability.md): fix the project, nothing was audited
    [line] = result.stderr.strip().splitlines()
    assert line.startswith("error: ") and "node_modules/@openzeppelin/contracts (not installed)" in line
    assert line.endswith(f"run `npm install` in {hardhat}")


@pytest.mark.slow
def test_openzeppelin_is_audited_as_the_npm_package_it_is():
    """The issue's case: `../../utils/Context.sol` inside node_modules resolves; one Slither run for the unit."""
    package = openzeppelin_dir() / "contracts"
    [project] = slither_only([package / "token" / "ERC20"])
    assert project.root == str(package) and project.platform == "plain"
    [unit] = project.units
    assert unit.solc_version == "0.8.28" and [(r.tool, r.status) for r in unit.tool_runs] == [("slither", "ok")]
    paths = [f.path for f in project.files]
    assert "token/ERC20/ERC20.sol" in paths and "token/ERC20/extensions/ERC20Votes.sol" in paths
    assert all(f.error is None for f in project.files), [f.error for f in project.files if f.error]
    assert all(f.file in paths for audit in project.files for f in audit.report.findings)
    assert project.dependencies > 0  # utils/Context.sol and the rest, reached through `../` imports


def test_import_graph_resolves_like_solc(tmp_path):
    """bin/solc's resolver, which the compiler's import callback also uses: `..` above the root is dropped
    (libsolutil's absolutePath), remappings apply after it, the longest context wins."""
    (tmp_path / "src" / "deep").mkdir(parents=True)
    (tmp_path / "vendor" / "a").mkdir(parents=True)
    (tmp_path / "vendor" / "b").mkdir(parents=True)
    (tmp_path / "src" / "deep" / "A.sol").write_text(
        'import "../../../Top.sol";\nimport "./../B.sol";\nimport "dep/X.sol";\n')
    (tmp_path / "src" / "B.sol").write_text('import "dep/X.sol";\n')
    (tmp_path / "Top.sol").write_text("")
    (tmp_path / "vendor" / "a" / "X.sol").write_text("")
    (tmp_path / "vendor" / "b" / "X.sol").write_text("")
    request = {"roots": ["src/deep/A.sol"], "remappings": ["dep/=vendor/a/", "src/deep/:dep/=vendor/b/"],
               "bundledNodeModules": False}
    result = subprocess.run([str(solc_command()), "--import-graph", "--base-path", str(tmp_path)],
                            input=json.dumps(request), capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    units = json.loads(result.stdout)["units"]
    assert [i["unit"] for i in units["src/deep/A.sol"]["imports"]] == ["Top.sol", "src/B.sol", "vendor/b/X.sol"]
    assert [i["unit"] for i in units["src/B.sol"]["imports"]] == ["vendor/a/X.sol"]
    assert units["Top.sol"]["path"] == str(tmp_path / "Top.sol")


def test_the_cache_is_keyed_by_the_unit_and_an_edited_import_invalidates_it(tmp_path, monkeypatch):
    monkeypatch.setenv("HYPERAGENT_HOME", str(tmp_path / "home"))
    project = tmp_path / "plain"
    project.mkdir()
    (project / ".git").mkdir()
    (project / "Base.sol").write_text("pragma solidity ^0.8.0;\ncontract Base { uint256 public x; }\n")
    (project / "Main.sol").write_text('pragma solidity ^0.8.0;\nimport "./Base.sol";\ncontract Main is Base {}\n')
    service = AuditService()

    def slither_run():
        [audited] = service.audit_projects([project / "Main.sol"], tools=["slither"])
        return audited.files[0].report.tool_runs[0]

    first = slither_run()
    assert first.status == "ok" and first.duration > 0
    assert slither_run().duration == 0.0  # same unit inputs: from the cache
    (project / "Base.sol").write_text("pragma solidity ^0.8.0;\ncontract Base { uint256 public y; }\n")
    assert slither_run().duration > 0  # an imported file changed: the unit's inputs hash changed


def test_a_folder_holding_other_projects_audits_each_as_its_own(tmp_path):
    from agents.audit.project import load_projects

    mono = tmp_path / "mono"
    mono.mkdir()
    (mono / ".git").mkdir()
    (mono / "Loose.sol").write_text("pragma solidity ^0.8.0;\ncontract Loose {}\n")
    project_copy(mono, "hardhat")
    outer, inner = load_projects([mono])
    assert (outer.root, outer.platform, [f.relative for f in outer.audited]) == (mono, "plain", ["Loose.sol"])
    assert (inner.root, inner.platform) == (mono / "hardhat", "hardhat")
    assert [f.relative for f in inner.audited] == ["contracts/escrow/Escrow.sol", "contracts/libraries/SafeMath.sol",
                                                   "contracts/token/RewardToken.sol"]


class _ExitingRunner(ToolRunner):
    name = "picky-tool"

    def binary(self):
        return Path(sys.executable)


class OneFileAtATime(AuditTool):
    """A unit-scope tool whose real process dies on a unit of several files: how a Slither crash looks."""

    NAME = "one-file-at-a-time"
    HELP = "fails on more than one audited file at once"
    KIND = STATIC
    SCOPE = UNIT

    def _run(self, target: AuditTarget, settings: ToolSettings) -> list[Finding]:
        count = len(target.files)
        _ExitingRunner().run(["-c", f"import sys; sys.exit('cannot digest {count} files' if {count} > 1 else 0)"],
                             check=True)
        assert target.build_file.exists() and target.subset_build is not None
        return [Finding(tools=[self.NAME], detector="seen", title="seen", severity=Severity.info, file=relative, line=1)
                for relative in target.files.values()]


def test_a_unit_tool_that_crashes_on_the_whole_unit_runs_again_file_by_file(tmp_path):
    registry.register(OneFileAtATime)
    folder = tmp_path / "contracts"
    folder.mkdir()
    (folder / "A.sol").write_text("pragma solidity ^0.8.0;\ncontract A {}\n")
    (folder / "B.sol").write_text('pragma solidity ^0.8.0;\nimport "./A.sol";\ncontract B is A {}\n')
    [project] = AuditService(use_cache=False).audit_projects([folder], tools=["one-file-at-a-time"])
    [unit] = project.units
    assert [run.status for run in unit.tool_runs] == ["ok", "ok"]  # the crashed whole-unit run, redone per file
    for audit in project.files:
        assert [f.file for f in audit.report.findings] == [audit.path]
        assert [run.status for run in audit.report.tool_runs] == ["ok"]
