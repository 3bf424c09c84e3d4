"""Batch WY XA XB: an outlet named before the asker in a moderator's call and in a reporter's
own introduction (a surname with an apostrophe), the clarifying "Тобто …?" follow-up, a
diplomat's "Name, Ambassador of X." introduction, a cut-off reporter the briefer comes back to,
a ", then?" follow-up, a GPO chair who introduces the witness, and a dated "Фото: …" caption
between two answers."""

from __future__ import annotations

import pytest

from structure_support import turn_rows

_UA_PRESSER = (
    "Офіційне інтернет-представництво Президента України\n\n"
    "Прем'єр-міністр відповів на запитання журналістів\n\n5 лютого 2026 - 14:10\n\n"
    "Прем'єр-міністр під час поїздки поспілкувався з медіа. Модерувала пресконференцію "
    "речниця Уряду Ганна Левчук.\n\n"
    "Ганна Левчук: Колеги, почнемо. Перше запитання – Суспільне Полтава.\n\n"
    "Журналістка: Добрий день. {intro} Коли відновлять подачу тепла в лікарнях?\n\n"
    "Денис Коваленко: Дякую. Бригади працюють цілодобово, до кінця тижня тепло буде.\n\n"
    "Журналістка: {follow}\n\n"
    "Денис Коваленко: Так, генератори вже передали.\n\n"
    "Ганна Левчук: Дякую. Наступне запитання – {call}.\n\n"
    "Журналіст: Дякую. Пане Прем'єр-міністре, коли почнуться виплати компенсацій?\n\n"
    "Денис Коваленко: Виплати почнуться в березні.\n"
)


@pytest.mark.parametrize(
    ("intro", "asker", "follow", "call", "caller"),
    [
        (
            "Суспільне Полтава, Оксана Дем'янчук.",
            "Оксана Дем'янчук",
            "Тобто генератори в лікарнях уже є?",
            "Полтавщина Сьогодні, Богдан Кравчук",
            "Богдан Кравчук",
        ),
        (
            "Суспільне Суми, Тарас Лук’янчук.",
            "Тарас Лук’янчук",
            "Тобто резервне живлення працює?",
            "Вечірні Суми, Олена Савчук",
            "Олена Савчук",
        ),
    ],
)
def test_outlet_first_asker_and_clarifying_follow_up(
    intro: str, asker: str, follow: str, call: str, caller: str
) -> None:
    """ "Outlet Town, Name Surname." names the reporter, however the surname is spelt; her
    "Тобто …?" right after the answer is her follow-up; the moderator's "Наступне запитання –
    Outlet Town, Name Surname." calls the reporter, not the outlet."""
    rows = turn_rows(_UA_PRESSER.format(intro=intro, follow=follow, call=call))
    questions = [r for r in rows if r[0] == "question"]
    assert [r[1] for r in questions] == [asker, asker, caller]


_CORPS = (
    "President of Ukraine  Official website\nNews   Addresses   Decrees\n\n"
    "Address by President of Ukraine Volodymyr Zelenskyy at the meeting with heads of "
    "foreign diplomatic missions\n\n3 February 2026 - 12:00\n\n"
    "Your Excellencies! Ladies and gentlemen!\n\n"
    "I am grateful to each of you for being here. Many of your embassies stayed in Kyiv "
    "through the hardest nights of this winter.\n\nGlory to Ukraine!\n\n"
    "Moderator: Thank you, Mr. President. The President will take a few questions. Please "
    "introduce yourselves.\n\n"
    "Question: {first} How badly has the grid been damaged?\n\n"
    "President: Seriously. We need transformers most of all.\n\n"
    "Question: {second} What role can your region play in the summit?\n\n"
    "President: A very important one.\n"
)


@pytest.mark.parametrize(
    ("first", "second", "askers"),
    [
        (
            "Mr. President, Ingrid Solheim, Ambassador of Norway.",
            "Thank you, Mr. President. Rafael Quispe, Ambassador of Peru.",
            ["Ingrid Solheim", "Rafael Quispe"],
        ),
        (
            "Mr. President, Mikko Laine, Ambassador of Finland.",
            "Thank you, Mr. President. Lucía Ortega, Ambassador of Uruguay.",
            ["Mikko Laine", "Lucía Ortega"],
        ),
    ],
)
def test_diplomat_names_self_and_mission(first: str, second: str, askers: list[str]) -> None:
    """ "Name, Ambassador of Country." as a sentence of its own after the address or the thanks
    introduces the asker: an envoy's post, then the stop."""
    rows = turn_rows(_CORPS.format(first=first, second=second))
    assert [r[1] for r in rows if r[0] == "question"] == askers


_NOON = (
    "United Nations | Meetings Coverage and Press Releases\n\n"
    "Daily Press Briefing by the Office of the Spokesperson for the Secretary-General\n"
    "3 February 2026\n\n"
    "The following is a near-verbatim transcript of today's noon briefing by Stéphane "
    "Dujarric, Spokesperson for the Secretary-General.\n\n"
    "Spokesperson: Good afternoon. The humanitarian team has arrived in the capital. "
    "That is it from me. Edie, please.\n\n"
    "Question: Thanks, Steph. Edie Lederer, Associated Press. How many people need shelter?\n\n"
    "Spokesperson: Some 12,000, according to the Government.\n\n"
    "Question: Steph, {asker}, {outlet}. On a different subject, the Council meeting —\n\n"
    "[cross talk]\n\n"
    "Spokesperson: Let me just finish this one, then I'll come to you. Anything else on it? "
    "Okay. Go ahead.\n\n"
    "Question: Thank you. Has anything changed on the ground since the meeting?\n\n"
    "Spokesperson: Not much. Access remains difficult.\n\n"
    "Question: Yes, Steph. Pam Falk, CBS News. Is the Secretary-General planning to travel "
    "to the Pacific this year?\n\n"
    "Spokesperson: I have nothing to announce on travel.\n\n"
    "Question: {follow}\n\n"
    "Spokesperson: Nice try. Same answer.\n"
)


@pytest.mark.parametrize(
    ("asker", "outlet", "follow"),
    [
        ("Ibrahim Al-Saleh", "Al Quds", "Will he be going to the region, then?"),
        ("Margarita Vieira", "Lusa", "Is the convoy leaving tomorrow, then?"),
    ],
)
def test_deferred_cut_off_reporter_and_then_follow_up(asker: str, outlet: str, follow: str) -> None:
    """The reporter cut off on a dash over "[cross talk]" is the one the briefer comes back to
    ("… I'll come to you. … Go ahead."); a short question closing ", then?" is the follow-up of
    the reporter who named herself before it."""
    rows = turn_rows(_NOON.format(asker=asker, outlet=outlet, follow=follow))
    questions = [r for r in rows if r[0] == "question"]
    assert [r[1] for r in questions] == ["Edie Lederer", asker, asker, "Pam Falk", "Pam Falk"]
    assert questions[1][2].endswith("—")


_GPO = (
    "[House Hearing, 119 Congress]\n\n"
    "                    {title}\n\n"
    "                              HEARING\n\n"
    "                               before the\n\n"
    "              SUBCOMMITTEE ON ENERGY AND MINERAL RESOURCES\n\n"
    "                               ----------\n\n"
    "                       Wednesday, November 5, 2025\n\n"
    "    The Subcommittee met, pursuant to notice, at 10:00 a.m., Hon. Pete Stauber "
    "[Chairman of the Subcommittee] presiding.\n\n"
    "    Mr. Stauber. The Subcommittee will come to order. Without objection, the Chair is \n"
    "authorized to declare a recess of the Subcommittee at any time. We are here today to \n"
    "hear from the Bureau on what remains of the {topic} program after the sale.\n"
    "    I will now introduce our witness, {witness}, Director of {topic} Operations at \n"
    "the Bureau of Land Management in Amarillo, Texas. {short}, you are recognized for 5 \n"
    "minutes.\n\n"
    "    {short}. Thank you, Chairman Stauber. I appreciate the opportunity to testify. \n"
    "Our most recent sampling found three new fields with high concentrations.\n\n"
    "    Mr. Stauber. Thank you. How many staff positions are filled today?\n\n"
    "    {short}. Eight are filled, Mr. Chairman.\n"
)


@pytest.mark.parametrize(
    ("title", "topic", "witness", "short"),
    [
        ("THE FEDERAL HELIUM PROGRAM", "helium", "Ms. Margaret Ellwood", "Ms. Ellwood"),
        ("THE FEDERAL COAL LEASING PROGRAM", "coal", "Mr. Daniel Okafor", "Mr. Okafor"),
    ],
)
def test_gpo_chair_introducing_witness_is_procedure(
    title: str, topic: str, witness: str, short: str
) -> None:
    """Calling to order, the recess, a one-line purpose and the witness's introduction by name
    and post (a courtesy title's stop no sentence end) are the chair's procedure: ``other``."""
    rows = turn_rows(_GPO.format(title=title, topic=topic, witness=witness, short=short))
    chair = [r for r in rows if r[2].startswith("The Subcommittee will come")]
    assert chair
    assert chair[0][0] == "other"


_SVOBODA = (
    "Радіо Свобода\n\nЯк {town} живе без води\n\n17 квітня 2026\n\n"
    "Про це Радіо Свобода поговорило з директором водоканалу Віталієм Бондарем.\n\n"
    "Радіо Свобода: Що з новим водогоном?\n\n"
    "Віталій Бондар: Перша черга працює з грудня. Друга черга готова на 70 відсотків.\n\n"
    "{caption}\n\n"
    "Радіо Свобода: Коли вода буде цілодобово?\n\n"
    "Віталій Бондар: Якщо другу чергу запустимо до літа, то з липня.\n"
)


@pytest.mark.parametrize(
    ("town", "caption"),
    [
        (
            "Нікополь",
            "Фото: Працівники водоканалу ремонтують пошкоджену ділянку магістральної "
            "мережі в Нікополі, березень 2026 року",
        ),
        (
            "Марганець",
            "Фото: Насосна станція на околиці Марганця, пошкоджена під час нічного "
            "обстрілу дронами, лютий 2026 року",
        ),
    ],
)
def test_dated_photo_caption_between_answers_is_trimmed(town: str, caption: str) -> None:
    """A long "Фото: …" caption (past a bare credit's length) closing on its month and year, a
    paragraph of its own between two answers, is the page's: the answer above ends on its own
    last sentence."""
    rows = turn_rows(_SVOBODA.format(town=town, caption=caption))
    answer = [r for r in rows if r[2].startswith("Перша черга")]
    assert answer
    assert answer[0][2].endswith("70 відсотків.")
