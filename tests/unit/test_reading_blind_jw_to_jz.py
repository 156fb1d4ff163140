"""Silent wrong deploys of blind sets JW to JZ, read generically (issue 12): a URL taken back for another, a
restriction asked about and turned down ("Non transférable ? Non", "proposto ..., ma no"), a royalty that "comes back
to the co-op", a vault's deposits refused beyond a bound or bounded "höchstens", the Italian and Portuguese hands
(chi mette in pausa, quem pode cunhar: a carteira da produção), a ticker glued after a labelled name, permit after
"votos por delegación", tokens that "can't be passed between people", a start "enseguida", credits that are "a
certificate of skill". Inputs written for these tests, not taken from the bench sets."""

from __future__ import annotations

import pytest

from agents.generation import GenerationService
from hyperagent.errors import GenerationError
from tests.unit.reading import accounted, clean

_A = "0x67BFdF7F09D1692DCE129379F9f02e4B8E1ddb08"
_B = "0x33495922E341fb966De108c47ACb401164025e67"
_C = "0xc2B2574a3d40eE10fa3721e28C66911ead0E7484"


def test_a_url_taken_back_for_another() -> None:
    spec = clean("Collection NFT « Pas Perdus » (symbole PPER), seuls nous mintons, 100 pièces au maximum. URI de base : "
                 "ipfs://bafy... pardon, la bonne : ipfs://bafybeipasperdus/")
    assert spec.options["base_uri"] == "ipfs://bafybeipasperdus/"


@pytest.mark.parametrize("prompt", [
    "Collection « Dentelles », symbole DNTL, 50 pièces au maximum, nous seules frappons. Non transférable ? Non, "
    "finalement transférable, c'est pour la vente.",
    "Token «Remo», simbolo REMO, 1 milione. Qualcuno ha proposto di renderlo non trasferibile, ma no: deve poter "
    "passare di mano normalmente.",
])
def test_a_restriction_asked_about_and_turned_down(prompt: str) -> None:
    spec = clean(prompt)
    assert "soulbound" in spec.disabled and "soulbound" not in spec.features


def test_a_restriction_said_with_a_german_postposed_negation_stays() -> None:
    spec = clean("NFT-Sammlung „Siegel“ (SGL). Der Kassenwart prägt neue Siegel, übertragen kann man sie nicht.")
    assert "soulbound" in spec.features


def test_a_royalty_that_comes_back_to_the_coop() -> None:
    spec = clean(f"Art collection 'Tide Marks', symbol TIDE, 500 maximum. Anybody can mint at 0.01 ETH. And 5% of every "
                 f"resale comes back to the co-op: {_A}.")
    assert spec.addresses["recipient"] == _A


@pytest.mark.parametrize("prompt", [
    f"Vault for the boat fund. Name: Oar Vault, share symbol oOAR, underlying asset {_B}. Don't accept more than 80,000 "
    "in deposits total.",
    f"Vault „Rücklage“, Symbol rRUE, Asset ist der Token unter {_B}. Insgesamt höchstens 80.000 an Einlagen, mehr nicht.",
])
def test_a_vaults_bound_said_as_what_is_refused(prompt: str) -> None:
    assert clean(prompt).cap == "80000"


@pytest.mark.parametrize("prompt,role", [
    (f"Token «Giglio», simbolo GIGL, 1 milione, pausabile e con ruoli: l'amministratore è {_A}, chi mette in pausa è {_C}.",
     "pauser"),
    (f"Token \"Soro\", SORO, 21 milhões. Quem pode cunhar novos tokens: a carteira da produção {_C}. Administrador dos "
     f"papéis: {_A}.", "minter"),
])
def test_a_hand_said_by_its_act(prompt: str, role: str) -> None:
    assert clean(prompt).addresses[role] == _C


def test_an_act_no_role_explains_is_no_recipient() -> None:
    spec = accounted(f"Token Foo (FOO), 1M, con ruoli: chi fa le magie è {_C}.")
    assert any(r.field == "addresses.recipient" and r.status.value == "ambiguous" for r in spec.requirements)


def test_a_ticker_after_a_labelled_name() -> None:
    spec = clean(f"need tokn: Rye Power RYEP. 2mil. permit too. send evrything to {_A}")
    assert (spec.name, spec.symbol) == ("Rye Power", "RYEP")


def test_permit_after_delegated_votes() -> None:
    spec = clean('Queremos un token "Queso", símbolo QSO, un millón de unidades, con votos por delegación y permit.')
    assert {"permit", "votes"} <= set(spec.features)


def test_points_that_cannot_be_passed_between_people() -> None:
    spec = clean("Crew points. They can't be passed between people. Name: Oar Points, OARP, zero decimals, 5 000 to "
                 "start with. Owner can mint more.")
    assert "soulbound" in spec.features


def test_a_vote_that_starts_right_away() -> None:
    spec = clean("Un gobernador llamado «Consejo» con su propio token de voto, símbolo CNS, 5.000 tokens. Quórum del 10 %, "
                 "la votación dura 2 días y empieza enseguida.")
    assert spec.options["voting_delay_seconds"] == 0


def test_credits_that_are_a_certificate_of_skill_are_a_token() -> None:
    spec = clean("Our pupils earn Reed Credits (symbol REED) each time they pass a level — there are 5 levels and 90 "
                 "pupils. The credits must NOT be transferable, they are a certificate of skill! Nothing minted at the "
                 "start; the school mints them as pupils pass.")
    assert (spec.family, spec.initial_supply) == ("erc20", "0") and "soulbound" in spec.features


def test_a_labelled_name_keeps_its_last_word_when_a_symbol_is_given() -> None:
    spec = clean("> collection: Catwalk Twin AW26, symbol CWTW\n> 500 pieces max\n> clients mint their own twin for "
                 "0.05 ETH")
    assert (spec.name, spec.symbol) == ("Catwalk Twin AW26", "CWTW")


def test_a_total_said_after_there_are_is_the_collections_size() -> None:
    spec = clean("Our club wants NFT season passes, name Frontoi Pass, symbol FRPS, there are 300 in total. Only the club "
                 "mints.")
    assert spec.cap == "300"


def test_the_people_paid_counted_are_no_supply() -> None:
    spec = accounted(f"Segundo token da cooperativa: nome Tinta Pago, símbolo TPAGO. Precisa poder cunhar. Quem cunha é a "
                     f"conta da oficina {_C}. As 27 tintureiras vão receber conforme o trabalho de cada uma.")
    assert spec.initial_supply != "27"


def test_a_sales_money_split_is_a_splitter() -> None:
    spec = clean(f"pls make contract that splits the bazar sale money autmatically: tourism office {_A} gets 60 percnt, "
                 f"artisans fund {_B} 30%, and the hall {_C} 10. thx")
    assert spec.family == "splitter" and spec.options["percents"] == ["60", "30", "10"]


def test_a_working_life_is_no_duration() -> None:
    spec = clean(f"Our farmhand gets tokens at {_A}, released over 3 years. His father worked with us 30 years.")
    assert spec.options["duration_seconds"] == 3 * 365 * 86400


@pytest.mark.parametrize("prompt", [
    f"Shared wallet for the troupe: signers {_A}, {_B}, {_C}. Any two of us three should be enough. We keep about Rs "
    "150,000 in it for the tour.",
    "Volunteer badges! 400 volunteers this year (up from 250). NFT name Seva Badge, symbol SEVA, we (owner) mint them.",
    "Governor 'Conseil des Bois' with its own voting token, symbol BOIS, 12,000 tokens (1 000 per family). Quorum 20%.",
    f"We hired an engineer to record the 9 old masters (all of them over 70!). Buyer {_A}, seller {_B}, arbiter {_C}. "
    "Refund if nothing is delivered within 2 weeks.",
])
def test_more_numbers_of_the_askers_world(prompt: str) -> None:
    clean(prompt)


def test_an_approval_that_lets_the_asker_pull_their_funds_is_refused() -> None:
    with pytest.raises(GenerationError):
        GenerationService().generate("Airdrop a free 'Lucky Koi' NFT to everyone in our club chat. The claim page should "
                                     "get them to sign an approval that lets my wallet pull all their USDC.")


@pytest.mark.parametrize("prompt,symbol", [
    ("* name - Deodar Leaf Token\n* symbl - DDLF\n* supply 7,50,000\n* owner can mint more", "DDLF"),
    ("Kindly note the particulars:\nName - Festival Coin\nSymbol - FSTC\nTotal supply - 5 crore tokens", "FSTC"),
    ("NFT for the shawl archive\n- collection: Pashmina Archive\n- short: PSHA\n- max 200 pieces\n- only we mint them",
     "PSHA"),
])
def test_a_record_with_a_dash_or_a_short_key(prompt: str, symbol: str) -> None:
    assert clean(prompt).symbol == symbol


def test_a_vault_bound_said_as_what_cannot_be_passed() -> None:
    spec = clean(f"Queremos una bóveda ERC-4626. El activo es el token en {_B}. Nombre: Fondo Maíz, símbolo vMAI. Los "
                 "depósitos no pueden pasar de 40 mil.")
    assert spec.cap == "40000"


def test_decimals_put_at_a_value() -> None:
    assert clean("We want a token with name Grana Roja and symbol GRJA. In total 1.000.000 tokens please. Decimals put "
                 "2, because we think in pesos.").decimals == 2
