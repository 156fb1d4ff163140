"""The words a request is read with: folded text, typo correction and multilingual concepts.

A request is first *folded*: lowercased, accents stripped, camelCase split ("initialSupply" ->
"initial supply"), and words one or two edits away from a known keyword corrected ("burnabel" ->
"burnable", "totl" -> "total"). Every folded character keeps the index of the character it came from,
so a concept found in the folded text points back at the request's own words (`Folded.source`).

Concepts are regular expressions over folded text, one per meaning, covering English, Spanish, French,
German, Portuguese and Italian. The parser never matches raw request text against ad-hoc patterns:
it asks for a concept here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from agents.generation import windows

from agents.generation.numbers import DURATION_UNITS, HUNDREDS, SCALES, UNITS, fold

# The reader matches some 1,300 distinct patterns per request, most built as f-strings at the call; the re module
# keeps only 512 compiled ones (CPython 3.11), so past that it recompiled them on every request (76 ms a request
# against 41 ms with the room: `bench/understanding.py` prints the mean). Room for them all, once.
re._MAXCACHE = max(re._MAXCACHE, 4096)

# ---- typo correction ----------------------------------------------------------------------------------

FUZZY_TARGETS = sorted(set("""
mintable burnable pausable supply symbol total decimals decimal enumerable royalties royalty upgradeable
upgradable transferable soulbound initial million millions billion thousand beneficiary arbiter vesting staking
multisig governor governance collection quorum timelock treasury recipient ownable mintable permit
quemable pausierbar verbrennbar bruciabile pausabile queimavel brulable acunable
called named chiamato chiamata llamado llamada chamado chamada decimali decimales decimais decimaux
token tokens second seconds locked pagos ticker years months
""".split()))
"""Keywords worth correcting: long enough that a near miss is a typo, not another word."""

NEVER_CORRECT = set("""
tickets ticket paused pauses supple simply totals totem initials mine mind mint minted minting mints tonal
possible passable permits permitted permission quota quorums royal symbols supplies decimal thousands
governs government governed governing stacking staging vestige testing resting casting costing posting hosting
symbole symbolo simbolo name names tokes taken woken looked pages caller callee calles nome
collective collectives collected collecting collector collectors connection connections
collectif collectifs colectivo colectiva colectivos kollektiv coletivo coletiva collettivo collettiva
permita permite permito permiten permitan permitem permitam permet permette permis permitia permitiu
venting vented vents calle calles freezer freezers inicial iniciales iniciais locker lockers docker dockers
correction corrections corrected correcting correct corrects correctly
""".split())

_SPELLED_ELSEWHERE = {"persen": "percent", "procent": "percent", "prosent": "percent", "percento": "percent",
                      "porcento": "percent", "prozente": "percent"}
"""Words for a percent in other languages' spelling ("royalty 5 persen", "10 procent"): the English word."""

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?|\d+|\s+|.", re.DOTALL)


def edit_distance(a: str, b: str, limit: int = 2) -> int:
    """Damerau-Levenshtein (optimal string alignment) distance, capped at limit + 1."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]


@lru_cache(maxsize=8192)
def correct(word: str) -> str:
    """The keyword a folded word is a typo of, or the word itself."""
    if word in _SPELLED_ELSEWHERE:
        return _SPELLED_ELSEWHERE[word]
    if len(word) < 4 or word in NEVER_CORRECT or word in FUZZY_TARGETS or not word.isalpha() or \
            word in UNITS or word in SCALES or word in HUNDREDS or word in DURATION_UNITS:
        return word  # "millones" is Spanish, not a typo of "millions"
    limit = 1 if len(word) <= 8 else 2
    best, best_distance, tie = word, limit + 1, False
    for target in FUZZY_TARGETS:
        if target[0] != word[0] or abs(len(target) - len(word)) > limit:
            continue
        distance = edit_distance(word, target, limit)
        if distance < best_distance:
            best, best_distance, tie = target, distance, False
        elif distance == best_distance and target != best:
            tie = True
    return word if tie or best_distance > limit else best


CAPITALS = "A-ZÀ-ÖØ-Þ" + "".join(c for c in map(chr, range(0x100, 0x250)) if c.isupper())
"""A regex class body of capital letters in Latin scripts: "Łowicki Kogut", "Šibenik Lace", "Ștefan" open names too."""

@dataclass
class Folded:
    """Folded, typo-corrected text whose every character maps back to the original."""

    original: str
    text: str = ""
    index: list[int] = field(default_factory=list)
    corrections: list[tuple[str, str]] = field(default_factory=list)

    def source(self, start: int, end: int) -> tuple[int, int]:
        """The original span of folded text[start:end]."""
        if start >= len(self.index):
            return len(self.original), len(self.original)
        end = max(end, start + 1)
        return self.index[start], self.index[min(end, len(self.index)) - 1] + 1

    def original_text(self, start: int, end: int) -> str:
        s, e = self.source(start, end)
        return self.original[s:e]

    def folded_position(self, original_position: int) -> int:
        """The first folded index at or after an original index."""
        for i, j in enumerate(self.index):
            if j >= original_position:
                return i
        return len(self.index)


def fold_text(text: str) -> Folded:
    out = Folded(original=text)
    chars: list[str] = []
    for m in _WORD.finditer(text):
        token = m.group(0)
        if token[0].isalpha():
            pieces = re.sub(r"(?<=[a-z])(?=[A-Z][a-z])", " ", token)  # initialSupply -> initial Supply
            folded_words = []
            for word in pieces.split(" "):
                folded = fold(word)
                fixed = correct(folded)
                if fixed != folded:
                    out.corrections.append((word, fixed))
                folded_words.append((word, fixed))
            position = m.start()
            if m.start() and text[m.start() - 1].isdigit() and re.match(r"[A-Z][a-z]", token):
                chars.append(" ")  # "ERC20Votes", "ERC721Enumerable": a standard's name and its extension
                out.index.append(position)
            for n, (word, fixed) in enumerate(folded_words):
                if n:
                    chars.append(" ")
                    out.index.append(position)
                for k, ch in enumerate(fixed):
                    chars.append(ch)
                    # a corrected word's last letter points at the original's last: its span is the whole word
                    last = k == len(fixed) - 1 and fixed != fold(word)
                    out.index.append(position + (len(word) - 1 if last else min(k, len(word) - 1)))
                position += len(word)
        else:
            for k, ch in enumerate(token):
                # snake_case keys read as words ("max_supply" is "max supply"), like camelCase
                chars.append(fold(ch) if ch.isalpha() else ("'" if ch == "’" else (" " if ch == "_" else ch)))
                out.index.append(m.start() + k)
    out.text = "".join(chars)
    return out


# ---- concepts --------------------------------------------------------------------------------------------
# Each pattern runs on folded text (lowercase, no accents), so "Millionen", "quórum" and "brûlable" need
# no case or accent variants.

_FRENCH_RELATIVE_NEXT = (r"le|la|les|l'|un|une|des|nous|vous|ils|elles|on|il|elle|ce|cette|ces|chaque|tous|toutes|"
                         r"certains|plusieurs|deux|trois|\d")
"""What follows the French relative "dont" ("dont les NFT", "dont 2 %"), which the English "dont" never precedes."""

FRENCH_NEGATION_ENDS = r"(?<![\w])(?:pas|plus|jamais|rien|personne|aucun\w*|guere|point|nul\w*)(?![\w])"
"""What completes a French "ne": without one, "ne" is the Italian or French clitic ("ne coniamo", "on en crée")."""

_IN_THE = (r"padrao|contrato|estilo|formato|modelo|momento|lancamento|inicio|fim|endereco|mercado|mes|ano|dia|caso|lugar|"
           r"topo|maximo|minimo|teto|tecto|limite|final|valor|saldo|prazo|periodo|futuro|site")
"""Nouns after the Portuguese "no" (em + o, "in the"): "no padrão", "até chegar no teto" deny nothing."""
NEGATORS = (rf"no(?! (?:{_IN_THE})(?![\w]))|not|non|none|never|without|w/o|nobody|no one|noone|nothing|cannot|can ?not|can't|cant|won't|"
            # ("dont" unless the French relative pronoun: "dont les NFT peuvent être brûlés", "dont le propriétaire")
            r"shouldn't|mustn't|isn't|aren't|don't|doesn't|dont(?! (?:" + _FRENCH_RELATIVE_NEXT + "))|doesnt|dnt|keinesfalls|auf keinen fall|en aucun cas|"
            r"shouldnt|mustnt|isnt|arent|couldnt|wouldnt|wont(?= be\b)|"
            r"de ninguna manera|de jeito nenhum|in nessun caso|by no means|under no circumstances|sin|nunca|ningun|ninguna|nadie|sans|jamais|aucun|aucune|"
            # ("la personne autorisée à émettre": a person, no "nobody")
            r"(?<!la )(?<!une )(?<!cette )(?<!chaque )(?<!seule )personne|pas|ne|ohne|nicht|kein|keine|keinen|niemand|niemals|nie|sem|nao|nunca|nenhum|nenhuma|ninguem|"
            r"senza|mai|nessuno|nessuna|nessun|ni|nem|ne|nada|rien|nichts|niente|nulla|neither|weder|"
            r"tampoco|tampouco|nemmeno|neanche|neppure|nor|"
            # impossibility and prohibition: "it must be impossible to mint", "queda prohibido pausar"
            r"impossible|imposible|unmoglich|impossivel|impossibile|forbidden|prohibited|disallowed|not allowed|"
            r"prohibido|prohibida|interdit|interdite|verboten|untersagt|proibido|proibida|vietato|vietata|"
            # the contrast "X rather than Y" turns Y down as much as "not Y" does
            r"rather than|instead of|in place of|en lugar de|en vez de|au lieu de|plutot que|statt|anstatt|anstelle von|"
            # "We would rather have these roles than one single owner"
            r"(?<=roles )than(?= (?:a |one )?(?:single\b|$))|"
            r"em vez de|ao inves de|em lugar de|invece di|anziche|piuttosto che|al posto di|"
            # leaving it out: "please skip the timelock", "omitir el timelock", "verzichte auf die Pause"
            r"skip|skipping|omit|omitting|leave out|leave off|exclude|excluding|omite|omitir|omettre|omettez|"
            r"verzicht\w* auf|verzichte\w* auf|pular|pule|salta|saltare|ometti|omettere|"
            # dropping it: "oublie la pause", "forget the pause", "olvida la pausa", "vergiss die Pause"
            r"forget|forget about|(?:scratch|scrap|ditch|nix) the|oublie|oubliez|oublions|olvida|olvide|olvidemos|vergiss|vergesst|vergessen wir|"
            r"esquece|esqueca|esquecam|dimentica|dimenticate|lascia perdere|lasciamo perdere")
"""Words that turn the next feature off: "no minting", "not pausable", "holders cannot burn"."""

NEGATIVE_ANSWERS = (r"no|false|none|off|nope|nein|non|nao|0|disabled?|skip( it| that| this)?|skipped|leave it out|omit( it)?|"
                    r"drop( it)?|keiner|keine|keins|kein|ninguno|ninguna|aucun|aucune|"
                    r"nenhum|nenhuma|nessuno|nessuna|out of scope|not in scope|excluded|not needed|not need|no need|"
                    r"not permitted|not allowed|forbidden|prohibited|disallowed|not wanted|we do not want( it)?|"
                    r"we don't want( it)?|we dont want( it)?|do not want( it)?|don't want( it)?|"
                    r"absolutely not|definitely not|not at all|never|no way|"
                    r"not required|do not include|don't include|n/a|hors (du )?perimetre|fuera de alcance|nicht im umfang|"
                    r"fora do escopo|fuori (dal )?perimetro")

_ONLY = (r"only|seul\w*|solo|solamente|unicamente|nur|apenas|somente|soltanto|so|ausschliesslich|exclusivement|"
         r"exclusivamente|esclusivamente|exclusively")
_ON_A_LIST = (r"\b(on|in|sur|dans|en|auf|na|nella|sulla|della|dalla|de|del|do|der|no|da|nel|numa|num|em) (?:(?:my|our|the|a|"
              r"notre|nuestra|la|unserer|der|nossa|une|una|einer|eine|ein|einen|un|uno|um|uma|an?|"
              r"nostra|mia|minha|mi|ma|nosso|nuestro|notre|unsere)\s+)?([\w'-]+ ){0,2}\w*(list|liste|lista)")
_REGISTERED = (r"registered|pre-?registered|enrolled|signed-? ?up|inscrit\w*|inscrit[oa]s|registrad[oa]s|"
               r"registriert\w*|angemeldet\w*|registrat[ie]|iscritt[ie]|cadastrad[oa]s|inscrevid[oa]s")
"""Who signed up beforehand: minting kept to them asks for an allowlist."""
_MINT_VERBS = (r"mint\w*|emit\w*|emet\w*|frapp\w*|acun\w*|cunh\w*|coni\w*|pragen|ausgeben|"
               # or hold and receive: "seuls les portefeuilles inscrits sur notre liste doivent pouvoir détenir ou recevoir"
               r"hold|receive|detenir|recevoir|tener|recibir|halten|empfangen|besitzen|deter|receber|detenere|ricevere|possedere")
"""Minting kept to the people of a list: who may mint ("only", "só", "nur"), a list they are on, and the act."""

_ONE_HOLDER = (r"(that|this|one|a|an|any|specific|individual|certain|single|sanctioned|suspicious|flagged|bad|"
               r"malicious|fraudulent|cheating) (\w+ )?(wallet|account|address|user|holder|customer|person|member|player|"
               r"client|buyer)('s|s'|s|es)?|(wallet|account|user|holder|customer|person|member|player|client)'s|"
               r"(sanctioned|suspicious|flagged|malicious|fraudulent|specific|individual|certain) (\w+ )?(wallets|accounts|"
               r"addresses|users|holders|customers)|"
               r"(la |una |de un |del )?(cuenta|billetera|direccion) de (un|ese|este|cierto) (\w+ )?(usuario|cliente|titular|socio)|"
               r"(le |un )?(compte|portefeuille|adresse) d'un (\w+ )?(utilisateur|client|detenteur|membre)|"
               r"(konten|konto|wallets?|adressen?) (einzelner|eines|bestimmter|verdachtiger) (\w+ )?(kunden|nutzer|inhaber|mitglieder)|"
               r"(a |uma )?(conta|carteira|endereco) de (um|uma|certo|certa) (\w+ )?(usuario|cliente|titular|socio)|"
               r"(il |un )?(conto|wallet|portafoglio|indirizzo) di (un|uno|una|quel|certo) (\w+ )?(utente|cliente|socio|titolare)|"
               r"(certas|determinadas|algunas|ciertas|certains|certaines|bestimmte|einzelne|alcuni|certi|specifici) "
               r"(\w+ )?(contas|cuentas|comptes|konten|conti|carteiras|billeteras|portefeuilles|wallets|indirizzi|adresses|"
               r"direcciones|enderecos|adressen)")
"""One holder or a few chosen ones, as the object of freezing or locking: a blocklist, not a pause of all."""

_TAKE_BACK = (r"take (it |them )?back|taking back|took back|get (it |them )?back|pull (it |them )?back|(yank|claw|grab|snatch)(ing|ed|s)? (it |them )?back|reclaim\w*|recover\w*|"
              r"recuper\w*|retomar|reprendre|ripren\w*|zuruck(holen|fordern|nehmen|ziehen|zuholen|zufordern|zunehmen)|"
              r"einziehen|einzuziehen|ritirar\w*|retirer|cancel\w*|annul\w*|anular|stornier\w*|invalidar|void|"
              r"quitar\w*|togli\w*|tirar\w*|enlever|lui retirer|entzieh\w*|wegnehm\w*|wegzunehmen|strip\w*")
_UNVESTED = (r"unvested|unreleased|unclaimed|not (yet )?vested|not (yet )?(released|unlocked)( yet)?|(hasn't|has not|haven't|have not|hadn't|isn't|is not|aren't|are not) (yet )?"
             r"(vested|been vested|unlocked|released)|yet to vest|"
             r"non-?vested|noch nicht (ge)?vest\w*|nicht (ge)?vest\w*|noch nicht (freigegeben|"
             r"unverfallbar)\w*|non (encore )?(acquis\w*|vest\w*|debloque\w*)|no (consolidad|devengad|adquirid|liberad)\w*|"
             r"nao (foi |foram |e |esta |estao |tenha sido )?(adquirid|consolidad|liberad|vestid|venc)\w*|"
             r"no (ha sido |han sido |fue |fueron |se ha )(consolidad|devengad|adquirid|liberad)\w*|"
             r"n'(a|ont) pas (encore )?ete (acquis|libere|debloque)\w*|n'(est|sont) pas (encore )?(acquis|libere|debloque)\w*|"
             r"pas encore (acquis|libere|debloque)\w*|non (e|sono) (ancora )?stat[oaie] (liberat|sbloccat|maturat)\w*|"
             r"no (vencid|vest)\w*|non (ancora )?(maturat|vestit|acquisit|sbloccat)\w*|"
             r"ainda nao ((tiver|tiverem|tenha|tenham|foi|for|forem) (sido )?)?(adquirid|liberad|venc|vestid)\w*|aun no (consolidad|liberad)\w*|todavia no \w+")
_SHARE_OUT = (r"distribut\w*|shar(e|es|ed|ing)|pay(s|ing)? out|paid out|pay(s|ing)?(?= [^.;!?\n]{0,60} out to)|sen(t|ds?) out|flows? (automatic(ally)? )?to|go(es)? (automatic(ally)? )?to|"
              r"revers\w*|redistribu\w*|"
              r"repart\w*|distribu\w*|ausschutt\w*|ausgeschutt\w*|verteil\w*|"
              r"partilh\w*|pag(a|ar|ue)\w*|versa\w*|vers(e|es|ee|ees|er|era|eront|ent)|ripart\w*|auszahl\w*|ausgezahlt\w*")
_HOLDERS = (r"(token ?)?holders|tokenholders|all (the )?token ?holder\b|(by|according to) how much (they|each) holds?|those who hold|everyone who holds|whoever holds|(everyone|anyone|everybody|all) "
            r"holding|(every|each) (token ?)?holder|in proportion to (their|each) (balance|holding|token)s?|"
            r"quienes (lo |la |los |las )?tengan|"
            # "everybody who hold the token", "los que tengan tokens", "ceux qui en ont", "coloro che hanno"
            r"(everyone|everybody|anyone|anybody|all|those|people|whoever) (who|that) (hold|holds|own|owns|has|have)|"
            r"(los|las|aquellos|aquellas) que (tengan|tienen|posean|poseen)|(ceux|celles) qui (en )?(ont|possedent|"
            r"detiennent)|(os|as|aqueles|aquelas) que (tem|tenham|possuem|possuam)|(coloro|quelli) che (hanno|abbiano|"
            r"possiedono|possiedano)|"
            r"poseedores|tenedores|titulares|detenteurs|(chaque|tout) detenteur|porteurs|ceux qui (le |les )?detiennent|inhaber\w*|halter\w*|"
            r"besitzer\w*|detentores|quem (o |os )?tiver|possessori|detentori|chi (lo |li )?possiede|"
            r"(a )?quem (tem|possui|detem)|quien(es)? (tiene|tienen|posee|poseen)|ceux qui (ont|possedent|detiennent)|"
            r"chi (ha|possiede|detiene)|wer (hat|halt|besitzt)")
_PROFITS = (r"profits?|\w*gewinn\w*|\w*erlos\w*|revenues?|earnings|proceeds|income|takings|(money|proceeds|income|revenue) from (our |the )?([\w-]+ ){0,2}"
            r"(sales|rentals|tickets|concerts|shows)|what we (earn|make)|lo que ganamos|ce que nous gagnons|"
            r"ce qu'on gagne|was wir verdienen|o que ganhamos|quello che guadagniamo|lo que cobramos|lo que ingresamos|"
            r"ce que nous encaissons|ce qu'on encaisse|was wir einnehmen|o que cobramos|o que recebemos|quello che incassiamo|(ticket|sales|concert|door|rental|subscription|"
            r"membership) (money|revenue|income|sales)|ganancias|beneficios|ingresos|utilidades|benefices|revenus|"
            r"recettes|gewinne?n?|ertrage?|einnahmen|umsatz\w*|lucros?|receitas|rendimentos|profitti|utili|ricavi|guadagni|"
            r"(une |a )?part des ventes|ventes de|sales of|ventas de|vendas de|vendite di|verkaufserlos\w*|erlos\w*|"
            r"incass[oi]|recaudacion\w*|taquilla|billetterie|arrecadacao|faturamento|bilheteria")
"""Paying holders a part of what the business earns: dividends, whatever the words."""
_LIST = (r"list|listing|lists|enumerate|iterate( over| through)?|look up|query|fetch|retrieve|show|see|listar|lister|enumerer|"
         r"auflisten|aufzahlen|abfragen|anzeigen|elencare|visualizzare|mostrar|afficher|mostrare|ver|vedere|voir")
_ALL = r"all|every|each|todos|todas|cada|tous|toutes|chaque|alle|jede\w*|tutti|tutte|ogni|all the|all of the"
_HOLDS = (r"holds?|owns?|has|have|held by|owned by|belonging to|in (a|an|their|his|her) wallet|"
          r"(of|in|for) (one|a|an|each|any|the|that|every|given) (wallet|address|holder|owner|account|user)|posee|poseen|tiene en su|"
          r"detient|possede|besitzt|halt|gehoren|possiede|detiene|possui|detem")

FEATURES: dict[str, str] = {
    "mintable": r"(qui|who|quien|quem|wer|chi) (emet|emettra|mints?|will mint|can mint|acuna|cunha|pragt|conia)\s*\?|"
                # "conio da parte del proprietario", "emisión por parte del dueño": minting said as a noun with its hand
                r"\b(conio|coniazione|emissione|emision|emissao|emission|cunhagem|acunacion) (da parte |por parte |de la part )?"
                r"(del|dell'|della|do|da|du|de la|de l'|del) (proprietario|owner|titolare|dueno|propietario|dono|proprietaire)|"
                # "Tenemos que poder crear piezas nuevas", "create new badges whenever": more units made later
                r"(crear|criar|creare|creer) (?!(?:un|una|uno|um|uma|une|el|la|le|il|o|lo)\b)\w+s (nuev[oa]s|nov[oa]s|nuov[ie]|"
                r"nouveaux|nouvelles)\b|(crear|criar|creare|creer|create) (nuev[oa]s|nov[oa]s|nuov[ie]|nouveaux|nouvelles|new) "
                r"(tokens|coins|points|units|pieces|items|tickets|vouchers|badges|cards|coupons|certificates|passes|stamps|shares|"
                r"lots|batches|piezas|fichas|unidades|entradas|bonos|vales|lotes|pezzi|gettoni|biglietti|buoni|lotti|pecas|"
                r"moedas|bilhetes|vales|jetons|pieces|billets|bons|lots|unites|articulos|articles|articoli|artigos)\b|"
                # "tiene que poder pausarse y acuñarse": the reflexive infinitive, said of the token
                r"acunarse|acunarlos|cunhar-se|coniarsi|emitirse|emitir-se|(?<=poder )acunar|(?<=poder )cunhar|(?<=poter )coniare|"
                # "danach prägt der Eigentümer nach": the separable "nachprägen", minting more later
                r"\bprag(t|en|e)( \w+){1,4} nach\b|\b(danach|spater|kunftig|anschliessend) (pragt|pragen) |"
                # "Acuña el dueño.", "Cunha a dona.": the act first, the owner who does it after
                r"(?<![\w])(acuna|cunha|conia|emite|frappe|pragt|mints) (el|la|o|a|il|le|der|die|the) (dueno|duena|dono|dona|"
                r"proprietario|proprietaria|proprietaire|eigentumer|owner|propietario|propietaria)(?= *[.,;!]| *$)|"
                # "On doit pouvoir créer de nouveaux bons", "we must be able to create new ones"
                r"(on doit pouvoir|il faut pouvoir|nous devons pouvoir|we must be able to|we need to be able to|debemos poder|"
                r"hay que poder|dobbiamo poter|devemos poder|wir mussen) (creer|create|crear|creare|criar|erstellen) "
                r"(de nouveaux|de nouvelles|new|nuevos|nuevas|nuovi|nuove|novos|novas|neue)\b|"
                # "let me (the owner) mint more later"
                r"(?<![\w])let (?:me|us)(?: \([^()]{0,30}\))? (?:mint|issue|create) (?:more|new|extra|additional|further)\b|"
                # "Quem cunha sou eu (a dona)", "who mints is me", "chi conia sono io": the hand that mints, named
                r"(?<![\w])(quem|quien|who|chi|wer|qui) (cunha|acuna|mints|conia|pragt|emet|emite|emette|frappe) "
                r"(sou eu|somos nos|soy yo|somos nosotros|is me|are we|is us|will be me|sono io|siamo noi|bin ich|sind wir|"
                r"c'est moi|c'est nous|e (a|o) (dona|dono)|es (el|la) (dueno|duena)|is the owner|est le proprietaire)\b|"
                # "mint 400k right away and the rest later as trees reach harvest age": the rest minted after launch
                r"(mint|emit|issue|acun|cunh|emet|emett|prag|conia|frapp)\w*\b[^.;!?]{0,40}? (and|then|y|et|und|e) (mint |issue )?"
                r"(the rest|the remainder|the remaining \w+|el resto|lo demas|le reste|den rest|o resto|il resto|i restanti) "
                r"(later|over time|afterwards|as needed|when|as|mas tarde|despues|plus tard|ensuite|spater|depois|mais tarde|dopo|"
                r"piu tardi|in seguito)\b|"
                # "owner gives them", "Only the coop wallet (the owner) creates them": the hand that makes them
                r"(owner|admin|we|wallet|\(the owner\))\s+(only\s+)?(gives|give|creates|create|issues|issue|hands out|"
                r"awards|award) (them|new ones|the (badges|certificates|diplomas|cards|tokens|nfts))\b|"
                # "avec frappe", "with minting", "con acuñación": the act asked for by its noun
                r"(?<![\w])(avec|with|con|com|mit) (la |a |der )?(frappe|minting|acunacion|cunhagem|coniazione|pragung)(?![\w])|"
                # "On doit pouvoir créer de nouveaux articles (mint)": an act glossed by the word for it
                r"(?<=[\w] )\((mint|minting|mint them|mintable)\)|"
                # "We the association mint them": the asker, named, then the act
                r"(?<![\w])we,? (the|as the) [\w-]+( [\w-]+)?,? mint (them|it|the \w+|new \w+)\b|"
                # ("Léa : qui émet ? Karim : moi seul": minting asked about, and answered)
                r"(owner|staff|admin|team|club|guild|coop|co-op|studio|shop|crew|committee|board|society|school|museum|gym|"
                r"band|association|union)-minted|"
                # "shop mints the items, customers burn them": the asker's house, then the act
                r"(?<![\w])(?:the )?(owner|shop|store|studio|club|guild|team|museum|school|coop|co-op|brewery|farm|association|"
                r"workshop|atelier|academy|admin|office|band) mints (them|it|the \w+|new \w+|more|items|tokens|badges|tickets|"
                r"passes|cards|for (new|each|every) \w+|when \w+)\b|"
                # "Le propriétaire peut créer des rubans", "the owner can create new badges": the owner's act of making
                r"(owner|proprietaire|propietario|dueno|dono|proprietario|eigentumer|besitzer|admin) (peut|pourra|can|may|puede|"
                r"podra|pode|podera|puo|potra|kann|darf|doit pouvoir|devra pouvoir|must be able to|should be able to|"
                r"debe poder|deve poder|deve poter|deve potere|soll|muss) (creer|create|crear|criar|creare|erstellen|erzeugen|"
                r"ausgeben) "
                r"(des |de nouveaux |de nouvelles |new |more |nuevos |nuevas |novos |novas |nuovi |nuove |neue )?"
                r"(?!(new|more|des|de|nouveaux|nouvelles|nuevos|nuevas|novos|novas|nuovi|nuove|neue|proposals?|propositions?|propuestas?|propostas?|proposte|vorschlage|roles?|votes?|polls?|wallets?|"
                r"accounts?|contracts?|pools?|escrows?|disputes?|schedules?|batches)\b)[a-z]+|"
                r"(we|i) (want|would like|need) to (be able to )?mint them( later| ourselves| ourself| too)?(?= *[,.;]| and)|mint(?=\s*(,|&|\+|and)\s*(burn|pause|paus\w*)\b)|(?<=burn, )mint\b|(?<=pause, )mint\b|who[_ ]?mints?\W+(owner|admin|me|us|the owner)|"
                # "We issue them ourselves", "we mint them ourselves."
                r"(we|i) (issue|mint|create) them (ourselves|myself)(?= *[,.;!]| and| *$)|"
                # a record "Who mints: coop board only": a hand named, which is neither nobody nor the public
                r"who[_ ]?(mints?|can mint|issues|may mint)\s*[:=]\s*(?!(no ?one|nobody|none|n/a|anyone|anybody|everyone|everybody|"
                r"the public|public|all|buyers|holders|users|collectors)\b)[a-z][\w-]*|"
                # "Só a dona do contrato cunha, ...", "only the guild mints.": the one who mints, the verb closing the clause
                # "A oficina cria os tokens", "the guild creates the tokens": who makes them, the tokens named after
                r"(criar|crear|creer|create) \((mint\w*|cunhar|acunar|frapper|coniare|pragen)\) (os |los |les |i |the |die )?"
                r"(tokens|jetons|gettoni|fichas|munzen|nfts)|"
                r"(cria|crea|cree|creates|erstellt|erzeugt|mints|emite|emet|emette|conia|cunha|acuna|frappe|pragt) "
                r"(os |as |los |las |les |i |gli |le |die |the |des |de )?(tokens|jetons|gettoni|fichas|munzen|billets|tickets|"
                r"entradas|ingressos|biglietti|nfts|badges|certificats|certificados|certificati|zertifikate|pecas|piezas|"
                r"pieces|pezzi|cartes|tarjetas|cartoes|carte|medalhas|medallas|medailles|medaglie|insignias|insignes|"
                r"distintivos)(?! *\d)|"
                r"(?<![\w])(so|solo|sólo|only|seul|seule|seulement|nur|solamente|soltanto|apenas|somente) (\w+ ){1,5}"
                r"(mints|cunha|acuna|frappe|pragt|conia|emite|emet|emette|issues|cree|crea|cria|creates|erzeugt|erstellt|"
                r"create(?= the (tickets|tokens|nfts|badges|certificates|passes|cards)))"
                r"(( de| des| new| nouveaux| nouvelles| nuevos| nuevas| novos| novas| nuovi| nuove| neue| the)? (jetons|tokens|"
                r"fichas|gettoni|items|pieces|units|unidades|unites|pezzi|pecas|munzen|tickets|nfts|badges|certificates|"
                r"passes|cards)( novas| nuevas| nouvelles| nuove| new)?)?"
                r"(?= *[,.;!\n]| (and|e|y|et|und|ed)\b| *$)|"
                # "items are minted to a workshop": minting goes on after deployment
                r"(items|tokens|nfts|pieces|badges|cards|passes|tickets|copies|editions) (are|get|will be) minted (to|for|into)|"
                # "tiene que poder acuñarse más adelante", "pode ser cunhado mais"
                r"(poder|pueda|puedan|puede|pueden|podra|podran) (acunarse|emitirse|crearse)( mas)?|"
                # "Só nós podemos criar peças novas", "only we can create new ones"
                r"(so|solo|only|seul\w*|nur|apenas|somente|soltanto|solamente) (nos|nosotros|noi|nous|wir|we|us|eu|io|yo|moi|"
                r"ich) (podemos|possiamo|pouvons|konnen|can|posso|puedo|peux|kann|may) (criar|crear|creare|creer|create|"
                r"erstellen|erzeugen|emitir|emettre|emettere|cunhar|acunar|coniare|frapper|pragen|mint|issue|make)\b|"
                # "our aiga (three generations) mints them": who mints, then the tokens as a pronoun
                r"(our|the|my) [\w-]+( \([^)]*\))? mints (them|it|the tokens|the cards|the badges|new ones)\b|"
                # "Nous seuls créons les jetons", "noi soli coniamo": the asker alone makes them
                r"(nous|noi|nosotros|nos|wir|we) (seuls|seules|soli|sole|solos|solas|sozinhos|sozinhas|allein|alone) "
                r"(creons|creiamo|creamos|criamos|erstellen|create|emettons|emettiamo|emitimos|emitimos|frappons|coniamo|"
                r"acunamos|cunhamos|pragen|mint)\b|"
                # "création réservée au propriétaire": the act as a noun, kept to the owner
                r"(creation|emission|frappe|acunacion|creacion|cunhagem|conio|pragung|minting|creazione|criacao) "
                r"(des jetons |de tokens |dei token |de jetons )?(reservee?|riservat[oa]|reservad[oa]|vorbehalten|restricted|"
                r"limited) (au|a la|al|ao|a|dem|der|to the|to) (proprietaire|propietario|proprietario|dono|eigentumer|owner|"
                r"admin\w*)|"
                # "que le propriétaire pourra compléter par de nouvelles émissions": more issued later
                r"(completer|completar|complementar|erganzen|integrare|top up|topped up|complete)\w*( \w+){0,2} "
                r"(par|con|com|mit|with|by|through) (de |des )?(nouvelles|nuevas|novas|neuen?|nuove|new|further|additional) "
                r"(emissions|emisiones|emissoes|emissioni|issuances|issues|mints|acunaciones|frappes|ausgaben)|"
                # "coniata solo dalla gilda", "minted only by the guild", "frappés uniquement par le musée"
                r"(minted|issued|coniat[oaie]|acunad[oa]s?|frappee?s?|gepragt|cunhad[oa]s?|emitid[oa]s?|emess[oaie]|emise?s?|"
                r"ausgegeben) (solo|soltanto|solamente|unicamente|so|seulement|uniquement|exclusivement|nur|ausschliesslich|"
                r"apenas|somente|only|exclusively|solely) (da|dalla|dal|"
                r"dai|dalle|dallo|por|par|von|vom|pelo|pela|pelos|pelas|by)\b|"
                # "Il conio deve essere gestito con ruoli": minting kept to a role
                r"(conio|acunacion|monnayage|frappe|pragung|cunhagem|minting) (deve essere |debe ser |doit etre |muss |"
                r"deve ser |should be |must be |is |will be )?(gestit[oa]|gestionad[oa]|gere|geregelt|verwaltet|gerid[oa]|"
                r"handled|managed|controlled)(?= (con|por|par|avec|uber|durch|via|by|com|through) (ruoli|roles|rollen|papeis|"
                r"un ruolo|a role|rol|roles)\b)|"
                # "emissione solo da parte nostra", "émission uniquement par nous", "minting by us only"
                r"(emissione|emision|emission|emissao|pragung|conio|acunacion|minting) (solo |solamente |soltanto |"
                r"seulement |uniquement |nur |apenas |somente |only |exclusivement |exclusivamente )?(da parte nostra|"
                r"da noi|por nuestra parte|por nosotros|de notre part|par nous|por nossa parte|por nos|durch uns|by us)\b|"
                # "minted by the club only", "issued by the owner alone"
                r"(minted|issued) by (the |our |my )?[\w-]+( [\w-]+)? (only|alone|exclusively|solely)\b|"
                # "Geprägt wird nur von uns", "gemintet werden sie ausschließlich vom Verein"
                r"(gepragt|gemint\w*|ausgegeben) (wird|werden)( sie| es)? (nur|ausschliesslich|allein) (von|vom|durch)\b|who[_ ]?mints?\s*[:=]\s*(only|just|solely)\b|"
                # a record of minting answered yes or by who alone does it: "mint: yes", "mint: club only"
                r"(mint|minting|mintable|mint function)(?=\s*[:=]\s*(yes|true|on|enabled?|si|oui|ja|sim|y|"
                r"(only|just) (the |our |us|we|me)|(the |our )?[a-z]+( [a-z]+)? only)\b)|"
                r"(can|may|will|to) top (it |them |the supply )?up|top-?ups? (of|with) (new |more )?(tokens|supply|credits|points)|"
                # "lo emitimos nosotros", "nous les frappons", "só o centro pode emiti-los": we, or one, issue them
                r"(emitimos|acunamos|emettons|frappons|emettiamo|coniamo|cunhamos|mintamos|mintons)\b|"
                # "il proprietario può emetterne altri", "el dueño puede emitir más", "le propriétaire peut en frapper d'autres"
                r"(pode|podem|puede|pueden|peut|peuvent|puo|possono) (en )?(emetterne|coniarne|crearne|emettere|coniare|"
                r"emitir|acunar|cunhar|emettre|frapper|creer) (altri|altre|di piu|ancora|nuovi|nuove|mas|nuevos|nuevas|"
                r"d'autres|plus|davantage|mais|novos|novas|outros)\b|"
                r"(pode|podem|puede|pueden|peut|peuvent|puo|possono|posso|puedo|peux|podemos|possiamo|pouvons) "
                r"(emiti-l[oa]s|emitirl[oa]s|emetterl[ie]|les emettre|"
                r"cunha-l[oa]s|acunarl[oa]s|coniarl[ie]|les frapper|mintarl[oa]s)\b|"
                # "que acuñemos solo nosotros", "que nous frappions seuls", "die nur wir prägen"
                r"(acun|frapp|prag|cunh|coni|mint)\w* (solo|solamente|unicamente|seulement|seuls?|nur|so|apenas|soltanto) "
                r"(nosotros|nous|wir|nos|noi|we|us)\b|"
                # a record's answer naming the asker ("Who mints: our workshop (the owner) only"), not the public
                r"who[_ ]?mints?\s*[:=]\s*(?!(anyone|anybody|everyone|everybody|the public|public|buyers?|collectors?|"
                r"holders?|users?|fans?|guests?|customers?|visitors?|people|no ?one|nobody|none)\b)(our|the|my|us|we)\b|"
                # "we'll mint each one ourselves", "the race committee mints"
                r"(we|i)('ll| will| shall| can)? mint (each|every) (one|piece|item|token|nft|card|badge)|"
                r"mint (\w+ ){0,3}(ourselves|myself)|"
                r"(?<!anyone )(?<!everyone )(the|our) (?!(public|buyers?|collectors?|holders?|users?|fans?|guests?|customers?|"
                r"visitors?|people|members?|anyone|everyone|community|contract|deployer|constructor|deployment)\b)[a-z]+"
                r"( [a-z]+)? mints\b(?! (for|at|a|an|\d|all|everything|it all|the (initial|whole|entire|full|total|supply)))|"
                # "le musée frappe les jetons", "el club acuña las fichas": a third person mints the tokens
                r"(frappe|frappent|acuna|acunan|pragt|cunha|cunham|conia|coniano|emet|emettent|emite|emiten|emitem|emette|"
                r"emettono) (les|los|las|die|os|as|i|gli|le|des|de nouveaux|nuevos|novos|nuovi|neue) (jetons|tokens?|nfts?|"
                r"fichas|gettoni|moedas|munzen|cartes|tarjetas|cartoes|carte|karten|badges)|"
                # "Só o grupo cria novos itens", "solo el taller crea nuevos objetos", "nur der Verein erstellt neue Token"
                r"(so|solo|solamente|seul\w*|nur|apenas|somente|soltanto|unicamente|uniquement) (o |a |el |la |le |l'|il |lo |"
                r"der |die |das |nosso |nossa |nuestro |nuestra |notre |nostro |nostra |unser\w* )?[\w-]+ (cria|crea|cree|"
                r"schafft|erstellt|emite|emet|emette|cunha|acuna|frappe|conia|pragt|mintet) (de |d')?(novos|novas|nuevos|nuevas|"
                r"nouveaux|nouvelles|nuovi|nuove|neue|os|as|los|las|les|i|gli|le|die) (itens|items|objets|objetos|oggetti|"
                r"tokens?|jetons|gettoni|fichas|nfts?|pecas|piezas|pieces|pezzi|stucke|unidades|unites|unita|einheiten)\b|"
                # "O coletivo é quem cria os tokens", "c'est l'atelier qui crée les jetons"
                r"(e|es|est|ist|is) (quem|quien|qui|chi|wer|who|the one who) (cria|crea|cree|creates|emite|emet|emette|"
                r"mints?|pragt|cunha|acuna|frappe|conia) (os|los|las|les|i|gli|die|the|as|nuevos|novos|nouveaux|nuovi|new) "
                r"(tokens?|jetons|fichas|gettoni|nfts?|items|itens|objets|oggetti)\b|"
                # "we are the ones who mint", "Is the owner who mint", "it's us who mints"
                r"(we are|we're|i am|i'm) the (only )?ones? (who|that) (mint|mints|will mint|can mint|issue|create)\b|"
                r"(it'?s|is|it is) (the )?(owner|admin|we|us|me|i|club|shop|studio|workshop|guild|association) (who|that) "
                r"(mints?|will mint|can mint|issues?|creates?)\b|"
                # "puis nous en créerons d'autres", "crearemos más", "ne creeremo altri": more made later by the asker
                r"(nous )?en (creerons|emettrons|frapperons|ajouterons) (d'autres|davantage|plus)|"
                r"(crearemos|emitiremos|acunaremos|criaremos|emitiremos|cunharemos|creeremo|emetteremo|conieremo) "
                r"(mas|mais|otros|otras|outros|outras|altri|altre)\b|ne (creeremo|emetteremo|conieremo) (altri|altre)|"
                # "Only the workshop creates new items": one hand makes them
                r"(only|just|solely) (the |our |my )?[\w-]+( [\w-]+)? (creates|issues|makes|adds|mints) (new |more )?"
                r"(items|tokens|nfts|pieces|cards|ids|editions|units|copies|badges|certificates)\b|"
                # "only our stable can create the NFT": the act of creating them kept to the asker
                r"(only|solo|seul\w*|nur|apenas|soltanto|solamente) ([\w']+ ){0,3}(can|may|will|puede|peut|kann|pode|puo|"
                r"pueden|peuvent|konnen|podem|possono) (create|make|issue|creer|crear|criar|creare|erstellen|emitir|emettre|"
                r"emettere) (the |les |los |las |os |as |gli |le |die |des |new )?(nfts?|tokens?|them|jetons|fichas|cards|"
                r"badges|tickets|certificates|ones)|"
                # the asker mints, in the first person: "yo acuño los lotes", "je frappe", "eu cunho", "io conio"
                r"(yo|je|nous|ich|wir|eu|nos|io|noi) (acuno|acunamos|frappe|frappons|prage|pragen|cunho|cunhamos|conio|"
                r"coniamo|emito|emitimos|emets|emettons|emetto|emettiamo|minteo|minto)\b|"
                # "nous sommes les seuls à pouvoir les créer": the asker alone creates them
                r"(nous sommes|somos|siamo|wir sind|we are|we're) (les seuls?|los unicos|las unicas|gli unici|le uniche|"
                r"die einzigen|os unicos|as unicas|the only ones?)( a| que| che| who| die)? ?(pouvoir |poder |potere |can |"
                r"podemos |possiamo |pode |konnen )?(les |los |las |li |le |sie |os |as |them )?(creer|crear|creare|criar|"
                r"erstellen|emettre|emitir|emettere|frapper|acunar|coniare|cunhar|minter|mintear|mint|create|issue|pragen)|(owner|admin|we|i) (makes?|does|do|handles?) the mint(ing)?\b|only (the )?[\w'-]+ (makes?|does|do|handles?) the mint(ing)?\b|mintable|minteable|mintabile|mintavel|mintaveis|mintbar|nachpragbar|"
                # someone named as the one who mints: "race office mints them", "só eu crio", "solo noi le coniamo"
                r"((the|our|my|their) )?(?!(nobody|anyone|anybody|everyone|everybody|people|users|fans|holders|buyers|visitors|"
                r"customers|collectors|someone|no one|who|which|that)\b)[\w'-]+( [\w'-]+)? (mints|issues) (them|it|these|those|new|"
                r"each( one)?|every( one)?|one( per| for| each)?|"
                r"the (medals|badges|tokens|nfts|"
                r"passes|tickets|cards))|(only|just|solo|so|seul|seule|seuls|nur|solamente|soltanto|apenas) (i|me|we|us|eu|"
                r"nos|yo|nosotros|moi|nous|ich|wir|io|noi)( \w+)? (mint\w*|create|crio|criamos|creo|creamos|cree|creons|"
                r"erstelle|erstellen|prage|pragen|creiamo|conio|coniamo|emito|emitimos)\b|"
                # one named hand that issues, either order: "solo la cooperativa (owner) puede emitirlos", "seul le
                # président (owner) émet", "nur der Kommandant prägt sie", "emite solo el dueño"
                r"(?<!no )(?<!not )(only|solo|solamente|unicamente|seul|seule|nur|apenas|soltanto) (the |la |el |le |der |die |das |o |a |"
                r"il |lo |l')?[\w'-]+( \([\w ]+\))?( [\w'-]+)? (can |may |puede |peut |darf |pode |puo )?(mints?|minten|"
                r"mintear|emite|emiten|emitirlos|emitirlas|emitir|emet|emettre|emette|emettono|pragt|pragen|cunha|cunhar|"
                r"conia|coniare|issues)\b|"
                r"(mints?|mintea|mintean|mintam|minta|emite|emita|emitan|emet|emette|pragt|cunha|conia|issues) (solo|solamente|seul|seule|"
                r"nur|apenas|soltanto|only) "
                r"(the |el |la |le |der |die |o |a |il |lo )?[\w'-]+|"
                # "the coop mints, burn when sold": a named hand that mints, its clause ending there
                r"(the|our) (?!(nobody|anyone|anybody|everyone|everybody|people|users|fans|holders|buyers|visitors|customers|"
                r"collectors|public)\b)[\w'-]+ mints(?=\s*[,;.]|\s*$)|"
                # a learner's "The coop mint the pieces", "our shop mint new tokens": the same hand, the verb unbent
                r"(the|our) (?!(nobody|anyone|anybody|everyone|everybody|people|users|fans|holders|buyers|visitors|customers|"
                r"collectors|public|players|members|guests|students|parents|kids|children)\b)[\w'-]+ mint (the|our|all the|"
                r"new|more|every|each) (tokens?|nfts?|pieces|items|cards|badges|tickets|certificates|editions|copies|"
                r"units|coins|points|ones|vouchers|passes)\b|"
                # "Die Werkstatt prägt, Inhaber können verbrennen", "el taller acuña, ...", "l'atelier frappe."
                r"(die|der|das|unsere?|el|la|nuestr[oa]|notre|o|a|nosso|nossa|il|nostr[oa]) (?!(niemand|nadie|personne|ninguem|"
                r"nessuno|jeder|jede|cualquiera|chacun|qualquer|chiunque|alle|todos|tous|tutti|kunden|clientes|clients|"
                r"clienti|inhaber|halter)\b)[\w'-]+ (pragt|mintet|acuna|emite|frappe|emet|cunha|conia|emette)(?=\s*[,;.]|\s*$)|"
                # "c'est moi qui émets", "soy yo quien acuña", "sono io che conio"
                r"(c'est|es|soy|sono|sou|bin) (moi|yo|io|eu|ich) (qui|quien|que|chi|der) (emets|emet|frappe|mint\w*|emito|acuno|"
                r"acuna|conio|conia|cunho|cunha|prage)\b|"
                # a form's "More later?: yes", "Mint more later? yes"
                r"(mint )?more( tokens)? later\s*\??\s*[:=]?\s*(yes|si|oui|ja|sim)\b|"
                # "we'll mint 30k now and more later as needed": a first amount, then more by the asker
                r"(mint\w*|issu\w*|now|at launch|to start( with)?|initially|up ?front|at first)\b[^.;!?\n]{0,60}?"
                r"(and|then|plus|,) (then |maybe |possibly |some |a few |a bit )?more (later|afterwards|as needed|when needed|"
                r"if needed|over time|in (the )?future|down the (road|line)|next (year|season)|each (year|season|month)|"
                r"every (year|season|month)|whenever)\b|"
                r"(acun\w*|emit\w*|ahora|al inicio|al principio)\b[^.;!?\n]{0,60}?(y|luego) (luego |despues )?mas "
                r"(despues|luego|adelante|mas adelante|cuando (haga falta|sea necesario))\b|"
                r"(frapp\w*|emet\w*|emis|maintenant|au lancement|au depart)\b[^.;!?\n]{0,60}?(et|puis) (d'autres|davantage) "
                r"(plus tard|ensuite|au besoin|si besoin)\b|"
                r"(prag\w*|jetzt|zum start|anfangs)\b[^.;!?\n]{0,60}?(und|dann) (spater|bei bedarf) (mehr|weitere)\b|"
                r"(cunh\w*|emit\w*|agora|no inicio)\b[^.;!?\n]{0,60}?(e|depois) mais (depois|tarde|mais tarde|quando "
                r"(for )?preciso)\b|"
                r"(coni\w*|emett\w*|ora|subito|all'inizio)\b[^.;!?\n]{0,60}?(e|poi) altri (dopo|piu avanti|in seguito|"
                r"quando serve)\b|"
                # "only board make new ones", "only the club can print more"
                r"(only|just|solely) (the )?[\w'-]+ (can |may )?(make|makes|create|creates|issue|issues|print|prints) "
                r"(new ones|more|new tokens|additional ones|extra ones)|"
                # "co-op mints as owner", "owner is minting", "should own the contract and mint them"
                r"\b(mints|issues) as (the )?(owner|admin|issuer)\b|\b(owner|admin|we|i) (is|are|am|will be) minting\b|"
                r"\bown the contract (and|to) mint\b|"
                # the owner as the subject of issuing: "o dono emite", "le propriétaire émet", "the owner issues"
                r"(owner|admin|dono|proprietario|propietario|proprietaire|besitzer|eigentumer|amministratore|"
                r"administrador|administrateur)( \w+)? (emite|emitira|emet|emettra|emette|emettera|issues|will issue|"
                r"acuna|cunha|conia|pragt|gibt neue)\b|"
                # creating new units after launch, as a noun: "création de jetons après le déploiement", "Nachprägung"
                r"(nach|neu)pragung\w*|(creation|creacion|criacao|creazione|erzeugung|emission|emision|emissao|emissione|"
                r"issuance|minting|acunacion|cunhagem|coniazione|frappe) (de |des |of |di |do |dos |de nuevos |de novos |"
                r"di nuovi |de nouveaux |of new |von |neuer )?(nouveaux |new |nuevos |novos |nuovi |neuen |more |plus de )?"
                r"(jetons|tokens?|token|unites|monedas|moedas|gettoni|units|coins) (apres|after|despues|depois|dopo|nach|post)\b|"
                # the new units as a pronoun ("en créer de nouveaux", "crearne altri") or issuance qualified as more
                r"en (creer|emettre|frapper|generer|ajouter) (de nouveaux|d'autres|davantage|plus)|"
                r"(emission|emision|emissao|emissione|issuance|ausgabe|neuausgabe)s? (supplementaires?|additionnelles?|"
                r"nouvelles?|adicional(es)?|nuevas?|adicionais|nova|novas|aggiuntive?|ulteriori|nuove|additional|further|new|"
                r"zusatzliche\w*|weitere\w*)|(additional|further|new|nouvelle|zusatzliche|weitere|nuova|nueva|nova) "
                r"(issuance|emission|emision|emissao|emissione|ausgabe)|(?<!flash )(?<!flash-)minting(?! (price|fee|cost|phase|window))|"
                r"(can|may|could|should be able to|able to|will|must|shall|should)( not| never| also| later|n't)? "
                r"(mint|issue)\b(?! (for|at) )|"
                r"(can|may|could|will|should) (\w+ ){0,2}be (minted|issued|created)|"
                r"mint (more|new|additional|further|extra|later|tokens later|on demand)|mint function|"
                r"\bminters?\b|(owner|admin|minter|i|we)\)? ((alone|only|solely|myself|ourselves) )?(can )?mints?\b(?! for)|issue more|(?<!initial )(?<!token )issuance|"
                r"acun(ar|able|acion|ables)|puede acunar|frapp(er|able|ables)|minter|emettre de nouveaux|"
                r"mintbar|minten|pragbar|pragen|nachpragen|nachzupragen|zu pragen|nachgepragt|kann (neue )?(tokens )?(pragen|minten)|cunh(ar|avel|aveis|agem)|"
                # "Weitere Token sollen später geprägt werden können": more tokens to be minted later
                r"(neue|weitere|zusatzliche|mehr) (tokens?|munzen|einheiten)( \w+){0,3} (gepragt|gemintet|ausgegeben|erzeugt) "
                r"werden (konnen|durfen)|"
                # "com mint e burn", "with mint and burn": the two abilities named as a pair
                r"(?:(?<=with )|(?<=com )|(?<=con )|(?<=avec )|(?<=mit ))mint(?:ing)?(?=\s*(?:and|e|y|et|und|&|,|/)\s*(?:burn|paus))|"
                r"(?:(?<=burn and )|(?<=burn e )|(?<=burn y )|(?<=burn et )|(?<=burn und )|(?<=burn & ))mint(?:ing)?\b|"
                r"conia(re|bile|bili|zione)|acunar(l[oa]s?)|coniar(l[oie]|ne)|"
                r"(creates?|makes?|prints?|generates?|adds?|issues?|mints?)( any)? (more|additional|new|further|extra) (tokens|coins|units|supply|shares|"
                r"points|credits|of them)|(create|make|print|generate|add) more(?! [\w-]+( [\w-]+)? than\b)|"
                r"(crear|emitir|acunar|generar) (mas )?(tokens|unidades|monedas) (nuev[oa]s|adicionales)|"
                r"(crear|emitir|acunar|generar) (nuev[oa]s|mas) (tokens|unidades|monedas)|"
                r"(creer|emettre|frapper|generer) (de nouveaux|des nouveaux|d'autres|davantage de|plus de) (jetons|tokens|unites)|"
                r"(criar|emitir|cunhar|gerar) (novos|mais) (tokens|unidades|moedas)|"
                r"(creare|emettere|coniare|generare) (nuovi|altri|ulteriori) (token|gettoni|unita)|"
                r"(neue|weitere|zusatzliche|mehr) (tokens?|munzen|einheiten|[a-z][\w-]*) (zu )?(pragen|minten|erzeugen|erstellen|ausgeben|ausstellen|schaffen)|crear mas|emitir mas|criar mais|emitir mais|"
                r"(creation|creacion|criacao|creazione|emission|emision|emissao|emissione) (de |di |of )(nouveaux|nuevos|novos|"
                r"nuovi|new|more|d'autres|autres|otros|outros|altri) (jetons|tokens|unidades|monedas|moedas|gettoni|unites|coins)|"
                r"(creation|creacion|criacao|creazione|emission|emision|emissao|emissione) (de |di )?(jetons|tokens|unidades|"
                r"gettoni|moedas|monedas|unites) (supplementaires|adicionales|adicionais|aggiuntivi|additionnels)|"
                r"gerar mais|cunhar(mos)? mais|cunhemos mais|acunar(emos)? mas|acunemos mas|coniarne (altri|di piu)|"
                r"(en )?emettre (davantage|plus|d'autres|de nouveaux)|creer (davantage|plus) de (jetons|tokens)|"
                r"mehr (tokens |munzen )?(erzeugen|erstellen|ausgeben|schaffen)|crear(ne)? (altri|di piu)|emettere (altri|di piu)",
    "burnable": r"burn(able|ing|s|ed)?|burnen|burnbar|geburnt|bruciatura|(?<![\w])brennbar(?= (und|sowie|mit|,)|,)|"
                # "lo studente brucia il buono quando viene a lezione": the holder burns the token, in the present
                r"(brucia|bruciano|quema|queman|queima|queimam|brule|brulent|verbrennt) (il |lo |la |i |gli |le |el |los |"
                r"las |o |os |a |as |les |den |die |das |seu |sua |su |sus |son |sa |ses |il suo |la sua )?(buon[oi]|"
                r"token|tokens|gettoni?|bigliett[oi]|voucher|vouchers|tickets?|vales?|bonos?|jetons?|billets?|bons?|"
                r"gutscheine?|cupon(es)?|coupons?|fichas?|entradas?|ingressos?)\b|"
                # the passive said of the tokens: "ils sont brûlés à l'entrée", "vengono bruciati all'ingresso"
                r"(sont|seront|son|seran|sao|serao|sono|saranno|vengono|werden) (\w+ )?(brules|brulees|quemad[oa]s|"
                r"queimad[oa]s|bruciat[ie]|verbrannt)|"
                # and with a modal: "que les jetons puissent être brûlés", "que puedan ser quemados", "possano essere bruciati"
                r"(puissent|peuvent|pourront|doivent pouvoir|puedan|pueden|podran|possam|podem|poderao|possano|possono|"
                r"potranno) (etre|ser|essere) (brules|brulees|quemad[oa]s|queimad[oa]s|bruciat[ie])|"
                # "destruction possible par les détenteurs": the act as a noun, allowed to holders
                r"(destruction|destruccion|destruicao|distruzione|vernichtung|brulage|quema|queima) (possible|permise|"
                r"autorisee|posible|permitida|possivel|possibile|consentita|moglich|erlaubt|allowed) (par|por|pelos|pelas|"
                r"dai|da|durch|by|pour|para) (les |los |las |os |as |i |gli |die |the )?(detenteurs|titulares|poseedores|"
                r"tenedores|detentores|possessori|detentori|inhaber|halter|holders|proprietaires|propietarios)|"
                r"(quemar|quemando|queimar|queimando|bruciare|bruciando|brulant|destruyendo|destruindo|distruggendo)"
                r"(l[oa]s?|l[aeio]|ne|-l[oa]s?)|destroy(able|ed|ing|s)?|detrui(re|t|ts)|destrui(r|rlos|rlas|ble|bles)|"
                r"zerstor(en|bar|t)|vernicht(en|bar|et)|verbrannt|distrugg(ere|erli|erne|ibil[ei])|destrui(r|-l[oa]s)|quem(ar|able|ables|ado|a)|quemar(l[oa]s?|se)|queimar-se|bruciarsi|se bruler|brul(er|able|ables|e|ure)|verbrenn(en|bar|t)?|"
                r"queim(ar|avel|aveis|a|ado|ada|ados|adas|am|em)|queima-?l[oa]s?|brucia(re|bile|bili|ti|no)|bruciar(l[oie]|ne)|"
                r"queman|brulent|verbrennen sie",
    "pausable": r"pauser( role)?|pauser_role|sospendibil[ei]|(?<=nada de )pausas|(?<=sin )pausas|(?<=sem )pausas|(?<=pas de )pauses|(?<=no )pauses|(emergency|emergencia|urgence|notfall|emergenza)( \w+){0,2} (stop|stopping|pause|brake|halt|"
                r"freeze|switch|function)|(stop|stopping|halt|freeze|freezing|pause) (function|switch|button|mechanism)|"
                r"circuit ?-?breaker|notbremse|not-?aus|(owner|admin|we|i|the club|the band) (can |may )?pauses? "
                r"(it|the token|transfers|trading|everything)\b|im notfall( \w+){0,4} (anhalten|stoppen|pausieren|einfrieren)|"
                # "Transfers must never be freezable", "que ninguém possa congelar", "que nadie pueda congelar nada"
                r"(?<=be )freez(e?able)\b|(?<=transfers )freez(e?able)\b|(possa|pueda|puisse|kann|konnte|pode|puede|peut|puo) "
                r"(congelar|congeler|geler|einfrieren|congelare)(?= *(?:[.,;!?]|$|nada|rien|nichts|niente|nulla|tudo|todo|tout|"
                r"alles|tutto)(?![\w]))|"
                r"(alles|alle transfers|den token|die token) (anhalten|stoppen|pausieren) (konnen|kann|darf|durfen)|arret d'urgence|parada de emergencia|pausa di emergenza|"
                r"(for|in|for an?) (emergenc(y|ies)|emergency time)|(mettre|poner|colocar|por|mettere)( \w+){0,3} (en|in|em) paus[ae]|paus(able|e|ed|ing|ar|avel|aveis|abile|abili|ierbar|ieren|iert|a|ado|ada|ados|adas|ato|ata|ati|ate|arl[oa]s?|ando|arl[aeio]|arse|ar-se)|mettre en pause|mis en pause|"
                r"(stop|halt|freeze|suspend|block|pause)(s|ped|ping|ing|ed)? (or|and|/) (stop|halt|freeze|suspend|block|pause)"
                r"(s|ped|ping|ing|ed)? (all the |all |the |any |every )?(token )?(transfers?|trasfers?|tranfers?|trading)|"
                # the noun of suspending, of transfers: "Sperrung oder Aussetzung von Übertragungen", "la suspension
                # des transferts", "a suspensão das transferências"
                r"(sperrung|aussetzung|pausierung|anhalten|einfrieren|suspension|blocage|gel|suspension|congelamiento|bloqueo|"
                r"suspensao|bloqueio|congelamento|sospensione|blocco|freezing|halting|suspending|stopping|pausing)"
                r"( (oder|or|ou|o|e|y|und|ni|nor) \w+)? (von|der|aller|of|of all|des|de|de los|de las|das|dos|di|dei|delle|degli) "
                r"(ubertragungen|transfers|transferts|transferencias|trasferimenti)|"
                r"(stop|halt|freeze|suspend|block)(s|ped|ping|ing|ed)? (all the |all |the |any |every )?(token )?(transfers?|trasfers?|tranfers?|trading)"
                r"(?! (to|from|of|by)\b| for (specific|certain|flagged|blacklisted|blocked|individual|some|particular|"
                r"those|these)\b| for (an? |one |single )?(address|user|wallet|account|holder)s?\b)|"
                r"(detener|congelar|suspender|bloquear) (todas )?las transferencias|"
                r"(arreter|geler|suspendre|bloquer) (tous )?les transferts|"
                r"(alle |samtliche |jegliche |die )?(transfers|ubertragungen|uberweisungen) (\w+ )?(stoppen|anhalten|einfrieren|sperren|anzuhalten|zu stoppen|einzufrieren|zu sperren|zu pausieren)|"
                r"(parar|congelar|suspender|bloquear) (todas )?as transferencias|"
                r"(fermare|congelare|sospendere|bloccare)( per un po'?| temporaneamente)? (tutti )?(i |gli )?(trasferimenti|movimenti|scambi)( dei \w+)?|"
                # the transfers first, then the verb in the passive: "i trasferimenti non devono mai poter essere sospesi"
                r"(trasferimenti|transferencias|transferts|transfers|transferencias|movimenti|scambi) ([\w']+ ){0,5}"
                r"(sospes[ioae]|suspendid[oa]s|suspendu[se]?s?|suspended|suspens[oa]s|congelat[ie]|congelad[oa]s|gele(e|s|es)?|"
                r"frozen|paused|pausad[oa]s|mis en pause|messi in pausa|in pausa)\b|"
                r"(bloquer|geler|suspendre|arreter) (tous )?les echanges|(bloquear|congelar|suspender|detener) (todos )?los intercambios|"
                r"(bloquear|congelar|suspender) (todas )?as trocas|"
                r"(detener|congelar|suspender|bloquear|parar)( temporalmente)? (todos )?(los )?movimientos|"
                r"(stop|halt|freeze|suspend|block)( all)? (token )?movements|"
                # "we don't want anyone able to freeze it": the whole token stopped, said of it
                r"(able to|can|could|may) (freeze|halt|stop) (it|the token|the coin|everything)(?![\w])|"
                r"(arreter|geler|suspendre|bloquer) (tous )?les mouvements|"
                r"(parar|congelar|suspender|bloquear) (todas as |todos os )?(movimentacoes|movimentos)",
    "permit": r"permit|eip ?2612|erc ?2612|gasless( approvals?)?|signed approvals?|aprobaciones firmadas|"
              # "people can sign to approve without paying gas"
              r"sign( \w+)? to approve( \w+)? (without|with no) (paying )?(any )?gas|approv\w* without (paying )?(any )?gas|"
              r"(sign (the |an? )?)?approv(e|al|als) without gas|gas-?free approv\w*|"
              r"approv\w* (by|with|via|through) (a |an |their )?(off-?chain )?signatures?|signature-?based approv\w*|"
              r"(don't|do not|dont|never|without) pay(ing)? (any )?gas for (the |their )?approv\w*|"
              r"(approvazioni|aprobaciones|approbations|aprovacoes|genehmigungen|freigaben) (senza|sin|sans|sem|ohne) gas|"
              r"approbations? signees|signierte genehmigungen|aprovacoes assinadas|approvazioni firmate",
    # not a fan vote held off-chain: "burn for the voting event", "vote in our song contest"
    "votes": r"(pouvoir|poder|poter|potere|able to|konnen) (voter|votar|votare|vote|abstimmen) (avec|con|com|with|mit)\b|"
             r"(servire|servir|usarsi|usarse|utilises?|used|usados?|usati|dienen) (per|para|pra|pour|to|for|zum|a) (votare|votar|voter|vote|"
             r"voting|abstimmen)|"
             # "Queremos votaciones con delegación", "votazioni con delega"
             r"(votaciones|votacion|votazioni|votazione|votacoes|votacao|votes|voting|abstimmungen) (con|com|with|avec|mit) "
             r"(delegacion|delegacao|delega|delegation|delegierung)|"
             r"vot(e|es|ing)(?! (event|events|contest|show|night|day|party|round|poll|polls|period for fans)\b)"
             # (not a meeting's tally: "approved this on 14 March, 23 votes to 2")
             r"(?<!\d vote)(?<!\d votes)|"
             # "los tokens tienen que servir para votar con delegación", "votare con delega", "voter avec délégation"
             r"(votar|votare|voter|abstimmen|stimmen) (con|com|avec|mit) (delegacion|delegacao|delega|delegation|delegierung)|"
             # (not a delegation of people: "pour la délégation des chorales")
             r"delegat(e|ed|es)|delegation(?! (des|of the|of|de la|de los|de|del|della|der|da|dos|from|to) (?!vot|voix|stimm))|"
             r"voting power|governance token|(token|tokens|jeton|jetons|ficha|fichas|moneda|moeda|gettone|gettoni) (de|di) (gobernanza|governance|"
             r"governanca|governo)|votos?|votacion|droit de vote|"
             r"delegu\w* (leurs |ses |sus |seus |i loro |ihre |their )?(voix|votos|voti|stimmen)|voix( \w+)? delegables?|delegab\w*|delegav\w*|delegierbar\w*|(stimmen|voix|votos|voti) (zu )?delegier\w*|"
             r"stimmrecht(e|en|s)?|(?<!\d )stimmen|abstimmung\w*|votacao|voti|votazion\w*|diritto di voto",
    "flashmint": r"flash ?-?(mint(ing|s|able)?|loans?|lending)|erc ?3156|(prets?|prestamos?|emprestimos?|prestiti|prestito)"
                 r"[ -](flash|relampago|lampo|eclair)|flash-?(kredit\w*|darlehen)|(credit|pret)s? eclair|"
                 # "so market makers can borrow inside a single transaction": what a flash loan is
                 r"borrow(s|ed|ing)? (\w+ ){0,3}(inside|within|in) (a |one )?single (transaction|tx|block)",
    "capped": r"cap(ped|s)?|capped supply|max(imum)? (total )?supply|supply cap|hard ?-?cap(ped)?|tope|"
              r"suministro maximo|plafond|offre maximale|limite maximale|\w*(ober|hochst)grenze|hochstmenge|"
              r"fornecimento maximo|teto|limite massimo|no maximo|ao maximo|como maximo|al maximo|al massimo|au maximum|tetto( massimo)?|offerta massima|max(imum)?\b|massimo|maximo|maximal|"
              r"upper limit|supply limit|limits? (for|on|to|of|in) (the )?(deposits?|supply|total supply)|limite superior|"
              r"ceilings? (on|for|to|of|in) (the )?(deposits?|supply|total supply)|(deposit|supply) ceiling|"
              r"(cap|maximum) (on|for|to|of|in) (the )?deposits?|"
              r"limite (ai|aos|a los|aux|sur les|para los|per i) deposit\w*|limite (de|dei|des) deposit\w*|"
              r"(push|take|bring|raise|grow) the (total|supply|total supply) (beyond|above|over|past)|"
              r"limite superieure|deposit (limit|cap)|max(imum)? deposits?|limite de (deposito|depot)s?|limite des depots|"
              r"einzahlungs(limit|grenze|obergrenze)|limite di deposito|limite (sur|aux) (les )?depots",
    "roles": r"roles?|role-based|access ?control|rbac|rol(es)?|rollen\w*|ruoli|ruolo|papeis|funcoes|rollenbasiert\w*|"
             r"zugriffskontrolle|control de acceso basado en roles|controle d'acces|controle de acesso|controllo degli accessi",
    "ownable": r"ownable|single owner",
    "access_none": r"(no|without( an?)?) (access control|owner|admin|administrator|privileged (roles?|functions?|accounts?))|"
                   r"nothing privileged|ownerless|no privileges|no one (is )?privileged|"
                   # "sem dono único" (no single owner) asks for roles, not for no access control
                   r"(sin propietario|sans proprietaire|ohne (besitzer|eigentumer)|sem (dono|proprietario)|"
                   r"senza proprietario)(?! (unico|unica|unique|einzig\w*|singolo|singola|solo))",
    # "list every certificate a client holds", "lister tous les jetons qu'un client possède": the holder's tokens
    "enumerable": rf"({_LIST})( [\w'-]+){{0,4}} (of|de|di|du|von|da|do|des|della|dos|das) (each|cada|chaque|ogni|"
                  rf"jede[rsmn]?|one|any|um|uma|una|une|un|einer|einem) (wallet|carteira|cartera|billetera|portefeuille|"
                  rf"portafoglio|adresse|direccion|endereco|indirizzo|konto|conta|cuenta|compte|address|holder|titular)|"
                  rf"({_LIST})( of)? ({_ALL})( [\w'-]+){{0,6}} ({_HOLDS})|"
                  # "dev'essere possibile elencarle tutte direttamente dal contratto": every token, listed on chain
                  rf"({_LIST}|elencar)(l[aeio]|los|las|les)? ({_ALL})( [\w'-]+){{0,3}}? (directly |direttamente |directamente |"
                  r"directement |direkt |diretamente )?(from|on|in|dal|nel|del|en el|desde el|depuis le|dans le|du|vom|im|do|no) "
                  r"(the )?(contract|contratto|contrato|contrat|vertrag|chain|catena|cadena|blockchain)|"
                  # "on veut pouvoir énumérer tous les jetons on-chain"
                  rf"({_LIST}|elencar)(l[aeio]|los|las|les)? ({_ALL})( [\w'-]+){{0,3}}? (on-?chain|onchain|on the chain|"
                  r"en cadena|sur la chaine|sulla catena|na cadeia)|"
                  # "listar todos os NFTs de um fã": every token of one someone, whoever the someone is
                  rf"({_LIST})( [\w'-]+){{0,2}} ({_ALL})( [\w'-]+){{0,2}} (nfts?|tokens?|jetons?|fichas?|gettoni|items?|pieces?|"
                  rf"pezzi|pecas|piezas|stucke) (of|de|di|du|von|da|do|della|owned by|held by) (one|a|an|um|uma|una|une|un|"
                  rf"einer|einem|ein|any|each|cada|chaque|ogni|qualquer|cualquier|qualsiasi) [\w'-]+|"
                  r"enumeration|enumeracion|enumeracao|enumerazione|aufzahlung|enumerierung|enumerable|enumerab\w*|token ?by ?index|token ?of ?owner ?by ?index|enumeravel|enumeraveis|enumerier\w*|enumerabile|enumerabili|aufzahlbar\w*|"
                  # "una colección que se pueda enumerar", "que l'on puisse énumérer"
                  r"(pueda|puedan|possa|possano|puisse|puissent|possam|kann|konnen|can|could) (be |ser |etre |essere )?"
                  r"(enumerar|enumerer|enumerare|enumerated|enumerata|enumerada|enumerado|enumeree|aufgezahlt)|"
                  # "on veut pouvoir les énumérer", "queremos poder enumerarlos"
                  r"(pouvoir|poder|poter|konnen|able to) (les |los |las |le |li |la |sie |them |all of them )?"
                  r"(enumerar(los|las)?|enumerer|enumerar(l[aeio])?|enumerare|aufzahlen|enumerate)",
    "uri_storage": r"uri storage|per[- ]token (uris?|metadata)|"
                   # "L'URI de chaque jeton doit être stockée individuellement"
                   r"(uri|url)s? (de chaque jeton |of each token |de cada token |di ogni token |jedes tokens )?(doit|must|debe|deve|muss|"
                   r"should|will|is|sera) (etre |be |ser |essere |werden |)?(stockee?s?|stored|almacenad[oa]s?|armazenad[oa]s?|"
                   r"memorizzat[oa]|gespeichert) (individuellement|individually|individualmente|einzeln|separately|por separado|"
                   r"separatamente|per token)|"
                   # "metadata is per token (we upload every photo separately)"
                   r"metadata (is |are |will be )?(stored |kept |saved |set )?(separate |individual |different )?(per|for each|for every) (single )?"
                   r"(token|nft|piece|item|certificate)s?\b|"
                   # "con l'URI salvato per ogni singolo token", "the URI stored for each single token"
                   r"(uri|url)s?( \w+){0,2} (salvat\w*|memorizzat\w*|guardad\w*|almacenad\w*|stockee?s?|enregistree?s?|"
                   r"gespeichert|armazenad\w*|stored|saved|kept|set) (per|por|pour|fur|para|for|je) ((ogni|cada|chaque|jedes?n?|"
                   r"each|every)( singolo| single| individual| einzelne\w*| seul| solo)? )?(token|nft|pezzo|pieza|piece|item)s?|"
                   # "we will set metadata url for each one": a link per token, set one by one
                   r"(set|give|store|assign|attach)s? (a |the |its |their )?(own )?(metadata )?(urls?|uris?|links?) (for|of|to|per) "
                   r"(each|every) [\w-]+|(own|individual|separate|custom|unique|eigenen?) "
                   r"(metadata |metadaten-?|metadaten |photo |image |picture |art |artwork |json )?(token )?(uris?|links?|urls?)|(proprio|propio|propia|propre|eigene[nrs]?|propri[oa]) "
                   r"(link|uri|url|enlace|lien)|(its|their) own (metadata )?uri|"
                   # "um link de metadados próprio para cada peça", "un lien de métadonnées propre à chaque pièce"
                   r"(links?|uris?|urls?|enlaces?|liens?|collegamenti|collegamento) (de |des |di |dei |der |zu )?(metadados|"
                   r"metadatos|metadonnees|metadati|metadaten|metadata) (proprios?|propios?|propres?|propri[oa]?|eigene\w*)|each token (gets|has) (its|a) own|"
                   r"uris? (propias?|propres?|pro token|propri[ao]?)|"
                   # "cada NFT com os seus próprios metadados"
                   r"(seus|suas|sus|ses|leurs|their|its|suoi|sue|ihre|seine) (proprios|propios|propres|own|propri|eigenen) "
                   r"(metadados|metadatos|metadonnees|metadata|metadati|metadaten)|(uri|url) (por|par|pro|per) (token|nft|ficha|jeton)|"
                   r"token ?uri per|set ?token ?uri|uri per token|"
                   # "URI separata per ogni token", "un URI per ogni singolo token", "so the URI is per token"
                   r"(uris?|urls?) (is |are |e |es |est |ist )?((separat\w*|separad\w*|distint\w*|distinct\w*|individual\w*|"
                   r"different\w*|own|propri\w*|propi\w*|eigene\w*) )?(per|por|pour|for|para|pro|fur) (ogni |cada |chaque |each |"
                   r"every |jede[ns]? )?(singolo |single |individual |einzelne[ns]? )?(token|nft|gettone|ficha|jeton)s?|"
                   # "ogni tappeto ha il suo URI di metadati", "cada pieza tiene su URI", "chaque pièce a son URI"
                   r"(ogni|cada|chaque|jede[rs]?|each|every) [\w-]+ (ha|tiene|tem|a|hat|has|gets|riceve|recibe|recoit|recebe|"
                   r"bekommt) (il suo|la sua|su|sua|son|sa|seine?n?|its|a|un|una|une|uma|einen?) (\w+ )?(uri|url|link|enlace|lien)\b|"
                   # "riceve un token con i suoi metadati", "ogni token deve avere il suo URI individuale"
                   r"(con|with|avec|mit|com) (i suoi|sus|ses|its own|seus|ihren|their own|its|their) (propri |propios |propres |"
                   r"eigenen |proprios |own )?(metadati|metadatos|metadonnees|metadata|metadados|metadaten)|"
                   r"(deve avere|must have|should have|debe tener|doit avoir|muss haben|deve ter|has|gets|ha|tiene|tem) (il suo|la sua|"
                   r"its|its own|su|son|sa|seine?n?|o seu|a sua) (propri[oa] |propi[oa] |own )?(uri|url|link|enlace|lien) "
                   r"(individual\w*|propri\w*|propi\w*|eigene\w*|own|unico|unica|unique)|"
                   # "ogni pezzo con il suo URI", "cada pieza con su URI", "each piece with its own URI"
                   r"(ogni|cada|chaque|jede[rs]?|each|every) [\w-]+ (con|with|avec|mit|com) (il suo|la sua|su|sua|son|sa|seine?[nm]?|its|"
                   r"its own|o seu|a sua) (propri[oa] |propi[oa] |propre |eigene[nm]? |own )?(uri|url|link|enlace|lien)\b|"
                   r"(own|individual|separate) metadata|metadatos propios|metadonnees propres|eigene metadaten|"
                   r"metadados individuais|metadatos individuales|metadonnees individuelles|individuelle metadaten|"
                   r"metadati individuali|"
                   r"metadados proprios|metadati propri|metadaten (pro|je) token|metadati per (ogni )?token|metadatos por token|"
                   r"metadonnees par jeton|metadados por token|"
                   r"stockage (d'|de |des )?uris?|almacenamiento (de |del )?uris?|uri-?speicher(ung)?|"
                   r"speicherung (der |von )?uris?|armazenamento (de |do )?uris?|(archiviazione|memorizzazione) "
                   r"(degli |dei |di |delle )?uri|uris? (par|por|pro|per) (jeton|token|ficha|gettone|nft)",
    "royalties": r"royalt(y|ies)|erc ?2981|regalias|regalia|redevances?|lizenzgebuhr(en)?|tantiemen|royalties|diritti d'autore|"
                 # "every resale pays 8% to the bar": a share of each resale is a royalty
                 r"(every|each|any|on) (re-?sales?|secondary sales?) (pays?|gives?|sends?)( back)?( \w+)? \d|"
                 # "5% of every resale on marketplaces paid back to the club"
                 r"\d+(?:[.,]\d+)? ?% (of|on|from) (every|each|all|any) (re-?sales?|secondary sales?)|"
                 # "every time a collector resell a mask token, 8% of the price must come back to our workshop"
                 r"(re-?sells?|re-?sold|re-?selling|re-?sales?|reventas?|revendu\w*|reventes?|weiterverkauf\w*|revendas?|"
                 r"rivendit\w*|rivend\w*)[^.;!?\n]{0,60}?\d+(?:[.,]\d+)? ?%",
    "supply_tracking": r"supply tracking|"
                       # "der Gesamtbestand pro ID soll abrufbar sein", "die Gesamtmenge je Artikel"
                       r"(gesamtbestand|gesamtmenge|gesamtanzahl|bestand|umlaufmenge) (pro|je|fur jede[ns]?) (id|token-?id|"
                       r"art|sorte|typ|artikel|los|motiv|ausgabe)\b|"
                       # "sapere quanti buoni ci sono in giro per ogni corso", "how many are out there for each id"
                       r"(quant[ie]|cuant[oa]s|quant[oa]s|combien( de)?|wie viele) ([\w']+ ){0,6}?(ci sono|hay|existen|existem|"
                       r"ha|il y a|es gibt|circulan|circulam|circolano|en circulation|in giro|im umlauf)( [\w']+){0,3}? (per|por|"
                       r"para|pour|pro|je) (ogni|cada|chaque|jede[ns]?) [\w-]+|"
                       # "keep per-kit supply totals", "pro Form die Gesamtmenge abfragen können"
                       r"per[- ]\w+( total)? supply( totals?| counts?)?|supply totals? (per|for each|of each) \w+|"
                       r"(pro|je) \w+ (die )?(stuckzahl|anzahl|menge|gesamtmenge|umlaufmenge) (\w+ ){0,2}(abfragen|abrufen|"
                       r"einsehen|sehen|zahlen|nachverfolgen|verfolgen)|"
                       # "die Stückzahl pro Dekor soll abrufbar sein": how many of each kind, readable
                       r"(stuckzahl|anzahl|menge|gesamtmenge|umlaufmenge) (pro|je) \w+ (soll |muss )?(abrufbar|abfragbar|"
                       r"einsehbar|sichtbar|nachvollziehbar|erfasst)|track(s|ing)? (the )?(total )?supply|total ?supply (per|of (each|every)|for (each|every))|"
                       r"total ?supply ?\( ?(?:uint256 )?id ?\)|exists ?\( ?(?:uint256 )?id ?\)|(keeps?|has|with) (its|their) own (total )?supply|"
                       r"(own|separate) total supply|supply per (id|item|token)|per[- ](id|item|token|type)( total)? supply|"
                       r"seguimiento del suministro|"
                       r"suministro por id|suivi de l'offre|offre par id|angebot pro id|fornecimento por id|offerta per id|"
                       r"(total|offre|quantite|suministro|menge|fornecimento|offerta|fornitura|oferta|angebot|supply|"
                       r"gesamtmenge|emision|emissao|tirage)( \w+)? (par|por|pro|per|de|for|je)( (each|every|ogni|cada|"
                       r"chaque|jede|jeden|jeder|qualquer|ciascun))? (id|ids|identifiant|identificador|identificativo|token|"
                       r"jeton|item|objet|oggetto|articolo|gegenstand)|"
                       # "keep a count per cord colour", "a tally for each badge"
                       r"(keep|keeps|keeping|track|tracks|tracking|with) (a |the )?(running |separate |live )?(count|tally|total|"
                       r"number minted)s? "
                       r"(per|of each|for each|for every|of every|by)|"
                       # "we want to know how many of each badge exist"
                       r"how many (of each|of every|per|for each) ([\w-]+ ){1,2}(exist|there are|are out|are minted|have been minted|"
                       r"are in circulation|circulate)",
    "updatable_uri": r"(uris?|urls?|metadata( links?)?) (swappable|changeable|replaceable|editable|updatable|updateable)|"
                     # "URI : https://…/{id}.json, qu'on doit pouvoir changer plus tard": the link given, then the wish
                     r"(uris?|urls?)(\s+base)?\s*:?\s*,?\s*(y\s+|e\s+|et\s+|und\s+|and\s+)?(qu'on|que l'on|que|which|that|die|che|qui|"
                     r"o que|lo que)\s+(on\s+|man\s+|we\s+|se\s+|si\s+)?"
                     r"(doit|deve|debe|peut|can|must|should|kann|muss|puo|pode|puede|pueda|possa|puisse)\s+"
                     r"(pouvoir |poder |potere |be able to |)"
                     r"(etre |ser |essere |be |werden )?(chang|modif|updat|actualiz|atualiz|aggiorn|mettre a jour|mis a jour|"
                     r"cambi|alter|anpass|aktualis)\w*|"
                     # "com URI que possa ser atualizada depois", "una URI que se pueda actualizar"
                     r"(uris?|urls?)s? (que|che|qui|die) (possa|pode|pueda|puede|se pueda|si possa|puisse|peut|kann) (ser |essere |"
                     r"etre |werden )?(atualizad\w*|actualizad\w*|actualizar|atualizar|alterad\w*|modificad\w*|aggiornat\w*|"
                     r"modifiee?|mise a jour|geandert|aktualisiert)|(uris?|urls?)[^\w,;]+(\w+[^\w,;]+){0,6}(can|may) (also )?(be )?(updat|chang|set|modif|edit)\w*|"
                     # "che l'URI si possa cambiare in seguito", "que la URI se pueda cambiar"
                     r"(uris?|urls?)s? (si|se) (possa|possano|pueda|puedan|pode|possa|puisse|peut|possam) (cambiare|modificare|"
                     r"aggiornare|cambiar|modificar|actualizar|alterar|mudar|atualizar|changer|modifier)|"
                     # "o URI tem de poder ser alterado mais tarde", "l'URI doit pouvoir être modifié"
                     r"(uris?|urls?) (tem de|tem que|tiene que|tienen que|ha de|debe|deve|doit|muss|devono|deben|debera|deberia|"
                     r"dovra|dovrebbe|devra|devrait|devera|deveria)( poder| pouvoir| potere| poter)? (ser |etre |"
                     r"essere |werden )?(alterad|modificad|cambiad|mudad|atualizad|actualizad|aggiornat|modificat|modifie|"
                     r"geandert|aktualisiert|cambiar|modificar|actualizar|alterar|mudar|atualizar|cambiare|modificare|aggiornare|"
                     r"changer|modifier|etre change|etre modifie)\w*|"
                     # "the URI has to stay changeable", "the metadata link must remain editable"
                     r"(uris?|urls?|metadata (links?|address(es)?))( \w+){0,3} (stay|stays|remain|remains|be|is|are) (changeable|"
                     r"updatable|updateable|editable|modifiable|mutable)|"
                     # "the metadata link we want to change later", "the URI we need to be able to update"
                     r"(uris?|urls?|metadata (link|address|url|uri))( \w+){0,4} (to|be able to) (change|update|edit|modify|replace) "
                     r"(it )?(later|afterwards|down the line|someday|eventually|over time)|"
                     # "The metadata will change later so the uri has to be updatable": the change foreseen
                     r"metadata (will|may|might|could|is going to) (change|move)|"
                     # "the URI might move later so let us change it"
                     r"(uris?|urls?|metadata (link|address|host))( \w+){0,2} ((might|may|could|will|can|is going to) )?(move|change|moves|changes)"
                     r"\b[^.;!?\n]{0,30}\b(change|update|set|edit|modify) it\b|"
                     # "La URI base es ipfs://... y el propietario tiene que poder cambiarla", "l'URI ..., on doit pouvoir
                     # la modifier": the URI, then a verb whose pronoun stands for it
                     r"(uris?|urls?|enlace|link|lien|collegamento|enlaces|links|liens)\b[^.;!?\n]{0,80}\b(cambiarl[ao]|modificarl[ao]|actualizarl[ao]|(alterar|altera|mudar|muda|trocar|"
                     r"troca|atualizar|atualiza)-?l[ao]|aggiornarl[ao]|modificarl[ao]|cambiarl[ao]|(la|le|l') ?(changer|modifier|"
                     r"actualiser|mettre a jour)|sie (andern|aktualisieren)|(change|update|edit|modify|replace) it)\b|"
                     # "o dono precisa poder trocar essa URI mais tarde", "cambiar la URI"
                     r"(trocar|mudar|alterar|atualizar|cambiar|modificar|actualizar|changer|modifier|andern|aktualisieren|"
                     r"cambiare|aggiornare|modificare) (essa |esta |a |la |el |le |l'|die |questa |l')?(uris?|urls?)\b|"
                     # "changer l'adresse des métadonnées plus tard", "change the metadata link later"
                     r"(change|update|move) (that|the|this|our) (metadata|metadaten) (address|location|link|url|uri|host)|"
                     r"(changer|modifier|cambiar|modificar|mudar|alterar|trocar|cambiare|modificare|change|update|andern) "
                     r"(l'adresse|la direccion|o endereco|l'indirizzo|the (address|location|link|url)|le lien|el enlace|"
                     r"o link|il link|die adresse|(esse|este|esta|cette|ce|questo|quel|esa|ese|this|that) (endereco|direccion|"
                     r"adresse|indirizzo|address|link|lien|enlace)) (des|de|de los|dos|dei|of the|der) (metadonnees|metadatos|"
                     r"metadados|metadati|metadata|metadaten)|"
                     # "URI https://… modifiable plus tard", "URI aggiornabile", "URI änderbar"
                     r"(uris?|urls?|metadaten)( \w+){0,4} (spater )?(andern|aktualisieren|anpassen|austauschen)( konnen| durfen)?|"
                     r"(uris?|urls?|metadata)\s+(\S+\s+)?(modifiable|modificable|modificavel|modificabile|aggiornabile|"
                     r"anderbar|changeable|updatable|updateable|editable|actualizable|atualizavel)|"
                     # the metadata's address named again: "diese Adresse später ändern", "change that URL later"
                     r"(this|that|diese|dieser|diesen|esta|este|ese|esa|essa|esse|cette|ce|cet|questa|questo|quella|quello) "
                     r"(address|url|uri|link|location|adresse|direccion|enlace|lien|endereco|indirizzo)( \w+){0,3} "
                     r"(updat|chang|modif|edit|ander|aktualisier|cambi|actualiz|atualiz|alter|mud|aggiorn)\w*|"
                     r"(updat|chang|modif|edit|ander|aktualisier|cambi|actualiz|atualiz|alter|mud|aggiorn|mettre a jour)\w*"
                     r"( \w+)? (this|that|diese|dieser|diesen|esta|este|ese|esa|essa|esse|cette|ce|cet|questa|questo|quella|"
                     r"quello) (address|url|uri|link|location|adresse|direccion|enlace|lien|endereco|indirizzo)|"
                     r"(updat|chang|modif|edit|cambi|actualiz|atualiz|alter|mud|aggiorn)\w*( \w+)? (the|el|le|la|o|a|il|den|die) "
                     r"(link|url|uri|enlace|lien)|"
                     # "a way to point the URI somewhere else later", "redirect the metadata link to a new host"
                     r"(point|move|redirect|switch|repoint|re-point)\w* (the |our |that |this )?(base )?(uris?|urls?|metadata( link| "
                     r"address| location)?) (somewhere else|elsewhere|to (a |an |our )?(new|another|different|other)\b)|"
                     # the URI, its address, then a relative clause: "l'URI de base https://…, que je puisse modifier"
                     r"(uris?|urls?)( de base| di base| base)?( \S+)?\s*,\s*(que|qu'|che|which|that|die|den|das)\s*(\w+\s+){0,3}"
                     r"(puisse|puissions|puissent|pourra|pourrons|pueda|podamos|puedan|possa|possiamo|possano|possamos|can|"
                     r"could|kann|konnen)\s+(\w+\s+){0,2}(modif|chang|updat|edit|cambi|actualiz|aggiorn|ander|aktualis|alter|mud|"
                     r"atualiz)\w*|"
                     # the URI under a modal of any of the six languages, then a verb of change
                     r"(uris?|urls?|metadata|metadatos|metadonnees|metadaten|metadados|metadati)[^\w,;]+(,\s*(which|that|and) )?"
                     r"(\w+[^\w,;]+){0,4}"
                     r"(can|may|must|should|puede|pueden|debe|deben|peut|peuvent|doit|doivent|pourra|kann|konnen|soll|"
                     r"sollen|muss|mussen|pode|podem|deve|devem|puo|possono|devono|potra)\W+(\w+\W+){0,3}"
                     r"(updat|chang|modif|edit|actualiz|cambi|aktualisier|geander|ander|atualiz|alter|aggiorn|mis\w* a jour)\w*|"
                     r"(updat\w*|chang\w*|set|modif\w*|edit\w*|swap\w*|replac\w*|switch\w*) (the )?(base )?(uris?|urls?|metadata)|"
                     r"(uris?|urls?|metadata|metadatos|metadonnees|metadaten|metadados|metadati)( base| uri| url)?"
                     r"( (is|are|es|son|est|sont|ist|sind|e|sao|sera|will be|should be|must be|has to be|have to be|needs to be|"
                     r"need to be|can be|remains?|stays?))? "
                     r"(updatable|updateable|changeable|mutable|editable|actualizables?|modificables?|cambiables?|"
                     r"modifiables?|aktualisierbare?[nrs]?|anderbare?[nrs]?|veranderbare?[nrs]?|atualizave(l|is)|"
                     r"modificave(l|is)|alterave(l|is)|aggiornabil[ei]|modificabil[ei])|"
                     r"updatable (base )?uri|changeable (base )?uri|mutable (base )?uri|set ?uri|set ?base ?uri|"
                     r"(actualizar|cambiar|modificar) (la )?uri|(modifier|changer|mettre a jour) l'uri|"
                     r"uri (andern|aktualisieren|wechseln)|(atualizar|mudar|alterar) (a )?uri|"
                     r"(aggiornare|cambiare|modificare) (l')?uri",
    "public_mint": r"public(ly)? mint(ing|able)?|"
                   # a public sale denied: "Only we mint them, there's no public sale", "pas de vente publique"
                   r"(?<=no )public sale|(?<=not a )public sale|(?<=without a )public sale|(?<=without )public sale|"
                   r"(?<=pas de )vente publique|(?<=sin )venta publica|(?<=ninguna )venta publica|"
                   r"(?<=kein )offentlicher verkauf|(?<=keinen )offentlichen verkauf|(?<=sem )venda publica|"
                   r"(?<=nessuna )vendita pubblica|(anyone|anybody|everyone|everybody|users|people|the public|collectors|buyers|fans|visitors|customers) (can|may|will be able to|is able to|are able to|should be able to) mint|mint price|"
                   r"mint (one |an nft |a token )?for \d|cualquiera puede acunar|tout le monde peut (minter|frapper)|"
                   r"(cualquiera|cualquier persona|n'importe qui|tout le monde|jeder|jede person|qualquer (um|pessoa)|"
                   r"chiunque|todo el mundo|toda gente|visitors|visitantes|visiteurs|besucher|visitatori|fans|buyers|"
                   r"collectors|holders|users|customers) (\w+ ){0,2}(mint\w*|acun\w*|frapp\w*|pragt|pragen|cunh\w*|coni\w*)",
    "auto_increment": r"auto[- ]?increment\w*|(identifiants|ids?|identificadores|identificativi|token-?ids?) "
                      r"(automatiques|automatic\w*|automaticos|automatici|automatische)|automatische (ids?|token-?ids?)|"
                      # "could the numbers just go up one by one on their own?"
                      r"(numbers|ids?|token ids?|numbering)( \w+){0,2} (go|goes|count|counts) up( \w+){0,2} (one by one|by one|"
                      r"automatically|on their own|by themselves)|(sequential|incremental|consecutive)(ly numbered)? (token )?ids|"
                      # "token ids just go 1, 2, 3…", "ids: 1, 2, 3 and so on": the numbering shown
                      r"(ids?|numbers?|numbering|numeros?|nummern|numeri|numeracion|numeracao|numerazione)( [\w'-]+){0,4}:? "
                      r"(\w+ )?(from )?(#?1, ?#?2, ?#?3|0, ?1, ?2)\b|"
                      r"(token )?ids?( \w+){0,3} (count(s|ing)? up|increment(s|ed|ing)?|increas(e|es|ing)|go(es)? up)"
                      r"( \w+)?( automatic(ally)?| by one| one by one| on (its|their) own)|"
                      r"(automatically|sequentially) (numbered|incremented|assigned)( token)? ids?|"
                      # "ids auto-assigned", "auto-assigned token ids"
                      r"(token )?ids? (are |get |will be )?auto-?assigned|auto-?assigned (token )?ids|"
                      # "Token IDs: assigned sequentially", "the ID should be given automaticaly"
                      r"(token )?ids?:? (are |will be |get |should be |must be |to be )?(assigned|issued|allocated|given( out)?|"
                      r"numbered|handed out) (sequentially|in sequence|in order|consecutively|incrementally|one after (another|"
                      r"the other)|automatic\w*)|"
                      # "token ids should just number themselves automatically"
                      r"(token )?ids (should |will |must |can |shall )?(just |simply )?number themselves|"
                      r"ids? (secuenciales|autoincrementales|incrementales|consecutivos)|"
                      r"identifiants (sequentiels|incrementaux|consecutifs)|ids (sequentiels|incrementaux)|"
                      r"fortlaufende (token ?-?)?(ids|nummern)|automatisch hochgezahlt\w*|"
                      r"(ids|nummern|token-?ids) (zahlen|zahlt|gehen|geht|laufen|lauft) (automatisch|von selbst|selbst) hoch|"
                      r"(ids|nummern|token-?ids) (werden|sind) (fortlaufend|automatisch|der reihe nach|nacheinander) "
                      r"(vergeben|nummeriert|hochgezahlt|zugewiesen)|"
                      # "auto-numberd ids", "the ids go sequencial automatic", "gli ID si assegnano in automatico"
                      # "the number of token go automatic", "token numbers are given automatically"
                      r"(token )?(numbers?|numbering) (of (the |each |every )?[\w-]+ )?(please )?((should|must|"
                      r"will|shall|can) )?((go|goes|going|are|is|get|gets|getting|will be|to be|be|come|comes|coming|run|runs) "
                      r"(\w+ ){0,2}automatic\w*|"
                      r"(increment|increase|count up|go up)\w* (alone|by (it|them)sel(f|ves)|automatically|on (its|their) own))|"
                      # "les numéros s'attribuent automatiquement", "i numeri si incrementano", "die Nummern werden
                      # automatisch vergeben"
                      r"(numeros|numeri|nummern|identifiants|identificadores|identificativi|ids?) (des |de los |de las |dei |"
                      r"delle |der |dos |das |de |di |do |du )?"
                      r"(jetons |nfts? |tokens? |pieces |piezas |pezzi |pecas )?(que |qui |che |die )?((s'attribuent|s'attribue|se asignan|se asigna|"
                      r"si assegnano|si assegna|si assegnino|se asignen|se asigne|se atribuam|se atribuem|se atribui|sao atribuidos|"
                      r"s'attribuent|vergeben sich|se numeran|se numera|si numerano|si numera|se numerotent|se numeram|"
                      r"nummerieren sich|werden) ((tout )?seuls?|solos|"
                      r"da soli|sozinhos|automatiquement|automaticamente|automatisch( vergeben)?|d'eux-memes|por si mismos)|"
                      r"s'incrementent|se incrementan|si incrementano|se incrementam)(?![\w])|"
                      # "l'ID di ogni licenza va assegnato in automatico in sequenza", "el id de cada pase se asigna solo"
                      # "Gli id vanno assegnati in automatico", "que los números de cada boleto se asignen solos"
                      r"(numeros|numeri|nummern|identifiants|identificadores|identificativi|ids?) ((de|di|of|du|des|dei|der|do|"
                      r"da) (cada|ogni|each|every|chaque|jede\w*|ciascun\w*|los|las|les|i|gli|the) [\w-]+ )?(que |qui |che |"
                      r"die )?(vanno |va |vengono |viene |se |si |s'|werden |(deben|debe|devem|deve|doivent|doit|devono|"
                      r"sollen|soll|mussen|muss|should|must)( ser| etre| essere| be)? )?(asign\w*|assegn\w*|attribu\w*|atribu\w*|"
                      r"vergeb\w*|assign\w*|numer\w*|gener\w*) ((tout )?seuls?|solos|solas|sozinhos|da soli|in automatico|"
                      r"automatiquement|automaticamente|automatisch|automatically|por si solos|en automatico)|"
                      # "os IDs devem ser gerados automaticamente", "les identifiants doivent être attribués automatiquement"
                      r"(ids?|identifiants|identificadores|identificativi|numeros|numeri) (devem|deben|doivent|devono|"
                      r"should|must|will|sont|son|sao|sono|vengono|are|get|seran|serao|seront|saranno) (ser |etre |essere |be )?"
                      r"(gerad|generad|genere|generat|assign|atribuid|asignad|attribue|assegnat|numerad|numerot|numerat)\w* "
                      r"(automaticamente|automatiquement|automatically|in automatico|en automatico|sequencialmente|"
                      r"secuencialmente|en secuencia|in sequenza|in sequence|sequentially)|"
                      r"(id|ids|numero|numeri) (di|de|of|du) (ogni|cada|each|every|chaque|ciascun\w*) [\w-]+ (va|viene|deve "
                      r"essere|se|si|is|gets|est|e) (assegnat[oa]|asigna(do)?|attribue|atribuido|assigned|numerat[oa]|given) "
                      r"(in automatico|automaticamente|solo|automatically|automatiquement|in sequenza|en secuencia)|"
                      # "ID assegnati in automatico", "ids asignados solos": the participle alone in a list
                      r"(ids?|numeri|numeros) (assegnat[ie]|asignad[oa]s|atribuid[oa]s|attribuee?s|assigned) (in automatico|"
                      r"automaticamente|automatiquement|de forma automatica|solos|da soli|automatically)|"
                      # the passive: "gli ID vengono assegnati in automatico", "les numéros sont attribués automatiquement"
                      r"(numeros|numeri|nummern|identifiants|ids?) (vengono|verranno|sono|saranno|son|seran|sont|seront|sao|"
                      r"serao|werden|are|will be|get) (assegnat[ie]|asignad[oa]s|attribuee?s|atribuid[oa]s|vergeben|"
                      r"numerat[ie]|numerad[oa]s|numerotee?s|assigned|numbered|given) (in automatico|automaticamente|"
                      r"automatiquement|automatisch|automatically|da soli|solos|seuls|sozinhos|in sequenza|en secuencia|"
                      r"em sequencia|en sequence|fortlaufend|der reihe nach|in sequence|in order)|"
                      # the progressive: "que los ids se vayan asignando solos", "gli ID si vanno assegnando da soli"
                      r"(numeros|numeri|nummern|identifiants|ids?) (se|si|s') ?(vayan|van|vanno|vadano|vont|aillent|vao|vao) "
                      r"(asignando|assegnando|attribuant|atribuindo|numerando|incrementando) (solos|da soli|seuls|sozinhos|"
                      r"automaticamente|automatiquement|en orden|in ordine|em ordem)|"
                      # a modal and a reflexive infinitive: "gli ID devono assegnarsi da soli", "los ids deben asignarse solos"
                      r"(numeros|numeri|nummern|identifiants|ids?) (devono|deben|doivent|devem|possono|pueden|peuvent|podem|"
                      r"dovranno|deberan|devront|deverao) (assegnarsi|asignarse|s'attribuer|atribuir-se|atribuirse|incrementarsi|"
                      r"incrementarse|s'incrementer|incrementar-se|numerarsi|numerarse) (da soli|solos|seuls|tout seuls|"
                      r"sozinhos|automaticamente|automatiquement|por si mismos|d'eux-memes|in automatico|in sequenza|en secuencia|"
                      r"em sequencia|en sequence)|"
                      # "la numérotation se fait automatiquement", "la numeración es automática"
                      r"(numerotation|numeracion|numerazione|nummerierung|numeracao|numbering) (\w+ ){0,4}(automatique\w*|"
                      r"automatic\w*|automatisch\w*)|(auto|automatic|automatische) ?-?(numbering|nummerierung)|"
                      r"(numerotation|numeracion|numerazione|numeracao) automati\w*|"
                      # "les numéros se suivent automatiquement", "gli id crescono da soli", "the ids grow on their own"
                      r"(numeros|numeri|ids?|nummern|numbers) (se suivent|si susseguono|se siguen|seguem|crescono|crecen|"
                      r"crescem|wachsen|grow|increase|go up|count up)( \w+)? (automatiquement|automaticamente|da soli|solos|"
                      r"sozinhos|von selbst|automatically|by themselves|on their own)|"
                      r"(token )?ids? (sao|son|sont|sind|sono|seran|serao|seront|saranno) (automatic\w*|automatique\w*|"
                      r"automatisch\w*|automaticos|automaticas)|"
                      r"id'?s (go|goes|are|will be|get|come) (\w+ )?automatic\w*|"  # "the id's go automatic"
                      r"auto-?numb?er\w* (token )?ids?|(token )?ids? ((should|must|will|shall|can|need to) )?(go|goes|going|are|is|get|gets|will be|to be|come|comes|run|runs|be counting|counting|count) (\w+ )?(sequen\w*|automatic\w*|"
                      r"in order)( automatic\w*)?|ids? si assegnano (in )?automatic\w*|ids? assegnati automaticamente|"
                      # "the ids should be numbered automatically", "token ids get assigned in sequence"
                      r"(token )?ids? (((should|must|will|shall|can|need to|have to|are to|ought to) )?(be|get) )?"
                      r"(numbered|assigned|allocated|generated|given out|handed out|issued) (\w+ )?(automatically|"
                      r"sequentially|incrementally|in (order|sequence)|one after (another|the other)|by the contract)|"
                      # a record's answer: "Token IDs: sequential, assigned automatically", "IDs: auto"
                      r"(token )?ids?\s*[:=]\s*(sequential\w*|automatic\w*|auto\b|auto-?increment\w*|incremental|consecutive|"
                      r"assigned automatically|secuenciales|automaticos|automatiques|sequentiels|automatisch|fortlaufend|"
                      r"sequenciais|automaticos|sequenziali|automatici)|"
                      # "the token numbers should go automatic, one after other"
                      r"(token )?numbers? ((should|must|will|shall|can) )?(go|goes|be|run|runs|count|counts|are|is|get|gets) (\w+ )?(automatic\w*|"
                      r"sequential\w*|in order|one after (an)?other|up by one)|"
                      # "les numéros doivent s'incrémenter automatiquement", "i numeri si incrementano da soli"
                      r"(numeros|numeri|nummern|identifiants|identificadores|identificativi|ids?)( \w+){0,2} "
                      r"(s'incrementer|s'incrementent|s'incremente|incrementarse|se incrementan|se incrementen|"
                      r"incrementar-se|se incrementam|incrementarsi|si incrementano|si incrementa|se incrementa|hochzahlen|zahlen sich)"
                      r"( \w+)?( (automatiquement|automaticamente|automatisch|da soli|solos|sozinhos|tout seuls|von selbst))?|"
                      # "el número de cada credencial se asigna solo", "le numéro s'attribue tout seul"
                      r"(numeros?|numeri|numero|nummern?|ids?|identificador\w*|identifiant\w*)( (de|di|von|da|du|do) "
                      r"(cada|ogni|chaque|jede\w*|each) \w+)? (se asignan?|si assegnan[oa]|s'attribuent|s'attribue|se atribuem|"
                      r"se atribui|werden|wird)( \w+)? (sol[oa]s?|da sol[oi]|tout seuls?|automatic\w*|automatisch\w*|"
                      r"sozinh[oa]s?|von selbst)|"
                      # "les numéros sont attribués automatiquement"
                      r"(numeros|numeri|numbers|nummern|ids?|identifiants|identificadores)( \w+){0,2} (attribues|atribuidos|"
                      r"asignados|assegnati|vergeben|assigned|zugewiesen|attribuiti) (automatiquement|automaticamente|automatisch|"
                      r"automatically)|"
                      r"(numbering|numerotation|numeracion|numeracao|numerazione|nummerierung|id assignment)\s*[:=]\s*"
                      r"(automatic\w*|sequential\w*|auto\b|automati\w*|sequen\w*|fortlaufend)|"
                      r"automatisch hochzahlend\w*|hochzahlende\w* ids?|"
                      # "os IDs sobem automaticamente", "les numéros montent tout seuls"
                      r"(ids?|numeros|numeri|nummern)( \w+)? (sobem|suben|montent|salgono|steigen|aumentam|aumentan|"
                      r"incrementam|crescem|crecen|augmentent|aumentano) (automaticamente|automatiquement|automatisch|sol[oa]s|"
                      r"sozinh[oa]s|da soli|tout seuls|von selbst)|"
                      r"ids? (asignados|atribuidos) automaticamente|ids? attribues automatiquement|ids? automatisch vergeben|"
                      # "numérotation automatique", "numeración automática", "automatische Nummerierung"
                      r"(numerotation|numeracion|numeracao|numerazione|nummerierung) (automatique|automatica|automatisch\w*|"
                      r"sequentielle|secuencial|sequencial|sequenziale|fortlaufend\w*)|automatische (nummerierung|ids?)|"
                      r"(numerotee?s?|numerados?|numeradas?|numerati|numerate|nummeriert) (automatiquement|automaticamente|"
                      r"automatisch)|"
                      r"ids (sequenciais|incrementais|consecutivos)|id (sequenziali|incrementali|progressivi)|"
                      # "os IDs devem ser sequenciais", "the ids must be sequential"
                      r"ids? (devem|deben|doivent|mussen|sollen|devono|must|should|will|shall) (ser|etre|sein|essere|be) "
                      r"(sequenciais|secuenciales|sequentiels|sequenziali|fortlaufend|sequential|consecutive|consecutivos|"
                      r"consecutifs|consecutivi|incrementa\w*)|"
                      # "token ids just count up", "id automatic", "ID automatici", "ids automáticos"
                      r"(token )?(ids?|numbers|serial numbers)( \w+){0,2} (count(s|ing)? up|counting up|go(es)? up by one|"
                      r"going up by one)|"
                      r"ids?( (must|should|will|shall|devono|deben|doivent|mussen|devem|sollen|werden|sono|son|sont|sind|"
                      r"sao) (be|essere|ser|etre|sein))? (automatic\w*|automatici|automatiques?|automatisch\w*|"
                      r"automatica(s|mente)?|automaticos)|"
                      r"(automatic|auto) (token )?ids?|(token )?ids?:? auto(?![\w-])|"
                      # "los IDs se asignan solos", "gli ID si assegnano da soli", "les IDs s'attribuent tout seuls"
                      r"ids? (se |si |s')?(asignan|assegnano|atribuem|attribuent|vergeben sich) (sol[oa]s|da soli|sozinhos|"
                      r"tout seuls|von selbst|automatic\w*|automatiquement|automatisch)|"
                      # "die IDs sollen einfach automatisch hochzählen", "fortlaufende Nummern"
                      r"(ids?|nummern?) (\w+ ){0,3}(automatisch |von selbst |selbst )?(hochzahlen|hochgezahlt|fortlaufend\w*)|"
                      r"fortlaufende? (ids?|nummern?|token-?ids?)",
    "timelock": r"time ?-?lock|delay before execution",
    "cliff": r"cliff|clif|periodo de (carencia|bloqueo)|carencia|periode de blocage|sperrfrist|periodo di blocco|"
             # "un periodo inicial de bloqueo de 6 meses en el que no se libera nada"
             r"periodo (inicial |initial |iniziale )?de (carencia|bloqueo|bloqueio)|periode initiale de blocage|"
             r"periodo iniziale di blocco|anfangliche sperr\w*|initial lock(-| )?(up )?period|"
             # "with nothing at all for the first year", "rien pendant la première année": nothing unlocks at first
             r"nothing( at all)?( (unlocks|vests|releases|is released|is paid|moves|comes|arrives|(is )?(claimable|payable|"
             r"withdrawable|available|vested|unlocked|released)))? (for|during|in|until after|until|till|"
             r"before( the end of)?|within) (the )?first|"
             # "nothing before 3 months is passed", "nothing until 6 months have gone by": the cliff by its length
             r"nothing (can be |is |gets )?(released |unlocked |claimable |paid )?(before|until|till) (\d+|one|two|three|four|six|"
             r"twelve|a|an) (months?|years?|weeks?|days?)( (is|are|has|have)( been)? (passed|past|over|gone|elapsed|done)|"
             r"(?= *[.,;)!]| *$| (and|but|then)\b))|"
             r"nada (durante|en) (el|los) primer\w*|"
             r"rien( de \w+| n'est| ne sera)? (\w+ )?(pendant|durant) (la|les) (\w+ )?premi\w*|nichts (im|in den|wahrend des) erst\w*|"
             r"nada (durante|n)[oa]s? primeir\w*|niente (per|durante|nel) (il|i|la) prim\w*|"
             # "con il primo anno senza niente", "the first year with nothing", "el primer año sin nada"
             r"(senza niente|senza nulla|with nothing|sin nada|sans rien|sem nada)(?= *[.;)!]| *$)|"
             # "im ersten Jahr wird gar nichts freigegeben": nothing released in the first stretch
             r"(wird|werden|ist|sind) (gar |uberhaupt |noch )?nichts (freigegeben|ausgezahlt|frei|entsperrt|unlocked)",
    "registry": r"registry|register|registro|registre|key[- ]?value|mapping|clave[- ]?valor|cle[- ]?valeur|schlussel",
    "text_value": r"text|string|message|greeting|texto|texte|mensaje|nachricht|mensagem|messaggio|testo",
    "address_value": r"(stores?|keeps?|saves?) (an? )?address|(an|one) address",
    "bool_value": r"flag|boolean|bool",
    "anyone_writes": r"(anyone|anybody|everyone)( \([^)]{0,40}\))? can (change|set|write|update|modify|edit)|"
                     r"cualquiera puede (cambiar|modificar|escribir)|tout le monde peut (modifier|changer|ecrire)|"
                     r"jeder kann (ihn |sie |es )?(andern|setzen|schreiben)|qualquer (um|pessoa) pode (alterar|mudar|escrever)|"
                     r"chiunque puo (cambiare|modificare|scrivere)",
    "owned": r"owner|only (the )?owner|admin|propietario|proprietaire|besitzer|eigentumer|proprietario|dono|amministratore",
    "upgradeable": r"(?<![\w-])upgrades?(?=\s*:)|(?<![\w])mises? a niveau(?![\w])|(?<=need )upgrades?\b|(?<=no )upgrades?\b|(?<=without )upgrades?\b|"
                   r"(?<=want )upgrades?\b|(?<=any )upgrades?\b|upgrad(e)?able|upgradeability|uups|transparent (upgradeable )?proxy|proxy|proxies|actualizable|"
                   # "it must be possible to upgrade it later", "we need to be able to upgrade the contract"
                   r"(possible|able) to (be )?upgrad(e|ed)( it| the contract| them)?|can be upgraded|"
                   # "le contrat ne doit pas pouvoir être mis à jour": the contract itself brought up to date
                   r"(?<=contrat )(ne )?(doit|peut|puisse|pourra|devra)( pas)?( pouvoir)? etre mis a jour|"
                   r"(?<=contrat )(?:ne )?(?:sera|soit|est)( pas| jamais)? mis a jour|"
                   r"(?<=sem )upgrades?|(?<=sin )upgrades?|(?<=sans )upgrades?|(?<=ohne )upgrades?|(?<=senza )upgrades?|"
                   r"(?<=no )upgrades?|(?<=without )upgrades?|(?<=niente )upgrades?|(?<=nessun )upgrades?|(?<=nada de )upgrades?|"
                   r"(?<=pas d.)upgrades?|(?<=kein )upgrades?|(?<=keine )upgrades?|(?<=nenhum )upgrades?|"
                   # "que el contrato no se pueda actualizar", "o contrato não pode ser atualizado"
                   r"(contrato|contrat|contratto|vertrag)( (no|nao|non|ne|nicht))?( se)? (pueda|puede|pode|possa|puisse|peut|"
                   r"puo|kann|darf)( (ser|etre|essere|pas))? (actualizar\w*|actualizad[oa]|atualizar\w*|atualizad[oa]|aggiornar\w*|"
                   r"aggiornat[oa]|mis a jour|aktualisiert)|"
                   r"evolutif|evolutive|aktualisierbar(e[nmrs]?)?|upgradefahig(e[nmrs]?)?|upgradebar(e[nmrs]?)?|atualizavel|aggiornabile|"
                   # changing the deployed code later is what an upgradeable contract offers
                   r"(fix|patch|correct|change|update|modify|amend|improve|upgrade)(es|ed|ing|s)? (the |its |our )?"
                   r"(code|logic|contract|implementation)( \w+){0,3} (later|afterwards|after deployment|in the future|"
                   r"down the road|over time|once deployed|after launch)|"
                   r"(corregir|cambiar|actualizar|modificar|arreglar) (el |su )?(codigo|contrato|logica)( \w+){0,3} "
                   r"(mas adelante|mas tarde|despues|en el futuro)|"
                   r"(corriger|modifier|changer|mettre a jour) (le |son )?(code|contrat|logique)( \w+){0,3} "
                   r"(plus tard|ensuite|apres coup|a l'avenir|apres le deploiement)|"
                   r"(code|vertrag|logik)( \w+){0,3} (spater|nachtraglich|kunftig) (korrigier|ander|anpass|aktualisier|reparier)\w*|"
                   r"(spater|nachtraglich) (den |die )?(code|vertrag|logik) (korrigier|ander|anpass|aktualisier)\w*|"
                   r"(corrigir|alterar|mudar|atualizar|consertar) (o |seu )?(codigo|contrato|logica)( \w+){0,3} "
                   r"(depois|mais tarde|no futuro|mais adiante)|"
                   r"(correggere|modificare|cambiare|aggiornare|sistemare) (il |la )?(codice|contratto|logica)( \w+){0,3} "
                   r"(in seguito|piu tardi|dopo|in futuro)",
    "soulbound": r"stays? with (the|their|its|his|her) \w+ (forever|for ever|permanently|for good|always)|"
                 # "que NO se puedan pasar de una persona a otra", "que não possam ser passados a outra pessoa"
                 r"(no|nao|non|ne) (se )?(puedan|pueden|pueda|puede|possam|podem|possa|pode|possano|possono|puissent|peuvent|"
                 r"puisse|peut) (ser |essere |etre )?(pasar|passar|passare|passer|transferir|trasferire|transferer|ceder|"
                 r"traspasar|pasados|passados|passati|passes|transferidos|trasferiti|transferes)(se)? (de|a|da|d'|para|ad|to) "
                 r"(una|uma|un|une|outra|otra|altra|autre|alguien|ninguem|nadie|otro|outro|altro|other) ?(persona|pessoa|"
                 r"personne|otra|outra|altra|autre)?|"
                 # "übertragen werden dürfen sie nicht": the German verb first, the negation last
                 r"(ubertragen|transferiert|weitergegeben|verschickt|gehandelt) werden (durfen|konnen|sollen) (sie |die token |"
                 r"diese )?(nicht|nie|niemals)\b|"
                 # "divers must not be able to send them to anyone else": to no one, at no time
                 r"(must not|mustn't|cannot|can't|can not|may not|should not|shouldn't|will not|won't|must never|can never|"
                 r"should never|never) (be able to |be allowed to )?(send|transfer|give|pass|move|sell)( them| it| their \w+)? "
                 r"(on )?to (anyone|anybody|someone|somebody|others|other (people|persons?|members|wallets|accounts|holders|"
                 r"users)|another (person|wallet|member|account|holder|user))( else)?\b"
                 r"(?![^.;!?\n]{0,30}\b(until|till|before|during|unless|except|for the first|within|while)\b)|"
                 # "que ninguém possa transferir", "que nadie pueda transferirlos"
                 r"(ninguem|nadie|personne|niemand|nessuno) (possa|pueda|ne puisse|kann|pode|puede|peut|darf) "
                 r"(los |las |os |as |les |sie |li )?(transferir|transferer|ubertragen|trasferire)(l[oa]s|-l[oa]s|li|le)?\b|"
                 # the subjunctive of "cannot be transferred": "che i token non si possano trasferire", "qu'ils ne puissent
                 # pas être transférés", "que não se possam transferir"
                 r"non si (possano|possa|debbano|debba) trasferire|non (possano|possa) essere trasferit[oie]|"
                 r"non si (devono|deve|possono|puo|potranno) (mai )?(poter )?trasferire|"
                 # "non devono mai poter passare da un portafoglio all'altro", "no pueden pasar de una cartera a otra"
                 r"(non|no|ne|nao) (devono|deve|possono|puo|pueden|puede|debe|deben|peuvent|doivent|podem|devem) (pas )?"
                 r"(mai |nunca |jamais )?(poter |poder |pouvoir )?(passare|pasar|passer|passar) (da|de|d') ?(un|una|um|uma|"
                 r"une) (portafoglio|cartera|billetera|portefeuille|carteira|wallet)|"
                 # "que os participantes não consigam transferir", "que no puedan transferirlos"
                 r"(nao|no|ne|non) (consigam|consiga|puedan|pueda|puissent|puisse|possano|possa|riescano) (les |los |las |"
                 r"os |as |li |le )?(transferir|transferer|trasferire)\w*|"
                 # "non devono potersi trasferire da un cliente all'altro", "no deben poder transferirse"
                 r"non (devono|deve|possono|puo|potranno|dovranno) (mai )?(potersi |poter essere |essere )?trasferi\w*|"
                 r"no (deben|debe|pueden|puede|podran|podra) (nunca )?(poder )?(transferirse|ser transferid[oa]s?)|"
                 r"ne (puissent|puisse) (pas|jamais) etre (transferee?s?|cedee?s?)|"
                 r"nao se (possam|possa) transferir|nao (possam|possa) ser transferid[oa]s?|"
                 r"(transfer(r)?able|transferible|transferivel|trasferibile|ubertragbar|cessible|transmissible)\s*[:=]\s*"
                 r"(no|false|nein|non|nao|0|off)( \([^)]*\))?|soul ?-?bound|non[- ]?-?transfer(r)?able|not transfer(r)?able|untransfer(r)?able|"
                 r"can(not|'t| not| never) (ever )?be (transferred|moved|sold|passed on|handed on|handed over|given away)|"
                 r"never (be )?(transferred|moved)|no transfers|"
                 # "no se pueden pasar a otra persona", "ne peuvent pas être cédés à une autre personne"
                 r"(no|non|nao|ne) (se |si )?(pueden|puede|podem|pode|possono|puo|peuvent|peut|deben|debe|devem|deve|devono|"
                 r"doivent|doit) (pas |mai |nunca |jamais )?(ser |etre |essere )?(pasar|pasad[oa]s|passar|passad[oa]s|passare|"
                 r"passat[ie]|passer|passee?s|ceder|cedid[oa]s|cedere|cedut[ie]|cedee?s|regalar|dar|dad[oa]s|dare|dat[ie]|"
                 r"donner|donnee?s|vender|vendid[oa]s|vendere|vendut[ie]|vendre|vendue?s) (a|para|ad|al|aos?) "
                 r"(otra|outra|altra|altre|altri|une autre|un autre|autrui|otros|otras|outros|outras|terceiros|terceros|"
                 r"terzi|quelqu'un d'autre|nadie|ninguem|nessuno)\b|"
                 r"(can(not|'t| not| never)|never|may not|must not|won't|will never) (ever )?change hands|"
                 r"(jamais|nunca|nie|niemals|mai) ([\w']+ ){0,2}(changer de mains?|cambiar de manos?|den besitzer wechseln|"
                 r"mudar de maos?|cambiare (di )?mano)|(ne|no) (peuvent|pueden|podem|possono|doivent) ([\w']+ ){0,2}(changer de "
                 r"mains?|cambiar de manos?|mudar de maos?|cambiare (di )?mano)|"
                 # "les jetons ne doivent jamais pouvoir changer de portefeuille", "nunca pueden cambiar de cartera"
                 r"(ne|no|nao|non|nie|niemals|never|jamais|nunca|mai) ([\w']+ ){0,3}(changer de portefeuille|cambiar de "
                 r"(cartera|billetera)|mudar de carteira|cambiare (di )?portafoglio|change wallets?|die wallet wechseln)|"
                 r"(holders|members|users|owners|recipients|people|they|nobody|no one|badge holders|students|players) "
                 r"(must not|mustn't|cannot|can't|can not|may not|should not|shouldn't|will not|won't|must never|can never|"
                 r"should never|never) (be able to )?(transfer|sell|trade|move|give away)( (them|it|their (\w+ )?(tokens|badges|nfts|cards|passes)))?"
                 r"(?! (more|over|above|before|until|till|during|while|unless|except|within|for|after|when|if|without|to|from)\b)"
                 r"(?![^.;!?\n]{0,50}\b(until|till|before|during|unless|except|for the first|within|while)\b)|"
                 # the token as the subject of a negated move: "they can't be moved", pidgin "e no go transfer at all"
                 r"(it|e|they|dem|these|those|the (nfts?|tokens?|medals?|badges?|passes?|tickets?|cards?))\s+(no|not|never|cannot|"
                 r"can't|won't|will not|must not|shouldn't|should not|no go|no fit|no dey)\s+(go\s+|fit\s+|be\s+(able\s+to\s+)?)?"
                 r"(transfer|transferred|be transferred|move|moved|passed|handed on|handed over|given away|swapped|traded)\b"
                 r"(?!\s+(fees?|tax|taxes|costs?)\b)|"
                 r"intransferibles?|no transferibles?|non transferables?|intransmissibles?|nicht ubertragbar(e|en|er|es)?|"
                 r"intransferive(l|is)|nao transferive(l|is)|non trasferibil(e|i)|seelengebunden\w*|"
                 # "i token non sono trasferibili", "no son transferibles", "ne sont pas transférables"
                 r"non (sono|e|saranno|sara|devono essere|deve essere) (trasferibil[ei]|transferable)|no (son|es|seran|sera) "
                 r"(transferibles?|transferable)|(ne )?(sont|est|seront|sera) pas transferables?|(sind|ist) nicht (frei )?"
                 r"ubertragbar|nao (sao|e|serao|sera) (transferive(l|is)|transferable)|"
                 # the verb under a modal and a negation, in the five other languages
                 r"no (se )?(debe|deben|deba|deban|puede|pueden|pueda|puedan|podra|podran)( poder)? (ser )?transferir(se)?|no (se )?(debe|puede)n? "
                 r"(ser )?transferid[oa]s?|ne (peut|peuvent|doit|doivent|pourra|pourront) (pas|jamais|plus) etre transferee?s?|"
                 r"(darf|durfen|kann|konnen) nicht (ubertragen|weitergegeben) werden|nicht (ubertragen|weitergegeben) werden "
                 r"(darf|durfen|kann|konnen)|nao (pode|podem|deve|devem|podera|poderao) ser transferid[oa]s?|"
                 r"non (puo|possono|deve|devono|potra|potranno) essere trasferit[oi]|intrasferibil[ei]|intransferable",
    "fixed_supply": r"fixed[- ](total[- ])?supply|"
                    # "50k coins and no more ever"
                    r"(?<=coins and )no more,? ever|(?<=tokens and )no more,? ever|(?<=points and )no more,? ever|"
                    # "never can be made more tokens": the verb first, the tokens after
                    r"(never|not) (can|could|will|may|shall) (ever )?be (made|created|minted|issued|printed|produced) "
                    r"(any )?(more|new|additional|extra)\b|"
                    # "Es darf keine Möglichkeit geben, später neue zu prägen"
                    r"(kein\w*|nie|niemals) ((moglichkeit|option|funktion|weg)\w* )?([\w]+,? ){0,4}?(neue|weitere|zusatzliche)"
                    r"( [\w-]+)? (zu )?(pragen|nachzupragen|nachpragen|minten|schaffen|erzeugen|erstellen|auszugeben|ausgeben)|"
                    # "21,000 tokens and that's it, fixed, no more can ever be made"
                    r"no (more|new|further|additional|extra) ([\w-]+ )?(can|will|may|shall|could) (ever )?be (made|created|"
                    r"minted|issued|printed|added)|"
                    # "Neue Token dürfen später nie mehr geschaffen werden"
                    # "Es dürfen niemals neue Token geschaffen werden": the modal and its negation first
                    r"(durfen|konnen|sollen|werden|darf|kann|soll|wird)( spater| danach| kunftig)? (nie|niemals|nicht|keine)( mehr)? "
                    r"(neue|weitere|zusatzliche) (tokens?|munzen|einheiten) (geschaffen|erzeugt|gepragt|nachgepragt|ausgegeben|"
                    r"erstellt|gemintet)|"
                    r"(neue|weitere|zusatzliche) (tokens?|munzen|einheiten) (durfen|konnen|sollen|werden)( spater| danach| kunftig)? "
                    r"(nie|niemals|nicht|keine)( mehr)? (geschaffen|erzeugt|gepragt|nachgepragt|ausgegeben|erstellt|gemintet)|supply (is )?fixed|supply (can|will|may|must|shall)( not|n't| never) "
                    r"(ever )?(increase|grow|change|go up|be increased|be raised|be inflated)|"
                    r"no inflation|non-?inflationary|hard-?capped forever|"
                    r"(neue|weitere) (tokens?|munzen) (soll|wird|darf) es (nie|niemals|keine) geben|"
                    # "Nach dem Start darf es keine weiteren Token geben", "nachgeprägt werden darf auch nichts"
                    r"(es (soll|darf|wird|kann)|(soll|darf|wird|kann) es) (nie|niemals|keine|nie mehr) (neuen?|weiteren?) (tokens?|munzen) geben|"
                    r"(nachgepragt|gepragt|gemintet|nachgemintet|ausgegeben|geschaffen) werden (darf|soll|kann) (auch |spater |"
                    r"danach )?(nichts|nicht|nie|niemals)|es soll (nie|niemals|keine) "
                    r"(neue|weitere) (tokens?|munzen) geben|"
                    r"capped forever|suministro fijo|oferta fija|offre fixe|feste(s|r)? (angebot|menge|gesamtmenge)|"
                    r"fixe(s|r)? (angebot|menge)|oferta fixa|fornecimento fixo|offerta fissa|fornitura fissa|"
                    # the supply said to be fixed in a clause of its own: "die Gesamtmenge steht fest", "l'offre
                    # est fixe", "el suministro queda fijo", "la fornitura è fissa", "total supply stays fixed"
                    r"(total ?supply|supply|suministro|oferta|offre|gesamtmenge|menge|angebot|fornecimento|"
                    r"offerta|fornitura)(,? \w+){0,3},? (fixed|fijo|fija|fixe|fest|fix|festgelegt|fixo|fixa|fisso|fissa|"
                    r"unveranderlich|inmutable|immuable|imutavel|immutabile|constant|constante|costante)(?![\w])"
                    r"(?! (price|rate|fee|date|term|precio|prix|preis|preco|prezzo|tarifa|tarif))",
    # no ceiling on deposits or supply, said as such: "uncapped", "deposits unlimited", "deposit no limit", "sin tope"
    "uncapped": r"uncapped|un-capped|(unlimited|unbounded|uncapped) (deposits?|supply|total supply)|"
                # "sans limite d'offre", "sin límite de suministro", "senza limite di offerta", "no supply limit"
                r"(sans|sin|sem|senza|ohne|without|no|nessun|ningun|aucune?|kein\w*|nenhum) (limite|limit|tope|plafond|obergrenze|cap) "
                r"(d'|de |di |des |du |of |on |alla |della |del |da |der )?"
                r"(l')?(offre|suministro|oferta|fornecimento|fornitura|offerta|supply|emission|emision|emissao|emissione|menge|"
                r"tokens?)|"
                r"no (supply|token) (limit|cap|ceiling)|"
                r"(deposits?|supply|total supply|einzahlungen|depositos|depots|depositi) (are |is |sind |son |sont |sao |sono )?"
                r"(unlimited|unbounded|uncapped|ilimitad[oa]s?|illimit[ee]e?s?|unbegrenzt|illimitat[ie])|"
                r"(deposits?|supply) (with )?no (upper )?(limit|cap|ceiling|maximum)|"
                r"(depositos?|suministro|oferta) sin (tope|limite|maximo)|(depots?|offre) sans (plafond|limite)|"
                r"(einzahlungen|menge|angebot) ohne (obergrenze|limit|deckel|begrenzung)|(depositos?|oferta) sem (teto|limite)|"
                r"(depositi|offerta) senza (tetto|limite|massimale)|"
                # "Nessun limite ai depositi", "ningún límite a los depósitos", "aucune limite aux dépôts"
                r"(nessun|nessuna|ningun|ninguna|aucune?|keine?|nenhum|nenhuma|no) (limite|limit|tetto|tope|plafond|"
                r"obergrenze|teto|cap) (ai|a los|a las|aux|fur|fuer|para os|aos|sui|on|to|for) (depositi|depositos|depots|"
                r"einzahlungen|deposits)|"
                # no limit on how many: "sans limite de quantité", "no quantity limit", "unlimited number"
                r"(sans|sin|sem|senza|ohne|without|no) (limite|limit|tope|begrenzung|obergrenze) (de |di |on (the )?)?"
                r"(quantite|nombre|cantidad|unidades|quantidade|quantita|numero|menge|anzahl|quantity|number|amount|pieces|"
                r"copies|editions)|(no|unlimited) (quantity|number|edition) (limit|cap)|"
                r"(no|any|without any|not any) (upper )?(limit|cap|ceiling) on how (much|many)|"
                r"(don't|do not|dont|never) (cap|limit) (the |total )?deposits|unlimited (quantity|number|editions?|"
                r"copies)|(quantite|cantidad|quantidade|quantita|menge|anzahl) (illimitee|ilimitada|ilimitada|illimitata|"
                r"unbegrenzt)|"
                # "la colección no tiene límite de cantidad", "the collection has no limit", "n'a pas de limite"
                r"(no tiene|no tendra|has no|will have no|n'a pas de|n'aura pas de|hat keine|nao tem|não tem|non ha) "
                r"(ningun |any |aucune? )?(limite|limit|tope|plafond|obergrenze|grenze|teto|tetto|cap|maximum|maximo)",
    "whole_units": r"whole (units|tokens|numbers|points|coins|credits|shares) only|only whole (units|tokens|numbers|points|"
                   r"coins|credits)|whole units|no (halves|fractions|fractional \w+)|indivisible|non-?divisible|"
                   r"nur ganze \w+|solo (unidades|puntos|fichas) enter[oa]s|seulement des (unites|points|jetons) entier\w*|"
                   r"apenas (unidades|pontos) inteir[oa]s|solo (unita|punti) inter[ie]|"
                   r"unidades enteras|unites entieres|ganze einheiten|unidades inteiras|unita intere",
    # "no" and the number zero in the six languages, before the word for decimals in any inflection
    "no_decimals": r"(no|without|zero|cero|null|sin|sans|ohne|sem|senza|keine?|aucune?|nessun[ao]?|ningun[ao]?|nenhuma?|"
                   r"niente|nada|rien de|pas de|nulla|none) (de |di |d')?"
                   r"(decimals?|decimal places?|decimales|decimale|decimal|nachkommastellen?|dezimalstellen?|casas? decima(is|l)|"
                   r"decimais|decimali|cifre decimali)|"
                   # a record whose answer is none: "Casas decimais: nenhuma", "Decimals: none"
                   r"(decimals?|decimal places?|decimales|nachkommastellen?|dezimalstellen?|casas? decima(is|l)|decimais|"
                   r"decimali|cifre decimali|decimales)\s*[:=]\s*(none|no|zero|0|ninguna|ninguno|nenhuma|nenhum|aucune?|"
                   r"keine?|nessuna|nessuno|cero)|"
                   # "Decimals zero please", "decimales cero", "decimals set to zero"
                   r"(decimals?|decimal places?|decimales|nachkommastellen?|dezimalstellen?|decimais|decimali)\s+"
                   r"((set |fixed )?(to|a|en|em|auf|at) |(must|should|will|shall|has to|have to|needs? to|can|is|are) be "
                   r"(only |just |exactly )?)?(zero|cero|none|null|keine)(?![\w])",
    # requests no template serves: found so that they are reported, never dropped
    "transfer_fee": r"(transfer|transaction|sell|buy|trade|swap)s? (fee|tax|taxes)|(fee|tax|taxes|commission) on "
                    r"(every |each |all )?(transfers?|transactions?|sells?|buys?|trades?)|charges? (a )?\d+ ?% (fee|tax)"
                    r"|\d+ ?% (fee|tax)|reflections?|redistribution|deflationary|tassa|impuesto|comision|taxe|gebuhr|"
                    # a share of every transfer taken: "en cada transferencia se cobre un 2 %", "a ogni trasferimento
                    # l'1% deve andare alla cassa", "on every transfer 1% goes to the treasury"
                    r"((on|with|in|at|en|a|con|sur|a chaque|bei|em|ad|su|de) )?(every|each|any|all|cada|ogni|chaque|jeder|"
                    r"jedem|toda|todo|qualsiasi) (single )?(transfers?|transactions?|sales?|trades?|transferencias?|"
                    r"ventas?|vendas?|vendite|vendita|ventes?|verkauf|verkaufe|"
                    r"transferts?|transactions?|ubertragung\w*|transaktion\w*|transferencias?|trasferimenti|"
                    r"trasferimento|transazion\w*|transacciones?|transacao|transacoes)\b[^.;!?\n]{0,50}?"
                    r"(\d+(?:[.,]\d+)? ?%|\d+(?:[.,]\d+)? (percent|por ?ciento|pour ?cent|prozent|por ?cento|per ?cento))"
                    # "every time somebody sends tokens, 2% of the amount goes to our fund"
                    r"|(every time|each time|whenever|cada vez que|chaque fois que|ogni volta che|jedes mal,? wenn|sempre que) "
                    r"([\w']+ ){0,3}(sends?|sending|transfers?|transferring|moves?|moving|envia|transfiere|envoie|transfere|invia|trasferisce|sendet|"
                    r"transfiera|transfieran|envie|envien|transfira|transfiram|trasferisca|trasferiscano|envoient|transferent|"
                    r"uberweist|ubertragt)\b[^.;!?\n]{0,40}?\d+(?:[.,]\d+)? ?(%|percent|por ?ciento|pour ?cent|prozent|"
                    r"por ?cento|per ?cento)"
                    # the share before the transfer: "2% of every transfer goes to the club", "1 % de chaque vente",
                    # "2 % jeder Übertragung", "l'1% di ogni trasferimento"
                    r"|\d+(?:[.,]\d+)? ?(%|percent|por ?ciento|pour ?cent|prozent|por ?cento|per ?cento) ((of|from|on|de|del|"
                    r"des|da|do|di|della|von|bei) )?(every|each|all|any|cada|ogni|chaque|jeder|jedem|toda|todo|qualsiasi) "
                    r"(single )?(transfers?|transactions?|sales?|trades?|swaps?|transferencias?|ventas?|vendas?|vendite|"
                    r"vendita|ventes?|verkaufs?|transferts?|ubertragung\w*|transaktion\w*|trasferimenti|trasferimento|"
                    r"transazion\w*|transacciones?|transacao|transacoes|transferencias?|transferencia)\b",
    "blocklist": r"black ?-?list(ed|ing)?|block ?-?list(ed|ing)?|deny ?-?list|ban(ned)? (addresses|wallets|accounts)|ban ?-?list|"
                 # "poder vetar direcciones concretas", "bloquer certaines adresses", "bestimmte Adressen sperren"
                 r"(vetar|vetare|banear|bannir|bannare|banir) (direcciones|cuentas|wallets|carteras|billeteras|adresses|comptes|"
                 r"adressen|konten|indirizzi|conti|enderecos|contas|carteiras)|"
                 r"(wallets|addresses|accounts) of banned|"
                 r"lista negra|liste noire|sperrliste|lista nera|"
                 # "poder bloquear las cuentas de los intermediarios que especulan": the accounts of some group
                 r"(block|ban|freez[e]?|bloquea|congela|bloque|gele|sperr|blockier|blocca|bloqueia|bane)\w*( [\w']+){0,2} "
                 r"(the |las |los |os |as |les |i |le |die )?(accounts|wallets|addresses|cuentas|billeteras|carteras|"
                 r"direcciones|contas|carteiras|enderecos|comptes|portefeuilles|adresses|conti|portafogli|indirizzi|konten|"
                 r"wallets) (of|de|des|dei|degli|delle|dos|das|di|der|von) (the |los |las |os |as |les |certain\w* |cierto\w* |"
                 r"alcun\w* |bestimmte\w* )?(\w+)|"
                 # a restriction on one holder, not on all transfers: "lock that one person's coins", "freeze a
                 # sanctioned wallet", "bloquear la cuenta de un cliente", "Konten einzelner Kunden sperren"
                 rf"(freez(e|es|ing)|froze|lock(s|ed|ing)?|block(s|ed|ing)?|ban(s|ned|ning)?|suspend(s|ed|ing)?|"
                 rf"congela(r|d[oa]s?)|bloquea(r|d[oa]s?)|suspend(er|id[oa]s?)|gel(er|e|es|ee|ees)|bloqu(er|e|es|ee|ees)|"
                 rf"suspendre|sperren|gesperrt|einfrieren|eingefroren|blockieren|blockiert|bloqueia(r)?|congelare|"
                 rf"bloccare|bloccat[oaie]|congelat[oaie]|sospendere|interdire|empecher|prohibir|impedir|vietare|impedire|verbieten|"
                 rf"untersagen|proibir)( [\w']+){{0,4}} ({_ONE_HOLDER})|"
                 rf"({_ONE_HOLDER})( [\w']+){{0,4}} (frozen|locked|blocked|banned|suspended|congelad[oa]s?|bloquead[oa]s?|"
                 rf"gelee?s?|bloquee?s?|gesperrt|eingefroren|blockiert|sperren|einfrieren|bloccat[oaie]|congelat[oaie])",
    "allowlist": r"(only|just) (the )?[\w-]+ (who|that|which|whom) (we|i|you|the owner|the admin) (have |has )?(approved|approve|whitelisted|allowed|"
                 r"listed|accepted|registered|pre-?approved)( before| beforehand| in advance| first)? (can|may|are allowed to|get to) "
                 r"(mint|buy|purchase|claim)|"
                 r"white ?-?list(ed|ing)?|allow ?-?list(ed|ing)?|presale list|lista blanca|liste blanche|lista bianca|"
                 # "solo las carteras que tengamos apuntadas en nuestra lista de abonados"
                 r"(carteras|billeteras|wallets|addresses|adresses|portefeuilles|adressen|carteiras|enderecos|portafogli|"
                 r"indirizzi) (que|that|which|qui|die|che) ([\w']+ ){0,3}(en|on|in|sur|dans|auf|na|nella|sulla) (nuestra|our|"
                 r"notre|unserer|nossa|nostra|my|mi|ma|meiner|minha|mia|the|la|a) ([\w-]+ ){0,2}(lista|list|liste)|"
                 # "soltanto i portafogli dei nostri rivenditori autorizzati", "only the wallets of our approved dealers"
                 r"(soltanto|solo|solamente|only|seulement|uniquement|nur|apenas|somente) (i |les |los |las |os |as |the |die )?"
                 r"(portafogli|wallets?|carteras|billeteras|portefeuilles|carteiras|adressen|addresses|indirizzi|direcciones|"
                 r"adresses|enderecos) (dei|de|des|of|der|dos|das|di|degli|von)( nostri| our| nos| nuestros| unserer| nossos)?"
                 r"( \w+)? (autorizzat[ie]|authori[sz]ed|autorisee?s|autorizad[oa]s|approved|approvat[ie]|aprobad[oa]s|"
                 r"zugelassenen|freigegebenen|verified|verificad[oa]s|verifiee?s|verificat[ie])|"
                 # "only wallets on my Patreon list", "nur Adressen auf unserer Liste": who may act, kept to a list
                 r"(wallets?|addresses|accounts|people|members|fans|patrons|supporters|subscribers|those|users|"
                 r"carteras|direcciones|cuentas|adresses|portefeuilles|comptes|adressen|wallets|konten|enderecos|"
                 r"carteiras|contas|indirizzi|portafogli|conti)( (that|which|who)('s| is| are))? (on|in|from|en|de|sur|dans|auf|"
                 r"in|na|da|nella|sulla|della) "
                 r"(my|our|the|a|an|this|mi|nuestra|la|ma|notre|meiner|unserer|der|minha|nossa|a|mia|nostra) "
                 r"([\w'-]+ ){0,3}(?<!black )(?<!block )(?<!deny )(?<!ban )(?<!negra )(?<!noire )(?<!nera )"
                 r"(list|roster|liste|lista|register|registry)(?! negra| noire| nera)|(pre-?)?approved (wallets|addresses|list)|"
                 # "may only ever be held by or sent to wallets we have approved"
                 r"(held|owned|received|sent|transferred|moved|given)( by| to)?( or (held|owned|received|sent|transferred|"
                 r"moved|given)( by| to)?)? (wallets|addresses|accounts|people) (that |which |who )?(we|i|the owner|the club) "
                 r"(have |has |'ve )?(approved|whitelisted|verified|vetted|allowed|accepted|listed)|"
                 # "only the wallets what we approved before can mint", "only addresses we whitelisted"
                 r"(deren|dessen) (wallets?|adressen?|konten|konto) (wir|ich) ([\w]+ ){0,2}(freigeschaltet|freigegeben|zugelassen|"
                 r"genehmigt|gepruft|verifiziert)|"
                 r"only (the )?(wallets?|addresses|accounts) (what |that |which )?(we|i|the owner|the admin) (have |had )?"
                 r"(approved|allowed|listed|chose|chosen|picked|selected|registered|added|verified|whitelisted)|"
                 # "I will give the contract their wallet list ... if a wallet is not on this list the mint should fail"
                 r"(wallet|address) list|list of (their |the |our |my )?(wallets|addresses)|"
                 # "only wallets we've approved can hold one", "a wallet that isn't on our guest list"
                 r"only (the )?(wallets|addresses|accounts|people|buyers|holders|collectors|members|fans|users|customers|clients)"
                 r"( of( [\w-]+){1,2})?( that| which| who| whom)? (we|i|the \w+|our \w+)"
                 r"('ve| have| has| had)? (already |first |previously )?(pre-?)?(approve|approves|approved|whitelisted|allowed|vetted|accepted|verified|cleared|validated|"
                 r"confirmed|checked|registered|authori[sz]ed|listed)|"
                 # "só carteiras aprovadas pelo museu podem cunhar", "only wallets approved by us"
                 r"(only|so|solo|solamente|seul\w*|nur|apenas|somente|soltanto) (the |les |las |los |as |os |i |le |die )?"
                 r"(wallets|carteiras|carteras|billeteras|portefeuilles|portafogli|adressen|addresses|indirizzi|enderecos|"
                 r"direcciones|accounts|cuentas|comptes|contas|konten) (aprovad[oa]s|aprobad[oa]s|approuvee?s|approvat[ie]|"
                 r"approved|freigegebene\w*|genehmigte\w*|autorizad[oa]s|autorisee?s|autorizzat[ie]|whitelisted|allowed|"
                 r"zugelassene\w*)|"
                 r"(wallets?|address(es)?|accounts?|holders?|buyers?)( that| which| who)? (isn't|is not|aren't|are not|not) "
                 r"(on|in) (the|our|my|a|this|that) ([\w'-]+ ){0,2}(list|roster|registry|register)|"
                 # "nur an Wallets, die wir vorher freigegeben haben", "solo a carteras que hayamos aprobado"
                 r"(wallets|adressen|konten|carteras|billeteras|direcciones|cuentas|portefeuilles|adresses|comptes|"
                 r"carteiras|enderecos|contas|portafogli|indirizzi|conti)( \w+){0,2},? (die|que|che) (wir|nous|nosotros|nos|noi)? ?"
                 r"(\w+ )?(vorher |zuvor |previamente |prealablement |antes |prima )?(freigegeben|freigeschaltet|genehmigt|zugelassen|bestatigt|"
                 r"verifiziert|aprobad[oa]s?|aprobamos|aprobemos|autorizad[oa]s?|autorizamos|autoricemos|approuve\w*|"
                 r"approuvions|autorise\w*|valide\w*|aprovemos|autorizemos|approviamo|approvi|"
                 r"aprovad[oa]s?|aprovamos|aprovarmos|approvat[oi]|autorizzat[oi])|"
                 # "check that their wallet is in the accreditation list"
                 r"(wallets?|address(es)?) (is|are) (in|on) (the|our|a|an|this|that) ([\w'-]+ ){0,2}(list|roster|registry|register)|"

                 # "seuls les adhérents inscrits sur notre liste peuvent minter": minting kept to a list's members
                 rf"({_ONLY})\b[^.;!?\n]{{0,80}}?({_ON_A_LIST})\b[^.;!?\n]{{0,40}}?\b({_MINT_VERBS})|"
                 # "Solo podrán acuñar los alumnos que estén en nuestra lista": only, the act, then the list
                 rf"({_ONLY})\b[^.;!?\n]{{0,30}}?\b({_MINT_VERBS})\b[^.;!?\n]{{0,60}}?({_ON_A_LIST})\b|"
                 # "possono coniarli solo i coristi nella nostra lista": the act first, the list after
                 rf"\b({_MINT_VERBS})\b[^.;!?\n]{{0,40}}?\b({_ONLY})\b[^.;!?\n]{{0,50}}?({_ON_A_LIST})\b|"
                 # "let mint only those registered wallets", "seuls les membres inscrits peuvent minter"
                 rf"\b({_MINT_VERBS})\b[^.;!?\n]{{0,40}}?\b({_ONLY})\b[^.;!?\n]{{0,30}}?\b({_REGISTERED})\b|"
                 rf"\b({_ONLY})\b[^.;!?\n]{{0,30}}?\b({_REGISTERED})\b[^.;!?\n]{{0,40}}?\b({_MINT_VERBS})\b",
    "revocable": r"revocable|revoke|revoked|revocation|claw ?-?back|cancel (the |his |her |their )?(grant|vesting)|"
                 # "cancel it and take back the rest if the apprentice leaves"
                 r"cancel (it|this|that)( and| or)? (take|claw|pull|get) (it |them )?back|"
                 rf"({_TAKE_BACK})( [\w'-]+){{0,2}} (the rest|the remainder|what remains|whatever remains|what is left|"
                 r"whatever is left|the remaining( tokens)?)|"
                 # "queremos poder cancelar la asignación", "annuler l'attribution", "die Zuteilung stornieren"
                 r"(cancelar|anular|annuler|cancellare|annullare|stornieren|widerrufen) (la |el |a |o |l'|die |il )?"
                 r"(asignacion|adjudicacion|attribution|atribuicao|assegnazione|zuteilung|concesion|concessao|"
                 r"concessione)|revocabile|revogavel|widerrufbar|revocar(l[oa]s?)?|revoquer|"
                 r"revog(ar|avel|acao)(-?l[oa]s?)?|revoca(re|bile|zione)|revocarl[oa]|widerruf(en|lich)|"
                 # taking back what has not vested yet, in either order: "reclaim the unvested tokens", "die noch nicht
                 # gevesteten Token zurückholen", "récupérer les jetons non acquis", "recuperar los no consolidados"
                 rf"({_TAKE_BACK})( [\w'-]+){{0,6}} ({_UNVESTED})|({_UNVESTED})(,? [\w'-]+){{0,4}},? ({_TAKE_BACK})",
    "max_wallet": r"anti-?whale|max(imum)? (wallet|holding|balance|transaction|tx)( size| amount)?|wallet limit|"
                  # "nobody can hold more than 1% of all the token in one wallet"
                  r"(nobody|no one|noone|no-one|nadie|personne|niemand|ninguem|nessuno)((?:'s to|’s to| is to| is allowed to| gets to)|"
                  r" (can|may|should|must|shall|will|puede|"
                  r"pueda|peut|puisse|darf|kann|pode|possa|puo)( can| be (let|able to|allowed to|permitted to))?) (ever )?(hold|own|have|keep|"
                  r"accumulate|amass|store|tener|guardar|acumular|poseer|detenir|posseder|"
                  r"halten|besitzen|ter|possuir|detenere|possedere)\w* (more than|over|above|mas de|mas del|plus de|plus du|"
                  r"mehr als|mais de|mais do|piu di|piu del|oltre|more then)|"
                  # "Nessun portafoglio deve poter detenere più dell'1% dell'offerta totale"
                  r"(nessun|ningun|aucun|kein|nenhum)\w* (portafoglio|cartera|billetera|portefeuille|wallet|carteira|indirizzo)"
                  r"[^.;!?\n]{0,40}?(piu dell'?|piu della|mas del|plus de l'?|mehr als|mais de)\s*\d|"
                  # "no single wallet may ever hold more than 2% of it"
                  r"(no|not any|nobody's|no one's|ningun|ninguna|aucun|kein|keine|nenhum|nenhuma|nessun|nessuna) "
                  r"(single |one |individual )?(wallet|address|account|holder|person|household|family|member|buyer|customer|"
                  r"user|investor|cartera|billetera|portefeuille|"
                  r"adresse|wallet|carteira|portafoglio)[^.;!?\n]{0,30}?(hold|own|have|tener|poseer|detenir|posseder|"
                  r"halten|besitzen|ter|possuir|detenere|possedere)\w* (more than|over|above|mas de|mas del|plus de|plus du|"
                  r"mehr als|mais de|mais do|piu di|piu del|oltre|more then)|"
                  # "max 1000 tokens per wallet", "no more than 5,000 per address", "bis zu 100 Token pro Wallet"
                  r"(max(imum)?|at most|up to|no more than|limit of|maximo|max\.|hochstens|bis zu|au plus|al massimo|no maximo) "
                  r"\d[\d.,]*\s*(k|m)?\s*(tokens?|coins?|units?|jetons?|fichas?|gettoni)? ?(per|a|each|for each|in any|in one|"
                  r"por|par|pro|je|para cada|pour chaque) (wallet|address|account|holder|person|transaction|tx|cartera|"
                  r"billetera|portefeuille|adresse|carteira|portafoglio)s?\b|"
                  # "one wallet can not hold more than 1% from all supply", "each address may own at most 2 %"
                  r"(one|a|any|each|every|single|a single) (wallet|address|account|holder|person|people|member|buyer|trader|"
                  r"investor|user|customer)s? (can ?not|cannot|can't|may not|"
                  r"must not|should not|shouldn't|is not allowed to|can|may) (hold|own|have|keep|buy)\w* (more than|more then|"
                  r"over|above|at most|max(imum)?|up to) \d[\d.,]*\s*(%|percent)|"
                  # "darf keine einzelne Wallet mehr als 5 % aller Token besitzen": the verb may come last
                  r"(no|not any|ningun|ninguna|aucun|aucune|kein|keine|nenhum|nenhuma|nessun|nessuna) (single |one |"
                  r"individual |einzelne |einzige |seule |sola |unica )?(wallet|address|account|holder|person|cartera|"
                  r"billetera|portefeuille|adresse|carteira|portafoglio|konto)[^.;!?\n]{0,40}?(more than|over|above|mas de|"
                  r"plus de|mehr als|mais de|piu di|oltre) \d",
    "rebase": r"rebas(e|ing)|elastic supply",
    "dividends": r"dividends?|profit sharing for holders|dividendos?|dividendes?|dividenden?|dividendi|dividendo|"
                 r"ausschuttung(en)?|"
                 # a share of the profits paid out to whoever holds the token, in either order
                 rf"({_SHARE_OUT})[^.;!?\n]{{0,80}}?({_HOLDERS})[^.;!?\n]{{0,80}}?({_PROFITS})|"
                 rf"({_SHARE_OUT})[^.;!?\n]{{0,80}}?({_PROFITS})[^.;!?\n]{{0,80}}?({_HOLDERS})|"
                 rf"({_PROFITS})[^.;!?\n]{{0,100}}?({_SHARE_OUT})[^.;!?\n]{{0,80}}?({_HOLDERS})|"
                 # "der Erlös ... wird jedes Jahr anteilig an alle Inhaber ausgeschüttet": the verb last
                 rf"({_PROFITS})(?:[^.;!?\n(]|\([^()]*\)){{0,100}}?({_HOLDERS})[^.;!?\n]{{0,40}}?({_SHARE_OUT})|"
                 # "Alle Inhaber sollen ... ihren Anteil an unserem Gewinn ausgezahlt bekommen": the holders first
                 rf"({_HOLDERS})[^.;!?\n]{{0,80}}?({_PROFITS})[^.;!?\n]{{0,40}}?({_SHARE_OUT})|"
                 # "the money should be paid out automatically to every holder in proportion to their tokens"
                 rf"({_SHARE_OUT})[^.;!?\n]{{0,40}}?({_HOLDERS})[^.;!?\n]{{0,20}}?(in proportion|proportional\w*|pro rata|"
                 r"anteilig|proporcional\w*|proportionnel\w*|proporzional\w*|en proporcion|em proporcao|en proportion|"
                 r"au prorata|a prorrata|pro rata|in proportion to|"
                 r"in proporzione|im verhaltnis|according to (their|the) (tokens|holdings|"
                 r"balances?))|"
                 rf"({_HOLDERS})[^.;!?\n]{{0,60}}?(gets?|receives?|earns?|recibe\w*|recoi\w*|touche\w*|erhalt\w*|bekomm\w*|"
                 rf"receb\w*|ricev\w*)"
                 rf"[^.;!?\n]{{0,60}}?({_PROFITS})",
}
"""Feature concepts. The key is the vocabulary name (see OPTION_OF for the meta.json option it sets)."""

STANDARD_FEATURES: dict[str, str] = {
    "2612": "permit", "3156": "flashmint", "5805": "votes", "2981": "royalties", "5192": "soulbound",
}
"""Standards that name a feature the templates offer, by number ("EIP-2612", "ERC 3156", "erc5805"): a request
may ask for the feature by its standard alone. The families' own numbers (20, 721, 1155, 4626) are read as the
family; ERC-6372 is the votes' clock, whose mode the words around it give."""
_STANDARD = r"(?:erc|eip)\s?-?\s?"
for _number, _concept in STANDARD_FEATURES.items():
    FEATURES[_concept] = rf"{_STANDARD}{_number}|" + FEATURES[_concept]
FEATURES["votes"] = r"erc ?-?20 ?votes|" + FEATURES["votes"]

NEGATIVE_CONCEPTS = ("soulbound", "fixed_supply", "uncapped", "allowlist", "revocable", "access_none", "no_decimals", "whole_units", "max_wallet")
"""Concepts whose words are themselves a negation ("non-transferable", "no decimals")."""

OPTION_OF: dict[str, tuple[str, ...]] = {
    "capped": ("capped", "max_supply"),
}
"""Concepts whose option is named differently per family: the first the family declares is used."""

UNSUPPORTED_FEATURES = {"transfer_fee": "a fee or tax on transfers", "blocklist": "a blocklist of addresses",
                        "allowlist": "an allowlist / whitelist", "revocable": "revocation (clawback)",
                        "max_wallet": "a maximum wallet or transaction size", "rebase": "rebasing supply",
                        "dividends": "dividends to holders"}
"""What these concepts mean, for the one line that reports them unmet."""

INHERENT: dict[str, set[str]] = {
    "governor": {"votes", "timelock", "owned"},
    "airdrop": {"allowlist"},
    "multisig": {"revocable", "owned"},
    "vesting": {"owned"},
    "timelock": {"timelock", "owned"},
    "staking": {"owned"},
    "crowdsale": {"owned", "capped"},
    "escrow": {"owned"},
    "storage": {"owned"},
    "splitter": {"owned"},
}
"""Words a family's own description uses: "voting" in a DAO request, "whitelist" in an airdrop ask for
nothing beyond the family."""

FAMILIES: list[tuple[str, str]] = [
    ("erc4626", r"erc ?4626|tokeni[sz]ed vaults?|yield vaults?|\bvaults?\b|\bbovedas?\b|\bcoffres?\b|\btresor\b|"
                r"tresorerie tokenisee|\bcofres?\b|\bcaveau\b"),  # never "trésorier" or "trésorerie", the club's cash
    ("timelock", r"time ?-?lock ?-?controller|timelock (contract|wallet)|^(a |an )?timelock\b(?!.*\b(governor|dao|proposals?)\b)|"
                 r"contrato timelock|contrat timelock"),
    ("airdrop", r"air ?-?drop|merkle|lanzamiento aereo|distribution gratuite"),
    ("crowdsale", r"crowd ?-?sale|token ?-?sale|pre ?-?sale|\bico\b|(?<!point of )(?<!point-of-)(?<!di )(?<!del )(?<!de )(?<!col )(?<!e )(?<!algo )(?<!si )(?<!que )(?<!lo )(?<!un )(?<!il )(?<!al )\bsale\b(?! (di|del|della|grosso|fino|marino|rosa|integrale|mal|bien|caro|barato|affumicato|iodato|nero|dolce|grigio)\b)|venta de (tokens|fichas)|preventa|"
                  r"vente de (jetons|tokens)|prevente|token ?-?verkauf|vorverkauf|venda de tokens|pre-?venda|"
                  r"vendita di token|prevendita|tokens? (per|por|par|pro) (eth|ether)\b"),
    ("staking", r"(?<!at )(?<!at a )(?<!what's at )\bstak(e|es|ed|ing)\b|\brewards? pool\b|jalonnement"),
    ("vesting", r"\bvest(ing|ed|s)?\b|\bcliff\b|"
                # "puis s'étaler de façon linéaire sur 2 ans", "spread linearly over two years", "spalmato in modo lineare su"
                r"(s'etal\w*|etale\w*|spread|spalmat\w*|spalmare|repartid\w*|repartir|verteilt|verteilen) (out )?(de facon |"
                r"de maniere |in modo |de forma |de manera )?(lineaire\w*|lineal\w*|lineare|linear\w*|evenly|"
                r"uniforme\w*|gleichmassig) (sur|over|su|en|durante|uber) (\d+|un|une|one|two|deux|dos|zwei|due|dois|"
                r"three|trois|tres|drei|tre|quatre|four|cuatro|vier|quattro|quatro)\b|"
                # "il rilascio deve essere lineare su 18 mesi", "la liberación será gradual"
                r"(rilascio|liberacion|liberacao|liberation|release|unlock|freigabe|sblocco|desbloqueo|versement)( \w+){1,3} "
                r"(lineare?|lineal|lineaire|linear|graduale|gradual|graduel|progressiv[oae]|progresiva)\b|"
                # "Rilascio lineare nell'arco di 18 mesi", "liberación lineal", "linear release over two years"
                r"(rilascio|liberacion|liberacao|liberation|release|unlock|freigabe|sblocco|desbloqueo) (lineare?|lineal|"
                r"lineaire|linear)|(lineare|linear) (freigabe|auszahlung|release|unlock)|acquisition progressive|adquisicion (gradual|progresiva)|"
                r"liberacion gradual|liberacao gradual|unverfallbar|maturazione|"
                # "versement progressif sur 18 mois", "que se liberen de forma lineal", "rilascio in modo lineare"
                r"versements? (progressifs?|lineaires?|graduels?)|"
                r"\b(unlock|releas|liber|debloqu|freigeb|freigegeb|sblocc|desbloque|rilasc|vers)\w*( \w+){0,2} (de forma|de manera|"
                r"de modo|in modo|in maniera|de facon|de maniere|auf) (lineal|linear|lineare|lineaire|gradual|progresiva|"
                r"progressiva|progressive|graduelle|lineare weise)\b|"
                # "Queremos pagar o nosso aprendiz ao longo de 18 meses, com carência de 6 meses"
                r"\b(pagar|payer|pagare|pay)( \w+){0,3} (ao longo de|a lo largo de|over|nell'arco di|sur) (\d+|\w+) "
                r"(meses|months|mois|mesi|anos|anos|years|ans|anni)\b(?=[^.]{0,80}\b(carencia|cliff|blocage|bloqueo|"
                r"nothing|nada|rien|niente))|"
                # "Giulia gets her tokens over 4 years", "riceve i suoi token in 24 mesi": one person's tokens over a time
                r"\b(gets|receives|riceve|ricevera|recibe|recibira|recoit|recevra|erhalt|bekommt|recebe|recebera)( \w+){0,2} "
                r"(tokens?|jetons?|gettoni),? ((verteilt|spread|distributed|repartis|repartidos|distribuiti|distribuidos|"
                r"ripartiti) )?(over|in|su|sur|en|durante|uber|nell'arco di|ao longo de|a lo largo de)( the next| "
                r"the| los proximos| os proximos| i prossimi)? (\d+|a|one|two|three|four|five|six|un|une|uno|una|um|uma|dos|deux|"
                r"zwei|due|dois|tres|trois|drei|tre|quatro|quatre|vier|quattro|cuatro|cinco|cinq|cinque|funf) (years?|months?|anni|"
                r"anno|mesi|mese|anos?|meses?|ans|annees?|mois|jahre\w*|monate\w*)\b|"
                # "I want to give him tokens slowly, over 3 years": tokens handed to someone bit by bit
                r"\b(give|giving|pay|paying|send|sending|hand|handing)( \w+){0,2} tokens (slowly|gradually|little by little|"
                r"bit by bit|over time)\b|"
                # tokens that unlock gradually, whatever the words: "unlock little by little over 5 years",
                # "que se liberen poco a poco", "nach und nach freigegeben", "sbloccati gradualmente"
                r"\b(unlock|releas|liber|debloqu|freigeb|freigegeb|sblocc|desbloque|rilasc)\w*( \w+){0,2} "
                r"(little by little|bit by bit|gradually|progressively|linearly|steadily|evenly|poco a poco|petit a petit|"
                r"progressivement|graduellement|nach und nach|schrittweise|pouco a pouco|aos poucos|gradualmente|"
                r"progressivamente|a poco a poco|linealmente|linearmente)\b|"
                r"\b(little by little|bit by bit|gradually|poco a poco|petit a petit|nach und nach|pouco a pouco|aos poucos|"
                r"gradualmente|progressivement|schrittweise|gleichmassig|evenly|uniformly|uniformement|uniformemente)( \w+){0,2} "
                r"(unlock|releas|liber|debloqu|freigeb|freigegeb|"
                r"sblocc|desbloque|rilasc)\w*|"
                # "tokens released over 18 months", "token che si sbloccano in 3 anni": a release spread over months or years
                r"\b(releas|unlock|sblocc|liber|desbloque|debloqu|rilasc|(?:come|comes|coming) out|drip|trickl|"
                r"(?:paid|pay|pays) out|spread(?= (?:out )?over))\w*( \w+){0,2} (over|in|during|su|sur|en|durante|uber|pendant|wahrend|"
                r"nell'arco di|ao longo de|a lo largo de)( the next| the| los proximos| os proximos| i prossimi)? (\d+|a|one|two|"
                r"three|four|five|six|un|une|uno|una|um|uma|dos|deux|zwei|due|dois|tres|trois|drei|tre|quatro|quatre|vier|"
                r"quattro|cuatro|cinco|cinq|cinque|funf|eighteen|eighteen|half a) (years?|months?|anni|anno|mesi|mese|anos?|"
                r"meses?|ans|annees?|mois|jahre\w*|monate\w*)\b"),
    ("escrow", r"escrow|\barbit(er|rator|ro|re)\b|\bschiedsrichter\w*|\bschlichter\w*|"
               # a third party for a dispute: "le président tranche en cas de litige", "decides in case of a dispute"
               r"(en cas de|in case of( a)?|en caso de|em caso de|in caso di|im falle eines|bei einem) (litige|dispute|"
               r"disputa|litigio|streitfall|desaccord|desacuerdo|desacordo|disaccordo|disagreement)|deposito en garantia|fideicomiso|sequestre|depot fiduciaire|"
               r"treuhand|custodia|garantia bloqueada|deposito a garanzia"),
    # "2-of-3", but not "7 of 9 editors" present at a meeting: a count of people is no signing threshold
    ("multisig", r"multi ?-?sig|multi ?-?signature|multifirma|shared (wallet|account|treasury)|joint (wallet|account)|"
                 # "the guild wallet needs all three trustees to sign... two of the three is enough"
                 r"(wallet|safe|account|treasury) needs? (all |any )?(two|three|four|five|\d) (\w+ )?(trustees|owners|signers|"
                 r"members|partners|directors|of us) to sign|"
                 # "safe:\n owners: ... confirmations: 3", "a Gnosis Safe": the Safe wallet names the kind
                 r"gnosis safe|safe (wallet|multisig)|(?<![\w-])safe(?=\s*[:{]\s*(owners|signers)\b)|"
                 r"cartera compartida|cuenta compartida|gemeinsame (kasse|wallet|konto)|caisse commune|portefeuille partage|"
                 r"carteira compartilhada|conta conjunta|portafoglio condiviso|conto condiviso|"
                 # "uma carteira com várias assinaturas", "un portefeuille à plusieurs signatures"
                 r"(carteira|conta|cartera|cuenta|portefeuille|compte|wallet|konto|portafoglio|conto|\w*kasse|caisse|cassa|"
                 r"caixa|caja|treasury|account) (com|con|a|avec|mit|with) "
                 r"(varias|multiplas|multiples|plusieurs|mehreren|piu|diverse|molteplici|several|multiple) (assinaturas|firmas|"
                 r"signatures|unterschriften|firme)|"
                 r"\b\d+ ?-?(of|de|sur|von|aus|su|der|dei) ?-?(our |the |us |los |las |nos |unseren |den )?\d+\b"
                 r"(?! (editors|members|people|players|students|staff|employees|attendees|present|voted|were|are|of the|"
                 # "wir halten 3 von 10 Anteilen": a holding of shares, no signatures
                 r"anteil\w*|geschaftsanteil\w*|acciones|participaciones|parts|quote|quotas|cotas|azioni|teile|sitze|seats|"
                 r"mitglieder\w*|miembros|membres|membri|membros|socios|soci|associes|gesellschafter\w*)\b)"
                 # "Attendees: 6 of 7 builders": a count of people, not signatures
                 r"(?! (?!(?:signatures?|signers?|owners?|keys?|approvals?|confirmations?|sigs?|multisig|wallet|safe)\b)"
                 r"[a-z]+s\b)|"
                 r"mehrfach ?-?signatur|multiassinatura|portafoglio multifirma|"
                 # "a wallet that need two signature of three", "2 firmas de 3", "deux signatures sur trois"
                 r"\b(\d+|one|two|three|four|five|dos|tres|cuatro|deux|trois|quatre|zwei|drei|vier|due|tre|quattro|dois|"
                 r"duas|tres) (signatures?|sigs?|firmas?|firme|unterschriften|assinaturas|approvals?|keys?) (of|out of|from|"
                 r"de|sur|von|aus|su|di|entre) (the |los |las |les |den |i |le |os |as )?(\d+|two|three|four|five|six|seven|"
                 r"dos|tres|cuatro|cinco|deux|trois|quatre|cinq|zwei|drei|vier|funf|due|tre|quattro|cinque|dois|quatro)\b|"
                 # "three of us hold keys ... every payment needs all three to sign"
                 r"(we|of us|of them) (each )?(hold|share) (the )?keys|"
                 r"(needs?|requires?) (all|both|any) (\w+ )?(of (us|them) )?to sign|"
                 r"(all|both|any \w+) (of (us|them) )?(have to|must|need to|needs to) sign\b"),
    ("governor", r"\bgovernor\b|\bdao\b|\bproposals?\b|\btimelock\b|governance (contract|system|module)|"
                 r"^\W*governance (?=(for|para|pour|fur|per|of|de|do|da|del|pro)\b)|"  # "Governança para o clube: ..."
                 r"(?<!token de )(?<!tokens de )(?<!ficha de )(?<!moneda de )(?<!moeda de )gobernanza|gouvernance|propuestas|vorschlage|propostas|(?<!token de )(?<!tokens de )(?<!moeda de )governanca|governance on-?chain|proposte|"
                 r"\bgouverneur\b|\bgobernador\b|\bgovernador\b|\bgovernatore\b|\bpropositions?\b"),
    ("splitter", r"payment ?-?splitter|\bsplit(s|ter|ting)?\b|revenue ?-?shar|royalty ?-?split|repartir (los )?pagos|"
                 r"reparto (de|dei) pagos?|reparto dei pagamenti|"
                 r"dividir (los )?pagos|divide (los )?pagos|repartit(eur|ion) des paiements|zahlungs ?-?aufteil\w*|"
                 r"divisao de pagamentos|ripartizione dei pagamenti|"
                 # (not the French participle: "la fonderie est payée sur 0x..")
                 r"(?<!est )(?<!sont )(?<!etre )(?<!ete )(?<!sera )(?<!seront )(?<!soit )\bpayees?\b"
                 r"(?! (sur|par|en|au|a|des|lors|chaque|apres|avant|via|directement|comptant)\b)|divisor de pagos|"
                 r"divid(ir|e|a) (a |la |los |as |o |os )?(receitas?|ingresos|pagos|pagamentos|ganancias|ganhos|lucros)|"
                 # "che divida i pagamenti in parti uguali", "i ricavi venissero divisi tra i soci"
                 r"divid\w* (i |gli |le )?(ricavi|pagamenti|incassi|guadagni|proventi|entrate)|(ricavi|pagamenti|incassi|"
                 r"guadagni|proventi|entrate) (\w+ ){0,3}(divis[ie]|ripartit[ie]|spartit[ie])\b|"
                 # money shared out in equal parts among named people: "se reparta a partes iguales entre los cuatro",
                 # "partagé à parts égales entre", "zu gleichen Teilen aufgeteilt", "diviso in parti uguali tra"
                 r"(repart\w*|divid\w*|partag\w*|aufgeteilt|aufteil\w*|verteil\w*|divis\w*|ripart\w*|split\w*|shared?) "
                 r"(\w+ ){0,2}(a partes iguales|en partes iguales|a parts egales|en parts egales|zu gleichen teilen|"
                 r"in parti uguali|em partes iguais|a partes iguais|equally|evenly)\b"),
    # the standard's number alone before a contract word: "1155 contract for our batches", "a 721 collection"
    # "each personage is one id", "one id per pattern", "un id par modèle": kinds of items by id
    ("erc1155", r"(each|every) [\w-]+( [\w-]+)?( \([^)]*\))? (is|as|becomes|gets) (one|its own|a) (token )?id|"
                # "Membership badges, all in one contract, a different badge for each season"
                r"all in one contract,? (with )?(a|one) (different|separate|new) [\w-]+ (for|per) (each|every) [\w-]+|"
                # "we need to know the total supply of each level": many kinds, each with its own supply
                r"total supply (of|for|per) (each|every) (level|type|kind|design|item|badge|model|tier|category|id)\b|"
                # "one contract for many lantern type": many kinds of item in one contract
                r"(one|a|single|un|una|um|uma|ein|einen) (contract|contrato|contrat|contratto|vertrag) (for|para|pour|per|fur|with|con|com|avec|mit) "
                r"(many|several|multiple|different|various|all (our|the)|varios|varias|plusieurs|diversi|mehrere|verschiedene) "
                r"([\w-]+ )?(types?|kinds?|designs?|models?|tipos|modelos|modeles|tipi|modelli|arten|sorten|parts|items|products|"
                r"pieces|sizes|goods|skus|badges|levels|tiers|ranks|grades)\b|(each|every) [\w-]+( [\w-]+)?,? (is |gets |has |with )?"
                r"(its|their) own (token )?id\b|(one|an?) (token )?id (per|for each)|un id (de token |de jeton )?(par|por|per|pro) "
                r"(chaque |cada |ogni )?\w+|"
                # "un type de badge par festival", "one kind of pass per event": kinds of items, one a something
                r"(one|a|un|une|uno|una|um|uma|eine?) (type|kind|sort|tipo|sorte|genre|art) (of |de |di |d')?[\w-]+ "
                r"(per|par|por|pro|for each|for every|pour chaque|para cada|per ogni|je) [\w-]+|(?<![\d.,])1155(?= ?-?(contracts?|standard|collections?|multi|style|compliant)\b)|(?:^|(?<=[.!?\n] ))1155(?= (for|para|pour|per|fur|zum)\b)|(?<=contrato )1155|(?<=tipo )1155|(?<=like )1155|(?<=wie )1155|(?<=comme )1155|(?<=\(como )1155|(?<=\(come )1155|(?<=\()1155(?= ?\?? ?\))|(?<=type )1155|(?<=typ )1155|(?<=contrat )1155|(?<=contract )1155|(?<=contratto )1155|(?<=vertrag )1155|erc ?1155|multi ?-?(token|jeton|ficha|gettone|gettoni|moeda|moneda)s?|(tokens|jetons|fichas|gettoni|moedas|monedas) (multiplos|multiples|multipli)|mehrfach ?-?token|semi ?-?fungible|game items|in-?game items|items? (contract|inventory)|"
                r"objetos del juego|objets de jeu|spielgegenstande|itens de jogo|oggetti di gioco|inventory|editions"),
    ("erc721", r"(?<![\d.,])721(?= ?-?(contracts?|standard|collections?|style|compliant)\b)|(?:^|(?<=[.!?\n] ))721(?= (for|para|pour|per|fur|zum)\b)|erc ?721|\bnfts?\b|non ?-?fungible|collectibles?|\bcollection\b|coleccion|colecao|(?<!ver)sammlung|"
               r"collezione|no fungible|non fongible|nicht ?-?fungibel|nao fungivel|non fungibile|pfp|badges?|"
               r"certificates?|diplomas?|membership cards?|sammelkarten|sammelkarte|sammlerstuck\w*|trading cards|"
               r"cartes? a collectionner|cartas coleccionables|carte collezionabili|cartas colecionaveis|"
               # "ids auto-increment", "token ids count up from 1": one id a token, numbered as minted
               r"(token )?ids (auto ?-?increment\w*|increment automatically|count up|go up by one)|auto ?-?increment(ing|ed)? (token )?ids"),
    ("storage", r"\bstorage contract\b|\bsimple storage\b|"
                # "stores a number", not the shop: "our store", "store credit", "comic store"
                r"(?<!the )(?<!our )(?<!my )(?<!a )(?<!your )(?<!their )(?<!online )(?<!comic )(?<!book )(?<!web )"
                r"(?<!app )(?<!in-)(?<!coffee )(?<!retail )\bstores?\b(?! (credit|cards?|points|vouchers?|coupons?|front|"
                r"managers?|owners?|staff|brand|chain|locations?))|\bstoring\b|\bkeeps? track of\b|\bsaves?\b|"
                r"\bkeeps?\b.{0,20}\b(number|value)|\bregistry\b|\bregister\b|almacen(a|amiento)|guarda(r)? un numero|"
                r"stockage|stocke un nombre|speicher(t|vertrag)?|armazena(mento)?|\bregistro\b|\bregistre\b|memorizza"),
    ("erc20", r"erc ?20|\btokens?\b|\bcoins?\b|stable ?coin|fungible|\bjetons?\b|\bfichas?\b|\bmoeda\b|\bmoneda\b|"
              r"\bmonnaie\b|\bmunze\b|\bmoneta\b|\bgettoni?\b|\bgettone\b|\btoken-?\w*|\bcurrency\b|\bpoints\b"),
]
"""Contract kinds first: "staking for an ERC20 token" is staking, not an ERC20."""

MASKED_ADDRESS = r" {40,}"
"""An address in the text the family and feature readers see: spec_parser masks addresses (and URLs, hashes) as runs of
spaces of their own length, so a 0x.. address is at least 40 spaces."""

GOVERNANCE_WORDS = (r"(?<![\w])(governor|governance|dao|proposals?|vot(e|es|ing)|gobernador|gobernanza|propuestas?|"
                    r"votacion|gouverneur|gouvernance|propositions?|scrutin|vote|abstimmung\w*|vorschlag\w*|governanca|"
                    r"propostas?|votacao|governatore|proposte?|votazion\w*|voto)(?![\w])")
"""Words of on-chain governance: with any of them a timelock is the governor's, not a contract of its own."""
GOVERNOR_SETTINGS = (r"(?<![\w])(quorum|quoren|voting (delay|period)|proposal threshold|periodo de votacion|"
                     r"umbral de propuestas?|delai de vote|periode de vote|seuil de propositions?|abstimmungs(dauer|frist|"
                     r"verzogerung)|vorschlagsschwelle|periodo di voto|soglia di proposta|periodo de votacao|"
                     r"limiar de propostas?)(?![\w])")
"""What only a governor has: with any of them a governor named in the request is the contract asked for."""

REFUSED_KINDS = (r"uniswap|(?<!to )(?<!ll )(?<!will )(?<!can )(?<!we )(?<!i )\bhooks?\b(?! (up|it|them|into|onto|in|to)\b)|\bamm\b|\bdex\b|order ?book|\boracles?\b|\blending\b|\bborrow|\bliquidat|"
                 r"perpetual|\bfutures\b|\bbridges?\b|cross-?chain|liquidity pool|\bswap(s|ping)? (contract|protocol|pool)|"
                 r"\boptions? (contract|market)|\bzk|rollup|\blotter(y|ies)\b|\bauctions?\b(?! (co|company|house|mart|market|yard|ring|sale|day|catalogue|catalog)\b)(?!\.)|\bmarketplaces?\b|"
                 r"\bbonding curves?\b|\bdynamic fees?\b|\bprediction markets?\b|\binsurance\b|\bderivatives?\b|\bcdp\b|"
                 r"\bgambl|\bcasino\b|"
                 # a program, not a contract: "a bot that posts in our Telegram group", "a sniper bot"
                 r"\b(make|build|write|create|code|develop|need|want)\s+(me\s+|us\s+)?(a|an)\s+([\w-]+\s+){0,2}bots?\b|"
                 r"\bbots? (that|which) (posts?|trades?|buys?|sells?|snipes?|tweets?|sends?|alerts?|notifies|monitors?|"
                 r"watches|front-?runs?)\b")
"""Kinds no template (and no option) serves: refused up front with the list of what is supported."""

ROLES: dict[str, str] = {
    "beneficiary": r"beneficiar(y|ies)|beneficiari[oa]s?|beneficiaire|begunstigte[rn]?|beneficiario",
    "buyer": r"buyer|purchaser|compradora?|acheteu(?:r|se)|kaufer(?:in)?|acquirente|compratore|compratrice",
    "seller": r"seller|vendor|vendedora?|vendeu(?:r|se)|verkaufer(?:in)?|venditore|venditrice",
    "arbiter": r"arbiter|arbitrator|arbitro|arbitre|schiedsrichter\w*|schiedsperson|schiedsstelle|schlichter\w*|mediator|"
               r"mediateur|mediador[ae]?|mediatore|mediatrice",
    "recipient": r"recipient|receiver|treasury|funds (go )?to|proceeds( go)? to|sent to|send (it |them |everything )?to|send (the |all |all the )?(initial |whole |entire |full )?(supply|tokens|coins) to|"
                 r"(to|into) (the |our |my |a )?wallet( at)?|(tutti |tutto )?(sul|nel|al) (wallet|portafoglio|conto)|"
                 r"(todos |todo )?(en|a) (la|nuestra|mi) (billetera|cartera|cuenta)|(tous |tout )?sur (le|notre|mon) "
                 r"(portefeuille|compte)|alle auf (das|unser|mein) (wallet|konto)|(todos |tudo )?(na|para a) (nossa |minha )?"
                 r"(carteira|conta)|"
                 r"paid to|pays? to|mint(ed)? (the )?(whole |entire |full |initial )?(supply )?to|tesoreria|tresorerie|"
                 r"empfanger|destinatario|destinataire|tesouraria|royalt(y|ies) (go |paid )?to|"
                 # "deve andare all'indirizzo 0x..", "goes to the address 0x..", "va a la dirección 0x.."
                 r"verso (l'|il )?(indirizzo|wallet|portafoglio)|hacia la (direccion|billetera|cartera)|vers l'adresse|"
                 r"(go|goes|paid|sent) to (the )?address|(andare|va|vanno|versat[oaie]|pagat[oaie]) (all'|al |a )(indirizzo|"
                 r"wallet|portafoglio)|(ir|va|van|vaya|pagad[oa]s?) a (la )?direccion|(aller|va|vont|verse\w*) a l'adresse|"
                 r"(gehen|geht|fliessen|fliesst) an die adresse|(ir|vai|vao) para o endereco",
    "owner": r"owners?|propietari[oa]s?|proprietaires?|besitzer(in)?|eigentumer(in)?|proprietari[oa]s?|donos?|donas?|duen[oa]s?|proprietari|signers?|firmantes",
    "admin": r"admin(istrator(in)?)?|default admin|amministrat(ore|rice)|administrador(a)?|administrat(eur|rice)|default_admin_role|admin_role|"
             r"administration|administracao|administracion|amministrazione|verwaltung",
    "minter": r"minter|minteur|frappeur|frappeuse|minting role|minter role|acunador|acunadora|coniatore|coniatrice|cunhador|"
              r"emetteur|emettrice|"
              r"cunhadora|(?<=role de )frappe|(?<=rol de )acunacion|"
              # "un ruolo dedicato per chi può coniare nuovi token, assegnato a 0x..": a role named by what it does
              r"(ruolo|rol|role|rolle|papel|role) (dedicat[oa] |dedicad[oa] |dedie |eigene\w* |own |dedicated |separate )?"
              r"(per|para|pour|fur|for) (chi|quien|quem|qui|wer|who|whoever|those who) (puo|puede|pode|peut|kann|can|may) "
              r"(coniare|acunar|cunhar|frapper|pragen|mint|emettere|emitir|emettre)|mint(able|ed|ing)? by|minted by|can be minted by|minter_role|"
              r"minting (is |will be |should be |must be |shall be )?(done|handled|managed|run|controlled|taken care of) by|"
              # "administrateur 0x.., mise en pause 0x.., émission 0x..": the act as the label right before its address
              r"(emission|emision|emissao|emissione|frappe|acunacion|cunhagem|pragung|conio|minting|issuance)(?=\s*[:=]?\s*$)|"
              # "The mint permission should be with our secretary 0x..", "le droit de frapper ... revient à (0x..)"
              r"(mint|minting) (permission|rights?|power|privilege|key)s?|(permission|right|power|privilege)s? (to|of) mint(ing)?|"
              # "My sister Morwenna does the minting of new ones, her wallet's 0x.."
              r"(does|do|handles|handle|runs|run|takes care of|looks after|is in charge of|will do|will handle) (the |all the )?"
              r"minting|"
              r"(droit|pouvoir|celui) de (frapper|emettre|creer)|derecho (a|de) (acunar|emitir)|"
              # "la création de nouveaux jetons à notre trésorier (0x..)": the act of making more, as a noun
              r"(la )?(creation|emission|frappe) de (nouveaux|nouvelles) (jetons|tokens|unites)|(la )?(creacion|emision) de "
              r"(nuevos|nuevas) (tokens|fichas|unidades)|(a )?(criacao|emissao) de novos (tokens|unidades)|(la )?"
              r"(creazione|emissione) di nuovi (token|gettoni)|(the )?(creation|issuance|minting) of new (tokens|coins|units)|"
              r"(?<![\w])(el|la|o|a) de (acunar|cunhar|emitir)(?= (para|a|pra|ao|al) )|(diritto|potere) di "
              r"(coniare|emettere)|(direito|poder) de (cunhar|emitir)|(pragerecht|recht zu pragen|recht zum pragen)",
    "pauser": r"pauser|((?<=holds the )|(?<=keeps the )|(?<=has the )|(?<=gets the )|(?<=owns the ))(pause|emergency|stop) (switch|button|key|lever|brake)|(addetto|addetta|responsabile|incaricato|incaricata) (alla|della) pausa|(responsable|encargad[oa]) "
              r"de (la )?paus[ae]|responsavel pela pausa|pausing role|pauser role|pauser_role|(?<=role de )pause|(?<=rol de )pausa|(?<=ruolo di )pausa|"
              r"(?<=role de )mise en pause|(?<=role de la )mise en pause|(?<=rol de )puesta en pausa|(?<=ruolo di )messa in pausa|"
              r"(?<=papel de )pausa|pause-?rolle|paus(e|es|ing) (is |are |will be |should be |must be )?((done|handled|managed|run|"
              r"controlled|triggered) )?(only |solely |just )?by|pausable by|paused by|"
              # "la mise en pause au chef d'atelier 0x..", "the pause is for our accountant 0x..", "pause 0x.."
              r"(?<=la )mise en pause|(?<=the )pause(?= (?:is|goes|will be|belongs|falls))|pause(?=\s*[:=]?\s*$)|"
              # "the pause switch goes to our accountant at 0x.."
              r"(pause|emergency|stop) (switch|button|key|lever|brake) (goes|go|belongs|is given|will go) to|"
              # "la pausa la gestisce il presidente 0x..", "the pause is handled by ..."
              r"(la|a|las|the) paus[ae]s? (la |las |a |it )?(gestisce|gestiscono|maneja|manejan|gere|gerem|handles|manages|"
              r"gestiona|gestionan|runs)|"
              # "pausing with the treasurer 0x..", "pause rights to 0x..", "celui de mettre en pause à Gwenaël (0x..)"
              r"paus(e|ing) (permission|rights?|power|privilege|key)s?|(permission|right|power|privilege)s? (to|of) paus(e|ing)|"
              r"(does|do|handles|handle|runs|run|takes care of|looks after|is in charge of|will do|will handle) (the |any )?"
              r"pausing|"
              r"paus(e|ing)(?= (?:(?:should|must|will|shall) (?:be|stay|sit|rest) |is |stays |sits |rests )?with )|"
              r"(droit|pouvoir|celui) de (mettre en pause|suspendre)|derecho (a|de) pausar|"
              # "el rol de administrador para 0xA y el de pausar para 0xB": the role said again by its act
              r"(?<![\w])(el|la|o|a) de (pausar|poner en pausa)(?= (para|a|pra|ao|al) )|(diritto|potere) di (mettere in "
              r"pausa|sospendere)|(direito|poder) de pausar",
    "upgrader": r"upgrader|upgrader role|upgrader_role",
    "payee": r"payees?|shareholders?|partners?|members?|beneficiarios del pago",
    "asset": r"asset|underlying( token)?|activo subyacente|actif sous-jacent|basiswert|ativo|sottostante",
    "token": r"token address|(the |existing |an existing )?token at|token (that )?(we|i) (already )?(have|own|use|hold|issued|deployed)( deployed| already)? at|staking token|reward token|governance token at|"
             # "We already have a token for this, ACS at 0x..": the token the asker has, its ticker and where it is
             r"(?<=have a token for this, )[a-z0-9]{2,8} at|(?<=have a token for that, )[a-z0-9]{2,8} at|"
             r"(?<=have a token, )[a-z0-9]{2,8} at|(?<=have our token, )[a-z0-9]{2,8} at|"
             # "Voting token: existing, at 0x..", "con el token que ya tenemos en 0x..", "notre jeton existant (0x..)"
             r"voting token|governance token|token de voto|jeton de vote|token di voto|stimm-?token|token de votos|"
             r"(existing|existente|existant|esistente|bestehende[nm]?) (token|jeton|gettone)|(token|jeton|gettone) "
             r"(ya |deja |gia |ja |already )?(existing|existente|existant|esistente)|(our|notre|nuestro|nosso|il nostro|unser(en)?) (existing )?(token|jeton|gettone)|"
             r"(token|jeton|gettone) (que|qui|che|das) (ya |deja |gia |ja |schon )?(tenemos|avons|abbiamo|temos|haben|have)"
             r"( ya| deja| gia| ja| schon| already)?|"
             r"token(?=\s*[:=])",
    "proposer": r"proposers?|proponentes?|proposants?|proposeurs?|propositor(i|e)|vorschlagende[rn]?|antragsteller(in)?|proponent[ei]",
    "executor": r"executors?|ejecutores?|executeurs?|executores?|esecutori|ausfuhrende[rn]?|vollstrecker|"
                # "Executing may be done by the three board members 0x..", "execution is done by 0x.."
                r"(executing|execution) (may|can|will|shall|is|should) (be )?(done|handled|carried out) by|executed by",
    "canceller": r"cancell?ers?",
}
"""Role words an address is bound to. Keys are the role names meta.json constructors ask for."""

LIST_ROLES = {"owner": "owners", "payee": "payees", "proposer": "proposers", "executor": "executors",
              "beneficiary": "beneficiaries"}
"""Roles that take several addresses: the plural is the requirement key."""

NAME_KEYWORDS = (r"qu'on appelle|que l'on appelle|on les appelle|on l'appelle|que llamamos|que chamamos|che chiamiamo|"
                 r"called|named|name(d)?( is|:|=)?|titled|token name|nft name|collection name|contract name|llamad[oa]s?|"
                 # "Nome del contratto: Gondolieri DAO", "Nombre del contrato: ..."
                 r"nome del contratto|nombre del contrato|nom du contrat|name des vertrags|nome do contrato|"
                 r"se llama(ra)?|s'appelle(ra)?|si chiamera|si chiama|se chama(ra)?|vai se chamar|wird heissen|"
                 r"denominad[oa]s?|con (el )?nombre( de)?|nombre|appelee?s?|nommee?s?|du nom de|nom|namens|genannt|"
                 r"mit (dem )?namen|heisst|chamad[oa]s?|com o nome( de)?|nome|chiamat[oa]|di nome|col nome|dal nome")
SYMBOL_KEYWORDS = (r"symbol|symbols|ticker|sym|symb|symbl|tkr|short name|(?<![\w ])[ \t]*short(?=[ \t]*:[ \t]*[a-z0-9]{2,10}\b)|simbolo|symbole|kurzel|kurzel|sigla|sigle|code|abbreviation|abreviatura|"
                   r"codigo|codice|abreviacao|abkurzung|handelssymbol|tickersymbol|token code|ticker code|"
                   # "with the name Thyme Light and the sign THYME"
                   r"shortcut|abbreviated|abbrev|abbr|(?<=and )short(?= [a-z0-9]{2,10}\b)|(?<=, )short(?= [a-z0-9]{2,10}\b)|"
                   r"(?<=the )sign(?= [a-z0-9]{3,10}\b)|(?<![\w])sign(?=\s*:\s*[a-z0-9]{3,10}\s*(?:[.,;\n]|$))")
SUPPLY_WORDS = (r"(suministro|oferta|offre|offerta|fornecimento|fornitura|emision|emission|emissao|emissione) (inicial|initiale|"
                r"iniziale|totale?)|supply|total|initial( supply)?|pre-?mint(ed)?|minted|circulating|issue|issued|tokens?|units?|coins?|"
                r"pieces|shares|points|tickets|suministro|emision|oferta|unidades|fichas|offre|emission|unites|jetons|"
                r"angebot|menge|einheiten|stuck|gesamtmenge|fornecimento|emissao|unidades|offerta|fornitura|unita|pezzi|"
                r"gettoni|moedas|monedas|munzen|pontos|puntos|punti|"
                # "são 2,5 milhões iniciais": the initial amount said by its adjective alone
                r"iniciais|iniciales|initiaux|initiales|iniziali|anfanglich\w*")
CAP_WORDS = (r"cap(ped|ping|s)?( at| of)?|"
             # "the maximum what can exist (ever) is 1 million", "the most that will ever exist is 2M"
             r"(max(imum)?|most) (what |that |which )?(can|could|will|may|shall) (ever )?exist( ever)? (is|are|will be|:)|"
             r"max(imum)?( total)?( supply)?( of)?|supply cap|hard ?-?cap( of)?|up to|at most|no more than|"
             r"limited to|limit( of)?|tope( de)?|maximo( de)?|hasta|plafond( de)?|limite( maximale)?( de)?|jusqu'a|"
             # an adjective between: "un plafond absolu de 15 millions", "um teto máximo de 2 000 000"
             r"(plafond|tope|teto|tetto|limite) (absolu|absolue|global|globale|total|totale|maximal|maximale|maximum|dur|"
             r"maximo|absoluto|massimo|assoluto)( de| di)?|absolute (cap|limit|maximum|ceiling)( of)?|"
             r"(est |sera )?plafonnee?s?( a)?|limitee?s?( a)?|(esta |sera )?limitad[oa]s?( a)?|(ist |wird )?begrenzt( auf)?|"
             r"(e |sera )?limitat[oa]( a)?|(e |sera )?limitad[oa]( a)?|"
             # "Tiratura massima 1.973 esemplari", "tirage maximum de 300", "Auflage maximal 500"
             r"(tiratura|tirage|tirada|tiragem|auflage|print run|edition size) (massima|maximum|maximale|maxima|max|maxim[ao]|"
             r"maximal)( de| di| von| of)?|massima( di)?|"
             r"\w*(ober|hochst)grenze( von)?|hochstmenge|maximalmenge|gesamthochstmenge|maximal|hochstens( bis)?( zu)?|bis zu|teto( de)?|ate|massimo( di)?|tetto( di)?|fino a|max\.|"
             r"no maximo( de)?|ao maximo|como maximo|al maximo|al massimo|au maximum|au plus|"
             # a plural record's key: "Depositi totali massimi: 500 mila", "dépôts maximaux : 2M"
             r"massim[ie]\s*:|maxim[oa]s\s*:|maximaux\s*:|maximales\s*:|"
             r"(will |shall |can |must |should )?never (be |exceed |go |get )?(more than|more then|above|beyond|exceed|past|over)|"
             r"(will |shall |can |must |should )?never (pass|surpass|top)|nunca por encima de|jamais au-dessus de|"
             # "que nunca pueda haber más de 2.000.000", "there can never be more than", "il ne pourra jamais y avoir plus de"
             r"(there )?(can |could |will |may )?never (be|exist) more than|(que )?nunca (pueda|puede|podra|va a) haber mas de|"
             r"(ne )?(pourra|peut|doit) jamais y avoir plus de|nunca (podera|pode|vai) haver mais de|"
             r"non (potranno|potra|possono|puo) mai (esserci|esistere) piu di|es (darf|kann|wird) nie(mals)? mehr als|"
             r"never (can|could|should|will|shall|may) (be |go |get )?(more than|above|over|beyond|bigger than|higher than)|"
             # "o total nunca pode passar de 10 milhões", "nunca puede superar", "ne doit jamais dépasser", "non può mai superare"
             r"nunca (pode |podera |puede |podra |debe |deve )?(passar|ultrapassar|exceder|pasar|superar|sobrepasar) (de |los |as |os )?|"
             r"(ne )?(peut|doit|pourra|devra) jamais (depasser|exceder)|non (puo|deve|potra|dovra) mai (superare|passare|eccedere)|"
             r"darf nie(mals)? (uber|mehr als)|gedeckelt (bei|auf)|"
             r"cap (the|our|this) (set|collection|supply|drop|series|total|edition) at|"
             r"(hard |absolute |upper )?ceiling( of| at| is|:)?|(total|totl|supply|it) stops at|(not|never) above|"
             r"jamais au-dela d'?|jamais au-dela de|nunca mas alla de|nunca alem de|mai oltre|nie uber|"
             r"(push|take|bring|raise|grow) the (total|supply|total supply) (beyond|above|over|past)|"
             r"nie(mals)? (uber|uber mehr als)|nunca acima de|mai sopra|mai al di sopra di|"
             r"not (be )?more than|never exceed|not exceed|must not exceed|"
             # "total deposits shouldn't go over 50,000", "can't get above 2M"
             r"(shouldn'?t|should not|mustn'?t|must not|can'?t|cannot|can not|may not|won'?t|will not|shall not) (ever )?"
             r"(go|get|rise|climb) (over|above|beyond|past|higher than)|"
             r"nunca (mas|mais) (de|que|do que)|jamais plus de|nie(mals)? mehr als|mai piu di|hard-?stop (at|a)|"
             r"no mas de|pas plus de|nicht mehr als|nao mais (de|que|do que)|non piu di|"
             r"(jamas|nunca) (superara|excedera|pasara de|supera|excede)|ne (depassera|depasse) (jamais|pas)|"
             r"(nie|niemals) (uberschreiten|ubersteigen|uberschreitet|ubersteigt)|"
             r"nunca (ultrapassara|ultrapassa|excedera|passara de)|non (superera|supera) mai|mai oltre|"
             r"without (ever )?(exceeding|going (over|above|beyond))|sans (jamais )?depasser|sin (nunca )?(superar|exceder|pasar de)|"
             r"ohne (je )?(zu )?(uberschreiten|ubersteigen)|sem (nunca )?(ultrapassar|exceder|passar de)|"
             r"senza (mai )?(superare|oltrepassare|andare oltre)")
DECIMAL_WORDS = (r"dp|d\.p\.|decimals?|decimal places?|decimal digits?|decimales|lugares decimales|decimales|chiffres apres la virgule|"
                 r"decimale|dezimalstellen?|nachkommastellen?|dezimalen|casas decimais|casa decimal|decimais|decimali|"
                 r"cifre decimali|cifra decimale")
PERCENT_WORDS = r"%|percent|per ?cent|por ?ciento|pour ?cent|prozent|por ?cento|per ?cento"
WEI_UNITS = {"ether": 10**18, "eth": 10**18, "gwei": 10**9, "wei": 1}


@lru_cache(maxsize=None)
def compiled(pattern: str) -> re.Pattern[str]:
    """A concept pattern bounded on words, compiled once."""
    return re.compile(rf"(?<![\w])(?:{pattern})(?![\w])")


def find(concept_pattern: str, folded: str) -> list[re.Match[str]]:
    return list(compiled(concept_pattern).finditer(folded))


OUR = (r"our|my|unsere[nmrs]?|unser|meine[nmrs]?|nos|notre|mes|nuestr[oa]s?|mis|nossos?|nossas?|meus|minhas|nostr[oaie]|"
       r"miei|mie")
""""our", "unsere", "nos", "nuestros", "nossos", "nostri": the asker's own things, which are no part of the contract."""


EXCEPT = re.compile(r"(?<![\w])(?:but|except|other than|(?<!someone )(?<!somebody )(?<!to anyone )(?<!to anybody )else|besides|"
                    r"apart from|sauf|"
                     r"hormis|excepte|autre que|(?<!quelqu'un )d'autre|"
                     r"ausser|ausgenommen|sonst|excepto|salvo|menos|mas que|mas alla|fuera de|alem d[oa]|exceto|"
                     r"senao|tranne|eccetto|salvo|all'infuori|oltre)(?![\w])")
""""no one but the owner can mint", "personne d'autre que l'admin": the ability kept, only restricted to one hand (not
"transférés à quelqu'un d'autre", "moved to someone else": to whom, no exception)."""
NOBODY_BUT = re.compile(r"(?<![\w])(?:nobody|no one|noone|no-one|niemand|keiner|nadie|personne|ninguem|nessuno|nessuna)"
                         r"[^\w\n]+(?:" + EXCEPT.pattern + r")")
""""nobody except the workshop", "personne d'autre que l'atelier", "nadie salvo el taller": one hand kept."""


_NEGATED_BEFORE = re.compile(rf"(?<![\w])(?:{NEGATORS})(?![\w])(?:[^\w\n]+(?:\w+[^\w\n]+)?(?:(?:it|them)[^\w\n]+)?"
                             rf"(?:\w+[^\w\n]+){{0,2}})?$")
"""A negator before the feature, in its line: "do not include" on one line of a form negates nothing on the next; a
pronoun object counts no word ("do not put it behind a proxy")."""
_NOBODY_EVER_ABLE = re.compile(r"(?<![\w])(?:nobody|no one|noone|no-one|never|not|cannot|can't|cant)(?:\s+(?:should|must|will|"
                               r"can|could|would|shall|ever|be|able|allowed|permitted|to|also|really|again))+\s*$")
"""A negator before a chain of modals: "nobody should ever be able to print more"."""
_NEGATED_AFTER = re.compile(rf"^(?:\s+[\w']+){{0,3}}?\s*(?:\"|')?\s*(?:\?\s*)?[:=]\s*(?:\"|')?\s*(?:{NEGATIVE_ANSWERS})(?![\w])(?![.,]\d)"
                            r"(?!\s+(?:single\s+|one\s+)?(?:wallet|address|account|holder|one|body|user|person)s?\b)|"
                            # a question answered by itself, "Burnable? No." but not "... can burn? No proxy please"
                            rf"^(?:\s+[\w']+){{0,3}}?\s*(?:\"|')?\s*\?\s*(?:\"|')?\s*(?:{NEGATIVE_ANSWERS})(?![\w])"
                            r"(?=\s*(?:[,.;!)\n—–]|-\s|$|(?:thanks|thank you|please|gracias|merci|danke|grazie|obrigad[oa]|pls|"
                            r"por favor|s'il vous plait|bitte|per favore|never|nunca|jamais|nie|mai|not needed|nope)(?![\w])))")
"""A record's answer "no" ("mintable: no"), not the start of a sentence about it ("anti-whale: no wallet may ...")."""
_AFFIRMED_AFTER = re.compile(r"^\s*(?:\"|')?\s*(?:\?\s*)?[:=]\s*(?:\"|')?\s*(?:yes|true|on|si|oui|ja|sim|enabled?|1|y)(?![\w])"
                             r"(?!\s+(?:chiama|llama|chama|appelle|nennt|heisst|called|named)\b)")
"""A record's own answer ("permit: sim") decides its key, whatever the previous record said ("mintável: não")."""
_NEGATED_POSTPOSED = re.compile(
    # "Qualcuno ha proposto di renderlo non trasferibile, ma no": the idea named, then turned down
    r"^\s*,?\s*(?:but|ma|pero|mais|aber|mas)\s+(?:no|non|nein|nao|not that)\s*(?=[:.;!,—–-]|$)|"
    r"^\s*(?:(?:more |new )?(?:later|afterwards|after launch|anymore|again|at all)\s*)?,?\s*(?:(?:hingegen|aber|jedoch|"
    r"dagegen|however|though|en revanche|par contre|sin embargo|en cambio|invece|pero|porem|no entanto|pas|tampoco|auch|"
    r"also|too|bitte|please|pls|por favor|s'il vous plait|per favore)\s*,?\s*)?(?:nicht|not|no|non|nao|nein|pas|tampoco|nemmeno|"
    r"nicht mehr)\s*(?=[.;!?,)—–]|\s-\s|$)|"
    # "pausieren brauchen wir nicht", "pausing we don't need", "pausar no hace falta": not needed
    r"^\s*,?\s*(?:(?:fur|von|bei|an|auf|uber)\s+[\w-]+\s+)?(?:brauch\w*|benotig\w*|woll\w*|mocht\w*)\s+(?:wir|ich|es|sie)?\s*"
    r"(?:auch|ebenfalls|wirklich|gar|aber|ausdrucklich|explizit|definitiv|absolut|bestimmt|sicher)?\s*"
    r"(?:nicht|kein\w*)(?![\w])|"  # ("einen Proxy wollen wir auch nicht")
    # (not "the token id go automatic, we dont want to choose numbers": what is not wanted follows)
    r"^\s*,?\s*(?:we|i)\s+(?:do not|don't|dont|not|no|really don't|really do not)\s+(?:want|need)\w*"
    r"(?:\s+(?:it|that|this|them|either|at all))?\s*(?=[.,;!?)]|$)|"
    # "(our dev says UUPS confuses him)": the option named as what the asker cannot handle
    r"^\s*(?:confuses|scares|worries|frightens|(?:is|seems|sounds) (?:too |way too )?(?:complex|complicated|hard|risky|"
    r"confusing|scary)|is overkill)(?![\w])|"
    # "Pausieren bitte nicht einbauen", "la pausa per favore non aggiungerla": asked not to be built in
    r"^\s*,?\s*(?:bitte|please|pls|por favor|s'il vous plait|per favore)?\s*(?:nicht|kein\w*|not|non|no|pas)\s+"
    r"(?:einbauen|einfugen|hinzufugen|aktivieren|include|add|build in|anadir|incluir|ajouter|inclure|aggiungere|"
    r"aggiungerla|aggiungerlo|incluire|adicionar)(?![\w])|"
    # "Burn option remove please, not needed", "pause function: drop it": the feature taken out
    r"^\s*(?:option|function|feature|ability|button)?\s*(?:remove|removed|delete|deleted|drop|dropped|leave out|left out|"
    r"disable|disabled|take out|taken out)(?![\w])|"
    # the German modal before its negation, verb last: "pausieren soll man ihn auch nicht können"
    r"^\s*,?\s*(?:soll|sollen|darf|durfen|kann|konnen|muss|mussen|wird|werden)\s+(?:man|er|es|sie|wir|ich|jemand)?\s*"
    r"(?:(?:ihn|es|sie|auch|aber|jedoch|bitte|den token|die token|die halter|die inhaber|die besitzer|die nutzer|"
    r"der vertrag|das token|der token|der contract|ausdrucklich|explizit|definitiv|absolut|bestimmt|sicher|wirklich|"
    r"gar|ganz sicher)\s+){0,3}"
    r"(?:nicht|nie|niemals|keinesfalls|niemand|auf keinen fall|unter keinen umstanden|auf gar keinen fall)(?![\w])|"
    r"^\s*[,\-–—]?\s*(?:(?:more|new|further|extra)\s+)?(?:(?:later|afterwards|after launch|after deployment|anymore|again|"
    r"at all)\s+)?(?:is |are )?"
    r"(?:not needed|not need|not want|not wanted|no want|not required|not wanted|not necessary|we don't need|we do not need|"
    r"we dont need|we do not want|we don't want|we dont want|i do not want|i don't want|no hace falta|"
    r"no (?:lo |la )?necesitamos|pas besoin|n'est pas necessaire|nicht notig|nicht notwendig|nao precisa\w*|"
    r"nao e necessari[oa]|non serve|non necessari[oa]|non ci serve|(?:ist |sind |wird |ware )?(?:nicht erwunscht|unerwunscht)|"
    r"no (?:es |esta |sera )?desead[oa]s?|(?:es |esta |sera )?indesead[oa]s?|(?:n'est |ne sont )?pas souhaite\w*|"
    r"nao (?:e |sera )?desejad\w*|(?:e )?indesejad\w*|non (?:e |sara )?desiderat\w*|(?:e )?indesiderat\w*)(?![\w])"
    # (the clause ends there: not "the token id go automatic, we dont want to choose numbers")
    r"(?!\s+(?:to|que|de|zu|di|a)\s)|"
    # a modal denied with "possible" or "allowed": "mettre en pause ne doit pas être possible", "pausar no debe ser
    # posible", "mettere in pausa non deve essere possibile", "pausing transfers must not be possible"
    r"^\s*,?\s*(?:(?:hingegen|aber|jedoch|however|though|par contre|sin embargo|invece|pero|porem)\s*,?\s*)?"
    r"(?:(?!(?:but|and|or|y|et|und|aber|ma|mas|pero|e|o|ou|oder|mais|while|whereas)\s)[\w-]+\s+){0,2}?(?:(?:ne |n')(?:doit|doivent|devra|devront|peut|peuvent|pourra|pourront|sera|seront|est|sont)\s+"
    r"(?:pas|jamais)|(?:no|nao|non)\s+(?:debe|deberia|debera|puede|podra|sera|es|deve|devera|deveria|pode|podera|e|dovra|"
    r"dovrebbe|puo|potra|sara)|(?:should|must|shall|will|can|may)\s*(?:not|never|n't)|(?:shouldn't|mustn't|won't|can't|"
    r"cannot))\s+(?:be\s+|etre\s+|ser\s+|essere\s+)?(?:\w+\s+)?(?:possible|possibles|posible|possivel|possibile|"
    r"allowed|permitted|permis|permise?s?|permitid[oa]s?|consentit[oa]|an option|enabled)(?![\w])")
""""pausieren hingegen nicht", "pausable no", "burnable, no.": a negation after the feature, closing its
clause."""
_EXCLUDED_AFTER = re.compile(
    r"^\s*(?:(?:ist|wird|sind|bleibt|est|sera|reste|es|sera|queda|esta|e|sera|fica|esta|sara|resta|is|are|will be|"
    r"remains|stays)\s+)?(?:[\w']+\s+){0,4}?(?:ausgeschlossen|ausschliessen|ausschliesen|weglassen|excluded|ruled out|exclue?s?|excluid[oa]s?|esclus[oa]|"
    r"prohibid[oa]s?|interdite?s?|verboten|untersagt|proibid[oa]s?|vietat[oa]|not allowed|not possible|impossible|"
    r"unmoglich|imposible|impossivel|impossibile|nicht (?:moglich|erlaubt|vorgesehen|gestattet|zulassig)|"
    r"no (?:es )?posible|nao (?:e )?possivel|non (?:e )?possibile|pas possible|non autorisee?s?)(?![\w])")
""""Eine spätere Nachprägung ist ausgeschlossen", "Nachträgliches Minten bitte ausschließen", "la frappe est
interdite": the feature turned off by the predicate of its own clause."""
_NEGATION_INSIDE = re.compile(r"(?<![\w])(not|never|cannot|n't|non|nunca|jamais|nie|niemals|mai|nao)(?![\w])|"
                              r"(?<![\w])no (?=(?:se )?(?:deben?|pueden?|puedan?|podran?|deve|devem|pode|podem)\b)|(?<![\w])ne (?=\w+ (?:pas|jamais)\b)")
"""A negation inside the feature's own words: "may not mint", "i trasferimenti non devono mai poter essere sospesi"."""
_CLAUSE_BREAK = re.compile(r"[.;:!?\n—–]|,\s|\s-\s|\b(and|but|y|pero|et|mais|und|aber|e|mas|ma|while|whereas|bitte|please|"
                           r"por favor|per favore)\b")
_LIST_JOINERS = re.compile(r"^\s*[,.]?\s*(?:or|nor|ni|ou|o|oder|noch|neither|either|ne|nem|ne)\s*$")
"""Between two features of one list: "not pausable or mintable", and "we DON't want it burnable. Or pausable."."""


MODAL_NOUN = re.compile(
    r"(?<![\w])(?:(?:the|any|la|le|a|o|il|die|der|das|l')\s*)?(?:possibility|ability|option|right|power|way|means|chance|"
    r"possibilidad|capacidad|opcion|derecho|poder|manera|forma|possibilite|capacite|droit|pouvoir|moyen|moglichkeit|"
    r"fahigkeit|recht|option|possibilidade|capacidade|opcao|direito|jeito|possibilita|capacita|facolta|opzione|"
    r"diritto|potere|modo|mechanism|function|feature|button|switch|mecanismo|mecanisme|mechanismus|funktion|meccanismo|"
    r"funcion|fonction|funzione|funcao)\s*,?\s+(?:(?:of|to|for|de|di|da|zu|d'|du|pour|per|para|pra|whereby|by which|"
    r"through which|that lets|that allows|allowing|por el cual|par lequel|mit dem|pelo qual|con cui)\s*)?")
""""without the possibility of pausing it", "senza la possibilità di metterlo in pausa": a negated modal noun
passes its negation on to the verb it governs."""
THAT_IT_BE = re.compile(
    # "Não queremos que possa ser pausado": the subject left out
    r"(?<![\w])(?:que|che|dass)\s+(?:possa|pueda|puisse|possano|puedan|puissent|possam|kann)\s+(?:ser|etre|essere|werden)\s+|"
    r"(?<![\w])(?:que|che|dass|that)\s+(?:(?:o|el|le|il|lo|la|der|die|das|the|our|nuestro|notre|nosso|nostro|unser)\s+)?"
    r"(?:contrato|contratto|contrat|vertrag|contract|token|jeton|gettone|moeda|moneda|it|il|er|es|ele|ello|esso)\s+"
    r"(?:seja|sea|soit|sia|ist|is|be|sei|werde|will be|would be|becomes?|"
    # "não quero que o contrato possa ser pausado", "que le contrat puisse être mis en pause"
    r"(?:possa|pueda|puisse|possa|kann|can|could|may|might)\s+(?:ser|etre|essere|be|werden))\s+|"
    # "non deve mai essere possibile metterlo in pausa": what must never be possible
    r"(?<![\w])(?:essere|ser|etre|sein|be) (?:possibile|posible|possible|moglich|possivel)\s+(?:de\s+|di\s+|d'|to\s+)?|"
    # "no queremos que se puedan quemar", "não queremos que os tokens se possam queimar"
    r"(?<![\w])(?:que|che)\s+(?:(?:los|las|les|os|as|i|gli|le)\s+(?:[\w-]+\s+)?)?(?:se|si)\s+(?:pueda|puedan|possa|possam|"
    r"puisse|puissent|possano)\s+")
""""não queremos que o contrato seja pausável", "non vogliamo che il token sia pausabile": the clause between the
negated wish and the feature carries the negation on ("we don't want that it is upgradable": a learner's English)."""


ASIDE = re.compile(
    r",\s*(?:(?:not even|even|including|not|nor|ni siquiera|incluso|incluidos?|incluidas?|ni|meme pas|pas meme|meme|"
    r"y compris|nicht einmal|selbst|auch nicht|einschliesslich|inklusive|nem mesmo|nem|mesmo|inclusive|incluindo|"
    r"nemmeno|neanche|neppure|persino|compres[oi]|incluso|inclusi)\s+[\w' ]{1,25}?|"
    r"[\w']+(?:\s+[\w']+)?\s+(?:included|inclus|incluses?|incluid[oa]s?|eingeschlossen|inklusive|incluso|inclusi|"
    r"compres[oi]|incluid[oa]s?))\s*,\s*")
"""A short aside between commas naming who else is covered ("no way for anyone, us included, to halt", "nadie,
ni siquiera el equipo, podrá", "niemand, nicht einmal der Vorstand, darf"): it does not break the clause."""


EXCLUSION_LABEL = re.compile(
    r"(?<![\w])(?:out of scope|not in scope|non-?goals?|(?:will not|won't|do not|don't|must not|not to) "
    r"(?:implement|include|add|build|support|have)|not (?:needed|wanted|required|included)|excluded|exclusions?|"
    r"fuera de(?:l)? (?:alcance|ambito)|no (?:implementar|incluir|anadir)|excluid[oa]s|"
    r"hors (?:du )?(?:perimetre|champ|scope)|a ne pas (?:implementer|inclure|ajouter)|ne pas (?:implementer|inclure)|"
    r"exclue?s|nicht (?:umsetzen|implementieren|enthalten|gewunscht|vorgesehen|im umfang)|ausgeschlossen|"
    r"ausserhalb des (?:umfangs|scopes?)|fora do (?:escopo|ambito)|nao (?:implementar|incluir)|"
    r"fuori (?:perimetro|ambito|scope)|(?:da )?non (?:implementare|includere|fare)|esclus[oaie])\s*[:\-—–]\s*")
"""A label that excludes what it lists ("Out of scope: minting after launch", "Fuori perimetro, da NON
implementare: la coniazione", "Nicht umsetzen: Pausieren"): each feature listed after it is turned down."""


def excluded_by_label(folded: str, start: int) -> bool:
    """Whether the feature at `start` sits in the list an exclusion label opens (same sentence or bullet list)."""
    found = list(EXCLUSION_LABEL.finditer(folded, max(0, start - 200), start))
    if not found:
        return False
    between = folded[found[-1].end():start]
    # a new record's key ("... do not include Deployment: UUPS") ends the list even when the lines arrive joined
    return not re.search(r"\.\s|\n\s*\n|\n\s*[^\n\-*•\s][^\n:]{0,40}:|;|\s[a-z][\w-]{2,30}:\s", between)


def without_asides(text: str) -> str:
    """The text with each aside collapsed to a space (so the negation before it reaches the verb after it)."""
    return ASIDE.sub(" ", text)


_NO_CIRCUMSTANCES = re.compile(
    r"(?<![\w])(?:under no circumstances?|in no case|in no event|at no time|by no means|en ningun caso|bajo ningun "
    r"concepto|en aucun cas|sous aucun pretexte|auf keinen fall|unter keinen umstanden|keinesfalls|em nenhum caso|"
    r"em hipotese alguma|em hipotese nenhuma|de modo algum|de jeito nenhum|de forma alguma|de maneira nenhuma|"
    r"bajo ninguna circunstancia|de ninguna manera|de ningun modo|sous aucune circonstance|en aucune facon|"
    r"in nessuna circostanza|in nessun modo|in no way)(?![\w])")
"""A negation that governs its whole sentence ("Under no circumstances should it be possible to create new tokens")."""


def _denied_after(folded: str, end: int) -> bool:
    """A negation closing the clause after the words ending at `end`, or after the list they open: "Verbrennen und
    Pausieren brauchen wir nicht", "burning and pausing are not needed"."""
    if _NEGATED_POSTPOSED.match(windows.after(folded, end, 60)):
        return True
    closing = re.match(r"\s*\)", folded[end:])  # "Eine Sperrfrist (Cliff) braucht es nicht": the gloss, then the denial
    if closing and folded.rfind("(", 0, end) > folded.rfind(")", 0, end) and \
            _NEGATED_POSTPOSED.match(windows.after(folded, end + closing.end(), 60)):
        return True
    aside = re.match(r"\s*\([^()]{1,40}\)", folded[end:])
    if aside and _NEGATED_POSTPOSED.match(windows.after(folded, end + aside.end(), 40)):
        return True  # "Überweisungen anhalten (pausieren) soll aber NICHT möglich sein": past the feature's gloss
    joined = re.match(r"\s+(?:and|und|y|et|e|ou|oder|or|o|ni|nor|nem|ne)\s+[\w-]+", windows.after(folded, end, 40))
    return bool(joined) and bool(_NEGATED_POSTPOSED.match(folded[end + joined.end():end + joined.end() + 40]))


def answered_no(folded: str, end: int) -> bool:
    """Whether a record's answer after the words ending at `end` is no ("Can guests burn credits?: NO"), or a
    negation closes their clause ("Minting later is not needed")."""
    return bool(_NEGATED_AFTER.match(windows.after(folded, end, 30))) or _denied_after(folded, end)


_NEGATIVE_WORDS = re.compile(r"(?<![\w])(?:non[- ]?-?transfer\w*|untransfer\w*|intransfer\w*|no transferib\w*|"
                             r"non trasferibil\w*|nao transferive\w*|nicht ubertragbar\w*|non[- ]?fungible|non[- ]?custodial|"
                             r"non[- ]?profit)")
"""Words whose negation is their own meaning ("non-transferable", "non-profit"): no negator of a feature after them."""


def negated(folded: str, start: int, end: int, other_feature_spans: list[tuple[int, int]] = ()) -> bool:
    """Whether the feature at folded[start:end] is turned off: a negator shortly before it in the same
    clause ("no minting", "holders cannot burn", "not pausable or mintable"), or an answer after it
    ("mintable: no", '"burnable": false')."""
    # (the sentence's clause: not "Non deve essere trasferibile in nessun modo, e il circolo deve poterne coniare")
    if _NO_CIRCUMSTANCES.search(re.split(r"[.;!?\n]|,\s*(?:and|but|y|pero|et|mais|und|aber|e|mas|ma)(?![\w])",
                                         windows.before(folded, start, 120))[-1]) or \
            _NO_CIRCUMSTANCES.match(windows.after(folded, end, 50).lstrip(" ,:;—–-")):
        return True  # "pausar, em hipótese nenhuma": said after the feature too
    if re.search(r"(?<![\w])(?:leave|keep|take|drop)\s+(?:the\s+|any\s+|all\s+)?$", windows.before(folded, start, 20)) and \
            re.match(r"\s*(?:function|feature|option|capability|part|bit|thing|stuff|logic|code)?s?\s+out(?![\w])",
                     windows.after(folded, end, 30)):
        return True  # "leave the burn function out"
    if re.search(r"(?<![\w])(?:leave|take|keep)\s+out\s+(?:the\s+|any\s+|all\s+)?$", windows.before(folded, start, 20)):
        return True  # "leave out the burn function"
    if _NEGATED_AFTER.match(windows.after(folded, end, 20)) or _denied_after(folded, end) or \
            _EXCLUDED_AFTER.match(windows.after(folded, end, 60)) or excluded_by_label(folded, start):
        return True
    if _AFFIRMED_AFTER.match(windows.after(folded, end, 20)):
        return False
    if re.match(r"(?:nothing|nada|rien|nichts|niente)(?![\w])", folded[start:end]):
        return False  # "que no pueda retirar nada durante los primeros 3 meses": a cliff said as nothing, in concord
    if _NEGATION_INSIDE.search(re.sub(r"\([^()]*\)", " ", folded[start:end])) and not any(compiled(FEATURES[c]).fullmatch(folded[start:end])
                                                              for c in NEGATIVE_CONCEPTS):
        return True  # "may not mint"; but "can never be transferred" *is* the soulbound concept
    window = re.sub(r"\([^()]*\)", " ", without_asides(windows.before(folded, start, 90))[-60:])  # "(not a single owner) minter"
    window = _NEGATIVE_WORDS.sub(lambda m: " " * len(m.group(0)), window)  # "a non-transferable membership/voting token"
    window = THAT_IT_BE.sub(" ", MODAL_NOUN.sub(" ", window))[-40:]
    window = window[window.rfind(")") + 1:]
    window = window[window.rfind("(") + 1:]  # "senza gas (permit EIP-2612)": inside brackets, only their own words
    # a list of negated features: "not pausable or mintable" -> look back past the earlier feature
    for other_start, other_end in sorted(other_feature_spans, reverse=True):
        if other_end <= start and _LIST_JOINERS.match(folded[other_end:start]):
            return negated(folded, other_start, other_end, [s for s in other_feature_spans if s[1] <= other_start])
        if other_end <= start and re.fullmatch(r"\s*\(\s*", folded[other_end:start]):
            # "approvazioni senza gas (permit EIP-2612)": the feature in brackets names the one before it again
            return negated(folded, other_start, other_end, [s for s in other_feature_spans if s[1] <= other_start])
    sentence = re.split(r"[.;:!?\n,]", windows.before(folded, start, 120))[-1]
    kept = list(NOBODY_BUT.finditer(sentence))
    if kept and not re.search(r"(?<![\w])(?:and|y|et|und|e|ma|mais|pero|aber|mas)\s+(?:no|not|nobody|no one|ne|nadie|"
                              r"personne|niemand|nicht|ninguem|nessuno|nunca|jamais|nie|mai)(?![\w])",
                              sentence[kept[-1].end():]):
        return False  # "personne d'autre que l'atelier ne peut frapper": one hand keeps the ability
    clause = _CLAUSE_BREAK.split(window)[-1] if _CLAUSE_BREAK.search(window) else window
    tail = re.split(r"[.;:!?\n,]", window)[-1]
    found = _NEGATED_BEFORE.search(clause if len(clause) < len(tail) else tail) or _NEGATED_BEFORE.search(clause) or \
        (_NOBODY_EVER_ABLE.search(clause) if re.match(r"(?:print|mint|issu|creat|burn|paus|freez|upgrad)\w*", folded[start:end])
         else None)  # (not "nobody should be able to push the total beyond 400,000": that is the cap itself)
    if found and re.fullmatch(r"no\s*", found.group(0)) and re.match(rf"(?:{_IN_THE})(?![\w])", folded[start:end]):
        found = None  # "até chegar no teto": the feature's own word after the Portuguese "no"
    if found and re.fullmatch(r"dont\s*", found.group(0)) and re.match(rf"(?:{_FRENCH_RELATIVE_NEXT})", folded[start:]):
        return False  # "dont 2 % de chaque transfert": the relative pronoun right before the feature, not "don't"
    following = found.group(0)[2:] + " " + windows.after(folded, start, 60) if found and re.match(r"ne\b", found.group(0)) else ""
    if following and not re.search(FRENCH_NEGATION_ENDS,
                                   following) and re.match(r"\s*\w+(?:iamo|ono|ano|emo|ete)(?![\w])", following):
        return False  # the Italian clitic "ne" before a verb ("ne coniamo 1 milione subito"), not "né pausa"
    # "Pausing: out of scope - do not include Deployment: UUPS": a record's key between the two starts a new record
    return bool(found) and not re.search(r"[a-z][\w -]{0,30}:\s", found.group(0)[found.group(0).find(" "):])


CAPABILITY = re.compile(r"(?<![\w])(?:can|could|may|will be able to|is able to|are able to|be able to|should be able to)"
                        r"(?:\s+(?:not|never|ever|also|only|still|always|later|then|easily|directly|even|really|freely|simply|just))*\s+(?:be\s+)?"
                        r"([a-z]+)")
"""'<who> can <verb>' in English: every capability a request states must be one the reader knows."""

KNOWN_ABILITIES = tuple("""
mint burn pause unpaus vote delegat transfer send receiv hold stak unstak withdraw claim releas refund deposit read
see view check updat chang set modif edit approv aprov aprob hand trade sell buy redeem upgrad propos execut cancel confirm submit
revok split earn get collect pay call use own manag grant add remov lock unlock creat issu distribut reclaim recover
exit access list query enumerat track stor sav writ keep resolv settl disput decid arbitrat queue sign join leav move
spend fund raise paus burnt minted transferr sold bought moved held frozen vot veto look find inspect verify audit
rotat replac renounc accept transferr do make have be go need want like help start run ask choos pick select adopt
concern schedul queu swap exchang pass exceed surpass exist more less higher lower bigger smaller above over under below
you i we he she they it please someone somebody anyone anybody everyone
""".split())
"""Verb stems of the abilities the templates' options and families cover (or that ask for nothing)."""
