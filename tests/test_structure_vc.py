"""Round 57, batch TS TQ TO: a section menu whose items join words with "&", a transliterated
address by given name and patronymic, a surname that is also a style's short form, a media
player's card and a features box under the last answer, a closing thanks naming the guest by
post, and a comment box's sort order."""

from __future__ import annotations

import pytest

from rhetoscope.analysis import build_pipeline
from rhetoscope.ingest import read_text
from rhetoscope.structure.speakers import classify_label


def turns(text: str) -> list[tuple[str, str | None, str]]:
    doc = build_pipeline(["metadata", "sentences", "turns"])(read_text(text))
    return [(t.label, t.attrs.get("speaker"), doc.span_text(t)) for t in doc.layer("turns")]


_DASH_BODY = (
    "- Dmitry Anatolyevich, the first tanker was due in March. When will it sail?\n\n"
    "- We expect it to leave the yard in the autumn. The hull is finished and the engines are "
    "being installed.\n\n"
    "- Are the sanctions still a problem for the equipment?\n\n"
    "- They add costs, I won't hide it. We had to replace two suppliers.\n\n"
    "Interviewed by Olga Smirnova\n"
)

SPEAKER_CASES = [
    (
        # The address by given name and patronymic names the lead's one "Dmitry".
        "TASS\nRussian News Agency\n\nBusiness\nMarch 3, 2026, 10:00\n\n"
        "Sovcomflot expects first Arctic tanker this year\n\n"
        "MOSCOW, March 3. /TASS/. Head of Sovcomflot Dmitry Ivanov, in an interview with TASS "
        "on the sidelines of a shipping forum, spoke about the company's new orders.\n\n"
        + _DASH_BODY,
        "Dmitry Ivanov",
    ),
    (
        # The menu row's items are joined by "&" and set two spaces apart: "Markets Review
        # Culture" is no one under an office.
        "TASS\nRussian News Agency\n"
        "World  Business & Economy  Science & Space  Society & Culture  Press Review  Culture\n\n"
        "Business\nMarch 3, 2026, 10:00\n\n"
        "Sovcomflot expects first Arctic tanker this year\n\n"
        "MOSCOW, March 3. /TASS/. Head of Sovcomflot Dmitry Ivanov, in an interview with TASS "
        "on the sidelines of a shipping forum, spoke about the company's new orders.\n\n"
        + _DASH_BODY,
        "Dmitry Ivanov",
    ),
]


@pytest.mark.parametrize("text,answerer", SPEAKER_CASES)
def test_dash_interview_answerer(text: str, answerer: str) -> None:
    answers = {s for label, s, _ in turns(text) if label == "answer"}
    assert answers == {answerer}


@pytest.mark.parametrize(
    "label,name",
    [
        ("Question [Ravi Sen, Global News]", "Ravi Sen"),
        ("Question [Anjali Sen – CBC]", "Anjali Sen"),
    ],
)
def test_bracket_asker_surnamed_like_a_style(label: str, name: str) -> None:
    info = classify_label(label)
    assert info is not None and info.name is not None
    assert info.name.display() == name


TAIL_CASES = [
    (
        # A radio page's player card under the host's closing line.
        "Q&A\nMayor on the bridge closure\n\n"
        "Anna Leclerc: The bridge is closed again. How long this time?\n\n"
        "Paul Dubois: At least two weeks. The bearings have to be replaced.\n\n"
        "Anna Leclerc: Paul Dubois is the city's director of works. Thanks for coming in.\n\n"
        "Audio | Metro Morning\nCity's director of works on the bridge closure\nDuration 6:02\n\n"
        "About CBC News\n",
        "Thanks for coming in.",
    ),
    (
        # A broadcaster's features box by its initials under the closing thanks.
        "RT: Is Oslo ready to retaliate?\n\n"
        "Lars Berg: Not yet. The government wants to talk first.\n\n"
        "RT: Lars Berg, trade lawyer, thank you very much for your time.\n\n"
        "You can share this story on social media:\n\n"
        "RT Features\nBaltic ports: the new route for Russian grain\n"
        "Faroe herring talks, round three\n\n"
        '© Autonomous Nonprofit Organization "TV-Novosti", 2005–2026. All rights reserved.\n',
        "thank you very much for your time.",
    ),
    (
        # ria.ru's comment box, its sort order "Новые первые".
        "— Когда откроется граница?\n\n— Весной, как только закончат ремонт пункта пропуска.\n\n"
        "— Будет ли визит на высшем уровне?\n\n— Контакты у нас регулярные. Об остальном "
        "будет объявлено в установленном порядке.\n\nРоссия\nМонголия\nИнтервью\n"
        "Все комментарии\nНовые первые\n"
        "Чтобы участвовать в дискуссии, авторизуйтесь или зарегистрируйтесь\n",
        "в установленном порядке.",
    ),
]


@pytest.mark.parametrize("text,ending", TAIL_CASES)
def test_last_turn_ends_above_furniture(text: str, ending: str) -> None:
    assert turns(text)[-1][2].endswith(ending)


def test_closing_thanks_naming_post_is_other() -> None:
    text = TAIL_CASES[1][0]
    assert turns(text)[-1][:2] == ("other", "RT")
