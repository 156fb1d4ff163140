"""On-chain behaviour checks for bench/generation.py: what a deployed contract *does*, not its names.

A prompt file's `"expect": {"behaviour": [...]}` lists checks; each is a name or {"check": name, ...}.
They run in order against the deployed contract on the bench's anvil, from anvil's first dev account
(the deployer: it holds the premint and every role the request did not give to someone else), and
may change the chain (the bench's anvil is thrown away). Each returns None when it holds, else a short
reason. Checks:

  paused_transfer_reverts   pause(); a transfer (or mint) reverts; unpause(); it works again
  mint_above_cap_reverts    minting one unit over cap() (or MAX_SUPPLY) reverts; up to it works
  royalty {percent, price?} royaltyInfo(id, price) pays `percent`% of price to the receiver
  soulbound_transfer_reverts  a held token cannot be transferred (ERC20, ERC721, ERC1155)
  transfer_works            a held token moves (the opposite, for plain tokens)
  only_owner_mints          a stranger's mint reverts, the deployer's succeeds
  permit                    a signed EIP-2612 permit sets the allowance
  votes_clock {mode}        CLOCK_MODE() is mode=timestamp or mode=blocknumber&from=default; votes follow delegation
  flash_mint                maxFlashLoan > 0 and flashFee == 0 (a borrower is not deployed here)
  supply_per_id             mint two ids: totalSupply(id) tracks each
  upgrade_keeps_state {kind}  the address is a proxy of `kind`; upgrading to a new implementation keeps state
  splitter_shares {shares}  1 ether received is releasable in the stated shares
  vault_roundtrip           with a mock asset at the vault's asset address: deposit, shares, redeem
  timelock_delay {seconds}  getMinDelay() == seconds; an operation is not executable before, is after
  governor_settings {...}   votingDelay/votingPeriod/proposalThreshold/quorumNumerator/timelock as stated
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

from eth_account import Account
from eth_account.messages import encode_typed_data
from web3 import Web3

IMPLEMENTATION_SLOT = 0x360894A13BA1A3210667C828492DB98DCA3E2076CC3735A920A3CA505D382BBC
ADMIN_SLOT = 0xB53127684A568B3173AE13B9F8A6016E243E63B6E8EE1178D6A717850B5D6103
ANVIL_KEY0 = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"
STRANGER = Web3.to_checksum_address("0x000000000000000000000000000000000000beef")
OTHER = Web3.to_checksum_address("0x000000000000000000000000000000000000c0de")


class Chain:
    """The deployed contract and helpers to call it as the deployer or as anyone."""

    def __init__(self, w3: Web3, address: str, abi: list[dict], deployer: str, compiled: Any = None,
                 actors: list[str] = ()) -> None:
        self.w3, self.address, self.abi, self.deployer, self.compiled = w3, address, abi, deployer, compiled
        self.contract = w3.eth.contract(address=address, abi=abi)
        self.names = {f["name"] for f in abi if f.get("type") == "function"}
        self.actors = [Web3.to_checksum_address(a) for a in actors]
        """The addresses the request gave roles to (admin, minter, pauser, proposer, owner ...)."""

    def send_as_entitled(self, name: str, *args: Any, value: int = 0) -> str:
        """Send as whoever may: the deployer, the owner, then each address the request named (a minter, a pauser, a
        proposer given by address); returns the sender. The checks test behaviour, and who holds the role is the
        request's choice."""
        sender = self.entitled(name, *args, value=value)
        if sender is None:
            raise AssertionError(f"{name} reverted for the deployer, the owner and every address of the request")
        self.send(name, *args, sender=sender, value=value)
        return sender

    def entitled(self, name: str, *args: Any, value: int = 0) -> str | None:
        """The first of the deployer, the owner and the request's addresses for whom the call does not revert."""
        candidates = [self.deployer] + ([self.call("owner")] if "owner" in self.names else []) + self.actors
        return next((s for s in dict.fromkeys(candidates) if not self.reverts(name, *args, sender=s, value=value)), None)

    def fn(self, name: str, *args: Any) -> Any:
        functions = [f for f in self.abi if f.get("type") == "function" and f.get("name") == name
                     and len(f.get("inputs", [])) == len(args)]
        if not functions:
            raise AssertionError(f"no {name} taking {len(args)} argument(s)")
        signature = f"{name}({','.join(i['type'] for i in functions[0]['inputs'])})"
        return self.contract.get_function_by_signature(signature)(*args)

    def call(self, name: str, *args: Any) -> Any:
        return self.fn(name, *args).call()

    def send(self, name: str, *args: Any, sender: str | None = None, value: int = 0) -> Any:
        sender = sender or self.deployer
        if sender != self.deployer:
            self.w3.provider.make_request("anvil_impersonateAccount", [sender])
            self.w3.provider.make_request("anvil_setBalance", [sender, hex(10**20)])
        tx = self.fn(name, *args).transact({"from": sender, "value": value, "gas": 3_000_000})
        receipt = self.w3.eth.wait_for_transaction_receipt(tx, timeout=30)
        if receipt.status != 1:
            raise AssertionError(f"{name} reverted")
        return receipt

    def reverts(self, name: str, *args: Any, sender: str | None = None, value: int = 0) -> bool:
        sender = sender or self.deployer
        try:
            self.fn(name, *args).call({"from": sender, "value": value})
        except Exception:  # noqa: BLE001 - any revert (custom error, panic, require) counts
            return True
        return False

    def slot_address(self, slot: int) -> str:
        return Web3.to_checksum_address(bytes(self.w3.eth.get_storage_at(self.address, slot))[-20:])

    def mine_time(self, seconds: int) -> None:
        self.w3.provider.make_request("evm_increaseTime", [seconds])
        self.w3.provider.make_request("evm_mine", [])


def _family_kind(c: Chain) -> str:
    if "ownerOf" in c.names:
        return "erc721"
    if "balanceOfBatch" in c.names:
        return "erc1155"
    return "erc20"


def _hold_one(c: Chain) -> tuple[str, Any]:
    """Make sure the deployer holds something to move; returns (kind, token id or amount)."""
    kind = _family_kind(c)
    if kind == "erc20":
        if c.call("balanceOf", c.deployer) == 0:
            holder = next((a for a in c.actors if c.call("balanceOf", a) > 0), None)
            if holder is not None:  # the supply went to an address of the request: take a unit from it
                c.send("transfer", c.deployer, 1, sender=holder)
            else:
                c.send_as_entitled("mint", c.deployer, 10**18)
        return kind, 1
    if kind == "erc721":
        before = c.call("balanceOf", c.deployer)
        minted = _mint_nft(c, c.deployer)
        assert c.call("balanceOf", c.deployer) == before + 1, "the mint gave the deployer no token"
        return kind, minted
    c.send_as_entitled("mint", c.deployer, 1, 10, b"")
    return kind, 1


_NEXT_ID = itertools.count(4242)


def _mint_nft(c: Chain, to: str) -> int:
    """Mint one NFT to `to` the way the contract allows (raises AssertionError if it reverts); returns its id."""
    mints = [f for f in c.abi if f.get("type") == "function" and f.get("name") == "safeMint"]
    if mints:
        inputs = mints[0]["inputs"]
        args = [to] + [next(_NEXT_ID) if i["type"] == "uint256" else "ipfs://bench" for i in inputs[1:]]
        receipt = c.send(
            "safeMint", *args, sender=c.entitled("safeMint", *args) or c.deployer)  # the owner the request named, if not us
    else:
        receipt = c.send("mint", value=c.call("MINT_PRICE"))
    transfers = [log for log in receipt.logs if len(log.topics) == 4]
    return int.from_bytes(bytes(transfers[-1].topics[3]), "big")


def _transfer_reverts(c: Chain, kind: str, what: Any) -> bool:
    if kind == "erc20":
        return c.reverts("transfer", OTHER, what)
    if kind == "erc721":
        return c.reverts("transferFrom", c.deployer, OTHER, what)
    return c.reverts("safeTransferFrom", c.deployer, OTHER, what, 1, b"")


def _transfer(c: Chain, kind: str, what: Any) -> None:
    if kind == "erc20":
        c.send("transfer", OTHER, what)
    elif kind == "erc721":
        c.send("transferFrom", c.deployer, OTHER, what)
    else:
        c.send("safeTransferFrom", c.deployer, OTHER, what, 1, b"")


def paused_transfer_reverts(c: Chain, spec: dict) -> str | None:
    kind, what = _hold_one(c)
    c.send_as_entitled("pause")
    if not c.call("paused"):
        return "pause() did not pause"
    if not _transfer_reverts(c, kind, what):
        return "a transfer succeeded while paused"
    c.send_as_entitled("unpause")
    if spec.get("soulbound"):
        return None
    _transfer(c, kind, what)
    return None


def mint_above_cap_reverts(c: Chain, spec: dict) -> str | None:
    if "cap" in c.names:
        room = c.call("cap") - c.call("totalSupply")
        minter = (c.entitled("mint", c.deployer, room) if room else None) or c.deployer
        if not c.reverts("mint", c.deployer, room + 1, sender=minter):
            return "minting over the cap succeeded"
        if room:
            c.send("mint", c.deployer, room, sender=minter)
        if c.call("totalSupply") != c.call("cap"):
            return "could not mint up to the cap"
        return None
    if "MAX_SUPPLY" in c.names:
        limit = c.call("MAX_SUPPLY")
        if "max_supply" in spec and limit != int(spec["max_supply"]):
            return f"MAX_SUPPLY is {limit}, expected {spec['max_supply']}"
        if limit > 60:
            return None  # too many mints for the bench: the value is checked, the forge tests check the limit
        for _ in range(limit + 1):
            try:
                _mint_nft(c, c.deployer)
            except AssertionError:
                return None
        return "minted past MAX_SUPPLY"
    return "no cap() and no MAX_SUPPLY()"


def royalty(c: Chain, spec: dict) -> str | None:
    price = int(spec.get("price", 10**18))
    receiver, amount = c.call("royaltyInfo", 0, price)
    expected = price * int(round(float(spec["percent"]) * 100)) // 10_000
    if amount != expected:
        return f"royaltyInfo pays {amount}, expected {expected} ({spec['percent']}%)"
    if spec.get("receiver") and receiver.lower() != spec["receiver"].lower():
        return f"royalties go to {receiver}"
    return None


def soulbound_transfer_reverts(c: Chain, spec: dict) -> str | None:
    kind, what = _hold_one(c)
    return None if _transfer_reverts(c, kind, what) else "a soulbound token moved"


def transfer_works(c: Chain, spec: dict) -> str | None:
    kind, what = _hold_one(c)
    _transfer(c, kind, what)
    return None


def only_owner_mints(c: Chain, spec: dict) -> str | None:
    kind = _family_kind(c)
    if kind == "erc20":
        if not c.reverts("mint", STRANGER, 1, sender=STRANGER):
            return "a stranger minted"
        before = c.call("balanceOf", OTHER)
        minter = c.send_as_entitled("mint", OTHER, 5)
        return None if c.call("balanceOf", OTHER) - before == 5 else f"{minter}'s mint did not credit"
    if kind == "erc1155":
        if not c.reverts("mint", STRANGER, 1, 1, b"", sender=STRANGER):
            return "a stranger minted"
        c.send_as_entitled("mint", OTHER, 1, 5, b"")
        return None
    if "safeMint" in c.names:
        inputs = next(f for f in c.abi if f.get("name") == "safeMint")["inputs"]
        args = [STRANGER] + [7 if i["type"] == "uint256" else "x" for i in inputs[1:]]
        if not c.reverts("safeMint", *args, sender=STRANGER):
            return "a stranger minted"
    _mint_nft(c, OTHER)
    return None


def permit(c: Chain, spec: dict) -> str | None:
    owner = Account.from_key(ANVIL_KEY0)
    if owner.address != c.deployer:
        return "the deployer is not anvil's first account"
    nonce = c.call("nonces", owner.address)
    deadline = c.w3.eth.get_block("latest")["timestamp"] + 3600
    data = {
        "types": {"EIP712Domain": [{"name": "name", "type": "string"}, {"name": "version", "type": "string"},
                                   {"name": "chainId", "type": "uint256"}, {"name": "verifyingContract", "type": "address"}],
                  "Permit": [{"name": "owner", "type": "address"}, {"name": "spender", "type": "address"},
                             {"name": "value", "type": "uint256"}, {"name": "nonce", "type": "uint256"},
                             {"name": "deadline", "type": "uint256"}]},
        "primaryType": "Permit",
        "domain": {"name": c.call("name"), "version": "1", "chainId": c.w3.eth.chain_id, "verifyingContract": c.address},
        "message": {"owner": owner.address, "spender": OTHER, "value": 123, "nonce": nonce, "deadline": deadline},
    }
    signed = owner.sign_message(encode_typed_data(full_message=data))
    c.send("permit", owner.address, OTHER, 123, deadline, signed.v, signed.r.to_bytes(32, "big"),
           signed.s.to_bytes(32, "big"), sender=STRANGER)
    return None if c.call("allowance", owner.address, OTHER) == 123 else "the permit set no allowance"


def votes_clock(c: Chain, spec: dict) -> str | None:
    mode = c.call("CLOCK_MODE")
    wanted = "mode=timestamp" if spec.get("mode", "timestamp") == "timestamp" else "mode=blocknumber&from=default"
    if mode != wanted:
        return f"CLOCK_MODE() is {mode!r}, expected {wanted!r}"
    now = c.w3.eth.get_block("latest")
    if c.call("clock") != (now["timestamp"] if "timestamp" in wanted else now["number"]):
        return "clock() does not follow the stated clock"
    kind, _ = _hold_one(c)
    c.send("delegate", c.deployer)
    return None if c.call("getVotes", c.deployer) > 0 else "delegation gave no votes"


def flash_mint(c: Chain, spec: dict) -> str | None:
    if c.call("maxFlashLoan", c.address) == 0:
        return "nothing can be flash-minted"
    return None if c.call("flashFee", c.address, 10**18) == 0 else "a flash fee is charged"


def supply_per_id(c: Chain, spec: dict) -> str | None:
    if not any(f.get("name") == "totalSupply" and len(f.get("inputs", [])) == 1 for f in c.abi):
        return "no totalSupply(id): supply per id is not tracked"
    c.send_as_entitled("mint", c.deployer, 11, 5, b"")
    c.send_as_entitled("mint", c.deployer, 12, 7, b"")
    if (c.call("totalSupply", 11), c.call("totalSupply", 12)) != (5, 7):
        return "totalSupply(id) does not track each id"
    return None if c.call("exists", 11) and not c.call("exists", 99) else "exists(id) is wrong"


def upgrade_keeps_state(c: Chain, spec: dict) -> str | None:
    implementation = c.slot_address(IMPLEMENTATION_SLOT)
    if int(implementation, 16) == 0:
        return "not a proxy: the ERC-1967 implementation slot is empty"
    kind = spec.get("kind")
    admin = c.slot_address(ADMIN_SLOT)
    if kind == "transparent" and int(admin, 16) == 0:
        return "not a transparent proxy: no admin"
    if kind == "uups" and int(admin, 16) != 0:
        return "a transparent proxy, expected UUPS"
    before = {name: c.call(name) for name in ("name", "symbol", "totalSupply") if name in c.names}
    if "balanceOf" in c.names and _family_kind(c) == "erc20":
        before["balance"] = c.call("balanceOf", c.deployer)
    code = c.compiled.bytecode
    tx = c.w3.eth.send_transaction({"from": c.deployer, "data": "0x" + code.removeprefix("0x"), "gas": 10_000_000})
    fresh = c.w3.eth.wait_for_transaction_receipt(tx).contractAddress
    if kind == "transparent":
        proxy_admin = c.w3.eth.contract(address=admin, abi=[{
            "type": "function", "name": "upgradeAndCall", "stateMutability": "payable", "outputs": [],
            "inputs": [{"name": "proxy", "type": "address"}, {"name": "implementation", "type": "address"},
                       {"name": "data", "type": "bytes"}]}, {
            "type": "function", "name": "owner", "stateMutability": "view", "inputs": [],
            "outputs": [{"name": "", "type": "address"}]}])
        holder = proxy_admin.functions.owner().call()  # the ProxyAdmin's owner: the deployer or the admin named
        if holder != c.deployer:
            c.w3.provider.make_request("anvil_impersonateAccount", [holder])
            c.w3.provider.make_request("anvil_setBalance", [holder, hex(10**20)])
        tx = proxy_admin.functions.upgradeAndCall(c.address, fresh, b"").transact({"from": holder, "gas": 1_000_000})
        if c.w3.eth.wait_for_transaction_receipt(tx).status != 1:
            return "the owner's upgrade reverted"
    else:
        try:
            c.send_as_entitled("upgradeToAndCall", fresh, b"")
        except AssertionError:
            return "the owner's upgrade reverted"
    if c.slot_address(IMPLEMENTATION_SLOT) != fresh:
        return "the implementation did not change"
    after = {name: c.call(name) for name in ("name", "symbol", "totalSupply") if name in c.names}
    if "balance" in before:
        after["balance"] = c.call("balanceOf", c.deployer)
    return None if after == before else f"state changed across the upgrade: {before} -> {after}"


def splitter_shares(c: Chain, spec: dict) -> str | None:
    c.w3.eth.wait_for_transaction_receipt(c.w3.eth.send_transaction({"from": c.deployer, "to": c.address,
                                                                      "value": 10**18}))
    shares = [int(s) for s in spec["shares"]]
    total = sum(shares)
    for index, share in enumerate(shares):
        got = c.call("releasable", c.call("payee", index))
        if got != 10**18 * share // total:
            return f"payee {index} may release {got}, expected {10**18 * share // total}"
    return None


def vault_roundtrip(c: Chain, spec: dict) -> str | None:
    from agents.compilation.compiler import compile_source

    asset = c.call("asset")
    if not c.w3.eth.get_code(asset):
        mock = compile_source(MOCK_ASSET, "BenchAsset.sol", "BenchAsset")
        c.w3.provider.make_request("anvil_setCode", [asset, "0x" + mock.deployed_bytecode.removeprefix("0x")])
    token = c.w3.eth.contract(address=asset, abi=[
        {"type": "function", "name": n, "stateMutability": "nonpayable", "outputs": [],
         "inputs": [{"name": "a", "type": "address"}, {"name": "v", "type": "uint256"}]} for n in ("mint", "approve")] + [
        {"type": "function", "name": "balanceOf", "stateMutability": "view", "outputs": [{"name": "", "type": "uint256"}],
         "inputs": [{"name": "a", "type": "address"}]}])
    for tx in (token.functions.mint(c.deployer, 10**21).transact({"from": c.deployer}),
               token.functions.approve(c.address, 10**21).transact({"from": c.deployer})):
        c.w3.eth.wait_for_transaction_receipt(tx)
    amount = 100 * 10**18
    shares = c.call("previewDeposit", amount)
    c.send("deposit", amount, c.deployer)
    if c.call("balanceOf", c.deployer) != shares or c.call("totalAssets") != amount:
        return "deposit did not mint the previewed shares"
    c.send("redeem", shares, c.deployer, c.deployer)
    back = token.functions.balanceOf(c.deployer).call()
    return None if back <= 10**21 and back >= 10**21 - 2 else "redeem did not return the deposit"


def timelock_delay(c: Chain, spec: dict) -> str | None:
    delay = c.call("getMinDelay")
    if "seconds" in spec and delay != int(spec["seconds"]):
        return f"getMinDelay() is {delay}, expected {spec['seconds']}"
    target, data, salt = c.address, b"", b"\x01" * 32
    proposer = c.send_as_entitled("schedule", target, 0, data, b"\x00" * 32, salt, delay)
    if delay and not all(c.reverts("execute", target, 0, data, b"\x00" * 32, salt, sender=s)
                         for s in dict.fromkeys([c.deployer, proposer, *c.actors])):
        return "an operation could run before its delay"
    c.mine_time(delay + 1)
    c.send_as_entitled("execute", target, 0, data, b"\x00" * 32, salt)
    return None


def governor_settings(c: Chain, spec: dict) -> str | None:
    for key, fn in (("voting_delay", "votingDelay"), ("voting_period", "votingPeriod"),
                    ("proposal_threshold", "proposalThreshold"), ("quorum_percent", "quorumNumerator")):
        if key in spec and int(c.call(fn)) != int(spec[key]):
            return f"{fn}() is {c.call(fn)}, expected {spec[key]}"
    if "timelock" in spec and ("timelock" in c.names) != bool(spec["timelock"]):
        return "timelock presence differs"
    return None


MOCK_ASSET = """// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;
import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
contract BenchAsset is ERC20 {
    constructor() ERC20("Bench Asset", "BA") {}
    function mint(address to, uint256 amount) external { _mint(to, amount); }
}
"""

CHECKS: dict[str, Callable[[Chain, dict], str | None]] = {
    f.__name__: f for f in (paused_transfer_reverts, mint_above_cap_reverts, royalty, soulbound_transfer_reverts,
                            transfer_works, only_owner_mints, permit, votes_clock, flash_mint, supply_per_id,
                            upgrade_keeps_state, splitter_shares, vault_roundtrip, timelock_delay, governor_settings)
}


def run_checks(chain: Chain, behaviour: list[Any]) -> list[str]:
    """Failed behaviour checks as short sentences, in the order given."""
    failures = []
    for item in behaviour:
        spec = {"check": item} if isinstance(item, str) else dict(item)
        name = spec["check"]
        check = CHECKS.get(name)
        if check is None:
            failures.append(f"unknown behaviour check {name!r}")
            continue
        try:
            problem = check(chain, spec)
        except Exception as exc:  # noqa: BLE001 - a check that cannot run is a failed check, not a crash
            problem = f"could not run ({type(exc).__name__}: {str(exc)[:80]})"
        if problem:
            failures.append(f"{name}: {problem}")
    return failures

MOCK_VOTES = """// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;
import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";
import {ERC20Votes} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Votes.sol";
import {Nonces} from "@openzeppelin/contracts/utils/Nonces.sol";
import {Time} from "@openzeppelin/contracts/utils/types/Time.sol";
contract BenchVotesBlock is ERC20, ERC20Permit, ERC20Votes {
    constructor() ERC20("Bench Votes", "BV") ERC20Permit("Bench Votes") {}
    function _update(address f, address t, uint256 v) internal override(ERC20, ERC20Votes) { super._update(f, t, v); }
    function nonces(address o) public view override(ERC20Permit, Nonces) returns (uint256) { return super.nonces(o); }
}
contract BenchVotesTime is BenchVotesBlock {
    function clock() public view override returns (uint48) { return Time.timestamp(); }
    function CLOCK_MODE() public pure override returns (string memory) { return "mode=timestamp"; }
}
"""
"""Stand-in voting tokens (block-number and timestamp clocks): a request for a governor over a token "already
deployed at 0x.." names an address the bench's fresh chain has no code at."""


def stand_in_votes_token(w3: Web3, address: str, clock: str) -> None:
    """Put a voting token's code at `address` when the chain has none there (anvil_setCode), as a user's chain would
    hold their token: the governor's constructor reads the token's clock."""
    from agents.compilation.compiler import compile_source

    if w3.eth.get_code(address):
        return
    name = "BenchVotesTime" if clock == "timestamp" else "BenchVotesBlock"
    mock = compile_source(MOCK_VOTES, "BenchVotes.sol", name)
    w3.provider.make_request("anvil_setCode", [address, "0x" + mock.deployed_bytecode.removeprefix("0x")])

