"""The name and the symbol a request gives, wherever and however it gives them.

Slots, strongest first: a label ("Name: Solar Watt", '"name": "Delta Grid"'), a name keyword in any of
the six languages ("called", "llamado", "namens", "chiamato" ...) followed by a quoted or capitalised
phrase, the first quoted phrase, the capitalised words before a "(SYM)", the capitalised words after the
contract's own noun ("Token Capstone", "NFT Moonwalkers MWK"). Feature words only count as the name when
something says they are ("Burnable token Anchor (ANC)" is Anchor; "token Pausable Paws (PAW)" is Pausable
Paws). Symbols come from a keyword ("symbol", "ticker", "Kürzel", "sigla"), "(SYM)", "$SYM", or the
all-capitals word right after the name.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from agents.generation import lexicon, windows
from agents.generation.numbers import fold

_QUOTES = [('"', '"'), ("'", "'"), ("“", "”"), ("‘", "’"), ("«", "»"), ("„", "“"), ("‚", "‘"), ("「", "」"), ("`", "`"),
           ("“", "“"), ("”", "”"), ("„", '"'), ("‚", "'"), ("„", "”"), ("‚", "’")]
_PARTICLES = {"de", "du", "des", "la", "le", "les", "of", "the", "del", "von", "van", "der", "da", "do", "dos", "das",
              "di", "della", "y", "&", "e", "et", "and", "'n'", "el", "los", "las", "il", "lo", "dei", "degli",
              "dello", "delle", "dalla", "dal", "nel", "nella", "al", "alla", "ter", "ten", "den", "op", "aan", "à", "au", "aux", "ao",
              "w", "wa", "ibn", "bint", "og", "och", "und", "u"}
_PLACE_PARTICLES = {"sur", "sous", "sobre", "sul", "sulla", "am", "im", "zum", "zur", "auf", "em", "en", "na", "nas", "nos"}
"""Places inside a name: "Tire sur la Neige", "Haus am See" (never before a chain's name; "Luz del Sur" ends in a word)."""
_PARTICLES |= _PLACE_PARTICLES
_CHAINS = {"ethereum", "polygon", "arbitrum", "optimism", "base", "sepolia", "holesky", "mainnet", "avalanche", "bsc",
           "bnb", "gnosis", "anvil", "zksync", "linea", "scroll", "celo", "blast", "mantle", "solana"}
"""Networks a request deploys on: "Hyper auf Ethereum" ends the name at the place word."""
_LEADING_NOISE = set("""
a an the my our your this that new please i we me us create make write build deploy launch generate issue mint
need want would like could can give set up introducing meet here hey hi hello so ok okay then also just simple
crea cria crie creer cree creez erstelle erstellen mache bitte je ich yo eu nous wir io voglio vorrei quiero quero
necesito preciso voudrais veux brauche un una une uno um uma ein eine einen il lo la le el los las les der die das
mon ma mes mein meine mi mio nostro nuestro notre unser nosso
discover decouvrez decouvre descubre descubra descubran entdecke entdecken scopri conheca presenting presentamos
presentons presentiamo apresentamos welcome announcing launching unveiling
""".split())
_INTERJECTIONS = set("""
thanks thank cheers sorry yes yeah yep great cool awesome important note update ps btw dear team folks guys everyone
all hola bonjour hallo ciao ola gracias merci danke grazie obrigado obrigada salut servus
""".split())
"""Words that open a sentence without naming anything ("Thanks, the token ...")."""
_NOT_SYMBOLS = set("""
ERC EIP NFT NFTS DAO ETH WEI GWEI URI URL ID IDS API UUPS PFP ICO DEX AMM ABI EVM EOA IPFS JSON DEFI TVL APR APY KYC
RBAC DNS HTTP HTTPS I A
""".split())
"""All-capitals words that are never a ticker."""
_ACRONYMS = _NOT_SYMBOLS | set("""
OK AI USD EUR MAX MIN CAP OZ UI UX ROI QR IT EU US UK USA PLEASE TOKEN TOKENS SYMBOL NAME TICKER SUPPLY CREATE MAKE
WITH AND THE FOR NO NOT ALL ANY NEW ONE TWO USDC USDT DAI BUSD EURC PYUSD WETH WBTC BTC GBP CHF BRL
UN UNA UNO UNE EIN EINE NICHT NUR KEIN KEINE NIE NUNCA NADA SOLO JAMAIS PAS RIEN MAI NIENTE NON NAO SIM JA NEIN OUI SI
NEVER ONLY MUST DONT NOBODY NOTHING NONE ZERO
""".split())
"""...and words written in capitals that are rarely one unless something says so."""
_SYMBOL_TOKEN = r"(?:[$]?[A-Za-z][A-Za-z0-9À-ÖØ-Þ]{0,10}|[$]?[0-9][A-Za-z0-9]{1,10})(?![^\W\d_])"
_STOP_AFTER_KEYWORD = set("""
with and symbol ticker that which where for to on in at by from whose who using having has minted mint mints supply
initial its it con y que para de del por avec et symbole qui pour par mit und symbol fur von zum zur com e do da pelo
pela o is are be was will as a an the tokens token coin nft nfts collection contract erc20 erc721 erc1155 whose of
con e per di del della che il too also so then please here there now later again yet just only maybe like
id ids uri url metadata
""".split())


@dataclass
class Slot:
    value: str
    start: int
    end: int
    source: str
    """Where it came from: label, keyword, quoted, paren, noun, terse, dollar, fallback."""


def quoted_spans(text: str) -> list[Slot]:
    """Quoted phrases (any quote style; escaped quotes inside double quotes kept), in order."""
    out: list[Slot] = []
    for open_q, close_q in _QUOTES:
        pattern = rf"(?:(?<=^)|(?<=[\s(:=,\[{{]))({re.escape(open_q)})(.+?)({re.escape(close_q)})(?![^\W\d_])"
        for m in re.finditer(pattern, text):
            out.append(Slot(m.group(2).strip(), m.start(), m.end(), "quoted"))
    for m in re.finditer(r'(?:(?<=^)|(?<=[\s(:=,\[]))"((?:\\.|[^"\\])+)"', text):
        if '\\"' in m.group(1):
            inner = m.group(1).replace('\\"', '"').replace("\\\\", "\\")
            out = [q for q in out if not (m.start() <= q.start < m.end())]
            out.append(Slot(inner.strip(), m.start(), m.end(), "quoted"))
    seen: set[int] = set()
    unique = []
    for q in sorted(out, key=lambda q: (q.start, -q.end)):
        if q.value and q.start not in seen and not any(o.start < q.start < o.end for o in unique):
            unique.append(q)
            seen.add(q.start)
    return unique


_ELIDED_PARTICLE = re.compile(r"(?i:d|dell|dall|nell|sull|all|coll|degl|l|qu|j)['’](?=[^\W\d_])|"
                              r"(?:al|el|tal|tad|tax|tas|ta|ul|ad|an|as|at|ar|bin|ben|ibn)-(?=[^\W\d_])")
""""dell'Orsa", "d'Azur", "l'Étoile", "tal-Fidda", "al-Andalus": an elided or hyphen-glued article or preposition
glued to the capitalised word it introduces, which goes on with the name ("Torrefazione dell'Orsa", "Filu
tal-Fidda")."""


def _elided_capitalised(token: str) -> bool:
    m = _ELIDED_PARTICLE.match(token)
    return bool(m) and token[m.end()].isupper()


def _words(text: str, start: int) -> list[re.Match[str]]:
    # "Foghorn/HORN": a slash before a ticker ends the word
    return list(re.finditer(r"(?:[^\s,.;:()!?\[\]{}\"“”«»/]|/(?!\$?[A-Z][A-Z0-9]{1,10}\b))+", text[start:]))


def _is_capitalised(word: str) -> bool:
    """"Solar", "3D"; never an amount with its magnitude ("750k", "2.5M", "10bn")."""
    if re.fullmatch(r"\d[\d.,]*(?:k|m|mm|mn|b|bn)\.?", word, re.IGNORECASE):
        return False
    if re.match(r"(?:al|el|ul|ad|ash|as|at|an|ar|az|bin|ibn|ben)[-‑](?=[A-Z])", word):
        return True  # "Majlis al-Maalem", "Dar el-Salam": an Arabic article joined to a capitalised word
    return word[:1].isupper() or word[:1].isdigit() and any(c.isalpha() for c in word)


_GRAMMAR = set("""
with and using having that which whose where who for to is are was will as con y que para avec et qui pour mit und
fur com e do da que per di che il
""".split())


def _grammar_word(word: str) -> bool:
    """A word that ends a capitalised name: a connector, or a symbol or name keyword ("Symbol", "Ticker")."""
    w = fold(word)
    return w in _GRAMMAR or bool(lexicon.compiled(lexicon.SYMBOL_KEYWORDS).fullmatch(w)
                                 or lexicon.compiled(lexicon.NAME_KEYWORDS).fullmatch(w))


def _keyword_like(word: str) -> bool:
    """A word that belongs to the request's grammar rather than to a name."""
    w = fold(word)
    return bool(lexicon.compiled(lexicon.SYMBOL_KEYWORDS).fullmatch(w) or w in _STOP_AFTER_KEYWORD
                or lexicon.compiled(lexicon.NAME_KEYWORDS).fullmatch(w))


def _run_after(text: str, start: int, *, lowercase_ok: bool, max_words: int = 6) -> Slot | None:
    """The name starting at `start`: a quoted phrase, else capitalised words (lowercase particles between
    them), else (after a name keyword) up to four plain words before a grammar word."""
    rest = text[start:]
    lead = re.match(r"\s*", rest).end()
    for q in quoted_spans(text):
        if q.start == start + lead:
            return Slot(q.value, q.start, q.end, "quoted")
    words = _words(text, start)
    chosen: list[re.Match[str]] = []
    capitalised_mode = bool(words) and _is_capitalised(words[0].group(0))
    previous_end = 0
    for w in words:
        token = w.group(0)
        gap = rest[previous_end:w.start()]
        if chosen and re.search(r"[,.;:()!?\[\]{}\"“”«»\n/]", gap):
            break
        if not chosen and re.search(r"[.;!?\n]", gap):
            break
        if re.fullmatch(r"[\d.,'’]+(?:e[+-]?\d+|[kmb]|mm|bn)?", token, re.IGNORECASE) or token.lower().startswith("0x"):
            after_ticker = len(chosen) > 1 and re.fullmatch(r"[A-Z][A-Z0-9]{1,9}", chosen[-1].group(0)) and \
                not chosen[-2].group(0).isupper()  # "Token Luna LUN 1000": the amount after the ticker
            if capitalised_mode and chosen and not after_ticker and _number_ends_name(token, rest[w.end():]):
                chosen.append(w)  # "Swarm 1 with symbol SW1", "Apollo 11 (APL)"
            elif capitalised_mode and chosen and _number_inside_name(token, rest[w.end():]):
                chosen.append(w)  # "Route 66 Miles": the capitalised words go on after the number
                previous_end = w.end()
                continue
            break
        if capitalised_mode:
            # "name: Drevo a Dych": a one-letter conjunction between capitalised words of one name (Slavic, Italian)
            # ("Bose ni Masi", "Kente ne Adinkra": a short lowercase word of another language between two capitals)
            joined = chosen and (token in ("a", "i", "e", "o", "u", "y") or re.fullmatch(r"[a-z]{2,3}", token) and
                                 not _grammar_word(token) and not _keyword_like(token) and fold(token) not in _LEADING_NOISE
                                 and token not in ("aka", "via", "vs", "etc", "per", "and", "the", "for")) and \
                re.match(rf"[ \t]+(?![A-Z0-9]{{2,10}}\b)[{lexicon.CAPITALS}][\w'’-]*(?=\s*(?:[,.;:()!?\n]|$))", rest[w.end():])
            if joined:  # (not before a ticker: "Swell Credits aka SWLC")
                chosen.append(w)
                previous_end = w.end()
                continue
            japanese_no = chosen and token == "no" and re.match(rf"[ \t]+([{lexicon.CAPITALS}][a-zß-öø-ÿ'’-]+)", rest[w.end():])
            if japanese_no and not _vocabulary(japanese_no.group(1)) and fold(japanese_no.group(1)) not in _CHAINS and \
                    not _ENGLISH_FEATURE_WORD.fullmatch(fold(japanese_no.group(1))):
                chosen.append(w)  # "an ERC20 named Ai no Sato": the Japanese particle between a name's two words
                previous_end = w.end()
                continue
            leading_particle = not chosen and token[:1].isupper() and token[1:].islower() and \
                token.lower() in _PARTICLES and re.match(rf"[ \t]+[{lexicon.CAPITALS}][a-zß-öø-ÿ]", rest[w.end():])
            if leading_particle:  # "name: De Ketting Leden", "Nom : La Vieille Forge": the article is the name's
                chosen.append(w)
                previous_end = w.end()
                continue
            after_joiner = re.match(rf"[ \t]+([{lexicon.CAPITALS}][\w'’-]*)", rest[w.end():]) \
                if chosen and (token in _NAME_JOINERS or token.istitle() and token.lower() in _NAME_JOINERS) else None
            if after_joiner and not after_joiner.group(1).isupper() and fold(after_joiner.group(1)) not in _CHAINS and \
                    not _family_or_feature(after_joiner.group(1)) and not _keyword_like(after_joiner.group(1)) and \
                    not _grammar_word(after_joiner.group(1)) and fold(after_joiner.group(1)) not in _LEADING_NOISE:
                chosen.append(w)  # "a token called Pause for Soup (PFS)": a small word between capitalised ones
                previous_end = w.end()
                continue
            if _grammar_word(token) and not (token.lower() in _PARTICLES and chosen and not token.isupper()):
                break  # "Hyper Token With ...", "SUNNY DAY SYMBOL SUN"
            if chosen and chosen[-1].group(0).lower() in _PARTICLES and token.lower() not in _PARTICLES and \
                    (fold(token) in _CHAINS or _keyword_like(token)):
                break  # "Hyper auf Ethereum", "Partituras Klapa e URI base ...": the name ended at the small word
            if _is_capitalised(token) or (token.lower() in _PARTICLES or _elided_capitalised(token)) and chosen:
                chosen.append(w)
            else:
                break
        else:
            if not lowercase_ok or _keyword_like(token) or len(chosen) >= 4:
                break
            chosen.append(w)
        previous_end = w.end()
        if len(chosen) >= max_words:
            break
    while chosen and chosen[-1].group(0).lower() in _PARTICLES and \
            not (chosen[-1].group(0)[:1].isupper() and chosen[-1].group(0).lower() in _PLACE_PARTICLES):
        chosen.pop()
    if not chosen:
        return None
    s, e = start + chosen[0].start(), start + chosen[-1].end()
    return Slot(text[s:e], s, e, "keyword")


def _number_ends_name(token: str, after: str) -> bool:
    """A small number closing a name ("Swarm 1", "Apollo 11"): nothing after it but punctuation, the end,
    or a grammar word; never an amount ("Alpha 5 million", "Zeta 100 supply")."""
    if not re.fullmatch(r"\d{1,4}", token) or re.match(r"[.,'’]?\d|[^\W\d_]", after):
        return False  # "2.5M", "1,000", "5k": the number goes on
    nxt = re.match(r"\s*([^\s]*)", after).group(1)
    if re.match(r"\s+[/|·]\s*\$?[A-Z][A-Z0-9]{1,10}\b", after):
        return True  # "Capping Night 2025 / CAPN": the ticker after a slash
    return not nxt or bool(re.match(r"[,.;:()!?\"”»]", nxt)) or _grammar_word(re.sub(r"\W", "", nxt) or "x")


def _number_inside_name(token: str, after: str) -> bool:
    """A small number between capitalised words of one name ("Route 66 Miles", "Studio 54 Records"): the
    word after it is capitalised and is no magnitude, unit, symbol in capitals, kind of contract, feature or
    grammar word ("Alpha 5 Million", "Zeta 100 Tokens", "Apollo 11 APL" end the name at the number)."""
    from agents.generation.numbers import DURATION_UNITS, SCALES

    if not re.fullmatch(r"\d{1,4}", token):
        return False
    m = re.match(r"[ \t]+([^\s,.;:()!?\[\]{}\"“”«»]+)", after)
    if m is None:
        return False
    word = m.group(1)
    return word[:1].isupper() and not word.isupper() and fold(word) not in SCALES and \
        word.lower() not in DURATION_UNITS and not _family_or_feature(word) and not _grammar_word(word) and \
        not _keyword_like(word)


_NAME_JOINERS = ("for", "and", "in", "on", "at", "to", "with", "from", "para", "pour", "per", "con", "com", "avec")
"""Small words that stand inside a name between capitalised ones: "Pause for Applause", "Salt and Pepper", "Polcas para
Arpa"."""


def _run_before(text: str, end: int) -> tuple[int, int] | None:
    """The capitalised words ending at `end` (before a "(SYM)")."""
    words = list(re.finditer(r"[^\s,.;:()!?\[\]{}\"“”«»]+", text[:end]))
    chosen: list[re.Match[str]] = []

    def capitalised_before(i: int) -> str | None:
        """The word before words[i] when it is capitalised and joined to it with no punctuation between."""
        if i == 0 or re.search(r"[,.;:()!?\n]", text[words[i - 1].end():words[i].start()]):
            return None
        prior = words[i - 1].group(0)
        return prior if _is_capitalised(prior) else None

    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        token = w.group(0)
        gap = text[w.end():(chosen[0].start() if chosen else end)]
        if re.search(r"[,.;:()!?\[\]{}\"“”«»\n]", gap):
            break
        prior = capitalised_before(i)
        if re.fullmatch(r"[\d.,'’]+", token):
            if re.fullmatch(r"\d{1,4}", token) and (not chosen or prior and not _family_or_feature(prior)
                                                     and fold(prior) not in _LEADING_NOISE):
                chosen.insert(0, w)  # "Apollo 11 (APL)", "Ward 9 Thanks (W9TX)": kept if a capitalised word comes before
                continue
            break
        if _is_capitalised(token) or _elided_capitalised(token) and i > 0:
            chosen.insert(0, w)  # "Paella de l'Àvia, symbol AVIA": an elided particle before a capital is the name's
        elif token == "&" and chosen:
            chosen.insert(0, w)  # "Like & Subscribe ($LSUB)"
        elif token in _NAME_JOINERS and chosen and _is_capitalised(chosen[0].group(0)) and prior and \
                not any(re.fullmatch(p, fold(prior)) for _, p in lexicon.FAMILIES) and not _family_noun(prior):
            chosen.insert(0, w)  # "Pause for Applause (PFAP)": a small word between capitalised ones
        elif token.lower() in _PARTICLES and chosen:
            chosen.insert(0, w)
        else:
            break
        if len(chosen) >= 6:
            break
    while chosen and chosen[0].group(0).lower() in _PARTICLES and \
            not (chosen[0].group(0) == "The" and len(chosen) > 1 and not _at_clause_start(text, chosen[0].start())):
        chosen.pop(0)  # but "50k of The Daily Mint (DLMT)": a capital "The" mid-sentence is the name's own
    if chosen and re.fullmatch(r"\d{1,4}", chosen[0].group(0)):
        return None  # a number alone ("500 (ANC)") is no name
    if not chosen:
        return None
    return chosen[0].start(), chosen[-1].end()


_KIND_ADJECTIVES = r"utility|loyalty|reward|rewards|fan|community|social|reputation|access|club|membership|voting|governance"
"""What kind of token a lowercase word before the noun says ("Lundi Club governance token", "Kelp Co-op loyalty
token"): the name stands before it."""


def _family_or_feature(word: str) -> bool:
    parts = [p for p in re.split(r"[-–_/]", word) if p]
    if len(parts) > 1:
        return any(_family_or_feature(p) for p in parts)
    w = fold(word)
    if any(lexicon.compiled(p).fullmatch(w) for f, p in lexicon.FAMILIES if f not in ("storage",)):
        return True
    if re.fullmatch(r"quorum|voting|period|delay|threshold|proposals?|wallet|contract|vault|pool|split|escrow|"
                    r"owners?|beneficiary|treasury|supply|decimals?|max|cap", w):
        return True
    if re.fullmatch(r"(erc|eip)-?\d*|nfts?|dao|tokens?|coins?|jetons?|sammlung|collection|collezione|coleccion|colecao|"
                    r"contract|contrato|contrat|vertrag|contratto|multi|stablecoin|governance|membership", w):
        return True
    return any(lexicon.compiled(p).fullmatch(w) for k, p in lexicon.FEATURES.items()
               if k not in ("owned", "text_value", "registry", "address_value", "bool_value"))


def _trim_leading(text: str, start: int, end: int, at_clause_start: bool) -> tuple[int, int]:
    """Drop imperative verbs, articles and (at the start of a clause) feature and family words, unless the ticker
    right after spells the words' initials ("Permit Slip (PMSL)": Permit is the name's, not the permit feature)."""
    ticker = re.match(r"\s*[(\[]\s*\$?([A-Z][A-Z0-9]{1,9})\s*[)\]]", text[end:])
    if ticker and _initials_fit(text[start:end].split(), ticker.group(1)):
        return start, end  # "Mint Never Hinged (MNHG)": not the verb "mint", the ticker spells all three words
    if ticker and text[:start].rstrip().endswith(":") and len(text[start:end].split()) >= 2 and \
            not re.match(r"\s*(?:tokens?|coins?|nfts?|jetons?|fichas?|gettoni|moedas?|monedas?)\b",
                         text[end + ticker.end():], re.IGNORECASE):
        return start, end  # "the tin of sweets ...: Mint Humbug (HUMB), 1.5 million": a label's value, no verb
    while start < end:
        m = re.match(r"[^\s]+\s*", text[start:end])
        word = re.sub(r"[^\w$-]", "", m.group(0))
        nxt = start + m.end()
        if nxt >= end:
            break
        w = fold(word)
        if w == "the" and word[:1] == "T" and not at_clause_start and _is_capitalised(text[nxt:end].split()[0]):
            break  # "50k of The Daily Mint (DLMT)": a capital "The" mid-sentence opens the name
        if re.match(rf"(?:&|{'|'.join(_NAME_JOINERS)})\s+[{lexicon.CAPITALS}]", text[nxt:end]):
            break  # "Like & Subscribe", "Pause for Applause": a word joined to the next capitalised one is the name's
        if w in _LEADING_NOISE or (at_clause_start and _family_or_feature(word)) or _family_noun(word):
            start = nxt
            continue
        break
    return start, end


def _initials_fit(words: list[str], ticker: str) -> bool:
    """Whether the ticker starts with the first word's initial and holds every later word's initial in order."""
    initials = [w[0].upper() for w in words if w[:1].isalpha()]
    if len(initials) < 2 or initials[0] != ticker[0]:
        return False
    if len(ticker) >= 3 and "".join(w.upper() for w in words[1:]).startswith(ticker[1:]):
        return True  # "Mint Tea House (MTEA)": the first initial, then the next word spelt out
    at = 1
    for letter in initials[1:]:
        at = ticker.find(letter, at) + 1
        if at == 0:
            return False
    return True


def _family_noun(word: str) -> bool:
    """"Token", "NFT", "ERC20", "Sammlung": the kind of contract, never the start of its name (a German
    request capitalises it mid-sentence: "einen Token Alpenrose (ARS)")."""
    return bool(re.fullmatch(r"(erc|eip)-?\d*|nfts?|tokens?|coins?|jetons?|fichas?|monedas?|moedas?|getton[ei]|monet[ae]|munzen?|sammlung|collection|collezione|"
                             r"coleccion|colecao|stablecoin|vertrag|contract|contrato|contrat|contratto", fold(word)))


def _named_as_a_whole(text: str, span: tuple[int, int], after_symbol: int) -> bool:
    """"mill shop token: Mint Humbug (HMBG)", "Mint Julep (JULEP) — it's the name of our barman": capitalised words
    after a kind's label and its colon, or words the request then says are a name, are the name whole, a leading
    verb-like word ("Mint", "Launch") included."""
    words = text[span[0]:span[1]].split()
    if len(words) < 2 or not all(_is_capitalised(w) for w in words):
        return False
    return bool(re.search(r"(?i)(?<![\w])(?:token|coin|nft|collection|name|jeton|ficha|moneda|moeda|munze|münze|"
                          r"gettone|nome|nom|nombre)\s*:\s*$", text[:span[0]])
                or re.match(r"(?i)\s*[—–,-]?\s*(?:it'?s|it is|that'?s|that is|this is|which is)\s+(?:the|our|my|a)\s+"
                            r"(?:[\w'-]+\s+)?name(?![\w])", text[after_symbol:]))


def _at_clause_start(text: str, position: int) -> bool:
    before = text[:position].rstrip()
    return not before or before[-1] in ".;:!?\n*•-"


def _split_terse_symbol(text: str, s: int, e: int) -> tuple[tuple[int, int], Slot | None]:
    """'Kelp KLP' -> name 'Kelp', symbol 'KLP' (the last word all capitals, the others not)."""
    words = list(re.finditer(r"\S+", text[s:e]))
    if len(words) >= 2:
        last = words[-1].group(0)
        if re.fullmatch(r"[A-Z][A-Z0-9]{1,10}", last) and last not in _ACRONYMS and \
                not all(w.group(0).isupper() for w in words[:-1]):
            return (s, s + words[-2].end()), Slot(last, s + words[-1].start(), s + words[-1].end(), "terse")
    return (s, e), None


_GLOSS = re.compile(r"\s*(?:is|means|=|es|significa|quiere decir|est|veut dire|signifie|ist|bedeutet|hei(?:ss|ß)t|e|é|"
                    r"quer dizer|vuol dire|sta per)\s+(?:[\w'’-]+\s+){0,3}(?:in|en|em|auf|in lingua)\s+[A-Za-zÀ-ÿ]+", re.I)
"""A quoted word explained in another language: "'jantar' is amber in Polish", "« kora » veut dire harpe en mandingue"."""


def name_words_explained(text: str, name: Slot | None) -> list[tuple[int, int]]:
    """"token name Burnside Laminaria (Burnside is the cove, nothing to do w/ burning)": a word of the name said again
    and explained is the name's, not a feature word."""
    if name is None:
        return []
    spans = []
    for word in re.findall(rf"[{lexicon.CAPITALS}][\w'’-]{{2,}}", name.value):
        for m in re.finditer(rf"(?<![\w]){re.escape(word)}(?![\w])", text):
            if not name.start <= m.start() < name.end and re.match(
                    r"\s*(?:is|was|means|stands for|=|es|era|significa|est|etait|ist|war|bedeutet|e|é|è|vuol dire|"
                    r"quer dizer|veut dire)\s", text[m.end():], re.I):
                spans.append(m.span())
    return spans


def _quote_tied_to_contract(text: str, quote: Slot, family_nouns: list[tuple[int, int]]) -> bool:
    """A quoted name right after the contract's noun ("une collection NFT « Rythmes du Sabar »") or right before its
    ticker ("'Classe des Moyens 2025', symbol CMOY")."""
    return any(ne <= quote.start and re.fullmatch(r"\s*", text[ne:quote.start]) for _, ne in family_nouns) or \
        bool(re.match(r"\s*(?:\(\s*\$?[A-Z][A-Z0-9]{1,10}\s*\)|,?\s*(?:symbol|ticker|symbole|s[íi]mbolo|sigla)\b)",
                      text[quote.end:], re.I))


def find_name(text: str, folded: lexicon.Folded, family_nouns: list[tuple[int, int]]) -> tuple[Slot | None, Slot | None]:
    """(name, symbol-if-glued-to-the-name) from the request; `family_nouns` are the original spans of the
    words naming the kind of contract ("token", "NFT", "collection")."""
    symbol_keyword_spans = [folded.source(*m.span()) for m in lexicon.find(lexicon.SYMBOL_KEYWORDS, folded.text)]
    quoted = quoted_spans(text)

    # 0. a name taken back for another: "I first thought of calling it Rank Runner, but ..., so go with Kerbstone
    # Miles instead"
    for m in re.finditer(r"(?<![\w])(?:go|going|went|stick|let's go|lets go)\s+with\s+[\"'“‘«]?([A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3})",
                         text):
        sentence = re.split(r"[.!?\n]", text[:m.start()])[-1]
        if re.search(r"(?<![\w])(?:but|actually|instead)(?![\w])", sentence + windows.after(text, m.end(), 40), re.I) and \
                not _family_or_feature(m.group(1)):
            return Slot(m.group(1), m.start(1), m.end(1), "keyword"), None

    # 1. a label or keyword: "Name: X", '"name": "X"', "called X", "llamado X", "call it X"
    for m in re.finditer(r"([\"'“‘«])([^\"'”’»]{1,64})[\"'”’»]\s+(?:as|for|como|comme|als|come)\s+(?:the|its|a|el|le|der|il|o)?\s*"
                         r"(?:name|nombre|nom|nome)\b", text, re.IGNORECASE):
        return Slot(m.group(2).strip(), m.start(2), m.end(2), "keyword"), None
    # the longer phrases first: "name it X" is not "name" followed by "it X"
    keyword = r"call (it|them)|calling it|name it|naming it|llamalo|appelle-le|nenn (ihn|es)|chiamalo|" + lexicon.NAME_KEYWORDS
    lowercase: Slot | None = None
    for m in lexicon.find(keyword, folded.text):
        s, e = folded.source(*m.span())
        if any(ks <= s < ke or s <= ks < e for ks, ke in symbol_keyword_spans):
            continue
        if re.search(r"\b(short|nick)\s*$", windows.before(text, s, 8), re.IGNORECASE):
            continue
        if re.match(r"\s+(?:comes|came|come|is from|was from|means|meant|refers|sounds|stands|has|had|will be chosen|is a)\b",
                    text[e:]) and re.fullmatch(r"names?", m.group(0)):
            continue  # "that is where the name comes from": the name spoken of, not given
        if re.match(r"call (it|them)$", m.group(0)) and re.match(r"\s*[A-Z][A-Z0-9]{1,10}\b(?![a-z])", text[e:]) and \
                lexicon.find(lexicon.SYMBOL_KEYWORDS, windows.before(folded.text, m.start(), 40)) and \
                any(later.start() > m.end() for later in lexicon.find(keyword, folded.text)):
            continue  # "symbol VOTE? hmm no, call it LVG. Name: ...": the ticker corrected, the name said after
        if any(t.start(1) >= e and t.start() <= s for t in _SHARES_CALLED.finditer(text)):
            continue  # "shares called rsEURC": a vault's share ticker, not the vault's name
        if re.search(r"(?m)^[ \t]*[-*•]?[ \t]*[^\W\d][\w ]{0,20}:[ \t]*$", text[:s]) and \
                not re.search(r"(?i)token|coin|nft|collection|contract|vault|dao", text[:s].rsplit("\n", 1)[-1]):
            continue  # "Shop: Nome Ulu & Kuspuk": the value of another record that happens to start with "Nome"
        glued = re.search(r"([^\W\d_]+)-$", text[:s])
        if glued and not _family_or_feature(glued.group(1)):
            continue  # "Derby-Name „Brezel Brutal“", "stage-name": the name of something else, not of the contract
        if re.match(r"(?:['’]s)?\s+(?:after|for)\s+(?:it|her|him|them|the|our|my|a|an|that|this|those|these)\b", text[e:],
                    re.IGNORECASE):
            continue  # "the coop token is named after it": whom it honours, not its name
        if re.search(r"(?<![\w])(?:my|mi|mon|mein|meu|mio)\s*$", windows.before(text, s, 6), re.I) or \
                re.search(r"(?<![\w])(?:je m'appelle|me llamo|mi chiamo|ich hei(?:ss|ß)e|chamo-me|eu me chamo)\s*$",
                          windows.before(text, e, 20), re.I):
            continue  # "my name Karim, I make oud": the asker's own name
        thing = re.search(r"(?<![\w])(?:my|our|his|her|their)\s+([\w-]+?)(?:['’]s)?\s*$", windows.before(text, s, 30), re.I)
        if thing and not _family_or_feature(thing.group(1)) and (
                not re.fullmatch(r"(?i)project|brand|club|currency", thing.group(1)) or
                any(later.start() > m.end() for later in lexicon.find(keyword, folded.text))):
            continue  # "my eagle name is Akkanat", "our boat's name is Mira": the name of the asker's thing
        creature = re.search(r"(?<![\w])(?:a|an)\s+([a-z][\w-]+)\s*$", windows.before(text, s, 30))
        if creature and not _family_or_feature(creature.group(1)) and \
                any(later.start() > m.end() for later in lexicon.find(keyword, folded.text)):
            continue  # "a cat named Garamond who is 14 ... Call it Ink Ball": a thing of the asker's world
        owner = re.search(r"(?<![\w])(?:our|my|their|his|her)\s+([\w'-]+)(?:\s+[\w'-]+){0,4}\s+(?:is|was|are|were)\s+"
                          r"(?:[\w]+\s+)?$", re.split(r"[.!?;\n]", text[:s])[-1], re.I)
        if owner and not _family_noun(owner.group(1)) and \
                any(later.start() > m.end() and re.match(r"\s*(?:[:=—–-]|is|should be|will be|shall be)?\s*[\"'“«„]?"
                                                          r"[A-Z][a-zà-ÿ]", text[folded.source(*later.span())[1]:])
                    for later in lexicon.find(keyword, folded.text)):
            continue  # "our shop is literally called X, so the token should be named Y": the shop's name, not the token's
        if re.match(r"[\"'”’]?\s*[,.;)!?]", text[e:]):
            continue  # "... as the name, ...": nothing after the keyword
        if re.match(r"\s+(?:and|y|e|et|und|&)\s+[a-z]", text[e:]):
            continue  # "same name and logo", "stesso nome e logo": the keyword is one of a list of nouns
        after = re.match(r"(?:['’]s\s+|[\"'”’]?\s*(?:[:=]|[-–—](?=\s)|(?:is|es|est|ist|e|é|sera|will be|should be|shall be|must be|would be|has to be|gonna be|será)(?!\w))?\s*)"
                         r"(?:(?:just|simply|only|actually|really|solo|seulement|simplement|nur|einfach|apenas|só|solamente)\s+)?"
                         r"(?:(?:exactly|precisely|literally)(?:\s+(?:that|this|like this))?\s*[:,-]?\s+)?",  # "name it exactly that: X"
                         text[e:], re.IGNORECASE)
        start = e + (after.end() if after else 0)
        of_the_contract = re.match(r"\s*(?:of|for)\s+(?:the\s+|our\s+)?(?:contract|token|collection|nft|coin|project|vault|"
                                   r"dao|governor)\s*[:=]\s*", text[start:], re.I)
        if of_the_contract:
            start += of_the_contract.end()  # "Name of contract: Crèche Numérique"
        elif re.match(r"\s*(?:of|de|du|des|della|dello)\b", text[start:], re.I) and not re.match(r"\s*(?i:de|du|des|della|dello)\s+[A-Z\"'“«]", text[start:]):
            continue  # "the name of the token is ..." handled by the next match
        slot = _run_after(text, start, lowercase_ok=True)
        if slot and not re.fullmatch(r"(?i)(tokens?|the|it|a|an|coin)", slot.value):
            labelled = ":" in text[e:start] or "=" in text[e:start]
            if slot.source != "quoted" and not labelled and not _is_capitalised(slot.value):
                # "the name is just branding": lowercase words after a name keyword name the contract only
                # when nothing else in the request does (a quoted or capitalised name comes first)
                lowercase = lowercase or Slot(slot.value, slot.start, slot.end, "keyword")
                continue
            # a quote right after the keyword wins; "as the name" names the quote before it
            return Slot(slot.value, slot.start, slot.end, "label" if labelled else "keyword"), None

    # 2. a family noun with a colon or a copula: "token: Lava Lamps", "Token is Cobalt Share"
    for ns, ne in family_nouns:
        m = re.match(r"\s*[:=]\s*|\s+(?:is|will be|shall be|should be|es|est|ist|e|sera|será|sarà)\s+(?:called\s+)?", text[ne:])
        if m:
            slot = _run_after(text, ne + m.end(), lowercase_ok=False)
            if slot and re.match(r"\s*[:=]?\s*\d", text[slot.end:]) and " " not in slot.value:
                continue  # "„Edelsüß“ (EDSS) als Token: Menge 2,5 Mio.": a record's key before its number, no name
            if slot and re.fullmatch(r"[A-Z][A-Z0-9]{1,10}", slot.value) and _looks_like_symbol(slot.value):
                named = _run_before(text, ns)
                if named and not all(_family_or_feature(w) for w in text[named[0]:named[1]].split()):
                    # "Inti Raymi token: INTI, 24M": the name before the noun, its ticker after the colon
                    return Slot(text[named[0]:named[1]], named[0], named[1], "before-symbol"), \
                        Slot(slot.value, slot.start, slot.end, "paren")
                slash = re.match(r"\s*[/|·]\s*", text[slot.end:])
                after_slash = _run_after(text, slot.end + slash.end(), lowercase_ok=False) if slash else None
                if after_slash and not after_slash.value.isupper() and not _family_or_feature(after_slash.value):
                    # "alphorn token: ALPB / Alpenglow Horn, 5M": the ticker first, its name after the slash
                    return Slot(after_slash.value, after_slash.start, after_slash.end, "label"), \
                        Slot(slot.value, slot.start, slot.end, "paren")
            if slot and not _family_or_feature(slot.value) and not _keyword_like(slot.value.split()[0]):
                (s, e), terse = _split_terse_symbol(text, slot.start, slot.end)  # "need tokn: Flour Power FLWR."
                if terse and not symbol_keyword_spans:  # (not "collection: Runway Twin SS25, symbol RWTS")
                    return Slot(text[s:e], s, e, "label"), terse
                return Slot(slot.value, slot.start, slot.end, "label"), None

    # 2b. a name in apposition to the family noun: "Introducing Solara — the token ...", "Découvrez Brise
    # Marine, le jeton qui ..."
    for ns, ne in family_nouns:
        if re.search(r"[^\W\d]-[^\W\d]", text[ns:ne]) or re.match(r"-[^\W\d]", text[ne:]):
            continue  # "Metadaten-Link, die Token-IDs sollen ...": a compound with the kind's word names no token
        if re.match(r"\s*(?:-\w+\s*)?(?:[\w-]+\s+){0,2}[«\"“„']", text[ne:]):
            continue  # "Mora : un jeton « Cheval Rouge »": the quoted name after the kind names it
        if re.match(rf"\s+[{lexicon.CAPITALS}][\w'’-]*(?:\s+[{lexicon.CAPITALS}][\w'’-]*){{0,3}}\s*\(\s*\$?[A-Z][A-Z0-9]{{1,9}}\s*\)",
                    text[ne:]):
            continue  # "du lac d'Annecy : un jeton Thermique (THRM)": the name after the kind, with its ticker, names it
        m = re.search(r"([^\s,.;:()!?\[\]{}\"“”«»]+)\s*(?:,|—|–|\s-|:)\s*(?:the|a|an|our|your|my|le|la|l'|un|une|notre|el|"
                      r"nuestro|nuestra|der|die|das|ein|eine|unser|unsere|il|lo|uno|o|um|uma|nosso|nossa)\s+"
                      r"(?:[\w'-]+\s+){0,2}$", text[:ns], re.IGNORECASE)
        if m and any(q.start <= m.start(1) < q.end for q in quoted):
            continue  # "'Bal Maidens' — a token id per ore": a quoted name is read whole as quoted
        if m:
            span = _run_before(text, m.end(1))
            if span:
                s, e = _trim_leading(text, span[0], span[1], True)
                words = [fold(w) for w in re.findall(r"[\w'’-]+", text[s:e])]
                if s < e and not _family_or_feature(text[s:e]) and not text[s:e].isupper() and \
                        not all(w in _LEADING_NOISE or w in _INTERJECTIONS for w in words):
                    return Slot(text[s:e], s, e, "apposition"), None

    # 2c. a name in apposition after the family noun: "needs a governor, Eko Builders Assembly, that mints ..."
    for ns, ne in family_nouns:
        m = re.match(r",\s+(?![\"'“‘«„])", text[ne:])  # ("1155 contract, 'Bal Maidens'": a quoted name is read whole below)
        if m:
            slot = _run_after(text, ne + m.end(), lowercase_ok=False)
            if slot and re.match(r"\s*(?:,|\(|—|–|-\s|that\b|which\b|with\b|whose\b)", text[slot.end:]) and \
                    " " in slot.value and not _family_or_feature(slot.value) and not _keyword_like(slot.value.split()[0]) \
                    and not slot.value.isupper():
                return Slot(slot.value, slot.start, slot.end, "apposition"), None

    # 3. the first quoted phrase that is not JSON keys or values of other fields, unless a later one is tied to the
    # contract ("for the class photo of the 'moyens' we want a NFT collection 'Classe des Moyens 2025', symbol CMOY")
    names = []
    for q in quoted:
        if re.match(r"\s*[:=]\s*(?:[\"'“‘«\d\[{-]|true|false|null|yes|no)", text[q.end:], re.IGNORECASE) or \
                _keyword_like(q.value) or re.fullmatch(r"[\d.,eE+-]+|true|false", q.value):
            continue  # a key ('"symbol": "X"'); "'Harbor Council': quorum 15%" is a title before a colon
        key = re.search(r"[\"'“‘«]([^\"'”’»]{1,30})[\"'”’»]\s*[:=]\s*$", text[:q.start])
        if key and not lexicon.compiled(lexicon.NAME_KEYWORDS).fullmatch(fold(key.group(1)).replace("_", " ")):
            continue  # the value of another key: '"contract": "timelock controller"'

        if re.search(r"(symbol|ticker|sym|s[íi]mbolo|symbole|k[üu]rzel)\W{0,4}$", windows.before(text, q.start, 12), re.I):
            continue
        if re.search(r"(?<![\w])(?:put|write|add|say|says|show|display|print|mention|include|state|claim|pon|escribe|mets|ecris|"
                     r"schreib\w*|scrivi|metti|escreve|coloca)\s*[:,]?\s*$", windows.before(text, q.start, 14), re.I):
            continue  # "Put 'Audited by CertiK' in the header": words to write somewhere, not the name
        if _GLOSS.match(text[q.end:]) and q.value[:1].islower():
            continue  # "'jantar' is amber in Polish": a word explained, not the name
        after = re.match(r"\s+([a-zß-ÿ][\w'’-]*)", text[q.end:])
        if after and not _family_noun(after.group(1)) and not _keyword_like(after.group(1)) and \
                re.search(rf"(?<![\w])(?:their|{lexicon.OUR})(?:\s+[\w'’-]+)?\s*$", text[:q.start], re.I):
            continue  # "for our big 'Saulė' straw gardens": a word describing the asker's own things
        names.append(q)
    if names:
        return next((q for q in names if _quote_tied_to_contract(text, q, family_nouns)), names[0]), None

    # 4. capitalised words before "(SYM)"
    for m in re.finditer(rf"\(\s*({_SYMBOL_TOKEN})\s*\)", text):
        sym = m.group(1).lstrip("$")
        if not _looks_like_symbol(sym, strict=False):
            continue
        span = _run_before(text, m.start())
        noun = re.search(r"([^\s,.;:()!?\[\]{}\"“”«»]+)\s*$", text[:m.start()])
        if span is None and noun and _family_noun(noun.group(1)) and not _is_capitalised(noun.group(1)):
            span = _run_before(text, noun.start(1))  # "the Civic Dollar token (CUSD)": the kind between name and symbol
        if span:
            s, e = (span if _named_as_a_whole(text, span, m.end()) else
                    _trim_leading(text, span[0], span[1], _at_clause_start(text, span[0])))
            plural = re.search(r"\s+(?:NFTs|nfts)$", text[s:e])
            if plural and plural.start() > 0:
                e = s + plural.start()  # "Postcard Archive NFTs (PCAR)": the plural names what the collection holds
            if s < e and not _family_or_feature(text[s:e]):
                return Slot(text[s:e], s, e, "paren"), Slot(sym, m.start(1), m.end(1), "paren")

    # 5. capitalised words right after the contract's noun: "Token Capstone", "NFT Moonwalkers MWK"
    for ns, ne in family_nouns:
        slot = _run_after(text, ne, lowercase_ok=False)
        if slot and (not slot.value.isupper() or " " in slot.value and not _mostly_upper(text)):
            s, e = _trim_leading(text, slot.start, slot.end, False)
            (s, e), terse = _split_terse_symbol(text, s, e)
            if s < e and not _family_or_feature(text[s:e]) and not _keyword_like(text[s:e]) and \
                    not (" " not in text[s:e] and fold(text[s:e]) in _LEADING_NOISE | _INTERJECTIONS):
                return Slot(text[s:e], s, e, "noun"), terse  # (not "Subject: workshop token / Hi, could you ...")

    # 5b. one word before the kind that its ticker spells: "Motu token, MOTU, 1B supply"
    for ns, ne in family_nouns:
        one = re.search(rf"(?:^|[\s\"'“«(])([{lexicon.CAPITALS}][\w'’-]{{1,20}})[ \t]+$", text[:ns])
        ticker = re.match(r"[ \t]*[,(:–—-][ \t]*\$?([A-Z][A-Z0-9]{1,10})\b", text[ne:])
        if one and ticker and fold(one.group(1)).upper().startswith(ticker.group(1)[:3]) and \
                not re.search(rf"[{lexicon.CAPITALS}][\w'’-]*[ \t]+$", text[:one.start(1)]) and \
                not _family_or_feature(one.group(1)) and fold(one.group(1)) not in _LEADING_NOISE | _INTERJECTIONS:
            return Slot(one.group(1), one.start(1), one.end(1), "before-noun"), None

    # 6. capitalised words right before the kind: "Cellar Door token, sym CLDR", "the Gullhaven Lights token",
    # "Lundi Club governance token" (a lowercase word of the kind's own between them)
    for ns, ne in family_nouns:
        span = _run_before(text, ns)
        between = re.search(r"(?<=[\w'’])[ \t]+((?:[a-z][\w-]*[ \t]+){1,2})$", text[:ns])
        if span is None and between and all(_family_or_feature(w) or re.fullmatch(_KIND_ADJECTIVES, w)
                                            for w in between.group(1).split()):
            span = _run_before(text, between.start(1))
        if span:
            s, e = _trim_leading(text, span[0], span[1], True)
            value = text[s:e]
            if s < e and " " in value.strip() and not _family_or_feature(value) and not value.isupper() and \
                    not any(fold(w) in _LEADING_NOISE or w.upper() in _ACRONYMS for w in value.split()[:1]):
                vault = re.match(r"[ \t]+Vault(?=\s*(?:,|/|\(|—|–|-)?\s*(?:(?:share|shares)\s+)?(?:symbol|ticker|sym\b|\(|"
                                 r"[a-z]{1,3}[A-Z]))", text[e:])
                if vault and text[e:ns + len(text[ns:]) - len(text[ns:].lstrip())].strip() == "":
                    e += vault.end()  # "Rack Pinion Vault, symbol rpDAI": a vault's name says "Vault"
                return Slot(text[s:e], s, e, "before-noun"), None

    return lowercase, None


def _mostly_upper(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) / len(letters) > 0.6


def _looks_like_symbol(token: str, strict: bool = True) -> bool:
    bare = token.lstrip("$")
    if not bare or bare.upper() in (_ACRONYMS if strict else _NOT_SYMBOLS) or re.fullmatch(r"(?i)(erc|eip)-?\d+|\d+", bare):
        return False
    return sum(c.isupper() for c in bare) >= 2 or bare.isupper() and len(bare) >= 2


CURRENCY_CODES = frozenset("""
USD EUR GBP CHF JPY CNY CAD AUD NZD SEK NOK DKK ISK PLN CZK HUF RON BGN HRK RSD TRY UAH RUB KZT KGS UZS MNT GEL AMD AZN
INR PKR LKR NPR BDT IDR THB VND PHP MYR SGD KRW TWD HKD MXN BRL ARS CLP COP PEN UYU BOB PYG VES CRC GTQ DOP CUP
ZAR NGN GHS KES UGX TZS RWF ETB MAD DZD TND EGP XOF XAF FCFA CFA XPF FJD TOP WST PGK AED SAR QAR ILS JOD LBP IRR
""".split())
"""Money of the asker's world: "350 CZK", "250 000 FCFA pièce" name a price in local money, never the ticker."""


_SHARES_CALLED = re.compile(r"(?<![\w])shares?\s+(?:token\s+)?(?:is\s+|are\s+|will be\s+|should be\s+)?(?:called|named)\s+[\"'“‘«]?"
                            r"([a-z]{1,3}[A-Z][A-Z0-9]{1,8}|[A-Z][A-Z0-9]{1,8})(?![\w'’-])")
"""A vault's shares named by a ticker-shaped word ("shares called rsEURC", "share token named VLT"): the symbol."""


def find_symbol(text: str, folded: lexicon.Folded, name: Slot | None, glued: Slot | None,
                amounts_end: list[int]) -> Slot | None:
    """The symbol: a keyword's value, the "(SYM)" or capitals glued to the name, "$SYM", "N SYM"."""
    shares = _SHARES_CALLED.search(text)
    if shares and _looks_like_symbol(shares.group(1)):
        return Slot(shares.group(1), shares.start(1), shares.end(1), "keyword")
    for m in lexicon.find(lexicon.SYMBOL_KEYWORDS, folded.text):
        s, e = folded.source(*m.span())
        if name and name.start <= s < name.end:
            continue
        after = re.match(rf"[\"'”’]?\s*(?:[:=]|(?:is|es|est|c'est|c’est|ist|é|è|e|will be|should be|sera|será|of|de)(?!\w))?\s*[\"'“‘«`]?\s*"
                         rf"(?:(?:the|el|le|la|il|o)\s+)?({_SYMBOL_TOKEN})", text[e:], re.IGNORECASE)
        quoted = bool(after) and bool(re.search(r"[\"'“‘«`]\s*(?:(?:the|el|le|la|il|o)\s+)?$", after.group(0)[:after.start(1)]))
        capitals = bool(after) and after.group(1).lstrip("$").isupper() and not _mostly_upper(text)
        # a quoted or capitalised value is the symbol even when it is a word ('ticker "MINT"', "symbol BURN")
        weak = m.group(0) in ("code", "codigo", "codice")  # also "the code" of the contract: a ticker only as one
        if after and not (quoted or capitals) and not re.fullmatch(r"[a-z]{1,3}[A-Z][A-Z0-9]{1,8}", after.group(1)):
            # "it needs a short name too, so BTNS": capitals close after the keyword are its value (not after a
            # vault's share ticker, "symbol hrJPYC, the asset is JPYC")
            near = re.search(r"(?<![\w$])\$?([A-Z][A-Z0-9]{1,10})\b(?![-'’])", text[e + after.end(1):e + after.end(1) + 25])
            if near and _looks_like_symbol(near.group(1)) and not _mostly_upper(text) and \
                    not re.search(r"[.;!?\n]", text[e + after.end(1):e + after.end(1) + near.start(1)]):
                at = e + after.end(1) + near.start(1)
                return Slot(near.group(1), at, at + len(near.group(1)), "keyword")
        if after and not (quoted or capitals) and re.fullmatch(
                r"(?i)first|last|too|also|later|then|please|here|below|above|again|only|itself|though|anyway|aside|"
                r"afterwards|matters|doesn't|does|is|was|will|would|should|can|could|must", after.group(1)):
            continue  # "ticker first because that's all my nephew cares about: $LAZY": an adverb, not the value
        if after and (quoted or capitals or not weak and not _keyword_like(after.group(1).lstrip("$"))) and \
                not re.fullmatch(r"\d+", after.group(1)):
            value = after.group(1).lstrip("$")
            return Slot(value.upper() if value.islower() else value, e + after.start(1), e + after.end(1), "keyword")
    m = re.search(r"(?:,|;|\(|\bor)\s*(?:in\s+)?short\s*(?:[:=]|is|will be)?\s*\$?([A-Z][A-Z0-9]{1,10})\b(?![-'’])", text)
    if m and _looks_like_symbol(m.group(1)) and not _mostly_upper(text):
        return Slot(m.group(1), m.start(1), m.end(1), "keyword")  # "a token Lipov Med, short LIPM": the short form
    m = re.search(rf"(?<![\w$])[\"'“‘]?({_SYMBOL_TOKEN})[\"'”’]?\s+as\s+(?:the|its|a)?\s*(?:ticker|symbol)\b", text, re.I)
    if m and _looks_like_symbol(m.group(1)):
        return Slot(m.group(1).lstrip("$"), m.start(1), m.end(1), "keyword")
    if glued:
        return glued
    upper = _mostly_upper(re.sub(r"(?i)\berc-?\d+\b|\bnfts?\b", " ", text))  # ("ERC20 'Incir', INCR, 1M": the standard's name)
    if name is not None and not upper:
        # "Oasis Savings, osUSDC", 'ERC721("Spiral Hairspring", "HAIR")': the constructor's arguments in order
        m = re.match(rf"[\"'”’»]?\s*,?\s*(?:\(\s*({_SYMBOL_TOKEN})\s*\)|[-–—―/|·:;]?\s*(?<=,\s)[\"']\$?([A-Z][A-Z0-9]{{1,10}})[\"']|"
                     r"[-–—―/|·:;]?\s*\$?([A-Z][A-Z0-9]{1,10}|[a-z]{1,3}[A-Z][A-Z0-9]{1,8})\b(?![-']))", text[name.end:])
        if m:
            value = (m.group(1) or m.group(2) or m.group(3)).lstrip("$")
            if _looks_like_symbol(value) or m.group(1) and re.fullmatch(r"[A-Za-z][A-Za-z0-9]{1,10}", value) and \
                    value.upper() not in _ACRONYMS:
                return Slot(value, name.end + m.start(m.lastindex), name.end + m.end(m.lastindex), "paren")
        m = re.match(r"\s*\.\s+\$?([A-Z][A-Z0-9]{1,9})(?=\s*[.;,\n])", text[name.end:])
        if m and _looks_like_symbol(m.group(1)) and fold(name.value)[:1].upper() == m.group(1)[0] and \
                _in_order(m.group(1)[1:], fold(name.value).upper()[1:]):
            return Slot(m.group(1), name.end + m.start(1), name.end + m.end(1), "paren")  # "Name: Yerseke Co-op Vote. YCV. 1M."
        # "PGRD / Pearl Grade: zero decimals": the ticker first, a slash or a bar between
        m = re.search(r"(?<![\w$-])\$?([A-Z][A-Z0-9]{1,10})\s*[/|·]\s*[\"'“‘«]?\s*$", text[:name.start])
        if m and _looks_like_symbol(m.group(1)):
            return Slot(m.group(1), m.start(1), m.end(1), "paren")
    m = re.search(r"(?<![\w$])\$([A-Za-z][A-Za-z0-9]{1,10})\b", text)
    if m:
        return Slot(m.group(1), m.start(1), m.end(1), "dollar")
    m = re.search(r"(?i:voting token|governance token|token di voto|token de voto|token de votacion|jeton de vote|stimm-?token|"
                  r"token di governance)[ \t]+\$?([A-Z][A-Z0-9]{1,10})\b(?![-'’])", text)
    if m and _looks_like_symbol(m.group(1)):
        return Slot(m.group(1), m.start(1), m.end(1), "noun")  # "con un nuovo token di voto VASI"
    if not upper:
        for m in re.finditer(r"(?<![\w])(?:erc ?-?\d+|tokens?|jetons?|coins?|fichas?|monedas?|moedas?|gettoni?|munze|"
                             r"m[üu]nze)[ \t]*(?:,|[—–])?[ \t]+\$?([A-Z][A-Z0-9]{1,10})\b(?![-'’])", text, re.IGNORECASE):
            inside_name = name is not None and name.start <= m.start(1) < name.end
            if not inside_name and m.group(1).isupper() and _looks_like_symbol(m.group(1)):
                return Slot(m.group(1), m.start(1), m.end(1), "noun")  # "erc20 GRID", "jeton JARD"
    if not upper:
        for end in amounts_end:
            m = re.match(r"\s+\$?([A-Z][A-Z0-9]{1,10})\b", text[end:])
            if m and _looks_like_symbol(m.group(1)) and m.group(1) not in CURRENCY_CODES:
                return Slot(m.group(1), end + m.start(1), end + m.end(1), "terse")
        for m in re.finditer(rf"\(\s*({_SYMBOL_TOKEN})\s*\)", text):
            if re.search(rf"{lexicon.MASKED_ADDRESS}\s*$", text[:m.start()]):
                continue  # "0x3c0A.. (GM)": what the address is, not a ticker
            if _looks_like_symbol(m.group(1)) and re.fullmatch(r"\$?[A-Z][A-Z0-9]{1,10}", m.group(1)):
                return Slot(m.group(1).lstrip("$"), m.start(1), m.end(1), "paren")
    return None


def name_before_symbol(text: str, symbol_start: int) -> Slot | None:
    """The capitalised words just before a symbol's keyword ("The token itself: Quokka Credits, symbol QKKA"):
    the name a request gives where no name keyword introduces it."""
    lead = re.search(r"(?:,|;|-|–|/)?\s*(?:\(\s*\$?|\$|\(?\s*(?:with |and |its )?(?:the )?(?:symbol|ticker|sym|kurzel|simbolo|simbol|symbl|"
                     r"symbole|sigla)\s*(?:is\s*)?[:=]?)\s*$", fold(text[:symbol_start]))
    if not lead and re.match(r"\$?[A-Za-z0-9]+\s+as\s+(?:the\s+|its\s+|a\s+)?(?:ticker|symbol)\b", text[symbol_start:], re.I):
        lead = re.search(r"(?:,|;|-|–|/)\s*$", text[:symbol_start])  # "we want Atlantic Pod, POD as the ticker"
    if not lead:
        return None
    span = _run_before(text, lead.start())
    if not span:
        return None
    words = text[span[0]:span[1]].split()
    # "for the print shop: Mint Impression, ticker MTCD": after a colon a capitalised run is the name, a leading
    # verb-like word ("Mint", "Launch") included; elsewhere such a word is the request's own verb
    labelled = len(words) > 1 and words[0][:1].isupper() and re.search(r":\s*$", text[:span[0]]) or \
        len(words) > 2 and words[1] == "&"  # "Mint & Myrtle (symbol MIRT)": a word joined to the next is the name's
    if len(words) > 1 and re.fullmatch(r"(?i)nfts?|sfts?|erc-?\d+", words[-1]):
        # "Catch of the Day NFT (CTDY)": the kind after the name is no part of it
        span = (span[0], span[0] + text[span[0]:span[1]].rstrip().rfind(" "))
        words = words[:-1]
    if fold(words[0]) in _LEADING_NOISE and not labelled or words[0].upper() in _ACRONYMS or \
            all(_family_or_feature(w) for w in words):
        return None
    return Slot(text[span[0]:span[1]], span[0], span[1], "before-symbol")


_CAPITALISED_RUN = re.compile(rf"(?<![\w'’-])[{lexicon.CAPITALS}][\w'’-]*(?:[ \t]+(?:&[ \t]+|(?:of|the|de|du|des|la|le|del|da|do|dos|"
                              rf"das|di|della|delle|dello|dei|degli|von|der|for)[ \t]+)?[{lexicon.CAPITALS}][\w'’-]*){{0,3}}")
_JOINED_RUN = re.compile(rf"(?<![\w'’-])[{lexicon.CAPITALS}][\w'’-]*(?:[ \t]+(?:(?:in|on|at|of|to|for|and|the|a|an|under|over|by)"
                         rf"[ \t]+){{1,2}}[{lexicon.CAPITALS}][\w'’-]*){{1,2}}")
"""Capitalised words joined by small lowercase ones ("Ship in a Bottle", "Jack in the Box"): a name only when the
ticker spells every word's initial ("SIAB")."""


def name_spelled_by(text: str, symbol: str) -> Slot | None:
    """With a symbol read and no name, the capitalised words the symbol abbreviates ("Royal Jelly 🐝 honey-club token,
    RJLY", "Burnout token, ticker $BRNT"): their initials in order, or one word's letters in order, starting with its
    first. Wherever they stand, at the start of a sentence too."""
    ticker = re.sub(r"[^A-Z0-9]", "", symbol.upper())
    if len(ticker) < 2:
        return None
    for m in _JOINED_RUN.finditer(text):
        words = m.group(0).split()
        if len(ticker) >= 3 and "".join(w[0].upper() for w in words) == ticker or \
                "".join(w[0] for w in words if w[0].isupper()) == ticker:
            return Slot(m.group(0), m.start(), m.end(), "spelled-by-symbol")  # "Ship in a Bottle token, ticker SIAB"
    for m in _CAPITALISED_RUN.finditer(text):
        words = m.group(0).split()
        if m.group(0).upper() == symbol.upper() and not re.search(r"[a-z]", m.group(0)) or all(_family_noun(w) or w.isupper() for w in words):
            continue
        # "Telemark Tokens, TLMK": a trailing family noun is part of the name but spells nothing
        core = words[:-1] if len(words) > 1 and _family_noun(words[-1]) else words
        letters = fold(core[0]).upper()
        # ("Raclette Rappen" spells RACL with its first word's letters: the run is the name)
        spelled = _initials_fit(words, ticker) or len(core) > 1 and _initials_fit(core, ticker) or \
            len(ticker) >= 3 and letters[:1] == ticker[:1] and _in_order(ticker[1:], letters[1:]) and \
            (len(core) == 1 or not _family_or_feature(core[0]) and fold(core[0]) not in _LEADING_NOISE)
        if spelled and not all(_family_or_feature(w) for w in words):
            return Slot(m.group(0), m.start(), m.end(), "spelled-by-symbol")
    for m in _LOWERCASE_FRAGMENT.finditer(text):
        word = m.group(1)
        if len(ticker) >= 3 and fold(word)[:1].upper() == ticker[:1] and _in_order(ticker[1:], fold(word).upper()[1:]) and \
                not _vocabulary(word) and fold(word) not in _LEADING_NOISE:
            return Slot(word[:1].upper() + word[1:], m.start(1), m.end(1), "spelled-by-symbol")  # "need a token. ember. symbol EMBR"
    return None


_LOWERCASE_FRAGMENT = re.compile(r"(?:^|(?<=[.!?;:,]\s))([a-zß-öø-ÿ][a-zß-öø-ÿ'-]{2,})(?=\s*[.!?;,](?:\s|$))")
"""A lowercase word said alone as a sentence ("need a token. ember. symbol EMBR"): a name typed in a hurry."""


def _in_order(letters: str, word: str) -> bool:
    at = 0
    for letter in letters:
        at = word.find(letter, at) + 1
        if at == 0:
            return False
    return True


def derive_symbol(name: str) -> str:
    """'Green Energy Credit' -> 'GEC', 'Hyper Token' -> 'HYPE' (generic words dropped): ASCII, 2-5 characters."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    words = [w for w in re.findall(r"[A-Za-z0-9]+", ascii_name) if w.lower() not in ("token", "coin", "the")] or \
        re.findall(r"[A-Za-z0-9]+", ascii_name)
    if len(words) >= 2:
        symbol = "".join(w[0] for w in words)[:5]
    elif words:
        symbol = words[0][:4]
    else:
        symbol = "TKN"
    symbol = symbol.upper()
    return symbol if len(symbol) >= 2 else (symbol + "TK")[:3]


_QUOTE_MARKS = "\"'“”‘’«»„‚「」『』‹›`"
_ROW_BREAK = re.compile(r"\n|\|")
_LIST_NUMBER = re.compile(r"(?:^|\s)[(\[]?\d{1,2}[.)\]](?=\s)")


def bounded(slot: Slot, prompt: str) -> Slot:
    """A value never crosses the end of its line, table cell or list item, and never keeps its quotes
    (« », „ “, ‚ ‘, 「 」 and the rest): "Name: Twelve Bells⏎3. Symbol: TWBL" names "Twelve Bells"."""
    value = slot.value
    if "\n" in prompt:  # one line has no row, cell or list item to end at ("Pipe | Tick" in quotes is a name)
        lines = [" ".join(line.split()) for line in _ROW_BREAK.split(prompt)]
        if slot.source != "quoted" and not any(value in line for line in lines):  # quotes bound a value themselves
            words = value.split()
            for k in range(len(words) - 1, 0, -1):
                prefix = " ".join(words[:k])
                if any(line.endswith(prefix) or line.endswith(prefix + ";") for line in lines):
                    value = prefix
                    break
        marker = _LIST_NUMBER.search(value)
        if marker and marker.start() > 0 and slot.source != "quoted":
            value = value[:marker.start()]  # "Twelve Bells 3. Symbol" read from joined lines
    value = value.strip().strip(_QUOTE_MARKS).strip()
    if value == slot.value:
        return slot
    start = slot.start + max(slot.value.find(value), 0)
    return Slot(value, start, start + len(value), slot.source)


CORRECTIONS = (r"oh,? wait|wait(?=\s*[,—–:!])|no,? wait|wait,? no|sorry|how about|what about|(?<=\?)\s*no,|(?<=\?)\s*no(?=\s+(?:the\s+)?(?:name|symbol|ticker|supply)\b)|(?<=\?)\s*no(?=,?\s+(?:make|use|set|let'?s|go with|change|put)\b)|i mean|correction|scratch that|(?:no,? )?hang on|(?:no,? )?hold on|(?:one |a )?small change|one change|slight change|quick change|non,? pardon|pardon|ou plutot|ou plutôt|"
               r"o mejor|mejor dicho|bueno,? mejor|perdon|perdón|nein,? doch|ich meine|besser gesagt|korrektur|anzi|scusa|"
               r"corrigindo|corrigiendo|corrijo|rectifico|je corrige|correggo|correggendo|correcting|ich korrigiere|"
               # "Amendement du bureau : 2 000 000 seulement": the board's amendment overrides the figure before
               r"amendement(?: du \w+)?(?=\s*:)|amendment(?: from the \w+| by the \w+)?(?=\s*:)|enmienda(?: de la \w+| del \w+)?(?=\s*:)|"
               r"emendamento(?: del \w+| della \w+)?(?=\s*:)|emenda(?: da \w+| do \w+)?(?=\s*:)|"
               r"hm+,? no|hm+,?\s+(?:better|rather|actually)|desculpem|(?:no,? )?aspetta|aspetta,? no|(?:no,? )?espera(?=,)|(?:ah|oh),? maybe|so please|"
               # "call it Ash & Bas.. no actualy just Kilkenny Ash"
               r"(?:no|nah|nope),?\s+actual+y(?:,?\s+just)?|actual+y,?\s+(?:no|nah|nope)(?=[,.!;])|"
               # "symbol BNB? no that's taken lol — BKBL"
               # "symbol CRV... wait CRV is taken allready, use CORVO"
               r"(?:(?:hmm+|hm+|oh|ah|but),?\s+)?[A-Z$][A-Z0-9$]{1,9}\s+(?:is|'s)\s+(?:already\s+|allready\s+|alredy\s+)(?:used|in use)"
               r"(?:\s+by\s+(?:something|someone|somebody|another\s+\w+)(?:\s+else)?)?(?:[,;]?\s+(?:so\s+)?(?:use|take|go with|make it|pick))?|"
               r"wait,?\s+[A-Z$][\w$]{1,9}\s+(?:is|'s)\s+(?:already\s+|allready\s+|alredy\s+)?taken"
               r"(?:\s+(?:already|allready|alredy))?(?:[,;]?\s+(?:use|take|go with|make it|pick|so))?|"
               r"(?:no,?\s+)?(?:that'?s|that is|it'?s|it is|that one'?s|that one is)\s+(?:already\s+)?taken"
               r"(?:\s+(?:lol|haha|ha|lmao|sadly|unfortunately|already))?(?:\s*[—–-]+)?|"
               # "12,5 million... no, 12 million", "1,2 mil milhões... não, desculpem, 1,2 milhão": a trailing-off no
               r"(?:(?<=\.\.\.)|(?<=…)|(?<=->)|(?<==>)|(?<=→)|(?<=—)|(?<=–))\s*(?:no|nao|não|non|nein|nope)(?=[,.!]|\s*$|\s+\d)|"
               # "symbol KFC... ha no, people will think of chicken"
               r"(?:(?<=\.\.\.)|(?<=…))\s*(?:ha|haha|lol|ah|oh|hm+|hmm+)[,!]?\s+(?:no|nah|nope)(?=[,.!])|"
               # "we said 100k at dinner but my cousin says more, so 1.5M": the earlier figure overruled
               r"\bbut\b[^.;!?\n]{0,60}\bso(?=\s*$|\s+\d)|"
               r"ou melhor|quer dizer|desculpa|alias|aliás|finalement|finally|in the end|al final|alla fine|am ende|"
               r"schlussendlich|no final|afinal|"
               # "Symbol GRFB — actually, make the symbol GRIF": "actually" before a new value, not as a filler
               r"actually(?=,? (?:make|use|change|call|set|go with|let'?s (?:make|use|call|go))\b)|"
               # "ticker DJMK... actually DOJO reads better": a ticker in capitals right after it
               r"actually(?=,?\s+\$?(?-i:[A-Z][A-Z0-9]{1,10})\b)")
"""Words that take back what was just said ("symbol FDS... no, sorry, FSEL"): the value given after them
replaces the earlier value of the same field."""


def renamed_later(text: str, name: Slot) -> Slot | None:
    """"named Horma ... Oh, and the name should be Horma Club, not just Horma, sorry!": a later name that says which
    earlier one it replaces wins over it."""
    for m in re.finditer(rf"(?<![\w])(?:{lexicon.NAME_KEYWORDS})\s+(?:should be|must be|shall be|will be|is|es|est|ist|e|"
                         r"sera|deve ser|debe ser|doit etre|soll)\s+", text[name.end:], re.IGNORECASE):
        slot = _run_after(text, name.end + m.end(), lowercase_ok=False)
        if slot and slot.value != name.value and re.match(
                rf"\s*,?\s*(?:and\s+)?(?:not|no|pas|nicht|nao|non)\s+(?:just\s+|only\s+|simply\s+|merely\s+|solo\s+|seulement\s+|"
                rf"nur\s+|so\s+|apenas\s+)?[\"'“«„]?{re.escape(name.value)}(?![\w])", text[slot.end:], re.IGNORECASE):
            return slot
    return None


def corrections_at(text: str) -> list[int]:
    """Where each correction in the request ends, in order ("aliás" only in Portuguese sense: followed by a comma
    or a field word): "symbol TRON — hmm no, ... TRNT. 18 decimals... actually make it 2" corrects two fields."""
    return [m.end() for m in re.finditer(rf"(?<![\w])(?:{CORRECTIONS})(?![\w])", text, re.IGNORECASE)
            if not (m.group(0).lower().startswith("alias") and not re.match(r"\s*,", text[m.end():]))]


_CONTRACT_NOUNS = set("""
receiver recipient wallet address addresses function functions role roles rate price fee fees power limit button switch
right rights option options feature features ability holders holder users user owner admin minter pauser burner later
only all by on off yes no true false enabled disabled allowed supported required needed please mechanism logic support
""".split())


def english_feature_words_in_names(text: str) -> list[tuple[int, int]]:
    """"Unser Pub richtet jedes Jahr ein Burns Supper aus": in a request in another language, an English feature word
    capitalised mid-sentence before another capitalised word is a name (a holiday, a place), no feature."""
    return [m.span(1) for m in re.finditer(rf"(?<=[\w,;’'\"“”«»)] )(Burns?|Mint|Pause|Vote|Votes)(?=[ \t]+[{lexicon.CAPITALS}][\w'’-]+)",
                                           text)]


_ENGLISH_FEATURE_WORD = re.compile(r"burn\w*|mint\w*|paus\w*|vot\w*|permit\w*|cap\w*|upgrad\w*|royalt\w*|enumer\w*|soul\w*|"
                                   r"flash\w*|max\w*|lock\w*|freez\w*|stop\w*|transfer\w*|pass\w*|snapshot\w*|roles?|owner\w*|"
                                   r"admin\w*|proxy|proxies|uups|transparent|fixed|limit\w*|tax\w*|fee\w*|vest\w*")


def foreign_feature_words_in_english(text: str) -> list[tuple[int, int]]:
    """"the Queima das Fitas concerts" in an English request: a capitalised word of another language that names a
    feature there ("queima": burning) stands mid-sentence as a name (a festival, a place), asking for nothing."""
    return [m.span() for m in re.finditer(rf"(?<![\w'’-])[{lexicon.CAPITALS}][a-zà-ÿ]{{3,}}(?![\w'’-])", text)
            if _feature_word(m.group(0)) and not _ENGLISH_FEATURE_WORD.fullmatch(fold(m.group(0)))
            and not _at_clause_start(text, m.start())
            and re.match(rf"[ \t]+(?:(?:das|dos|da|do|de|del|della|di|du|des|la|le)[ \t]+)?[{lexicon.CAPITALS}]", text[m.end():])
            and not re.search(r"[,:;•*-]\s*$", text[:m.start()])]  # (not a list's item: "Features: Mintable, Quemable")


def feature_words_after_romance_articles(text: str) -> list[tuple[int, int]]:
    """"as fotos da Queima" (Coimbra's student festival), "la fiesta de la Quema": in Portuguese, Spanish, Italian or
    French a capitalised feature word right after "da", "de la", "della", "du" names a thing of the world (a festival, a
    place), no feature; the common noun would be lowercase."""
    return [m.span(1) for m in re.finditer(
        rf"(?<![\w])(?:da|do|das|dos|de la|del|della|dello|delle|dei|du|des|de l'|d')[ \t]*([{lexicon.CAPITALS}][a-zà-ÿ]+)",
        text) if _feature_word(m.group(1)) and not _at_clause_start(text, m.start()) and
        not re.match(r"\s*[:=?]\s*(?:s[ií]m?|no|n[aã]o|oui|non|yes|true|false|ja|nein|none|nessun\w*|ningun\w*)\b", text[m.end():],
                     re.IGNORECASE) and
        not re.search(r"(?i)(?:fun[cç][aã]o|funci[oó]n|fonction|funzione|opci[oó]n|op[cç][aã]o|option|opzione|rol|r[oô]le|ruolo|"
                      r"papel|modo|mode|bot[oó]n|bot[aã]o|bouton|pulsante)\s*$", text[:m.start()])]


def feature_words_in_other_names(text: str) -> list[tuple[int, int]]:
    """Feature words inside a capitalised name other than the contract's ("For Burns Night we sell tickets", "our
    stall on Mint Street", "the band Pause Button Blues"): a holiday, a street, a band; they ask for nothing. A run of
    capitalised words is such a name when one of its words, not opening a sentence, belongs to no contract's
    vocabulary. English only (German capitalises every noun), and not in a request that capitalises most of its
    words ("Make It Burnable And Pausable")."""
    words = list(re.finditer(r"[^\W\d_][\w'’]*", text))
    if not words or sum(w.group(0)[0].isupper() for w in words) > 0.4 * len(words):
        return []
    runs: list[list[re.Match[str]]] = []
    for w in words:
        if not _title_word(w.group(0)):
            continue
        if runs and runs[-1][-1].end() < w.start() and re.fullmatch(r"[ \t]+", text[runs[-1][-1].end():w.start()]):
            runs[-1].append(w)
        else:
            runs.append([w])
    found: list[tuple[int, int]] = []
    for run in runs:
        features = [w for w in run if _feature_word(w.group(0))]
        foreign = [w for w in run if not _feature_word(w.group(0)) and not _vocabulary(w.group(0)) and
                   not re.search(r"(?:^|[.!?:;\n•*-])\s*$", text[:w.start()])]
        if len(run) >= 2 and features and foreign and not re.match(r"\s*[:=]", text[run[-1].end():]):
            found += [w.span() for w in features]
    return found


def _feature_word(word: str) -> bool:
    return any(lexicon.compiled(p).fullmatch(fold(word)) for p in lexicon.FEATURES.values())


def _vocabulary(word: str) -> bool:
    """A word of the requests' own vocabulary: grammar, a keyword, a kind of contract, a role or a setting."""
    return _grammar_word(word) or _keyword_like(word) or _family_or_feature(word) or fold(word) in _CONTRACT_NOUNS or \
        fold(word) in lexicon.FUZZY_TARGETS


def _title_word(word: str) -> bool:
    return len(word) > 1 and word[0].isupper() and word[1:].islower()


_HEADLINE = re.compile(rf"(?m)^[ \t]*([{lexicon.CAPITALS}][\w'’]*(?:[ \t]+(?:(?:of|the|de|du|la|le|del|da|do|di|von|&)[ \t]+)?"
                       rf"[{lexicon.CAPITALS}][\w'’]*){{0,4}})[ \t]*(?:[—–/,;-][ \t]*\$?(?!ERC|EIP|NFT)([A-Z][A-Z0-9]{{1,10}})\b(?![-'’])|"
                       # "Kasuri Swatches, ERC1155, base URI ...": the name, then the kind
                       r"[,:][ \t]*(?:an?[ \t]+)?(?:ERC-?\d+|erc-?\d+|NFTs?|tokens?|multi-?tokens?)\b)")


_NAME_COMMA_TICKER = re.compile(rf"(?<![\w'’])([{lexicon.CAPITALS}][\w'’]*(?:[ \t]+(?:&[ \t]+|(?:of|the|de|du|la|le|del|da|do|di|"
                                rf"von)[ \t]+)?[{lexicon.CAPITALS}][\w'’]*){{0,3}}),[ \t]*\$?([A-Z][A-Z0-9]{{2,6}})\b(?![-'’a-z])")
_TICKER_DASH_NAME = re.compile(r"(?m)^[ \t]*(?:\$?(?!ERC|EIP|NFT)([A-Z][A-Z0-9]{1,10})|ERC-?\d+|NFTs?|[Tt]oken|"
                               r"[A-Z]?[\w' ]{0,30}\b(?:[Ss]pec|[Ss]pecs|[Ss]pecification|[Bb]rief|RFP|[Dd]raft))[ \t]*[—–:-][ \t]*"
                               rf"([{lexicon.CAPITALS}][\w'’]*(?:[ \t]+(?:(?:of|the|de|du|la|le|del|da|do|di|von|&)[ \t]+)?"
                               rf"[{lexicon.CAPITALS}][\w'’]*){{0,4}})(?=[ \t]*(?:[.,;:(—–]|-[ \t]|$))")
_TITLE_DASH = re.compile(rf"[ \t]*([{lexicon.CAPITALS}][\w'’]*(?:[ \t]+(?:(?:of|the|de|du|la|le|del|da|do|di|von|&)[ \t]+)?"
                         rf"[{lexicon.CAPITALS}][\w'’]*){{1,4}})[ \t]*[—–][ \t]+()(?=[a-z]|NFTs?\b|ERC|Tokens?\b)")
"""A request that opens with a name of two words or more and a dash before its sentence ("Su Framentu — our
sourdough mother is 60 years old ...")."""


def headline(text: str) -> tuple[Slot, Slot | None] | None:
    """A line that opens with a name and its ticker, a dash between ("Voice Share — VSHR — 1,000,000 tokens"), or with
    a name and the kind after a comma ("Kasuri Swatches, ERC1155, ..."): where no keyword names them."""
    m = _HEADLINE.search(text) or _TITLE_DASH.match(text)
    reverse = _TICKER_DASH_NAME.search(text) if m is None else None
    if reverse and not all(_family_or_feature(w) for w in reverse.group(2).split()):
        # "$SNMK — San Marcos Box. 900k supply": the ticker opens the line, its name after a dash
        return Slot(reverse.group(2), reverse.start(2), reverse.end(2), "label"), \
            Slot(reverse.group(1), reverse.start(1), reverse.end(1), "paren") if reverse.group(1) else None
    if m is None:
        # "...: Heddal Midsummer Pass, HMSP.", "Smoke & Bloom, SMKB, 10M": a capitalised run, a comma and a ticker that
        # starts with the run's first letter
        m = next((p for p in _NAME_COMMA_TICKER.finditer(text) if p.group(2)[0] == fold(p.group(1))[0].upper()), None)
    if m is None or m.group(2) and not _looks_like_symbol(m.group(2)) or \
            all(_family_or_feature(w) for w in m.group(1).split()) or fold(m.group(1).split()[0]) in _LEADING_NOISE:
        return None
    kind = re.match(r"(?:ERC-?\d+|EIP-?\d+|NFTs?|Tokens?)[ \t]+(?=\S)", m.group(1))
    start = m.start(1) + (kind.end() if kind else 0)  # "ERC20 Cardón / CRDN": the kind opens the line, not the name
    name = Slot(text[start:m.end(1)], start, m.end(1), "label")
    return name, (Slot(m.group(2), m.start(2), m.end(2), "paren") if m.group(2) else None)
