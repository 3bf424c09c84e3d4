"""Hand-built Documents carrying every layer of the contract, for report and web tests.

Offsets are found by searching the text, so the fixtures stay right when the text is edited.
"""

from __future__ import annotations

from typing import Any

from rhetoscope.model import Document, Meta, Span

INTERVIEW = """\
Interview with Foreign Minister Anna Petrova, Rivertown, March 3, 2025
Question: Critics say your government is run by a gang of thieves. Is that fair?
Anna Petrova: That is a lie spread by the same warmongers who ruined our economy. \
Unemployment fell by 12% last year, and wages rose faster than in any neighbouring country. \
Either we stand together or we lose everything.
Question: What about the sanctions imposed by the European Union?
A. Petrova: The European Union has once again shown that Brussels only listens to Washington. \
Unemployment fell by 12% last year, and wages rose faster than in any neighbouring country. \
Everyone knows the sanctions will fail by 2026.
(CROSSTALK)
Question: Thank you.
"""


def _find(text: str, needle: str, nth: int = 0) -> tuple[int, int]:
    pos = -1
    for _ in range(nth + 1):
        pos = text.index(needle, pos + 1)
    return pos, pos + len(needle)


def span(
    text: str, needle: str, label: str, *, nth: int = 0, score: float | None = None, **attrs: Any
) -> Span:
    start, end = _find(text, needle, nth)
    return Span(start, end, label, score, attrs)


def full_document(text: str = INTERVIEW, **meta: Any) -> Document:
    """The interview above with turns, sentences, duplicates, entities, claims, techniques..."""
    t = text
    q1 = span(
        t,
        "Critics say your government is run by a gang of thieves. Is that fair?",
        "question",
        speaker=None,
        speaker_label="Question",
        label_span=list(_find(t, "Question", 0)),
        index=0,
    )
    a1_start = _find(t, "That is a lie")[0]
    a1_end = _find(t, "lose everything.")[1]
    a1 = Span(
        a1_start,
        a1_end,
        "answer",
        None,
        {
            "speaker": "Anna Petrova",
            "speaker_label": "Anna Petrova",
            "label_span": [_find(t, "Anna Petrova:")[0], _find(t, "Anna Petrova:")[1] - 1],
            "index": 1,
        },
    )
    q2 = span(
        t,
        "What about the sanctions imposed by the European Union?",
        "question",
        speaker=None,
        speaker_label="Question",
        label_span=list(_find(t, "Question", 1)),
        index=2,
    )
    a2_start = _find(t, "The European Union has once")[0]
    a2_end = _find(t, "fail by 2026.")[1]
    a2 = Span(
        a2_start,
        a2_end,
        "answer",
        None,
        {
            "speaker": "Anna Petrova",
            "speaker_label": "A. Petrova",
            "label_span": list(_find(t, "A. Petrova")),
            "index": 3,
        },
    )
    q3 = span(
        t,
        "Thank you.",
        "question",
        speaker=None,
        speaker_label="Question",
        label_span=list(_find(t, "Question", 2)),
        index=4,
    )
    turns = [q1, a1, q2, a2, q3]

    sentence_needles = [
        "Critics say your government is run by a gang of thieves.",
        "Is that fair?",
        "That is a lie spread by the same warmongers who ruined our economy.",
        "Either we stand together or we lose everything.",
        "Everyone knows the sanctions will fail by 2026.",
    ]
    sentences = [span(t, s, "sentence") for s in sentence_needles]
    dup_text = (
        "Unemployment fell by 12% last year, and wages rose faster than in any "
        "neighbouring country."
    )
    first = _find(t, dup_text, 0)
    duplicates = [span(t, dup_text, "duplicate", nth=1, score=1.0, duplicate_of=list(first))]

    def ent(needle: str, label: str, canonical: str, turn: int | None, nth: int = 0) -> Span:
        speaker = turns[turn].attrs["speaker"] if turn is not None else None
        return span(t, needle, label, nth=nth, canonical=canonical, speaker=speaker, turn=turn)

    entities = [
        ent("Anna Petrova", "PERSON", "Anna Petrova", None),
        ent("Rivertown", "GPE", "Rivertown", None),
        ent("European Union", "ORG", "European Union", 2),
        ent("European Union", "ORG", "European Union", 3, nth=1),
        ent("Brussels", "GPE", "European Union", 3),
        ent("Washington", "GPE", "United States", 3),
        ent("warmongers", "GROUP", "warmongers", 1),
    ]

    def stance(e: Span, label: str, role: str | None) -> Span:
        return Span(
            e.start,
            e.end,
            label,
            0.8,
            {
                "target": e.attrs["canonical"],
                "speaker": e.attrs["speaker"],
                "role": role,
                "role_score": 0.7 if role else None,
                "turn": e.attrs["turn"],
            },
        )

    stance_layer = [
        stance(entities[3], "negative", "antagonist"),
        stance(entities[4], "negative", "antagonist"),
        stance(entities[5], "negative", None),
        stance(entities[6], "negative", "antagonist"),
    ]

    def claim(needle: str, label: str, score: float, turn: int, **extra: Any) -> Span:
        return span(
            t,
            needle,
            label,
            score=score,
            speaker=turns[turn].attrs["speaker"],
            turn=turn,
            quantities=extra.get("quantities", []),
        )

    u = _find(t, "12%")
    claims = [
        claim("Critics say your government is run by a gang of thieves.", "other", 0.2, 0),
        claim(
            dup_text,
            "quantity",
            0.93,
            1,
            quantities=[
                {
                    "text": "12%",
                    "start": u[0],
                    "end": u[1],
                    "value": 12.0,
                    "qualifier": None,
                    "unit": "%",
                    "kind": "percent",
                }
            ],
        ),
        claim("Everyone knows the sanctions will fail by 2026.", "prediction", 0.71, 3),
    ]

    def tech(needle: str, label: str, category: str, score: float, nth: int = 0) -> Span:
        return span(
            t,
            needle,
            label,
            nth=nth,
            score=score,
            category=category,
            explanation=f"cue: {needle[:20]}",
            scheme="semeval2023",
        )

    techniques = [
        tech("a gang of thieves", "Name_Calling-Labeling", "attack_on_reputation", 0.81),
        tech(
            "That is a lie spread by the same warmongers",
            "Name_Calling-Labeling",
            "attack_on_reputation",
            0.77,
        ),
        # Overlaps the previous span: both must render.
        tech(
            "the same warmongers who ruined our economy",
            "Guilt_by_Association",
            "attack_on_reputation",
            0.55,
        ),
        tech(
            "Either we stand together or we lose everything.",
            "False_Dilemma-No_Choice",
            "simplification",
            0.9,
        ),
        tech("Everyone knows", "Appeal_to_Popularity", "justification", 0.64),
        tech("Brussels only listens to Washington", "Loaded_Language", "manipulative_wording", 0.6),
    ]
    stage = [span(t, "(CROSSTALK)", "crosstalk")]
    base = {
        "title": "Interview with Foreign Minister Anna Petrova",
        "date": "2025-03-03",
        "place": "Rivertown",
        "source_url": "https://example.org/interview/42",
        "hashtags": ("economy", "EU", "sanctions"),
        "language": "en",
        "source": "petrova.txt",
    }
    base.update(meta)
    return Document(
        text=t,
        meta=Meta(**base),
        layers={
            "sentences": sentences,
            "turns": turns,
            "duplicates": duplicates,
            "stage_directions": stage,
            "entities": entities,
            "claims": claims,
            "techniques": techniques,
            "stance": stance_layer,
        },
        id="petrova-2025-03-03",
    )


HOSTILE_PAYLOADS = (
    "<script>window.__pwned=1;alert(1)</script>",
    '<img src=x onerror="window.__pwned=2;alert(2)">',
    "javascript:window.__pwned=3",
    "</script><script>window.__pwned=4</script>",
    "\u2028\u2029<!--",
    '"><svg onload=window.__pwned=5>',
)


def hostile_document() -> Document:
    """Every string a document can carry holds script payloads; the report shows them as text."""
    payload = " ".join(HOSTILE_PAYLOADS)
    text = (
        f"Title {payload}\nQuestion: {payload} what now?\n"
        f"{HOSTILE_PAYLOADS[0]}: I say {payload} and more.\n"
    )
    q_start = text.index("Question: ") + len("Question: ")
    q_end = text.index("what now?") + len("what now?")
    a_start = text.index("I say")
    a_end = len(text) - 1
    label_start = text.index(HOSTILE_PAYLOADS[0] + ":", q_end)
    hostile_attrs = {"category": payload, "explanation": payload, "scheme": "semeval2023"}
    return Document(
        text=text,
        meta=Meta(
            title=payload,
            source_url="javascript:window.__pwned=6",
            hashtags=HOSTILE_PAYLOADS,
            place=payload,
            byline=payload,
            source=payload,
            language='en"><script>',
        ),
        layers={
            "turns": [
                Span(
                    q_start,
                    q_end,
                    "question",
                    None,
                    {
                        "speaker": None,
                        "speaker_label": "Question",
                        "label_span": [q_start - 10, q_start - 2],
                        "index": 0,
                    },
                ),
                Span(
                    a_start,
                    a_end,
                    "answer",
                    None,
                    {
                        "speaker": payload,
                        "speaker_label": HOSTILE_PAYLOADS[0],
                        "label_span": [label_start, label_start + len(HOSTILE_PAYLOADS[0])],
                        "index": 1,
                    },
                ),
            ],
            "techniques": [
                Span(a_start, a_start + 20, payload, 0.9, hostile_attrs),
                Span(q_start, q_start + 30, "Loaded_Language", 0.5, hostile_attrs),
            ],
            "entities": [
                Span(
                    a_start,
                    a_start + 5,
                    "PERSON",
                    None,
                    {"canonical": payload, "speaker": payload, "turn": 1},
                )
            ],
            "claims": [
                Span(
                    a_start,
                    a_end,
                    payload,
                    0.99,
                    {
                        "speaker": payload,
                        "turn": 1,
                        "quantities": [
                            {
                                "text": payload,
                                "start": a_start,
                                "end": a_start + 1,
                                "value": 1,
                                "qualifier": payload,
                                "unit": payload,
                                "kind": payload,
                            }
                        ],
                    },
                )
            ],
            "stance": [
                Span(
                    a_start,
                    a_start + 5,
                    "negative",
                    0.7,
                    {
                        "target": payload,
                        "speaker": payload,
                        "role": payload,
                        "role_score": 0.5,
                        "turn": 1,
                    },
                )
            ],
            payload: [Span(0, 5, payload, None, {"x": payload})],
        },
        id=payload,
    )


def analyse_with_available_models(path: Any) -> tuple[Document, tuple[str, ...]]:
    """``path`` through the default analysis, and the stages that ran. Every shipped model must
    load: a missing one fails the test instead of thinning the report."""
    from rhetoscope.analysis import build_pipeline
    from rhetoscope.ingest import read_source

    pipeline = build_pipeline()
    return pipeline(read_source(path)), pipeline.names


def test_fixture_documents_round_trip_through_json() -> None:
    for doc in (full_document(), hostile_document()):
        assert Document.from_json(doc.to_json()) == doc
