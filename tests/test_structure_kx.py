"""Small cases for batch KX (whitehouse.gov, state.gov, NBC, Fox, mid.ru, president.gov.ua): a
voice heard only inside a played clip is no third party to a Sunday interview, so the host still
asks and the guest answers; a lead's double given name keeps its hyphen ("журналістка Анна-Лена
Лаурен"); a woman's given name before a masculine "-ович" in a self-introduction is a surname, no
patronymic ("Меня зовут Милица Йованович"); "A follow-up …" under the same bare label is the last
asker's own question."""

import pytest

from structure_support import turn_rows

_TAPE = (
    "Meet the Press - March 9, 2025\n\n"
    "KRISTEN WELKER:\n"
    "This Sunday: tariff whiplash. The President imposes sweeping tariffs, then pauses them.\n\n"
    "{clip}"
    "KRISTEN WELKER:\n"
    "Joining me now is Commerce Secretary Howard Lutnick. Mr. Secretary, welcome back.\n\n"
    "HOWARD LUTNICK:\n"
    "Good morning, Kristen.\n\n"
    "KRISTEN WELKER:\n"
    "Let me start with the markets. Are these tariffs going to tip the economy into recession?\n\n"
    "HOWARD LUTNICK:\n"
    "Absolutely not. The President is bringing manufacturing back to this country.\n\n"
    "KRISTEN WELKER:\n"
    "But tariffs are paid by American importers —\n\n"
    "HOWARD LUTNICK:\n"
    "And they might go up a little bit on some foreign goods, but ours get cheaper.\n\n"
    "KRISTEN WELKER:\n"
    "Are the tariffs on Canadian steel going up this week, yes or no?\n\n"
    "HOWARD LUTNICK:\n"
    "The President will decide that this week. We'll see what Canada offers.\n\n"
    "KRISTEN WELKER:\n"
    "We have to leave it there. Secretary Lutnick, thank you for being here this morning.\n\n"
    "HOWARD LUTNICK:\n"
    "Thank you, Kristen.\n"
)
_CLIP = (
    "[START TAPE]\n\n"
    "PRESIDENT DONALD TRUMP:\n"
    "I'm not even looking at the market, because long term we will be very, very strong.\n\n"
    "[END TAPE]\n\n"
)


@pytest.mark.parametrize("clip", ["", _CLIP])
def test_clip_voice_is_no_third_party(clip: str) -> None:
    rows = turn_rows(_TAPE.format(clip=clip))
    studio = [(label, speaker) for label, speaker, _ in rows if speaker != "Donald Trump"]
    assert studio[3:7] == [
        ("question", "Kristen Welker"),
        ("answer", "Howard Lutnick"),
        ("question", "Kristen Welker"),  # the interruption with no "?" still asks
        ("answer", "Howard Lutnick"),
    ]


_LEAD = (
    "Офіційне інтернет-представництво Президента України\n"
    "Інтерв'ю Президента України Володимира Зеленського шведській газеті\n"
    "22 вересня 2025 - 10:15\n\n"
    "Президент України Володимир Зеленський дав інтерв'ю шведській газеті. Розмову провела "
    "журналістка {name}.\n\n"
    "Журналістка: Пане Президенте, дякую, що знайшли час. Чи можлива зустріч із Путіним?\n\n"
    "Президент: Я готовий до зустрічі в будь-якому форматі.\n\n"
    "Журналістка: Чого Україні зараз бракує найбільше?\n\n"
    "Президент: Найбільше – систем протиповітряної оборони.\n"
)


@pytest.mark.parametrize("name", ["Анна-Лена Лаурен", "Ірина Коваленко"])
def test_lead_names_journalist_with_double_given_name(name: str) -> None:
    rows = turn_rows(_LEAD.format(name=name))
    assert [r[1] for r in rows if r[0] == "question"] == [name, name]


_MGIMO = (
    "Выступление и ответы на вопросы Министра иностранных дел С.В.Лаврова в ходе встречи со "
    "студентами МГИМО, Москва, 1 сентября 2025 года\n\n"
    "С.В.Лавров: Уважаемые друзья! Рад вновь быть в МГИМО. Предлагаю перейти к вопросам.\n\n"
    "Вопрос: Здравствуйте! Меня зовут Дарья Соколова, я студентка первого курса. Сергей "
    "Викторович, какие качества важнее всего для дипломата?\n\n"
    "С.В.Лавров: Прежде всего – знание языков и истории.\n\n"
    "Вопрос: Здравствуйте! Меня зовут {intro}, я из Сербии. Сергей Викторович, как Вы видите "
    "будущее отношений России и Балкан?\n\n"
    "С.В.Лавров: С Сербией нас связывают братские отношения.\n"
)


@pytest.mark.parametrize(
    ("intro", "asker"),
    [
        ("Милица Йованович", "Милица Йованович"),  # her surname, no patronymic
        ("Драгана Петрович", "Драгана Петрович"),
        ("Никита Сергеевич", None),  # a man's given name and patronymic: no surname said
    ],
)
def test_self_introduced_south_slavic_surname(intro: str, asker: str | None) -> None:
    rows = turn_rows(_MGIMO.format(intro=intro))
    assert [r[1] for r in rows if r[0] == "question"] == ["Дарья Соколова", asker]


_AVAIL = (
    "Secretary Rubio and Estonian Foreign Minister Tsahkna at a Joint Press Availability\n"
    "March 25, 2025\n\n"
    "MODERATOR:  Next question from the Estonian side.\n\n"
    "{label}:  Thank you. Kaarel Vahtra, Estonian Public Broadcasting. Minister, are you "
    "concerned that the United States could reduce its troop presence this year?\n\n"
    "FOREIGN MINISTER TSAHKNA:  We have had very clear discussions today, and I'm not worried.\n\n"
    "QUESTION:  A follow-up to the Secretary, if I may: the same question to you?\n\n"
    "SECRETARY RUBIO:  No decisions have been made on that.\n\n"
    "MODERATOR:  Thank you all very much.\n"
)


@pytest.mark.parametrize(
    ("label", "follower"),
    [
        ("QUESTION", "Kaarel Vahtra"),
        # another label asked before ("QUESTION (ERR):"): the bare one may be anyone's follow-up
        ("QUESTION (ERR)", None),
    ],
)
def test_capitalised_follow_up_under_same_label(label: str, follower: str | None) -> None:
    rows = turn_rows(_AVAIL.format(label=label))
    questions = [r[1] for r in rows if r[0] == "question"]
    assert questions[-1] == follower
