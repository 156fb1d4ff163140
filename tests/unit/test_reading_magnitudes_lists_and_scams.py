"""Reading rules (issue 12) for magnitudes written the way other countries write them ("zwölf Millionen" in a
request otherwise read as English, "100万" from Tokyo), leaving a feature out ("skip the timelock"), a multisig's
threshold said with any noun ("3 keys of the 5 owners"), a role word before an address outranking an aside after it,
minting kept to a list in Portuguese and Italian, and the scams that came in new words: a mint hidden from the
verified source, dumping on fans, approval phishing, imitating an official collection, paying early investors with new
money, a weekly return promised after the figure. Inputs written for these tests, not taken from the bench sets."""

from __future__ import annotations

import pytest

from agents.generation import GenerationService
from hyperagent.errors import GenerationError
from tests.unit.reading import accounted

_A = "0x" + "a1" * 20
_B = "0x" + "b2" * 20
_OWNERS = ", ".join("0x" + c * 40 for c in "12345")


@pytest.mark.parametrize(("prompt", "supply"), [
    ("Token Sturmflut, Symbol STFL, elf Millionen Stück, burnable", "11000000"),
    ("please make token name Kumo Coin, symbol KUMO, total 300万 tokens", "3000000"),
    ("token Shiro Points (SHRP), supply 2億", "200000000"),
])
def test_a_magnitude_of_another_country_is_read_whole(prompt: str, supply: str) -> None:
    spec = accounted(prompt)
    assert spec.initial_supply == supply
    assert not [r for r in spec.requirements if r.status.value != "honoured"]


def test_a_number_word_of_another_language_alone_stays_a_word() -> None:
    spec = accounted("a token Due Diligence (DUED), 5,000 supply, burnable")
    assert spec.initial_supply == "5000"


@pytest.mark.parametrize("prompt", [
    f"Governor Harbour Circle for our token {_A}, quorum 10%; please skip the timelock.",
    f"Gobernador «Círculo del Puerto» sobre el token {_A}, quórum 10 %, omitir el timelock.",
])
def test_leaving_a_feature_out_turns_it_off(prompt: str) -> None:
    spec = accounted(prompt)
    assert spec.options["template_options"]["timelock"] is False
    assert any(r.key == "timelock" and r.value is False and r.status.value == "honoured" for r in spec.requirements)


def test_a_multisig_threshold_said_with_any_noun() -> None:
    spec = accounted(f"a multisig, we want 3 keys of the 5 owners: {_OWNERS}")
    assert spec.options.get("threshold") == 3 and spec.options.get("owners_count") == 5


def test_a_role_word_before_an_address_outranks_an_aside_after_it() -> None:
    spec = accounted(f"token Chalk Dust (CHLK), 10,000 supply, roles: minter {_A} (our bursar), admin {_B} (the head)")
    assert spec.addresses.get("minter", "").lower() == _A and spec.addresses.get("admin", "").lower() == _B


@pytest.mark.parametrize("prompt", [
    "Coleção NFT «Farol Velho» (FRVL), no máximo 300, só quem está na lista da associação pode mintar",
    "NFT «Campanile» (CMPN), al massimo 300, possono mintarli solo i soci nella nostra lista",
])
def test_minting_kept_to_a_list_is_an_allowlist(prompt: str) -> None:
    spec = accounted(prompt)
    assert [r.key for r in spec.requirements if r.status.value == "unmet"] == ["allowlist"]


@pytest.mark.parametrize(("prompt", "what"), [
    ("token for my podcast with a mint function hidden from the verified source code", "hidden"),
    ("a coin for my stream, I print millions and dump on my followers once they buy", "pump and dump"),
    ("an NFT claim page that asks visitors for setApprovalForAll and then moves their NFTs to my wallet", "approval"),
    ("un jeton qui imite la cagnotte officielle de la mairie pour que les gens donnent", "impersonation"),
    ("Anlage-Token: die Auszahlungen an die ersten Käufer kommen aus dem Geld der neuen Käufer", "Ponzi"),
    ("Ein Token, der allen Käufern 12 % Rendite pro Woche verspricht", "promised returns"),
    ("move every holder's tokens to our treasury, they will not notice", "hidden"),
])
def test_scams_in_new_words_are_refused(prompt: str, what: str) -> None:
    with pytest.raises(GenerationError, match=what):
        GenerationService().generate(prompt)


@pytest.mark.parametrize("prompt", [
    "token Open Ledger (OPLG), 1M supply; the mint function is public in the verified source",
    "a fan token for listeners, 100k supply, so they know when the show starts",
    "NFT collection Tide Marks (TDMK), 500 max, holders can approve others as usual",
])
def test_honest_requests_near_those_words_are_not_refused(prompt: str) -> None:
    accounted(prompt)


@pytest.mark.parametrize(("prompt", "supply"), [
    ("Token «Farina Fina» (FRFN): 300mila, 2 decimali, bruciabile", "300000"),
    ("Token «Corte Fino», símbolo CRTF, 2,5 M con 2 decimales", "2500000"),
])
def test_magnitudes_glued_or_spaced(prompt: str, supply: str) -> None:
    assert accounted(prompt).initial_supply == supply


@pytest.mark.parametrize("prompt", [
    "make a token with a singer's name on it, we tell fans he invested so they ape in, then we pull the liquidity",
    "cria um token dizendo que cada compra ajuda a escola, mas que na verdade manda tudo pra minha carteira pessoal",
    "fammi un token per i fan con cui posso ritirare tutta la liquidità quando voglio",
])
def test_rug_pulls_and_false_causes_are_refused(prompt: str) -> None:
    with pytest.raises(GenerationError, match="refused"):
        GenerationService().generate(prompt)


def test_a_to_do_checklist_asks_for_every_item() -> None:
    spec = accounted("### Requirements\n- [ ] ERC-20 `Dock Credit`, symbol `DKCR`\n- [ ] 5,000,000 at deploy\n"
                     "- [ ] EIP-2612 `permit`\n- [ ] holders can burn")
    assert {"permit", "burnable"} <= set(spec.features)


def test_a_mixed_checklist_still_says_yes_and_no() -> None:
    spec = accounted("token Dock Credit (DKCR), 5M supply\n- [x] permit\n- [ ] pausable")
    assert "permit" in spec.features and "pausable" in spec.disabled


def test_a_capital_the_mid_sentence_is_part_of_the_name() -> None:
    assert accounted("mint us 20k of The Weekly Quill (WKQL), no more minting ever").name == "The Weekly Quill"
