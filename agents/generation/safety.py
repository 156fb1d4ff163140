"""What a request or a model's output must never smuggle in, and how user text reaches Solidity.

Text from a request reaches the source only through `solidity_string` (an escaped string literal)
or `solidity_identifier` (validated letters and digits); nothing else is interpolated.
"""

from __future__ import annotations

import re
import unicodedata

_SEIZE_VERBS = (r"einfrier\w*|einzufrieren|wegnehm\w*|wegzunehmen|entzieh\w*|beschlagnahm\w*|congel\w*|confisc\w*|"
                r"quitar\w*|incaut\w*|geler|gele\w*|saisi\w*|sequestr\w*|requisi\w*|tomar")
_OWN_ACCOUNT = (r"(auf|an|in) mein(en|e)? (eigenes? |personliche[ns]? |privates? )?(konto|wallet|adresse)|a mi (propia |personal )?"
                r"(cuenta|billetera|cartera|direccion)|sur mon (propre |perso |personnel )?(compte|portefeuille)|sul mio "
                r"(conto|portafoglio|wallet)|(para|pra) (a )?minha (propria )?(conta|carteira)|to my (own |personal |private )?"
                r"(wallet|account|address)")
_BALANCES = r"guthaben|bestande|salden|saldos?|soldes?|saldi|fondos|fonds|fondi|fundos|tokens|jetons|gettoni|monedas"
_EVERYONE = (r"aller|jedes|jeder|samtlicher|anderer|de todos|de los usuarios|de cualquier|de tous|des utilisateurs|"
             r"de n'importe quel|di tutti|degli utenti|di qualsiasi|dos usuarios|de qualquer")

_TAKE_VERBS = (r"pull|take|move|transfer|withdraw|remove|seize|grab|claw\s?back|sweep|confiscate|drain|"
               r"sacar|quitar|retirar|mover|transferir|tomar|llevarme|"
               r"retirer|prendre|deplacer|transferer|saisir|recuperer|"
               r"abziehen|wegnehmen|entnehmen|verschieben|ubertragen|transferieren|einziehen|"
               r"tirar|pegar|"
               r"prelevare|togliere|spostare|trasferire|prendere|sottrarre|ritirar\w*|ritira|ritiro|retirar\w*|sacarl\w*")
_OTHERS = (r"any(one|body)?|every(one|body)?|other|all|others|"
           r"cualquier|cualquiera|todos|otros|los usuarios|n'importe (quel|qui)|tous|tout|autres|des utilisateurs|"
           r"jede[rsnm]?|beliebige[rnm]?|alle[rn]?|andere[rn]?|qualquer|outros|qualsiasi|qualunque|tutti|altri")
_WITHOUT_CONSENT = (r"without (their|the (owner|holder|user)'?s?|his|her) (approval|permission|consent|"
                    r"authori[sz]ation|knowledge)|sin su (permiso|consentimiento|autorizacion|aprobacion)|"
                    r"sans (leur|son|sa) (accord|consentement|autorisation|permission)|ohne (deren|ihre|seine) "
                    r"(zustimmung|erlaubnis|genehmigung)|sem (a |o )?(sua|seu) (permissao|consentimento|autorizacao|"
                    r"aprovacao)|senza (il |la )?(loro|suo|sua) (permesso|consenso|autorizzazione|approvazione)")
_UNNOTICED = (r"without (them|anyone|anybody|the (holders?|users?)) (noticing|knowing|realising|realizing)|"
              r"sem (eles |elas )?perceber(em)?|sin darse cuenta|sans s'en (rendre compte|apercevoir)|senza accorgersene|ohne es zu merken|"
              r"(they|users|holders|people|listeners|fans|buyers) (won't|wont|will not|would not|wouldn't|don't|do not|never|"
              r"can't|cannot|will never|shouldn't|should not|mustn't|must not|should never|must never) (ever )?"
              r"(notice|realise|realize|find out|know|understand)|(nobody|no one) (will |would |can )?"
              r"(ever )?(notices?|realises?|realizes?|finds? out|knows?)|"
              r"sin que (nadie )?(se (den|de) cuenta|lo (sepan|note|noten)|nadie lo (sepa|note))|"
              r"sans qu'(ils|elles|on|il|personne) (ne )?(s'en )?(rende|rendent|apercoive|apercoivent|sache|sachent)|"
              r"ohne dass (sie|es|jemand|die nutzer) (es )?(merk|bemerk|mitbekomm)\w*|"
              r"sem que (eles |ninguem |os usuarios )?(percebam|perceba|saibam|saiba|notem|note)|"
              r"senza che (nessuno|loro|gli utenti)? ?(se ne )?(accorga|accorgano|sappia|sappiano)|"
              # before anyone notices: "prima che i soci se ne accorgano", "before the partners notice"
              r"before (anyone|anybody|they|the \w+|my \w+|our \w+) (notices?|realises?|realizes?|finds? out)|"
              r"prima che (\w+ ){0,3}(se ne )?(accorga|accorgano)|antes de que (\w+ ){0,3}(se )?(de|den) cuenta|"
              r"avant qu'(\w+ ){0,3}(ne )?(s'en )?(rende|rendent) compte|bevor (\w+ ){0,3}(es )?(merkt|merken|bemerkt|bemerken)|"
              r"antes que (\w+ ){0,3}(percebam|perceba|notem|note)")
"""Doing it behind the holders' backs, in six languages: "sin que se den cuenta", "without them noticing"."""
_FROM = r"from|out of|off|de|del|de la|des|du|aus|von|vom|da|do|dos|das|dalla|dal|dai|dagli|di"
_FAIL = (r"revert\w*|fail\w*|blocked|block|disabled|impossible|rejected|fall[aei]\w*|bloque\w*|echou\w*|scheiter\w*|"
         r"gesperrt|falh\w*|bloquead\w*|fallisc\w*|bloccat\w*")
_EXCEPT_ASKER = (rf"(?:{_FAIL})\b.{{0,40}}\b(?:everyone|everybody|all|anyone|anybody|todos|tout le monde|tous|alle|"
                 r"jeden|tutti|every\s+(?:\w+\s+)?(?:wallet|address|account|holder|buyer|one))\b.{0,15}\b(?:except|but|other than|excepto|menos|salvo|sauf|ausser|exceto|tranne|"
                 r"eccetto)\s+(?:for\s+)?(?:me|my|mine|us|our|the owner|the dev|the deployer|yo|mi|mis|moi|mes|mon|"
                 r"mir|meine\w*|mich|eu|mim|minha|meus|minhas|me|mio|miei|mie|noi|nostr\w*)|"
                 # "sells have to revert for any wallet that isn't mine"
                 rf"(?:{_FAIL})\b.{{0,30}}\b(?:any|every|all)\s+(?:\w+\s+)?(?:wallets?|address(?:es)?|accounts?|holders?)\s+"
                 r"(?:that|which|who)\s+(?:isn't|isnt|is not|aren't|arent|are not)\s+(?:mine|ours|my|me|us)|"
                 # "should quietly fail unless it comes from my wallet", "falla salvo que venga de mi cartera"
                 rf"(?:{_FAIL})\b.{{0,30}}\b(?:unless|except (?:when|if)|a menos que|salvo (?:que|si)|sauf si|a moins qu'?|"
                 r"es sei denn|ausser wenn|a nao ser que|exceto se|a meno che|tranne se)\b.{0,30}\b(?:(?:from|by|de|par|von|"
                 r"da|di|dal|dalla)\s+(?:(?:my|mi|mon|ma|meine\w*|minha|meu|mio|mia|our|nuestra|notre|unsere\w*|nossa|"
                 r"nostr\w*)\s+(?:own\s+)?|the (?:deployer|owner|dev)(?:'s)?\s+)(?:wallets?|address\w*|accounts?|cartera|"
                 r"billetera|cuenta|portefeuille|compte|konto|adresse|carteira|conta|portafoglio|conto|indirizzo)|"
                 # "selling should revert unless the wallet is mine"
                 r"(?:the |that )?(?:wallet|address|account|it)\s+is\s+(?:mine|ours|my own|the owner'?s|the deployer'?s))")

# Requests asking for these are refused by the offline engine.
BACKDOOR_REQUEST_PATTERNS: list[tuple[str, str]] = [
    (r"self[\s_-]?destruct|suicide\s*\(", "selfdestruct"),
    # a mint dressed up: "so it does not look like a mint function on Etherscan", "an unremarkable name ... create tokens"
    (r"\b(does ?n[o']?t|won'?t|will not|would ?n[o']?t|should ?n[o']?t|never) (look|looks|appear|seem) like (a|an) "
     r"(mint|minting|admin|owner|backdoor|privileged)\b|\b(unremarkable|innocent|innocuous|harmless|boring|generic|neutral)"
     r"[- ](looking |sounding )?name\b.{0,80}\b(create|mint|issue|print)\w* (new )?tokens", "a hidden privileged function"),
    # "named something boring so it doesn't stand out on the explorer", "announce that ownership is renounced ... but I
    # need a function only my wallet can call": a power kept while saying it is given up
    (r"\b(does ?n[o']?t|won'?t|will not|would ?n[o']?t|never)\s+stand\s+out\b.{0,30}\b(explorer|etherscan|code|source|"
     r"contract|audit\w*)|\b(named|called)\s+something\s+(boring|innocent|innocuous|harmless|generic|bland|unremarkable|"
     r"neutral)\b|\bannounce\w*\s+(that\s+)?(the\s+)?(ownership|contract|owner)\s+(is|was|has been|will be)\s+renounced\b"
     r".{0,80}\b(but|yet|while)\b|"
     # "Renounce ownership in public so people trust it, but leave a second function that only my wallet can call"
     r"\brenounc\w*\s+(the\s+)?ownership\b.{0,60}\b(but|yet)\b.{0,80}\bonly\s+(my|our|me|i)\b|"
     r"\b(give|gives|use)\s+it\s+a\s+(boring|innocent|innocuous|harmless|generic|bland|unremarkable|neutral)\s+name\b|"
     # "Give to the function a boring name like 'sync' so nobody look"
     r"\b(give|gives|call|name)\s+(to\s+)?(the|this|that)\s+(function|method)\s+(a\s+)?(boring|innocent|innocuous|harmless|"
     r"generic|bland|unremarkable|neutral|normal-looking)\s+name\b",
     "a hidden privileged function"),
    (r"\bdrain(s|ing|ed)?\b|\bsweep\s+(all|user|every)", "draining user funds"),
    # "I can move his tokens back to my wallet and he not notice": a holder's tokens taken by the asker
    (r"\b(move|take|pull|transfer|send|claw)\w*\s+(back\s+)?(his|her|their|a holder'?s|the holder'?s|the buyer'?s|"
     r"someone'?s|anyone'?s)\s+(tokens|balance|funds|coins|holdings)\s+(back\s+)?(in)?to\s+(my|our)\b", "draining user funds"),
    # "one function that sweeps all the liquidity and everybody's balances into my wallet"
    (r"\b(sweep|pull|move|take|transfer|grab|send|seize)\w*\b.{0,50}\b(everybody|everyone|anybody|anyone|all (the )?holders|"
     r"all (the )?users|other people|the holders|the users)'?s?\s+(balances?|tokens|funds|coins|money|holdings)\b.{0,30}\b(into|to) "
     r"(my|our)\b", "draining user funds"),
    # "an approval that lets my wallet pull all their USDC", "they won't read what they're signing"
    (r"\b(lets?|allows?|so|letting|allowing)\s+(my|our|me|us)\s+((wallet|address|account|contract)\s+)?(can\s+)?(pull|drain|take|"
     r"sweep|spend|move|transfer|grab)\w*\s+(all\s+)?(of\s+)?their\b|\b(won'?t|will not|don'?t|do not|never)\s+read\s+what\s+"
     r"(they'?re|they are|they)\s+sign", "draining user funds"),
    (r"\b(hidden|secret|invisible|undisclosed|stealth|backdoor|quiet|silent)\s+(admin\s+|owner\s+)?(mint|minting|function|withdraw|transfer|access)", "a hidden privileged function"),
    # "we keep secret way to still mint more", "renounce ownership ... but we can still mint"
    (r"\b(hidden|secret|invisible|undisclosed|stealth|backdoor|quiet|silent|sneaky)\s+(way|ways|means|method|trick|door|key|"
     r"switch|option|route|path)\s+(to|for|of)\s+(still\s+|also\s+)?(\w+\s+){0,2}?(mint\w*|print\w*|creat\w*|issu\w*)\b|"
     r"\brenounc\w*\s+(the\s+)?ownership\b.{0,80}\b(but|yet)\b.{0,40}\b(still|secretly|quietly)\s+(\w+\s+){0,2}?"
     r"(mint\w*|print\w*|creat\w*\s+(new|more))\b", "a hidden privileged function"),
    # "pulls all the pooled liquidity out to me in one go": the pool emptied into the asker's hands
    (r"\b(pull\w*|remov\w*|drain\w*|tak\w*|withdraw\w*|yank\w*)\s+(out\s+)?(all\s+)?(of\s+)?(the\s+)?(whole\s+|entire\s+)?"
     r"(pooled\s+)?(liquidity|pool)\b"
     r".{0,30}\b(to me|to my wallet|into my wallet|for me|to us|to our wallet)\b", "a rug pull"),
    # "a function only I know about that pulls all the ETH from the presale"
    (r"\b(function|method|switch|button|key|mechanism)\s+(that\s+)?only\s+(i|me|we|us|my \w+)\s+(know|knows|would know)\s+"
     r"(about|of)\b", "a hidden privileged function"),
    (r"\bback[\s-]?door\b|\brug[\s-]?pull\b|\bhoneypot\b", "a backdoor"),
    (r"\b(steal|confiscate|seize)\b.{0,40}\b(funds|tokens|balances?|ether|eth)\b", "taking users' funds"),
    (r"\b(blacklist|block)\b.{0,30}\bsell(ing|ers)?\b|\bprevent\b.{0,30}\bsell", "blocking holders from selling"),
    (r"\b(owner|admin)\b.{0,40}\btransfer\b.{0,30}\b(anyone|any user|any holder|other people)'?s?\b.{0,20}\b(tokens|balance|funds)", "moving other holders' tokens"),
    (r"\b(owner|admin|i|we|deployer)\b.{0,60}\b(take|seize|move|transfer|burn|confiscate|remove|wipe)\b.{0,30}\b(any|other|all|every|users?'?|holders?'?)\b.{0,20}\b(holders?|users?|accounts?|wallets?|balances?|tokens)\b", "moving other holders' tokens"),
    (r"\bfreeze\b.{0,30}\b(any|anyone|anybody|everyone|user|holder)s?'?s?\b.{0,20}\b(funds|tokens|balances?|accounts?|wallets?)"
     # "freeze any wallet caught scalping": a blocklist of wrongdoers is a compliance ask (stopped as unmet), not a seizure
     r"(?!.{0,25}\b(caught|found|flagged|sanctioned|sanctions?|appears? on|listed on|suspected|involved|used for|linked to|"
     r"tied to|that (scalp|cheat|spam|"
     r"steal|launder|hack)|who (scalp|cheat|spam|steal|launder|hack)|stolen|hacked|compromised|fraud\w*|scam\w*|launder\w*|"
     r"breach\w*|court order|bad actors?|bots?)\b)", "freezing holders' funds"),
    # a privileged hand taking tokens out of other people's wallets, or doing it without their consent
    (rf"\b({_TAKE_VERBS})\b.{{0,50}}\b({_FROM})\s+.{{0,25}}\b({_OTHERS})\b.{{0,25}}\b(holders?|users?|usuarios?|utilisateurs?|nutzer\w*|"
     rf"inhaber\w*|usuarios?|utenti|utente|titular(es)?|detenteurs?|investors?|members?|accounts?|wallets?|cuentas?|"
     rf"carteras?|billeteras?|comptes?|portefeuilles?|konten|konto|wallets?|contas?|carteiras?|conti|portafogli\w*)\b",
     "moving other holders' tokens"),
    (rf"\b({_TAKE_VERBS})\b.{{0,80}}\b({_WITHOUT_CONSENT})", "moving other holders' tokens"),
    # "pull every member's balance into my own wallet"
    (rf"\b({_TAKE_VERBS})\b.{{0,20}}\b(every|each|all|any)\s+(\w+\s+)?(members?|holders?|users?|investors?|customers?|"
     r"clients?|fans?|buyers?)('s?|s'|’s)?\s+(balances?|tokens|funds|savings|deposits|money|coins|holdings)\b.{0,40}\b"
     r"(my|our) (own |personal |private )?(wallet|account|address|pocket)", "moving other holders' tokens"),
    # German puts the verb last: "Token von jedem Nutzer abziehen"
    (rf"\b(von|aus)\s+(\w+\s+)?(jede[mnrs]?|beliebige\w*|alle[nr]?|andere\w*)\s+(\w+\s+)?(nutzer\w*|inhaber\w*|wallets?|"
     rf"konten|kontos?|besitzer\w*|halter\w*)\b.{{0,40}}\b({_TAKE_VERBS}|einfrier\w*|einzufrieren)\b",
     "moving or freezing other holders' tokens"),
    (rf"\b({_SEIZE_VERBS}|(?:{_TAKE_VERBS})\w*)\b.{{0,80}}\b({_UNNOTICED})", "a hidden privileged function"),
    # "sem perceberem, assinam uma autorização ilimitada ... passamos tudo o que têm": an unlimited approval obtained unseen
    (rf"\b({_UNNOTICED}|everything they (have|hold|own)|tudo o que (tem|teem)|todo lo que tienen|tout ce qu'ils ont|"
     rf"alles,? was sie haben|tutto quello che hanno)\b.{{0,120}}\b(autoriza\w*|aprobaci\w*|approbation\w*|approvals?|"
     r"autorisation\w*|genehmigung\w*|freigabe\w*|approvazion\w*|autorizzazion\w*)\s+(ilimitad\w*|illimit\w*|unbegrenzt\w*|"
     r"unlimited|infinite|infinit\w*)|"
     rf"\b(autoriza\w*|aprobaci\w*|approbation\w*|approvals?|autorisation\w*|genehmigung\w*|freigabe\w*|approvazion\w*|"
     r"autorizzazion\w*)\s+(ilimitad\w*|illimit\w*|unbegrenzt\w*|unlimited|infinite|infinit\w*)\b.{0,120}\b(everything they "
     r"(have|hold|own)|tudo o que (tem|teem)|todo lo que tienen|tout ce qu'ils ont|alles,? was sie haben|tutto quello che "
     r"hanno)|"
     # "fica com autorização para transferir para nós tudo o que têm nas carteiras"
     r"\b(autoriza\w*|aprobaci\w*|approbation\w*|approvals?|autorisation\w*|genehmigung\w*|approvazion\w*|autorizzazion\w*|"
     r"permission)\b.{0,40}\b(transfer\w*|mover|move|sacar|pull|take|prendre|nehmen|prendere|pegar|levar)\b.{0,40}\b"
     r"(everything they (have|hold|own)|all (of )?their( other)? (tokens|funds|assets|nfts|eth|coins|money)|tudo o que (tem|teem)|todo lo que tienen|tout ce qu'ils ont|alles,? was sie haben|"
     r"tutto quello che hanno)", "draining user funds"),
    (r"\b(freeze|congel\w*|geler|gele\w*|einfrier\w*|bloque\w*|blocc\w*)\b.{0,30}\b(account|accounts|cuentas?|comptes?|"
     r"kont(o|en)|contas?|cont[oi]|wallets?|carteras?|portefeuilles?|carteiras?|portafogli\w*)\b.{0,20}\b(of|de|des|von|"
     r"di|do|da|del)\s+(any|every|cualquier|todos|n'importe quel|tous|jede\w*|beliebige\w*|qualquer|qualsiasi|"
     r"qualunque|tutti)\b", "freezing holders' funds"),
    (r"autodestrucci[oó]n|auto-?destruction|selbstzerst[oö]r|autodestrui", "selfdestruct"),
    (r"puerta trasera|porte d[ée]rob[ée]e|hintert[üu]r|porta dos fundos", "a backdoor"),
    (r"\bvaciar\b|\bvider les fonds\b|\bdrenar\b|\bdrenagem\b", "draining user funds"),
    # emptying other people's wallets: "io svuoto i loro wallet", "vaciar sus carteras", "leere ihre Wallets"
    (r"\b(svuot\w*|vac[ií]\w*|vid(e|er|ons)|leer(e|en)|esvazi\w*|empty|emptying|clean out|sweep\w*|drain\w*)\b.{0,20}\b(loro|sus|leurs|ihre\w*|"
     r"deles|their|the (holders'|users'|customers'|clients'|fans'))\b.{0,15}\b(wallets?|portafogli\w*|carteras?|billeteras?|"
     r"portefeuilles?|konten|carteiras?|accounts?|conti|cuentas?|comptes?|contas?)|"
     # the wallets named by whose they are: "svuotare i wallet dei clienti", "empty the wallets of our users"
     r"\b(svuot\w*|vac[ií]\w*|vid(e|er|ons)|leer(e|en)|esvazi\w*|empty|emptying|drain\w*|clean out)\b.{0,15}\b(wallets?|"
     r"portafogli\w*|carteras?|billeteras?|portefeuilles?|konten|carteiras?|accounts?|conti|cuentas?|comptes?|contas?)\b"
     r".{0,10}\b(dei|degli|of (the |our |my )?|de (los |las |mis |nuestros )?|des|der|dos|das|da|di)\s*(clienti|customers|"
     r"clients|users|holders|fans|members|utenti|soci|clientes|usuarios|utilisateurs|kunden|nutzer|membres|socios|"
     r"membros|investors|inversores|investisseurs|investoren|investidores|investitori)", "draining user funds"),
    # a honeypot: holders can buy, but selling or moving fails for everyone except the asker
    (rf"\b(sells?|selling|sales?|transfers?|swaps?|withdrawals?|ventas?|vender|ventes?|vendre|verkauf\w*|verkaufen|"
     rf"vendas?|vendite|vendere)\b.{{0,60}}\b({_EXCEPT_ASKER})\b", "a honeypot (selling blocked for all but the owner)"),
    # "bloquer la revente pour tout le monde sauf moi": the block said first
    (r"\b(block\w*|bloqu\w*|blockier\w*|blocc\w*|sperr\w*|forbid\w*|interdi\w*|prohib\w*|verbiet\w*|vieta\w*|proib\w*)"
     r"\s+(\w+\s+){0,2}(resales?|revente|reventa|revenda|rivendita|weiterverkauf|sales?|selling|ventes?|ventas?|vendas?|"
     r"vendite|transfers?|transferts?)\b.{0,30}\b(everyone|everybody|all|tout le monde|tous|todos|alle|tutti)\b.{0,10}\b"
     r"(except|but|sauf|excepto|menos|salvo|ausser|exceto|tranne|eccetto)\s+(me|moi|mi|mim|mir|mich|us|nous|noi)\b",
     "a honeypot (selling blocked for all but the owner)"),
    # kept from the people it affects: "personne ne doit s'en rendre compte", "nobody must notice"
    (r"\b(personne ne doit s'en (rendre compte|apercevoir)|nobody (must|should|will|may) (notice|find out|realize|realise)|"
     r"no one (must|should|will|may) (notice|find out|realize|realise)|que nadie se de cuenta|sin que nadie se de cuenta|"
     r"niemand (darf|soll) (es )?(merken|bemerken)|ohne dass es jemand merkt|sem que ninguem perceba|ninguem (pode|deve) "
     r"perceber|senza che nessuno se ne accorga|nessuno (deve|se ne deve) accorge\w*|"
     # "Ninguém precisa saber disso", "nobody needs to know"
     r"senza che (se ne|lo|la|li) (accorgano|accorga|sappiano|notino)|sin que (se den cuenta|lo noten|lo sepan)|"
     r"sans qu'ils (s'en (rendent compte|aper[cç]oivent)|le sachent)|ohne dass sie es (merken|bemerken|wissen)|"
     r"sem que (eles )?(percebam|saibam|notem)|without them (noticing|knowing|realizing|realising)|"
     r"ninguem precisa saber|(nobody|no one) (needs?|has|have) to know|(buyers|holders|users|investors|people|they) "
     r"(don't|do not|dont|won't|will not) (need|have) to know|nadie (tiene que|necesita|debe) saber\w*|"
     r"personne n'a besoin de (le )?savoir|niemand muss (es |das |davon )?wissen|nessuno (deve|ha bisogno di) saper\w*)\b",
     "a hidden privileged function"),
    # "o contrato puxa todos os tokens e NFTs que eles tiverem para a minha carteira": everything they hold, to the asker
    (r"\b(pulls?|takes?|moves?|sweeps?|transfers?|puxa|tira|transfere|leva|saca|quita|toma|transfiere|prend|transf[eè]re|"
     r"zieht|nimmt|prende|sposta|trasferisce)\b.{0,20}\b(all|every|todos|todas|tous|toutes|alle|tutti|tutte)\b.{0,40}\b"
     r"(their|they (have|hold|own)|que eles tiverem|que tiverem|deles|delas|leurs?|qu'ils (ont|possedent)|ihre\w*|"
     r"die sie (haben|besitzen)|loro|che (hanno|possiedono)|sus|que (tengan|tienen))\b.{0,30}\b"
     r"(to|into|para|pra|a|en|pour|sur|dans|auf|in|nel|sul|sulla|nella)\s+(?:a\s+|la\s+|le\s+|il\s+|das\s+|mein\s+)?(my|minha|"
     r"meu|mi|ma|mon|meine\w*|mio|mia)\s+(own\s+|private\s+|privada\s+|priv[ée]e?\s+)?(wallets?|carteira|cartera|billetera|"
     r"portefeuille|portafoglio|konto|address|conta|cuenta|compte)", "draining user funds"),
    # "solamente mi billetera puede vender", "nur meine Wallet kann verkaufen": only the asker sells, in five languages
    # ("só a nossa carteira pode vender": an article before the possessive)
    (r"\b(solamente|solo|s[oó]lo|s[oó]|[uú]nicamente|seulement|uniquement|apenas|somente|soltanto|nur)\s+"
     r"(?:(?:a|o|la|le|il|die|der|das)\s+)?(mi|ma|mon|minha|meu|"
     r"il mio|la mia|mein\w*|nuestr[oa]|notre|noss[oa]|unser\w*)\s+(propi[oa]\s+|propre\s+|pr[oó]pri[oa]\s+)?(billetera|"
     r"cartera|portefeuille|carteira|portafoglio|wallet|konto|direcci[oó]n|adresse|endere[cç]o|indirizzo|cuenta|compte|conta|"
     r"conto)\s+(puede|pueda|peut|pode|possa|pu[oò]|kann|darf)\s+(vender|vendre|vendere|verkaufen)\b",
     "a honeypot (selling blocked for all but the owner)"),
    # "Anyone can buy it but only the yard wallet should be able to sell": buying open, selling kept to one wallet
    (r"\b(anyone|everyone|anybody|everybody|people|holders|buyers)\s+(can|may|is able to|are able to)\s+buy\b.{0,40}\bbut\s+"
     r"only\s+(the\s+|my\s+|our\s+)?[\w' -]{0,20}?(wallet|address|account|owner|team|dev|deployer)s?\s+"
     r"(can|could|may|should|will|is able to|should be able to|gets to)\s+(\w+\s+)?sell", "a honeypot (selling blocked for all but "
     r"the owner)"),
    (r"\bmake\s+it\s+look\s+like\s+a\s+(normal|regular|standard|ordinary|plain)\s+(token|contract|coin)\b",
     "behaviour hidden from its users"),
    # (and "only my wallet and the marketing wallet can sell", "only my wallet can actually sell")
    (r"\bonly (my|our|the owner'?s?|the dev'?s?|the deployer'?s?|the team'?s?) (own )?(wallets?|addresses?|accounts?) "
     r"(and (the |our |my )?[\w' -]{1,30}? )?"
     r"(is |are )?(can|could|may|are able to|will be able to|is able to|is ever able to|is allowed to|gets to|can ever|"
     r"should (ever )?be able to|should (ever )?be allowed to|(will|would) (ever )?be able to) (actually |still |ever |really )?"
     r"(sell|transfer|swap|withdraw|cash out)|"
     # "when anyone other than my wallet tries to sell it back the transaction should just fail"
     r"\b(anyone|everyone|anybody|everybody|all) (other than|except|but|besides) (me|my (own )?wallet|the owner|us|our "
     r"wallet)\b.{0,60}\b(sell|sale|selling|transfer|swap)\w*\b.{0,50}\b(fail|revert|error)\w*|"
     # the failure staged for everyone else: "for everyone else the sell should just fail with some random error"
     r"\b(for )?(everyone|everybody|all the others|anyone) else\b.{0,40}\b(sell|sale|selling|transfer|swap)\w*\b.{0,30}\b"
     r"(fail|revert|error)\w*|"
     # "selling should only go through for my own wallet"
     r"\b(sell|sells|selling|sales?)\b.{0,40}\bonly\b.{0,30}\b(for|from|by) (my|our) (own )?(wallets?|address|account)\b|"
     # "once buyers pile in, I flip it and nobody except my wallet can sell anymore"
     r"\b(nobody|no one|noone|no-one|no other wallet)\s+(except|but|besides|other than|apart from)\s+(me|my (own )?wallets?|"
     r"my (own )?address(es)?|my (own )?accounts?|"
     r"us|our wallets?|the owner|the dev)\b.{0,30}\b(can|could|may|will be able to|is able to)\b.{0,10}\b(sell|transfer|swap|"
     r"withdraw|move|cash out)\w*|"
     # "the sell transaction of others must fail"
     r"\b(sell|sale|selling)\w*\s+(transactions?|orders?|attempts?|txs?)?\s*(of|from|by)\s+(the\s+)?(others|other people|other "
     r"holders|other wallets|everyone else|everybody else|anyone else)\b.{0,20}\b(fail|revert|error)\w*|"
     # "any sell from a wallet other than mine should just quietly revert"
     r"\b(sell|sale|selling|transfer|swap)\w*\b.{0,20}\b(wallets?|address(es)?|accounts?)\s+(other than|except|but|besides)\s+"
     r"(mine|ours|my (own )?(wallets?|address|account)|the owner'?s?|the dev'?s?|the deployer'?s?)\b.{0,40}\b(fail|revert|"
     r"error)\w*|"
     # "any sell from a wallet that isn't mine just fails"
     r"\b(sell|sale|selling|transfer|swap)\w*\b.{0,40}\b(wallets?|address(es)?|accounts?)\s+(that|which)\s+(isn't|isnt|is not|"
     r"aren't|arent|are not)\s+(one of )?(mine|ours|my (own )?wallets?|our wallets?|the owner'?s?|the dev'?s?|on (my|our) "
     r"(\w+ )?list)\b.{0,40}\b(fail|revert|error)\w*|"
     # "any wallet that isn't mine gets a revert when it tries to sell"
     r"\b(wallets?|address(es)?|accounts?)\s+(that|which)\s+(isn't|isnt|is not|aren't|arent|are not)\s+(mine|ours|"
     r"on (my|our) (\w+ )?list)\b.{0,30}\b(fail|revert|error)\w*\b.{0,40}\b(sell|sale|selling|transfer|swap)\w*|"
     # the failure disguised: "make the revert message look like a slippage error so they think it's their settings"
     r"\b(revert|error|failure)\s+(message|reason|string|text)s?\b.{0,20}\b(look|looks|seem|seems|appear|appears)\s+"
     r"(like|as if)\b.{0,30}\b(slippage|their (own )?(settings|fault|mistake)|a (network|wallet|gas) (error|problem|issue))",
     "a honeypot (selling blocked for all but the owner)"),
    # "selling should quietly fail for every wallet except ours"
    (r"\b(sell|sells|selling|sales?)\b.{0,30}\b(fail|fails|revert|reverts|blocked|rejected)\b.{0,10}\b(for|on|with) (every|all|any|"
     r"each) (other )?(wallets?|address(es)?|accounts?|holders?|ones?|buyers?)\b.{0,10}\b(except|but|besides|other than|apart "
     r"from) (ours|mine|us|me|my|our|the owner)\b", "a honeypot (selling blocked for all but the owner)"),
    # "any sell reverts unless the wallet is on my list": selling kept to the asker's list
    (r"\b(sell|sells|selling|sales?)\b.{0,30}\b(revert|reverts|fail|fails|blocked|rejected)\b.{0,20}\b(unless|except|"
     r"but)\b.{0,40}\b(my|our) (own )?(list|whitelist|allowlist|wallets?|addresses)\b",
     "a honeypot (selling blocked for all but the owner)"),
    (r"\b(don'?t|do not|dont)\s+make\s+it\s+(obvious|visible|noticeable|easy to (see|spot|find))\b.{0,30}\b(code|source|"
     r"contract|etherscan)\b", "behaviour hidden from its users"),
    # behaviour hidden from the people it affects: "keep it hidden so nobody spots it on etherscan"
    (r"\b(hidden|hide|hiding|secret\w*|conceal\w*|obfuscat\w*|disguis\w*|undetect\w*|ocult\w*|escond\w*|cach(e|er|ee)|"
     r"versteck\w*|verberg\w*|nascost\w*|nasconde\w*)\b.{0,60}\b(nobody|no one|noone|anyone|users|holders|buyers|"
     r"investors|auditors?|nadie|personne|niemand|ninguem|nessuno)\b.{0,25}\b(spots?|notices?|sees?|finds?|detects?|"
     r"knows?|can tell|realis\w*|realiz\w*|note\w*|vea|sepa|voie|remarque\w*|merkt|sieht|perceba|veja|accorga|veda)",
     "behaviour hidden from its users"),
    (r"\b(hidden|hide|hiding|secret\w*|conceal\w*|obfuscat\w*|disguis\w*|ocult\w*|escond\w*|versteck\w*|"
     r"nascost\w*)\b.{0,40}\b(etherscan|block explorer|the explorer|auditors?|the audit)\b", "behaviour hidden from its users"),
    # a part of the behaviour kept from the people it affects: "keep that part out of the docs"
    (r"\b(keep|leave)\s+(that|this|it|the( [\w-]+){1,3}?)(\s+(part|bit|function|feature|rule))?\s+out\s+of\s+(the\s+)?(docs|"
     r"documentation|readme|whitepaper|white paper|website|announcements?|audit)\b|\b(don'?t|do not|never)\s+(mention|"
     r"disclose|document)\s+(that|this|it)\s+(part\s+)?(to|in)\s+(the\s+)?(buyers|holders|users|investors|docs|"
     r"documentation|whitepaper|community)\b", "behaviour hidden from its users"),
    # the same in Spanish, French, German, Portuguese and Italian (matched on the text without accents)
    (rf"\b(heimlich|insgeheim|verdeckt|versteckt\w*|geheim\w*|en secreto|secretamente|a escondidas|ocult[oa]s?|"
     rf"en cachette|secretement|en secret|di nascosto|segretamente|nascost[oa]|em segredo|as escondidas|secretly|"
     rf"covertly|quietly|discreetly|discretamente|discretement|diskret|in realta|na verdade|en realidad|en realite|"
     rf"in wirklichkeit|actually)\b[^.!?\n]{{0,80}}\b({_SEIZE_VERBS}|{_OWN_ACCOUNT}|{_TAKE_VERBS})\b", "a hidden privileged function"),
    # money raised in someone else's name that goes to the asker: "says every purchase helps the shelter, but really
    # sends it all to my personal wallet"
    (rf"\b(but|mas|pero|mais|aber|ma)\b.{{0,40}}\b(actually|really|in fact|na verdade|en realidad|en realite|en fait|"
     rf"in wirklichkeit|eigentlich|in realta)\b.{{0,60}}\b({_OWN_ACCOUNT})", "money raised under a false purpose"),
    # an exit scam: "cuando junte la plata retiro todo y desaparezco sin entregar nada", "take the money and vanish"
    (r"\b(retir\w*|take|took|grab\w*|withdraw\w*|pull|pulls|pulled|drain\w*|sweep\w*|cash out|saco|sacar|cojo|agarro|prend\w*|nehm\w*|hol\w*|pego|pegar|"
     r"levo|prelev\w*|tir[aeo]|tirar|tiramos)\b.{0,90}\b(y|and|then|et|puis|und|dann|e|depois|poi)\s+"
     r"(?:(?:ai|ahi|alors|luego|then|dann|poi|pronto|just)\s+)?(?:(?:je|i|ich|eu|io|yo|me|we|a gente|nos|on|wir|noi)\s+)?"
     r"(some|somem|desaparezco|desaparecer|desaparecemos|"
     r"disappear\w*|vanish\w*|disparai\w*|disparais|verschwind\w*|desapare[cç]\w*|sparisco|spariamo|scompai\w*|"
     r"run away|run off|me largo|me pire|ghost\w*|sumo|sumimos|sumir\w*|me esfumo)\b|"
     # "chiudo il sito e sparisco", "we shut the website down and vanish", "je ferme le site et je disparais"
     r"\b(chiud\w*|close|closes|shut|shuts|cierro|cerramos|fecho|fechamos|ferme|fermons|schliess\w*)\s+(down\s+)?"
     r"(il |the |la |el |o |le |die |our |mi |mon |meine? )?(sito|site|web|pagina|page|website|seite|shop)\b.{0,20}\b"
     r"(e|and|y|et|und|then|poi|puis|luego|depois)\s+(?:(?:je|i|ich|eu|io|yo|we)\s+)?(sparisco|spariamo|disappear\w*|"
     r"vanish\w*|desaparezco|desaparecemos|sumo|sumimos|disparais|disparaissons|verschwinde\w*|me pire|ghost\w*)\b|"
     # "so when the season is over I can just close up and disappear with it"
     r"\b(disappear|vanish|run off|run away|ghost|skip town|take off)\s+with\s+(it|the (money|funds|pot|cash|eth)|"
     r"everything|all of it)\b|"
     # "retiro tudo para a minha carteira e encerramos o projeto sem aviso": the project shut without a word
     r"\b(encerr\w*|fech\w*|close|closes|closing|shut|shuts|shutting|cierr\w*|cerr\w*|chiud\w*|ferm\w*|schliess\w*)\s+"
     r"(down\s+)?(o |the |el |le |il |das |our |nosso |nuestro |notre |il nostro )?(projeto|project|proyecto|projet|progetto|"
     r"projekt)\b.{0,20}\b(sem aviso|without (notice|warning|a word|telling anyone)|sin (aviso|avisar)|sans (prevenir|"
     r"pr[ée]avis)|senza (avviso|preavviso|avvisare)|ohne (vorwarnung|ankundigung))\b|"
     r"\b(sin entregar nada|without delivering (anything|a thing)|sans rien livrer|ohne etwas zu liefern|"
     r"sem entregar nada|senza consegnare nulla)\b", "a fraud scheme (an exit scam)"),
    # money collected for a cause that goes to the asker: "como se fosse a Cruz Vermelha, mas o dinheiro vai todo para
    # a minha conta"
    (r"\b(but|mas|pero|mais|aber|ma)\b.{0,30}\b(money|dinheiro|dinero|argent|geld|soldi|donations?|doacoes|donaciones|dons|"
     r"spenden|donazioni|funds|fundos|fondos|fonds)\b.{0,25}\b(goes|go|vai|va|van|vont|geht|gehen|vanno|ends up)\b.{0,15}\b"
     r"(to my|para a minha|para mi|a mi|sur mon|auf mein\w*|sul mio|in my|into my|na minha|en mi|dans ma|nella mia)\b",
     "money raised under a false purpose"),
    # a rug pull: "then we pull the liquidity and vanish", "ritirare tutta la liquidità quando voglio"
    (r"\b(ritirar\w*|prelevar\w*|togliere|retirar|sacar|tirar|puxar|drenar|levar|retirer|abziehen|withdraw|remove|drain)\s+"
     r"(\w+\s+){0,3}"
     r"(liquidit\w*|liquidez)\b|"
     # the German verb last: "die komplette Liquidität aus dem Pool abziehen kann"
     r"\bliquiditat\b.{0,40}\b(abziehen|abzuziehen|rausziehen|herausziehen|entziehen|entnehmen|abheben)\b|"
     r"\bpull(s|ing|ed)?\s+(the\s+|all\s+the\s+|our\s+|all\s+)?liquidity\b|"
     # "uma função só minha que tire tudo da pool", "take everything out of the pool", "vider tout le pool"
     r"\b(tir[aeo]\w*|sac[aeo]\w*|retir\w*|take|takes|pull|pulls|drain\w*|remove\w*|withdraw\w*|vide\w*|empty|ritir\w*|"
     r"prelev\w*|zieh\w*|nimm\w*|nehm\w*)\s+(everything|all|it all|tudo|todo|toda|tout|alles|tutto)\s+((the|of|it|money|funds|liquidity|eth|dinheiro|"
     r"dinero|argent|geld|soldi|at once|de uma vez|de una vez|d'un coup|auf einmal|in un colpo)\s+)*"
     r"(from|da|de|del|de la|du|aus|dalla|dal|out of|off|do)\s+(the\s+|a\s+|la\s+|le\s+|o\s+|el\s+|il\s+|dem\s+|der\s+)?"
     r"(pool|liquidity|lp|liquidez|liquidite|liquiditat|liquidita)\b|"
     # "pulls all the LP and every contributor's ETH to my wallet"
     r"\b(pull|drain|take|move|sweep|withdraw)\w*\s+(all\s+)?(the\s+)?(lp|lp tokens|pool)\b.{0,60}\b(to|into)\s+(my|our)\s+"
     r"(own\s+)?(wallet|address|account)|"
     # "pulls all the raised ETH and the pool liquidity into my own wallet"
     r"\b(pull|drain|take|move|sweep)(s|ing|ed)?\s+([\w-]+\s+){0,6}(pool|lp)\s+liquidity\b|"
     # the lock shown but not there: "make it look like the liquidity is locked", "fake a liquidity lock"
     r"\b(look|looks|seem|seems|appear|appears|pretend)\s+(like\s+|as if\s+|that\s+)?(the\s+)?(liquidity|lp|pool|funds)"
     r"\s+(is|are)\s+locked\b|\bfake\s+(a\s+|the\s+)?(liquidity\s+|lp\s+)?lock|\b(take|run)\s+(off\s+)?with\s+"
     r"(the|their)\s+(money|funds|liquidity)\b|\b(tell|telling|convince)\s+(fans|people|investors|buyers|everyone)\s+"
     r"(that\s+)?(he|she|they|[a-z]+)\s+(invested|endorse[sd]?|backs?|is behind)\b", "a fraud scheme (rug pull)"),
    # passing a token off as a real brand's or a real stablecoin: "so our members think they're getting real Circle
    # dollars", "como se fosse o oficial", "mismo nombre y logo ... como si fuera el oficial"
    (r"\b(think|believe|assume|pensar|piensen|crean|creer|acreditem|achem|pensent|croient|croire|glauben|denken|"
     r"credano|pensino|credere)\b.{0,50}\b(real|official|genuine|legit|authentic|oficial|officiel|echte[nr]?|offiziell\w*|"
     r"ufficiale|verdadeir\w*|verdader\w*|vrai\w*|vero|(comes?|came) from (them|it|him|her)|is from them|"
     r"issued by them|backed by them)\b", "a token passed off as another's (impersonation)"),
    (r"\b(describ|present|market|advertis|sell|decri|vend|apresent|beschreib|ausgeb|spacci|descri)\w*\b.{0,40}\b(as|como|"
     r"comme|als|come)\s+(?:(?:el|le|la|the|o|a|il|der|die|das|une|un|una|uma|ein|eine|\w+'s)\s+)?(?:\w+\s+){0,2}(official|"
     r"oficial|officiel\w*|offiziell\w*|ufficiale)\b", "a token passed off as another's (impersonation)"),
    (r"\b(imit\w*|mimic\w*|nachahm\w*|copie\w*|copia\w*|impersonat\w*)\b.{0,20}\b(banque nationale|banque centrale|central "
     r"bank|national bank|banco central|banco nacional|bundesbank|zentralbank|nationalbank|banca centrale|banca d'italia|"
     r"banco de portugal|banco de espana|ecb|bce|ezb|federal reserve)", "a token passed off as another's (impersonation)"),
    (r"\b(como si fuer(a|an)|como se fosse(m)?|comme si c'?(etait|etaient)|comme s'ils etaient|als ob (es|sie)|"
     r"als w[aä]re(n)? (es|sie)|come se fosse(ro)?|as if (it|they) (was|were)|"
     r"pass(ing)? (it|them) off as|pretend(ing|s)? to be|impersonat\w*|fake (version|copy) of)\b.{0,40}\b(real|official|"
     r"oficial|officiel|echte\w*|offiziell\w*|ufficiale|verdadeir\w*|verdader\w*|de verdad|de verdade|vrai\w*|veri|"
     r"ver[oi]|the (real )?one|\w+'s)",
     "a token passed off as another's (impersonation)"),
    (r"\b(same|identical|mismo|misma|identico|idéntico|mesmo|mesma|meme|même|gleiche[nr]?|selbe[nr]?|stesso|stessa)\b"
     r".{0,30}\b(logo|name and logo|nombre y logo|nom et logo|nome e logo|namen und logo)\b", "a token passed off as "
     "another's (impersonation)"),
    # market manipulation and schemes that pay old holders with new money
    (r"\bpump[\s-]*(and|&|n)[\s-]*dump\b|\bponzi\b|\bpyramid (scheme|game)\b|\bpir[aá]mide\b|\bpiramid(al|e)\b|"
     r"\bpyramide\b|\bschneeball\w*|\bsistema piramidal\b|\bschema ponzi\b",
     "a fraud scheme (pump and dump, Ponzi or pyramid)"),
    (r"\b(guarantee\w*|garantiz\w*|garantid\w*|garanti\w*|garantiert\w*|promet\w*|promis\w*|promises?|verspr\w*)\b"
     r".{0,30}\b(\d+ ?%|x ?\d+|\d+ ?x)\b.{0,20}\b(a |per |al |por |par |pro |ao |am |each )?(day|week|month|year|dia|"
     r"semana|mes|jour|mois|tag|monat|giorno|mese|returns?|profit|ganancia|lucro|rendement|rendite|rendimento)\b",
     "promised returns (an investment scheme)"),
    (r"\b(pays?|paying|paid|pagando|pagar|payer|payant|zahlen|bezahlen|pagare|pagando)\b.{0,30}\b(old|earlier|first|early|"
     r"viejos|antiguos|primeros|anciens|premiers|alten|ersten|antigos|primeiros|vecchi|primi)\b.{0,40}\b(new|later|"
     r"nuevos|nouveaux|neuen|novos|nuovi|que entra\w* despues|who join later)", "a fraud scheme (Ponzi)"),
    # returns paid out of the money new members bring: "pays early users 30% monthly out of new deposits"
    (r"\b(returns?|interest|yield|payouts?|pays?|paid|paying)\b.{0,40}\b(out of|from|with|using)\s+(the\s+)?(new|newer|"
     r"later|fresh|incoming)\s+((donors?|investors?|members?|users?|buyers?|joiners?|players?)'?s?'?\s+)?(deposits?|"
     r"investors?'?|members?'?|users?'?|buyers?'?|donors?'?|money|funds|joiners?|donations?|contributions?)",
     "a fraud scheme (Ponzi)"),
    # a false claim that the state issues it: "write it is issued by Bangladesh Bank, they will think it is govt money"
    (r"\b(think|believe|assume|glauben|denken|piensen|crean|pensent|croient|achem|acreditem|pensino|credano)\b.{0,30}\b"
     r"(govt|government|state|official|national|central bank|regierungs|staats|gobierno|estatal|gouvernement|etat|"
     r"governo|statale)\s*(money|currency|cash|coins?|geld|dinero|moneda|argent|monnaie|dinheiro|moeda|soldi|moneta)",
     "a token passed off as another's (impersonation)"),
    (r"\b(payouts?|pay-?outs|auszahlung\w*|pagos|paiements?|pagamentos?|pagamenti|rendimientos|returns)\b.{0,40}\b(early|"
     r"earlier|first|old|fruhen|ersten|alten|primeros|antiguos|premiers|anciens|primeiros|antigos|primi|vecchi)\b.{0,60}"
     r"\b(new|newer|later|neuen|spateren|nuevos|nouveaux|novos|nuovi)\b", "a fraud scheme (Ponzi)"),
    (r"\b\d+ ?%.{0,25}\b(returns?|rendite|rendement|rendimiento|rendimento|profit|gains?|interest|zinsen|interes|juros|"
     r"interessi)\b.{0,20}\b(day|daily|week|weekly|month|monthly|tag|woche|monat|jour|semaine|mois|dia|semana|mes|giorno|"
     r"settimana|mese)\b.{0,40}\b(guarantee\w*|garant\w*|verspr\w*|promet\w*|promis\w*|promess\w*|assur\w*)",
     "promised returns (an investment scheme)"),
    # hiding a function, in six languages: "hide a function so I can mint", "funzione nascosta", "función oculta"
    (r"\b(hide|hiding|conceal\w*|bury|burying|sneak\w*)\s+(a|an|the|my|some)?\s*(\w+\s+)?(mint\w*|function|backdoor|"
     r"withdraw\w*|owner\w*|admin\w*)\b|\b(funzione|funzioni|funcion|funciones|fonction|fonctions|funktion|funcao|"
     r"funcoes)\s+(nascost\w*|ocult\w*|cachee?s?|versteckt\w*|geheim\w*|escondid\w*|segret\w*|secret\w*)|"
     r"\b(versteckt\w*|geheim\w*)\s+(mint\w*|funktion|pragefunktion)", "a hidden privileged function"),
    (r"\b(etherscan|the explorer|block explorer)\s+(shows?|says?|displays?)\b.{0,30}\brenounc\w*|\b(looks?|appears?|seems?)"
     r"\s+(to be\s+)?renounc\w*|\bfake\s+renounc\w*", "behaviour hidden from its users"),
    (r"\b(after|once|when)\s+(they|people|fans|holders|listeners|buyers|investors|followers)\s+(buy|bought|ape|aped)\b"
     r".{0,40}\b(dump\w*|sell (it|everything|all)|rug\w*)\b", "a fraud scheme (pump and dump)"),
    # minting in secret, then selling on the buyers: "só eu consiga cunhar milhões escondido e vender tudo depois"
    (r"\b(mint\w*|cunh\w*|acun\w*|emiti\w*|emett\w*|pragen|prag\w*|conia\w*|frapp\w*)\b.{0,30}\b(escondid\w*|em segredo|"
     r"as escondidas|a escondidas|en secreto|ocult\w*|en cachette|secretement|heimlich|insgeheim|di nascosto|segretamente|"
     r"secretly|in secret|quietly|hidden)\b", "a hidden privileged function"),
    (r"\b(vender|vendre|verkaufen|vendere|sell|dump)\s+(tudo|todo|tout|alles|tutto|everything|it all)\s+(depois|despues|"
     r"apres|nachdem|dopo|after|once|quando|cuando|quand|wenn)\b.{0,40}\b(compr\w*|achet\w*|kauf\w*|buy|bought)",
     "a fraud scheme (pump and dump)"),
    # a sale that delivers nothing: "fake perfume NFT drop: buyers pay 0.1 ETH ... they never get anything"
    (r"\bfake\s+(\w+\s+){0,2}(nft|token|mint|drop|presale|pre-sale|sale|airdrop|giveaway|ico)s?\b|\b(buyers|they|people|"
     r"fans|customers|investors)\s+(\w+\s+){0,2}(never|don't|do not|won't|will not)\s+(get|receive)\s+(anything|a thing|"
     r"nothing|their \w+)", "a fraud scheme (a sale that delivers nothing)"),
    # a refund or withdrawal that only looks real: "the refund button looks real but never pays out"
    (r"\b(refunds?|withdraw\w*|claims?|cash ?-?out|reembolso|remboursement|ruckerstattung|erstattung|rimborso|"
     r"retiro|retrait|auszahlung|saque|prelievo)\b.{0,40}\b(never|doesn't|does not|won't|will not|nunca|jamais|nie|"
     r"niemals|mai)\s+(actually\s+|really\s+)?(pays? (out|anything|back)|paid out|works?|sends? (anything|the money|"
     r"the funds)|returns? (anything|the money|the funds)|paga nada|paie rien|zahlt nichts aus|funktioniert|funciona|"
     r"fonctionne|funziona)\b", "a fraud scheme (a refund that never pays)"),
    # an airdrop or a token that passes itself off as a known brand's: "airdrop falso con el logo de Binance", "un
    # jeton qui se fait passer pour un airdrop officiel de Binance"
    (r"\b(se fait passer pour|se hace pasar por|se faz passar por|si spaccia per|pretends? to be|poses? as|posing as|"
     r"gibt sich als)\b|\b(airdrop|giveaway|drop|claim)\s+(falso|falsa|fake|faux|fausse|finto|finta|gefalscht\w*)\b|"
     r"\b(fake|falso|faux|finto|gefalscht\w*)\s+(\w+\s+)?(airdrop|giveaway)\b.{0,40}\b(logo|brand|marca|marque|marke|"
     r"binance|coinbase|metamask|uniswap|opensea|tether|circle)\b", "a token passed off as another's (impersonation)"),
    # a false audit claim: "a fake 'Audited by CertiK' badge"
    (r"(?<!\bno )(?<!\bnot )(?<!\bwithout )(?<!\bsans )(?<!\bohne )(?<!\bsenza )(?<!\bkeine )(?<!\bnever any )"
     r"\b(fake|bogus|made-? ?up|faux|fausse|gefalscht\w*|finto|finta)\b.{0,30}\b(audit\w*|auditad\w*|audite\w*|"
     r"gepruft|certik|badge|seal|sello|sceau|siegel|selo|sigillo)|"
     # an audit claimed and denied in one breath: "diz que foi auditado pela CertiK, mesmo sem auditoria nenhuma"
     r"\b(audited|auditad[oa]s?|audite\w*|auditat[oa]|gepruft|certik)\b.{0,40}\b(even though|although|mesmo sem|"
     r"aunque no|sin|sans|ohne|senza|sem|without|bien que|obwohl|anche se)\b.{0,25}\b(audit\w*|auditor\w*|prufung\w*|"
     r"revision\w*)|"
     # "Put 'Audited by CertiK' in the header comment": the claim quoted, firm last
     r"\b(write|put|add|mention|say|state|claim|schreib\w*|escrib\w*|ecri\w*|scriv\w*|escrev\w*|pon\w*|mett\w*|coloc\w*)"
     r"\b.{0,10}\b(audited|auditad[oa]|audite|auditat[oa]|gepruft|verified|secured) (by|par|por|von|da|pela|pelo)\s+"
     r"(certik|hacken|peckshield|trail of bits|consensys|quantstamp|openzeppelin|halborn|slowmist)"
     # an audit by a named firm written into the code or the page: "in die Kommentare schreibst du, dass CertiK den
     # Vertrag geprüft hat", "put in the comments that it was audited by Hacken"
     r"|\b(write|writes|writing|put|add|mention|say|says|state|claim|schreib\w*|escrib\w*|ecri\w*|scriv\w*|escrev\w*|"
     r"pon\w*|mett\w*|coloc\w*)\b.{0,60}\b(certik|hacken|peckshield|trail of bits|consensys diligence|quantstamp|"
     r"openzeppelin|halborn|slowmist)\b.{0,40}\b(audit\w*|auditad\w*|audite\w*|auditat\w*|gepruft|geprueft|prufte|"
     r"revis\w*|verifi\w*|verifie\w*|checked|reviewed)",
     "a false audit claim"),
    # a false claim of who issues or backs it: "den Kunden erzählen wir, er sei von der Bundesbank ausgegeben"
    (r"\b(tell|telling|erzahl\w*|sagen|decir|decimos|diremos|dire|disons|dizer|dizemos|diciamo|diremo)\b.{0,60}\b("
     r"issued|backed|guaranteed|endorsed|ausgegeben|gedeckt|garantiert|emitid[oa]|respaldad[oa]|garantizad[oa]|emis|"
     r"garanti|adosse|lastread[oa]|emess[oa]|garantit[oa])\b.{0,30}\b(by|von|der|por|par|pela|pelo|da|dalla|dal)?\s*"
     r"(the )?(bundesbank|central bank|banco central|banque centrale|banca centrale|ecb|ezb|bce|fed|federal reserve|"
     r"bank of \w+|banco de \w+|banque de \w+|banca d'italia|government|regierung|gobierno|gouvernement|governo)|"
     r"\b(bundesbank|central bank|banco central|banque centrale|banca centrale|ecb|ezb|bce|federal reserve)\b.{0,40}\b("
     r"ausgegeben|gedeckt|issued|backed|emitid[oa]|respaldad[oa]|emis|adosse|emess[oa])\b.{0,60}\b(erzahl\w*|tell|"
     r"decir|dire|dizer)|"
     r"\b(tell|telling|erzahl\w*|sagen|decir|dire|dizer|diciamo|diremo)\b.{0,60}\b(bundesbank|central bank|banco central|"
     r"banque centrale|banca centrale|ecb|ezb|bce|federal reserve)\b.{0,40}\b(ausgegeben|gedeckt|issued|backed|"
     r"emitid[oa]|respaldad[oa]|emis|adosse|emess[oa])", "a token passed off as another's (impersonation)"),
    # a mint, a function or an owner hidden from the source people verify
    (r"\b(mint\w*|function|withdraw\w*|owner\w*|admin\w*)\b.{0,20}\b(hidden|concealed|invisible|kept out|left out|omitted|"
     r"not shown)\b.{0,30}\b(source|code|etherscan|explorer|verif\w*|audit\w*)\b", "a hidden privileged function"),
    (r"\bdump(s|ing)?\s+(it\s+|them\s+|everything\s+)?on\s+(them|the\s+(fans|buyers|holders|community|investors|people|"
     r"followers|listeners|members)|my\s+(fans|followers|buyers|listeners))\b|\bprint\s+(millions|billions|more|tokens)\b"
     r".{0,30}\b(dump|sell)\b", "a fraud scheme (pump and dump)"),
    # asking people to approve their assets to the asker: what a wallet drainer does
    (r"\b(set_?approval_?for_?all|approve all|approval for all|(unlimited|infinite) ([\w$]+[ -])?approvals?|approvazione "
     r"illimitata|aprobacion ilimitada|approbation illimitee|(unbegrenzte|unbeschrankte)\w* ([\w$]+[ -])?freigabe|aprovacao "
     r"ilimitada|"
     # approval of everything in the wallet: "pedir aprovação de todos os tokens e do USDT da carteira dela"
     r"(aprovac\w*|aprobac\w*|approval|approbation|approvazione|freigabe|genehmigung|approve|aprovar|aprobar|approuver|"
     r"approvare|aprueb\w*|approuv\w*|approvino|aprovem|genehmigen) (de |of |di |von |for |para |pour |on |over |sur |su |sobre |auf |uber )?(todos|todas|all|tous|toutes|tutti|tutte|alle|every) ((os|as|los|las|"
     r"the|les|i|le|die|their|sus|leurs|deren|suoi|sue|loro|seus|suas|ses|ihre|his|her) ){0,2}(tokens?|jetons|gettoni|fichas|fundos|fondos|funds|fonds|fondi|nfts|"
     r"assets|activos|ativos|actifs)|"
     r"approv\w* everything (in|from) (their|the|your|his|her) wallets?|"
     # "aprovar o nosso contrato pra movimentar todos os tokens e NFTs da carteira dela"
     r"(approv\w*|aprov\w*|aprob\w*|aprueb\w*|approuv\w*|genehmig\w*) (o |el |le |the |il |den |unseren |our )?(nosso |"
     r"nuestro |notre |nostro )?(contrato|contract|contrat|contratto|vertrag)\b.{0,20}\b(pra|para|to|pour|per|um)\b.{0,20}?"
     r"\b(movimentar|mover|move|spend|gastar|deplacer|spostare|bewegen|transferir|transfer|usar|use|utiliser)\w*\b.{0,10}\b("
     r"todos|todas|all|tous|toutes|tutti|tutte|alle)|"
     # a signature taken for one thing and used for all they hold: "they sign one approval, and after the contract take
     # all their USDT and other tokens to my address"
     r"(sign\w*|give|gives|grant\w*) (one |an |a |the )?(blanket |single |big |general |full |unlimited |infinite )?(approvals?|permits?|signatures?)\b.{0,80}\b(take|takes|move|"
     r"moves|send|sends|transfer\w*|pull\w*|sweep\w*|drain\w*) (all )?(of )?(their|the users'?|the holders'?) "
     r"([\w$-]+ ){0,4}?(tokens|funds|usdt|usdc|nfts|assets|money)|"
     # the unlimited allowance asked as a spend: "aprovar gasto ilimitado de USDC", "approve unlimited spending"
     r"(approv\w*|aprov\w*|aprob\w*|genehmig\w*|freigeb\w*|autoriz\w*|autoris\w*) (an? |um |un |une |uno )?"
     r"(unlimited |infinite |ilimitad[oa] |illimit\w* |unbegrenzt\w* )?(spending|spend|gasto|gastos|depenses?|spesa|"
     r"ausgaben)( (unlimited|infinite|ilimitad[oa]|illimit\w*|unbegrenzt\w*))?)\b.{0,160}\b(move|mov\w*|spost\w*|"
     r"deplac\w*|verschieb\w*|transf\w*|take|send|sweep|their|loro|sus|leurs|ihre\w*|deles|dos seus|dei|de sus|de "
     r"leurs|tutti|fondi|fondos|fonds|guthaben|fundos|funds|nfts?|tokens|sein\w*|leer\w*|vide\w*|vaci\w*|svuot\w*|"
     r"esvazi\w*|drain\w*|empty|empties|emptying)\b", "draining user funds (approval phishing)"),
    # everything in their wallet taken to the asker: "it must take all the tokens and NFTs from their wallet to my address"
    (r"\b(take|takes|taking|move|moves|send|sends|transfer\w*|pull\w*|sweep\w*|drain\w*|steal\w*)\b.{0,40}\bfrom (their|his|"
     r"her|the (user|holder|fan|person|visitor|claimer|member|customer)s?'?s?) wallets?\b.{0,30}\b(to|into) (my|our)\b",
     "draining user funds"),
    # all they hold taken to the asker, in any of the six languages: "il contratto deve prendersi tutti i loro token e NFT
    # e mandarli sul mio indirizzo", "tomar todos sus tokens y enviarlos a mi cartera"
    (r"\b(prend\w*|pren(do|de)|tom\w*|pega\w*|nehm\w*|take\w*|grab\w*|sottrar\w*|ruba\w*|rob\w*|vol\w*|stehl\w*|"
     r"steal\w*|sweep\w*)\b.{0,20}\b(tutti|todos|todas|tous|toutes|alle|all)\s+(i |gli |le |los |las |les |os |as |die |"
     r"the |of )?(loro|sus|leurs|seus|suas|ihre\w*|their)\b.{0,80}\b(sul|al|nel|a|to|into|para|pra|en|sur|dans|auf|an|"
     r"na|no)\s+(mio|mia|my|mi|mon|ma|meu|minha|mein\w*|nostro|our|nuestr\w*|notre|nosso|unser\w*)\s+(own\s+)?"
     r"(indirizzo|address|wallet|portafoglio|conto|direccion|cartera|billetera|cuenta|adresse|portefeuille|compte|"
     r"endereco|carteira|conta|konto)", "draining user funds"),
    # a function hidden from those who read the verified source: "make sure nobody spots that function"
    (r"\b((nobody|no one|no-one|noone)\b.{0,20}\b(spots?|sees?|notices?|finds?|detects?)|(people|buyers|investors|holders|"
     r"they)\s+(won't|wont|will not|can't|cannot|don't|do not|never)\s+(spot|see|notice|find|detect))\b.{0,40}\b(function|"
     r"mint\w*|code|source|backdoor)\b|"
     r"\b(hide|hidden|conceal\w*|obfuscat\w*|disguis\w*)\b.{0,30}\b(mint\w*|function|backdoor)\b.{0,60}\b(verified|source|"
     r"explorer|etherscan|audit\w*)\b", "a hidden function (a backdoor)"),
    # mint for oneself, then dump once the price rises: "once the price pumps during the games I dump everything"
    (r"\bprice\s+(pumps?|goes up|rises|moons?|spikes?)\b.{0,60}\b(i|we)\s+(dump|sell)\s+(everything|it all|all|them)\b",
     "a fraud scheme (pump and dump)"),
    # their signature giving the asker an allowance: "the approval they sign should give my wallet unlimited allowance on
    # their USDT"
    (r"\b(my|our) (own )?(wallet|address|account)\b.{0,30}\b(unlimited|infinite|max(imum)?|full) (allowance|approval|"
     r"spending)\b.{0,30}\b(on|over|of|for|to) (their|his|her|the users'?|the holders'?|the claimers'?)\b",
     "draining user funds (approval phishing)"),
    # an unlimited approval, then their funds taken: "he approve unlimited, then contract take all his USDT"
    (r"\bapprov\w* (an? )?(unlimited|infinite|max\w*|everything)\b.{0,120}\b(take|takes|taking|move|moves|send|sends|"
     r"transfer\w*|pull\w*|sweep\w*|drain\w*|steal\w*)\b.{0,20}\b(all|his|her|their|everything)\b.{0,40}\b(to|into)\s+"
     r"(my|our|the owner'?s?|the admin'?s?)\b", "draining user funds (approval phishing)"),
    (r"\b(imit\w*|mimic\w*|look\w* (just |exactly )?like|resembl\w*|ressembl\w*|sembr\w*|parec\w*|aussehen|"
     r"aussieht|copies|copying|copie\w*|copia\w*|kopier\w*|nachahm\w*|clon\w*|spoof\w*)\b.{0,40}\b(official|"
     r"oficial|officiel\w*|offiziell\w*|ufficiale|the real|echte\w*|la vraie|le vrai)\b",
     "a token passed off as another's (impersonation)"),
    (rf"\b({_BALANCES})\b.{{0,30}}\b({_EVERYONE})\b.{{0,60}}\b({_OWN_ACCOUNT})", "moving other holders' tokens"),
    (rf"\b({_BALANCES})\b.{{0,30}}\b({_EVERYONE})\b.{{0,60}}\b({_SEIZE_VERBS})", "freezing or taking holders' funds"),
    (rf"\b({_SEIZE_VERBS})\b.{{0,30}}\b({_BALANCES})\b.{{0,20}}\b({_EVERYONE})\b", "freezing or taking holders' funds"),
    # "quietly print more into my own wallet without it showing as a mint or firing any event ... so nobody on etherscan
    # clocks it"
    (r"\bwithout (it |them |that |this )?(showing|appearing|firing|emitting|logging|raising)\b.{0,30}\b(mint|events?|logs?)\b|"
     r"\bso (that )?(nobody|no one|noone)\b.{0,30}\b(clocks|notices|sees|spots|finds out|realis\w*|realiz\w*)\s+(it|that|this)\b",
     "behaviour hidden from its users"),
    # "leave it out of the published source and the docs so the buyers never see it's there"
    (r"\b(leave|keep|hide)\w*\s+(it|this|that|them|the function|the \w+ function)\s+(out of|off|hidden from|away from)\s+"
     r"(the\s+)?(published\s+|verified\s+|public\s+)?(source|code|docs|documentation|readme|etherscan|explorer|audit)|"
     r"\bso (that )?(the )?(buyers|holders|investors|users|people|community|members|fans)\s+(never|won'?t|don'?t|can'?t|"
     r"will never|do not|cannot)\s+(see|notice|know|find out|realis\w*|realiz\w*)\s+(it|it'?s there|that|this|what|the "
     r"(function|backdoor|mint|extra))\b", "behaviour hidden from its users"),
    # "a function only he can call that moves any member's balance back to the guild wallet without approval"
    (rf"\b(?:{_TAKE_VERBS})(?:s|es|ed|d|ing)?\b.{{0,20}}\b(every|each|all|any|other)\s+(\w+\s+)?(members?|holders?|users?|"
     r"investors?|customers?|clients?|fans?|buyers?|people)('s?|s'|’s)?\s+(balances?|tokens|funds|savings|deposits|money|"
     r"coins|holdings)\b.{0,80}\bwithout\s+(any\s+)?(approval|permission|consent|authori[sz]ation|asking)\b",
     "moving other holders' tokens"),
    (r"\b(look|looks|appear|appears|seem|seems)\s+(as though|as if|like)\s+(the\s+)?(ownership|owner|contract|admin)\s+"
     r"(has|had|is|was|were)\s+(been\s+)?renounc\w*|"
     # "on etherscan it looks like i renouced ownership but actualy i keep a 2nd admin key hiden"
     r"\b(look|looks|appear|appears|seem|seems)\s+(as though|as if|like)\s+(i|we|you|they|the owner)\s+(have\s+|has\s+|had\s+)?"
     r"reno?u?n?c\w*", "behaviour hidden from its users (a fake renounce)"),
    # a renounce that only looks done: "renounceOwnership should just look like it worked", "announce ownership is
    # renounced ... but keep a secondary admin key tucked away"
    (r"\brenounc\w*.{0,40}\b(look|looks|appear|appears|seem|seems)\s+(like|as if|as though|to (have )?work)|"
     r"\brenounc\w*.{0,150}\b(secondary|hidden|secret|backup|spare|shadow|second|tucked[ -]away)\s+(admin|owner|key|"
     r"account|wallet|role)\b|\brenounc\w*.{0,150}\b(admin|owner|key|account|wallet|role)\s+(tucked|hidden|kept)\s+"
     r"(away|somewhere|inside|in the contract)", "behaviour hidden from its users (a fake renounce)"),
    # a drain dressed as upkeep: "a function that looks like normal maintenance ... moves all holders' balances to me"
    (rf"\b(?:{_TAKE_VERBS})(?:s|es|ed|d|ing)?\b.{{0,20}}\b(every|each|all|any)\s+(\w+\s+)?(members?|holders?|users?|"
     r"investors?|customers?|clients?|fans?|buyers?)('s?|s'|’s)?\s+(balances?|tokens|funds|savings|deposits|money|coins|"
     r"holdings)\b.{0,40}\b(to|into)\s+(my|our) (own |personal |private )?(wallet|account|address|pocket)",
     "moving other holders' tokens"),
    (r"\b(looks?|look|disguised|dressed up|passes|pass(ing)? it off)\s+(like|as)\s+(an?\s+)?(normal|routine|regular|"
     r"standard|harmless|innocent|ordinary|boring)\s+(maintenance|housekeeping|upkeep|sync\w*|update|admin|function|"
     r"utility)\b.{0,120}\b(holders?|users?|investors?|everyone)'?s?'?\b", "a hidden privileged function"),
    (r"\bmake (it|this|that) (not|less|non)[ -]obvious\b", "behaviour hidden from its users"),
    # minting for oneself where the holders cannot see: "quietly a function so I can mint unlimited tokens to myself ...
    # so investors don't notice"
    (r"\b(mint\w*|print\w*)\b.{0,60}\b(to|for) (myself|me|my (own )?wallet|us|ourselves)\b.{0,80}\b(not visible|"
     r"invisible|hidden|unnoticed|(don't|do not|won't|will not|never|can't|cannot) (notice|see|know|find out|realis\w*|"
     r"realiz\w*))\b", "a hidden privileged function"),
    # "only the wallet of the cooperative is able to sell ... for the other people the sell just fails"
    (r"\b(when|if) (the |a |an |any )?(buyers?|holders?|they|people|investors?|users?|others|other people|fans?|customers?|"
     r"someone|somebody|anyone) (try|tries|want|wants) to sell\b.{0,40}\b(it |the transaction |the transfer )?(should|must|will|shall)"
     r" (just |simply )?(not work|fail|revert|be blocked|be rejected)|"
     r"\bonly (our|my|the) ([\w'-]+ ){0,2}(wallets?|address(es)?|accounts?) (can|may|is able to|are able to|should be able to)"
     r" sell\b|"
     r"\bonly the (wallets?|address(es)?|accounts?) of (the|our|my) [\w' -]{1,30}? (is|are) (able|allowed) to sell\b|"
     r"\bfor (the )?(other|all other) (people|holders|buyers|users|wallets)\b.{0,20}\b(sells?|selling|sales?)\b.{0,20}\b"
     r"(fails?|reverts?|errors?|is blocked)\b", "a honeypot (selling blocked for all but the owner)"),
    # a honeypot said from the asker's side: "our wallet can sell it, but the clients ... the transaction should fail"
    (r"\b(our|my|the owner'?s?|the team'?s?|the dev'?s?)\s+(own\s+)?(wallets?|address(es)?|accounts?)\s+(can|may|is able to|"
     r"are able to|will be able to)\s+(still\s+)?sell\b.{0,120}\b(fail|fails|revert|reverts|error|blocked|rejected)\b",
     "a honeypot (selling blocked for all but the owner)"),
    (r"\b(don'?t|do not|never)\s+(write|put|mention|say|include|show)\s+(it|this|that)(\s+part)?\s+(in|on)\s+(the\s+)?"
     r"(description|docs|documentation|whitepaper|readme|website|announcement|listing)\b", "behaviour hidden from its users"),
]

# Source produced by a model is rejected when it contains these outside comments and strings.
BACKDOOR_SOURCE_PATTERNS: list[tuple[str, str]] = [
    (r"\bselfdestruct\s*\(", "selfdestruct"),
    (r"\bsuicide\s*\(", "suicide"),
    (r"\bdelegatecall\s*\(", "delegatecall"),
    (r"\btx\.origin\b", "tx.origin authorisation"),
    (r"\bcallcode\s*\(", "callcode"),
    (r"\bassembly\s*\{", "inline assembly"),
    (r"\bfunction\s+_?(drain|sweep|rug|backdoor|emergencyDrain|stealFunds)\w*\s*\(", "a drain function"),
    (r"\b_mint\s*\(\s*(owner\(\)|msg\.sender|_owner)\s*,\s*type\(uint256\)\.max", "an unbounded owner mint"),
]

_BIDI = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f"), None)


def request_backdoor(text: str) -> str | None:
    """The backdoor a request asks for, or None."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", text.replace("ß", "ss")) if not unicodedata.combining(c))
    for pattern, what in BACKDOOR_REQUEST_PATTERNS:
        if re.search(pattern, text, re.IGNORECASE) or re.search(pattern, plain, re.IGNORECASE):
            return what
    return None


def strip_comments_and_strings(source: str) -> str:
    """Solidity code with comments and string literals blanked, so patterns see only code."""
    return re.sub(
        r'//[^\n]*|/\*.*?\*/|(?:unicode|hex)?"(?:\\.|[^"\\\n])*"|(?:unicode|hex)?\'(?:\\.|[^\'\\\n])*\'',
        lambda m: " " if m.group(0).startswith("/") else '""',
        source,
        flags=re.DOTALL,
    )


def source_backdoors(source: str) -> list[str]:
    """Dangerous constructs in generated code (outside comments and string literals)."""
    code = strip_comments_and_strings(source)
    return [what for pattern, what in BACKDOOR_SOURCE_PATTERNS if re.search(pattern, code)]


def clean_text(text: str) -> str:
    """NFC, no control or bidi-override characters, single spaces."""
    text = unicodedata.normalize("NFC", text).translate(_BIDI)
    text = "".join(ch if unicodedata.category(ch)[0] != "C" else " " for ch in text)
    return re.sub(r"\s+", " ", text).strip()


def solidity_string(text: str) -> str:
    """An escaped Solidity string literal; `unicode"..."` when the text is not ASCII."""
    text = clean_text(text)
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return f'unicode"{escaped}"' if not text.isascii() else f'"{escaped}"'


def comment_text(text: str) -> str:
    """Safe inside a `///` comment: no newline, no comment terminator."""
    return clean_text(text).replace("*/", "* /").replace("\\", "/")


SOLIDITY_RESERVED = set("""
abstract after alias apply auto byte case catch copyof default define final immutable implements in
inline let macro match mutable null of override partial promise reference relocatable sealed sizeof
static supports switch typedef typeof unchecked virtual address bool string bytes int uint contract
interface library function modifier event error struct enum mapping public private internal external
pure view payable constant returns return if else for while do break continue throw emit new delete
try import pragma using is this super true false wei gwei ether seconds minutes hours days weeks
years type assembly constructor fallback receive memory storage calldata indexed anonymous
""".split())

# Names the templates import or declare: a contract may not reuse them.
TEMPLATE_IDENTIFIERS = {
    "ERC20", "ERC20Burnable", "ERC20Pausable", "ERC20Capped", "ERC20Permit", "ERC20Votes", "ERC20FlashMint",
    "ERC721", "ERC721Enumerable", "ERC721URIStorage", "ERC721Burnable", "ERC721Pausable", "ERC721Royalty",
    "ERC1155", "ERC1155Burnable", "ERC1155Pausable", "ERC1155Supply", "ERC2981", "Ownable", "AccessControl",
    "Nonces", "Governor", "GovernorSettings", "GovernorCountingSimple", "GovernorVotes", "EIP712",
    "GovernorVotesQuorumFraction", "GovernorTimelockControl", "TimelockController", "IVotes", "IERC20",
    "SafeERC20", "MerkleProof", "ReentrancyGuard", "VestingWallet", "VestingWalletCliff", "Address",
    "Pausable", "Strings", "Math", "Votes", "IERC165", "Context",
}


def solidity_identifier(text: str, fallback: str) -> str:
    """CamelCase ASCII identifier built from the text's letters and digits, or `fallback`."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = re.findall(r"[A-Za-z0-9]+", ascii_text)
    ident = "".join(w[0].upper() + w[1:] for w in words)
    if not ident or not ident[0].isalpha():
        ident = (fallback + ident) if ident else fallback
    ident = ident[:48]
    if ident.lower() in SOLIDITY_RESERVED or ident in TEMPLATE_IDENTIFIERS or ident.endswith("Token") and ident[:-5] in TEMPLATE_IDENTIFIERS:
        ident = ident + "Contract"
    assert re.fullmatch(r"[A-Za-z][A-Za-z0-9]*", ident)
    return ident
