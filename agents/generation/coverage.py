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
import unicodedata
from dataclasses import dataclass

from agents.generation import lexicon, mentions, naming, numbers, windows


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
        before = re.search(r"([^\W_]+)[ \t]+$", windows.before(text, s, 30))
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
        if clause is None or re.match(r"\W{0,3}(?:en fait|actually|finalement|plutot|mejor|en realidad|doch|eigentlich|anzi|"
                                      r"na verdade|wait|i mean|sorry|pardon|perdon)(?![\w])", text[neg.end():]):
            continue  # "18 décimales… non en fait 8 décimales": a correction, which turns down the value before
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
            if not feature and re.search(r"(?<![\w])(?:ce|cet|cette|this|that|ese|esa|este|esta|esse|essa|desse|dessa|"
                                         r"deste|desta|dieses|diese|diesen|dieser|questo|questa|quel|quella)\s+$",
                                         text[max(0, s - 15):s]):
                continue  # "sans jamais dépasser ce plafond": the value given before, referred to, not turned down
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
    # capitals, or a DeFi-style ticker with a small prefix ("pvUSD", "stETH", "cUSDC")
    for m in re.finditer(r"(?<![\w$/.-])\$?([A-Z][A-Z0-9]{1,10}|[a-z]{1,3}[A-Z][A-Z0-9]{1,8})(?![\w/-])", text):
        if _inside(m.start(1), covered) or not naming._looks_like_symbol(m.group(1)):
            continue
        line = text[:m.start()].rsplit("\n", 1)[-1]
        if line.rfind("(") > line.rfind(")") and re.search(r"[(,]\s*(?:[a-z][\w-]*\s*,\s*)?$", text[:m.start()]) and \
                re.match(r"\s*(?:,\s*[a-z][\w-]*|\))", text[m.end():]) and \
                (re.search(r"[a-z][\w-]*\s*,\s*$", text[:m.start()]) or re.match(r"\s*,\s*[a-z]", text[m.end():])):
            continue  # "our grades (gourmet, TK, red, cuts...)": one item of a list of the asker's things
        if line.rfind("(") > line.rfind(")") and re.search(r"[(,]\s*$", text[:m.start()]) and \
                re.match(r"\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s*,\s*[a-z]", text[m.end():]):
            continue  # "ride vouchers (AIBD airport run, city run, night run)": a code naming an item of the list
        if m.group(1) in naming.CURRENCY_CODES and re.search(r"\d\s*$", text[:m.start()]):
            continue  # "the airport run is 15 000 CFA btw": a price in the asker's money
        if re.match(r"!{2,}", text[m.end():]):
            continue  # "TICKETS!!! we need ...": a word shouted, no ticker
        return [Unplaced("symbol", m.group(1), m.start(1), f"no symbol was read and {m.group(1)!r} may be it; "
                                                           "give it as \"symbol " + m.group(1) + "\"")]
    return []


# ---- the name, when none was read or it was read only in part ------------------------------------------

NAMING_WORDS = set("""
call called calls name named names titled title
llama llamar llamara llame llamado llamada llamen nombre nombrado nombrada denominado denominada
appelle appellera appeler appelee appele nomme nommee nommer nom intitule intitulee
heisst heissen heisse heissenden genannt nennen namens name titel
chama chamar chamara chame chamado chamada nome denominado intitulado
chiama chiamare chiamera chiami chiamato chiamata nome intitolato denominato
""".split())
"""Naming verbs, participles and labels in the six languages."""

_FILLERS = set("literally just simply only actually basically really merely plainly simplemente solo apenas "
               "simplement juste seulement einfach nur bloss semplicemente solo soltanto".split())


def _sounds(word: str) -> str:
    """The word as heard, for typos that follow the sound: Spanish yeísmo (ll = y), a silent h, doubled
    consonants written once, c/k/qu before a vowel written alike ("se yame", "kiero", "chiami")."""
    w = numbers.fold(word)
    w = re.sub(r"ll", "y", w)
    w = re.sub(r"(?<![cs])h", "", w)
    w = re.sub(r"qu(?=[ei])|c(?=[aou])|k", "k", w)
    return re.sub(r"([^aeiou])\1", r"\1", w)


_NAMING_SOUNDS = {_sounds(w): w for w in NAMING_WORDS}


def naming_word(word: str) -> bool:
    """A naming verb or label in any of the six languages, or a typo that sounds like one or is one edit
    away from one (words of five letters or more)."""
    w = numbers.fold(word)
    if w in NAMING_WORDS or _sounds(w) in _NAMING_SOUNDS:
        return True
    return len(w) >= 5 and any(abs(len(t) - len(w)) <= 1 and lexicon.edit_distance(w, t, 1) <= 1
                               for t in NAMING_WORDS if len(t) >= 5 and t[0] == w[0])


def _sentence_start(text: str, position: int) -> bool:
    before = text[:position]
    while before and (before[-1] in " \t\"'“„«‘" or unicodedata.category(before[-1]) in ("So", "Sk", "Cf")):
        before = before[:-1]  # quotes, spaces and emoji ("🚀 Nova presale") open a sentence as well
    return not before or before[-1] in ".!?\n•*–—-#" or bool(re.search(r"(^|\n)\s*(\d+[.)]|[-*•–])$", before))


def _plain_word(word: str) -> bool:
    """A capitalised word that names no thing of its own: the kind, a feature, grammar, an acronym."""
    w = numbers.fold(word)
    if re.match(r"i['’]", w):
        return True  # "I'm", "I'll": the pronoun
    return (naming._family_or_feature(word) or naming._family_noun(word) or naming._grammar_word(word)
            or naming._keyword_like(word) or w in naming._LEADING_NOISE or w in naming._INTERJECTIONS
            or word.upper() in naming._ACRONYMS or word.isupper() or any(c.isdigit() for c in word)
            or w in numbers.SCALES or w in numbers.DURATION_UNITS or naming_word(word))


def unread_name(text: str, covered: list[tuple[int, int]]) -> list[Unplaced]:
    """No name was read, yet the request seems to give one: a naming verb or label (or a close typo of
    one) followed by a word, a quoted phrase nothing placed, or a capitalised word that is not at the start
    of a sentence (a label's value counts) and names no kind, feature or grammar. The template's default
    name would be a guess."""
    def found(start: int, end: int, why: str) -> list[Unplaced]:
        phrase = text[start:end]
        return [Unplaced("name", phrase, start, f"no name was read, yet {phrase!r} {why}; give it as "
                                                "name \"...\" (in quotes)")]

    for m in re.finditer(r"[^\W\d_]+", text):
        if _inside(m.start(), covered) or not naming_word(m.group(0)):
            continue
        after = re.match(r"[ \t]*[:=]?[ \t]*[\"'“«„‘]?[ \t]*([^\W_][\w'’-]*)", text[m.end():])
        if after and not _inside(m.end() + after.start(1), covered) and \
                not naming._keyword_like(after.group(1)) and not naming._grammar_word(after.group(1)):
            return found(m.start(), m.end() + after.end(1), "seems to name it")
    for slot in naming.quoted_spans(text):
        if re.match(r"\s*[:=]", text[slot.end:]) or any(_inside(i, covered) for i in range(slot.start, slot.end)):
            continue  # a record's key ("name": ...), or a phrase a requirement placed in part ("timelock controller")
        if \
                re.search(r"[^\W\d_]", slot.value) and not all(_plain_word(w) for w in slot.value.split()):
            return found(slot.start, slot.end, "is quoted")
    phrase = capitalised_phrase(text, covered)
    return found(*phrase, "is capitalised like a name") if phrase else []


def capitalised_phrase(text: str, covered: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The first run of capitalised words that opens no sentence and names no kind, feature or grammar
    ("… my roguelike's cosmetics, Mossgrave Wardrobe, …"): in English, what a name looks like when no keyword
    introduces it. A word opening a sentence ("Solo dev here.") is capitalised by grammar, not as a name."""
    skipped_to = 0
    for m in re.finditer(rf"(?<![\w'’-])([{lexicon.CAPITALS}][\w'’-]*)", text):
        word = m.group(1)
        if m.start() < skipped_to or _inside(m.start(), covered):
            continue
        run = _CAPITALISED_RUN.match(text, m.start())
        if _plain_word(word.strip("'’-")) and not (_unit_word(word) and " " in run.group(0).strip() and
                                                    not _plain_word(run.group(0).split()[1].strip("'’-"))):
            continue  # a plain word alone; "Second Rise": a unit word opening a name stays
        if _sentence_start(text, m.start()):
            skipped_to = run.end()  # "**Lamplighter Moths**" at a line's start: no part of it is a mid-sentence name
            continue
        return m.start(), _before_a_ticker(run)
    return None


def _before_a_ticker(run: re.Match[str]) -> int:
    """Where a capitalised run ends once a ticker in capitals closing it is left out: "Sipi Tau Points SPTP"."""
    words = list(re.finditer(r"\S+", run.group(0)))
    last = words[-1].group(0) if len(words) > 1 else ""
    if re.fullmatch(r"[A-Z][A-Z0-9]{1,9}", last) and not all(w.group(0).isupper() for w in words[:-1]) and \
            naming._looks_like_symbol(last):
        return run.start() + len(run.group(0)[:words[-1].start()].rstrip())
    return run.end()


def _unit_word(word: str) -> bool:
    w = numbers.fold(word)
    return w in numbers.SCALES or w in numbers.DURATION_UNITS


_CAPITALISED_RUN = re.compile(rf"[{lexicon.CAPITALS}][\w'’-]*(?:[ \t]+(?:(?:de|da|do|dos|das|del|della|delle|dello|dei|degli|di|du|"
                              rf"des|of|the|von|der|&|d['’])[ \t]*)?"
                              rf"[{lexicon.CAPITALS}][\w'’-]*)*")


def name_edges(text: str, name: tuple[int, int] | None, covered: list[tuple[int, int]]) -> list[Unplaced]:
    """A name read, yet the phrase it came from goes on ("Vent | d'Ouest", "Rio | de Janeiro", "Café-Bar")
    or opens with fillers ("literally just Cap"): which reading is the name is not for the reader to guess."""
    if name is None:
        return []
    s, e = name
    value = text[s:e]
    first = re.match(r"[\"'“«„‘]?([^\W\d_]+)", value)
    if first and numbers.fold(first.group(1)) in _FILLERS or \
            first and first.group(1)[:1].islower() and re.search(rf"\s[{lexicon.CAPITALS}]", value):
        return [Unplaced("name", value, s, f"the name read, {value!r}, opens with words that may not belong to it; "
                                           "quote the name")]
    on = re.match(rf"(?:['’-][^\W_][\w]*|[ \t]+(?:d['’]|l['’])[{lexicon.CAPITALS}]\w*|[ \t]+(?:de|da|do|dos|das|del|della|di|du|des|"
                  rf"of|von|van|der)[ \t]+[{lexicon.CAPITALS}]\w*)", text[e:])
    if on and not _inside(e + on.end() - 1, covered):
        whole = text[s:e + on.end()]
        return [Unplaced("name", whole, s, f"the name may go on past {value!r} ({whole!r}); quote the name")]
    return []


# ---- feature words and boolean records nothing placed --------------------------------------------------

_FEATURE_STEMS = (r"(?:non[- ]?|in|un|nicht )?(?:transfer(?:r)?able|transferible|transferivel|transferiveis|"
                  r"trasferibil[ei]|ubertragbar\w*|cessible|transmissible)|"
                  r"(?<![\w])(?:[a-z]*(?:token|base|contract|meta|data|set|update)[-_]?)?uris?\b|\w*metadat\w*|"  # (not "Condofuri")
                  # verbs and nouns that bear a feature, in six languages: pause/stop/freeze/suspend, burn/destroy,
                  # -able mint words, enumerate, snapshot ("mint"/"minted" alone also name the initial supply). Placed only when a requirement took them.
                  # "our frozen pierogi orders": an adjective of the asker's goods, no feature
                  r"paus(?!ers?\b)\w*|freez(?!ers?\b|ing (?:nights?|days?|temperatures?|weather|cold|winters?|mornings?|point|rain|fog)\b|"
                  r"e[- ]dri\w*)\w*|frozen(?!\s+(?!(?:tokens?|accounts?|wallets?|funds|balances?|transfers?|"
                  r"assets?|holders?|users?|by|for|until|when|if|while|forever|and|or|in|on|at)\b)[a-z])|suspen\w*|sospen\w*|congel(?!(?:ad[oa]s|ees?|es|at[ie])\b)\w*|einfrier\w*|eingefroren|anhalt\w*|"
                  r"stopp\w*|gel(?:er|e|ent|able)\b|"
                  # (not the people who burn something: "tar burners", "brûleurs", "quemadores", "bruciatori")
                  r"burn(?!ers?\b)\w*|destr(?:oy|uir|uy|ui)\w*|detrui\w*|detruire|zerstor\w*|vernicht\w*|"
                  r"verbrenn(?!er\b)\w*|brul(?!eurs?\b)\w*|quema(?!dor(?:es)?\b)\w*|quemar\w*|queim(?!ador(?:es)?\b)\w*|"
                  r"brucia(?!tor[ie]\b)\w*|distrugg\w*|"
                  r"mintable|mintbar|acunab\w*|cunhave\w*|coniabil\w*|"
                  r"enumer\w*|aufzahl\w*|snapshot\w*")
"""Words that bear a feature in any inflection or compound ("Metadaten-URI", "nicht übertragbar")."""
_TRANSFER_VERBS = r"transfer\w*|transferi\w*|trasferi\w*|ubertrag\w*|weitergeg\w*|weitergeb\w*"
"""Moving a token, in any inflection: under a negation it asks for a soulbound token."""
_NEGATED_VERB = re.compile(
    rf"(?<![\w])(?:{lexicon.NEGATORS})\W+(?:(?:be|able|to|ever|ever be|se|ser|debe|deben|puede|pueden|poder|podra|podran|"
    r"etre|peut|peuvent|doit|doivent|pas|jamais|plus|werden|sein|darf|durfen|kann|konnen|pode|podem|deve|devem|"
    r"essere|puo|possono|deve|devono|mai)\W+){0,3}$")
"""A negator with only modal and auxiliary words between it and the verb ("no debe poder transferirse",
"cannot be transferred"); "nobody can pause transfers" negates the pause, not the transfer."""
_RELATIVE = re.compile(r"(?<![\w])(?:who|which|that|que|qui|quien|quienes|die|der|welche|che|cui)\W+(?:[\w']+\W+){0,2}$")
"""A negated verb in a relative clause ("addresses that cannot transfer") says what the noun it qualifies
cannot do, not the token."""
_BOOLEAN = (r"true|false|yes|no|si|oui|non|ja|nein|nao|sim|vero|falso|verdadero|vrai|faux|wahr|falsch|on|off|"
            r"enabled|disabled")


_STEM_CONCEPTS = {"transfer": ("soulbound",), "uri": ("uri_storage", "base_uri", "uri"), "metadat": ("uri_storage", "base_uri", "uri"),
                  "freez": ("pausable",)}
"""A stem is placed by a requirement of one of its concepts anywhere in the request."""


def unplaced_features(folded: lexicon.Folded, covered: list[tuple[int, int]], placed: set[str] = frozenset()) -> list[Unplaced]:
    """A feature word (any concept's words, or a feature-bearing stem in any inflection) that no requirement
    took, and a record key set to a yes/no value ("transferable": false, "timelock: não") that nothing
    placed: the request asks for something the reading did not account for."""
    text = folded.text
    spans = [(c, m.span()) for c, pattern in lexicon.FEATURES.items() for m in lexicon.find(pattern, text)]
    spans += [("feature", m.span()) for m in re.finditer(rf"(?<![\w]){_FEATURE_STEMS}", text)]
    spans += [("feature", m.span()) for m in re.finditer(rf"(?<![\w]){_TRANSFER_VERBS}", text)
              if _NEGATED_VERB.search(text[:m.start()]) and not _RELATIVE.search(text[:m.start()])]
    spans += [("feature", m.span(1)) for m in re.finditer(
        rf"(?m)(?:^|[{{,\n])[ \t\-*•]*[\"']?([^\W\d][\w \-]{{0,30}}?)[\"']?[ \t]*[:=][ \t]*[\"']?(?:{_BOOLEAN})[\"']?[ \t]*(?=$|[,}}\n])",
        text)]
    for concept, (s, e) in sorted(spans, key=lambda cs: cs[1]):
        if e <= s:
            continue
        source = folded.source(s, e)
        if any(cs < source[1] and source[0] < ce for cs, ce in covered):
            continue
        stem = next((k for k in _STEM_CONCEPTS if k in text[s:e]), None)
        if concept == "feature" and stem and placed & set(_STEM_CONCEPTS[stem]):
            continue
        if concept == "feature" and re.match(r"burn|brul|quem|queim|verbrenn|brucia", text[s:e]) and \
                re.search(r"(?<![\w])(?:was|were|been|got)\s+$", text[max(0, s - 12):s]) and \
                not re.search(r"(?<![\w])(?:tokens?|coins?|nfts?|supply|units?|badges?|points?|shares?)(?![\w])",
                              re.split(r"[.;!?\n]", text[:s])[-1]):
            continue  # "Kelp was burnt on these shores from 1722": something of the asker's world was burnt
        phrase = folded.original[source[0]:source[1]]
        return [Unplaced(concept if concept != "feature" else "feature", phrase, source[0],
                         f"the request names {phrase!r} but no requirement took it; rephrase it as a feature "
                         "HyperAgent offers")]
    return []


# ---- a feature read as asked for, in a clause that also denies something --------------------------------

_CLAUSE_BREAK = re.compile(
    r"[.;:!?,()\n•]|\s[-–—*]\s|(?<![\w])(?:and|but|or|however|though|although|while|whereas|y|pero|sino|o|et|mais|ou|"
    r"und|aber|sondern|oder|e|mas|ma|then|also|plus|ademas|aussi|auch|tambem|anche|inoltre|"
    # "fans don't have ETH for gas so the gasless approve thing (permit)": a consequence is a clause of its own
    r"(?<!make it )(?<!make )(?<!do it )(?<!set it up )so(?! that)|therefore|hence|thus|por eso|por lo tanto|asi que|donc|alors|deshalb|daher|quindi|percio|por isso|entao)(?![\w])")
_BOUND_NEGATION = re.compile(
    r"\s+(?:more|less|fewer|longer|later|problem|rush|worries|pressure|matter|need to|only|just|mehr|weniger|plus|"
    r"mas|menos|mais|piu|meno|solo|seulement|nur|apenas|soltanto)(?![\w])|\s*-")
"""A negator that bounds a number or a manner, not an ability: "no more than", "nie mehr als", "not only";
and one glued to its word ("non-custodial")."""
_NEGATION_ENDS = re.compile(
    r"(?<![\w])(?:only|just|solely|solo|solamente|somente|apenas|seul|seule|seulement|uniquement|nur|allein|soltanto|"
    r"unicamente|thanks to|through|via|using|with|by|grace a|gracias a|gracas a|grazie a|dank|durch|mit|mediante|"
    r"con|com|avec|par|por|tramite|attraverso)(?![\w])")
"""Words after which a negation no longer reaches the feature: an exception ("never transferred ... only the
owner can mint") or the means of something denied ("sans frais de gaz grâce à permit")."""
_SUBJECT_NEGATORS = re.compile(
    r"(?<![\w])(?:nobody|no one|noone|no-one|niemand|keiner|nadie|personne|ninguem|nessuno|nessuna)(?![\w])")


_FINAL_NEGATION = re.compile(
    r"(?<![\w])(nicht|nie|niemals|keinesfalls|not|never|pas|jamais|nunca|nao|mai)(?:\s+(?:konnen|kann|durfen|darf|sollen|soll|"
    r"werden|wird|sein|mussen|muss|be|be possible|possible|allowed|erlaubt|moglich|moglich sein|possivel|possibile|"
    r"posible))?\s*$")
"""A negation that ends the clause after the feature's verb, as German puts it ("pausieren soll man ihn nicht
können") and as a tacked-on "... not": the clause denies the verb it opened with."""


def negated_affirmations(folded: lexicon.Folded, asked: list[tuple[str, int, str]]) -> list[tuple[int, str]]:
    """Features read as asked for (`asked`: key, original position, the words read) whose clause also holds a
    negation the reading did not bind: "non voglio nessun pulsante per bloccare i trasferimenti" read as
    pausable, "Verbrennen soll die Token niemand können" as burnable. Which way the request means it is not for
    the reader to guess: each is returned (index into `asked`, the negator's words) to be reported ambiguous.
    The negation belonging to the feature's own words ("non-transferable", "cannot be moved") does not count."""
    text = folded.text
    out: list[tuple[int, str]] = []
    for n, (key, position, words) in enumerate(asked):
        folded_words = lexicon.fold_text(words).text
        if _NEGATION.search(folded_words):
            continue
        start = folded.folded_position(position)
        end = start + len(folded_words)
        left = max([m.end() for m in _CLAUSE_BREAK.finditer(text, 0, start)] + [0])
        right = min([m.start() for m in _CLAUSE_BREAK.finditer(text, end)] + [len(text)])
        before = text[left:start]
        found = None
        for m in _NEGATION.finditer(text[left:end]):  # to the feature's end: "dont 2 %" is French, "dont burn" not
            if m.start() >= len(before):
                break
            answer = re.search(r":\s*$", text[:left + m.start()])  # "mintable: no permit: yes": a record's answer
            if lexicon.NOBODY_BUT.match(text, left + m.start()):
                continue  # "nadie salvo el taller puede acuñar": one hand keeps it
            if key == "cliff" and re.fullmatch(r"nothing|nada|rien|nichts|niente|nulla", m.group(0)):
                continue  # "nothing before a 6-month cliff": what a cliff is, said with it
            if m.group(0) == "ne" and not re.search(lexicon.FRENCH_NEGATION_ENDS, text[left + m.end():right]):
                continue  # the Italian clitic: "altri ne conieremo più avanti"
            if not (answer or _BOUND_NEGATION.match(before[m.end():]) or
                    _NEGATION_ENDS.search(before[m.end():] + " " + " ".join(folded_words.split()[:1]))) \
                    and len(re.findall(r"[\w']+", before[m.end():])) <= 8:
                found = m.group(0)
        after = _SUBJECT_NEGATORS.search(text[end:right])
        if after and len(re.findall(r"[\w']+", text[end:end + after.start()])) <= 6:
            found = found or after.group(0)
        final = _FINAL_NEGATION.search(text[end:right])  # "pausieren soll man ihn nicht können"
        if final and len(re.findall(r"[\w']+", text[end:end + final.start()])) <= 6:
            found = found or final.group(1)
        if found:
            out.append((n, found))
    return out
