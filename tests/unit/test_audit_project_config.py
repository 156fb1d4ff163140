"""How each platform reads a project's own configuration (no compiler involved): Foundry, Hardhat, plain."""

from __future__ import annotations

from agents.audit.project import find_root
from agents.audit.project.foundry import Foundry
from agents.audit.project.hardhat import Hardhat, solidity_settings, strip_comments
from agents.audit.project.plain import Plain
from agents.audit.project.units import version_groups

HARDHAT_TS = """
import { HardhatUserConfig } from "hardhat/config";
// solidity: "0.4.24" in a comment is not the config
const LOW_RUNS = { version: "0.7.6", settings: { optimizer: { enabled: true, runs: 800 } } };
const config: HardhatUserConfig = {
  networks: { mainnet: { url: "https://rpc.example/v3/key", accounts: [] } },
  solidity: {
    compilers: [LOW_RUNS],
    overrides: { "contracts/Pool.sol": LOW_RUNS },
  },
  paths: { sources: "./src" },
};
export default config;
"""


def test_hardhat_reads_each_compiler_with_its_own_settings():
    text = strip_comments("""module.exports = { solidity: { compilers: [
        { version: "0.6.12", settings: { optimizer: { enabled: false } } },
        { version: "0.8.24", settings: { optimizer: { enabled: true, runs: 1000 }, evmVersion: "cancun", viaIR: true } },
    ] } };""")
    default, by_release = solidity_settings(text)
    assert default.solc_versions == ["0.8.24", "0.6.12"]  # Hardhat prefers the newest that fits
    assert by_release["0.6.12"].optimizer is False and by_release["0.6.12"].evm_version is None
    assert by_release["0.8.24"].optimizer_runs == 1000 and by_release["0.8.24"].evm_version == "cancun"
    assert by_release["0.8.24"].via_ir is True


def test_hardhat_config_in_typescript_with_shared_objects_and_comments(tmp_path):
    (tmp_path / "hardhat.config.ts").write_text(HARDHAT_TS)
    assert find_root(tmp_path) == (tmp_path, Hardhat)
    config = Hardhat(tmp_path).config()
    assert config.settings.solc_versions == ["0.7.6"] and config.settings.optimizer_runs == 800
    assert config.source_dirs == ["src"] and config.notes == []

    (tmp_path / "hardhat.config.ts").write_text("module.exports = require('./shared-config');\n")
    config = Hardhat(tmp_path).config()
    assert config.settings.solc_versions == [] and "pragmas choose" in config.notes[0]

    (tmp_path / "hardhat.config.ts").write_text('module.exports = { solidity: "0.8.19" };\n')
    assert Hardhat(tmp_path).config().settings.solc_versions == ["0.8.19"]


def test_foundry_profile_pin_remappings_and_libs(tmp_path, monkeypatch):
    (tmp_path / "foundry.toml").write_text(
        '[profile.default]\nsrc = "contracts"\nlibs = ["lib", "dependencies"]\nsolc_version = "0.8.19"\n'
        'optimizer = true\noptimizer_runs = 10000\nvia_ir = true\nremappings = ["solmate/=lib/solmate/src/"]\n'
        '[profile.ci]\nsolc = "/usr/local/bin/solc"\nevm_version = "shanghai"\n')
    (tmp_path / "remappings.txt").write_text("# comment\nsolmate/=lib/solmate/src/tokens/\n")
    (tmp_path / "lib" / "forge-std" / "src").mkdir(parents=True)
    (tmp_path / "lib" / "oz").mkdir(parents=True)
    (tmp_path / "lib" / "oz" / "remappings.txt").write_text("@openzeppelin/contracts/=contracts/\n")
    (tmp_path / "package.json").write_text("{}")
    assert find_root(tmp_path / "contracts") == (tmp_path, Foundry)  # foundry.toml wins over package.json

    config = Foundry(tmp_path).config()
    assert config.source_dirs == ["contracts"] and config.lib_dirs == ["lib"]
    assert config.settings.solc_versions == ["0.8.19"] and config.settings.via_ir is True
    assert config.settings.standard_json() == {"optimizer": {"enabled": True, "runs": 10000}, "viaIR": True}
    assert "forge-std/=lib/forge-std/src/" in config.remappings  # detected in lib/, as forge does
    assert "solmate/=lib/solmate/src/tokens/" in config.remappings  # remappings.txt over foundry.toml
    assert "solmate/=lib/solmate/src/" not in config.remappings
    assert "lib/oz/:@openzeppelin/contracts/=lib/oz/contracts/" in config.remappings
    assert config.include_paths == [tmp_path / "lib"]

    monkeypatch.setenv("FOUNDRY_PROFILE", "ci")
    config = Foundry(tmp_path).config()
    assert config.settings.solc_versions == [] and "not a release number" in config.notes[0]
    assert config.settings.evm_version == "shanghai"


def test_plain_roots_and_the_bundled_fallback(tmp_path):
    package = tmp_path / "node_modules" / "@scope" / "pkg"
    (package / "contracts" / "token").mkdir(parents=True)
    (package / "package.json").write_text('{"dependencies": {"@openzeppelin/contracts": "5.4.0"}}')
    assert find_root(package / "contracts" / "token") == (package, Plain)
    config = Plain(package).config()
    assert config.source_dirs == ["contracts"] and config.include_paths == [tmp_path / "node_modules"]
    assert config.declared_packages == {"@openzeppelin/contracts"} and not config.bundled_node_modules

    loose = tmp_path / "loose"
    loose.mkdir()
    assert find_root(loose) == (loose, Plain)
    assert Plain(loose).config().bundled_node_modules is False  # node_modules found upward: no fallback


def test_version_groups_are_few_and_prefer_the_pin():
    rank = {v: i for i, v in enumerate(["0.8.15", "0.8.28", "0.8.30", "0.8.24", "0.7.6", "0.6.12"])}
    fits = {"a.sol": ["0.8.15", "0.8.28", "0.8.30"], "b.sol": ["0.8.28", "0.8.30", "0.8.24"],
            "c.sol": ["0.8.15", "0.8.28"], "old.sol": ["0.7.6", "0.6.12"]}
    assert version_groups(fits, rank) == [("0.8.28", ["a.sol", "b.sol", "c.sol"]), ("0.7.6", ["old.sol"])]
    assert version_groups({"a.sol": ["0.8.15", "0.8.28"], "c.sol": ["0.8.15"]}, rank) == [("0.8.15", ["a.sol", "c.sol"])]
