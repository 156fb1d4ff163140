"""Misses of blind sets JG to JJ read generically (issue 12): the owners counted plainly beside an M-of-N, an M-of-N
with a contracted article, a cliff said as the end of the beneficiary's first year, a cap given to a pronoun, counts
of the asker's past and parts of them, a range in a unit of measure, and money said to be a separate matter. Inputs
written for these tests, not taken from the bench sets."""

from __future__ import annotations

import pytest

from tests.unit.reading import accounted, clean

A = "0x3333333333333333333333333333333333333333"
B = "0x4444444444444444444444444444444444444444"
C = "0x5555555555555555555555555555555555555555"


def test_signers_counted_plainly_beside_an_m_of_n() -> None:
    spec = clean(f"multisig for the bakery. 3 of us sign: me {A}, Aoife {B} and the bookkeeper {C}. any 2 of the 3 can "
                 "aprove a transfer.")
    assert spec.options["threshold"] == 2


def test_a_duty_to_sign_stays_the_threshold() -> None:
    spec = accounted(f"multisig, owners {A}, {B}, {C}. 2 of us must sign.")
    assert spec.options["threshold"] == 2


@pytest.mark.parametrize("said", ["three of the five must sign", "que firmen tres de las cinco", "drei der fünf müssen "
                                  "unterschreiben", "servono tre delle cinque firme"])
def test_an_m_of_n_with_a_contracted_article(said: str) -> None:
    owners = ", ".join(f"0x{d * 40}" for d in "56789")
    spec = clean(f"Multisig wallet, owners {owners}; {said}.")
    assert spec.options["threshold"] == 3


@pytest.mark.parametrize("said", ["nothing at all until his first year is done", "nothing until her first year is over",
                                  "nothing before their first year"])
def test_a_cliff_said_as_the_end_of_the_beneficiarys_first_year(said: str) -> None:
    spec = clean(f"Vesting for our apprentice, wallet {A}. Vest it over 3 years, {said}.")
    assert spec.options["cliff_seconds"] == 365 * 86400


@pytest.mark.parametrize("said", ["cap it at 500", "cap them at 500"])
def test_a_cap_given_to_a_pronoun(said: str) -> None:
    spec = clean(f"NFT collection 'Roof Views' (RFV) of our photos, owner mints, {said}.")
    assert spec.cap == "500"


@pytest.mark.parametrize("said", ["We have repaired around 1,700 violins since 1988.", "We have trained 64 luthiers "
                                  "already, 12 of them from abroad."])
def test_a_count_of_the_askers_past(said: str) -> None:
    spec = clean(f"Repair certificates as NFTs, name 'Liuteria Certs', symbol LUT, owner mints, each with its own URI. "
                 f"{said}")
    assert spec.cap is None and spec.initial_supply is None


def test_a_wish_is_no_past() -> None:
    spec = accounted("NFTs for the bakery, name 'Crumbs', symbol CRB. We wanted 300 badges already.")
    assert any(r.status.value == "ambiguous" and r.text == "300" for r in spec.requirements)


def test_a_part_of_a_count_named_before() -> None:
    spec = clean("Grandpa kept a ledger of his catches, 212 of them, and we want NFT cards of it. Name Catch Log, "
                 "symbol CLOG, maximum 250 cards, anyone mints for 0.01 ether.")
    assert spec.cap == "250"


def test_a_bound_said_with_of_them_is_the_cap() -> None:
    assert clean("NFT passes 'Rope Hands' (RPH): there will never be more than 80 of them.").cap == "80"


@pytest.mark.parametrize("said", ["da 28 a 36 pollici", "de 20 a 30 pulgadas", "from 12 to 16 inches"])
def test_the_first_end_of_a_range_in_a_unit_of_measure(said: str) -> None:
    spec = clean(f"Multi-token «Mazze» per la squadra: un id per misura, {said}. Mintable, supply tracked per id.")
    assert spec.family == "erc1155"


def test_money_said_to_be_a_separate_matter() -> None:
    spec = clean(f"shared wallet for us founders, {A}, {B} and {C}. Any 2 of us must sign. we also keep GH₵ 9,500 in the "
                 "bank but thats seperate, dont worry about it")
    assert spec.options["threshold"] == 2


def test_a_portuguese_m_of_n_with_a_contracted_article() -> None:
    owners = ", ".join(f"0x{d * 40}" for d in "56789")
    spec = clean(f"Precisamos de uma carteira com várias assinaturas. Os donos são {owners}. Devem assinar três das cinco.")
    assert spec.options["threshold"] == 3


def test_a_corrected_voting_delay_and_a_timelock_said_after_a_comma() -> None:
    spec = clean("DAO governor 'Reef Board' with its own voting token RFB, 20000 tokens. quorum 5%, voting lasts 4 days, "
                 "no delay before voting... actually make it two hours of delay. add a timelock on execution, 3 days.")
    assert spec.options["voting_delay_seconds"] == 2 * 3600
    assert spec.options["delay_seconds"] == 3 * 86400


@pytest.mark.parametrize("said", ["cliff, 1 year", "with a cliff, 1 year"])
def test_a_duration_alone_after_a_comma_is_the_clause_befores(said: str) -> None:
    spec = clean(f"Vesting for {A} over 4 years, {said}.")
    assert spec.options["cliff_seconds"] == 365 * 86400


@pytest.mark.parametrize("prompt,name,symbol", [
    ('ERC721("Tide Tables", "TIDE")\n  maxSupply = 90\n  ownerMint = true', "Tide Tables", "TIDE"),
    ("ERC20('Lime Leaf', 'LIME') with 1M supply", "Lime Leaf", "LIME"),
])
def test_a_constructor_call_gives_name_and_symbol_in_order(prompt: str, name: str, symbol: str) -> None:
    spec = clean(prompt)
    assert (spec.name, spec.symbol) == (name, symbol)


def test_a_word_of_the_name_explained_again_is_no_feature() -> None:
    spec = clean("token name Pausewell Kelp (Pausewell is the bay, not pausing), symbol PWK, 900,000 supply. holders "
                 "can burn.")
    assert spec.name == "Pausewell Kelp" and "pausable" not in spec.features and "burnable" in spec.features


def test_a_supply_minted_straight_into_a_wallet_asks_no_minting() -> None:
    spec = clean(f"Please deploy 'Ink Well' (INKW), 3M supply, minted straight into our treasury {A} rather than the "
                 "deployer. Pausable.")
    assert "mintable" not in spec.features and spec.addresses["recipient"] == A


@pytest.mark.parametrize("said", ["Nos clientes habituels sont environ 1 800.", "Our regular customers are about 1,800."])
def test_how_many_of_the_askers_people_there_are(said: str) -> None:
    spec = clean(f"Un jeton de fidélité « Goutte », symbole GTT, 5 000 au départ. {said}"
                 if said.startswith("Nos") else f"A loyalty token 'Drop', symbol DRP, 5,000 at launch. {said}")
    assert spec.initial_supply == "5000"


@pytest.mark.parametrize("said", ["Our tokens are 5000.", "Our total supply is about 5000."])
def test_our_supply_said_with_a_copula_stays_the_supply(said: str) -> None:
    assert clean(f"A token Drop DRP. {said}").initial_supply == "5000"


def test_zero_decimals_correcting_digits() -> None:
    spec = clean("Un jeton « Rouet » (ROU), 90 000 unités, 18 décimales… en fait non, zéro décimale.")
    assert spec.decimals == 0
    assert any(r.status.value == "ambiguous" for r in accounted("Token Gear GEAR, 1000 units, 18 decimals, zero "
                                                                 "decimals.").requirements)


def test_a_bracket_calling_its_own_numbers_separate_leaves_the_cap() -> None:
    spec = clean("NFT tickets: Rink Pass, symbol RNKP, 400 max, anyone can mint one for 0.01 eth (under-10s skate free, "
                 "that's separate)")
    assert spec.cap == "400"


def test_of_them_after_the_token_is_the_supply() -> None:
    assert clean("we want a loyalty token, name it Bun Bucks, ticker BUNB. can we start with three million of them?"
                 ).initial_supply == "3000000"
    assert clean("Bolt Coin (BOLT) for trades between club members, 200,000 of them.").initial_supply == "200000"
