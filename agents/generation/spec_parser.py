"""Request text -> ContractSpec with every requirement found, in English, Spanish, French, German,
Portuguese and Italian.

The request is folded (lexicon.fold_text: lowercase, no accents, typos corrected), its name and symbol are
read from their slots (naming), its numbers from digits and words (numbers) and given a role by their
context (quantities), its addresses bound to roles (roles), its features and their negations found as
lexicon concepts. Each finding becomes a typed `Requirement` with the request's own words, so that what
the contract does not honour can be reported rather than dropped (requirements.account).

Deterministic on purpose: the same request always yields the same spec, in milliseconds, and the family
it picks is explainable (`spec.options["family_reason"]`).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from decimal import Decimal

from agents.generation import (abilities, coverage, formulas, lexicon, mentions, naming, numbers, quantities, roles, shapes,
                               windows, world_words)
from agents.generation.languages import detect_language, unread_language
from agents.generation.composer import families as template_families
from agents.generation.composer import load_meta
from agents.generation.safety import clean_text, request_backdoor, solidity_identifier
from agents.models import ContractSpec, Requirement, RequirementKind, RequirementStatus
from hyperagent.errors import GenerationError

SUPPORTED_FAMILIES = tuple(template_families())
KNOWN_FAMILIES = tuple(family for family, _ in lexicon.FAMILIES)
LLM_HINT = ("pass --llm local (the model on this machine, `make llm`) or set HYPERAGENT_LLM=openai:gpt-4o-mini (or "
            "anthropic:..., ollama:...; HYPERAGENT_LLM_BASE_URL for an OpenAI-compatible endpoint) to let a model write it")
derive_symbol = naming.derive_symbol
_READ_LANGUAGES = "the offline reader reads English, Spanish, French, German, Portuguese and Italian"

_FAMILY_NOUNS = (r"erc ?-?\d+|tokens?|coins?|nfts?|collection|jetons?|fichas?|moneda|moeda|monnaie|munze|moneta|"
                 r"sammlung|coleccion|colecao|collezione|stablecoin|vault|drop|governor|gobernador|gouverneur|governatore|"
                 r"governador")
_NO_SUPPLY = (r"nothing (is |gets |will be )?(pre-?)?minted (at|on) (the )?(start|launch|deploy\w*|beginning)|"
              # "Keine Anfangsmenge, also 0", "sin suministro inicial", "sans offre initiale"
              r"keine? (anfangsmenge|anfangsbestand|startmenge|vorpragung)|sin (suministro inicial|emision inicial)|"
              r"sans (offre initiale|emission initiale)|nessuna (fornitura iniziale|emissione iniziale)|"
              r"sem (fornecimento inicial|emissao inicial)|"
              # "At the start there shall be none of it at all, zero."
              r"(?<=at the start there shall be )none|(?<=at the start there will be )none|"
              r"(?<=at the start there is )none|(?<=at the beginning there will be )none|"
              r"(no|zero|without( an?)?|nothing|0)\s+(initial\s+|pre-?minted\s+)?(supply|premint|pre-?mint|preminted)"
              r"(?!\s+(?:cap|caps|limit|ceiling|maximum|max)\b)|"  # (not "no supply cap needed")
              # "supply inicial zero", "initial supply: zero", "Startmenge null": the supply's own value said in a word
              r"(initial supply|supply inicial|supply initial|suministro inicial|offre initiale|anfangsbestand|anfangsmenge|startmenge|"
              r"fornitura iniziale|fornecimento inicial|initial (token )?supply|premint|pre-?mint)\s*(:|=|is|of|de|di|ist|"
              r"est|es|e)?\s*(zero|nil|none|null|cero|nada|nulla)|"
              # "we start the year at zero", "empezamos en cero", "on commence à zéro", "wir starten bei null"
              r"(start|starts|starting|begin|begins|beginning)( [\w']+){0,3} (at|from|with) (zero|nothing|none|0)|"
              r"(empez\w*|comenz\w*|arranc\w*)( [\w']+){0,3} (en|de|desde|con) (cero|0)|"
              r"(commenc\w*|demarr\w*|part\w*)( [\w']+){0,3} (a|de) (zero|0)|"
              r"(start\w*|beginn\w*|fang\w* \w+ an)( [\w']+){0,3} (bei|mit|von) (null|0)|"
              r"(comec\w*|inici\w*)( [\w']+){0,3} (em|do|com|de) (zero|0)|(part\w*|inizi\w*)( [\w']+){0,3} da (zero|0)|"
              r"nothing (is )?pre-?minted|no tokens? (at|on) (launch|deploy\w*)|sin suministro inicial|"
              r"(zero|nothing|none|no tokens?|0)( tokens?| points?)? (is |are )?(minted|issued|created) (at|on) (launch|"
              r"deploy\w*|start|creation)|"
              r"sans offre initiale|ohne anfangliche\w*|sem fornecimento inicial|senza offerta iniziale|"
              # "nenhum token na criação", "aucun jeton au déploiement", "keine Token bei der Erstellung"
              r"((no|zero|none|nenhum|nenhuma|ningun|ninguna|aucun|aucune|kein|keine|nessun|nessuno|0)\s+(tokens?|jetons?|"
              r"fichas?|monedas?|moedas?|gettoni|unidades|unites|einheiten|stuck|units?|coins?|points?|shares?)|"
              # "nothing exists at deployment", "rien n'existe au déploiement", "nichts existiert beim Start"
              r"nothing|nada|rien|nichts|niente|nulla)(\s+[\w']+){0,2}\s+"
              r"(at|on|upon|en|el|al|a|au|a la|lors du|lors de la|na|no|ao|bei|beim|bei der|alla|al|all'|in)\s+"
              r"(launch|deploy\w*|creation|creacion|criacao|creazione|erstellung|erzeugung|start|lancement|lanzamiento|"
              r"lancamento|despliegue|implantacao|deploiement|bereitstellung|ausgabe|distribuzione|genesis|nascita|inicio)")
_WEAK_FEATURES = {"registry": ("registry", True), "text_value": ("value_type", "string"),
                  "address_value": ("value_type", "address"), "bool_value": ("value_type", "bool"),
                  "anyone_writes": ("owner_only", False), "owned": None, "cliff": ("cliff", True)}
"""Words that ask for an option only in a family that has it ("message" in a storage contract)."""
_QUANTITY_FIELD = {"quorum": "percent", "royalty": "percent"}
_DEFAULT_NAMES = {"erc20": "My Token", "erc721": "My NFT", "erc1155": "My Multi Token", "governor": "My Governor",
                  "vesting": "Token Vesting", "staking": "Staking Rewards", "escrow": "Escrow",
                  "multisig": "MultiSig Wallet", "crowdsale": "Token Sale", "airdrop": "Merkle Airdrop",
                  "storage": "Simple Storage", "splitter": "Payment Splitter", "erc4626": "My Vault",
                  "timelock": "Timelock"}
_DEFAULT_IDENTIFIERS = {"erc20": "MyToken", "erc721": "MyNFT", "erc1155": "MyMultiToken", "governor": "MyGovernor",
                        "erc4626": "MyVault"}
_TOKEN_FAMILIES = ("erc20", "erc721", "erc1155", "erc4626")
_SUPPLY_FAMILIES = ("erc20", "erc721", "erc1155", "crowdsale", "staking", "airdrop", "governor")


_TOKEN_KINDS = ("erc20", "erc721", "erc1155")
_NFT_ONLY = ("royalties", "enumerable", "uri_storage")
"""Features only an NFT collection has: with no family word, they name it."""
_TOKEN_ONLY = ("permit", "flashmint")
"""Features only a fungible token has (gasless approvals, flash loans of itself): with no family word, they name it."""
_JOINED_BY_WITH = re.compile(r"(?<![\w])(with|including|that|which|whose|where|having|featuring|plus|as well as|and|"
                             r"con|avec|mit|com|y|et|und|e|incluyendo|inklusive|compreso)(?![\w])")


def detect_family(folded: str) -> tuple[str | None, str, str]:
    """(family, reason, the request's words) from folded text: explicit standards, then contract kinds,
    then token words."""
    family, reason, words, _ = read_family(folded)
    return family, reason, words


def read_family(folded: str) -> tuple[str | None, str, str, tuple[str, str] | None]:
    """detect_family, plus a contract kind the request asks a token to have ("an ERC20 with vesting",
    "token with staking rewards"): (kind, its words), reported as a requirement no token option meets."""
    explicit = re.search(r"(?<![\w])erc ?-?(20|721|1155|4626)(?![\w])", folded) or \
        re.search(r"(?<![\w])(?:a|an|the|one|un|une|uno|una|um|uma|ein|eine|einen)\s+(721|1155|4626)\s*-?\s*(?:token|contract|"
                  r"collection|standard|nft|vault|contrato|contrat|contratto|vertrag)(?![\w])|"
                  r"(?<![\w])(?:contract type|type|kind|standard|tipo|typ)\s*[:=]\s*(721|1155|4626)(?![\w])", folded)
    alone = _timelock_alone(folded)
    if alone:
        return "timelock", f"matched {alone.group(0)!r} and no governance or other contract", alone.group(0), None
    kinds = [(f, p) for f, p in lexicon.FAMILIES if f not in (*_TOKEN_KINDS, "storage")]
    patterns = dict(lexicon.FAMILIES)
    token_words = bool(re.search(patterns["erc721"], folded) or re.search(patterns["erc1155"], folded))
    for family, pattern in kinds:
        if family == "crowdsale" and token_words:
            continue  # an NFT "presale" is a mint phase, not a sale of an ERC20
        if family == "crowdsale" and re.search(patterns["escrow"], folded) and re.search(
                r"(?<![\w])(?:for|of|para|pour|fur|per)\s+(?:the|a|an|our|my|la|el|le|die|das|o|il)?\s*(?:[\w'-]+\s+){0,3}"
                r"(?:sales?|venta|vente|verkauf|venda|vendita)(?![\w])", folded):
            continue  # "escrow for kombu sale to Osaka wholesaler": the sale is what the escrow holds money for
        if family == "erc4626" and explicit and explicit.group(explicit.lastindex) != "4626" and \
                not re.search(r"erc ?-?4626", folded):
            continue
        if family == "staking" and re.search(r"(?<![\w])stake (?:that|which) vests?|(?<![\w])vesting stake", folded):
            continue  # "give her a stake that vests over 3 years": a share of the asker's, vested, no staking
        m = next((m for m in re.finditer(pattern, folded) if not (token_named(folded) and _a_setting(folded, m.start()))
                  and not _describes_an_address(folded, m.start(), m.end()) and not _split_of_nothing(folded, family, m)
                  and not _a_shared_safe(folded, family, m) and not _a_governor_to_come(folded, family, m)
                  and not _a_documents_title(folded, family, m)),
                 None)
        if m:
            if family == "vesting" and not re.match(r"vest|cliff", m.group(0)):
                return family, f"matched {m.group(0)!r}", m.group(0), None  # "tokens that unlock gradually": vesting
            token = _token_before(folded, m.start())
            if token is not None:
                return token[0], f"matched {token[1]!r}, with {m.group(0)!r}", token[1], (family, m.group(0))
            return family, f"matched {m.group(0)!r}", m.group(0), None
    if explicit:
        family = {"20": "erc20", "721": "erc721", "1155": "erc1155", "4626": "erc4626"}[explicit.group(explicit.lastindex)]
        return family, f"matched {explicit.group(0)!r}", explicit.group(0), None
    for family in ("erc1155", "erc721", "storage", "erc20"):
        m = next((m for m in re.finditer(patterns[family], folded) if not _a_weak_kind_word(folded, family, m)), None)
        if m and family == "storage" and re.search(patterns["erc20"], folded) and \
                not re.search(r"storage contract|simple storage", folded):
            continue  # "our 3 stores want a token": a token, and 'stores' is the asker's shops
        if m:
            return family, f"matched {m.group(0)!r}", m.group(0), None
    return None, "no family keyword", "", None


def _a_weak_kind_word(folded: str, family: str, m: re.Match[str]) -> bool:
    """"Collection year: 2026" on a token form, "our editions are usually 25 copies" in an NFT request: a word that
    names a kind only in passing gives way to the kind the rest of the request names."""
    word = m.group(0)
    if re.fullmatch(r"nfts?", word) and re.search(r"(?<![\w])(?:tickets|badges|cards|certificates|passes|photos|pictures|items|"
                                                r"pieces|memberships|vouchers|stamps|artworks)\s+(?:like|as)\s+(?:an?\s+)?$",
                                                windows.before(folded, m.start(), 40)):
        return False  # "This year we want tickets like NFT": the asker's things made as NFTs
    # (a number is the standard's, not a comparison: "tokens tipo 1155")
    if not word.isdigit() and re.search(r"(?<![\w])(?:(?<!would )(?<!'d )(?<!d )(?<!we )(?<!i )(?<!they )(?<!should )(?<!really )(?<!also )like|"
                 r"similar to|sort of|kind of|comme|wie|tipo)\s+(?:(?:a|an|un|une|una|um|uma|ein|eine|einen)\s+)?"
                 r"(?:[\w'-]+\s+){0,2}$", windows.before(folded, m.start(), 40)):
        return True  # "a token for our suppliers, like a partnership certificate": a comparison names no kind
    if family == "erc721" and re.fullmatch(r"collection|coleccion|colecao|sammlung|collezione", word) and re.search(
            r"(?<![\w])(?:tokens?|coins?|jetons?|fichas?|monedas?|moedas?|gettoni|gettone|munzen)\s+(?:para|for|pour|per|fur|"
            r"pra|zur)\s+(?:(?:la|the|our|a|nuestra|notre|unsere|nossa|nostra|il|le|die|this|esta|cette|questa)\s+)?$",
            windows.before(folded, m.start(), 40)):
        return True  # "lanzar un token para la colección": a token for the asker's collection (of clothes, of art)
    if family == "erc721" and re.fullmatch(r"certificates?|certificados?|certificats?|zertifikate?|certificat[oi]", word) and \
            re.search(r"(?<![\w])(?:they are|they're|it is|it's|are|is|as|like|son|sont|sind|sao|sono)\s+(?:a|an|un|une|una|um|"
                      r"uma|ein|eine)?\s*$", windows.before(folded, m.start(), 20)) and \
            re.search(r"(?<![\w])(?:credits?|points?|tokens?|coins?|creditos?|puntos?|pontos?|punti|jetons?|punkte)(?![\w])",
                      folded):
        return True  # "Silbo Credits ... they are a certificate of skill, not money": a likeness, the credits a token
    if family == "erc721" and re.fullmatch(r"collection|coleccion|colecao|sammlung|collezione", word):
        return bool(re.match(r"\s*(?:year|date|season|day|time|period|point|centre|center|agency|drive)\b", folded[m.end():])
                    or lexicon.find(lexicon.DECIMAL_WORDS, folded) and re.search(r"(?<![\w])(?:ticker|symbol)(?![\w])", folded))
    if family == "erc721" and re.fullmatch(r"badges?", word) and re.search(r"(?<![\w])(?:tokens?|points)(?![\w])", folded) and (
            lexicon.find(lexicon.DECIMAL_WORDS, folded) or
            re.search(r"(?<![\w])(?:supply|start with|points)(?![\w])", folded)):
        return True  # "a badge token ... supply 10 millions, decimals zero", "Kūkulu Points ... start with 1,000"
    if family == "erc1155" and word in ("editions", "inventory"):
        return bool(re.search(r"(?<![\w])(?:nfts?|erc ?-?721|non ?-?fungible)(?![\w])", folded))
    return False


def _a_shared_safe(folded: str, family: str, m: re.Match[str]) -> bool:
    """"Coffre du club partagé entre trois rameurs (0xA, 0xB, 0xC) : deux signatures suffisent": a safe or a strongbox
    ("coffre", "cofre", "caveau") whose payments need signatures of listed addresses is a multisig, not a vault."""
    count = len(re.findall(lexicon.MASKED_ADDRESS, folded))
    shape = shapes.family_by_shape(folded, count) if family == "erc4626" and count >= 2 else None
    return bool(shape) and shape[0] == "multisig" and not re.search(r"erc ?-?4626", folded)


def _a_documents_title(folded: str, family: str, m: re.Match[str]) -> bool:
    """"Proposition pour le bureau, suite à l'AG du 14 mars : créer un jeton ...", "Proposal for the board:": a
    proposal opening the request is the asker's own paper to a meeting, no governor."""
    return family == "governor" and bool(re.fullmatch(r"propos\w*|propuestas?|vorschlage?|propostas?|proposte?", m.group(0))) \
        and bool(re.fullmatch(r"(?:[\w'-]+\s+){0,2}", folded[max(0, folded.rfind("\n", 0, m.start()) + 1):m.start()])) \
        and bool(re.match(r"\s+(?:pour|for|to|para|fur|an|per|al|au|a|ao|alla)\s+(?:le|la|les|the|our|el|los|den|die|das|"
                          r"o|os|il|i|nuestro|nuestra|notre|unser\w*|nosso|nossa|nostro|nostra)?\s*[\w'-]+\s*[,:.;(-]",
                          folded[m.end():]))


_PLACE_NAMED_FOR_A_GOVERNOR = re.compile(
    r"(?<=[\w,;] )(?:Gobernador|Governador|Gouverneur|Governatore|Governor)(?= (?!(?:Bravo|Alpha|Contract|Token|DAO)\b)"
    rf"[{lexicon.CAPITALS}][\w'’-]+)")
"""A town named for a governor ("una comparsa de esquila de Gobernador Costa"): mid-sentence, a capitalised name after
it, no governance asked."""


def _split_of_nothing(folded: str, family: str, m: re.Match[str]) -> bool:
    """"named after our 2k race splits", "you can't split a yakitori skewer": the bare word "split" names a payment
    splitter only when the request gives someone a share (an address or a percentage)."""
    if family == "splitter" and m.group(0) == "splits" and re.search(
            r"(?<![\w])(?:between|after|before|during|each|every|per|our|their|next|last|these|those)\s+$", folded[:m.start()]):
        return True  # "the devs want to upgrade it between splits": the asker's seasons, no splitter
    if family == "splitter" and re.match(r"\s+(?:the\s+|our\s+)?(?:admin|administration|roles?|work|duties|responsibilities|"
                                         r"tasks|jobs|power|powers|control|keys|stuff)\b", folded[m.end():]):
        return True  # "We're splitting the admin stuff between three people": the roles shared out, no payments
    if family == "splitter" and re.search(r"(?<![\w])(?:cannot|can't|cant|can not|could not|won't|not|never|don't|dont)\s+"
                                          r"(?:be\s+)?$", folded[:m.start()]):
        return True  # "Decimal is 0 because point cannot split": whole units, no splitter
    return family == "splitter" and bool(re.fullmatch(r"split(s|ting)?", m.group(0))) and \
        not re.search(rf"{lexicon.MASKED_ADDRESS}|%|percent|por ?ciento|pour ?cent|prozent|por ?cento|per ?cento|"
                      r"(?<![\w.])\d{1,3}\s*/\s*\d{1,3}(?![\w/])", folded) and \
        not re.match(r"(?:\s+[\w'-]+){0,2}?\s+(?:payments?|revenues?|income|proceeds|earnings|funds|money|royalties|sales|"
                     r"fees|ether|eth|profits?|takings|donations|between|among)(?![\w])", folded[m.end():])


def _named_with(folded: lexicon.Folded, m: re.Match[str]) -> bool:
    """"Fish on a Hook token, ticker FOAH", "the Oracle Bones NFT (ORBN)": a word of a kind the templates do not build,
    capitalised mid-sentence in a run the kind's noun or a ticker in brackets follows, is part of a name."""
    start, end = folded.source(m.start(), m.end())
    word = folded.original[start:end]
    if not word[:1].isupper() or word.isupper() or word.lower() == "uniswap" or \
            re.search(r"(?:^|[.!?:;\n]\s*)$", folded.original[:start]):
        return False
    return bool(re.match(rf"(?:\s+[{lexicon.CAPITALS}][\w'’-]*){{0,3}}\s*(?:[^\w\s(]{{1,4}}\s*)?(?:{_FAMILY_NOUNS}|\(\s*\$?[A-Z][A-Z0-9]"
                         r"{1,9}\s*\))(?![\w])", folded.original[end:], re.IGNORECASE))


def _named_after_its_kind(text: str, name: naming.Slot, family_words: str) -> bool:
    """"Harvest Advance Vault (symbol hvUSDC): binders deposit USDC": a name that ends in its kind's word names that kind
    when no token noun or supply stands anywhere else ("Launch Vault token (LVLT)", "Sliotar Vault, ticker SLTV,
    fundraiser token" are tokens named with the word)."""
    rest = text[:name.start] + " " + text[name.end:]
    return lexicon.fold(name.value).rstrip().endswith(lexicon.fold(family_words)) and \
        not lexicon.find(r"tokens?|coins?|nfts?|jetons?|fichas?|gettoni|moedas?|monedas?|supply|suministro|offre|angebot|"
                         r"fornecimento|offerta", lexicon.fold_text(rest).text)


_FOUNDING_ASIDE = re.compile(r"\((?=[^()\n]*?(?:founded|established|est\.|since|gegr[üu]ndet|seit|fundad[oa]|desde|fond[ée]e?|"
                             r"depuis|fondat[oa]|dal|nel|aberto|em)\s+(?:in\s+|en\s+|im\s+|nel\s+)?(?:1[5-9]|20)\d\d(?!\d))"
                             r"[^()\n]{0,120}\)", re.IGNORECASE)
"""A bracket about the asker that dates them ("(gegründet 1962, rund 3.000 Bleilettern in der Sammlung)"): its words
name no kind of contract."""


_ENGLISH_NUMBER_WORDS = set(numbers.UNITS_BY_LANGUAGE["en"]) | set("""
hundred hundreds thousand thousands million millions billion billions trillion lakh lakhs lac lacs crore crores dozen
half quarter a an and k m bn mn
""".split())


def _number_words_in_a_name(text: str, amount: numbers.Amount) -> bool:
    """"our club out on Mille Lacs", "the Trois Rivières market": number words capitalised mid-sentence beside another
    capitalised word are a place's or a name's, never an amount."""
    words = text[amount.start:amount.end].split()
    if not amount.words or not words or any(ch.isdigit() for ch in amount.text) or naming._mostly_upper(text) or \
            not all(w[:1].isupper() for w in words if w.isalpha()) or \
            all(numbers.fold(w).strip(".,") in _ENGLISH_NUMBER_WORDS for w in words) or \
            re.search(r"(?:^|[.!?:;\n]\s*|[\"'“‘«(]\s*)$", text[:amount.start]):
        return False  # (German capitalises its "Millionen"; only a word of another language reads as a name's)
    return bool(len(words) >= 2 or re.match(rf"\s+[{lexicon.CAPITALS}][a-zà-ÿ]", text[amount.end:]) or
                re.search(rf"[{lexicon.CAPITALS}][a-zà-ÿ]+\s+$", text[:amount.start]))


def _a_governor_to_come(folded: str, family: str, m: re.Match[str]) -> bool:
    """"Governance token ..., votes, because we'll plug a governor into it later", "compatible with a Governor we
    deploy next month": a governor the token is made for, to come later or to use it, is not the contract asked for,
    unless the request sets what only a governor has (quorum, voting delay or period, proposal threshold)."""
    if family != "governor" or not re.fullmatch(r"governor|gouverneur|gobernador|governador|governatore", m.group(0)) \
            or not token_named(folded) or re.search(lexicon.GOVERNOR_SETTINGS, folded):
        return False
    before = windows.before(folded, m.start(), 60)
    after = windows.after(folded, m.end(), 50)
    return bool(re.search(r"(?<![\w])(?:plug|hook|connect|wire|attach|usable|used|use|works?|ready|"
                          r"future|later|compatibles?|compativel|compatibile|kompatibel|futur[oae]?|spater\w*|"
                          r"conect\w*|brancher|collegar\w*|anschliessen)(?![\w])(?:\s+[\w'-]+){0,4}\s+$",
                          before)
                or re.match(r"(?:\s+[\w'-]+){0,5}?\s+(?:later|next (?:month|year|week|quarter|season)|eventually|"
                            r"in the future|down the road|plus tard|mas adelante|mas tarde|spater|piu avanti|"
                            r"mais tarde|more tarde|will (?:use|read)|can (?:use|read))(?![\w])", after))


def _timelock_alone(folded: str) -> re.Match[str] | None:
    """"Un timelock avec un délai de deux jours": a timelock named with no governor, DAO, proposal or vote
    and no other kind of contract is the timelock contract itself, in any language."""
    m = re.search(r"(?<![\w])(?:time ?-?lock|zeitschloss|zeitsperre)(?![\w])", folded)
    if m is not None and re.search(rf"(?<![\w])(?:{lexicon.NEGATORS})\s+(?:(?:the|a|an|any|el|le|la|il|o|der|die|den)\s+)?$",
                                   folded[:m.start()]):
        return None  # "please skip the timelock", "omitir el timelock": a timelock turned down is not the contract
    if m is None or any(not _proposals_from_an_address(folded, g.end()) for g in re.finditer(lexicon.GOVERNANCE_WORDS, folded)):
        return None
    others = [p for f, p in lexicon.FAMILIES if f not in ("timelock", "governor", "storage")]
    # "admin: 0x.. (the old board multisig)", "The board multisig 0x.. proposes" are no multisig
    # and "Pour la caisse commune ... un timelock": what the timelock is for
    return None if any(not _describes_an_address(folded, k.start(), k.end()) and not re.search(
        r"(?<![\w])(?:for|pour|para|per|fur|zur|zum)\s+(?:(?:the|our|la|le|les|el|los|nuestra|notre|unsere|die|den|il|a|o|"
        r"nossa|la nostra)\s+)?$", folded[:k.start()]) for p in others for k in re.finditer(p, folded)) else m


def _proposals_from_an_address(folded: str, end: int) -> bool:
    """"Vorschläge kommen von 0x..", "proposals only from 0x..": proposals an address makes are a timelock's proposer
    at work (a governor takes proposals from any holder, never from a listed address)."""
    return bool(re.match(rf"(?:\s+[\w'-]+){{0,3}}?\s*[:=]?\s*{lexicon.MASKED_ADDRESS}", folded[end:]))


def token_named(folded: str) -> bool:
    patterns = dict(lexicon.FAMILIES)
    return any(re.search(patterns[f], folded) for f in _TOKEN_KINDS)


def _a_setting(folded: str, start: int) -> bool:
    """"each NFT is one vote in our DAO", "so every marketplace can index it": a kind named as the place
    where the contract lives or is used, not as the contract asked for."""
    return bool(re.search(r"(?<![\w])(?:(?:in|for|of|into|within|across|on|by)\s+(?:our|my|their|your|its)"
                          r"(?:\s+[\w'-]+)?|every|any|all|other|most|many)\s+$", windows.before(folded, start, 40)))


def _describes_an_address(folded: str, start: int, end: int | None = None) -> bool:
    """"0x68f3... (ops multisig)", "the treasury 0x.. (a Safe multisig)": a kind named in brackets after an address
    says what that address is, not what the contract should be; so does one right before it ("DEFAULT_ADMIN to the
    ops multisig 0x..", "the board multisig 0x.. is the default admin")."""
    if re.search(rf"(?:0x[0-9a-f]{{40}}|{lexicon.MASKED_ADDRESS})\s*\([^()]{{0,30}}$", folded[:start]):
        return True
    described = re.search(r"(?<![\w])(?:the|our|my|their|its|a|an|to|into)\s+(?:[\w'’-]+\s+)?$", windows.before(folded, start, 30))
    if end is None or not described:
        return False
    if re.match(rf"\s+{lexicon.MASKED_ADDRESS}", folded[end:]):
        return True
    # "send the initial supply to the society multisig, same one as admin": named again, its address given before
    said = re.escape(folded[described.start() + len(folded[:start]) - len(windows.before(folded, start, 30)):end])
    return bool(re.search(rf"{said}\s+{lexicon.MASKED_ADDRESS}", folded[:start]))


def _token_before(folded: str, kind_start: int) -> tuple[str, str] | None:
    """The token family named before a contract kind and joined to it by "with" and the like."""
    best: tuple[int, str, str] | None = None
    for family in _TOKEN_KINDS:
        for m in re.finditer(dict(lexicon.FAMILIES)[family], folded[:kind_start]):
            if best is None or m.start() < best[0]:
                best = (m.start(), family, m.group(0))
    if best is None:
        return None
    between = folded[best[0] + len(best[2]):kind_start]
    if len(between) > 60 or re.search(r"[.;!?]|(?<![\w])(for|of|para|pour|fur|per|por|di|de|du|da|do)(?![\w])", between):
        return None
    if len(between.split()) > 5:
        return None  # "savings in stable coin and we want to put it in a vault": a sentence, not "a token with a vault"
    if re.fullmatch(r"\s*(?:(?:grant|allocation|award|package|bonus|reward|stake|share)s?\s+)?(?:that|which|que|qui|die|"
                    r"der|das|che)\s+(?:[\w']+\s+){0,2}", between) and \
            re.match(r"vest|releas|unlock|liber|rilasc|freigeb", folded[kind_start:]):
        return None  # "tokens that should vest to 0x.. over 18 months", "a token grant that vests": what vests
    if re.match(r"vest", folded[kind_start:]) and (
            re.match(rf"\S*\s+(?:to|for|a|para|pour|an|fur|per)\s*{lexicon.MASKED_ADDRESS}", folded[kind_start:]) or
            re.search(r"(?:receive|receives|get|gets|recibir|recibe|recevoir|recoit|ricevere|riceve|receber|recebe|erhalten|"
                      r"erhalt|bekommt|bekommen)\s+(?:the\s+|his\s+|her\s+|their\s+|some\s+)?$", folded[:best[0]])):
        return None  # "should receive tokens with vesting to 0x..": the tokens vest to one person, a vesting wallet
    if re.match(r"[\w-]+\s+(?:for|of|para|pour|per|fur)\s+(?:it|them|ella|ellas|ellos|eso|eux|elles|lui|ihn|sie|esso|essi|"
                r"ele|eles)(?![\w])", folded[kind_start:kind_start + 40]):
        return None  # "pay in a stablecoin and want a proper vault for it": the token is what the kind holds
    return (best[1], best[2]) if _JOINED_BY_WITH.search(between) else None


def _mask(text: str, spans: list[tuple[int, int]]) -> str:
    chars = list(text)
    for s, e in spans:
        for i in range(max(0, s), min(e, len(chars))):
            chars[i] = " "
    return "".join(chars)


_TAKEN_BACK = re.compile(
    rf"(?<![\w])(?:{naming.CORRECTIONS}|actually|on second thought|make (?:it|that)|change (?:it|that) to|let'?s say|"
    r"rather|en realidad|pensandolo mejor|pensándolo mejor|mejor no|mejor|cambia(?:lo)? a|ponle|pon|en fait|finalement|"
    r"plut[oô]t|mettons|mets|eigentlich|lieber|doch|stattdessen|mach(?:e)? (?:es|daraus)|na verdade|pensando melhor|"
    r"melhor|em vez disso|coloca|p[oõ]e|in realt[aà]|meglio|piuttosto|invece|metti|facciamo(?:l[aeio])?|"
    # a slip owned up to: "je me reprends", "pera, errei", "scratch that", "supersedes"
    r"je me reprends|je me corrige|je rectifie|correction|scratch that|scrap that|forget that|ignore that|i was wrong|"
    r"my mistake|my bad|i meant|is (?:silly|overkill|pointless|too much|too many|not needed|unnecessary)|forgive me|excuse me|"
    r"supersedes|replaces|hmm+|on reflection|thinking about it|come to think of it|second thoughts?|changed my mind|"
    r"change of plans?|wait(?=\s*[,—–:!.…]|\s+(?:no|nope|actually|sorry|i mean|make|let'?s|change)\b)|(?:i must|let me|i have to|i need to) correct myself|correct myself|me equivoqu[eé]|me confund[ií]|corrijo|errei|me enganei|corrigindo|ich korrigiere mich|"
    r"ich meinte|korrektur|mi correggo|mi sono sbagliat[oa]|errata corrige)(?![\w])", re.IGNORECASE)
"""A correction between two values of one field: the later value wins ("18 decimals... actually make it 8",
"18 decimales… mejor no, pon 6", "18 Nachkommastellen, nein, doch lieber 6")."""
_SETS_TO = re.compile(r"make (?:it|that)|let'?s say|ponle|pon|mettons|mets|mach(?:e)? (?:es|daraus)|coloca|p[oõ]e|metti|"
                      r"facciamo(?:l[aeio])?", re.IGNORECASE)


def _corrected_between(between: str) -> bool:
    """Whether the words between two values of one field take the first back: a slip owned up to anywhere between
    them, or a verb that sets a value ("make it", "pon") right before the second ("make it upgradeable with a proxy
    pls. every driver gets 50 tokens" sets no supply)."""
    return any((not _SETS_TO.fullmatch(m.group(0)) or re.fullmatch(r"[^.;!?\n]{0,20}", between[m.end():])) and
               not re.search(r"(?<![\w.])\d", re.sub(r"(?<![\w])v\d+(?:\.\d+)*", " ", between[m.end():]))
               # ("... anzi no, 1 giorno. Soglia: 500": that slip was another's; "supersedes v0.2" names a version)
               for m in _TAKEN_BACK.finditer(between))


class _Reader:
    """One request being read; `requirements` grows as slots are filled."""

    def __init__(self, text: str, family: str) -> None:
        self.text = text
        self.family = family
        self.requirements: list[Requirement] = []
        self.positions: list[int] = []
        self.spans: list[tuple[RequirementKind, int, int]] = []
        """Every span a requirement took, repeats included: what the reading placed (coverage)."""
        self.seen: list[tuple[int, int]] = []
        self.taken_back: set[str] = set()
        """Values a correction replaced: a later bare mention of one ("our app chokes on 18") refers back to it."""
        """Feature words the feature reader weighed, asking for something or not ("instead of Ownable")."""

    def add(self, kind: RequirementKind, key: str, value, text: str, field: str, start: int = 0,
            status: RequirementStatus = RequirementStatus.pending, reason: str | None = None) -> None:
        words = " ".join(text.split())
        said = " ".join(self.text[start:start + len(words) + 20].split()).lower().startswith(words.lower())
        # a requirement not in the request's words ("erc20" read from a ticker and a supply) covers none of them
        self.spans.append((kind, start, start + len(words) if said else start))
        for n, existing in enumerate(self.requirements):
            if existing.kind == kind and existing.key == key and kind != RequirementKind.address:
                earlier = self.positions[n]
                if existing.value != value and value is not None and existing.value is not None and \
                        earlier < start and _corrected_between(self.text[earlier:start]) and \
                        existing.status == RequirementStatus.pending:
                    # "18 decimals. Actually, make it 8": the later value replaces the one taken back
                    self.taken_back.add(str(existing.value))
                    self.requirements[n] = Requirement(kind=kind, key=key, value=value, text=words[:120], field=field,
                                                       status=status, reason=reason)
                    self.positions[n] = start
                    return
                if existing.value != value and earlier > start and value is not None and \
                        _corrected_between(self.text[start:earlier]):
                    return  # the value read now is the one a later correction took back
                if existing.value != value and existing.status != RequirementStatus.ambiguous:
                    existing.status = RequirementStatus.ambiguous
                    existing.reason = f"the request gives both {existing.label()!r} and {' '.join(text.split())!r}"
                return
        self.requirements.append(Requirement(kind=kind, key=key, value=value, text=" ".join(text.split())[:120],
                                             field=field, status=status, reason=reason))
        self.positions.append(start)

    def drop(self, unwanted: Callable[[int, Requirement], bool]) -> None:
        """Remove, in place, the requirements `unwanted(position, requirement)` picks, with their positions."""
        for n in [n for n, (at, r) in enumerate(zip(self.positions, self.requirements)) if unwanted(at, r)][::-1]:
            del self.requirements[n], self.positions[n]

    def ordered(self) -> list[Requirement]:
        return [r for _, r in sorted(zip(self.positions, self.requirements), key=lambda pr: pr[0])]


def _name_spans(text: str, name_slot: naming.Slot | None) -> list[tuple[int, int]]:
    """Where the name stands: its slot, and every other time a name of two words or more is said again as written
    ("The club is called Ink Vote, so the token name is 'Ink Vote'"), so that its words ask for no feature."""
    if not name_slot:
        return []
    said = text[name_slot.start:name_slot.end].strip(" \"'«»“”‘’")
    again = [m.span() for m in re.finditer(rf"(?<![\w]){re.escape(said)}(?![\w])", text)] if len(said.split()) >= 2 else []
    # "Yes, burnable is in the name, it's a pun": one of the name's words, said to be the name's
    words = "|".join(re.escape(w) for w in said.split() if len(w) >= 4)
    in_name = [m.span(1) for m in re.finditer(rf"(?<![\w])({words})[\"'”’]?\s+(?:is|was|'s|’s)\s+(?:just\s+|only\s+)?(?:in|part "
                                              r"of|from)\s+the\s+name(?![\w])", text, re.IGNORECASE)] if words else []
    # "it's named after the Pausa café": what the name comes from is a name too
    after = [m.span(1) for m in re.finditer(rf"(?<![\w])(?:named|called) after (?:the |our |a |an |my )?([{lexicon.CAPITALS}][\w'’-]*"
                                            r"(?:\s+(?!(?:and|or|but|with|so|plus|because|which|that)\b)[^\W\d_][\w'’-]*){0,1})", text)]
    # "Name: Mint and Brine (yes thats the restaurant, the mint is the herb lol)": the name explained in brackets
    explained = re.match(r"[\"'”’»]?\s*\(([^()]{0,100})\)", text[name_slot.end:])
    aside = [(name_slot.end + explained.start(1), name_slot.end + explained.end(1))] if explained and re.search(
        r"(?i)\b(?:yes|yeah|that'?s|thats|it'?s|its|named after|called after|like the)\b", explained.group(1)) and \
        not re.search(r"(?i)\b(?:not?|dont|don'?t|never|without|nicht|pas|sin|senza|sem)\b(?:\W+\w+){0,3}?\W+(?:paus|mint|burn|"
                      r"transfer|upgrad|vot|permit|flash|cap)\w*", explained.group(1)) else []
    return [(name_slot.start, name_slot.end)] + again + in_name + after + aside


def _markdown_as_text(prompt: str) -> str:
    """"- **Name:** Quoin", "Decimals | ~~18~~ **8**": emphasis marks dropped, and a struck-out value with them, as a
    reader of the rendered text sees it."""
    def plain(part: str) -> str:
        part = re.sub(r"~~[^~\n]+~~", " ", part)
        part = re.sub(r"\*\*([^*\n]+?)\*\*|__([^_\n]+?)__", lambda m: m.group(1) or m.group(2), part)
        part = re.sub(r"(?<![\w*])\*(?![\s*])([^*\n]+?)(?<![\s*])\*(?![\w*])", r"\1", part)
        return re.sub(r"(?<![\w])_(?![\s_])([^_\n]+?)(?<![\s_])_(?![\w])", r"\1", part)

    quoted = r"(\"[^\"\n]*\"|“[^”\n]*”|«[^»\n]*»|„[^“”\n]*[“”])"  # a quoted name keeps its marks: "Pipe | *Star*"
    prompt = re.sub(r"(?m)^[ \t]*(?:```|~~~)[\w+-]*[ \t]*$", "", prompt)  # a code fence is layout, no quote
    return "".join(part if n % 2 else plain(part) for n, part in enumerate(re.split(quoted, prompt)))


def _telegraph_as_list(prompt: str) -> str:
    """"Heather. HTHR. 21 million. Send the lot to ...": a request opening with fragments of a few words each, ended
    by full stops, lists its values as a comma would; "Albarda / ALB / 75,000 / ... not block numbers / upgradeable":
    fields between spaced slashes end their clauses as semicolons do."""
    if len(re.findall(r"[ \t]/[ \t]", prompt)) >= 3:
        prompt = re.sub(r"[ \t]/[ \t]", "; ", prompt)
    opening = re.match(r"\s*(?:[^.!?\n]{1,30}?[.!]\s+){2,}", prompt)
    if not opening or any(len(part.split()) > 3 for part in re.split(r"[.!]\s+", opening.group(0).strip()) if part):
        return prompt
    return re.sub(r"[.!]\s+", ", ", opening.group(0).rstrip()) + " " + prompt[opening.end():]


_RECORD_LINE = re.compile(r"(?m)^[ \t]*(?:[-•*][ \t]*)?[^\W\d][\w .-]{0,30}?[ \t]*[:=]")


def _comments_as_asides(prompt: str) -> str:
    """"supply = 250_000  // perhaps 500_000 next year", "# crew 23, season dec-apr" under a record's lines: a
    comment in a request written as code or a record is an aside, so its numbers set nothing, as a bracket's don't."""
    if len(_RECORD_LINE.findall(prompt)) < 2:
        return prompt
    out, seen_record = [], False
    for line in prompt.split("\n"):
        whole = re.match(r"^([ \t]*)(?:#(?!#)|//)[ \t]+(\S.*?)[ \t]*$", line)
        inline = re.match(r"^(.*\S)[ \t]+(?:#|//)[ \t]+(\S.*?)[ \t]*$", line)
        if whole and seen_record:
            line = f"{whole.group(1)}({whole.group(2).replace('(', ' ').replace(')', ' ')})"
        elif inline and _RECORD_LINE.match(line) and not re.search(r"https?:$|[\w.-]+\.[a-z]{2,}/?$", inline.group(1)):
            line = f"{inline.group(1)} ({inline.group(2).replace('(', ' ').replace(')', ' ')})"
        seen_record = seen_record or bool(_RECORD_LINE.match(line))
        out.append(line)
    return "\n".join(out)


def parse(prompt: str, family_hint: str | None = None) -> ContractSpec:
    """Parse a request into a typed spec. Raises GenerationError for empty, unsafe or unsupported ones."""
    if prompt is None or not str(prompt).strip():
        raise GenerationError("the request is empty: describe the contract, e.g. \"ERC20 called Hyper, symbol HYP, 1M supply\"")
    # "* 0 decimals" after "* supply 5000": a bullet opening a line is no multiplication once the lines are joined
    # and "Name -> Slate Dollar", "Decimals => 6": an arrow between a record's key and its value is a colon
    lines = re.sub(r"(?m)^([ \t]*)\*(?=[ \t])", r"\1•",
                   _telegraph_as_list(_comments_as_asides(_markdown_as_text(str(prompt)))))
    # and a form's dot leaders ("Token name ........ Bow Wave") are that colon too
    lines = re.sub(r"(?m)^([ \t]*(?:[-•][ \t]*)?[^\W\d][\w ]{0,30}?)[ \t]*(?:(?:->|=>|→)(?![ \t]*(?:no|nope|nein|non|nao|não)"
                   r"[ \t]*[,;])|\.{3,}|…+|_{3,})[ \t]*", r"\1: ", lines)  # (not "2 days -> no, 1 day": a correction)
    lines = re.sub(r"(?im)^([ \t]*(?:[-•*][ \t]*)?(?:name|symbol|symbl|simbol|sym|ticker|decimals|supply|initial(?: supply)?|cap|"
                   r"max(?:imum)? supply|total supply|owner|admin|minter|pauser|royalt\w*|base uri|uri|price|standard|"
                   r"features?))[ \t]+(?:[—–]|-(?=[ \t]))[ \t]*", r"\1: ",
                   lines)  # "Name — Gotland Beacon", "* symbl - CHNR": a record's key and its value
    text = shapes.fractions_as_percents(clean_text(_without_pictographs(_line_ends(tables_as_labels(
        checklists_as_words(lines))))))
    text = re.sub(r"(?<![\w.,])(\d{1,2})(dp|d\.p\.|decs?|decimals?)(?![\w])", r"\1 \2", text, flags=re.IGNORECASE)  # "6dp"
    # "quem pode pausar é a Dra. Sofia 0x..": a title's dot ends no sentence
    text = re.sub(r"(?<![\w.])(Dr|Dra|Drs|Dres|Mr|Mrs|Ms|Mme|Mlle|Sr|Sra|Srta|Prof|Profa|Hr|Fr|Dott|Ing|Avv|Sig)\.(?=[ \t]+[A-ZÀ-Ý])",
                  r"\1", text)
    text = re.sub(r"(?<=\d)\.?[ªº](?![\w])", "th", text)  # "cláusula 9.ª", "la 5ª C": an ordinal, as "9th" is
    # "les six premiers mois", "los 3 primeros meses": the count beside its unit, as in "the first six months"
    text = re.sub(r"(?i)(?<![\w])([\w]+) (premiers|premières|primeros|primeras|primeiros|primeiras|primi|prime|ersten) "
                  r"(?=(?:mois|meses|mesi|monate|monaten|jours|días|dias|giorni|tage|tagen|semaines|semanas|settimane|wochen|"
                  r"ans|années|años|anos|anni|jahre|jahren)(?![\w]))", r"\2 \1 ", text)
    if len(text) > 4000:
        raise GenerationError("the request is longer than 4000 characters: describe the contract in a few sentences")
    folded = lexicon.fold_text(text)
    language = detect_language(folded.text)

    # a URL without the punctuation that closes its clause ("…/{id}.json, brewery mints")
    urls = [m.span() for m in re.finditer(r"\b(?:https?|ipfs|ar)://[^\s\"'<>`]+?(?=[,;.:!?)]*(?:[\s\"'<>`]|$))", text)]
    hashes = [m.span() for m in re.finditer(r"(?<![0-9a-fA-Fx])0x[0-9a-fA-F]{64}(?![0-9a-fA-F])", text)]
    addresses = [m.span() for m in roles.ADDRESS_RE.finditer(text)]
    places = [m.span() for m in _PLACE_NAMED_FOR_A_GOVERNOR.finditer(text)]  # "de Gobernador Costa": a town
    # "das Druckmuseum (gegründet 1962, rund 3.000 Bleilettern in der Sammlung) möchte einen Token": the asker's aside
    places += [m.span() for m in _FOUNDING_ASIDE.finditer(text)]
    family_nouns = [folded.source(*m.span()) for m in lexicon.find(_FAMILY_NOUNS, folded.text)]
    family_nouns = [(start, end) for start, end in family_nouns if not any(s <= start < e for s, e in places)]
    name_slot, glued_symbol = naming.find_name(_mask(text, urls + hashes + addresses), folded, family_nouns)
    if name_slot:
        name_slot = naming.bounded(name_slot, str(prompt))
    headline_name, headline_symbol = naming.headline(_mask(text, urls + hashes + addresses)) or (None, None)
    if name_slot is None and glued_symbol is None and headline_name is not None or \
            headline_symbol and name_slot and (name_slot.start <= headline_symbol.start < name_slot.end or
                                               headline_name.start <= name_slot.start < name_slot.end <= headline_name.end):
        name_slot = headline_name  # a line opening with a name and its ticker, a dash (or an emoji) between

    # a backdoor in the request, not counting what sits inside the name
    named_out = _mask(text, _name_spans(text, name_slot))
    unread = unread_language(named_out)  # "Token 'Het Huis' HHS" is no Dutch request
    backdoor = request_backdoor(re.sub(r"\b(?:https?|ipfs|ar)://[^\s\"'<>]+", "URL", named_out))
    if backdoor:
        raise GenerationError(f"refused: the request asks for {backdoor}, which HyperAgent does not generate; "
                              "ask for the contract without it")

    # "1. ERC-1155", "2) soulbound": a number opening a line of a list numbers the line, it is no amount
    list_markers = _list_markers(str(prompt), text)
    plain = _mask(named_out, urls + hashes + addresses + list_markers)
    plain_folded = lexicon.fold_text(plain)
    asked_kind = None
    if family_hint:
        if family_hint not in SUPPORTED_FAMILIES:
            raise GenerationError(f"unknown family {family_hint!r}: choose one of {', '.join(SUPPORTED_FAMILIES)}")
        family, reason, family_words = family_hint, "family given in options", ""
    else:
        family, reason, family_words, asked_kind = read_family(lexicon.fold_text(_mask(plain, places)).text)
        if family == "erc20" and re.fullmatch(r"coins?|tokens?", family_words) and not re.search(
                rf"(?<![\w])(?:{family_words})(?![\w])", text) and re.search(
                rf"[{lexicon.CAPITALS}][\w'’-]*\s+{family_words.capitalize()}\s+[{lexicon.CAPITALS}]", text):
            # "Le Coin Farm 0x.. takes 50%, Rozel Herd 0x.. 30%": the kind's word only inside a place's name
            shape = shapes.family_by_shape(plain_folded.text, len(addresses))
            if shape:
                family, reason = shape
        refused = next((m for m in re.finditer(lexicon.REFUSED_KINDS, plain_folded.text)
                        if not _a_setting(plain_folded.text, m.start()) and not _named_with(plain_folded, m) and
                        not world_words.refused_kind_of_the_world(plain_folded.text, m.start(), m.end())), None)
        if family is None and not refused:
            from_name, _, family_words, _ = read_family(lexicon.fold_text(_mask(text, urls + hashes + addresses)).text)
            nft_features = [c for c in _NFT_ONLY if lexicon.find(lexicon.FEATURES[c], plain_folded.text)]
            shares = roles.bind(named_out, lexicon.fold_text(named_out), "splitter").shares if len(addresses) >= 2 else []
            shape = shapes.family_by_shape(plain_folded.text, len(addresses))
            if from_name in _TOKEN_KINDS or from_name and name_slot is not None and \
                    _named_after_its_kind(text, name_slot, family_words):
                # "called Clover Coin", "Harvest Advance Vault (symbol hvUSDC): binders deposit USDC"
                family, reason = from_name, f"the name says it: {family_words!r}"
            elif nft_features:
                family, reason = "erc721", f"{', '.join(nft_features)}: only an NFT collection has them"
            elif re.search(r"\{id\}", " ".join(text[s:e] for s, e in urls)):
                family, reason = "erc1155", "a metadata URI with an {id} for each kind: a multi-token"
            elif token_features := [c for c in _TOKEN_ONLY if lexicon.find(lexicon.FEATURES[c], plain_folded.text)]:
                family, reason = "erc20", f"{', '.join(token_features)}: only a fungible token has them"
            elif len(shares) >= 2 and sum(Decimal(p) for _, p, _, _ in shares) == 100:
                family, reason = "splitter", "addresses each given a share of 100%: a payment split"
            elif shape:
                family, reason = shape
            elif _looks_fungible(text, folded, name_slot, glued_symbol):
                family, reason = "erc20", "a name with a ticker, decimals or a supply and no other kind: a fungible token"
        if family is None and unread:
            raise GenerationError(f"cannot generate this request offline: it looks like {unread}, and {_READ_LANGUAGES}; "
                                  f"rephrase it in one of those, or {LLM_HINT}")
        if family is None or refused:
            what = f" ({refused.group(0)!r} is beyond the offline templates)" if refused else ""
            raise GenerationError(
                f"cannot generate this request offline{what}: the template engine supports "
                f"{', '.join(SUPPORTED_FAMILIES)}; rephrase as one of those, or {LLM_HINT}")

    sale_split = shapes.family_by_shape(plain_folded.text, len(addresses)) \
        if family == "crowdsale" and not family_hint and re.fullmatch(r"sales?", lexicon.fold(family_words or "")) else None
    if sale_split and sale_split[0] == "splitter":
        # "a contract that splits the craft bazar sale money: 0xA gets 50 percent, 0xB 35%, 0xC 15": the sale's money split
        family, reason = sale_split
    elif family == "crowdsale" and not family_hint and re.fullmatch(r"sales?", lexicon.fold(family_words or "")) and \
            len(addresses) >= 2 and re.search(r"(?<![\w])(?:split\w*|divid\w*|shar(?:e|es|ing) (?:out|between|among))(?![\w])",
                                              plain_folded.text) and \
            sum(Decimal(p) for _, p, _, _ in roles.bind(named_out, lexicon.fold_text(named_out), "splitter").shares) == 100:
        # "Splitting the oil-sale proceeds: the mill 0xA 60, grower Dupuy 0xB 25, ...": shares beside each address
        family, reason = "splitter", "addresses each given a share of 100%: a payment split"
    if family == "governor" and not family_hint and re.fullmatch(r"daos?", lexicon.fold(family_words or "")) and \
            any(lexicon.find(lexicon.FEATURES[c], plain_folded.text) for c in _TOKEN_ONLY) and \
            not re.search(r"(?<![\w])(?:quorum|proposals?|propos\w+|voting (?:period|delay)|timelock|governor)(?![\w])",
                          plain_folded.text):
        # "a small DAO of the vendors ... Token should be called Picante ... permit ... voting power": the DAO's token
        family, reason = "erc20", "a token for a DAO, with features only a fungible token has"
    if family == "erc721" and not family_hint and re.fullmatch(r"badges?", lexicon.fold(family_words or "")) and \
            re.search(r"(?<![\w])\d[\d.,]*\s*(?:k|m)?\s+tokens(?![\w])", plain_folded.text) and \
            not re.search(r"(?<![\w])(?:erc ?-?721|nfts?|collection)(?![\w])", plain_folded.text):
        # "Membership token ... it's just a badge. Oesterput Lid, OPL, 85 tokens, one per member": a count of tokens
        family, reason = "erc20", "badges counted as tokens: a fungible token"
    if family == "erc721" and not family_hint and re.fullmatch(r"badges?|cards?|certificates?|passes?|tickets?|vouchers?",
                                                              lexicon.fold(family_words or "")) and \
            re.search(r"\{id\}", " ".join(text[s:e] for s, e in urls)) and \
            not re.search(r"(?<![\w])(?:erc ?-?721|nfts?)(?![\w])", plain_folded.text):
        # "Skill badges ... 3 levels ... Metadata at https://../badges/{id}.json": one id per kind, a multi-token
        family, reason = "erc1155", "badges with a metadata URI per {id}: a multi-token"
    if family == "erc721" and not family_hint and re.fullmatch(r"badges?|membership cards?|certificates?|points?",
                                                              lexicon.fold(family_words or "")) and \
            re.search(rf"(?<![\w])(?:\d+|zero|no|cero|zéro|null|nessun\w*)\s*(?:{lexicon.DECIMAL_WORDS})(?![\w])|"
                      rf"(?<![\w])(?:{lexicon.DECIMAL_WORDS})\s*[:=]?\s*(?:\d+|zero|cero|null)(?![\w])", plain_folded.text):
        family, reason = "erc20", "badges with decimals: a fungible token"  # "Decimals zero. Initial 500 badges go to .."
    elif family == "erc721" and not family_hint and re.fullmatch(r"badges?", lexicon.fold(family_words or "")) and \
            re.search(r"(?<![\w])tokens?(?![\w])", plain_folded.text) and \
            re.search(r"\d[\d.,]*\s+tokens?\s+(?:at|in|to|on)\s+(?:the\s+)?(?:start|launch|beginning|deploy\w*)", plain_folded.text):
        # "Token for the members ... only a badge of membership. 120 tokens in the start, they go to 0x..": a supply
        family, reason = "erc20", "a token with a starting supply, described as a badge: a fungible token"
    if family == "erc20" and not family_hint and re.fullmatch(r"tokens?", lexicon.fold(family_words or "")):
        nft_only = [c for c in ("enumerable", "uri_storage") if lexicon.find(lexicon.FEATURES[c], plain_folded.text)]
        if nft_only:  # "each token gets its own metadata URI, and make it enumerable": only an NFT has them
            family, reason = "erc721", f"{', '.join(nft_only)}: only an NFT collection has them"
        elif lexicon.find(lexicon.FEATURES["supply_tracking"], plain_folded.text) and \
                (re.search(r"\{id\}", text) or lexicon.find(lexicon.FEATURES["updatable_uri"], plain_folded.text)):
            # "Batch tokens ... URI https://../batch/{id} ... track the supply per batch": only a multi-token has them
            family, reason = "erc1155", "supply tracked per id and a URI per id: only a multi-token has them"
    if family == "erc721" and not family_hint and re.fullmatch(r"collection|coleccion|colecao|sammlung|collezione",
                                                              lexicon.fold(family_words)) and \
            abilities.supply_per_id(plain_folded.text):
        family, reason = "erc1155", "a collection whose supply is tracked per id: a multi-token"  # "l'offre totale de chaque motif"
    decimal_comma = language in ("es", "fr", "de", "pt", "it")
    clock = numbers.asker_clock(plain)  # "40 min left at the hackathon": the asker's time, no contract's
    plain = _mask(plain, clock)
    list_markers += clock
    amounts = [a for a in numbers.find_amounts(plain, decimal_comma=decimal_comma, language=language)
               if not _number_words_in_a_name(plain, a)]
    durations = numbers.find_durations(plain, language)
    symbol_slot = naming.find_symbol(_mask(text, urls + hashes + addresses), folded, name_slot, glued_symbol,
                                     [a.end for a in amounts])
    if name_slot is not None and name_slot is headline_name and symbol_slot is None:
        symbol_slot = headline_symbol  # "Voice Share — VSHR — 1,000,000 tokens"
    if name_slot is None and symbol_slot is not None:
        name_slot = naming.name_before_symbol(text, symbol_slot.start) or \
            _spelled_by_ticker(text, urls + hashes + addresses, symbol_slot)
    if name_slot is None and language == "en" and family in _DEFAULT_IDENTIFIERS:
        name_slot = _guessed_name(plain)
        if name_slot is not None and symbol_slot is None:
            symbol_slot = naming.find_symbol(_mask(text, urls + hashes + addresses), folded, name_slot, glued_symbol,
                                             [a.end for a in amounts])  # "Zen Den Pass, ZDPS": the ticker beside it
            spelled = symbol_slot and _spelled_by_ticker(text, urls + hashes + addresses, symbol_slot)
            if spelled and spelled.start <= name_slot.start and name_slot.end <= spelled.end:
                name_slot = spelled  # "Mint Dram, MDRM": the ticker spells the whole name, feature word included
        slashed = _NAME_SLASH_TICKER.search(_mask(text, urls + hashes + addresses)) if symbol_slot is None else None
        if slashed and not naming._family_or_feature(slashed.group(1)):
            # "Token for the Tasmanian Whisky Producers Association (...): Island Malt / IMLT": the pair said as one
            name_slot = naming.Slot(slashed.group(1), slashed.start(1), slashed.end(1), "before-symbol")
            symbol_slot = naming.Slot(slashed.group(2), slashed.start(2), slashed.end(2), "keyword")
    if name_slot is not None and name_slot.source in ("before-symbol", "spelled-by-symbol", "guessed"):
        # "Launch Permit, symbol LNPM": a name found only now names nothing else (no permit feature)
        plain = _mask(plain, [(name_slot.start, name_slot.end)])
        plain_folded = lexicon.fold_text(plain)
        if not family_hint and family_words and lexicon.fold(family_words) in lexicon.fold(name_slot.value) and \
                not _named_after_its_kind(text, name_slot, family_words):
            # "Launch Vault token (LVLT)": the kind was read from a word of that name; read it again without it
            again = read_family(plain_folded.text)
            if again[0] is not None:
                family, reason, family_words, asked_kind = again
    corrected: list[tuple[int, int]] = []
    renamed = naming.renamed_later(text, name_slot) if name_slot is not None else None
    if renamed is not None:
        name_slot = renamed  # "the name should be Horma Club, not just Horma": the later one says what it replaces
    for correction in naming.corrections_at(text):
        symbol_slot, name_slot, taken_back = _corrected(text, urls + hashes + addresses, correction, symbol_slot,
                                                        name_slot, glued_symbol, amounts)
        corrected += taken_back
        plain = _mask(plain, taken_back)
    if name_slot is not None and symbol_slot is not None and name_slot.source not in ("quoted", "label", "keyword"):
        spelled = _spelled_by_ticker(text, urls + hashes + addresses, symbol_slot)
        if spelled and spelled.start < name_slot.start and name_slot.end <= spelled.end:
            name_slot = spelled  # "Ficha Loca, FCHL": the ticker spells the whole name, a family noun included
        whole = naming.name_before_symbol(text, symbol_slot.start)
        if whole and whole.start == name_slot.start and whole.end > name_slot.end and \
                re.fullmatch(r"(?i)tokens?|coins?|jetons?|fichas?|moedas?|monedas?|gettoni|munzen|münzen",
                             text[name_slot.end:whole.end].strip()):
            name_slot = whole  # "Marionette Guild Coin, symbol MGLD": a coin's noun before the ticker is the name's
    if symbol_slot:
        plain = _mask(plain, [(symbol_slot.start, symbol_slot.end)])
        plain_folded = lexicon.fold_text(plain)
        amounts = [a for a in amounts if not symbol_slot.start <= a.start < symbol_slot.end]

    formula = formulas.supply_formula(plain, amounts) if family in ("erc20", "governor") else None
    if formula:
        amounts = [a for a in amounts if a not in formula.amounts]
    reader = _Reader(text, family)
    family_position = text.lower().find(family_words.split()[0]) if family_words else 0
    reader.add(RequirementKind.family, "family", family, family_words or family, "family", max(family_position, 0))
    if asked_kind:
        reader.add(RequirementKind.option, asked_kind[0], True, asked_kind[1], "features",
                   text.lower().find(asked_kind[1].split()[0]))
    options: dict = {"family_reason": reason}

    name = clean_text(name_slot.value).strip(" .,;:")[:64] if name_slot else None
    if name and name_slot.source not in ("quoted", "label", "keyword"):
        name = re.sub(r"(?<=\w)\s+(?:NFTs?|SFTs?|ERC-?\d+)$", "", name)  # "Catch of the Day NFT (CTDY)": the kind is no part
    if name_slot and name:
        reader.add(RequirementKind.name, "name", name, text[name_slot.start:name_slot.end], "name", name_slot.start,
                   reason="no keyword names the contract: its first capitalised phrase was taken as the name"
                   if name_slot.source == "guessed" else None)
    symbol = None
    if symbol_slot:
        symbol = re.sub(r"[^A-Za-z0-9]", "", symbol_slot.value)[:11] or None
        if symbol and re.search(r"[^\W\d_]", re.sub(r"[A-Za-z]", "", symbol_slot.value)):
            # "Kürzel BRÖ": a letter beyond A-Z is never dropped in silence
            reader.add(RequirementKind.symbol, "symbol", symbol, text[symbol_slot.start:symbol_slot.end], "symbol",
                       symbol_slot.start, status=RequirementStatus.ambiguous,
                       reason=f"the symbol {symbol_slot.value!r} has letters beyond A-Z; give it in A-Z and 0-9")
        elif symbol:
            reader.add(RequirementKind.symbol, "symbol", symbol, text[symbol_slot.start:symbol_slot.end], "symbol",
                       symbol_slot.start)

    other_names = naming.feature_words_in_other_names(plain) + naming.foreign_feature_words_in_english(plain) \
        if language == "en" else \
        naming.english_feature_words_in_names(plain) + naming.feature_words_after_romance_articles(plain)
    if other_names:  # "For Burns Night we sell tickets": a holiday's name asks for no burning
        plain = _mask(plain, other_names)
        plain_folded = lexicon.fold_text(plain)
    features, disabled = _read_features(plain_folded, reader, family, options, language)
    _read_stated(plain_folded, reader, family, features, disabled)
    _settle_taken_back(reader, features, disabled)
    _transferable_said(plain_folded, reader, family, features, disabled)
    _public_turned_away(plain_folded, reader, family, features, disabled)
    if language == "en":
        _read_capabilities(plain_folded, reader, family)
        _read_unknown_ables(plain_folded, reader, family)
    decimals, supply, cap = _read_quantities(plain_folded, amounts, durations, reader, family, options, features)
    if language == "en":
        _dotted_thousands(reader)
    if formula:
        supply = _read_formula(formula, reader, supply)
    _read_addresses(named_out, reader, family, options, hashes, urls, text)
    _supply_to_a_wallet_unnamed(plain_folded, reader, family, options["_addresses"])
    symbol = _own_symbol(text, reader, family, symbol, options["_addresses"])
    _roles_ask_their_abilities(reader, family, features, disabled)
    _separate_hands_ask_for_roles(reader, family, features, options)

    same = _CAP_AT_THE_SUPPLY.search(plain_folded.text)
    if same and cap is None and supply and family == "erc20" and "capped" not in disabled:
        cap = supply  # "888,888 tokens ... capped at exactly that amount": the cap is the supply said before
        reader.add(RequirementKind.cap, "cap", _whole(Decimal(supply)), plain_folded.original_text(*same.span()), "cap",
                   plain_folded.source(*same.span())[0])
    if family == "erc20" and cap is not None and supply is None and Decimal(cap) < _DEFAULT_SUPPLY:
        cap_said = next(r for r in reader.requirements if r.kind == RequirementKind.cap)
        reader.add(RequirementKind.supply, "supply", None, cap_said.text, "initial_supply",
                   reader.positions[reader.requirements.index(cap_said)], status=RequirementStatus.ambiguous,
                   reason=f"no initial supply was read and the maximum {_plain(Decimal(cap))} is below the default "
                          f"{_DEFAULT_SUPPLY:,}; give the initial supply, or say nothing is minted at launch")
    if cap is not None and "capped" not in disabled:
        features.add("capped")
        cap_words = next(r for r in reader.requirements if r.kind == RequirementKind.cap)
        # a maximum given as a number asks for the capped option as much as the word "capped" does
        reader.add(RequirementKind.option, "capped", True, cap_words.text, "features",
                   reader.positions[reader.requirements.index(cap_words)])
    price = next((r for r in reader.requirements if r.field == "options.price_wei"), None)
    if family == "erc721" and price is not None and not {"public_mint"} & (features | disabled):
        features.add("public_mint")
        # "anyone mints at 0.02 ETH", "Parents mint them themselves for 0.015 ETH": a mint price is paid by whoever
        # mints, so the price asks for a public mint as much as the words "public mint" do
        reader.add(RequirementKind.option, "public_mint", True, price.text, "features",
                   reader.positions[reader.requirements.index(price)])
    _public_mint_is_no_owner_mint(reader, family, features)
    if family == "erc20" and not any(r.kind == RequirementKind.decimals for r in reader.requirements):
        _standard_decimals(plain_folded, reader)
    _unread_parameters(plain_folded, reader, family)
    _cap_without_value(reader, family, features, cap)
    _negated_affirmations(plain_folded, reader)
    cliff = next((r for r in reader.requirements if r.key == "cliff_seconds" and r.value), None)
    if family == "vesting" and cliff is not None and not {"cliff"} & (features | disabled):
        # "in the first 6 months nothing can be released": a cliff said by what it does (read after the negation
        # check: "rien avant six mois" is how the cliff is said, no feature turned down)
        features.add("cliff")
        reader.add(RequirementKind.option, "cliff", True, cliff.text, "features",
                   reader.positions[reader.requirements.index(cliff)])
    if family in ("erc20", "erc721", "erc1155"):
        _mint_record_answer(plain_folded, reader, features, disabled)
    if family == "erc20":
        _unread_token_hints(plain_folded, reader, supply)
    elif family in ("erc721", "erc1155"):
        _unread_mint_hint(plain_folded, reader)
    explained = urls + hashes + addresses + list_markers + corrected + naming.name_words_explained(text, name_slot) + \
        [(s.start, s.end) for s in (name_slot, symbol_slot) if s]
    _unplaced(text, plain_folded, reader, family, language, explained, name_slot)
    if unread:
        opening = " ".join(text.split()[:5])  # the request's own words, as every requirement shows them
        reader.add(RequirementKind.value, "language", unread, opening, "", 0, status=RequirementStatus.ambiguous,
                   reason=f"the request looks like {unread}, and {_READ_LANGUAGES}: words in it may have been left out")
    if supply is not None and cap is not None and supply > cap and family == "erc20":
        raise GenerationError(f"the initial supply {supply:,} exceeds the cap {cap:,}: lower the supply or raise the cap")
    if family in ("erc721", "erc1155"):
        supply, cap = (_whole_count(reader, kind, value) for kind, value in
                       ((RequirementKind.supply, supply), (RequirementKind.cap, cap)))
    for label, value in (("supply", supply), ("cap", cap)):
        if value is not None and family in _TOKEN_FAMILIES and value * 10 ** decimals != int(value * 10 ** decimals):
            raise GenerationError(f"the {label} {value} has more fractional digits than {decimals} decimals allow: round it")

    display = name or _DEFAULT_NAMES.get(family, "My Contract")
    contract_name = solidity_identifier(display, _DEFAULT_IDENTIFIERS.get(family, "MyContract"))
    if family in _TOKEN_FAMILIES and not symbol:
        symbol = derive_symbol(display)
        options["symbol_derived"] = True
    role_names = sorted({r.key for r in reader.requirements if r.kind == RequirementKind.address and r.key != "address"})
    if "roles" in features:
        role_names = sorted(set(role_names) | {"admin", "minter", "pauser"})
    return ContractSpec(
        prompt=str(prompt), family=family, name=display, contract_name=contract_name, symbol=symbol,
        decimals=decimals,
        initial_supply=_whole(supply) if family in _SUPPLY_FAMILIES else None,
        cap=_whole(cap) if family in (*_SUPPLY_FAMILIES, "erc4626") else None,
        features=sorted(features), disabled=sorted(disabled), options=options, roles=role_names,
        addresses=options.pop("_addresses"), language=language, requirements=reader.ordered(),
    )


def _own_symbol(text: str, reader: _Reader, family: str, symbol: str | None, addresses: dict) -> str | None:
    """"token: our QUO at 0x..", "threshold 1,000 QUO": a governor over an existing voting token has no ticker of its
    own, so one read without the word symbol is that token's and sets nothing."""
    if family != "governor" or not symbol or not addresses.get("token") or \
            re.search(rf"(?<![\w])(?:{lexicon.SYMBOL_KEYWORDS})\s*[:=]?\s*[\"'«»“”]?{re.escape(symbol)}", text, re.IGNORECASE):
        return symbol
    reader.drop(lambda _, r: r.kind == RequirementKind.symbol)
    return None


_TRANSFERABLE = re.compile(
    r"(?<![\w-])(?:must|should|will|shall|can|are|is|be|remain|remains|stay|stays)(?: always| freely| still| fully)?"
    r" (?:be |remain |stay )?(?:freely |fully |always |normally )?(?:transferable|tradeable|tradable)(?![\w-])|"
    r"(?<![\w-])(?:freely|fully|normally) (?:transferable|tradeable|tradable)(?![\w-])|"
    # "it must be a completely normal, transferable token"
    r"(?<![\w-])(?:must|should|will|shall|is|be) (?:be )?(?:a |an )?(?:completely |totally |perfectly |entirely |just )?"
    r"(?:normal|ordinary|regular|standard|plain)(?:,| and)? (?:transferable|tradeable|tradable)(?![\w-])|"
    # "a normal token people can send to each other", "it is a normal token, people can trade it"
    r"(?<![\w-])(?<!only )(?<!just )(?:people|holders|members|users|anyone|everyone|they|fans|customers) (?:can|may|should be "
    r"able to|are free to) (?:freely )?(?:send|transfer|trade|give|pass|sell)(?: (?:it|them|tokens|coins))?(?: (?:to each "
    r"other|to one another|between (?:them(?:selves)?|each other)))?(?=\s*[.,;)!]|$)|"
    r"(?<![\w-])(?:it'?s|it is|is|be) (?:a |an )?(?:completely |totally |perfectly |entirely |just )?(?:normal|ordinary|"
    r"regular|standard|plain) token(?:,| and| —)? (?:people|holders|anyone|everyone) can (?:freely )?(?:trade|send|transfer|sell)"
    r"(?: (?:it|them))?(?: (?:to each other|to one another))?|"
    # "leave them transferable", "laissez-les transférables", "déjalos transferibles", "lass sie übertragbar"
    r"(?<![\w-])(?:keep|leave|let|laissez|laisse|laisser|gardez|garde|deja|dejad|dejalos|dejalas|deje|dejen|lass|lasst|"
    r"lassen|deixe|deixa|deixem|deixar|lascia|lasciate|lasciateli|lasciatele|lasciali)(?:-?(?:les|los|las|os|as|li|le))?"
    r"(?: (?:them|it|the \w+|sie|les|los|las|os|as|li|le|i \w+))?(?: (?:be|being))? (?:freely |normally )?"
    r"(?:transfer(?:r)?able|tradeable|tradable|transferables|transferibles?|ubertragbar|transferive(?:l|is)|"
    r"trasferibil[ei])(?![\w-])|"
    # "er muss frei übertragbar sein", "deve essere liberamente trasferibile", "debe ser transferible"
    r"(?<![\w-])(?:muss|mussen|soll|sollen|ist|sind)\s+(?:immer\s+|frei\s+|voll\s+)*ubertragbar(?![\w-])|"
    r"(?<![\w-])(?:deve|devono|debe|deben|doit|doivent|deve|devem)\s+(?:essere|ser|etre)\s+(?:sempre\s+|siempre\s+|toujours\s+|"
    r"liberamente\s+|libremente\s+|librement\s+|livremente\s+)*(?:trasferibil[ei]|transferibles?|transferables?|"
    r"transferive(?:l|is))(?![\w-])|"
    r"(?<![\w-])(?:restent|reste|rester|siguen|sigan|seguir|bleiben|bleibt|continuam|continuem|restano|restino|rimangono|"
    r"rimangano|restare|rimanere|quedar|permanecer|ficar|continuar) (?:(?:libremente|librement|frei|livremente|liberamente) )?(?:transferables|transferable|transferibles?|"
    r"ubertragbar|transferive(?:l|is)|trasferibil[ei])(?![\w-])")



_NOT_THE_PUBLIC = re.compile(r"(?<![\w])(?:mint\w*|creat\w*)(?![\w])[^.;!?\n]{0,80}?,?\s*(?:but\s+)?not\s+(?:by\s+|for\s+)?"
                             r"(?:the\s+)?(?:public|buyers|collectors|anyone else|everyone)(?![\w])|"
                             # "we mint them, nobody else"
                             r"(?<![\w])(?:we|i|us)\s+(?:only\s+)?mint\s+(?:them|it|the \w+)\s*,?\s*(?:and\s+)?(?:nobody|no one|noone|"
                             r"none) else(?![\w])")


def _public_turned_away(folded: lexicon.Folded, reader: _Reader, family: str, features: set[str],
                        disabled: set[str]) -> None:
    """"Only the cooperative can create (mint) the certificates, not the public": public minting turned down, said of
    the public rather than of the feature's name."""
    said = _NOT_THE_PUBLIC.search(folded.text) if family == "erc721" else None
    if said is None or "public_mint" in features | disabled:
        return
    disabled.add("public_mint")
    start, end = folded.source(*said.span())
    reader.add(RequirementKind.option, "public_mint", False, folded.original[start:end], "disabled", start)


def _transferable_said(folded: lexicon.Folded, reader: _Reader, family: str, features: set[str],
                       disabled: set[str]) -> None:
    """"a passport must always be transferable", "freely transferable": a token said to move freely is no soulbound
    one, which the reading records as soulbound turned off rather than leaving the word unexplained."""
    if family not in _TOKEN_KINDS:
        return
    said = _TRANSFERABLE.search(folded.text)
    if not said:
        return
    if "soulbound" in disabled:
        reader.seen.append(folded.source(*said.span()))  # "Soulbound? No, devono restare trasferibili": said twice
        return
    if re.match(r"\s+(?:only\s+|solely\s+|just\s+)?(?:to|between|among|amongst|within|inside)\b", folded.text[said.end():]) or \
            re.search(r"(?<![\w])(?:only|solely|just)(?![\w])", said.group(0)):
        return  # "must only ever be transferable to wallets we've approved": a restriction, not free transfer
    negators = (r"(?:(?<![\w])(?:not|never|no|non|cannot|can't|nicht|nunca|jamais|mai|nao|shouldnt|mustnt|cant|wont|dont|"
                r"doesnt|isnt|arent|wouldnt|couldnt)|n't)(?![\w])")
    if re.search(negators, said.group(0)) or \
            re.search(rf"{negators}(?:\s+[\w']+){{0,2}}\s*$", folded.text[max(0, said.start() - 30):said.start()]):
        return
    start, end = folded.source(*said.span())
    asked = next((r for r in reader.requirements if r.kind == RequirementKind.option and r.key == "soulbound"), None)
    if asked is None and "soulbound" in features:
        return
    asked_at = reader.positions[reader.requirements.index(asked)] if asked is not None else start
    if asked is not None and asked_at < start and _TAKEN_BACK.search(lexicon.fold(folded.original[asked_at:start])):
        # "je pensais les rendre non transférables… non, en fait ... laissez-les transférables": the later word stands
        reader.drop(lambda _, r: r is asked)
        features.discard("soulbound")
    elif asked is not None:  # "soulbound" asked somewhere, "must be transferable" said too: which one stands is a guess
        asked.status = RequirementStatus.ambiguous
        asked.reason = f"the request asks for a soulbound token and also says {folded.original[start:end]!r}"
        return
    disabled.add("soulbound")
    reader.add(RequirementKind.option, "soulbound", False, folded.original[start:end], "disabled", start)


def _settle_taken_back(reader: _Reader, features: set[str], disabled: set[str]) -> None:
    """A feature asked for and then taken back ("make it pausable. Actually scratch the pausing") or the other way
    round sits in both sets; the requirement the correction left says which one stands."""
    for concept in features & disabled:
        stands = next((r.value for r in reader.requirements if r.kind == RequirementKind.option and r.key == concept
                       and r.status != RequirementStatus.ambiguous and isinstance(r.value, bool)), None)
        if stands is not None:
            (disabled if stands else features).discard(concept)


def _roles_ask_their_abilities(reader: _Reader, family: str, features: set[str], disabled: set[str]) -> None:
    """"quem cunha é 0x..", "the pauser is 0x..": an address given the minter or the pauser role asks for minting or
    pausing as much as the words "mintable" or "pausable" do."""
    if family not in _TOKEN_KINDS:
        return
    for n, r in enumerate(reader.requirements):
        feature = {"minter": "mintable", "pauser": "pausable"}.get(r.key) if r.kind == RequirementKind.address else None
        if feature and feature not in features | disabled:
            features.add(feature)
            reader.add(RequirementKind.option, feature, True, r.text, "features", reader.positions[n])


def _separate_hands_ask_for_roles(reader: _Reader, family: str, features: set[str], options: dict) -> None:
    """"Lorenzo mints (0xA), the pause is for Rita (0xB), the admin is me (0xC)": a minter, pauser or upgrader given an
    address of its own (no single owner named) is role-based access, said without the word "roles"."""
    if family not in _TOKEN_KINDS or "access" in options:
        return
    hands = [(start, r) for start, r in zip(reader.positions, reader.requirements) if r.kind == RequirementKind.address
             and r.key in ("admin", "minter", "pauser", "upgrader") and r.value]
    acting = [r for _, r in hands if r.key != "admin"]
    owner = next((r for r in reader.requirements if r.kind == RequirementKind.address and r.key == "owner"), None)
    owned = len(hands) == 1 and re.search(r"(?<![\w])(?:owner|owners|propietari[oa]|proprietaire|eigentumer|besitzer|dono|"
                                          r"proprietario)(?![\w])", lexicon.fold(reader.text[max(0, hands[0][0] - 40):hands[0][0]]))
    if not acting or owner is not None or owned or \
            len(hands) >= 2 and len({str(r.value).lower() for _, r in hands}) < 2:
        return  # ("pausieren darf allein die Revierzentrale unter 0x..": one acting hand is a role too, the deployer admin)
    start, first = min(hands, key=lambda hand: hand[0])
    features.add("roles")
    options["access"] = "roles"
    reader.add(RequirementKind.option, "access", "roles", first.text, "options.access", start)


_AMOUNT_KINDS = (RequirementKind.supply, RequirementKind.cap, RequirementKind.decimals, RequirementKind.value)


def _whole_count(reader: _Reader, kind: RequirementKind, value: Decimal | None) -> Decimal | None:
    """A collection's count as read, or None with its requirement ambiguous when it is no whole number: "no
    máximo 1.500" read as one and a half is a thousands dot the reader took for a decimal point."""
    if value is None or value == int(value):
        return value
    for requirement in reader.requirements:
        if requirement.kind == kind and requirement.value == str(value):
            requirement.status = RequirementStatus.ambiguous
            requirement.reason = (f"a collection counts whole NFTs and {requirement.text!r} reads as {value}; write "
                                  "the count without separators")
    return None


def _spelled_by_ticker(text: str, hidden: list[tuple[int, int]], symbol: naming.Slot) -> naming.Slot | None:
    """The capitalised run the ticker spells, read with the addresses, URLs and the ticker itself hidden."""
    return naming.name_spelled_by(_mask(text, hidden + [(symbol.start, symbol.end)]), symbol.value)


_NAME_SLASH_TICKER = re.compile(rf"(?<![\w'’-])([{lexicon.CAPITALS}][\w'’-]*(?:[ \t]+[{lexicon.CAPITALS}][\w'’-]*){{0,3}})"
                                r"[ \t]*/[ \t]*\$?([A-Z][A-Z0-9]{1,10})(?![\w/])")
"""A name and its ticker with a slash between ("Island Malt / IMLT"), wherever the pair stands."""


_URL_TAKEN_BACK = re.compile(rf"^\s*(?:\.\.\.|…)|(?<![\w])(?:{naming.CORRECTIONS}|pardon|la bonne|le bon|the right one|"
                             r"the correct one|correct one|actually|rather|i mean|la correcta|a correta|quella giusta|"
                             r"die richtige)(?![\w])", re.IGNORECASE)


def _corrected_url(original: str, urls: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The URLs with one taken back dropped: "ipfs://bafy... pardon, la bonne : ipfs://bafybei.../" keeps the
    second."""
    kept = list(urls)
    for first, second in zip(urls, urls[1:]):
        if _URL_TAKEN_BACK.search(original[first[1]:second[0]]) and first in kept:
            kept.remove(first)
    return kept


def _guessed_name(plain: str) -> naming.Slot | None:
    """No keyword, quote or label names the contract: capitalised words name things in English (not in German),
    so an English request's first capitalised phrase that opens no sentence is taken as its name, and listed with
    that reason so that the summary shows the guess."""
    phrase = coverage.capitalised_phrase(plain, [])
    if phrase is None or not clean_text(plain[phrase[0]:phrase[1]]).strip(" .,;:'’-"):
        return None
    return naming.Slot(plain[phrase[0]:phrase[1]].strip(" .,;:'’-"), phrase[0], phrase[1], "guessed")


def _unplaced(text: str, folded: lexicon.Folded, reader: _Reader, family: str, language: str,
              explained: list[tuple[int, int]], name_slot: naming.Slot | None) -> None:
    """Words the reading left unplaced (coverage): ambiguous, so that the workflow stops rather than guess."""
    covered = [(s, e) for _, s, e in reader.spans] + explained
    amounts = [(s, e) for kind, s, e in reader.spans if kind in _AMOUNT_KINDS and e > s]
    found = coverage.partial_numbers(text, amounts, covered, language)
    name_span = (name_slot.start, name_slot.end) if name_slot else None
    found += coverage.partial_name(text, name_span, covered) or coverage.name_edges(text, name_span, covered)
    if name_slot is None and family in _DEFAULT_IDENTIFIERS:
        found += coverage.unread_name(text, covered + reader.seen)
    placed = {r.key for r in reader.requirements} | {r.field.split(".")[-1] for r in reader.requirements}
    found += coverage.unplaced_features(folded, covered + reader.seen, placed)
    found += coverage.unbound_negations(folded, family, covered, reader.seen)
    if family in _TOKEN_FAMILIES and not any(r.kind == RequirementKind.symbol for r in reader.requirements):
        found += coverage.unplaced_ticker(text, covered + reader.seen)
    for u in found:
        kind = {"name": RequirementKind.name, "symbol": RequirementKind.symbol}.get(u.key, RequirementKind.value)
        named = u.key in ("name", "symbol")
        reader.add(kind, u.key if named else "unplaced_" + u.key, None, u.text, u.key if named else "", u.start,
                   status=RequirementStatus.ambiguous, reason=u.reason)


def _negated_affirmations(folded: lexicon.Folded, reader: _Reader) -> None:
    """A feature read as asked for in a clause that also denies (coverage.negated_affirmations): ambiguous, so
    that "no button to block transfers" never deploys a pausable token."""
    asked = [(n, r) for n, r in enumerate(reader.requirements)
             if r.kind == RequirementKind.option and r.value is True and r.key not in ("capped", "soulbound")
             and r.status == RequirementStatus.pending]
    hits = coverage.negated_affirmations(folded, [(r.key, reader.positions[n], r.text) for n, r in asked])
    for index, negator in hits:
        requirement = asked[index][1]
        requirement.status = RequirementStatus.ambiguous
        requirement.reason = (f"{requirement.text!r} was read as asking for {requirement.key}, but its clause also "
                              f"says {negator!r}: say plainly whether the contract should have it")


_ZERO_WORDS = re.compile(
    r"(?<![\w])(?:zero|nothing|none|nil|cero|nada|rien|nichts|null|niente|nulla|nenhum|nenhuma|0)(?![\w])"
    r"(?!\s+(?:[\w']+\s+)?(?:decimals?|decimales|decimaux|decimal|nachkommastellen|dezimal\w*|casas|decimais|decimali|dp|"
    r"address|adresse|direccion|endereco|indirizzo|fees?|gas|tax|%))")
_AFTER_INITIAL = re.compile(r"(?:\s+[\w']+){0,4}?\s+(?:\d|at (?:the )?(?:deploy\w*|launch|start|beginning|outset)|initial|"
                            r"on deploy|al |au |beim |no )")


_GRANTED_RECORD = re.compile(r"\s*[:=]\s*(?:yes|true|on|si|oui|ja|sim|(?:only\s+)?(?:the\s+)?(?:owner|admin)(?:\s+(?:only|can|may|does))?)"
                             r"\s*(?:[,;)}]|$)", re.MULTILINE)
_NEGATED_RECORD = re.compile(r"\s*[:=]?\s*(?:no|none|off|false|nein|non|nao|never)\s*(?:[,.;)}]|$)")


def _mint_record_answer(folded: lexicon.Folded, reader: _Reader, features: set[str], disabled: set[str]) -> None:
    """"burn no, mint no", "mint = owner", "minting: yes": a record's answer to the bare word turns minting down or
    asks for it, as "mintable: no" or "mintable: yes" would."""
    if any(r.kind == RequirementKind.option and r.key == "mintable" for r in reader.requirements):
        return
    for m in lexicon.find(abilities.MINT, folded.text):
        answer = re.fullmatch(r"mint(ing)?", m.group(0)) and (_NEGATED_RECORD.match(folded.text, m.end()) or
                                                              _GRANTED_RECORD.match(folded.text, m.end()))
        if not answer:
            continue
        source = folded.source(m.start(), m.end())[0]
        if re.search(r"flash\W*$", folded.text[:m.start()]) or any(s <= source < e for s, e in reader.seen):
            continue  # "ERC-3156 flash minting: yes": another feature's record
        start, end = folded.source(m.start(), answer.end())
        granted = answer.re is _GRANTED_RECORD
        reader.add(RequirementKind.option, "mintable", granted, folded.original[start:end].strip(" ,;)"),
                   "features" if granted else "disabled", start)
        (features if granted else disabled).add("mintable")
        return


def _unread_token_hints(folded: lexicon.Folded, reader: _Reader, supply: Decimal | None) -> None:
    """A fungible token whose request hints at what the reading did not take: a zero with no supply read ("nothing
    exists at the start", "zéro au lancement": the template's default supply would be minted in its place), or a
    minting verb with no minting requirement ("the co-op mints as the meters report"). Each is ambiguous."""
    text = folded.text
    if supply is None:
        # (not a zero said of the decimals: "decimals zero", "zero decimals", "decimales: cero")
        zero = next((z for z in _ZERO_WORDS.finditer(text) if not re.search(
            rf"(?:{lexicon.DECIMAL_WORDS})\s*[:=]?\s*$", text[max(0, z.start() - 20):z.start()]) and not re.match(
            rf"\s*(?:{lexicon.DECIMAL_WORDS})", text[z.end():])), None)
        if zero:
            start, end = folded.source(*zero.span())
            reader.add(RequirementKind.supply, "supply", None, folded.original[start:end], "initial_supply", start,
                       status=RequirementStatus.ambiguous,
                       reason=f"no initial supply was read and {folded.original[start:end]!r} may set it to zero; give "
                              "it as \"initial supply 0\" or as a number")
    _unread_mint_hint(folded, reader)


def _unread_mint_hint(folded: lexicon.Folded, reader: _Reader) -> None:
    """A minting verb with no minting requirement ("the co-op mints as the meters report", "créer de nouveaux articles
    (mint)"): ambiguous, never a token or collection deployed without minting in silence."""
    text = folded.text
    if any(r.kind == RequirementKind.option and r.key in ("mintable", "public_mint") for r in reader.requirements):
        return
    name = next((lexicon.fold(str(r.value)) for r in reader.requirements if r.kind == RequirementKind.name and r.value), "")
    for m in lexicon.find(abilities.MINT, text):
        if name and text.startswith(name, m.start()) or \
                any(s <= folded.source(m.start(), m.end())[0] < e for s, e in reader.seen):
            continue  # "Mint Mark ... a mint mark is the maker stamp", "le total émis par id": the name, another feature
        if re.fullmatch(r"issuance|emission[ei]?|emision|emissao|ausgabe|neuausgabe|prag(ung)?|acunacion|cunhagem|"
                        r"coniazione|minting", m.group(0)) and not re.search(r"(?:can|may|will|to)\s+$", text[:m.start()]):
            continue  # a noun names the mint, it asks for no ability
        if lexicon.find(lexicon.NEGATORS, windows.before(text, m.start(), 40)) or \
                _AFTER_INITIAL.match(windows.after(text, m.end(), 40)) or _initial_mint(text, m.start(), m.end()) or \
                re.search(r"(?:initial|pre|first|flash)\W*$", text[:m.start()]) or \
                re.search(r"\d[\d,.]*\s*(?:[a-z]+\s+)?(?:tokens?\s+|coins?\s+|points?\s+)?$", windows.before(text, m.start(), 30)) and \
                re.match(r"\s+(?:to|into|for|at)\b", text[m.end():]) or \
                re.match(rf"\s+(?:[\w'-]+\s+){{0,3}}?(?:{abilities.TOKEN_NOUNS}|contract|contrat|contrato|contratto|vertrag)(?![\w])",
                         windows.after(text, m.end(), 50)) or \
                re.search(r"(?:want|wants|need|needs|like|would|let's|lets|please|queremos|queriamos|quiero|quisiera|"
                          r"necesitamos|voulons|voudrions|souhaitons|mochten|wollen|brauchen|precisamos|"
                          r"vogliamo|vorremmo|dobbiamo)(?:\s+to)?\s+$", windows.before(text, m.start(), 30)) or \
                re.search(r"(?:mochten|wollen|mochte|will|wurden)\s+[^.;!?\n]{0,60}\bals\s+(?:nfts?|tokens?|jetons?)\s+$",
                          windows.before(text, m.start(), 90)):
            # ("Wir möchten unsere Schlüsselkarten als NFT ausgeben": the request itself, the German verb last)
            continue  # flash minting, an initial mint, or the request itself ("issue the token", "emitir o token")
        start, end = folded.source(*m.span())
        if lexicon.negated(text, m.start(), m.end()):
            # "mint is not needed", "minting: no": the verb turned down as the feature would be
            reader.add(RequirementKind.option, "mintable", False, folded.original[start:end], "disabled", start)
            return
        reader.add(RequirementKind.option, "mintable", None, folded.original[start:end], "features", start,
                   status=RequirementStatus.ambiguous,
                   reason=f"{folded.original[start:end]!r} may ask for minting after deployment; say \"mintable by the "
                          "owner\" or \"fixed supply\"")
        return


_DEFAULT_SUPPLY = 1_000_000
"""The ERC-20 template's initial supply when the request gives none (reported as assumed)."""
_CAP_AT_THE_SUPPLY = re.compile(
    r"(?<![\w])(?:capped|cap(?:ped)?|limited|fixed)\s+(?:it\s+)?(?:at|to)\s+(?:exactly\s+)?(?:that|this|the same)(?:\s+(?:amount|"
    r"number|figure|total|supply))?(?![\w])|(?<![\w])(?:cap|max(?:imum)?(?: supply)?)\s+(?:is\s+|equal to\s+|=\s*|same as\s+)"
    r"(?:the\s+)?(?:same as\s+)?(?:the\s+)?(?:initial\s+)?supply(?![\w])")
"""A cap said to be the supply ("capped at exactly that amount", "cap equal to the initial supply")."""


def _cap_without_value(reader: _Reader, family: str, features: set[str], cap: object) -> None:
    """"max 600 members" read as the capped option but no number as its cap: ambiguous, so the workflow stops rather
    than deploy the template's default maximum, whatever words asked for the cap."""
    if family not in ("erc20", "erc721") or "capped" not in features or cap is not None or \
            any(r.field == "cap" for r in reader.requirements):
        return
    asked = next((r for r in reader.requirements if r.key == "capped" and r.value is True), None)
    if asked is None:
        return
    reader.add(RequirementKind.value, "cap", None, asked.text, "cap", reader.positions[reader.requirements.index(asked)],
               status=RequirementStatus.ambiguous,
               reason="the request asks for a maximum supply but its value could not be read; give it as a number")


_STANDARD_DECIMALS = re.compile(r"(?<![\w])(?:(?:standard|default|usual|normal|regular)\s+decimals|decimals\s*[:=]?\s*(?:whatever "
                                r"is |are |the |as )?(?:standard|default|usual|normal|regular)|decimals\s+(?:like|as) (?:usual|"
                                r"normal|always|eth|ether))(?![\w])|"
                                rf"(?:decimals\s*[:=]?\s*\d{{1,2}}|\d{{1,2}}\s+decimals)(?:{quantities.BACK_TO_DEFAULT.pattern})")
"""Decimals asked as the standard ("decimals whatever is standard", "default decimals", "decimals 8 — hmm no, just leave
the default"): ERC-20's 18, said."""


def _standard_decimals(folded: lexicon.Folded, reader: _Reader) -> None:
    m = _STANDARD_DECIMALS.search(folded.text)
    if m:
        start, end = folded.source(*m.span())
        reader.add(RequirementKind.decimals, "decimals", 18, folded.original[start:end], "decimals", start)


def _unread_parameters(folded: lexicon.Folded, reader: _Reader, family: str) -> None:
    """A parameter the request names whose value nothing read ("a voting delay of one business week"):
    ambiguous, so that the workflow stops rather than deploy the template's default in its place."""
    read = {r.field for r in reader.requirements} | {r.key for r in reader.requirements}
    for parameter, span in mentions.unread(folded.text, family, read):
        start = folded.source(*span)[0]
        reader.add(RequirementKind.value, parameter.key, None, folded.original_text(*span), parameter.set_by[0], start,
                   status=RequirementStatus.ambiguous,
                   reason=f"the request mentions the {parameter.label} but its value could not be read; give it as a "
                          "number (a time with its unit)")


_CHECKBOX = re.compile(r"(?m)^([ \t]*(?:[-*•+][ \t]*)?)\[([ xX✓✔])\]")
_YES_NO = r"yes|no|si|sí|oui|non|ja|nein|sim|não|nao"
_ANSWER_BOXES = re.compile(rf"\[([ xX✓✔])\][ \t]*({_YES_NO})[ \t]+\[([ xX✓✔])\][ \t]*({_YES_NO})(?![\w])", re.IGNORECASE)
"""A form's answer as a pair of boxes: "Minting after launch: [ ] yes  [x] no"."""


def _ticked_answer(m: re.Match[str]) -> str:
    """The ticked box's word, padded to the pair's length (every offset stays); both or neither ticked answers
    nothing."""
    first, second = m.group(1) != " ", m.group(3) != " "
    answer = m.group(2) if first and not second else m.group(4) if second and not first else ""
    return answer.ljust(len(m.group(0)))


_PICTOGRAPHS = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F]+")


def _without_pictographs(text: str) -> str:
    """Emoji and dingbats are decoration, never part of a name or a value: "🍦 Scoop Streak 🍦 ($SCPK)" is the name
    beside its ticker; but one before a lowercase word ends a clause, as a full stop would ("supply 69,420 🤣 holders
    should vote"). Checklist boxes are read as words before this."""
    # a cross or a tick answers the feature: before it as a bullet ("❌ pausable"), after it ("burnable ✅ pausable ❌")
    crosses, ticks = "[\u274C\u274E\u2716\u2717\u2718\u26D4\U0001F6AB]+\uFE0F?", "[\u2705\u2714\u2713\u2611]+\uFE0F?"
    text = re.sub(rf"(?m)^([ \t]*(?:[-*•][ \t]*)?){crosses}[ \t]*", r"\1no ", text)
    text = re.sub(rf"(?m)^([ \t]*(?:[-*•][ \t]*)?){ticks}[ \t]*", r"\1", text)
    text = re.sub(rf"[ \t]*{crosses}", ": no;", text)
    text = re.sub(rf"[ \t]*{ticks}", ": yes;", text)
    return _PICTOGRAPHS.sub(lambda m: "; " if re.match(r"\s*[a-zà-ÿ]", text[m.end():]) and m.start() > 0 else
                            # "Klompen Kunst 👞 KKNST — ...": between a name and its ticker, a dash
                            " — " if re.search(r"[^\W\d_][ \t]*$", text[:m.start()]) and
                            re.match(r"[ \t]*\$?(?!ERC|EIP|NFT)[A-Z][A-Z0-9]{1,10}\b(?![-'’])[ \t]*(?:[—–-]|$)", text[m.end():])
                            # "our nursery in Omiya 🌲 Nebari Points, ticker NBRI": between two words, a comma
                            else ", " if re.search(r"[^\W\d_][ \t]*$", text[:m.start()]) and
                            re.match(r"[ \t]*[A-ZÀ-Þ][a-zà-ÿ]", text[m.end():])
                            else " ", text)


def _line_ends(text: str) -> str:
    """A line that ends in a word or a number ends its clause: "Amount at launch: 12 500 000" and the next line's
    "Can guests burn ...?" are no "12 500 000 can" once the lines are joined."""
    # ("¿Quemable?: sí"; "- Burnable" / "" / "Thanks.": a blank line ends it too)
    text = re.sub(r"(?<=[\w%)\]\"'»”])[ \t]*\n(?=(?:[ \t]*\n)*[ \t]*[\w\"'«“(¿¡])", "; \n", text)
    # a bulleted record ends too ("- Mintable: no" / "- Burnable: yes"), but not an item of a list under a label
    # ("Out of scope:" / "- minting after launch" / "- pausing")
    text = re.sub(r"(?m)^([ \t]*[-•*][ \t]+[^\n:]*:[^\n]*[\w%)\]\"'»”])[ \t]*\n(?=[ \t]*[-•*][ \t]+[\w\"'«“(¿¡])",
                  r"\1; \n", text)
    return _statements_listed(text)


_BULLET = re.compile(r"[ \t]*[-•*][ \t]+\S")


def _statements_listed(text: str) -> str:
    """Items of a list that no label introduces ("## What we need" / "- Holders can't burn" / "- Owner can pause
    transfers") are statements of their own: each ends its clause, so one item's "can't" reaches no word of the next.
    Items under a label ending in a colon ("Out of scope:" / "- minting" / "- pausing") share the label's words."""
    lines = text.split("\n")
    under_label = False
    for n, line in enumerate(lines[:-1]):
        if not _BULLET.match(line):
            under_label = line.rstrip().endswith(":") if line.strip() else under_label
            continue
        if not under_label and _BULLET.match(lines[n + 1]) and re.search(r"[\w%)\]\"'»”]\s*$", line):
            lines[n] = line.rstrip() + ";"
    return "\n".join(lines)


def checklists_as_words(prompt: str) -> str:
    """A markdown checklist says yes or no with its box: "- [ ] pausable" turns the line's feature down as
    "- no pausable" does, "- [x] burnable" asks for it. Same length, so every offset stays. A list whose boxes are
    all empty (or all ticked) is a to-do list of what to build: its boxes say nothing."""
    prompt = _ANSWER_BOXES.sub(_ticked_answer, prompt)
    boxes = {m.group(2) == " " for m in _CHECKBOX.finditer(prompt)}
    if len(boxes) < 2:
        return _CHECKBOX.sub(lambda m: m.group(1) + "   ", prompt)
    return _CHECKBOX.sub(lambda m: m.group(1) + ("no " if m.group(2) == " " else "   "), prompt)


_TABLE_ROW = re.compile(r"^\s*\|(.*)\|\s*$")
_TABLE_RULE = re.compile(r"\s*:?-{2,}:?\s*")


def tables_as_labels(prompt: str) -> str:
    """A Markdown table says what a "label: value" line says: a two-column table is one "key: value" per
    row (its header row, "field | value", names nothing), a wider one pairs each body cell with its column's
    header ("name: X, symbol: Y"). Rows end with ";" so that no value runs into the next row's label."""
    lines = prompt.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        if not _TABLE_ROW.match(lines[i]):
            out.append(lines[i])
            i += 1
            continue
        rows = []
        while i < len(lines) and _TABLE_ROW.match(lines[i]):
            rows.append([c.strip() for c in _TABLE_ROW.match(lines[i]).group(1).split("|")])
            i += 1
        ruled = len(rows) > 1 and all(_TABLE_RULE.fullmatch(c) for c in rows[1])
        header, body = (rows[0], rows[2:]) if ruled else (None, rows)
        for row in body:
            if len(row) == 2 or header is None or len(header) != len(row):
                out.append(": ".join(c for c in row[:2] if c) + (", " + ", ".join(row[2:]) if len(row) > 2 else "") + ";")
            else:
                out.append(", ".join(f"{h}: {c}" for h, c in zip(header, row) if c) + ";")
    return "\n".join(out)


def _list_markers(prompt: str, text: str) -> list[tuple[int, int]]:
    """The spans in the cleaned text of the numbers that open the lines of a numbered list ("1. ERC-1155",
    "2) soulbound"), found on the request's own lines (cleaning joins them)."""
    spans: list[tuple[int, int]] = []
    position = 0
    for m in re.finditer(r"(?m)^[ \t]*[(\[]?(\d{1,2}[.)\]])[ \t]+(\S[^\n]{0,15})", prompt):
        marker = f"{m.group(1)} {clean_text(m.group(2))}"
        found = text.find(marker, position)
        if found < 0:
            continue
        spans.append((found, found + len(m.group(1))))
        position = found + len(m.group(1))
    inline = list(re.finditer(r"(?<![\w(])\(?(\d{1,2})\)\s+(?=[^\W\d_])", text))
    if {"1", "2"} <= {m.group(1) for m in inline}:
        spans += [m.span(1) for m in inline]  # "(1) mintable; (2) pausable": an enumeration within the line
    return spans


def _corrected(text: str, hidden: list[tuple[int, int]], at: int, symbol: naming.Slot | None,
               name: naming.Slot | None, glued: naming.Slot | None, amounts) -> tuple:
    """A correction ("symbole FDS… non pardon, le symbole c'est FSEL", "named Oak, o mejor, Roble") replaces
    the value of the same field given before it with the one given after it; the taken-back words are
    explained, not left unplaced; a field said to stay ("symbol stays the same") keeps its value. Returns (symbol,
    name, taken-back spans)."""
    after = _mask(text, hidden + [(0, at)])
    folded_after = lexicon.fold_text(after)
    taken_back: list[tuple[int, int]] = []
    kept = re.search(r"(?i)(?<![\w])(symbol|ticker|name)\s+(?:stays|remains|is unchanged|unchanged|stays the same|is the same|"
                     r"doesn'?t change|does not change|bleibt|reste|queda|sigue|fica|resta)(?![\w])", text[at:])
    if symbol is not None and symbol.start < at and not (kept and kept.group(1).lower() in ("symbol", "ticker")):
        again = naming.find_symbol(after, folded_after, None, None, [a.end for a in amounts])
        # ("wait no, that one's taken, use XRFT": a few words, then the verb that gives the new one)
        # ("BRÖ... nein, lieber ohne Umlaut: BROE": the preference, a reason, a colon, then the new one)
        right_after = re.match(r"\s*[:,]?\s*(?:(?:no|nah|nope|nein|non|nao|não)[,!]?\s+)?"  # ("LVN — wait, no, LVNT")
                               r"(?:(?:[^.;!?\n]{0,40}?\b)?(?:make it|make that|it's|it is|use|call it|rather|go with|"
                               r"instead|mejor|melhor|meglio|plut[oô]t|lieber|besser|better)\s+|(?:lieber|besser|plut[oô]t|mejor|melhor|meglio|better|rather)\b[^.;!?\n:]{0,30}:\s*)?"
                               r"\$?([A-Z][A-Z0-9]{1,9})(?![\w])", text[at:])
        if right_after and right_after.group(1) == symbol.value:
            # "Kürzel GOLD … nein, GOLD ist sicher schon vergeben, nehmt BLGD": the old one named again, then the new
            right_after = re.match(r"[^.;!?\n]{0,60}?\b(?:nehmt|nimm|nehmen wir|take|use|go with|usa|usad|usemos|toma|tomad|"
                                   r"prends|prenez|prenons|utilisez|pega|usem|usa|prendete|prendiamo|usate)\s+\$?"
                                   r"([A-Z][A-Z0-9]{1,9})(?![\w])", text[at:])
        if right_after is None and 0 <= at - symbol.end <= 15:
            # "simbol TAÑ.. hmm better keep it ascii, TANE": the ticker corrected right after it, the new one in capitals
            right_after = re.match(r"[^.;!?\n]{0,40}?(?<![\w$])\$?([A-Z][A-Z0-9]{1,9})(?![\w])", text[at:])
        if (again is None or again.start < at) and right_after and right_after.group(1) != symbol.value and \
                naming._looks_like_symbol(right_after.group(1)):
            # "pour le symbole, finalement DNDS": a ticker right after the correction word is the symbol's new value
            again = naming.Slot(right_after.group(1), at + right_after.start(1), at + right_after.end(1), "corrected")
        if again is not None and again.start >= at:
            taken_back.append((symbol.start, symbol.end))
            symbol = again
    if name is not None and name.start < at and not (kept and kept.group(1).lower() == "name"):
        again, _ = naming.find_name(after, folded_after, [])
        if again is None and symbol is not None and symbol.start >= at:
            again = naming.name_before_symbol(after, symbol.start)  # "no wait, ... Ours is Alabere Circle, symbol ALBR"
        # ("token: Apple Pie (APP)... no wait: Plum Cake (PLMC)": a name before the corrected ticker's brackets too)
        if again is not None and again.start >= at and again.value.strip("`'\" ") and \
                not (again.source != "quoted" and again.value.strip("`'\" ")[:1].islower()) and \
                (again.source in ("label", "keyword", "quoted", "before-symbol") or
                 again.source == "paren" and symbol is not None and symbol.start >= at):
            taken_back.append((name.start, name.end))
            name = naming.bounded(again, text)
    return symbol, name, taken_back


def _looks_fungible(text: str, folded: lexicon.Folded, name: naming.Slot | None, glued: naming.Slot | None) -> bool:
    """"Issue 40,000 Reef Shells (RSH)": a ticker or decimals with no other kind named is a token."""
    if glued is not None or lexicon.find(lexicon.SYMBOL_KEYWORDS, folded.text) or \
            lexicon.find(lexicon.DECIMAL_WORDS, folded.text) or re.search(r"(?<![\w$])\$[A-Z][A-Z0-9]{1,10}\b", text):
        return True
    if name is not None and lexicon.find(r"supply|total supply|initial supply|suministro|offre|angebot|fornecimento|"
                                         r"offerta", folded.text):
        return True
    if re.match(r"\s*(?:[A-Z][\w'-]+\s+){0,3}[A-Z][\w'-]+\s*[,;:–—/|-]\s*[A-Z][A-Z0-9]{2,10}\s*[,:;./|]\s*(?:\d|(?i:premint|"
                r"pre-mint|supply|initial supply|cap|max supply)\b)", text):
        return True  # "Soyolon Stride, SYLN: 900k now", "Kea Paddle / KEAP, 100k", "Albarda / ALB / 75,000"
    if name is not None and re.match(r"['\"”’»]?\s*[.,;:/|–—-]\s*[A-Z][A-Z0-9]{2,10}\s*[.,;:/|]\s*\d", text[name.end:]):
        return True  # "name Goavddis. GOAV. 120000. burnable.": a name, a ticker and a count in a row
    if re.match(r"\s*[A-Z][A-Z0-9]{2,10}\s*[,;:–—/|-]\s*['\"“‘«]?(?:[A-Z][\w'-]+\s+){0,3}[A-Z][\w'-]+['\"”’»]?\s*[,:;./|]\s*\d",
                text):
        return True  # "EIDER / 'Breidafjordur Down'. 900k now": the ticker first
    return name is not None and bool(re.search(r"\(\s*[A-Z][A-Z0-9]{1,10}\s*\)", text))


def _family_options(family: str) -> dict:
    try:
        return load_meta(family).get("options", {})
    except GenerationError:
        return {}


def _read_stated(folded: lexicon.Folded, reader: _Reader, family: str, features: set[str], disabled: set[str]) -> None:
    """Restrictions and abilities stated with a verb (abilities.stated): a feature the concepts did not read is
    added, one read the other way round becomes ambiguous, and an unsure one stops the reading."""
    family_options = _family_options(family)
    for hit in sorted(abilities.stated(folded.text, family), key=lambda h: not h.sure):
        start, end = folded.source(hit.start, hit.end)
        words = folded.original[start:end]
        reader.seen.append((start, end))
        if hit.concept not in family_options:
            continue
        if hit.verb_class == "transfer" and _blocked_holder_before(reader, start):
            continue  # "lock that one person's coins so they can't send them": the blocklist's effect, not soulbound
        if hit.concept == "soulbound" and _explains_a_pause(folded.text, hit.start):
            continue  # "the owner can pause everything (cyclone season = no trading, ha)": what pausing does
        if hit.value is True and re.match(r"\s*(?:\?|,?\s*(?:but|ma|pero|mais|aber|mas))\s*(?:no|non|nein|nao)(?![\w])",
                                          folded.text[hit.end:]):
            continue  # "Non transférable ? Non, finalement transférable", "proposto di renderlo non trasferibile, ma no"
        if hit.value is None and hit.why != abilities.FORCED_WHY and \
                any(r.kind == RequirementKind.option and r.key == hit.concept for r in reader.requirements):
            continue  # "wants to get rid of a card ... should be able to destroy it": the intent is said elsewhere
        if not hit.sure:
            reader.add(RequirementKind.option, hit.concept, None, words, "features", start,
                       status=RequirementStatus.ambiguous,
                       reason=f"{words!r} reads as {hit.why}, which no {family} option offers as such; rephrase it")
            continue
        read = next((r for r in reader.requirements if r.kind == RequirementKind.option and r.key == hit.concept), None)
        if read is not None and read.value == hit.value:
            continue
        on = hit.value is True
        at = reader.requirements.index(read) if read is not None else -1
        later = next((m for m in lexicon.find(lexicon.FEATURES.get(hit.concept, "$^"), folded.text)
                      if m.start() >= hit.end), None) if read is not None and read.value is True and not on else None
        if later is not None and _corrected_between(folded.original[end:folded.source(*later.span())[0]]):
            continue  # "nobody should ever be able to create more. Actually, scratch that: let me mint more later"
        if read is not None and read.status == RequirementStatus.pending and start <= reader.positions[at] < end:
            # the concept reader took the verb's own word and missed the negation around it: the wider reading wins
            (features if read.value is True else disabled).discard(hit.concept)
            reader.requirements[at] = Requirement(kind=RequirementKind.option, key=hit.concept, value=hit.value,
                                                  text=words[:120], field="features" if on else "disabled",
                                                  status=RequirementStatus.pending)
            (features if on else disabled).add(hit.concept)
            continue
        if read is None:
            (features if on else disabled).add(hit.concept)
        reader.add(RequirementKind.option, hit.concept, hit.value, words, "features" if on else "disabled", start)
    if family == "erc1155" and "supply_tracking" not in features | disabled:
        m = abilities.supply_per_id(folded.text)
        if m:
            features.add("supply_tracking")
            start, end = folded.source(*m.span())
            reader.seen.append((start, end))
            reader.add(RequirementKind.option, "supply_tracking", True, folded.original[start:end], "features", start)


_OWNER_SUBJECT = re.compile(r"(?<![\w])(?:owner|admin|minter|role|we|i|us|me|team|dueno|duena|proprietaire|besitzer|"
                            r"eigentumer|dono|proprietario|propietario|nosotros|nous|wir|noi|io|eu|yo|moi|ich)(?![\w])")


def _sentence_before(text: str, at: int, width: int = 40) -> str:
    """Up to `width` characters before `at`, in its sentence."""
    return re.split(r"[.;!?\n]", windows.before(text, at, width))[-1]


def _public_mint_is_no_owner_mint(reader: _Reader, family: str, features: set[str]) -> None:
    """"anyone can mint one for 0.02 ETH": the public mint's own words ask for no owner mint as well; a minting
    ability read with no privileged subject beside a public mint is that public mint (an owner mint stays when the
    request names who: "the owner can also mint")."""
    if family != "erc721" or "public_mint" not in features:
        return
    public = [(at, at + len(r.text)) for r, at in zip(reader.requirements, reader.positions) if r.key == "public_mint"]
    for r in list(reader.requirements):
        if not (r.kind == RequirementKind.option and r.key == "mintable" and r.value is True):
            continue
        at = reader.requirements.index(r)
        inside = any(s <= reader.positions[at] < e for s, e in public) or re.search(  # "chiunque può coniare": the same words
            r"(?<![\w])(?:collectors|fans|anyone|anybody|everyone|everybody|visitors|buyers|users|people|customers|the public|"
            r"holders|members)\s+(?:to\s+)?(?:be\s+)?$", _sentence_before(reader.text, reader.positions[at]), re.I)
        # ("we'd like collectors to be able to mint": the public's mint, whoever asks for it)
        if inside or not _OWNER_SUBJECT.search(lexicon.fold(_sentence_before(reader.text, reader.positions[at]) + " " + r.text)):
            del reader.requirements[at], reader.positions[at]
            features.discard("mintable")


def _initial_mint(folded: str, start: int, end: int) -> bool:
    """A mint said of the initial supply and sent somewhere: made once at deployment, no minting ability."""
    sentence = re.split(r"[.;!?\n](?!\d)", folded[:start])[-1]
    said_of_supply = re.search(r"(?<![\w])(?:(?:initial|starting|whole|entire|total|full) supply|supply of|all (?:the )?"
                               r"tokens)(?![\w])", sentence) or \
        re.search(r"\d[\d.,]*\s*(?:k|m|mm|mn|million|millions|thousand)?\s*(?:(?:total\s+)?(?:supply|tokens?|units?|coins?)\s*)?"
                  r",?\s*(?:(?:all|everything|all of it|all of them|the lot|the whole lot)\s+)?$", sentence)
    # "800k, minted to ..", "12 million, everything minted to ..", "5M supply, minted straight into our wallet .."
    return bool(said_of_supply and re.match(r"\s+(?:(?:straight|directly|right|all)\s+)?(?:to|into|in|for)\s",
                                            windows.after(folded, end, 16)) and
                re.search(r"(?:minted|issued|created)$", folded[start:end]))


def _blocked_holder_before(reader: _Reader, start: int) -> bool:
    """A blocklist read earlier in the same sentence as `start`."""
    for r, at in zip(reader.requirements, reader.positions):
        if r.key == "blocklist" and at < start and not re.search(r"[.;!?\n]", reader.text[at:start]):
            return True
    return False


def _explains_a_pause(folded: str, start: int) -> bool:
    """"the owner can pause everything (cyclone season = no trading, ha)": words of a transfer ban inside brackets that
    follow a pause describe what pausing does, not a token that never moves."""
    opened = folded.rfind("(", 0, start)
    if opened < 0 or folded.rfind(")", 0, start) > opened:
        return False
    before = re.split(r"[.;!?\n]", windows.before(folded, opened, 50))[-1]
    return any(m.end() >= len(before) - 25 for m in lexicon.find(lexicon.FEATURES["pausable"], before))


_MENTIONED = re.compile(r"['\"’”»]\s*(?:is|was|'s|’s)\s+(?:just\s+|only\s+|merely\s+|purely\s+)?(?:a\s+|an\s+|the\s+|our\s+|"
                       r"my\s+|his\s+|her\s+)?(?:[\w-]+\s+)?(?:joke|pun|nickname|name|word|tease|reference|in-joke)(?![\w])")
"""A quoted feature word said to be a joke or a name: talked about, not asked for."""


_RETRACTED_AFTER = re.compile(
    r"(?:\s+[\w']+){0,4}?\s*(?:\.\.\.|…|,|—|–|-)?\s*(?:(?:no|nah|hmm+|ah|oh)[,!]?\s+)?(?:olvidalo|olvida eso|olvidad eso|"
    r"forget it|forget that|never ?mind|scratch that|scrap that|lascia perdere|lascia stare|lasciamo stare|oublie ca|"
    r"oubliez ca|laisse tomber|laissez tomber|vergiss es|vergesst das|vergiss das|esquece|esqueca|esquecam)(?![\w])")
"""A wish taken back right after it is said: "... no, olvídalo", "— never mind, resale is fine"."""


_GLOSSED_ACTS = {"burnable": abilities.BURN, "pausable": abilities.PAUSE, "mintable": abilities.MINT}


def _glosses(text: str, hit: tuple[str, int, int]) -> bool:
    """A feature word alone in brackets right after a turned-down word of the same act ("pas de destruction (burn)"):
    a translation of that word, turned down with it (the act's reader reads the word before); asked for ("la
    distruzione (burn) da parte dei detentori"), the bracketed word stays the feature's."""
    before = re.search(r"([^\W\d_]+)\s*[(\[]\s*$", text[:hit[1]])
    return before is not None and hit[0] in _GLOSSED_ACTS and \
        lexicon.compiled(_GLOSSED_ACTS[hit[0]]).fullmatch(before.group(1)) is not None and \
        lexicon.negated(text, before.start(1), before.end(1), [])


def _read_features(folded: lexicon.Folded, reader: _Reader, family: str, options: dict,
                   language: str = "en") -> tuple[set[str], set[str]]:
    """Feature concepts and their negations -> option requirements; returns (features, disabled)."""
    text = folded.text
    fixed = [m.span() for m in lexicon.find(lexicon.FEATURES["fixed_supply"], text)]
    hits: list[tuple[str, int, int]] = []
    retracted_soulbound: tuple[str, int] | None = None
    for concept, pattern in lexicon.FEATURES.items():
        for m in lexicon.find(pattern, text):
            if concept in ("capped", "mintable") and any(s <= m.start() < e for s, e in fixed):
                continue
            if re.search(r"(?<![\w.])[^\W\d_]{1,3}\.$", text[:m.start()]) and not re.match(r"\w", text[m.end():m.end() + 1] or " "):
                reader.seen.append(folded.source(m.start(), m.end()))
                continue  # "e.max blocks": a product's name, a letter and a dot glued to the word
            if concept == "votes" and re.match(r"\s*[:=]?\s*\d+\s+(?:for|in favou?r|against|yes|pour|contre|a favor|en contra|"
                                               r"dafur|dagegen|favorevoli|ja|si|sim|oui)(?![\w])", text[m.end():]):
                reader.seen.append(folded.source(m.start(), m.end()))
                continue  # "Vote: 8 for, 1 abstention": the meeting's tally, no voting token asked for
            if _RETRACTED_AFTER.match(text, m.end()):
                reader.seen.append(folded.source(m.start(), m.end()))
                if concept == "soulbound":  # "que no se puedan pasar... no, olvídalo, la reventa está bien": movable after all
                    retracted_soulbound = (folded.original_text(m.start(), m.end()), folded.source(m.start(), m.end())[0])
                continue  # "que no se puedan pasar a otra persona... no, olvídalo": the wish taken back at once
            if concept == "mintable" and _initial_mint(text, m.start(), m.end()):
                reader.seen.append(folded.source(m.start(), m.end()))
                continue  # "the initial supply of 880,000 should be minted to the treasury": the deployment's mint
            compound = re.search(r"(?<![\w-])([^\W\d_]+)-$", windows.before(text, m.start(), 20)) \
                if language == "en" else None  # (German joins a feature to its noun: "Transparent-Proxy", "Burn-Funktion")
            if compound and compound.group(1) not in ("non", "un", "not", "no", "anti", "self", "auto", "pre", "re", "co") and \
                    " " not in m.group(0) and not any(lexicon.compiled(p).fullmatch(compound.group(1))
                                                      for p in lexicon.FEATURES.values()):
                reader.seen.append(folded.source(m.start(), m.end()))
                continue  # "our tar-burning society", "a mint-green logo": a word of a compound, no feature
            if concept == "capped" and re.search(r"(?<![\w])(?:exceed\w*|go(?:es)? over|pass\w*|depass\w*|superar|"
                                                 r"sobrepasar|ultrapassar|passar|acima|uberschreit\w*|ubersteig\w*|"
                                                 r"superare|oltrepassare|above|beyond|au-dessus|por encima)\s+(?:d['e]\s*)?"
                                                 r"(?:ce|cet|cette|this|that|the|ese|este|esse|desse|deste|dieses|diese|"
                                                 r"diesen|questo|quel|il|le|la|el|o|a|do|da|del|dem|den)\s*$",
                                                 windows.before(text, m.start(), 40)):
                reader.seen.append(folded.source(m.start(), m.end()))
                continue  # "sans jamais dépasser ce plafond", "nunca acima desse teto": the cap said before, not denied
            if concept == "capped" and re.fullmatch(r"max(imum)?|massimo|maximo|maximal|au maximum|como maximo|al maximo|"
                                                    r"al massimo|no maximo|ao maximo", m.group(0)) and \
                    quantities.people_bound(text, m.start(), m.end()):
                reader.seen.append(folded.source(m.start(), m.end()))
                continue  # "18 people max", "8 personnes maximum": a bound on the asker's guests, no capped token
            if concept == "soulbound" and _explains_a_pause(text, m.start()):
                reader.seen.append(folded.source(m.start(), m.end()))
                continue  # "the owner can pause everything (cyclone season = no trading)": what the pause is for
            if concept == "votes" and family not in _TOKEN_KINDS and family != "governor" and _past_sentence(text, m.start()):
                reader.seen.append(folded.source(m.start(), m.end()))
                continue  # "we had 1 bad vote in 2023, that's why": a vote of the asker's past, in a timelock request
            if concept in ("mintable", "soulbound") and re.match(r"mint(?:ing|s)?\b|transfer(?:s|ring)?\b", m.group(0)) and \
                    re.search(r"(?<![\w])(?:pause|pauses|pausing|stop|stops|stopping|halt|halts|halting|freeze|freezes|"
                              r"freezing|suspend|suspends|suspending)\s+(?:the\s+|all\s+)?(?:\w+\s*/\s*)?$",
                              text[max(0, m.start() - 30):m.start()]):
                reader.seen.append(folded.source(m.start(), m.end()))
                continue  # "we can pause minting/transfers": what the pause stops, no feature of its own
            if concept == "burnable" and world_words.fire_of_the_world(text, m.start(), m.end()):
                reader.seen.append(folded.source(m.start(), m.end()))
                continue  # "our furnace is burning 1150 degree all the year": the asker's fire, not the token's
            if _MENTIONED.match(text, m.end()) and re.search(r"['\"‘“«]$", text[:m.start()]):
                reader.seen.append(folded.source(m.start(), m.end()))
                continue  # "'soulbound' is a joke of our president": the word talked about, not asked for
            if concept == "permit" and world_words.paper_permit(text, m.start(), m.end()):
                reader.seen.append(folded.source(m.start(), m.end()))
                continue  # "one token per annual shooting permit": the asker's paper permit, no EIP-2612
            hits.append((concept, m.start(), m.end()))
    hits.sort(key=lambda h: h[1])
    # a longer concept covering a shorter one wins ("public mint" over "mint", "no decimals" over "decimals")
    hits = [h for h in hits if not any(o is not h and o[1] <= h[1] and h[2] <= o[2] and (o[2] - o[1]) > (h[2] - h[1])
                                       for o in hits)]
    glosses = [h for h in hits if re.match(r"\s*[)\]]", text[h[2]:]) and _glosses(text, h)]
    for _, s, e in glosses:  # "pas de destruction (burn), jamais": the English word in brackets glosses the one before it
        reader.seen.append(folded.source(s, e))
    hits = [h for h in hits if h not in glosses]
    spans = [(s, e) for _, s, e in hits]
    features: set[str] = set()
    disabled: set[str] = set()
    family_options = _family_options(family)
    inherent = lexicon.INHERENT.get(family, set())
    if retracted_soulbound and not any(concept == "soulbound" for concept, _, _ in hits):
        reader.add(RequirementKind.option, "soulbound", False, retracted_soulbound[0], "disabled", retracted_soulbound[1])
        disabled.add("soulbound")
    for concept, s, e in hits:
        off = lexicon.negated(text, s, e, [sp for sp in spans if sp[1] <= s])
        words = folded.original_text(s, e)
        start = folded.source(s, e)[0]
        reader.seen.append(folded.source(s, e))  # placed, even when it asks nothing
        if concept in ("whole_units", "no_decimals"):
            options.setdefault("_zero_decimals", words)
            continue
        if concept in inherent and not (concept in family_options):
            continue
        if concept == "soulbound" and _blocked_holder_before(reader, start):
            continue  # "flagged wallets get locked so they cannot move anything": the blocklist's effect
        if concept == "fixed_supply":
            reader.add(RequirementKind.option, "mintable", False, words, "disabled", start)
            disabled.add("mintable")
            continue
        if concept == "uncapped":
            if {"capped", "max_supply"} & set(family_options):
                reader.add(RequirementKind.option, "capped", False, words, "disabled", start)
                disabled.add("capped")
            continue
        if concept == "revocable" and family == "escrow":
            continue  # "si el pago no se ha liberado, el comprador puede recuperar su dinero": the refund after the deadline
        if concept in _WEAK_FEATURES:
            target = _WEAK_FEATURES[concept]
            (features if not off else disabled).add(concept)
            if target is None or target[0] not in family_options:
                continue
            key, value = target
            reader.add(RequirementKind.option, key, (not value) if off and isinstance(value, bool) else value, words,
                       f"options.{key}" if not isinstance(value, bool) else "features", start)
            continue
        if concept in ("roles", "ownable", "access_none"):
            value = {"roles": "roles", "ownable": "ownable", "access_none": "none"}[concept]
            if off:
                asked = [c for c, hs, he in hits if c in ("roles", "ownable", "access_none") and
                         not lexicon.negated(text, hs, he, [sp for sp in spans if sp[1] <= hs])]
                if not asked and "access" in family_options and concept == "ownable" and \
                        len({r for r in ("admin", "minter", "pauser") if lexicon.find(lexicon.ROLES[r], text)}) >= 2:
                    # "No single owner: 0xA should be the admin and 0xB the only minter": the roles named are the control
                    features.add("roles")
                    options["access"] = "roles"
                    reader.add(RequirementKind.option, "access", "roles", words, "options.access", start)
                    continue
                if not asked and "access" in family_options:
                    # "not Ownable" with no other access named: which control is wanted is not said
                    reader.add(RequirementKind.option, "access", None, words, "options.access", start,
                               status=RequirementStatus.ambiguous,
                               reason=f"the request turns down {words!r} without saying which access control it "
                                      "wants instead; name one (single owner, roles, or none)")
                continue
            if value == "roles":
                features.add("roles")
            options["access"] = value
            reader.add(RequirementKind.option, "access", value, words, "options.access", start)
            continue
        if concept == "upgradeable":
            named = _proxy_kinds(text, spans)
            own = _proxy_kind_in(text[s:e])
            if off and own:
                continue  # "(not UUPS, transparent)": a proxy kind turned down, not upgradeability
            if off:
                # "NOT upgradeable": the feature turned off, which the template reads as no proxy
                disabled.add("upgradeable")
                reader.add(RequirementKind.option, "upgradeable", False, words, "disabled", start)
                continue
            refused = _proxy_kinds(text, spans, refused=True)
            if not named and refused == {"uups", "transparent"}:
                reader.add(RequirementKind.option, "upgradeable", None, words, "options.upgradeable", start,
                           RequirementStatus.ambiguous, "both proxy kinds (UUPS, transparent) are turned down")
                continue
            kind = own if own and own in named else \
                ("transparent" if named == {"transparent"} or not named and "uups" in refused else "uups")
            if not own and len(named) > 1:
                reader.seen.append((start, start + len(words)))
                continue  # "upgradeable, with the transparent proxy... sorry, UUPS": the kinds named say which one
            options["upgradeable"] = kind
            reason = None if named else "UUPS turned down: transparent chosen" if refused else \
                "no proxy kind named: UUPS chosen"
            reader.add(RequirementKind.option, "upgradeable", kind, words, "options.upgradeable", start, reason=reason)
            continue
        if concept == "votes" and family == "governor":
            continue
        value = not off
        (features if value else disabled).add(concept)
        reader.add(RequirementKind.option, concept, value, words, "features" if value else "disabled", start)
    clock = _clock(text)
    if clock and (family == "governor" or "votes" in features):
        options["clock"] = clock[0]
        reader.add(RequirementKind.option, "clock", clock[0], folded.original_text(*clock[1]), "options.clock",
                   folded.source(*clock[1])[0])
    elif clock and "clock" in family_options:
        # a clock asked of a token without votes: the clock is the votes' own, so nothing would read it
        reader.add(RequirementKind.option, "clock", clock[0], folded.original_text(*clock[1]), "options.clock",
                   folded.source(*clock[1])[0], status=RequirementStatus.ambiguous,
                   reason="the clock (ERC-6372) is the clock of voting power, and the request asks for no votes; "
                          "ask for votes, or leave the clock out")
    return features, disabled


_COMMON_ABLES = set("""
available possible responsible reliable affordable suitable capable comfortable valuable sustainable portable
scalable stable table able variable visible legible eligible compatible payable usable readable viewable tradable
tradeable transferable transferrable transferible configurable customizable customisable auditable verifiable
reasonable notable durable enable unable liable sensible flexible accessible desirable predictable profitable
""".split())
"""Adjectives in -able/-ible that describe rather than ask for a feature (or ask for one every token has)."""


_MOVING_ABLES = {"sellable", "resellable", "tradable", "tradeable", "giftable", "sendable", "swappable", "exchangeable"}


def _dotted_thousands(reader: _Reader) -> None:
    """"1.400 tokens, one per member" in English: a dot before three digits may part thousands (1,400) or decimals
    (1.4); an amount of tokens read either way would be a guess, so the reading stops and asks."""
    for r in reader.requirements:
        if r.key in ("supply", "cap") and re.fullmatch(r"\d{1,3}\.\d{3}", r.text.strip()) and \
                r.status == RequirementStatus.pending and Decimal(str(r.value)) != int(Decimal(str(r.value))):
            r.status = RequirementStatus.ambiguous  # (read as a fraction: "500.000" read as thousands stays)
            r.reason = (f"{r.text.strip()!r} may be {r.text.strip().replace('.', ',')} (a dot between thousands) or "
                        f"{r.value}; write it with a comma or in words")


def _read_unknown_ables(folded: lexicon.Folded, reader: _Reader, family: str) -> None:
    """"Mintable. Snapshot-able.": an -able word listed as a feature that no concept knows is ambiguous,
    never silently dropped."""
    known = [m.span() for pattern in lexicon.FEATURES.values() for m in lexicon.find(pattern, folded.text)]
    for m in re.finditer(r"(?:^|(?<=[,.;:!?(•*]\s)|(?<=\band\s)|(?<=\bor\s)|(?<=\balso\s))([a-z]+-?(?:able|ible))"
                         r"(?=\s*(?:$|[,.;:!?)\n]|\band\b|\bor\b|\btoo\b))", folded.text):
        word = m.group(1)
        if word.replace("-", "") in _COMMON_ABLES or any(s <= m.start(1) < e for s, e in known):
            continue
        if word in _MOVING_ABLES and re.search(r"(?:transfer\w*|movable|moveable)\s+(?:or|nor|and|ni|ou|o)\s+$",
                                                folded.text[:m.start(1)]):
            continue  # "not transferable or sellable": the same ban on moving it, said twice
        start, end = folded.source(*m.span(1))
        reader.add(RequirementKind.option, word.replace("-", ""), True, folded.original[start:end], "features", start,
                   status=RequirementStatus.ambiguous,
                   reason=f"HyperAgent knows no {family} feature by that name; rephrase it as a feature it supports")


_TRANSPARENT = r"transparent|transparente|transparenter|transparenten|transparentem|transparentes|trasparente|transparant|tranparent|transparnt"
"""The transparent proxy kind in the six languages ("proxy trasparente", "transparenter Proxy") and as often misspelt
("transparant proxy": a silent UUPS otherwise)."""


def _proxy_kind_in(words: str) -> str | None:
    """The proxy kind some feature words name ("a transparant proxy" -> "transparent"), if any."""
    m = re.search(rf"(?<![\w])(uups|{_TRANSPARENT})(?![\w])", words)
    return None if m is None else "uups" if m.group(1) == "uups" else "transparent"


def _proxy_kinds(text: str, spans: list[tuple[int, int]], refused: bool = False) -> set[str]:
    """The proxy kinds the request asks for ("uups", "transparent"), leaving out the ones it turns down
    ("not UUPS"); with `refused`, the ones it turns down ("upgradeable please, not UUPS" asks for the other)."""
    kinds = set()
    for m in re.finditer(rf"(?<![\w])(uups|{_TRANSPARENT})(?![\w])", text):
        if lexicon.negated(text, m.start(), m.end(), [sp for sp in spans if sp[1] <= m.start()]) == refused:
            kinds.add(_proxy_kind_in(m.group(0)) or "uups")
    return kinds


_WORLD_VERBS = (r"prove|show|verify|check|see|know|display|trace|confirm|trust|enjoy|remember|find|look|read|tell|feel|learn|"
                r"identify|recogni[sz]e|authenticate|understand|celebrate|support|help|thank|meet|visit|attend|"
                r"harvest|grow|produce|catch|bake|brew|roast|weave|carve|sew|cook|fish|farm|plant|pick|afford")
"""What people do with a token in their world ("so buyers can prove it is original"), never an ability of a contract."""


def _read_capabilities(folded: lexicon.Folded, reader: _Reader, family: str) -> None:
    """A stated ability no concept explains ("the owner can snapshot balances") is ambiguous: reported,
    never silently dropped."""
    concepts = [m.span() for pattern in lexicon.FEATURES.values() for m in lexicon.find(pattern, folded.text)]
    for m in lexicon.CAPABILITY.finditer(folded.text):
        verb = m.group(1)
        if verb.startswith(lexicon.KNOWN_ABILITIES) or len(verb) < 3 or verb in ("and", "but", "then", "also", "plus"):
            continue  # ("Executors can be 0xA and 0xB": the addresses masked, the verb is no verb)
        said = folded.original_text(m.start(), m.start() + 3)
        if said == "May" and not re.search(r"(?:^|[.!?\n]\s*)$", folded.original[:folded.source(m.start(), m.start())[0]]):
            continue  # "from late March till May anyway", "17 swarms in May alone": the month, no modal
        asked = re.match(r"\s+([a-z]+)", folded.text[m.end(1):])
        if asked and (re.search(r"(?:^|[\n.?!:;•\-]\s*)$", folded.text[:m.start()]) or
                      re.match(r"[^.;!\n]{0,40}\?", folded.text[m.end(1):])):
            verb = asked.group(1)  # "Can guests burn credits?": a question puts the subject before the verb
            if verb.startswith(lexicon.KNOWN_ABILITIES) or len(verb) < 3:
                continue
        if any(s <= m.start(1) < e for s, e in concepts) or \
                any(s <= folded.source(m.start(1), m.end(1))[0] < e for s, e in reader.seen):
            continue  # "can stop transfers" is the pausable concept, read with the features
        if re.match(r"(?:take|get|claim|ask for|request)\s+(?:a\s+|the\s+|their\s+|his\s+|her\s+)?(?:full\s+)?refund",
                    folded.text[m.start(1):]):
            continue  # "if its not released in 60 days buyer can take refund": the escrow's refund
        if any(m.end(1) <= s_ < m.end(1) + 40 and not re.search(r"[,.;!?\n]", folded.text[m.end(1):s_])
               for s_, _ in concepts) and verb in ("put", "add", "place", "set", "keep"):
            continue  # "we must can put some addresses on a black list": the ability is the feature named after it
        question = re.match(r"[^.;!\n?]{0,80}\?", folded.text[m.start(1):])
        if question and any(m.start(1) <= s < m.start(1) + question.end() for s, _ in concepts):
            continue  # "could the numbers just go up one by one on their own?": a feature asked as a question
        purpose = re.search(r"(?<![\w])so(?: that)?\s+(?:we|they|you|i|people|holders|the [\w-]+)\s+$",
                            folded.text[max(0, m.start() - 40):m.start()])
        if purpose and any(0 <= m.start() - len(purpose.group(0)) - e < 6 for _, e in concepts):
            continue  # "Burnable so we can void tickets?": why a feature is wanted, no ability of its own
        if re.match(r"(take|get|have|want|pull|claw)\s+(it|them|the (money|funds|deposit|payment|ether|eth|tokens)|their (money|funds|"
                    r"deposit)|everything)\s+back\b|(take|get|have|want|pull|claw)\s+back\s+(it|them|the (money|funds|deposit|payment|"
                    r"ether|eth|tokens)|(their|our|my|its|his|her) (money|funds|deposit)|everything)\b|"
                    r"(take|get|have|want|pull|claw)\s+(its|his|her|their|our|my)\s+(money|funds|deposit|payment)\s+back\b|"
                    r"(take|get|have|ask for|claim|obtain)\s+(a|the|its|his|her|their|our|my|a full)\s+refund\b",
                    folded.text[m.start(1):m.start(1) + 40]):
            continue  # "the buyer can take it back", "the mill can pull its money back out": a refund
        if family == "erc4626" and re.match(r"put\s+(?:in(?:to)?\s+|money\s+|funds\s+|savings\s+|their\s+\w+\s+)?"
                                            r"(?:how much|as much|any amount|whatever|what(?:ever)? they|all they|"
                                            r"in\b|into\b|money|funds|savings)", folded.text[m.start(1):m.start(1) + 40]):
            continue  # "members can put in as much as they like": a vault's deposit
        if re.fullmatch(_WORLD_VERBS, verb):
            continue  # "so the owner can prove it is original": what the token is for, no ability of the contract
        if re.fullmatch(r"fix|patch|improve|repair|correct|change|update|adapt|evolve", verb) and re.search(
                rf"(?:{lexicon.FEATURES['upgradeable']})[^.;!?\n]{{0,60}}\bso(?: that)?\s+(?:we|i|you|they|the \w+)\s*$",
                folded.text[:m.start()]):
            continue  # "make it upgradeable the UUPS way so we can fix things later": why it is upgradeable
        start, end = folded.source(m.start(), min(len(folded.text), m.end() + 30))
        words = re.split(r"[,.;!?\n]", folded.original[start:end])[0]
        reader.add(RequirementKind.option, verb, True, words, "features", start, status=RequirementStatus.ambiguous,
                   reason=f"HyperAgent does not know how to give this {family} contract that ability; rephrase it as "
                          "a feature it supports")


_CLOCK_WORDS = (
    ("timestamp", re.compile(r"(?<![\w])(timestamps?|time ?stamps?|unix time|block ?timestamps?|zeitstempel\w*|marcas? de tiempo|"
                             r"horodatages?|marcas? de tempo|marca temporale|marche temporali)(?![\w])")),
    ("blocknumber", re.compile(r"(?<![\w])(block[ -]?numbers?|numeros? de bloques?|numeros? de blocos?|numer[oi] di blocc[oh]i?|"
                               r"blocknummern|numeros? de blocs?|blocknummer|numeros? dos? blocos?|numeros? du bloc|"
                               # "que tenga votos (por bloques está bien)", "counted by blocks"
                               r"by blocks|por bloques|par blocs|por blocos|pelos blocos|per blocchi|nach blocken|"
                               r"block-?based|blockbasiert)(?![\w])")),
)
_CLOCK_REFUSED = re.compile(r"(?:not|no|non|nao|rather than|instead of|au lieu de|en lugar de|statt|em vez de|invece di|pas|"
                            r"nicht|anziche)\s+(?:the\s+|by\s+|per\s+|par\s+|por\s+|pelo\s+|nach\s+|con\s+)?$")


def _clock(text: str) -> tuple[str, tuple[int, int]] | None:
    """The votes' clock said (a timestamp first when both are); one turned down ("block numbers, not timestamps")
    gives way to the other."""
    found = [(mode, m) for mode, pattern in _CLOCK_WORDS if (m := pattern.search(text))]
    kept = [(mode, m) for mode, m in found if not _CLOCK_REFUSED.search(windows.before(text, m.start(), 20))]
    if len(found) == 2 and len(kept) == 1:
        found = kept
    return (found[0][0], found[0][1].span()) if found else None


_FREE = (r"for free|free of charge|at no cost|without paying|free|gratis|gratuitement|gratuit|gratuite|gratuitamente|"
         r"gratuito|gratuita|kostenlos|umsonst|sans frais|sin costo|sin coste|sem custo|senza costi")
"""A mint that costs nothing: "anyone can mint one for free", "gratis minten", "frappe gratuite"."""


def _read_quantities(folded: lexicon.Folded, amounts, durations, reader: _Reader, family: str, options: dict,
                     features: set[str]) -> tuple[int, Decimal | None, Decimal | None]:
    found = quantities.classify(folded, amounts, durations, family, detect_language(folded.text))
    decimals: int | None = None
    supply: Decimal | None = None
    cap: Decimal | None = None
    zero_words = options.pop("_zero_decimals", None)
    no_supply = re.search(rf"(?<![\w])(?:{_NO_SUPPLY})(?![\w])", folded.text)
    if no_supply:
        supply = Decimal(0)
        reader.add(RequirementKind.supply, "supply", "0", folded.original_text(*no_supply.span()), "initial_supply",
                   folded.source(*no_supply.span())[0])
    for key, pattern in _ZERO_DURATIONS.items():
        m = re.search(rf"(?<![\w])(?:no|without( an?| any)?|zero|sin|sans|ohne|sem|senza|aucun|aucune|ningun|ninguna|"
                      rf"kein|keine|keinen|nenhum|nenhuma|nessun|nessuna)\s+(?:{pattern})(?![\w])|"
                      # "voting delay 0, voting period 3 days": the parameter set to a bare zero
                      rf"(?<![\w])(?:{pattern})\s*(?:[:=]|is|of)?\s*0(?![\w]|[.,]\d)", folded.text)
        later = next((q for q in found if q.key == key and q.start >= folded.source(*m.span())[1]), None) if m else None
        if later and _corrected_between(folded.original[folded.source(*m.span())[1]:later.start]):
            # "sin retraso de votación... mejor un retraso de 1 hora": the value that replaced them placed those words
            reader.spans.append((RequirementKind.value, *folded.source(*m.span())))
        if m and not any(q.key == key for q in found) and (key != "proposal_threshold" or family == "governor"):
            zero_at = folded.source(*m.span())
            found = [q for q in found if not zero_at[0] <= q.start < zero_at[1]]  # ("voting delay 0": that 0 is placed)
            options[key] = 0  # "no voting delay": voting opens at once
            reader.add(RequirementKind.value, key, 0, folded.original_text(*m.span()), f"options.{key}",
                       folded.source(*m.span())[0])
    immediate = re.search(rf"(?<![\w])(?:{_VOTE_WORDS})(?: \w+){{0,2}} (?:{_AT_ONCE})(?![\w])|"
                          rf"(?<![\w])(?:{_AT_ONCE})(?: \w+){{0,2}} (?:{_VOTE_WORDS})(?![\w])|"
                          # "la votación dura 3 días y empieza enseguida": the vote's start said after its length
                          rf"(?<![\w])(?:{_VOTE_WORDS})[^.;!?\n]{{0,40}}?(?:starts?|begins?|opens?|empieza|comienza|arranca|"
                          rf"commence|debute|beginnt|startet|comeca|inicia|inizia|parte)\s+(?:{_AT_ONCE}|enseguida|"
                          rf"en seguida|ya|d'emblee|gleich|logo|em seguida|da subito)(?![\w])", folded.text)
    if immediate and family == "governor" and "voting_delay_seconds" not in options and \
            not any(q.key == "voting_delay_seconds" for q in found):
        options["voting_delay_seconds"] = 0  # "si vota subito senza attesa": voting opens at once
        reader.add(RequirementKind.value, "voting_delay_seconds", 0, folded.original_text(*immediate.span()),
                   "options.voting_delay_seconds", folded.source(*immediate.span())[0])
    free = re.search(rf"(?<![\w])(?:mint|claim|acun|frapp|prag|cunh|conia|get|take|grab)\w*(?: [\w']+){{0,4}} (?:{_FREE})(?![\w])|"
                     rf"(?<![\w])(?:{_FREE}) (?:mint|claim)\w*", folded.text)
    if free and family == "erc721" and "public_mint" in features and "price_wei" not in options and \
            not any(q.key == "price_wei" for q in found):
        options["price_wei"] = "0"  # "anyone can mint one for free": no price, not the template's assumed one
        reader.add(RequirementKind.value, "price_wei", "0", folded.original_text(*free.span()), "options.price_wei",
                   folded.source(*free.span())[0])
    found = _restated_in_its_unit(found, reader.text)
    # a count of the asker's things ("14 masters", "6 ettari") is context once something else gives the quantity;
    # otherwise it is an unexplained number, which may be the supply or the collection's size
    # (a multisig's count may be its threshold said in words no rule knows: "a assinatura de dois deles")
    # (an NFT collection's size only where the count says it counts the collection: "we sold 150 prints" does not)
    quantity_given = {q.key for q in found} & {"erc20": {"supply"}, "erc721": {"supply", "cap"},
                                                "multisig": {"threshold"}}.get(family, {"aside"}) or \
        family == "erc20" and no_supply  # "sin suministro inicial ... el curso de 12 sesiones": zero is the quantity
    # (and never where a bare number of no role is there to be the quantity: "18 caiaques ... SNDF, 5 milhões")
    bare = {Decimal(q.value) for q in found if q.key == "number"}
    found = [q if q.key != "aside" else dataclasses.replace(q, key="number") for q in found
             if q.key != "aside" or not quantity_given and (not bare or Decimal(q.value) in bare) and
             not _in_brackets(q, folded) and
             (family != "erc721" or _counts_the_collection(q, folded))]
    numbers_left = [q for q in found if q.key == "number"]
    counted = [q for q in found if q.key == "counted"]
    explicit = {q.key for q in found}
    for q in found:
        key = q.key
        if key == "counted":
            continue
        if key == "number":
            corrected_key = _corrects(reader, q)
            if corrected_key:
                key = corrected_key  # "1,5 milhão... pera, errei, é 15 milhões": the later value replaces the earlier
                numbers_left.remove(q)
        if key == "number":
            # an unexplained number takes the family's main quantity only when no number is given it in words
            # (a governor's own token is rarely what a stray number means: "Fährgenossenschaft mit 4 Schiffen")
            if supply is None and family == "erc20" and not no_supply and "supply" not in explicit:
                key = "supply"
            elif cap is None and family == "erc721" and not explicit & {"cap", "supply"} and _counts_the_collection(q, folded):
                key = "cap"
            else:
                continue
            numbers_left.remove(q)
        if key == "blocks":
            reader.add(RequirementKind.value, "blocks", _plain(Decimal(q.value)), q.text, "", q.start,
                       status=RequirementStatus.ambiguous,
                       reason="a time in blocks depends on the chain's block time; give it in seconds, hours or days")
            continue
        if key == "supply" and family == "erc721" and cap is None:
            key = "cap"  # an NFT's quantity is its maximum supply
        if key == "duration_seconds" and family == "timelock" and "delay_seconds" not in explicit:
            key = "delay_seconds"  # "every action must wait 5 days": the one duration a timelock has is its delay
        if key == "decimals":
            if q.value != int(q.value) or not 0 <= q.value <= 36:
                raise GenerationError(f"{q.value} decimals is out of range: use a whole number from 0 to 36 "
                                      "(18 is the ERC20 convention)")
            if decimals is None:
                decimals = int(q.value)
            reader.add(RequirementKind.decimals, "decimals", int(q.value), q.text, "decimals", q.start)
        elif key == "supply":
            if supply is None:
                supply = Decimal(q.value)
            reader.add(RequirementKind.supply, "supply", _whole(Decimal(q.value)), q.text, "initial_supply", q.start)
        elif key == "cap":
            if cap is None:
                cap = Decimal(q.value)
            reader.add(RequirementKind.cap, "cap", _whole(Decimal(q.value)), q.text, "cap", q.start)
        elif key == "share":
            options["_shares_found"] = True  # bound to its payee with the addresses
            options.setdefault("_share_list", []).append((_plain(Decimal(q.value)), q.start, q.end))
            continue
        else:
            option = _QUANTITY_FIELD.get(key, key)
            value = q.value if isinstance(q.value, int) else _plain(Decimal(q.value))
            if option in ("threshold", "owners_count"):
                value = int(q.value)
            if option in ("price_wei", "hard_cap_wei"):
                value = str(int(q.value))
            options.setdefault(option, value)
            reader.add(RequirementKind.value, key, value if not isinstance(value, Decimal) else str(value), q.text,
                       f"options.{option}", q.start)
    if zero_words:
        at = reader.text.find(zero_words)
        digits = next((p for r, p in zip(reader.requirements, reader.positions) if r.kind == RequirementKind.decimals), None)
        # "18 décimales… en fait non, zéro décimale": the zero replaces the digits a correction took back
        corrected = digits is not None and digits < at and _corrected_between(reader.text[digits:at])
        if decimals not in (None, 0) and not corrected:
            reader.add(RequirementKind.decimals, "decimals", 0, zero_words, "decimals")
        decimals = 0 if decimals is None or corrected else decimals
        reader.add(RequirementKind.decimals, "decimals", 0, zero_words, "decimals", at)
    uncapped = any(r.kind == RequirementKind.option and r.key == "capped" and r.value is False for r in reader.requirements)
    # ("No cap on how many, we fill about 2,400 sacks a season": a collection said to have no cap has no count to find)
    quantity_unread = (family == "erc20" and supply is None) or \
        (family == "erc721" and cap is None and supply is None and not uncapped)
    for q in counted if quantity_unread else []:
        # "a token with 5000 trees": a count of things is context only when something else gives the quantity
        if _said_of_the_past(folded, q):
            continue  # "The elders recorded 46 songs back in 1972": what was done then counts nothing of the contract
        if family == "erc721" and quantities.estimated(windows.before(folded.text, folded.folded_position(q.start), 30)):
            continue  # "There are about 400 licences out there": an estimate of the world bounds no collection
        if family == "erc721" and re.match(r"[^.;!?\n]{0,40}?(?<![\w])(?:now|currently|at the moment|right now|so far|for now|"
                                           r"today|actualmente|ahora|hoy|aujourd'hui|actuellement|derzeit|zurzeit|momentan|"
                                           r"attualmente|ora|adesso|atualmente|agora|hoje)(?![\w])",
                                           folded.text[folded.folded_position(q.end):]):
            continue  # "We have 48 plots registered now": the world as it stands, which a collection may outgrow
        reader.add(RequirementKind.value, "number", _plain(Decimal(q.value)), q.text, "", q.start,
                   status=RequirementStatus.ambiguous,
                   reason="the request gives no supply, and this count may be it; say 'supply of N' or 'at most N'")
    for q in numbers_left:
        if _said_of_the_past(folded, q):
            continue  # "Each lot is about 2.5 tonnes, we did 61 lots last year": what was done then
        if _plain(Decimal(q.value)) in reader.taken_back | {str(r.value) for r in reader.requirements
                                                             if r.kind in (RequirementKind.supply, RequirementKind.cap)}:
            continue  # "60,000 is plenty, so 60,000": a value said again
        if _plain(Decimal(q.value)) in {str(r.value) for r in reader.requirements if r.kind in _AMOUNT_KINDS} and \
                (_TAKEN_BACK.search(reader.text[max(0, q.start - 25):q.start]) or
                 re.search(r"\(\s*$", reader.text[max(0, q.start - 3):q.start])):  # "no voting delay (0)"
            continue  # "confirmations: 2 (hmm no, make it 3. three of four.)": the correction's value, read already
        reader.add(RequirementKind.value, "number", _plain(Decimal(q.value)), q.text, "", q.start,
                   status=RequirementStatus.ambiguous,
                   reason="the request gives this number without saying what it is for")
    for r in reader.requirements:  # a value a later correction replaced (_Reader.add) is the one read
        if r.status != RequirementStatus.pending or r.value is None:
            continue
        if r.kind == RequirementKind.decimals:
            decimals = int(r.value)
        elif r.kind == RequirementKind.supply:
            supply = Decimal(str(r.value))
        elif r.kind == RequirementKind.cap:
            cap = Decimal(str(r.value))
        elif r.kind == RequirementKind.value and r.field.startswith("options.") and r.field[8:] in options:
            options[r.field[8:]] = r.value
    if "percent" in options and isinstance(options["percent"], int):
        options["percent"] = str(options["percent"])
    return (18 if decimals is None else decimals), supply, cap


_CORRECTABLE = {RequirementKind.supply: "supply", RequirementKind.cap: "cap", RequirementKind.decimals: "decimals"}


_PAST_TIME = re.compile(r"(?<![\w])(?:back in|in|since|around|circa) (?:1[5-9]|20)\d\d(?!\d)|(?<![\w])ago(?![\w])|"
                        r"(?<![\w])last (?:year|season|winter|summer|spring|autumn|month|week)(?![\w])|"
                        r"(?<![\w])(?:so far|to date|until now|up to now)(?![\w])")
_PAST_VERB = re.compile(r"(?<![\w])(?:[a-z]{3,}ed|made|sold|built|caught|grew|won|had|did|wrote|sang|took|gave|bought|"
                        r"brought|ran|saw|knew|kept|held|taught|drew|cut|spun|wove|dug)(?![\w])")


def _said_of_the_past(folded: lexicon.Folded, q) -> bool:
    """A count in a sentence told in the past, with its time ("The elders recorded 46 songs back in 1972", "we sold
    5000 jars last year"): a count of what was done then."""
    return _past_sentence(folded.text, folded.folded_position(q.start))


def _past_sentence(text: str, start: int) -> bool:
    sentence = re.split(r"[.;!?\n]", text[:start])[-1] + re.split(r"[.;!?\n]", text[start:])[0]
    return bool(_PAST_TIME.search(sentence) and _PAST_VERB.search(sentence))


def _in_brackets(q, folded: lexicon.Folded) -> bool:
    """A count of the asker's things said in brackets ("each licensed boat (there are 96 of them) gets an NFT", "the
    school mints them (we have 38 graduates this year)") is an aside about the world: it never falls back to being
    the supply or the collection's size."""
    line = re.split(r"[\n]", folded.text[:folded.folded_position(q.start)])[-1]
    return line.rfind("(") > line.rfind(")")


def _counts_the_collection(q, folded: lexicon.Folded) -> bool:
    """An unexplained number is an NFT collection's size only when it counts the collection's things ("500 pieces",
    "a drop of 300", "only 50 exist"): a bare number elsewhere ("our big hill is HS 140", "the 6 jurors") is the
    asker's world, and left unexplained it stops the workflow instead of capping the collection."""
    start, end = folded.folded_position(q.start), folded.folded_position(q.end)
    before, after = windows.before(folded.text, start, 40), windows.after(folded.text, end, 60)
    if _in_brackets(q, folded):
        return False  # "each licensed boat (there are 96 of them) gets an NFT": an aside about the world sets no size
    return bool(re.search(_COLLECTION_BEFORE, before) or re.match(_COLLECTION_AFTER, after))


_COLLECTION_BEFORE = (
    r"(?<![\w])(?:only|just|limited to|up to|at most|no more than|collection of|drop of|set of|series of|run of|"
    r"(?:the )?plan is|there (?:are|is|will be) (?:only )?(?:ever )?|there will only ever be|como mucho|como maximo|hasta|"
    r"solo|solamente|au plus|au maximum|jusqu'a|seulement|hochstens|maximal|bis zu|nur|no maximo|ate|apenas|somente|"
    r"al massimo|fino a|soltanto|solo|maximale \w+|limitad[ao]s? a|limitee?s? a|limitato a|begrenzt auf)\s*:?\s*$|"
    r"(?:['\"’”»]|\s{3})\s*[—–]\s*$")
_COLLECTION_AFTER = (
    r"^\s*(?:(?:nfts?|pieces|items|tokens|copies|editions|prints|posters|frogs|cards|tickets|badges|passes|units|"
    r"piezas|ejemplares|exemplaires|exemplare|stuck|exemplares|pecas|esemplari|pezzi|[\w'-]+)\s+){0,3}?"
    r"(?:in total|total|max(?:imum)?|at most|au plus|au maximum|como mucho|como maximo|hochstens|maximal|no maximo|"
    r"al massimo|and that'?s it|and thats it|and no more|never any more|ever|only|exist|in the (?:collection|set|drop))"
    r"(?![\w])")
"""What makes an unexplained number an NFT collection's size: "only 250 posters", "300 in total", "3,333 frogs and
that's it", "180 exemplaires au plus", "como mucho 2.000 piezas"."""


def _restated_in_its_unit(found: list, text: str) -> list:
    """"18 casas decimais... não, esperem, o tesoureiro diz que 2 casas chegam": a count after a correction, in the
    first word of the unit a value was given in, replaces that value (it is no count of houses)."""
    out = list(found)
    for n, q in enumerate(out):
        unit = re.match(r"\s*([^\W\d_]{3,})", text[q.end:])
        if q.key not in ("aside", "number", "counted") or unit is None:
            continue
        for p in out[:n][::-1]:
            if p.key in ("supply", "cap", "decimals") and p.end <= q.start and \
                    re.match(rf"\s*{re.escape(unit.group(1))}\s+[^\W\d_]", text[p.end:], re.IGNORECASE) and \
                    _corrected_between(text[p.end:q.start]):
                out[n] = dataclasses.replace(q, key=p.key)
                break
    return out


def _corrects(reader: _Reader, q) -> str | None:
    """A bare number after a correction of the value read just before it ("supply de 1,5 milhão... pera, errei, é
    15 milhões", "I must correct myself: the figure agreed was 750,000"): the quantity it corrects."""
    before = [(at, r) for r, at in zip(reader.requirements, reader.positions)
              if (r.kind in _CORRECTABLE or r.kind == RequirementKind.value and r.key == "threshold") and at < q.start]
    if not before:
        return None
    at, r = max(before, key=lambda p: p[0])
    between = reader.text[at + len(r.text):q.start]
    if r.kind == RequirementKind.value:  # "Zwei von vier müssen zustimmen — nein, sagen wir lieber drei"
        return "threshold" if q.value == int(q.value) and 1 <= q.value <= 50 and len(between) < 80 and \
            _TAKEN_BACK.search(between) and not re.search(r"\d", between) else None
    corrections = list(_TAKEN_BACK.finditer(between))
    # digits may restate the old value before the correction ("wait, 1.000.000 is too few for 3 studios, make it
    # 3.000.000"), never stand between the correction and the new value
    if len(between) > 200 or not corrections or re.search(r"\d", between[corrections[-1].end():]) or \
            len(re.sub(r"\[\d{1,2}:\d{2}\]", "", between)) > 160:
        return None
    value = Decimal(str(r.value)) if r.value is not None else None
    if r.kind != RequirementKind.supply and _ZERO_WORDS.search(between[:corrections[0].start()]) and \
            re.search(r"(?<![\w])(?:start\w*|begin\w*|launch\w*|parte|partimos|empez\w*|comenc\w*|commenc\w*|depart|"
                      r"anfang\w*|inizi\w*|comec\w*)", between[:corrections[0].start()], re.IGNORECASE):
        return "supply"  # "Tetto massimo 10 milioni, si parte con zero… anzi no, con 2 milioni": the start taken back
    if r.kind == RequirementKind.decimals and not (q.value == int(q.value) and 0 <= q.value <= 36):
        return None
    said_to_set = re.search(rf"(?<![\w])(?:{quantities.SETS_VALUE})\s*$", between)
    if r.kind != RequirementKind.decimals and value and not said_to_set and \
            not value / 1000 <= Decimal(q.value) <= value * 1000:
        return None  # a figure of another order is no correction of this one (unless "make it" sets it)
    return _CORRECTABLE[r.kind]


def _read_formula(formula: formulas.Formula, reader: _Reader, supply: Decimal | None) -> Decimal | None:
    """The supply a formula gives ("12 teams × 50 members × 100 passes"), or an ambiguous supply when the
    formula cannot be worked out: never the template's default in its place."""
    if formula.value is None:
        reader.add(RequirementKind.supply, "supply", None, formula.text, "initial_supply", formula.start,
                   status=RequirementStatus.ambiguous,
                   reason="the supply is given as a calculation that cannot be worked out unambiguously; give the "
                          "supply as one number")
        return supply
    reader.add(RequirementKind.supply, "supply", _whole(formula.value), formula.text, "initial_supply", formula.start)
    return formula.value if supply is None else supply


_ZERO_DURATIONS = {"voting_delay_seconds": r"voting delay|vote delay|delay before voting|retraso de votacion|"
                                           r"delai de vote|abstimmungsverzogerung|atraso de votacao|ritardo di voto|"
                                           # "sem atraso para começar a votar", "sin espera antes de votar"
                                           r"(?:delay|atraso|retraso|retardo|delai|verzogerung|ritardo|attesa|espera|"
                                           r"wartezeit) (?:before|para|pour|avant|antes de|antes da|prima di|prima del|vor)"
                                           r"(?: (?:the|la|le|el|a|o|il|dem|der))? (?:comecar a |empezar a |commencer a |"
                                           r"iniziare a |starting |start of )?(?:vot\w*|scrutin|abstimmung\w*)",
                   "proposal_threshold": r"(?:proposal )?threshold(?: to propose| for proposals?)?|"
                                         r"seuil(?: pour proposer| de proposition)?|umbral(?: para proponer)?|"
                                         r"\w*schwelle|limiar(?: para propor)?|soglia(?: per proporre)?|"
                                         # "zero tokens needed to propose", "no tokens required to make a proposal"
                                         r"(?:tokens?|votes?)(?: (?:needed|required|necessary))? to (?:propose|make a "
                                         r"proposal|submit a proposal|put up a proposal)"}
"""Values a request can turn off with "no ...", where the template reads zero as none."""


_VOTE_WORDS = r"vot\w*|abstimm\w*|stimmabgabe|votacion|votacao|votazion\w*|votar|voter|votare|abstimmen"
_AT_ONCE = (r"immediately|right away|at once|straight away|without (?:any )?(?:delay|waiting|wait)|de inmediato|"
            r"inmediatamente|sin (?:espera|demora|retraso)|immediatement|tout de suite|sans (?:delai|attente)|sofort|"
            r"ohne (?:verzogerung|wartezeit|wartefrist)|imediatamente|sem (?:espera|atraso|demora)|subito|"
            r"immediatamente|senza (?:attesa|ritardo)")
"""Voting that opens at once, in six languages: a voting delay of zero."""


_SAME_ONES = (r"(?:those|these|the same|esos|estos|los mismos|ces|les memes|diese|dieselben|die gleichen|esses|estes|os "
              r"mesmos|quegli|questi|gli stessi)(?:\s+(?:two|dos|deux|zwei|dois|due|three|tres|trois|drei|tre|ones|addresses|"
              r"wallets))?")
_SAME_ONES_EXECUTE = re.compile(
    rf"(?<![\w])(?:executors?|ejecutores?|executeurs?|executores?|esecutori|ausfuhrende\w*)\W{{0,3}}(?:[\w']+\W+){{0,3}}?"
    rf"{_SAME_ONES}(?![\w])|(?<![\w]){_SAME_ONES}\s+(?:are|will be|also|too|son|sont|sind|sao|sono)\s+(?:also\s+|the\s+)?"
    r"(?:executors?|ejecutores?|executeurs?|executores?|esecutori|ausfuhrende\w*)|"
    # "those two plus our treasurer 0x.. can execute"
    rf"(?<![\w]){_SAME_ONES}\s*(?:\+|plus|and|as well as|y|et|und|e)\s+[^.;\n]{{0,80}}?(?:can|may|will|shall|to|also)\s+"
    r"(?:also\s+)?(?:execut\w*|ejecut\w*|esegu\w*|ausfuhr\w*)")
"""The executors named as the proposers again: "Ejecutores: esos dos", "the same two are executors also"."""
_SAME_ONES_RETRACTED = re.compile(
    rf"(?<![\w])(?:executors?|ejecutores?|executeurs?|executores?|esecutori|ausfuhrende\w*)\W{{0,3}}(?:[\w']+\W+){{0,3}}?"
    rf"{_SAME_ONES}(?![\w])[^.;!?\n]*?(?<![\w])(?:{naming.CORRECTIONS})(?![\w])")
"""The executors said to be the proposers, then corrected in the same breath: the addresses after the correction
execute, and the proposers stay as listed."""
_PROPOSERS = r"proposers?|proponentes?|proposants?|propositores?|proponenti|vorschlagende\w*"
_EXECUTORS = r"executors?|ejecutores?|executeurs?|executores?|esecutori|ausfuhrende\w*"
_BOTH_ROLES = re.compile(
    rf"(?<![\w])(?:(?:{_PROPOSERS})\s+(?:and|&|y|et|und|e)\s+(?:(?:the|los|les|die|os|gli)\s+)?(?:{_EXECUTORS})|"
    rf"(?:{_EXECUTORS})\s+(?:and|&|y|et|und|e)\s+(?:(?:the|los|les|die|os|gli)\s+)?(?:{_PROPOSERS}))(?![\w])")
""""proposers and executors are the same three stewards: 0xA, 0xB, 0xC": one list for both roles."""


_EXECUTORS_SAID = re.compile(
    rf"(?<![\w])(?:{_EXECUTORS}|(?:only|just|nur|solo|solamente|seulement|seul|apenas|somente|soltanto)\s+(?:[\w'-]+\s+){{0,3}}?"
    r"(?:(?:can|may|will|shall|darf|kann|puede|pueden|peut|pode|podem|puo|possono)\s+)?(?:executes?|ejecuta\w*|execute\w*|"
    r"executa\w*|esegu\w*|fuhrt\w* (?:\w+ )?aus|ausfuhr\w*)|(?:ausfuhren|ejecutar|executer|executar|eseguire|execute)\s+"
    r"(?:darf|durfen|kann|konnen|puede|pueden|peut|peuvent|pode|podem|puo|possono))(?![\w])")
"""Who executes, said: "Executors: the finance committee", "only the treasurer executes", "ausführen darf ..."."""
_ANYONE_EXECUTES = re.compile(
    r"(?<![\w])(?:anyone|anybody|everyone|everybody|any address|any account|any wallet|cualquiera|todo el mundo|tout le "
    r"monde|n'importe qui|jeder|jede|alle|chiunque|tutti|qualquer um|qualquer pessoa|qualquer conta|open|public|abiert\w*|"
    r"ouverte?s?|offen|aperta|aberta|libre|free)(?![\w])")
"""Execution left open on purpose: "anyone can execute", "executors: open", "ausführen darf jeder"."""


_HAND_DESCRIBED = re.compile(
    r"(?<![\w])(minter|pauser|upgrader)\s*(?:[:=]|(?:is|will be|should be|shud be|shall be|goes to)\s)\s*(?:the|our|my)\s+"
    r"(?!(?:owner|deployer|admin|administrator|same|contract|one|person)\b)[a-z][\w-]+(?:\s+[a-z][\w-]+)?(?=\s*(?:[.;!?\n,]|$))|"
    r"(?<![\w])(?P<holder>[a-z][\w-]+)\s+(?:should|will|shall|must|is to)?\s*(?:also\s+)?(?:be|is)\s+(?:also\s+)?(?:the\s+)?"
    r"(?P<role>minter|pauser|upgrader)(?=\s*(?:[.;!?\n,)]|$|too\b|as well\b))")
"""A role's holder described without an address: "pauser is the board", "minter: our secretary", "Hilde should also
be the pauser" (unless Hilde's address was given)."""


def _read_addresses(text: str, reader: _Reader, family: str, options: dict, hashes, urls, original: str) -> None:
    folded = lexicon.fold_text(text)
    binding = roles.bind(text, folded, family)
    addresses: dict[str, str] = {}
    if binding.addresses:
        addresses["all"] = ",".join(dict.fromkeys(b.address for b in binding.addresses))
    unlabeled = {b.address for b in binding.addresses if b.role in ("unlabeled", "payee")}
    _unlabeled_to_family_role(binding, family)
    held = {b.role for b in binding.addresses}
    guessed = [b for b in binding.addresses if b.address in unlabeled and b.role == "recipient" and
               _guessed_recipient(folded.text[:folded.folded_position(b.end - 42)], held)]
    by_role: dict[str, list[roles.BoundAddress]] = {}
    for b in binding.addresses:
        by_role.setdefault(b.role, []).append(b)
    retracted = _SAME_ONES_RETRACTED.search(folded.text) if family == "timelock" else None
    if retracted:  # "Executors: the same two as the proposers — correction, the secretary 0x.. alone"
        sentence_end = re.compile(r"[.;!?\n]").search(folded.text, retracted.end())
        until = folded.source(retracted.end(), sentence_end.start() if sentence_end else len(folded.text))
        moved = [b for b in by_role.get("proposer", []) if until[0] <= b.start < until[1]]
        by_role["proposer"] = [b for b in by_role.get("proposer", []) if b not in moved]
        by_role["executor"] = [*by_role.get("executor", []), *moved]
    if family == "timelock" and "proposer" in by_role and not retracted and _SAME_ONES_EXECUTE.search(folded.text):
        # "Ejecutores: esos dos y además 0x..", "the same two are executors also": the proposers execute too
        proposers = {b.address for b in by_role["proposer"]}
        by_role["executor"] = [*by_role["proposer"], *(b for b in by_role.get("executor", []) if b.address not in proposers)]
    if family == "timelock" and len({"proposer", "executor"} & set(by_role)) == 1 and _BOTH_ROLES.search(folded.text):
        by_role["proposer"] = by_role["executor"] = by_role.get("proposer") or by_role["executor"]
    for role, words, start in binding.unaddressed:
        reader.add(RequirementKind.address, lexicon.LIST_ROLES[role], None, words, f"addresses.{lexicon.LIST_ROLES[role]}",
                   start, status=RequirementStatus.ambiguous,
                   reason=f"the request names {words!r} among the {lexicon.LIST_ROLES[role]} but gives no address for "
                          "them; give every address")
    said = _EXECUTORS_SAID.search(folded.text) if family == "timelock" and "executor" not in by_role else None
    if said and not _ANYONE_EXECUTES.search(folded.text):
        start, end = folded.source(*said.span())
        reader.add(RequirementKind.address, "executors", None, text[start:end], "addresses.executors", start,
                   status=RequirementStatus.ambiguous,
                   reason="the request says who executes but gives no address for them, and the timelock would let "
                          "anyone execute; give the executors' addresses or say that anyone may execute")
    for said in _HAND_DESCRIBED.finditer(folded.text) if family in ("erc20", "erc721", "erc1155") else ():
        start, end = folded.source(*said.span())
        role = said.group(1) or said.group("role")
        if role not in by_role and not roles.ADDRESS_RE.search(text[end:end + 60].split(".")[0]) and \
                not (said.group("holder") and re.fullmatch(r"owner|deployer|admin|creator|we|i|me|us|it|that|this|who|which|"
                                                           r"one|also|wallet|address|account", said.group("holder"))):
            reader.add(RequirementKind.address, role, None, text[start:end], f"addresses.{role}", start,
                       status=RequirementStatus.ambiguous,
                       reason=f"the request names who the {role} is but gives no address for them; give the {role}'s "
                              "address")
    for role, bound in by_role.items():
        values = list(dict.fromkeys(b.address for b in bound))
        plural = lexicon.LIST_ROLES.get(role)
        if role == "replacement":
            for b in bound:
                reader.add(RequirementKind.address, "replacement", b.address, b.text, "addresses.replacement", b.start,
                           status=RequirementStatus.ambiguous,
                           reason="this address is given instead of another one, and which one it replaces is not "
                                  "certain; give the final list of addresses")
            continue
        if role == "unlabeled":
            addresses["unlabeled"] = values[0]
            for b in bound:
                reader.add(RequirementKind.address, "address", b.address, b.text, "addresses.unlabeled", b.start)
            continue
        if plural and (len(values) > 1 or family in ("multisig", "splitter", "timelock")):
            addresses[plural] = ",".join(values)
            addresses.setdefault(role, values[0])
            reader.add(RequirementKind.address, plural, values if len(values) > 1 else values[0],
                       " ".join(b.text for b in bound), f"addresses.{plural}", bound[0].start)
            continue
        addresses[role] = values[0]
        reader.add(RequirementKind.address, role, values[0], bound[0].text, f"addresses.{role}", bound[0].start,
                   **({"status": RequirementStatus.ambiguous,
                       "reason": "the request names whose address this is but not what it is for; say 'mint the "
                                 "supply to 0x..' or 'owner 0x..'"} if bound[0] in guessed else {}))
        for extra in bound[1:]:
            if extra.address != values[0]:
                reader.add(RequirementKind.address, role, extra.address, extra.text, f"addresses.{role}", extra.start)
    _count_against_list(reader, options, addresses)
    owners = [a for a in addresses.get("owners", "").split(",") if a]
    said = shapes.threshold_in_words(folded.text, len(owners)) if family == "multisig" and owners else None
    if said and "threshold" not in options:
        # "all 3 partners must sign every time", "a simple majority of them": a threshold counted from the owners
        options["threshold"], words = said
        reader.add(RequirementKind.value, "threshold", options["threshold"], folded.original_text(*words.span()),
                   "options.threshold", folded.source(*words.span())[0])
    listed = options.pop("_share_list", [])
    if listed and not binding.shares:
        # shares the request lists without binding them to addresses: reported, honoured only if they reach
        options["percents"] = [p for p, _, _ in listed]
        start, end = listed[0][1], listed[-1][2]
        reader.add(RequirementKind.value, "shares", options["percents"], original[start:end], "options.percents", start)
    if binding.shares and (family == "splitter" or options.pop("_shares_found", False)):
        # "Rosa — 0x.. — 40": the bare number is her share
        reader.drop(lambda at, r: r.key == "number" and any(s <= at < e for _, _, s, e in binding.shares))
        options["percents"] = [_plain(Decimal(p)) for _, p, _, _ in binding.shares]
        start = min(s for _, _, s, _ in binding.shares)
        end = max(e for _, _, _, e in binding.shares)
        reader.add(RequirementKind.value, "shares", options["percents"], original[start:end], "options.percents", start)
    payees = [a for a in addresses.get("payees", "").split(",") if a]
    equal = shapes.EQUAL_SPLIT.search(folded.text) if family == "splitter" and len(payees) >= 2 else None
    fraction = _FRACTION_EACH.search(folded.text) if family == "splitter" and len(payees) >= 2 else None
    if fraction and "percents" not in options and not equal:
        # "split between the four leads, a quarter each": equal shares said as the fraction each one gets
        if _FRACTIONS[fraction.group(1)] == len(payees):
            equal = fraction
        else:
            reader.add(RequirementKind.value, "shares", None, folded.original_text(*fraction.span()), "options.percents",
                       folded.source(*fraction.span())[0], status=RequirementStatus.ambiguous,
                       reason=f"{fraction.group(0)!r} does not fit {len(payees)} payees; give each payee's share")
    if equal and "percents" not in options:
        # "split equally between the four partners": the equal shares said, listed as a requirement of their own
        each = Decimal(100) / len(payees)
        options["percents"] = [_plain(each if each == int(each) else Decimal(1))] * len(payees)
        reader.add(RequirementKind.value, "shares", options["percents"], folded.original_text(*equal.span()),
                   "options.percents", folded.source(*equal.span())[0])
        # "split it four ways, 25 each": the share said again as a bare number for each
        reader.drop(lambda at, r: r.key == "number" and str(r.value) == options["percents"][0] and
                    bool(roles.EACH_SHARE.match(original[at + len(r.text):at + len(r.text) + 30])))
    shares = next((r for r in reader.requirements if r.key == "shares"), None)
    if family == "splitter" and shares and len(options.get("percents", [])) == 1 and len(payees) >= 2:
        said_at = reader.positions[reader.requirements.index(shares)] + len(shares.text)
        if roles.EACH_SHARE.match(original[said_at:said_at + 30]) and Decimal(options["percents"][0]) * len(payees) == 100:
            options["percents"] = options["percents"] * len(payees)  # "four teams: 0xA, 0xB, 0xC, 0xD (25% each)"
            shares.value = options["percents"]
    if family == "splitter" and shares and len(payees) == len(options.get("percents", [])) + 1:
        _remainder_share(original, reader, options, shares, binding)
    if family == "splitter" and payees and shares and shares.value is not None and \
            len(payees) != len(options.get("percents", [])):
        # three payees and two shares: whose share is missing (or extra) is a guess, so the reading stops
        shares.status = RequirementStatus.ambiguous
        shares.reason = (f"the request lists {len(payees)} payee addresses but {len(options['percents'])} shares; "
                         "give each payee its share")
    for s, e in hashes[:1]:
        options["merkle_root"] = original[s:e].lower()
        reader.add(RequirementKind.value, "merkle_root", options["merkle_root"], original[s:e], "options.merkle_root", s)
    for s, e in _corrected_url(original, urls)[:1]:
        options["base_uri"] = original[s:e].rstrip(".,;:)!?")
        reader.add(RequirementKind.value, "base_uri", options["base_uri"], original[s:e], "options.base_uri", s)
    options.pop("_shares_found", None)
    options["_addresses"] = addresses


_REMAINDER = re.compile(
    r"(?<![\w])(?:(?:whatever|what)(?:'s| is)? (?:left|remains)|the rest|the remainder|remaining|everything else|"
    r"el resto|lo que (?:queda|sobra|reste)|lo restante|le reste|le solde|ce qui reste|der rest|den rest|dem rest|"
    r"das ubrige|was ubrig bleibt|o resto|o restante|o remanescente|o que sobrar|o que resta|il resto|il rimanente|"
    r"il restante|el remanente|le restant|quel che resta|"
    r"cio che resta)(?![\w])")
"""The last payee's share given as what the others leave ("whatever's left", "el resto", "der Rest")."""


_FRACTIONS = {"half": 2, "third": 3, "quarter": 4, "fourth": 4, "fifth": 5, "sixth": 6}
_FRACTION_EACH = re.compile(r"(?<![\w])(?:a |one )?(half|third|quarter|fourth|fifth|sixth) (?:each|apiece|for each|to each)(?![\w])")
"""A share said as the fraction each payee gets: "a quarter each", "half each"."""



def _remainder_share(original: str, reader: _Reader, options: dict, shares: Requirement, binding: roles.Binding) -> None:
    """"60% to A, 25% to B and whatever's left to C": C's share is 100 less the others', when the rest is
    said after the last share and before the last payee's address."""
    listed = [Decimal(p) for p in options["percents"]]
    last = max(binding.addresses, key=lambda b: b.start, default=None)
    share_end = reader.positions[reader.requirements.index(shares)] + len(shares.text)
    folded = lexicon.fold_text(original)
    rests = [folded.source(*m.span())[0] for m in _REMAINDER.finditer(folded.text)]
    rest = next((r for r in rests if r >= share_end), None)
    # "... and whatever's left to 0xC", or "0xC gets whatever is left" right after that address
    if last is None or rest is None or sum(listed) >= 100 or \
            not (rest < last.start or re.fullmatch(r"[^.;\d%]{0,30}", original[last.end:rest])):
        return
    options["percents"] = [*options["percents"], _plain(Decimal(100) - sum(listed))]
    shares.value = options["percents"]


_COUNTED_LISTS = {"payee_count": "payees", "signer_count": "owners"}


def _count_against_list(reader: _Reader, options: dict, addresses: dict[str, str]) -> None:
    """"Our band has three members" and three payee addresses: the count restates the list, it asks for
    nothing more. A count the list does not match is ambiguous (which is right?). With no list, a count of
    signers is the multisig's number of owners."""
    for key, plural in _COUNTED_LISTS.items():
        listed = [a for a in addresses.get(plural, "").split(",") if a]
        for i, r in enumerate(list(reader.requirements)):
            if r.key != key:
                continue
            if not listed and key == "signer_count":
                value = int(options.pop(key, r.value))
                r.key, r.field = "owners_count", "options.owners_count"
                if options.setdefault("owners_count", value) != value:
                    r.status = RequirementStatus.ambiguous
                    r.reason = f"the request counts {value} signers and {options['owners_count']} owners"
                continue
            if not listed:
                continue
            if int(r.value) == len(listed):
                index = reader.requirements.index(r)
                del reader.requirements[index], reader.positions[index]
                options.pop(key, None)
            elif int(r.value) != len(listed):
                r.status = RequirementStatus.ambiguous
                r.reason = f"the request counts {r.value} but lists {len(listed)} addresses"


def _a_person_s_address(before: str) -> bool:
    """"the studio manager can mint more, manager address 0x..": an address introduced as someone's, with no word
    that sends the supply to it, is no premint recipient however the family's default reads it."""
    return bool(re.search(r"(?<![\w])(?:manager|boss|director|president|chair\w*|secretary|coach|teacher|owner's|"
                          r"founder|ceo|cto|lead|captain|mestre|sensei|chef|gerente|directeur|direttore|leiter\w*|"
                          r"responsable|responsabile)\s+(?:address|wallet|addr|adresse|direccion|endereco|indirizzo)\s*"
                          r"(?:is|:|=|es|est|ist|e)?\s*$", before[-60:]))


_SUPPLY_SENT_TO_A_WALLET = re.compile(
    r"(?<![\w])(?:send|sent|give|transfer|mint|minted|deliver|deposit)\w*\s+(?:(?:all|every|the|of|initial|whole|entire|full)\s+)*"
    r"(?:tokens?|supply|it|them|everything|coins?|points?)\s+(?:in)?to\s+(?:the|our|my|their)\s+(?:[\w'-]+\s+){0,3}?"
    r"(?:wallet|treasury|safe|multisig|account|address)(?![\w])")
"""The supply sent to a wallet the request describes ("send the initial supply to the committee wallet")."""


def _supply_to_a_wallet_unnamed(folded: lexicon.Folded, reader: _Reader, family: str, addresses: dict) -> None:
    """"Mint the supply to the committee wallet" with no address for it: the tokens would go to the deployer instead,
    so the recipient is recorded as ambiguous and the workflow stops and asks for the address."""
    if family not in _TOKEN_KINDS or addresses.get("recipient"):
        return
    m = _SUPPLY_SENT_TO_A_WALLET.search(folded.text)
    if m and not re.match(rf"\s*[:=(,]?\s*(?:is\s+|at\s+)?{lexicon.MASKED_ADDRESS}", folded.text[m.end():]):
        start, end = folded.source(*m.span())
        reader.add(RequirementKind.address, "recipient", None, folded.original[start:end], "addresses.recipient", start,
                   status=RequirementStatus.ambiguous,
                   reason="the request sends the tokens to a wallet it gives no address for; give its address (0x..)")


def _guessed_recipient(before: str, held: set[str]) -> bool:
    """Whether an address the family's default made the supply's recipient (its words `before` it) may be someone
    else's: a person's address, or one in a sentence naming a privileged role that no address holds ("Mint only the
    youth office with the minter role, adress 0x..", "the minter, who can create new tokens after, is 0x.."). Which it
    is, is not for the reader to guess."""
    sentence = re.split(r"[.!?\n]", before)[-1]
    if re.search(r"(?<![\w])(?:all|everything|them|it|the (?:supply|tokens|points))\s+(?:going|goes|go|sent|minted)\s+to\s+"
                 r"(?:[\w']+\s+){0,4}[:=]?\s*$", sentence):
        return False  # "25000 points and all going to the club secretary address 0x..": where the supply goes
    if re.search(r"(?<![\w])(?:send|sent|give|transfer|mint|put|deliver)\w*\s+(?:all\s+|every\s+)?(?:of\s+)?(?:the\s+)?"
                 r"(?:tokens?|supply|it|them|everything|coins?|points?|\d[\d.,]*\s*(?:k|m|million|thousand)?(?:\s+[a-z]+)?)\s+"
                 r"(?:in)?to\s+(?:[\w']+\s+){0,4}[:=]?\s*$", sentence):
        return False  # "send all tokens to our secretary wallet 0x..": where the supply goes, whoever holds it
    if _a_person_s_address(before):
        return True
    if re.search(r"(?<![\w])(?:holds?|has|keeps?|controls?|owns?|manages?)\s+the\s+(?!(?:supply|tokens?|coins?|points?|rest|"
                 r"treasury|funds?)\b)[\w-]+(?:\s+[\w-]+){0,3}\s+(?:at|with|from|on)\s*[:=]?\s*$", sentence):
        return True  # "Elif holds the pause switch at 0x..": the address of whoever holds a power, no premint
    if re.search(r"(?<![\w])(?:who|whoever|chi|quem|quien|qui|wer|celui qui|la persona que|the one who)\s+[^.;:,]{1,40}?\s+"
                 r"(?:is|è|e|é|es|est|ist|sera|sarà|will be)\s*:?\s*$", sentence):
        return True  # "chi mette in pausa è 0x..": someone's act, whatever it is, never the supply's recipient
    if re.search(r"(?<![\w])(?:to|for|recipient|treasury|send|sent|goes|go|receives?|premint\w*|mint(?:ed)? (?:it |them )?"
                 r"(?:all )?to)\s+(?:[\w']+\s+){0,3}[:=]?\s*$", sentence):
        return False  # "mint the supply to the club wallet 0x..": a recipient said as one
    acts = {"minter": r"mints?|minting|acun\w*|cunh\w*|frapp\w*|prag\w*|conia\w*",
            "pauser": r"pauses?|pausing|pausar|pausieren|pausare|mettre en pause", "upgrader": r"upgrades?|upgrading"}
    return any(role not in held and (lexicon.find(lexicon.ROLES[role], sentence) or
                                     re.search(rf"(?<![\w])(?:{acts[role]})(?![\w])", re.split(r"[;,]", sentence)[-1]))
               for role in ("minter", "pauser", "upgrader"))


def _unlabeled_to_family_role(binding: roles.Binding, family: str) -> None:
    """An address given without a role word takes the role the family's constructor gives such addresses
    (meta.json `unlabeled: true`), or the family's only role ("Vest tokens for 0x.." -> beneficiary)."""
    try:
        meta = load_meta(family)
    except GenerationError:
        return
    family_roles = list(meta.get("roles", {}))
    for b in binding.addresses:
        if b.role == "recipient" and "recipient" not in family_roles and "beneficiary" in family_roles:
            b.role = "beneficiary"  # "vest evenly over 30 months, paid to 0x..": who is paid is the beneficiary
        if b.role == "payee" and "payee" not in family_roles:
            b.role = "unlabeled"  # "0x.. : 2 ans" read as a share where the family has no payees: no role said
        if b.role == "token" and "token" not in family_roles:
            # "a vault for the token 0x..": the token a vault holds is its asset
            b.role = "asset" if "asset" in family_roles else "unlabeled"
    if len(family_roles) == 1 and any("addresses.all" in str(value.get("from", ""))
                                      for value in meta.get("values", {}).values()):
        # a wallet or a split takes every address given as its one role: the treasurer of a multisig, as the
        # chair and the secretary, is one of its owners
        for b in binding.addresses:
            b.role = family_roles[0] if b.role != "replacement" else b.role
    bound = {b.role for b in binding.addresses}
    unlabeled = [b for b in binding.addresses if b.role == "unlabeled"]
    if not unlabeled:
        return
    missing = {"buyer", "seller", "arbiter"} - bound if family == "escrow" else set()
    if len(unlabeled) == 1 and len(missing) == 1 and len(bound - {"unlabeled"}) == 2:
        unlabeled[0].role = missing.pop()  # "we're the buyer 0xA; the framer's wallet 0xB; arbiter 0xC": the third party
        return
    takers = [p["role"] for p in meta.get("constructor", []) if p.get("unlabeled") and p.get("role") not in bound]
    if takers:
        # addresses listed together share the role a list can take ("one wallet each for 0xA, 0xB and 0xC")
        unlabeled[0].role = takers[0]
        if lexicon.LIST_ROLES.get(takers[0]) in family_roles:
            for b in unlabeled[1:]:
                b.role = takers[0]  # "Lucía (0xA) y Mateo (0xB)": every unnamed address, where the role takes a list
        elif takers[0] in lexicon.LIST_ROLES:
            for b in binding.addresses[binding.addresses.index(unlabeled[0]) + 1:]:
                if b.role != "unlabeled" or not b.listed:
                    break
                b.role = takers[0]
        return
    if len(family_roles) == 1:
        for b in unlabeled:
            b.role = family_roles[0]
        return


def _plain(value: Decimal) -> str:
    return str(int(value)) if value == int(value) else format(value.normalize(), "f")


def _whole(value: Decimal | None) -> str | None:
    if value is None:
        return None
    return _plain(value)
