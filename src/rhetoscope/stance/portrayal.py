"""Target-dependent portrayal of one entity mention: polarity and an entity-framing role.

The method is rules over a dependency parse, so every decision can be traced to words:

* polarity = the mention's *own phrase* (its modifiers, relative clauses, the noun it belongs to:
  "the terrorist regime in Kiev", "Zelensky's junta", a copular predicate) plus a weighted share of
  its clause (0.6 for subjects, whose predicate evaluates them; 0.2 otherwise). English phrases are
  scored by VADER with a political lexicon added; Russian by the same lexicon idea over lemmas.
* role (SemEval-2025 Task 10 main roles): subject of a harmful verb, owner of a harmful noun or
  agent of a passive harmful verb -> antagonist; object/patient of a harmful verb, target of a
  harmful noun ("war against X"), subject of "suffer"/"die" -> victim; subject of a helping or
  peace-building verb, or praised -> protagonist. A negated verb gives no role.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from rhetoscope.stance import lexicon as lx

POLARITY_THRESHOLD = 0.25  # |polarity| below this is neutral
SUBJECT_WEIGHT = 0.6
OTHER_WEIGHT = 0.2
CLAUSAL = frozenset(
    {"root", "ccomp", "xcomp", "advcl", "relcl", "acl", "conj", "parataxis", "csubj"}
)
COPULAS_EN = frozenset(
    [
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "remains",
        "remain",
        "seems",
        "seem",
        "became",
        "becomes",
    ]
)
ROLES = ("protagonist", "antagonist", "victim")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


@dataclass(frozen=True, slots=True)
class Tok:
    """A token of either parser, with relations normalised to one small scheme.

    ``dep`` is UD-like: nsubj, nsubj:pass, obj, iobj, agent, poss, amod, compound, appos, relcl,
    conj, root, ... and ``prep:<word>`` for a noun governed through a preposition ("war against
    X": X is ``prep:against`` of "war").
    """

    i: int
    start: int
    end: int
    text: str
    low: str  # lower-case form (English) or lemma (Russian)
    head: int
    dep: str
    verb: bool
    neg: bool


@dataclass(frozen=True)
class Sentence:
    lang: str
    toks: tuple[Tok, ...]

    @property
    def children(self) -> list[list[int]]:
        kids: list[list[int]] = [[] for _ in self.toks]
        for t in self.toks:
            if t.head != t.i:
                kids[t.head].append(t.i)
        return kids


@dataclass(frozen=True, slots=True)
class Portrayal:
    label: str  # negative | neutral | positive
    score: float  # confidence of the label, 0..1
    polarity: float  # signed, -1..1
    role: str | None
    role_score: float | None


# --- parsers -> Sentence ----------------------------------------------------------------------
_EN_DEPS = {"nsubjpass": "nsubj:pass", "dobj": "obj", "dative": "iobj", "ROOT": "root"}


def english_sentence(sent: Any, offset: int) -> Sentence:
    """A spaCy sentence span as a ``Sentence``; offsets shifted by ``offset``."""
    base = sent.start
    toks: list[Tok] = []
    for t in sent:
        dep = t.dep_
        head = t.head
        if dep == "pobj" and head.dep_ in ("prep", "agent") and head.i != head.head.i:
            dep = "agent" if head.dep_ == "agent" else f"prep:{head.lower_}"
            head = head.head
        else:
            dep = _EN_DEPS.get(dep, dep)
        toks.append(
            Tok(
                i=t.i - base,
                start=offset + t.idx,
                end=offset + t.idx + len(t.text),
                text=t.text,
                low=t.lower_,
                head=head.i - base,
                dep=dep,
                verb=t.tag_.startswith("VB") or t.tag_ == "MD",
                neg=any(c.dep_ == "neg" for c in t.children),
            )
        )
    return Sentence("en", tuple(toks))


def russian_sentence(sent: Any, offset: int) -> Sentence:
    """A natasha sentence (morph-tagged, parsed, lemmatised) as a ``Sentence``."""
    ids = {t.id: k for k, t in enumerate(sent.tokens)}
    case_of: dict[str, str] = {}
    negated: set[str] = set()
    for t in sent.tokens:
        lemma = (t.lemma or t.text).lower()
        if t.rel == "case":
            case_of[t.head_id] = lemma
        if lemma in lx.NEGATIONS_RU:
            negated.add(t.head_id)
    toks: list[Tok] = []
    for k, t in enumerate(sent.tokens):
        head = ids.get(t.head_id, k)
        rel = t.rel or "dep"
        if rel in ("obl", "nmod") and t.id in case_of:
            dep = f"prep:{case_of[t.id]}"
        elif rel == "acl:relcl":
            dep = "relcl"
        else:
            dep = rel
        toks.append(
            Tok(
                i=k,
                start=offset + t.start,
                end=offset + t.stop,
                text=t.text,
                low=(t.lemma or t.text).lower(),
                head=head,
                dep=dep,
                verb=t.pos in ("VERB", "AUX"),
                neg=t.id in negated,
            )
        )
    return Sentence("ru", tuple(toks))


# --- scoring ----------------------------------------------------------------------------------
@cache
def _vader() -> Any:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    analyzer = SentimentIntensityAnalyzer()
    # VADER matches exact word forms: give every inflection of a lexicon word its valence
    # ("sabotages", "regimes"), without overriding VADER's own entries for those forms.
    for word, valence in lx.POLITICAL_VALENCE_EN.items():
        for form in lx.inflections(word):
            analyzer.lexicon.setdefault(form, valence)
    # A harmful act is negative even where VADER has no entry ("bombed", "executed").
    for form in lx.forms(lx.HARM_VERBS_EN):
        analyzer.lexicon.setdefault(form, -2.0)
    analyzer.lexicon.update(lx.POLITICAL_VALENCE_EN)
    return analyzer


@lru_cache(maxsize=8192)
def _vader_compound(text: str) -> float:
    return float(_vader().polarity_scores(text)["compound"])


def _russian_compound(words: Sequence[str]) -> float:
    total = 0.0
    for k, w in enumerate(words):
        # A harmful act is negative even where the lexicon has no entry for the verb.
        v = lx.VALENCE_RU.get(w, -2.0 if w in lx.HARM_VERBS_RU else None)
        if v is None:
            continue
        if any(words[j] in lx.NEGATIONS_RU for j in range(max(0, k - 2), k)):
            v *= -0.74  # VADER's negation factor
        total += v
    return total / math.sqrt(total * total + 15.0)  # VADER's normalisation


def phrase_polarity(sentence: Sentence, idx: set[int]) -> float:
    if not idx:
        return 0.0
    toks = [sentence.toks[i] for i in sorted(idx)]
    if sentence.lang == "ru":
        return _russian_compound([t.low for t in toks])
    # Words only: VADER reads "V.V." (initials) as the emoticon "v.v".
    return _vader_compound(" ".join(t.text for t in toks if _WORD.fullmatch(t.text)))


# --- language-specific word classes -----------------------------------------------------------
@dataclass(frozen=True)
class _Words:
    harm_verbs: frozenset[str]
    help_verbs: frozenset[str]
    rescue_verbs: frozenset[str]
    harm_nouns: frozenset[str]
    victim_words: frozenset[str]
    agentive_nouns: frozenset[str]
    preps_target: frozenset[str]
    preps_source: frozenset[str]
    patient_genitive: frozenset[str]  # harm nouns whose "of X"/genitive X is the patient
    copulas: frozenset[str]
    praise: frozenset[str]  # labels that cast an actor as a hero or a trusted party
    praise_verbs: frozenset[str]
    condemn_verbs: frozenset[str]
    first_person: frozenset[str]
    population: frozenset[str]
    people: frozenset[str]  # nouns an adjective of nationality turns into an actor


@cache
def _words(lang: str) -> _Words:
    if lang == "ru":
        return _Words(
            lx.HARM_VERBS_RU,
            lx.HELP_VERBS_RU,
            lx.RESCUE_VERBS_RU,
            lx.HARM_NOUNS_RU,
            lx.VICTIM_WORDS_RU,
            lx.AGENTIVE_NOUNS_RU,
            lx.PREPS_TARGET_RU,
            lx.PREPS_SOURCE_RU,
            frozenset(
                [
                    "уничтожение",
                    "истребление",
                    "блокада",
                    "оккупация",
                    "геноцид",
                    "преследование",
                    "обстрел",
                    "бомбардировка",
                    "дискриминация",
                ]
            ),
            frozenset({"быть", "являться", "оставаться", "стать"}),
            lx.PRAISE_RU,
            lx.PRAISE_VERBS_RU,
            lx.CONDEMN_VERBS_RU,
            lx.FIRST_PERSON_RU,
            lx.POPULATION_NOUNS_RU,
            lx.PEOPLE_NOUNS_RU,
        )
    return _Words(
        lx.forms(lx.HARM_VERBS_EN),
        lx.forms(lx.HELP_VERBS_EN),
        lx.forms(lx.RESCUE_VERBS_EN),
        lx.HARM_NOUNS_EN,
        lx.VICTIM_WORDS_EN,
        lx.AGENTIVE_NOUNS_EN,
        lx.PREPS_TARGET_EN,
        lx.PREPS_SOURCE_EN,
        frozenset(
            [
                "extermination",
                "genocide",
                "occupation",
                "invasion",
                "persecution",
                "blockade",
                "bombing",
                "shelling",
                "discrimination",
            ]
        ),
        COPULAS_EN,
        lx.PRAISE_EN,
        lx.forms(lx.PRAISE_VERBS_EN),
        lx.forms(lx.CONDEMN_VERBS_EN),
        lx.FIRST_PERSON_EN,
        lx.forms(lx.POPULATION_NOUNS_EN),
        lx.forms(lx.PEOPLE_NOUNS_EN),
    )


# --- the judgement ----------------------------------------------------------------------------
def _subtree(kids: list[list[int]], root: int) -> set[int]:
    out = {root}
    stack = [root]
    while stack:
        for c in kids[stack.pop()]:
            if c not in out:
                out.add(c)
                stack.append(c)
    return out


_NP_DEPS = frozenset(
    {"amod", "compound", "appos", "relcl", "acl", "nmod", "poss", "nummod", "flat", "flat:name"}
)
_OWN_WINDOW = 25  # tokens; a misattached parse must not hand a whole paragraph to one mention


def _own_phrase(sentence: Sentence, kids: list[list[int]], h: int, inside: list[int]) -> set[int]:
    """The mention and its noun-phrase modifiers, relative clauses included."""
    toks = sentence.toks
    own = set(inside)
    for c in kids[h]:
        if toks[c].dep in _NP_DEPS or toks[c].dep.startswith("prep:"):
            own |= _subtree(kids, c)
    lo, hi = inside[0] - _OWN_WINDOW, inside[-1] + _OWN_WINDOW
    return {i for i in own if lo <= i <= hi}


def _clause(sentence: Sentence, kids: list[list[int]], h: int) -> set[int]:
    """The smallest clause around token ``h``, without embedded clauses that do not hold it."""
    toks = sentence.toks
    c = h
    for _ in toks:  # bounded: a malformed parse may hold a cycle
        if toks[c].dep == "root" or (toks[c].verb and toks[c].dep in CLAUSAL) or toks[c].head == c:
            break
        c = toks[c].head
    keep = _subtree(kids, c)
    for d in list(keep):
        if _shares_subject(sentence, kids, c, d):
            continue  # "X protects them and is a partner": both predicates are about X
        if d != c and toks[d].verb and toks[d].dep in CLAUSAL - {"xcomp"}:
            sub = _subtree(kids, d)
            if h not in sub:
                keep -= sub
    return keep


def _shares_subject(sentence: Sentence, kids: list[list[int]], c: int, d: int) -> bool:
    """``d`` is a verb conjunct of ``c`` without a subject of its own."""
    toks = sentence.toks
    return (
        toks[d].dep == "conj"
        and toks[d].head == c
        and toks[d].verb
        and not any(toks[k].dep.startswith("nsubj") for k in kids[d])
    )


def _predicates(sentence: Sentence, kids: list[list[int]], gov: int) -> list[Tok]:
    """The governing verb, its subject-sharing conjuncts and their xcomp chains
    ("wants to exterminate", "lies and sabotages")."""
    seen = {gov}
    frontier = [gov]
    while frontier:
        nxt = [
            c
            for g in frontier
            for c in kids[g]
            if c not in seen
            and (sentence.toks[c].dep == "xcomp" or _shares_subject(sentence, kids, g, c))
        ]
        seen.update(nxt)
        frontier = nxt
    return [sentence.toks[i] for i in sorted(seen, key=lambda i: (i != gov, i))]


def _role(
    sentence: Sentence, kids: list[list[int]], e: int, own: set[int], pol: float, depth: int = 0
) -> tuple[str | None, float | None]:
    toks = sentence.toks
    w = _words(sentence.lang)
    t = toks[e]
    dep = t.dep
    gov = toks[t.head]
    has_gov = t.head != e
    preds = _predicates(sentence, kids, t.head) if has_gov else []
    negated = any(p.neg for p in preds)
    prep = dep.split(":", 1)[1] if dep.startswith("prep:") else None

    if has_gov and not negated:
        if dep == "nsubj" and any(p.low in w.harm_verbs for p in preds):
            return "antagonist", 0.8
        if dep == "agent" and gov.low in w.harm_verbs:
            return "antagonist", 0.8
        if dep in ("obj", "iobj", "nsubj:pass") and gov.low in w.harm_verbs:
            return "victim", 0.8
        if prep in w.preps_target and (gov.low in w.harm_verbs or gov.low in w.harm_nouns):
            return "victim", 0.7
        if gov.low in w.harm_nouns:
            if dep == "poss" or (prep in w.preps_source and prep != "of"):
                return "antagonist", 0.7
            if prep == "of" or (sentence.lang == "ru" and dep == "nmod"):
                if gov.low in w.patient_genitive:
                    return "victim", 0.7
                return "antagonist", 0.6
        if gov.low in w.victim_words and (prep in w.preps_source or dep == "nmod"):
            return "antagonist", 0.7  # "victims of X"
        if dep == "nsubj" and (
            gov.low in w.victim_words
            or (
                gov.low in w.copulas
                and any(
                    toks[c].low in w.victim_words and toks[c].dep in ("attr", "acomp")
                    for c in kids[t.head]
                )
            )
        ):
            return "victim", 0.8
        if dep == "nsubj" and any(
            toks[c].dep == "obj" and toks[c].low in w.harm_nouns for p in preds for c in kids[p.i]
        ):
            return "antagonist", 0.7  # "waged war", "spread lies"
        if dep == "nsubj" and any(p.low in w.help_verbs for p in preds):
            return "protagonist", 0.8
        if dep == "agent" and gov.low in w.help_verbs:
            return "protagonist", 0.7
        if dep == "obj" and gov.low in w.rescue_verbs:
            return "victim", 0.6
        if dep == "obj" and gov.low in w.praise_verbs:
            return "protagonist", 0.7
        if (
            dep == "obj"
            and gov.low in w.condemn_verbs
            and any(toks[c].dep == "nsubj" and toks[c].low in w.first_person for c in kids[t.head])
        ):
            return "antagonist", 0.7
        if (
            depth == 0
            and (dep in ("compound", "poss", "nmod") or prep in ("of", "in", "from"))
            and (gov.low in w.agentive_nouns or gov.low in w.population)
        ):
            role, score = _role(sentence, kids, t.head, own, pol, depth + 1)
            if role is not None and score is not None:
                return role, round(score * 0.75, 3)
    if any(toks[i].low in w.victim_words for i in own if i != e):
        return "victim", 0.6
    if depth > 0:
        return None, None
    # Labels in the mention's own phrase ("the terrorist regime in Kiev", "our Arab friends").
    labels = [_label_valence(sentence.lang, toks[i].low) for i in own]
    if pol <= -0.4 and min(labels, default=0.0) <= -2.0:
        return "antagonist", 0.6
    if pol >= 0.4 and any(toks[i].low in w.praise for i in own):
        return "protagonist", 0.6
    # A subject the predicate condemns or praises outright.
    if dep in ("nsubj", "agent"):
        if pol <= -0.5:
            return "antagonist", 0.5
        if pol >= 0.6:
            return "protagonist", 0.5
    return None, None


def _label_valence(lang: str, word: str) -> float:
    table = lx.VALENCE_RU if lang == "ru" else lx.POLITICAL_VALENCE_EN
    return table.get(word, 0.0)


def judge(sentence: Sentence, start: int, end: int) -> Portrayal | None:
    """Portrayal of the mention at ``[start, end)`` (absolute offsets) within ``sentence``."""
    toks = sentence.toks
    inside = [t.i for t in toks if t.start < end and start < t.end]
    if not inside:
        return None
    kids = sentence.children
    members = set(inside)
    h = next((i for i in inside if toks[i].head not in members or toks[i].head == i), inside[0])
    # The first conjunct / the appositive head carries the grammatical role of the phrase.
    w = _words(sentence.lang)
    if toks[h].dep == "amod":
        noun = toks[toks[h].head].low
        if noun not in w.people and noun not in w.agentive_nouns:
            return None  # an adjective ("the Ukrainian crisis") names no actor to portray
        h = toks[h].head  # "our Arab friends", "the Canadian government": the actor is the noun
    e = h
    for _ in toks:  # bounded, as in _clause
        if toks[e].dep not in ("conj", "appos") or toks[e].head == e:
            break
        e = toks[e].head
    base = _own_phrase(sentence, kids, h, sorted({*inside, h}))
    own = set(base)
    gov = toks[e].head
    dep = toks[e].dep
    if (
        gov != e
        and not toks[gov].verb
        and (dep in ("poss", "compound", "nmod", "amod") or dep.startswith("prep:"))
    ):
        # The noun the mention belongs to: "regime in Kiev", "Zelensky's junta".
        own |= {gov} | {c for c in kids[gov] if toks[c].dep in ("amod", "compound")}
    if dep == "nsubj" and gov != e and toks[gov].low in w.copulas:
        for c in kids[gov]:
            if toks[c].dep in ("attr", "acomp", "xcomp"):
                own |= _subtree(kids, c)
    elif dep == "nsubj" and gov != e and not toks[gov].verb:
        # A nominal predicate heads the clause in UD ("Китай — наш друг"): it describes X.
        own |= _subtree(kids, gov) - _subtree(kids, e) | set(inside)
    own_pol = phrase_polarity(sentence, own)
    clause_pol = phrase_polarity(sentence, _clause(sentence, kids, e))
    # Subjects are evaluated by their predicate; so are objects of praising/condemning verbs.
    subject = dep in ("nsubj", "agent") or (
        dep == "obj" and (toks[gov].low in w.praise_verbs or toks[gov].low in w.condemn_verbs)
    )
    role_pol = own_pol + (SUBJECT_WEIGHT * clause_pol if subject else 0.0)
    role, role_score = _role(sentence, kids, e, own, role_pol)
    if role == "victim":
        # The harm (and the harmful noun it sits in: "war against X") is the agent's, not X's.
        polarity = phrase_polarity(sentence, base) + OTHER_WEIGHT * max(clause_pol, 0.0)
    elif subject:
        polarity = own_pol + SUBJECT_WEIGHT * clause_pol
    else:
        polarity = own_pol + OTHER_WEIGHT * clause_pol
    polarity = round(max(-1.0, min(1.0, polarity)), 3)  # rounded first: label agrees with it
    if polarity <= -POLARITY_THRESHOLD:
        label, score = "negative", 0.5 + abs(polarity) / 2
    elif polarity >= POLARITY_THRESHOLD:
        label, score = "positive", 0.5 + abs(polarity) / 2
    else:
        label, score = "neutral", 1.0 - abs(polarity) / (2 * POLARITY_THRESHOLD)
    return Portrayal(label, round(score, 3), polarity, role, role_score)
