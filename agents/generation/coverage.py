"""What the reading left unplaced: words of the request that look like part of a requirement yet no
requirement took them. Rather than deploy a guess, each becomes an ambiguous requirement, so the workflow
stops with one line naming it (`--allow-partial` proceeds).

Three general rules, in the six languages:
- a number read only in part: a number word, a digit or a spoken decimal mark ("komma", "point") right
  next to an amount a requirement took, but outside it ("eins komma | fünf Millionen" read as 5M);
- a name read only in part: the name a slot took is followed, with nothing but a space between, by a
  capitalised word or a number that nothing explains (no symbol, keyword, kind of contract, feature,
  grammar or magnitude word);
- a negation that binds nothing: a negator ("no", "sin", "sans", "ohne", "sem", "senza", "kein" ...)
  followed in its clause by a feature or a parameter word that no requirement took ("sem limite de
  depósito" read as nothing at all).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from agents.generation import lexicon, mentions, naming, numbers


@dataclass(frozen=True)
class Unplaced:
    key: str
    text: str
    start: int
    reason: str


def _inside(position: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= position < e for s, e in spans)


def _number_word(word: str, language: str) -> bool:
    w = numbers.fold(word)
    if w in numbers.DECIMAL_POINT_WORDS or re.fullmatch(r"\d+(?:[.,]\d+)?", w):
        return True
    found = numbers.word_value(word, language) if len(w) > 2 else None
    return found is not None and (found[0] != "unit" or found[1] > 1)


def partial_numbers(text: str, amounts: list[tuple[int, int]], covered: list[tuple[int, int]],
                    language: str) -> list[Unplaced]:
    """Number words next to an amount a requirement took, outside it."""
    out: list[Unplaced] = []
    for s, e in amounts:
        before = re.search(r"([^\W_]+)[ \t]+$", text[max(0, s - 30):s])
        after = re.match(r"[ \t]+([^\W_]+)", text[e:])
        for m, at in ((before, s - 30 if s >= 30 else 0), (after, e)):
            if m is None:
                continue
            start = at + m.start(1)
            if _inside(start, covered) or not _number_word(m.group(1), language):
                continue
            whole = text[min(start, s):max(e, at + m.end(1))]
            out.append(Unplaced("number", whole, min(start, s),
                                f"the number {whole!r} was read only in part ({text[s:e]!r}); write it in digits"))
    return out


def partial_name(text: str, name: tuple[int, int] | None, covered: list[tuple[int, int]]) -> list[Unplaced]:
    """A capitalised word or a number right after the name, that nothing explains."""
    if name is None:
        return []
    m = re.match(r"[ \t]+([^\s,.;:()!?\[\]{}\"“”«»|]+)", text[name[1]:])
    if m is None:
        return []
    word, start = m.group(1), name[1] + m.start(1)
    if _inside(start, covered) or not (word[:1].isupper() or word[:1].isdigit()):
        return []
    if word.isupper() or re.fullmatch(r"[\d.,'’_]+(?:[kKmMbB]|mm|bn|mn)?\.?", word) and \
            re.match(r"[ \t]*[^\W\d_]", text[start + len(word):]) is None:
        return []  # a ticker in capitals after the name, or an amount the quantities read or explained
    w = numbers.fold(word)
    if w in numbers.SCALES or w in numbers.DURATION_UNITS or naming._family_or_feature(word) or \
            naming._grammar_word(word) or naming._keyword_like(word) or w in naming._LEADING_NOISE or \
            w in naming._INTERJECTIONS or re.fullmatch(r"[\d.,'’_]+", word):
        return []
    whole = text[name[0]:start + len(word)]
    return [Unplaced("name", whole, name[0], f"the name may go on past {text[name[0]:name[1]]!r} ({whole!r}); "
                                             "quote the name")]


_NEGATION = re.compile(rf"(?<![\w])(?:{lexicon.NEGATORS})(?![\w])")


def unbound_negations(folded: lexicon.Folded, family: str, covered: list[tuple[int, int]],
                      seen: list[tuple[int, int]] = ()) -> list[Unplaced]:
    """A negator whose clause goes on to a feature or parameter word no requirement took. `seen` are the
    feature words the feature reader weighed (they place a feature word, not a parameter's)."""
    text = folded.text
    words = [(concept, m.span(), True) for concept, pattern in lexicon.FEATURES.items()
             for m in lexicon.find(pattern, text)]
    words += [(p.key, m.span(), False) for p in mentions.PARAMETERS if family in p.families
              for m in lexicon.find(p.words, text)]
    out: list[Unplaced] = []
    for neg in _NEGATION.finditer(text):
        clause = re.match(r"(?:\W+[\w'-]+){1,4}", text[neg.end():])
        if clause is None:
            continue
        reach = neg.end() + len(re.split(r"[.;:!?,\n]", clause.group(0))[0])
        for concept, (s, e), feature in words:
            if not neg.end() <= s < reach:
                continue
            source = folded.source(s, e)
            placing = covered + list(seen) if feature else covered
            if _inside(source[0], placing) or any(cs < source[1] and source[0] < ce for cs, ce in placing):
                continue
            if concept in lexicon.INHERENT.get(family, set()):
                continue
            ns = folded.source(*neg.span())[0]
            phrase = folded.original[ns:source[1]]
            out.append(Unplaced(concept, phrase, ns, f"the request turns down {phrase!r} but HyperAgent could not "
                                                     f"tell which {family} option or value that is; rephrase it"))
            break
    return out


def unplaced_ticker(text: str, covered: list[tuple[int, int]]) -> list[Unplaced]:
    """With no symbol read, a word in capitals that looks like one and that nothing placed ("... GRID ...")
    may be the symbol: which it is, is not for the reader to guess."""
    if naming._mostly_upper(text):
        return []
    for m in re.finditer(r"(?<![\w$/.-])\$?([A-Z][A-Z0-9]{1,10})(?![\w/-])", text):
        if _inside(m.start(1), covered) or not naming._looks_like_symbol(m.group(1)):
            continue
        return [Unplaced("symbol", m.group(1), m.start(1), f"no symbol was read and {m.group(1)!r} may be it; "
                                                           "give it as \"symbol " + m.group(1) + "\"")]
    return []
