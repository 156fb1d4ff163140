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

from agents.generation import lexicon, windows

# ---- the verb classes, on folded text (lowercase, no accents) ------------------------------------------

TRANSFER = (
    r"transfer(s|red|ring|ed|ing|able|rable)?|send(s|ing)?|sent|mov(e|es|ed|ing)|trad(e|es|ed|ing)|sell(s|ing)?|sold|"
    r"give(n)? away|giv(e|es|ing) (it |them )?away|gave away|pass(ed)? on|hand(ed)? over|swap(s|ped|ping)?|"
    r"re-?sell(s|ing)?|re-?sold|revend(er|re|u|us|ue|ues|e|es|ent|ido|idos|ida|idas|erlo|erla)|rivend(ere|ut[oaie]|erl[aeio])|"
    # de
    r"ubertrag(en|bar\w*|ung\w*)?|ubertragen|weiterge(ben|geben)|weiterzugeben|verschick(t|en)?|versend(en|et)?|"
    r"versandt|gesendet|senden|verkauf(t|en)?|getauscht|tauschen|weiterverkauf(t|en)?|verschenk(t|en)?|"
    # fr
    r"transfer(e|es|ee|ees|er|ent|able|ables)|transferts?|envoy(e|es|ee|ees|er)|envoi|ced(e|es|ee|ees|er|ent)|"
    r"cessibles?|echang(e|es|ee|ees|er|ent|eables?)|vend(u|us|ue|ues|re|ent)|donn(e|es|ee|ees|er)|"
    # es / pt
    r"transferi(r|rse|rlos|rlas|do|dos|da|das|ble|bles|vel|veis|dos?)|transferencias?|envia(r|do|dos|da|das|rse)|"
    r"ced(er|ido|idos|ida|idas)|intercambia(r|do|dos|das|bles?)|vend(er|ido|idos|ida|idas)|regala(r|do|dos)|"
    # with their clitics: "nadie debería poder venderlos ni pasárselos", "vendê-los"
    r"(vender|pasar|regalar|ceder|transferir|enviar|traspasar|intercambiar)(se)?(l[oa]s?)|"
    r"(transferi|vende|revende|passa|repassa|envia|cede|troca|doa)-l[oa]s?|"
    # (not "sem trocar de endereço": changing the contract's address, as an upgrade does)
    r"troca(r|do|dos|da|das|veis)(?! de (endereco|enderecos|nome|lugar|rede|contrato|carteira))|transferidos?|"
    r"transferencias?|"
    # it
    r"trasferi(re|rl[aeio]|t[aeio]|bil[ei]|mento|menti)|invia(re|t[aeio])|cedu(t[aeio])|ceder(e|l[aeio])|"
    r"scambia(re|t[aeio]|bil[ei])|vendu(t[aeio])|vender(e|l[aeio])|regala(re|t[aeio])")
MINT = (
    r"mint(s|ed|ing|able)?|mint(ar|ear|ea|ean|am|ando|ado|ados|ada|adas|are|ato|ati|ata|iamo|en|et|e|a|as|em)|"
    r"nachminten|nachgemintet|gemintet|"
    r"issu(e|es|ed|ing|ance)|print(s|ed|ing)?(?= (?:more|new|extra|additional|tokens?|coins?|money|millions|billions|"
    r"them|it|as many|whatever))|"  # "print more tokens", never "exclusive prints"
    r"pragen|prag(t|ung)|gepragt|nachpragen|nachpragung|nachgepragt|dazupragen|dazugepragt|dazugemintet|ausgeb(en)?|ausgegeben|ausgabe|neuausgabe|"
    r"ausstell(en|t|ung)|ausgestellt|erzeug(en|t)|"
    r"emis(e|es)?|emet(tre|tra|tront|te|tent)?|emission|frapp(e|es|ee|ees|er|able)|frappe|"
    r"emiti(r|do|dos|da|das|ra|ran)|emision|emite(n)?|acun(a|an|ar|ado|ados|ada|adas|acion|able)|"
    r"emitid[oa]s?|emissao|emite|cunh(a|am|ar|ado|ados|ada|adas|agem)|"
    r"emette(re|ra|ranno)?|emess[oaie]|emission[ei]|conia(re|t[oaie]|zione)|conia|"
    # the asker's own voice: "solo yo las emito", "c'est moi qui les émets", "li conio io"
    r"emito|emitimos|acuno|acunamos|cunho|cunhamos|emetto|emettiamo|conio|coniamo|emets|emettons|frappons|prage|"
    # and its future: "altri li conieremo più avanti", "acuñaremos más", "nous en frapperons d'autres"
    r"conieremo|emetteremo|acunaremos|emitiremos|cunharemos|emitiremos|frapperons|emettrons|"
    # and the impersonal third person plural: "non se ne coniano altri", "no se acuñan más", "não se cunham mais"
    r"coniano|emettono|acunan|emiten|frappent|emettent|cunham|emitem|"
    # the subjunctive: "que la dueña acuñe más", "que o dono cunhe"
    r"acune|acunen|cunhe|cunhem|conii|conino|emita|emitan|emetta|emettano|"
    # the gerund: "só o clube cunhando", "solo el club acuñando"
    r"cunhando|acunando|emitiendo|emitindo|coniando|emettendo|mintando|minteando|frappant")
BURN = (
    r"burn(s|ed|t|ing|able)?|destroy(s|ed|ing)?|destruct\w*|"
    r"verbrenn(en|t|bar)?|verbrannt|vernicht(en|et|ung|bar)|zerstor(en|t|ung|bar)|"
    r"brul(er|e|es|ee|ees|ent|able|ables|ure)|detrui(re|t|ts|te|tes)|destruction|"
    r"quem(ar|a|an|ado|ados|ada|adas|able|ables)|quemarl[oa]s|destrui(r|do|dos|da|das|rlos|rlas)|destruccion|"
    r"queim(ar|a|am|ado|ados|ada|adas|avel|aveis)|destruicao|"
    r"brucia(re|t[oaie]|bil[ei])|bruciarl[aeio]|distrugg(ere|erl[aeio])|distrutt[oaie]|distruzione")
PAUSE = (
    r"paus(e|es|ed|ing|able|ar|ado|ada|e|er|ee|ieren|iert|en\w*|a|ado|ato|ata|are|abile|avel|ierbar|arl[oa]s?|arl[aeio])|"
    r"(freez(e|es|ing)|froze(n)?|halt(s|ed|ing)?|suspend(s|ed|ing)?|stop(s|ped|ping)?|"
    r"anhalten|angehalten|stoppen|gestoppt|einfrieren|eingefroren|sperren|gesperrt|"
    r"suspend(re|u|ue|us)|arret(er|e|ee|es)|geler|gele(s|e|es)?|"
    r"suspend(er|ido|ida|idas|idos)|deten(er|ido|ida)|congela(r|do|da|dos|das)|para(r|do|da|das)|"
    r"sospend(ere|ere|ut[oaie])|ferma(re|t[oaie])|blocca(re|t[oaie]))"
    r"(?= (all |the |any |every |tous |toutes |les |todas |las |as |tutti |i |le |alle |die |den |"
    r"everybody'?s |everyone'?s |people'?s |anyone'?s |holders'? |users'? )?"
    r"(coins |points |tokens )?(from moving|moving)|"
    r" (all |the |any |every |tous |toutes |les |todas |las |as |tutti |i |le |alle |die |den )?"
    r"(token |tokens |jetons? |tokens? )?(transfers?|transferts?|transferencias?|trasferimenti|ubertragungen|"
    r"trading|contract|token|contrat|contrato|contratto|vertrag|tokens))|"
    r"pausenfunktion|pause ?-?button|pause-?funktion")
VERB_CLASSES = {"transfer": TRANSFER, "mint": MINT, "burn": BURN, "pause": PAUSE}

# ---- weaker synonyms: everyday verbs that name the action only when the token is their object ----------

TOKEN_NOUNS = (r"tokens?|coins?|points?|pointz|credits?|units?|shares?|nfts?|badges?|cards?|items?|pieces?|tickets?|"
               r"stamps?|stars?|rewards?|vouchers?|gems?|"
               r"jetons?|pieces|unites?|cartes?|fichas?|monedas?|puntos?|unidades?|tarjetas?|cromos?|"
               r"munzen|punkte?|einheiten|stuck|marken|karten|gutscheine?|"
               r"moedas?|pontos?|pontinhos|fichas?|cartoes|selos?|"
               r"gettoni|gettone|monete?|punti|punto|pezzi|carte|figurine|bollini|crediti|credito|creditos|kredite?")
"""Nouns of what a token counts, in the six languages: a number counting them is a supply, and an everyday
verb ("delete", "jogar fora", "hand to someone") acting on them is one of the four token actions."""
_OBJECT_PRONOUNS = r"them|it|los|las|les|sie|ihn|es|os|as|li|le|lo|la|ne|en"
WEAK = {
    "burn": r"delet(e|es|ed|ing)|eras(e|es|ed|ing)|discard(s|ed|ing)?|throw(s|n|ing)? (away|out)|threw (away|out)|"
            r"trash(es|ed|ing)?|bin|retir(e|es|ed|ing)|remov(e|es|ed|ing)|get rid of|"
            r"elimina(r|rl[oa]s|d[oa]s?)|borra(r|rl[oa]s|d[oa]s?)|tira(r|rl[oa]s)|desecha(r|rl[oa]s|d[oa]s?)|descarta(r|rl[oa]s|d[oa]s?)|"
            r"supprim(er|e|es|ee|ees)|effac(er|e|es|ee|ees)|jet(er|e|es|ee|ees)|se debarrasser|"
            r"losch(en|t)|geloscht|wegwerfen|weggeworfen|entsorg(en|t)|tilg(en|t)|"
            r"apaga(r|-l[oa]s|d[oa]s?)|exclui(r|-l[oa]s|d[oa]s?)|jogar fora|joga(m|r)? fora|descarta(r|-l[oa]s)|deleta(r|d[oa]s?)|"
            r"cancella(re|rl[aeio]|t[aeio])|eliminar(e|l[aeio])|elimina(t[aeio])|butta(re|rl[aeio])( via)?|getta(re|rl[aeio])( via)?|scarta(re|rl[aeio])",
    "transfer": r"hand(s|ed|ing)? ([\w']+ ){0,3}?(on|over|to)|pass(es|ed|ing)? ([\w']+ ){0,3}?(on|along|to)|giv(e|es|ing)(?! out\b)(?! (?:each|every|all|the|our) (?:token|nft|piece|item|card|badge)s? (?:its|their|a|an) )|gave(?! out\b)|gift(s|ed|ing)?|"
                r"da(rl[oa]s|rselos)|pasa(r|rl[oa]s)|passer|offrir|ced(er)|weitergeben|schenken|"
                r"passa(r|-l[oa]s|d[oa]s?)|pasad[oa]s|passat[ie]|repassa(r|-l[oa]s|d[oa]s?)|presentea(r)|da(re|rl[aeio])|passa(re|rl[aeio])",
    # (not the causative "make it not possible to transfer", "make it non-transferable", "make sure")
    "mint": r"creat(e|es|ed|ing)|mak(e|es|ing)(?! sure\b)(?! (it|them|this|that) (not|non|im\w+|un\w+|possible|so|such|"
            r"easy|hard|clear|\w+able|\w+ible|soulbound|fixed|capped|permanent|upgradeable)\b)|generat(e|es|ed|ing)|hand(s|ed|ing)? (them |it |these |those )?out|award(s|ed|ing)?|"
            r"emit(s|ted|ting)?|give out|top(s|ped|ping)? up|replenish(es|ed|ing)?|refill(s|ed|ing)?|"
            r"increas(e|es|ed|ing)|expand(s|ed|ing)?|"
            r"creamos|creo|asign(a|an|ar|amos|o)|aumenta(r|mos)|"
            r"creons|attribu(ons|ent)|augment(er|e|ons|ent)|"
            r"aufstock(en|t)|erhoh(en|t)|"
            r"criamos|crio|atribu(imos|o|i)|aumenta(r|mos)|"
            r"cre(o|iamo|ano)|assegn(o|a|ano|iamo|are|at[aeio])|aument(are|iamo|o)|"
            r"crea(r|rl[oa]s|rlas)|genera(r|rl[oa]s)|otorga(r)|crear(ne)?|"
            r"cre(er|e|es|ee|ees)|gener(er|e|es)|attribu(er|e|es)|"
            r"erstell(en|t)|schaff(en|t)|generier(en|t)|vergeb(en)|(dazu|nach)?mach(en|t)|"
            r"cria(r|-l[oa]s|d[oa]s?)|gera(r|-l[oa]s|d[oa]s?)|atribui(r)|"
            r"crea(re|t[aeio])|crear(ne|l[aeio])|genera(re|t[aeio])|assegna(re)|"
            r"farne|hacer(los)? mas|fazer mais|en faire|fabriqu(er|e|es|ee|ees)|fabrica(r|rl[oa]s)|fabbrica(re|rne)|"
            r"herstell(en|t)|hergestellt",
}
"""Everyday verbs of the four actions in the six languages; each names the action only with the token as its
object (a token noun or a pronoun nearby, or a clitic on the verb: "crearne", "borrarlos")."""

_ONLY = (r"(?:only|solely|just|solo|solamente|unicamente|seul(?:e|ement)?|uniquement|nur|allein|ausschliesslich|"
         r"apenas|somente|soltanto|esclusivamente)")
_SELF = r"(?:we|i|us|me|noi|io|nous|moi|je|wir|ich|nosotros|nosotras|yo|nos|eu|the owner|owner|the admin)"
_AS_OWNER = (r"(?:\(\s*(?:the )?(?:owner|admin|proprietari[oa]|propietari[oa]|proprietaire|eigentumer|dono|duen[oa])\s*\)|"
             r"(?:as|come|als|en tant que|como|in qualita di) (?:the |our |il |i |der |die |le |la |les |el |los |o |os |l')?"
             r"(?:owners?|proprietari\w*|eigentumer\w*|proprietaires?|propietari\w*|donos?|donas?|duen[oa]s?|admins?|"
             r"administrat\w*))")
_AGENT_AFTER = re.compile(
    # "li conio io", "los acuño yo", "je les frappe moi-même": the asker named right after the verb, alone
    r"^\s+(?:io|noi|yo|nosotros|eu|nos|moi-meme|nous-memes|ich selbst|wir selbst|myself|ourselves)(?=\s*[,.;:!?\n]|\s+(?:e|y|et|und|and)\s)|"
    rf"^\s+(?:[\w']+\s+){{0,2}}?{_ONLY}\s+(?:{_SELF}|(?:the|il|der|die|le|la|el|o|a)\s+"
    r"(?:owner|proprietari[oa]|eigentumer|proprietaire|propietari[oa]|dono|admin\w*)|"
    # "le emette solo la palestra, come proprietaria": whoever it is, named as the owner
    rf"(?:(?:the|il|der|die|le|la|el|o|a|l')\s*)?[\w']+(?:\s+[\w']+)?\s*,?\s*{_AS_OWNER})(?![\w])")
""""li assegno solo io come proprietario", "we mint them only ourselves": the agent said after the verb, kept
to the asker or the owner."""

_AFFIRM_MODAL = re.compile(
    r"(?<![\w])(?:can|could|may|will be able to|are able to|is able to|be able to|allowed to|get to|"
    r"(?:we|i|they|you) (?:need|needs) to(?=\s*$)|"  # "We need to mint, holders to burn": right before the verb
    r"puede|pueden|podra|podran|podran|podemos|pourra|pourront|peut|peuvent|pouvons|darf|durfen|kann|konnen|"
    r"pode|podem|podera|poderao|podemos|puo|possono|potra|potranno|possiamo|posso|puedo|puedes|peux|pouvez|podes|"
    r"puoi|kannst|konnt|durft|conseguir|consiga|consigam|conseguem|consegue|riuscire a|riescano a|riesca a|"
    r"in grado di|en mesure de|in der lage|capaces de|capazes de|poter|pouvoir|poder|"
    # "the only one who hands out points", "le seul qui distribue": the ability, kept to one hand
    r"only (?:[\w']+ ){0,3}(?:who|that)|seule? (?:[\w']+ ){0,2}qui|unic[oa] (?:[\w']+ ){0,2}que|"
    # "c'est moi qui les émets", "es el club quien los emite", "sou eu quem cunha", "it's us who mint them"
    r"c'?est (?:[\w']+ ){1,2}qui|es (?:[\w']+ ){1,2}quien|(?:soy|somos) (?:[\w']+ ){0,1}(?:quien|quienes)|"
    # "C'est moi, le propriétaire, qui les crée": the one who does it, described between commas
    r"(?:c'?est|es|sou|sono|it'?s) [\w']+\s*,[^,.;!?]{1,40},\s*(?:qui|quien|quem|che|who)|"
    r"(?:sou|somos) (?:[\w']+ ){0,1}(?:quem|que)|(?:sono|siamo) (?:[\w']+ ){0,1}(?:che|a)|"
    r"it'?s (?:[\w']+ ){1,2}(?:who|that)|it is (?:[\w']+ ){1,2}(?:who|that)|"
    r"einzige\w* (?:[\w']+ ){0,2}(?:der|die)|unic[oa] (?:[\w']+ ){0,2}(?:que|che)|"
    # "only we create new ones", "solo noi ne creiamo", "nur wir geben aus": the ability, kept to the asker
    rf"{_ONLY} {_SELF}|"
    # "we, as owner, top up the supply", "noi, come proprietari, ne creiamo": the asker acting as owner
    rf"{_SELF}\s*,?\s*{_AS_OWNER}\s*,?)(?![\w])")

_MORE_LATER = re.compile(r"\s+(?:(?:some|a few|a bit|a little|them|it)\s+)?(?:more|mor|moar|additional|extra|further|"
                         r"later|l8r|afterwards|again|mas|plus|mehr|mais|altri|altre|di piu|piu avanti|piu tardi|in futuro|"
                         r"mas adelante|mas tarde|plus tard|mais tarde|mais adiante|spater)(?![\w])")
"""What follows a minting verb that asks for minting after deployment: "mint more later", "mint mor l8r"."""

_ADDRESSEE = re.compile(r"(?<![\w])(?:you|u|vous|usted|ustedes|du|ihr|voce|voces|tu|lei)(?![\w])")
"""The one addressed: "could you create", "can you mint" ask the tool for the contract, no ability of it."""
_NAMES_THE_CONTRACT = re.compile(rf"\s+(?:a|an|the|my|our|this|un|una|une|ein|eine|einen|um|uma|il|lo)\s+"
                                 rf"(?:[\w'-]+\s+){{0,2}}?(?:{TOKEN_NOUNS}|collection|contract)")
"""A verb whose object is the contract itself ("issue a token called ...", "create a collection"): the request."""

CONCEPT_OF = {"transfer": ("soulbound", True), "mint": ("mintable", False), "burn": ("burnable", False),
              "pause": ("pausable", False)}
"""What a negated verb of each class asks for: a soulbound token, or the feature turned off."""

_GAP = (r"(?:be|been|being|able|to|ever|ever be|any|anymore|any more|further|more|new|additional|extra|later|longer|"
        r"also|either|even|really|simply|just|tokens?|points?|coins?|units?|nfts?|badges?|cards?|shares?|"
        r"them|it|their|its|his|her|away|way|for|anyone|anybody|us|we|possible|possibility|person|one|have|has|"
        rf"{TOKEN_NOUNS}|"
        r"se|ser|sera|seran|debe|deben|puede|pueden|poder|podra|podran|nuevos|nuevas|nuevo|nueva|mas|tampoco|"
        r"etre|peut|peuvent|pourra|pourront|doit|doivent|devra|devront|pas|jamais|plus|de|d'|nouveaux|nouvelles|nouveau|nouvel|nouvelle|"
        r"leurs?|les|la|le|l'|jetons?|ulterieure?s?|supplementaires?|"
        r"werden|wird|sein|darf|durfen|kann|konnen|soll|sollen|mehr|weitere\w*|neue\w*|zusatzliche\w*|auch|ihre\w*|"
        r"sich|es|je|jemals|"
        r"pode|podem|podera|poderao|deve|devem|mais|novos|novas|novo|nova|seus|suas|"
        r"essere|puo|possono|potra|potranno|deve|devono|piu|nuovi|nuove|nuovo|nuova|altri|altre|loro|i|gli|le|"
        r"possibile|posible|possivel|moglich|sara|sera|ser|sein|mai|nunca|nie|jamais|en|ne|y|"
        r"will|would|shall|should|must|can|could|may|might|gonna|"
        # the conditional: "personne ne devrait pouvoir les vendre", "niemand sollte sie verkaufen", "nadie debería poder"
        r"devrait|devraient|pourrait|pourraient|pouvoir|deberia|deberian|podria|podrian|deveria|deveriam|poderia|"
        r"poderiam|dovrebbe|dovrebbero|potrebbe|potrebbero|potere|poter|sollte|sollten|durfte|durften|konnte|konnten|"
        r"sie|ihn|ihnen|poterl[aeio]|poderl[oa]s?|"
        # "I don't want any button that stops everybody's coins", "non si possono trasferire"
        r"want|wants|any|button|buttons|switch|way|function|mechanism|that|which|si)")
"""Words that may stand between a negator and the verb it negates: modals, auxiliaries, the token's nouns, and
"more/new/further" ("no new tokens can ever be minted", "ne pourront pas brûler leurs jetons")."""

_NEGATOR = re.compile(rf"(?<![\w])(?:{lexicon.NEGATORS}|no longer|keine?[nrs]?|nichts?)(?![\w])")
_POSTPOSED = re.compile(
    r"^\W{0,3}(?:(?:or|and|nor|ou|o|oder|e|y|ni|nem)\s+[\w']+\s+)?(?:(?:a|an|the|their|its|any|un|una|le|la|les|el|"
    r"los|las|ein|eine|den|die|das|um|uma|os|as|il|lo|gli|i)\s+)?(?:[\w']+\s+)??"
    r"(?:(?:is|are|will be|must be|shall be|should be|stay|stays|remain|remains|es|son|sera|seran|est|sont|"
    r"restent|reste|ist|sind|bleiben|bleibt|e|sao|fica|ficam|sono|restano|rimangono)\s+)?(?:(?:always|permanently|"
    r"completely|fully|entirely|totalement|siempre|immer|sempre)\s+)?"
    r"(?:disabled|blocked|locked|off(?!\s+(?:ipfs|arweave|chain|the|our|to|of|from|a|an|it|them|this|that|[\w-]+ing)\b)|forbidden|prohibited|not allowed|not possible|impossible|excluded|disallowed|"
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


_AT_START = re.compile(
    r"\s*(?:(?:at|on|upon|during|in|from the)\s+(?:the\s+)?(?:deploy\w*|launch|start|creation|genesis|construction|"
    r"beginning|outset)|initially|up ?front|"
    r"(?:al|en el|en la)\s+(?:despliegue|lanzamiento|inicio|creacion|principio)|inicialmente|"
    r"(?:au|a la|lors du|des le)\s+(?:deploiement|lancement|debut|depart|creation)|initialement|"
    r"(?:beim|bei|zum|am)\s+(?:deployment|start|launch|anfang|beginn|erstellen)|anfangs|zu beginn|"
    r"(?:no|na|ao)\s+(?:deploy|implantacao|lancamento|inicio|comeco|criacao)|"
    r"(?:al|alla|nel|in fase di)\s+(?:deploy|lancio|inizio|creazione|distribuzione)|inizialmente)(?![\w])")
"""A mint denied only at the start ("nothing minted at deploy", "aucun jeton émis au lancement"): the supply
is zero, minting is still asked for or not, elsewhere."""


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
    left = max(text.rfind(c, 0, start) for c in ".;!?\n•") + 1
    rights = [i for i in (text.find(c, end) for c in ".;!?\n•") if i >= 0]
    return left, min(rights) if rights else len(text)


def _negated_before(text: str, start: int) -> re.Match[str] | None:
    """The negator governing the verb at `start` (a match on `text`): only gap words between them."""
    before = text[:start]
    for m in reversed(list(_NEGATOR.finditer(text, max(0, start - 90), start))):
        between = lexicon.MODAL_NOUN.sub(" ", lexicon.without_asides(before[m.end():]))
        words = re.findall(r"[\w']+", between)
        if re.search(r"[,;:.!?()\n]", between) or len(words) > 5:
            return None
        if m.group(0) == "ne" and not re.search(lexicon.FRENCH_NEGATION_ENDS, text[m.end():start + 60]):
            continue  # the Italian or French clitic "ne" ("ne creiamo di nuovi", "on en crée"), no French negation
        if all(re.fullmatch(_GAP, w) for w in words):
            return m
        return None
    return None


def _german_final(text: str, start: int, end: int) -> bool:
    """German puts the verb last: "nicht an andere Wallets gesendet werden", "nie weitergegeben werden"."""
    before = windows.before(text, start, 60)
    m = re.search(r"(?<![\w])(?:nicht|nie|niemals|keinesfalls|keineswegs)(?:\s+[\w']+){0,4}\s*$", before)
    if m is None or re.search(r"[,;:.!?\n]", before[m.start():]):
        return False
    # ("weitergegeben werden können": the passive and a modal, both after the verb)
    return bool(re.match(r"\s*(?:(?:werden|sein|konnen|kann|durfen|darf|lassen|sollen|soll)\s*){0,2}(?:[,;:.!?\n]|$|und\b|oder\b)",
                         windows.after(text, end, 30)))


_LINE_BREAK = re.compile(r"\s[-–—•*]\s")
"""A bullet's dash between a modal and a verb, once the request's lines are joined: "- owner can pause transfers - oh
and make it 6 decimals" grants no making; the modal belongs to the line before."""


def _affirmed(folded: str, start: int, end: int) -> int | None:
    """Where the ability of the verb at folded[start:end] is granted: a modal just before it in its clause ("o dono
    pode mintar mais", "der Vorstand darf später weitere ausgeben"), not the request itself ("can you mint a
    token"). German puts the verb last, so there the modal may stand up to six words before it."""
    cs, _ = _clause(folded, start, end)
    modal = list(_AFFIRM_MODAL.finditer(folded, max(cs, start - 70), start))
    agent = start if _AGENT_AFTER.match(windows.after(folded, end, 60)) else None  # "le emette solo la palestra"
    if not modal:
        return agent
    between = folded[modal[-1].end():start]
    if re.search(r"[,;:()]", between) or _LINE_BREAK.search(between) or len(re.findall(r"[\w']+", between)) > 6 or \
            _ADDRESSEE.search(between):
        return agent
    if _NAMES_THE_CONTRACT.match(folded, end, end + 40):
        return None  # "can issue a token called ...": the contract asked for
    if "need" in modal[-1].group(0) and re.match(r"\s+(?:[\w']+\s+)?\d", windows.after(folded, end, 20)):
        return agent  # "we need to mint 1M tokens at launch": the initial supply, not an ability
    head = folded[cs:modal[-1].start()]
    head = head[max(head.rfind(","), head.rfind(";")) + 1:]
    if _NEGATOR.search(head):
        return agent  # "no member may erase", "no mechanism whereby any person may halt": a denial, read elsewhere
    return modal[-1].start()


_NO_WAY_TO = re.compile(r"(?<![\w])(?:kein\w*|nessun\w*|ningun\w*|aucun\w*|nenhum\w*|no)\s+(?:moglichkeit|funktion|option|weg|"
                        r"recht|possibilita|funzione|modo|posibilidad|funcion|manera|possibilite|fonction|moyen|possibilidade|"
                        r"funcao|maneira|way|function|option|means)\w*\s*,?\s*(?:[\w']+\s+){0,4}?(?:zu|di|de|d'|to|para|pour|per)\s*$")
"""A way to do something said to be absent, with the act at the end: "keinerlei Möglichkeit, die NFTs zu verbrennen",
"nessuna possibilità di bruciarli", "no way to burn them"."""


def stated(folded: str, family: str) -> list[Stated]:
    """Every negated verb of the four classes in the request, with what it asks for; and the agent forms of
    issuing ("issued only by the owner")."""
    if family not in ("erc20", "erc721", "erc1155"):
        return []
    out: list[Stated] = []
    for verb_class, pattern in VERB_CLASSES.items():
        for m in lexicon.find(pattern, folded):
            s, e = m.span()
            if verb_class == "mint" and re.search(r"(?<![\w])flash[\s-]?$", folded[max(0, s - 7):s]):
                continue  # "pode botar flash mint também": flash minting, which mints no supply that stays
            if verb_class == "mint" and re.search(r"(?<![\w])(?:pause|pauses|pausing|stop|stops|stopping|halt|halts|halting|"
                                                  r"freeze|freezes|freezing|suspend|suspends|suspending)\s+(?:the\s+|all\s+)?$",
                                                  folded[max(0, s - 20):s]):
                continue  # "we can pause minting/transfers": what a pause stops, no minting asked for
            neg = _negated_before(folded, s) or _NO_WAY_TO.search(folded, max(0, s - 90), s)
            postposed = _POSTPOSED.match(windows.after(folded, e, 50)) or _NOT_EXIST.match(windows.after(folded, e, 70)) or \
                lexicon.answered_no(folded, e)
            german = _german_final(folded, s, e)
            attempt = _attempt_fails(folded, s, e)
            if attempt is not None and not (neg or postposed or german):
                out.append(Stated(verb_class, *CONCEPT_OF[verb_class], attempt, e, True))
                continue
            if not (neg or postposed or german):
                affirmed = _affirmed(folded, s, e) if verb_class != "transfer" else None
                if affirmed is None and verb_class == "mint" and _MORE_LATER.match(folded, e) and \
                        not any(n.group(0) != "ne" or re.search(lexicon.FRENCH_NEGATION_ENDS, folded[n.end():e + 60])
                                for n in _NEGATOR.finditer(folded, _clause(folded, s, e)[0], s)):
                    affirmed = s  # "i want to mint mor l8r if we run out": more units later, the ability
                if affirmed is not None and verb_class == "pause" and re.search(
                        r"(?<![\w])(?:wallets?|accounts?|address(?:es)?|holders?|users?|cuentas?|comptes?|konten|konto|"
                        r"contas?|conti|carteiras?|portafogli)(?![\w])", folded[e:_clause(folded, s, e)[1]]):
                    affirmed = None  # "freeze transfers for flagged wallets": a blocklist, read elsewhere
                if affirmed is not None:
                    concept, off_value = CONCEPT_OF[verb_class]
                    out.append(Stated(verb_class, concept, not off_value, affirmed, e, True))
                continue
            cs, ce = _clause(folded, s, e)
            cs = max(cs, max(folded.rfind(c, 0, neg.start() if neg else s) for c in ",()") + 1)
            ce = min([i for i in (folded.find(c, e) for c in ",()") if 0 <= i < ce] + [ce])
            joint = re.search(r"(?<![\w])(?:and|but|y|pero|et|mais|und|aber|e|mas|ma|while|whereas)(?![\w])", folded[e:ce])
            ce = e + joint.start() if joint else ce
            clause = folded[cs:ce]
            head = folded[neg.start() if neg else s:e]
            if neg and lexicon.EXCEPT.search(folded[neg.start():min(ce, e + 40)]):
                continue  # "no one but the owner can mint": restricted, not removed
            if verb_class == "mint" and _AT_START.match(windows.after(folded, e, 40)):
                continue  # "nothing minted at deploy": a zero initial supply, not minting turned off
            if verb_class == "mint" and neg and re.match(r"\s+(?:any\s+)?more\s+than\s+(?:that|this|those|these|\d[\d.,]*)(?![\w])",
                                                         windows.after(folded, e, 30)):
                continue  # "Max 328 – the Magistrat never issues more than that": the bound explained, a cap
            if neg and verb_class == "transfer" and \
                    re.search(r"(?<![\w])(?:we|i|you|one|nous|on|wir|ich|man|nosotros|eu|nos|noi|io)\s+$",
                              windows.before(folded, neg.start(), 10)) \
                    and not re.match(rf"\s+(?:\w+\s+){{0,2}}?(?:{TOKEN_NOUNS}|them|it|ones)(?![\w])", windows.after(folded, e, 40)):
                continue  # "we dont sell half of tea", "you can't sell half a knife": the asker's trade, not the token
            concept, value = CONCEPT_OF[verb_class]
            sure, why = True, ""
            after = folded[e:ce]
            if verb_class == "transfer":
                if _LIMIT.match(after):
                    sure, why = False, "a limit on transfers"
                elif _CONDITION.search(after) or _CONDITION.search(folded[cs:s]):
                    sure, why = False, "a temporary or conditional transfer restriction"
                elif _OTHER_OBJECT.search(re.split(r"(?<![\w])(?:because|since|as it|porque|parce que|car|weil|perche|"
                                                    r"poiche|pois|da es|ya que)(?![\w])", clause)[0]):
                    # ("non-transferable because it is ownership record": the reason names no other thing moved)
                    sure, why = False, "a restriction on moving something other than the token"
                elif lexicon.find(PAUSE, clause) or re.search(r"(?<![\w])paus\w*", clause) or \
                        lexicon.find(lexicon.FEATURES["pausable"], clause):
                    continue  # "paused: transfers are blocked" is the pause itself
            start = neg.start() if neg else s
            out.append(Stated(verb_class, concept, value, start, e, sure, why))
    out += _contradicted_transfers(folded, out)
    out += _issuing_agent(folded)
    out += _weak(folded, [(h.start, h.end) for h in out])
    out += _forced_burns(folded)
    return out


def _contradicted_transfers(folded: str, found: list[Stated]) -> list[Stated]:
    """A request that forbids moving the token and also grants moving it ("não podem ser transferidos ..., mas quem
    sair tem que conseguir revender o seu", "non-transferable, but members can sell theirs"): the grant is read as
    asking for a transferable token, so the two readings clash and the requirement stops as ambiguous. A grant alone
    is the default and asks for nothing."""
    if not any(h.verb_class == "transfer" and h.value is True and h.sure for h in found):
        return []
    out = []
    for m in lexicon.find(TRANSFER, folded):
        s, e = m.span()
        if any(h.start <= s < h.end for h in found) or _negated_before(folded, s) or \
                _POSTPOSED.match(windows.after(folded, e, 50)) or _german_final(folded, s, e):
            continue
        at = _affirmed(folded, s, e)
        if at is None or re.search(r"n't|(?<![\w])(?:not|cannot)(?![\w])", folded[at:s]) or _NEGATOR.search(folded[at:s]) or \
                any(h.start <= at < h.end or at <= h.start < s for h in found):
            continue  # "can't be sold or moved": the grant's modal is the denial itself
        if not _OTHER_OBJECT.search(folded[s:_clause(folded, s, e)[1]]):
            out.append(Stated("transfer", "soulbound", False, at, e, True))
    for m in _TRADED_ON.finditer(folded):
        if not any(h.start <= m.start() < h.end for h in found + out):
            out.append(Stated("transfer", "soulbound", False, m.start(), m.end(), True))
    return out


_TRADED_ON = re.compile(
    r"(?<![\w])(?:has to|have to|needs? to|must|should|will)\s+(?:also\s+)?(?:be\s+)?(?:trade|traded|tradable|"
    r"tradeable|listed|sold|bought and sold)\s+(?:on|in|at)\s+(?:(?:the|a|an|any|all|every)\s+)?(?:[\w-]+\s+)?"
    r"(?:uniswap|dex|dexes|exchanges?|markets?|marketplaces?|opensea|sushiswap|pancakeswap)(?![\w])")
""""non-transferable ... and it also has to trade on Uniswap from day one": a market the token must be traded on grants
moving it, which clashes with the denial."""


FORCED_WHY = "destroying tokens another holder owns (a forced burn), which no option offers"
_OTHERS_TOKENS = re.compile(
    r"^(?:\s+[\w']+){0,4}?\s+(?:from|out of|in|de|du|des|aus|von|da|dal|dalla|do|da)\s+(?:a|an|any|another|other|someone's|"
    r"anyone's|the|their|his|her|un|une|una|um|uma|ein\w*|jede\w*|cualquier|n'importe quel|qualquer|qualsiasi)?\s*"
    r"(?:[\w']+\s+)?(?:accounts?|wallets?|address(?:es)?|holders?|users?|cuentas?|billeteras?|comptes?|portefeuilles?|"
    r"konten|konto|wallet|contas?|carteiras?|conti|conto|portafogli)(?![\w])|"
    r"^\s+(?:someone|anyone|somebody|anybody|other people|others|any holder|a user|another user)(?:'s|s')?\s+(?:tokens?|coins?|points?)")
""""burn tokens from any wallet", "delete tokens from a hacked account", "destroy someone's coins": the tokens
of another holder, which the burnable option (holders burn their own) does not give."""


def _forced_burns(folded: str) -> list[Stated]:
    out = []
    for pattern in (BURN, WEAK["burn"]):
        for m in lexicon.find(pattern, folded):
            if _OTHERS_TOKENS.match(windows.after(folded, m.end(), 70)) and not _negated_before(folded, m.start()):
                out.append(Stated("burn", "burnable", None, m.start(), m.end(), False, FORCED_WHY))
    return out


_ATTEMPT = re.compile(r"(?<![\w])(?:tries|try|trying|tried|attempts?|attempting|attempted|intenta\w*|trata de|"
                      r"essaie\w*|essaye\w*|tente\w*|versuch\w*|tenta\w*|prova\w*|cerca di)(?:\s+(?:to|de|d'|a|di|zu))?\s+"
                      r"(?:[\w']+\s+){0,1}$")
_FAILS = re.compile(r"(?<![\w])(?:fails?|failed|failing|revert\w*|rejected|refused|blocked|shouldn't work|should not work|"
                    r"must not work|won't work|doesn't work|does not work|not work|must fail|should fail|impossible|"
                    r"falla\w*|fracasa\w*|rechaza\w*|echou\w*|echec|rejete\w*|scheiter\w*|fehlschlag\w*|abgelehnt|"
                    r"falha\w*|rejeitad\w*|fallisc\w*|fallimento|rifiutat\w*|no funcion\w*|ne marche pas|"
                    r"ne fonctionne pas|nicht funktionier\w*|nao funcion\w*|non funzion\w*)(?![\w])")


def _attempt_fails(folded: str, start: int, end: int) -> int | None:
    """"a reviewer who tries to send their badge ... gets a failed transaction", "if someone tries to pass points
    to a friend, it simply shouldn't work": an attempt to act that must fail denies the action. Returns where the
    attempt is said, or None."""
    m = _ATTEMPT.search(windows.before(folded, start, 30))
    if m is None:
        return None
    sentence_end = min([i for i in (folded.find(c, end) for c in ".;!?\n") if i >= 0] + [len(folded)])
    if not _FAILS.search(folded[end:sentence_end]):
        return None
    return max(0, start - 30) + m.start()


def _distribution(folded: str, clause_start: int, start: int, end: int) -> bool:
    """An instruction where the supply goes ("give all tokens to 0x..", "hand the supply to the treasury at launch",
    "da todos los tokens a mi wallet"): the verb opens its clause (an imperative) or its clause names an address,
    the deployer or the start."""
    _, clause_end = _clause(folded, start, end)
    clause = folded[start:clause_end]
    if re.search(r"0x[0-9a-f]{6}|(?<![\w])(?:at|on|upon) (?:deploy\w*|launch|start|creation)|initial\w*|"
                 r"(?:to|for) (?:me|my|our|the (?:deployer|owner|treasury|team|founders?|creator))(?![\w])|"
                 r"(?:a|para|pour|an|per) (?:mi|mio|mia|meu|minha|mon|ma|mein\w*|nuestr\w*|notre|unser\w*)", clause):
        return True
    return bool(re.fullmatch(r"\W*(?:(?:please|then|and|also|por favor|luego|puis|et|bitte|dann|und|depois|poi|e)\W+)*",
                             folded[clause_start:start]))


def _pronoun_is_token(folded: str, start: int) -> bool:
    """"them" stands for the token unless another plural noun closer before it in the sentence could be its
    antecedent ("users can create profiles and delete them")."""
    sentence = folded[max(folded.rfind(c, 0, start) for c in ".;!?\n") + 1:start]
    plurals = [w for w in re.findall(r"[a-z][a-z']{3,}s(?![\w])", sentence)
               if not re.fullmatch(r"this|was|has|its|thus|plus|always|perhaps|unless|across|whereas|\w+ss", w)]
    return not plurals or bool(re.fullmatch(TOKEN_NOUNS, plurals[-1]))


def _token_object(folded: str, start: int, end: int) -> bool:
    """The verb at folded[start:end] acts on the token: a clitic on it, or a token noun or object pronoun
    close after it ("throw away coins", "jogar fora os pontos") or just before it ("points can't be deleted")."""
    verb = folded[start:end]
    if re.search(rf"\s(?:{TOKEN_NOUNS})\s", verb) or \
            re.search(r"\sit\s", verb) or re.search(rf"\s(?:{_OBJECT_PRONOUNS})\s", verb) and _pronoun_is_token(folded, start):
        return True  # "hand them out"
    if re.search(r"(?:l[oa]s|l[aeio]|ne|-l[oa]s)$", verb) and not re.search(r"(?:elimina|cancella|genera|crea)le$", verb):
        return True
    after = windows.after(folded, end, 40)
    sentence = folded[max(folded.rfind(c, 0, start) for c in ".;!?\n") + 1:start]
    if re.search(r"(?<![\w])(?:li|les|los|las|ne|en|lhes)\s+$", windows.before(folded, start, 5)) and \
            re.search(rf"(?<![\w])(?:{TOKEN_NOUNS}|collection|coleccion|colecao|collezione|sammlung)(?![\w])",
                      windows.before(folded, start, 200)):
        return True  # a proclitic pronoun: "li assegno", "ne creiamo", "les attribue", "los creamos"
    if re.match(r"\s+(?:the |its |our |their |la |el |l'|die |a |o |il )?(?:total |circulating )?(?:supply|offre|oferta|"
                r"suministro|offerta|fornitura|menge|gesamtmenge|angebot|fornecimento)(?![\w])", after):
        return True  # "top up the supply", "aumentar la oferta": new units of the token
    if re.match(r"\s+it(?![\w])", after):
        return True
    if re.match(r"\s+them(?![\w])", after):
        return _pronoun_is_token(folded, start)  # "destroy them"; romance pronouns are also articles: clitics only
    if re.match(rf"\s+(?:[\w']+\s+){{0,3}}?(?:{TOKEN_NOUNS})(?![\w])", after) and \
            not re.match(r"\s+(?:[\w']+\s+){0,3}?(?:role|admin|owner|account|wallet|address|metadata|uri)", after):
        return True
    before = windows.before(folded, start, 40)
    sentence = folded[max(folded.rfind(c, 0, start) for c in ".;!?\n") + 1:start]
    if re.search(r"(?:[ai]d[oa]s?|ut[oaie]|at[ie]|ed|en)$", verb) and re.search(rf"(?<![\w])(?:{TOKEN_NOUNS})(?![\w])", sentence):
        return True  # a passive participle whose subject is the token: "os pontos ... não podem ser passados"
    more = r"more|new|additional|further|extra|mas|nuev[oa]s|plus|nouveaux|nouvelles|d'autres|neue|mehr|weitere|" \
           r"novos|novas|mais|nuovi|nuove|altri|altre"
    if re.match(rf"\s+(?:{more})(?:\s+(?:{TOKEN_NOUNS}|ones|of them|later|afterwards|after|when|if|de|di|davon|"
                rf"dazu)(?![\w])|\s*(?:[,.;:!?)]|$))", after) or \
            re.search(rf"(?<![\w])(?:{more})(?:\s+[\w']+){{0,2}}\s*$", before):
        return True  # "make more", "keiner soll neue machen": new units of the token, not "add new members"
    return bool(re.search(rf"(?<![\w])(?:{TOKEN_NOUNS})(?:\s+[\w']+){{0,4}}\s*$", before))


def _weak(folded: str, taken: list[tuple[int, int]]) -> list[Stated]:
    """Everyday verbs of the four actions (WEAK) with the token as their object: under a negation they ask for
    the feature off (or soulbound), under a modal ("customers can throw away coins", "os clientes podem jogar
    fora os pontos") for the feature on (or, for handing on, transferable)."""
    out: list[Stated] = []
    for verb_class, pattern in WEAK.items():
        for m in lexicon.find(pattern, folded):
            s, e = m.span()
            if any(ts <= s < te for ts, te in taken):
                continue
            concept, off_value = CONCEPT_OF[verb_class]
            votes = r"(?:voting power|votes?|voting rights?|stimmrecht\w*|stimmen|votos|voix|droits? de vote|voti)"
            if verb_class == "transfer" and (
                    re.search(rf"(?<![\w]){votes}(?![\w])", m.group(0)) or
                    re.search(rf"(?<![\w]){votes}(?:\s+[\w']+){{0,3}}\s*$", windows.before(folded, s, 40)) or
                    re.match(rf"\s+(?:[\w']+\s+){{0,2}}?{votes}(?![\w])", windows.after(folded, e, 40))):
                out.append(Stated(verb_class, "votes", True, s, e, True))  # voting power handed on: delegation
                continue
            if not _token_object(folded, s, e) or verb_class == "burn" and _OTHERS_TOKENS.match(windows.after(folded, e, 70)):
                continue  # no token acted on, or another holder's tokens (a forced burn, read by _forced_burns)
            neg = _negated_before(folded, s) or _german_final(folded, s, e) or \
                _POSTPOSED.match(windows.after(folded, e, 50)) or lexicon.answered_no(folded, e)  # "¿crear más tokens?: no"
            if neg:
                if isinstance(neg, re.Match) and lexicon.EXCEPT.search(folded[neg.start():min(len(folded), e + 40)]):
                    continue
                begin = neg.start() if isinstance(neg, re.Match) and neg.end() <= s else s
                out.append(Stated(verb_class, concept, off_value, begin, e, True))
                continue
            attempt = _attempt_fails(folded, s, e)
            if attempt is not None:
                out.append(Stated(verb_class, concept, off_value, attempt, e, True))
                continue
            cs, _ = _clause(folded, s, e)
            modal = [mm for mm in _AFFIRM_MODAL.finditer(folded, max(cs, s - 60), s)]
            between = folded[modal[-1].end():s] if modal else ""
            if modal and _ADDRESSEE.search(between):
                continue  # "could you please create a token": the request itself, not an ability of the contract
            if verb_class == "mint" and _NAMES_THE_CONTRACT.match(folded, e, e + 40):
                continue  # "create a token called ...": the contract asked for
            if modal:
                lo = max(cs, modal[-1].start() - 30)
                lo = max(lo, *(folded.rfind(c, lo, modal[-1].start()) + 1 for c in ",;:()"))
            # "no member may erase", within the modal's own clause ("can't be sent, only I hand them out" denies none)
            denied = modal and _NEGATOR.search(folded, lo, modal[-1].start())
            if denied:
                out.append(Stated(verb_class, concept, off_value, denied.start(), e, True))  # "no member may erase"
            elif modal and len(re.findall(r"[\w']+", between)) <= 4 and not _LINE_BREAK.search(between):
                out.append(Stated(verb_class, concept, not off_value, modal[-1].start(), e, True))
            elif not modal and _AGENT_AFTER.match(windows.after(folded, e, 60)):
                out.append(Stated(verb_class, concept, not off_value, s, e, True))  # "li assegno solo io"
            elif verb_class == "transfer" and _distribution(folded, cs, s, e):
                continue  # "give all tokens to 0x.. at deployment": where the supply goes, no ability
            elif verb_class == "transfer" and re.search(
                    r"(?<![\w])(?:we|i|nous|wir|noi|nosotros|eu|io|yo|je|ich)\s+(?:will\s+|then\s+|just\s+|usually\s+|"
                    r"always\s+|(?:want|wants|would like|plan|intend|need|are going|'re going)\s+to\s+)?$",
                    folded[max(cs, s - 35):s]):
                continue  # "we give 1 token for 1 rescued puffling": the asker handing them out, no ability asked
            elif verb_class != "mint":
                # "someone tries to pass points to a friend", "who hands out points": an action on the token whose
                # intent (allowed? forbidden?) the reading cannot place
                out.append(Stated(verb_class, concept, None, s, e, False, "an action on the token whose intent "
                                  "(allowed or not) could not be read"))
    return out


_AGENT = (r"owner|admin\w*|issuer|minter|creator|deployer|operator|organi[sz]er|organisation|organization|team|"
          r"\w*eigentumer\w*|\w*besitzer\w*|\w*inhaber\w*|betreiber\w*|aussteller\w*|verwalt\w*|"
          r"propietari[oa]|duen[oa]|emisor|administrador\w*|proprietaire|emetteur|administrateur|"
          r"dono|proprietari[oa]|emissor|emittente|amministrat\w*|contract owner|contrat|contrato|vertrag\w*|"
          # the bodies that run a club: "ausstellen darf sie nur der Vorstand", "the board mints"
          r"board|committee|council|vorstand|verein|genossenschaft|junta|directiva|comite|conseil|bureau|consiglio|"
          r"direzione|diretoria|conselho|direccion|guild|union|cooperative|co-?op|club")
_ISSUED_BY = re.compile(
    rf"(?<![\w])(?:{MINT})(?:\s+(?:only|solely|exclusively|just|ausschliesslich|nur|allein|uniquement|seulement|"
    rf"exclusivement|solo|unicamente|exclusivamente|somente|apenas|soltanto|esclusivamente))?\s+"
    rf"(?:by|vom|von|durch|par|por|pelo|pela|dal|dalla|dallo|da)(?:\s+(?:the|dem|der|den|le|la|l'|el|la|o|a|il|lo|our|"
    rf"unser\w*|notre|nuestro|nosso|nostro))?\s*(?:{_AGENT})(?![\w])")


_BY_AGENT_ISSUED = re.compile(
    rf"(?<![\w])(?:vom|von (?:dem|der|den)|durch (?:den|die|das))\s+(?:{_AGENT})(?:\s+[\w']+){{0,2}}?\s+(?:{MINT})(?![\w])")
"""German puts the agent before the participle: "nur vom Eigentümer ausgestellt"."""


_ONLY_AGENT_ISSUES = re.compile(
    r"(?<![\w])(?:only|solo|solamente|seul(?:e|ement)?|nur|so|somente|apenas|soltanto)\s+(?:(?:the|our|el|la|il|lo|le|l'|"
    rf"der|die|das|o|a|nuestro|notre|unser\w*|nosso|nostro)\s+)?(?!(?:{lexicon.NEGATORS}|more|any|new|ganze\w*|whole|entire|"
    r"full|complete|entier\w*|enter[oa]s|inteir[oa]s|inter[ie])\b)[\w']+"  # "nur ganze Gutscheine ausgeben": only whole ones
    rf"(?:\s+(?!(?:{lexicon.NEGATORS})\b)[\w']+)?"
    # an aside naming the agent's capacity: "only the museum, as owner, mints", "solo yo, como dueña, las emito"
    r"(?:\s*,[^,.;:!?\n]{1,40},|\s*\([^()]{1,40}\))?"
    rf"(?:\s+(?:{_OBJECT_PRONOUNS}))?\s+(?:{MINT})(?![\w])|"
    # "design lead (owner) mints them", "nous seuls émettons", "wir allein geben aus"
    rf"(?<![\w])[\w']+\s*{_AS_OWNER}\s*,?\s+(?:(?:{_OBJECT_PRONOUNS})\s+)?(?:{MINT})(?![\w])|"
    rf"(?<![\w])(?:we|nous|nosotros|nosotras|wir|noi|nos|moi|yo|eu|io|ich)\s+(?:seul(?:e|s|es)?|alone|only|solos?|solas?|"
    rf"allein|soli|sozinhos|sozinha|sozinho)\s+(?:(?:{_OBJECT_PRONOUNS})\s+)?(?:j'\s*|je\s+)?(?:{MINT})(?![\w])|"
    # "I mint as owner", "wir prägen als Eigentümer"
    rf"(?<![\w])(?:i|we|je|yo|ich|wir|eu|io|noi|nous)\s+(?:(?:{_OBJECT_PRONOUNS})\s+)?(?:{MINT})\s*,?\s*{_AS_OWNER}")
""""Only the studio mints trophies", "solo el club emite", "only the museum, as owner, mints": the ability, kept
to one hand."""


_AGENT_MINTS = re.compile(
    rf"(?<![\w])(?:the|el|la|le|der|die|das|o|a|il|lo|l')\s*(?:{_AGENT})\s+(?:(?:{_OBJECT_PRONOUNS})\s+)?(?:{MINT})(?![\w])"
    # (not "the deployer mints the initial supply to the treasury": the first mint, no ability)
    r"(?!\s+(?:the\s+)?(?:initial|whole|entire|full|total|starting)\s+(?:supply|amount)|\s+(?:all|everything|it all)\b)|"
    # "prägen darf nur der Owner", "mint may only the owner"
    rf"(?<![\w])(?:{MINT})\s+(?:darf|durfen|kann|konnen|may|can|puede|pueden|peut|peuvent|pode|podem|puo|possono)\s+"
    r"(?:(?:sie|es|ihn|them|it|los|las|les|li|os|as)\s+)?(?:(?:nur|only|solo|solamente|seulement|uniquement|apenas|somente|soltanto|allein)\s+)?"
    rf"(?:(?:der|die|das|the|el|la|le|o|a|il|l')\s*)?(?:{_AGENT})(?![\w])|"
    # "minted by me as owner", "issued by us"
    rf"(?<![\w])(?:{MINT})\s+by\s+(?:me|us)(?![\w])|"
    # "we (the club) mint them": the asker, an aside on who they are, the verb
    rf"(?<![\w])(?:we|i|wir|ich|nous|je|nosotros|yo|noi|io|nos|eu)\s*\([^()]{{1,30}}\)\s*(?:{MINT})(?![\w])|"
    # a learner's "The union mint and passengers can burn": a named hand, the verb unbent, its clause ending there
    r"(?<![\w])(?:the|our)\s+(?!(?:public|first|initial|free|genesis|presale|open|next|last|owner|team|private|early|"
    r"whitelist|allowlist|paid)\b)[a-z][\w'-]*\s+mint(?=\s*(?:[,;.)]|$|\s+(?:and|but|while)\s))|"
    # "La troupe les émet", "el taller los acuña", "a escola os emite": a clitic object makes the noun before it the
    # one who mints (not "la gente los acuña": the public)
    r"(?<![\w])(?:la|le|el|o|a|il|lo|l')\s*(?!(?:gente|gens|public|publico|pubblico|fans|membres|miembros|socios|membros|"
    r"soci|todos|tous|tutti|chacun|cualquiera|chiunque|qualquer|comprador\w*|acheteur\w*|acquirent\w*|utilisateur\w*|"
    r"usuari\w*|utent\w*)\b)[a-z][\w'-]*"
    # "C'est le chef de chœur qui les émet", "es el jefe de taller quien los acuña": the noun's complement, a relative
    r"(?:\s+(?:de|du|des|del|da|di|do|della|dello)\s+[a-z][\w'-]*)?(?:\s+(?:qui|que|quien|quem|che))?"
    r"\s+(?:les|los|las|os|as|li|le|la|lo)\s+"
    rf"(?:{MINT})(?![\w])|"
    # the subject after the verb: "Los certificados los emite únicamente la cooperativa", "li conia solo il club"
    rf"(?<![\w])(?:les|los|las|os|as|li|le|la|lo)\s+(?:{MINT})\s+(?:(?:solo|solamente|unicamente|exclusivamente|"
    r"seulement|uniquement|apenas|somente|soltanto|esclusivamente)\s+)?(?:el|la|le|o|a|il|lo|l'|i|gli)\s*"
    r"(?!(?:gente|gens|public|publico|pubblico|fans|membres|miembros|socios|membros|soci|todos|tous|tutti|chacun|"
    r"cualquiera|chiunque|qualquer|comprador\w*|acheteur\w*|acquirent\w*|utilisateur\w*|usuari\w*|utent\w*)\b)"
    r"[a-z][\w'-]*|"
    # "Der Kommandant prägt neue Marken": a German subject, the verb in its third person
    r"(?<![\w])(?:der|die|das|unser|unsere)\s+(?!(?:offentlichkeit|kunde|kaufer\w*|nutzer\w*|besucher\w*|jeder|jede|"
    r"mitglieder|fans|leute)\b)[a-z][\w-]*\s+(?:pragt|mintet|emittiert|erzeugt)\s+(?:neue|weitere|die|sie|alle|"
    r"zusatzliche|mehr)(?![\w])|"
    # a learner's "Co-op mint it, tag can burn": a named hand opening its clause, the verb unbent, its object a pronoun
    r"(?:^|(?<=[,;:.(]))\s*(?:(?:the|our)\s+)?(?!(?:anyone|anybody|everyone|everybody|nobody|noone|no|it|who|that|which|"
    r"users|buyers|holders|fans|visitors|people|members|collectors|customers|each|every|any|one|a|an|we|i|you|they)\b)"
    r"[a-z][\w'-]*\s+mint\s+(?:it|them)(?=\s*(?:[,;.)]|$|\s+(?:and|but)\s))|"
    # "..., brewery mints, ...", a bullet "- workshop mints": a noun that mints, as a clause of its own ("anyone mints"
    # is a public mint)
    r"(?:^|(?<=[,;:.(•])|(?<=\s-))\s*(?:(?:the|our|my|their)\s+)?(?!(?:anyone|anybody|everyone|everybody|nobody|noone|no|it|who|"
    r"that|which|users|buyers|holders|fans|visitors|people|members|collectors|customers|each|every|any|one|a|an|"
    r"wallets?|addresses)\b)[a-z][\w'-]*(?:\s+(?:committee|board|council|office|team|club|desk|crew|guild))?\s+(?:mints|issues)"
    r"(?=\s*(?:[,;.)]|$|\s+(?:them|it|new|more|tokens|nfts|items|badges|each|every|all|when|as)\b)|\s[-•]\s)|"
    # "frappe réservée au propriétaire", "conio riservato al club (owner)", "minting reserved to the owner"
    rf"(?<![\w])(?:{MINT})\s+(?:[a-z]+\s+)?(?:reserv\w*|riservat\w*|vorbehalten|limited|restricted|limitad[oa]|limitee?|"
    r"limitat[oa])\s+"
    r"(?:to|au|aux|a|al|ao|alla|allo|dem|der|den|para|pour)(?![\w])")
""""el dueño los acuña", "prägen darf nur der Owner", "frappe réservée au propriétaire": minting kept to one hand."""


def _issuing_agent(folded: str) -> list[Stated]:
    """"ausgestellt vom Vertragseigentümer", "émis par le propriétaire", "issued only by the owner": the
    owner issues, so the contract must let it mint."""
    found = list(_ISSUED_BY.finditer(folded)) + list(_BY_AGENT_ISSUED.finditer(folded)) + \
        list(_ONLY_AGENT_ISSUES.finditer(folded)) + list(_AGENT_MINTS.finditer(folded))
    return [Stated("mint", "mintable", True, m.start(), m.end(), True) for m in found
            if not _negated_before(folded, m.start())]


# ---- ERC-1155: the supply of each id -----------------------------------------------------------------

_SUPPLY_NOUN = (r"supply|supplies|total|totals|offre|offres|quantite|quantites|suministro|oferta|cantidad|emision|"
                r"menge|gesamtmenge|angebot|anzahl|bestand|bestande|auflage|ausgegebene menge|fornecimento|quantidade|"
                r"emissao|offerta|fornitura|quantita|tiratura|"
                r"circulation|circulating|how many|combien|cuantos|cuantas|wie viele|quantos|quantas|quanti|quante")
_EACH = (r"per|por|par|pro|je|for each|for every|of each|of every|each|every|de chaque|de cada|pour chaque|para cada|"
         r"chaque|cada|von jede[mrn]?|fur jede[nsr]?|jede[mnrs]?|di ogni|per ogni|ogni|di ciascun[oa]?|ciascun[oa]?|"
         r"de todo|in each|in every|en cada|dans chaque|in jede[mr]|em cada|in ogni")
_NOT_ITEM = r"wallet|address|account|user|holder|transaction|tx|mint|person|adresse|cuenta|compte|konto|conta|conto|wallets"
SUPPLY_PER_ID = re.compile(
    rf"(?<![\w])(?:{_SUPPLY_NOUN})(?:\s+[\w'-]+){{0,3}}?\s+(?:{_EACH})"
    rf"(?:\s+(?:[\w'-]+\s+){{0,2}}?(?!(?:{_NOT_ITEM})\b)[a-z][\w'-]*|(?=\s*(?:[.,;!?)]|$)))|"
    # the item first: "pro Abzeichen-ID die ausgegebene Menge", "for each card id the total minted"
    rf"(?<![\w])(?:pro|je|per|for each|for every|para cada|pour chaque|fur jede[ns]?|per ogni)\s+(?:[\w'-]+\s+){{0,1}}?"
    rf"(?:[\w'-]*id|ids|[\w'-]*typ|[\w'-]*types?|karte|card|item|badge|abzeichen|sorte|sorten|variety|grade|kind|tipo|"
    rf"modell|modello|modelo|modele|motiv|design)\s+(?:die |the |la |le |el |a |o )?"
    rf"(?:[\w'-]+,?\s+){{0,4}}?(?:{_SUPPLY_NOUN})")
""""total supply tracked per card id", "l'offre totale de chaque carte", "wie viele es von jeder Karte gibt", "pro
Abzeichen-Typ sehen, wie viele insgesamt existieren"."""


def supply_per_id(folded: str) -> re.Match[str] | None:
    """The first supply-of-each-item phrase whose item is no wallet, account or transaction."""
    for m in SUPPLY_PER_ID.finditer(folded):
        each = re.search(rf"(?<![\w])(?:{_EACH})(?:\s|$)", m.group(0))
        if each and not re.search(rf"(?<![\w])(?:{_NOT_ITEM})s?(?![\w])", m.group(0)[each.end():]):
            return m
    return None
