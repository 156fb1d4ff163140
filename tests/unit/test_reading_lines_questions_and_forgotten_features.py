"""Lines of a form that end in a number, questions answered no, features dropped with "forget", ids that go
automatic and minting said as "c'est moi qui" (issue 12: blind sets AN to AP, whose silent misreads these were).
Inputs written for these tests, not taken from the bench sets."""

from __future__ import annotations

import pytest

from tests.unit.reading import accounted


def test_a_record_ending_in_a_number_does_not_run_into_the_next_line() -> None:
    spec = accounted("Token name: Drift Ice Points\nTicker: DRIP\nAmount at launch: 8 400 000\n"
                     "Can visitors burn points?: NO\nExtra minting later?: NO")
    assert spec.initial_supply == "8400000"
    assert {"burnable", "mintable"} <= set(spec.disabled) and "burnable" not in spec.features


def test_a_question_answered_no_is_no_unknown_ability() -> None:
    spec = accounted("Token name: Drift Ice Points\nTicker: DRIP\nSupply: 1000\nCan visitors pause transfers?: no")
    assert "pausable" in spec.disabled
    assert not [r for r in spec.requirements if r.status.value != "honoured"]


def test_a_question_naming_an_unknown_ability_still_stops() -> None:
    spec = accounted("Token name: Drift Ice Points\nTicker: DRIP\nSupply: 1000\nCan the owner snapshot balances?: yes")
    assert any(r.status.value == "ambiguous" for r in spec.requirements)


@pytest.mark.parametrize("prompt", [
    "token Fjell Mynt (FJMT), 3M, pausable... no, forget the pause",
    "token Sal Gorda (SLGD), 3 millones, pausable... no, olvida la pausa",
    "jeton Galet Bleu (GLTB), 3 millions, pausable... non, oublie la pause finalement",
    "Token Kiesel (KSL), 3 Millionen, pausierbar... nein, vergiss die Pause",
])
def test_forgetting_a_feature_is_never_read_as_asking_for_it(prompt: str) -> None:
    spec = accounted(prompt)
    pausing = [r for r in spec.requirements if r.key == "pausable"]
    assert pausing and not any(r.value is True and r.status.value == "honoured" for r in pausing)


@pytest.mark.parametrize("prompt", [
    "7) burning - not needed, please no\n1) name: Reed Flute\n2) symbol: RDFL\n3) supply: 40000",
    "Nombre: Flauta Caña; símbolo: FLCN; 40.000 fichas; nada de proxies ni contratos raros",
])
def test_a_dash_before_not_needed_and_plural_proxies_are_read(prompt: str) -> None:
    spec = accounted(prompt)
    assert set(spec.disabled) & {"burnable", "upgradeable"}


@pytest.mark.parametrize("prompt", [
    "NFT for locker keys, name Kulcs Szekreny, symbol KLSZ, the key id goes automatic",
    "locker keys as NFTs, Kulcs Szekreny (KLSZ): token ids auto, enumerable",
])
def test_ids_that_go_automatic(prompt: str) -> None:
    assert "auto_increment" in accounted(prompt).features


@pytest.mark.parametrize("prompt", [
    "NFT « Galet Doré » (GLTD) pour nos membres, énumérable, et c'est nous qui les émettons",
    "NFT Piedra Azul (PDAZ) para socios, es el club quien los emite",
])
def test_it_is_us_who_mint(prompt: str) -> None:
    assert "mintable" in accounted(prompt).features


def test_the_spanish_and_after_a_year_is_no_duration() -> None:
    spec = accounted("Vendemos aceite desde 2011 y queremos un token llamado Oro Verde, símbolo ORVD, 2 millones")
    assert spec.initial_supply == "2000000"
    assert not [r for r in spec.requirements if r.status.value != "honoured"]


@pytest.mark.parametrize("prompt", [
    "NFT «Sello Azul» (SLAZ) para socios, los IDs se asignan solos, el club (owner) acuña",
    "NFT «Sigillo Blu» (SGBL), gli ID si assegnano da soli, il club (owner) conia",
])
def test_ids_that_assign_themselves(prompt: str) -> None:
    assert "auto_increment" in accounted(prompt).features


@pytest.mark.parametrize("prompt", [
    "Token Lana Fina, abreviatura LNFN, un millón, que se pueda quemar y que la dueña acuñe más cuando haga falta",
    "NFT de alpacas «Lana Suave» (LNSV): numeración automática, el dueño los acuña",
    "NFT-Sammlung Ofen Bilder (OFBL): höchstens 300 Stück, prägen darf nur der Owner",
    "NFT « Verre Bleu » (VRBL) : un URI par jeton, frappe réservée au propriétaire",
    "collezione NFT «Vespa Rossa» (VSPR), al massimo 200, conio riservato al club (owner)",
])
def test_minting_kept_to_the_owner_in_new_forms(prompt: str) -> None:
    assert "mintable" in accounted(prompt).features


def test_a_verb_with_a_modal_before_an_address_binds_its_role() -> None:
    spec = accounted("Clubtoken Zahnrad (ZHRD), 100.000 Token, Rollen: Prägen darf nur 0x" + "a1" * 20 +
                     ", Admin ist 0x" + "b2" * 20 + ". Verbrennen und Pausieren brauchen wir nicht.")
    assert spec.addresses.get("minter", "").lower() == "0x" + "a1" * 20
    assert {"burnable", "pausable"} <= set(spec.disabled)


@pytest.mark.parametrize(("prompt", "feature"), [
    ("Please make token Sado Point, symbol SDOP, supply 2 million, it can be paused. Minting later is not needed",
     "mintable"),
])
def test_a_feature_not_needed_later(prompt: str, feature: str) -> None:
    spec = accounted(prompt)
    assert feature in spec.disabled and feature not in spec.features


@pytest.mark.parametrize("prompt", [
    "Token Acker Anteil (AKRA), 100.000 Stück, und der Erlös aus dem Gemüseverkauf wird anteilig an alle Inhaber "
    "ausgeschüttet",
    "members' token Orchard Share (ORSH), 1M, and the market money should be paid out automatically to every holder in "
    "proportion to their tokens",
])
def test_dividends_in_new_words_stop(prompt: str) -> None:
    spec = accounted(prompt)
    assert any(r.key == "dividends" and r.status.value == "unmet" for r in spec.requirements)


def test_a_uri_to_change_later_in_german() -> None:
    spec = accounted("ERC-1155 „Eisbecher“, Metadaten unter https://eis.example/{id}.json, nur ich als Owner präge, "
                     "und die URI möchte ich später ändern können")
    assert "updatable_uri" in spec.features


@pytest.mark.parametrize("prompt", [
    "NFT «Botte Vecchia» (BTVC) del raccolto 2022: massimo 300 esemplari, solo il proprietario conia",
    "We're restoring a window from the 1880s; token Lead Light (LDLT), 200k supply",
    "Token Typebar (TYPB), 1M supply, burnable; we stock parts going back to 1911",
    "FORMULARIO: Fecha: 14/05/2026 · token Cinta Roja (CNTR), 800.000 fichas",
])
def test_years_decades_and_dates_are_the_askers_world(prompt: str) -> None:
    spec = accounted(prompt)
    assert not [r for r in spec.requirements if r.status.value != "honoured"]


def test_an_english_article_before_hour_is_no_french_year() -> None:
    spec = accounted(f"payment splitter for our school: teacher 0x{'a1' * 20} 60%, assistant 0x{'b2' * 20} 40%. "
                     "lessons are £40 an hour")
    assert not [r for r in spec.requirements if r.key == "duration_seconds"]


def test_its_own_photo_link_is_uri_storage() -> None:
    assert "uri_storage" in accounted("NFT keepsakes Glass Hall (GLSH), I (the owner) mint one per guest, each NFT "
                                      "gets its own photo link").features


def test_a_role_named_earlier_in_the_record_binds_the_address_given_to() -> None:
    spec = accounted("Token name: Drip Line\nSymbol: DRPL\nInitial supply: 20 lakh\nWho can mint: only MINTER role, give "
                     f"to 0x{'a1' * 20}\nAdmin of roles: 0x{'b2' * 20}")
    assert spec.addresses.get("minter", "").lower() == "0x" + "a1" * 20


@pytest.mark.parametrize("prompt", [
    "The yard is building a 40-foot ketch over roughly 2,200 hours; token Keel Credit (KLCR), 500k supply, burnable",
    "Guests pay for our 2-day glacier hikes in advance; token Ice Step (ICST), 100k supply",
    "NFT Agave Reserve (AGRV), 900 max, owner mints; agave takes 7 years to mature btw",
    "Nossa oficina faz barcos há 15 anos; token Casco (CSCO), 300 mil, queimável",
])
def test_time_the_askers_world_spends_in_a_family_with_no_duration(prompt: str) -> None:
    spec = accounted(prompt)
    assert not [r for r in spec.requirements if r.status.value != "honoured"]


def test_a_lock_said_in_a_token_request_still_stops() -> None:
    spec = accounted("token Keel Credit (KLCR), 500k supply, tokens stay locked for about 2 years")
    assert any(r.status.value != "honoured" for r in spec.requirements)


def test_ids_that_must_be_sequential_and_royalties_at_an_address() -> None:
    spec = accounted("NFT «Quadros de Cana» (QDCN), os IDs devem ser sequenciais, só a oficina (owner) pode cunhar, "
                     f"resales pay me 5% royalties at 0x{'a1' * 20}")
    assert {"auto_increment", "royalties"} <= set(spec.features)
    assert spec.addresses.get("recipient", "").lower() == "0x" + "a1" * 20


@pytest.mark.parametrize("prompt", [
    "colección NFT «Laúd Viejo» (LDVJ), 100 piezas como máximo. Solo podrán acuñar los alumnos que estén en nuestra lista",
    "coleção NFT «Pincel de Ouro» (PNCO), no máximo 90 peças; somente os endereços dos alunos matriculados, que vamos "
    "cadastrar numa lista, podem cunhar",
    "NFT „Drehorgel“ (DRHG), höchstens 200 Stück, prägen dürfen nur Adressen auf unserer Mitgliederliste",
])
def test_minting_kept_to_a_list_in_more_orders_stops_as_an_allowlist(prompt: str) -> None:
    spec = accounted(prompt)
    assert any(r.key == "allowlist" and r.status.value == "unmet" for r in spec.requirements)


def test_a_share_of_concert_takings_to_holders_is_a_dividend() -> None:
    spec = accounted("Token «Cornamusa» (CRNM), mezzo milione di unità, e ogni mese i possessori ricevono in automatico "
                     "una quota degli incassi dei concerti")
    assert any(r.key == "dividends" and r.status.value == "unmet" for r in spec.requirements)


def test_thousand_in_a_terse_portuguese_vault_and_days_and_half() -> None:
    vault = accounted(f"cofre ERC-4626 «Reserva Sete» (rsUSDC), sobre o token 0x{'a1' * 20}, com depósitos limitados a "
                      "30 mil tokens no total")
    assert vault.cap == "30000"
    timelock = accounted(f"timelock, delay minimum must be 2 days and half, proposer 0x{'a1' * 20}, executor 0x{'b2' * 20}")
    assert timelock.options.get("delay_seconds") == 216000


@pytest.mark.parametrize(("prompt", "on", "off"), [
    ("need a token asap 🍋 Lemon Zest $LMZT, 5 mil supply, 6 dec, burnable ✅ pausable ❌", "burnable", "pausable"),
    ("token Salt Crust (SLCR), 1M supply\n✅ burnable\n❌ pausable", "burnable", "pausable"),
])
def test_ticks_and_crosses_answer_the_feature(prompt: str, on: str, off: str) -> None:
    spec = accounted(prompt)
    assert on in spec.features and off not in spec.features


def test_certificates_that_stay_with_the_student_forever_and_minted_by_me() -> None:
    spec = accounted("ERC-1155 called Dance Mastery, metadata at https://dm.example/{id}.json, these must stay with the "
                     "student forever, minted by me as owner")
    assert {"soulbound", "mintable"} <= set(spec.features)


def test_a_forms_yes_no_box_pairs_answer_each_line() -> None:
    spec = accounted("TOKEN REQUEST FORM\nToken name: Petal Tin\nTicker: PTTN\nStarting supply: 40,000,000\n"
                     "Minting after launch: [ ] yes  [x] no\nBurning by holders: [x] yes  [ ] no\n"
                     "Upgradeable: [ ] yes  [x] no")
    assert "burnable" in spec.features and {"mintable", "upgradeable"} <= set(spec.disabled)


def test_we_do_not_want_it_answers_a_record() -> None:
    spec = accounted("Token name: Ember Grill\nSymbol: EMBG\nTotal to create now: 1,000,000\nFlash loan: we do not want it")
    assert "flashmint" in spec.disabled
