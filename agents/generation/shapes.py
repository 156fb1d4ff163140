"""Contracts a request describes by what they do, with no word for their kind, and shares said as fractions.

Why: people who have never heard of an escrow describe one ("I pay from 0xA, the seller receives at 0xB, my
friend 0xC decides if there is a problem"); a splitter is "la mitad para 0xA y una cuarta parte para 0xB"; a
multisig is "every expense approved by at least two of us". These readings run only when no word names a kind,
and each needs the addresses the shape is about, so that a token request never turns into one of them.
"""

from __future__ import annotations

import re
from decimal import Decimal

from agents.generation import windows

_ADDRESS = r"0x[0-9a-fA-F]{40}"

_FRACTIONS: list[tuple[str, str]] = [
    ("75", r"three[ -](?:quarters|fourths)|tres cuartos|tres cuartas partes|trois quarts|drei ?viertel|"
           r"tr[eê]s quartos|tre quarti"),
    ("60", r"three[ -]fifths|tres quintos|trois cinqui[eè]mes|drei ?f[uü]nftel|tr[eê]s quintos|tre quinti"),
    ("40", r"two[ -]fifths|dos quintos|deux cinqui[eè]mes|zwei ?f[uü]nftel|dois quintos|due quinti"),
    ("50", r"(?:one |a |the other )?half|(?:la )?mitad|(?:la )?moiti[eé]|(?:die )?h[aä]lfte|(?:a )?metade|"
           r"(?:la )?met[aà]"),
    ("25", r"(?:one|a|the other|the last) (?:quarter|fourth)|(?:una|la otra|la [uú]ltima) cuarta parte|un cuarto|"
           r"un quart|l'autre quart|le dernier quart|ein(?:en)? viertel|das (?:andere|letzte) viertel|"
           r"um quarto|o outro quarto|un quarto|l'altro quarto|l'ultimo quarto"),
    ("20", r"(?:one|a) fifth|un quinto|un cinqui[eè]me|ein(?:en)? f[uü]nftel|um quinto"),
    ("10", r"(?:one|a) tenth|un d[eé]cimo|un dixi[eè]me|ein(?:en)? zehntel|um d[eé]cimo"),
]
_FRACTION = re.compile(r"(?<![\w'])(" + "|".join(f"(?P<p{v}>{p})" for v, p in _FRACTIONS) + r")(?![\w])",
                       re.IGNORECASE)
_NEAR = r"[^.;:\n0-9%]{0,40}"
"""Between a fraction and its payee's address: a few words, no sentence end and no other number."""


_PART = {"half": Decimal(50), "quarter": Decimal(25), "fourth": Decimal(25), "fifth": Decimal(20), "tenth": Decimal(10)}
_SHARE_SPLIT_EQUALLY = re.compile(
    r"(?<![\w])(?:the (?:remaining|other|last|rest of the) |(?:el|la|le|il|o|a|das|der|die) )?"
    r"(?P<part>half|quarter|fourth|fifth|tenth|\d{1,2}(?:[.,]\d+)?\s*%)(?: (?:restante|restant|restantes|rimanente|restliche))?"
    r"\s+(?:is |gets |to be |will be |es |est |ist |e |é |sera |wird )?"
    r"(?:split|divided|shared|dividid[oa]|reparti(?:d[oa]|e)?|partag[ée]e?|diviso|divisa|aufgeteilt|geteilt)\s+"
    r"(?:equally|evenly|in equal parts|a partes iguales|por igual|a parts egales|à parts égales|zu gleichen teilen|"
    r"gleichmassig|gleichmäßig|in parti uguali|equamente|igualmente|em partes iguais)\s+"
    r"(?:between|among|amongst|entre|zwischen|unter|tra|fra)\s+(?P<list>[^.;\n]*)", re.IGNORECASE)
"""A share split equally among the payees that follow: "the remaining quarter split equally between the restoration
fund 0xA and the choir 0xB" (12.5 % each)."""


def _equal_splits_as_percents(text: str) -> str:
    def each(m: re.Match[str]) -> str:
        listed = re.findall(_ADDRESS, m.group("list"))
        if len(listed) < 2:
            return m.group(0)
        part = m.group("part").lower()
        whole = _PART.get(part) or Decimal(re.sub(r"\s*%", "", part).replace(",", "."))
        share = format((whole / len(listed)).normalize(), "f")
        return re.sub(_ADDRESS, lambda a: f"{share} % to {a.group(0)}", m.group("list"))
    return _SHARE_SPLIT_EQUALLY.sub(each, text)


def fractions_as_percents(text: str) -> str:
    """"la mitad para 0xA, una cuarta parte para 0xB": a fraction said right before or after an address is
    that payee's percentage, written as one ("50 %") so that the share readers see it; so is a quorum said as a
    fraction ("quorum is a quarter of the votes"). Fractions anywhere
    else ("half an hour", "the first half of the year") are left as they are."""
    def percent(m: re.Match[str]) -> str:
        before, after = windows.before(text, m.start(), 90), windows.after(text, m.end(), 90)
        if re.search(r"(?:first|second|1st|2nd|primera|segunda|premi[eè]re|seconde|erste|zweite|prima|seconda|"
                     r"primeira)\s+$", before, re.IGNORECASE) or \
                re.search(r"(?:(?<![\w])\d+|hours?|days?|weeks?|months?|years?|million|horas?|dias?|semanas?|mes(?:es)?|anos?|heures?|"
                          r"jours?|semaines?|mois|ans?|stunden?|tage?|wochen?|monate?|jahre?|ore|ora|giorni|giorno|settiman[ae]|"
                          r"mes[ie]|ann[io]|millones|millions|milioni|millionen|milhoes)\s+(?:and|y|et|und|e)\s+$", before,
                          re.IGNORECASE) or \
                re.match(r"\s+(?:an? |un[ao]? |une )?(?:hour|day|week|month|year|hora|dia|semana|mes|ano|heure|jour|"
                         r"semaine|mois|an|stunde|tag|woche|monat|jahr|ora|giorno|settimana|mese|anno)", after, re.IGNORECASE):
            return m.group(0)  # "the first half of the year", "a day and a half", "half a day": time, no share
        near = re.match(_NEAR + _ADDRESS, after) or re.search(_ADDRESS + _NEAR + r"$", before) or \
            re.search(r"(?:quorum|qu[oó]rum)(?:\s+[\w']+){0,3}\s*[:=]?\s*$", before, re.IGNORECASE)
        if not near:
            return m.group(0)
        value = next(k[1:] for k, v in m.groupdict().items() if v is not None)
        return f"{value} %"
    text = _equal_splits_as_percents(text)
    return _FRACTION.sub(percent, text)


_DISPUTE = (r"disputes?|disagree\w*|problems?|conflicts?|quarrel\w*|litige|desaccord|litigio|disputa|desacuerdo|"
            r"problema|streit\w*|konflikt\w*|uneinig\w*|meinungsverschiedenheit\w*|disaccordo|controversia|desacordo|"
            r"conflito")
_JUDGE = (r"judge|decides?|settles?|arbitrates?|juez|decide|decidira|juge|tranche|richter\w*|entscheidet|giudice|"
          r"juiz|decidira|arbitra")
_PAYS = (r"pay|pays|paying|paid|payments?|deposits?|depositing|paie\w*|paier\w*|payer\w*|payons|pag(?:o|os|a|as|an|amos|ara|aran|"
         r"aremos|ue|uem|ou|ado|amos|ar|are|hera|herai|heremo|hiamo)|zahl\w*|verse\w*|einzahl\w*|uberweis\w*")
_RECEIVES = (r"receives?|receiving|(?:comes?|goes?|go|be sent|be paid|is paid|is sent|released|paid out) to (?:me|him|her|"
             r"them|us|the \w+|our \w+|my \w+)|"
             r"recevr\w*|recoi\w*|recib\w*|erhalt\w*|bekommt|bekommen|empfang\w*|ricev\w*|receb\w*|get paid|gets paid")
_BUYER = r"buyers?|compradora?|acheteu(?:r|se)|kaufer\w*|kauferin|acquirente|compratore"
_SELLER = r"sellers?|vendedora?|vendeu(?:r|se)|verkaufer\w*|venditore|venditrice"
_REFUND = r"refund\w*|reembols\w*|rembours\w*|ruckerstatt\w*|erstatt\w*|rimbors\w*|money back"
_APPROVE = (r"approv\w*|validat\w*|valident|valide|sign\w*|confirm\w*|firm\w*|genehmig\w*|zustimm\w*|"
            r"unterschreib\w*|freigeb\w*|aprob\w*|aprov\w*|assin\w*|autori[sz]\w*|co-?sign\w*|agree\w*")
_COUNT = r"\d+|two|three|four|five|deux|trois|quatre|dos|tres|cuatro|zwei|drei|vier|due|tre|quattro|dois|duas|quatro"
_OF_US = (r"(?:out of|of|de|d'entre|di|von|su|sur|entre|aus|among) (?:these \w+|those \w+|us|them|nous|nosotros|nosotras|ellos|"
          r"ellas|eux|noi|"
          r"loro|uns|ihnen|nos|nós|eles|elas|den (?:dreien|drei|vieren|vier|funfen|funf|beiden|zweien)|"
          r"the (?:\w+ )?(?:owners|signers|members|partners|founders|teachers|"
          r"trustees)|the (?:" + _COUNT + r")|(?:los|las|les|die|os|as|i|le) (?:" + _COUNT + r"))")
_MAJORITY = (rf"(?<![\w])(?:{_APPROVE})(?:\s+\S+){{0,5}}?\s+(?:a |the |una |la |une |die |eine |uma |a )?(?:simple )?"
             r"(?:majority|mayoria|majorite|mehrheit|maioria|maggioranza)(?![\w])")
"""Approval by a simple majority: "any payment needs approval from a simple majority of them"."""
_HALF = re.compile(
    r"(?<![\w])(?:half|la mitad|la moitie|die halfte|a metade|la meta)(?: of| de| des| der| das| dos| delle| dei| degli| di)?"
    r"(?: the| las| los| les| die| as| os| le| i| gli| us| them| nous| nosotros| uns| noi| nos)?"
    r"(?: (?:signatures?|signers|owners|members|partners|firmas|firmantes|titulares|firme|firmatari|unterschriften|"
    r"unterzeichner|assinaturas|signataires|proprietaires|propietarios|membros|socios|approvals?))?"
    rf"(?:\s+\S+){{0,3}}?\s+(?:{_APPROVE}|suffit|suffices|is enough|basta|bastan|reicht|genugt|sono sufficienti)|"
    r"(?<![\w])(?:basta|bastan|suffit|reicht|genugt|is enough|suffices)(?: con| avec| com)? (?:la mitad|la moitie|die halfte|"
    r"a metade|la meta|half)(?![\w])")
"""Approval by half the owners: "para cada pago basta con la mitad de las firmas", "half of us must sign"."""
_EVERY_OWNER = (r"(?<![\w])(?:all|every one of|each of|tous les|toutes les|todos los|todas las|alle|tutti i|tutte le|"
                r"todos os|todas as|both|les deux|los dos|las dos|beide|entrambi|entrambe|ambos|ambas|os dois|as duas)"
                r"(?:\s+[\w']+){0,2}\s+(?:must|have to|need to|should|deben|doivent|mussen|devono|"
                r"devem)\s+(?:sign|approve|confirm|firmar|signer|unterschreiben|firmare|assinar|aprobar|approuver|"
                r"zustimmen|approvare|aprovar)|"
                # the need first: "should need BOTH trustees to sign", "requires all owners to approve"
                r"(?<![\w])(?:needs?|requires?|necesita|exige|necessite|exige|braucht|erfordert|richiede|precisa)\s+"
                r"(?:the |las |los |les |die |le |os |as |i )?(?:signatures? of |approvals? of |firmas? de |signatures? de )?"
                r"(?:all|both|every one of|each of|todos los|todas las|los dos|las dos|tous les|toutes les|les deux|alle|beide|"
                r"tutti i|tutte le|entrambi|todos os|todas as|os dois|as duas|ambos|ambas)(?:\s+[\w']+){0,2}?\s+"
                r"(?:to |a |de |zu |di )?(?:sign|approve|confirm|co-?sign|firmar|signer|unterschreiben|firmare|assinar|"
                r"aprobar|approuver|zustimmen|approvare|aprovar)")
"""Approval by every owner: "all 3 partners must sign every time", "every payment needs both trustees to sign"."""
_MULTISIG_SHAPE = re.compile(
    rf"(?<![\w])(?:{_APPROVE})(?:\s+\S+){{0,6}}?\s+(?:at least |almeno |mindestens |au moins |al menos |pelo menos )?"
    rf"(?:{_COUNT}) {_OF_US}|(?<![\w])(?:{_COUNT}) {_OF_US}(?:\s+\S+){{0,4}}?\s+(?:must |have to |need to |should |)?"
    rf"(?:{_APPROVE})|(?<![\w])(?:{_COUNT}) (?:signatures?|firmas|firme|unterschriften|assinaturas)(?![\w])|"
    # "any four must aprove a payment", "for send money 3 must approve"
    rf"(?<![\w])(?:any |at least |al menos |au moins |mindestens |pelo menos |almeno )?(?:{_COUNT}) (?:must|have to|need to|"
    rf"should|shall|muss|mussen|deben|doivent|devem|devono|can|may|could|konnen|pueden|peuvent|podem|possono) "
    rf"(?:{_APPROVE})|{_MAJORITY}|"
    # "signers: - 0x.. - 0x.. needed: 3 of them": the threshold as a record
    rf"(?<![\w])(?:needed|required|approvals needed|signatures needed)\s*[:=]\s*(?:{_COUNT})\s+(?:#\s*|\(\s*)?{_OF_US}")
_VESTING_SHAPE = re.compile(
    r"(?<![\w])(?:releas|unlock|liber|debloqu|freigeb|freigegeb|sblocc|desbloque|rilasc|come out|comes out|coming out|"
    r"drip|trickl|paid out|pay out|flow out|flows out)\w*(?:\s+\S+){0,8}?\s+"
    r"(?:gradually|little by little|bit by bit|progressively|linearly|steadily|slowly|evenly|poco a poco|petit a petit|"
    r"progressivement|graduellement|nach und nach|schrittweise|pouco a pouco|aos poucos|gradualmente|"
    r"progressivamente|linealmente|linearmente)(?![\w])")


_DIVIDE = (r"divid\w*|divis\w*|repart\w*|ripart\w*|split\w*|distribut\w*|aufgeteilt|aufteil\w*|verteil\w*|geteilt|"
           r"partag\w*|spartit\w*|spartisc\w*|share[sd]? (?:between|among)")
_PERCENT = r"%|(?<![\w])(?:percent|percnt|pct|por ?ciento|pour ?cent|prozent|por ?cento|per ?cento)(?![\w])"
"""A percentage, its number in digits or in words ("settantacinque per cento")."""


EQUAL_SPLIT = re.compile(
    r"(?<![\w])(?:equal(?:ly)?|evenly|even(?= split| shares| between| among)|in equal (?:parts|shares)|same share|fifty[- ]fifty|"
    r"(?:a |en )?partes iguales|por igual|a parts egales|en parts egales|equitablement|zu gleichen teilen|gleichmassig|"
    r"gleich(?:e|en)? (?:teile|anteile)|em partes iguais|igualmente|por igual|in parti uguali|equamente|"
    r"(?:four|three|two|five|six) ways even|even(?:ly)? (?:four|three|two|five|six) ways|"
    # "split it four ways, 25 each"
    r"split(?: it| them| this| that| the \w+)? (?:two|three|four|five|six|seven|eight|ten|[2-9]|10) ways)(?![\w])")
"""An equal split said in words: the shares are the same for every payee."""


SPLITTER_REASON = "income divided among addresses by percentages: a payment splitter"


def family_by_shape(folded: str, address_count: int) -> tuple[str, str] | None:
    """(family, reason) for a request that describes a splitter, an escrow, a multisig or a vesting wallet by
    what it does, in folded text (lower case, no accents, fractions beside addresses already percentages).
    None when no shape is complete."""
    if address_count >= 2 and re.search(rf"(?<![\w])(?:{_DIVIDE})(?![\w])", folded) and \
            len(re.findall(_PERCENT, folded)) >= address_count - 1:
        return "splitter", SPLITTER_REASON
    if address_count >= 2 and re.search(rf"(?<![\w])(?:{_DIVIDE})(?![\w])", folded) and EQUAL_SPLIT.search(folded):
        return "splitter", "income divided equally among addresses: a payment splitter"  # "in parti uguali: 0xA, 0xB"
    pays = re.search(rf"(?<![\w])(?:{_PAYS})(?![\w])", folded)
    receives = re.search(rf"(?<![\w])(?:{_RECEIVES})(?![\w])", folded)
    if address_count >= 2 and re.search(rf"(?<![\w])(?:{_DISPUTE}|{_JUDGE})(?![\w])", folded) and \
            (pays and receives or address_count == 3 and (pays or receives)):
        return "escrow", "one address pays, one receives and one settles disputes: an escrow"
    if address_count >= 2 and re.search(rf"(?<![\w])(?:{_BUYER})(?![\w])", folded) and \
            re.search(rf"(?<![\w])(?:{_SELLER})(?![\w])", folded) and \
            re.search(rf"(?<![\w])(?:{_DISPUTE}|{_JUDGE}|{_REFUND})(?![\w])", folded):
        return "escrow", "a buyer and a seller, with disputes settled or a refund: an escrow"
    if address_count >= 2 and _MULTISIG_SHAPE.search(folded):
        return "multisig", "payments need approvals from several of the listed addresses: a multisig wallet"
    if address_count >= 2 and re.search(r"(?<![\w])(?:propos\w*|propon\w*|vorschlag\w*)", folded) and \
            re.search(r"(?<![\w])(?:execut\w*|ejecut\w*|esegu\w*|ausfuhr\w*|execu\w*)", folded) and \
            re.search(r"(?<![\w])(?:delay|retraso|delai|ritardo|atraso|verzogerung|wartezeit|wait\w*)", folded):
        return "timelock", "proposers, executors and a delay on every action: a timelock"
    if address_count == 1 and _VESTING_SHAPE.search(folded):
        return "vesting", "funds for one address released gradually: a vesting wallet"
    return None


def threshold_in_words(folded: str, owners: int) -> tuple[int, re.Match[str]] | None:
    """A multisig's threshold said without a number: every owner ("all 3 partners must sign") or more than half of them
    ("approval from a simple majority of them"), with the words that say it."""
    every = re.search(_EVERY_OWNER, folded)
    if every:
        return owners, every
    majority = re.search(_MAJORITY, folded)
    if majority:
        return owners // 2 + 1, majority
    half = re.search(_HALF, folded)
    return ((owners + 1) // 2, half) if half else None  # "basta con la mitad de las firmas": half, rounded up
