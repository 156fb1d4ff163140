"""Reading rules (issue 12) for counts of the asker's world, thresholds said as a share of the signers, cliffs said
as "nothing unlocks in the first ..", and second thoughts in a chat: a count the asker owns or estimates ("we've got
3 lifts", "we hold about 2,400 objects") is never a collection's maximum; an extension number is no supply; "any two
of us three", "3 of them must confirm" give the threshold; "hmm ... so NOT soulbound" takes back the earlier ask.
Inputs written for these tests, not taken from the bench sets."""

from __future__ import annotations

import pytest

from tests.unit.reading import accounted

_OWNERS = ", ".join("0x" + c * 40 for c in "1234")
_BENEFICIARY = "0x" + "5" * 40


@pytest.mark.parametrize("prompt", [
    "NFT passes Quarry Club (QRYC) for our gym, we've got 3 climbing walls and about 900 members",
    "ERC-721 certificates Old Mill Archive (OMAR); we hold about 5,000 documents in the archive",
])
def test_a_count_the_asker_owns_or_estimates_is_not_the_maximum(prompt: str) -> None:
    spec = accounted(prompt)
    assert spec.cap is None and not any(r.kind.value in ("cap", "supply") for r in spec.requirements)


def test_a_count_of_the_tokens_themselves_is_still_the_maximum() -> None:
    assert accounted("a collection of 3,333 frogs, Pond Life (PNDL)").cap == "3333"


def test_an_extension_number_is_no_supply() -> None:
    spec = accounted("ticket from the lab (ext. 2931): ERC-20 named Lab Credit, symbol LABC, whole units only")
    assert spec.initial_supply is None


@pytest.mark.parametrize(("prompt", "threshold"), [
    (f"multisig for the band fund, any two of us four sign: {_OWNERS}", 2),
    (f"Multisig for our studio, we are 4 partners and 3 of them must approve each payment: {_OWNERS}", 3),
])
def test_a_threshold_said_as_a_share_of_the_signers(prompt: str, threshold: int) -> None:
    spec = accounted(prompt)
    assert spec.options.get("threshold") == threshold
    assert not [r for r in spec.requirements if r.status.value != "honoured"]


@pytest.mark.parametrize(("prompt", "cliff"), [
    (f"vesting for our new chef {_BENEFICIARY}: 2 years linear, nothing unlocks in the first 6 months", 180 * 86400),
    (f"vest it to {_BENEFICIARY} over 4 years, nothing at all before the first year", 365 * 86400),
])
def test_nothing_unlocking_at_first_is_a_cliff(prompt: str, cliff: int) -> None:
    spec = accounted(prompt)
    assert spec.options.get("cliff_seconds") == cliff
    assert not [r for r in spec.requirements if r.status.value != "honoured"]


def test_a_second_thought_in_a_chat_takes_back_the_earlier_ask() -> None:
    spec = accounted("Ana: NFT club cards Tide Card (TDCD), make them soulbound\n"
                     "Ben: hmm, members trade cards between them. so NOT soulbound, normal transfers")
    assert spec.options["template_options"]["soulbound"] is False
    assert not [r for r in spec.requirements if r.status.value != "honoured"]


@pytest.mark.parametrize("prompt", [
    "token Road Crew (RDCW), 1M supply, we'll add more after the 40-city tour",
    "token Cold Spot (CLDS), 50k supply, the cryostat runs at 15 mK",
    "token Corner Deli (CRDL), 80k supply, open since 09",
    "Board pack, item 4: token Ledger Lane (LGLN), 2M supply",
])
def test_numbers_that_describe_the_askers_world(prompt: str) -> None:
    spec = accounted(prompt)
    assert not [r for r in spec.requirements if r.status.value != "honoured"]


def test_a_stray_number_is_no_governors_supply() -> None:
    spec = accounted("Unsere Genossenschaft mit 6 Booten möchte einen Governor über den Token "
                     "0x" + "7" * 40 + ", Quorum 10 %")
    assert spec.initial_supply is None


@pytest.mark.parametrize("prompt", [
    "escrow: the client 0x" + "1" * 40 + " pays in, the studio 0x" + "2" * 40 + " gets paid, shop owner 0x" + "3" * 40
    + " settles disputes, refund after 14 days",
    "escrow: buyer 0x" + "1" * 40 + ", seller 0x" + "2" * 40 + ", and an independent grader, 0x" + "3" * 40
    + ", rules on disputes; refund after 14 days",
])
def test_an_escrow_party_described_by_another_word_is_named_by_its_act(prompt: str) -> None:
    assert accounted(prompt).addresses.get("arbiter") == "0x" + "3" * 40


def test_a_year_after_a_building_verb_is_context() -> None:
    spec = accounted("NFT prints Harbour Light (HBLT), 5% royalty to 0x" + "4" * 40 + ". the tower was first lit 1874")
    assert spec.cap is None


def test_an_aside_marked_btw_is_context() -> None:
    assert accounted("club NFTs Ridge Pass (RDGP), soulbound, only the club mints. a course takes 12 flights btw").cap is None


def test_a_cliff_said_duration_first() -> None:
    spec = accounted(f"vesting for {_BENEFICIARY}, 24 months in total, and in the first 3 months nothing can be released")
    assert spec.options.get("cliff_seconds") == 90 * 86400


def test_hang_on_replaces_the_symbol() -> None:
    assert accounted("reward token Clue Coins, symbol CLUX, no hang on, make it CLUE. 1M supply").symbol == "CLUE"
