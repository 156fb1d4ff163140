"""Silent wrong deploys of blind sets KI to KL, read generically (issue 12): a multisig's threshold in "sigs", a
hidden mint "without that showing up as a mint", metadata "stored per token", creating new ones "on doit pouvoir",
automatic ids in French, a vesting said as giving tokens slowly with its correction and a start "90 days from now"
after "let's say", royalties "sul nostro portafoglio", a pauser whose address follows in "his address is 0x..", a
governor's new voting token named after its words, and badges counted as tokens. Inputs written for these tests, not
taken from the bench sets."""

from __future__ import annotations

import pytest

from agents.generation import GenerationService
from hyperagent.errors import GenerationError
from tests.unit.reading import clean

_A = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"
_B = "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359"
_C = "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB"


def test_a_threshold_in_sigs() -> None:
    assert clean(f"multisg for the kasse. owners {_A}, {_B}, {_C}. need 2 sigs to move anything.").options["threshold"] == 2


def test_a_hidden_mint_without_it_showing_up() -> None:
    with pytest.raises(GenerationError, match="refused"):
        GenerationService().generate("Donor token, name Freunde, 100k. The office can always create extra tokens for "
                                     "itself, but without that showing up as a mint function on the explorer.")


@pytest.mark.parametrize("prompt,feature", [
    ("Each wheel gets a passport NFT.\n* Collection: Wheel Pass\n* Symbol: WHL\n* Metadata stored per token\n"
     "* Only the owner mints", "uri_storage"),
    ("Contrat multi-jetons « Bons Cidre », URI https://bons.example/{id}.json. On doit pouvoir créer de nouveaux bons.",
     "mintable"),
    ("Collection NFT « Tambours », symbole TMB. Seul le propriétaire crée les jetons, avec des identifiants automatiques.",
     "auto_increment"),
])
def test_features_in_other_words(prompt: str, feature: str) -> None:
    assert feature in clean(prompt).features


def test_tokens_given_slowly_with_a_correction_and_a_start() -> None:
    spec = clean(f"I want to give my daughter tokens slowly, over 2 years - no, wait, 3 years, my husband say 3 is better. "
                 f"Her address {_A}. But start counting only from next summer, lets say 60 days from now.")
    assert spec.family == "vesting"
    assert spec.options["duration_seconds"] == 94608000 and spec.options["delay_seconds"] == 5184000


@pytest.mark.parametrize("prompt,role,address", [
    (f"Collezione NFT chiamata Capre, simbolo CAPR. Chiunque può coniarne uno pagando 0,01 ETH, e vogliamo royalties del "
     f"5% sul nostro portafoglio {_A}.", "recipient", _A),
    (f"Noix (NOIX), 1M to start, mintable and pausable. My brother will handle minting from {_A}; our accountant can pause "
     f"it if anything goes wrong, his address is {_B}; and the admin rights stay with the mill's wallet, {_C}.",
     "pauser", _B),
])
def test_an_address_bound_in_other_words(prompt: str, role: str, address: str) -> None:
    assert clean(prompt).addresses[role] == address


def test_a_governors_new_voting_token_named_after_its_words() -> None:
    spec = clean("Vorremmo un governor chiamato Consiglio, con un nuovo token di voto CONS e 50.000 token iniziali. Quorum 4%, "
                 "periodo di voto 5 giorni.")
    assert spec.symbol == "CONS"


@pytest.mark.parametrize("prompt,supply", [
    ("Membership token for the club. Can't be sold or sent to anyone, it's just a badge. Club Lid, CLID, 60 tokens, one "
     "per member.", "60"),
    (f"Apprentice badges. Bottega, BTG, 30 tokens, nobody should be able to transfer them. Send all of them to {_A}.",
     "30"),
])
def test_badges_counted_as_tokens(prompt: str, supply: str) -> None:
    spec = clean(prompt)
    assert spec.family == "erc20" and spec.initial_supply == supply and "soulbound" in spec.features


def test_a_multisig_with_more_owners_than_three_and_a_high_threshold() -> None:
    owners = "\n".join(f"0x{n:040x}" for n in range(0x10, 0x15))
    spec = clean(f"Five of us share the workshop wallet. Owners:\n{owners}\nNeed 4 signatures to move anything.")
    assert spec.options["threshold"] == 4


@pytest.mark.parametrize("prompt,family", [
    ("name Roavvi. ROAV. 90000. burnable. nothing else.", "erc20"),
    (f"For the treasury we want a delay of five days on every action. Those who may propose: the prior {_A}. Any "
     f"member may execute: {_B}, {_C}. The admin is the prior again.", "timelock"),
    (f"Queremos pagar o nosso ajudante ao longo de 12 meses, com carência de 3 meses antes de qualquer liberação. "
     f"Carteira dele: {_A}.", "vesting"),
    ("```\nwallet: club treasury\nsigners:\n  - " + _A + "\n  - " + _B + "\n  - " + _C +
     "\napprovals_needed: 2   # out of the 3\n```", "multisig"),
])
def test_the_kind_read_from_its_shape(prompt: str, family: str) -> None:
    assert clean(prompt).family == family


def test_the_admin_named_again_by_title() -> None:
    spec = clean(f"For the treasury we want a delay of five days on every action. Those who may propose: the prior {_A}. "
                 f"Any member may execute: {_B}, {_C}. The admin is the prior again.")
    assert spec.addresses["admin"] == _A


@pytest.mark.parametrize("prompt,field,value", [
    ("Token for pilgrims: Pilgrim, PLGM. 40k initial... forgive me, the abbot says 45k. Capped at 90k. Mintable by the "
     "owner.", "initial_supply", "45000"),
    (f"governor for the collective.\nname: Lodge Council\ntoken already exists at {_A}\nquorum 20 percent\nvoting "
     "delay 0, voting period 4 days", "voting_delay_seconds", 0),
])
def test_values_in_other_words(prompt: str, field: str, value) -> None:
    spec = clean(prompt)
    assert (spec.options[field] if field.endswith("_seconds") else getattr(spec, field)) == value


@pytest.mark.parametrize("prompt,family,off", [
    ("our guild token: it's called Reed Safe (after the shed where we keep the cane — it's a plain token, not a vault). "
     "symbol RSAF, half a million tokens, holders can delegate votes.", "erc20", None),
    ("tokn pls: name \"Pausable Loom\" (yes thats realy the name, dont actualy add pausing), symbol PLOM, 1,000,000 supply",
     "erc20", "pausable"),
])
def test_a_name_explained_in_brackets(prompt: str, family: str, off: str | None) -> None:
    spec = clean(prompt)
    assert spec.family == family and (off is None or off in spec.disabled)
