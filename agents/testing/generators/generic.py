"""Contracts of unknown family (the LLM engine): what can be checked from the ABI alone.

It deploys with the draft's constructor arguments, every zero-argument view answers, ERC165 claims
hold (the ERC165 id itself yes, 0xffffffff no, and the ids of the standards whose functions the ABI
has), and ownership and pause behave when present. The invariant suite lets strangers call anything
and checks they never gain the owner's seat or flip the pause.
"""

from __future__ import annotations

from agents.testing.generators.base import (contract, function, ownership_tests, pause_tests, role_tests,
                                            sol_file, views_test)
from agents.testing.subject import Subject

C = "target"

# interface id -> the functions whose presence in the ABI means the contract should claim it
INTERFACE_IDS: dict[str, tuple[str, ...]] = {
    "0x80ac58cd": ("ownerOf(uint256)", "safeTransferFrom(address,address,uint256)", "setApprovalForAll(address,bool)"),
    "0x5b5e139f": ("tokenURI(uint256)", "ownerOf(uint256)"),
    "0x780e9d63": ("tokenByIndex(uint256)", "tokenOfOwnerByIndex(address,uint256)"),
    "0xd9b67a26": ("balanceOfBatch(address[],uint256[])", "safeBatchTransferFrom(address,address,uint256[],uint256[],bytes)"),
    "0x0e89341c": ("uri(uint256)", "balanceOfBatch(address[],uint256[])"),
    "0x2a55205a": ("royaltyInfo(uint256,uint256)",),
    "0x7965db0b": ("hasRole(bytes32,address)", "grantRole(bytes32,address)", "getRoleAdmin(bytes32)"),
}


def erc165_tests(s: Subject, var: str) -> list[str]:
    if not s.has("supportsInterface(bytes4)"):
        return []
    lines = [f'vm.assertTrue({var}.supportsInterface(0x01ffc9a7), "claims ERC165");',
             f'vm.assertFalse({var}.supportsInterface(0xffffffff), "0xffffffff is never supported");']
    lines += [f'vm.assertTrue({var}.supportsInterface({iid}), "claims {iid}");'
              for iid, needs in INTERFACE_IDS.items() if s.has(*needs)]
    return [function("test_SupportsInterface() public view", lines)]


def unit_tests(s: Subject) -> str:
    members = [f"{s.name} internal {C};", function("setUp() public", s.deploy_lines(C, value="1 ether")),
               function("test_Deploys() public view", [f'vm.assertGt(address({C}).code.length, 0, "deployed");'])]
    views = views_test(s, C)
    tests = ([views] if views else []) + erc165_tests(s, C) + ownership_tests(s, C) + role_tests(s, C)
    tests += pause_tests(s, C)
    return sol_file(s, [contract(f"{s.name}Test", members + tests)])


def invariant_tests(s: Subject) -> str | None:
    pausable = s.has("paused()")
    if not (s.ownable() or pausable):
        return None
    invariants = [
        function("targetContracts() public view returns (address[] memory targets)", [
            "targets = new address[](1);", f"targets[0] = address({C});"]),
        function("targetSenders() public pure returns (address[] memory senders)", [
            "senders = new address[](2);", "senders[0] = STRANGER;", "senders[1] = ALICE;"]),
    ]
    if s.ownable():
        invariants.append(function("invariant_StrangersCannotTakeOwnership() public view", [
            f'vm.assertEq({C}.owner(), OWNER, "owner unchanged");']))
    if pausable:
        invariants.append(function("invariant_StrangersCannotPause() public view", [
            f'vm.assertFalse({C}.paused(), "not paused by a stranger");']))
    suite = contract(f"{s.name}AccessInvariants", [
        f"{s.name} internal {C};", function("setUp() public", s.deploy_lines(C, value="1 ether")), *invariants])
    return sol_file(s, [suite])
