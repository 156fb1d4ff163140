"""Bad input through the real CLI, as a script calls it: one line on stderr naming the fix, the documented
exit code (2 bad input, 3 environment), no traceback, and not one row added to any table."""

from __future__ import annotations

import pytest
from eth_account import Account

from tests.chaos.conftest import assert_one_line_error, cli

ERC20 = "an ERC20 token called Input Coin with symbol INP and 1000 supply"
UNSATISFIABLE = """// SPDX-License-Identifier: MIT
pragma solidity ^0.9.0;

contract FromTheFuture {
    uint256 public x;
}
"""
CONFLICTING = """// SPDX-License-Identifier: MIT
pragma solidity >=0.8.0 <0.5.0;

contract Never {}
"""


@pytest.mark.parametrize("args, code, fragments", [
    (("workflow", "create", ""), 2, ("empty request",)),
    (("workflow", "create", "  \n\t "), 2, ("empty request",)),
    (("workflow", "create", "x" * 8193), 2, ("too long", "8193 bytes", "8192", "HYPERAGENT_MAX_PROMPT_BYTES")),
    (("workflow", "create", "é" * 4097), 2, ("too long", "8194 bytes")),
    (("workflow", "create", ERC20, "--network", "nowhere"), 2, ("unknown network", "nowhere")),
    (("workflow", "create", ERC20, "--network", "sepolai"), 2, ("did you mean", "sepolia")),
    (("workflow", "create", ERC20, "--skip", "generation"), 2, ("cannot skip generation",)),
    (("workflow", "create", ERC20, "--skip", "audit,,bogus"), 2, ("cannot skip bogus",)),
    (("workflow", "create", ERC20, "--audit-tools", "slither,nosuchtool"), 2, ("unknown audit tool", "nosuchtool")),
    (("workflow", "create", ERC20, "--fail-on", "extreme"), 2, ("fail_on",)),
    (("workflow", "create", ERC20, "--on-tool-failure", "ignore"), 2, ("on_tool_failure",)),
    (("workflow", "create", ERC20, "--options", "{bad json"), 2, ("--options is not valid JSON",)),
    (("workflow", "create", ERC20, "--options", "[1, 2]"), 2, ("must be a JSON object",)),
    (("workflow", "create", ERC20, "--options", '{"skip": "audit"}'), 2, ("skip",)),
    (("workflow", "create", ERC20, "--options", '{"chain_id": "one"}'), 2, ("chain_id",)),
    (("workflow", "create", ERC20, "--chain-id", "abc"), 2, ("chain-id", "--help")),
    (("workflow", "create", ERC20, "--rpc-url", "ftp://x"), 2, ("http(s) URL",)),
    (("workflow", "status", "not-a-uuid"), 2, ("is not a workflow id", "workflow list")),
    (("workflow", "status", "00000000-0000-0000-0000-000000000000"), 2, ("no workflow", "workflow list")),
    (("workflow", "resume", "00000000-0000-0000-0000-000000000000"), 2, ("no workflow",)),
    (("workflow", "cancel", "nope"), 2, ("is not a workflow id",)),
    (("workflow", "list", "--limit", "0"), 2, ("limit",)),
    (("workflow", "frobnicate"), 2, ("no such command",)),
])
def test_bad_workflow_input_is_one_line_and_stores_nothing(no_new_rows, args, code, fragments):
    assert_one_line_error(cli(*args), code, *fragments)


def test_prompt_limit_is_configurable(no_new_rows):
    result = cli("workflow", "create", ERC20, env={"HYPERAGENT_MAX_PROMPT_BYTES": "20"})
    assert_one_line_error(result, 2, "too long", "the limit is 20")


def test_remote_network_inputs_are_checked_before_anything_is_stored(no_new_rows, remote_chain):
    rich, poor = Account.create(), Account.create()
    remote_chain.rpc("anvil_setBalance", rich.address, hex(10**18))
    url = remote_chain.rpc_url
    create = ("workflow", "create", ERC20, "--skip", "audit,testing", "--json")
    key = {"HYPERAGENT_PRIVATE_KEY": rich.key.hex()}

    wrong_chain = cli(*create, "--rpc-url", url, "--chain-id", "5", env=key)
    assert_one_line_error(wrong_chain, 2, "chain id mismatch", "answers 31337", "expects 5")

    closed = f"http://127.0.0.1:{_closed_port()}"
    unreachable = cli(*create, "--rpc-url", closed, "--chain-id", "31337", env=key)
    assert_one_line_error(unreachable, 3, "cannot reach the RPC", "check the node")

    unfunded = cli(*create, "--rpc-url", url, "--chain-id", "31337", env={"HYPERAGENT_PRIVATE_KEY": poor.key.hex()})
    assert_one_line_error(unfunded, 3, poor.address, "0 ETH", "fund it")

    for malformed in ("0x1234", "0x" + "zz" * 32, "not a key at all", "0x" + "00" * 32):
        bad = cli(*create, "--rpc-url", url, "--chain-id", "31337", env={"HYPERAGENT_PRIVATE_KEY": malformed})
        line = assert_one_line_error(bad, 2, "not a valid private key", "HYPERAGENT_PRIVATE_KEY")
        assert malformed.lower() not in line.lower()

    missing = cli(*create, "--rpc-url", url, "--chain-id", "31337", env={"HYPERAGENT_PRIVATE_KEY": ""})
    assert_one_line_error(missing, 2, "no deployer key", "HYPERAGENT_PRIVATE_KEY")

    dev_key = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"  # anvil's account 0
    refused = cli(*create, "--rpc-url", url, "--chain-id", "31337", env={"HYPERAGENT_PRIVATE_KEY": dev_key})
    assert_one_line_error(refused, 2, "well-known development key")


def test_bad_audit_input_is_one_line(no_new_rows, tmp_path):
    missing = cli("audit", str(tmp_path / "Nope.sol"))
    assert_one_line_error(missing, 2, "does not exist", "Nope.sol")

    readme = tmp_path / "README.md"
    readme.write_text("# not Solidity\n")
    assert_one_line_error(cli("audit", str(readme)), 2, "not a Solidity file", "README.md")

    empty = tmp_path / "empty"
    empty.mkdir()
    assert_one_line_error(cli("audit", str(empty)), 2, "no .sol files")

    for name, source in (("Future.sol", UNSATISFIABLE), ("Never.sol", CONFLICTING)):
        path = tmp_path / name
        path.write_text(source)
        result = cli("audit", str(path), "--tools", "slither", "--json")
        line = assert_one_line_error(result, 2, name)
        assert "pragma" in line.lower() or "version" in line.lower(), line

    garbage = tmp_path / "Garbage.sol"
    garbage.write_bytes(b"\x00\x01 this is { not solidity")
    assert_one_line_error(cli("audit", str(garbage), "--tools", "slither"), 2, "Garbage.sol")

    assert_one_line_error(cli("audit", str(empty), "--tools", "slither,bogus"), 2, "unknown audit tool", "bogus")
    assert_one_line_error(cli("audit", str(empty), "--fail-on", "sometimes"), 2, "sometimes")
    assert_one_line_error(cli("audit", str(empty), "--on-tool-failure", "shrug"), 2, "on-tool-failure")


def _closed_port() -> int:
    from hyperagent.stack.ports import free_port

    return free_port()


def test_an_unusable_data_dir_is_an_environment_error(no_new_rows):
    result = cli("workflow", "list", env={"HYPERAGENT_HOME": "/proc/no-such-dir/hyperagent", "HYPERAGENT_DATABASE_URL": ""})
    assert_one_line_error(result, 3, "cannot use /proc/no-such-dir", "HYPERAGENT_HOME")
