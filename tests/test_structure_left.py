"""A phone-in caller labelled once by the name the host puts through; page furniture under the
last turn (Mint's footer, a translated Q&A's note, a radio crew credit); a capitals page's
station acronym."""

import pytest

from rhetoscope.analysis import build_pipeline
from rhetoscope.ingest import read_text

PIPELINE = build_pipeline(["metadata", "sentences", "turns", "duplicates"])


def turns(text: str) -> list[tuple[str, str | None, str]]:
    doc = PIPELINE(read_text(text))
    return [
        (t.label, t.attrs.get("speaker"), doc.text[t.start : t.end]) for t in doc.layer("turns")
    ]


_RADIO = (
    "У студії говоримо з Ґіві Мачаваріані — директором Львівського театру ляльок.\n\n"
    "Ведучий: Пане Ґіві, вітаю вас. Як узагалі можна грати виставу в підвалі?\n"
    "Директор: Виявилося — можна і навіть добре. Ми зробили ширму.\n\n"
    "Ведучий: Що найважче в роботі з дітьми?\n"
    "Директор: Тиша після вистави. Тому ми дуже обережні.Ведучий: У нас є дзвінок. "
    "Оксана з Житомира, ви в ефірі.\n"
    "Оксана: Добрий вечір. Чи можете ви приїхати до нас?\n"
    "Директор: Можемо і приїдемо.\n\n"
    "Ведучий: Дякую, пане Ґіві.\n"
    "Директор: Дякую вам.\n\n"
    "Ведучий програми — Тарас Ничипорук. Звукорежисерка — Ірина Дзюба.\n\n"
    "Слухайте також: «Як музеї евакуювали фонди»\n"
)


def test_handed_caller_label_and_crew_credit() -> None:
    got = turns(_RADIO)
    assert ("question", "Оксана", "Добрий вечір. Чи можете ви приїхати до нас?") in got
    assert got[-1][2] == "Дякую вам."


_TAILS = [
    # Mint's footer under every story.
    "Catch all the Business News, Market News, Breaking News Events and Latest News Updates "
    "on Live Mint.",
    # A translated Q&A's note under the last answer.
    "This interview was conducted in Spanish. It has been translated by staff writer Lucía "
    "Ferrer and edited for length and clarity.",
]


@pytest.mark.parametrize("tail", _TAILS)
def test_furniture_under_last_answer(tail: str) -> None:
    text = (
        "Rahul Menon: What is holding the deal up?\n\n"
        "Deshpande: Very little, honestly. The text is largely closed.\n\n"
        "RM: And the EU?\n\n"
        "Deshpande: Dairy is simply not on the table.\n\n"
        "RM: Thank you, Secretary.\n\n"
        f"Deshpande: Thank you.\n\n{tail}\n"
    )
    assert turns(text)[-1][2] == "Thank you."


_CAPS_PAGE = (
    "High Commissioner's press conference\n\n"
    "HIGH COMMISSIONER: Good morning, everyone. I'm happy to take a few questions.\n\n"
    "{asker}: High Commissioner, who will pay for staffing the wing?\n\n"
    "HIGH COMMISSIONER: The national health budget, from day one.\n\n"
    "{asker}: And after the three years?\n\n"
    "HIGH COMMISSIONER: The university's school of medicine takes it on.\n\n"
    "JOURNALIST: Will Australia fund similar wings?\n\n"
    "HIGH COMMISSIONER: We're in discussions with the Minister.\n"
)


@pytest.mark.parametrize(
    ("asker", "lead", "caps"),
    [
        ("EMTV", "", True),  # written only in capitals: the station
        ("KENT", "Reporter Kent asked about staffing.\n\n", False),  # a name on the page
        ("KENT", "Questions from JANE KENT of the Post.\n\n", False),  # a given name before it
    ],
)
def test_caps_page_acronym(asker: str, lead: str, caps: bool) -> None:
    got = turns(lead + _CAPS_PAGE.format(asker=asker))
    (speaker,) = {s for _, s, body in got if body.startswith("And after")}
    assert speaker is not None
    assert (asker in speaker.split()) is caps
