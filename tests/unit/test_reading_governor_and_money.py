"""Reading rules (issue 12) for governance timing and for asks no template offers: a duration followed by "after a
proposal" is the voting delay, and a duration in a clause about the vote is the voting period ("voting opens a day
after a proposal and runs for two weeks"); paying holders a share of the profits is dividends, minting kept to the
wallets of a list is an allowlist, pulling back what has not vested is revocation (each unmet, so the workflow
stops); a correction in brackets ("6 decimals (wait no, make that 18)") replaces the value. Inputs written for
these tests, not taken from the bench sets."""

from __future__ import annotations

import pytest

from agents.generation.spec_parser import parse
from tests.unit.reading import accounted, option_readings

_TOKEN = "0x" + "4" * 40
_DAY = 86400


@pytest.mark.parametrize(("prompt", "delay", "period"), [
    (f"Governor Birchfield Forum on the token {_TOKEN}: voting opens one day after a proposal and runs for two weeks.",
     _DAY, 14 * _DAY),
    (f"Governor Birchfield Forum for token {_TOKEN}; the vote starts 3 days after each proposal and lasts 4 days.",
     3 * _DAY, 4 * _DAY),
    (f"Gouverneur « Forum Bouleau » sur le jeton {_TOKEN} : vote ouvert un jour après la proposition et pendant "
     "dix jours.", _DAY, 10 * _DAY),
])
def test_a_delay_after_a_proposal_and_a_period_in_the_vote_clause(prompt: str, delay: int, period: int) -> None:
    spec = parse(prompt)
    assert spec.family == "governor"
    values = {r.key: r.value for r in spec.requirements}
    assert values.get("voting_delay_seconds") == delay
    assert values.get("voting_period_seconds") == period
    assert "duration_seconds" not in values


@pytest.mark.parametrize(("prompt", "feature"), [
    ("Token Orchard Share (ORSH), 1M supply; every quarter it distributes part of the farm's profits to token holders.",
     "dividends"),
    ("Token Huerta (HRT), un millón; que reparta cada mes entre quienes lo tengan una parte de las ganancias.",
     "dividends"),
    ("NFT collection Quiet Hours (QHRS), 500 max; only wallets on our subscriber list can mint.", "allowlist"),
    (f"Vest tokens for {_TOKEN} over 2 years with a 6-month cliff; if they quit we pull back whatever hasn't vested.",
     "revocable"),
])
def test_asks_no_template_offers_are_read_and_stop(prompt: str, feature: str) -> None:
    spec = accounted(prompt)
    assert option_readings(spec).get(feature) == (True, "unmet")


def test_a_split_of_revenue_between_payees_is_no_dividend() -> None:
    spec = accounted(f"Payment splitter: split the revenue 70/30 between {_TOKEN} and {'0x' + '5' * 40}.")
    assert spec.family == "splitter" and "dividends" not in option_readings(spec)


@pytest.mark.parametrize("prompt", [
    "Token Static Hour, symbol STHR, 20k supply, 6 decimals (wait no, make that 18).",
    "Token Static Hour, symbol STHR, 20k supply, 6 decimals (sorry, I mean 18), burnable.",
])
def test_a_correction_in_brackets_replaces_the_value(prompt: str) -> None:
    spec = accounted(prompt)
    assert spec.decimals == 18
    assert next(r for r in spec.requirements if r.key == "decimals").value == 18


@pytest.mark.parametrize(("prompt", "threshold"), [
    (f"Governor Alder Moot on the token {_TOKEN}; quorum 10%; 40 tokens are needed to propose.", 40),
    (f"Governor Alder Moot on the token {_TOKEN}; quorum 10%; you need 2,500 tokens to put a proposal up.", 2500),
    (f"Governor Alder Moot on the token {_TOKEN}; anyone holding 75 tokens can propose.", 75),
    (f"Gouverneur « Moot d'Aulne » sur le jeton {_TOKEN}, quorum 10 %, aucun seuil pour proposer.", 0),
])
def test_the_tokens_needed_to_propose_are_the_proposal_threshold(prompt: str, threshold: int) -> None:
    spec = parse(prompt)
    assert str(next(r for r in spec.requirements if r.key == "proposal_threshold").value) == str(threshold)
    assert spec.initial_supply is None


@pytest.mark.parametrize("prompt", [
    f"Governor Alder Moot using the token already deployed at {_TOKEN}, quorum 4%.",
    f"Gouverneur « Moot d'Aulne » sur notre jeton de vote existant : {_TOKEN}, quorum 4 %.",
    f"Governatore «Consulta Ontano» basato sul token di voto della società all'indirizzo {_TOKEN}, quorum 4%.",
    f"Governador «Conselho do Amieiro» que usa o nosso token de votos em {_TOKEN}, quórum 4%.",
])
def test_the_address_after_a_described_token_is_the_governors_token(prompt: str) -> None:
    assert parse(prompt).addresses.get("token", "").lower() == _TOKEN


def test_a_wait_in_a_timelock_before_execution_is_the_timelock_delay() -> None:
    spec = parse(f"Governor Alder Moot on the token {_TOKEN}: passed proposals wait 2 days in a timelock before they "
                 "execute.")
    assert next(r for r in spec.requirements if r.key == "delay_seconds").value == 2 * _DAY


def test_a_population_is_no_supply() -> None:
    spec = accounted(f"I clerk for the town of Oakmere (pop. 12,000). Governor Oakmere Voice on the token {_TOKEN}, "
                     "quorum 5%.")
    assert spec.initial_supply is None and not any(r.key == "supply" for r in spec.requirements)


def test_tokens_sent_to_an_address_do_not_make_it_the_token() -> None:
    assert "token" not in parse(f"ERC20 Pike (PIK), 1000 supply; send the tokens to {_TOKEN}.").addresses


_B = "0x" + "6" * 40


@pytest.mark.parametrize(("prompt", "options"), [
    (f"My grandson's wallet is {_TOKEN}. I want his tokens to unlock little by little over 4 years from today, with "
     "nothing at all for the first year.", {"duration_seconds": 4 * 365 * _DAY, "cliff_seconds": 365 * _DAY}),
    (f"Quiero dejar tokens a mi nieta ({_TOKEN}): que se liberen poco a poco durante tres años. El reloj debe empezar "
     "a contar 60 días después de desplegar el contrato.", {"duration_seconds": 3 * 365 * _DAY,
                                                             "delay_seconds": 60 * _DAY}),
])
def test_tokens_that_unlock_gradually_are_a_vesting(prompt: str, options: dict[str, int]) -> None:
    spec = parse(prompt)
    assert spec.family == "vesting"
    values = {r.key: r.value for r in spec.requirements}
    assert all(values.get(k) == v for k, v in options.items()), values


def test_unnamed_addresses_of_a_vesting_are_its_beneficiaries_and_the_two_of_them_no_number() -> None:
    spec = accounted(f"Tengo 80 años y quiero dejar tokens a mis nietos, Ana ({_TOKEN}) y Leo ({_B}). Que se liberen "
                     "poco a poco durante dos años, con el mismo calendario para los dos.")
    assert spec.family == "vesting"
    assert [a.lower() for a in next(r for r in spec.requirements if r.key == "beneficiaries").value] == [_TOKEN, _B]
    assert not [r for r in spec.requirements if r.status.value == "ambiguous"]


_C = "0x" + "8" * 40


def test_a_list_joined_by_plus_and_queue_rights_are_the_timelock_proposers() -> None:
    spec = parse(f"prize pot behind a timelock, delay 24 hours. only {_TOKEN} + {_B} may propose stuff, execution is "
                 "public")
    listed = next(r for r in spec.requirements if r.key == "proposers")
    assert [a.lower() for a in listed.value] == [_TOKEN, _B]


def test_shares_after_a_few_words_of_what_is_split() -> None:
    spec = accounted(f"split our market ETH 60/25/15: me {_TOKEN}, my partner {_B}, the van loan {_C}")
    assert spec.family == "splitter" and spec.options.get("percents") == ["60", "25", "15"]
    assert not [r for r in spec.requirements if r.status.value != "honoured"]


@pytest.mark.parametrize("prompt", [
    f"Vesting pour la lauréate du concours {_TOKEN} : 2 ans, linéaire, pas de cliff, qui démarre 10 jours après le "
    "déploiement.",
    f"vestin 4 my friend {_TOKEN} pls, 2 yrs linear, no clif",
])
def test_a_vesting_beneficiary_after_a_colon_and_typos(prompt: str) -> None:
    spec = accounted(prompt)
    assert spec.addresses.get("beneficiary", "").lower() == _TOKEN
    assert option_readings(spec).get("cliff") == (False, "honoured")


def test_proposal_threshold_and_existing_token_in_portuguese() -> None:
    spec = parse(f"governor «Conselho Trader» usando o token de voto que já existe em {_TOKEN}; quórum de 10%, e "
                 "precisa de 20 mil tokens pra propor.")
    assert spec.addresses.get("token", "").lower() == _TOKEN
    assert str(next(r for r in spec.requirements if r.key == "proposal_threshold").value) == "20000"


@pytest.mark.parametrize(("prompt", "feature"), [
    ("colección nft Patio Eterno PTET, máx 50, cualquiera mintea pagando 0,01 ETH", "public_mint"),
    ("Token «Coxinha» (CXNH), 100 mil tokens; os clientes queimam os tokens pra trocar por coxinha.", "burnable"),
])
def test_abilities_said_as_what_people_do(prompt: str, feature: str) -> None:
    assert option_readings(parse(prompt)).get(feature, (None,))[0] is True


def test_no_wallet_may_hold_more_is_a_holding_limit() -> None:
    spec = accounted("deploy Whale Wall $WHWL 1e6 supply, anti-whale: no wallet can ever hold more than 2% of supply")
    assert option_readings(spec).get("max_wallet") == (True, "unmet")
