"""Request text -> ContractSpec, by rules that read English, Spanish, French, German and Portuguese.

Deterministic on purpose: the same request always yields the same spec, in microseconds, and the
family it picks is explainable (`spec.options["family_reason"]`).
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal

from agents.generation import numbers
from agents.generation.safety import clean_text, request_backdoor, solidity_identifier
from agents.models import ContractSpec
from hyperagent.errors import GenerationError

SUPPORTED_FAMILIES = ("erc20", "erc721", "erc1155", "governor", "vesting", "staking", "escrow",
                      "multisig", "crowdsale", "airdrop", "storage", "splitter", "erc4626", "timelock")
LLM_HINT = "pass --llm local (the model on this machine, `make llm`) or set HYPERAGENT_LLM=openai:gpt-4o-mini (or anthropic:..., ollama:...; HYPERAGENT_LLM_BASE_URL for an OpenAI-compatible endpoint) to let a model write it"

# Contract kinds first: "staking for an ERC20 token" is staking, not an ERC20.
FAMILY_PATTERNS: list[tuple[str, str]] = [
    ("airdrop", r"air[\s-]?drop|merkle|lanzamiento a[ée]reo|distribution gratuite"),
    ("crowdsale", r"crowd[\s-]?sale|token[\s-]?sale|pre[\s-]?sale|\bico\b|\bsale\b|venta de (tokens|fichas)|preventa|vente de (jetons|tokens)|pr[ée]vente|token[\s-]?verkauf|vorverkauf|venda de tokens|pr[ée]-?venda|tokens?\s+(per|por|par|pro)\s+(eth|ether)\b"),
    ("staking", r"\bstak(e|es|ed|ing)\b|\brewards? pool\b|apuesta de tokens|jalonnement"),
    ("vesting", r"\bvest(ing|ed|s)?\b|\bcliff\b|acquisition progressive|adquisici[oó]n (gradual|progresiva)|liberaci[oó]n gradual|libera[cç][aã]o gradual|unverfallbar"),
    ("escrow", r"escrow|\barbit(er|rator|ro|re)\b|dep[oó]sito en garant[ií]a|fideicomiso|s[ée]questre|d[ée]p[oô]t fiduciaire|treuhand|cust[oó]dia|garantia bloqueada"),
    ("multisig", r"multi[\s-]?sig|multi[\s-]?signature|multifirma|\b\d+\s*(-|\s)\s*(of|de|sur|von|aus)\s*(-|\s)\s*\d+\b|mehrfach[\s-]?signatur|multiassinatura"),
    ("governor", r"\bgovernor\b|\bdao\b|\bproposals?\b|\btimelock\b|governance (contract|system|module)|gobernanza on-?chain|gouvernance|propuestas|vorschl[äa]ge|propostas|governan[cç]a on-?chain"),
    ("splitter", r"payment[\s-]?splitter|\bsplit(s|ter|ting)?\b.{0,30}\b(payments?|revenue|income|funds|ether|eth)|revenue[\s-]?shar|royalty[\s-]?split|repartir pagos|dividir pagos|r[ée]partit(eur|ion) des paiements|zahlungs?aufteil|divis[aã]o de pagamentos"),
    ("erc1155", r"erc[\s-]?1155|multi[\s-]?token|semi[\s-]?fungible|game items|in-?game items|objetos del juego|objets de jeu|spielgegenst[äa]nde|itens de jogo"),
    ("erc721", r"erc[\s-]?721|\bnfts?\b|non[\s-]?fungible|collectibles?|\bcollection\b|colecci[oó]n|cole[cç][aã]o|sammlung|no fungible|non fongible|nicht[\s-]?fungibel|n[aã]o fung[ií]vel"),
    ("storage", r"\bstorage contract\b|\bsimple storage\b|\bstores?\b|\bstoring\b|\bkeeps? track of\b|\bsaves?\b|\bkeeps?\b.{0,20}\b(number|value)|\bregistry\b|\bregister\b|almacen(a|amiento)|guarda(r)? un n[uú]mero|stockage|stocke un nombre|speicher(t|vertrag)?|armazena(mento)?|\bregistro\b|\bregistre\b"),
    ("erc20", r"erc[\s-]?20|\btokens?\b|\bcoin\b|stable ?coin|fungible|\bjetons?\b|\bfichas?\b|\bmoeda\b|\bmoneda\b|\bmonnaie\b|\bm[üu]nze\b|\btoken-?\w*"),
]

UNSUPPORTED_PATTERNS = (r"uniswap|\bhooks?\b|\bamm\b|\bdex\b|order ?book|\boracles?\b|\blending\b|\bborrow|"
                        r"perpetual|\bbridges?\b|cross-?chain|liquidity pool|\bswap(s|ping)?\b|\boptions? (contract|market)|"
                        r"\bflash ?loan (arbitrage|attack)|upgradeable proxy|\bproxy\b|\bzk|rollup|\bvault\b|erc[\s-]?4626|"
                        r"\blotter(y|ies)\b|\bauctions?\b|\bmarketplaces?\b|\bbonding curves?\b|\bdynamic fees?\b|"
                        r"\bprediction markets?\b|\binsurance\b|\bderivatives?\b|\bcdp\b|\bgambl|\bcasino\b|\bvaults\b")

FEATURE_PATTERNS: dict[str, str] = {
    "mintable": r"\bmintable\b|\bcan (also )?mint\b|\bcan\b[^.;]{0,30}\band mint\b|\bmint (function|tokens later|on demand)\b|\bmint(s|ing)? (more|new|additional|further)\b|(?<!flash )(?<!flash-)\bminting\b|\bmint function\b|acu[ñn]abl|puede acu[ñn]ar|acu[ñn]ar m[aá]s|peut (frapper|minter|[ée]mettre)|frappable|pr[äa]gbar|kann (neue )?(tokens )?(pr[äa]gen|minten)|pode cunhar|cunh[aá]vel|\bminteable\b|mint more|owner mints?\b",
    "burnable": r"\bburn(able|ing|s)?\b|quem(ar|[aá]vel|able)|quemable|br[uû]l(er|able|ables)|verbrenn|queim[aá]vel|queimar",
    "pausable": r"\bpaus(able|e|ing|ed)\b|pausabl|pausier|pausar|paus[aá]vel|mettre en pause",
    "permit": r"\bpermit\b|eip[\s-]?2612|erc[\s-]?2612|gasless approv|\bgasless\b|signed approvals?|aprobaciones firmadas|approbations? sign[ée]es",
    "votes": r"\bvot(e|es|ing)\b|\bdelegat(e|ion|ed)\b|governance token|voting power|\bvoto(s)?\b|votaci[oó]n|stimmrecht|stimmen|abstimm|vota[cç][aã]o|d[ée]l[ée]gation|droit de vote",
    "flashmint": r"flash[\s-]?(mint|loan|lending)|erc[\s-]?3156",
    "capped": r"\bcap(ped)?\b|max(imum)? (total )?supply|supply cap|hard cap|tope|suministro m[aá]ximo|plafond|offre maximale|obergrenze|maximales? angebot|fornecimento m[aá]ximo|limite m[aá]ximo|teto",
    "roles": r"\broles?\b|access[\s-]?control|minter role|role-based|\brol(es)?\b|r[ôo]les|rollen|pap[ée]is",
    "enumerable": r"enumerable|enumerab|tokenbyindex|tokenofownerbyindex|enumer[aá]vel|enumerier|[ée]num[ée]rable",
    "uri_storage": r"uri storage|per[\s-]?token (uri|metadata)|token[\s-]?uri per|individual (uri|metadata)|seturi for each|uri storage|custom token uris?|tokenuri",
    "royalties": r"royalt|erc[\s-]?2981|regal[ií]as|redevances|lizenzgeb[üu]hr|tantiemen|royalties",
    "supply_tracking": r"supply tracking|track(s|ing)? (the )?(total )?supply|total ?supply per|totalsupply\(id\)|suministro por id",
    "updatable_uri": r"\buri\b[^.;]{0,60}\b(can|may) (also )?(be )?(updat|chang|set|modif)|updatable (base )?uri|changeable (base )?uri|mutable (base )?uri|updat(e|able) (the )?(base )?uri|change (the )?(base )?uri|set ?uri|uri (can be )?(changed|updated)|actualizar (la )?uri|modifier l'uri|uri [äa]ndern",
    "public_mint": r"public(ly)? mint|anyone can mint|mint price|\bfor\s+\d[\d.,]*\s*(ether|eth)\b|\bprice\b|precio|\bprix\b|\bpreis\b|pre[çc]o|\beach\b.{0,10}(ether|eth)|(ether|eth)\s+(each|per (nft|token|mint))",
    "auto_increment": r"auto[\s-]?increment|sequential ids|incremental ids",
    "batch": r"\bbatch(es)?\b|\blotes?\b|\blots?\b|stapel",
    "timelock": r"timelock|time[\s-]?lock|delay before execution",
    "cliff": r"\bcliff\b|per[ií]odo de (carencia|car[êe]ncia)|p[ée]riode de blocage|sperrfrist",
    "registry": r"\bregistry\b|\bregister\b|\bregistro\b|\bregistre\b|\bregister\b|key[\s-]?value|\bmapping\b|clave[\s-]?valor|cl[ée][\s-]?valeur|schl[üu]ssel",
    "text_value": r"\btext\b|\bstring\b|\bmessage\b|\bgreeting\b|\btexto\b|\btexte\b|\bmensaje\b|\bnachricht\b|\bmensagem\b",
    "address_value": r"stores? (an? )?address|keeps? (an? )?address|(an|one) address",
    "bool_value": r"\bflag\b|\bboolean\b|\bbool\b",
    "anyone_writes": r"anyone can (change|set|write|update|modify)|anybody can (change|set|write|update)|cualquiera puede (cambiar|modificar|escribir)|tout le monde peut (modifier|changer|[ée]crire)|jeder kann (ihn |sie |es )?([äa]ndern|setzen|schreiben)|qualquer (um|pessoa) pode (alterar|mudar|escrever)",
    "owned": r"\bowner\b|only (the )?owner|admin|propietario|propri[ée]taire|besitzer|eigent[üu]mer|propriet[aá]rio|dono",
}

ROLE_WORDS: dict[str, str] = {
    "owner": r"owner|propietario|propri[ée]taire|besitzer|eigent[üu]mer|propriet[aá]rio|dono|admin",
    "beneficiary": r"beneficiary|beneficiario|b[ée]n[ée]ficiaire|beg[üu]nstigte[rn]?|benefici[aá]rio",
    "buyer": r"buyer|comprador|acheteur|k[äa]ufer",
    "seller": r"seller|vendedor|vendeur|verk[äa]ufer",
    "arbiter": r"arbiter|arbitrator|[áa]rbitro|arbitre|schiedsrichter|arbitro",
    "recipient": r"recipient|receiver|treasury|destinatario|destinataire|empf[äa]nger|destinat[aá]rio|tesorer[ií]a|tr[ée]sorerie",
    "token": r"token|jeton|ficha",
    "payee": r"payee|shareholder",
}

_LANG_HINTS = {
    "es": r"\b(un|una|con|llamad[oa]|suministro|símbolo|que|del|para|puede|años|meses|días|crear|quiero)\b",
    "fr": r"\b(une?|avec|appel[ée]e?|nomm[ée]e?|offre|symbole|qui|pour|peut|ans|mois|jours|cr[ée]er|je veux)\b",
    "de": r"\b(ein|eine|einen|mit|namens|genannt|Angebot|und|der|die|das|kann|Jahre|Monate|Tage|erstelle)\b",
    "pt": r"\b(um|uma|com|chamad[oa]|fornecimento|símbolo|que|para|pode|anos|meses|dias|criar|quero)\b",
}

_QUOTES = [('"', '"'), ("'", "'"), ("“", "”"), ("‘", "’"), ("«", "»"), ("„", "“"), ("‚", "‘"), ("「", "」"), ("`", "`")]
_NAME_KEYWORDS = (r"called|named|name(?:d)?\s*(?:is|:|=)?|titled|llamad[oa]|denominad[oa]|con (?:el )?nombre(?: de)?|"
                  r"nombre|appel[ée]e?s?|nomm[ée]e?s?|du nom de|nom|namens|genannt|mit (?:dem )?namen|name|chamad[oa]|"
                  r"denominad[oa]|com o nome(?: de)?|nome")
_STOP_WORDS = set("""with and symbol ticker that which where for to of on in at by from whose who
that's using having has minted mint mints supply initial its it con y símbolo simbolo que para de del el la los las por
avec et symbole qui pour le les du des par mit und symbol der die das für fur von zum zur den dem com e símbolo
para do da dos das pelo pela o a um uma un une ein eine is are be tokens token was""".split())


_NEGATION = r"\b(?:no|not|without|non|sin|sans|ohne|sem|kein|keine|pas de|ni)\b"

_NAME_PARTICLES = {"de", "du", "des", "la", "le", "of", "the", "del", "von", "van", "da", "do", "dos", "das", "di", "y", "&"}


def _language(text: str) -> str:
    scores = {lang: len(re.findall(p, text, re.IGNORECASE)) for lang, p in _LANG_HINTS.items()}
    english = len(re.findall(r"\b(the|with|and|called|named|a|an|that|which|of|for|supply|can|create|make|i need)\b", text, re.I))
    best = max(scores, key=scores.get)
    return best if scores[best] > english else "en"


def _quoted(text: str) -> list[tuple[str, int, int]]:
    out = []
    for open_q, close_q in _QUOTES:
        pattern = rf"(?:(?<=^)|(?<=[\s(:=,\[]))({re.escape(open_q)})(.+?)({re.escape(close_q)})(?![^\W\d_])"
        for m in re.finditer(pattern, text):
            inner = m.group(2)
            if open_q == close_q and "\\" in inner:
                pass
            out.append((inner.strip(), m.start(), m.end()))
    # an escaped quote inside a double-quoted name: take the longest "..."-span ending at a free quote
    for m in re.finditer(r'(?:(?<=^)|(?<=[\s(:=,\[]))"((?:\\.|[^"\\])+)"', text):
        inner = m.group(1).replace('\\"', '"').replace("\\\\", "\\")
        if not any(s == m.start() for _, s, _ in out) or '\\"' in m.group(1):
            out = [q for q in out if not (m.start() <= q[1] < m.end())]
            out.append((inner.strip(), m.start(), m.end()))
    out.sort(key=lambda q: q[1])
    return [q for q in out if q[0]]


def _name_after_keyword(text: str) -> tuple[str, int, int] | None:
    for m in re.finditer(rf"(?:^|(?<=[\s(,]))(?:{_NAME_KEYWORDS})\s*[:=]?\s+", text, re.IGNORECASE):
        rest = text[m.end():]
        words = []
        for w in re.finditer(r"[^\s,.;:()!?\[\]{}]+", rest):
            gap = rest[(words[-1].end() if words else 0):w.start()]
            if words and re.search(r"[,.;:()!?]", gap):
                break
            token = w.group(0)
            if not words and token.lower() in _STOP_WORDS and not (token[0].isupper() and token.lower() in _NAME_PARTICLES | {"les", "los", "las", "die", "der", "o", "a", "os", "as", "el", "il"}):
                break
            if words and token.lower() in _NAME_PARTICLES:
                following = re.match(r"\s+([^\s,.;:()!?]+)", rest[w.end():])
                if following and following.group(1)[0].isupper():
                    words.append(w)
                    continue
                break
            if words and (not (token[0].isupper() or token[0].isdigit()) or token in ("Symbol", "Ticker", "With", "And")):
                break
            words.append(w)
            if len(words) >= 6:
                break
        if words:
            start, end = m.end() + words[0].start(), m.end() + words[-1].end()
            return text[start:end], start, end
    return None


def _symbol(text: str, name_end: int | None, outside: str) -> str | None:
    """'symbol HYP', 'ticker: HYP', 'Name (HYP)', '$HYP' - the loose forms only outside the name."""
    m = re.search(r"\b(?:tickersymbol|symbole|symbol|ticker|s[íi]mbolo|k[üu]rzel|sigla)\b\s*(?:is|es|est|ist|é|:|=|of|de)?\s*[\"'“‘«$]?([A-Za-z0-9]{1,11})\b",
                  text, re.IGNORECASE)
    if m and m.group(1).lower() not in _STOP_WORDS:
        return m.group(1).upper()
    if name_end is not None:
        m = re.match(r"\s*[,]?\s*\(\s*\$?([A-Za-z0-9]{1,11})\s*\)", text[name_end:])
        if m:
            return m.group(1).upper()
        m = re.match(r"[\"'”’»“]?\s*[,:-]?\s*\$?([A-Z][A-Z0-9]{1,10})\b(?!-)", text[name_end:])
        if m and not re.fullmatch(r"(ERC|EIP)\d*|NFT|DAO|I|A", m.group(1)):
            return m.group(1)
    m = re.search(r"\d\s*(?:[kKmMbB]|thousand|million|billion)?\s+\$?([A-Z][A-Z0-9]{1,10})\s+(?:tokens?|coins?|jetons?|fichas?)\b", outside)
    if m and not re.fullmatch(r"(ERC|EIP)\d*|NFT|DAO|ETH", m.group(1)):
        return m.group(1)
    m = re.search(r"(?<![\w$])\$([A-Z][A-Z0-9]{1,10})\b", outside)
    if m:
        return m.group(1)
    m = re.search(r"\(\s*([A-Z][A-Z0-9]{1,10})\s*\)", outside)
    if m:
        return m.group(1)
    return None


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


def detect_family(text: str) -> tuple[str | None, str]:
    low = text.lower()
    for family, pattern in FAMILY_PATTERNS:
        m = re.search(pattern, low)
        if m:
            return family, f"matched {m.group(0)!r}"
    return None, "no family keyword"


def _near(text: str, start: int, end: int, pattern: str, before: int = 40, after: int = 30) -> bool:
    window = text[max(0, start - before):start] + " @ " + text[end:end + after]
    return re.search(pattern, window, re.IGNORECASE) is not None


def _closest(text: str, start: int, end: int, patterns: dict[str, str]) -> str | None:
    """Which keyword class sits nearest the amount (same clause first)."""
    best, best_d = None, 10**9
    for label, pattern in patterns.items():
        for m in re.finditer(pattern, text, re.IGNORECASE):
            if m.end() <= start:
                d = start - m.end()
                between = text[m.end():start]
            elif m.start() >= end:
                d = m.start() - end
                between = text[end:m.start()]
            else:
                continue
            if re.search(r"[;!?]|\.\s|,\s*(?:and|y|et|und|e)\b", between):
                d += 60
            if d < best_d:
                best, best_d = label, d
    return best if best_d <= 45 else None


_AMOUNT_CLASSES = {
    "decimals": r"\bdecimals?\b|decimales|d[ée]cimales|dezimal\w*|casas decimais|decimais",
    "cap": r"\bcap(ped)?\b|max(imum)?\s*(total\s*)?supply|\bup to\b|\bat most\b|limited to|\bmax\b|\btope\b|hasta|jusqu'[àa]|plafond|obergrenze|maximal|bis zu|at[ée]|teto|limite",
    "price": r"\beach\b|\bprice\b|precio|\bprix\b|\bpreis\b|pre[çc]o|\bcost(s)?\b|\bcada\b|\bchacun\b|\bje\b",
    "rate": r"\bper\s+(eth|ether)\b|\bpor\s+(eth|ether)\b|\bpar\s+(eth|ether)\b|\bpro\s+(eth|ether)\b|\brate\b|\btasa\b|\btaux\b|\bkurs\b|\btaxa\b",
    "supply": r"supply|initial|pre-?mint|minted|mint|circulating|suministro|emisi[oó]n|oferta|offre|[ée]mission|angebot|menge|fornecimento|emiss[aã]o|tokens?|coins?|jetons|fichas",
    "percent": r"%|\bpercent\b|por ciento|pour cent|prozent|por cento",
    "quorum": r"quorum|qu[oó]rum",
}


def parse(prompt: str, family_hint: str | None = None) -> ContractSpec:
    """Parse a request into a typed spec. Raises GenerationError for empty, unsafe or unsupported ones."""
    if prompt is None or not str(prompt).strip():
        raise GenerationError("the request is empty: describe the contract, e.g. \"ERC20 called Hyper, symbol HYP, 1M supply\"")
    text = clean_text(str(prompt))
    if len(text) > 4000:
        raise GenerationError("the request is longer than 4000 characters: describe the contract in a few sentences")
    language = _language(text)

    quoted = _quoted(text)
    name_span: tuple[str, int, int] | None = None
    kw = _name_after_keyword(text)
    if quoted:
        # the quoted phrase right after a name keyword wins; else the first quoted phrase
        name_span = quoted[0]
        if kw:
            for q in quoted:
                if q[1] <= kw[1] <= q[1] + 1 or abs(q[1] - kw[1]) <= 2:
                    name_span = q
                    break
    elif kw:
        name_span = kw

    # a backdoor in the request, not counting what sits inside the quoted name
    outside = text
    spans = list(quoted) + ([name_span] if name_span and name_span not in quoted else [])
    for _, s, e in sorted(spans, key=lambda q: -q[1]):
        outside = outside[:s] + " " + outside[e:]
    outside = re.sub(r"\b(?:https?|ipfs|ar)://[^\s\"'<>]+", "URL", outside)
    backdoor = request_backdoor(outside)
    if backdoor:
        raise GenerationError(f"refused: the request asks for {backdoor}, which HyperAgent does not generate; "
                              "ask for the contract without it")

    family, reason = (family_hint, "family given in options") if family_hint else detect_family(outside)
    if family_hint and family_hint not in SUPPORTED_FAMILIES:
        raise GenerationError(f"unknown family {family_hint!r}: choose one of {', '.join(SUPPORTED_FAMILIES)}")
    unsupported = re.search(UNSUPPORTED_PATTERNS, outside, re.IGNORECASE)
    if not family_hint and (family is None or unsupported):
        what = f" ({unsupported.group(0)!r} is beyond the offline templates)" if unsupported else ""
        raise GenerationError(
            f"cannot generate this request offline{what}: the template engine supports "
            f"{', '.join(SUPPORTED_FAMILIES)}; rephrase as one of those, or {LLM_HINT}")

    name = name_span[0] if name_span else None
    if name:
        name = clean_text(name).strip(" .,;:")[:64] or None
    decimal_comma = language in ("es", "fr", "de", "pt")
    amounts = [a for a in numbers.find_amounts(outside, decimal_comma=decimal_comma)]
    durations = numbers.find_durations(outside)
    amounts = [a for a in amounts if not any(d.start <= a.start < d.end for d in durations)]
    symbol = _symbol(text, name_span[2] if name_span else None, outside)

    features: set[str] = set()
    for feature, pattern in FEATURE_PATTERNS.items():
        for m in re.finditer(pattern, outside, re.IGNORECASE):
            if not re.search(_NEGATION + r"\W*(?:\w+\W+){0,2}$", outside[max(0, m.start() - 30):m.start()], re.IGNORECASE):
                features.add(feature)
                break

    options: dict = {"family_reason": reason}
    values: dict[str, Decimal] = {}
    for a in amounts:
        if re.match(r"\s*(-|\s)\s*(of|de|sur|von|aus)\s*(-|\s)\s*\d", outside[a.end:]) or \
                re.search(r"\d\s*(-|\s)\s*(of|de|sur|von|aus)\s*(-|\s)\s*$", outside[:a.start]):
            continue  # "2-of-3"
        if re.match(r"\s*(ether|eth|gwei|wei)\b", outside[a.end:], re.I):
            unit = re.match(r"\s*(ether|eth|gwei|wei)\b", outside[a.end:], re.I).group(1).lower()
            wei = a.value * {"ether": 10**18, "eth": 10**18, "gwei": 10**9, "wei": 1}[unit]
            after = outside[a.end:a.end + 40]
            if re.match(r"\s*(ether|eth|gwei|wei)\s*(each|apiece|per (nft|token|mint|piece|item)|(mint )?price|to mint|por|chacun|je|cada)", after, re.I) \
                    or re.search(r"(price|cost|costs|for|precio|prix|preis|pre[çc]o)\s*(of|is|:|=|de)?\s*$", outside[max(0, a.start - 20):a.start], re.I):
                values.setdefault("price_wei", wei)
            elif _near(outside, a.start, a.end, _AMOUNT_CLASSES["cap"] + r"|hard|raise|goal|objetivo|objectif|ziel", 30, 5):
                values.setdefault("hard_cap_wei", wei)
            elif re.search(r"tokens?\s+(per|por|par|pro|for each|for 1)\s*$", outside[max(0, a.start - 20):a.start], re.I):
                continue
            else:
                values.setdefault("price_wei", wei)
            continue
        if re.match(r"\s*(%|percent|por ciento|pour cent|prozent|por cento)", outside[a.end:], re.I):
            values.setdefault("percent", a.value)
            options.setdefault("percents", []).append(str(a.value))
            continue
        per_time = re.match(r"\s*(tokens?|jetons?|fichas?)?\s*(?:per|a|an|each|por|par|pro|je)\s+(second|sec|minute|hour|day|week|block|segundo|seconde|sekunde|d[ií]a|jour|tag)\b", outside[a.end:], re.I)
        if per_time:
            unit = per_time.group(2).lower()
            seconds = {"second": 1, "sec": 1, "segundo": 1, "seconde": 1, "sekunde": 1, "minute": 60, "hour": 3600,
                       "day": 86400, "día": 86400, "dia": 86400, "jour": 86400, "tag": 86400, "week": 604800, "block": 12}[unit]
            options.setdefault("reward_per_second", str((a.value / seconds).normalize()))
            continue
        if re.match(r"\s*(tokens?|jetons?|fichas?)?\s*(per|por|par|pro|for each|for every|for 1)\s+(eth|ether)\b", outside[a.end:], re.I):
            values.setdefault("rate", a.value)
            continue
        if re.match(r"[\s-]*(of|de|del|la|des|der)?\s*(decimals?|decimales|d[ée]cimales|dezimal\w*|casas decimais|decimais)", outside[a.end:], re.I) or \
                re.search(r"(decimals?|decimales|d[ée]cimales|dezimal\w*|decimais)\s*(of|de|:|=)?\s*$", outside[max(0, a.start - 25):a.start], re.I):
            values.setdefault("decimals", a.value)
            continue
        if re.search(r"(?:erc|eip)[\s-]*$", outside[max(0, a.start - 5):a.start], re.I) or \
                re.match(r"[a-z]", outside[a.end:a.end + 1] or " ", re.I) or re.search(r"[vV]$", outside[max(0, a.start - 1):a.start]):
            continue  # "ERC 20", "EIP-2612", "v4", "1st"
        if re.search(r"(/|\{|https?://\S*)$", outside[max(0, a.start - 40):a.start]):
            continue
        label = _closest(outside, a.start, a.end, {k: v for k, v in _AMOUNT_CLASSES.items()
                                                     if k in ("cap", "supply", "quorum", "price")})
        if re.search(r"(\bcap(ped)?|max(imum)?\s*(total\s*)?supply|\bmax|hard cap|tope|plafond|obergrenze|maximal|teto|limited to|up to)\s*(of|at|is|:|=|de|von|à|a)?\s*$",
                     outside[max(0, a.start - 30):a.start], re.I):
            label = "cap"
        if label == "cap" and "cap" not in values:
            values["cap"] = a.value
        elif label == "quorum":
            values.setdefault("quorum", a.value)
        elif label == "price":
            values.setdefault("price_units", a.value)
        elif "supply" not in values:
            values["supply"] = a.value
        elif "cap" not in values and "capped" in features:
            values["cap"] = a.value
        else:
            options.setdefault("other_numbers", []).append(str(a.value))

    m = re.search(r"\b(\d+)\s*(?:-|\s)\s*(?:of|de|sur|von|aus)\s*(?:-|\s)\s*(\d+)\b", outside, re.I)
    if m:
        options["threshold"], options["owners_count"] = int(m.group(1)), int(m.group(2))
    m = re.search(r"\b(\d+)\s+(?:of (?:the |its )?(?:\d+ )?owners )?(?:confirmations|signatures|approvals|signers|firmas|signatures requises|unterschriften|assinaturas)\b", outside, re.I)
    if m and "threshold" not in options:
        options["threshold"] = int(m.group(1))
    m = re.search(r"\b(\d+)\s+(?:owners|signers|propietarios|propri[ée]taires|besitzer|eigent[üu]mer|propriet[aá]rios|donos)\b", outside, re.I)
    if m and "owners_count" not in options:
        options["owners_count"] = int(m.group(1))
    m = re.search(r"(?<![\d/.])(\d{1,3})\s*/\s*(\d{1,3})(?:\s*/\s*(\d{1,3}))?(?![\d/])", outside)
    if m and family == "splitter" and "percents" not in options:
        options["percents"] = [g for g in m.groups() if g]
    if re.search(r"\b(no|zero|without( an?)?|0)\s+(initial\s+|pre-?minted\s+)?(supply|premint|pre-?mint)\b|sin suministro inicial|sans offre initiale|ohne anf[äa]ngliche", outside, re.I):
        values["supply"] = Decimal(0)

    duration_classes = {
        "cliff_seconds": FEATURE_PATTERNS["cliff"],
        "voting_period_seconds": r"\bvot(e|es|ing)\b|votaci[oó]n|vote|abstimmung|vota[cç][aã]o",
        "delay_seconds": r"time[\s-]?lock|timelock|\bdelay\b|retraso|d[ée]lai|verz[öo]gerung|atraso",
        "lock_seconds": r"\block(ed|up|s)?\b|bloque|verrouill|sperr(?!frist)|bloqueio",
        "duration_seconds": r"\b(over|for|during|lasts?|runs?|ends?|after|within|timeout|deadline|period|duration|linear(ly)?|vesting|open|close[sd]?|durante|sur|pendant|über|f[üu]r|w[äa]hrend|nach|por|ap[oó]s|despu[ée]s|apr[eè]s)\b",
    }
    for d in durations:
        label = _closest(outside, d.start, d.end, duration_classes) or "duration_seconds"
        if label == "cliff_seconds" and "cliff" not in features:
            label = "duration_seconds"
        if label in options:
            label = "duration_seconds" if "duration_seconds" not in options else label
        options.setdefault(label, d.seconds)
    m = re.search(r"\b0x[0-9a-fA-F]{64}\b", outside)
    if m:
        options["merkle_root"] = m.group(0).lower()
    m = re.search(r"https?://[^\s\"'<>]+|ipfs://[^\s\"'<>]+|ar://[^\s\"'<>]+", text)
    if m:
        options["base_uri"] = m.group(0).rstrip(".,;:)!?")

    addresses: dict[str, str] = {}
    every = [_checksum(m.group(0)) for m in re.finditer(r"0x[0-9a-fA-F]{40}\b", outside)]
    if every:
        addresses["all"] = ",".join(dict.fromkeys(every))
    for m in re.finditer(r"0x[0-9a-fA-F]{40}\b", outside):
        before = outside[max(0, m.start() - 40):m.start()]
        role = None
        best = -1
        for r, pattern in ROLE_WORDS.items():
            for rm in re.finditer(pattern, before, re.IGNORECASE):
                if rm.start() > best:
                    role, best = r, rm.start()
        role = role or "unlabeled"
        if role == "payee" or role in addresses:
            addresses.setdefault("payees", "")
            addresses["payees"] = ",".join(filter(None, [addresses["payees"], _checksum(m.group(0))]))
        else:
            addresses[role] = _checksum(m.group(0))

    decimals = int(values["decimals"]) if "decimals" in values else 18
    if not 0 <= decimals <= 36:
        raise GenerationError(f"{decimals} decimals is out of range: use 0 to 36 (18 is the ERC20 convention)")
    supply = values.get("supply")
    cap = values.get("cap")
    for label, value in (("supply", supply), ("cap", cap)):
        if value is not None and (value * (10 ** decimals)) != int(value * (10 ** decimals)):
            raise GenerationError(f"the {label} {value} has more fractional digits than {decimals} decimals allow: round it")
    if supply is not None and cap is not None and supply > cap:
        if "capped" in features or family == "erc20":
            raise GenerationError(f"the initial supply {supply:,} exceeds the cap {cap:,}: lower the supply or raise the cap")
    if cap is not None:
        features.add("capped")
    for key in ("price_wei", "hard_cap_wei"):
        if key in values:
            options[key] = str(int(values[key]))
    for key in ("rate", "quorum", "percent", "price_units"):
        if key in values:
            options[key] = str(values[key].normalize()) if values[key] != int(values[key]) else str(int(values[key]))

    if family in ("erc20", "erc721", "erc1155", "governor") and not name:
        name = _fallback_name(outside, family)
    roles = sorted({r for r, p in ROLE_WORDS.items() if r not in ("token",) and re.search(rf"\b(?:{p})\b", outside, re.I)})
    if "roles" in features:
        roles = sorted(set(roles) | {"admin", "minter", "pauser"})

    display = name or {"vesting": "Token Vesting", "staking": "Staking Rewards", "escrow": "Escrow",
                       "multisig": "MultiSig Wallet", "crowdsale": "Token Sale", "airdrop": "Merkle Airdrop",
                       "storage": "Simple Storage", "splitter": "Payment Splitter"}.get(family, "My Token")
    default_ident = {"erc20": "MyToken", "erc721": "MyNFT", "erc1155": "MyMultiToken", "governor": "MyGovernor"}
    contract_name = solidity_identifier(display, default_ident.get(family, "MyContract"))
    if family in ("erc20", "erc721", "erc1155") and not symbol:
        symbol = derive_symbol(display)
        options["symbol_derived"] = True
    return ContractSpec(
        prompt=str(prompt), family=family, name=display, contract_name=contract_name, symbol=symbol,
        decimals=decimals,
        initial_supply=_whole(supply) if family in _SUPPLY_FAMILIES else None,
        cap=_whole(cap) if family in _SUPPLY_FAMILIES else None, features=sorted(features), options=options,
        roles=roles, addresses=addresses, language=language,
    )


_SUPPLY_FAMILIES = ("erc20", "erc721", "erc1155", "crowdsale", "staking", "airdrop", "governor")


def _fallback_name(text: str, family: str) -> str:
    """A name from the request's capitalised words ("... for a game called Dragon Forge") or a default."""
    for m in re.finditer(r"\b((?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*)\b", text):
        words = m.group(1).split()
        while words and (words[0].lower() in _STOP_WORDS or re.fullmatch(r"(ERC|EIP)-?\d*|NFT|DAO|ETH|I|A|An|The|Create|Make|Write|Build|Deploy|Multi|Token|Crea|Cria|Crie|Erstelle|Créer|Créez|Crée|Je|Ich|Yo|Eu|We|Please|Quiero|Quero|Necesito|Preciso|Bitte|Launch|Generate|Need|Want", words[0], re.I)):
            words.pop(0)
        if words and not re.fullmatch(r"(ERC|EIP)-?\d*|NFT|DAO|ETH", words[-1]):
            return " ".join(words)
    return {"erc20": "My Token", "erc721": "My NFT", "erc1155": "My Multi Token", "governor": "My Governor"}[family]


def _whole(value: Decimal | None) -> str | None:
    if value is None:
        return None
    return str(int(value)) if value == int(value) else format(value.normalize(), "f")


def _checksum(address: str) -> str:
    from eth_utils import to_checksum_address

    return to_checksum_address(address)
