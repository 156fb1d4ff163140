"""Round 10 reading rules (issue 12): restrictions stated with a verb class under a negation (transfer, mint,
burn, pause) in six languages, the issuing agent ("issued by the owner"), ERC-1155 supply per id whatever the
item is called, markdown checklists, and "nothing at deployment". Inputs written for these
tests, not taken from the bench sets."""

from __future__ import annotations

import pytest

from agents.generation import abilities, lexicon
from agents.generation.spec_parser import parse
from tests.unit.reading import option_readings


@pytest.mark.parametrize("prompt", [
    "ERC20 token Mossback Tea, symbol MBT, 10000 supply. Tokens cannot be sent to other wallets.",
    "Token Brisa Fria (BRF), 5000 unidades. Los tokens no se pueden enviar a otras billeteras.",
    "Jeton Vent Sec (VSC), 8000 jetons. Les jetons ne peuvent pas être envoyés à un autre portefeuille.",
    "Token Nebelhorn (NBH), 9000 Stück. Die Token können nicht an andere Wallets gesendet werden.",
    "Token Vento Sul (VSU), 7000 unidades. Os tokens não podem ser enviados para outras carteiras.",
    "Token Vento Nord (VNO), 6000 pezzi. I token non possono essere inviati ad altri wallet.",
    "ERC20 Quiet Bell (QTB), 1000 supply, transfers are disabled.",
])
def test_a_negated_transfer_verb_asks_for_a_soulbound_token(prompt: str) -> None:
    spec = parse(prompt)
    assert option_readings(spec).get("soulbound") == (True, "pending"), spec.requirements


@pytest.mark.parametrize("prompt", [
    "ERC20 Reed (RED), 1000 supply, ETH can't be sent to the contract.",
    "ERC20 Dune (DUN), 1000 supply; you can't transfer more than 10 per day.",
    "ERC20 Lantern (LTN), 1000 supply; tokens cannot be transferred before the launch date.",
])
def test_a_transfer_restriction_of_another_kind_stops_instead_of_guessing(prompt: str) -> None:
    spec = parse(prompt)
    assert option_readings(spec).get("soulbound", (None, "ambiguous"))[1] == "ambiguous"


@pytest.mark.parametrize("prompt, key", [
    ("ERC20 Flint Ridge (FLR), 1000 supply, no new tokens can ever be minted.", "mintable"),
    ("Token Piedra Azul (PZA), 1000 unidades, no se podrán acuñar más tokens.", "mintable"),
    ("Jeton Roc Noir (RCN), 1000 jetons, aucun nouveau jeton ne pourra être émis.", "mintable"),
    ("Token Eisberg (EIS), 1000 Stück, es dürfen keine weiteren Token geprägt werden.", "mintable"),
    ("Token Pedra Lisa (PDL), 1000 unidades, nenhum token novo poderá ser cunhado.", "mintable"),
    ("Token Pietra Viva (PTV), 1000 pezzi, non si potranno coniare altri token.", "mintable"),
    ("ERC20 Ash Vale (ASV), 1000 supply, holders will never be able to burn their tokens.", "burnable"),
    ("Jeton Cendre (CDR), 1000 jetons, personne ne pourra détruire ses jetons.", "burnable"),
    ("Token Ceniza (CNZ), 1000 unidades; nadie podrá quemar sus tokens.", "burnable"),
    ("Token Asche (ASC), 1000 Stück; niemand darf Token verbrennen.", "burnable"),
    ("ERC20 Still Pond (STP), 1000 supply, nobody may ever halt transfers.", "pausable"),
    ("ERC20 Hush (HSH), 1000 supply, and there is no pause button at all.", "pausable"),
])
def test_a_negated_verb_turns_its_feature_off(prompt: str, key: str) -> None:
    spec = parse(prompt)
    assert option_readings(spec).get(key) == (False, "pending"), spec.requirements
    assert key in spec.disabled


def test_an_exception_keeps_the_ability() -> None:
    folded = lexicon.fold_text("No one but the owner can mint new tokens").text
    assert not [h for h in abilities.stated(folded, "erc20") if h.concept == "mintable" and h.value is False]


@pytest.mark.parametrize("prompt", [
    "ERC721 badges Forge Mark (FGM), issued only by the owner.",
    "NFT Sammlung Zunftbrief (ZFB), nur vom Eigentümer ausgestellt.",
    "Collection NFT Brevet d'Or (BVOR), émis uniquement par le propriétaire.",
])
def test_the_issuing_agent_asks_for_minting(prompt: str) -> None:
    assert option_readings(parse(prompt)).get("mintable") == (True, "pending")


@pytest.mark.parametrize("prompt", [
    "ERC1155 game items Rune Deck: we need to know how many of each rune exist.",
    "ERC1155 Kartenspiel Drachenhort: die Gesamtmenge je Karte soll abrufbar sein.",
    "ERC1155 named Mazo Real: queremos saber el suministro total de cada carta.",
    "ERC1155 named Mazzo Reale: vogliamo conoscere la fornitura totale di ogni carta.",
])
def test_erc1155_supply_of_each_item_is_supply_tracking(prompt: str) -> None:
    assert "supply_tracking" in parse(prompt).features


def test_supply_per_wallet_is_no_supply_tracking() -> None:
    assert abilities.supply_per_id("max supply per wallet is 5") is None


def test_an_unchecked_box_turns_the_line_down() -> None:
    spec = parse("ERC20 token\n- [x] name: Sorrel Field\n- [x] symbol: SRF\n- [x] burnable\n- [ ] mintable\n"
                 "- [x] supply: 4000")
    assert "burnable" in spec.features and "mintable" in spec.disabled


@pytest.mark.parametrize("prompt", [
    "ERC20 Drift Mark (DFM), owner mints as needed; nothing is minted at launch.",
    "Jeton Onde (OND): rien n'existe au déploiement, le propriétaire émet les jetons.",
])
def test_nothing_at_deployment_is_a_zero_supply(prompt: str) -> None:
    assert parse(prompt).initial_supply == "0"


@pytest.mark.parametrize("prompt, decimals", [
    ("Token named Brass Horn, symbol BRH, 18 decimals, 400,000 tokens. Actually make it 8 decimals.", 8),
    ("Token Kiesel (KSL), 5000 Stück, 18 Nachkommastellen, nein, doch lieber 6 Nachkommastellen.", 6),
    ("Jeton Galet (GLT), 5000 jetons, 2 décimales, ou plutôt 3 décimales.", 3),
    ("Token Cuore (CUO), 9000 pezzi, 18 decimali, anzi no: 4 decimali.", 4),
    ("Token Pimienta (PIM), 800.000 unidades y 18 decimales, mejor no, pon 6 decimales.", 6),
    ("Token Pedrinha (PDR), 800 unidades, 18 casas decimais, na verdade 2 casas decimais.", 2),
    ("Token named Kite, symbol KTE, 12 decimals, 900 tokens. Actually 6 decimals: our wallet shows 12 badly.", 6),
])
def test_a_correction_lets_the_later_value_win(prompt: str, decimals: int) -> None:
    spec = parse(prompt)
    assert spec.decimals == decimals
    assert not [r for r in spec.requirements if r.status.value == "ambiguous"], spec.requirements


def test_two_values_without_a_correction_stay_ambiguous() -> None:
    spec = parse("Token named Kite, symbol KTE, 12 decimals, 900 tokens, 6 decimals.")
    assert [r.key for r in spec.requirements if r.status.value == "ambiguous"] == ["decimals"]


@pytest.mark.parametrize("prompt, key", [
    ("Token Pedra (PDR), 5000 unidades. A pausa das transferências não deve existir.", "pausable"),
    ("ERC20 Kestrel (KST), 1000 supply. The mint function must not exist.", "mintable"),
    ("Jeton Pic (PIC), 1000 jetons. La fonction de pause ne doit pas exister.", "pausable"),
    ("Token Riva (RVA), 1000 pezzi. La pausa non deve esistere.", "pausable"),
])
def test_a_denied_existence_after_the_noun_turns_the_feature_off(prompt: str, key: str) -> None:
    spec = parse(prompt)
    assert key in spec.disabled and key not in spec.features
    assert not [r for r in spec.requirements if r.status.value == "ambiguous"]


@pytest.mark.parametrize("prompt, symbol", [
    ("ERC20 ‘Harbor Nine’ — HBNN — 2M supply", "HBNN"),
    ("Queremos o token «Pedra Azul», com o código PDAZ: 5000 unidades.", "PDAZ"),
    ("Vorrei un token «Vela Rossa», codice VLRS, 800 pezzi.", "VLRS"),
])
def test_a_symbol_after_a_dash_or_a_code_label(prompt: str, symbol: str) -> None:
    assert parse(prompt).symbol == symbol
