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


@pytest.mark.parametrize("prompt, supply", [
    ("Our choir (founded 1958) has 63 singers and 5 albums out. ERC20 named Chorus Coin, symbol CHRS, 20,000 supply",
     "20000"),
    ("Mi panadería, fundada en 1962, tiene 3 sucursales. Token ERC20 llamado Miga, símbolo MIGA, 50.000 tokens",
     "50000"),
    ("Notre librairie compte 42 000 ouvrages et 214 adhérents. Jeton ERC20 nommé Page Blanche, symbole PGBL, "
     "10 000 jetons", "10000"),
    ("Unser Verein, gegründet 1336, mit 214 Mitgliedern und 7 Filialen: ERC20-Token namens Zunftgeld, Kürzel ZNFT, "
     "90.000 Stück", "90000"),
    ("A nossa banda tem 3 integrantes e 12 músicas. Token ERC20 chamado Forró, símbolo FRRO, 30.000 tokens", "30000"),
    ("Il nostro podcast ha 212 episodi e 37 membri. Token ERC20 chiamato Onda, simbolo ONDA, 80.000 token", "80000"),
    ("Sprint 14 ticket: ERC20 named Ledger Moth, symbol LMTH, 5,000 supply; launch is May 14", "5000"),
    ("[voice memo, 0:47] ERC20 named Hum, symbol HUMM, a 9-track album tie-in, 12,000 followers, 7,000 supply",
     "7000"),
])
def test_numbers_counting_the_askers_world_are_context(prompt: str, supply: str) -> None:
    spec = parse(prompt)
    assert spec.initial_supply == supply
    assert not [k for k in _ambiguous(spec) if k in ("number", "supply")]


@pytest.mark.parametrize("prompt", [
    "Our 3 stores want a token named Shelf Coin, symbol SHLF",
    "Token ERC20 llamado Miga, símbolo MIGA, para nuestras 3 sucursales",
])
def test_a_count_of_things_is_never_the_supply(prompt: str) -> None:
    spec = parse(prompt)
    assert spec.initial_supply != "3"
    assert "number" in _ambiguous(spec)  # nothing else gives the supply: the count may be it, so ask


@pytest.mark.parametrize("prompt", [
    "Create a token called Orchard Coin with 5000 trees, symbol ORCH",
    "An NFT for our 120 stores called Aisle Pass, symbol AISL",
])
def test_with_no_quantity_read_a_count_of_things_stops_instead_of_the_default(prompt: str) -> None:
    spec = parse(prompt)
    assert spec.initial_supply is None and spec.cap is None
    assert "number" in _ambiguous(spec)


def test_a_bound_on_what_a_collection_counts_is_still_its_cap() -> None:
    spec = parse("NFT membership pass called Council Chairs (CHR): there will never be more than 80 seats")
    assert spec.cap == "80"


def test_a_name_just_before_its_symbol_keyword() -> None:
    spec = parse("Notes for whoever picks this up: we use Stripe and Discord. The token itself: Wombat Points, symbol WMBP, "
                 "1,000 supply")
    assert spec.name == "Wombat Points"


def test_total_supply_of_an_id_is_supply_tracking() -> None:
    spec = parse("ERC-1155 named Rune Shelf with totalSupply(id) available, uri https://r.example/{id}.json")
    assert "supply_tracking" in spec.features


def test_shops_that_store_nothing_do_not_make_a_storage_contract() -> None:
    assert parse("Our 3 stores want a token named Shelf Coin, symbol SHLF").family == "erc20"
    assert parse("A contract that stores a number and lets anyone update it").family == "storage"
