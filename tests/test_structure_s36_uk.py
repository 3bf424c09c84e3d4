"""Session 36, Ukrainian pages and a kremlin.ru caption: a host whose channel the header names
unquoted in Latin or capitals before the name ("Розмову вів ведучий телеканалу ICTV Олег …",
"… ведучому телеканалу ICTV Андрію …"); a label-less interview whose lead has the interviewee
tell the outlet though a signature names the journalist ("Розмовляла …"); a host who thanks,
then turns to the guest by name with the next topic, no question mark; and a participle photo
caption between two turns ("Answering media questions following …")."""

from __future__ import annotations

import pytest
from tests.structure_support import turn_rows

_TALK = (
    "{host_label}: Пане міністре, добрий вечір. Дякую, що прийшли до нас у студію. Почнемо з "
    "головного: коли запрацює нова програма підтримки фермерів?\n\n"
    "Олексій Гуменюк: Добрий вечір. Програма запрацює з першого жовтня, гроші вже закладені в "
    "бюджет, і громади про це знають.\n\n"
    "{host_label}: А що буде з тими, хто не встигне подати заявку до кінця місяця?\n\n"
    "Олексій Гуменюк: Ми продовжимо прийом заявок, ніхто не залишиться без підтримки.\n"
)

HOST_HEADERS = [
    (
        "Інтерв'ю міністра аграрної політики в ефірі телемарафону\n12 вересня 2025 року\n\n"
        "Розмову вів ведучий телеканалу ICTV Тарас Бойченко.\n\n",
        "Ведучий",
        "Тарас Бойченко",
    ),
    (
        "Інтерв'ю міністра аграрної політики\n12 вересня 2025 року\n\n"
        "Розмову вела ведуча каналу СТБ Ірина Ковальчук.\n\n",
        "Ведуча",
        "Ірина Ковальчук",
    ),
    (
        "Інтерв'ю міністра аграрної політики\n12 вересня 2025 року\n\n"
        "Міністр аграрної політики Олексій Гуменюк розповів в інтерв'ю ведучому телеканалу "
        "ICTV Андрію Коваленку про підтримку фермерів.\n\n",
        "Ведучий",
        "Андрій Коваленко",
    ),
]


@pytest.mark.parametrize(("header", "label", "host"), HOST_HEADERS)
def test_host_label_takes_the_host_named_with_an_unquoted_channel(
    header: str, label: str, host: str
) -> None:
    rows = [r for r in turn_rows(header + _TALK.format(host_label=label)) if r[0] != "other"]
    questions = [who for kind, who, _ in rows if kind == "question"]
    answers = [who for kind, who, _ in rows if kind == "answer"]
    assert questions == [host, host]
    assert answers == ["Олексій Гуменюк", "Олексій Гуменюк"]


_DASH_TALK = (
    "Пане міністре, почнемо з експорту. Чи вистачить портів, щоб вивезти новий урожай?\n\n"
    "– Вистачить. Морський коридор працює стабільно, а залізниця додала вагонів на захід. Ми "
    "очікуємо, що цього сезону експорт буде не меншим, ніж торік.\n\n"
    "А що з цінами для аграріїв? Вони скаржаться, що продають зерно собі у збиток.\n\n"
    "– Це правда, ціни низькі. Тому ми запускаємо програму часткової компенсації логістики, "
    "вона має запрацювати вже в листопаді.\n\n"
    "Останнє запитання: коли уряд ухвалить нову стратегію для села?\n\n"
    "– Проєкт готовий, його обговорюють громади. Думаю, до кінця року стратегію ухвалять.\n"
)


@pytest.mark.parametrize(
    "signature",
    ["Розмовляла Ольга Мельник, «Новий час»", "Розмовляв Петро Гнатюк"],
)
def test_label_less_lead_teller_answers_beside_a_signed_journalist(signature: str) -> None:
    page = (
        "Інтерв'ю Міністра аграрної політики «Новому часу»\n14 жовтня 2025, 09:30\n\n"
        f"{signature}\n\n"
        "Україна готова вивезти весь новий урожай, а аграрії отримають компенсацію логістики. "
        "Про це Міністр аграрної політики України Олексій Гуменюк розповів в інтерв'ю "
        "«Новому часу».\n\n" + _DASH_TALK
    )
    answers = [who for kind, who, _ in turn_rows(page) if kind == "answer"]
    assert answers == ["Олексій Гуменюк"] * 3


_RADIO = (
    "Ведучі — Тарас Мельник та Олена Гоц.\n\n"
    "Ведучий: Пане Олексію, вітаємо в ефірі. Почнемо з бюджету: де уряд візьме гроші на "
    "оборону наступного року?\n\n"
    "Олексій Гуменюк: Добрий день. Основна частина — наші власні податки, решта — допомога "
    "партнерів і внутрішні запозичення.\n\n"
    "Ведуча: {turn}\n\n"
    "Олексій Гуменюк: Я розумію ці побоювання. Але правила мають бути однакові для всіх, і "
    "ми будемо це пояснювати бізнесу.\n"
)


@pytest.mark.parametrize(
    ("turn", "kind"),
    [
        (
            "Дякую. Пане Олексію, ще одна тема, яка хвилює слухачів, — податок на посилки. "
            "Для багатьох це виглядає як податок на бідних.",
            "question",
        ),
        (
            "Дякуємо. Пане Олексію, наступна тема — ФОПи. Підприємці бояться, що їх змусять "
            "платити ПДВ уже наступного року.",
            "question",
        ),
        ("Дякую. Пане Олексію, дякуємо, що були з нами.", "other"),
    ],
)
def test_thanks_then_the_next_topic_by_name_asks(turn: str, kind: str) -> None:
    rows = turn_rows(
        "Радіо\n«Податки не зростуть». Гетьман в ефірі радіо\n17 вересня 2025, 14:32\n\n"
        + _RADIO.format(turn=turn)
    )
    got = [k for k, _who, body in rows if body.startswith(turn[:20])]
    assert got == [kind]


_KREMLIN = (
    "Answers to media questions\nJuly 4, 2024\n21:05\nAstana\n\n"
    "Following his visit to Kazakhstan, Vladimir Putin answered questions from Russian "
    "journalists.\n\n"
    "Dmitry Peskov: Good evening, colleagues. Rossiya TV channel, please.\n\n"
    "Question: Mr President, what would you single out as the main result of the summit?\n\n"
    "Vladimir Putin: The organisation continues to develop. We adopted a declaration on "
    "security, and our partners responded with interest.\n\n"
    "{tail}\n\n"
    "Dmitry Peskov: Channel One, please.\n\n"
    "Question: Is your offer on negotiations still on the table?\n\n"
    "Vladimir Putin: Yes, it is. Everyone should understand this.\n"
)


@pytest.mark.parametrize(
    ("tail", "cut"),
    [
        ("Answering media questions following the visit to Kazakhstan.", True),
        ("Speaking to journalists after the summit.", True),
        ("Nothing more to add on this.", False),
        ("Working together is what matters now.", False),
    ],
)
def test_participle_caption_between_turns_is_cut_off_the_answer(tail: str, cut: bool) -> None:
    rows = turn_rows(_KREMLIN.format(tail=tail))
    first_answer = next(body for kind, _who, body in rows if kind == "answer")
    assert first_answer.endswith("responded with interest.") is cut
    assert first_answer.endswith(tail) is not cut
