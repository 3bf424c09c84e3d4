"""Small cases found by the final blind check, KT and KV: NPR's newsreel soundbite cue and the
photo caption under its "Enlarge this image" button, a "see also" box heading set as a label,
a two-word town under a government.ru date, and a mid.ru title under a menu set one per line."""

import pytest

from structure_support import run, turn_rows

NPR = (
    "NPR\nDonate\nHistory\nA new history of the fair asks what it got right\n"
    "June 15, 2025 8:12 AM ET\nHeard on Weekend Edition Sunday\nJane Host\nTranscript\n"
    "Enlarge this image\n"
    "Visitors crowd the main pavilion at the fair in 1939.\n"
    "Keystone/Getty Images\nTranscript\n"
    "JANE HOST, HOST:\n"
    "In the spring of 1939, millions lined up in Queens to get a look at the future. Here's "
    "how one newsreel sold it at the time.\n\n"
    "({cue})\n\n"
    "UNIDENTIFIED NARRATOR: Here, on a former ash heap, rises the World of Tomorrow.\n\n"
    "HOST: A new book by the historian Sam Writer looks at what it promised. Welcome.\n\n"
    "SAM WRITER: Thanks so much for having me, Jane.\n\n"
    "HOST: Why was the country so hungry for a vision of the future?\n\n"
    "WRITER: People had been through ten years of the Depression, and they wanted hope.\n"
)


@pytest.mark.parametrize("cue", ["SOUNDBITE OF ARCHIVED NEWSREEL", "SOUNDBITE OF NEWSREEL"])
def test_npr_newsreel_voice_is_a_statement_and_caption_no_turn(cue: str) -> None:
    rows = turn_rows(NPR.format(cue=cue))
    assert not any(r[2].startswith("Visitors crowd") for r in rows)
    assert [r[0] for r in rows if r[2].startswith("Here, on a former")] == ["statement"]


SVOBODA = (
    "Радіо Свобода\nІван Ведучий\n18 листопада 2025, 19:12\n"
    "Чи витримає енергосистема нову хвилю ударів? Про це в ефірі говорили з експерткою.\n"
    "Іван Ведучий: Чи буде світло цієї зими?\n"
    "Олена Експертка: Світло буде, але, найімовірніше, з графіками.\n"
    "Іван Ведучий: Дякую.\n"
    "Олена Експертка: Дякую вам.\n"
    "{heading}:\n"
    "Укренерго: через атаку в трьох областях застосовують аварійні відключення\n"
)


@pytest.mark.parametrize("heading", ["ПОДИВІТЬСЯ ТАКОЖ", "Дивіться також"])
def test_see_also_heading_is_no_speaker(heading: str) -> None:
    rows = turn_rows(SVOBODA.format(heading=heading))
    assert rows[-1][1] == "Олена Експертка"
    assert not any(r[2].startswith("Укренерго") for r in rows)


GOVRU = (
    "Правительство России\nНовости\nПремьер ответил на вопросы журналистов\n"
    "2 июля 2025\n{town}\n"
    "Председатель Правительства посетил область и провёл совещание.\n"
    "Вопрос: Игорь Ситников, ГТРК «{again}». Обсуждался ли этот вопрос?\n"
    "М.Мишустин: Да, обсуждался. Решение будет принято в этом году.\n"
)


@pytest.mark.parametrize(
    ("town", "again", "place"),
    [
        ("Нижний Новгород", "Нижний Новгород", "Нижний Новгород"),
        # a two-word line the text never names again is no place read
        ("Нижний Новгород", "Волга", None),
    ],
)
def test_adjectival_town_under_date(town: str, again: str, place: str | None) -> None:
    doc = run(GOVRU.format(town=town, again=again))
    assert doc.meta.to_dict().get("place") == place


MID = (
    "Министерство иностранных дел Российской Федерации\nГлавная\nПресс-служба\n"
    "Выступления Министра\n"
    "Выступление и ответы на вопросы СМИ Министра иностранных дел Российской Федерации "
    "С.В.Лаврова в ходе совместной пресс-конференции по итогам переговоров с Министром "
    "иностранных дел Республики Сербии М.Джуричем, Москва, 10 июня 2025 года\n"
    "10.06.2025 16:42\n1128-10-06-2025\n\n"
    "Уважаемые дамы и господа,\n\nПровели с моим сербским коллегой насыщенные переговоры.\n\n"
    "Вопрос: Как вы оцениваете перспективы продления соглашения?\n\n"
    "С.В.Лавров: Этим занимаются профильные компании.\n"
)


def test_mid_title_place_under_menu_lines() -> None:
    meta = run(MID).meta.to_dict()
    assert (meta.get("place"), meta.get("date")) == ("Москва", "2025-06-10")
