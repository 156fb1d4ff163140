"""Restrictions and abilities stated as a verb, whatever the wording: a class of action verbs (moving a token,
creating new units, destroying units, suspending transfers) in any inflection of the six languages, read
together with a negation ("can't be sent", "ne pourront pas brûler", "nicht weitergegeben werden", "aucune
émission ultérieure") or with the agent that performs it ("ausgestellt vom Eigentümer", "issued by the
owner"). One detector per (verb class x negation x object), so a phrasing no concept pattern lists is still
read, and when the object or the circumstances make the reading unsure ("can't be sent until the cliff",
"ETH can't be sent to it") the detector says so and the reading stops with an ambiguous requirement
instead of deploying a guess.

Also here, for ERC-1155: the supply of each id ("the total supply of every card", "l'offre totale de chaque
carte", "wie viele es von jeder Karte gibt") is supply tracking, whatever the item is called.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from agents.generation import lexicon

# ---- the verb classes, on folded text (lowercase, no accents) ------------------------------------------

TRANSFER = (
    r"transfer(s|red|ring|ed|ing|able|rable)?|send(s|ing)?|sent|mov(e|es|ed|ing)|trad(e|es|ed|ing)|sell(s|ing)?|sold|"
    r"give(n)? away|giv(e|es|ing) (it |them )?away|gave away|pass(ed)? on|hand(ed)? over|swap(s|ped|ping)?|"
    # de
    r"ubertrag(en|bar\w*|ung\w*)?|ubertragen|weiterge(ben|geben)|weiterzugeben|verschick(t|en)?|versend(en|et)?|"
    r"versandt|gesendet|senden|verkauf(t|en)?|getauscht|tauschen|weiterverkauf(t|en)?|verschenk(t|en)?|"
    # fr
    r"transfer(e|es|ee|ees|er|ent|able|ables)|transferts?|envoy(e|es|ee|ees|er)|envoi|ced(e|es|ee|ees|er|ent)|"
    r"cessibles?|echang(e|es|ee|ees|er|ent|eables?)|vend(u|us|ue|ues|re|ent)|donn(e|es|ee|ees|er)|"
    # es / pt
    r"transferi(r|rse|rlos|rlas|do|dos|da|das|ble|bles|vel|veis|dos?)|transferencias?|envia(r|do|dos|da|das|rse)|"
    r"ced(er|ido|idos|ida|idas)|intercambia(r|do|dos|das|bles?)|vend(er|ido|idos|ida|idas)|regala(r|do|dos)|"
    r"troca(r|do|dos|da|das|veis)|transferidos?|transferencias?|"
    # it
    r"trasferi(re|rl[aeio]|t[aeio]|bil[ei]|mento|menti)|invia(re|t[aeio])|cedu(t[aeio])|ceder(e|l[aeio])|"
    r"scambia(re|t[aeio]|bil[ei])|vendu(t[aeio])|vender(e|l[aeio])|regala(re|t[aeio])")
MINT = (
    r"mint(s|ed|ing|able)?|issu(e|es|ed|ing|ance)|print(s|ed|ing)?|"
    r"pragen|prag(t|ung)|gepragt|nachpragen|nachpragung|nachgepragt|ausgeb(en)?|ausgegeben|ausgabe|neuausgabe|"
    r"ausstell(en|t|ung)|ausgestellt|erzeug(en|t)|"
    r"emis(e|es)?|emet(tre|tra|tront|te|tent)|emission|frapp(e|es|ee|ees|er|able)|frappe|"
    r"emiti(r|do|dos|da|das|ra|ran)|emision|emite(n)?|acun(a|an|ar|ado|ados|ada|adas|acion|able)|"
    r"emitid[oa]s?|emissao|emite|cunh(a|am|ar|ado|ados|ada|adas|agem)|"
    r"emette(re|ra|ranno)?|emess[oaie]|emission[ei]|conia(re|t[oaie]|zione)|conia")
BURN = (
    r"burn(s|ed|t|ing|able)?|destroy(s|ed|ing)?|destruct\w*|"
    r"verbrenn(en|t|bar)?|vernicht(en|et|ung|bar)|zerstor(en|t|ung|bar)|"
    r"brul(er|e|es|ee|ees|ent|able|ables|ure)|detrui(re|t|ts|te|tes)|destruction|"
    r"quem(ar|a|an|ado|ados|ada|adas|able|ables)|quemarl[oa]s|destrui(r|do|dos|da|das|rlos|rlas)|destruccion|"
    r"queim(ar|a|am|ado|ados|ada|adas|avel|aveis)|destruicao|"
    r"brucia(re|t[oaie]|bil[ei])|bruciarl[aeio]|distrugg(ere|erl[aeio])|distrutt[oaie]|distruzione")
PAUSE = (
    r"paus(e|es|ed|ing|able|ar|ado|ada|e|er|ee|ieren|iert|en\w*|a|ado|ato|ata|are|abile|avel|ierbar)|"
    r"(freez(e|es|ing)|froze(n)?|halt(s|ed|ing)?|suspend(s|ed|ing)?|stop(s|ped|ping)?|"
    r"anhalten|angehalten|stoppen|gestoppt|einfrieren|eingefroren|sperren|gesperrt|"
    r"suspend(re|u|ue|us)|arret(er|e|ee|es)|geler|gele(s|e|es)?|"
    r"suspend(er|ido|ida|idas|idos)|deten(er|ido|ida)|congela(r|do|da|dos|das)|para(r|do|da|das)|"
    r"sospend(ere|ere|ut[oaie])|ferma(re|t[oaie])|blocca(re|t[oaie]))"
    r"(?= (all |the |any |every |tous |toutes |les |todas |las |as |tutti |i |le |alle |die |den )?"
    r"(token |tokens |jetons? |tokens? )?(transfers?|transferts?|transferencias?|trasferimenti|ubertragungen|"
    r"trading|contract|token|contrat|contrato|contratto|vertrag|tokens))|"
    r"pausenfunktion|pause ?-?button|pause-?funktion")
VERB_CLASSES = {"transfer": TRANSFER, "mint": MINT, "burn": BURN, "pause": PAUSE}

CONCEPT_OF = {"transfer": ("soulbound", True), "mint": ("mintable", False), "burn": ("burnable", False),
              "pause": ("pausable", False)}
"""What a negated verb of each class asks for: a soulbound token, or the feature turned off."""

_GAP = (r"(?:be|been|being|able|to|ever|ever be|any|anymore|any more|further|more|new|additional|extra|later|longer|"
        r"also|either|even|really|simply|just|tokens?|points?|coins?|units?|nfts?|badges?|cards?|shares?|"
        r"them|it|their|its|his|her|away|"
        r"se|ser|sera|seran|debe|deben|puede|pueden|poder|podra|podran|nuevos|nuevas|nuevo|nueva|mas|tampoco|"
        r"etre|peut|peuvent|pourra|pourront|doit|doivent|devra|devront|pas|jamais|plus|de|d'|nouveaux|nouvelles|nouveau|nouvel|nouvelle|"
        r"leurs?|les|la|le|l'|jetons?|ulterieure?s?|supplementaires?|"
        r"werden|wird|sein|darf|durfen|kann|konnen|soll|sollen|mehr|weitere\w*|neue\w*|zusatzliche\w*|auch|ihre\w*|"
        r"sich|es|je|jemals|"
        r"pode|podem|podera|poderao|deve|devem|mais|novos|novas|novo|nova|seus|suas|"
        r"essere|puo|possono|potra|potranno|deve|devono|piu|nuovi|nuove|nuovo|nuova|altri|altre|loro|i|gli|le|"
        r"will|would|shall|should|must|can|could|may|might|gonna)")
"""Words that may stand between a negator and the verb it negates: modals, auxiliaries, the token's nouns, and
"more/new/further" ("no new tokens can ever be minted", "ne pourront pas brûler leurs jetons")."""

_NEGATOR = re.compile(rf"(?<![\w])(?:{lexicon.NEGATORS}|no longer|keine?n?|nichts?)(?![\w])")
_POSTPOSED = re.compile(
    r"^\W{0,3}(?:(?:is|are|will be|must be|shall be|should be|stay|stays|remain|remains|es|son|sera|seran|est|sont|"
    r"restent|reste|ist|sind|bleiben|bleibt|e|sao|fica|ficam|sono|restano|rimangono)\s+)?(?:(?:always|permanently|"
    r"completely|fully|entirely|totalement|siempre|immer|sempre)\s+)?"
    r"(?:disabled|blocked|locked|off|forbidden|prohibited|not allowed|not possible|impossible|excluded|disallowed|"
    r"deaktiviert|gesperrt|verboten|ausgeschlossen|nicht (?:moglich|erlaubt|vorgesehen|gestattet)|unmoglich|"
    r"desactivad[oa]s|bloquead[oa]s|prohibid[oa]s|imposibles?|no permitid[oa]s|"
    r"desactive(e)?s|bloque(e)?s|interdit(e)?s|impossibles?|exclu(e)?s|"
    r"desativad[oa]s|bloquead[oa]s|proibid[oa]s|impossive(l|is)|"
    r"disattivat[ie]|bloccat[ie]|vietat[ie]|impossibil[ei]|esclus[ie]|non (?:consentit[ie]|ammess[ie]))(?![\w])")
""""transfers: disabled", "les transferts sont interdits", "Übertragungen sind gesperrt": the verb's noun, then a
predicate that rules it out."""

_NOT_EXIST = re.compile(
    r"^(?:\s+[\w']+){0,3}?\s+(?:must|should|shall|will|can|may|does|do|is|are|ne|n'|no|nao|non|nicht|darf|soll|"
    r"debe|deve|doit|devra|puede|pode|peut|puo|kann)?\s*(?:not|never|no|nao|non|nicht|pas|nunca|jamais|mai|nie|ne)\s+"
    r"(?:(?:deve|debe|doit|darf|soll|pode|puede|peut|puo|be|pas|es|sera|will|be)\s+)*"
    r"(?:exist\w*|esist\w*|geben|gibt|be there|be present|be included|be available|be possible|possible|possivel|"
    r"posible|possibile|moglich|allowed|permitid[oa]s?|autorisee?s?|consentit[oa]|erlaubt|presente?s?|vorhanden)(?![\w])")
""""a pausa das transferências não deve existir", "the mint function must not exist", "la fonction de pause ne doit
pas exister": the noun of the verb, then its existence denied."""

_EXCEPT = re.compile(r"(?<![\w])(?:but|except|other than|else|besides|apart from|sauf|hormis|excepte|autre que|d'autre|"
                     r"ausser|ausgenommen|sonst|excepto|salvo|menos|mas que|mas alla|fuera de|alem d[oa]|exceto|"
                     r"senao|tranne|eccetto|salvo|all'infuori|oltre)(?![\w])")
""""no one but the owner can mint", "personne d'autre que l'admin": the ability kept, only restricted to one hand."""

_CONDITION = re.compile(
    r"(?<![\w])(?:until|till|before|during|while|unless|except|for the first|for \d|within|after|when|if|lock\w*|"
    r"cliff|vesting|hasta|antes|durante|mientras|salvo|jusqu'a|avant|pendant|tant que|sauf|bis|vor|wahrend|"
    r"solange|ausser|ate|antes|enquanto|exceto|fino a|prima|durante|mentre|tranne)(?![\w])")
""""can't be moved until the cliff", "nicht übertragbar bis": a temporary restriction, which no option serves."""

_OTHER_OBJECT = re.compile(
    r"(?<![\w])(?:eth|ether|native|funds|money|fondos|fonds|fundos|fondi|gelder?|zero address|address zero|"
    r"adresse zero|direccion cero|the contract|this contract|el contrato|le contrat|den vertrag|o contrato|il contratto|"
    r"ownership|propiedad|propriete|eigentum|propriedade|proprieta|fees?|royalt\w*|votes?|voting power)(?![\w])")
""""ETH can't be sent to the contract", "ownership can't be transferred": another thing moved, not the token."""

_LIMIT = re.compile(r"\W*(?:(?:their|its|the|any|tokens?|points?|jetons?|token)\s+)*(?:more|over|above|beyond|less|fewer|"
                    r"under|at most|in excess|plus de|mas de|mehr als|uber|mais de|piu di|\d)(?![\w])")
""""can't transfer more than 10 a day", "nicht mehr als 5 übertragen": a limit, not a ban."""


@dataclass(frozen=True)
class Stated:
    verb_class: str
    concept: str
    value: object
    start: int
    end: int
    sure: bool
    why: str = ""


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    left = max(text.rfind(c, 0, start) for c in ".;!?\n") + 1
    rights = [i for i in (text.find(c, end) for c in ".;!?\n") if i >= 0]
    return left, min(rights) if rights else len(text)


def _negated_before(text: str, start: int) -> re.Match[str] | None:
    """The negator governing the verb at `start` (a match on `text`): only gap words between them."""
    before = text[:start]
    for m in reversed(list(_NEGATOR.finditer(text, max(0, start - 90), start))):
        between = before[m.end():]
        words = re.findall(r"[\w']+", between)
        if re.search(r"[,;:.!?()\n]", between) or len(words) > 5:
            return None
        if all(re.fullmatch(_GAP, w) for w in words):
            return m
        return None
    return None


def _german_final(text: str, start: int, end: int) -> bool:
    """German puts the verb last: "nicht an andere Wallets gesendet werden", "nie weitergegeben werden"."""
    before = text[max(0, start - 60):start]
    m = re.search(r"(?<![\w])(?:nicht|nie|niemals|keinesfalls|keineswegs)(?:\s+[\w']+){0,4}\s*$", before)
    if m is None or re.search(r"[,;:.!?\n]", before[m.start():]):
        return False
    return bool(re.match(r"\s*(?:werden|sein|konnen|kann|durfen|darf|lassen|sollen|soll)?\s*(?:[,;:.!?\n]|$|und\b|oder\b)",
                         text[end:end + 30]))


def stated(folded: str, family: str) -> list[Stated]:
    """Every negated verb of the four classes in the request, with what it asks for; and the agent forms of
    issuing ("issued only by the owner")."""
    if family not in ("erc20", "erc721", "erc1155"):
        return []
    out: list[Stated] = []
    for verb_class, pattern in VERB_CLASSES.items():
        for m in lexicon.find(pattern, folded):
            s, e = m.span()
            neg = _negated_before(folded, s)
            postposed = _POSTPOSED.match(folded[e:e + 50]) or _NOT_EXIST.match(folded[e:e + 70])
            german = _german_final(folded, s, e)
            if not (neg or postposed or german):
                continue
            cs, ce = _clause(folded, s, e)
            cs = max(cs, max(folded.rfind(c, 0, neg.start() if neg else s) for c in ",()") + 1)
            ce = min([i for i in (folded.find(c, e) for c in ",()") if 0 <= i < ce] + [ce])
            joint = re.search(r"(?<![\w])(?:and|but|y|pero|et|mais|und|aber|e|mas|ma|while|whereas)(?![\w])", folded[e:ce])
            ce = e + joint.start() if joint else ce
            clause = folded[cs:ce]
            head = folded[neg.start() if neg else s:e]
            if neg and _EXCEPT.search(folded[neg.start():min(ce, e + 40)]):
                continue  # "no one but the owner can mint": restricted, not removed
            if neg and re.match(r"\s*one\b", folded[neg.end():]) and verb_class == "transfer":
                pass
            concept, value = CONCEPT_OF[verb_class]
            sure, why = True, ""
            after = folded[e:ce]
            if verb_class == "transfer":
                if _LIMIT.match(after):
                    sure, why = False, "a limit on transfers"
                elif _CONDITION.search(after) or _CONDITION.search(folded[cs:s]):
                    sure, why = False, "a temporary or conditional transfer restriction"
                elif _OTHER_OBJECT.search(clause):
                    sure, why = False, "a restriction on moving something other than the token"
                elif lexicon.find(PAUSE, clause) or re.search(r"(?<![\w])paus\w*", clause):
                    continue  # "paused: transfers are blocked" is the pause itself
            start = neg.start() if neg else s
            out.append(Stated(verb_class, concept, value, start, e, sure, why))
    out += _issuing_agent(folded)
    return out


_AGENT = (r"owner|admin\w*|issuer|minter|creator|deployer|operator|organi[sz]er|organisation|organization|team|"
          r"\w*eigentumer\w*|\w*besitzer\w*|\w*inhaber\w*|betreiber\w*|aussteller\w*|verwalt\w*|"
          r"propietari[oa]|duen[oa]|emisor|administrador\w*|proprietaire|emetteur|administrateur|"
          r"dono|proprietari[oa]|emissor|emittente|amministrat\w*|contract owner|contrat|contrato|vertrag\w*")
_ISSUED_BY = re.compile(
    rf"(?<![\w])(?:{MINT})(?:\s+(?:only|solely|exclusively|just|ausschliesslich|nur|allein|uniquement|seulement|"
    rf"exclusivement|solo|unicamente|exclusivamente|somente|apenas|soltanto|esclusivamente))?\s+"
    rf"(?:by|vom|von|durch|par|por|pelo|pela|dal|dalla|dallo|da)(?:\s+(?:the|dem|der|den|le|la|l'|el|la|o|a|il|lo|our|"
    rf"unser\w*|notre|nuestro|nosso|nostro))?\s*(?:{_AGENT})(?![\w])")


_BY_AGENT_ISSUED = re.compile(
    rf"(?<![\w])(?:vom|von (?:dem|der|den)|durch (?:den|die|das))\s+(?:{_AGENT})(?:\s+[\w']+){{0,2}}?\s+(?:{MINT})(?![\w])")
"""German puts the agent before the participle: "nur vom Eigentümer ausgestellt"."""


def _issuing_agent(folded: str) -> list[Stated]:
    """"ausgestellt vom Vertragseigentümer", "émis par le propriétaire", "issued only by the owner": the
    owner issues, so the contract must let it mint."""
    found = list(_ISSUED_BY.finditer(folded)) + list(_BY_AGENT_ISSUED.finditer(folded))
    return [Stated("mint", "mintable", True, m.start(), m.end(), True) for m in found
            if not _negated_before(folded, m.start())]


# ---- ERC-1155: the supply of each id -----------------------------------------------------------------

_SUPPLY_NOUN = (r"supply|supplies|total|totals|offre|offres|quantite|quantites|suministro|oferta|cantidad|emision|"
                r"menge|gesamtmenge|angebot|anzahl|fornecimento|quantidade|emissao|offerta|fornitura|quantita|tiratura|"
                r"circulation|circulating|how many|combien|cuantos|cuantas|wie viele|quantos|quantas|quanti|quante")
_EACH = (r"per|por|par|pro|je|for each|for every|of each|of every|each|every|de chaque|de cada|pour chaque|para cada|"
         r"chaque|cada|von jede[mrn]?|fur jede[nsr]?|jede[mnrs]?|di ogni|per ogni|ogni|di ciascun[oa]?|ciascun[oa]?|"
         r"de todo|in each|in every|en cada|dans chaque|in jede[mr]|em cada|in ogni")
_NOT_ITEM = r"wallet|address|account|user|holder|transaction|tx|mint|person|adresse|cuenta|compte|konto|conta|conto|wallets"
SUPPLY_PER_ID = re.compile(
    rf"(?<![\w])(?:{_SUPPLY_NOUN})(?:\s+[\w'-]+){{0,3}}?\s+(?:{_EACH})\s+(?:[\w'-]+\s+){{0,2}}?(?!(?:{_NOT_ITEM})\b)[a-z][\w'-]*")
""""total supply tracked per card id", "l'offre totale de chaque carte", "wie viele es von jeder Karte gibt"."""


def supply_per_id(folded: str) -> re.Match[str] | None:
    """The first supply-of-each-item phrase whose item is no wallet, account or transaction."""
    for m in SUPPLY_PER_ID.finditer(folded):
        each = re.search(rf"(?<![\w])(?:{_EACH})\s", m.group(0))
        if each and not re.search(rf"(?<![\w])(?:{_NOT_ITEM})s?(?![\w])", m.group(0)[each.end():]):
            return m
    return None
