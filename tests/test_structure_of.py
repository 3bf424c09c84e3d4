"""Small cases for batch OF (kremlin.ru working meeting with a governor): the head's closing
word that opens with "давайте" but goes on to an imperative ("Хорошо, давайте, подготовьте
письмо, я дам поручение …") instructs, a statement; a "давайте" that only moves the meeting on
is no instruction."""

import pytest

from structure_support import turn_rows

_KREMLIN = (
    "Встреча с губернатором Тамбовской области Евгением Первышовым\n"
    "Владимир Путин провёл рабочую встречу с губернатором Тамбовской области Евгением "
    "Первышовым.\n"
    "18 марта 2025 года\n"
    "15:10\n"
    "Москва, Кремль\n"
    "Обсуждались социально-экономическое положение региона и ход посевной кампании.\n"
    "В.Путин: Евгений Евгеньевич, начнём с сельского хозяйства. Как готовитесь к посевной?\n"
    "Е.Первышов: Владимир Владимирович, семенами хозяйства обеспечены полностью, техника "
    "готова.\n"
    "Просил бы поддержать нашу заявку на строительство онкологического диспансера.\n"
    "В.Путин: {last}\n"
    "Е.Первышов: Спасибо большое, Владимир Владимирович.\n"
)


@pytest.mark.parametrize(
    ("last", "want"),
    [
        (
            "Хорошо, давайте, подготовьте письмо, я дам поручение Правительству посмотреть.",
            "statement",
        ),
        (
            "Хорошо. Давайте, направьте предложения, и я дам поручение Правительству.",
            "statement",
        ),
        # (a "давайте" that only moves the meeting on gives no instruction)
        ("Хорошо. Давайте посмотрим документы, которые Вы принесли.", None),
    ],
)
def test_davaite_then_imperative_is_an_instruction(last: str, want: str | None) -> None:
    rows = turn_rows(_KREMLIN.format(last=last))
    head = [(label, text) for label, speaker, text in rows if speaker == "Владимир Путин"]
    if want is None:
        assert head[-1][0] != "statement"
    else:
        assert head[-1][0] == want
    assert head[0][0] == "question"
