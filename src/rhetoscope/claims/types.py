"""Claim type of a sentence from cue words and the numbers it holds (English and Russian).

One label per sentence, the first that applies in this order (the more specific checks first):

``quote``       attributed speech: "according to", "X said that", «...», "заявил", "по словам"
``prediction``  the future: "will", "is going to", "expect", "by 2030", "будет", "собирается"
``causal``      cause and effect: "because", "led to", "as a result", "из-за", "привело к"
``comparison``  "X-er than", "compared with", "the largest", "вдвое", "по сравнению"
``quantity``    a number, percentage, amount of money, duration or range (dates do not count)
``event``       a dated or reported happening: a date, or verbs like "signed", "met", "состоялся"
``other``       none of the above
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from rhetoscope.claims.numbers import Quantity

CLAIM_TYPES = ("quantity", "event", "comparison", "causal", "prediction", "quote", "other")

_I = re.IGNORECASE

_QUOTE_RE = re.compile(
    r"\baccording to\b|\b(?:said|says|stated|states|told|declared|claimed|claims|announced|"
    r"wrote|tweeted|quoted|admitted|insisted|asserted)\b(?:\s+\w+){0,3}?\s+(?:that\b|[\"“«:])|"
    r"[\"“«][^\"”»]{12,}[\"”»],?\s+(?:he|she|they|it|[A-ZА-Я]\w+)\s+(?:said|says|wrote|added)|"
    r"по словам|по данным|как (?:заявил|сказал|отметил|сообщил|написал)\w*|"
    r"(?:заявил|сказал|отметил|сообщил|написал|признал|подчеркнул|утверждает|утверждал|"
    r"заявляет|говорит|говорил)\w*,?\s+(?:что|:)|«[^»]{12,}»",
    _I,
)
_PREDICTION_RE = re.compile(
    # "I will only say that..." announces speech, it predicts nothing.
    r"\b(?:will|won't|shall)\b(?!\s+(?:only\s+|just\s+|also\s+|now\s+)?(?:say|tell|note|add|"
    r"repeat|stress|emphasi[sz]e|point out|remind|answer|comment|not comment)\b)|"
    r"\b(?:is going to|are going to|am going to|gonna|would be able to|"
    r"expects?|expected to|forecasts?|predicts?|projected|plans? to|intends? to|is set to|"
    r"are set to|is about to|in the (?:coming|next) (?:years?|months?|weeks?|days?|decades?)|"
    r"next (?:year|month|week)|by (?:the end of )?(?:20[3-9]\d))\b|"
    r"(?<!\w)(?:будет|будут|буду|будем|станет|станут|собирается|собираются|планирует|"
    r"планируют|намерен\w*|ожидается|прогнозир\w*|в ближайш\w+|в будущем|к 20[3-9]\d)(?!\w)",
    _I,
)
_CAUSAL_RE = re.compile(
    r"\b(?:because|due to|owing to|thanks to|as a result|as a consequence|consequently|"
    r"therefore|hence|led to|leads to|lead to|leading to|caused|causes|causing|resulted in|"
    r"results in|in order to|so that|which is why|that is why|the reason)\b|"
    r"(?<!\w)(?:из-за|потому что|поэтому|так как|в результате|вследствие|благодаря|"
    r"привел\w* к|приводит к|привести к|вызва\w+|по причине|в связи с|чтобы|так что)(?!\w)",
    _I,
)
_COMPARISON_RE = re.compile(
    r"\b(?:\w+er|more|less|fewer|worse|better) than\b|\bcompared (?:with|to)\b|"
    r"\b(?:the )?(?:largest|biggest|highest|lowest|smallest|worst|best|fastest|most|least)\b|"
    r"\b(?:twice|three times|half) as\b|\b(?:doubled|tripled|halved)\b|"
    r"\bas (?:\w+) as\b|"
    r"(?<!\w)(?:по сравнению|чем|вдвое|втрое|в \w+ раз[а]?|самы[йхемо]\w*|крупнейш\w+|"
    r"больше|меньше|выше|ниже|лучше|хуже)(?!\w)",
    _I,
)
_EVENT_RE = re.compile(
    r"\b(?:took place|held|signed|met|meeting|visited|visit|launched|attacked|struck|killed|"
    r"invaded|annexed|elected|voted|announced|adopted|agreed|ratified|withdrew|imposed|"
    r"summit|referendum|coup|talks|negotiations|conference|handed over|received|sent)\b|"
    r"(?<!\w)(?:состоял\w*|прош[её]л|прошла|прошли|подписал\w*|встретил\w*|встреча\w*|"
    r"посетил\w*|визит\w*|нанес\w*|атаковал\w*|убил\w*|ввел\w*|ввёл\w*|принял\w*|"
    r"саммит\w*|референдум\w*|переговор\w*|передал\w*|получил\w*|направил\w*)(?!\w)",
    _I,
)


def _masked(text: str, quantities: Sequence[Quantity], offset: int) -> str:
    """Text with the quantities blanked, so "more than 9,000" is not read as a comparison."""
    chars = list(text)
    for q in quantities:
        for i in range(max(0, q.start - offset), min(len(chars), q.end - offset)):
            chars[i] = " "
    return "".join(chars)


def claim_type(text: str, quantities: Sequence[Quantity] = (), offset: int = 0) -> str:
    """The claim type of one sentence; ``quantities`` are those found in it (any offsets,
    ``offset`` being the sentence's start in the same coordinates)."""
    if _QUOTE_RE.search(text):
        return "quote"
    masked = _masked(text, quantities, offset)
    if _PREDICTION_RE.search(masked):
        return "prediction"
    if _CAUSAL_RE.search(masked):
        return "causal"
    if _COMPARISON_RE.search(masked):
        return "comparison"
    if any(q.kind != "date" for q in quantities):
        return "quantity"
    if any(q.kind == "date" for q in quantities) or _EVENT_RE.search(masked):
        return "event"
    return "other"
