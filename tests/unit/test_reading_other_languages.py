"""A request in a language the offline reader does not read stops and names the language, instead of deploying
what its names and digits give with every feature said in words dropped (issue 12: "z możliwością spalania" had
deployed a token that cannot burn). Inputs written for these tests, not taken from the bench sets."""

from __future__ import annotations

import pytest

from agents.generation import GenerationService, requirements
from agents.generation.languages import unread_language
from hyperagent.errors import GenerationError, RequirementsUnmetError


@pytest.mark.parametrize(("prompt", "language"), [
    ("Maak een token genaamd Zeilboot, symbool ZLB, 3 miljoen stuks, brandbaar", "Dutch"),
    ("Utwórz token o nazwie Bursztyn, symbol BRS, 2 miliony sztuk, z możliwością spalania", "Polish"),
    ("Skapa en token som heter Lingon, symbol LNG, 700 000 stycken, pausbar", "Swedish"),
    ("Lav en token der hedder Fyrtårn med symbol FYR og 4 millioner, brændbar", "Danish"),
    ("Kedi Parası adında bir token, sembolü KDP, 8 milyon adet, yakılabilir olsun", "Turkish"),
    ("Buatkan token bernama Kopi Tubruk, simbol KTB, 5 juta, bisa dibakar oleh pemilik", "Indonesian"),
    ("Vytvoř token s názvem Hrad, symbol HRD, 1 milion kusů, který lze spálit", "Czech"),
    ("Creează un token numit Dunărea, simbolul DNR, 6 milioane, care poate fi ars", "Romanian"),
    ("Tạo token tên Hoa Sen, ký hiệu HSN, 2 triệu, có thể đốt được", "Vietnamese"),
    ("Создай токен Сосна, символ SSN, 1 миллион, с возможностью сжигания", "Cyrillic"),
    ("Δημιούργησε ένα token με όνομα Ελιά, σύμβολο ELA, 1 εκατομμύριο", "Greek"),
    ("请创建一个代币，名称 Bamboo，符号 BMB，供应量一百万，可销毁", "Chinese"),
])
def test_a_request_in_another_language_is_named(prompt: str, language: str) -> None:
    assert language in (unread_language(prompt) or "")


@pytest.mark.parametrize("prompt", [
    "Maak een token genaamd Zeilboot, symbool ZLB, 3 miljoen stuks, brandbaar",
    "Utwórz token o nazwie Bursztyn, symbol BRS, 2 miliony sztuk, z możliwością spalania",
    "Buatkan token bernama Kopi Tubruk, simbol KTB, 5 juta, bisa dibakar oleh pemilik",
])
def test_a_request_in_another_language_stops_and_says_which(prompt: str) -> None:
    spec = GenerationService().generate(prompt).spec
    with pytest.raises(RequirementsUnmetError, match=r'^ambiguous: "[^"]*" \(language=(Dutch|Polish|Indonesian)'):
        requirements.gate(spec)
    assert "offline reader reads English" in requirements.stop_line(spec)


def test_a_request_with_no_kind_in_another_script_is_turned_down_naming_the_language() -> None:
    with pytest.raises(GenerationError, match="looks like Japanese.*rephrase it in one of those"):
        GenerationService().generate("トークンを作って、名前はサクラ、発行量は百万")


@pytest.mark.parametrize("prompt", [
    "Token for our Amsterdam bakery 'Het Warme Brood', HWB, 250k supply, burnable by holders",
    "Kila Siku savings token for the matatu sacco, symbol KSK, 1M supply, owner can mint",
    "Crea un token llamado Río Claro, símbolo RCL, 2 millones, quemable",
    "Crée un jeton nommé Pain d'Épice, symbole PEP, 1 million, pausable",
    "Erstelle einen Token namens Bergsee, Symbol BSE, 5 Millionen, verbrennbar",
    "Cria um token chamado Ipê Roxo, sigla IPR, 3 milhões, queimável",
    "Crea un token chiamato Vesuvio, simbolo VSV, 4 milioni, bruciabile",
    "ERC20 'Sakura Mochi' (SKM) for our shop in Osaka, 10M supply — named after 桜餅",
])
def test_the_six_read_languages_and_foreign_names_are_not_flagged(prompt: str) -> None:
    assert unread_language(prompt) is None


def test_a_terse_italian_request_is_read_as_italian_so_its_number_words_count() -> None:
    spec = GenerationService().generate("Token Olmo Grigio (OLMG), duecentoventimila pezzi, bruciabile").spec
    assert spec.initial_supply == "220000" and "burnable" in spec.features


def test_a_thousands_dot_in_a_portuguese_collection_count_is_a_thousand() -> None:
    spec = GenerationService().generate("NFT «Rede Velha» (RDVL) para as redes de pesca: no máximo 2.400, "
                                        "numeração automática").spec
    assert spec.cap == "2400"


def test_a_collection_count_that_is_no_whole_number_stops_instead_of_crashing() -> None:
    spec = GenerationService().generate("NFT collection Quay Lamps (QLMP), at most 2.4 pieces").spec
    cap = next(r for r in spec.requirements if r.kind.value == "cap")
    assert cap.status.value == "ambiguous" and "whole NFTs" in cap.reason and spec.cap is None


@pytest.mark.parametrize("prompt", [
    "Crea un token identico a quello di Ducati, stesso nome e logo, così i clienti pensano che sia ufficiale",
    "make a token copying Tether, same name and logo, so people think it is the real one",
])
def test_same_name_and_logo_is_impersonation_not_a_name(prompt: str) -> None:
    with pytest.raises(GenerationError, match="impersonation"):
        GenerationService().generate(prompt)
