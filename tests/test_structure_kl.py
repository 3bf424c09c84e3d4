"""Small cases for batch KL (panels, court audio protocols, AGMs, podcasts): a panel lead's
editor is a panellist, not who asks under the moderator's label; a court record's field lines
("Председательствующий: судья …", "Истец: ООО «…»; ответчик: …") are header, the judge named
from the first; a shareholder at the AGM microphone names themself; a question read out for
its sender asks; a podcast episode's "(with Dr. …)" names the guest."""

import pytest

from structure_support import turn_rows

_PANEL = (
    "Медіафорум\n"
    "27 травня 2025\n"
    "На форумі відбулася панельна дискусія про регіональні медіа. Свій досвід розповіли "
    "{post} «Вежі» Ірина Соловей та засновник видання «Кордон» Андрій Бондар. Модерувала "
    "дискусію журналістка Олена Гребенюк. Публікуємо скорочену розшифровку.\n\n"
    "Модераторка: Доброго дня всім. Ірино, звідки у «Вежі» гроші?\n\n"
    "Ірина Соловей: Гранти все ще дають близько половини бюджету, решта — підписка.\n\n"
    "Модераторка: Андрію, як ви плануєте бюджет, коли не знаєте, що буде завтра?\n\n"
    "Андрій Бондар: Ми не плануємо далі ніж на три місяці, це перше.\n\n"
    "Модераторка: Дякую нашим спікерам.\n"
)


@pytest.mark.parametrize("post", ["головна редакторка", "редакторка"])
def test_panel_editor_is_no_moderator(post: str) -> None:
    rows = turn_rows(_PANEL.format(post=post))
    spoken = [r for r in rows if r[1] is not None]
    assert {r[1] for r in spoken if r[0] == "question"} == {"Олена Гребенюк"}
    assert {r[1] for r in spoken if r[0] == "answer"} == {"Ірина Соловей", "Андрій Бондар"}


_COURT = (
    "Делимся расшифровкой аудиопротокола заседания по нашему делу.\n\n"
    "Арбитражный суд Свердловской области\n"
    "Дело № А60-41877/2024\n"
    "Председательствующий: судья {fio}\n"
    "Истец: ООО «УралТранс»; ответчик: АО «Северный завод»\n\n"
    "Председательствующий: Слушается дело по иску ООО «УралТранс». Отводов нет?\n\n"
    "Представитель истца: Нет, ваша честь.\n\n"
    "Председательствующий: Ответчик, вы факт простоя оспариваете?\n\n"
    "Представитель ответчика: Мы оспариваем начало течения срока.\n\n"
    "Председательствующий: Заседание окончено.\n"
)


@pytest.mark.parametrize(
    ("fio", "who"),
    [
        ("Колесникова Наталья Викторовна", "Наталья Колесникова"),
        ("Гаврилов Сергей Петрович", "Сергей Гаврилов"),
    ],
)
def test_court_field_lines_are_header_and_name_the_judge(fio: str, who: str) -> None:
    rows = turn_rows(_COURT.format(fio=fio))
    speakers = [r[1] for r in rows]
    assert "Истец" not in speakers
    assert not any(r[2].startswith(("судья", "ООО")) for r in rows)
    assert speakers.count(who) == 3


_AGM = (
    "2024 Annual General Meeting – Transcript of Questions and Answers\n\n"
    "Graham Lockwood, Non-Executive Chair: We now move to questions from shareholders.\n\n"
    "{label}: Thank you, Chair. My name is Peter Vardy, I've been a shareholder since 2011. "
    "Is first production still due in 2025?\n\n"
    "Sarah Whitcombe, Managing Director: Thanks, Peter. No, it is not. We deferred it.\n\n"
    "Graham Lockwood: Thank you. We have a question online from Anne Gillespie.\n\n"
    "Company Secretary: Ms Gillespie asks: given the first strike last year, why have "
    "incentives increased again?\n\n"
    "Graham Lockwood: That's a fair question. The committee listened and removed the bonus.\n"
)


@pytest.mark.parametrize("label", ["Shareholder", "Stockholder"])
def test_agm_shareholder_named_and_read_out_question_asks(label: str) -> None:
    rows = turn_rows(_AGM.format(label=label))
    assert ("question", "Peter Vardy") in [(r[0], r[1]) for r in rows]
    read = next(r for r in rows if r[2].startswith("Ms Gillespie asks"))
    assert read[0] == "question"
    reply = next(r for r in rows if r[2].startswith("That's a fair question"))
    assert reply[0] == "answer"


@pytest.mark.parametrize("opening", ["(with Dr. Maya Ortiz)", "(feat. Maya Ortiz)"])
def test_podcast_episode_title_names_guest(opening: str) -> None:
    text = (
        "The Crumb Report\n"
        f"Episode 47: Why Your Sourdough Keeps Failing {opening}\n"
        "March 4, 2025 · 41 min\n\n"
        "[00:00:00] Ben Hollis: Hey everybody, welcome back to The Crumb Report. Today I've got "
        "Maya Ortiz, a food microbiologist at Oregon State.\n\n"
        "[00:00:21] Maya Ortiz: Thanks for having me, Ben.\n\n"
        "[00:00:26] Ben Hollis: Okay, so my starter died. Is it actually dead?\n\n"
        "[00:00:36] Maya Ortiz: Almost never. Feed it two or three times and it'll come back.\n\n"
        "[00:03:02] Ben Hollis: That is a great place to stop. Maya, thank you so much.\n"
    )
    rows = turn_rows(text)
    assert [r[0] for r in rows][:2] == ["other", "answer"]
    assert {r[1] for r in rows if r[0] == "answer"} == {"Maya Ortiz"}
