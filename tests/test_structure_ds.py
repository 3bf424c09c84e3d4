"""Round-25 (DS) RU/UK press-interview layouts: short snippet tables."""

from __future__ import annotations

import pytest

from rhetoscope.structure.turns import analyse

LABELLED_FIRST = (
    "7x7 — Горизонтальная Россия\n\n«Мы не против мусора»: активист — о пяти годах после Шиеса\n\n"
    "Сыктывкар, 18 апреля 2024\n\n"
    "Николай Шубин пять лет назад стоял в лагере у станции. Корреспондент 7x7 поговорил с ним "
    "о том, что будет дальше. 7x7: Николай, прошло пять лет. Что сейчас на месте стройки?\n\n"
    "Николай Шубин: Формально — ничего. Площадку рекультивировали.\n\n"
    "Вы сообщили об этом властям?\n\n"
    "Конечно. Отправили обращение в прокуратуру.\n\n"
    "Многие участники лагеря уехали?\n\n"
    "Кто-то уехал, да. Но костяк остался.\n\n"
    "Не боитесь, что история повторится?\n\n"
    "Боюсь. Проекты такого рода никуда не делись.\n"
)

BOLD_SURNAMES = (
    "Автор: Ірина Бондар\n09.10.2023\n\n"
    "Кореспондентка 061 поговорила з директоркою ліцею №27 Світланою Руденко про навчання.\n\n"
    "**Бондар:** Скільки дітей зараз навчаються у вашому укритті офлайн?\n\n"
    "**Руденко:** Сто вісімдесят. Це в дві зміни.\n\n"
    "**Як облаштоване укриття?**\n\n"
    "Це колишній підвал, який ми за літо перебудували.\n\n"
    "**Психологи з вами працюють?**\n\n"
    "Так, у нас дві штатні психологині.\n\n"
    "**Навіть так**\n\n"
    "Навіть так. Минулої зими двоє вчителів звільнилися.\n"
)


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # The outlet's label glued to the lead asks, the full name below answers, and both go
        # on asking and answering in the unlabelled exchanges.
        (LABELLED_FIRST, ["7x7", "Николай Шубин"] * 4),
        # "з директоркою … Світланою Руденко" is the interviewee (not the correspondent), and
        # her instrumental given name is undone; the echoed bold "Навіть так" asks.
        (BOLD_SURNAMES, ["Ірина Бондар", "Світлана Руденко"] * 4),
    ],
)
def test_first_exchange_names(text: str, speakers: list[str]) -> None:
    turns = [t for t in analyse(text).turns if t.label in ("question", "answer")]
    assert [t.attrs["speaker"] for t in turns] == speakers
    assert [t.label for t in turns] == ["question", "answer"] * (len(speakers) // 2)


def test_glued_answer_over_unmarked_question() -> None:
    text = (
        "ІА «Галінфо» поспілкувалася з головним лікарем Богданом Яремою.\n\n"
        "- Пане Богдане, скільки пацієнтів зараз у вашій лікарні?\n\n- Двісті сорок.\n\n"
        "- Звідки ваші пацієнти?\n\n- Звідусіль.\n\n"
        "- А кадри?- Кадри – це найбільша проблема. Фізичних терапевтів готують кілька років, "
        "а потреба зросла в рази, тож ми самі платимо за навчання.\n\n"
        "- Ви згадали, що фінансування не відповідає навантаженню\n\n"
        "- Так. НСЗУ платить нам за пакетами.\n\n"
        "- Що має змінитися?\n\n- Тарифи.\n"
    )
    turns = analyse(text).turns
    labels = [t.label for t in turns if t.label in ("question", "answer")]
    assert labels == ["question", "answer"] * 5
    assert any(text[t.start : t.end] == "А кадри?" for t in turns)
