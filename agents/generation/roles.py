"""Addresses bound to the role the sentence gives them, and payees bound to their shares.

"arbiter 0x.., seller 0x.., buyer 0x.." binds each address to the role word before it; "owners 0xA,
0xB and 0xC" carries the role along the list; "0xA gets 60%" and "80 % an 0xA" bind a share to an
address; "70/30 between 0xA and 0xB" gives the shares in the addresses' order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from agents.generation import lexicon, naming, windows

ADDRESS_RE = re.compile(r"(?<![0-9a-fA-Fx])0x[0-9a-fA-F]{40}(?![0-9a-fA-F])")
_ADDRESS_LENGTH = 42
_LIST_GAP = re.compile(r"^\s*(,|;|and|y|et|und|e|&|\+|or)?\s*(,)?\s*(and|y|et|und|e|&|\+)?\s*$")
_DESCRIBED_NEXT = re.compile(r"^\s*(?:,\s*)?(?:and|y|et|und|e|&|\+)\s+(?:[\w'-]+\s+){1,3}$")
_MODALS = r"may|can|could|will|shall|must|darf|durfen|kann|konnen|muss|puede|pueden|peut|peuvent|pode|podem|puo|possono|deve"


def _described_next(gap: str) -> bool:
    """'proposers 0xA and our CTO 0xB': the next of a list introduced by a few words that name no role and no act of
    their own ("0xA e può eseguire 0xB" starts a new clause)."""
    folded = lexicon.fold(gap)
    acts = "|".join([*_ROLE_VERBS.values(), *_TIMELOCK_ACTS.values(), _MODALS])
    return bool(_DESCRIBED_NEXT.match(folded)) and not re.search(rf"(?<![\w])(?:{acts})(?![\w])", folded)
_BETWEEN = r"between|among|amongst|entre|zwischen|tra|fra|split (it |them )?(between|among)"


@dataclass
class BoundAddress:
    address: str
    role: str
    """A role from lexicon.ROLES, "payee" for split lists, or "unlabeled"."""
    start: int
    end: int
    text: str
    """The words that bound it ("arbiter 0x..")."""
    listed: bool = False
    """Given in one list with the address before it ("0xA, 0xB and 0xC"), so sharing its role."""


@dataclass
class Binding:
    addresses: list[BoundAddress] = field(default_factory=list)
    shares: list[tuple[str, str, int, int]] = field(default_factory=list)
    """(address, percent, start, end) for payees given a share."""
    unaddressed: list[tuple[str, str, int]] = field(default_factory=list)
    """(role, words, start) for someone named in a list role's words whose address the request never gives."""


def checksum(address: str) -> str:
    from eth_utils import to_checksum_address

    return to_checksum_address(address)


def _role_before(folded: lexicon.Folded, start: int) -> tuple[str, int, int] | None:
    """The nearest role word before folded position `start`, within the clause."""
    window_start = max(0, start - 90)
    # "Pause only by Mr. Watanabe, address 0x..": an abbreviation's dot ends no clause
    window = re.sub(r"(?<![\w])(mr|mrs|ms|dr|st|sr|sra|srta|prof|mme|mlle|hr|fr|sig|dott)\.", r"\1 ",
                    folded.text[window_start:start])
    near = max(0, len(window) - 60)  # a role word binds within 60 characters; a labelled role given on, within 90
    # "the Seller, 0x..", "Seller, our co-op: 0x..": a comma before the address or before a short label of it cuts nothing
    # "the minter (our president, Maïté) is 0x..": a comma inside an aside cuts nothing either
    # and neither does a relative clause between commas ("the minter, who can create new tokens after, is 0x..")
    # and "pauser, again, 0x..": a word between commas saying the address is given once more
    unbracketed = re.sub(r"\([^()\n]{0,40}\)|,\s*(?:again|too|also|as well|likewise|de nuevo|otra vez|tambien|encore|aussi|"
                         r"wieder|auch|ebenfalls|di nuovo|anche|de novo|tambem)\s*,|"
                         r",\s*(?:who|which|that|qui|que|quien|der|die|che)\s[^,.;\n]{0,50},"
                         r"(?=\s*(?:is|will be|est|sera|es|ist|e|sara)\s*[:=]?\s*$)|"
                         # "executor: anyone? no — only our accountant 0x..": a guess turned down at once
                         r"\?\s*(?:no|nope|nah|non|nein|nao)\s*[—–,-]+",
                         lambda aside: " " * len(aside.group(0)), window)
    # "with the minter role, adress 0x..": the word address after the comma names what follows
    # and "Their wallet, as buyer, is 0x..": the comma before the copula cuts nothing
    cut = max((m.end() for m in re.finditer(r"[.;!?\n]|,\s(?!(?:and\s)?(?:0x|$))(?![\w' ()-]{1,25}:\s*$)(?!(?:at|en|em|in|a|à)\s*$)"
                                            r"(?!(?:is|are|es|est|ist|e|will be|sera)\s*[:=]?\s*$)"
                                            r"(?!(?:its\s+|the\s+|her\s+|his\s+|my\s+|our\s+|their\s+)?(?:address|adress|adresse|addr|wallet)(?:'s|’s|\s+is)?\s*[:=]?\s*$)"
                                            r"(?!(?:all'|a l'|en la |no |na |unter der |an der )?(?:indirizzo|direccion|endereco|"
                                            r"adresse)\s*[:=]?\s*$)",
                                            unbracketed)), default=0)
    line = max((m.end() for m in re.finditer(r"[.;!?\n]", window)), default=0)
    best: tuple[str, int, int] | None = None
    named = False
    found = [(role, m) for role, pattern in lexicon.ROLES.items() for m in lexicon.find(pattern, window)]
    asides = [aside.span() for aside in re.finditer(r"\([^()\n]{0,40}\)", window)]
    # "the minter (our treasurer, Ana) is 0x..": a role word inside the aside of a role word describes that one's holder
    # and one inside the aside after an address ("proposers: 0xA (treasurer), 0xB") describes that address
    described = {m.span() for _, m in found for s, e in asides if s < m.start() < e and
                 (any(other.end() <= s and not window[other.end():s].strip() for _, other in found) or
                  re.search(rf"(?:[0-9a-f]{{8,40}}|{lexicon.MASKED_ADDRESS})\s*$", window[:s]))}
    for role, m in found:
        if m.span() in described:
            continue
        # "Administrator role: City Treasury 0x..": a word that names a role outranks a nearer description
        labelled = bool(re.match(r"[_ -]?(?:role|rol|rolle|ruolo|papel)\b", window[m.end():]) or
                        m.group(0).endswith("role") or re.match(r"(?:role|rol|rolle|ruolo|papel)\b", m.group(0)) or
                        re.search(r"(?<![\w])(?:role|rol|rolle|ruolo|papel)(?:\s+(?:de|di|du|of|des))?\s*$",
                                  window[:m.start()]) or  # "le rôle PAUSER", "o papel de minter"
                        # "the minter is our treasurer 0x..": the role given by a copula, the person described after
                        re.fullmatch(r"\s+(?:is|will be|shall be|es|sera|est|ist|wird|e|sara)\s+(?:our|the|my|their|"
                                     r"nuestro|nuestra|notre|unser\w*|nosso|nossa|il nostro|la nostra)\s+[\w'-]+\s*",
                                     window[m.end():]) or
                        # "pausing with the treasurer 0x..", "the mint permission should be with our secretary 0x.."
                        # ("Admin rights stay with the treasury (0x..)": the rights, then whom they stay with)
                        re.fullmatch(r"(?:\s+(?:rights?|roles?|powers?|privileges?|permissions?))?\s+(?:(?:should|must|will|shall)\s+"
                                     r"(?:be|stay|sit|rest|remain)\s+|is\s+|are\s+|stays?\s+|sits?\s+|rests?\s+|remains?\s+)?"
                                     r"with\s+(?:our|the|my|their)\s+[\w'-]+\s*\(?\s*", window[m.end():]))
        # "le droit de frapper de nouveaux jetons revient à notre comptable (0x..)": the right goes to its holder
        goes = bool(re.fullmatch(r"(?:\s+[\w'-]+){0,4}?\s+(?:revient|reviennent|goes|go|belongs|va|van|geht|gehen|spetta|"
                                     r"spettano|cabe|fica|queda|corresponde)\s+(?:to|a|au|an|al|ao|alla|aos|aux)\s+(?:(?:our|the|"
                                     r"my|notre|nuestro|nuestra|unser\w*|nosso|nossa|nostro|nostra|il|la|le|el|o|a)\s+)?"
                                     r"[\w'-]+\s*\(?\s*", window[m.end():]))
        # ("l'administration revient à Mme B (0x..), la création de nouveaux jetons à notre trésorier (0x..)": the verb
        # said once for the list)
        goes = goes or bool(re.search(r"(?<![\w])(?:revient|reviennent|goes|go|belongs|va|van|geht|gehen|spetta|spettano|cabe|"
                                      r"fica|queda|corresponde)\s", window[:m.start()]) and re.fullmatch(
            r"(?:\s+[\w'-]+){0,4}?\s+(?:to|a|à|au|an|al|ao|alla|aos|aux)\s+(?:(?:our|the|my|notre|nuestro|nuestra|unser\w*|nosso|"
            r"nossa|nostro|nostra|il|la|le|el|o|a)\s+)?[\w'-]+\s*\(?\s*", window[m.end():]))
        labelled = labelled or goes
        if m.start() >= max(cut, 0 if goes else near) and (best is None or labelled and not named or labelled == named and m.end() > best[2]):
            best, named = (role, m.start(), m.end()), labelled
        # "Who can mint: only MINTER role, give to 0x..": a role named as such earlier in the line still binds
        # (or "par le rôle PAUSER, attribué au pharmacien gérant 0x..": given to a person described in a few words)
        elif best is None and labelled and m.start() >= line and re.fullmatch(
                r"(?:give|grant|assign|attribu|asign|otorg|atribu|assegn|conferi|confi|zugewiesen|vergeben|verlieh)\w*"
                r"\s+(?:it\s+)?(?:to|a|au|aux|al|ao|an|alla?|dem|der)\s+(?:[^\W\d][\w'-]*\s+){0,3}?[:=]?\s*|"
                # "über eine Minter-Rolle, die 0x.. bekommt": the role, then whom it goes to in a relative clause
                r"(?:die|der|das|que|qui|che|which|that|who|whom)(?:\s+(?:is|e|es|est|ist|sera|era))?\s*", window[cut:]):
            best, named = (role, m.start(), m.end()), labelled
    if best is None:
        best = _role_then_its_holder(unbracketed, [(role, m) for role, m in found if m.span() not in described])
    return (best[0], window_start + best[1], window_start + best[2]) if best else None


_HOLDER_DESCRIBED = re.compile(r"(?:\s+(?:if|when|in case|should|si|en caso de|falls|se|caso)\b[^,.;:!?\n0-9]{0,30})?\s+"
                               r"(?:is|es|est|ist|e|sera|sara|will be|shall be)\s+[^.;:!?\n0-9]{0,70}?,?\s*$")


def _role_then_its_holder(window: str, found: list[tuple[str, re.Match[str]]]) -> tuple[str, int, int] | None:
    """"the arbiter if there is a problem is the Asociación de Guarnicioneros, 0x..", "the arbiter is our friend the
    notary, señor Benítez, 0x..": the role, a copula and its holder described at length, commas and all."""
    last = max(found, key=lambda f: f[1].start(), default=None)
    if last is None or not _HOLDER_DESCRIBED.fullmatch(window[last[1].end():]):
        return None
    return last[0], last[1].start(), last[1].end()


_ROLE_VERBS = {"executor": r"execut\w*|ejecut\w*|ausfuhr\w*|esegu\w*", "proposer": r"propo\w*|vorschlag\w*",
               "canceller": r"cancel\w*|annul\w*|stornier\w*",
               "minter": r"mint\w*|acun\w*|frapp\w*|prag\w*|geprag\w*|nachprag\w*|nachmint\w*|cunh\w*|conia\w*|"
                         r"creat\w* (?:more|new|additional|extra|them|those|the (?:new )?(?:tokens|coins))|"
                         r"makes? (?:the )?(?:more|new|additional|extra) (?:tokens|coins)",
               "pauser": r"paus\w*|(?:mett\w*|met|pone\w*|pon|coloca\w*|por|poe) (?:in|en|em) (?:pausa|pause)|sospend\w*|"
                         r"(?:stop|halt|freeze) (?:all )?(?:the )?(?:transfers|trading)|(?:hit|press|push|pull) (?:the )?pause|"
                         r"anhalten|einfrieren|congelar|geler|congelare", "arbiter": r"arbitrat\w*|decide disputes|resolve disputes",
               # "c'est 0x.. qui administre les rôles", "0x.. manages the roles"
               "admin": r"administr\w*|amministr\w*|verwaltet die rollen|manages? (?:the )?roles|gere\w* les roles|"
                        r"gestiona\w* (?:los )?roles|gerencia\w* (?:os )?papeis"}
"""What an address is allowed to do, when the sentence names the act rather than the role ("0x.. may execute")."""


def _role_by_verb(after: str) -> str | None:
    after = re.sub(r"^\s*,(?=\s*(?:alone\s+|only\s+|also\s+)?(?:can|may|will|shall|mints|pauses|does|handles|is the only))", " ",
                   after)  # "Thomas who runs the farm shop, 0x.., can pause everything": the comma closes the address
    handles = re.match(r"^\s*(?:alone\s+|only\s+|also\s+)?(?:does|handles|runs|will do|will handle|is in charge of|takes care "
                       r"of|looks after)\s+(?:the\s+|all\s+|all the\s+)?(minting|pausing|upgrades|upgrading)(?![\w])", after)
    if handles:  # "the shop laptop wallet 0x.. does the minting"
        return {"mint": "minter", "paus": "pauser"}.get(handles.group(1)[:4], "upgrader")
    direct = re.match(r"^\s*(?:alone\s+|only\s+|also\s+)?(mints|issues|pauses|upgrades|executes|proposes|cancels)(?![\w])", after)
    if direct:  # "loans desk 0x.. mints, operations 0x.. can pause": the act itself, in the present
        verb = "mints" if direct.group(1) == "issues" else direct.group(1)
        role = next((r for r, pattern in _ROLE_VERBS.items() if re.match(rf"(?:{pattern})(?![\w])", verb)), None)
        if role:
            return role
    m = re.match(r"^\s*(?:alone\s+|only\s+)?(?:may|can|will|would(?! be)|shall|should(?! be)|is allowed to|is the only one to|gets to|darf|kann|puede|peut|pode|puo|"
                 r"(?:must|should|needs? to|has to) be able to|(?:should|must|will|shall|would) be (?:allowed|permitted) to|"
                 r"is permitted to|deve poter|devono poter|debe poder|deben poder|doit pouvoir|"
                 r"doivent pouvoir|deve poder|devem poder|muss|soll|podra|pourra|potra|"
                 r"(?:is|would be|will be|shall be|(?:must|should|has|have|needs?)(?: to)? be) the (?:only |sole )?one "
                 r"(?:who|that)(?:\s+(?:can|may|will|shall|gets to))?|"
                 # "0x.. is the only one allowed to mint"
                 r"(?:is|would be|will be|shall be) the (?:only |sole )?one (?:allowed|permitted|able|authori[sz]ed) to|"
                 # "... should be the admin and our membership officer 0x.. the only one allowed to mint": the verb said once
                 r"the (?:only|sole) one (?:allowed|permitted|able|authori[sz]ed) to|"
                 r"(?:alone )?(?:who|that)(?:\s+(?:can|may|will|shall|gets to))?|"
                 # "el maestro armero 0x.. es quien acuña las piezas nuevas": the copula, then who does the act
                 # ("Giulia (0x..) è quella che può coniare": the Italian copula, folded to the "e" that is also "and")
                 r"e\s+(?:quella|quello|colei|colui)\s+che(?:\s+(?:puo|potra|deve))?|"
                 r"(?:es|est|ist|sera|sara)\s+(?:quien|qui|quem|chi|el que|la que|celui qui|celle qui|o que|a que|quello che|"
                 r"quella che|derjenige,? der|diejenige,? die)(?:\s+(?:puede|peut|pode|puo|kann|darf|va a|vai))?|"
                 # the cleft "c'est 0x.. qui pourra frapper", "es 0x.. quien puede acuñar"
                 r"(?:qui|quien|quem|chi|der|die)(?:\s+(?:pourra|peut|pourront|peuvent|pode|podera|puede|podra|puo|potra|kann|"
                 r"darf|wird))?|"
                 # "0x.. aura le droit d'émettre de nouveaux jetons", "0x.. has the right to mint"
                 r"(?:will have|has|gets|is given|aura|a|tendra|tiene|tera|tem|hat|bekommt|erhalt|avra|ha)\s+(?:the\s+|le\s+|"
                 r"el\s+|o\s+|das\s+|il\s+)?(?:right|droit|derecho|direito|recht|diritto|permission|power|pouvoir)\s+"
                 r"(?:to|de|d'|a|di|zu))"
                 r"(?:\s+|(?<=d'))(?:also\s+|only\s+)?((\w+(?:\s\w+)?)(?:\s[\w']+){0,4})", after)
    if not m:
        return None
    if re.search(r"(?:right|droit|derecho|direito|recht|diritto|permission|power|pouvoir)\s+\S+\s*$",
                 after[:m.start(1)]) and re.match(rf"(?:{_ISSUE[1:]})(?![\w])", m.group(2)):
        return "minter"  # "le droit d'émettre": issuing, said of a right, is minting
    for role, pattern in _ROLE_VERBS.items():
        if re.match(rf"(?:{pattern})(?![\w])", m.group(2)):
            return role
    if any(p.start() == 0 for p in lexicon.find(lexicon.FEATURES["pausable"], m.group(1))):
        return "pauser"  # "0x.. deve poter sospendere tutti i trasferimenti": the act of pausing, said in full
    if re.match(r"\s*(?:darf|durfen|kann|konnen|soll|sollen|muss|mussen)(?![\w])", after):
        for role, pattern in _ROLE_VERBS.items():
            if role in ("minter", "pauser") and re.search(rf"(?<![\w])(?:{pattern})(?![\w])", m.group(1)):
                return role  # "Der Meister (0x..) darf neue Punkte prägen": the German verb last
    return None


_MODALS = r"darf|durfen|kann|konnen|may|can|puede|pueden|peut|peuvent|pode|podem|puo|possono"
_ONLY_WORDS = r"nur|only|solo|solamente|seulement|uniquement|apenas|somente|soltanto|allein"
_ANY_MODAL = rf"{_MODALS}|may|will|shall|should|must|would"
"""A modal of ability or duty before an act: "can mint", "should be able to freeze transfers"."""


_WHO = r"who|quem|quien|qui|wer|chi|whoever|el que|la que|el q|la q|o que"
"""Who does an act, in six languages and in texting Spanish ("el q pausa es 0x..")."""


_ISSUE = r"|emit\w*|emett\w*|issue|ausgeb\w*"
"""Issuing said of "who" names the minter ("quem pode emitir novos tokens é 0x.."), where "0x.. can issue them" alone
is the single owner."""


_AUTHORISED = (r"(?:(?:(?:the|la|el|a|die|der|il|l')\s*)?(?:person|personne|persona|pessoa|wallet|account|address|compte|"
               r"cuenta|conta|adresse|direccion|endereco|indirizzo|konto)\s+)?(?:authori[sz]ed|allowed|permitted|autorisee?|"
               r"habilitee?|autorizad[oa]|autorizzat[oa]|berechtigt\w*|befugt\w*)\s+(?:to|a|para|zu|ad|di)")
""""la personne autorisée à émettre de nouveaux jetons est 0x..": a hand described by what it may do, as "who" is."""


_WALLET_WORDS = (r"wallet|address|account|cartera|billetera|cuenta|direccion|portefeuille|adresse|compte|konto|carteira|conta|"
                 r"endereco|portafoglio|indirizzo|conto")
_FROM_WALLET = re.compile(rf"(?:(?<![\w])(?:with|from|using|via|through|con|desde|avec|depuis|mit|von|com|de|da|dal|dalla)\s+(?:(?:her|his|their|its|"
                          rf"our|my|the|su|sa|son|ses|ihre?|seine?|sua|seu|la|el|il|a|o)\s+)?(?:own\s+|propia\s+)?"
                          rf"(?:{_WALLET_WORDS})?|,\s*(?:(?:his|her|their|its|my|our|su|sa|son|seu|sua|ihre?|seine?|il suo|"
                          rf"la sua|mi|mon|ma|meu|minha|mein\w*|il mio|la mia)\s+)?(?:{_WALLET_WORDS})(?:\s+(?:is|es|est|ist|e|:))?)\s*[:=]?\s*$")
"""The address an act is done from: "can pause with her wallet 0x..", "las hace Martín desde 0x..", "can pause it, his
address is 0x.."."""


def _act_from_wallet(pattern: str, head: str) -> bool:
    """The act said before the wallet it is done from: "the treasurer Don Fermín can mint (with 0x..)", "treasurer Pan
    Wójcik makes the new tokens (, address 0x..)", "las acuñaciones las hace Martín (desde 0x..)"."""
    if re.search(rf"(?<![\w])(?:{_ANY_MODAL})\s+(?:be able to\s+)?(?:{pattern})(?:\s+[\w'-]+){{0,3}}?\s*$",
                 head) or \
            re.search(rf"(?<![\w])(?:only\s+)?(?:i|we)\s+(?:alone\s+)?(?:{pattern})(?:\s+[\w'-]+){{0,2}}?\s*,?\s*$", head):
        return True  # (and "Only I propose, from 0x..": the asker's own act)
    act = re.search(rf"(?<![\w])(?:{pattern})(?:\s+[\w'-]+){{0,3}}?\s*$", head)
    if act and re.match(r"[a-z]+s\b|makes\b", act.group(0)) and not re.match(r"\w+(?:able|ible)\b", act.group(0)):
        return True  # "Ana mints, her wallet 0x..": the act in the present
    return bool(re.search(rf"(?<![\w])(?:{pattern})\s+(?:(?:las|los|la|lo|les|le|li)\s+)?(?:hace|hacen|maneja|manejan|lleva|"
                          rf"gestiona|controla|fait|font|gere|gerent|macht|machen|fa|fanno|gestisce|faz|fazem|cuida|handles?|"
                          rf"does|runs?)(?:\s+[\w'-]+){{0,4}}?\s*$", head))


_GUESS_TURNED_DOWN = re.compile(
    r"(?<![\w])(?:anyone|anybody|everyone|everybody|all|jeder|jede|alle|todos|todo el mundo|cualquiera|tout le monde|"
    r"n'importe qui|chiunque|tutti|qualquer um|qualquer pessoa)\s*\??\s*[—–,-]+\s*(?:no|nope|nah|nein|non|nao)(?![\w])"
    r"[\s,!—–-]*(?:(?:doch|actually|en fait|plutot|in realta|anzi|en realidad|mejor|na verdade|wait)(?![\w])[\s,]*)?|"
    r"\s*[—–-]+\s*(?:no|nope|nah|nein|non|nao)(?![\w])[\s,!]*(?=(?:only|just|nur|doch nur|solo|seulement|seul|apenas|somente|"
    r"soltanto|solamente)(?![\w]))")
"""A guess turned down at once, before the hand that does it: "ausführen darf jeder — nein, doch nur 0x..",
"anyone can execute — no, only 0x..": the act's words reach the address past it."""


def _role_by_verb_before(before: str) -> str | None:
    """"Prägen darf nur 0x..", "pausar puede solo 0x..": the act and a modal or an "only" right before the address;
    "grant minting to the grooms' app 0x..": the act granted to it."""
    before = _GUESS_TURNED_DOWN.sub(" ", before)
    granted = re.search(r"(?<![\w])(?:grant|give|assign|hand)\w*\s+(?:the\s+)?(mint\w*|paus\w*|upgrad\w*)(?:\s+(?:rights?|"
                        r"role|power))?\s+to\b[^,.;:!?]{0,40}$", before)
    if granted:
        return _ACT_ROLES[granted.group(1)[:4]]
    that = re.search(r"(?<![\w])(?:das|dies|that|this|esto|eso|cela|ca|isso|questo|cio)\s+(?:darf|may|can|puede|peut|pode|puo|kann)"
                     r"\s+(?:nur|only|solo|seulement|apenas|soltanto)\s*[:=]?\s*$", before)
    if that:  # "neue Marken sollen geprägt werden können – das darf nur 0x..": the act said before, taken up by "das"
        acts_before = [(m.start(), role) for role, pattern in _ROLE_VERBS.items() if role in ("minter", "pauser")
                       for m in re.finditer(rf"(?<![\w])(?:{pattern})", before[:that.start()])]
        if acts_before:
            return max(acts_before)[1]
    later = re.search(r"(?<![\w])(?:can|may|will|should|shall)\s+(mint|pause|upgrade)\w*\b[^.;!?\n]{0,60},\s*(?:his|her|their|its)\s+"
                      r"(?:address|wallet)\s*(?:is|:)?\s*$", before)
    if later:  # "our accountant can pause it if anything goes wrong, his address is 0x.."
        return _ACT_ROLES[later.group(1)[:4]]
    act_done_by = re.search(r"(?<![\w])(?:the\s+)?(minting|pausing|upgrading|upgrades?)\s+(?:should|shall|will|must|can)\s+(?:do|make|"
                            r"be done by|be with|handle)\s+[^.;!?\n]{0,40},\s*(?:his|her|their|its)\s+(?:address|wallet)\s*(?:is|:)?\s*$",
                            before)
    if act_done_by:  # "The minting should do my cousin Jan, his wallet is 0x..": the act, then who does it
        return _ACT_ROLES[act_done_by.group(1)[:4]]
    acts = re.search(r"(?<![\w])(?:our|the|my|their|his|her)\s+[\w'-]+\s+(mints|pauses|upgrades)\s*\(\s*$", before)
    if acts:
        return _ACT_ROLES[acts.group(1)[:4]]  # "our bookkeeper mints (0x..)"
    from_wallet = _FROM_WALLET.search(before)
    for role, pattern in _ROLE_VERBS.items():
        if re.search(rf"(?<![\w])(?:{pattern})\s+(?:(?:{_MODALS})\s+(?:(?:{_ONLY_WORDS})\s+)?|(?:{_ONLY_WORDS})\s+)"
                     r"[:=]?\s*$", before):
            return role
        # "quem pode cunhar novos tokens é 0x..", "who can mint more is 0x..", "wer pausieren darf, ist 0x.."
        if re.search(rf"(?<![\w])(?:{_WHO}|the one who|la persona que|celui qui|aquele que|{_AUTHORISED})\s+"
                     rf"(?:(?:{_MODALS}|may|will|shall|puede|pourra|pueda|puedan|puisse|puissent|possa|possano|podra)\s+)?"
                     rf"(?:{pattern}{_ISSUE if role == 'minter' else ''})"
                     r"(?:\s+[\w'-]+){0,5}?(?:,?(?:\s+(?:is|e|es|est|ist|sera|sara|will be)\s*[:=]?|\s*[:=])|,)"
                     # "who can mint new tokens is my cousin 0x..": the holder described before the address
                     r"(?:\s*(?:my|our|the|his|her|meu|minha|nosso|nossa|mi|nuestro|nuestra|mon|ma|notre|mein\w*|unser\w*|"
                     r"il mio|la mia|il nostro|la nostra|o|a|el|la|le|il|lo|der|die|das)\s+[\w'-]+(?:\s+[\w'-]+)?"
                     # "Quem pode cunhar novos tokens: a carteira da produção 0x..": whose wallet, after it
                     # ("quem pode pausar é a Dra. Sofia 0x..": a title and a name)
                     r"(?:\s+(?:da|do|de|del|della|du|des|of|der)\s+[\w'-]+)?)?"
                     # "la que acuña es doña Eufemia, su cartera es 0x..": the holder named, then the wallet
                     r"(?:(?:\s+[\w'-]+){1,3},?\s+(?:su|his|her|their|sua|seu|sa|son|ihre?|la sua|il suo)\s+(?:cartera|billetera|"
                     r"wallet|address|direccion|carteira|endereco|portefeuille|adresse|portafoglio|indirizzo)"
                     r"(?:\s+(?:es|is|e|est|ist|:))?\s*[:=]?)?\s*$", before):
            # "y quien pueda pausar las transferencias, 0x..": a comma alone gives the address too
            return role
        if re.search(rf"(?<![\w])(?:{_WHO})\s+(?:(?:{_MODALS}|may|will|shall|pourra|pueda|"
                     rf"puisse|possa)\s+)?(?:{pattern})(?:\s+(?:the|as|os|los|las|les|die|i|gli|le|todas as|todas las|toutes les|"
                     r"all|alle|tutti i)\s+[\w-]+)?\s*[:=]?\s*$", before):
            return role  # "administrador 0x.. e quem pode pausar 0x..": the act's doer, the address right after it
        if re.search(rf"(?<![\w])(?:{pattern})\s+(?:{_MODALS})\s+(?:(?:{_ONLY_WORDS})\s+)?(?:[\w'-]+\s+){{0,4}}?"
                     r"(?:unter|bei|an|at|en|em|a|con|with|via|sur|su|mit|com|avec|\()\s*[:=]?\s*$", before):
            return role  # "pausieren darf allein die Revierzentrale unter 0x..", "prägen darf nur unser Kellermeister (0x.."
        if re.search(rf"(?<![\w])(?:{_MODALS}|may|will|shall)\s+(?:{pattern})\s*(?:-+>|=>|→)\s*$", before):
            return role  # "only Morag's wallet can mint -> 0x..": the arrow points at who may
        if role in ("minter", "pauser", "upgrader") and re.search(
                rf"(?:^|[;,:.!?\n(]\s*|(?<![\w])(?:y|and|et|und|e)\s+)(?:{pattern}{_ISSUE if role == 'minter' else ''})"
                r"\s*(?:-+>|=>|→|:|=)?\s*$", before):
            return role  # "mint->0x..; pause->0x..", "en manos distintas: emite 0x.., pausa 0x..": the act as a label
        if re.search(rf"(?<![\w])[A-Z]?[\w'-]+\s+(?:{_ANY_MODAL})\s+(?:be able to\s+)?(?:{pattern})"
                     r"(?:\s+[\w'-]+){0,6}?\s+[—–]\s*$", before):
            return role  # "Franco should be able to freeze transfers if something goes wrong — 0x..": the act, a dash
        if from_wallet and _act_from_wallet(pattern, before[:from_wallet.start()]):
            return role
        if re.search(rf"(?<![\w])(?:{pattern})[*_`]*\s*[:=][*_`]*\s*(?:(?:yes|si|oui|ja|sim|true|on)\s*[,;:]?\s*)?(?:but\s+|pero\s+|"
                     rf"mais\s+|aber\s+|mas\s+|ma\s+)?(?:(?:{_ONLY_WORDS})\s+)?(?:by|por|par|von|da|de)\s*[`*_]*\s*$", before):
            return role  # "**Minting:** yes, but only by `0x..`": a record's answer names the hand
        if role in ("minter", "pauser", "upgrader") and re.search(
                rf"(?<![\w])(?:{_MODALS}|may|will|shall)\s+(?:(?:{_ONLY_WORDS})\s+)?be\s+(?:{pattern})\s+(?:(?:{_ONLY_WORDS})\s+)?by\s+"
                r"(?:[\w'’-]+\s+){0,4}?(?:(?:wallet|address|account)\s*)?[:=]?\s*$", before):
            return role  # "New tokens can be minted only by Anna's wallet 0x..": the act said in the passive
        if role in ("minter", "pauser", "upgrader") and re.search(
                rf"(?<![\w])(?:{pattern})\s+(?:is|are|will be|shall be|gets|get)\s+(?:(?:done|handled|performed|managed|"
                rf"carried out|taken care of)\s+)?(?:(?:{_ONLY_WORDS})\s+)?by\s+(?:[\w'’-]+\s+){{0,4}}?"
                r"(?:(?:wallet|address|account)\s*)?[:=]?\s*$", before):
            return role  # "Minting is done only by our bookkeeper's wallet 0x.."
        if re.search(rf"(?<![\w])(?:{pattern})(?:\s+[\w'-]+){{0,3}}\s+(?:lo|la|le|il)\s+(?:puo|puede|pode|peut|possono|pueden|"
                     rf"podem|peuvent)\s+(?:fare|hacer|fazer|faire)\s+(?:(?:{_ONLY_WORDS}|solamente|somente)\s+)?"
                     r"(?:[\w'-]+\s+){0,4}?[\w'-]*,?\s*$", before):
            return role  # "coniare nuovi pezzi lo può fare solo mio figlio Antonio, 0x..": the act, then who does it
    return None


def _role_after(folded: lexicon.Folded, end: int) -> str | None:
    """"0x.. as the beneficiary", "0x.. (arbiter)", "0x.. is the seller", "0x.. may execute"."""
    after = re.sub(r"^\s*\)", " ", windows.after(folded.text, end, 70))  # "eu (0x..) sou o administrador": the address in brackets
    # "0x.. (our accountant in Olbia) is the one who can pause transfers": the act past the address's aside
    by_verb = _role_by_verb(after) or _role_by_verb(re.sub(r"^\s*\([^()]{0,40}\)", " ", after))
    if by_verb:
        return by_verb
    bracket = re.match(r"^\s*(?:only\s+|alone\s+)?\(([^()]{0,40})\)", after)
    if bracket:
        for role in ("minter", "pauser", "upgrader", "arbiter", "beneficiary"):
            # "by 0x.. only (that's the minter role)": the role named in the aside
            if re.fullmatch(rf"\s*(?:(?:that'?s|that is|this is|it'?s|i\.?e\.?,?|as)\s+)?(?:the\s+)?"
                            rf"(?:(?:rol|role|rolle|papel|ruolo|ruolo di|role de|rol de|papel de)\s+(?:de\s+|di\s+|du\s+)?)?"
                            rf"(?:{lexicon.ROLES[role]})\s*", bracket.group(1)):
                return role  # "la cuenta 0x.. (rol de acuñador)": the role named in brackets after the address
    after = re.sub(r"^\s*\((?!\s*\w+(?:[ _-]role)?\s*\))[^()]{0,40}\)", " ", after)  # "0x.. (a notary) acts as arbiter"
    given = re.match(r"^\s*(?:the|its|a)\s+(minter|pauser|admin|upgrader|proposer|executor)(?:'s)?\s+role\b", after) or \
        re.match(r"^\s*(?:is|will be|being)?\s*(?:the\s+)?(?:only|sole)?\s*(?:one|wallet|address|account)?\s*(?:with|holding|"
                 r"that holds|who holds|having)\s+(?:the\s+)?(?:default[_ ])?(minter|pauser|admin|upgrader|proposer|executor|"
                 r"canceller)[_ ]role\b", after) or \
        re.match(r"^\s*(?:(?:should|will|shall|must|can|may|is to|gets to|is going to)\s+)?(?:gets?|holds?|has|have|receives?|"
                 r"is given|be given|takes?|keeps?|obtains?)\s+(?:the\s+)?(?:default[_ ])?(minter|pauser|"
                 r"admin|upgrader|proposer|executor|canceller)(?:[_ ]role\b|(?:\s+rights)?\s*(?:[.,;!?)]|$|and\b))", after) or \
        re.match(r"^\s*(?:be|become|act as)\s+(?:the\s+)?(minter|pauser|admin|upgrader)\s*(?:[.,;!?)]|$|and\b)", after)
    if given:
        return given.group(1)  # "give our bot 0x.. the minter role", "0x.. holds DEFAULT_ADMIN_ROLE"
    if re.match(r"^\s*,?\s*(?:administers|administrates|runs|manages|oversees)\s+(?:everything|it all|the (?:whole|entire) "
                r"(?:thing|contract|token))\b", after):
        return "admin"  # "Hélène (0x..) administers everything"
    if re.match(r"^\s*,?\s*(?:keeps?|holds?|has|have|gets?|retains?)\s+(?:the\s+)?(?:highest|supreme|full|final|overall|top|"
                r"ultimate)\s+(?:authority|control|say|power|rights?)\b", after):
        return "admin"  # "the Abbot himself, at 0x.., keeps the highest authority over everything"
    # "(0x..), she gets the minter role": the holder named again by a pronoun
    relative = re.match(r"^\s*,?\s*(?:which|who|that|que|qui|die|der|das|che|il quale|la quale|she|he|they|ella|elle|ela|ele|"
                        r"lei|lui|er|sie)\s+(?:(?:will|shall|va|vai|"
                        r"vas|wird)\s+)?(?:gets?|holds?|has|takes?|receives?|fica com|ficara com|tem|tendra|tiene|recibe|"
                        r"se queda con|aura|a|recoit|prend|bekommt|erhalt|hat|ubernimmt|avra|ha|riceve|prende|terra)\s+"
                        r"(?:(?:the|o|el|le|la|die|den|il|l')\s*)?(?:(?:role|papel|rol|rolle|ruolo)\s+(?:(?:de|of|di|du|des|"
                        r"del|do|da)\s+)?(?:(?:the|la|el|le|o|a|il)\s+)?)?([\w-]+)", after)
    # the verb right after the address, the role's noun required: "0x.. ha il ruolo di minter", "tiene el rol de minter"
    relative = relative or re.match(
        r"^\s*(?:(?:will|shall|va|vai|wird)\s+)?(?:gets?|holds?|has|takes?|receives?|fica com|ficara com|tem|tendra|tiene|"
        r"recibe|recebe|recebera|se queda con|aura|a|recoit|prend|bekommt|erhalt|hat|ubernimmt|avra|ha|riceve|prende|terra)\s+"
        r"(?:(?:the|o|el|le|la|die|den|il|l')\s*)?(?:role|papel|rol|rolle|ruolo)\s+(?:(?:de|of|di|du|des|del|do|da)\s+)?"
        r"(?:(?:the|la|el|le|o|a|il)\s+)?([\w-]+)", after)
    for_act = re.match(r"^\s*(?:(?:will|shall|va|vai|wird)\s+)?(?:gets?|holds?|has|receives?|tem|tiene|recibe|a|recoit|"
                       r"bekommt|erhalt|hat|ha|riceve|avra|tendra)\s+(?:(?:the|o|el|le|la|die|den|il|l')\s*)?"
                       r"(?:role|papel|rol|rolle|ruolo)\s+(?:para|to|per|pour|de|zum|zu|um zu|pra)\s+(\w+)", after)
    acting_as = re.match(r"^\s*,?\s*(?:fica|ficara|queda|quedara|reste|resta|bleibt|stays|remains|acts|serves|sera|will be)\s+"
                         r"(?:como|comme|als|as|come|de)\s+(?:(?:the|o|a|el|la|le|l'|il|der|die)\s*)?(administrador\w*|"
                         r"administrat\w*|amministrat\w*|admin|minter|pauser)\b", after)
    if acting_as:
        return {"minter": "minter", "pauser": "pauser"}.get(acting_as.group(1), "admin")  # "0x.. fica como administradora"
    if for_act:
        role = next((r for r, pattern in _ROLE_VERBS.items() if re.fullmatch(rf"(?:{pattern})", for_act.group(1))), None)
        if role:
            return role  # "0x.. tiene el rol para pausar las transferencias", "has the role to mint"
    if relative:
        for role in ("admin", "minter", "pauser", "upgrader", "arbiter", "beneficiary", "proposer", "executor"):
            if lexicon.compiled(lexicon.ROLES[role]).fullmatch(relative.group(1)):
                return role  # "0x.., que fica com o papel de pauser", "0x.., which gets the minter role"
    # "0xA is the pauser and 0xB the admin": the role's noun after the address, its article kept
    named = re.match(r"^\s*[:–—-]?\s*(?:(?:the|our|el|la|le|o|a|il|der|die)\s+|l')?(?:(?:only|sole|unico|unica|seul|seule)\s+)?"
                     r"([^\W\d_]+)\s*(?:[,.;)]|$|\s(?:and|et|y|e|"
                     r"und|ed)\s)", after)
    if named:
        for role in ("admin", "minter", "pauser", "upgrader", "arbiter", "beneficiary"):
            if lexicon.compiled(lexicon.ROLES[role]).fullmatch(named.group(1)):
                return role  # "0x.. administrateur, 0x.. peut frapper": the role's noun right after the address
    if re.match(r"^\s*(?:(?:can|may|will|shall)\s+)?(?:hands? out|grants?|assigns?|manages?|gives? out|hand out|grant|assign|"
                r"manage|give out|administers?|administer)\s+(?:the\s+|all\s+)?roles\b", after):
        return "admin"  # "the board 0x.. hands out roles": who grants roles is the admin
    if re.match(r"^\s*,\s*(?:e|y|et|und|and|ed)\s", after):
        return None  # "propositores 0xA e 0xB, e o executor é 0xC": the conjunction "e", not the copula "é"
    bare_e = re.match(r"^\s*\(?\s*(e)\s", after)
    if bare_e and folded.original_text(end + bare_e.start(1), end + bare_e.end(1)) == "e":
        return None  # "admin 0xA e minter 0xB": the unaccented "e" is "and"; only "é", "è" say what 0xA is
    m = re.match(r"^\s*(?:\(|,)?\s*(?:as|is|=|->|→|will be|should be|must be|shall be|would be|has to be|needs to be|being|(?:acts?|serves?|will act|will serve|functions?) as|como|comme|"
                 # "I (0x..) stay admin", "0x.. bleibt Admin": the role kept
                 r"(?:will |shall )?(?:stay|stays|remain|remains)(?: as)?|reste|restent|bleibe|bleibt|sigo|sigue|sigo siendo|"
                 r"sigue siendo|continuo|continua|fico|fica|continuo a ser|resto|resta|"
                 r"als|come|e|es|est|ist|sera|am|sou|soy|suis|bin|sono|somos|sommes|siamo)\s+"
                 r"(?:(?:the|its|our|el|la|le|der|die|o|a|il)\s+|l')?(?:(?:sole|only|single|one|designated|official|main|default|"
                 r"unico|unica|seul|seule|einzige\w*|solo|sola)\s+)?(?:(?:role|rol|rolle|ruolo|papel)\s+)?"  # "as role admin"
                 r"(\w+(?:\s\w+)?)|^\s*\((\w+(?:\s\w+)?)\)", after)
    if not m:
        return None
    word = m.group(1) or m.group(2)
    for role, pattern in lexicon.ROLES.items():
        if lexicon.compiled(pattern).match(word):
            return role
    return None


_ESCROW_ACTS = {
    # who settles a dispute: "the title company decides: 0x..", "c'est notre commissaire qui tranche : 0x.."
    "arbiter": r"decides?|decided|makes? the (final )?call|(settles?|resolves?|rules? on|sorts? out) (it|(any |all |the )?"
               r"(disputes?|arguments?|disagreements?|conflicts?|quarrels?|fights?))|judges?|adjudicat\w*|mediat\w*|arbitrat\w*|"
               r"(if|when|should) (they|we|both|the parties|[\w']+ and [\w']+( [\w']+)?) disagree|in case of (a )?(dispute|disagreement)|"
               r"tranch\w*|arbitr\w*|en cas de (desaccord|litige|conflit)|"
               r"decid(e|ira|iran)|en caso de (disputa|desacuerdo|conflicto)|"
               r"entscheide\w*|im streitfall|bei (streit|uneinigkeit)|"
               r"decid(e|ira)|em caso de (disputa|desacordo|litigio)|"
               r"decid(e|era|ono)|in caso di (disputa|controversia|disaccordo|lite)|"
               # "resolve qualquer litígio", "resuelve cualquier disputa", "règle les litiges", "risolve le controversie"
               r"(resolve|resolvera|resuelve|resolvera|regle|reglera|risolve|risolvera|schlichtet|klart|dirime)\s+"
               r"(qualquer|quaisquer|cualquier|todo|toda|os|as|los|las|les|tout|tous|toute|i|gli|le|ogni|jeden|alle|die)?\s*"
               r"(litigi\w*|disputas?|conflit\w*|conflict\w*|conflit\w*|controvers\w*|desacuerdos?|desacordos?|disaccord\w*|"
               r"differend\w*|streit\w*|litige\w*)",
    # who pays in: "pays in from 0x..", "0x.. will put the payment into escrow", "versera les fonds depuis 0x.."
    "buyer": r"pays?( in)?( from)?|paying in|(is|are|will be) (paying|buying)|buys|deposits?|(my |our |the |his |her |their )?(payment|money|deposit)s? (will )?"
             r"comes? from|puts? (the )?(payment|money|funds|deposit) (into|in)|funds? (it|the escrow)|"
             r"paiera|paier\w*|payons|versera|verse|depose\w*|paga(ra)?|pago|pagos|pagamos|pagaremos|depositara|deposita|"
             r"pagara|zahlt( ein)?|zahle|zahlen|einzahl\w*|uberweist|pagher\w*|paghiamo|versa|depositer\w*|paie|paient|"
             r"pagam|pague|paghera|paga|"
             # "Um restaurante em Lisboa (0x..) encomendou 2.000 pasties": who orders the goods buys them
             r"orders|ordered|encomend\w*|bestellt\w*|commande\w*|ordin(a|o|ato|ano)|pidio|pide|encarg\w*",
    # who is paid: "the contractor at 0x.. receives it", "l'artisan recevra les fonds sur 0x.."
    "seller": r"receives?|gets? (it|paid|the (money|funds|payment))|is paid|(est|sera|sont|seront) payee?s?|"
              r"(es|sera|son) pagad[oa]s?|(e|sera|sao) pag[oa]s?|(wird|werden) bezahlt|(e|viene|sara) pagat[oa]|recevra|recoit|recibe|recibira|erhalt|empfangt|"
              # "ellos cobran en 0x..", "nous encaissons sur 0x..": who is paid
              r"cobran?|cobro|cobramos|cobrara|cobraran|recibo|recibimos|encaisse\w*|kassier\w*|incass\w*|recebem|recebo|"
              r"bekommt|bekommen|riceve|ricevera|recebe|recebera|recebemos|riceviamo|recevons|empfangen|erhalten|"
              # "the money should come to me at 0x..", "the payment goes to me at 0x.."
              r"(comes?|goes?|go|be sent|be paid|is sent|released) to me|released|paid out|"
              # "payment goes to the launch operator 0x..", "the payout goes to our company wallet 0x.."
              r"(payment|payout|money|funds|proceeds) (goes|go|is paid|is sent|will go) to|(viene|va) (a mi|para mi)|(vient|va) (a moi|chez moi)|"
              r"(kommt|geht) (an|zu) mir|(vem|vai) (para mim|pra mim)|(viene|va) a me",
}
"""What each escrow party does, for an address the sentence names by the act ("pays in from", "receives it",
"decides"), not by the role word."""
_PARTIES = {"escrow": {"buyer", "seller", "arbiter"}, "timelock": {"proposer", "executor", "canceller", "admin"}}
"""The roles of a family whose parties are named by what they do: any other role word beside one of its addresses
(an owner, a recipient) describes the person, and the act decides the party."""
_TIMELOCK_ACTS = {"proposer": r"propo\w*|vorschlag\w*|vorzuschlagen|schedul\w*|queue\w*|einplan\w*|einzuplanen|planifi\w*|"
                              r"program\w*|agend\w*|submit\w*|soumet\w*|put forward|put (?:it|them|things|actions) in",
                  "executor": r"execut\w*|ejecut\w*|ausfuhr\w*|auszufuhren|esegu\w*|execu\w*|carr(?:y|ies) (?:it |them )?out"}
"""What a timelock's proposer (schedules, queues) and executor (carries out) do, for an address named by its act."""
_TIMELOCK_ACT_AFTER = (r"^\s*(?:\([^()]{{0,40}}\)\s*)?(?:alone\s+|only\s+|also\s+)?(?:(?:may|can|will|shall|is allowed to|gets to|darf|"
                       r"durfen|kann|konnen|puede|pueden|peut|peuvent|pode|podem|puo|possono)\s+)?(?:also\s+|only\s+)?(?:(?:les|la|le|them|it|sie|es|los|las|li|lo|os|as)\s+)?(?:{act})(?![\w])")
"""'0x.. proposes', '0x.. may schedule operations', '0x.. darf ausführen': the act said right after the address."""


def _role_by_act(folded: str, start: int, end: int, previous_end: int, next_start: int, family: str) -> str | None:
    """The escrow party or timelock role an address plays, read from the acts around it in its stretch of the
    sentence (from the address before it to the one after it)."""
    lo = max(previous_end, max(folded.rfind(c, 0, start) for c in ".;!?\n") + 1)
    hi = min(next_start, min([i for i in (folded.find(c, end) for c in ".;!?\n") if i >= 0] + [len(folded)]))
    if family == "escrow":
        if lexicon.find(_ESCROW_ACTS["arbiter"], folded[lo:start]):
            return "arbiter"
        settles_after = lexicon.find(_ESCROW_ACTS["arbiter"], folded[end:hi])
        if settles_after and not (hi == next_start and re.search(r",|(?<![\w])(?:and|y|et|und|e|ed)(?![\w])",
                                                                   folded[end:end + settles_after[0].start()])):
            return "arbiter"  # (not "0xA, e in caso di contestazione decide il direttore, 0xB": the act introduces 0xB)
        if re.search(r"(?<![\w])(?:buy|buying|bought|purchas(?:e|ed|ing)|order(?:ed|ing)?|compr(?:o|a|amos|ando|ar|ei|ou)|"
                     r"achet(?:e|ons|ant|er|ez)|kauf(?:e|en|t)|acquist(?:o|iamo|ando|are))"
                     r"(?:\s+(?!(?:will|shall|would|pays?|paying|paid|deposit\w*|paga\w*|versa\w*|zahl\w*)\b)[\w'-]+){0,6}?"
                     r"\s+(?:from|de|chez|von|bei|da|di|dal|dalla|do)\s+(?:[\w'-]+\s+){0,5}?[:=(]?\s*$", folded[lo:start]):
            return "seller"  # "buying a restored Fresnel lens from a dealer in Visby (0x..)": whom it is bought from
        for role in ("buyer", "seller"):
            # "the team pays from 0x..", "the mechanic receives to 0x..": the act and its preposition lead to the address
            # "the roaster deposits the payment from 0x..": a few words may stand between the act and its preposition
            if re.search(rf"(?<![\w])(?:{_ESCROW_ACTS[role]})(?:\s+[\w']+){{0,3}}?\s+(?:from|to|at|on|into|in|via|with|de|"
                         r"desde|depuis|sur|a|an|von|auf|aus|da|dal|em|para|su)\s+(?:[\w']+\s+){0,3}?[:=]?\s*$",
                         folded[lo:start]):
                return role
        near = []
        for role in ("buyer", "seller"):
            for m in lexicon.find(_ESCROW_ACTS[role], folded[lo:hi]):
                at = lo + m.start()
                near.append((min(abs(at - start), abs(at - end)), role))
        return min(near)[1] if near else None
    if family == "timelock":
        for role, pattern in _TIMELOCK_ACTS.items():
            if re.match(_TIMELOCK_ACT_AFTER.format(act=pattern), folded[end:hi]):
                return role  # "the committee 0x.. proposes", "0x.. may schedule operations"
        before = folded[lo:start]
        for role, pattern in _TIMELOCK_ACTS.items():
            if re.search(rf"(?<![\w])(?:{pattern})(?:\s+[\w'-]+){{0,4}}?\s*[:=]?\s*$", before):
                return role  # "vorschlagen dürfen 0x..", "può proporre solo 0x.."
        named = [(m.end(), role) for role in _PARTIES["timelock"] for m in lexicon.find(lexicon.ROLES[role], before)]
        if named:
            return max(named)[1]  # "executors are the chair and the treasurer 0x..": the party its clause names
    return None


def _role_of_words(words: str, whole: bool) -> str | None:
    words = re.sub(r"^(the|our|my|el|la|le|der|die|o|a|il)\s+", "", lexicon.fold(words).strip(" *_`:"))
    for role, pattern in lexicon.ROLES.items():
        if (lexicon.compiled(pattern).fullmatch(words) if whole else lexicon.find(pattern, words)):
            return role
    return None


_TABLE_RULE = re.compile(r"\|(?:\s*:?-{2,}:?\s*\|)+")


def _table_role(text: str, position: int) -> tuple[str | None] | None:
    """The role of an address in a row of a markdown table (its lines may arrive joined): a row's label
    cell that is wholly a role word ("| buyer | 0x.. |"), else a role word in the header ("| recipient |
    address | share |"). A label that only describes the row ("| Admin costs | 0x.. | 20% |") binds
    nothing. None when the address is not in a table."""
    rule = None
    for m in _TABLE_RULE.finditer(text, 0, position):
        rule = m
    if rule is None:
        return None
    columns = rule.group(0).count("|") - 1
    header_cells = text[:rule.start()].split("|")[-columns - 1:-1] if columns else []
    offset, cells = rule.end(), []
    for cell in text[rule.end():].split("|"):
        cells.append((offset, cell))
        offset += len(cell) + 1
    row: list[str] | None = None
    for k in range(1, len(cells), columns + 1):  # every row ends "|" and the next opens "|": one blank cell
        group = cells[k:k + columns]
        if len(group) < columns or (k > 1 and cells[k - 1][1].strip()):
            return None  # the table ended before the address
        if group[0][0] <= position < group[-1][0] + len(group[-1][1]):
            row = [c for _, c in group]
            break
    if row is None:
        return None
    for cell in row:
        role = None if ADDRESS_RE.search(cell) else _role_of_words(cell, whole=True)
        if role:
            return (role,)
    for cell in header_cells:
        role = _role_of_words(cell, whole=False)
        if role:
            return (role,)
    return (None,)


_NAMED_TOKEN = re.compile(
    r"(?<![\w])(?:tokens?|jetons?|fichas?|gettoni|gettone|moedas?|munzen)"
    r"(?:,? \(?(?:existing|existant|existante?|esistente|it|esta|sta|vorhandene\w*|bestehende\w*|already|deployed|deploye|desplegado|"
    r"implantado|at|auf|em|unter|de|di|of|da|du|del|della|do|vote|votes|voto|votos|voting|governance|gouvernance|"
    r"all'indirizzo|a l'adresse|l'adresse|en la direccion|no endereco|unter der adresse|address|adresse|direccion|"
    r"endereco|indirizzo|contract|contrato|contrat|vertrag|contratto|la|le|der|die|das|the|its|our|notre|nuestro|"
    r"nosso|nostro|societe|sociedad|sociedade|societa|club|clube|verein\w*|que|ja|ya|gia|existe|exists|exist|esiste|"
    r"existiert|bereits|that|which|is|qui|deja|est|ist|e)){0,7}\s*[:=]?\s*$")
""""the token 0x..", "notre jeton de vote existant : 0x..", "token di voto della società all'indirizzo 0x..": the token
named by the address right after it (never "send tokens to 0x..": "to" is no word of this list)."""


_PREDICATE = re.compile(r"^\s*(?:is|will be|shall be|acts? as|serves? as|es|est|ist|e|sera|sara|wird)\s+(?:the|el|la|le|der|die|"
                        r"o|a|il|l')?\s*(?:default|main|sole|only|principal|principale?|haupt)?")
""""the treasurer 0x.. is the default admin": a role said of the address with a verb outranks the description
before it (an aside in brackets does not)."""


_DISOWNED = re.compile(r"[^.;!?\n()]{0,80}?(?<![\w])(?:(?:don'?t|do not|never|please don'?t|pls don'?t) (?:use|send to|add|"
                       r"include) (?:that|this|it|that one|this one)|not (?:that|this) one|(?:ignore|skip) (?:that|this|it)(?: one)?|"
                       r"(?:is|was|got) (?:lost|stolen|compromised|hacked)|went (?:in|into) the (?:river|sea|lake|water|sink))"
                       r"(?![\w])", re.IGNORECASE)
"""Words after an address that take it back: "went in the river with my phone, DONT use that one"."""


def bind(text: str, folded: lexicon.Folded, family: str) -> Binding:
    binding = Binding()
    matches = list(ADDRESS_RE.finditer(text))
    previous: BoundAddress | None = None
    for m in matches:
        fs, fe = folded.folded_position(m.start()), folded.folded_position(m.end())
        role = None
        listed = False
        bound_from = m.start()
        found = _role_before(folded, fs)
        if found and previous and re.fullmatch(
                r"\s*(?:is|è|é|es|est|ist|will be|should be|must be|shall be|would be|has to be|sera|será|sarà|wird|soll)\s+"
                r"(?:(?:the|l'|l’|il|lo|la|le|el|o|a|der|die|das|"
                r"our|nuestro|nuestra|notre|nosso|nossa|il nostro|la nostra)\s*)?",
                text[previous.end:folded.source(found[1], found[2])[0]], re.IGNORECASE):
            found = None  # "0xA è l'amministratore e 0xB ha il ruolo di minter": that role word was 0xA's predicate
        if found and re.search(r"(?<![\w])(?:no|not|without|sin|sans|senza|sem|kein\w*|nessun\w*|ningun\w*|aucun\w*)\s+"
                               r"(?:single\s+|one\s+|unico\s+|unica\s+|seul\s+|einzige\w*\s+)?$",
                               folded.text[max(0, found[1] - 20):found[1]]):
            found = None  # "No single owner: 0xA should be the admin": a role turned down names no address
        stated_after = _role_after(folded, fe)
        if stated_after and found and found[0] != "recipient" and re.fullmatch(r"[\s:=(-]*", folded.text[found[2]:fs]) and \
                not _PREDICATE.match(windows.after(folded.text, fe, 30)) and \
                not re.match(r"\s*(?:\w+\s+){0,3}?(?:the\s+)?(?:minter|pauser|admin|upgrader|proposer|executor)[_ ]role\b",
                             windows.after(folded.text, fe, 50)):  # "our treasurer 0x.. gets the minter role": the role given wins
            stated_after = None  # "minter 0x.. (treasurer)", "owner 0x.. can pause it": the role word right before wins
        # "0xA (project lead) and 0xB (our governor)": an aside after a listed address keeps the list going
        # and "the dean (0xA) and the secretary (0xB)": the brackets around each address
        gap_to_previous = re.sub(r"\([^()]{0,60}\)|^\s*\)|\(\s*$", " ", text[previous.end:m.start()]) if previous else None
        table = _table_role(text, m.start())
        if table is not None:
            found, stated_after = None, None  # in a table the columns, not the row's description, give the role
            role = table[0]
            if role in ("recipient", "owner") and family == "splitter":
                role = "payee"  # the recipients of a split are its payees
        since = folded.folded_position(previous.end) if previous else 0  # never past the address before it
        width = min(80, fs - since)
        words_before = windows.before(folded.text, fs, width)
        verb_before = _role_by_verb_before(words_before) if table is None else None
        if role:
            pass
        elif stated_after:
            role = stated_after  # "0x.. is the seller", "0x.. (arbiter)"
        elif verb_before:
            role = verb_before  # "Prägen darf nur 0x..", "pause can only 0x.."
            act = list(re.finditer(rf"(?<![\w])(?:{_ROLE_VERBS.get(role, '$^')})", words_before))
            if act:  # the act's words are the binding's too ("las pausas las maneja la secretaría con 0x..")
                bound_from = folded.source(fs - width + act[-1].start(), fs - width + act[-1].end())[0]
        elif previous and gap_to_previous is not None and family != "escrow" and (
                found is None or folded.source(found[1], found[2])[0] <= previous.start
                # "Proposers: chair 0xA and treasurer 0xB": a holder's title that only guesses a recipient names the next
                or found[0] == "recipient" and previous.role in lexicon.LIST_ROLES and _described_next(gap_to_previous)) \
                and (_LIST_GAP.match(gap_to_previous) or previous.role in lexicon.LIST_ROLES and _described_next(gap_to_previous)):
            role = previous.role  # "owners 0xA, 0xB and 0xC" (an escrow's three parties are never a list)
            bound_from = m.start()
            listed = True
        elif found:
            role = found[0]
            bound_from = folded.source(found[1], found[2])[0]
            between = folded.text[found[2]:fs]
            if re.search(r"\d+\s*(%|percent)|/\d", between) and role != "payee":
                role = "payee"
        after = windows.after(folded.text, fe, 40)
        if role in (None, "owner") and family != "splitter" and re.search(
                r"\d\s*(%|percent|por ?ciento|pour ?cent|prozent|por ?cento|per ?cento)\s*"
                r"(?:(?:of|on|from) (?:every|each|all|any) [\w-]+\s+)?(?:should |must |will |shall )?"
                r"(?:comes? back|go|goes|flows?|be paid|be sent|paid|sent|is paid|is sent)\s+(to|back to)\s+"
                r"(?:me|us|(?:the|our|my)\s+[\w'-]+(?:\s+[\w'-]+)?)\s*(?:at|:|,)?\s*$",
                windows.before(folded.text, fs, 60)):
            role = "recipient"  # "whenever one gets resold, 10% should come back to me at 0x..": who receives it
        if role is None and re.search(r"\d\s*(%|percent|por ?ciento|pour ?cent|prozent|por ?cento|per ?cento)\s*"
                                      r"(?:\w+\s+)?(to|for|a|para|pra|pro|pour|an|fur|per|al|alla|au|aux|ao|zur|zum|-+>|=>|→)"
                                      r"(?:\s+[\w'-]+){0,3}?\s*(?:at|:|,|en|em|bei|"
                                      r"su|sur|in)?\s*[`'\"]?\s*$", windows.before(folded.text, fs, 60)):
            role = "payee" if family == "splitter" else "recipient"  # "royalties: 7.5% to 0x..": who receives it
        clause = re.split(r"[;!?\n]|(?<!\.)\.(?![\d.])", windows.before(folded.text, fs, 120))[-1]  # ("2.5% ... to", "7.5%... hmm")
        if role is None and re.search(r"(?<![\w])(royalt\w*|regalias?|redevances?|lizenzgebuhr(?:en)?|tantiemen|royalties|"
                                      r"diritti d'autore|direitos autorais|roialties)(?![\w]).*(?<![\w])(to|for|at|a|para|pra|pro|pour|"
                                      r"an|fur|per|al|ao|alla|au|auf|verso|hacia|vers|sul|sulla|sur|sobre|na|nel|nella|"
                                      r"all(?='))(?:(?![\w])|'(?=\w))", clause):
            role = "recipient"  # "5% royalties on every resale straight to our artist wallet 0x..": who receives them
        if role is None and _NAMED_TOKEN.search(windows.before(folded.text, fs, 70)):
            role = "token"  # "staking for the token 0x..": the token named by the address right after it
        if role is None and re.match(r"^\s*(gets|receives|takes|recibe|recoit|erhalt|recebe|riceve|:)?\s*\d", after):
            role = "payee"
        if role is None and re.search(rf"(?<![\w])({_BETWEEN})(?![\w])", windows.before(folded.text, fs, 40)):
            role = "payee"
        if family in _PARTIES and role not in _PARTIES[family]:  # "shop owner 0x.. settles disputes": an escrow has no owner
            later = [folded.folded_position(n.start()) for n in matches if n.start() > m.start()]
            role = _role_by_act(folded.text, fs, fe, folded.folded_position(previous.end) if previous else 0,
                                later[0] if later else len(folded.text), family) or role
        if re.match(r"[^.;!?\n]{0,25}?(?<![\w])(?:instead|en su lugar|a la place|stattdessen|invece|em vez disso|em seu "
                    r"lugar)(?![\w])", folded.text[fe:]):
            role = "replacement"  # "use 0x.. for me instead": which address it replaces is for the asker to say
        if _DISOWNED.match(folded.text[fe:]):
            continue  # "(my old wallet 0x.. went in the river with my phone, DONT use that one.)": no party at all
        role = role or "unlabeled"
        bound = BoundAddress(checksum(m.group(0)), role, bound_from, m.end(), text[bound_from:m.end()], listed)
        binding.addresses.append(bound)
        previous = bound
    for this, later in reversed(list(zip(binding.addresses, binding.addresses[1:]))):
        later_address = later.end - _ADDRESS_LENGTH  # where the address itself starts (`start` is its role words')
        gap = re.sub(r"\([^()]{0,60}\)", " ", text[this.end:later_address])
        if this.role == "unlabeled" and later.role != "unlabeled" and later.start == later_address and \
                _LIST_GAP.match(gap):
            this.role, this.listed = later.role, True  # "only 0xA + 0xB may propose": the role said after the list
    _wallet_named_again(text, folded, binding)
    _same_again(text, folded, binding)
    _two_roles_one_address(text, binding)
    _same_person_acts(text, folded, binding)
    _list_taken_back(text, binding)
    _person_named_again(text, binding)
    _title_named_for_act(text, folded, binding)
    _role_same_as_another(folded, binding)
    _named_person_given_a_role(text, binding)
    binding.shares = _reversed_if_asked(text, _shares(text, folded, binding.addresses))
    return binding


_TWO_ROLES = re.compile(r"(?<![\w])([\w-]+)\s+(?:and|&|y|et|und|e)\s+([\w-]+)(?:\s+(?:both|together|ambos|ambas|tous les deux|"
                        r"beide|entrambi|os dois))?\s*(?:is|are|will be|:|=|es|son|est|sont|ist|sind|sao|sono)?\s*"
                        r"(0x[0-9a-fA-F]{40})(?![0-9a-fA-F])", re.IGNORECASE)


def _two_roles_one_address(text: str, binding: Binding) -> None:
    """"Proposer and executor both is 0x..": one address given two roles at once holds both."""
    for m in _TWO_ROLES.finditer(text):
        roles = [next((r for r, p in lexicon.ROLES.items() if lexicon.compiled(p).fullmatch(lexicon.fold(w))), None)
                 for w in (m.group(1), m.group(2))]
        if None in roles or roles[0] == roles[1]:
            continue
        at = next((n for n, b in enumerate(binding.addresses) if b.end == m.end(3)), None)
        if at is None or binding.addresses[at].role not in roles:
            continue
        other = roles[1] if binding.addresses[at].role == roles[0] else roles[0]
        bound = binding.addresses[at]
        binding.addresses.insert(at, BoundAddress(bound.address, other, m.start(), m.end(3), text[m.start():m.end(3)]))


_SELF = (r"(?<![\w])(?:(?:she|he|they|ella|elle|sie|er|lei|ela|ele)(?:\s+(?:herself|himself|themselves|misma|mismo|meme|"
         r"selbst|stessa|stesso|mesma|mesmo))?|(?:el|il|lui)\s+(?:mismo|meme|stesso))\s+(?:(?:too|also|tambien|aussi|auch|anche|"
         r"tambem)\s+)?")
_THE_ONE_WHO = (r"(?:is|es|est|ist|e|sera|will be)\s+(?:(?:also|tambien|aussi|auch|anche|tambem)\s+)?(?:la que|el que|"
                r"the one who|celle qui|celui qui|quella che|quello che|a que|o que|die|der)\s+(?:(?:{modals})\s+)?({verb})(?![\w])")
_HAND_ROLES = ("admin", "minter", "pauser", "upgrader")


def _same_person_acts(text: str, folded: lexicon.Folded, binding: Binding) -> None:
    """"La administradora es Marisol, 0xA, y ella misma es la que pausa": a hand named with its address, then said by a
    pronoun to do another act, holds that role too."""
    for m in re.finditer(_SELF, folded.text):
        start, end = folded.source(*m.span())
        earlier = [b for b in binding.addresses if b.end <= start]
        if not earlier or earlier[-1].role not in _HAND_ROLES or start - earlier[-1].end > 160 or \
                len(re.findall(r"[.!?\n](?:\s|$)", text[earlier[-1].end:start])) > 1:
            continue
        clause = re.split(r"[.;!?\n]", folded.text[m.end():m.end() + 80])[0]
        clause = re.sub(r"(?<![\w])(?:aussi|auch|ebenfalls|anche|tambien|tambem)\s+", "", clause)
        if ADDRESS_RE.search(clause):
            continue
        role = _role_by_verb(clause) or next((r for r, verb in _ROLE_VERBS.items() if r in _HAND_ROLES and re.match(
            _THE_ONE_WHO.format(modals=_MODALS, verb=verb), clause)), None)
        if role not in _HAND_ROLES or any(b.address == earlier[-1].address and b.role == role for b in binding.addresses):
            continue
        binding.addresses.insert(len(earlier), BoundAddress(earlier[-1].address, role, start, end, text[start:end], True))


_ONLY = re.compile(r"(?<![\w])(?:only|just|solo|solamente|seul|seule|seulement|nur|apenas|somente|soltanto)(?![\w])", re.I)


def _list_taken_back(text: str, binding: Binding) -> None:
    """"executors: 0xA and 0xB – no wait, scratch that, only 0xB executes": a list role given again after a correction,
    with "only", replaces the list given before it."""
    for bound in list(binding.addresses):
        if bound.role not in lexicon.LIST_ROLES or bound.listed or bound not in binding.addresses:
            continue
        earlier = [b for b in binding.addresses if b.role == bound.role and b.end <= bound.start]
        address_start = bound.end - _ADDRESS_LENGTH
        if not earlier or not re.search(rf"(?<![\w])(?:{naming.CORRECTIONS})(?![\w])", text[earlier[-1].end:bound.start],
                                        re.IGNORECASE) or not _ONLY.search(text[max(earlier[-1].end, address_start - 40):
                                                                                bound.end + 40]):
            continue
        for b in earlier:
            binding.addresses.remove(b)


def _person_named_again(text: str, binding: Binding) -> None:
    """"Proposer is our president 0xA, executors are the president and the cashier 0xB" (or "Executors: board wallet
    plus our treasurer 0xB"): a person named before with their address, named again in a list role's words, is that
    address in the role."""
    for bound in list(binding.addresses):
        if bound.role not in lexicon.LIST_ROLES:
            continue
        before = [b for b in binding.addresses if b.end <= bound.start]
        segment = text[max(before[-1].end if before else 0, bound.end - _ADDRESS_LENGTH - 60):bound.end - _ADDRESS_LENGTH]
        for m in re.finditer(r"(?:(?<![\w])(?:the|our|my)\s+|(?<=:)\s*)([a-z][\w-]{2,})(?:\s+(?:wallet|address|account|safe))?"
                             r"(?:\s+(?:again|too|also|as well))?\s+(?:and|&|plus|,|or(?:\s+by)?)\s", segment, re.IGNORECASE):
            earlier = re.search(rf"(?<![\w])(?:our|the|my)\s+{re.escape(m.group(1))}(?:['’]s)?"
                                rf"(?:\s+(?:wallet|address|account|safe))?\s*[:(,]?\s*(?:is\s+|at\s+)?(0x[0-9a-fA-F]{{40}})(?![0-9a-fA-F])",
                                text[:bound.start], re.IGNORECASE)
            start = max(before[-1].end if before else 0, bound.end - _ADDRESS_LENGTH - 60) + m.start()
            group = [b for b in binding.addresses if b.role == bound.role]
            if earlier is None and re.match(r"(?:the|our|my)\s", m.group(0), re.IGNORECASE) and "&" not in m.group(0) and \
                    bound.start <= start + m.start(1) - m.start() and \
                    len(group) == len([b for b in group if b.start <= start + m.start(1) - m.start()]) and \
                    not re.fullmatch(r"same|other|others|rest|two|three|both|all|whole|new|wallet|address|account|safe",
                                     m.group(1), re.IGNORECASE):
                # ("the executors are the CFO or the ops lead 0x..": inside the role's own words, not a list of names
                # given before all the addresses, "my two brothers, our mother and me: 0xA, 0xB, 0xC, 0xD")
                said = re.sub(r"(?:\s+(?:again|too|also|as well))?\s*(?:and|&|plus|,|or(?:\s+by)?)\s*$", "", m.group(0))
                binding.unaddressed.append((bound.role, said.strip(), start))
            if earlier is None or any(b.address == earlier.group(1) and b.role == bound.role for b in binding.addresses):
                continue
            at = binding.addresses.index(bound)
            binding.addresses.insert(at, BoundAddress(earlier.group(1), bound.role, bound.start, bound.end, m.group(0), True))


_TITLE_ACTS = re.compile(
    rf"(?<![\w])(?:(?:{_ONLY_WORDS})\s+)?(?:the|our|my|el|la|le|il|o|a|der|die|unser\w*|nuestro|nuestra|notre|nosso|nossa)\s+"
    r"([a-z][\w-]{2,})\s+(?:(?:alone|only|solo|seul|allein)\s+)?(?:(?:can|may|will|shall|is to|gets to)\s+)?"
    r"(execut\w*|ejecut\w*|esegu\w*|fuhrt\w* (?:\w+ )?aus|propos\w*|schedul\w*|queue\w*|mint\w*|paus\w*)(?![\w])|"
    r"(?<![\w])(executors?|ejecutores?|executeurs?|executores?|esecutori|proposers?|minter|pauser|admin)\s*(?:[:=]|(?:is|are|"
    r"will be|should be|shud be|shall be)\s)\s*"
    rf"(?:(?:{_ONLY_WORDS})\s+)?(?:the|our|my)\s+([a-z][\w-]{{2,}})(?=\s*(?:[.;!?\n,]|$|only\b|alone\b|too\b|also\b|as well\b|"
    r"again\b))")
"""A holder named by a title and an act, without an address: "only the treasurer executes", "Executors: the
treasurer"."""
_ACT_ROLES = {"exec": "executor", "ejec": "executor", "eseg": "executor", "fuhr": "executor", "prop": "proposer",
              "sche": "proposer", "queu": "proposer", "mint": "minter", "paus": "pauser", "upgr": "upgrader",
              "admi": "admin"}
"""A role by the first four letters of its act's word (folded): "executes" -> executor, "pausing" -> pauser."""


def _title_named_for_act(text: str, folded: lexicon.Folded, binding: Binding) -> None:
    """"Proposers: chair 0xA and treasurer 0xB. Executors: both of them — no, scratch that, only the treasurer executes":
    the title given once with an address, named again with an act (or after a role's label), is that address in the
    act's role; the last such naming of a list role replaces what its role held before."""
    for m in _TITLE_ACTS.finditer(folded.text):
        title, act = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        start, end = folded.source(*m.span())
        clause = re.split(r"[.;!?\n]", folded.text[m.end():])[0]
        if ADDRESS_RE.search(text[start:end]) or re.match(r"\s*[:(,]?\s*(?:is\s+|at\s+)?0x", clause):
            continue
        address = None
        for said in re.finditer(rf"(?<![\w]){re.escape(title)}(?![\w])", folded.text[:m.start()]):
            given = re.match(r"(?:['’]s)?(?:\s+(?:wallet|address|account|safe))?\s*[:(,]?\s*(?:is\s+|at\s+)?"
                             r"(0x[0-9a-fA-F]{40})(?![0-9a-fA-F])", text[folded.source(*said.span())[1]:], re.IGNORECASE)
            address = checksum(given.group(1)) if given else address
        role = _ACT_ROLES.get(lexicon.fold(act)[:4])
        if address is None or role is None or title in ("owner", "owners", "admin", "deployer", "creator") or \
                any(b.address == address and b.role == role for b in binding.addresses):
            continue
        before = [b for b in binding.addresses if b.role == role and b.end <= start]
        if role in lexicon.LIST_ROLES and before and (_ONLY.search(folded.text[m.start():m.end()]) or re.search(
                rf"(?<![\w])(?:{naming.CORRECTIONS})(?![\w])", text[before[-1].end:start], re.IGNORECASE)):
            for b in before:
                binding.addresses.remove(b)  # "executors 0xA — no, only the treasurer executes": the list given again
        at = len([b for b in binding.addresses if b.end <= start])
        binding.addresses.insert(at, BoundAddress(address, role, start, end, text[start:end], True))


_SAME_AS_ANOTHER = re.compile(
    r"(?<![\w])(minter|pauser|upgrader|admin)\s*(?:[:=]|->|=>|→|(?:is|will be|should be|shud be|shall be|goes to)\s)\s*"
    r"(?:also\s+)?(?:the\s+)?(?:same\s+(?:one\s+|wallet\s+|address\s+)?as\s+(?:the\s+)?)?(admin|minter|pauser|upgrader)"
    r"(?:[\s,]+(?:too|also|as well))?(?=\s*(?:[.;!?\n,)]|$|too\b|also\b))")
"""A role given to another role's holder: "pauser = same as admin", "the pauser will be the admin too"."""


_SAME_WALLET_AS = re.compile(
    r"(?<![\w])(minter|pauser|upgrader|admin)\s*,?\s*(?:it|that|this one|that one)\s+(?:should|will|must|shall|can)?\s*be\s+"
    r"the\s+same\s+(?:wallet\s+|address\s+|one\s+|account\s+)?as\s+(?:the\s+)?(admin|minter|pauser|upgrader)(?![\w])")
"""A role's address taken back for another role's: "scrap that pauser, it should be the same wallet as admin"."""
_ORDINALS = {"first": 0, "primer": 0, "primero": 0, "primera": 0, "premier": 0, "premiere": 0, "primeiro": 0,
             "primeira": 0, "primo": 0, "prima": 0, "erste": 0, "ersten": 0, "erster": 0, "second": 1, "segundo": 1,
             "segunda": 1, "deuxieme": 1, "secondo": 1, "seconda": 1, "zweite": 1, "zweiten": 1}
_SAME_AS_LISTED = re.compile(
    r"(?<![\w])(admin|administrador|administrateur|amministratore|administrator)\s*(?:[:=]|is|es|est|ist|e|sera|will be)\s*"
    r"(?:the|el|la|le|o|a|il|der|die)?\s*(?:same|mismo|misma|meme|mesmo|mesma|stesso|stessa|gleiche|selbe)\s+"
    r"(?:que|as|de|di|wie|como|che)?\s*(?:the|el|la|le|o|a|il|der|die)?\s*(\w+)\s+(proposer|proponente|proposant|"
    r"propositor|proponent\w*|executor|ejecutor|executeur|esecutore|owner|signer|firmante)(?![\w])")
"""The admin named as one of a list: "Administrador: el mismo que el primer proponente"."""


def _role_same_as_another(folded: lexicon.Folded, binding: Binding) -> None:
    for m in _SAME_AS_LISTED.finditer(folded.text):
        index = _ORDINALS.get(m.group(2))
        listed_role = next((r for r, word in (("proposer", "propo"), ("executor", "ej"), ("executor", "exec"),
                                              ("executor", "esec"), ("owner", "owner"), ("owner", "sign"),
                                              ("owner", "firm")) if m.group(3).startswith(word)), None)
        listed = [b for b in binding.addresses if b.role == listed_role]
        if index is None or index >= len(listed) or any(b.role == "admin" for b in binding.addresses):
            continue
        start, end = folded.source(*m.span())
        at = len([b for b in binding.addresses if b.end <= start])
        binding.addresses.insert(at, BoundAddress(listed[index].address, "admin", start, end, folded.original[start:end],
                                                  True))
    for m in [*_SAME_AS_ANOTHER.finditer(folded.text), *_SAME_WALLET_AS.finditer(folded.text)]:
        role, other = m.group(1), m.group(2)
        start, end = folded.source(*m.span())
        holder = [b for b in binding.addresses if b.role == other]
        if role == other or not holder or any(b.role == role and b.start > start for b in binding.addresses):
            continue  # a later address for the role said again wins ("pauser = same as admin. wait no, pauser 0x..")
        for b in [b for b in binding.addresses if b.role == role and b.end <= start]:
            binding.addresses.remove(b)  # "pauser 0xA ... no, pauser = same as admin": the role said again
        at = len([b for b in binding.addresses if b.end <= start])
        binding.addresses.insert(at, BoundAddress(holder[0].address, role, start, end, folded.original[start:end], True))


_PERSON_TAKES_ROLE = re.compile(
    rf"(?<![\w'’-])([{lexicon.CAPITALS}][a-zà-ÿ'’-]+)\s+(?:should|will|shall|must|can|is to|is going to)?\s*(?:also\s+)?"
    r"(?:be|is|becomes?)\s+(?:also\s+)?(?:the\s+|our\s+)?(pauser|minter|upgrader|admin)(?![\w])")
"""Someone named by their first name given a role after their address: "... our treasurer Hilde, 0x.. ... Hilde
should also be the pauser"."""


def _named_person_given_a_role(text: str, binding: Binding) -> None:
    for m in _PERSON_TAKES_ROLE.finditer(text):
        name, role = m.group(1), m.group(2)
        if any(b.role == role for b in binding.addresses) or ADDRESS_RE.search(text[m.end():m.end() + 20]):
            continue
        given = list(re.finditer(rf"(?<![\w]){re.escape(name)}\s*[,:(]?\s*(?:is\s+|at\s+|on\s+|'s wallet\s+)?"
                                 rf"(0x[0-9a-fA-F]{{40}})(?![0-9a-fA-F])|(0x[0-9a-fA-F]{{40}})\s*\(\s*{re.escape(name)}\s*\)",
                                 text[:m.start()]))
        if given:
            address = checksum(given[-1].group(1) or given[-1].group(2))
            at = len([b for b in binding.addresses if b.end <= m.start()])
            binding.addresses.insert(at, BoundAddress(address, role, m.start(), m.end(), m.group(0), True))


_SAME_AGAIN = re.compile(r"(?<![\w])(?:that|the|this) same (?:safe|address|wallet|account|multisig|one)|the same (?:safe|address|"
                         r"wallet|account|multisig) again|(?:esa|la) misma (?:direccion|cartera|billetera|cuenta)|"
                         r"(?:cette|la) meme (?:adresse)|(?:ce|le) meme (?:portefeuille|compte)|dieselbe (?:adresse|wallet)|"
                         r"(?:a )?mesma (?:carteira|conta|endereco)|(?:lo )?stesso (?:indirizzo|wallet|portafoglio)")
"""An address named again by reference ("Executors: that same safe plus our head baker 0x.."): the latest address
given before it, in the role of the words before the reference."""


_WALLET_NAMED = re.compile(r"(?<![\w])(?:the|our|my|their)\s+[\w'-]+\s+(?:multisig|safe|wallet|account|treasury|vault)(?![\w])")
"""A wallet named by what it is ("the society multisig"): given with its address once, named again without it."""


def _same_again(text: str, folded: lexicon.Folded, binding: Binding) -> None:
    for m in _SAME_AGAIN.finditer(folded.text):
        start, end = folded.source(*m.span())
        earlier = [b for b in binding.addresses if b.end <= start]
        role = _role_before(folded, m.start())
        if not earlier or role is None or role[0] == earlier[-1].role and lexicon.LIST_ROLES.get(role[0]) is None:
            continue
        again = BoundAddress(earlier[-1].address, role[0], start, end, text[start:end], True)
        binding.addresses.insert(len(earlier), again)  # in the order of the text, the addresses being in its order


def _wallet_named_again(text: str, folded: lexicon.Folded, binding: Binding) -> None:
    """"Admin is the society multisig 0xA ... send the initial supply to the society multisig, same one as admin": the
    wallet named again by the same words, without its address, is that address in the role its sentence gives."""
    for m in _WALLET_NAMED.finditer(folded.text):
        start, end = folded.source(*m.span())
        if re.match(rf"\s*[:(,]?\s*(?:is\s+|at\s+)?0x[0-9a-fA-F]{{40}}", text[end:]):
            continue
        earlier = re.search(rf"{re.escape(text[start:end])}\s*[:(,]?\s*(?:is\s+|at\s+)?(0x[0-9a-fA-F]{{40}})(?![0-9a-fA-F])",
                            text[:start], re.IGNORECASE)
        role = _role_before(folded, m.start()) if earlier else None
        if role is None or any(b.address == earlier.group(1) and b.role == role[0] for b in binding.addresses):
            continue
        at = len([b for b in binding.addresses if b.end <= start])
        binding.addresses.insert(at, BoundAddress(earlier.group(1), role[0], start, end, text[start:end], True))


_BARE_SHARE = re.compile(r"\s*(?:(?:#|//)\s*(?:[^\d\n,#]{1,30},\s*)?|(?:->|=>|→|[:=–—-])\s*|the rest\s*\(\s*|(?:gets?|takes?|receives?|recibe|recoit|reçoit|bekommt|erhalt|erhält|recebe|riceve|"
                         r"prend|toma|leva|prende)\s+)?(?:the (?:other|remaining|last)\s+)?(\d{1,3}(?:[.,]\d+)?)\s*(?:%|percent)?"
                         r"(?![\d%\w]|[.,]\d)")


EACH_SHARE = re.compile(r"\s*(?:%|percent|per ?cent)?\s*(?:each|apiece|per (?:person|payee|team|head)|cada uno|cada una|"
                        r"para cada uno|chacun|chacune|jeweils|je|ciascuno|ciascuna|a testa|cada um|cada uma|cada)(?![\w])",
                        re.IGNORECASE)
"""A share said once for every payee: "(25% each)", "20 % chacun"."""

_JOINED = re.compile(r"\s*(?:,|&|\+|and|y|e|et|und|,\s*and)\s*$", re.IGNORECASE)


def _bare_shares(text: str, addresses: list[BoundAddress]) -> list[tuple[str, str, int, int]]:
    """"0xA take 60, 0xB take 25, 0xC take 15 (it is percent)": a bare number right after every payee, the numbers
    adding up to a hundred, are their percentages; "0xB and 0xC get 25 each" gives the number to both."""
    found = [_BARE_SHARE.match(text, a.end) for a in addresses]
    for n in range(len(addresses) - 2, -1, -1):
        later = found[n + 1]
        if found[n] is None and later and EACH_SHARE.match(text, later.end()) and \
                _JOINED.match(text[addresses[n].end:addresses[n + 1].end - 42]):
            found[n] = later
    if len(addresses) < 2 or not all(found) or \
            sum(float(m.group(1).replace(",", ".")) for m in found) != 100:
        return []
    return [(a.address, m.group(1).replace(",", "."), a.end - 42, m.end()) for a, m in zip(addresses, found)]


_REVERSE = re.compile(r"(?<![\w])(?:(?:reverse|flip|swap|switch|invert)\s+(?:it|that|this|them|those|the (?:shares|split|"
                      r"numbers|percentages|two))|the other way (?:a)?round|al rev[eé]s|(?:a|à) l['’]inverse|dans l['’]autre sens|"
                      r"umgekehrt|andersrum|andersherum|al contrario|il contrario|(?:ao|pelo) contr[aá]rio|invi[eé]rtelo|"
                      r"invertilo|inverte(?:r)?(?: isso| isto)?)(?![\w])", re.IGNORECASE)


def _reversed_if_asked(text: str, shares: list[tuple[str, str, int, int]]) -> list[tuple[str, str, int, int]]:
    """"60 to me 0xA, 40 to my brother 0xB. Ah sorry, reverse it": two shares swapped by a correction after them."""
    if len(shares) != 2 or not _REVERSE.search(text, max(end for *_, end in shares)):
        return shares
    (first, first_share, *first_span), (second, second_share, *second_span) = shares
    return [(first, second_share, *first_span), (second, first_share, *second_span)]


def _shares(text: str, folded: lexicon.Folded, addresses: list[BoundAddress]) -> list[tuple[str, str, int, int]]:
    """Each payee's percentage: "0xA gets 60%", "80 % an 0xA", or "70/30 between 0xA and 0xB"."""
    if not addresses:
        return []
    ratio = re.search(r"(?<![\d/.])(\d{1,3})\s*/\s*(\d{1,3})(?:\s*/\s*(\d{1,3}))?(?:\s*/\s*(\d{1,3}))?(?![\d/])", text)
    if ratio:
        parts = [g for g in ratio.groups() if g]
        if len(parts) == len(addresses):
            return [(a.address, p, ratio.start(), ratio.end()) for a, p in zip(addresses, parts)]
    percents = [m for m in re.finditer(r"(?<![\w.])(\d{1,3}(?:[.,]\d+)?)\s*(?:%|percent|por ?ciento|pour ?cent|prozent|por ?cento|per ?cento)",
                                       text, re.IGNORECASE)]
    if len(percents) != len(addresses):
        return _bare_shares(text, addresses)
    spans = [(a.end - 42, a.end) for a in addresses]
    after_each = all(s_end <= p.start() and (i + 1 == len(spans) or p.end() <= spans[i + 1][0])
                     for i, ((_, s_end), p) in enumerate(zip(spans, percents)))
    before_each = all(p.end() <= s_start and (i == 0 or spans[i - 1][1] <= p.start())
                      for i, ((s_start, _), p) in enumerate(zip(spans, percents)))
    if not (after_each or before_each):
        return []
    return [(a.address, p.group(1).replace(",", "."), min(p.start(), a.end - 42), max(p.end(), a.end))
            for a, p in zip(addresses, percents)]
