"""Feature words said of the asker's world: a furnace that burns, a shooting permit.

The feature patterns in `lexicon.FEATURES` match words; these checks read the words around a match and tell when the
word is a thing of the asker's life rather than an option of the contract. Each is small and keyed to one feature, so
`spec_parser._read_features` can ask them in one place.
"""
from __future__ import annotations

import re

from agents.generation import abilities, windows

_FIRES = (r"furnaces?|kilns?|ovens?|stoves?|forges?|fires?|fireplaces?|candles?|incense|wood|coal|charcoal|torch(es)?|"
          r"engines?|boilers?|hearths?|bonfires?|lamps?|ofen|feuer|four|fours|feu|horno|hornos|fuego|forno|fuoco|brasa")
_HEAT = (r"\d[\d.,]*\s*(?:°|degrees?|grad|degres|grados|graus|gradi|celsius|fahrenheit)|wood|coal|charcoal|incense|candles|"
         r"fuel|oil|gas|calories|day and night|all (?:the )?(?:year|day|night)")


def fire_of_the_world(folded: str, start: int, end: int) -> bool:
    """A burning said of a furnace, a kiln or a candle ("our furnace is burning 1150 degree"), or of what it burns
    ("burning 1150 degrees", "burns wood"): the asker's fire, no burnable token."""
    if re.match(r"burn-?able|brulable|quemable|queimavel|bruciabile|verbrennbar", folded[start:end]):
        return False  # "burnable (if a puppet burns in a fire, god forbid)": the word for the ability is no fire
    before = re.split(r"[.;!?\n,]", windows.before(folded, start, 40))[-1]
    fire = re.search(rf"(?<![\w])(?:{_FIRES})(?P<between>(?:\s+[\w']+){{0,2}})\s*$", before)
    if fire and re.search(rf"(?<![\w])(?:{abilities.TOKEN_NOUNS}|holders?|users?|owners?)(?![\w])", fire.group("between")):
        fire = None  # "the Kiln token is burnable": a name, then the token
    burnt_thing = re.match(r"\s+(?:every|each|all|the|our|old|used)?\s*(?:[~≈]\s*)?(?:about\s+|around\s+)?"
                           r"(?:\d[\d.,]*\s*(?:t|tons?|tonnes?|l|litres?|liters?|kg|gallons?|m3)?\s+(?:of\s+)?)?"
                           r"(?:[\w-]+\s+){0,2}?(?:drums?|barrels?|wood|logs?|"
                           r"paint|trash|waste|candles?|incense|fuel|coal|straw|leaves|sage|calories|diesel|petrol|gasoline|"
                           r"kerosene|oil|propane|lpg|gas|boats?|barcos?|bateaux?|boote?|barche|barca|ships?|huts?|houses?|"
                           r"casas?|maisons?|cabins?|barns?|effig(?:y|ies)|ware|pottery|clay|lime|kelp|seaweed|bricks?|"
                           r"tiles?)\b",
                           windows.after(folded, end, 40)) or \
        re.match(r"\s+(?:down|to the ground|to ashes)\b", windows.after(folded, end, 20)) or \
        re.search(r"\bin (?:a|an|the|our) (?:[\w-]+ )?(?:fire|furnace|kiln|oven|stove|bonfire)\b", windows.after(folded, end, 60))
    # "he's been burning ware for 41 year": a person's own burning, in a continuous tense
    person = re.search(r"(?<![\w])(?:he|she|they|we|i)(?:'s|'ve|’s|’ve|\s+has|\s+have|\s+had)?\s+been\s*$|"
                       r"(?<![\w])(?:he|she|they|we|i)(?:'s|'re|'m|\s+is|\s+are|\s+am|\s+was|\s+were)\s*$", before) and \
        re.match(r"burning", folded[start:end])
    return bool(fire or burnt_thing or person or
                re.match(rf"\s+(?:(?:at|with|on|all|about|around)\s+)?(?:{_HEAT})", windows.after(folded, end, 30)))


_COUNTED_BY = r"per|each|every|one|a single|pro|par|por|para cada|pour chaque|je"
_DOCUMENT_VERBS = r"is|are|was|were|can|cannot|can't|must|costs?|expires?|lasts?|gets|holders?|fees?|office|numbers?"


def paper_permit(folded: str, start: int, end: int) -> bool:
    """"one token per annual shooting permit", "since a permit is a whole thing": a permit counted or described as a
    paper of the asker's world (a licence, a pass) is no EIP-2612 permit, which is asked for as something the token
    has ("with permit", "the permit function", "permit (EIP-2612)")."""
    if re.match(r"s?\s*[(-]?\s*(?:eip|erc)", folded[end:]):
        return False  # "Freigaben per Permit (EIP-2612)": the standard named, whatever came before
    before = re.split(r"[.;!?\n,:(]", windows.before(folded, start, 40))[-1]
    if re.search(r"(?<![\w])(?:approv\w*|freigaben?|aprobaciones|approbations?|aprovacoes|approvazioni|signatures?|"
                 r"firmas?|gas\w*)\s+(?:per|par|por|pro|via)\s+$", before):
        return False  # "gasfreie Freigaben per Permit": approvals by way of the permit
    # (not "votos por delegación y permit": a list joined after another phrase's "por")
    if re.search(rf"(?<![\w])(?:{_COUNTED_BY})\s+(?:(?!(?:the|eip|erc|gasless|with|signed|signature|and|y|et|und|e|o|or|ou|"
                 rf"oder)\b)[a-z][\w-]*\s+){{0,2}}$",
                 before):
        return True
    return bool(re.search(r"(?<![\w])(?:a|an|each|every)\s+$", before) and
                re.match(rf"s?\s+(?:{_DOCUMENT_VERBS})(?![\w])", folded[end:]))


_VENUE_NOUNS = (r"floor|house|hall|rooms?|officers?|brokers?|catalogues?|catalogs?|lots?|season|week|days?|fees?|"
                r"commissions?|prices?|results|rules|staff|bids?|bidders|clerks?|ring|yard|centre|center|pages?|listings?")


def refused_kind_of_the_world(folded: str, start: int, end: int) -> bool:
    """"we are brokers at the Mombasa tea auction", "the auction's compliance officer", "5% of every resale on
    marketplaces", "flash minting so market makers can borrow": a kind the templates do not build, named as a place of
    the asker's life or as what a built option does, is no request to build it ("an auction contract", "a lending
    protocol" still are), and a bridge whose sentence names no chain or asset it carries is one over a river."""
    word = folded[start:end]
    after = folded[end:end + 40]
    before = re.split(r"[.;!?\n]", windows.before(folded, start, 60))[-1]
    if re.match(rf"(?:'s|s')(?![\w])|\s+(?:{_VENUE_NOUNS})(?![\w])", after):
        return True  # "the auction's compliance officer", "on the auction floor"
    if re.search(r"(?<![\w])(?:at|on|from|during|after|before|via|through|across)\s+(?:(?:the|a|an|this|that|each|every|"
                 r"any|all|other|secondary|open|public|our|their)\s+)?(?:[\w'-]+\s+){0,3}$", before) and \
            not re.search(r"(?<![\w])(?:contract|protocol|platform|app|dapp|system|module|mechanism)(?![\w])", after[:25]):
        return True  # "brokers at the Mombasa tea auction", "resales on marketplaces"
    if re.search(r"(?<![\w])(?:every|each)\s+(?:[\w'-]+\s+)?$", before) and not word.startswith(("borrow", "lend")):
        return True  # "every Monday auction we sell 120 000 packages"
    if word.startswith("bridge"):
        sentence = before + re.split(r"[.;!?\n]", folded[start:start + 120])[0]
        return not re.search(r"(?<![\w])(?:chains?|cross-?chain|multi-?chain|l[12]|layer ?[12]|networks?|rollups?|polygon|arbitrum|"
                             r"optimism|base|bsc|bnb|solana|avalanche|mainnet|testnet|wrapped|wrap\w*|lock and mint|"
                             r"burn and mint|relayers?|(?:token|nft|asset) bridges?|bridg\w* (?:contract|protocol|smart contract|"
                             r"tokens?|nfts?|assets?|funds|liquidity|them|it)|bridg\w* (?:for|of) (?:\w+ )?(?:tokens?|nfts?|assets?|coins?))(?![\w])",
                             sentence)
        # "covered bridges around the state", "Mint Brook Bridge (the real one)": no chain, a bridge over a river
    if word.startswith("borrow"):
        return bool(re.search(r"(?<![\w])(?:flash|3156)", windows.before(folded, start, 80) + after))
    return False
