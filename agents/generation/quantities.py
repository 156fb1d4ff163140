"""What each number in a request is: supply, cap, decimals, a price, a rate, a percentage, a threshold,
or a duration's role (cliff, voting period, lock, timelock delay).

Every number found becomes a `Quantity`; one the request does not explain is kept as `number` so it can
be reported rather than dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_DOWN, Decimal, localcontext

from agents.generation import lexicon, numbers, windows
from agents.generation.abilities import TOKEN_NOUNS
from agents.generation.numbers import Amount, Duration

_PER_TIME = {"second": 1, "sec": 1, "seconde": 1, "sekunde": 1, "segundo": 1, "secondo": 1, "minute": 60, "minuto": 60,
             "hour": 3600, "hora": 3600, "heure": 3600, "stunde": 3600, "ora": 3600, "day": 86400, "dia": 86400,
             "jour": 86400, "tag": 86400, "giorno": 86400, "week": 604800, "semana": 604800, "semaine": 604800,
             "woche": 604800, "settimana": 604800, "block": 12, "bloque": 12, "bloc": 12, "blocco": 12}
_TIME_WORDS = "|".join(sorted(_PER_TIME, key=len, reverse=True))


@dataclass
class Quantity:
    key: str
    """supply cap decimals price_wei hard_cap_wei rate reward_per_second percent share fee_percent quorum
    threshold owners_count proposal_threshold number, aside (a count of the asker's things), or a duration key (duration_seconds cliff_seconds
    voting_period_seconds voting_delay_seconds delay_seconds lock_seconds)."""
    value: Decimal | int
    start: int
    end: int
    text: str
    """The request's own words for it."""


def _clause_before(folded: str, start: int, width: int = 60) -> str:
    window = windows.before(folded, start, width)
    window = re.sub(r"([:=]\s*(?:yes|si|oui|ja|sim|true|on)),\s", r"\1 ", window)  # "Timelock: yes, 2 days": one record
    return re.split(r"[.;!?\n•]|,\s|\s-\s|\*", window)[-1]


def _clause_after(folded: str, end: int, width: int = 50) -> str:
    window = windows.after(folded, end, width)
    return re.split(r"[.;!?\n•]|,\s|\s-\s|\*", window)[0]


def _unquoted(context: str) -> str:
    """Quotes around keys and values are no words: '"max_supply": "5e6"' reads as max supply: 5e6."""
    return re.sub(r"[\"“”«»„]", "", context)


def _ends_with(pattern: str, text: str) -> re.Match[str] | None:
    return re.search(rf"(?<![\w])(?:{pattern})\W*$", text)


def _starts_with(pattern: str, text: str) -> re.Match[str] | None:
    return re.match(rf"^\W*(?:{pattern})(?![\w])", text)


def _percent_kind(before: str, after: str, family: str) -> str:
    context = before + " " + after
    if re.search(r"quorum", context):
        return "quorum"
    if re.search(r"royalt|regalia|redevance|lizenz|tantieme|diritti", context):
        return "royalty"
    if family == "splitter" and re.match(r"^\s*(?:%|percent|per ?cent)?\s*(?:[^\W\d][\w'-]*\s+){0,4}?[:(]?\s*(?:0x|\s{12,})", after):
        return "share"  # "20% school fees 0x..": the payee's label after its share, not a fee
    if re.search(r"fee|tax|tasa|taxe|gebuhr|taxa|tassa|impuesto|comision|commission", context):
        return "fee_percent"
    if family == "splitter" or re.search(r"share|split|gets|receives|reparto|part|anteil|parte|quota|0x", context):
        return "share"
    if family == "governor":
        return "quorum"
    if family == "erc721":
        return "royalty"
    return "percent"


def classify(folded: lexicon.Folded, amounts: list[Amount], durations: list[Duration], family: str,
             language: str = "en") -> list[Quantity]:
    """One Quantity per amount and duration. `folded` is the masked request, folded."""
    text = folded.text
    out: list[Quantity] = []
    taken: set[int] = set()
    listed = len(re.findall(lexicon.MASKED_ADDRESS, text))  # how many addresses the request gives
    # "2-of-3", "3 of 5", "2 sur 3", "2 firme richieste su 3": threshold and owners
    for m in re.finditer(r"(?<![\w.])(\d+)\s*-?\s*(?:\(\s*)?(?:of|de|sur|von|aus|su)\s*-?\s*(\d+)(?![\w.])|"
                         r"(?<![\w.])(\d+)\s+(?:signatures?|confirmations?|approvals?|firmas?|firme|unterschriften|assinaturas)"
                         r"(?:\s+\w+){0,2}\s+(?:of|de|sur|von|aus|su|das|dos|des|der|dei|delle|de las|de los)\s+(\d+)", text):
        threshold, owners = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        if family != "multisig" and (_PRESENT.match(text, m.end()) or re.search(
                r"(?<![\w])(?:hold|holds|own|owns|have|has|halten|halt|besitzen|besitzt|haben|hat|tenemos|tiene|poseemos|"
                r"detenons|detient|avons|possediamo|abbiamo|ha|temos|tem|detemos)\s+$", text[:m.start()])):
            s, e = folded.source(*m.span())
            taken.update(range(s, e))
            continue  # "The board met on Tuesday (7 of 9 present)": who came, no multisig
        s, e = folded.source(*m.span())
        out.append(Quantity("threshold", int(threshold), s, e, folded.original[s:e]))
        out.append(Quantity("owners_count", int(owners), s, e, folded.original[s:e]))
        taken.update(range(s, e))
    if family == "multisig":
        for reading in (_m_of_n, _n_of_them_confirm):  # "2 firmas from the 3 of us": the 3 is taken by the first
            for q in reading(folded, amounts, taken):
                out.append(q)
                taken.update(range(q.start, q.end))
        _signers_counted(out, listed)
        for a in amounts:  # "We have 31 registered members but only these three sign": the owners the list gives
            fs_, fe_ = folded.folded_position(a.start), folded.folded_position(a.end)
            if a.start not in taken and a.value == listed and \
                    re.search(r"(?<![\w])(?:these|those|the|all)\s+$", windows.before(text, fs_, 12)) and \
                    re.match(r"\s+(?:\w+\s+)?(?:sign|signs|are (?:the )?signers|hold (?:the )?keys)(?![\w])", text[fe_:]):
                out.append(Quantity("owners_count", int(a.value), a.start, a.end, a.text))
                taken.update(range(a.start, a.end))
            elif a.start not in taken and a.value == listed >= 2 and not any(q.key == "owners_count" for q in out) and \
                    re.search(r"(?<![\w])(?:for|of|between|among|para|pour|per|fur|entre|tra)\s+(?:the\s+|our\s+)?$",
                              windows.before(text, fs_, 20)) and \
                    re.match(r"\s+(?:[a-z-]+\s+){0,2}[a-z]{3,}s?\s*[:,.\n]", text[fe_:]):
                # "Shared wallet for 5 village heads:" then five addresses: the owners, counted as the list counts them
                out.append(Quantity("owners_count", int(a.value), a.start, a.end, a.text))
                taken.update(range(a.start, a.end))
    # "shares 50, 30 and 20", "split 60/40": a list of shares
    for m in re.finditer(r"(?<![\w])(?:shares?|split|percentages?|portions?|parts?|ratio|reparto|anteile|parts)"
                         r"(?:\s+(?!\d)[\w'$-]+){0,4}?\s*(?:of|de|di|von|:)?\s*"
                         r"(\d{1,3}(?:\s*%)?(?:\s*(?:,|;|and|y|et|und|e|/)\s*\d{1,3}(?:\s*%)?)+)", text):
        s, e = folded.source(m.start(1), m.end(1))
        for n in re.finditer(r"\d{1,3}", m.group(1)):
            ns, ne = folded.source(m.start(1) + n.start(), m.start(1) + n.end())
            out.append(Quantity("share", Decimal(n.group(0)), ns, ne, folded.original[ns:ne]))
        taken.update(range(s, e))
    # "1 ETH buys 500 tokens", "1 ETH = 500 tokens": a rate
    for m in re.finditer(r"(?<![\w.])(\d+(?:[.,]\d+)?)\s*(?:eth|ether)\s*(?:buys|gets|=|->|:|for|will buy|compra|achete|kauft)\s*"
                         r"(\d[\d,.']*)\s*(?:tokens?|jetons?|fichas?)", text):
        s, e = folded.source(*m.span())
        try:
            rate = Decimal(m.group(2).replace(",", "").replace("'", "")) / Decimal(m.group(1).replace(",", "."))
        except ArithmeticError:
            continue
        out.append(Quantity("rate", rate.normalize(), s, e, folded.original[s:e]))
        taken.update(range(s, e))
    duration_spans = [(d.start, d.end) for d in durations]
    retimed: dict[int, Amount] = {}
    for a in amounts:
        if a.start in taken or any(s <= a.start < e for s, e in duration_spans):
            continue
        slipped_time = next((d for d in reversed(durations) if d.end <= a.start), None)
        if slipped_time is not None and a.value == int(a.value) and 0 < a.value < 10_000 and \
                _CORRECTED_TO.fullmatch(folded.original[slipped_time.end:a.start]) and \
                not re.match(r"\s*(?:%|[^\W\d_])", folded.original[a.end:]):
            retimed[slipped_time.start] = a
            continue  # "6 hours (no, make it 12; ...)": the duration's count corrected, its unit left unsaid
        if re.match(rf"\s*(?:or|to|-|–|bis|a|o|ou|oder)\s*\d+\s*(?:{_TIME_UNITS})(?![\w])", text[folded.folded_position(a.end):]) and \
                any(folded.folded_position(d.start) > folded.folded_position(a.end) and
                    folded.folded_position(d.start) - folded.folded_position(a.end) < 8 for d in durations):
            continue  # "3 or 4 weeks": the near end of a range of time, read with its duration
        if _hedged_count_aside(text, folded.folded_position(a.start), folded.folded_position(a.end)):
            continue  # "el grupo de voluntarios de las torres (unos 15)": how many the asker's group is, roughly
        if re.search(r"(?<![\w])(?:each|every)\b[^.;!?\n]{0,40}\b(?:gets?|receives?|has|holds?|will get)\s*$",
                     windows.before(text, folded.folded_position(a.start), 60)) and \
                re.match(r"[^.;!?\n\d]{0,12},?\s*(?:so|which makes|that'?s|that is|=)\s+[\d.,]+\s*(?:k|m|million|thousand)?\s*"
                         r"(?:[a-z]+\s+)?(?:total|in total|overall|altogether|all together)", text[folded.folded_position(a.end):]):
            continue  # "Each of our 25 members gets 10k, so 250,000 total": the share worked out, the total said
        if re.match(r"\s+(?:for|in favou?r|against|pour|contre|a favor|en contra|dafur|dagegen|favorevoli|contrari)(?![\w])",
                    text[folded.folded_position(a.end):]) and re.search(
                        r"(?<![\w])(?:vote|votes|voting|tally|result|votacion|vote|abstimmung|votazione|votacao)\s*[:=]?\s*"
                        r"(?:[\w ]{0,20},\s*)?$|(?:for|against|pour|contre),\s*$", windows.before(text, folded.folded_position(a.start), 30)):
            continue  # "Vote: 8 for, 1 abstention": the meeting's tally
        if _bracketed_gloss(text, folded.folded_position(a.start)):
            continue  # "2.2M tokens (so 100k for each of us haha)": the sum worked out, no value of its own
        if a.value < 1000 and _projected(text, folded.folded_position(a.start), folded.folded_position(a.end)):
            continue  # "Now 4 products but maybe 7 next year": what the asker's world may grow to, no value to set
        if _said_as_context(text, folded.folded_position(a.start), folded.folded_position(a.end)):
            continue  # "the beans lose about 80% of their weight, which is irrelevant here, just context"
        if _in_aside(text, folded.folded_position(a.start)) or _aside_on_our_things(text, folded.folded_position(a.start)) or \
                _aside_of_counts(text, folded.folded_position(a.start), folded.folded_position(a.end), family):
            continue  # "(5 people, founded 2021)": an aside about who asks, not a value of the contract
        if _restated(a, amounts, text, folded) or _taken_back(text[:folded.folded_position(a.start)]) or \
                _SLIP_AFTER.match(text, folded.folded_position(a.end)) or BACK_TO_DEFAULT.match(text, folded.folded_position(a.end)):
            continue  # "Twelve million (12,000,000)", "(not 500k, it's 5M)", "delay 0? no make it 1 hour": taken back
        if _NAMED_CAP_AFTER.match(text[folded.folded_position(a.end):]) and a.value == int(a.value):
            out.append(Quantity("cap", int(a.value), a.start, a.end, a.text))
            continue  # "a run is 250 sheets, and that's the hard cap": a count of the world named the cap
        if _PER_WORLD_TIME.match(text, folded.folded_position(a.end)) and not re.search(
                r"(?<![\w])(?:mint\w*|reward\w*|earn\w*|emit\w*|issu\w*|drip\w*|stream\w*|airdrop\w*|distribut\w*|pay\w*)"
                r"(?:\s+[\w']+)?\s*$", text[:folded.folded_position(a.start)]) or \
                a.value == 1 and re.match(r"\s*(?:token\s+)?ids?\s*=", text[folded.folded_position(a.end):]) or \
                a.value == 1 and re.search(r"(?<![\w])(?:token\s+)?ids?\s*=\s*$", text[:folded.folded_position(a.start)]):
            continue  # "~400 tickets per game day", "1 id = 1 design": how the asker's world runs, no contract value
        if family == "splitter" and any(q.key == "share" and q.value == a.value for q in out) and re.match(
                r"\s*(?:%\s*)?(?:to|for|para|pra|pour|a|an|al|ao|alla|per|fur|goes to|go to)(?![\w])",
                text[folded.folded_position(a.end):]):
            continue  # "split 70/30: 70 to me, 30 to my sister": each share said again beside its payee
        people = re.match(rf"^[ \t]*(?:(?!(?:{_LINKS})\s)\w[\w'-]*[ \t]+){{0,2}}?(?:{_PEOPLE})(?![\w])",
                          text[folded.folded_position(a.end):]) if a.value == int(a.value) else None
        if people is None and a.value == listed >= 2:
            # "revenue split for Tennoji shop, 3 owner: Tanaka-san 0x..": the plural a non-native writer leaves off
            people = re.match(r"^[ \t]*(?:owner|partner|member|founder|signer|payee|shareholder|person|sibling|friend)(?![\w])",
                              text[folded.folded_position(a.end):])
        if people is None and a.value == listed:
            # "split between the 4 district unions" and four addresses: bodies counted as the payees, never when the
            # count is another ("31 workshops along the road", "six teams playing")
            people = re.match(rf"^[ \t]*(?:(?!(?:{_LINKS})\s)\w[\w'-]*[ \t]+){{0,2}}?(?:{_BODIES})(?![\w])",
                              text[folded.folded_position(a.end):])
        # "Owners are four: 0x.., 0x..": the count said after the people it counts
        people_before = not people and a.value == int(a.value) and (re.search(
            rf"(?<![\w])(?:{_PEOPLE})\s+(?:are|will be|sont|seront|son|seran|sind|sono|saranno|sao|serao)\s*$",
            windows.before(text, folded.folded_position(a.start), 40)) or a.value == listed and re.search(
            # "Owners is three: 0x..", "we split the money ... in three: 0x.. takes 60 percent": the list counted
            rf"(?<![\w])(?:(?:{_PEOPLE})\s+(?:is|are)|(?:split|divide|share)\w*(?:\s+[\w'-]+){{0,8}}?\s+(?:in|into))\s*$",
            windows.before(text, folded.folded_position(a.start), 60)))
        if people or people_before:
            outsiders = re.match(rf"^\s*(?:[\w'-]+\s+){{0,2}}?(?:{_OUTSIDERS})(?![\w])", text[folded.folded_position(a.end):])
            listed_next = re.match(rf"\s*{lexicon.MASKED_ADDRESS}",
                                   text[folded.folded_position(a.end) + (people.end() if people else 0):]) \
                and listed > a.value
            expected = re.search(r"(?<![\w])(?:expect\w*|anticipat\w*|esperamos|esperan|attendons|attend|erwart\w*|"
                                 r"aspettiamo|prevemos|prevediamo)\s+(?:about |around |some |over |up to |nearly |almost )?$",
                                 windows.before(text, folded.folded_position(a.start), 40))
            line = re.split(r"\n", text[:folded.folded_position(a.start)])[-1]
            members_aside = line.rfind("(") > line.rfind(")") and people is not None and re.search(
                r"(?:members?|socios?|socias?|miembros|membres|mitglieder\w*|soci|socie|membri|membros|families|familias|"
                r"familles|familien|famiglie|people|persons|personas|personnes|personen|persone|pessoas)\s*$", people.group(0))
            held = re.search(r"(?<![\w])(?:has|have|had|counts|holds|tiene|tienen|a|ont|hat|haben|ha|hanno|tem|teem|conta)\s+"
                             r"(?:zwar |ja |schon |already |bien |ya |gia |ja )?(?:about |around |some |over |nearly |almost |"
                             r"rund |etwa |ungefahr |circa |unos |environ |cerca de )?$",
                             windows.before(text, folded.folded_position(a.start), 30))
            # ("Three of the four have to sign ... purchases like that to need three of us": the threshold said again)
            restated = family == "multisig" and any(q.key == "threshold" and q.value == a.value for q in out) and \
                re.search(r"(?<![\w])(?:need|needs|require|requires|take|takes)\s+$",
                          windows.before(text, folded.folded_position(a.start), 20))
            year = re.fullmatch(r"(?:1[5-9]|20)\d\d", a.text.strip()) and re.search(
                rf"(?<![\w])(?:{_YEAR_LEAD})\s*$", windows.before(text, folded.folded_position(a.start), 12))
            if family in ("splitter", "multisig") and not estimated(text[:folded.folded_position(a.start)]) and \
                    not outsiders and not listed_next and not expected and not members_aside and not held and not restated \
                    and not year and not _past_count(text, folded.folded_position(a.start)):
                # ("In 2019 one partner disappear": the year, then the people; "El año pasado vinieron 1.200 personas")
                # ("the school in Bwejuu has 212 kids": what something of the world holds, not who is paid)
                # ("(11 socios)": how many the club has, in an aside, not who signs)
                # ("the two apprentices 0xA and 0xB": some of the list; "we expect 5,000 people": the crowd)
                # "our two co-hosts", "three signers": a count of the people the addresses are, checked against them
                out.append(Quantity("payee_count" if family == "splitter" else "signer_count", int(a.value), a.start,
                                    a.end, a.text))
            bound_before = windows.before(text, folded.folded_position(a.start), 30)
            sentence = re.split(r"[.;!?\n]", text[:folded.folded_position(a.start)])[-1]
            if family == "erc721" and re.search(r"(?<![\w])(?:max(?:imum)?|up to|at most|no more than|limited to|capped at|"
                                                r"hasta|como maximo|maximo|jusqu'a|au maximum|maximal|hochstens|bis zu|"
                                                r"ate|no maximo|fino a|al massimo|massimo)\s*$", bound_before) and \
                    not re.search(r"(?<![\w])(?:je|each|per|pro|chacun\w*|cada|ciascun\w*|ogni)(?:\s+\w+)?\s+\w+(?:\s+\w+)?\s*$",
                                  bound_before) and \
                    not re.search(r"(?<![\w])(?:ubrigens|by the way|btw|au fait|por cierto|alias|tra l'altro|nebenbei)(?![\w])",
                                  sentence):  # "unsere 15 Waggons fassen übrigens je bis zu 12 Personen": one wagon's seats
                out.append(Quantity("cap", int(a.value), a.start, a.end, a.text))
                continue  # "max 600 members" in a membership collection: one NFT each, the collection's cap
            continue  # "14 employees", "my 28 students": people in the asker's world, not a value of a token
        if family == "erc1155" and _kinds(a, text, folded.folded_position(a.start), folded.folded_position(a.end)):
            continue  # "142 cards across 4 rarities", "60 pegatinas distintas": how many kinds, which nothing fixes
        if _hedged_count(a, text, folded):
            continue  # "cerca de 3.000 cabeças de gado", "etwa 400 Mitglieder": an estimate of the asker's world
        if _goods(a, text, folded, family):
            continue  # "48 Scheinwerfern", "trois platanes", "40,000 hybrid bulbs": what an escrow's buyer pays for
        if _record_of_the_world(text, folded.folded_position(a.start)) or _in_comment(text, folded.folded_position(a.start)):
            continue  # "Members at last count: 126", "supply: 73k  # 73 = best regards": a record about the asker
        if _past_count(text, folded.folded_position(a.start)) or family not in ("multisig", "splitter") and \
                _part_of_a_count(text, folded.folded_position(a.start), folded.folded_position(a.end)):
            continue  # "2023 waren es 412 Stück", "last year we found only 37 such stones": a count of the past
        if _counted_thing(a, text, folded.folded_position(a.start), folded.folded_position(a.end)) or \
                language == "en" and (_counted_by_form(a, text, folded, family) or _owned_count(a, text, folded)) or \
                language == "de" and _counted_by_german_noun(a, text, folded, family):
            if not _OURS_HAS.search(windows.before(text, folded.folded_position(a.start), 60)):
                out.append(Quantity("counted", a.value, a.start, a.end, a.text))
            continue  # "212 episodes": the asker's world, unless nothing else gives the token's quantity
        if _context_number(a, text, folded.folded_position(a.start), folded.folded_position(a.end)):
            continue  # "Sprint 14", "founded 1336", "May 14", "0:47": the asker's world
        if re.match(r"[ \t]*(?:[^\W\d_]+[ \t]+){0,2}?(?:[x×*][ \t]*\d[\d.,]*[ \t]*(?:[^\W\d_]+[ \t]+){0,2}?)*=[ \t]*\d",
                    text[folded.folded_position(a.end):]):
            continue  # "12 designs x 10 prints = 120 max": a factor of a product whose result is said
        if _worth_in_the_world(text, folded.folded_position(a.start), folded.folded_position(a.end), family):
            continue  # "1 point = 1 overnight": what a unit is worth in the asker's world
        if re.search(r"(?<![\w])(?:every|each)\s+(?!(?:token|coin|nft|share|unit|holder|wallet|member|address)s?\b)[\w-]+\s+"
                     r"(?:is|has|takes|needs|uses|weighs|contains|holds)\s+(?:about\s+|around\s+|roughly\s+|~\s*)?$",
                     windows.before(text, folded.folded_position(a.start), 40)):
            continue  # "every gondola is 280 pieces from 8 different woods": what each thing of the asker's world is
        if _rate_of_the_world(text, folded.folded_position(a.start), folded.folded_position(a.end), family):
            continue  # "ca. 2.400 Stück pro Jahr", "uns 300 por ano": how much the asker makes or sells in a while
        if a.text in ("2", "4") and re.match(r"\s+(?:the|my|our|u|you|me|us|ur|your|every|each|all|free|real|sale|"
                                             r"life|ever|everyone|members?|fans?)(?![\w])", text[folded.folded_position(a.end):]):
            continue  # "cards 4 the studio", "up 2 you": text-speak for "for" and "to"
        if a.value <= 24 and (_HOURS_RANGE.search(text[max(0, folded.folded_position(a.start) - 8):
                                                       folded.folded_position(a.end) + 8])):
            continue  # "stalls open 7-1", "open 6am-2pm", "9 to 5": opening hours
        if _BOTH.search(windows.before(text, folded.folded_position(a.start), 12)) and \
                re.match(r"\s*(?:(?:addresses|wallets|accounts|direcciones|carteras|adresses|adressen|enderecos|carteiras|"
                         r"indirizzi)\s*)?(?:[,.;:!?)]|y |and |et |und |e |$)", text[folded.folded_position(a.end):]) and \
                not any(ch.isdigit() for ch in a.text):
            continue  # "el mismo calendario para los dos", "pour les deux": both of them, a pronoun

        fs, fe = folded.folded_position(a.start), folded.folded_position(a.end)
        again = next((b for b in amounts if _restated(b, amounts, text, folded) and b.value == a.value and
                      re.fullmatch(r"\s*\(\s*", folded.original[a.end:b.start])), None)
        if again is not None:  # "six (6) decimal places": what follows the brackets says what both are
            close = re.match(r"\s*\)", folded.original[again.end:])
            fe = folded.folded_position(again.end + (close.end() if close else 0))
        before, after = _unquoted(_clause_before(text, fs)), _unquoted(_clause_after(text, fe))
        if re.search(r"(?<![\w])(?:mio|mrd|tsd|mill|mln|bn|mn)$", text[fs:fe]) and re.match(r"\.\s+[a-z]", text[fe:]):
            after = _unquoted(_clause_after(text, fe + 1))  # "bei 2 Mio. Token gedeckelt": the abbreviation's dot
        if re.match(r"^\s*(?!(?:ether|eth|wei|gwei|percent|bps|usd|eur)\b)[a-z][\w'-]*(?:\s[\w'-]+)?\s*(?:[:=]|->|→)\s*\S",
                    windows.after(text, fe, 40)) and re.search(r"(?:[:=]|->|→)\s*$", windows.before(text, fs, 30)):
            after = ""  # "Supply: 1000 Decimals: 6": the next record's key, not this value's unit
        raw_before = windows.before(text, fs, 8)
        if re.search(r"(erc|eip|v|version|bip)\s*-?\s*$", raw_before) or re.match(r"^(st|nd|rd|th)\b", after):
            continue  # "ERC 20", "EIP-2612", "v4", "1st"
        if a.text in ("20", "721", "1155", "4626") and (re.search(r"(?:tokens?|nfts?|multi ?-?tokens?|collection|standard|"
                                                              r"contract|vault)\s*\(\s*$", windows.before(text, fs, 30)) or
                                                    a.text != "20" and (re.search(
                                                        r"(?<![\w])(?:contract|contratto|contrato|contrat|vertrag|standard|"
                                                        r"estandar|norme|norma|collection|coleccion|collezione|colecao|"
                                                        r"sammlung|un|una|uno|um|uma|une|ein|eine|einen|a|an)\s*$",
                                                        windows.before(text, fs, 20)) or re.match(
                                                        r"\s*-?\s*(?:contract|contratto|contrato|contrat|vertrag|standard|"
                                                        r"tokens?|nfts?|collection|vault|multi)", text[fe:])) or
                                                    re.search(r"(?:^|[.!?\n]\s*)$", text[:fs]) and
                                                    re.match(r"\s+(?:for|para|pour|per|fur|zum)\b", text[fe:])):
            continue  # "Multi-token (1155) for our kite catalogue": the standard's number in brackets
        if re.fullmatch(r"\d\d", a.text) and re.search(r"(?<![\w])['’‘]$", windows.before(folded.original, a.start, 2)):
            continue  # "since '19", "class of ’98": a year said by its last two digits
        if re.search(r"(?<![\w])(?:instead of|rather than|invece d[ie]\w*|anziche|au lieu d\w*|en (?:lugar|vez) d\w*|em vez d\w*|"
                     r"statt|anstatt|anstelle)(?:\s+(?:the|los|las|el|des|de|dei|degli|der|die|den|os|as|o|i|le|les|usual|"
                     r"soliti|solite|habituels|habituelles|habituales|usuais|ublichen|standard|default|normal\w*)){0,3}\s*$",
                     windows.before(text, fs, 40)):
            continue  # "6 decimali invece dei soliti 18": the value turned down, not one asked for
        if re.search(r"\(\s*(?:not|nicht|pas|non|nao|no)\s+(?:(?:the|los|las|el|les|die|den|der|os|as|o|i|gli|le|usual|"
                     r"default|standard|normal)\s+){0,2}$", windows.before(text, fs, 30)) and \
                re.match(r"^\s*(?:[a-z]+\s*)?\)", windows.after(text, fe, 20)):
            continue  # "with 6 decimals please (not the 18)": the value turned down in a bracket
        if _calendar_year(a, _unquoted(windows.before(text, fs, 25)), after) or \
                _age(a, before, after, windows.before(text, fs, 120)) or _appositive_age(a, text, fs, fe) or \
                _edition_year(a, folded.original[:a.start]):
            continue  # "since 1987", "my nephew is 14": a date or an age, not a quantity of the contract
        if _measure(windows.after(folded.original, a.end, 20)):
            continue  # "a 9.5 m sailboat", "48.000 km": a measure of the asker's world, not a contract value
        if _fiat(windows.before(folded.original, a.start, 6), windows.after(folded.original, a.end, 12)) and not (
                family == "erc4626" and re.match(rf"^\s*(?:k|m|mm|mn|bn)?\s*(?:{_STABLECOINS})(?![\w])",
                                                 windows.after(folded.original, a.end, 12), re.IGNORECASE)):
            hedged = estimated(re.sub(rf"(?:{_FIAT})\s*$", "", windows.before(text, folded.folded_position(a.start), 40)))
            if family in ("crowdsale", "erc721", "erc1155") and not _per_measure(windows.after(folded.original, a.end, 30)) and \
                    not hedged:  # ("each one ... sells around USD 2,400": what the asker's goods fetch, roughly)
                out.append(Quantity("fiat", value=a.value, start=a.start, end=a.end, text=a.text))
            continue  # "our bread costs $3.50", "a car worth 6 500 €": money in the asker's world
        key, value = _classify_amount(a, before, after, family)
        if key in ("number", "aside") and family in ("erc20", "governor") and re.search(
                r"(?<![\w])(?:emis|emise|emises|emitid[oa]s?|emitted|issued|minted|cunhad[oa]s?|acunad[oa]s?|ausgegeben|"
                r"emess[ioe]|coniat[ioe])\s+(?:a|à|at|en|em|in|con|with|de|di|zu|mit)?\s*$", windows.before(text, fs, 30)):
            key = "supply"  # "son propre jeton de vote, émis à 1 000 000 d'exemplaires": the token issued at that count
        if key == "number" and family in ("erc20", "governor") and re.match(
                r"\s*(?:tokens?\s+|coins?\s+|units?\s+)?(?:made|minted|issued|created|printed|struck)\s+(?:at|on|from|in)\s+"
                r"(?:the\s+)?(?:start|launch|beginning|outset|deploy\w*|creation|day one|genesis)(?![\w])", windows.after(text, fe, 40)):
            key = "supply"  # "400,000 made at the start": the count the token starts with
        if key in ("supply", "number") and family in ("erc721", "erc1155") and re.search(
                r"(?<![\w])(?:we|i|they)\s+(?:have|own|hold|keep|got|make|made|sell|sold)\s+(?:~\s*|about\s+|around\s+|roughly\s+|"
                r"some\s+|over\s+|nearly\s+|almost\s+)?$", windows.before(text, fs, 30)):
            key = "aside"  # "we have ~1200 pieces with insect inside but only 888 certified": the asker's stock
        if key == "number" and any(q.value == a.value and q.key in ("decimals", "supply", "cap") for q in out):
            key = "aside"  # "18 decimals... make it 6, the accounts software chokes on 18": a value named again
        if key == "number" and family in ("erc20", "governor") and not _bound(windows.before(text, fs, 30)) and \
                re.match(r"\s*of (?:them|'em|those)\b", windows.after(text, fe, 12)) and \
                not re.search(r"(?<![\w])(?:has|have|had|owns?|holds?|hoards?|keeps?|got|collected|sold|lost)\s+(?:like\s+|about\s+|"
                              r"around\s+|some\s+|maybe\s+|already\s+)?$", windows.before(text, fs, 30)) and \
                re.search(rf"(?<![\w])(?:{TOKEN_NOUNS})(?![\w])", re.split(r"[.;!?\n]", text[:fs])[-1]):
            key = "supply"  # "its own voting token, symbol VOTO, 250,000 of them": how many of the tokens
        bracket_fix = _corrected_in_brackets(a, text, fs, out) if key == "number" else None
        if bracket_fix is not None:  # "decimals: 8   # sorry, 8 is mistake, please 18": the comment's own correction
            key = bracket_fix.key
            out.remove(bracket_fix)
            out.append(Quantity("aside", bracket_fix.value, bracket_fix.start, bracket_fix.end, bracket_fix.text))
        slipped = next((q for q in reversed(out) if q.end <= a.start), None)
        if key == "number" and slipped is not None and slipped.key in ("number", "supply", "cap", "decimals", "percent",
                                                                         "threshold") \
                and _CORRECTED_TO.fullmatch(folded.original[slipped.end:a.start]):
            key = slipped.key  # "64 million — no, 6.4 million, sorry": the value said again, corrected
            out.remove(slipped)
            out.append(Quantity("aside", slipped.value, slipped.start, slipped.end, slipped.text))  # explained, set nothing
        if key == "percent" and re.search(r"(?<![\w])(?:more than|over|above|max(?:imum)?|at most|up to|no more than)\s*$",
                                          windows.before(text, fs, 20)) and \
                re.match(r"\s*(?:%|percent|per ?cent)?\s*(?:of\s+(?:all\s+)?(?:the\s+)?(?:tokens|supply|coins)\s+)?(?:in|per|for|on)\s+"
                         r"(?:one|a|each|any|single|a single)\s+(?:wallet|address|account|holder)", windows.after(text, fe, 60)):
            key = "max_wallet"  # "nobody can keep more than 1% of all tokens in one wallet": the per-wallet limit's size
        if key == "percent" and re.search(r"(?<![\w])(?:we|i|they)\s+(?:have|had|'ve got|'ve raised|'ve collected|got|own|raised|"
                                          r"collected|saved|already have)\s+(?:already\s+|about\s+|around\s+|only\s+|just\s+)?$",
                                          windows.before(text, fs, 40)):
            continue  # "will cost about €410,000, of which we have 38 %": how far the asker's own fund has come
        if key == "number" and (_world_count_corrected(a, amounts, out, folded) or _world_list_goes_on(a, amounts, out, folded)):
            key = "aside"  # "We have 40 staff... ah no, 38 now", "circa 160 botteghe, 52 nel consorzio": the asker's world
        if key is None or key == "number" and _described(a, windows.before(text, fs, 30), windows.after(text, fe, 30)):
            continue
        if key == "number" and (a.value == int(a.value) or re.fullmatch(r"\d{1,3}(?:\.\d{3})+", a.text.strip())) and (
                _counts_a_noun(after, windows.after(folded.original, a.end, 40), language, windows.before(text, fe, 30)) or
                _WE_ARE.search(windows.before(text, fs, 40)) or _DONE_BEFORE.search(windows.before(text, fs, 40)) or
                _OF_OURS.match(after) or _WE_ARE_WITH.search(windows.before(text, fs, 60)) or
                _ours_are(windows.before(text, fs, 60)) or _WE_ARE_THEN_COUNT.search(windows.before(text, fs, 80)) or
                _SOMEONE_HAS.search(windows.before(text, fs, 40))):
            key = "aside"  # "14 masters and 3 apprentices", "6 ettari": the asker's world, unless nothing else is the quantity
        elif key == "number" and (out and out[-1].key == "aside" and re.fullmatch(
                r"(?:\s*[\w'-]+){0,4}\s*(?:,|and|y|et|und|e|plus|&)\s*", folded.original[out[-1].end:a.start]) or
                _WE_HAVE_BEFORE.search(windows.before(text, fs, 80))):
            key = "aside"  # "14 double kayak and 3 single", "11 guides in winter, 26 in summer": the list goes on
        if key == "supply" and family in ("splitter", "multisig", "escrow", "timelock", "vesting") and \
                estimated(windows.before(text, fs, 30)):
            continue  # "Split the income of the museum tickets ... around 600 pieces": the asker's things, roughly
        if key == "supply" and re.search(r"(?<![\w])(?:we|i|they)(?:'ve| have| had)?\s+(?:already\s+)?(?:sold|bought|"
                                         r"shipped|delivered|caught|won|lost|repaired|restored|collected|planted|"
                                         r"harvested)\s+(?:about\s+|around\s+|some\s+|over\s+|only\s+)?$",
                                         windows.before(text, fs, 40)):
            key = "aside"  # "(we sold 41 pieces at the spring show)": the asker's trade, however it counts
        if key == "price_wei" and family == "escrow" and re.search(
                r"(?<![\w])(?:about|around|roughly|approximately|approx\.?|~|up to|at most|budget(?: of)?|circa|ca\.|environ|"
                r"etwa|rund|cerca de|unos|aproximadamente|quasi|some)\s*$", windows.before(text, fs, 20)):
            # (not "über", "over", "more than": "Verkauf über 6,5 ETH" is the sale's price)
            continue  # "budget about 14 ETH": an estimate, never an escrow's exact price
        unit = re.match(rf"\s*(?:{lexicon.PERCENT_WORDS}|ether|eth|gwei|wei)(?![\w])", folded.original[a.end:], re.IGNORECASE)
        end = a.end + unit.end() if unit else a.end
        out.append(Quantity(key, value, a.start, end, folded.original[a.start:end]))
    folded_spans = [(folded.folded_position(d.start), folded.folded_position(d.end)) for d in durations]
    for d in durations:
        fs, fe = folded.folded_position(d.start), folded.folded_position(d.end)
        if _in_aside(text, fs) or _frequency(text[:fs], text[fs:fe]) or _career(text, fs, fe, family) or \
                _said_as_context(text, fs, fe) or re.search(r"(?<![\w])(?:de|di|da|von)\s+\w+\s+(?:em|en|in|zu)\s*$",
                                                            windows.before(text, fs, 30)):
            continue  # "(founded 1887, 40,000 visitors a year)", "de 9 em 9 anos": how often, in the asker's world
        before, after = _clause_before(text, fs, 50), _clause_after(text, fe, 40)
        if not before.strip() and not after.strip() and re.search(r",\s*$", text[:fs]):
            # "put a timelock on execution, 2 days": a duration standing alone after a comma is the clause before's
            before = _clause_before(text, len(re.sub(r",\s*$", "", text[:fs])), 50) + " "
        # a role word never reaches past another duration: "4 years and first one year is cliff"
        previous_end = max((e for s, e in folded_spans if e <= fs), default=None)
        next_start = min((s for s, e in folded_spans if s >= fe), default=None)
        if previous_end is not None and fs - previous_end < len(before):
            before = before[len(before) - (fs - previous_end):]
        followed = next_start is not None and next_start - fe < len(after)
        if followed:
            after = after[:next_start - fe]
        key = _duration_key(before, after, family, followed)
        if family == "vesting" and _AFTER_DEPLOYMENT.match(after) and \
                re.search(_STARTS, _clause_before(text, fs, 80)):
            key = "delay_seconds"  # "the clock starts 30 days after deployment": the vesting's start delay
        elif family == "vesting" and re.search(rf"{_STARTS}\s+(?:(?:a|to|de)\s+(?:contar|count|correr|run|tick|compter|"
                                               r"correre|contare)\s+)?(?:(?:hasta|until|till|jusqu'a|bis|ate|fino a)\s+)?"
                                               r"(?:(?:only|solo|so|seulement|erst|soltanto)\s+)?(?:in|within|"
                                               r"dentro de|en|daqui a|dentro de|em|dans|d'ici|tra|fra|nach)\s*$", before):
            key = "delay_seconds"  # "que la liberación empiece dentro de 30 días", "só começa daqui a 2 meses"
        elif family == "vesting" and re.search(r"(?<![\w])(?:erst\s+)?(?:in|nach)\s*$", before) and \
                re.match(r"^\s*(?:anfangen|anfangt|beginnen|beginnt|starten|startet|losgehen|losgeht|einsetzen|einsetzt)(?![\w])",
                         after):
            key = "delay_seconds"  # "die Freigabe soll erst in 60 Tagen anfangen": the start, the verb last
        elif family == "vesting" and re.search(rf"{_STARTS}\s*$", before) and \
                re.match(r"^\s*(?:later|after (?:today|now|deploy\w*|launch\w*|creation))(?![\w])", after):
            key = "delay_seconds"  # "Start 1 week later, continue for 4 years": the vesting's start delay
        elif family == "vesting" and re.match(r"^\s*(?:from now|from today|fae now|frae now|ab jetzt|ab heute|von jetzt an|a partir de (?:hoy|"
                                              r"ahora|agora|hoje)|a partir d'aujourd'hui|da oggi|da adesso|da ora)(?![\w])",
                                              after) and \
                (re.search(r"(?<![\w])(?:in|en|dans|em|tra|fra|starting|beginning|starts?|begins?|dentro de|daqui a)\s*$", before) or
                 re.search(_STARTS, re.split(r"[.;!?\n]", text[:fs])[-1])):
            key = "delay_seconds"  # "der Beginn ... also in 3 Monaten ab jetzt", "starting 3 months from now"
        elif family == "vesting" and re.search(
                rf"{_STARTS}\s+(?:[\w']+\s+){{0,2}}(?:posticipat\w*|rinviat\w*|ritardat\w*|delayed|postponed|deferred|pushed back|"
                r"retrasad\w*|aplazad\w*|pospuest\w*|differe\w*|decale\w*|repousse\w*|verschoben|verzogert|adiad\w*|"
                r"atrasad\w*|postergad\w*)\s+(?:di|by|de|um|of|par|du|d')?\s*$", before):
            key = "delay_seconds"  # "con l'inizio posticipato di 3 mesi", "the start delayed by 3 months"
        elif family == "vesting" and re.search(r"(?:(?:in|during|for|within) (?:the )?|(?:^|[,.;:]\s*|\b(?:and|but|y|et|und|e)\s+)"
                                               r"(?:the )?)first\s*$|(?<![\w])(?:nos|nas|en los|en las|dans les|nei|nelle|"
                                               r"in den|im|nel|no|na|en el|en la|dans la|dans le|durante (?:os|as|los|las|i|le|o|a|"
                                               r"el|la|il))\s+(?:primeiros|primeiras|primeros|primeras|premiers|premieres|primi|"
                                               r"prime|ersten|primo|prima|primeiro|primeira|primer|primera|premier|premiere)\s*$",
                                               before) and \
                re.match(r"^,?\s*(?:(?:he|she|they|we|i|it)\s+(?:gets?|receives?|has|can claim|will get|can get)\s+)?"
                         r"(?:nothing(?: at all)?\s*(?:[.,;)!(]|$)|nothing(?: at all)? (?:can be |is |gets |will be )?(?:release[sd]?|unlock(?:ed|s)?|vest(?:ed|s)?|"
                         r"claimable|claimed|paid|comes out|comes|moves)|(?:nao|no|non|ne|nicht)\s+(?:[\w']+\s+){0,2}"
                         r"(?:nada|rien|niente|nulla|nichts)|(?:[\w']+\s+){0,4}?(?:aber\s+|pero\s+|mais\s+|ma\s+|mas\s+)?"
                         r"(?:nichts|nada|rien|niente|nulla)\s+(?:auszahlen|ausgezahlt|freigeben|freigegeben|liberar|liberado|"
                         r"libere|verser|verse|sbloccare|sbloccato|pagar|pago|payer|paye|pagare|pagato)\b)", after):
            key = "cliff_seconds"  # "in the first 6 months nothing can be released": the cliff, said duration first
        elif family == "vesting" and re.search(
                r"(?<![\w])(?:nothing|nada|rien|nichts|niente)(?: at all)?(?: [\w'-]+){0,2} (?:until|till|before|hasta|antes de|"
                r"avant|jusqu'a|bis|vor|ate|antes d[eo]|fino a|prima d[ie]|during|in|durante|pendant|durant|wahrend|im|nel|nell')(?: the end of| la fin d(?:es|u|e la)| el final de(?: los)?"
                r"| o fim d[oa]s?| dem ende der| la fine de[il])?(?: the| el| la| le| l'| les| los| des| au| zum| dem| o| os| a| il| al| i|"
                r" his| her| their| its| my| your| our| su| sus| son| sa| ses| leur| leurs| seinem| ihrem| seu| sua| seus| suas| suo)?"
                r"(?: (?:first|premiers?|premieres?|primeros?|primeras?|primeiros?|primeiras?|ersten|primi|prime))?"
                r"(?: (?:she|he|they|we|i)(?:'s|'re|'m|’s| is| are| has been| have been))?\s*$",
                before):
            key = "cliff_seconds"  # "nothing claimable until the first anniversary", "nothing until she's six months in"
        elif key == "duration_seconds" and family == "governor" and _BEFORE_EXECUTION.match(after):
            key = "delay_seconds"  # "passed proposals wait 3 days in a timelock before they execute"
        elif key == "duration_seconds" and family == "governor" and (
                lexicon.find(_VOTING, _clause_before(text, fs, 120)) or re.search(
                    r"(?<![\w])(?:period|periodo|periode|abstimmungsdauer|dauer|duration|duracion|duree|durata|duracao)\s*[:=]?\s*"
                    r"(?:of|de|di|von|is|es|est|ist|e)?\s*$", before)):
            # ("voting delay 2 days, period 5 days": a governor's period is its vote's)
            key = "voting_period_seconds"  # "voting opens a day after a proposal and runs for two weeks": how long
        elif key == "delay_seconds" and family == "governor" and \
                not re.search(r"time ?-?lock|execut|ejecut|esegu|ausfuhr|queue|cola|file d'attente|warteschlange|coda|fila",
                              text):
            key = "voting_delay_seconds"  # "voting period 3 days, delay 1 hour": with no timelock, the vote's own delay
        corrected = next((q for q in reversed(out) if q.end <= d.start and q.key.endswith("_seconds") and
                          (_CORRECTED_TO.fullmatch(folded.original[q.end:d.start]) or
                           _CORRECTED_THEN_SET.search(folded.text[folded.folded_position(q.end):fs]))), None)
        if key == "duration_seconds" and corrected:
            key = corrected.key  # "voting delay 2 days -> no, 1 day", "2 giorni... anzi no, 1 giorno": the same setting
        elif key == "duration_seconds" and any(q.value == d.seconds and q.key.endswith("_seconds") for q in out):
            continue  # "Minimum delay one week. Sorry, sensei says one week is too long": the value named again
        elif key in ("duration_seconds", "delay_seconds") and \
                re.search(rf"(?<![\w])(?:{_CORRECTED_TO.pattern})$", windows.before(text, fs, 40), re.IGNORECASE):
            # "No delay before voting starts... actually, give it one hour", "no delay before voting... actually make it
            # an hour of delay": the setting the trailed-off clause named
            trailed = re.split(r"(?<!\.)[.;!?\n](?!\.)", windows.before(text, fs, 90).replace("…", "..."))[-1]
            named = _duration_key(trailed, after if key == "duration_seconds" else "", family, followed)
            key = named if key == "duration_seconds" or named not in ("duration_seconds", "delay_seconds") else key
        bare = retimed.get(d.start)
        count = re.match(r"\s*(\d+(?:[.,]\d+)?)(?![\d.,])", d.text)
        if bare is not None and count:  # "minDelay: 6 hours (no, make it 12; ...)": the new count, in the same unit
            unit = Decimal(d.seconds) / Decimal(count.group(1).replace(",", "."))
            out.append(Quantity("aside", d.seconds, d.start, d.end, d.text))
            out.append(Quantity(key, int(bare.value * unit), bare.start, bare.end, bare.text))
            continue
        out.append(Quantity(key, d.seconds, d.start, d.end, d.text))
    if any(q.key == "price_wei" for q in out):
        # "price 0.01 ether each ... A real paper ticket cost 3 euros": the price is set in ether, money beside it is context
        out = [q for q in out if q.key != "fiat"]
    return sorted(out, key=lambda q: q.start)


SETS_VALUE = r"make it|make that|let'?s say|change it to|set it to"
"""The words that set a value just before it, after a correction: "... too long, make it 3 days"."""
_CORRECTED_THEN_SET = re.compile(r"^[^\d]{0,100}?(?<![\w])(?:sorry|no|nope|nah|actually|wait|hmm+|hm+|scratch that|scrap that)"
                                 rf"(?![\w])[^\d]{{0,80}}?(?<![\w])(?:{SETS_VALUE})\s*$")
"""A correction, a reason, and the verb that sets the new value: "one week. Sorry, sensei says one week is too long,
make it 3 days"."""
_SOMEONE_HAS = re.compile(r"(?<![\w])(?:he|she|they|someone|somebody|one guy|who|er|sie|il|elle|ele|ela|lui|lei|el|ella)\s+"
                          r"(?:already\s+)?(?:has|have|had|owns?|holds?|hoards?|keeps?|got|hat|besitzt|a|possede|tem|ha|tiene)\s+"
                          r"(?:like\s+|about\s+|around\s+|some\s+|maybe\s+|over\s+|already\s+|schon\s+|deja\s+|ja\s+|gia\s+|ya\s+)?$")
"""What a person of the asker's world holds: "one guy hoards our paper stamps, he has like 300 of them"."""


def _world_list_goes_on(a: Amount, amounts: list[Amount], out: list[Quantity], folded: lexicon.Folded) -> bool:
    """"A Cremona ci sono circa 160 botteghe, 52 nel consorzio": a number after a comma that follows a count the
    reading left as the asker's world, itself placed by a preposition, goes on counting that world."""
    prior = _prior_of_the_world(a, amounts, out)
    if prior is None:
        return False
    between, after = folded.original[prior.end:a.start], folded.original[a.end:]
    return bool(re.fullmatch(r"\s*(?:[^\W\d_][\w'-]*\s*){1,3}?,\s*", between) and
                re.match(r"\s+(?:nel|nella|nei|in|im|en|dans|no|na|nos|al|at|among|tra|fra|entre|unter|davon|of them|di loro|"
                         r"de ellos|d'entre eux|delas|deles)(?![\w])", after, re.IGNORECASE) or
                # "since 1952, 9 maestri and 4 furnace.": the list of the asker's things closes on one more noun
                re.fullmatch(r"\s*[^\W\d_][\w'-]*\s*(?:,|and|y|et|und|e|&)\s*", between) and
                re.match(r"\s+[^\W\d_][\w'-]{2,}\s*(?:[.;!?)]|$)", after))


_PRESENT = re.compile(r"\s+(?:members\s+)?(?:present|attended|came|voted|were there|in favou?r|agreed|presentes?|presents?|"
                      r"presenti|anwesend|dabei|a favor|a favore|pour|shares|anteil\w*|acciones|participaciones|parts|quote|"
                      r"quotas|cotas|azioni)(?![\w])")
"""Who came or voted, or a holding, after an M of N: "7 of 9 present", "3 von 10 Anteilen"."""


def _prior_of_the_world(a: Amount, amounts: list[Amount], out: list[Quantity]) -> Amount | None:
    """The amount right before `a`, when the reading left it as the asker's world (no value of the contract)."""
    prior = next((p for p in reversed(amounts) if p.end <= a.start), None)
    if prior is None or any(q.start <= prior.start < q.end and q.key not in ("counted", "aside") for q in out):
        return None
    return prior


def _world_count_corrected(a: Amount, amounts: list[Amount], out: list[Quantity], folded: lexicon.Folded) -> bool:
    """The number right after a correction of a count the reading left as the asker's world corrects that count."""
    prior = _prior_of_the_world(a, amounts, out)
    if prior is None:
        return False
    between = folded.original[prior.end:a.start]
    return bool(re.fullmatch(rf"\s*(?:[^\W\d_][\w'-]*\s*){{0,2}}?[\s.…,;:—–-]*(?:(?:ah|oh|eh|uh|um)[,!]?\s+)?"
                             rf"(?:{_CORRECTED_TO.pattern})", between, re.IGNORECASE))


_CORRECTED_TO = re.compile(r"[\s.…,;:>—–#/(?-]*(?:(?:no|nope|nein|non|não|nao|anzi|anzi no|actually|i mean|sorry|i am sorry|hmm+|hm+|"
                           r"i'?m sorry|i made (?:a )?mistake|my mistake|my bad|perdón|perdon|"
                           r"pardon|scusa|desculpa|besser|lieber|plutôt|plutot|mejor|meglio|melhor)[\s.,:!—–-]*)+"
                           # "2.5 billion? no that's silly, 250 million": a judgement of the slip before the new value
                           r"(?:(?:that'?s|that is|it'?s|this is)\s+(?:[a-z]+\s+){0,2}?[a-z]+[,;!]\s*)?"
                           r"(?:(?:make it|give it|let'?s say|rather|it should be|should be|it must be|mettons|mets|pon|ponle|"
                           r"metti|mach|coloca|put|set it to|set|use|go with)\s*)?",
                           re.IGNORECASE)
"""The words between a duration and the one that replaces it: "2 days -> no, 1 day", "2 giorni... anzi no, 1 giorno"."""


_COUNTED_THINGS = (
    r"tracks?|songs?|acts|intermissions|scenes|films|movies|shorts|screens|screenings|performances|shows|"
    r"posti(?: a sedere)?|asientos|sitzplatze|assentos|places assises|seats|beds|camas|lits|betten|letti|leitos|albums?|records|eps|singles|episodes?|podcasts|stores|shops|branches|outlets|locations|"
    r"restaurants|cafes|schools|classes|courses|books|volumes|titles|paintings|photos|visitors|views|downloads|streams|"
    r"volumi|volumenes|tomos|bande|"
    r"likes|pints|loaves|tabs|pages|chapters|seats|rooms|beds|cows|hives|trees|games|matches|wins|commits|stars|"
    r"repos|projects|countries|cities|languages|holders|wallets|transactions|orders|wallet flows|flows|years|decades|"
    # people the other lists do not name
    r"singers|musicians|dancers|riders|runners|farmers|growers|makers|workers|teachers|nurses|doctors|patients|"
    r"residents|neighbou?rs|citizens|voters|guests|readers|listeners|viewers|parents|families|households|adherents|"
    r"cantantes|musicos|agricultores|vecinos|familias|lectores|oyentes|voluntarios|afiliados|"
    r"adherents|chanteurs|musiciens|benevoles|habitants|familles|lecteurs|auditeurs|agriculteurs|producteurs|"
    r"sanger\w*|musiker\w*|landwirte\w*|bauern|einwohner\w*|familien|leser\w*|horer\w*|helfer\w*|"
    r"cantores|moradores|leitores|ouvintes|associados|"
    r"cantanti|musicisti|agricoltori|abitanti|famiglie|lettori|ascoltatori|volontari|iscritti|tesserati|"
    r"canciones|discos|albumes|episodios|tiendas|sucursales|locales|libros|visitantes|barras|panes|mesas|arboles|"
    r"colmenas|paginas|paises|ciudades|titulares|anos|"
    r"chansons|titres|episodes|magasins|boutiques|succursales|agences|livres|ouvrages|visiteurs|baguettes|pains|"
    r"arbres|ruches|pays|villes|detenteurs|presents|ans|annees|"
    r"lieder|alben|folgen|episoden|filialen|laden|geschafte|standorte|bucher|besucher\w*|brote|tische|baume|"
    r"bienenstocke|seiten|lander|stadte|halter\w*|inhaber\w*|jahre\w*|"
    r"musicas|cancoes|albuns|lojas|filiais|livros|paes|arvores|colmeias|cidades|detentores|integrantes|"
    r"canzoni|brani|episodi|negozi|filiali|punti vendita|libri|visitatori|tavoli|alberi|arnie|pagine|paesi|citta|"
    r"detentori|possessori|anni")
"""Plural nouns of things in the asker's world (six languages, folded): a number counting them is context,
never the token's quantity. Editions, copies, pieces, items and points are left out: they can be what a
token counts."""
_LABELS = (r"sprint|season|milestone|team|section|sec\.|rev\.?|revision|ticket|room|motion|route|round|chapter|item|"
           r"resolution|resolucion|resolucao|risoluzione|beschluss|batch|charge|tanda|partita|"
           r"agenda item|point|punto|tagesordnungspunkt|top|since|seit|desde|depuis|dal|dalla|vol\.?|volume|edition|"
           r"episode|release|patch|article|clause|story points|estimate|page|grade|class of|"
           r"temporada|saison|staffel|stagione|capitulo|chapitre|kapitel|capitolo|seccion|abschnitt|secao|sezione|"
           r"ronda|runde|rodada|mappale|parcela|parcelle|flurstuck|zimmer|sala|salle|stanza|aula|openzeppelin|"
           r"solidity|version|ver\.?|hausnummer|lote|lotto|alpha|beta|patch|build|level|lvl|server-level|rc|"
           r"§|art\.|articulo|artikel|artigo|articolo|budget|presupuesto|orcamento|bilancio|revenue|salary|salario|"
           r"gehalt|umsatz|chiffre d'affaires|fatturato|faturamento|ingresos|"
           r"(?:pop\.?|population|poblacion|bevolkerung|populacao|popolazione|habitants|einwohner|habitantes|abitanti)"
           r"(?: of| de| di| von)?(?: about| around| approx\.?| approximately| roughly| some| circa| ca\.?| environ| unos| cerca de| etwa| "
           r"circa| quasi)?|ward|floor|station|gate|platform|bay|building|apt|suite|stall|booth|bed|locker|"
           r"table|court|lane|pitch|studio|stage|hall|lot|pier|berth|dock|row|aisle|shelf|plot|stand|"
           # "the conductors of the line 28", "linha 28", "Buslinie 7": a line of a network, a bus or a tram
           r"(?:bus |tram |metro |subway |ferry )?line|linha|linea|ligne|linie|buslinie|tramlinie|straßenbahnlinie|strassenbahnlinie|"
           r"bus|tram|tranvia|eletrico|electrico|autobus|"
           # "family business since Heisei 8": a year of a Japanese era; "coupon type 1 = wash": a kind's number
           r"heisei|showa|reiwa|taisho|meiji|type|typ|tipo")
_FOUNDED_YEAR = (r"promotion|promo|jahrgang|class of|promocion|turma de|leva|abitur|matura|graduated( in)?|"
                 r"laureat[oa]( nel)?|diplome( en)?|retired( in)?|retraite( en)?|founded|established|est\.|since|gegrundet|gegr\.|seit|fundad[oa]|fondee?|depuis|fondat[oa]|creee? en|"
                 r"cree en|desde|dal|nel|em|en|in|im|anno|ano|annee|jahr|first lit|lit|built|opened|erected|launched|"
                 r"started|dating from|dates from|constructed|restored|inaugurated|born|gebaut|erbaut|construit|construido|"
                 r"costruit[oa]|construid[oa]|inaugur\w*")


def _bound(before: str) -> bool:
    """"never more than 100 seats": a bound the contract holds, whatever it counts."""
    return bool(re.search(rf"(?<![\w])(?:{lexicon.CAP_WORDS}|more than|over|max|fino a|hasta|jusqu'a|bis zu|ate)\s*$",
                          before))


_NOT_COUNTED = (
    r"tokens|coins|points|credits|units|shares|nfts|badges|cards|items|pieces|tickets|stamps|stars|rewards|vouchers|"
    r"gems|editions|copies|prints|decimals|places|digits|percent|days|hours|weeks|months|years|seconds|minutes|secs|"
    r"mins|hrs|blocks|votes|signatures|sigs|confirmations|approvals|ids|times|others|plus|thus|less|unless|across|always|"
    r"perhaps|whereas|minus|bps|sats|dollars|euros|pounds|francs|pesos|reais|ethers|tops|lots|passes|seats|spots|"
    r"slots|mints|tiers|levels|keys|owners|signers|payees|members|holders|wallets|addresses|accounts|"
    r"tokens?|each|this|has|was|is|its|yes|as|us")
"""Plurals that may follow a number and be the contract's own quantity (or no noun at all)."""


def _counted_by_form(a: Amount, text: str, folded: lexicon.Folded, family: str) -> bool:
    """"two chairs", "312 entries", "8,000 reviewers": in English a number before a lowercase plural noun no
    contract counts is a count of the asker's world, whatever the noun (the token-ish nouns, units and
    parameters aside)."""
    if a.value != int(a.value) or family in ("erc721", "erc1155"):
        return False  # "3,333 frogs": in a collection the noun is often what the token counts
    after = re.sub(r"^\s*\(\s*[\d.,]+\s*\)", " ", windows.after(folded.original, a.end, 50))  # "two (2) counterparts"
    m = re.match(r"\s*(?:[a-z][a-z'-]+\s+)?([a-z][a-z'-]{2,}s)(?![\w'-])", after)
    if m and re.match(r"\s*(?:[:=]|->|→)", after[m.end():]):
        return False  # "supply = 64000 features = [...]": the next record's key
    if not m or re.fullmatch(rf"(?:{_NOT_COUNTED}|{lexicon.SUPPLY_WORDS}|{lexicon.DECIMAL_WORDS})", m.group(1)) or \
            m.group(1).endswith("ss") or lexicon.correct(m.group(1)) != m.group(1):
        return False  # a token-ish noun, a unit, or a typo of a known word ("18 decimels")
    if m.group(0).strip() != m.group(1) and re.fullmatch(rf"(?:{lexicon.SUPPLY_WORDS}|of|per|a|an|the|in|at|to|for|"
                                                         r"max|total|more|new|million|thousand|billion|k|m)",
                                                         m.group(0).split()[0]):
        return False
    return not _bound(windows.before(text, folded.folded_position(a.start), 30))


_GERMAN_TOKEN_NOUNS = (r"stuck|stucke|token|tokens|einheiten|einheit|munzen|munze|anteile|punkte|coins?|nfts?|mio|millionen|"
                       r"million|tausend|mrd|milliarden|milliarde|prozent|dezimalstellen|nachkommastellen|stellen|jahre|jahren|"
                       r"monate|monaten|tage|tagen|wochen|stunden|minuten|sekunden|blocke|blocken|stimmen|unterschriften|"
                       r"signaturen|bestatigungen|eth|ether|wei|gwei|gutscheine|exemplare|editionen|ids|sorten|arten|"
                       r"besitzer|inhaber|eigentumer|unterzeichner|schlussel|adressen|wallets|bps|basispunkte|aktien|lose|tickets|"
                       r"\w*punkte|\w*token|\w*munzen|\w*marken|\w*taler|\w*gutscheine|\w*anteile|\w*bestand|\w*menge|\w*angebot|"
                       r"\w*ausgabe|gesamt\w*|start\w*|vorrat|insgesamt|anfang\w*|obergrenze|hochst\w*|maximum|limit")


def _counted_by_german_noun(a: Amount, text: str, folded: lexicon.Folded, family: str) -> bool:
    """"mit zwölf Leuten", "mit 23 Näherinnen", "rund 11 000 Schafe": German capitalises every noun, so a whole number
    before a capitalised noun that no contract counts is a count of the asker's world (like an English plural)."""
    if a.value != int(a.value) or family in ("erc721", "erc1155"):
        return False
    m = re.match(r"\s*([A-ZÄÖÜ][a-zäöüß]{2,})(?![\w-])", windows.after(folded.original, a.end, 30))
    if not m or re.match(r"\s*(?:[:=]|->|→)", folded.original[a.end + m.end():]):
        return False
    noun = lexicon.fold(m.group(1))
    if _measure(windows.after(folded.original, a.end, 20)) or re.fullmatch(rf"(?:{_GERMAN_TOKEN_NOUNS}|{lexicon.SUPPLY_WORDS}|{lexicon.DECIMAL_WORDS})", noun) or \
            lexicon.correct(noun) != noun:
        return False
    return not _bound(windows.before(text, folded.folded_position(a.start), 30))


_ENGLISH_HEDGES = (r"about|around|roughly|approximately|approx\.?|nearly|almost|some|over|more than|ca\.|usually|typically|maybe|"
                   r"perhaps|possibly|"
                   r"normally|generally|on average")
"""Words that make the number after them an estimate, in English."""
_HEDGE_WORDS = (r"cerca de|aproximadamente|alrededor de|unos|unas|environ|quelque|pres de|etwa|rund|circa|ca\.|ungefahr|"
                r"knapp|quasi|oltre|mais de|mas de|plus de|uber|um die|normalmente|habituellement|generalement|normalerweise|"
                r"gewohnlich|meistens|di solito|solitamente|geralmente|por lo general|en general")
"""The same in the five other languages."""
_HABITUAL = re.compile(r"(?<![\w])(?:usually|typically|normally|generally|on average|normalmente|habituellement|"
                       r"generalement|normalerweise|gewohnlich|meistens|di solito|solitamente|geralmente|por lo general|"
                       r"en general)\s+$")
"""What is usually so ("a wedding set is usually 7 pieces"): the asker's world, whatever the noun."""
_ENGLISH_ESTIMATE = re.compile(rf"(?<![\w])(?:{_ENGLISH_HEDGES})\s+$")
_HOLDS_OR_ABOUT = re.compile(r"(?<![\w])(?:(?:we|i|they)(?:'ve| have)?\s+(?:got|have|hold|own|run|serve|employ|look after|"
                             rf"care for|manage|keep)|we've|(?:there are|there's)|{_ENGLISH_HEDGES}|our|my|their|his|her|"
                             r"with)\s+$")
_HEDGES = re.compile(rf"(?<![\w])(?:{_HEDGE_WORDS})\s+$")


_FUTURE = (r"next year|next season|next month|later|later on|someday|some day|one day|in the future|eventually|"
           r"el (?:ano|año) que viene|el proximo ano|mas adelante|l'annee prochaine|l'an prochain|plus tard|un jour|"
           r"nachstes jahr|spater|irgendwann|l'anno prossimo|piu avanti|in futuro|ano que vem|"
           r"no proximo ano|mais tarde|no futuro")
_PROJECTED = re.compile(rf"^\s*(?:[^\W\d_]+\s+)?(?:{_FUTURE})(?![\w])")
_MAYBE = re.compile(r"(?<![\w])(?:maybe|perhaps|possibly|quizas?|quiza|tal vez|a lo mejor|peut-etre|vielleicht|forse|"
                    r"magari|talvez|quem sabe)\s+(?:even\s+|up to\s+|around\s+|about\s+|hasta\s+|jusqu'a\s+|bis zu\s+|"
                    r"fino a\s+|ate\s+)?$")


_TIME_UNITS = (r"seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|dias?|días|semanas?|meses|mes|anos?|años|"
               r"jours?|semaines?|mois|ans?|annees?|tage?n?|wochen?|monate?n?|jahre?n?|giorni|giorno|settimane?|mesi|mese|anni|"
               r"anno|horas?|heures?|stunden?|ore|ora")


def _bracket_around(text: str, start: int) -> tuple[int, int] | None:
    """Where the bracket holding `start` opens and closes (the text's end when it never closes), or None."""
    opened = text.rfind("(", 0, start)
    if opened < 0 or ")" in text[opened:start]:
        return None
    closed = text.find(")", start)
    return opened, closed if closed >= 0 else len(text)


def _hedged_count_aside(text: str, start: int, end: int) -> bool:
    """A bracket holding only a rough count, after words that name no value of the contract: "(unos 15)", "(about 40)"."""
    bracket = _bracket_around(text, start)
    if bracket is None or not re.match(r"\s*\)", text[end:]):
        return False
    opened = bracket[0]
    if not estimated(text[opened + 1:start]) or not re.fullmatch(r"\(\s*(?:[^\W\d_.]+\.?\s+){1,2}", text[opened:start]):
        return False
    return not re.search(rf"(?<![\w])(?:{lexicon.SUPPLY_WORDS}|{lexicon.CAP_WORDS}|{_CONTRACT_WORDS}|{TOKEN_NOUNS})\s*[:=]?\s*$",
                         text[:opened].rstrip())


def _bracketed_gloss(text: str, start: int) -> bool:
    """A bracket that opens with "so", "i.e.", "that's" and shares out: the asker's arithmetic on a value said before."""
    bracket = _bracket_around(text, start)
    if bracket is None:
        return False
    opened, closed = bracket
    # (or "19 000 (a thousand for each of the 19 mills)": the bracket opens on the share, right after the value)
    return bool((re.fullmatch(r"\(\s*(?:so|i\.?e\.?|that'?s|that is|which is|which makes|=|donc|soit|also|d\.h\.|cioe|o sea|"
                              r"ou seja|es decir|c'est-a-dire|quindi|entonces|entao)\s*,?\s*(?:about\s+|around\s+|roughly\s+|"
                              r"~\s*)?", text[opened:start]) or
                 re.fullmatch(r"\(\s*(?:a |an |one )?", text[opened:start]) and re.search(r"\d\s*$", text[:opened])) and
                re.search(r"(?<![\w])(?:each|apiece|per (?:person|head|member)|for each|for every|cada uno|cada um|chacun|"
                          r"je|pro (?:kopf|person)|ciascuno|a testa)(?![\w])", text[start:closed]))


def _projected(text: str, start: int, end: int) -> bool:
    """"Now 4 products but maybe 7 next year", "vielleicht 12 nächstes Jahr": a hedged count of what the asker's
    world may become later; the request sets nothing by it (a small count: "maybe 2M later" may ask for minting)."""
    return bool(_MAYBE.search(windows.before(text, start, 30)) and _PROJECTED.match(text[end:]))


def estimated(before: str) -> bool:
    """Whether a hedge of any of the six languages ends `before`: the number after it is an estimate."""
    return bool(_HEDGES.search(before) or _ENGLISH_ESTIMATE.search(before))


def _goods(a: Amount, text: str, folded: lexicon.Folded, family: str) -> bool:
    """In an escrow or a timelock, which count nothing, a whole number before a word that is no time, money,
    percentage or token word counts the asker's world: the goods paid for, the trees to fell, the ships to pilot."""
    if family not in ("escrow", "timelock") or a.value != int(a.value):
        return False
    m = re.match(r"\s*(?:[^\W\d_][\w'-]*\s+){0,2}?([^\W\d_][\w'-]{2,})", text[folded.folded_position(a.end):])
    if not m:
        return False
    word = m.group(1)
    return not (numbers.fold(word) in numbers.DURATION_UNITS or
                re.fullmatch(rf"(?:{_FIAT_WORDS}|eth|ether|ethers|wei|gwei|percent|prozent|por ?ciento|pour ?cent|"
                             rf"per ?cento|por ?cento|{_NOT_COUNTED}|{_MEASURES})", word) or
                re.match(r"\s*(?:%|[:=])", text[folded.folded_position(a.end):]))


def _hedged_count(a: Amount, text: str, folded: lexicon.Folded) -> bool:
    """A number after a hedge of the five other languages, before a noun that is no token word: an estimate of the
    asker's world, never a contract's exact value."""
    fs = folded.folded_position(a.start)
    if a.value == int(a.value) and _HABITUAL.search(windows.before(text, fs, 25)):
        m = re.match(r"\s*([^\W\d_][\w'-]{2,})", text[folded.folded_position(a.end):])
        return not (m and re.fullmatch(rf"(?:{lexicon.DECIMAL_WORDS}|tokens?|nfts?|supply|jetons?|fichas?|gettoni)", m.group(1)))
    if a.value != int(a.value) or not _HEDGES.search(windows.before(text, fs, 25)):
        return False
    if re.search(r"(?<![\w])(?:nie|niemals|never|nunca|jamais|mai|nicht|not|no|ne|pas)\s+(?:\w+\s+)?(?:uber|over|mais de|mas de|"
                 r"plus de|oltre)\s*$", windows.before(text, fs, 30)):
        return False  # "die Gesamtmenge darf nie über 2 Millionen steigen": a limit, no estimate
    m = re.match(r"\s*([^\W\d_][\w'-]{2,})", text[folded.folded_position(a.end):])
    return bool(m) and not re.fullmatch(rf"(?:{lexicon.SUPPLY_WORDS}|{lexicon.DECIMAL_WORDS}|{_NOT_COUNTED}|tokens?|jetons?|"
                                        r"fichas?|gettoni|moedas?|monedas?|munzen|stuck|unidades|unites|unita|einheiten|"
                                        r"nfts?|pieces|pezzi|pecas|piezas|exemplaires|ejemplares|exemplare|mil|mille|"
                                        r"millones|millions?|milioni|millionen|milhoes|tausend|mila|mio|mrd)", m.group(1))


def _owned_count(a: Amount, text: str, folded: lexicon.Folded) -> bool:
    """"we've got 3 lifts", "we hold about 2,400 objects": a count the asker owns or estimates, before a plural noun
    that is no token word, is the asker's world even in a collection (where "3,333 frogs" alone is the supply)."""
    fs = folded.folded_position(a.start)
    if a.value != int(a.value) or not _HOLDS_OR_ABOUT.search(windows.before(text, fs, 30)):
        return False
    if re.search(r"(?<![\w])(?:don'?t|do not|never|not|no|cannot|can'?t|won'?t|must not|should not)\s+(?:\w+\s+){1,2}"
                 r"(?:more than|over|above|beyond)\s*$", windows.before(text, fs, 40)):
        return False  # "Don't accept more than 250,000 in deposits total": a bound refused, no estimate
    m = re.match(r"\s*(?:[a-z][a-z'-]+\s+)?([a-z][a-z'-]{2,}s|sheep|cattle|deer|fish|livestock|people|children|geese|"
                 r"mice|salmon|trout|bison|moose|swine|poultry|staff|crew|police)(?![\w'-])", windows.after(folded.original, a.end, 50),
                 re.IGNORECASE)
    return bool(m) and not re.fullmatch(rf"(?:{_NOT_COUNTED}|{lexicon.SUPPLY_WORDS}|{lexicon.DECIMAL_WORDS}|nfts|pieces|"
                                        r"editions|items|copies|medals|badges|tickets|passes|cards|certificates)", m.group(1))


_CONTRACT_WORDS = (r"supply|total|cap|max|maximum|decimals?|symbol|ticker|price|fee|royalt|%|eth|wei|mint|burn|paus|"
                   r"tokens?|coins?|jetons?|fichas?|gettoni|monedas?|moedas?|munzen|suministro|offre|angebot|"
                   r"fornecimento|offerta|emision|emission|emissao|emissione|quorum|threshold|delay|period|cliff|vesting")


_CORRECTING = re.compile(r"(?<![\w])(?:wait|make (?:it|that)|i mean|i meant|sorry|actually|scratch that|rather|"
                         r"mejor|perdon|plutot|pardon|lieber|doch|melhor|desculpa|anzi|scusa|meglio)(?![\w])")
"""Words that correct a value just given: a parenthesis holding them is the request's own correction."""


def _aside_of_counts(text: str, start: int, end: int, family: str) -> bool:
    """"(150 ppl, running 1.20.4)", "(beta 0.7, 180 carte, 5 fazioni)", "(312 entries this year, 3 judges)": a
    parenthesis of several facts, none of them a contract word, describes the asker's world. In an ERC-1155
    request a count of cards or items there is the number of kinds, which the contract does not fix either."""
    opened = text.rfind("(", 0, start)
    if opened < 0 or text.rfind(")", 0, start) > opened:
        return False
    closed = text.find(")", end)
    if closed < 0:
        return False
    inside = text[opened + 1:closed]
    if not re.search(r"[,;]\s", inside) or _CORRECTING.search(inside):
        return False  # "(wait no, make that 18)": a correction, not facts about the asker
    counts = re.match(r"\s*(?:[a-z][\w'-]*\s+)?([a-z][\w'-]{2,})", text[end:closed] + " ")
    label = re.search(r"[a-z][\w'-]{2,}\s*$", text[max(opened + 1, start - 20):start])
    segments = re.split(r"[,;]\s", inside)
    mine = next((seg for seg in segments if text[start:end].strip() in seg), "")
    facts = [seg for seg in segments if seg is not mine and
             re.search(r"[a-z]{3,}\s*(?:#|no\.?|n\.)?\s*\d|\d[\d.,]*(?:st|nd|rd|th)?\s+[a-z]{2,}|\d\s+to\s+\d", seg)]
    if not counts and not label and not facts or counts and re.fullmatch(rf"(?:{lexicon.SUPPLY_WORDS}|{lexicon.CAP_WORDS}|"
                                                           rf"{lexicon.DECIMAL_WORDS}|million|millions|thousand|billion|"
                                                           r"mio|mrd|millones|millions|millionen|milhoes|milioni|mil|mille)",
                                                           counts.group(1)):
        return False  # "(FOO, 1M)", "(BAR, 1,000,000 supply)": a bare amount or the contract's own quantity
    words = re.sub(rf"(?<![\w])(?:{TOKEN_NOUNS})(?![\w])", " ", inside) if family == "erc1155" else inside
    return not re.search(rf"(?<![\w])(?:{_CONTRACT_WORDS})", words)


_AMOUNT_NOUNS = (r"copies|copy|copias|exemplaires|exemplare|exemplares|esemplari|copie|editions?|ediciones|auflagen?|"
                 r"edicoes|edizioni|tokens?|units?|unidades|unites|einheiten|unita|pieces|piezas|stuck|pecas|pezzi|ids?|"
                 r"supply|decimals?|decimales|decimais|decimali|nachkommastellen|dezimalstellen|percent|%|eth|ether|wei|gwei|"
                 r"days?|hours?|weeks?|months?|years?|dias|jours|tage|giorni|horas|heures|stunden|ore")


def _kinds(a: Amount, text: str, start: int, end: int) -> bool:
    """In an ERC-1155 request a count of the collection's items ("142 cards", "38 trophies at launch", "60 pegatinas
    distintas") is how many kinds there are, which the contract does not fix; a number of copies, an amount per
    item or a bound still stands (and stops if no option takes it)."""
    if a.value != int(a.value) or _bound(windows.before(text, start, 30)):
        return False
    m = re.match(r"\s+(?:[a-z][\w'-]+\s+)?([a-z][\w'-]{2,})", windows.after(text, end, 40))
    if not m or re.fullmatch(rf"(?:{_AMOUNT_NOUNS}|{lexicon.SUPPLY_WORDS}|million\w*|millon\w*|milhao|milhoes|milion\w*|"
                             r"thousand|mil|mille|tausend|billion\w*|of|de|di|von|per|each|cada|chaque|jede\w*|ogni)",
                             m.group(1)):
        return False
    return not re.match(r"\s*(?:each|of each|per|por|par|pro|je|cada|de cada|chaque|de chaque|von jede\w*|di ogni|"
                        r"ogni|per ogni)(?![\w])", text[end + m.end():end + m.end() + 20])


_TIMELESS = ("erc20", "erc721", "erc1155", "erc4626", "splitter", "multisig")
"""Families none of whose options is a duration: a time in their requests is the asker's unless a contract word
claims it (and then it stops as unmet)."""
_ACTIVITIES = (r"courses?|training|programmes?|programs?|apprenticeships?|retreats?|tours?|treks?|workshops?|class(?:es)?|"
               r"lessons?|residency|internships?|journeys?|expeditions?|rides?|hikes?|shifts?|festivals?|camps?|bootcamps?|"
               r"curriculum|degrees?|cursos?|formations?|stages?|ausbildung|lehrbrief|lehre|kurs\w*|corsi|corso|formazione|"
               r"talleres|taller|oficina|atelier|retiros?|ritiri|ritiro|traverses?|bookings?|stays?|holidays?|vacations?|"
               r"cruises?|visits?|sessions?|crossings?|voyages?|pilgrimages?|seasons?")
"""What a time of the asker's world is said of ("a 200 hour course", "the 3-year Lehrbrief"): no contract's time."""
_CONTRACT_TIME_WORDS = (r"lock(?!ers?(?![\w]))\w*|vest(?:ing|ed|s|ment)?(?![\w])|cliff|delay\w*|period|timelock|voting|vote|pause\w*|cooldown|unlock\w*|release\w*|"
                        r"expir\w*|claim\w*|stak\w*|mint\w*|burn\w*|transfer\w*|withdraw\w*|bloque\w*|sperr\w*|blocc\w*")


_DEAL_TIME_WORDS = (r"ceiling|cap|capped|max\w*|limit\w*|supply|total|sell\w*|sold|sale\w*|trad\w*|buy\w*|window|deadline|auction\w*|airdrop\w*|reward\w*|yield|interest|"
                    r"redeem\w*|refund\w*|deposit\w*|hold\w*|epoch|token\w*|nfts?|contract\w*|launch\w*|deploy\w*|"
                    r"verrouill\w*|bloqu\w*|gesperrt|vend\w*|verkauf\w*|rimbors\w*|reembols\w*|rembours\w*|retir\w*|"
                    r"abheb\w*|acun\w*|frapp\w*|prag\w*|cunh\w*|coni\w*|brul\w*|quem\w*|verbrenn\w*|bruci\w*|queim\w*|"
                    r"ubertrag\w*|trasfer\w*|despleg\w*|deploie\w*|lanc\w*|lanz\w*|jetons?|fichas?|gettoni|munzen|"
                    r"contrat\w*|contrato\w*|vertrag\w*|contratt\w*|plazo|delai|frist|prazo|scadenza|venc\w*|echeance")
"""Words of a deal or a token in the sentence of a duration: it may then be a contract's time no template offers."""


def _asker_time(text: str, start: int, end: int, family: str) -> bool:
    """In a family that takes no duration, a time the asker's world spends: "over roughly 1,800 hours", "3-day salt
    flat tours", "14 months of work", "agave takes 8 years to mature", "há 12 anos", "com mais de 200 anos"."""
    if re.search(r"(?<![\w])(?:shipping|shipment|delivery|deliveries|transport|transit|travel|trip|journey|crossing|courier|"
                 r"post|mail|freight|envio|entrega|livraison|expedition|versand|lieferung|spedizione|consegna)"
                 r"(?:\s+[\w']+){0,2}\s+(?:takes?|took|lasts?|needs?|tarda|tardan|prend|dauert|leva|demora|richiede|"
                 r"ci vogliono|ci mette)\s+(?:about|around|roughly|approximately|usually|normally|up to|at least|typically|"
                 r"unos|unas|environ|etwa|cerca de|circa|quase)?\s*$", windows.before(text, start, 60)):
        return True  # "shipping takes about 12 days": how long the asker's world takes, not the deal's deadline
    aged = re.search(r"(?<![\w])(?:un|une|el|la|il|um|uma|ein|eine|einen|a|an)\s+([^\W\d_]+)\s+(?:de|di|da|von|of)\s*$",
                     windows.before(text, start, 40))
    if aged and re.search(r"(?:ans?|anos?|anni|anno|jahre?n?|years?)\s*$", text[start:end]) and not re.fullmatch(
            rf"{_CONTRACT_TIME_WORDS}|{_DEAL_TIME_WORDS}|\w*(?:period|periodo|periode|duration|duracion|duree|durata|dauer|"
            r"duracao|term|plazo|terme|termine|prazo|frist|span|lapso|delai|ritardo|retraso|atraso|schedule|calendario|"
            r"programme|plan|contrat|contrato|contratto|vertrag|contract|bail|lease|loan|pret|prestamo|prestito|emprestimo)\w*",
            aged.group(1)):
        return True  # "un labrador de 3 ans": an age in the asker's world
    if re.match(r"\s+(?:at sea|in transit|on the road|on the water|by (?:ferry|boat|ship|truck|lorry|train|road|sea|air))\b",
                text[end:end + 30]):
        return True  # "ships by ferry, 3 days at sea": how long the asker's goods travel
    if family in _TIMELESS and re.search(r"(?<![\w])(?:make|makes|made|produce|produces|weave|weaves|bake|bakes|brew|brews|"
                                         r"build|builds|sell|sells|sold|grow|grows|harvest|carve|carves)\s+in\s*$",
                                         windows.before(text, start, 30)):
        return True  # "around what our 11 looms can make in two years": the asker's output over a while
    if family in _TIMELESS and re.search(r"(?<![\w])(?!(?:vesting|locking|staking|voting|unlocking|releasing|minting|burning|"
                                         r"pausing|waiting|delaying)\b)[a-z]{3,}ing\s+(?:for\s+)?(?:minimum|at least|about|"
                                         r"around|over|roughly|some)?\s*$", windows.before(text, start, 30)):
        return True  # "the cheese is curing minimum 7 months before sell": what the asker's goods go through
    sentence = re.split(r"[.;!?\n]", text[:start])[-1] + text[start:end] + re.split(r"[.;!?\n]", text[end:])[0]
    if family in _TIMELESS and (re.match(r"\s*(?:,|and|y|et|und|e|or)\s*(?:[^\W\d_]+\s+)?\d", text[end:end + 24]) or
                                re.search(r"\d[^\d.;!?\n]{0,20}(?:,|and|y|et|und|e|or)\s*(?:[^\W\d_]+\s+)?$",
                                          windows.before(text, start, 40))) and \
            not re.search(rf"(?<![\w])(?:{_CONTRACT_TIME_WORDS})", sentence):
        return True  # "the different ages of cheese: 3 months, 7 months, 12 months and 24 months", "massage 30 min, massage
        # 60 min": kinds, no term
    if family in _TIMELESS and re.match(r"\s+(?:lang|long)(?![\w])", text[end:end + 10]):
        return True  # "der Wintermarkt ist immer Anfang Februar, 4 Tage lang": how long something of the world lasts
    if "-" in text[start:end] and re.match(rf"\s+(?:[^\W\d_]+\s+){{0,3}}?(?:{_ACTIVITIES})(?![\w])", text[end:end + 50]):
        return True  # "his 3.5-year Lehre", "a 12-week course": what an activity of the asker's world lasts
    if family not in _TIMELESS:
        return _time_already_spent(text, start, end)
    before, after = windows.before(text, start, 30), windows.after(text, end, 30)
    clause = re.split(r"[.;!?\n,]", windows.before(text, start, 40))[-1] + text[start:end] + \
        re.split(r"[.;!?\n,]", windows.after(text, end, 30))[0]
    if re.search(rf"(?<![\w])(?:{_ACTIVITIES})\s+(?:de|di|von|d'|of|du|do|da)\s*$", before):
        return True  # "el curso de 40 horas", "un corso di 12 settimane": what the asker's activity lasts
    if re.search(rf"(?<![\w])(?:{_CONTRACT_TIME_WORDS})", clause):
        return False  # "tokens stay locked for about 2 years": a contract's time, said of the contract
    if re.match(rf"\s*(?:-\s*)?(?:long\s+)?(?:[^\W\d_]+\s+){{0,2}}?(?:{_ACTIVITIES})(?![\w])", after):
        return True  # "the 200 hour course", "the 12-week caleño footwork course", "the 3-year Lehrbrief": what it lasted
    sentence = re.split(r"[.;!?\n]", text[:start])[-1] + text[start:end] + re.split(r"[.;!?\n]", text[end:])[0]
    opened, closed = text.rfind("(", 0, start), text.find(")", end)
    if 0 <= opened and ")" not in text[opened:start] and closed >= 0:
        sentence = text[opened + 1:closed]  # "(26 jours de tournage)": an aside is a sentence of its own
    if not re.search(rf"(?<![\w])(?:{_CONTRACT_TIME_WORDS}|{_DEAL_TIME_WORDS})", sentence):
        return True  # "26 jours de tournage", "the club has 86 years": a sentence that says nothing of the contract
    return bool(estimated(before) or re.search(r"(?<![\w])(?:takes?|took|taking|tardan?|prend|dauert|leva|ci vogliono|"
                                                r"ha|ha mais de|hace|depuis|seit|da|for|com mais de|con mas de|"
                                                r"avec plus de|mit uber|con oltre|mais de|mas de|plus de|over)\s+$",
                                                before) or
                re.match(r"-(?:day|hour|week|month|year|minute)s?\s+[a-z]", text[end - 4:end + 20].lstrip("0123456789")) or
                re.match(r"\s+(?:of|de|di)\s+(?:[\w-]+\s+)?(?:work|travail|trabajo|trabalho|arbeit|lavoro|history|tradition|"
                         r"experience|practice|labou?r|effort|building|construction)\b", after))


def _time_already_spent(text: str, start: int, end: int) -> bool:
    """In any family, a time the asker has already spent, in a sentence that says nothing of the contract or a deal:
    "Iain has been at the loom since 1979 — 45 years", "seit 1990, also 34 Jahre", "hace 20 años que tejemos"."""
    sentence = re.split(r"[.;!?\n]", text[:start])[-1] + text[start:end] + re.split(r"[.;!?\n]", text[end:])[0]
    opened, closed = text.rfind("(", 0, start), text.find(")", end)
    if 0 <= opened and ")" not in text[opened:start] and closed >= 0:
        sentence = text[opened + 1:closed]  # "Leiter der Bademeister (seit 22 Jahren im Haus) bekommt Token": the aside
    # ("he's been burning ware for 41 year": what someone has been doing names no term of the contract)
    if re.search(rf"(?<![\w])(?:{_CONTRACT_TIME_WORDS}|{_DEAL_TIME_WORDS}|if|unless|within|si|se|wenn|falls|binnen|"
                 rf"innerhalb|entro|dentro)(?![\w])", re.sub(r"(?<![\w])been\s+[a-z]+ing(?![\w])", " ", sentence)):
        return False  # "if nothing has been delivered within 45 days": a term of the deal
    if re.search(r"(?<![\w])(?:is|are|has been|have been|'s been|was|were|ist|sind|esta|estan|lleva|est|sont|e|sono|esta|estao)\s+"
                 r"(?:with us|here|at the \w+|in the \w+|bei uns|hier|con nosotros|aqui|chez nous|ici|con noi|qui|conosco|"
                 r"connosco|aqui)\s+(?:for\s+|seit\s+|desde hace\s+|depuis\s+|da\s+|ha\s+)?$", windows.before(text, start, 40)) and \
            re.match(r"\s+(?:now|already|so far|by now|jetzt|schon|ya|deja|ormai|gia|ja)(?![\w])", text[end:end + 20]):
        return True  # "My apprentice Matteo is with us 2 years now": how long someone has been with the asker
    return bool(re.search(r"(?<![\w])(?:(?:since|seit|depuis|desde|dal|dall'|sin dal) (?:19|20)\d\d|ago|hace \d|il y a \d|"
                          r"vor \d|ha \d|(?:anni|mesi|giorni|settimane) fa|already|deja|schon|gia|"
                          # "We've lost 3 apprentices to the ski resorts in 5 years": what the asker has lived through
                          r"(?:we|i|they|he|she)(?:'ve| have| has| had)\s+(?:[a-z]+ed|lost|had|seen|done|made|won|taken|"
                          r"grown|built|sold|run|been|kept|held|caught|taught)|(?:he|she|it)(?:'s|’s)\s+been|"
                          # "va in pensione dopo 55 anni al tino", "retires after 40 years at the forge"
                          r"(?:in pensione|retir\w*|se jubila\w*|jubilad\w*|a la retraite|sa retraite|in rente|in den ruhestand|"
                          r"se aposenta\w*|aposentad\w*) (?:\w+ ){0,2}?(?:dopo|after|despues de|tras|apres|nach|depois de|apos)|"
                          # "seit 20 Jahren in Toronto", "depuis 12 ans", "desde hace 20 años": how long the asker has been
                          r"(?:seit|depuis|desde hace|hace|da) (?:uber |plus de |mas de |oltre )?\d[\d.,]* "
                          r"(?:jahr\w*|ans|annees|anos|anni|monat\w*|mois|meses|mesi))(?![\w])", sentence))


_PERIODS = (r"year|month|week|day|season|night|shift|jahr|monat|woche|tag|saison|nacht|ano|mes|semana|dia|temporada|"
            r"noche|noite|an|annee|mois|semaine|jour|nuit|anno|mese|settimana|giorno|stagione|notte")
_PER_PERIOD = re.compile(
    rf"^\s*(?:[^\W\d][\w'-]*\s+){{0,2}}?(?:(?:per|a|an|each|every|pro|por|par|al|all'|im|ao|a cada|cada|"
    rf"jeden|jede|jedes|chaque|ogni|au|in a|in the|en el|na|no|nel|nell'|l'|la|el|am|im|pro|in one|en un|en una|em um|em uma|"
    rf"in un|in una|in einem|in einer|dans une?)\s*(?:{_PERIODS})|yearly|annually|monthly|"
    r"weekly|daily|nightly|jahrlich|monatlich|wochentlich|taglich|anual\w*|annuel\w*|mensual\w*|mensuel\w*|mensal\w*|"
    r"diari\w*|quotidien\w*|annual\w*|settimanal\w*)(?![\w])")


_EQUATED = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)*[ \t]*([a-z]{2,})[ \t]*=[ \t]*\d+(?:[.,]\d+)*[ \t]*([a-z]{3,})(?![\w])")


def _worth_in_the_world(text: str, start: int, end: int, family: str) -> bool:
    """"0 decimals - we give points like stamps, 1 point = 1 overnight": an equation between two things of the
    asker's world (either number of it). Not in a sale or a vault, whose equations are rates ("1 ETH = 3.000 PTG"),
    nor when either side is ether or the result is the tokens ("16 pawns a board x 40 boards = 640 tokens")."""
    if family in ("crowdsale", "erc4626"):
        return False
    line = next((m for m in _EQUATED.finditer(text, max(0, start - 40), end + 60)
                 if m.start() <= start < m.end()), None)
    one_to_one = bool(line) and re.match(r"1[ \t]*[a-z]+[ \t]*=[ \t]*1[ \t]", line.group(0)) is not None
    return bool(line) and not any(re.fullmatch(r"eth|ether|wei|gwei|finney", noun) for noun in line.groups()) and \
        (one_to_one or not re.match(rf"(?:{_CONTRACT_WORDS})", line.group(1))) and \
        not re.fullmatch(rf"{TOKEN_NOUNS}|{lexicon.SUPPLY_WORDS}|max|maximum|total|tops|in all|au plus|maximal|massimo|"
                         r"maximo|hochstens", line.group(2))
    # (not "x 40 boards = 640 tokens", not "12 designs x 10 prints = 120 max": the product is the contract's)


def _rate_of_the_world(text: str, start: int, end: int, family: str) -> bool:
    """In a family that takes no rate, a count per period in a sentence that mints, releases or locks nothing is the
    asker's output or trade ("ca. 2.400 Stück pro Jahr", "fazemos uns 300 por ano", "80 dorayaki al giorno"); "mint
    100 a day" stays a value of the contract (and stops as unmet)."""
    after = windows.after(text, end, 40)
    percent = re.match(r"^\s*(?:%|percent|per ?cent)", after)
    if family not in _TIMELESS or not _PER_PERIOD.match(after[percent.end():] if percent else after):
        return False
    if percent and not re.search(r"(?<![\w])(?:los[et]s?|losing|evaporat\w*|shrink\w*|spoil\w*|wast\w*|perd\w*|verlier\w*|"
                                 r"verlor\w*|schwind\w*)", re.split(r"[.;!?\n]", text[:start])[-1]):
        return False  # a share per period is the world's only when it is lost ("we lose about 2% a year to the angels");
        # "30% al mese garantito" is a yield promised
    sentence = re.split(r"[.;!?\n]", text[:start])[-1] + re.split(r"[.;!?\n]", text[end:])[0]
    bracket = _bracket_around(text, start)
    if bracket is not None:  # "maximum 300 certificates (we restore maybe 40 in one year ...)": the aside's own words
        sentence = text[bracket[0] + 1:bracket[1]]
    return not re.search(rf"(?<![\w])(?:{_CONTRACT_TIME_WORDS}|reward\w*|emi\w*|issu\w*|drip\w*|stream\w*|"
                         r"distribut\w*|pay\w*|airdrop\w*|supply|cap|max\w*|limit\w*)", sentence)


def _career(text: str, start: int, end: int, family: str) -> bool:
    """A span of the asker's life: "(chartered in 1974, forty years designing footbridges)", "I was forty-one years
    a signalling engineer", "(Jahrgang 1951, 39 Jahre im Getriebebau)": an aside of facts with no contract word, a
    gerund after it, or "was N years a"."""
    if _aside_of_counts(text, start, end, family) or _asker_time(text, start, end, family):
        return True
    after, before = windows.after(text, end, 30), windows.before(text, start, 20)
    if re.search(r"(?<![\w])(?:worked|has worked|have worked|served|lived|farmed|fished|taught|played)(?:\s+[\w']+){0,3}\s+"
                 r"(?:for\s+)?$", before) and not re.search(rf"(?<![\w])(?:{_CONTRACT_TIME_WORDS})", before):
        return True  # "his father worked with us 30 years": a span of someone's working life
    if re.search(r"(?<![\w])(?:in|dans|en|em|tra|fra|within)\s*$", before) and re.match(
            r"\s*(?:in rente|in pension|in den ruhestand|a la retraite|en retraite|se jubila\w*|in pensione|"
            r"(?:se )?aposenta\w*|retir\w*)", after):
        return True  # "Unsere Meisterin geht in drei Jahren in Rente": when someone retires, the asker's life
    if re.search(r"(?<![\w])(?:our|my|his|her|their|nuestr[oa]|mi|notre|mon|ma|unser\w*|mein\w*|nosso|nossa|meu|minha|"
                 r"nostr[oa]|mio|mia)\s+(?:[\w'-]+\s+){0,3}[\w'-]+\s*\(\s*$", windows.before(text, start, 60)) and \
            re.match(r"\s*(?:old\s*)?[,)]", after):
        return True  # "Our young spinner Dolma (19 years, very talented!)": a person's age in the aside after them
    if re.match(r"\s+with (?:us|me|the (?:guild|trust|club|company|team|firm|family|co-?op|cooperative|association))\b", after):
        return True  # "(eleven years with us!)": how long someone has been with the asker
    if re.match(r"\s+(?!(?:vesting|locking|staking|holding|voting|nothing|something|anything|everything|starting|beginning|"
                r"running|counting|ending|following|commencing|lasting|opening|closing|waiting|delaying|cooling|pending|"
                r"queueing|queuing|unlocking)\b)[a-z]{3,}ing\b", after):
        return True  # "forty years designing footbridges"
    if re.search(r"(?<![\w])(?:i am|i'm|im|he is|he's|she is|she's|they are|who is|tengo|tiene|j'ai|il a|elle a|ich bin|er ist|"
                 r"sie ist|tenho|tem|ho|ha|sono|soy|aged?|age de|edad de)\s+$", before) and \
            not re.match(r"\s+in(?![\w])", after) or \
            re.search(r"(?<![\w])(?:retir\w*|working|worked|served|teaching|taught|carving|weaving|brewing|jubila\w*|aposent\w*|"
                      r"retraite|pensione|rente)\s+(?:after|for|despues de|tras|depois de|apres|dopo|nach)\s+$", before) or \
            re.match(r"[\s-]+(?:old|alt|de edad|d'eta|de idade)(?![\w])", after) or \
            re.search(r"(?<![\w])(?:has|have|had|'s|'ve)\s+(?:been\s+)?[a-z]+\s+(?:[a-z]+\s+){0,2}for\s+$",
                      windows.before(text, start, 60)) or \
            re.search(r"(?<![\w])(?:who|i|we|he|she|they)\s+(?:is|are|am|was|were|'s|'re|'m)\s+[a-z]+ing\s+(?:[a-z]+\s+){0,3}"
                      r"for\s+(?:over\s+|about\s+|some\s+|nearly\s+|almost\s+)?$", windows.before(text, start, 60)):
        return True  # "tengo 74 años", "the 18-year-old cask", "has grown orchids for 41 years": an age, a career
    if re.search(r"(?<![\w])(?:i|we|he|she|they|my \w+|our \w+)\s+(?:[a-z]+ed|spent|did|had|have|worked|served|lived|flew|"
                 r"sailed|ran|put in|clocked)\s+(?:over\s+|about\s+|some\s+|nearly\s+)?$", before) and \
            re.match(r"\s+(?:in|on|at|of|as|aboard|with|under|at sea|in orbit)\b", after):
        return True  # "I logged 186 days in orbit": the asker's past, no contract's time
    if _ENGLISH_ESTIMATE.search(before) and \
            re.match(r"\s+of\s+(?:[\w-]+ing|work|practice|labou?r|effort|footage|music|audio|video)\b", after):
        return True  # "roughly 300 hours of carving": the work behind it, no contract's time
    if re.match(r"\s+(?:ago|old|this year|cette annee|este ano|dieses jahr|quest'anno|of history|d'histoire|de "
                r"historia|di storia|geschichte|anniversary|anniversaire|aniversario|jubilaum|anniversario)(?![\w])",
                after):
        return True  # "800 ans cette année", "founded 40 years ago": an age of the asker's world
    if re.search(r"(?:^|[.!?\n]\s*)(?:for|pour|por|per|para|pelos|pelas|to celebrate|celebrating)\s+(?:the|les|los|las|i|gli|"
                 r"os|as|our|nos|nuestros|nostri|nossos)?\s*$", windows.before(text, start, 40)) and \
            re.match(r"\s+(?:of|de|di|del|des|du|do|da|della|dello|dei|d')", after):
        return True  # "Pour les 15 ans de l'émission, on veut ...": an anniversary the request opens with
    if re.search(r"(?<![\w])(?:(?:and|et|y|und|e|but|mais|pero|aber|ma|mas)\s+)?(?:not|non|no|nicht|nao|pas|instead of|"
                 r"rather than|au lieu de|en lugar de|en vez de|statt|anstatt|em vez de|invece di|anziche)\s+$", before):
        return True  # "36 heures (et non 24 h comme avant)": the value taken back, not the contract's
    if re.search(r"(?<![\w])\d[\d.,]*\s+[a-z]{4,}\s+(?:de|di|of|von|da|do|del)\s+$", windows.before(text, start, 40)) or \
            re.search(r"(?<![\w])(?:aged|affinee?s?|stagionat\w*|curad[oa]s?|gereift\w*|envejecid[oa]s?|invecchiat\w*)\s+"
                      r"(?:for\s+|pendant\s+|durante\s+)?$", before):
        return True  # "300 meules de 24 mois", "cheeses aged 24 months": how old the asker's goods are
    if re.search(r"(?<![\w])(?:retraite|retire[sd]?|retiring|jubila\w*|jubilacion|pensione|rente|ruhestand|aposenta\w*|"
                 r"reforma)\s+(?:dans|in|en|em|tra|fra|within)\s+$", windows.before(text, start, 40)):
        return True  # "part à la retraite dans trois ans", "retires in two years": the asker's life, no contract's time
    if re.search(r"(?<![\w])(?:apres|après|after|despues de|dopo|nach|apos|após)\s+$", before) and \
            re.match(r"\s+(?:(?:a|à|chez|at|bei|alla|al|with|avec|con|com)\s|(?:dans|in|en|im|na|no|nella|nel)\s+(?:the|our|my|la|le|"
                     r"notre|nuestra|nuestro|unserer|unserem|der|dem|a|o|il|nostra|nostro|nossa|nosso)\s)", after) and \
            not re.search(rf"(?:{_CONTRACT_TIME_WORDS})", after):
        return True  # "après 31 ans à la cave", "after 20 years at the mill": a career
    return bool(re.search(r"(?<![\w])(?:was|were|spent|worked|served|taught|been)\s+$", before) and
                re.match(r"\s+(?:a|an|as|in|at|with|for)\s", after))


def _restated(a: Amount, amounts: list[Amount], text: str, folded: lexicon.Folded) -> bool:
    """"Twelve million (12,000,000) Tokens", "six (6) decimal places": the same value again in brackets."""
    before = windows.before(folded.original, a.start, 3)
    if not re.search(r"\(\s*$", before):
        return False
    return any(b.end <= a.start and b.value == a.value and re.fullmatch(r"\s*\(\s*", folded.original[b.end:a.start])
               for b in amounts)


_PER_WORLD_TIME = re.compile(r"\s*(?:[a-z]+\s+)?(?!(?:tokens?|coins?|points?|credits?|units?|shares?|votes?|rewards?|nfts?|"
                             r"badges?|stamps?|pass(?:es)?|vouchers?)\b)(?:[a-z]+s\s+(?:per|a|an|each|every)\s+(?:[a-z]+\s+)?"
                             r"(?:day|week|month|year|season|event|game|match|night|show|weekend|festival|market|shift|batch)s?|"
                             # "we make around 40 concert in the year": a learner's singular, then the year
                             r"[a-z]+\s+(?:in the|in a|per|a|each|every)\s+(?:year|month|week|season))(?![\w])")
"""A count of things per stretch of the asker's time ("we sell ~400 tickets per game day"): how the world runs."""
_SLIP_AFTER = re.compile(r"\s*\?\s*(?:no|nah|nope|nein|non|nao)[,!]?\s+(?:make|use|set|let'?s|go with|change|put|better|rather|"
                         r"mejor|pon|plutot|mets|lieber|mach|meglio|metti|melhor|coloca)(?![\w])")
"""A value asked about and turned down at once: "delay 0? no make delay 1 hour"."""


BACK_TO_DEFAULT = re.compile(
    r"\s*(?:[—–-]+|\.\.\.|…|,|;)?\s*(?:(?:hmm+|hm+|um+|uh+|ah|oh|eh),?\s+)?(?:no|nah|nope|actually|wait|nein|non|nao|não)[,!]?\s+"
    r"(?:(?:just|simply|einfach|solo|juste|so)\s+)?(?:(?:leave|keep|use|go with|stick with|stay with|lass|nimm|behalte|deja|usa|"
    r"laisse|garde|lascia|tieni|deixa|mantem|mantém)\s+(?:it\s+(?:at|on|as)\s+)?(?:the\s+|den\s+|das\s+|el\s+|lo\s+|le\s+|la\s+|"
    r"il\s+|o\s+)?(?:default|standard|usual|normal|predeterminado|por defecto|par defaut|par défaut|padrao|padrão|"
    r"predefinito)|(?:the\s+)?default(?:\s+is|'s)\s+(?:fine|ok|okay|good))(?![\w])", re.IGNORECASE)
"""A value said and taken back to the default at once: "decimals 8 — hmm no, just leave the default"."""


def _taken_back(before: str) -> bool:
    """"(not 500k as I said yesterday)", "was gonna be 0.02", "no 500k como dije", "statt 18": a value denied
    or dropped right before it is named."""
    return bool(re.search(r"(?<![\w])(?:not|no|nicht|pas|non|nao|statt|anstatt|instead of|insted of|instaed of|rather than|en vez de|"
                          r"en lugar de|au lieu de|plutot que|em vez de|invece di|anziche|"
                          r"was (?:gonna|going to) be|would have been|iba a ser|era para ser|devait etre|sollte .{0,10}sein|"
                          r"ia ser|doveva essere)\s*[\"'“«]?\s*$", before[-40:]))


_PAST = (r"last (?:year|season|month|summer|winter|spring|autumn|fall|time)|so far|to date|until now|up to now|"
         r"(?:19|20)\d\d (?:waren|were|there were|hatten|we had|we made|we sold|fueron|eran|hubo|foram|eram|houve|furono|"
         r"erano|il y avait|c'etait|ce furent|ont ete)|letztes jahr|voriges jahr|im letzten jahr|im vorjahr|bisher|bislang|"
         r"l'annee derniere|l'an dernier|l'an passe|jusqu'ici|el ano pasado|la temporada pasada|hasta ahora|"
         r"o ano passado|ate agora|l'anno scorso|finora|fino ad ora")
"""Words that put a count in the past: what the asker did, not what the contract holds."""


def _corrected_in_brackets(a: Amount, text: str, start: int, out: list[Quantity]) -> Quantity | None:
    """The value right before a bracket that corrects it, when the bracket says so ("sorry", "mistake") and ends on
    the new number: "decimals: 8 (sorry, 8 is mistake, please 18)" (a comment, once the lines are joined)."""
    bracket = _bracket_around(text, start)
    if bracket is None or not re.search(r"\d\s*$", text[:bracket[0]]):
        return None
    opened, closed = bracket
    inside = text[opened + 1:closed]
    rest = re.sub(r"^[\d.,' ]+", "", text[start:closed])
    if not (_CORRECTING.search(inside) or re.search(r"(?<![\w])(?:mistake|wrong|typo|oops|fehler|falsch|erreur|error|errore|"
                                                   r"erro|equivocad\w*|sbagliat\w*)(?![\w])", inside)) or \
            not re.fullmatch(r"\s*(?:please|pls|instead|bitte|por favor|svp|per favore)?\s*[!.]?\s*", rest):
        return None
    before = next((q for q in reversed(out) if q.end <= a.start and q.key != "aside"), None)
    if before is None or before.key not in ("decimals", "supply", "cap", "percent", "threshold", "quorum") or \
            before.value == a.value:
        return None
    return before


def _in_comment(text: str, start: int) -> bool:
    """"supply: 73k        # 73 = best regards ;)" (read as "supply: 73k (73 = best regards)" once the lines are
    joined): a comment after a record's value remarks on it; its numbers set nothing unless it names a contract word."""
    opened = text.rfind("(", 0, start)
    if opened < 0 or ")" in text[opened:start]:
        return False
    closed = text.find(")", start)
    inside = text[opened + 1:closed if closed >= 0 else len(text)]
    # (or a comment on its own line of a record list: "burnable: false⏎# 12 dryer in main shop")
    return bool(re.search(r"(?:^|[\n;])[^\n;:=]{1,40}[:=]\s*[^\s(;]+\s*$", text[:opened]) or
                re.search(r"[:=][^\n;]*;\s*$", text[:opened])) and \
        bool(re.search(r"[a-z]{3,}", inside)) and not _CORRECTING.search(inside) and \
        not re.search(rf"(?<![\w])(?:{_CONTRACT_WORDS}|{TOKEN_NOUNS}|no|nope|nein|non|nao)(?![\w])", inside)


def _record_of_the_world(text: str, start: int) -> bool:
    """A number that is the value of a form's record whose key names the asker's world ("Members at last count: 126",
    "Volunteers on the books: 27", "Year founded: 1887"): people, places, ages and years, never a contract's value."""
    line = re.split(r"[\n/|•;]", text[:start])[-1]  # (a line read ends in "; " once the lines are joined)
    # ("club:\n  members: 41" reads "club: members: 41" once the lines are joined: the section's name, then the key)
    m = re.match(r"\s*[-*]?\s*(?:[^\W\d][^:=\n,.]{1,30}?:\s+)?([^\W\d][^:=\n,.]{1,40}?)\s*[:=]\s*(?:about|around|approx\.?|"
                 r"approximately|roughly|ca\.?|"
                 r"~|circa|environ|etwa|unos|cerca de)?\s*$", line)
    return bool(m) and bool(re.search(_WORLD_KEYS, m.group(1))) and \
        not re.search(rf"(?<![\w])(?:{_CONTRACT_WORDS}|{_DEAL_TIME_WORDS})", m.group(1))


_WORLD_KEYS = (r"(?<![\w])(?:members?|membership count|volunteers?|staff|employees|people|persons|visitors|guests|beds|rooms|"
               r"ages?|founded|established|year|years|population|students|pupils|players|riders|artists|workers|families|"
               r"households|boats|horses|animals|trees|hectares|acres|area|altitude|elevation|phone|tel|miembros|socios|"
               r"voluntarios|empleados|fundad[oa]|ano|membres|benevoles|employes|fonde|annee|mitglieder|freiwillige|"
               r"mitarbeiter|gegrundet|jahr|membros|voluntarios|funcionarios|fundad[oa]|soci|volontari|dipendenti|fondat[oa]|"
               r"anno)(?![\w])")
"""Keys of a form's records that describe the asker: members, staff, visitors, years, places."""


def _past_count(text: str, start: int) -> bool:
    """A number in a sentence about the past ("2023 waren es 412 Stück", "last year we find only 37 such stones",
    "we restored around 2 400 carpets since 1979", "we have trained 87 apprentices already", "(last year 2 new)") with
    no contract word before it in that sentence or bracket: a count of the asker's past, not a value of the contract."""
    sentence = re.split(r"[.;!?\n]", text[:start])[-1]
    bracket = re.split(r"[.;!?\n(]", text[:start])[-1]  # "owner can mint more when new socio join (last year 2 new)"
    inside = ")" not in bracket and len(bracket) < len(sentence)
    clauses = [c for c in ((sentence, bracket) if inside else (sentence,))
               if not re.search(rf"(?<![\w])(?:{_CONTRACT_WORDS})", c)]
    if not clauses:
        return False
    rest = re.split(r"(?<!\d)[.;!?\n]", text[start:])[0]
    if re.match(r"[\d.,' ]*\s+(?:[a-z]+ed|made|built|sold|caught|found|seen|taken|drawn|written)\s+(?:since (?:18|19|20)\d\d|so far|"
                r"to date|already|until now)(?![\w])", rest):
        return True  # "388 catalogued since 2011": a count of the past, the participle after it
    return any(re.search(rf"(?<![\w])(?:{_PAST})(?![\w])", clause) for clause in clauses) or \
        bool(_DONE_BEFORE.search(windows.before(text, start, 40))) and \
        bool(re.search(r"(?<![\w])(?:since (?:18|19|20)\d\d|already|so far|to date|until now|over the years|in our history|"
                       r"ever since|in the past)(?![\w])", rest))


_OF_THOSE = re.compile(r"\s*(?:of them|of those|of these|among them|de ellos|de ellas|d'entre eux|d'entre elles|davon|"
                       r"deles|delas|di loro|di questi|tra loro)(?![\w])\s*(?!(?:must|have|has|need|needs|should|shall|will|can|"
                       r"may|sign|confirm|approv)\w*)")
"""A part of a count said just before: "87 apprentices already, 31 of them women"."""


def _part_of_a_count(text: str, start: int, end: int) -> bool:
    """"We have trained 87 apprentices already, 31 of them women", "a notebook with her recipes, 118 of them", "23
    membres, dont 9 à Dawson", "we finally scanned all 48 of them last winter": a count
    of things named before it in a sentence with no contract word counts the asker's world."""
    clause = re.split(r"(?<!\d)[.;!?\n]", text[:start])[-1]
    # (not "can we start with two million of them?": "them" is the token of a sentence before)
    # (nor "Stud Coin (STUD) for swaps between club members, 400,000 of them": the coins, not the members)
    counted_before = re.search(r"(?<![\w-])\d[\d.,]*\s+(?:[a-z][\w'-]*\s+)?[a-z]{3,}s(?![\w])", clause) or \
        re.search(r"(?<![\w])[a-z]{3,}ed\s+all\s*$", clause) or \
        re.search(rf"(?<![\w])(?:{lexicon.OUR}|his|her|their)\s+(?:[\w'-]+\s+){{0,2}}[a-z]{{3,}}s,\s*$", clause)
    whereof = re.search(r"(?<![\w])(?:dont|of whom|of which|de los cuales|de las cuales|dos quais|das quais|di cui|"
                        r"wovon|von denen|davon)\s*$", clause)  # "On est 23 membres, dont 9 à Dawson"
    return bool(_OF_THOSE.match(text, end) or whereof) and bool(counted_before) and \
        not _bound(windows.before(text, start, 30)) and \
        not re.search(rf"(?<![\w])(?:{_CONTRACT_WORDS}|nfts?|{TOKEN_NOUNS})(?![\w])", clause)


def _counted_thing(a: Amount, text: str, fs: int, fe: int) -> bool:
    """A count of things of the asker's world ("212 episodes", "a 9-track album"): context, never taken as the
    supply. A bound ("never more than 100 seats") is not one: the contract holds it, whatever it counts."""
    before, after = windows.before(text, fs, 30), windows.after(text, fe, 40)
    if _bound(before):
        return False
    return a.value == int(a.value) and bool(re.match(rf"^\s*-?\s*(?:[\w'-]+\s+)?(?:{_COUNTED_THINGS})(?![\w])", after)) \
        and not re.match(rf"^\s*-?\s*(?:{lexicon.SUPPLY_WORDS})(?![\w])", after) and \
        not re.match(rf"^\s*-?\s*(?:[\w'-]+\s+)?(?:{_COUNTED_THINGS})\s+(?:max(?:imum)?|at most|tops|in total|au plus|"
                     r"como mucho|como maximo|hochstens|maximal|no maximo|al massimo)(?![\w])", after)
    # "450 seats max": the bound after the things makes the count the contract's


def _context_number(a: Amount, text: str, fs: int, fe: int) -> bool:
    """A number directly tied to something of the asker's world other than a count: a label's number
    ("Sprint 14", "Season 2", "OpenZeppelin 5.x"), a year after a founding or calendar word of any century
    ("gegründet 1336"), a day of a month ("May 14", "14 mars"), a clock time ("0:47")."""
    before, after = windows.before(text, fs, 30), windows.after(text, fe, 40)
    if _bound(before):
        return False
    if re.search(rf"(?<![\w])(?:{_LABELS})\s*(?:#|no\.?|nr\.?|n°|:|is|was|of|es|est|ist|e|è|di|de|von)?\s*\$?\s*$", before):
        return True
    if re.search(r"(?<![\w])(?:at|around|about|near|by|bei|um|vers|cerca del|intorno al|al|ao|am)\s+(?:km|kilometre|kilometer|"
                 r"milepost|mile|pk)\s*$", before):
        return True  # "the port is around km 166": a place along a river or a road
    if re.search(r"(?:vol\.?|volume)\s*\d+\s*,?\s*(?:issue|no\.?|nr\.?|n°|#)\s*$", before):
        return True  # "vol. 61 issue 9": a magazine's numbering
    if re.match(r"['’](?:anni|anno|ore|mesi)(?![\w])", after):
        return True  # "da trent'anni lavoriamo": the Italian tens elided before years, the asker's time
    said = re.escape(text[fs:fe].strip())
    if re.search(r"(?<![\w])(?:de|di|da|von)\s*$", before) and re.match(rf"\s*(?:em|en|in|zu)\s+{said}(?![\w])", after) or \
            re.search(rf"(?<![\w])(?:de|di|da|von)\s+{said}\s+(?:em|en|in|zu)\s*$", before):
        return True  # "de nove em nove anos", "di tre in tre mesi": how often something of the world recurs
    if re.search(r"(?<![\w])(?:present\w*|anwesend\w*|asistentes|assistants|attendance|attendees|presenti|presenca|"
                 r"presencia)\s*:\s*(?:\d+\s+[\w'-]+\s+(?:sur|of|de|von|su|di|out of|aus)\s+)?$", windows.before(text, fs, 60)):
        return True  # "Présentes : 41 adhérentes sur 63": who came to the meeting
    clause = re.split(r"[.;!?\n]", windows.before(text, fs, 60))[-1] + \
        re.split(r"[.;!?\n]", windows.after(text, fe, 60))[0]
    if re.search(r"(?<![\w])(?:btw|fyi|by the way|fun fact|p\.?s\.?|unrelated|off topic|au passage|por cierto|ubrigens|"
                 r"a proposito|(?<!…\s)(?<!…)(?<!\.\.\.\s)alias(?!,?\s*(?:nao|não|melhor|digo|\d+)(?![\w])))(?![\w])", clause):
        return True  # "P2 takes 10 flights btw": an aside about the asker's world (not "aliás, não, 8": a correction)
    if re.search(r"(?<![\w])(?:those|these|the same|the above|both|estos|esos|ces|diese|esses|estes|questi|quei)\s*$", before) and \
            re.match(r"\s*(?:[+&,;:)\n]|and|plus|y|et|und|e|mas|$)", after):
        return True  # "executors: those two + our ops bot 0x..": the ones named before, no new number
    if re.match(r"^-(?!(?:decimals?|day|week|month|year|hour|minute|second|of|percent|x|fold|digit|dp)\b)[^\W\d_]{2,}", after):
        return True  # "the 32-city world tour", "a 9-track album": a number joined to its noun describes the world
    if re.match(r"^\s?(?:mk|km|kg|kw|kwh|mw|mwh|ha|°c|°f|ml|rpm|mph|km/h|cm|mbar|psi|ghz|mhz|nm)(?![\w])", after,
                re.IGNORECASE) and not re.match(r"^\s?\w+\s+(?:tokens?|supply|units?)", after, re.IGNORECASE):
        return True  # "the fridge is at 10 mK", "a 12 ha vineyard": a physical measure
    if a.text.strip() in ("20", "721", "1155", "4626") and \
            re.match(r"^\s*-?\s*(?:tokens?|vaults?|nfts?|collections?|standard|contracts?|compliant|style)(?![\w])", after):
        return True  # "a 4626 vault", "721 collection": the standard's number without its ERC
    if a.text.strip() in ("721", "1155", "4626") and (
            re.search(r"(?<![\w])(?:tipo|type|typ|kind|style|estilo|stile|standard|norme|norma|like|wie|comme|como|come)\s*:?\s*$",
                      before) or
            re.match(r"^\s*(?:[.,;)]|$)", after) and re.search(r"(?:vault|thing|nft|collection|contract|token)s?\W{0,3}\s*$",
                                                              before)):
        return True  # "tokens tipo 1155", "vault thing, 4626.": the standard's number, said as the kind
    if re.search(r"(?<![\w])(?:tel|phone|ph|fon|telefon\w*|telephone|telefono|telefone|fax|cel|cell|mobile|movil|whatsapp|"
                 r"ext|extension|durchwahl|poste|interno|ramal|"
                 r"call|ring|llama|appelez)\.?\s*(?:no\.?|nr\.?|n°|number|numero|#)?\s*:?\s*\+?[\d\s()./-]*$", before):
        return True  # "tel. 555-0143", "Tel. 924 555 012": a phone number
    if re.fullmatch(r"1\d\d\d|20\d\d", a.text.strip()) and \
            re.search(rf"(?<![\w])(?:{_FOUNDED_YEAR})\s*(?:in\s+|en\s+|im\s+)?$", before) and \
            not re.match(rf"^\s*(?:{lexicon.SUPPLY_WORDS})(?![\w])", after):
        return True
    if a.value == int(a.value) and 1 <= a.value <= 31 and (
            re.match(rf"^\s*(?:\.|th|st|nd|rd|er|de|of)?\s*(?:{_MONTHS})(?![\w])", after) and
            not re.match(r"^\s*decs?(?![\w])(?!\.?\s*,?\s*\d)", after) or
            re.search(rf"(?<![\w])(?:{_MONTHS})\.?\s*$", before)):
        return True
    if re.search(r"(?<![\w])(?:not all|nicht alle|pas (?:tous|toutes) les|no todos los|no todas las|nao todos os|"
                 r"nao todas as|non tutti i|non tutte le)\s+$", before):
        return True  # "two of three must sign, not all three": the count turned down restates the owners
    if re.match(r"^\.\d", after) or re.search(r"\d\.$", before):
        return True  # "1.20.4": a dotted version, never an amount
    if re.search(r"(?<![\w])(?:after|apos|após|tras|despues de|apres|après|nach|dopo)\s+$", before) and \
            re.match(r"\s*([a-z]{4,})(?![\w])", after) and \
            not re.match(rf"\s*(?:{lexicon.SUPPLY_WORDS}|{lexicon.CAP_WORDS}|{lexicon.DECIMAL_WORDS}|sales?|mints?|holders?|"
                         r"votes?|blocks?|confirmations?|signatures?)(?![\w])", after):
        return True  # "após 3 auditorias", "after 3 audits": what happened before the request
    aside = re.search(r"(?<![\w.,])\d[\d.,]*\s+([a-z][\w'-]{2,})\s*\(\s*(?:also|or|and|plus|sometimes|otherwise|anche|aussi|"
                      r"tambien|auch|tambem|o|ou|oder)\s*$", before)
    if aside and not re.search(rf"(?<![\w])(?:{_CONTRACT_WORDS}|{TOKEN_NOUNS})", aside.group(1)) and \
            re.match(r"^\s*(?:[a-z]+\s+){0,3}?(?:for|in|on|per|para|pour|per|fur|bei)\b[^()]{0,40}\)", after):
        return True  # "komboloi with 33 beads (also 21 for the short ones)": the same count of the world, said again
    if re.search(r"(?<![\w])(?:we have|we've got|we got|nous en avons|on en a|nous avons|tenemos|temos|ne abbiamo|abbiamo|"
                 r"wir haben|davon haben wir)\s*(?:about|around|some|environ|unos|unas|cerca de|circa|etwa|ca\.?)?\s*$",
                 before) and re.match(r"^\s*\)", after):
        return True  # "un id par teinte (nous en avons 212)": how many the asker has, in an aside
    if re.match(r"^\s*(?:%|percent|per ?cent)\s+of\s+(?:the\s+)?(?:world|world's|country|country's|europe|region|island|"
                r"coast|global|national|village|town|city|population|planet)", after):
        return True  # "about 90% of the world's bergamot comes from this coast": a fact of the world
    if re.search(r"(?<![\w])(?:crew|team|group|family|staff|band|choir|gang|squad|party) of\s*$", before) and \
            not re.search(rf"(?<![\w])(?:signers?|owners?|signatories|{_CONFIRM})", after[:30]):
        return True  # "$48,500 job, crew of 3": people of the asker's world
    if re.search(r"(?<![\w])(?:there are|there're|hay|il y a|es gibt|ci sono|existem|sono)\s*$", before) and \
            not re.match(rf"^\s*(?:{TOKEN_NOUNS}|{lexicon.SUPPLY_WORDS}|nfts?|certificates?|in total|in all|altogether|"
                         r"en total|au total|insgesamt|in tutto|in totale|ao todo|no total|of them)(?![\w])", after):
        return True  # "there are 4 levels and 120 students on the island": how the asker's world is made
    if re.match(rf"^\s*(?!(?:{TOKEN_NOUNS})\b)[a-z]{{3,}}s\s+(?:\w+\s+)?(?:vao receber|will receive|will get|receive|get paid|"
                r"recevront|recoivent|recibiran|reciben|erhalten|bekommen|riceveranno|ricevono|recebem|receberao)(?![\w])",
                after):
        return True  # "As 31 tintureiras vão receber conforme o trabalho": the people paid, counted, no supply
    if re.search(r"(?<![\w])(?:up|down|increased|grew|rose|fell|dropped)\s+from\s*$", before):
        return True  # "430 volunteers this year (up from 300)": the count of an earlier year
    if re.search(r"\(\s*$", before) and re.match(r"^\s*(?:[a-z]+\s+)?(?:per|each|for each|a|por|par|pro|je)\s+[a-z]+\s*\)", after):
        return True  # "14,000 tokens (1 000 per family)": how the quantity before the bracket is shared, said again
    if re.match(r"^\s*others(?![\w])", after) and re.search(r"(?<![\w])(?:with|along with|together with)\s*$", before):
        return True  # "came over on the Mimosa in 1865 with 152 others": people of the asker's story
    if _in_a_counting_run(a, before, after):
        return True  # "the ids count up by themselves 1, 2, 3...": an illustration of counting
    if (re.match(rf"^\s*(?:[a-z]+\s+)?(?:{_RATIO_LINK})\s+\d+(?![\d.,])", after) or
            re.search(rf"(?<![\w.,])\d+\s+(?:[a-z]+\s+)?(?:{_RATIO_LINK})\s*$", before)) and \
            not re.search(rf"(?<![\w])(?:{_CONFIRM}|signatures?|signers?|keys?|percent)|%", clause):
        return True  # "a piece cracks in the kiln, about 1 in 8", "it rains 14 days out of 30": a rate of the world
    if re.fullmatch(r"(19|20)\d\d", a.text.strip()) and re.match(r"^\s*[-/–]\s*(19|20)?\d\d(?!\d)", after) or \
            re.fullmatch(r"\d\d|(19|20)\d\d", a.text.strip()) and re.search(r"(19|20)\d\d\s*[-/–]\s*$", before):
        return True  # "the 2024-25 school year", "curso 2025-2026": a span of years
    return bool(re.search(r"\d:$", before) or re.match(r"^:\d\d(?!\d)", after))


_RATIO_LINK = r"in|out of|of every|in every|su|sur|de cada|em cada|von|auf|per ogni"
"""What joins the two numbers of a rate said as a ratio ("1 in 8", "14 days out of 30")."""


def _in_a_counting_run(a: Amount, before: str, after: str) -> bool:
    """Whether the number is one of three or more consecutive whole numbers in a row ("1, 2, 3...", "1,2,3", whose
    first two read as one decimal)."""
    joined = re.fullmatch(r"(\d{1,3}),(\d{1,3})", a.text.strip())
    if a.value != int(a.value) and not joined:
        return False
    run = [int(n) for n in re.findall(r"(\d{1,3})\s*,\s*", re.search(r"(?:\d{1,3}\s*,\s*)*$", before).group(0))]
    run += [int(n) for n in joined.groups()] if joined else [int(a.value)]
    following = re.match(r"^(?:\s*,\s*\d{1,3}(?!\d|[.,]\d))*", after).group(0)
    run += [int(n) for n in re.findall(r"\d{1,3}", following)]
    return len(run) >= 3 and all(b == x + 1 for x, b in zip(run, run[1:]))


_LINKS = r"and|or|y|et|und|e|o|ou|oder|of|to|for|de|para|pour|fur|per|with|con|avec|mit|com|the|los|les|die|der|os|i|gli"
_GROWERS = (r"farmers|growers|producers|produtores|productores|producteurs|produttori|erzeuger|agricultores|agriculteurs|"
            r"agricoltori|landwirte|bauern|families|familias|familles|famiglie|familien")
"""Those an asker supports or works for ("230 produtores", "three families"): the asker's world, never the payees or
owners an address list counts."""
_BODIES = (r"unions|groups|branches|chapters|districts|cooperatives|co-?ops|associations|clubs|schools|villages|"
           r"communities|organi[sz]ations|charities|teams|sections|departments|parishes|families|households|workshops")
"""Bodies a splitter pays or a multisig's signers stand for: "split between the 4 district unions"."""
_PEOPLE = (r"payees|recipients|partners|members|owners|member|partner|person|persons|signers|signatories|parties|co-?hosts|hosts|co-?founders|founders|"
           rf"{_GROWERS}|"
           r"officers|officials|directors|trustees|managers|board members|admins|maintainers|developers|devs|teammates|"
           r"oficiales|directivos|directores|responsables|dirigeants|administrateurs|vorstande|vorstandsmitglieder|"
           r"direktoren|diretores|dirigentes|dirigenti|direttori|amministratori|"
           r"friends|people|persons|artists|collaborators|contributors|creators|authors|heirs|siblings|kids|children|"
           r"grandchildren|grandkids|grandsons|granddaughters|sons|daughters|nephews|nieces|cousins|colleagues|coworkers|"
           r"djs|drivers|riders|couriers|coaches|sailors|crew|potters|librarians|nurses|doctors|guests|"
           r"nietos|hijos|sobrinos|petits-enfants|enfants|neveux|enkel\w*|kinder|neffen|netos|filhos|sobrinhos|nipoti|figli|"
           r"employees|staff|students|pupils|customers|clients|users|followers|fans|subscribers|regulars|players|"
           r"volunteers|\w+mates|empleados|estudiantes|alumnos|clientes|usuarios|seguidores|employes|salaries|etudiants|eleves|"
           r"utilisateurs|abonnes|mitarbeiter\w*|schuler\w*|studenten|kunden|nutzer\w*|funcionarios|alunos|estudantes|"
           r"dipendenti|studenti|alunni|clienti|utenti|"
           r"socios|miembros|personas|amigos|cofundadores|fundadores|firmantes|herederos|hermanos|"
           r"associe\w*|membres|personnes|amis|cofondateurs|fondateurs|signataires|heritiers|"
           r"gesellschafter|mitglieder\w*|personen|freunde|partner\w*|grunder\w*|unterzeichner\w*|erben|"
           r"membros|pessoas|amigos|fundadores|signatarios|herdeiros|"
           r"soci|membri|persone|amici|fondatori|firmatari|eredi|"
           r"ppl|folks|peeps|judges|reviewers|entries|leute|gente|gens|amoureux|passionnes|adeptes|aficionados|"
           r"enthusiasts|lovers|angestellte\w*|beschaftigte\w*|fans|appassionati|apaixonados|entusiastas|"
           r"treasurers|tesoreros|tresoriers|tresorieres|schatzmeister\w*|tesoureiros|tesoureiras|tesorieri|"
           r"jurors|jury members|giurati|jurados|jures|juroren|adherent\w*|controllers|controleurs|controladores|"
           r"controllori|fluglotsen|lotsen|operators|operateurs|operadores|operatori|"
           r"donors|donantes|donateurs|spender\w*|doadores|donatori|teachers|profesor[ae]s|professeur[es]?s?|lehrer\w*|"
           r"professor[ae]s|insegnanti|maestr[ie]|musicians|musicos|musiciens|musiker\w*|musicisti|singers|cantantes|"
           r"chanteurs|sanger\w*|cantores|cantanti|voices|voces|voix|stimmen|vozes|voci|"
           r"verkauferinnen|verkaufer|vendedor[ae]s|vendeu(r|se)s|venditori|venditrici|commess[ei]|salespeople|"
           r"workers|arbeiter\w*|trabajador[ae]s|ouvri(er|ere)s|trabalhador[ae]s|lavorator[ie]|artisans|artesan[oa]s|"
           r"artigian[ie]|handwerker\w*|apprentices|aprendices|apprentis|apprendisti|aprendizes|lehrling\w*|azubis|of us|di noi|de nosotros|d'entre nous|von uns|de nos|entre nos")
"""Plural nouns for people: a count of them in a split or a multisig counts the addresses."""
_OUTSIDERS = (rf"{_GROWERS}|"
              r"donors|donantes|donateurs|spender\w*|doadores|donatori|customers|clients|clientes|kunden|clienti|users|"
              r"usuarios|utilisateurs|nutzer\w*|utenti|followers|seguidores|fans|subscribers|abonnes|guests|students|"
              r"pupils|estudiantes|alumnos|etudiants|eleves|schuler\w*|studenten|alunos|estudantes|studenti|alunni|"
              r"regulars|players|visitors|visitantes|visiteurs|besucher\w*|visitatori|patients|pacientes|patienten|"
              r"pazienti|listeners|oyentes|auditeurs|horer\w*|ouvintes|ascoltatori|voices|voces|voix|stimmen|vozes|voci")
"""People of the asker's world who are never the payees or the owners: "340 donatori" counts no address."""
_SIGNER_NOUNS = (r"signatures?|confirmations?|approvals?|signers?|owners?|keys?|firmas?|firmantes|confirmaciones|"
                 r"aprobaciones|signataires|confirmations|unterschriften|unterzeichner\w*|bestatigungen|assinaturas|"
                 r"signatarios|aprovacoes|firme|firmatari|approvazioni")
_OF = r"out of|of|from|d'entre|de|sur|von|aus|su|em|di|among|entre|tra|fra|das|dos|des|der|dei|delle|degli|della|del"
_CONFIRM = (r"sign\w*|confirm\w*|approv\w*|firm\w*|unterschreib\w*|bestatig\w*|zustimm\w*|freigeb\w*|assin\w*|"
            r"aprob\w*|aprov\w*|valid\w*|approuv\w*|sottoscriv\w*|conferm\w*|agree\w*|concord\w*|d'accord")
_OF_THEM = (rf"^\s*(?:{_OF})\s+(?:them|us|the (?:owners|partners|signers|members|founders)|ellos|nosotros|"
            r"eux|nous|ihnen|uns|eles|nos|loro|noi)")
_THEM_CONFIRM = re.compile(rf"{_OF_THEM}\s+(?:\w+\s+){{0,2}}?(?:{_CONFIRM})(?![\w])")
_CONFIRMED_BY = re.compile(rf"(?<![\w])(?:{_CONFIRM})(?:\s+[\w']+){{0,3}}?\s+(?:at least|almeno|mindestens|au moins|al menos|"
                           r"pelo menos|ao menos)?\s*$")
"""Confirmed by a number of them, the verb first: "approvata da almeno due di noi", "approved by any two of us"."""


_ALL_OF_THEM = re.compile(r"(?<![\w])(?<!not )(?<!nicht )(?<!pas )(?<!non )(?<!nao )(?<!no )(?:all|any|alle[nm]?|beliebige|todos(?: los| os)?|todas(?: las| as)?|tous les|toutes les|"
                          r"tutti e|tutte e|tutti i)\s+$")
"""All or any of a count of owners: "all three", "any three together", "von allen dreien", "tous les trois"."""


def _all_of_them_sign(folded: str, start: int, after: str) -> bool:
    """"every payment needs all three to sign", "any three together can move funds", "muss von allen dreien bestätigt
    werden": the count of owners who act together is the threshold."""
    if not _ALL_OF_THEM.search(windows.before(folded, start, 20)):
        return False
    sentence = re.split(r"[.;!?\n]", folded[:start])[-1] + re.split(r"[.;!?\n]", after)[0]
    return bool(re.search(rf"(?<![\w])(?:{_CONFIRM}|move\w*|spend\w*|withdraw\w*|execut\w*)", sentence))


def _n_of_them_confirm(folded: lexicon.Folded, amounts: list[Amount], taken: set[int]) -> list[Quantity]:
    """"we are 4 partners and 3 of them must confirm": a number of the owners who must confirm is the threshold (the
    owners are the addresses given)."""
    out: list[Quantity] = []
    for a in amounts:
        if a.start in taken or a.value != int(a.value) or not 1 <= a.value <= 50:
            continue
        after = folded.text[folded.folded_position(a.end):]
        m = _THEM_CONFIRM.match(after)
        if m is None and _CONFIRMED_BY.search(windows.before(folded.text, folded.folded_position(a.start), 60)):
            m = re.match(_OF_THEM, after)
        if m is None:
            m = _MUST_CONFIRM.match(after)
        if m is None and _SIGNATURES_OF.search(windows.before(folded.text, folded.folded_position(a.start), 40)):
            m = _ENOUGH.match(after)
        if m is None and re.search(r"(?<![\w])(?:bastano|basta|bastan|bastam|suffisent|suffit|reichen|reicht|genugen|"
                                   r"alcanzan|alcanza|it takes|takes)\s+(?:solo\s+|sólo\s+|only\s+|just\s+|seulement\s+|nur\s+)?$",
                                   windows.before(folded.text, folded.folded_position(a.start), 30)):
            m = re.match(rf"\s+(?:{_SIGNER_NOUNS})(?![\w])", after)  # "bastano due firme per approvare": enough signatures first
        if m is None:
            m = _OF_THEM_ENOUGH.match(after)  # "three of us sign ... any two of us is enough to send"
        if m is None and re.search(r"(?<![\w])von\s+$", windows.before(folded.text, folded.folded_position(a.start), 8)):
            # "jede Auszahlung muss von drei davon bestätigt werden": the German verb last
            m = re.match(r"\s+(?:davon|von ihnen|von uns|der inhaber|der besitzer|der unterzeichner)\s+(?:\w+\s+)?"
                         r"(?:bestatigt|unterschrieben|freigegeben|genehmigt|unterzeichnet|abgezeichnet)(?![\w])", after)
        if m is None and re.search(r"(?<![\w])(?:needed|required|requires?|needs?|necessari[oa]s?|requerid[oa]s?|"
                                   r"notig|erforderlich|nécessaires?|necessaires?|richiest[ei])\s*[:=]\s*$",
                                   windows.before(folded.text, folded.folded_position(a.start), 30)):
            m = re.match(_OF_THEM, after)  # "signers: - 0x.. - 0x.. needed: 3 of them": a record of the threshold
        if m or _all_of_them_sign(folded.text, folded.folded_position(a.start), after):
            end = folded.source(folded.folded_position(a.end), folded.folded_position(a.end) + (m.end() if m else 0))[1]
            out.append(Quantity("threshold", int(a.value), a.start, end, folded.original[a.start:end]))
    return out


_MUST_CONFIRM = re.compile(
    rf"^\s*(?:(?:of|de|di|von)\s+(?:them|us|ellos|nosotros|eux|nous|ihnen|uns|eles|nos|loro|noi)\s+)?"
    r"(?:have to|has to|must|need to|needs to|should|shall|will|mussen|muss|deben|tienen que|doivent|devem|tem de|"
    rf"tem que|devono|debe|doit|deve)\s+(?:\w+\s+)?(?:{_CONFIRM})(?![\w])")
"""A count of owners and the duty to sign: "any three have to sign", "2 must approve", "drei müssen unterschreiben"."""
_SIGNATURES_OF = re.compile(r"(?<![\w])(?:signatures?|firmas?|firme|firma|assinaturas?|unterschriften?|approvals?|"
                            r"aprobaci\w+|aprovac\w+|approvazion\w+|consent\w*|anuencia|accord|acuerdo|acordo|zustimmung|"
                            r"consenso|ok|okay|go-ahead)\s+(?:de|di|of|von|da|du|des|del)\s+"
                            r"(?:any\s+|at least\s+|al menos\s+|au moins\s+|pelo menos\s+|almeno\s+|mindestens\s+)?$")
_ENOUGH = re.compile(r"^\s*(?:(?:deles|delas|of them|of us|de ellos|de ellas|d'entre (?:nous|eux)|de nosotros|di noi|di loro|"
                     r"von uns|von ihnen)\b|(?:alcanza|alcanzan|basta|bastan|bastam|suffit|suffisent|reicht|reichen|"
                     r"is enough|are enough|will do)\b)")
"""The signatures of a count of owners, and enough: "con la firma de dos alcanza", "a assinatura de dois deles"."""


_OF_THEM_ENOUGH = re.compile(rf"{_OF_THEM}\s+(?:is|are|will be)\s+enough(?![\w])|{_OF_THEM}\s+(?:suffices?|will do)(?![\w])")
"""A count of the owners said to be enough: "any two of us is enough to send"."""


def _signers_counted(out: list[Quantity], listed: int) -> None:
    """"3 of us sign — me 0x.., siobhan 0x.. and the accountant 0x... any 2 of the 3 can approve": a count of signers
    said plainly, with no duty ("must", "all"), that is the N of an M-of-N said elsewhere (or the number of addresses
    listed, with another threshold said) counts the owners."""
    owners = {q.value for q in out if q.key == "owners_count"}
    thresholds = {q.value for q in out if q.key == "threshold"}
    for i, q in enumerate(out):
        if q.key == "threshold" and (q.value in owners or q.value == listed) and len(thresholds) > 1 and \
                re.fullmatch(r"\S+\s+of\s+(?:us|them)\s+(?:sign|signs|are signers|will sign)", q.text.lower()):
            out[i] = Quantity("owners_count", q.value, q.start, q.end, q.text)


def _m_of_n(folded: lexicon.Folded, amounts: list[Amount], taken: set[int]) -> list[Quantity]:
    """A multisig's M-of-N in words or digits: "two of three", "zwei von drei", "2/3 multisig", "two signatures
    out of three", "deux signatures sur trois": the first is the threshold, the second the number of owners."""
    out: list[Quantity] = []
    for a, b in zip(amounts, amounts[1:]):
        if a.start in taken or b.start in taken or not (a.value == int(a.value) and b.value == int(b.value)):
            continue
        between = folded.text[folded.folded_position(a.end):folded.folded_position(b.start)]
        # any one noun may stand for the signatures: "3 firms of the 4 owners" (firmas), "2 keys of 3"
        if re.fullmatch(rf"\s*-?\s*(?:(?:{_SIGNER_NOUNS}|[^\W\d_]+)\s+(?:\w+\s+){{0,2}})?(?:{_OF})\s*-?\s*"
                        r"(?:(?:the|these|those|our|its|us|los|las|estos|estas|les|ces|den|die|diesen|os|as|estes|estas|i|le|"
                        r"questi|queste|nosotros|nous|uns|nos|noi)\s+)?", between) and 1 <= a.value <= b.value <= 50:
            out.append(Quantity("threshold", int(a.value), a.start, b.end, folded.original[a.start:b.end]))
            out.append(Quantity("owners_count", int(b.value), a.start, b.end, folded.original[a.start:b.end]))
    for m in re.finditer(r"(?<![\w./])(\d{1,2})\s*/\s*(\d{1,2})(?![\w/.%])", folded.text):
        s, e = folded.source(*m.span())
        if s not in taken and 1 <= int(m.group(1)) <= int(m.group(2)) <= 50:
            out.append(Quantity("threshold", int(m.group(1)), s, e, folded.original[s:e]))  # "a 2/3 multisig"
            out.append(Quantity("owners_count", int(m.group(2)), s, e, folded.original[s:e]))
    return out


_MONTHS = (r"january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|"
           r"jul|aug|sep|sept|oct|nov|dec|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|"
           r"diciembre|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|januar|februar|"
           r"marz|juni|juli|oktober|dezember|janeiro|fevereiro|marco|maio|junho|julho|setembro|outubro|novembro|dezembro|"
           r"gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre")
_CALENDAR_WORDS = (r"q[1-4]|h[12]|s[12]|(?:" + _MONTHS + r")|spring|summer|autumn|fall|winter|early|mid|late|end of|"
                   r"model|modele|modelo|modello|baujahr|jahrgang|vintage|built( in)?|made in|gegr\.?|fond\.|fund\.|"
                   r"primavera|verano|otono|invierno|printemps|ete|automne|hiver|fruhling|sommer|herbst|winter|"
                   r"verao|outono|inverno|estate|autunno|"
                   r"since|in|from|until|till|by|founded( in)?|established( in)?|est\.?|ca\.|c\.|started( in)?|back in|circa|year|"
                   r"back to|dating from|dates from|remonte a|remontant a|se remonta a|risale al|remonta a|"
                   r"reopened|re-opened|renovated|restored|rebuilt|inaugurated|closed|electrified|"
                   r"before|after|antes de|avant|vor|prima del|depois de|apres|nach|"
                   r"desde|en|en el ano|depuis|en l'an|seit|im jahr|dal|nel|nell'anno|em|no ano|fundad[oa] en|fondee? en|"
                   r"gegrundet|fondat[oa] nel|"
                   # "going back to about 1180", "an 1898 Blickensderfer", "the 2024 harvest", "safra 2024", "raccolto 2023"
                   r"back to|going back to|dating (back )?(to|from)|dates (back )?(to|from)|an|harvest|crop|season|"
                   r"safra|colheita|raccolto|vendemmia|cosecha|vendimia|recolte|ernte|annata|saison|temporada|stagione")
_ELDERS = (r"grandma|grandpa|granny|nonna|nonno|abuela|abuelo|mamie|papi|oma|opa|avo|avó|vovo|tante|tia|tio|aunt|"
           r"uncle|zia|zio|mum|mom|dad|papa|mama|mamma|father|mother|don|dona|doña|senor|senora|señor|señora|signor|"
           r"signora|mr|mrs|ms|herr|frau|monsieur|madame|maestro|maestra|master|mestre|dom")
"""An elder named with their title ("Nonna Bepi is 91 and ..."): an age follows."""
_KIN = (r"son|daughter|nephew|niece|kid|child|boy|girl|brother|sister|grandson|granddaughter|cousin|friend|student|"
        r"students|kids|children")


def _edition_year(a: Amount, original_before: str) -> bool:
    """"the Soweto Streets Open 2025 (64 crews registered!)", "for Expo 2030": a year closing a capitalised name run
    mid-sentence is an event's edition, part of a name of the asker's world ("Supply 2000" opening a sentence, or a
    contract word before it, is still a value)."""
    if not re.fullmatch(r"(19|20|21)\d\d", a.text.strip()):
        return False
    run = re.search(rf"(?<=[a-z,;:] )((?:[{lexicon.CAPITALS}][\w'’-]*\s+)+)$", original_before)
    return bool(run) and not re.search(rf"(?<![\w])(?:{lexicon.SUPPLY_WORDS}|{lexicon.CAP_WORDS}|{lexicon.DECIMAL_WORDS}|"
                                       r"max\w*|limit\w*|symbol|ticker|name)(?![\w])", numbers.fold(run.group(1).lower()))


_YEAR_RANGE_JOINERS = r"to|-|–|—|until|till|through|bis|a|al|au|ao|ate|fino al"


def _calendar_year(a: Amount, before: str, after: str) -> bool:
    """A four-digit number from 1800 to 2199 after a calendar word ("since 1987", "founded in 2015", "est. 1998",
    "from about 1890")."""
    if re.fullmatch(r"1[0-7]\d\d", a.text.strip()) and re.search(
            r"(?<![\w])(?:back to|going back to|dating (?:back )?(?:to|from)|dates (?:back )?(?:to|from)|since|founded(?: in)?|"
            r"established(?: in)?|est\.?|seit|desde|depuis|dal|fondat[oa](?: nel)?|gegrundet|fundad[oa](?: en| em)?|"
            r"fondee?(?: en)?)\s*(?:about|around|circa|ca\.|c\.|~)?\s*$", before):
        return True  # "an archive going back to 1717", "seit 1336": an older year, after a word that only dates
    return bool(re.fullmatch(r"(18|19|20|21)\d\d", a.text.strip()) and (re.search(
        rf"(?<![\w])(?:{_CALENDAR_WORDS})\s*[:=]?\s*(?:{_ENGLISH_HEDGES}|{_HEDGE_WORDS}|c\.|um|vers|por volta de|intorno al|"
        r"verso il)?\s*$", before) or re.search(r"(?<![\d])\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*$", before) or
        # "most of us came 2008 to 2012": a range of years, either end
        re.match(rf"\s*(?:{_YEAR_RANGE_JOINERS})\s*(?:18|19|20|21)\d\d(?!\d)", after) or
        re.search(rf"(?<!\d)(?:18|19|20|21)\d\d\s*(?:{_YEAR_RANGE_JOINERS})\s*$", before) or
        # "notes: 2023 we sold 9 tonnes": the year, then who did what in it
        re.match(r"\s*,?\s*(?:we|i|they|there (?:were|was)|nous|wir|noi|nosotros|nos|eles|ellos)\s", after))
                and not re.match(rf"^\s*(?:{lexicon.SUPPLY_WORDS}|piezas|pieces|nfts?|items?|batches|lots?)(?![\w])", after))


_FOUNDED = (r"founded|established|est\.|since|started|opened|gegrundet|seit|fundad[oa]|desde|fondee?|depuis|creee? en|"
            r"fondat[oa]|aperto|dal|nel|fundad[oa]|aberto|em")


def _frequency(before: str, duration: str) -> bool:
    """"40,000 visitors a year", "200 orders a day", "una ricetta a settimana", "lessons are £35 an hour": an article
    before the unit after a counted noun or an amount of money makes the time a rate, not a duration."""
    return bool(re.match(r"(a|an|une?|una?|ein\w*|um|uma)\s", duration) and
                (re.search(r"\d[\d,.' ]*\s*(k|m)?\s+(?!(?:years?|jahre?n?|anos?|anni|ans|months?|monate?n?|meses|mesi|mois|"
                           r"weeks?|wochen|semanas|settimane|semaines|days?|tage?n?|dias|giorni|jours)\b)[a-z]+"
                           r"(?:\s+(?!(?:mit|with|and|und|y|et|e|con|avec|com|plus|or|oder|o|ou|de|di|of|for|per)\b)"
                           r"[a-z]+)?\s*$", before) or  # "200 orders a day", "burns 9 t diesel a day"
                 re.search(r"(?<![\w])(?:one|una|uno|un|une|um|uma)\s+(?!(?:year|month|week|day|ano|mes|semana|dia|anno|mese|"
                           r"settimana|giorno|an|mois|semaine|jour)\b)[a-z]{3,}\s*$", before) or  # "una ricetta a settimana"
                 re.search(rf"(?:{_FIAT})\s*\d[\d,.']*\s*$|\d[\d,.']*\s*(?:{_FIAT_WORDS})\s*$", before) or
                 # "twice a day the tide pauses our work", "zweimal am Tag": how often, no time of the contract
                 re.search(r"(?<![\w])(?:once|twice|thrice|\w+ times|una vez|dos veces|\w+ veces|une fois|deux fois|\w+ fois|"
                           r"einmal|zweimal|dreimal|\w+mal|una volta|due volte|\w+ volte|uma vez|duas vezes|\w+ vezes)\s*$", before) or
                 # "we sell maybe 25 a year": a count of the asker's trade per period, its noun left out
                 re.search(r"(?<![\w])(?:sell|sells|sold|make|makes|made|produce|produces|bake|bakes|brew|brews|build|builds|"
                           r"catch|catches|ship|ships|do|does|did)\s+(?:\w+\s+)?\d[\d,.']*\s*$", before)))


_SAID_AS_CONTEXT = re.compile(
    r"(?<![\w])(?:(?:just|only|purely|for|as|some|a bit of) context|(?<![\w])context\s*:|for (?:your |some )?(?:background|information|info|"
    r"reference)|(?:is |are |that'?s )?irrelevant|not relevant|no relevance|"
    r"nothing to do with (?:the|this|our) (?:contract|token|collection)|not part of the (?:contract|token)|"
    # "renewed every 2 years but thats not for the contract"
    r"(?:that|this|it)(?:'?s| is) not (?:for|in|about) (?:the|this|our) (?:contract|token|collection|nft)s?|"
    # "we keep 18,000 float in the bank also but thats seperate, dont worry about it"
    r"(?:that|this|it)(?:'?s| is) (?:separate|seperate|something else|another (?:thing|story))|"
    # "la entrada cuesta 25 €, pero eso va aparte", "mais ça, c'est à part", "aber das ist extra", "ma questo è a parte"
    r"(?:eso|esto|ca|cela|das|questo|isso|isto)(?:,)? (?:va|es|est|c'est|ist|e|fica) (?:aparte|a part|a parte|extra|separado|"
    r"separe|getrennt|separato|otra cosa|autre chose|was anderes|un'altra cosa|outra coisa)|"
    # "the dough rest 48 hours — this is not important for the token ahah"
    r"(?:this|that|it) (?:is |'s )?not important(?: ahah| haha| lol| ha)?(?=\s*[.,;!)]|\s*$)|"
    r"(?:(?:this|that|it|these|those) )?(?:is |are |'s )?not (?:important|relevant|needed|part of this) (?:for|to) (?:the|this|our) (?:token|contract|"
    r"collection|wallet|vault|nft)s?|doesn'?t matter (?:for|to) (?:the|this) (?:token|contract)|"
    r"(?:do not|don'?t|dont|no need to) (?:worry|bother) about (?:it|that|this)|"
    r"por si sirve de contexto|para (?:dar )?contexto|solo (?:como|de|para) contexto|pour (?:le |info|information|"
    r"contexte)|a titre (?:d'information|indicatif)|zur (?:info|information|einordnung)|nur zur (?:info|information)|"
    r"solo (?:per|come) contesto|per contesto|so para contexto|apenas (?:para|como) contexto|so (?:de|como) contexto)(?![\w])")
"""A sentence that says its own numbers are context ("which is irrelevant here, just context for buyers", "por si
sirve de contexto"): none of them is a value of the contract."""


def _said_as_context(text: str, start: int, end: int) -> bool:
    ends = r"(?<!\d)[.;!?\n]|\s[-–—•*]\s"  # a sentence, or a bullet of a list once its lines are joined
    # (a bracket with numbers of its own, "(under-12s get in free at the door, that's separate)", speaks of those)
    own = r"\([^()]*\d[^()]*\)"
    sentence = re.sub(own, " ", re.split(ends, text[:start])[-1]) + text[start:end] + \
        re.sub(own, " ", re.split(ends, text[end:])[0])
    opened, closed = text.rfind("(", 0, start), text.find(")", end)
    if 0 <= opened and ")" not in text[opened:start] and closed >= 0:
        sentence += " " + text[opened + 1:closed]  # "(Cocemos unas 2.400 piezas al año, por si sirve de contexto.)"
    following = re.split(ends, text[end:])
    if len(following) > 1 and len(following[1]) < 60 and _SAID_AS_CONTEXT.match(following[1].strip()) and \
            not re.search(r"\d", following[1]):  # (not "For context we buy about 12 kg of gold a year": context of its own)
        sentence += " " + following[1]  # "we build ~3 gondolas/year, 280 pieces each. Not relevant, just so you know us."
    return bool(_SAID_AS_CONTEXT.search(sentence))


def _in_aside(text: str, position: int) -> bool:
    """A number in a parenthesis that tells when the asker was founded ("our club (founded 1974, 230
    members)", "(5 people, since 2021)") describes the asker, like the year itself."""
    opened = text.rfind("(", 0, position)
    if opened < 0 or text.rfind(")", 0, position) > opened:
        return False
    closed = text.find(")", position)
    inside = text[opened + 1:closed if closed >= 0 else len(text)]
    return bool(re.search(rf"(?<![\w])(?:{_FOUNDED})\s*(?:in\s+|en\s+|im\s+|nel\s+)?(18|19|20)\d\d(?!\d)", inside))


def people_bound(folded: str, start: int, end: int) -> bool:
    """"18 people max", "8 personnes maximum", "max 12 guests": a maximum of people in the asker's world (a course,
    a workshop, a table) bounds no supply; the word "max" there asks for no capped token."""
    people = rf"(?:{_PEOPLE}|{_OUTSIDERS}|participants?|participantes|teilnehmer\w*|partecipanti|seats?|places|plazas|"  \
             r"platze|lugares|posti|people|persons?|pax|guests?|attendees|kids|adults)"
    return bool(re.match(rf"\s*(?:of\s+)?\d[\d.,]*\s+(?:[\w'-]+\s+)?{people}(?![\w])", windows.after(folded, end, 40))
                or re.search(rf"(?<![\w.,])\d[\d.,]*\s+(?:[\w'-]+\s+)?{people}\s*$", windows.before(folded, start, 40)))


def _aside_on_our_things(text: str, position: int) -> bool:
    """"For our cedar collector boxes (each series has 50 pieces, about 380 € apiece)", "für unsere Sammlerkisten
    (jede Serie hat 50 Stück)": a parenthesis right after the asker's own things describes those things; a number in
    it is no value of the contract unless the brackets say it is one ("our passes (500 in total)", "(only 50)")."""
    opened = text.rfind("(", 0, position)
    if opened < 0 or text.rfind(")", 0, position) > opened:
        return False
    things = re.search(rf"(?<![\w])(?:{lexicon.OUR})((?:\s+[\w'-]+){{1,5}})\s*$", text[max(0, opened - 60):opened])
    if not things or re.search(rf"(?<![\w])(?:{_CONTRACT_WORDS}|nfts?|collection|coleccion|colecao|sammlung|kollektion|"
                               r"collezione|contract|contrato|contrat|vertrag|contratto)", things.group(1)):
        return False
    closed = text.find(")", position)
    inside = text[opened + 1:closed if closed >= 0 else len(text)]
    return not re.search(rf"(?<![\w])(?:{_CONTRACT_WORDS}|only|just|exactly|limit\w*|nur|genau|solo|solamente|seulement|"
                         r"exactement|apenas|exatamente|soltanto|esattamente|edition|auflage|tirage|tirada|tiragem|tiratura)",
                         inside)


_FIAT = (r"\$|€|£|¥|r\$|us\$|₦|₹|₩|₽|₺|₱|₴|₫|₪|฿|₸|₾|₵|(?<![\w])bs\.?|(?<![\w])s/\.?|(?<![\w])(?:rs|rp|ksh)\.?|"
         r"(?<![\w])(?:usd|eur|chf|gbp|brl|mxn|cad|aud|nzd|jpy|pln|sek|nok|dkk|czk|huf|inr|zar|try|aed|sgd|hkd)")
"""Money said before its amount: "$3.50", "CHF 140,000"."""
_FIAT_WORDS = (r"€|£|\$|usd|eur|gbp|chf|brl|mxn|dollars?|euros?|pounds?|reais|pesos|francs?|franken|dolares|dolari|sterline|"
               r"yen|jpy|yuan|cny|rmb|won|krw|rupees?|inr|rubles?|roubles?|lira|lire|zloty|zł|zl|złotych|zlotych|złote|zlote|pln|kronor|krona|kroner|kronen|"
               r"sek|nok|dkk|rand|zar|naira|ngn|shillings?|kes|baht|thb|dong|vnd|ringgit|myr|pesos?|soles|ars|cop|clp|"
               r"aud|cad|nzd|hkd|sgd|dirhams?|aed|riyals?|sar|lei|ron|forint|huf|czk|korun\w*|hryvni\w*|uah|"
               r"usdc|usdt|dai|busd|eurc|pyusd|frax|tusd|som|soum|birr|cfa|fcfa|xof|xaf|cedis?|ariary|tenge|lari|"
               r"drams?|manat|dinars?|quetzal(es)?|bolivianos?|guaranies|colones|lempiras?|kwacha|taka|rupiah|kip|riel|"
               r"kyat|tugriks?|afghanis?|leva|lev|denars?|km|kn|kuna|isk|kronur|bgn|rsd|mkd|bam|mdl|byn|amd|azn|kzt|"
               r"uzs|egp|tnd|dzd|ils|qar|kwd|bhd|omr|jod|lbp|pkr|lkr|npr|bdt|idr|php|twd|ghs|xaf|etb|tzs|ugx|rwf|mzn|aoa|"
               r"bob|pyg|uyu|crc|gtq|hnl|nio|dop|jmd|ttd")
"""Fiat money and the stablecoins that stand for it: "500 USDC" is money in the asker's world, like "$500"
(except in a vault, whose amounts are in its asset)."""
_STABLECOINS = r"usdc|usdt|dai|busd|eurc|pyusd|frax|tusd"


_MEASURES = (r"mq|qm|mm|cm|m|km|mi(?=\s*[.,;)]|\s*$)|kg|mg|ml|cl|ft|feet|foot|inch(es)?|pollic[ei]|pulgadas?|pouces?|zoll|polegadas?|miles?|meters?|metres?|metros?|metri|metern?|"
             r"kilometers?|kilometres?|kilometros?|chilometri|kilogramm?s?|kilos?|liters?|litres?|litros?|litri|km/h|mph|"
             r"hectares?|m2|m²|sq ?ft|square (feet|meters|metres)|kw|kwh|hp|cv|pounds? of|lbs?|°c|°f|degrees?|grad|gradi|"
             r"grados?|degres?|microns?|µm|micrometers?|nm|mk|ps|watts?|volts?|amps?|bar|psi|knots?|nodi|nudos|noeuds|"
             r"hz|khz|mhz|ghz|db|decibels?|lux|rpm|tons?|tonnes?|t(?=\s*[,.;)]|\s*$|\s+(?:of\s+)?(?:diesel|fuel|coal|steel|stone|grain|"
             r"rice|wheat|salt|fish|ice|cargo|sand|gravel|timber|wood|oil|water)\b)|toneladas?|tonnellate|tonnen|t of|grams?|gramos|grammes?|"
             r"gramm|grammi|gallons?|ounces?|oz|acres?|arrobas?|quintals?|quintales|quintaux|quintali|zentner|bushels?|pints?|"
             r"barrels?|barriles|barils|fass|barili|"
             # "every one above 100 g gets a certificate": grams, the letter alone
             r"g(?=\s*[,.;)]|\s*$|\s+(?:gets?|each|or|and|per|of|to|is|are|min|max|plus|net|weight|heavy)\b)")
"""Units of physical measure: a number in one describes something in the asker's world."""


def _measure(after: str) -> bool:
    """"120 cm", the first end of a range in one ("da 28 a 36 pollici", "300 to 400 knots") and of a size
    ("3 x 2 metros")."""
    return bool(re.match(rf"^\s*(?:(?:-|–|to|a|à|bis|hasta|ate|al|au|y|and|e|et|und|x|×|by|por|per)\s*\d[\d.,]*\s*)?"
                         rf"(?:{_MEASURES})(?![\w/²])",
                         after, re.IGNORECASE)) and \
        not re.match(rf"^\s*\w+\s+(?:{lexicon.SUPPLY_WORDS})(?![\w])", after, re.IGNORECASE)


def _per_measure(after: str) -> bool:
    """"€4,500 per kilo", "12 $/kg", "9 € das Glas": the price of goods by their measure or their piece, in the
    asker's world, never a mint price (not "€20 per ticket", the token's own)."""
    if re.match(rf"^\s*(?:[a-z€$£]{{0,5}}\s*)?(?:per|a|an|the|/|le|la|el|il|al|pro|je|por|par)\s*(?:{_MEASURES}|kilo|kilos|"
                r"pound|lb|litre|liter|gallon|ton|tonne|quintal)(?![\w])", after, re.IGNORECASE):
        return True
    piece = re.match(r"^\s*(?:[a-z€$£]{0,5}\s*)?(?:per|each|a|the|das|der|die|le|la|el|il|pro|je|por|par)\s+([a-z]{3,})"
                     r"\s*(?:[.,;)!]|$)", numbers.fold(after), re.IGNORECASE)
    return bool(piece) and not re.fullmatch(rf"{TOKEN_NOUNS}|mint\w*|nfts?|passes|pass|copy|copies|editions?|drops?|one|month|"
                                            r"year|week|day|person|head|member|seat|entry|night", piece.group(1), re.IGNORECASE)


def priced_by_measure(folded: str, end: int) -> bool:
    """Whether the price word ending at `end` is followed by a price of goods by their measure ("this year the
    price is €4,500 per kilo"): the asker's world, no price of the contract."""
    m = re.match(rf"^\s*(?:[\w']+\s+){{0,3}}?(?:{_FIAT})?\s*\d[\d.,]*\s*(?:k\s*)?(?:(?:{_FIAT_WORDS})\s*)?", folded[end:end + 60],
                 re.IGNORECASE)
    return bool(m and m.group(0).strip() and _per_measure(folded[end + m.end():end + m.end() + 30]))


def _fiat(before: str, after: str) -> bool:
    """An amount of fiat money ("$3.50", "6 500 €", "120,000 USD"): no contract value is set in it."""
    return bool(re.search(rf"(?:{_FIAT})\s*$", before, re.IGNORECASE) or
                re.match(rf"^\s*(?:k|m|mm|mn|bn)?\s*(?:(?:de|d'|of|di)\s*)?(?:{_FIAT_WORDS})(?![\w])", numbers.fold(after),
                         re.IGNORECASE))  # "2.300 dólares"


_YEAR_LEAD = r"the|this|that|of|from|in|de|del|du|des|von|vom|aus|di|da|do|dal|em|en|im|since|seit|desde|depuis|class of"


def _described(a: Amount, before: str, after: str) -> bool:
    """A number with no role that describes rather than sets: a year named as one ("the 2024 course", "une
    Clio de 2015"), an open count ("60+ years", "10k+ followers"), an identifier ("ids 1, 2 and 3", "#42",
    "TICKET-4471")."""
    if re.fullmatch(r"1[5-8]\d\d", a.text.strip()) and re.match(r"\s*(?:or so|or thereabouts|-?ish)\b", after):
        return True  # "the fire in the old squero, 1849 or so": a year, roughly
    if re.fullmatch(r"1[5-8]\d\d", a.text.strip()) and re.search(r"(?<![\w])(?:from|since|in|until|till|desde|depuis|seit|"
                                                               r"dal|dall'|em|en|im|nel|au|bis|ate|hasta|fino al|date de|datant de|"
                                                               r"dates from|dating from|data de|stammt aus|risale al)\s*$", before):
        return True  # "Kelp was burnt on these shores from 1722 till the 1830s": an older year of the asker's world
    if re.fullmatch(r"(19|20)\d\d", a.text.strip()) and (
            re.search(rf"(?<![\w])(?:{_YEAR_LEAD})\s*$", before) or re.match(r"^\s*[a-z]{3,}", after)
            and not re.match(rf"^\s*(?:{lexicon.SUPPLY_WORDS})(?![\w])", after)):
        return True
    if re.match(r"^\+", after):
        return True
    if re.search(r"(?<![\w])(?:del|from|de|von|da|dal|do|des)\s*$", before) and re.match(r"^\s*(?:al|to|a|bis|ao|au|-)\s*\d", after) or \
            re.search(r"(?<![\w])(?:del|from|de|von|da|dal|do|des)\s+\d+\s+(?:al|to|a|bis|ao|au)\s*$", before):
        return True  # "los grados de kombu (del 1 al 5)": a range naming things, no value
    if a.words and re.search(r"(?<![\w])(?:nao|no|not|doesn'?t|don'?t|ne|nicht|non)\s+(?:[\w']+\s+){0,2}(?:das|dos|de las|de los|des|"
                             r"the|all|todas as|todos os|alle|tutti e|le|les|los|las|die|i)\s+$", before) and \
            re.match(r"^\s*(?:[.,;!?)]|$)", after):
        return True  # "chegam duas assinaturas, não precisa das três": the owners counted again, turned down
    if a.value == 1 and re.search(r"\d+\s+[a-z]+s\s*,\s*$", before) and \
            re.match(r"^\s*(?:(?:very|quite|rather|really|old|new|big|small|little|[a-z]+ing)\s+){0,3}[a-z]{3,}(?!s\b)\w*\s*"
                     r"(?:[,.;)!(]|$)", after):
        return True  # "we r 23 guides, 4 refugios, 1 very old landcruiser": one more thing of the asker's world
    if re.match(r"^\s*(?:is|was|'s)\s+(?:too|to|way too|far too)\s+(?:much|many|high|low|big|small|little)\b", after) or \
            re.fullmatch(r"\d+", a.text.strip()) and re.match(r"^\s*(?:is|'s)\s+(?:better|best|nicer|safer)\b", after):
        return True  # "supply 40 milion... no wait make it 4 milion, 40 is to much for us": the old value, judged
    if a.words and re.search(r"(?<![\w])the\s+$", before) and re.match(r"^\s*(?:are|is)\s*:", after):
        return True  # "co-op wallet that needs 3 out of 5 signatures. the five are: 0x..": the list announced
    if a.value < 1 and re.match(r"^\s*of an? [a-z]+", after):
        return True  # "nobody pays 0.000000000000000001 of a momo": a fraction of a thing of the asker's world
    labelled = re.search(r"\(\s*([a-z][a-z' -]{1,30}?)\s*:\s*$", before)
    if labelled and not re.search(rf"(?<![\w])(?:{_CONTRACT_WORDS})", labelled.group(1)):
        return True  # "(drying racks: 40, season Jul-Sep)": a record of the asker's world in brackets
    if a.words and re.search(r"(?<![\w])(?:those|these)\s+$", before) and \
            re.match(r"^\s*(?:up|apart|again|together|mixed|confused|around|[.,;!?)]|$)", after):
        return True  # "21M... no sorry, 12M, I always mix those two up": the two numbers, named again
    if re.search(r"(?<![\w])(ids?|token ids?|#|no\.|nr\.|n°|numbers?)\s*[:#]?\s*(\d+\s*(,|and|y|et|und|e|&)\s*)*$", before) or \
            re.search(r"[a-z]-$", before):
        return True
    return False


_NO_COUNTED_NOUN = (
    # "3 milioni tondi", "a round 2 millions": a figure called round, no count of things
    r"tondi|tonde|tondo|redondos|redondas|ronds|rondes|runde|rounds|flat|even|pile|juste|justes|esatti|exactos|exatos|"
    # grammar of the six languages
    r"and|or|but|the|for|to|at|in|on|of|off|with|per|each|every|more|less|than|max|maximum|min|minimum|total|only|just|"
    r"as|is|are|was|were|will|can|could|must|should|shall|may|would|from|by|into|not|no|yes|plus|minus|times|then|"
    r"so|too|also|left|now|already|here|there|this|that|these|those|which|who|what|when|where|all|any|some|both|"
    r"about|around|over|under|above|below|after|before|until|till|since|ago|again|once|twice|out|up|down|"
    r"del|della|delle|dei|degli|des|los|las|les|une|una|uno|uma|por|para|pour|par|fur|mit|con|com|avec|sin|sans|"
    r"ohne|sem|senza|und|oder|que|qui|che|und|aus|bei|nach|von|vom|zum|zur|dem|den|der|die|das|ein|eine|einen|"
    r"al|au|aux|ao|do|da|dos|das|di|du|el|il|lo|gli|en|em|im|am|ya|ja|oui|si|sim|nein|non|nao|mais|plus|mas|ma|"
    r"pero|mais|aber|et|ou|oder|cada|chaque|jede[rsmn]?|ogni|todos|todas|tous|toutes|alle|tutti|tutte|"
    r"mas|menos|moins|weniger|meno|solo|seulement|nur|apenas|sólo|maximo|massimo|maximal|maximale|hochstens|"
    r"ans|anos|anni|jahre|years?|old|"
    # what a contract counts: its units, its items, its people
    r"nfts?|sfts?|editions?|copies|copy|items?|cards?|passes|pass|badges?|certificates?|collectibles?|"
    r"memberships?|votes?|signatures?|owners?|signers?|members?|holders?|wallets?|addresses|recipients?|payees?|"
    r"exemplaires?|ejemplares?|exemplares?|esemplari|exemplare|stuck|piezas?|pecas|pieces?|pezzi|unidades|unites|"
    r"unita|einheiten|tokens?|coins?|jetons?|fichas?|gettoni|moedas?|monedas?|munzen|shares?|points?|credits?|"
    r"tickets?|vouchers?|stamps?|seats?|spots?|slots?|places|plazas|lugares|posti|platze|"
    r"decimals?|digits?|blocks?|confirmations?|approvals?|percent|wei|gwei|eth|ether|ethers")
"""Words after a number that do not make it a count of the asker's things: grammar, and the nouns a contract
itself counts (units, items, seats, signatures, its people)."""


_VERBS_AFTER_A_COUNT = (
    r"have|has|had|need|needs|needed|must|sign|signs|signed|approve|approves|approved|agree|agrees|agreed|confirm|"
    r"confirms|go|goes|went|get|gets|got|come|comes|came|make|makes|made|take|takes|took|want|wants|say|says|said|"
    r"decide|decides|vote|votes|voted|do|does|did|suffice|suffices|enough|should|would|could|might|shall|win|wins|"
    r"join|joins|joined|work|works|worked|live|lives|lived|run|runs|ran|sit|sits|hold|holds|keep|keeps|own|owns")


_WE_VERBS = (r"we employ|we run|we operate|we own|we keep|we sell|we make|we serve|we buy|we order|we bake|we brew|we print|"
             r"we ship|we host|we train|we grow|we plant|we sew|we catch|we use|we fill|we fix|we repair|we restore|we build|"
             r"we do|we finish|we produce|we bind|we press|we carve|we dye|we weave|we roast|we bottle")
_WE_ARE = re.compile(
    r"(?<![\w])(?:we are|we're|were|we have|we've got|we got|there are|there were|somos|eramos|nous sommes|on est|on a|"
    r"nous avons|wir sind(?: zu)?|wir haben|siamo(?: in)?|(?:di solito|solitamente|andiamo|veniamo) in|abbiamo|tenemos|temos|sono|ci sono|hay|il y a|es gibt|ha|"
    r"llevamos|levamos|"  # "este año llevamos 63 piezas": so far this year
    r"we (?:also|still|already|only|just) (?:have|own|run|keep)|"  # "we also have 4 bank accounts"
    rf"{_WE_VERBS})\s+(?:a |an |un |une |una |um |uma |ein |eine )?(?:(?:team|group|family|crew|"
    r"club|band|gang|equipo|grupo|equipe|groupe|gruppo|squadra)\s+(?:of|de|di|von)\s+)?(?:about |around |some |only |"
    r"nearly |almost |over |unos |unas |environ |etwa |circa |cerca de |quase |quasi )?$")
"""A count said of the asker ("we are 9 person", "we're 5 member", "somos cinco socios"): the asker's world."""
_WE_HAVE_BEFORE = re.compile(
    rf"(?<![\w])(?:we have|we've got|we are|we're|there are|tenemos|temos|nous avons|wir haben|abbiamo|somos|siamo|{_WE_VERBS})\s+"
    r"(?:about |around |some )?\d[\d.,]*\s+[a-z][\w'-]*(?:\s+[\w'-]+){0,3}\s*(?:,|and|y|et|und|e)\s*$")
"""A count of the asker's things said just before, the list going on: "We have 11 guides in winter, 26 in summer"."""
_WE_ARE_WITH = re.compile(
    r"(?<![\w])(?:we are|we're|i am|i'm|somos|soy|nous sommes|je suis|wir sind|ich bin|siamo|sono)\s+(?:a\s+|an\s+|un\s+|"
    r"une\s+|una\s+|um\s+|uma\s+|ein\s+|eine\s+)?(?:[\w'-]+\s+){1,6}?(?:with|con|avec|mit|com)\s+(?:about |around |some |"
    r"unos |unas |environ |etwa |circa |cerca de )?$")
"""What the asker is, with its things: "we are kayak rental in Milford Sound with 14 double kayak": the asker's world."""
_DONE_BEFORE = re.compile(
    r"(?<![\w])(?:we|i|they|he|she|our \w+)(?:'ve| have| has| had)?\s+(?:already\s+)?(?!(?:minted|issued|deployed|created|"
    r"capped|burned|burnt|locked|raised|sent|vested|staked|wanted|planned|intended|hoped|wished|decided|requested|asked|"
    r"agreed)\b)(?:[a-z]+ed|sold|made|found|built|grew|caught|took|won|ran|"
    r"shot|wrote|sang|drew|dug|bought|brought|gave|kept|held|shipped|pressed|printed|lost|spent|paid|saw|met|fed|bred|"
    r"cut|led|lent|won)\s+(?:already\s+|about\s+|around\s+|"
    r"some\s+|nearly\s+|over\s+|only\s+|just\s+|all\s+(?:the\s+)?)*$|"
    # "quest'anno ne abbiamo venduti 860", "hemos vendido 300", "nous avons vendu 200", "vendemos 150"
    r"(?<![\w])(?:(?:ne\s+|en\s+|les\s+|los\s+|las\s+|li\s+|le\s+)?(?:abbiamo|hemos|avons|temos|haben\s+wir)\s+"
    r"(?:gia\s+|ya\s+|deja\s+|ja\s+|schon\s+)?(?:vendut[oiae]|venduto|vendido|vendidos|vendu|vendus|fatt[oiae]|hecho|fait|"
    r"feito|fabbricat[oiae]|prodott[oiae]|fabricado|produit|produzido)|vendimos|vendemos|fizemos|hicimos)\s+"
    r"(?:circa\s+|unos\s+|environ\s+|cerca de\s+|quasi\s+)?$")
"""A count after something done ("we've digitised 317", "we sold already 150", "we pressed 2,000", "ne abbiamo venduti
860"): the asker's past."""
_OURS_HAS = re.compile(
    rf"(?<![\w])(?:{lexicon.OUR})\s+(?!(?:{TOKEN_NOUNS}|collection|contract|vault|dao|wallet|treasury)\b)(?:[\w'-]+\s+){{1,4}}?"
    r"(?:has|have|counts|compte|comptent|cuenta con|cuentan con|tiene|tienen|conta com|contam com|tem|hat|haben|zahlt|"
    r"umfasst|possede|possedent|possiede|ha|hanno|conta|contano)\s+(?:about|around|some|nearly|over|almost|environ|"
    r"pres de|plus de|unos|unas|cerca de|mas de|etwa|rund|uber|circa|quasi|oltre|mais de)?\s*$")
"""What the asker's own things hold ("notre rucher de Bohinj compte 70 ruches", "our farm has 40 cows"): a count of
the world that is never the contract's quantity."""
_WE_ARE_THEN_COUNT = re.compile(
    r"(?<![\w])(?:we are|we're|somos|nous sommes|wir sind|siamo|i am|i'm)\s+(?:the|a|an|el|la|los|las|un|una|le|les|die|der|"
    r"ein|eine|il|lo|o|um|uma)\s+[^,.;!?\n\d]{1,50},\s*(?:about |around |some |over |nearly |almost )?$")
"""A count in apposition to what the asker is: "We are the Pizza Guild of Napoli, 38 pizzerie together since 1984"."""
_OURS_ARE = re.compile(
    rf"(?<![\w])(?:{lexicon.OUR})((?:\s+[\w'-]+){{1,4}}?)\s+(?:are|sont|son|sao|sind|sono|number|comptent|suman|somam|"
    r"zahlen)\s+(?:about|around|some|nearly|over|almost|roughly|environ|pres de|plus de|unos|unas|cerca de|mas de|etwa|rund|"
    r"uber|circa|quasi|oltre|mais de|ungefahr|aproximadamente|approximativement)?\s*$")
"""How many of the asker's own people or things there are ("Nos clients fidèles sont environ 2 300", "our members
number about 400"): a count of the world."""


def _ours_are(before: str) -> bool:
    m = _OURS_ARE.search(before)
    return bool(m) and not re.search(rf"(?<![\w])(?:{_CONTRACT_WORDS}|{TOKEN_NOUNS}|supply|cap|shares?|decimals?|nfts?)",
                                     m.group(1))


_OF_OURS = re.compile(rf"\s*(?:of|de|di|dei|degli|delle|von|dos|das|des|del|de los|de las)\s+(?:{lexicon.OUR})\s+"
                      rf"(?!(?:{TOKEN_NOUNS}|supply|shares?)(?![\w]))[a-z]")
"""A count of the asker's own ("older than two of our bakers", "dos de nuestros hornos"): the asker's world."""
_ENGLISH_PLURALS = (r"people|folk|men|women|children|kids|staff|crew|souls|cattle|head|sheep|fish|deer|livestock|geese|mice|feet|teeth|"
                    r"alumni|alumnae|cacti|fungi|criteria|personnel|"
                    # the singulars a non-native writer counts people with: "we are 9 person", "5 member"
                    r"person|member|family|families|friend|brother|sister|partner|worker|employee|master|apprentice|boat|"
                    r"artist|painter|farmer|fisherman|maker|teacher|student|driver|weaver|carver|musician|singer|dancer|"
                    r"player|rider|volunteer|artisan|craftsman|woman|man|child|kid|boy|girl|generation|pair|couple|herd|flock")


def _counts_a_noun(after: str, original: str, language: str, before_count: str = "") -> bool:
    """A number of no known role followed by a plain noun ("14 masters", "90 bins every day", "6 ettari", "tres
    mochileros"): it counts things in the asker's world. A magnitude, a unit of time, money or measure, a grammar
    word, a verb ("any three have to sign", "con la firma de dos alcanza"), a ticker ("120 WETH") or a noun a
    contract counts after it leaves the number unexplained. Outside English only a plural noun counts (a German
    one capitalised), so a verb after the number is never taken for one."""
    adjective = r"(?:[a-z]+(?:-[a-z]+)+\s+|paper\s+|wooden\s+|old\s+|new\s+|big\s+|small\s+|little\s+|young\s+|local\s+|" \
                r"different\s+|various\s+|senior\s+|junior\s+|retired\s+|regular\s+|former\s+)?"  # "317 reel-to-reel recordings"
    m = re.match(rf"^\s*(?:[-–]\s*)?{adjective if language == 'en' else ''}([a-z][a-z'’-]{{2,}})(?![\w])", after)
    word_as_written = re.match(rf"^\s*(?:[-–]\s*)?{adjective if language == 'en' else ''}([^\W\d_][\w'’-]{{2,}})",
                               original, re.IGNORECASE if language == "en" else 0)
    if not m or not word_as_written:
        return False
    word, written = m.group(1).rstrip("'’-"), word_as_written.group(1)
    if written.isupper() or language == "de" and not written[0].isupper():
        return False  # "120 WETH": a ticker; "auf 80.000 begrenzt": a German verb, which is never capitalised
    if language in ("es", "fr", "pt") and not word.endswith(("s", "x")) or \
            language == "it" and (not word.endswith(("i", "e")) or word in (
                "come", "che", "anche", "sempre", "mentre", "dove", "oppure", "perche", "poiche", "invece", "nelle",
                "delle", "dalle", "alle", "sulle", "oltre", "prime", "ultime")) or \
            language == "en" and (re.fullmatch(_VERBS_AFTER_A_COUNT, word) or not (
                word.endswith("s") and not word.endswith(("ss", "us", "is")) or word.endswith("men") or
                re.fullmatch(_ENGLISH_PLURALS, word) or
                # "with only 2 workbench", "painted by 5 local artist": the plural a non-native writer leaves off
                re.search(r"(?<![\w])(?:only|just|by)\s+\S+\s*$", before_count) and len(word) >= 4 and
                not word.endswith(("ing", "ed", "ly")) and not re.fullmatch(
                    r"because|since|though|although|tokens?|coins?|units?|more|left|each|then|than|please|thanks", word))):
        return False  # "750,000 instead", "69k lol", "2 need to sign": no plural noun
    return not (re.fullmatch(_NO_COUNTED_NOUN, word) or re.fullmatch(_NOT_COUNTED, word) or word in numbers.SCALES or word in numbers.UNITS or
                numbers.fold(word) in numbers._FOLDED_UNITS or re.fullmatch(rf"(?:{lexicon.SUPPLY_WORDS})", word) or
                re.fullmatch(rf"(?:{_FIAT_WORDS}|{_MEASURES})", word) or word in lexicon.FUZZY_TARGETS or
                any(lexicon.compiled(p).fullmatch(word) for p in lexicon.FEATURES.values()))


def _appositive_age(a: Amount, text: str, start: int, end: int) -> bool:
    """"Yann, 34, has run our salt marsh crew since 2019": a number between commas after a word and before a verb."""
    return a.value == int(a.value) and 14 <= a.value < 100 and \
        bool(re.search(rf"(?<![\w])(?!(?:{_CONTRACT_WORDS})\b)[^\W\d_][\w'-]*\s*,\s*$", windows.before(text, start, 30))) and \
        bool(re.match(r"\s*,\s*(?:has|had|is|was|works|worked|runs|ran|lives|joined|started|who|hat|ist|arbeitet|lebt|tiene|"
                      r"trabaja|vive|est|travaille|habite|lavora|tem|trabalha|mora)(?![\w])", text[end:end + 30]))


def _age(a: Amount, before: str, after: str, wide_before: str = "") -> bool:
    """A person's age: "14 years old", "aged 14", "my nephew is 14", "I'm 30"."""
    if not (a.value == int(a.value) and 0 < a.value < 120):
        return False
    if re.match(r"^\s*-?\s*(years?|yrs?)[\s-]*old|^\s*(yo|y/o)(?![\w])", after):
        return True
    if re.search(r"(?<![\w])(?:the\s+)?(?:eldest|oldest|youngest)(?:\s+(?:one|member|of us|of them|of all))?\s+(?:is|was|turns|turned)"
                 r"\s*$", before) or re.search(r"(?<![\w])(?:eldest|oldest|youngest)[^.;!?\n]{0,40}\bat\s*$", before):
        return True  # "We have 62 lacemakers; the eldest is 94": an age
    if re.search(r"(?<![\w])(?:who is|who's|since (?:he|she|i|they|we) (?:was|were)|since the age of|from the age of|"
                 r"when (?:he|she|i|they|we) (?:was|were)|desde (?:los|que tenia)|depuis (?:l'age de|ses)|seit (?:er|sie) \w+ war|"
                 r"seit seinem|seit ihrem|desde os|desde que tinha|da quando aveva|dall'eta di)\s*$", before):
        return True  # "my father, who is 71", "engraving since she was 12": an age
    if re.search(r"(?<![\w])(?:s?he|she|he|who|s?he's)\s+(?:is|'s)?\s*(?:only|just|barely|nearly|almost|already|now)\s*$", before) and \
            re.match(r"^\s*(?:[!)]|\.|,|$|years|yrs|and\b)", after):
        return True  # "(she is only 17!)": an age, said with an adverb
    if re.match(r"^\s*(?:,\s*)?(?:and (?:still|yet|s?he|they)|years|yrs|yo|y/o)(?![\w])", after) and \
            re.search(r"(?<![\w])[a-z]+'s\s*$", before) or \
            re.match(r"^\s*(?:[,.;]|and\b|years|yrs|$)", after) and \
            re.search(rf"(?<![\w])(?:{_KIN}|{_ELDERS})\s+[a-z]+\s*,?\s+(?:is|'s)\s*$", wide_before or before):
        return True  # "Ginger's 19 and still pulls", "Nonna Bepi is 91 and drew most of these": an age
    if re.search(r"(?<![\w])(?:at|at the age of|a los|aos|a|à|mit)\s*$", before) and \
            re.match(r"^\s*(?:[.;!)]|,\s*(?:and|but|y|et|und|e|ma)\b|$|years|anos|ans|jahren|anni)", after) and \
            re.search(rf"(?<![\w])(?:(?:my|our|his|her|mi|mia|ma|mon|meine?|minha|meu|nostra|nuestra|nuestro|notre)\s+"
                      rf"(?:[\w-]+\s+)?(?:{_KIN}|{_ELDERS}|grand\w*|abuel\w*|grand-\w*|gross\w*|av[oó]\w*|nonn\w*|founder|"
                      rf"teacher|master)|(?<![\w])(?:he|she|i)\s)", re.split(r"[.;!?\n]", wide_before or before)[-1]):
        return True  # "my grandmother ... finished her last piece at 81": the age a person did something at
    if 14 <= a.value < 100 and re.match(r"^\s*(?:and|und|y|et|e)\s+(?:has|hat|ha|a|tiene|tem|still|noch|sigue|continue|"
                                        r"works|arbeitet|fangt|starts|started|lives|lebt)(?![\w])", after) and \
            (re.search(r"(?<![\w])(?:he|she|er|sie|il|elle|ele|ela|lui|lei|who)\s+(?:is|'s|ist|es|est|e|tem|tiene|a)\s*$", before) or
             re.search(rf"(?<![\w])(?!(?:{_CONTRACT_WORDS})\b)[^\W\d_][\w'-]*\s+(?:ji\s+|san\s+|sr\s+|jr\s+)?(?:is|ist|e|es|est)\s*$",
                       before)):
        return True  # "Ram Prasad ji is 72 and has been at the loom", "(er ist 19 und fängt am 1. August an)": an age
    if re.search(r"(?<![\w])(?:retire[ds]?|retiring|died|passed away|married|started|began|left school|se jubila\w*|murio|"
                 r"prend sa retraite|est mort\w*|ging in rente|starb|va in pensione|morto|morta|aposentou|morreu)\s+"
                 r"(?:at|a los|aos|a|à|mit)\s*$", before) and re.match(r"^\s*(?:[.;!),]|$|years|anos|ans|jahren|anni)", after):
        return True  # "the average miner here used to retire at 55": an age
    return bool(re.search(rf"(?<![\w])(aged|age of|(?:average|mean|median) age(?: of| is|:)?|age:|edad media(?: de)?|"
                          rf"moyenne d'age(?: de)?|durchschnittsalter(?: von)?|eta media(?: di)?|idade media(?: de)?|turned|turns|(i am|i'm|he is|he's|she is|she's|(my|our|his|her) "
                          rf"(\w+ )?({_KIN}) (is|are|turned))( now| just)?)\s*$", before) or
                # "casi todos pasamos de los 70", "most of us are over 70", "la plupart ont plus de 70 ans"
                re.search(r"(?<![\w])(we're|we are|most of us are|all of us are|they're|they are|all of them|most of them|"
                          r"all of them are|most of them are|pasamos de los|pasan de los|"
                          r"tenemos mas de|ont plus de|sind uber|passamos dos|temos mais de|superiamo i|abbiamo piu di|"
                          r"siamo over) (over |past )?$", before) and
                re.match(r"^\s*(\+|plus|years|anos|ans|jahre|anni)?\s*[.,;)]|^\s*$|^\s*(y|and|et|und|e)\s", after) and
                a.value >= 40)


_NOT_A_THING = (r"wallets?|address\w*|accounts?|transactions?|tx|mints?|eth|ether|blocks?|seconds?|minutes?|hours?|days?|"
                r"weeks?|months?|years?|holders?|users?|persons?|people")
_HANDED_OUT = re.compile(
    r"^\s*(?:tokens?|coins?|points?|jetons?|fichas?|gettoni|moedas?|nfts?|badges?)\s+(?:for|per|pour|por|para|pro|je|a cada|"
    r"for each|for every|pour chaque|para cada|per ogni)\s+(?!(?:the|our|my|la|le|les|el|los|las|il|die|der|den|das|o|os|as)\s)"
    r"(?:(?:each|every|one|a|an|1|un|une|una|um|uma|ein|eine|cada|"
    rf"chaque|jede\w*|ogni)\s+)?(?!(?:{_NOT_A_THING})\b)(?:[a-z][\w-]*\s+)?(?!(?:{_NOT_A_THING})\b)[a-z][\w-]*")
"""Tokens handed out one per thing of the asker's world ("1 token for 1 rescued puffling", "50 tokens per tourist"):
how the asker will give them, no value of the contract (a wallet, a mint or a time after "per" is one; "1000 tokens
for the future" is how many, with an article)."""


_NAMED_CAP_AFTER = re.compile(r"^\s*(?:[\w-]+\s+)?(?:,\s*|and\s+|[—–-]\s*)?(?:that(?:'s|’s| is| will be)|which is|this is|"
                              r"it(?:'s|’s| is))\s+(?:the |our |a )?(?:hard |absolute |upper |total )?(?:ceiling|cap|limit|"
                              r"maximum|max)(?![\w])")
""""A run is 250 sheets and that's the hard cap": the number named the cap by a pointer back at it."""


def _classify_amount(a: Amount, before: str, after: str, family: str) -> tuple[str | None, Decimal | int]:
    value = a.value
    if _starts_with(lexicon.PERCENT_WORDS, after) or after.startswith("%"):
        return _percent_kind(before, after, family), value
    if _starts_with(r"blocks?|bloques?|blocs?|blocke?|blocos?|blocchi", after):
        return "blocks", value  # a time in blocks: its length depends on the chain
    if _starts_with(r"bps|bp|basis points?|puntos basicos|points de base|basispunkte|pontos base|punti base", after) or \
            re.search(r"(?<![\w])(bps|basis points?)\s*[:=]?\s*$", before):
        return _percent_kind(before, after, family), value / 100  # 500 basis points are 5%
    if re.match(r"^\s*(?:k|m)?\s*(?:tokens?|coins?|units?|jetons?|fichas?|gettoni|nfts?)?\s*(?:per|a|each|for each|in any|"
                r"in one|por|par|pro|je|para cada|pour chaque) (?:wallet|address|account|holder|person|transaction|tx|cartera|"
                r"billetera|portefeuille|adresse|carteira|portafoglio)s?(?![\w])", after) and \
            re.search(r"(?<![\w])(?:max(?:imum)?|at most|up to|no more than|more than|over|limit of|maximo|max\.|hochstens|bis zu|"
                      r"au plus|al massimo|no maximo|mehr als|plus de|mas de|mais de|piu di|uber)\s*$", before):
        return "max_wallet", value  # "max 1000 tokens per wallet": the size of a per-wallet limit, which no template has
    if family in ("erc20", "erc721", "erc1155") and _HANDED_OUT.match(after) and value <= 1000 and \
            not re.search(r"(?<![\w])(?:mint\w*|emit\w*|issu\w*|drip\w*|stream\w*|rewards?|airdrop\w*)(?:\s+[\w']+)?\s*$", before):
        return None, value  # "we give 1 token for 1 rescued puffling", "50 tokens per tourist": how they are handed out
    if family in ("erc20", "erc721", "erc1155") and value <= 10 and re.search(
            r"(?<![\w])(?:tokens?|coins?|points?|jetons?|fichas?|gettoni|moedas?|nfts?|badges?)\s+(?:for|per|pour|por|para|pro|"
            r"je)\s*$", before) and re.match(r"^\s*(?:[a-z][\w-]*\s+)?(?!(?:eth|ether|wei|gwei|usd|eur)\b)[a-z][\w-]*", after):
        return None, value  # the "1" of "1 token for 1 rescued puffling": what one token stands for
    if family == "splitter" and 0 < value <= 100 and re.search(
            r"(?<![\w])(?:gets?|takes?|receives?|recibe|recoit|bekommt|erhalt|recebe|riceve|prend|toma|leva|prende)\s*$",
            before) and not re.match(r"^\s*(?:ether|eth|gwei|wei|tokens?|usd|eur|\$)(?![\w])", after):
        return "share", value  # "0x.. take 60, 0x.. take 25, 0x.. take 15 (it is percent)": each payee's part
    unit = re.match(r"^\s*(ether|eth|gwei|wei)(?![\w])", after)
    if unit:
        wei = int(value * lexicon.WEI_UNITS[unit.group(1)])
        rest = after[unit.end():]
        if re.search(r"(tokens?|jetons?|fichas?)\s+(per|por|par|pro|for each|for every|for|a)\s*$", before):
            return None, 0  # "1000 tokens per 1 ETH": the 1 belongs to the rate
        if re.match(r"^\s*(each|apiece|a piece|per (nft|token|mint|piece|item|unit)|to mint|cada|chacun|je|ciascuno|l'uno)",
                    rest) or re.search(r"(price|cost|costs|precio|prix|preis|preco|prezzo|mint(ing)?)\W+(\w+\W+){0,2}$", before):
            return "price_wei", wei
        if re.search(r"min(imum)? (contribution|purchase|buy|investment)", before):
            return "price_wei", wei
        if re.search(rf"({lexicon.CAP_WORDS}|raise|goal|target|objetivo|objectif|ziel|obiettivo)\W+(\w+\W+){{0,2}}$", before):
            return "hard_cap_wei", wei
        if re.search(r"(for|at|por|pour|fur|per)\s*$", before) and family in ("erc721", "erc1155"):
            return "price_wei", wei
        return ("hard_cap_wei" if family == "crowdsale" else "price_wei"), wei
    # "5,000 KILN per ETH": the word between the amount and "per ETH" is the token's unit (its symbol or a noun)
    if re.match(r"^\s*(tokens?|jetons?|fichas?|gettoni|\$?[a-z][a-z0-9]{1,10})?\s*(per|por|par|pro|for each|for every|for 1|for one|a|an|each)\s+"
                r"(eth|ether)(?![\w])", after) or _ends_with(r"rate( of)?|tasa( de)?|taux( de)?|kurs( von)?|taxa( de)?|tasso( di)?", before):
        return "rate", value
    per_time = re.match(rf"^\s*(tokens?|rewards?|jetons?|fichas?)?\s*(per|a|an|each|every|por|par|pro|je|al|ao|a|every)\s+"
                        rf"({_TIME_WORDS})s?(?![\w])", after)
    if per_time:
        with localcontext() as exact:  # "99999999999999999999999999 tokens per second" has more digits than 28
            exact.prec = 120
            rate = (Decimal(value) / _PER_TIME[per_time.group(3)]).quantize(Decimal("1e-18"), rounding=ROUND_DOWN)
        return "reward_per_second", rate.normalize()
    if _starts_with(lexicon.DECIMAL_WORDS, re.sub(r"^\s*-\s*", " ", after)) and \
            not (value > 36 and re.match(rf"^\s*(?:{lexicon.DECIMAL_WORDS})\s*[:=]?\s*\d", after)) or \
            re.match(r"^\s*decs?(?![\w])(?!\s*\d)", after) and value in (0, 2, 4, 6, 8, 9, 12, 18) or \
            re.search(rf"(?:{lexicon.DECIMAL_WORDS})\s*[\"']?\s*(?:(?:please|bitte|por favor|pls|s'il vous plait|per favore|"
                      r"svp|prego)\s*)?(:|=|of|de|is|di|von|(?:must|should|will|shall|has to|"
                      r"have to|needs? to|can) be(?: only| just| exactly)?|are|set to|at|only|"
                      # "Decimals we prefer 6", "decimals we want 2"
                      r"(?:we|i) (?:prefer|want|would like|'d like|need|choose|pick|take|use)|"
                      # "Los decimales que sean 6", "les décimales, qu'elles soient 6"
                      r"(?:que|qu'(?:ils|elles)|che|dass sie) (?:sean|sea|soient|soit|siano|sia|sejam|seja|seien)|"
                      # "Decimals keep 18 only", "decimals stay at 6"
                      r"(?:keep|keeps|stay|stays|remain|remains|put|set|make|use)(?: at| as| to)?)?"
                      r"\s*[\"'(]?\s*$", before) or \
            re.search(rf"(?:{lexicon.DECIMAL_WORDS})[^.;\n\d]{{0,40}}?(?:—|–| - |,|:)\s*(?:just\s+|so\s+)?(?:use|make it|set it to|"
                      r"go with|put|take)\s*$", before):
        return "decimals", value  # (and "sin decimales (0)": the value in brackets after the words)
    if family == "governor" and (_TO_PROPOSE.match(after) or re.search(
            r"(?:propos\w*|submit\w* a proposal|making a proposal|to put forward a proposal)\s+(?:needs?|requires?|takes?|"
            r"costs?)\s+(?:at least|a minimum of|min\.?|minimum)?\s*$", before) or re.search(
            # "Vorschläge ab 500 Token", "propuestas desde 100 tokens", "proposals from 250 tokens"
            r"(?:vorschlag\w*|antrag\w*|antrage|proposals?|propuestas?|propositions?|proposte|propostas?)\s+(?:ab|from|a partir "
            r"de|des|dès|da|desde|starting at|with)\s*$", before) or re.search(
            # "For make a proposal one needs 500 tokens", "Para proponer hay que tener al menos 500 tokens",
            # "Mindestbesitz für Vorschläge 10.000 Token"
            r"(?:propos\w*|propuestas?|proponer|propor|proporre|propositions?|proposte|propostas?|vorschlag\w*|antrag\w*)"
            r"\s+(?:[\w']+\s+){0,2}?(?:needs?|requires?|must have|hay que tener|hace falta|il faut|faut|braucht|brauchen|"
            r"servono|serve|bisogna avere|precisa(?: ter)?|e preciso ter|sao precisos|sao necessarios|son necesarios|"
            r"se necesitan|hacen falta|sont necessaires|il en faut|sono necessari|ci vogliono|braucht man|are needed|"
            r"are required|you need|one needs)\s+(?:at least|al menos|au moins|mindestens|almeno|"
            r"pelo menos|minimo|min\.?)?\s*$|(?:mindestbesitz|minimum holding|minimum balance|tenencia minima|detention "
            r"minimale|posse minima|possesso minimo)\s+(?:fur|for|para|pour|per)\s+(?:vorschlage|proposals|propuestas|"
            r"propositions|propostas|proposte)\s*:?\s*$", before)):
        return "proposal_threshold", value  # "you need 1,000 tokens to put a proposal up", "25 tokens can propose"
    if re.search(r"proposal ?threshold\s*(of|:|=|is|de|di)?\s*$", before) or \
            re.search(r"(threshold|umbral|seuil|schwelle|limiar|soglia)(\s+(per|para|pour|fur|for|to|de|di)\s+(fare\s+|hacer\s+|"
                      r"faire\s+|make\s+|submit\s+|presentare\s+|presentar\s+|deposer\s+|fazer\s+)?(una\s+|a\s+|une\s+|um\s+|"
                      r"le\s+|las\s+|les\s+|los\s+|the\s+|i\s+|as\s+|os\s+|die\s+)?"
                      r"(proposte|proposta|propuestas?|propositions?|vorschlage|propostas?|proposals?|propose|proponer|"
                      r"proposer|propor|proporre|vorschlagen))?\s*(of|:|=|is|de|di)?\s*$",
                      before) and family == "governor":
        return "proposal_threshold", value
    if family == "multisig" and re.match(r"^\s*(?:of us|of them|of the \w+|signers?|owners?)?\s*(?:is|are)\s+enough\b|"
                                         r"^\s*(?:of us|of them|of the \w+)\s+(?:suffices?|will do)\b", after):
        return "threshold", int(value)  # "any two of us is enough to send"
    if re.match(r"^\s*(signatures?|sigs?|confirmations?|approvals?|signers? required|firmas?|firme|unterschriften|assinaturas|"
                r"bestatigungen|freigaben|confirmaciones|conferme|confirmacoes|approbations|aprobaciones|aprovacoes|"
                r"approvazioni)(?![\w])",
                after) or \
            re.search(r"(threshold|required|quorum of signers|confirmations?|signatures?|approvals?|sigs|"
                      r"(?:approvals?|signatures?|sigs|confirmations?) (?:needed|required)|"
                      r"required confirmations|min(imum)? signatures)\s*(of|:|=|is)?\s*$", before) and family == "multisig":
        return "threshold", int(value)
    if re.match(r"^\s*(owners|signers|signatories|propietarios|firmantes|proprietaires|signataires|besitzer\w*|eigentumer\w*|"
                r"unterzeichner\w*|proprietarios|donos|signatarios|proprietari|firmatari)(?![\w])", after):
        return "owners_count", int(value)
    if re.search(r"quorum\s*(of|:|=|is|de|di|von)?\s*$", before):
        return "quorum", value
    cap_before = re.search(rf"(?<![\w])(?:{lexicon.CAP_WORDS})\s*(?:(?:it|them|that|this)\s+)?(?:(?:(?:of|de|des|di|der|on|for|sur|auf|in|en|im)\s+)?"
                           rf"(?:total|token|nft|item|deposit|depot|deposito|depositi|einlage|einzahlung)(?:s|n|en)?\s*){{0,2}}(?:supply\s*)?"
                           # "Cap the deposits at 250k"
                           rf"(?:(?:the|los|les|die|i|os)\s+(?:(?:total|overall|gesamten|totales|totaux|totali)\s+)?"
                           rf"(?:deposits?|depositos|depots|einlagen|depositi|(?:nft\s+|token\s+)?"
                           rf"(?:collection|supply|series|edition|run|drop))\s+)?"
                           # "Max supply (cap): 2'500'000": an aside in the record's key
                           rf"(?:\([^()]{{1,20}}\)\s*)?"
                           # "Maximum supply ever: 1,000,000", "die Höchstmenge liegt bei 2.000.000"
                           # "un máximo absoluto de 5.000.000", "a hard maximum of", "le plafond absolu de"
                           rf"(?:(?:absolut[oae]?|absolu|absolute|assolut[oa]|strict[oa]?|hard|duro|firme|fest)(?![\w])\s*)?"
                           # "El máximo también es 21 millones": the "also" before the copula
                           rf"(?:(?:also|too|tambien|aussi|auch|anche|tambem)\s+(?=(?:is|es|est|ist|e|sera|sara)\s))?"
                           rf"(?:(?:ever|forever|overall|liegt|betragt|ist|is|will be|would be|should be|shall be|must be|sera|"
                           rf"serait|es|est|sara|soll|sollte|sollen)(?![\w])\s*)?"
                           # "and the maximum also 5 000 000"
                           rf"(?:(?:also|too|again|likewise|tambien|aussi|auch|anche|tambem)\s+)?"
                           # "the maximum never can pass 250k", "the cap can never exceed 2M"
                           rf"(?:(?:(?:can|will|may|must|shall|should)\s+)?(?:never|not)\s+(?:(?:can|will|ever)\s+)?(?:pass|exceed|"
                           rf"surpass|go (?:over|above|beyond)|top|be more than|be above)\s+)?"
                           rf"(?:of|at|is|:|=|de|d'|di|von|a|à|an?|um|e|to|bei)?\s*(?:(?:a|an|un|una|um|uma|il|the|le|la|el|lo|o|"
                           rf"der|die|das|les|los|i)\s+)?$", before)
    # (not "750.000 y un tope máximo de 1.000.000": the cap after a conjunction is the next number's)
    if cap_before or re.match(r"^\s*(?:(?!(?:and|y|et|und|e|ed|or|o|ou|oder|but|pero|mais|aber|ma|mas)\b)\w+\s+){0,2}"
                              r"(max(imum)?|maximo|massimo|maximal|cap|tope|plafond|maximum)(?![\w])(?!\s*\d)", after) \
            or re.match(r"^\s*(is|will be|stays|remains) (the |our |a )?(hard |absolute |upper )?(ceiling|cap|limit|maximum|max)"
                        r"(?![\w])", after) \
            and not re.match(r"^\s*(\w+\s+){0,1}(max(imum)? )?(supply|wallet|transaction)", after) or \
            re.match(r"^\s*(max|cap)(?![\w])", after):
        return "cap", value
    if re.search(r"(?<![\w])(?:don'?t|do not|never|not) (?:let|allow) (?:the )?(?:total )?(?:\w+ ){0,2}(?:go|get|grow|rise|climb)\s+"
                 r"(?:above|over|beyond|past|higher than|more than)\s*$", before):
        return "cap", value  # "Don't let total deposits go above 250,000": the bound, said as what must not happen
    if re.search(r"(?<![\w])(?:no|nao|non|ne)\s+(?:pueden|puede|podran|podem|pode|possono|puo|peuvent|peut|deben|debe|devem|"
                 r"deve|devono|doivent|doit)\s+(?:pas\s+|nunca\s+|jamais\s+|mai\s+)?(?:pasar|superar|exceder|sobrepasar|"
                 r"depasser|ultrapassar|passar|superare|oltrepassare|eccedere)(?:\s+(?:de|los|las|el|la|les|le|o|a|os|as|i|gli|il))?"
                 r"\s*$", before):
        return "cap", value  # "Los depósitos no pueden pasar de 50 mil": the bound, said as what cannot be passed
    if family == "erc4626" and re.search(r"(?<![\w])(?:at most|up to|no more than|hochstens|maximal|au plus|au maximum|"
                                         r"como maximo|no maximo|al massimo|fino a)\s*$", before):
        return "cap", value  # "Insgesamt höchstens 500.000 an Einlagen": a vault's deposits bounded
    if re.search(r"(?<![\w])(?:don'?t|do not|never|not|no|cannot|can't|won't)\s+(?:\w+\s+)?(?:accept|take|allow|hold|"
                 r"receive)\w*\s+(?:more than|over|above|beyond|in excess of)\s*$", before):
        return "cap", value  # "Don't accept more than 250,000 in deposits total": the bound, as what is refused
    if re.search(r"(?<![\w])(?:deposits?|minting|mints?)\s+(?:\w+\s+){0,2}?(?:stop|close|end|halt)s?\s+(?:\w+\s+){0,2}?"
                 r"(?:when|once|after|as soon as)\s+(?:\w+\s+){0,3}?(?:reach\w*|hits?|gets? to|arrives? at|is at|are at)\s*"
                 r"(?:at\s+)?$", before):
        return "cap", value  # "The deposits must stop when it reach 200k in total": the bound, said as when it stops
    if re.match(r"^[\s.]*(?:\w+\s+){0,2}?(?:begrenzt|beschrankt|limitiert|gedeckelt)(?![\w])", after) and \
            re.search(r"(?<![\w])(?:auf|bei)\s*$", before):
        return "cap", value  # "die Einlagen sollen insgesamt auf 80.000 begrenzt sein": the German limit, verb last
    if _TO_START.match(after):
        return "supply", value  # "2.5M to start", "doce mil para empezar": what exists at first
    if re.search(rf"(?<![\w])(?:{lexicon.SUPPLY_WORDS}|mint|emit|issue|premint|launch|create)\s*(?:of|:|=|is|de|di|von|with)?\s*"
                 rf"(?:(?:a|an|un|una|um|uma|the|total|initial)\s+)?$", before) or \
            re.match(rf"^\s*(?:(?:initial|total|whole|entire|pre-?minted|minted|de|of|di|d')\s*)*(?:{lexicon.SUPPLY_WORDS})(?![\w])", after):
        return "supply", value
    if family == "erc20" and re.match(r"^\s*(?:in total|in all|in tutto|in totale|en total|en tout|au total|insgesamt|"
                                      r"no total|ao todo|em total)(?![\w])", after) and not re.search(
            r"(?<![\w])(?:never|more th[ae]n|max\w*|up to|at most|no more|nunca|jamais|nie|mai|limit\w*|cap\w*|mas de|"
            r"plus de|mehr als|piu di|mais de|massim\w*|maxim\w*|hasta|jusqu'a|bis zu|fino a|ate)(?:\s+[\w']+){0,2}\s*$", before):
        return "supply", value  # "360.000 in tutto": every token there will be, a fungible token's supply
    return "number", value


VOTING_DELAY_WORDS = (r"voting delay|delay before voting|vote delay|retraso de votacion|delai de vote|"
                      r"abstimmungsverzogerung|atraso de votacao|ritardo di voto|"
                      # a delay or wait "before voting": "un día de retraso antes de votar", "attente avant
                      # le vote", "Wartezeit vor der Abstimmung", "prima del voto", "before votes open"
                      r"(delay|wait\w*|retraso|espera|delai|attente|verzogerung|wartezeit|atraso|ritardo|attesa)"
                      r"( \w+){0,3} (before|antes de|antes del|antes d[ao]s?|avant|vor|prima di|prima del|prima della)( (the|que|le|la|"
                      r"der|dem|a|o|il|l'|des))? ?(vot\w*|abstimm\w*|scrutin|elections?|ballots?)|"
                      # "délai de 2 jours avant l'ouverture du vote": before the vote opens, said as a noun
                      r"(delay|wait\w*|retraso|espera|delai|attente|verzogerung|wartezeit|atraso|ritardo|attesa)"
                      r"( \w+){0,3} (before|antes de|antes del|antes d[ao]s?|avant|vor|prima di|prima del|prima della|bis zum|bis zur|"
                      r"until|hasta|jusqu'a|ate|fino a|fino al|fino alla) (the |la |l'|le |der |"
                      r"a |o |il )?(opening|apertura|ouverture|eroffnung|abertura|start|inicio|debut|beginn) (of |de |du |"
                      r"de la |der |da |do |del |della |dei )?(the )?(vot\w*|abstimm\w*|scrutin|ballots?)|"
                      # "Verzögerung bis zum Abstimmungsbeginn 2 Stunden": the start of the vote said as one word
                      r"(delay|wait\w*|retraso|espera|delai|attente|verzogerung|wartezeit|atraso|ritardo|attesa)( \w+){0,3} "
                      r"(abstimmungsbeginn|wahlbeginn|abstimmungsstart)|"
                      r"(before|antes de|antes del|antes d[ao]s?|avant( le| de)?|vor der|prima (di|del)) (the )?(vot\w*|abstimmung\w*|"
                      r"scrutin)( (starts?|opens?|begins?|comienza|empieza|commence|beginnt|comeca|inizia))?|"
                      # "il voto parte dopo 1 giorno", "voting opens after 2 days", "la votación empieza tras 1 día"
                      r"(vot\w*|scrutin|abstimmung\w*|votacion|votacao)( \w+)? (parte|starts?|opens?|begins?|comienza|empieza|"
                      r"abre|commence|s'ouvre|ouvre|beginnt|startet|comeca|inizia|si apre) (only )?(after|dopo|despues de|"
                      r"apres|nach|depois de|tras|a partir de)|"
                      # "the vote waits 1 day before it starts"
                      r"(vot\w*|scrutin|abstimmung\w*|votacion|votacao)( \w+)? (waits?|espera|attend|wartet|aspetta|aguarda)")
"""Words that name the voting delay: the time between a proposal and the opening of its vote."""


_AFTER_A_PROPOSAL = re.compile(
    r"\W*(?:later\s+)?(?:(?:after|apres|despues|tras|nach|apos|depois|dopo|from|following)\s+|(?:d'|de\s+|del\s+|della\s+|"
    r"da\s+))(?:[\w']+\s+){0,3}?"
    r"(?:proposals?|propositions?|propuestas?|vorschlag\w*|antrag\w*|propostas?|proposte|proposta|submission|"
    r"it is proposed|being proposed|proposing|proposed|it's proposed|(?:somebody|someone|anyone|a member) proposes?)(?![\w])|"
    # "A proposal opens for voting one day after it is made": the proposal the subject, "it" after
    r"\W*(?:after|apres|despues de|tras|nach|apos|depois de|dopo)\s+(?:it|that|ela|ele|elle|er|es)\s+(?:is|was|gets|has been|est|ist|e|é)\s+"
    r"(?:made|submitted|created|posted|filed|put forward|cree|creee|soumise?|eingereicht|erstellt|criad[oa]|submetid[oa]|"
    r"presentad[oa]|creat[oa]|presentat[oa])(?![\w])")
"""A duration followed by "after a proposal" ("deux jours après la proposition"): the governor's voting delay."""


_TO_START = re.compile(
    r"^\s*(?:(?:tokens?|coins?|points?|units?|jetons?|fichas?|gettoni|moedas?)\s+)?(?:to start(?: with)?|to begin(?: with)?|"
    r"at (?:the )?start|at launch|initially|up ?front|para (?:empezar|arrancar|comenzar|comecar)|pour commencer|"
    r"au (?:depart|debut|lancement)|zum (?:start|anfang|beginn)|am anfang|no inicio|per (?:iniziare|cominciare)|"
    r"all'inizio|de inicio|de salida)(?![\w])")
"""A number followed by "to start": the initial supply."""


_HOURS_RANGE = re.compile(r"(?<![\w.,])(?:[01]?\d|2[0-4])(?::[0-5]\d)?\s*(?:am|pm|h)?\s*(?:-|–|to|till|until|a|bis)\s*"
                          r"(?:[01]?\d|2[0-4])(?::[0-5]\d)?\s*(?:am|pm|h)?(?![\w.,%])(?!\s*(?:%|percent|days?|weeks?|months?|"
                          r"years?|tokens?|decimals?|of))")
"""Opening hours: "7-1", "6am-2pm", "9 to 5"."""


_BOTH = re.compile(r"(?<![\w])(?:los|las|les|os|as|the|i|gli|le|die|alle|us|these|those|them|nosotros|nous|uns|noi|nos|"
                   r"estos|estas|ces|diese|questi|queste|estes|entre|fra|tra|between|among|zwischen|unter|all|todos|todas|tous|toutes|tutti|tutte|"
                   r"(?:the|los|las|les|os|as|gli|die) (?:same|mismos|mismas|memes|mesmos|mesmas|stessi|stesse|gleichen))\s+$")
"""An article before a bare number word: "para los dos", "pour les deux", "for the two", "split equal for all four",
"the same two addresses" (both of them)."""


_AFTER_DEPLOYMENT = re.compile(
    r"^\W*(?:later\s+)?(?:after|from|apres|despues de|tras|nach|apos|depois d[eoa]|dopo)\s+(?:[\w']+\s+){0,2}?"
    r"(?:deploy\w*|launch\w*|desplegar|despliegue|lanzamiento|deploiement|lancement|bereitstellung|start|inicio|"
    r"implantacao|implantar|lancamento|lancio|rilascio|creation|creacion|criacao|creazione)(?![\w])|"
    # "partire tra 30 giorni da oggi", "start in 30 days from now": counted from today, the deployment's day
    r"^\W*(?:da oggi|from now|from today|desde hoy|a partir de hoy|a partir d'aujourd'hui|ab heute|a partir de hoje)(?![\w])")
_STARTS = (r"(?<![\w])(?:start\w*|begin\w*|kick\w* off|clock|empez\w*|empiec\w*|comienz\w*|comienc\w*|comenz\w*|arranc\w*|reloj|commenc\w*|demarr\w*|"
           r"debut\w*|horloge|beginn\w*|startet|uhr|comec\w*|inici\w*|relogio|inizi\w*|parte|partire|orologio)(?![\w])")
"""A vesting whose clock starts some time after deployment: the start delay."""


_BEFORE_EXECUTION = re.compile(
    r"^\W*(?:[\w'-]+\W+){0,5}?(?:time ?-?lock\w*|(?:before|until|prior to|antes de|avant|vor|antes|prima di)\s+"
    r"(?:(?:they|it|the|its|being|de|d'|que|la|le|il|sie|der)\s+)?(?:(?:are|is|get|can|se|be)\s+)?"
    r"(?:execut\w*|ejecut\w*|ausfuhr\w*|ausgefuhrt|esegu\w*|run|enact\w*|take effect))")
"""A wait in a governor that ends in execution: the timelock's delay."""


_TO_PROPOSE = re.compile(
    r"^\s*(?:[\w'-]+\s+){0,4}?(?:to|can|may|in order to|para|pour|per|um|pra|pueden|peut|kann|pode|puo)\s+"
    r"(?:(?:poder|pouvoir|poter|potere|be able to)\s+)?"
    r"(?:(?:post|submit|put forward|bring forward|put up|bring up|put|make|create|file|table|raise|open|hacer|presentar|faire|soumettre|deposer|machen|einreichen|"
    r"stellen|fazer|apresentar|fare|presentare)\s+(?:(?:a|an|the|una|un|une|einen|uma)\s+)?)?"
    r"(?:propos\w*|propor|proponer|proporre|vorschlag\w*|vorschlagen|vorzuschlagen|antrag\w*|einen antrag)")
"""What a governor's proposal threshold is for: "... tokens to propose", "... tokens to post a proposal"."""


_VOTING = (r"vot(e|es|ing|ings|acion|aciones|acao|acoes|azione|azioni|o|os|i)|abstimm\w*|scrutin|stemm\w*|"
           r"periode de vote|periodo de votacion")
"""Words of the vote itself: a duration in their clause is how long the vote runs."""


_DURATION_CLASSES = [
    ("voting_delay_seconds", VOTING_DELAY_WORDS),
    ("cliff_seconds", lexicon.FEATURES["cliff"]),
    ("voting_period_seconds", _VOTING),
    ("delay_seconds", r"time ?-?lock|min(imum)? delay|delay|retraso|delai|\w*verzogerung|atraso|ritardo|"
                      # a wait before execution: "Mindestwartezeit", "waiting time", "temps d'attente", "tempo di attesa"
                      r"(min(imum)? )?wait(ing)? (time|period)|\w*wartezeit|\w*wartefrist|temps d'attente|delai d'attente|"
                      r"tiempo de espera|tempo de espera|tempo di attesa|periodo di attesa|"
                      r"start(s|ing)? (in|after)|begin(s|ning)? (in|after)|empieza en|commence dans|beginnt in|"
                      # "der Start aber erst in 3 Monaten", "le départ seulement dans 3 mois"
                      r"(start|beginn|debut|depart|inicio|comienzo|inizio)( \w+){0,2} (in|nach|dans|en|em|tra|fra)|"
                      r"comeca em|inizia tra|"
                      # "so wait 90 days before anything begin": a wait before the start
                      # (not the interjection of a correction: "over 3 years - no, wait, 4 years")
                      r"(?<=so )wait|(?<=then )wait|(?<=and )wait|(?<=to )wait|(?<=must )wait|(?<=should )wait|"
                      r"(?<=will )wait|(?<=we )wait|(?<=they )wait|(?<=please )wait|(?<=but )wait|(?<=just )wait|"
                      r"(?<=first )wait|waits|waiting(?= (?:period|time|\d))"),
    ("lock_seconds", r"lock(ed|up|s|ing)?|bloque\w*|verrouill\w*|sperr\w*|bloqueio|bloccat\w*"),
    ("duration_seconds", r"over|for|during|lasts?|runs?|ends?|after|within|window|duration|vesting|vest|open|"
                         r"durante|sur|pendant|uber|fur|wahrend|nach|por|apos|despues|apres|tras|durata|per|dopo"),
]


_GAP_AFTER = (r"[\s\W]*(?:d'|(?:of|de|di|du|des|del|della|dello|von|vom|as|a|an|the|le|la|les|el|il|lo|der|die|das|"
              r"den|dem|um|uma|un|une|una|o|os|each|per|is|are|es|est|ist|e|long|lang|largo|longue|to|for|pour|para|zum|"
              r"zur|zu)[\s\W]+)*")
"""What may stand between a duration and the role word after it: "1 year cliff", "6 mois de blocage",
"2 days (voting delay)", "3 days is the voting period", "one week to vote"; but not "over 2 years with a cliff"."""


def _duration_key(before: str, after: str, family: str, followed: bool = False) -> str:
    """The duration's role from the nearest role word in its clause ("3 day voting period and a 1 day
    timelock": the timelock is nearer the second). A role word never reaches past another number, one
    that introduces the next number ("cliff of 1 year", "cliff di 1 anno") belongs to it, and a generic
    word ("lasts", "over") yields to a role word of its clause ("voting lasts 1 week")."""
    before = re.split(r"\d", before)[-1]
    if family == "governor" and _AFTER_A_PROPOSAL.match(after):
        return "voting_delay_seconds"  # "voting opens one day after a proposal": the wait before the vote
    next_number = re.search(r"\d", after)
    after = after[:next_number.start()] if next_number else after
    followed = followed or next_number is not None
    best, best_distance = "duration_seconds", 10**6
    for key, pattern in _DURATION_CLASSES:
        if key == "voting_period_seconds" and family not in ("governor", "erc20", "erc721"):
            continue
        generic = 25 if key == "duration_seconds" else 0
        for m in lexicon.find(pattern, before):
            distance = len(before) - m.end() + generic
            if distance < best_distance:
                best, best_distance = key, distance
        for m in lexicon.find(pattern, after):
            if not re.fullmatch(_GAP_AFTER, after[:m.start()]):
                break  # "over 2 years with a cliff": a role word after a new phrase is not this number's
            if followed and re.match(r"\s*\)?\s*(\([^)]*\)\s*)?(of|de|di|da|du|von|:|=|is|es|est|ist|é)?\s*$", after[m.end():]):
                break
            if followed and re.match(r"[\w' ]{0,30}[:=]\s*$", after[m.start():]):
                break  # "voting_delay: 2 days voting_period: 5 days": a key and its colon introduce the next value  # "... con cliff di" + the next number: the cliff is that number
            distance = m.start() + generic
            if distance < best_distance:
                best, best_distance = key, distance
            break
    if best == "duration_seconds" and family == "governor" and re.search(
            r"(?<![\w])(?:lasts?|runs?( for)?|stays? open( for)?|remains? open( for)?|open for|dure|durera|dura|durara|"
            r"dauert|laufen|lauft|pendant|durante|during|for)\s*$", before):
        return "voting_period_seconds"  # "voting starts after 1 day, lasts 3 days": a governor's only span is its vote
    return best
