"""Numbers and durations as people write them, in English, Spanish, French, German and Portuguese.

Amounts come back as `Decimal` so that "2.5 million" stays exact; durations as seconds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

MAGNITUDES: dict[str, int] = {
    "k": 10**3, "thousand": 10**3, "thousands": 10**3, "mil": 10**3, "mille": 10**3, "tausend": 10**3,
    "m": 10**6, "mm": 10**6, "mn": 10**6, "million": 10**6, "millions": 10**6, "mio": 10**6,
    "millón": 10**6, "millon": 10**6, "millones": 10**6, "millionen": 10**6, "milhão": 10**6,
    "milhao": 10**6, "milhões": 10**6, "milhoes": 10**6,
    "b": 10**9, "bn": 10**9, "billion": 10**9, "billions": 10**9, "milliard": 10**9, "milliards": 10**9,
    "mrd": 10**9, "milliarde": 10**9, "milliarden": 10**9, "bilhão": 10**9, "bilhões": 10**9,
    "mil millones": 10**9,
}

_WORD_UNITS = {
    "zero": 0, "one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90,
    # es / pt / fr / de small numbers (durations and "N of M" read well with these)
    "uno": 1, "una": 1, "un": 1, "une": 1, "um": 1, "uma": 1, "ein": 1, "eine": 1, "einen": 1, "einem": 1,
    "dos": 2, "dois": 2, "duas": 2, "deux": 2, "zwei": 2, "tres": 3, "três": 3, "trois": 3, "drei": 3,
    "cuatro": 4, "quatro": 4, "quatre": 4, "vier": 4, "cinco": 5, "cinq": 5, "fünf": 5, "seis": 6,
    "six_": 6, "sechs": 6, "diez": 10, "dez": 10, "dix": 10, "zehn": 10, "doce": 12, "douze": 12,
    "zwölf": 12,
}
_WORD_SCALES = {"hundred": 100, "thousand": 10**3, "million": 10**6, "billion": 10**9,
                "cien": 100, "cent": 100, "hundert": 100, "cem": 100}

_MAG_WORDS = sorted((k for k in MAGNITUDES if " " not in k), key=len, reverse=True)
_NUM = r"\d+(?:\.\d+)?[eE]\d{1,2}(?![\w.])|\d{1,3}(?:[,.'’\u00a0\u202f ]\d{3})+(?:[.,]\d+)?(?!\d)|\d+(?:[.,]\d+)?"
AMOUNT_RE = re.compile(
    rf"(?<![\w.])(?P<num>{_NUM})\s*(?P<mag>(?:{'|'.join(map(re.escape, _MAG_WORDS))})\.?)?(?![^\W\d_])",
    re.IGNORECASE,
)
_ENGLISH_UNITS = [k for k in list(_WORD_UNITS)[: list(_WORD_UNITS).index("ninety") + 1] if k not in ("a", "an")]
# English number words with a scale ("one hundred thousand", "twenty one million"): a bare "one" or
# "ein" is far more often an article than an amount.
_WORD_NUMBER_RE = re.compile(
    r"\b(?:(?:" + "|".join(_ENGLISH_UNITS) + r"|hundred|thousand|million|billion)(?:[\s-]+(?:and[\s-]+)?)?)+\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Amount:
    value: Decimal
    start: int
    end: int
    text: str


def parse_number_literal(text: str, *, decimal_comma: bool = False) -> Decimal:
    """'1,000,000' '1.000.000' '2.5' '2,5' '1 000 000' '750' -> Decimal."""
    s = re.sub(r"[\s'’\u00a0\u202f]", "", text)
    commas, dots = s.count(","), s.count(".")
    if commas and dots:
        # whichever comes last is the decimal mark
        if s.rfind(",") > s.rfind("."):
            s = s.replace(".", "").replace(",", ".")
        else:
            s = s.replace(",", "")
    elif commas > 1 or dots > 1:
        s = s.replace(",", "").replace(".", "")
    elif commas == 1:
        head, tail = s.split(",")
        s = head + tail if len(tail) == 3 and not decimal_comma else f"{head}.{tail}"
    elif dots == 1:
        head, tail = s.split(".")
        if len(tail) == 3 and head not in ("0", "") and decimal_comma:
            s = head + tail
    try:
        return Decimal(s)
    except InvalidOperation as exc:
        raise ValueError(f"not a number: {text!r}") from exc


def words_to_number(text: str) -> int | None:
    """'one hundred thousand' -> 100000; 'twenty one million' -> 21000000; None when not a number."""
    tokens = [t for t in re.split(r"[\s-]+", text.lower()) if t and t != "and"]
    if not tokens:
        return None
    total, current, seen = 0, 0, False
    for token in tokens:
        if token in _WORD_UNITS:
            current += _WORD_UNITS[token]
            seen = True
        elif token in _WORD_SCALES:
            scale = _WORD_SCALES[token]
            current = max(current, 1) * scale if scale == 100 else max(current, 1) * scale
            if scale >= 1000:
                total += current
                current = 0
            seen = True
        else:
            return None
    return total + current if seen else None


def find_amounts(text: str, *, decimal_comma: bool = False) -> list[Amount]:
    """Every amount in the text, digits (with magnitudes) and English number words."""
    found: list[Amount] = []
    for m in AMOUNT_RE.finditer(text):
        raw = m.group("num").rstrip(" ")
        try:
            value = parse_number_literal(raw, decimal_comma=decimal_comma)
        except ValueError:
            continue
        mag = (m.group("mag") or "").rstrip(".").lower()
        if mag in ("m", "b", "mm", "mn", "bn"):
            glued = m.start("mag") == m.end("num")
            if not glued and not text[m.start("mag")].isupper():
                mag = ""
        if mag == "mil" and re.match(r"\s*mil\s+millones", text[m.start("mag"):], re.I):
            mag = "mil millones"
        end = (m.end() if mag != "mil millones" else m.start("mag") + len(re.match(r"mil\s+millones", text[m.start("mag"):], re.I).group(0))) if mag else m.end("num")
        value = value * MAGNITUDES[mag] if mag else value
        found.append(Amount(value, m.start(), end, text[m.start():end]))
    for m in _WORD_NUMBER_RE.finditer(text):
        phrase = m.group(0).strip()
        if phrase.lower() in ("a", "an", "un", "une", "una", "uno", "um", "uma", "ein", "eine") or \
                any(a.start <= m.start() < a.end for a in found):
            continue
        value = words_to_number(phrase)
        if value is not None and value > 0 and re.search(r"hundred|thousand|million|billion", phrase, re.I):
            found.append(Amount(Decimal(value), m.start(), m.start() + len(phrase), phrase))
    found.sort(key=lambda a: a.start)
    return found


DURATION_UNITS: dict[str, int] = {}
for _seconds, _names in [
    (1, "second seconds sec secs s segundo segundos seconde secondes sekunde sekunden"),
    (60, "minute minutes min mins minuto minutos minuten"),
    (3600, "hour hours hr hrs h hora horas heure heures stunde stunden"),
    (86400, "day days d día días dia dias jour jours tag tage tagen"),
    (604800, "week weeks wk semana semanas semaine semaines woche wochen"),
    (2592000, "month months mo mes meses mois monat monate monaten"),
    (31536000, "year years yr yrs y año años ano anos an ans année années jahr jahre jahren"),
]:
    for _name in _names.split():
        DURATION_UNITS[_name] = _seconds

_DUR_UNIT_RE = "|".join(sorted(map(re.escape, DURATION_UNITS), key=len, reverse=True))
_DUR_WORDS = "|".join(sorted((k for k in _WORD_UNITS if not k.endswith("_")), key=len, reverse=True))
DURATION_RE = re.compile(
    rf"(?<![\w.])(?P<n>\d+(?:[.,]\d+)?|{_DUR_WORDS})[\s-]*(?P<unit>{_DUR_UNIT_RE})(?![^\W\d_])",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Duration:
    seconds: int
    start: int
    end: int
    text: str


def find_durations(text: str) -> list[Duration]:
    out: list[Duration] = []
    for m in DURATION_RE.finditer(text):
        n, unit = m.group("n").lower(), m.group("unit").lower()
        if len(unit) <= 2 and not n[0].isdigit():
            continue  # "a d", "one s": not durations
        if unit in ("an", "ans") and not n[0].isdigit() and n not in ("un", "deux", "trois", "quatre", "cinq", "dix"):
            continue
        if unit in ("m", "b"):
            continue
        count = Decimal(n.replace(",", ".")) if n[0].isdigit() else Decimal(_WORD_UNITS.get(n, 0))
        if count <= 0:
            continue
        out.append(Duration(int(count * DURATION_UNITS[unit]), m.start(), m.end(), m.group(0)))
    return out


def parse_duration(text: str) -> int:
    """'4 years' -> 126144000. Raises ValueError when the text holds no duration."""
    found = find_durations(text)
    if not found:
        raise ValueError(f"no duration in {text!r}")
    return found[0].seconds
