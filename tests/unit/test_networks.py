"""The network registry, signer rules, verification requests and the code check: no chain needed."""

from __future__ import annotations

import pickle

import pytest
from eth_account import Account

from agents.deployment.deployer import check_runtime_code, format_amount, substitute_deployer
from agents.deployment.verify import (
    build_verification_request,
    etherscan_compiler_version,
    request_from_deployment,
)
from agents.models import CompiledContract
from hyperagent.errors import ConfigurationError, DeploymentError
from hyperagent.networks import env_var, load_networks, redact_url, resolve_network
from hyperagent.signing import DEV_ADDRESSES, DEV_MNEMONIC, dev_signer, resolve_signer, signer_from_key


@pytest.fixture(autouse=True)
def clean_env(tmp_path, monkeypatch):
    monkeypatch.setenv("HYPERAGENT_HOME", str(tmp_path))
    for name in ("HYPERAGENT_PRIVATE_KEY", "HYPERAGENT_PRIVATE_KEY_BLOCK", "HYPERAGENT_NETWORK",
                 "HYPERAGENT_RPC_SEPOLIA", "HYPERAGENT_RPC_BASE_SEPOLIA"):
        monkeypatch.delenv(name, raising=False)


def test_presets():
    networks = load_networks()
    expected = {"local": 31337, "hyperion-testnet": 133717, "mantle-sepolia": 5003, "sepolia": 11155111,
                "base-sepolia": 84532}
    assert {name: networks[name].chain_id for name in expected} == expected
    assert networks["local"].is_local and networks["local"].managed
    for name in expected.keys() - {"local"}:
        network = networks[name]
        assert not network.is_local and network.rpc_url.startswith("https://")
        assert network.explorer_url and network.explorer_api_url and network.fee_model in ("eip1559", "legacy")
        assert network.confirmations >= 1


def test_default_and_aliases(monkeypatch):
    assert resolve_network().name == "local"
    monkeypatch.setenv("HYPERAGENT_NETWORK", "sepolia")
    assert resolve_network().name == "sepolia"
    assert resolve_network("hyperion").name == "hyperion-testnet"
    assert resolve_network("Base-Sepolia").chain_id == 84532


def test_rpc_override_from_environment(monkeypatch):
    monkeypatch.setenv(env_var("base-sepolia"), "http://127.0.0.1:9999")
    assert env_var("base-sepolia") == "HYPERAGENT_RPC_BASE_SEPOLIA"
    assert resolve_network("base-sepolia").rpc_url == "http://127.0.0.1:9999"


def test_user_overrides_merge_and_add(tmp_path):
    (tmp_path / "networks.toml").write_text(
        '[networks.sepolia]\nconfirmations = 5\n\n'
        '[networks.my-devnet]\nchain_id = 999\nrpc_url = "http://10.0.0.2:8545"\nfee_model = "legacy"\n')
    networks = load_networks()
    assert networks["sepolia"].confirmations == 5 and networks["sepolia"].chain_id == 11155111
    assert networks["my-devnet"].fee_model == "legacy" and resolve_network("my-devnet").chain_id == 999


def test_bad_user_override_is_a_one_line_error(tmp_path):
    (tmp_path / "networks.toml").write_text('[networks.sepolia]\nfee_model = "cheap"\n')
    with pytest.raises(ConfigurationError, match="network 'sepolia' is misconfigured"):
        load_networks()


def test_unknown_network_suggests():
    with pytest.raises(ConfigurationError) as caught:
        resolve_network("sepolai")
    message = str(caught.value)
    assert "did you mean 'sepolia'?" in message and "mantle-sepolia" in message and "--rpc-url" in message


def test_ad_hoc_and_preset_through_another_rpc():
    custom = resolve_network(rpc_url="http://127.0.0.1:8555", chain_id=777)
    assert (custom.name, custom.chain_id, custom.is_local) == ("custom", 777, False)
    assert resolve_network("local", rpc_url="http://127.0.0.1:8555").name == "custom"
    assert resolve_network(rpc_url="http://127.0.0.1:8555").chain_id is None
    preset = resolve_network("sepolia", rpc_url="http://127.0.0.1:8555")
    assert preset.chain_id == 11155111 and preset.rpc_url == "http://127.0.0.1:8555"
    with pytest.raises(ConfigurationError, match="contradicts network sepolia"):
        resolve_network("sepolia", rpc_url="http://127.0.0.1:8555", chain_id=1)
    with pytest.raises(ConfigurationError, match="http"):
        resolve_network(rpc_url="127.0.0.1:8555")


def test_redact_url_hides_tokens():
    assert redact_url("https://eth-sepolia.g.alchemy.com/v2/AbCdEfGhIjKlMnOpQrStUvWx12") == \
        "https://eth-sepolia.g.alchemy.com/v2/***"
    assert redact_url("https://user:pw@rpc.example/x?key=1") == "https://rpc.example/x?***"
    assert redact_url("http://127.0.0.1:8545") == "http://127.0.0.1:8545"


# ---- signing -------------------------------------------------------------------------------------

def test_dev_addresses_are_the_mnemonic_accounts():
    Account.enable_unaudited_hdwallet_features()
    derived = [Account.from_mnemonic(DEV_MNEMONIC, account_path=f"m/44'/60'/0'/0/{i}").address for i in range(10)]
    assert derived == list(DEV_ADDRESSES)


def test_local_uses_dev_account_and_others_need_a_key(monkeypatch):
    assert resolve_signer(resolve_network("local")).address == DEV_ADDRESSES[0]
    with pytest.raises(ConfigurationError, match="no deployer key for network sepolia: set HYPERAGENT_PRIVATE_KEY"):
        resolve_signer(resolve_network("sepolia"))
    account = Account.create()
    monkeypatch.setenv("HYPERAGENT_PRIVATE_KEY", account.key.hex().removeprefix("0x"))
    assert resolve_signer(resolve_network("sepolia")).address == account.address


@pytest.mark.parametrize("index", [0, 9])
def test_dev_keys_refused_off_local(monkeypatch, index):
    Account.enable_unaudited_hdwallet_features()
    key = Account.from_mnemonic(DEV_MNEMONIC, account_path=f"m/44'/60'/0'/0/{index}").key.hex()
    monkeypatch.setenv("HYPERAGENT_PRIVATE_KEY", key)
    for name in ("sepolia", "hyperion-testnet", "mantle-sepolia", "base-sepolia"):
        with pytest.raises(ConfigurationError, match=f"account {index} of the anvil/hardhat test mnemonic") as caught:
            resolve_signer(resolve_network(name))
        assert key.removeprefix("0x") not in str(caught.value)


def test_signer_hides_its_key():
    account = Account.create()
    key = account.key.hex().removeprefix("0x")
    signer = signer_from_key(key, "HYPERAGENT_PRIVATE_KEY")
    assert key not in repr(signer) and key not in str(signer) and account.address in repr(signer)
    with pytest.raises(TypeError):
        pickle.dumps(signer)
    with pytest.raises(AttributeError):
        signer.address = "0x0"
    with pytest.raises(ConfigurationError) as caught:
        signer_from_key(key[:-4] + "zzzz", "HYPERAGENT_PRIVATE_KEY")
    error = caught.value
    assert key[:-4] not in str(error) and error.__cause__ is None and error.__suppress_context__


class FakeSecret:
    """Stands in for prefect.blocks.system.Secret: the block path without a Prefect server."""

    value: str | None = None

    @classmethod
    def load(cls, name):
        if cls.value is None:
            raise ValueError(f"Unable to find block document named {name} for block type secret")
        return cls()

    def get(self):
        return self.value


def test_key_from_a_prefect_secret_block(monkeypatch):
    from prefect.blocks import system

    monkeypatch.setattr(system, "Secret", FakeSecret)
    monkeypatch.setenv("HYPERAGENT_PRIVATE_KEY_BLOCK", "deployer-key")
    with pytest.raises(ConfigurationError, match="cannot read the Prefect Secret block 'deployer-key'"):
        resolve_signer(resolve_network("sepolia"))
    account = Account.create()
    monkeypatch.setattr(FakeSecret, "value", account.key.hex())
    signer = resolve_signer(resolve_network("sepolia"))
    assert signer.address == account.address and "deployer-key" in signer.source
    assert account.key.hex().removeprefix("0x") not in repr(signer)


# ---- deployer helpers ------------------------------------------------------------------------------

def test_deployer_placeholder_and_amounts():
    assert substitute_deployer(["$deployer", ["$deployer", 1], "x"], "0xA") == ["0xA", ["0xA", 1], "x"]
    assert format_amount(0) == "0 ETH" and format_amount(1_500_000_000_000_000_000, "MNT") == "1.5 MNT"


def _compiled(deployed: str, refs: dict | None = None) -> CompiledContract:
    return CompiledContract(contract_name="C", source="", source_hash="", file_name="C.sol", compiler_version="0.8.28",
                            abi=[], bytecode="00", deployed_bytecode=deployed, standard_json_input={},
                            immutable_references=refs or {})


def test_code_check_masks_immutables():
    compiled = "6080" + "00" * 32 + "fe"
    onchain = bytes.fromhex("6080" + "11" * 32 + "fe")
    assert check_runtime_code(bytes.fromhex(compiled), _compiled(compiled)) == "exact"
    assert check_runtime_code(onchain, _compiled(compiled, {"7": [{"start": 2, "length": 32}]})) == "immutables-masked"
    assert check_runtime_code(onchain, _compiled(compiled)) == "zero-masked"
    with pytest.raises(DeploymentError, match="beyond immutables"):
        check_runtime_code(bytes.fromhex("6081" + "11" * 32 + "fe"), _compiled(compiled,
                                                                                {"7": [{"start": 2, "length": 32}]}))
    with pytest.raises(DeploymentError, match="bytes"):
        check_runtime_code(onchain + b"\x00", _compiled(compiled))


# ---- verification ------------------------------------------------------------------------------------

STANDARD = {"language": "Solidity", "sources": {"src/Token.sol": {"content": "contract Token {}"}},
            "settings": {"optimizer": {"enabled": True, "runs": 200}}}


def test_compiler_version_for_explorers():
    assert etherscan_compiler_version("0.8.28+commit.7893614a.Emscripten.clang") == "v0.8.28+commit.7893614a"
    assert etherscan_compiler_version("0.8.28") == "v0.8.28+commit.7893614a"
    with pytest.raises(ConfigurationError, match="full version"):
        etherscan_compiler_version("0.8.19")


def test_verification_request_shape():
    request = build_verification_request(
        api_url="https://api.etherscan.io/v2/api?chainid=84532", address="0x" + "12" * 20,
        standard_json_input=STANDARD, contract_name="Token", compiler_version="0.8.28+commit.7893614a",
        constructor_args_encoded="0x" + "00" * 31 + "2a", file_name="Token.sol")
    assert request.url == "https://api.etherscan.io/v2/api?chainid=84532"
    assert request.data == {
        "module": "contract", "action": "verifysourcecode", "contractaddress": "0x" + "12" * 20,
        "sourceCode": '{"language":"Solidity","sources":{"src/Token.sol":{"content":"contract Token {}"}},'
                      '"settings":{"optimizer":{"enabled":true,"runs":200}}}',
        "codeformat": "solidity-standard-json-input", "contractname": "src/Token.sol:Token",
        "compilerversion": "v0.8.28+commit.7893614a", "constructorArguements": "00" * 31 + "2a"}
    assert "sourceCode" not in repr(request)


def test_request_from_a_deployment_row():
    row = {"status": "confirmed", "address": "0x" + "ab" * 20, "network": "sepolia", "chain_id": 11155111,
           "standard_json_input": STANDARD, "compiler_version": "0.8.28", "constructor_args_encoded": "",
           "contract_name": "Token"}
    request = request_from_deployment(row, resolve_network("sepolia"))
    assert request.data["contractname"] == "src/Token.sol:Token" and "chainid=11155111" in request.url
    with pytest.raises(DeploymentError, match="only a confirmed"):
        request_from_deployment({**row, "status": "pending"}, resolve_network("sepolia"))
    with pytest.raises(ConfigurationError, match="no explorer API"):
        request_from_deployment(row, resolve_network("local"))


def test_dev_signer_is_account_zero():
    assert dev_signer().address == DEV_ADDRESSES[0] and dev_signer().is_dev_account


def test_submit_posts_the_request_with_the_key_to_a_local_explorer():
    """A stand-in explorer on loopback: the form carries the key; answers and errors never echo it."""
    import json
    import threading
    from http.server import BaseHTTPRequestHandler, HTTPServer
    from urllib.parse import parse_qs

    from agents.deployment.verify import check_verification, submit_verification

    seen: list[dict] = []

    class Explorer(BaseHTTPRequestHandler):
        def do_POST(self):  # noqa: N802
            form = {k: v[0] for k, v in parse_qs(self.rfile.read(int(self.headers["Content-Length"])).decode()).items()}
            seen.append({"path": self.path, **form})
            ok = form.get("action") == "checkverifystatus" or form["contractaddress"].endswith("12")
            body = {"status": "1" if ok else "0", "message": "OK" if ok else "NOTOK",
                    "result": "Pass - Verified" if form.get("action") == "checkverifystatus" else
                    ("guid-123" if ok else "Invalid constructor arguments")}
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.end_headers()
            self.wfile.write(json.dumps(body).encode())

        def log_message(self, *args):
            pass

    server = HTTPServer(("127.0.0.1", 0), Explorer)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_port}/api"
        request = build_verification_request(api_url=url, address="0x" + "12" * 20, standard_json_input=STANDARD,
                                             contract_name="Token", compiler_version="0.8.28")
        assert submit_verification(request, "SECRETKEY123") == "guid-123"
        assert seen[0]["apikey"] == "SECRETKEY123" and seen[0]["action"] == "verifysourcecode"
        assert "SECRETKEY123" not in seen[0]["path"]
        assert check_verification(url, "guid-123", "SECRETKEY123") == "Pass - Verified"
        bad = build_verification_request(api_url=url, address="0x" + "34" * 20, standard_json_input=STANDARD,
                                         contract_name="Token", compiler_version="0.8.28")
        with pytest.raises(DeploymentError, match="Invalid constructor arguments") as caught:
            submit_verification(bad, "SECRETKEY123")
        assert "SECRETKEY123" not in str(caught.value)
    finally:
        server.shutdown()
