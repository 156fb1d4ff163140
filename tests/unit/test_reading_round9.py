"""Round 9 reading rules (issue 12): features asked for by their standard's number, names that run on through
elided articles and particles, negated minting phrasings, no tokens at creation, supply arithmetic, and
numbers that count other things (context, never the supply). Inputs written for these tests, not taken from
the bench sets."""

from __future__ import annotations

import pytest

from agents.generation.spec_parser import parse


def _ambiguous(spec) -> list[str]:
    return [r.key for r in spec.requirements if r.status.value == "ambiguous"]


@pytest.mark.parametrize("prompt, features", [
    ("ERC20 'Larch Vale' (LRCV), 900k supply, implementing EIP-2612", {"permit"}),
    ("ERC20 named Fen Light, symbol FNLT, 5000 supply, with erc3156 and ERC 5805", {"flashmint", "votes"}),
    ("ERC20 named Kelp Row, symbol KLPR, 100 supply, ERC20Votes please", {"votes"}),
    ("NFT collection named Slate Owls (SLOW) following ERC-2981 at 4%", {"royalties"}),
    ("NFT badges named Moss Guild (MSGD), minimal soulbound per EIP 5192", {"soulbound"}),
])
def test_features_named_by_their_standard_number(prompt: str, features: set[str]) -> None:
    assert features <= set(parse(prompt).features)


@pytest.mark.parametrize("prompt, name", [
    ("Vorrei un token chiamato Cantina dell'Etna, sigla CDET, 1000 pezzi", "Cantina dell'Etna"),
    ("Je veux un jeton nommé Rives d'Argent, symbole RVDA, 5000 jetons", "Rives d'Argent"),
    ("ERC20 named Huis van der Berg, symbol HVDB, 700 supply", "Huis van der Berg"),
    ("Un jeton nommé Moulin de la Roche, symbole MDLR, 300 jetons", "Moulin de la Roche"),
    ("Ein Token namens Burg von Falkenstein, Kürzel BVFK, 800 Stück", "Burg von Falkenstein"),
])
def test_a_name_runs_on_through_elided_articles_and_particles(prompt: str, name: str) -> None:
    assert parse(prompt).name == name


@pytest.mark.parametrize("prompt", [
    "Jeton ERC20 nommé Pic Blanc, symbole PCBL, 1000 jetons, pas de création de nouveaux jetons après le lancement",
    "ERC20-Token namens Kiesel, Kürzel KSL, 1000 Stück; eine Nachprägung ist ausgeschlossen",
    "ERC20 named Flint Row, symbol FLRW, 1000 supply; minting after launch is ruled out",
    "Token ERC20 chiamato Selce, simbolo SLC, 1000 pezzi; la coniazione è vietata",
    "Token ERC20 llamado Pedernal, símbolo PDN, 1000 unidades; la creación de tokens después del lanzamiento está prohibida",
])
def test_negated_minting_phrasings(prompt: str) -> None:
    spec = parse(prompt)
    assert "mintable" in spec.disabled and "mintable" not in spec.features


@pytest.mark.parametrize("prompt", [
    "Token ERC20 'Presença' (PRSC), nenhum token na criação; o dono emite conforme necessário",
    "Jeton ERC20 'Présence' (PRSN), aucun jeton au déploiement ; le propriétaire émet au besoin",
    "ERC20 'Roll Call' (RLCL), zero tokens at deployment; the owner issues them as needed",
])
def test_no_tokens_at_creation_is_a_zero_supply_and_the_owner_issuing_is_minting(prompt: str) -> None:
    spec = parse(prompt)
    assert spec.initial_supply == "0" and "mintable" in spec.features


@pytest.mark.parametrize("prompt, supply", [
    ("ERC20 named Crate Club, symbol CRTC, 0 decimals, supply: 8 crates x 24 bottles x 10 tokens", "1920"),
    ("ERC20 named Hive Pass, symbol HVPS, total supply = 30 hives × 40 frames", "1200"),
    ("ERC20 named Seed Note, symbol SDNT: one token per $0.50 raised; we raised $90,000, mint that many", "180000"),
    ("ERC20 named Orchard Bond, symbol ORBD, we raised €60,000 at €2 a token, that is the supply", "30000"),
])
def test_a_supply_given_as_arithmetic_is_worked_out(prompt: str, supply: str) -> None:
    spec = parse(prompt)
    assert spec.initial_supply == supply and "supply" not in _ambiguous(spec)


@pytest.mark.parametrize("prompt", [
    "ERC20 named Seed Note, symbol SDNT: one token per $0.70 raised; we raised $100,000, mint that many",
    "ERC20 named Seed Note, symbol SDNT, one token per $2 raised; we raised $10,000 in May and $5,000 in June",
    "ERC20 named Loom Pass, symbol LMPS, supply: one token for every backer times the tier multiplier",
])
def test_a_supply_formula_that_cannot_be_worked_out_stops(prompt: str) -> None:
    spec = parse(prompt)
    assert "supply" in _ambiguous(spec)
