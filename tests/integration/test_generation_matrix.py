"""Every family's template compiles with the real solc across its option space.

Coverage: the full product of the feasible option assignments for families with at most 32 of them;
for the larger ones (erc20: 2^9 x 3 access x 2 clocks x 3 proxies, erc721: 2^12 x 3 x 2 x 3, erc1155:
2^6 x 3 x 3, governor) a pairwise covering set: every value of every option and every feasible pair of
values of any two options (the meta's `constraints` rule some out, e.g. access none with minting)
appears in at least one variant. All variants of a family compile in ONE standard-JSON invocation (one
file per variant) to keep the solcjs start-up cost down; one variant per family also goes through
`compile_source`, and every upgradeable variant compiles with its proxy alongside.
"""

from __future__ import annotations

import itertools
import re

import pytest

from agents.compilation import CompilationService
from agents.compilation.compiler import compile_source, standard_input
from agents.generation import GenerationService
from agents.generation.composer import compose, families, feasible, load_meta, option_domains, option_matrix
from hyperagent.errors import GenerationError
from hyperagent.toolchain.solc import SolcRunner

BASE_PROMPTS = {
    "erc20": "ERC20 called Matrix Token, symbol MTX, 6 decimals, 1,000,000 supply, cap of 5 million",
    "erc721": "NFT collection called Matrix Pals with base URI ipfs://bafy/ , max supply 500, public mint for 0.02 ether, royalties 5%",
    "erc1155": "ERC1155 game items called Matrix Forge with URI https://example.com/{id}.json",
    "governor": "A DAO governor called Matrix Council with 10% quorum",
    "vesting": "A vesting wallet over 2 years with a 6 months cliff",
    "staking": "Staking contract for an ERC20 with 0.5 tokens per second rewards, 7 days lock",
    "escrow": "Escrow with a buyer, a seller and an arbiter, 14 days deadline",
    "multisig": "A 2-of-3 multisig wallet",
    "crowdsale": "Token sale at 500 tokens per ETH with a hard cap of 50 ETH for 14 days",
    "airdrop": "Merkle airdrop for an ERC20 token, claims open for 60 days",
    "storage": "Simple storage contract that keeps one number, only the owner can change it",
    "splitter": "Payment splitter between 0x1111111111111111111111111111111111111111 and 0x2222222222222222222222222222222222222222, 60% and 40%",
    "erc4626": "ERC-4626 vault called Matrix Vault, symbol mvTKN, over the asset 0x3333333333333333333333333333333333333333",
    "timelock": "Timelock controller called Matrix Delay with a 2 day minimum delay",
}
MAX_RUNTIME = 24576
MAX_INITCODE = 49152


def _variants(family: str):
    spec = GenerationService().parse_spec(BASE_PROMPTS[family], {"family": family})
    assert spec.family == family
    matrix = option_matrix(family, full_limit=32)
    drafts = [compose(spec, combo) for combo in matrix]
    return spec, matrix, drafts


def test_every_family_has_a_base_prompt() -> None:
    assert sorted(BASE_PROMPTS) == families()


def test_pairwise_sets_cover_every_feasible_pair() -> None:
    for family in families():
        domains = option_domains(family)
        matrix = option_matrix(family, full_limit=32)
        assert all(feasible(family, c) for c in matrix), family
        for a, b in itertools.combinations(domains, 2):
            for va in domains[a]:
                for vb in domains[b]:
                    possible = any(feasible(family, {**c, a: va, b: vb})
                                   for c in [*matrix, {k: d[0] for k, d in domains.items()},
                                             {k: d[-1] for k, d in domains.items()}])
                    if possible:
                        assert any(c[a] == va and c[b] == vb for c in matrix), (family, a, va, b, vb)


def test_infeasible_requests_are_refused_with_the_fix() -> None:
    spec = GenerationService().parse_spec(BASE_PROMPTS["erc20"], {"family": "erc20"})
    with pytest.raises(GenerationError, match="access none leaves nobody to mint"):
        compose(spec, {"mintable": True, "access": "none"})
    with pytest.raises(GenerationError, match="access none leaves nobody to .*upgrade"):
        compose(spec, {"upgradeable": "uups", "access": "none"})
    assert compose(spec, {"upgradeable": "transparent", "access": "none"}).proxy == "transparent"
    timestamp = compose(spec, {"clock": "timestamp"}).spec.options["template_options"]
    assert timestamp["votes"] and timestamp["permit"], "a timestamp clock is a votes clock"


@pytest.mark.parametrize("family", sorted(BASE_PROMPTS))
def test_family_option_matrix_compiles(family: str) -> None:
    spec, matrix, drafts = _variants(family)
    sources = {}
    for index, draft in enumerate(drafts):
        sources[f"v{index}/{draft.file_name}"] = draft.source
    standard = standard_input(sources)
    standard["settings"]["outputSelection"] = {"*": {"*": ["abi", "evm.bytecode.object", "evm.deployedBytecode.object"]}}
    runner = SolcRunner()
    standard = runner.expand_sources(standard)
    output = runner.compile_standard(standard, "0.8.28")
    errors = [e["formattedMessage"] for e in output.get("errors", []) if e["severity"] == "error"]
    assert not errors, "\n".join(errors[:5])
    for index, (combo, draft) in enumerate(zip(matrix, drafts)):
        assert draft.proxy == (combo.get("upgradeable") if combo.get("upgradeable") not in (None, "none") else None)
        contract = output["contracts"][f"v{index}/{draft.file_name}"][draft.contract_name]
        runtime = len(contract["evm"]["deployedBytecode"]["object"]) // 2
        initcode = len(contract["evm"]["bytecode"]["object"]) // 2
        assert 0 < runtime <= MAX_RUNTIME, (combo, runtime)
        assert initcode <= MAX_INITCODE, (combo, initcode)
        constructor = next((f for f in contract["abi"] if f["type"] == "constructor"), {"inputs": []})
        if draft.proxy:  # the implementation takes nothing; initialize(...) takes the arguments
            assert constructor["inputs"] == [], combo
            constructor = next(f for f in contract["abi"] if f.get("name") == "initialize")
        assert len(constructor["inputs"]) == len(draft.constructor_args), combo
        names = {f["name"] for f in contract["abi"] if f["type"] == "function"}
        _assert_public_api(family, combo, names)


def _assert_public_api(family: str, combo: dict, names: set[str]) -> None:
    """The functions meta.json promises for the options that are on are in the ABI."""
    public = load_meta(family)["public_functions"]
    for key, signatures in public.items():
        on = all(c == "always" or (not combo.get(c[1:]) if c.startswith("!") else
                                   combo.get(c.split("=")[0]) == c.split("=")[1] if "=" in c else bool(combo.get(c)))
                 for c in key.split("+"))
        if not on:
            continue
        for signature in signatures:
            name = re.match(r"\w+", signature).group(0)
            if "when" not in signature and not signature.startswith("receive") and "<" not in signature:
                assert name in names, (family, combo, name)


@pytest.mark.parametrize("family", sorted(BASE_PROMPTS))
def test_base_variant_through_compile_source(family: str) -> None:
    draft = GenerationService().generate(BASE_PROMPTS[family], {"family": family})
    compiled = compile_source(draft.source, draft.file_name, draft.contract_name)
    assert compiled.contract_name == draft.contract_name
    assert compiled.bytecode


@pytest.mark.parametrize("kind", ["uups", "transparent"])
def test_upgradeable_variant_compiles_with_its_proxy(kind: str) -> None:
    draft = GenerationService().generate(BASE_PROMPTS["erc20"], {"family": "erc20", "template_options": {
        "upgradeable": kind, "mintable": True}})
    assert draft.proxy == kind
    compiled = CompilationService().compile(draft)
    assert compiled.proxy is not None and compiled.proxy.kind == kind
    assert compiled.proxy.contract_name == {"uups": "ERC1967Proxy", "transparent": "TransparentUpgradeableProxy"}[kind]
    assert compiled.proxy.bytecode and compiled.proxy.deployed_bytecode
    assert all(i["inputs"] == [] for i in compiled.abi if i["type"] == "constructor")
    assert any(i.get("name") == "initialize" for i in compiled.abi)
