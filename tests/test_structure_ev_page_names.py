"""Round 29 (EV): speakers named from the page rather than the label — an outlet's short
name for its masthead, accents the label drops, a "de la" particle, hosts in a programme credit,
initials with a patronymic, a phone-in caller, and role labels the lead sets beside a name."""

from __future__ import annotations

import pytest

from structure_support import turn_rows as rows

_CASES = [
    # an outlet's one-word label completing into the masthead asks as the byline's writer
    (
        "Harbor Weekly | Interviews\n\n"
        "How the port grew\n\n"
        "By Ellen Park\nOslo, 3 May 2024\n\n"
        "Harbor: What changed most?\n\n"
        "Moreau: The ships got bigger.\n\n"
        "Harbor: And the town?\n\n"
        "Moreau: It stayed small.\n",
        ["Ellen Park", "Moreau"],
    ),
    # a label and caption without diacritics; the lead's accented spelling wins
    (
        "THE CITY LEDGER\nPolitics › Interviews\n\n"
        "By Tom Reyes\n\n"
        "[Image: Jose Ramirez at his desk.]\n\n"
        "When José Ramírez became mayor, the budget was in deficit.\n\n"
        "Q: Mr Ramírez, what came first?\n\n"
        "Ramirez: The budget. Always the budget.\n\n"
        "Q: And then?\n\n"
        "Ramirez: The buses.\n",
        ["Tom Reyes", "José Ramírez"],
    ),
    # a Spanish 'de la' surname in the dek completes the 'De la Vega:' label
    (
        "World Desk | Interviews\n\n"
        "Spain's envoy, Lucía de la Vega, on fisheries\n\n"
        "By Mark Olsen\n\n"
        "World: Ambassador, why fish?\n\n"
        "De la Vega: Because the boats are old.\n\n"
        "World: And next?\n\n"
        "de la Vega: New boats.\n",
        ["Mark Olsen", "Lucía de la Vega"],
    ),
    # first-name hosts completed by the programme's 'hosted by' credit
    (
        "City Radio\n\n"
        "ANNA: Good morning, this is the show.\n\n"
        "PETER: Our guest is the mayor. Welcome.\n\n"
        "MAYOR: Thank you, Peter.\n\n"
        "ANNA: What about the buses?\n\n"
        "MAYOR: They run on time now.\n\n"
        "PETER: And the trams?\n\n"
        "MAYOR: Next year.\n\n"
        "The Daily Show is hosted by Anna Lindgren and Peter Okafor and produced by Sam Lee.\n",
        ["Anna Lindgren", "Peter Okafor"],
    ),
    # initials completed from a lead's given name, patronymic and surname
    (
        "Городские вести\n\n"
        "Корреспондент «ГВ» встретился с мэром города Ириной Сергеевной Малец и "
        "расспросил её о дорогах.\n\n"
        "«ГВ»: Ирина Сергеевна, когда отремонтируют мост?\n\n"
        "И.М.: Летом, если не подведут подрядчики.\n\n"
        "«ГВ»: А дороги?\n\n"
        "И.М.: Дороги тоже летом.\n\n"
        "Беседовал Павел Орлов\n",
        ["Павел Орлов", "Ирина Малец"],
    ),
    # a phone-in's caller asks unnamed
    (
        "Радио «Волна»\n\n"
        "Ведущий: У нас звонок. Говорите, вы в эфире.\n\n"
        "Слушатель: Здравствуйте. Когда починят мост?\n\n"
        "Гость: Летом.\n",
        [None],
    ),
    # an office label the lead calls the one interviewee by
    (
        "Вісті міста\n\n"
        "Олена Бондар-Гнатюк: «Ми не закриємося»\n\n"
        "Автор: Іван Коваль\n\n"
        "В інтерв'ю виданню ректорка університету розповіла про укриття.\n\n"
        "Питання: Скільки людей вміщує укриття?\n\n"
        "Ректорка: Близько тисячі.\n\n"
        "Питання: А студенти?\n\n"
        "Ректорка: Вони теж там.\n",
        ["Іван Коваль", "Олена Бондар-Гнатюк"],
    ),
    # role labels set beside names in the lead
    (
        "Форум медіа\n\n"
        "Модерувала дискусію журналістка Ганна Мороз. Вона говорила з Андрієм "
        "Шевчуком, головним редактором газети «Поділля», та Мартою Кіт, засновницею "
        "сайту «Ранок».\n\n"
        "Модераторка: Пане Андрію, як ви вижили?\n\n"
        "Редактор: Ледве.\n\n"
        "Модераторка: Пані Марто?\n\n"
        "Засновниця: Так само.\n\n"
        "Редактор: Я додам.\n\n"
        "Засновниця: Дякую.\n",
        ["Ганна Мороз", "Андрій Шевчук", "Марта Кіт"],
    ),
]


@pytest.mark.parametrize(("text", "speakers"), _CASES)
def test_speakers_named_from_the_page(text: str, speakers: list[str | None]) -> None:
    said = [speaker for label, speaker, _ in rows(text) if label != "other"]
    want = set(speakers)  # (an unnamed chair's word is null: no person)
    assert set(said) - {"Mayor", "Ведущий"} - ({None} - want) == want
