"""Numbers and durations as people write them, in English, Spanish, French, German, Portuguese and Italian.

Digits with any thousands separator ("1,000,000", "1.000.000", "1 000 000", "1'000'000", "10_000_000"),
decimal commas where the language uses them ("1,5 Mio"), magnitudes ("750k", "2.5M", "21 million",
"5 milioni", "250 mila"), scientific notation ("1e6", "2.5e9", "10^6"), fractions before a magnitude
("1/4 million", "half a million", "a quarter of a million", "cinco millones y medio") and number words
in the six languages, German and Italian compounds included ("zweitausend", "duemila").
Amounts come back as `Decimal` so that "2.5 million" stays exact; durations as seconds.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from agents.generation import windows


def fold(text: str) -> str:
    """Lowercase without accents ("Millionen" -> "millionen", "milhões" -> "milhoes", "fünf" -> "funf")."""
    text = text.replace("ß", "ss")
    return "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c))


def _table(rows: dict[int, str]) -> dict[str, int]:
    return {word: value for value, words in rows.items() for word in words.split()}


_UNIT_ROWS = {
    "en": "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
          "seventeen eighteen nineteen",
    "es": "cero uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciseis "
          "diecisiete dieciocho diecinueve",
    "fr": "zero un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize dix-sept "
          "dix-huit dix-neuf",
    "de": "null eins zwei drei vier funf sechs sieben acht neun zehn elf zwolf dreizehn vierzehn funfzehn sechzehn "
          "siebzehn achtzehn neunzehn",
    "pt": "zero um dois tres quatro cinco seis sete oito nove dez onze doze treze catorze quinze dezesseis dezessete "
          "dezoito dezenove",
    "it": "zero uno due tre quattro cinque sei sette otto nove dieci undici dodici tredici quattordici quindici sedici "
          "diciassette diciotto diciannove",
}
_TEN_ROWS = {
    "en": "twenty thirty forty fifty sixty seventy eighty ninety",
    "es": "veinte treinta cuarenta cincuenta sesenta setenta ochenta noventa",
    "fr": "vingt trente quarante cinquante soixante soixante-dix quatre-vingt quatre-vingt-dix",
    "de": "zwanzig dreissig vierzig funfzig sechzig siebzig achtzig neunzig",
    "pt": "vinte trinta quarenta cinquenta sessenta setenta oitenta noventa",
    "it": "venti trenta quaranta cinquanta sessanta settanta ottanta novanta",
}
_EXTRA_UNITS = {"es": {"una": 1, "un": 1, "veintiun": 21, "veintiuno": 21, "veintiuna": 21, "veintidos": 22,
                       "veintitres": 23, "veinticuatro": 24, "veinticinco": 25, "veintiseis": 26, "veintisiete": 27,
                       "veintiocho": 28, "veintinueve": 29},
                "pt": {"uma": 1, "duas": 2, "dezasseis": 16, "dezassete": 17, "dezanove": 19},
                "fr": {"une": 1, "vingts": 20, "septante": 70, "huitante": 80, "octante": 80, "nonante": 90},
                # the dative after "von allen": "von allen dreien bestätigt", "von zweien"
                "de": {"ein": 1, "eine": 1, "einen": 1, "einem": 1, "einer": 1, "zweien": 2, "dreien": 3, "vieren": 4,
                       "funfen": 5},
                "it": {"una": 1, "un": 1, "vent": 20, "trent": 30, "quarant": 40, "cinquant": 50, "sessant": 60,
                       "settant": 70, "ottant": 80, "novant": 90}}
UNITS_BY_LANGUAGE: dict[str, dict[str, int]] = {
    language: {**{w: i for i, w in enumerate(_UNIT_ROWS[language].split())},
               **{w: (i + 2) * 10 for i, w in enumerate(_TEN_ROWS[language].split())}, **_EXTRA_UNITS.get(language, {})}
    for language in _UNIT_ROWS
}
"""Number words by language: "once" is eleven in Spanish and a word in English, so a request's words
count only in its own language (and English)."""
UNITS = {w: v for table in UNITS_BY_LANGUAGE.values() for w, v in table.items()}
HUNDREDS = _table({
    100: "hundred cien ciento cent cents hundert cem cento", 200: "doscientos doscientas duzentos duzentas",
    300: "trescientos trescientas trezentos trezentas", 400: "cuatrocientos quatrocentos",
    500: "quinientos quinientas quinhentos quinhentas", 600: "seiscientos seiscentos",
    700: "setecientos setecentos", 800: "ochocientos oitocentos", 900: "novecientos novecentos",
})
_HUNDRED_WORDS = {"en": {"hundred"}, "es": {"cien", "ciento"}, "fr": {"cent", "cents"}, "de": {"hundert"},
                  "pt": {"cem", "cento"}, "it": {"cento"}}
SCALES = _table({
    10**3: "thousand thousands mil mille mila tausend tsd k",
    10**5: "lakh lakhs lac lacs",
    10**6: "million millions millon millones milhao milhoes milione milioni millionen mio mln mm mn m",
    10**7: "crore crores",
    10**9: "billion billions milliard milliards milliarde milliarden miliardo miliardi bilhao bilhoes mrd bn b bi",
    10**12: "trillion trillions trilhao trilhoes tri",
})
CJK_SCALES = {"千": 10**3, "万": 10**4, "萬": 10**4, "十万": 10**5, "百万": 10**6, "千万": 10**7, "億": 10**8, "亿": 10**8,
              "천": 10**3, "만": 10**4, "억": 10**8}
"""Chinese and Japanese magnitudes after digits, as a request from Tokyo or Shanghai writes them: "100万" is 1,000,000
(a ten-thousand is its own unit there, so 万 never reads as a thousand)."""
SCALES.update(CJK_SCALES)
LONG_SCALE_BILLION = {"fr", "es", "de", "it"}
"""Where "billion"/"billón"/"Billion" means 10^12 (the long scale); English and Portuguese use 10^9."""
HALVES = {"half", "medio", "media", "demi", "demie", "mezzo", "mezza", "meio", "meia", "halb", "halbe", "halben"}
QUARTERS = {"quarter", "quarters", "cuarto", "cuartos", "quart", "quarts", "viertel", "quarto", "quartos", "quarti"}
CONNECTORS = {"and", "y", "et", "e", "und"}
ARTICLES = {"a", "an", "un", "une", "um", "uma", "ein", "eine", "einen", "einem", "einer", "eines", "uno", "una"}
OFS = {"of", "de", "d", "di", "du", "von"}

_MAGNITUDE_SUFFIX = (r"(?:mila|mille|tausend|thousand|millions?|millones|milioni|millionen|milhoes|milhões|Tsd|tsd|Mio|Mrd|"
                     r"mil|mln|Mln|MLN|"  # "7mil supply", "3mln"
                     r"\s(?=[MKB]\b)[MKB]|"  # "400mila", "2millions", "1,5 M con 2 decimales"
                     r"k|K|M|MM|mm|Mn|mn|B|bn|Bn|十万|百万|千万|[千万萬億亿천만억]|"
                     # "1m total", "2b supply": lower case only before a word of what a token counts, not "a 9m boat"
                     r"[mb](?=\s*(?:total|supply|tokens?|coins?|points?|units?|shares?|of (?:them|tokens?|coins?)|"
                     r"minted|pre-?minted|initial|max|cap|in circulation|suply|tokns?|[,;.)]|$)))")
_LAKH_GROUPING = r"\d{1,2}(?:,\d{2})+,\d{3}"
"""Indian grouping: "10,00,000" is ten lakh (1,000,000), "1,00,00,000" a crore."""
NUMBER_LITERAL = (
    r"\d+(?:[.,]\d+)?[eE][+-]?\d{1,2}(?![\w]|\.\d)"                    # 1e6, 2.5e9 (a sentence may end after it)
    r"|\d+\s*(?:\^|\*\*)\s*\d{1,2}(?!\d)"                              # 10^6, 10**6
    rf"|{_LAKH_GROUPING}(?![\d,])"                                      # 10,00,000: Indian lakh grouping
    r"|\d{1,3}(?:(?:[,.'’_]|[ \u00a0\u202f](?=\d{3}(?!\d)))\d{3})+(?:[.,]\d+)?(?!\d)"  # 1,000,000 1 000 000
    r"|\d+/\d+(?!\d)"                                                  # 1/4 (a fraction only before a magnitude)
    r"|\d+(?:[.,]\d+)?"
)


@dataclass(frozen=True)
class Amount:
    value: Decimal
    start: int
    end: int
    text: str
    words: bool = False
    """True when the amount is written (partly) in words: "two million", "cinco millones"."""


def parse_number_literal(text: str, *, decimal_comma: bool = False) -> Decimal:
    """'1,000,000' '1.000.000' '2.5' '2,5' '1 000 000' '10_000' '1e6' '10^6' '1/4' -> Decimal."""
    s = re.sub(r"[\s'’_\u00a0\u202f]", "", text)
    if re.fullmatch(_LAKH_GROUPING, s):
        return Decimal(s.replace(",", ""))  # "10,00,000" is ten lakh
    power = re.fullmatch(r"(\d+)(?:\^|\*\*)(\d+)", s)
    if power:
        return Decimal(int(power.group(1)) ** int(power.group(2)))
    fraction = re.fullmatch(r"(\d+)/(\d+)", s)
    if fraction:
        if int(fraction.group(2)) == 0:
            raise ValueError(f"not a number: {text!r}")
        return Decimal(fraction.group(1)) / Decimal(fraction.group(2))
    if re.search(r"[eE]", s):
        s = s.replace(",", ".")
        try:
            return Decimal(s)
        except InvalidOperation as exc:
            raise ValueError(f"not a number: {text!r}") from exc
    commas, dots = s.count(","), s.count(".")
    if commas and dots:
        # whichever comes last is the decimal mark
        s = s.replace(".", "").replace(",", ".") if s.rfind(",") > s.rfind(".") else s.replace(",", "")
    elif commas > 1 or dots > 1:
        s = s.replace(",", "").replace(".", "")
    elif commas == 1:
        head, tail = s.split(",")
        s = head + tail if len(tail) == 3 and not decimal_comma and head not in ("0", "") else f"{head}.{tail}"
    elif dots == 1:
        head, tail = s.split(".")
        if len(tail) == 3 and head not in ("0", "") and (decimal_comma or tail == "000"):
            s = head + tail  # "1.000" is a thousand wherever it is written: nobody writes one as 1.000
    try:
        return Decimal(s)
    except InvalidOperation as exc:
        raise ValueError(f"not a number: {text!r}") from exc


@lru_cache(maxsize=4096)
def word_value(word: str, language: str | None = "en") -> tuple[str, int] | None:
    """('unit'|'hundreds'|'hundred'|'scale', value) for a number word of the language (or English),
    including German and Italian compounds ("zweitausend", "fünfundzwanzig", "duemila", "cinquecento");
    None otherwise."""
    w = fold(word)
    units = UNITS if language is None else {**UNITS_BY_LANGUAGE["en"], **UNITS_BY_LANGUAGE.get(language, {})}
    if w in units:
        return "unit", units[w]
    hundred_words = {h for words in _HUNDRED_WORDS.values() for h in words} if language is None else \
        _HUNDRED_WORDS["en"] | _HUNDRED_WORDS.get(language, set())
    if w in HUNDREDS and (HUNDREDS[w] != 100 or w in hundred_words):
        if HUNDREDS[w] != 100 and language not in ("es", "pt", None):
            return None
        return ("hundred", 100) if HUNDREDS[w] == 100 else ("hundreds", HUNDREDS[w])
    if w in SCALES and len(w) > 2:
        return "scale", SCALES[w]
    value = _compound(w) if language in ("de", "it", None) else None
    return ("unit", value) if value is not None and value >= 20 else None


_MORPHEMES = sorted({**{k: ("unit", v) for k, v in UNITS.items() if len(k) > 2},
                     **{k: ("hundred", 100) for k in ("hundert", "cento", "cent")},
                     **{k: ("scale", 1000) for k in ("tausend", "mila", "mille")},
                     "und": ("and", 0)}.items(), key=lambda kv: -len(kv[0]))


def _compound(word: str) -> int | None:
    """A German or Italian number written as one word, read by morphemes (the first full reading, longest
    morphemes first: "trecentomila" is tre-cento-mila, not trece-...); None if it is not one."""
    if len(word) < 6:
        return None
    parts = _morphemes(word)
    if parts is None or len(parts) < 2:
        return None
    total, current, german_units = 0, 0, 0
    for kind, value in parts:
        if kind == "unit":
            if german_units and value >= 20:  # "fünfundzwanzig": units before tens
                current += value + german_units
                german_units = 0
            else:
                current += value
        elif kind == "and":
            german_units, current = current % 10, current - current % 10
        elif kind == "hundred":
            current = max(current, 1) * 100
        else:
            total += max(current, 1) * value
            current = 0
    return total + current + german_units


def _morphemes(rest: str) -> list[tuple[str, int]] | None:
    if not rest:
        return []
    for morpheme, (kind, value) in _MORPHEMES:
        if rest.startswith(morpheme):
            tail = _morphemes(rest[len(morpheme):])
            if tail is not None:
                return [(kind, value), *tail]
    return None


def _scale_value(word: str, language: str | None) -> int:
    value = SCALES[fold(word)]
    if fold(word) in ("billion", "billions") and language in LONG_SCALE_BILLION:
        return 10**12
    if fold(word) == "mil" and language == "en":
        return 10**6  # "5 mil supply": English slang for a million (in Spanish and Portuguese "mil" is a thousand)
    return value


@dataclass
class _Piece:
    kind: str  # num fraction unit hundred hundreds scale half quarter and art of
    value: Decimal
    start: int
    end: int


_TOKEN_RE = re.compile(
    rf"(?P<lit>(?<![\w.])(?:{NUMBER_LITERAL}))(?P<suffix>{_MAGNITUDE_SUFFIX}\.?)?(?![^\W_])"
    r"|(?P<word>[^\W\d_]+)|(?P<soft>[-'’])|(?P<hard>\S)"
)


def _pieces(text: str, language: str | None, decimal_comma: bool) -> list[_Piece | None]:
    """The text as number pieces in order; None marks anything that ends a run of number words."""
    out: list[_Piece | None] = []
    unread_word: re.Match[str] | None = None
    for m in _TOKEN_RE.finditer(text):
        if m.group("lit") is not None:
            out.extend(_literal_pieces(m, decimal_comma, language))
            if (m.group("suffix") or "").endswith(".") and re.match(r"\s", text[m.end():]):
                out.append(None)  # "1M. Sei decimali": the dot ended a sentence, not only the abbreviation
        elif m.group("word") is not None:
            piece = _word_piece(m.group("word"), m.start(), m.end(), language)
            if piece is not None and piece.kind == "scale" and unread_word is not None and out and out[-1] is None:
                # "zwölf Millionen" in a request read as English: a number word of another language right before a
                # magnitude is still that number (alone, "due" or "once" stay English words)
                other = word_value(unread_word.group("word"), None)
                if other is not None and other[0] == "unit" and len(unread_word.group("word")) >= 3:
                    out[-1] = _Piece("unit", Decimal(other[1]), unread_word.start(), unread_word.end())
            out.append(piece)
            unread_word = m if piece is None else None
        elif m.group("hard") is not None:
            out.append(None)
            unread_word = None
    return _join_decimals(_join_tens(out, text))


DECIMAL_POINT_WORDS = {"point", "komma", "virgule", "coma", "virgula", "virgola"}
"""The decimal mark said aloud: "one point five", "eins komma fünf", "un virgule cinq", "uno coma cinco",
"um vírgula cinco", "uno virgola cinque"."""


def _join_decimals(pieces: list[_Piece | None]) -> list[_Piece | None]:
    """A whole number, the decimal mark said aloud, then its decimals digit by digit ("two point two
    five") or as one number ("eins komma fünfundzwanzig") make one number: 2.25, 1.25. A decimal mark
    with no number on both sides ends the run."""
    out: list[_Piece | None] = []
    i = 0
    while i < len(pieces):
        p = pieces[i]
        prev = out[-1] if out else None
        if p is not None and p.kind == "point" and prev is not None and prev.kind in ("unit", "num", "hundreds", "art") \
                and prev.value == int(prev.value):
            digits: list[_Piece] = []
            j = i + 1
            while j < len(pieces) and pieces[j] is not None and pieces[j].kind == "unit" and pieces[j].value < 10:
                digits.append(pieces[j])
                j += 1
            if not digits and j < len(pieces) and pieces[j] is not None and pieces[j].kind == "unit":
                digits = [pieces[j]]
                j += 1
            if digits:
                fraction = "".join(str(int(d.value)) for d in digits)
                out[-1] = _Piece("num", prev.value + Decimal("0." + fraction), prev.start, digits[-1].end)
                i = j
                continue
        out.append(None if p is not None and p.kind == "point" else p)
        i += 1
    return out


def _join_tens(pieces: list[_Piece | None], text: str) -> list[_Piece | None]:
    """Tens and units written apart make one number: "twenty-five", "vingt et un", "treinta y cinco",
    "vinte e cinco", "soixante-dix-sept", and the French "quatre-vingt(s)" (4 x 20)."""
    out: list[_Piece | None] = []
    for p in pieces:
        prev = out[-1] if out else None
        if p is not None and p.kind == "art" and prev is not None and prev.kind == "and" and len(out) > 1 \
                and out[-2] is not None and out[-2].kind == "unit" and _tens_take(out[-2].value, Decimal(1)):
            p = _Piece("unit", Decimal(1), p.start, p.end)  # "vingt et un", "trenta e uno"
        if p is not None and p.kind == "unit" and prev is not None:
            before = out[-2] if len(out) > 1 else None
            if prev.kind == "and" and before is not None and before.kind == "unit" and _tens_take(before.value, p.value):
                out[-2:] = [_Piece("unit", before.value + p.value, before.start, p.end)]  # "treinta y cinco"
                continue
            if prev.kind == "unit" and text[prev.end:p.start] == "-":
                if prev.value == 4 and p.value == 20:
                    out[-1] = _Piece("unit", Decimal(80), prev.start, p.end)  # "quatre-vingt"
                    continue
                if _tens_take(prev.value, p.value) or prev.value in (60, 80) and 10 <= p.value < 20:
                    out[-1] = _Piece("unit", prev.value + p.value, prev.start, p.end)
                    continue
        out.append(p)
    return out


def _tens_take(tens: Decimal, unit: Decimal) -> bool:
    return 20 <= tens < 100 and tens % 10 == 0 and 0 < unit < 10 or tens in (60,) and unit == 11


_WHOLE_THINGS = r"pieces|piece|stuck|stucke|pieza|piezas|pezzi|pezzo|pecas|peca|units|unidades|unites|einheiten|unita|" \
                r"items|copies|members|people|persons|personen|personas|personnes|persone|pessoas"
"""Things counted whole: a dot before three digits in their count parts thousands ("77.777 pieces")."""


def _literal_pieces(m: re.Match[str], decimal_comma: bool, language: str | None = "en") -> list[_Piece | None]:
    literal = m.group("lit")
    following = re.match(r"\s*([^\W\d_]+)", m.string[m.end("lit"):])
    if not decimal_comma and re.fullmatch(r"\d{1,3},\d{1,2}", literal) and (
            m.group("suffix") or following and fold(following.group(1)) in SCALES):
        decimal_comma = True  # "0,75 million", "1,5M" in an English request: a comma before one or two digits groups nothing
    if decimal_comma and re.fullmatch(r"[1-9]\d{0,2},\d{3}", literal) and not m.group("suffix") and \
            not _decimal_after(m.string[m.end():]):
        decimal_comma = False  # "max supply de 1,000": a comma before exactly three digits groups thousands
    if not decimal_comma and re.fullmatch(r"[1-9]\d{0,2}\.\d{3}", literal) and not m.group("suffix") and following and \
            re.fullmatch(_WHOLE_THINGS, fold(following.group(1))):
        decimal_comma = True  # "in total 77.777 pieces": nobody has a fraction of a piece, so the dot groups thousands
    try:
        value = parse_number_literal(literal, decimal_comma=decimal_comma)
    except ValueError:
        return [None]
    kind = "fraction" if "/" in literal else "num"
    pieces: list[_Piece | None] = [None, _Piece(kind, value, m.start("lit"), m.end("lit"))]
    suffix = (m.group("suffix") or "").rstrip(".")
    if suffix:
        scale = _scale_value(suffix.strip(), language) if fold(suffix.strip()) in SCALES else \
            SCALES.get(suffix.strip().lower())
        pieces.append(_Piece("scale", Decimal(scale), m.start("suffix"), m.start("suffix") + len(suffix)))
    return pieces


def _decimal_after(rest: str) -> bool:
    """Whether what follows a number makes it a decimal one: ether ("2,500 ETH" in French is 2.5 ether), a
    percentage or a magnitude ("1,250 Mio." is 1.25 million)."""
    follow = re.match(r"\s*([^\W\d_]+|%)", rest)
    if follow is None:
        return False
    word = fold(follow.group(1))
    return word in ("eth", "ether", "gwei", "%", "mio", "mrd", "mln", "percent", "prozent", "pourcent") or \
        word in SCALES or word.startswith(("porcient", "porcent", "percent"))


_ENGLISH_FALSE_FRIENDS = {"fr": {"four"}, "es": {"ten"}}
"""English number words that are common words of the request's own language."""


def _word_piece(word: str, start: int, end: int, language: str | None) -> _Piece | None:
    w = fold(word)
    if w in CONNECTORS:
        return _Piece("and", Decimal(0), start, end)
    if w in DECIMAL_POINT_WORDS:
        return _Piece("point", Decimal(0), start, end)
    if w in ARTICLES:
        return _Piece("art", Decimal(1), start, end)
    if w in OFS:
        return _Piece("of", Decimal(0), start, end)
    if w in HALVES:
        return _Piece("half", Decimal("0.5"), start, end)
    if w in QUARTERS:
        return _Piece("quarter", Decimal("0.25"), start, end)
    if w == "anderthalb":
        return _Piece("num", Decimal("1.5"), start, end)
    compound = _german_fraction(w)
    if compound is not None:
        return _Piece("num", compound, start, end)
    if len(w) > 2 and w in SCALES or w in ("mio", "mrd", "mln", "bi"):
        return _Piece("scale", Decimal(_scale_value(word, language)), start, end)
    if w in _ENGLISH_FALSE_FRIENDS.get(language or "", ()):
        return None  # "un four d'occasion" is an oven, "ten en cuenta" is "keep in mind"
    found = word_value(word, language) if len(w) > 2 else None
    if found is None:
        scale = _misspelt_scale(w)
        return _Piece("scale", Decimal(scale), start, end) if scale else None
    kind, value = found
    return _Piece(kind, Decimal(value), start, end)


_GERMAN_UNITS = {"ein": 1, "eine": 1, "zwei": 2, "drei": 3, "vier": 4, "funf": 5, "sechs": 6, "sieben": 7, "acht": 8,
                 "neun": 9}
_GERMAN_FRACTION = re.compile(r"(ein|eine|zwei|drei|vier|funf|sechs|sieben|acht|neun)?(viertel|halb|halbe|einhalb)"
                              r"(million|millionen|milliarde|milliarden|tausend)?")


def _german_fraction(word: str) -> Decimal | None:
    """German writes a fraction of a magnitude as one word: "Dreiviertelmillion" (750,000), "Viertelmillion",
    "Halbmillion", "zweieinhalb" (2.5, before "Millionen"), "dreiviertel" (0.75)."""
    m = _GERMAN_FRACTION.fullmatch(word)
    if m is None or (m.group(1) is None and m.group(3) is None) or word in ("halbe", "viertel", "halb"):
        return None
    count = Decimal(_GERMAN_UNITS.get(m.group(1) or "ein", 1))
    part = m.group(2)
    if part == "einhalb":
        value = (count if m.group(1) else Decimal(0)) + Decimal("0.5")
    else:
        value = count * (Decimal("0.25") if part == "viertel" else Decimal("0.5"))
    scale = m.group(3) or ""
    return value * (10**9 if scale.startswith("milliard") else 10**6 if scale.startswith("million") else
                    1000 if scale == "tausend" else 1)


@lru_cache(maxsize=4096)
def _misspelt_scale(word: str) -> int | None:
    """"milion", "bilion", "thousnd": a word one edit from a magnitude word (six letters or more, so that
    no other word is taken for one) is that magnitude."""
    from agents.generation.lexicon import edit_distance

    if len(word) < 6 or not word.isalpha():
        return None
    values = {SCALES[s] for s in SCALES if len(s) >= 6 and edit_distance(word, s, 1) <= 1}
    return values.pop() if len(values) == 1 else None


_VALUE_KINDS = {"num", "fraction", "unit", "hundred", "hundreds", "scale", "half", "quarter"}
_COUNTS = {"num", "fraction", "unit", "hundreds"}


def _groups(run: list[_Piece]) -> list[list[_Piece]]:
    """Split a run of number pieces into amounts: "2 of 3" and "5 and 3" are two, "two hundred and fifty",
    "one and a half million" and "a quarter of a million" are one."""
    groups: list[list[_Piece]] = [[]]
    for i, p in enumerate(run):
        group = groups[-1]
        values = [q for q in group if q.kind in _VALUE_KINDS]
        last = values[-1] if values else None
        nxt = next((q for q in run[i + 1:] if q.kind != "art"), None)
        if p.kind in ("and", "of"):
            joins_fraction = nxt is not None and nxt.kind in ("half", "quarter")
            joins_scale = p.kind == "of" and last is not None and last.kind in ("half", "quarter", "fraction") \
                and nxt is not None and nxt.kind == "scale"
            joins_units = p.kind == "and" and last is not None and last.kind in ("scale", "hundred", "hundreds") \
                and nxt is not None and nxt.kind in ("unit", "hundreds", "num") and nxt.value != 0  # "... and zero decimals"
            if joins_fraction or joins_scale or joins_units:
                group.append(p)
            else:
                groups.append([])
            continue
        starts_new = last is not None and p.kind in _COUNTS and (
            last.kind in ("num", "fraction") or p.kind in ("num", "fraction")
            or last.kind in ("unit", "hundreds") and not (last.value >= 20 and last.value % 10 == 0 and p.value < 10
                                                          or last.kind == "hundreds" and p.value < 100))
        if starts_new:
            groups.append([p])
        else:
            group.append(p)
    return [g for g in groups if g]


def _evaluate(group: list[_Piece]) -> Decimal | None:
    """The value of one amount's pieces: "two hundred thousand", "half a million", "5 millones y medio"."""
    total, current, pending, last_scale, last_added = Decimal(0), Decimal(0), Decimal(0), Decimal(0), Decimal(0)
    for i, p in enumerate(group):
        previous = [q.kind for q in group[:i] if q.kind != "art"]
        if p.kind in ("num", "unit", "hundreds"):
            current += p.value
        elif p.kind == "fraction":
            pending = p.value
        elif p.kind == "art":
            if current == 0 and i + 1 < len(group) and group[i + 1].kind in ("scale", "hundred"):
                current = Decimal(1)
        elif p.kind == "hundred":
            current = (current or Decimal(1)) * 100
        elif p.kind == "scale" and previous and previous[-1] == "scale" and not current and p.value > last_scale:
            # "mil millones", "a thousand million", "cinq mille milliards": a magnitude of a magnitude
            total += last_added * (p.value - 1)
            last_added, last_scale = last_added * p.value, p.value
        elif p.kind == "scale":
            # "0.5M" is half a million: only no number at all before the magnitude ("a million") counts as one
            last_added = (pending * (current or Decimal(1))) * p.value if pending else (current or Decimal(1)) * p.value
            total += last_added
            current, pending, last_scale = Decimal(0), Decimal(0), p.value
        elif p.kind in ("half", "quarter"):
            after_and = bool(previous) and previous[-1] == "and"
            if after_and and last_scale and not current:
                total += p.value * last_scale  # "a million and a half", "cinco millones y medio"
            elif after_and and current:
                current += p.value  # "one and a half (million)"
            else:
                pending = p.value * (current if p.kind == "quarter" and 1 < current < 4 else 1)
                if p.kind == "quarter":
                    current = Decimal(0)
    if pending:
        return None  # "half", "1/4" with no magnitude after it: not an amount
    if not any(p.kind in _VALUE_KINDS for p in group):
        return None
    return total + current


def find_amounts(text: str, *, decimal_comma: bool = False, language: str | None = "en") -> list[Amount]:
    """Every amount in the text, in digits, words or both, in the order they appear. Number words are read
    in the text's language and English (every language when it is None)."""
    found: list[Amount] = []
    run: list[_Piece] = []
    for piece in [*_without_percent_signs(text, _pieces(text, language, decimal_comma)), None]:
        if piece is not None:
            run.append(piece)
            continue
        for group in _groups(run):
            while group and group[-1].kind in ("and", "art", "of"):
                group.pop()
            while group and group[0].kind in ("and", "of", "art") and not (
                    group[0].kind == "art" and len(group) > 1 and group[1].kind in ("scale", "hundred", "half", "quarter")):
                group.pop(0)
            value = _evaluate(group) if group else None
            if value is None:
                continue
            if all(p.kind in ("unit", "art") for p in group) and value <= 1:
                continue  # "one", "a": an article far more often than an amount
            if len(group) == 1 and group[0].kind == "scale" and fold(text[group[0].start:group[0].end]) in _BARE_ABBREVIATIONS:
                continue  # "il mio token": Italian "my", not "Mio." with no number before it
            words = any(p.kind in ("unit", "hundred", "hundreds", "half", "quarter", "art") for p in group) or any(
                p.kind == "scale" and len(text[p.start:p.end]) > 3 for p in group)
            start, end = group[0].start, group[-1].end
            if _thanks_idiom(text, start, end):
                continue
            found.append(Amount(value, start, end, text[start:end], words))
        run = []
    return found


def _without_percent_signs(text: str, pieces: list[_Piece | None]) -> list[_Piece | None]:
    """"settantacinque per cento", "trente-cinq pour cent": the hundred after "per" is the percent sign, no
    number, and it ends the number before it (None ends a run)."""
    out: list[_Piece | None] = []
    last: _Piece | None = None
    for piece in pieces:
        if piece is not None and piece.kind == "hundred" and last is not None and \
                re.fullmatch(r"\s*(?:per|por|pour)\s+", text[last.end:piece.start], re.IGNORECASE):
            out.append(None)
            continue
        out.append(piece)
        last = piece if piece is not None else last
    return out


_BARE_ABBREVIATIONS = {"mio", "mrd", "mln", "bi", "mm", "mn", "tri", "lac", "lacs"}
"""Magnitude abbreviations that are common words alone ("il mio token", "mm", "bi-weekly"): a magnitude only
after a number."""
_THANKS = r"grazie|thanks|thank you|merci|gracias|danke|obrigad[oa]|dank"


def _thanks_idiom(text: str, start: int, end: int) -> bool:
    """"Grazie mille", "thanks a million", "mille mercis": a magnitude word in thanks counts nothing."""
    words = fold(text[start:end])
    if not re.fullmatch(r"(a |an |un )?[^\W\d_]+", words):
        return False
    before, after = fold(windows.before(text, start, 12)), fold(windows.after(text, end, 10))
    return bool(re.search(rf"(?<![\w])({_THANKS})\W*$", before) or re.match(rf"\W*({_THANKS}|mercis)(?![\w])", after))


DURATION_UNITS: dict[str, int] = {}
for _seconds, _names in [
    (1, "second seconds sec secs s segundo segundos seconde secondes sekunde sekunden secondo secondi"),
    (60, "minute minutes min mins minuto minutos minuten minuti"),
    (3600, "hour hours hr hrs h hora horas heure heures stunde stunden ora ore"),
    (86400, "day days d día días dia dias jour jours journée journées journee journees tag tage tagen giorno giorni "
            "giornata giornate"),
    (604800, "week weeks wk wks w semana semanas semaine semaines woche wochen settimana settimane"),
    (1209600, "fortnight fortnights"),
    (2592000, "month months mo mos mes meses mois monat monate monaten monats mese mesi"),
    (31536000, "year years yr yrs y año años ano anos an ans année années annee annees jahr jahre jahren jahres "
               "anno anni"),
]:
    for _name in _names.split():
        DURATION_UNITS[_name] = _seconds
_FOLDED_UNITS = {fold(k): v for k, v in DURATION_UNITS.items()}

_FULL = r"(?:full|whole|entire|complete|calendar|ganze[nrs]?|volle[nrs]?|entiere?s?|complet[oae]s?|inter[oaie]|enteros?|enteras?|inteiros?|inteiras?)"
"""An adjective between a count and its unit that changes nothing: "one full week", "2 whole days", "zwei volle Wochen"."""
_DUR_UNIT_RE = "|".join(sorted(map(re.escape, DURATION_UNITS), key=len, reverse=True))
DURATION_RE = re.compile(
    rf"(?<![\w.])(?:(?P<n>\d{{1,3}}(?:[ \u00a0\u202f'’]\d{{3}})+(?![\d.,])|\d+(?:[.,]\d+)?)[\s-]*(?:{_FULL}\s+)?|"
    rf"(?P<w>[^\W\d_]+(?:[\s-]+[^\W\d_]+)?)[\s-]+)"
    rf"(?P<unit>{_DUR_UNIT_RE})(?![^\W\d_])",
    re.IGNORECASE,
)
_SHORT_UNITS = {"s", "h", "d", "w", "y", "mo", "mos", "wk", "wks", "hr", "hrs", "yr", "yrs", "sec", "secs", "min",
                "mins", "an", "ans", "ora", "ore"}
_WORD_UNITS = {"an": "fr", "ans": "fr", "ora": "it", "ore": "it"}
"""Short units that are whole words in their language: "deux ans", "tre ore" (in English "an" is an article)."""
WORD_DURATION_RE = re.compile(
    rf"(?<![\w.])(?P<w>[^\W\d_]+(?:[\s-]+[^\W\d_]+)?)[\s-]+(?P<unit>"
    + "|".join(sorted((re.escape(u) for u in DURATION_UNITS if u not in _SHORT_UNITS or u in _WORD_UNITS),
                      key=len, reverse=True))
    + r")(?![^\W\d_])",
    re.IGNORECASE,
)
"""A duration counted in words, whose unit is never a one-letter abbreviation ("dos días y medio" is not
"dos días y" years)."""
_WORD_DURATION_AT = re.compile(f"(?={WORD_DURATION_RE.pattern})", re.IGNORECASE)
"""The same, tried at every position: a failed reading never hides the one that starts a word later."""
_AND_A_HALF = re.compile(r"^[\s-]+(?:and a half|and one half|and half|et demie?|y medio|y media|e mezzo|e mezza|e meio|e meia|"
                         r"und ein ?halb|und eine halbe)(?![^\W\d_])", re.IGNORECASE)
_N_AND_A = re.compile(r"(?<![\w.])(?P<n>\d+|[^\W\d_]+)\s+(?:and|y|et|und|e)\s+(?:(?:a|an|one|un|una|ein)\s+)?$",
                      re.IGNORECASE)


@dataclass(frozen=True)
class Duration:
    seconds: int
    start: int
    end: int
    text: str


_FIRST = {"first", "primer", "primera", "premier", "premiere", "ersten", "erste", "erstes", "primeiro", "primeira", "primo",
          "prima"}


def _count(words: str, language: str | None) -> tuple[Decimal, int] | None:
    """The count before a duration unit, written in words ("two", "dos", "a", "quinze"), and how many
    characters of `words` it takes from the right."""
    full = re.search(rf"(?<=\S)[\s-]+{_FULL}$", words, re.IGNORECASE)
    if full:  # "one full week": the count before the adjective
        counted = _count(words[:full.start()], language)
        return None if counted is None else (counted[0], counted[1] + len(words) - full.start())
    parts = list(re.finditer(r"[^\W\d_]+", words))
    for take in (2, 1):
        if len(parts) < take:
            continue
        chunk = words[parts[-take].start():]
        w = fold(chunk).replace("-", " ")
        if chunk.lower() == "à" or take == 1 and w == "a" and re.search(r"(?i)(?<![\w])(?:mis|mise|mises|remis|remise|mettre|"
                                                                          r"met|mets|tenir|tenu|tenue)\s+$", words[:parts[-1].start()]):
            return None  # "mis à jour": the French "up to date", no day
        if w in ARTICLES or take == 1 and w in ("one", "uno", "une", "eins", "um"):
            return Decimal(1), len(chunk)  # "a year", "one year", "un anno"
        if take == 1 and w in _FIRST:
            return Decimal(1), 0  # "nothing for the first year": one year, and "the first" stays the role's words
        if w in HALVES:
            return Decimal("0.5"), len(chunk)
        if take == 1 and w.endswith("einhalb") and word_value(w[:-7], "de"):
            return Decimal(word_value(w[:-7], "de")[1]) + Decimal("0.5"), len(chunk)  # "zweieinhalb Tage"
        amounts = find_amounts(chunk, language=language)
        if len(amounts) == 1 and amounts[0].start == 0 and amounts[0].end == len(chunk) and amounts[0].value > 0:
            return amounts[0].value, len(chunk)
    return None


_SWAPPED_UNITS = {name[:i] + name[i + 1] + name[i] + name[i + 2:]: name
                  for name in _FOLDED_UNITS if len(name) >= 5 and name.isalpha()
                  for i in range(len(name) - 1) if name[i] != name[i + 1]}
_SWAPPED_UNITS = {typo: name for typo, name in _SWAPPED_UNITS.items()
                  if typo not in _FOLDED_UNITS and typo not in ("minuet", "minuets", "messe")}


def _unswapped_units(text: str) -> str:
    """"over two yeras", "six mnoths": a unit with two neighbouring letters swapped (the commonest slip of the
    keyboard) read as the unit; the text keeps its length, so every position still points into the request."""
    return re.sub(r"[^\W\d_]{4,}", lambda m: _SWAPPED_UNITS.get(m.group(0).lower(), m.group(0)), text)


def find_durations(text: str, language: str | None = None) -> list[Duration]:
    """'4 years', '1-year cliff', 'over 36 months', '6 semaines', 'dos años', 'a week', '48h', 'deux jours
    et demi', 'two and a half days', 'zweieinhalb Tage'. Counts in words are read in the request's language
    and English (every language when it is None)."""
    text = _unswapped_units(text)
    out: list[Duration] = []
    # (word durations overlapping: "voting opens an hour after" is not "voting opens" French years, but "an hour")
    matches = [m for m in DURATION_RE.finditer(text) if m.group("n")] + list(_WORD_DURATION_AT.finditer(text))
    for m in sorted(matches, key=lambda m: m.start()):
        unit = fold(m.group("unit"))
        seconds = _FOLDED_UNITS.get(unit)
        if seconds is None or any(d.start <= m.start() < d.end for d in out):
            continue
        start, end = m.start(), m.end("unit")
        if "n" in m.groupdict() and m.group("n"):
            if unit in ("m", "b"):
                continue
            if unit == "s" and re.fullmatch(r"(1[0-9]|20|21)\d0", m.group("n")):
                continue  # "a window from the 1870s": a decade, not 1,870 seconds
            if unit in ("an", "ans") and re.match(r"\s+(hour|day|week|month|year|minute|evening|night|session|lesson)",
                                                 text[m.end("unit"):]):
                continue  # "lessons are £35 an hour": the English article, not the French year
            if unit == "y" and language in ("es", None) and text[m.end("n"):m.start("unit")].strip() == "" and \
                    text[m.end("n"):m.start("unit")] and re.match(r"\s+[^\W\d_]", text[m.end("unit"):]):
                continue  # "desde 2009 y queremos": the Spanish "and", not "2009y"
            if unit in _WORD_UNITS and language not in (None, _WORD_UNITS[unit]) and \
                    re.search(r"\d[.,]\d{3}(?![\d])", m.group("n")):
                continue  # "höchstens 500.000 an Einlagen": the German "an" after a grouped amount, no French years
            grouped = re.search(r"\d[ \u00a0\u202f'’]\d", m.group("n"))
            if grouped and unit in _SHORT_UNITS:
                continue  # "1 000 000 d'unités", "1 250 000 an die Kooperative": an amount, then a word
            count = Decimal(re.sub(r"[ \u00a0\u202f'’]", "", m.group("n")).replace(",", "."))  # "10 080 minutes"
        else:
            n = m.group("w")
            if unit in _WORD_UNITS and language not in (None, _WORD_UNITS[unit]):
                continue
            found = _count(n, language)
            if found is None:
                continue
            count, taken = found
            start = m.start("w") + len(n) - taken
            if count == 1 and re.search(rf"(?<![\w])(?:{'|'.join(HALVES)})\s+$", fold(windows.before(text, start, 8))):
                count, start = Decimal("0.5"), text.rfind(" ", 0, start - 1) + 1  # "half a year"
            if count == Decimal("0.5"):
                # "two and a half days": the whole number before "and a half"
                lead = _N_AND_A.search(text[:start])
                whole = None if lead is None else (Decimal(lead.group("n")), 0) if lead.group("n").isdigit() else \
                    _count(lead.group("n"), language)
                if whole is not None and whole[0] == int(whole[0]):
                    count, start = whole[0] + count, lead.start()
        half = _AND_A_HALF.match(text[end:])
        if half and count == int(count):
            count, end = count + Decimal("0.5"), end + half.end()  # "deux jours et demi", "a day and a half"
        if count <= 0:
            continue
        if seconds == 1 and count == 1 and not (m.groupdict().get("n")) and re.match(
                r"-?\s*(?:hand|handed|place|edition|round|batch|phase|truck|car|machine|one|time|wave|drop|copy|tier|"
                r"vote|signer|owner|address|wallet|mano|main|mao|tranche|function|method|contract|token|account|key|"
                r"admin|minter|role|chance|opinion|look|thought|option|version)\b", fold(windows.after(text, end, 12)).strip() + " "):
            continue  # "a second-hand machine", "the second round": an ordinal, no duration
        if seconds == DURATION_UNITS["year"] and count != int(count) and count * 12 == int(count * 12):
            count, seconds = count * 12, DURATION_UNITS["month"]  # "um ano e meio", "1.5 years": eighteen months
        out.append(Duration(int(count * seconds), start, end, text[start:end]))
    folded = fold(text)
    for m in _NEXT_DAY.finditer(folded) if len(folded) == len(text) else ():  # positions map only when folding kept them
        if not any(d.start <= m.start() < d.end for d in out):
            out.append(Duration(DURATION_UNITS["day"], m.start(), m.end(), text[m.start():m.end()]))
    for m in _ANNIVERSARY.finditer(folded) if len(folded) == len(text) else ():
        if not any(d.start <= m.start() < d.end for d in out):
            years = _ORDINAL_YEARS[next(k for k in _ORDINAL_YEARS if re.fullmatch(k, m.group(1)))]
            out.append(Duration(years * DURATION_UNITS["year"], m.start(1), m.end(), text[m.start(1):m.end()]))
    return sorted(out, key=lambda d: d.start)


_ORDINAL_YEARS = {r"first|1st|primer|premier|ersten|primeiro|primo": 1, r"second|2nd|segundo|deuxieme|second|zweiten|secondo": 2,
                  r"third|3rd|tercer|troisieme|dritten|terceiro|terzo": 3}
_ANNIVERSARY = re.compile(rf"(?<![\w])(?:the |el |le |du |del |dem |zum |o |do |il |al |au |ao |bis zum |am )?"
                          rf"({'|'.join(_ORDINAL_YEARS)}) (?:anniversary|aniversario|anniversaire|jahrestag|anniversario)"
                          rf"(?![\w])")
"""A year said as an anniversary ("nothing claimable until the first anniversary", "hasta el primer aniversario")."""


_NEXT_DAY = re.compile(r"(?<![\w])(?:the next day|the day after|the following day|le lendemain|des le lendemain|el dia "
                       r"siguiente|al dia siguiente|am nachsten tag|am folgetag|am tag danach|no dia seguinte|o dia seguinte|"
                       r"il giorno dopo|il giorno successivo)(?![\w])")
"""A day said as "the next day" ("un vote ouvert dès le lendemain d'une proposition")."""


def parse_duration(text: str) -> int:
    """'4 years' -> 126144000. Raises ValueError when the text holds no duration."""
    found = find_durations(text, "en")
    if not found:
        raise ValueError(f"no duration in {text!r}")
    return found[0].seconds


_CLOCK_UNIT = (r"(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|h|heures?|minutos?|horas?|minuten|stunden?|std|"
               r"minuti|ore|ora)")
_ASKER_CLOCK = re.compile(
    rf"(?<![\w])(?:(?:only|just|about|like|solo|seulement|nur|noch|so|apenas|só|so)\s+)?\d+(?:[.,]\d+)?\s*-?\s*{_CLOCK_UNIT}"
    r"(?:\s+(?:left|remaining|to go|away|until|till|before|restantes?|restants?|ubrig|übrig|rimast[ie]|restant[ie]))"
    # "12 hours before execution", "48h before the vote": a contract's wait, not the asker's clock
    r"(?!\s+(?:(?:the|they|it|its|a|each|any|every)\s+)?(?:(?:operation|transaction|action|call|change|proposal|payment|"
    r"withdrawal|transfer|upgrade)s?\s+)?(?:execut\w*|vot\w*|(?:being\s+)?(?:queued|executed|released|"
    r"unlocked|enacted|run)|it\s+(?:executes|runs|can))\b"
    # "changes wait 72 hours before they can go through": what waits is the contract's, not the asker's
    r"|\s+(?:they|it|anything|changes?|transactions?|proposals?|actions?|operations?|calls?|upgrades?|funds?|payments?|"
    r"withdrawals?|transfers?)\s+(?:can|could|may|will|are|is|get|gets|go|goes|take|takes|become|becomes|execute|run|"
    r"happen|happens)\b)"
    rf"|(?:demo|deadline|pitch|presentation|submission|judging|class|exam|meeting|call|standup|flight|launch party|"
    rf"apresentacao|apresentação|presentacion|presentación|entrega|soutenance|presentation|präsentation|abgabe|"
    rf"consegna|presentazione)\s+(?:is\s+|es\s+|est\s+|ist\s+|é\s+|e\s+)?(?:in|en|dans|em|tra|fra|within)\s+"
    rf"(?:\w+\s+)?\d+(?:[.,]\d+)?\s*-?\s*{_CLOCK_UNIT}"
    rf"|(?:faltam|faltan|quedan|restan|il reste|plus que|noch|mancano|ci restano|restano|we have|i have|got)\s+"
    rf"(?:(?:only|just|solo|seulement|nur|apenas|só|so|tipo|like|about)\s+)?\d+(?:[.,]\d+)?\s*-?\s*{_CLOCK_UNIT}",
    re.IGNORECASE)
"""The asker's own clock, not the contract's: "40 min left at the hackathon", "demo in 20 min", "plus que 2 h",
"faltam 90 minutos". Minutes and hours only: no contract period is given that way beside such words."""


def asker_clock(text: str) -> list[tuple[int, int]]:
    """Spans of the request that time the asker ("40 min left"), to be set aside like a date."""
    return [m.span() for m in _ASKER_CLOCK.finditer(text)]
