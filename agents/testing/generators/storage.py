"""Storage: one value (or a bytes32-keyed registry) that anyone reads and the owner (or anyone) writes."""

from __future__ import annotations

from agents.testing.generators.base import contract, expect_revert_as, function, ownership_tests, sol_file, views_test
from agents.testing.subject import Subject

S = "store"
SAMPLES = {"uint256": ("42", "7"), "string": ('"hello"', '"world"'), "address": ("ALICE", "BOB"), "bool": ("true", "false")}


def value_type(s: Subject) -> tuple[str, bool]:
    """(value type, registry?) from the ABI's set function."""
    for sig, item in s.functions.items():
        if item["name"] == "set":
            types = [p["type"] for p in item["inputs"]]
            return types[-1], len(types) == 2
    return "uint256", False


def _assert(typ: str, left: str, right: str, what: str) -> str:
    return f'vm.assertEq({left}, {right}, "{what}");'


def owner_only(s: Subject) -> bool:
    return bool(s.option("owner_only", True))


def unit_tests(s: Subject) -> str:
    typ, registry = value_type(s)
    a, b = SAMPLES.get(typ, SAMPLES["uint256"])
    writer = "OWNER" if owner_only(s) else "ALICE"
    members = [f"{s.name} internal {S};", function("setUp() public", s.deploy_lines(S))]
    tests: list[str] = []
    loc = " memory" if typ == "string" else ""
    if registry:
        key = 'bytes32("k1")'
        tests += [
            function("test_SetAndGet() public", [
                f"vm.prank({writer});", f"{S}.set({key}, {a});", _assert(typ, f"{S}.get({key})", a, "stored"),
                f'vm.assertTrue({S}.exists({key}), "exists");', f'vm.assertEq({S}.keyCount(), 1, "one key");',
                f'vm.assertEq({S}.keyAt(0), {key}, "key listed");',
                f"vm.prank({writer});", f"{S}.set({key}, {b});", _assert(typ, f"{S}.get({key})", b, "overwritten"),
                f'vm.assertEq({S}.keyCount(), 1, "still one key");']),
            function("test_Remove() public", [
                f"vm.prank({writer});", f"{S}.set({key}, {a});", f"vm.prank({writer});", f"{S}.remove({key});",
                f'vm.assertFalse({S}.exists({key}), "removed");', "vm.expectRevert();", f"{S}.get({key});"]),
            function("test_RevertWhen_GetUnknownKey() public", ["vm.expectRevert();", f'{S}.get(bytes32("nope"));']),
            function("test_RevertWhen_RemoveUnknownKey() public", expect_revert_as(writer, f'{S}.remove(bytes32("nope"))')),
            function(f"testFuzz_SetAndGet(bytes32 key, {typ}{loc} value) public", [
                f"vm.prank({writer});", f"{S}.set(key, value);", _assert(typ, f"{S}.get(key)", "value", "stored")]),
        ]
        if owner_only(s):
            tests += [function("test_RevertWhen_SetNotOwner() public", expect_revert_as("STRANGER", f"{S}.set({key}, {a})")),
                      function("test_RevertWhen_RemoveNotOwner() public", [
                          f"vm.prank(OWNER);", f"{S}.set({key}, {a});", *expect_revert_as("STRANGER", f"{S}.remove({key})")])]
    else:
        tests += [
            function("test_SetAndGet() public", [
                f"vm.prank({writer});", f"{S}.set({a});", _assert(typ, f"{S}.get()", a, "stored"),
                f"vm.prank({writer});", f"{S}.set({b});", _assert(typ, f"{S}.get()", b, "overwritten")]),
            function(f"testFuzz_SetAndGet({typ}{loc} value) public", [
                f"vm.prank({writer});", f"{S}.set(value);", _assert(typ, f"{S}.get()", "value", "stored")]),
        ]
        if owner_only(s):
            tests.append(function("test_RevertWhen_SetNotOwner() public", expect_revert_as("STRANGER", f"{S}.set({a})")))
        else:
            tests.append(function("test_AnyoneCanSet() public", [
                "vm.prank(STRANGER);", f"{S}.set({b});", _assert(typ, f"{S}.get()", b, "stranger wrote")]))
    tests += ownership_tests(s, S)
    views = views_test(s, S)
    if views:
        tests.append(views)
    return sol_file(s, [contract(f"{s.name}Test", members + tests)])


def invariant_tests(s: Subject) -> str | None:
    """get() is always the last value the owner set; strangers never change it (owner-only)."""
    typ, registry = value_type(s)
    if typ != "uint256" and typ != "bool" and typ != "address":
        typ_ok = False
    else:
        typ_ok = True
    conv = {"uint256": "seed", "bool": "seed % 2 == 1", "address": "address(uint160(seed))"}.get(typ, "")
    key = 'bytes32(uint256(keySeed % 4))'
    writer = "OWNER" if owner_only(s) else "actor(seed)"
    if not typ_ok:
        return None
    if registry:
        actions = [
            function("set(uint256 keySeed, uint256 seed) external", [
                f"{typ} value = {conv};", f"vm.prank({writer});", f"{S}.set({key}, value);",
                f"last[keySeed % 4] = value;", "written[keySeed % 4] = true;"]),
            function("remove(uint256 keySeed) external", [
                f"if (!written[keySeed % 4]) return;", f"vm.prank({'OWNER' if owner_only(s) else 'ALICE'});",
                f"{S}.remove({key});", "written[keySeed % 4] = false;", f"delete last[keySeed % 4];"]),
        ]
        check = ["for (uint256 k = 0; k < 4; k++) {",
                 "    if (!handler.written(k)) continue;",
                 f'    vm.assertEq({S}.get(bytes32(k)), handler.last(k), "last value set");', "}"]
        state = [f"mapping(uint256 => {typ}) public last;", "mapping(uint256 => bool) public written;"]
    else:
        actions = [function("set(uint256 seed) external", [
            f"{typ} value = {conv};", f"vm.prank({writer});", f"{S}.set(value);", "last = value;"])]
        check = [f'vm.assertEq({S}.get(), handler.last(), "last value set");']
        state = [f"{typ} public last;"]
    if owner_only(s):
        actions.append(function("strangerWrites(uint256 seed) external", [
            f"{typ} value = {conv};", "vm.prank(STRANGER);",
            f"try {S}.set({'bytes32(0), ' if registry else ''}value) {{ strangerWrote = true; }} catch {{}}"]))
        state.append("bool public strangerWrote;")
    handler = contract(f"{s.name}Handler", [f"{s.name} internal {S};", *state,
                                            function(f"constructor({s.name} {S}_)", [f"{S} = {S}_;"]), *actions])
    invariants = [
        function("targetContracts() public view returns (address[] memory targets)", [
            "targets = new address[](1);", "targets[0] = address(handler);"]),
        function("invariant_GetReturnsLastSet() public view", check),
    ]
    if owner_only(s):
        invariants.append(function("invariant_OnlyOwnerWrites() public view", [
            'vm.assertFalse(handler.strangerWrote(), "a stranger wrote");']))
    suite = contract(f"{s.name}Invariants", [
        f"{s.name} internal {S};", f"{s.name}Handler internal handler;",
        function("setUp() public", [*s.deploy_lines(S), f"handler = new {s.name}Handler({S});"]), *invariants])
    return sol_file(s, [handler, suite])
