"""bin/solc and the compilation agent with the real compiler (solcjs), as the tools call them."""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import time
from pathlib import Path

import pytest

from agents.compilation import CompilationService, compile_source
from agents.models import ContractDraft, ContractSpec
from hyperagent.errors import CompilationError, ToolError
from hyperagent.paths import openzeppelin_dir, solc_command
from hyperagent.settings import PINNED_SOLC_VERSION
from hyperagent.toolchain.solc import SolcRunner, solc_binary_for, solcx_binary_dir

TOKEN = """// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

contract Token is ERC20 {
    constructor() ERC20("Hyper", "HYP") {
        _mint(msg.sender, 1_000_000 ether);
    }
}
"""

BROKEN = """// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;
contract Broken {
    function f() public { missing = 1; }
}
"""

LEGACY = """pragma solidity ^0.4.24;

contract Wallet {
    mapping(address => uint) public balances;
    function deposit() public payable { balances[msg.sender] += msg.value; }
}
"""


def solc(*args: str, cwd: Path | None = None, input: str | None = None, env: dict | None = None,
         command: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([str(command or solc_command()), *args], cwd=cwd, input=input, capture_output=True,
                          text=True, timeout=120, env=env or SolcRunner().environment())


def test_version_prints_the_native_banner() -> None:
    result = solc("--version")
    assert result.returncode == 0, result.stderr
    assert re.fullmatch(r"solc, the solidity compiler commandline interface\n"
                        r"Version: 0\.8\.28\+commit\.7893614a\.Emscripten\.clang\n", result.stdout)
    assert SolcRunner().version == PINNED_SOLC_VERSION


def test_standard_json_compiles_an_openzeppelin_erc20() -> None:
    output = SolcRunner().compile_standard({
        "language": "Solidity",
        "sources": {"Token.sol": {"content": TOKEN}},
        "settings": {"optimizer": {"enabled": True, "runs": 200},
                     "outputSelection": {"*": {"*": ["abi", "evm.bytecode.object"]}}},
    })
    assert not [e for e in output.get("errors", []) if e["severity"] == "error"]
    assert output["contracts"]["Token.sol"]["Token"]["evm"]["bytecode"]["object"]
    assert "@openzeppelin/contracts/token/ERC20/ERC20.sol" in output["sources"]


def test_compile_source_keeps_a_self_contained_input() -> None:
    compiled = compile_source(TOKEN, "Token.sol")
    assert compiled.contract_name == "Token"
    assert compiled.compiler_version.startswith("0.8.28+commit.")
    assert any(item.get("name") == "transfer" for item in compiled.abi)
    assert compiled.bytecode and compiled.deployed_bytecode
    sources = compiled.standard_json_input["sources"]
    assert "@openzeppelin/contracts/token/ERC20/ERC20.sol" in sources
    assert all("content" in entry for entry in sources.values())

    # The stored input alone reproduces the same bytes and loads no file beyond its own sources.
    again = SolcRunner().compile_standard(compiled.standard_json_input)
    assert set(again["sources"]) == set(sources)
    assert again["contracts"]["Token.sol"]["Token"]["evm"]["bytecode"]["object"] == compiled.bytecode


def test_combined_json_with_a_remapping_argument(tmp_path: Path) -> None:
    (tmp_path / "Token.sol").write_text(TOKEN.replace('"@openzeppelin/', '"oz/'))
    result = solc(f"oz/={openzeppelin_dir()}/", "Token.sol", "--combined-json",
                  "abi,bin,bin-runtime,srcmap,srcmap-runtime,ast,hashes,userdoc,devdoc",
                  "--optimize", "--optimize-runs", "200", "--allow-paths", ".,/", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    token = out["contracts"]["Token.sol:Token"]
    assert isinstance(token["abi"], list) and token["bin"] and token["bin-runtime"] and token["srcmap-runtime"]
    assert token["hashes"]["transfer(address,uint256)"] == "a9059cbb"
    assert out["sources"]["Token.sol"]["AST"]["nodeType"] == "SourceUnit"
    assert "Token.sol" in out["sourceList"] and out["version"].startswith("0.8.28+commit.")


def test_base_path_include_path_and_relative_imports(tmp_path: Path) -> None:
    project, libs = tmp_path / "project", tmp_path / "libs"
    (project / "src").mkdir(parents=True)
    (libs / "math").mkdir(parents=True)
    (libs / "math" / "Half.sol").write_text("pragma solidity ^0.8.0;\nlibrary Half { function half(uint x) "
                                            "internal pure returns (uint) { return x / 2; } }\n")
    (project / "src" / "Base.sol").write_text("pragma solidity ^0.8.0;\nabstract contract Base {}\n")
    main = ('pragma solidity ^0.8.0;\nimport {Half} from "math/Half.sol";\nimport {Base} from "./Base.sol";\n'
            "contract Main is Base { function f(uint x) external pure returns (uint) { return Half.half(x); } }\n")
    (project / "src" / "Main.sol").write_text(main)

    result = solc(str(project / "src" / "Main.sol"), "--base-path", str(project), "--include-path", str(libs),
                  "--combined-json", "abi,bin", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert set(json.loads(result.stdout)["contracts"]) >= {"src/Main.sol:Main", "math/Half.sol:Half"}

    output = SolcRunner().compile_standard(
        {"language": "Solidity", "sources": {"src/Main.sol": {"content": main}},
         "settings": {"outputSelection": {"*": {"*": ["abi"]}}}},
        base_path=project, include_paths=[libs])
    assert set(output["sources"]) == {"src/Main.sol", "src/Base.sol", "math/Half.sol"}


def test_standard_json_reads_sources_by_url_like_mythril(tmp_path: Path) -> None:
    (tmp_path / "Token.sol").write_text(TOKEN)
    request = {"language": "Solidity", "sources": {"Token.sol": {"urls": ["Token.sol"]}},
               "settings": {"optimizer": {"enabled": False},
                            "outputSelection": {"*": {"": ["ast"], "*": ["evm.deployedBytecode"]}}}}
    result = solc("--standard-json", "--allow-paths", ".,/", cwd=tmp_path, input=json.dumps(request))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["contracts"]["Token.sol"]["Token"]["evm"]["deployedBytecode"]["object"]


def test_compile_error_goes_to_stderr_with_exit_1(tmp_path: Path) -> None:
    (tmp_path / "Broken.sol").write_text(BROKEN)
    result = solc("Broken.sol", "--combined-json", "abi,bin", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stdout == ""
    assert "Undeclared identifier" in result.stderr and "Broken.sol:4" in result.stderr


def test_compile_source_raises_one_line_error_with_the_line() -> None:
    with pytest.raises(CompilationError) as caught:
        compile_source(BROKEN, "Broken.sol")
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith("Broken.sol does not compile: Broken.sol:4: DeclarationError: Undeclared identifier")


@pytest.mark.parametrize(("pragma", "expected"), [
    ("^0.8.20", PINNED_SOLC_VERSION),
    (">=0.8.0 <0.9.0", PINNED_SOLC_VERSION),
    ("^0.4.24", "0.4.26"),
    (">=0.5.0 <0.6.0", "0.5.17"),
    ("0.6.12", "0.6.12"),
    ("~0.7.1", "0.7.6"),
    (">= 0.4.22 < 0.6", "0.5.17"),
    ("^0.8.29", "0.8.37"),
    ("0.4.24 - 0.4.25", "0.4.25"),
])
def test_pragma_selects_the_release(pragma: str, expected: str) -> None:
    assert SolcRunner().select_version(f"pragma solidity {pragma};\ncontract A {{}}\n") == expected


def test_no_pragma_means_the_pinned_release_and_solc_version_forces_one(monkeypatch) -> None:
    assert SolcRunner().select_version("contract A {}") == PINNED_SOLC_VERSION
    monkeypatch.setenv("SOLC_VERSION", "0.6.12")
    assert SolcRunner().select_version("pragma solidity ^0.8.0; contract A {}") == "0.6.12"


def test_unsatisfiable_pragma_is_a_clear_error() -> None:
    with pytest.raises(CompilationError, match=r"no solc release satisfies pragma solidity \^0\.9\.0 .*SOLC_VERSION"):
        SolcRunner().select_version("pragma solidity ^0.9.0;\ncontract A {}\n")
    with pytest.raises(CompilationError, match=r"no solc release satisfies pragma solidity \^0\.9\.0"):
        compile_source("pragma solidity ^0.9.0;\ncontract A {}\n")


def test_legacy_pragma_compiles_with_a_04_release() -> None:
    started = time.monotonic()
    compiled = compile_source(LEGACY, "Wallet.sol")  # installs 0.4.26 into the cache on the first run
    assert compiled.compiler_version.startswith("0.4.26+commit.")
    assert compiled.contract_name == "Wallet" and compiled.bytecode
    assert time.monotonic() - started < 120


def test_versioned_link_reports_and_uses_its_release(tmp_path: Path) -> None:
    link = solc_binary_for("0.4.26")
    assert link.name == "solc-v0.4.26" and link.parent == solcx_binary_dir()
    assert "Version: 0.4.26+commit.4563c3fc" in solc("--version", command=link).stdout
    (tmp_path / "Wallet.sol").write_text(LEGACY)
    result = solc("Wallet.sol", "--combined-json", "abi,bin,ast,compact-format", cwd=tmp_path, command=link)
    assert result.returncode == 0, result.stderr
    assert "asm.js" not in result.stderr
    out = json.loads(result.stdout)
    assert isinstance(out["contracts"]["Wallet.sol:Wallet"]["abi"], str)  # a JSON string before 0.8, as native
    assert out["sources"]["Wallet.sol"]["AST"]["nodeType"] == "SourceUnit"
    assert out["version"].startswith("0.4.26")


def test_py_solc_x_drives_the_command(monkeypatch) -> None:
    import solcx

    compiled = solcx.compile_source(TOKEN, output_values=["abi", "bin"],
                                    solc_binary=solc_binary_for(PINNED_SOLC_VERSION),
                                    import_remappings=SolcRunner().remappings())
    token = next(value for key, value in compiled.items() if key.endswith(":Token"))
    assert token["bin"]

    monkeypatch.setenv("SOLCX_BINARY_PATH", str(solcx_binary_dir()))
    solcx.set_solc_version(PINNED_SOLC_VERSION)
    assert str(solcx.get_solc_version()) == PINNED_SOLC_VERSION


def test_failed_install_is_a_clear_fast_error(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("HYPERAGENT_HOME", str(tmp_path))
    monkeypatch.setenv("npm_config_registry", "http://127.0.0.1:9")
    started = time.monotonic()
    expected = r"^solc 0\.4\.26 is not installed and could not be fetched from npm: .*ECONNREFUSED"
    with pytest.raises(ToolError, match=expected) as caught:
        SolcRunner().compile_standard({"language": "Solidity", "sources": {"A.sol": {"content": LEGACY}}})
    assert not isinstance(caught.value, CompilationError)
    assert time.monotonic() - started < 20
    assert not (tmp_path / "compilers" / "solc-0.4.26").exists()


def test_compilation_service_compiles_a_draft() -> None:
    spec = ContractSpec(prompt="a token", family="erc20", name="Hyper")
    draft = ContractDraft(spec=spec, source=TOKEN, contract_name="Token", file_name="Token.sol")
    compiled = CompilationService().compile(draft)
    assert compiled.contract_name == "Token" and compiled.file_name == "Token.sol"
    assert compiled.source_hash == hashlib.sha256(TOKEN.encode()).hexdigest()


def test_compile_files_returns_each_deployable_contract(tmp_path: Path) -> None:
    from agents.compilation import compile_files

    (tmp_path / "contracts").mkdir()
    two = tmp_path / "contracts" / "Two.sol"
    two.write_text("pragma solidity ^0.8.0;\ninterface I {}\ncontract A {}\ncontract B { uint public x; }\n")
    compiled = compile_files([two], base_path=tmp_path)
    assert [(c.contract_name, c.file_name) for c in compiled] == [("A", "contracts/Two.sol"),
                                                                 ("B", "contracts/Two.sol")]


def test_asm_js_warnings_of_old_builds_are_filtered(tmp_path: Path) -> None:
    (tmp_path / "Wallet.sol").write_text(LEGACY)
    env = {**SolcRunner().environment(), "SOLC_VERSION": "0.4.24"}  # an asm.js build: V8 warns on load
    result = solc("Wallet.sol", "--combined-json", "abi", cwd=tmp_path, env=env)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert json.loads(result.stdout)["version"].startswith("0.4.24+commit.")
