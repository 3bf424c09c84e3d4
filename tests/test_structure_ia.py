"""Small cases for the IA round (naming stress): a lead's asking verb names whom the
correspondent asked, never the correspondent; a quoted outlet label asks as the byline's one
writer; a programme's crew credits name the host of a bare "Ведущая:" label and, with the
show's schedule line, are trailing furniture."""

import pytest

from rhetoscope.structure.metadata import trailing_start
from structure_support import spoken_rows


@pytest.mark.parametrize("verb", ["расспросил", "спросил", "розпитав"])
def test_asked_person_is_no_correspondent(verb: str) -> None:
    text = (
        "Вести Края\nНовости | Общество\n\nОтец и дочь о худшем годе\n"
        "Кулдига, 5 августа 2025\nАвтор: Денис Краснов\n\n"
        f"Корреспондент «Вестей Края» {verb} Яниса Калниньша и его дочь Лиене "
        "о погоде и пчёлах.\n\n"
        "«ВК»: Господин Калниньш, насколько плохим был этот год?\n\n"
        "Калниньш: Худшим, который я помню.\n\n"
        "«ВК»: Лиене, вы представляли, что бывают такие годы?\n\n"
        "Калниня: В теории да.\n\n"
        "Калниньш: Она не говорила мне про эти ночи.\n\n"
        "«ВК»: Сколько ульев переживут зиму?\n\n"
        "Калниня: Если зима будет нормальной, почти все.\n"
    )
    askers = [r[1] for r in spoken_rows(text) if r[0] == "question"]
    assert askers == ["Денис Краснов"] * 3


@pytest.mark.parametrize(
    ("byline", "want"),
    [
        ("Автор: Денис Краснов", "Денис Краснов"),
        # two writers: the outlet asks
        ("Авторы: Денис Краснов и Ольга Лиепа", "ВК"),
    ],
)
def test_quoted_outlet_label_asks_as_sole_writer(byline: str, want: str) -> None:
    text = (
        "Вести Края\nНовости | Общество\n\nОтец и дочь о худшем годе\n"
        f"5 августа 2025\n{byline}\n\n"
        "Семья Калниньшей держит пчёл под Кулдигой с конца восьмидесятых годов.\n\n"
        "«ВК»: Господин Калниньш, насколько плохим был этот год?\n\n"
        "Калниньш: Худшим, который я помню.\n\n"
        "«ВК»: А что вас спасло?\n\n"
        "Калниньш: Июль и липа.\n"
    )
    askers = {r[1] for r in spoken_rows(text) if r[0] == "question"}
    assert askers == {want}


def test_crew_credits_name_host_and_trail() -> None:
    body = (
        "Кострома\n\n«Открытый разговор»: о детской кардиохирургии\n14 марта 2025\n\n"
        "Ведущая программы поговорила с Ириной Шершнёвой о новом отделении больницы.\n\n"
        "Ведущая: Ирина Владимировна, что это значит для родителей?\n"
        "Шершнёва: Детей больше не придётся везти в Москву.\n"
        "Ведущая: Кто будет оперировать?\n"
        "Шершнёва: Наши хирурги, которые учились в Москве.\n"
        "Ведущая: Спасибо, Ирина Владимировна. До встречи через неделю.\n\n"
    )
    trailer = (
        "Над программой работали: ведущая Анастасия Колобова, режиссёр Марина Тулупова.\n"
        "Смотрите «Открытый разговор» по пятницам в 19:30 на телеканале «Волжский берег».\n"
    )
    text = body + trailer
    rows = spoken_rows(text)
    assert [r[1] for r in rows if r[0] == "question"] == ["Анастасия Колобова"] * 2
    assert rows[-1][2].endswith("До встречи через неделю.")
    assert trailing_start(text) <= len(body)
