"""Small cases for batch LE (office and role labels): a clipped military commissar's post and a
Canadian county's warden as lone posts, the warden chairing and her deputy asking; a state
agency's clipped name in the genitive as an office's domain, its deputy's holder kept apart
from the head's; a feminine "-ця" post declined in the lead; a journalist's post label that
resolved to the moderator yields to the asker's own introduction, "ще раз" included."""

import pytest

from structure_support import turn_rows

_VOENKOM = (
    "Военком: «Повесток по почте не будет»\n\n"
    "{lead} провёл пресс-конференцию, посвящённую весеннему призыву.\n\n"
    "Вопрос: Елена Смирнова, «Северный край». Как человек узнает о повестке?\n\n"
    "{label}: Реестр повесток заработал, но бумажная повестка вручается лично.\n\n"
    "Вопрос: Дмитрий Кулаков, «Городской телеканал». А студенты колледжей?\n\n"
    "{label}: Отсрочка действует до окончания обучения.\n"
)


@pytest.mark.parametrize(
    ("label", "lead", "holder"),
    [
        ("Военком", "Военный комиссар Ярославской области Игорь Бочаров", "Игорь Бочаров"),
        ("Військком", "Військовий комісар Полтавської області Олег Бойко", "Олег Бойко"),
    ],
)
def test_clipped_commissar_post_named_in_lead(label: str, lead: str, holder: str) -> None:
    rows = turn_rows(_VOENKOM.format(label=label, lead=lead))
    assert {r[1] for r in rows if r[0] == "answer"} == {holder}


_WARDEN = (
    "Regular Meeting of Council – Verbatim Transcript\n"
    "Present: Warden Darlene Hiltz; Deputy Warden Shelley Mosher; Councillors Ian MacDonald\n"
    "Staff: Tom Redden, Chief Administrative Officer\n\n"
    "WARDEN: We are on item 7.2. Mr. Redden, would you walk us through the staff report.\n\n"
    "CAO: Thank you, Madam Warden. The current contract expires on March 31.\n\n"
    "WARDEN: Thank you. Questions from council. Deputy Warden Mosher.\n\n"
    "DEPUTY WARDEN: Thanks. Is there anything in this contract with teeth?\n\n"
    "CAO: Yes. Schedule C now sets a penalty per missed road segment.\n\n"
    "WARDEN: I have one myself. Is the price the same per year?\n\n"
    "CAO: The two-year price is about one per cent higher per year.\n"
)


def test_warden_chairs_and_deputy_warden_asks() -> None:
    rows = turn_rows(_WARDEN)
    assert rows[0][:2] == ("other", "Darlene Hiltz")
    assert ("question", "Shelley Mosher") in [r[:2] for r in rows]
    assert {r[1] for r in rows if r[0] == "answer"} == {"Tom Redden"}


_AGENCY = (
    "Пресконференція щодо цифровізації земельних послуг\n\n"
    "У пресцентрі відбулася пресконференція {lead}. Модерувала пресконференцію журналістка "
    "Укрінформу Дарина Яковенко.\n\n"
    "Модераторка: Добрий день, шановні колеги.\n\n"
    "Голова Держгеокадастру: Дякую. Наша мета – відмовитися від паперових заяв.\n\n"
    "Журналістка: Ірина Ковальчук, «Економічна правда». Що буде з людьми старшого віку?\n\n"
    "Голова Держгеокадастру: ЦНАП нікуди не зникає.\n\n"
    "Журналіст: Андрій Гуменюк, «Інтерфакс-Україна». Скільки ділянок без номера?\n\n"
    "Заступниця голови: Я відповім. Близько 120 тисяч ділянок.\n\n"
    "Журналістка: Ірина Ковальчук ще раз. Коли запрацює реєстр орендарів?\n\n"
    "Голова Держгеокадастру: Тестова версія – у вересні.\n"
)


def test_deputy_holder_is_not_the_heads_and_askers_introduce_themselves() -> None:
    lead = (
        "голови Державної служби з питань кадастру та заступниці голови Держгеокадастру "
        "Олени Шевчук"
    )
    rows = turn_rows(_AGENCY.format(lead=lead))
    heads = {r[1] for r in rows if r[2].startswith(("Дякую. Наша", "ЦНАП", "Тестова"))}
    assert "Олена Шевчук" not in heads
    assert ("answer", "Олена Шевчук") in [r[:2] for r in rows]
    askers = [r[1] for r in rows if r[0] == "question"]
    assert askers == ["Ірина Ковальчук", "Андрій Гуменюк", "Ірина Ковальчук"]
