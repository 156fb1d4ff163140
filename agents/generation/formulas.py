"""A supply given as arithmetic: "12 teams × 50 members × 100 passes", "one token for every $0.75 raised, and
we raised $180,000". The reading is taken only when it is unambiguous (one product, or one raise and one
price per token that divide evenly); otherwise the supply is ambiguous and the workflow stops, so that the
template's default supply never stands in for a formula the reader could not work out."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal

from agents.generation import lexicon, windows
from agents.generation.numbers import Amount


@dataclass(frozen=True)
class Formula:
    value: Decimal | None
    """The supply the formula gives; None when it cannot be worked out unambiguously."""
    start: int
    end: int
    text: str
    amounts: tuple[Amount, ...]
    """The amounts the formula consumes: none of them is a quantity of its own."""


_TIMES = re.compile(r"\s*(?:[^\W\d]+\s+){0,2}(?:×|x|\*|·|times|mal|fois|veces|vezes|volte)\s*", re.IGNORECASE)
_SUPPLY_CONTEXT = re.compile(rf"(?<![\w])(?:{lexicon.SUPPLY_WORDS}|suministro|offre|menge|gesamtmenge|fornecimento|"
                             r"offerta|fornitura|emision|emission|emissao|emissione)(?![\w])[^.;!?\n]{0,30}$")
_CURRENCY_BEFORE = re.compile(r"[$€£]\s*$")
_CURRENCY_AFTER = re.compile(r"^\s*(?:usd[ct]?|eur|euros?|dollars?|dolares|dolares|reais|francs?|chf|gbp|pounds?|"
                             r"dai)(?![\w])")
_UNIT = r"(?:tokens?|jetons?|fichas?|unidad(?:es)?|unites?|stuck|einheit(?:en)?|moedas?|gettoni|token|units?|coins?)"
_PRICE_BEFORE = re.compile(rf"(?:{_UNIT}\s+(?:for every|for each|per|por cada|pour chaque|pour|fur je|fur jeden|"
                           r"pro|para cada|a cada|per ogni|ogni)|(?:at|a|à|zu|je|por|par|per|price of|prix de|"
                           r"precio de|preis von|preco de|prezzo di))\s*$")
_PRICE_AFTER = re.compile(rf"^\s*(?:a|an|per|each|por|par|pro|je|cada|ciascuno|the|le|el|o|il|l')\s*{_UNIT}(?![\w])")
_RAISED = re.compile(r"(?:rais\w*|recaud\w*|lev[ée]\w*|leve\w*|eingesammelt|gesammelt|einsammeln|arrecad\w*|captad\w*|"
                     r"captamos|raccol\w*|funding|financement|financiacion|finanziamento|financiamento)")


def _fold(text: str) -> str:
    """Lowercase without accents, one character for one, so that positions stay the text's."""
    return "".join((unicodedata.normalize("NFKD", c)[:1] or c) for c in text.lower())


def _currency(folded: str, a: Amount) -> bool:
    return bool(_CURRENCY_BEFORE.search(windows.before(folded, a.start, 3)) or _CURRENCY_AFTER.match(folded[a.end:]))


def supply_formula(text: str, amounts: list[Amount]) -> Formula | None:
    folded = _fold(text)
    ordered = sorted(amounts, key=lambda a: a.start)
    for i, first in enumerate(ordered):
        chain = [first]
        for nxt in ordered[i + 1:]:
            if _TIMES.fullmatch(folded[chain[-1].end:nxt.start]):
                chain.append(nxt)
            else:
                break
        if len(chain) >= 2 and _SUPPLY_CONTEXT.search(windows.before(folded, first.start, 80)):
            value = Decimal(1)
            for a in chain:
                value *= a.value
            end = chain[-1].end
            return Formula(value if value == int(value) else None, first.start, end, text[first.start:end], tuple(chain))
    money = [a for a in ordered if _currency(folded, a)]
    prices = [a for a in money if _PRICE_BEFORE.search(windows.before(folded, a.start, 30).rstrip("$€£ "))
              or _PRICE_AFTER.match(windows.after(folded, a.end, 20))]
    raised = [a for a in money if a not in prices and
              (_RAISED.search(windows.before(folded, a.start, 25)) or _RAISED.match(windows.after(folded, a.end, 12).strip()))]
    if raised:  # every other sum of money could be part of the raise ("$10,000 in May and $5,000 in June")
        raised = [a for a in money if a not in prices]
    if prices and raised:
        span = (min(a.start for a in prices + raised), max(a.end for a in prices + raised))
        value = None
        if len(prices) == 1 and len(raised) == 1 and prices[0].value > 0:
            quotient = raised[0].value / prices[0].value
            value = quotient if quotient == int(quotient) else None
        return Formula(value, *span, text[span[0]:span[1]], tuple(prices + raised))
    return None
