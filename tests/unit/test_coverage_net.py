"""The safety net of issue 12 point 1, as structure rather than per-case fixes: a request the reader did
not fully understand stops (an ambiguous requirement naming the words) instead of deploying the template's
defaults. Real requests in six languages, none taken from a bench set; the spec's requirements asserted."""

from __future__ import annotations

import pytest

from agents.generation import coverage, requirements
from agents.generation.spec_parser import parse


def _ambiguous(prompt: str) -> dict[str, str]:
    return {r.key: r.text for r in parse(prompt).requirements if r.status.value == "ambiguous"}


@pytest.mark.parametrize("word, naming", [
    ("llame", True), ("yame", True), ("chiami", True), ("heißt", True), ("chamado", True), ("chiammi", True),
    ("apelle", True), ("nommé", True), ("intitulé", True), ("burnable", False), ("Cafetal", False), ("name", True),
])
def test_naming_words_and_their_typos_in_six_languages(word: str, naming: bool) -> None:
    assert coverage.naming_word(word) is naming


@pytest.mark.parametrize("prompt, phrase", [
    ("quiero un token q se yame Brisa Marina, 3 millones, pausable", "yame Brisa"),
    ("vorrei un token che si chiamasse Onda Lunga, un milione di pezzi", "Onda Lunga"),
    ("je veux un jeton qui s'apelle Lune Rousse avec un million d'unités", "apelle Lune"),
    ("ein Token, der Nordlicht heissen soll, eine Million Stück, pausierbar", "heissen"),
    ("governador: Mesa Redonda\nquórum: 10%\nperíodo de votação: 3 dias", "Mesa Redonda"),
])
def test_a_name_given_but_not_read_stops(prompt: str, phrase: str) -> None:
    spec = parse(prompt)
    if spec.name != phrase:  # the longer reading taken is right too; anything else must stop
        assert phrase.split()[-1] in _ambiguous(prompt)["name"] and requirements.stop_line(spec)


@pytest.mark.parametrize("prompt", [
    "An ERC20 with 1M supply, burnable.",
    "A governance contract for our token 0x8b6271dBBbda8491C36355B5D4E658b8E88ac7E9, quorum 4%, voting period one week.",
    "I'm after a simple ERC20 with 5 million supply and permit.",
    "🚀 ERC20 launch: 2 million supply, pausable!",
])
def test_no_name_and_nothing_like_one_is_no_ambiguity(prompt: str) -> None:
    assert "name" not in _ambiguous(prompt)


@pytest.mark.parametrize("prompt, phrase", [
    ("The token's name is really just Anvil, symbol ANV, 1M supply.", "Anvil"),
    ("Un jeton qui s'appelle Tour d'Argent, symbole TDA, un million d'unités.", "Tour d'Argent"),
    ("Un token che si chiama Monte-Bianco, simbolo MBC, un milione di pezzi.", "Monte-Bianco"),
])
def test_a_name_read_in_part_stops(prompt: str, phrase: str) -> None:
    spec = parse(prompt)
    if spec.name != phrase:  # the longer reading taken is right too; anything else must stop
        assert "name" in _ambiguous(prompt) and requirements.stop_line(spec), spec.name


@pytest.mark.parametrize("prompt, phrase", [
    ('{"standard": "ERC20", "name": "Pine Resin", "symbol": "PNR", "initial_supply": 5000, "tradeable": false}',
     "tradeable"),
    ("NFT-Sammlung „Bergführer Ausweis“, Symbol BFA, jede Karte mit eigener Metadaten-URI, höchstens 300 Stück",
     "Metadaten"),
])
def test_a_feature_word_or_boolean_record_nothing_placed_stops(prompt: str, phrase: str) -> None:
    found = _ambiguous(prompt)
    assert any(phrase.lower() in text.lower() for text in found.values()), found


@pytest.mark.parametrize("prompt", [
    "Token ERC20 «Río Claro» (RCL), 5.000 tokens. No debe poder transferirse entre socios.",
    "Jeton ERC20 « Pic Vert » (PVT), 5 000 jetons, qui ne peut pas être transféré.",
    "ERC20-Token „Kiesel“ (KSL), 5.000 Stück, darf nicht übertragen werden.",
    "Token ERC20 'Rocha' (RCH), 5 mil tokens, não pode ser transferido.",
    "Token ERC20 'Ciottolo' (CTL), 5 mila token, non può essere trasferito.",
])
def test_a_negated_transfer_verb_is_soulbound_or_stops(prompt: str) -> None:
    spec = parse(prompt)
    assert "soulbound" in spec.features or requirements.stop_line(spec)


def test_a_negated_transfer_inside_a_relative_clause_or_after_another_verb_binds_nothing() -> None:
    assert "feature" not in _ambiguous("ERC20 Gravel (GRVL), 900000 supply, nobody can pause transfers.")


@pytest.mark.parametrize("prompt, language", [
    ("Jeton ERC20 « Caillou » (CLU), un million d'unités, zéro décimale.", "fr"),
    ("Token ERC20 «Guijarro» (GJR), un millón de tokens, cero decimales.", "es"),
    ("ERC20-Token „Kiesel“ (KSL), eine Million Stück, null Dezimalstellen.", "de"),
    ("Token ERC20 'Seixo' (SXO), um milhão de tokens, zero casas decimais.", "pt"),
    ("Token ERC20 'Sasso' (SSO), un milione di token, nessun decimale.", "it"),
    ("ERC20 'Pebble' (PBL), one million units, zero decimals.", "en"),
])
def test_zero_decimals_in_six_languages(prompt: str, language: str) -> None:
    spec = parse(prompt)
    assert spec.decimals == 0, (language, spec.decimals)


def test_a_decimals_word_whose_number_was_not_read_stops() -> None:
    spec = parse("Jeton ERC20 « Caillou » (CLU), un million d'unités, quelques décimale.")
    assert spec.decimals == 18 and requirements.stop_line(spec)
