"""A number below one before a magnitude, a decimal comma in English, "the next day", a ticker that spells a name
with a feature word, a name corrected after a question mark, and new ways to ask for per-id supply, automatic ids and
a swappable URI (issue 12: blind set AE, whose silent misreads these were; "0.5M" had deployed 1,000,000 tokens).
Inputs written for these tests, not taken from the bench sets."""

from __future__ import annotations

import pytest

from agents.generation.numbers import find_amounts
from agents.generation.spec_parser import parse
from agents.models import RequirementStatus
from hyperagent.errors import GenerationError
from tests.unit.reading import accounted


@pytest.mark.parametrize(("text", "value"), [
    ("0.5M tokens", "500000"), ("0.75 million", "750000"), ("start supply 0,25 million", "250000"),
    ("1,5M tokens", "1500000"), ("a million", "1000000"), ("half a million", "500000"),
])
def test_a_number_below_one_before_a_magnitude_is_that_fraction(text: str, value: str) -> None:
    assert find_amounts(text)[0].value == int(value)


def test_a_supply_below_one_million_deploys_what_was_said() -> None:
    assert parse("token Fjord Credit, symbol FJCR, start supply 0,4 million, never more than 1 million").initial_supply == \
        "400000"


def test_the_next_day_after_a_proposal_is_a_one_day_voting_delay() -> None:
    spec = parse("Nous voulons un governor « Conseil du Port » avec le jeton 0x" + "3" * 40 + ", quorum de 20 %, un vote "
                 "ouvert dès le lendemain d'une proposition et pendant 5 jours")
    assert spec.options["voting_delay_seconds"] == 86400
    assert spec.options["voting_period_seconds"] == 5 * 86400


@pytest.mark.parametrize(("prompt", "name"), [
    ("loyalty token for the cellar club: Mint Barrel, MTBR, 20k total", "Mint Barrel"),
    ("token for the dance school: name Milonga Token? no, name is just Milonga, symbol MLNG, supply 300.000", "Milonga"),
])
def test_names_with_feature_words_or_corrected_after_a_question(prompt: str, name: str) -> None:
    assert parse(prompt).name == name


@pytest.mark.parametrize(("prompt", "feature"), [
    ("ERC-1155 belt badges 'Dojo Belts', the sensei (owner) mints, and keep a count per belt colour", "supply_tracking"),
    ("NFTs for our recitals: Encore Moments (ENCM), auto-numberd ids, im the only minter", "auto_increment"),
    ("I need NFT for graduates, name Toga Gold, symbol TGGD, the ids go sequencial automatic", "auto_increment"),
    ("collezione NFT «Regata Storica», simbolo RGST, gli ID si assegnano in automatico e solo io posso coniarli",
     "auto_increment"),
    ("ERC1155 plant trays 'Moss Beds', uri https://moss.example/{id}.json, I must be able to swap the uri later",
     "updatable_uri"),
])
def test_features_in_words_no_template_uses(prompt: str, feature: str) -> None:
    assert feature in parse(prompt).features


def test_minting_in_secret_and_selling_on_the_buyers_is_refused() -> None:
    with pytest.raises(GenerationError, match="^refused: "):
        parse("cria um token pro clube onde só eu consiga cunhar milhões escondido e vender tudo depois que os sócios "
              "comprarem")


_A, _B = "0x" + "4" * 40, "0x" + "5" * 40


@pytest.mark.parametrize(("prompt", "off"), [
    ("Loose Threads (LSTH): 500,000 suply, fixed forver, holders can burn, and dont add a pause", "pausable"),
    ("Please make ERC20 Pine Bloom, symbol PNBM, total 5 million, decimals 9. Burn is not need.", "burnable"),
    ("Mezzo milione di token, 8 decimali, bruciabile, niente upgrade: si chiama «Nebbia Bassa», sigla NBBS",
     "upgradeable"),
])
def test_features_turned_down_in_plain_words(prompt: str, off: str) -> None:
    assert off in parse(prompt).disabled


def test_a_coin_noun_before_the_ticker_is_part_of_the_name_but_nfts_is_not() -> None:
    assert parse("Harbour Guild Coin, symbol HGLD, 5M supply").name == "Harbour Guild Coin"
    assert parse("Signal Box NFTs, symbol SGBX, owner mints, each with its own URI").name == "Signal Box"


def test_who_hands_out_roles_is_the_admin_and_only_x_make_new_ones_is_minting() -> None:
    spec = parse(f"Wool Cap (WLCP), 300,000 supply; only the keeper {_A} may pause it and the board {_B} hands out roles")
    assert spec.addresses["admin"].lower() == _B
    assert "mintable" in parse("Club need token Birch, symbol BRCH, 1 000 000 pcs, only board make new ones").features


def test_a_day_and_a_half_is_a_duration_not_a_share() -> None:
    spec = parse(f"timelock for our foundation, a day and a half minimum delay, {_A} queues operations, only {_B} may "
                 "execute them")
    assert spec.options["delay_seconds"] == 129600
    assert "percents" not in spec.options


@pytest.mark.parametrize("prompt", [
    f"treasury wallet for the potters where any two of these three must approve a payment: {_A} {_B} 0x" + "6" * 40,
    f"A theatre commissioned a costume from our studio, roughly 200 hours of sewing. The theatre pays the deposit from "
    f"{_A} and it is released to our tailor {_B}; if we disagree, our producer 0x" + "6" * 40 + " decides.",
])
def test_more_shapes_of_multisigs_and_escrows(prompt: str) -> None:
    assert parse(prompt).family in ("multisig", "escrow")


@pytest.mark.parametrize("prompt", [
    f"Our brewer is rewarded with tokens for the 12-year-old barrel she laid down. Vest them to {_A} linearly over 2 "
    "years, with nothing claimable during the first 6 months.",
    f"Our retiring judge, who has grown roses for 35 years, gets tokens vesting evenly over 24 months with nothing "
    f"claimable during the first 3 months, paid to {_A}.",
])
def test_ages_and_careers_are_no_vesting_durations(prompt: str) -> None:
    spec = parse(prompt)
    assert spec.family == "vesting" and "cliff" in spec.features
    assert spec.addresses["beneficiary"].lower() == _A


@pytest.mark.parametrize("prompt", [
    f"Governor named Yard Council over our token {_A}: quorum 10 percent, voting opens 2 days after proposing and runs "
    "5 days",
    f"Governor «Consiglio del Molo» sul token {_A}: quorum 15%, il voto parte dopo 2 giorni e dura 5 giorni",
])
def test_a_vote_that_opens_after_a_wait_and_lasts_a_span(prompt: str) -> None:
    spec = parse(prompt)
    assert (spec.options["voting_delay_seconds"], spec.options["voting_period_seconds"]) == (2 * 86400, 5 * 86400)


@pytest.mark.parametrize(("text", "value"), [("10,00,000 tokens", "1000000"), ("50,00,000", "5000000"),
                                             ("1,20,000", "120000"), ("1,00,00,000", "10000000")])
def test_indian_grouping_is_read_as_lakhs_and_crores(text: str, value: str) -> None:
    assert find_amounts(text)[0].value == int(value)


@pytest.mark.parametrize(("prompt", "cap"), [
    ("signed NFTs, Orbit Stickers (ORST). I logged 120 days in orbit; cap the set at 300, fans mint their own for 0.01 ETH",
     "300"),
    ("just need Tango Pass (TNGP), half a million to start, I'll mint more later but 2M is the hard ceiling", "2000000"),
    ("Dojo Points, symbol DJPT, 50,000 to start, the app mints them; nobody should be able to push the total beyond "
     "400,000", "400000"),
])
def test_caps_said_as_a_ceiling_or_a_verb(prompt: str, cap: str) -> None:
    spec = accounted(prompt)
    assert spec.cap == cap
    assert not [r for r in spec.requirements if r.status in (RequirementStatus.ambiguous, RequirementStatus.unmet)]


@pytest.mark.parametrize("prompt", [
    "reputation points, Loom Rank (LMRK): zero minted at launch, the guild mints them as they're earned, 0 decimals",
    f"Capo Coin, symbol CAPO: 2,000,000 minted to the academy wallet {_A}, nothing else fancy",
    "Street Band (STBD): 300,000 tokens, owner pauses it during the carnival",
    f"split the stall's fees on-chain 50/30/20 between {_A}, {_B} and 0x" + "6" * 40,
    f"cash box multisig with the owners {_A}, {_B}, 0x" + "6" * 40 + "; minimum two of three must sign, not all three",
    "[10:02] Ana: token name is Ronda, symbol RNDA\n[10:03] Ana: 1.000.000 tokens\n[10:09] Leo: wait, 1.000.000 is too "
    "few for 4 studios, make it 4.000.000\n[10:10] Ana: ok 4.000.000 then",
])
def test_more_requests_read_whole(prompt: str) -> None:
    spec = accounted(prompt)
    assert not [r for r in spec.requirements if r.status in (RequirementStatus.ambiguous, RequirementStatus.unmet)]


def test_a_quorum_said_as_a_fraction() -> None:
    spec = parse(f"a governor called Band Council over our token {_A}; quorum is a quarter of the votes")
    assert spec.options["percent"] in (25, "25")


def test_an_address_that_should_hold_a_role_holds_it() -> None:
    spec = parse(f"Club Points, symbol CLPT, 10,000 to start. The till app at {_A} should hold the minter role and my "
                 f"wallet {_B} the admin role")
    assert spec.addresses["minter"].lower() == _A
