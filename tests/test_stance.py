"""Portrayal (`stance`): hand-written sentences with unambiguous polarity and roles, en and ru."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rhetoscope.entities import extract_entities
from rhetoscope.model import Document, Span
from rhetoscope.stance import extract_stance, portrayal_matrix
from rhetoscope.stance.lexicon import inflections
from rhetoscope.stance.portrayal import Sentence, Tok, judge

pytestmark = pytest.mark.slow


def analysed(turns: list[tuple[str | None, str]]) -> Document:
    """A transcript of ``(speaker, utterance)`` turns, one per line, through entities + stance."""
    text, spans = "", []
    for i, (speaker, body) in enumerate(turns):
        start = len(text)
        text += body + "\n"
        spans.append(
            Span(
                start,
                start + len(body),
                "answer",
                attrs={
                    "speaker": speaker,
                    "speaker_label": speaker,
                    "label_span": None,
                    "index": i,
                },
            )
        )
    doc = Document.from_text(text).with_layer("turns", spans)
    doc = doc.with_layer("entities", extract_entities(doc))
    return doc.with_layer("stance", extract_stance(doc))


def judged(sentence: str, target: str) -> Span:
    doc = analysed([("A", sentence)])
    start = sentence.index(target)
    hits = [s for s in doc.layer("stance") if s.start <= start < s.end]
    assert hits, (
        f"{target!r} not judged; entities: {[doc.span_text(e) for e in doc.layer('entities')]}"
    )
    return hits[0]


# (sentence, target as written, expected label, expected role)
ENGLISH: list[tuple[str, str, str, str | None]] = [
    (
        "The regime in Kiev murdered thousands of civilians.",
        "regime in Kiev",
        "negative",
        "antagonist",
    ),
    ("The terrorist regime in Kiev shelled Donetsk.", "regime in Kiev", "negative", "antagonist"),
    ("NATO attacked Serbia in 1999.", "NATO", "negative", "antagonist"),
    ("NATO attacked Serbia in 1999.", "Serbia", "neutral", "victim"),
    ("NATO's aggression destroyed Yugoslavia.", "NATO", "negative", "antagonist"),
    ("NATO's aggression destroyed Yugoslavia.", "Yugoslavia", "neutral", "victim"),
    (
        "The Financial Times published lies and fakes about Russia.",
        "Financial Times",
        "negative",
        "antagonist",
    ),
    ("The Russophobic elites in London lie constantly.", "London", "negative", "antagonist"),
    ("Poland is an aggressive and hostile neighbour.", "Poland", "negative", "antagonist"),
    ("We condemn NATO for its crimes.", "NATO", "negative", "antagonist"),
    ("Ukraine suffered terrible losses.", "Ukraine", "neutral", "victim"),
    ("Sanctions against Iran hurt ordinary people.", "Iran", "neutral", "victim"),
    ("The people of Donbass suffer under shelling by Kiev.", "Donbass", "neutral", "victim"),
    ("Our friends in China are reliable partners.", "China", "positive", "protagonist"),
    ("Washington is a constructive and useful partner.", "Washington", "positive", "protagonist"),
    ("Hungary is a friend and a partner.", "Hungary", "positive", "protagonist"),
    ("We thank India for its honest help.", "India", "positive", "protagonist"),
    ("Russia helped Syria rebuild its cities.", "Russia", "neutral", "protagonist"),
    ("Italy is hosting a conference next week.", "Italy", "neutral", None),
    ("Brussels did not attack anyone.", "Brussels", "neutral", None),
    # Written as a held-out check after the rules above were settled (see docs/entities.md).
    ("Turkey bombed Kurdish villages last night.", "Turkey", "negative", "antagonist"),
    ("Armenia suffered heavy casualties in the war.", "Armenia", "neutral", "victim"),
    ("The Canadian government is a loyal and trusted ally.", "Canadian", "positive", "protagonist"),
    ("Greece welcomed thousands of refugees from Syria.", "Greece", "neutral", "protagonist"),
    ("We strongly condemn Israel for the strikes.", "Israel", "negative", "antagonist"),
    ("Brazil is hosting the summit in November.", "Brazil", "neutral", None),
    ("The corrupt regime in Caracas starves its own people.", "Caracas", "negative", "antagonist"),
    ("Norway is an honest mediator and a reliable partner.", "Norway", "positive", "protagonist"),
    ("Sanctions against Cuba have hurt ordinary families.", "Cuba", "neutral", "victim"),
    ("Beijing spreads lies about Taiwan.", "Beijing", "negative", "antagonist"),
    ("Beijing spreads lies about Taiwan.", "Taiwan", "neutral", "victim"),
    (
        "The aggression of Azerbaijan destroyed many churches.",
        "Azerbaijan",
        "negative",
        "antagonist",
    ),
]

RUSSIAN: list[tuple[str, str, str, str | None]] = [
    ("Киевский режим убивает мирных жителей Донбасса.", "Киевский режим", "negative", "antagonist"),
    ("Киевский режим убивает мирных жителей Донбасса.", "Донбасса", "neutral", "victim"),
    ("НАТО напало на Югославию.", "НАТО", "negative", "antagonist"),
    ("НАТО напало на Югославию.", "Югославию", "neutral", "victim"),
    ("Вашингтон обстрелял Багдад.", "Багдад", "neutral", "victim"),
    ("Британия лжёт и распространяет фейки.", "Британия", "negative", "antagonist"),
    ("Польша является агрессивным и враждебным соседом.", "Польша", "negative", "antagonist"),
    ("Украина пострадала от обстрелов.", "Украина", "neutral", "victim"),
    ("Китай — наш надёжный друг и партнёр.", "Китай", "positive", "protagonist"),
    (
        "Мы благодарим Индию за честное и конструктивное сотрудничество.",
        "Индию",
        "positive",
        "protagonist",
    ),
    ("Россия помогает Сирии.", "Россия", "neutral", "protagonist"),
    ("Германия не нападала на Францию.", "Германия", "neutral", None),
    ("Франция проводит выставку в Париже.", "Франция", "neutral", None),
    # Held-out check, as above.
    ("Финляндия угрожает России.", "Финляндия", "negative", "antagonist"),
    ("Финляндия угрожает России.", "России", "neutral", "victim"),
    ("Сербия — наш верный друг и союзник.", "Сербия", "positive", "protagonist"),
    ("Латвия дискриминирует русскоязычных жителей.", "Латвия", "negative", "antagonist"),
    ("Литва не угрожала Польше.", "Литва", "neutral", None),
    ("Грузия пострадала от наводнения.", "Грузия", "neutral", "victim"),
    ("Мы благодарим Казахстан за дружескую поддержку.", "Казахстан", "positive", "protagonist"),
]


@pytest.mark.parametrize(("sentence", "target", "label", "role"), ENGLISH)
def test_english_portrayal(sentence: str, target: str, label: str, role: str | None) -> None:
    span = judged(sentence, target)
    assert (span.label, span.attrs["role"]) == (label, role), span.attrs


@pytest.mark.parametrize(("sentence", "target", "label", "role"), RUSSIAN)
def test_russian_portrayal(sentence: str, target: str, label: str, role: str | None) -> None:
    span = judged(sentence, target)
    assert (span.label, span.attrs["role"]) == (label, role), span.attrs


def test_same_actor_opposite_portrayals_by_two_speakers() -> None:
    doc = analysed(
        [
            ("Anna Petrova", "NATO is an aggressive and hostile bloc."),
            ("Boris Ivanov", "NATO protects its members and is a reliable partner."),
            ("Anna Petrova", "NATO lies and sabotages every peace effort."),
        ]
    )
    rows = {(r["speaker"], r["actor"]): r for r in portrayal_matrix(doc)}
    anna, boris = rows[("Anna Petrova", "NATO")], rows[("Boris Ivanov", "NATO")]
    assert anna["mentions"] == 2 and anna["mean_polarity"] < -0.25
    assert anna["dominant_role"] == "antagonist" and anna["labels"]["negative"] == 2
    assert boris["mentions"] == 1 and boris["mean_polarity"] > 0.25
    assert boris["dominant_role"] == "protagonist"
    assert set(anna["role_counts"]) == {"protagonist", "antagonist", "victim"}


def test_stance_spans_mirror_entities_and_follow_the_contract() -> None:
    doc = analysed([("A", "NATO attacked Serbia. The Cold War ended."), (None, "Was Serbia hurt?")])
    entities = {(e.start, e.end): e for e in doc.layer("entities")}
    assert doc.layer("stance")
    for s in doc.layer("stance"):
        ent = entities[(s.start, s.end)]
        assert s.label in {"negative", "neutral", "positive"}
        assert s.score is not None and 0.0 <= s.score <= 1.0
        assert s.attrs["target"] == ent.attrs["canonical"]
        assert s.attrs["speaker"] == ent.attrs["speaker"]
        assert s.attrs["turn"] == ent.attrs["turn"]
        assert s.attrs["role"] in {None, "protagonist", "antagonist", "victim"}
        assert (s.attrs["role"] is None) == (s.attrs["role_score"] is None)
        assert -1.0 <= s.attrs["polarity"] <= 1.0
    # Events are named but not portrayed.
    assert not [s for s in doc.layer("stance") if s.attrs["target"] == "Cold War"]
    again = Document.from_json(doc.to_json())
    assert again.layer("stance") == doc.layer("stance")


# In the reference interview: (passage, target as written in it, label, role).
REFERENCE: list[tuple[str, str, str, str]] = [
    ("Talk to the Financial Times, which", "Financial Times", "negative", "antagonist"),
    ("If the BBC faked a video", "BBC", "negative", "antagonist"),
    ("whom the Kiev junta wants to exterminate", "Kiev junta", "negative", "antagonist"),
    ("sponsoring the terrorist regime in Kiev", "regime in Kiev", "negative", "antagonist"),
    ("continue the war against Russia, are", "Russia", "neutral", "victim"),
    ("military threats to Russia", "Russia", "neutral", "victim"),
    ("Our Arab friends appreciate", "Arab", "positive", "protagonist"),
]


@pytest.fixture(scope="module")
def reference_stance(reference_path: Path) -> Document:
    from test_entities import hand_turns  # the same hand-built turns as the entity tests

    doc = hand_turns(Document.from_text(reference_path.read_text(encoding="utf-8")))
    doc = doc.with_layer("entities", extract_entities(doc))
    return doc.with_layer("stance", extract_stance(doc))


@pytest.mark.parametrize(("passage", "target", "label", "role"), REFERENCE)
def test_reference_portrayals(
    reference_stance: Document, passage: str, target: str, label: str, role: str
) -> None:
    start = reference_stance.text.index(passage) + passage.index(target)
    span = next(s for s in reference_stance.layer("stance") if s.start <= start < s.end)
    assert (span.label, span.attrs["role"]) == (label, role), span.attrs
    assert span.attrs["speaker"] == "Sergey Lavrov"


def test_reference_portrayal_matrix(reference_stance: Document) -> None:
    rows = {(r["speaker"], r["actor"]): r for r in portrayal_matrix(reference_stance)}
    assert rows[("Sergey Lavrov", "Financial Times")]["mean_polarity"] < 0
    assert rows[("Sergey Lavrov", "Ukrainian government")]["dominant_role"] == "antagonist"
    assert rows[("Sergey Lavrov", "Ukrainian government")]["mean_polarity"] < -0.25
    assert rows[("Sergey Lavrov", "Russia")]["role_counts"]["victim"] >= 2
    assert all(r["mentions"] == sum(r["labels"].values()) for r in rows.values())


@given(st.sampled_from(sorted({"kill", "attack", "shell", "lie", "drag", "support", "bury"})))
def test_inflections_cover_regular_forms(lemma: str) -> None:
    forms = inflections(lemma)
    assert lemma in forms
    assert any(f.endswith("ing") for f in forms)
    assert any(f.endswith(("ed", "ied")) for f in forms)


_WORDS = ["NATO", "attacked", "friends", "regime", "Kiev", "the", "not", "war", "against", "is"]
_DEPS = ["nsubj", "obj", "root", "amod", "conj", "appos", "prep:against", "poss", "relcl", "det"]


@st.composite
def _sentences(draw: st.DrawFn) -> tuple[Sentence, int, int]:
    n = draw(st.integers(1, 10))
    toks, pos = [], 0
    for i in range(n):
        word = draw(st.sampled_from(_WORDS))
        toks.append(
            Tok(
                i=i,
                start=pos,
                end=pos + len(word),
                text=word,
                low=word.lower(),
                head=draw(st.integers(0, n - 1)),  # any shape, cycles included
                dep=draw(st.sampled_from(_DEPS)),
                verb=draw(st.booleans()),
                neg=draw(st.booleans()),
            )
        )
        pos += len(word) + 1
    lang = draw(st.sampled_from(["en", "ru"]))
    first = draw(st.integers(0, n - 1))
    last = draw(st.integers(first, n - 1))
    return Sentence(lang, tuple(toks)), toks[first].start, toks[last].end


@given(_sentences())
def test_judge_is_total_and_bounded_on_any_parse(case: tuple[Sentence, int, int]) -> None:
    sentence, start, end = case
    p = judge(sentence, start, end)
    if p is None:
        return
    assert p.label in {"negative", "neutral", "positive"}
    assert 0.0 <= p.score <= 1.0 and -1.0 <= p.polarity <= 1.0
    assert (p.label == "negative") == (p.polarity <= -0.25)
    assert (p.label == "positive") == (p.polarity >= 0.25)
    assert p.role in {None, "protagonist", "antagonist", "victim"}
    assert (p.role is None) == (p.role_score is None)
