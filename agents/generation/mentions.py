"""A safety net under the reading: a request that names a template parameter whose value was not read stops.

The parser reads values with general rules (numbers.py, quantities.py); a phrasing they do not cover
leaves the parameter to the template's default, which would deploy something other than what was asked
without saying so ("a voting delay of one business week" deploys the default delay). Here each parameter
a request can set has the words that name it, in English, Spanish, French, German, Portuguese and Italian;
when one of them occurs and nothing set that parameter, the parameter is recorded as ambiguous: the
workflow stops and says which parameter it could not read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from agents.generation import lexicon
from agents.generation.quantities import VOTING_DELAY_WORDS, priced_by_measure


@dataclass(frozen=True)
class Parameter:
    key: str
    label: str
    families: tuple[str, ...]
    words: str
    """Folded-text pattern naming the parameter."""
    set_by: tuple[str, ...]
    """Requirement fields (or keys) any of which means the request's value for it was read."""


_VOTING_DELAY = VOTING_DELAY_WORDS
_VOTING_PERIOD = (r"voting (period|window|duration)|vote (period|duration)|periodo de votacion|duracion de la votacion|"
                  r"periode de vote|duree (du|de) vote|duree du scrutin|abstimmungs(dauer|zeitraum|periode|frist)|"
                  r"periodo de votacao|duracao da votacao|periodo di (voto|votazione)|durata (del voto|della votazione)")
_PROPOSAL_THRESHOLD = (r"proposal threshold|threshold (to|for) (propose|proposals?|submit\w*)|umbral (de|para) "
                       r"(propuestas?|proponer|presentar)|seuil (de|pour) (propositions?|proposer)|vorschlagsschwelle|"
                       r"schwelle fur vorschlage|limiar (de|para) (propostas?|propor)|soglia (di|per) (proposta|proposte|"
                       r"proporre)")
_CLIFF = lexicon.FEATURES["cliff"]
_RATE = (r"rate|exchange rate|tokens? per (eth|ether)|taux|tasa|tipo de cambio|kurs|wechselkurs|taxa|tasso|cambio")
_PRICE = r"price|prix|precio|preis|preco|prezzo|costs? per token"
_HARD_CAP = (r"hard ?-?cap|funding (goal|cap)|fundraising (goal|cap)|raise (cap|goal|target)|tope|objetivo de recaudacion|"
             r"plafond|objectif de levee|obergrenze|finanzierungsziel|teto|meta de captacao|tetto|obiettivo di raccolta")
_REWARD_RATE = (r"reward rate|rewards? per (second|minute|hour|day|block|week)|apr|apy|annual (yield|return)|"
                r"tasa de recompensa|recompensas? por (segundo|dia|bloque)|taux de recompense|recompenses? par (seconde|"
                r"jour|bloc)|belohnungsrate|belohnungen? pro (sekunde|tag|block)|taxa de recompensa|recompensas? por "
                r"(segundo|dia|bloco)|tasso di ricompensa|ricompense? (al|per) (secondo|giorno|blocco)|rendimento annuo")
_THRESHOLD = (r"threshold|umbral|seuil|schwelle|schwellenwert|limiar|soglia|(signatures?|confirmations?|approvals?|"
              r"firmas?|firme|unterschriften|assinaturas) (required|needed|requeridas|necesarias|requises|necessaires|"
              r"erforderlich|notwendig|necessarias|richieste|necessarie)|quorum of signers")
_ROYALTY = lexicon.FEATURES["royalties"]
_ROYALTY_RECEIVER = (rf"(?:{_ROYALTY})\W+(\w+\W+){{0,4}}(go(es)? to|paid to|sent to|receiver|recipient|destinatario|"
                     r"destinataire|empfanger|beneficiar\w*|para|pour)(?![\w])")
_INITIAL_SUPPLY = (r"supply ?[:=]|initial supply|total supply|premint|pre-?minted|suministro (inicial|total)|emision inicial|"
                   r"offre (initiale|totale)|emission initiale|anfangs(angebot|menge|bestand)|gesamtmenge|"
                   r"fornecimento (inicial|total)|emissao inicial|offerta (iniziale|totale)|fornitura (iniziale|totale)")
_CAP = (r"max(imum)? supply|supply cap|hard ?-?cap|capped|cap|suministro maximo|tope|offre maximale|plafond|"
        r"hochstmenge|\w*(ober|hochst)grenze|fornecimento maximo|teto|offerta massima|tetto|fornitura massima")
_VAULT_CAP = _CAP + r"|deposit (limit|cap)|max(imum)? deposits?|limite de (deposito|depot)|einzahlungslimit|limite di deposito"
_DECIMALS = lexicon.DECIMAL_WORDS
_TIMELOCK_DELAY = (r"(min(imum)? )?delay|timelock delay|execution delay|retraso|demora|delai|verzogerung|\w+verzogerung|"
                   r"wartezeit|atraso|ritardo")
_GOVERNOR_TIMELOCK_DELAY = (r"timelock (delay|of)|execution delay|delay before execution|retraso de ejecucion|"
                            r"delai d'execution|ausfuhrungsverzogerung|atraso de execucao|ritardo di esecuzione")
_VESTING_DURATION = (r"duration|vesting (period|schedule length)|duracion|duree|dauer|laufzeit|duracao|durata")
_LOCK = (r"lock(-| )?(up )?(period|time|duration)|locked for|periodo de bloqueo|periode de verrouillage|sperrfrist|"
         r"sperrzeit|periodo de bloqueio|periodo di blocco")

PARAMETERS: tuple[Parameter, ...] = (
    Parameter("voting_delay_seconds", "voting delay", ("governor",), _VOTING_DELAY, ("options.voting_delay_seconds",)),
    Parameter("voting_period_seconds", "voting period", ("governor",), _VOTING_PERIOD, ("options.voting_period_seconds",)),
    Parameter("quorum", "quorum", ("governor",), r"quorum", ("options.percent", "options.quorum")),
    Parameter("proposal_threshold", "proposal threshold", ("governor",), _PROPOSAL_THRESHOLD,
              ("options.proposal_threshold",)),
    Parameter("delay_seconds", "timelock delay", ("governor",), _GOVERNOR_TIMELOCK_DELAY, ("options.delay_seconds",)),
    Parameter("delay_seconds", "minimum delay", ("timelock",), _TIMELOCK_DELAY,
              ("options.delay_seconds", "options.duration_seconds")),
    Parameter("cliff_seconds", "cliff", ("vesting",), _CLIFF, ("options.cliff_seconds",)),
    Parameter("duration_seconds", "vesting duration", ("vesting",), _VESTING_DURATION, ("options.duration_seconds",)),
    Parameter("threshold", "signature threshold", ("multisig",), _THRESHOLD, ("options.threshold",)),
    Parameter("percent", "royalty rate", ("erc721",), _ROYALTY, ("options.percent",)),
    Parameter("recipient", "royalty receiver", ("erc721",), _ROYALTY_RECEIVER, ("addresses.recipient",)),
    Parameter("cap", "deposit cap", ("erc4626",), _VAULT_CAP, ("cap",)),
    Parameter("rate", "sale rate", ("crowdsale",), _RATE, ("options.rate", "options.price_wei")),
    Parameter("price_wei", "price", ("crowdsale", "erc721"), _PRICE, ("options.price_wei", "options.rate")),
    Parameter("hard_cap_wei", "hard cap", ("crowdsale",), _HARD_CAP, ("options.hard_cap_wei", "cap")),
    Parameter("reward_per_second", "reward rate", ("staking",), _REWARD_RATE, ("options.reward_per_second",)),
    Parameter("lock_seconds", "lock period", ("staking", "escrow"), _LOCK, ("options.lock_seconds",)),
    Parameter("supply", "initial supply", ("erc20", "governor", "crowdsale", "staking", "airdrop"), _INITIAL_SUPPLY,
              ("initial_supply",)),
    Parameter("cap", "maximum supply", ("erc20", "erc721"), _CAP, ("cap",)),
    Parameter("decimals", "decimals", ("erc20",), _DECIMALS, ("decimals",)),
)
"""Every template parameter a request can set by name, with the words that name it and what reads it."""


def unread(folded: str, family: str, read_fields: set[str]) -> list[tuple[Parameter, tuple[int, int]]]:
    """The parameters of this family that the folded request names and nothing read: (parameter, the
    folded span of its words). Words inside a phrase that fixes the supply ("capped forever") or turns the
    parameter off ("no cliff", "without a cap") name no value to read, nor does a price of goods by their
    measure ("the price is €4,500 per kilo")."""
    fixed = [m.span() for m in lexicon.find(lexicon.FEATURES["fixed_supply"], folded)]
    out: list[tuple[Parameter, tuple[int, int]]] = []
    for p in PARAMETERS:
        if family not in p.families or read_fields & set(p.set_by):
            continue
        turned_off = -1
        for m in lexicon.find(p.words, folded):
            if turned_off >= 0 and re.fullmatch(r"\s*\(\s*", folded[turned_off:m.start()]):
                continue  # "Sem período de carência (cliff)": the word glossing one turned off
            if any(s <= m.start() < e for s, e in fixed) or lexicon.negated(folded, m.start(), m.end()) or \
                    p.key == "price_wei" and priced_by_measure(folded, m.end()):
                turned_off = m.end()
                continue
            out.append((p, m.span()))
            break
    return out
