# ruff: noqa: E501
"""Older pinned rows, second pass: an office label completed by a full name anywhere in the
text, an English follow-up by the same reporter, a moderator naming the side before the
reporter, mid.ru's contents and trailing furniture, a NATO title line, a TV lower third."""

from __future__ import annotations

import pytest

from structure_support import turn_rows

ROSE_GARDEN = """Remarks by President Harlan and Prime Minister Lindqvist of Sweden in Joint Press Conference

June 17, 2025

PRESIDENT HARLAN:  Well, good afternoon, everybody.  It's a special honor to host Prime Minister Elin Lindqvist of Sweden.

PRIME MINISTER LINDQVIST:  Thank you, Mr. President.  And let me thank President Daniel Harlan for the warm welcome.

Q    Thank you, Mr. President.  Is Sweden exempt from the tariffs?

PRESIDENT HARLAN:  We're talking.  We'll see where we end up.
"""

FOLLOW_UP = """Remarks by President Halvorsen in Press Conference

THE PRESIDENT:  Good afternoon.  With that, I'll take some questions.  Ayesha Raman, Bloomberg.

Q    Thank you, Mr. President.  How long is "temporary"?

THE PRESIDENT:  Until Ottawa comes back with a real offer.  That could be weeks.

Q    Just to follow up — is there a date you're working toward?

THE PRESIDENT:  No, there's no date.
"""

DELEGATION = """Secretary Halvorsen and Foreign Minister Tavares at a Joint Press Availability

MODERATOR: Thank you. We will take one question from each delegation.

SECRETARY HALVORSEN: Happy to take questions.

MODERATOR: Next, from the American delegation, Hannah Cole of the Associated Press.

QUESTION: Thank you, Mr. Secretary. Will the administration reimpose oil sanctions?

SECRETARY HALVORSEN: I'm not going to get ahead of any decision.
"""

MID_CONTENTS = """Брифинг официального представителя МИД России М.В.Захаровой, Москва, 20 марта 2025 года

Официальный представитель МИД России Мария Захарова провела еженедельный брифинг для СМИ.

Содержание
О предстоящих мероприятиях Министра иностранных дел России С.В.Лаврова
О ситуации вокруг Молдавии
Из ответов на вопросы:

О предстоящих мероприятиях Министра иностранных дел России С.В.Лаврова

24 марта Министр иностранных дел России С.В.Лавров проведёт в Москве переговоры с Министром иностранных дел Индонезии.

Вопрос: Можно ли ожидать визита С.В.Лаврова в Латинскую Америку?

Ответ: Такие планы есть, о датах сообщим дополнительно.

Тематические материалы: Молдавия, Финляндия, Украина
"""

MID_VIDEO = """Брифинг официального представителя МИД России М.В.Захаровой, Москва, 20 марта 2025 года

Вопрос: Будет ли Россия участвовать в конференции в Женеве?

Ответ: Приглашение поступило, оно изучается.

Вопрос: Когда будет принято решение?

Ответ: Решение будет принято в ближайшее время.

Если видео не воспроизводится, обновите страницу
#МИДРоссии #брифинг
"""

MID_MORE = """Ответы С.В.Лаврова на вопросы СМИ, Каир, 11 февраля 2025 года

Вопрос: Когда начнётся строительство?

С.В.Лавров: Строительство идёт по графику.

Вопрос: Когда будет запущен первый энергоблок АЭС?

С.В.Лавров: Конкретные сроки назовёт «Росатом».

Ещё по теме
Выступление Министра иностранных дел России С.В.Лаврова на открытии переговоров с Министром иностранных дел Египта Б.Абдель Аты, Москва, 11 февраля 2025 года

Поделиться:  ВКонтакте  Telegram
"""

NATO_TITLE = """NATO
Home › News › Speeches & transcripts

Doorstep statement

by NATO Secretary General Anders Vahl at the start of the meeting of NATO Ministers of Defence, NATO Headquarters, Brussels

13 Feb. 2025 -  |

(As delivered)

Good morning. Defence ministers meet today at a decisive moment for our Alliance. And with that, I'm ready to take your questions.

NATO Spokesperson [Farah Sayegh]: We start with Reuters.

Question [Reuters]: Secretary General, will any country be named today?

NATO Secretary General: We don't name and shame in this room.
"""

LOWER_THIRD = """CTV Question Period | Transcript

RACHEL DUBOIS: Minister, thanks for coming in on a Sunday.

JONATHAN HALE
Minister of Energy and Natural Resources

HALE: Happy to be here, Rachel.

DUBOIS: Are you going to pause the carbon price?

HALE: No. And I've told my colleagues that directly.
"""


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # an office label the guest names in full further down the page
        (ROSE_GARDEN, ("statement", "Daniel Harlan", "Well, good afternoon")),
        (ROSE_GARDEN, ("answer", "Daniel Harlan", "We're talking.  We'll see where we end up.")),
        # "Just to follow up" is the reporter who asked before the answer
        (FOLLOW_UP, ("question", "Ayesha Raman", "Just to follow up")),
        # "Next, from the American delegation, Hannah Cole of …"
        (DELEGATION, ("question", "Hannah Cole", "Thank you, Mr. Secretary. Will")),
        # mid.ru's contents list and the heading repeating its entry are the page's
        (MID_CONTENTS, ("statement", "Мария Захарова", "24 марта Министр")),
        # … and its topic row, player notice and "Ещё по теме" box under the last answer
        (
            MID_CONTENTS,
            ("answer", "Мария Захарова", "Такие планы есть, о датах сообщим дополнительно."),
        ),
        (MID_VIDEO, ("answer", "М.В. Захарова", "Решение будет принято в ближайшее время.")),
        (MID_MORE, ("answer", "С.В. Лавров", "Конкретные сроки назовёт «Росатом».")),
        # NATO's title line "by NATO Secretary General …" is the header's, not the statement's
        (NATO_TITLE, ("statement", "Anders Vahl", "Good morning. Defence")),
        # a TV lower third ("JONATHAN HALE" / "Minister of …") between turns is no one's words
        (LOWER_THIRD, ("other", "Rachel Dubois", "Minister, thanks for coming in on a Sunday.")),
    ],
)
def test_old_pinned_mechanisms(text: str, row: tuple[str, str | None, str]) -> None:
    label, speaker, body = row
    rows = turn_rows(text)
    hits = [r for r in rows if r[2].startswith(body)]
    assert hits, rows
    got = hits[0]
    assert (got[0], got[1]) == (label, speaker), rows
    if body.endswith((".", "»")):
        assert got[2] == body, got[2]


@pytest.mark.parametrize(
    "text",
    [
        # a bare honorific names no office: "Mr. Halvorsen" stays as written
        "Mr. HALVORSEN. Mr. Speaker, I yield back.\n\nMr. WHITFIELD. I thank Mr. Eric Halvorsen"
        " for his work.\n\nMr. HALVORSEN. I ask for the yeas and nays.\n\nMr. WHITFIELD. The"
        " yeas and nays are ordered.\n",
    ],
)
def test_honorific_label_not_completed_from_text(text: str) -> None:
    assert all(sp != "Eric Halvorsen" for _, sp, _ in turn_rows(text))
