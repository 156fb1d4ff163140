"""Which language a request is written in: the six the offline reader knows, or another one it would misread.

The reader's words (lexicon, quantities, roles ...) exist in English, Spanish, French, German, Portuguese and
Italian. A request in Dutch or Polish still yields a name, a ticker and digits, so it would deploy with every
feature said in words dropped ("brandbaar", "z możliwością spalania"). `unread_language` names such a language
from its small words or its script, so that the reading stops and says so instead of guessing.
"""

from __future__ import annotations

import re
import unicodedata

from agents.generation.numbers import fold

_LANG_HINTS = {
    "es": r"un|una|con|llamad[oa]|suministro|simbolo|que|del|para|puede|anos|meses|dias|crear|crea|quiero|millones|y|los|las|"
          r"el|al|se|su|sus|por|sin|pero|cada|cuando|cualquier|necesito|quiero|queda|reparto|ingresos|hasta|pueda|mi|"
          r"unidades|quemable|quemables|quemar|acunar|acunable|pausar|pausable|transferible|transferibles|billetera|"
          r"cartera|direccion|decimales|nuestro|nuestra|tambien|todos|todas|nunca|mas|\w+cion|\w+ciones|"
          r"semanas|vamos|comprador|vendedor|plata|dinero|queremos|necesitamos|tenemos|somos|hacemos|hay|"
          r"muy|porque|pues|llegan|devuelvan",
    "fr": r"une?|avec|appelee?|nommee?|offre|symbole|qui|pour|peut|ans|mois|jours|creer|cree|je|veux|millions|et|des|du|le|la|"
          r"les|au|aux|sur|nos|notre|nous|vous|mais|chaque|jeton|contrat|proprietaire|sans|plafonne|unites|decimales|"
          r"mon|ma|mes|ses|son|sa|doit|doivent|pouvoir|sous|dans|pas|est|sont|ce|cette|avons|sommes|acheteur|vendeur|"
          r"vendeuse|arbitre|livraison|fonds|jetons",
    "de": r"ein|eine|einen|mit|namens|genannt|angebot|und|der|die|das|kann|jahre|monate|tage|erstelle|millionen|fur|von|"
          r"dem|den|des|ist|sind|wir|unser|unsere|unseren|ihre|ihr|konnen|soll|sollen|muss|mussen|jede|jeder|jeden|"
          r"maximal|stuck|besitzer|menge|kurzel|dezimalstellen|funktionen|kein|keine|nicht|nach|auch|bitte|brauchen|zwei|"
          r"drei|sammlung|einheiten|\w{3,}bar|\w{3,}ungen|\w{3,}ung",
    "pt": r"um|uma|com|chamad[oa]|fornecimento|simbolo|que|para|pode|anos|meses|dias|criar|crie|cria|quero|milhoes|e|do|da|"
          r"colecao|pecas|nao|voce|ate|tambem|moeda|queimavel|cunhavel|pausavel|dono|carteira|das|dos|"
          r"o|os|ao|pelo|pela|sem|preciso|unidades|casas|investidor|comecando|ja|sigla|meu|minha|contrato|recompensa|por|"
          r"segundo|\w+avel|\w+ivel|\w+aveis|\w+iveis|\w+cao|\w+coes|cofre|depositos|limitad[oa]s|sobre",
    "it": r"un|una|con|chiamat[oa]|offerta|simbolo|che|per|di|della|anni|mesi|giorni|crea|voglio|milioni|e|il|del|nome|"
          r"portafoglio|multifirma|gettoni?|gli|lo|le|dei|delle|cioe|vorrei|pezzi|riceve|dividi|pagamenti|ogni|senza|anche|puo|decimali|cento|"
          r"utenti|devono|tra|loro|su|ma|mai|oltre|altri|altre|totale|unita|milione|mezzo|sono|questo|questa|"
          r"nostro|nostra|nostri|delle|degli|alla|al|dal|nel|nella|si|tutti|tutte|piu|essere|viene|vengono|tramite|"
          r"\w+abil[ei]|\w+ibil[ei]|\w+zione|\w+zioni",
}
"""Small words of the five other read languages, folded."""
_EN_HINTS = (r"the|with|and|called|named|a|an|that|which|of|for|supply|can|create|make|i|need|token|tokens|to|is|by|at|"
             r"days?|weeks?|months?|years?|hard|cap|max|each|total|my|our|or|be|in|on|it|from|per|symbol|ticker|"
             r"mint|burn|owner|this|want|please|should|only|anyone")
"""Small words of English."""


def detect_language(folded: str) -> str:
    """The read language (en, es, fr, de, pt or it) whose small words the folded request uses most."""
    # no letters of addresses or numbers, nor the French "n'y" ("il n'y a pas") read as the Spanish "y"
    words = re.findall(r"[a-z]+", re.sub(r"0x[0-9a-f]+|\w*\d\w*|(?<![\w])n['’]y(?![\w])", " ", folded))
    scores = {lang: sum(1 for w in words if re.fullmatch(p, w)) for lang, p in _LANG_HINTS.items()}
    english = sum(1 for w in words if re.fullmatch(_EN_HINTS, w))
    best = max(scores, key=lambda k: scores[k])
    if scores[best] <= english:
        return "en"
    # Spanish and Italian share many small words: the distinctive ones decide
    if best in ("es", "it", "pt"):
        distinct = {"es": r"llamad[oa]|suministro|quiero|millones|del|los|las|y|puede|simbolo|el|se|queda|necesito|"
                          r"cualquier|pueda|sin|cuando|ingresos|reparto",
                    "it": r"chiamat[oa]|offerta|voglio|milioni|di|della|il|anni|nome|pezzi|massimo|gli|cioe|vorrei|"
                          r"riceve|dividi|decimali|non|delle|ogni|senza|utenti|devono|ma|mai|oltre|altri|puo|milione|"
                          r"nel|nella|degli|alla|dal|sono|piu",
                    "pt": r"chamad[oa]|fornecimento|quero|milhoes|do|da|um|uma|com|pode|colecao|pecas|nao|voce|ate|"
                          r"queimavel|cunhavel|pausavel|carteira|o|os|ao|pelo|pela|sem|preciso|unidades|comecando|ja|"
                          r"sigla|investidor|recompensa|por"}
        # (among the languages close to the best only: ten Italian small words to five Spanish ones stay Italian)
        close = [k for k in distinct if scores[k] * 4 >= scores[best] * 3]
        counts = {k: sum(1 for w in words if re.fullmatch(distinct[k], w)) for k in close}
        if counts[best] < max(counts.values()):
            best = max(counts, key=lambda k: counts[k])
    return best


_OTHER_LANGUAGES = {
    "Dutch": r"brandbaar|verbrandbaar|pauzeerbaar|muntbaar|overdraagbaar|niet-overdraagbaar|symbool|voorraad|miljard|stuks|beheerder|opwaardeerbaar|een|het|voor|naar|niet|wordt|worden|moet|moeten|ook|maar|wij|onze|ons|heet|genaamd|maak|maken|graag|"
             r"alleen|kunnen|eigenaar|deze|hebben|heeft|nieuwe|miljoen|stuks|elke|iedere|geen|munten|zonder|mag|"
             r"kunnen|mogen|zijn|bij|tot|uit|jullie|ik|wil|willen|wel|niemand|iedereen|houders",
    "Polish": r"spalanie|spalania|spalenia|wstrzymania|pauzowania|mintowania|symbolu|podaz|podazy|miliard|miliardy|zarzadca|administratora|nazwie|nazwa|nazwy|sztuk|milion|miliony|milionow|tokenow|tokeny|ktory|ktora|ktore|jest|sie|dla|oraz|"
              r"lub|przez|tylko|moze|mozna|powinien|chce|chcemy|nasz|nasza|naszego|wlasciciel|utworz|stworz|zrob|"
              r"prosze|bez|kazdy|wszystkie|mozliwoscia|spalania|ktorego|jako|albo|bedzie|musi",
    "Swedish, Danish or Norwegian": r"brannbar|brandbar|braendbar|pausbar|pauserbar|myntbar|overforbar|overforbara|symbolen|miljard|milliard|milliarder|och|som|det|att|till|inte|ikke|ikkje|ett|heter|hedder|heiter|skapa|lag|lav|vill|"
              r"ska|skal|bara|kun|varje|hver|hvert|inga|miljoner|millioner|agare|ejer|eier|oss|vores|vart|fran|"
              r"kunna|kunne|ocksa|ogsa|eller|hvor|dar|skapa|tokens|stycken|stk|med|af|pa",
    "Czech or Slovak": r"spalitelny|spalitelne|pozastavitelny|symbolem|zasoba|miliarda|miliard|ktery|ktera|ktere|chci|chceme|nazev|nazvem|jmenem|milionu|kusu|vlastnik|muze|musi|pouze|nebo|"
                       r"jako|aby|jsou|bude|vytvor|prosim|kazdy|nasi|nas|ktory|ktora|chcem|vlastnika",
    "Romanian": r"ardere|arse|pauzabil|simbolul|simbol|oferta|miliarde|care|este|pentru|numit|numita|milioane|doar|fiecare|poate|trebuie|proprietar|proprietarul|vreau|dorim|"
                r"nostru|noastra|fara|creeaza|cu|sa|si|un|o|sunt|vor|poata",
    "Turkish": r"yakma|durdurulabilir|basilabilir|arz|milyar|bir|ve|ile|icin|adinda|adli|milyon|adet|sadece|olsun|olarak|sahibi|istiyorum|yakilabilir|olan|cok|"
               r"ama|bu|her|tane|olusturun|olustur|yap|lutfen|sembolu|sembollu|arzi",
    "Indonesian or Malay": r"bakar|dijeda|dicetak|miliar|yang|dan|dengan|untuk|bernama|buatkan|buat|juta|hanya|setiap|bisa|boleh|tidak|pemilik|kami|"
                           r"saya|ini|itu|dapat|pasokan|sebanyak|sebesar|simbol|akan|harus|dibakar|tolong",
    "Hungarian": r"egesheto|szuneteltetheto|szimbolum|szimbolummal|kinalat|milliard|egy|nevu|nevvel|millio|darab|csak|minden|lehet|kell|tulajdonos|szeretnek|hogy|legyen|valamint|"
                 r"keszits|kerlek|tokent|es|nem|van",
    "Finnish": r"poltettava|keskeytettava|symboli|tarjonta|miljardi|nimelta|nimi|miljoonaa|kappaletta|vain|jokainen|pitaa|omistaja|haluan|etta|kanssa|ilman|tokenia|joka|"
               r"jonka|myos|tee|luo|kiitos|ja|on|voi|tai",
    "Catalan": r"amb|els|anomenat|anomenada|milions|nomes|vull|volem|aquest|aquesta|tambe|propietari|puguin|pugui|"
               r"cremable|uns|unes|sigui|fins|cap|mai|dels",
    "Croatian, Serbian or Bosnian": r"spaljivanje|spaljivi|simbol|simbolom|ponuda|milijarda|koji|koja|koje|zove|nazivom|milijuna|milijun|komada|samo|svaki|mora|vlasnik|zelim|"
                                    r"zelimo|ili|kao|napravi|molim|moze|biti|bez",
    "Tagalog": r"ang|ng|mga|lamang|bawat|tawag|pangalan|milyon|gusto|namin|ito|hindi|pwede|puwede|nito|ating|gumawa|"
               r"ko|sa|na|may|para",
    "Swahili": r"ya|wa|kwa|jina|milioni|kila|mmiliki|nataka|tunataka|yetu|inaweza|lazima|bila|hii|tafadhali|tengeneza",
}
"""Each language's small words, folded (no accents): the ones it shares with the six read languages are left
out, so that a hit is evidence of that language and not of Spanish or English."""

_SCRIPTS = (("CYRILLIC", "Russian, Ukrainian or another Cyrillic-script language"), ("GREEK", "Greek"),
            ("ARABIC", "Arabic or Persian"), ("HEBREW", "Hebrew"), ("HIRAGANA", "Japanese"), ("KATAKANA", "Japanese"),
            ("CJK", "Chinese or Japanese"), ("HANGUL", "Korean"), ("THAI", "Thai"), ("DEVANAGARI", "Hindi"),
            ("BENGALI", "Bengali"), ("TAMIL", "Tamil"), ("GEORGIAN", "Georgian"), ("ARMENIAN", "Armenian"))
_VIETNAMESE = re.compile(r"[\u01a0\u01a1\u01af\u01b0\u0110\u0111\u1ea0-\u1ef9]")
"""Letters only Vietnamese writes (ơ, ư, đ, ạ, ả, ấ ...)."""


def _script_language(original: str) -> str | None:
    """The language a non-Latin script says, when most of the letters are written in it."""
    letters = [c for c in original if c.isalpha()]
    counts: dict[str, int] = {}
    for c in letters:
        name = unicodedata.name(c, "")
        script = next((label for key, label in _SCRIPTS if name.startswith(key)), None)
        if script:
            counts[script] = counts.get(script, 0) + 1
    if not counts:
        return None
    script = max(counts, key=lambda k: counts[k])
    # "Japanese" from kana outranks "Chinese or Japanese" from kanji in the same request
    if "Japanese" in counts and script == "Chinese or Japanese":
        script = "Japanese"
    return script if sum(counts.values()) * 3 >= len(letters) else None


def unread_language(original: str) -> str | None:
    """The name of the language the request is written in when it is none of the six the reader knows.

    A request in another language is named only on clear evidence: most of its letters in another script,
    Vietnamese letters, or at least two words of one other language and more of them than of the
    request's best read language (a Dutch place name in an English request does not count)."""
    if (script := _script_language(re.sub(r"0x[0-9a-fA-F]+", " ", original))):
        return script
    if len(_VIETNAMESE.findall(original)) >= 3:
        return "Vietnamese"
    # numbers.fold, not lexicon.fold_text, whose typo corrections turn Polish "milion" into "million"
    folded = fold(original)
    words = re.findall(r"[a-z]+", re.sub(r"0x[0-9a-f]+|\w*\d\w*|\b(?:https?|ipfs)://\S+", " ", folded))
    read = max([sum(1 for w in words if re.fullmatch(_EN_HINTS, w))] +
               [sum(1 for w in words if re.fullmatch(p, w)) for p in _LANG_HINTS.values()])
    scores = {lang: sum(1 for w in words if re.fullmatch(p, w)) for lang, p in _OTHER_LANGUAGES.items()}
    best = max(scores, key=lambda k: scores[k])
    return best if scores[best] >= 2 and scores[best] > read else None
