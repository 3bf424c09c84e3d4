"""Small cases for batch LB (mid.ru in English, a Commons committee, kremlin.ru, Kommersant,
Suspilne): an adjective's dative after "інтерв'ю" ("Суспільному Чернігів") is an outlet, no
journalist; Kommersant's dash glued to the comma and the stop still brings in a third voice,
her company in guillemets in her post; mid.ru's lone "Print version" button glued over the
opening statement is the page's; a committee's "Examination of witnesses continued in private."
under the last answer is trailing; a chair's "Mr X, you wanted to come in on …" calls the next
member (`other`); kremlin.ru's gallery caption under its counter, glued over the lead, is the
gallery's."""

import pytest

from rhetoscope.structure.speakers import dative_to_nominative
from structure_support import turn_rows

_SUSPILNE = (
    "Суспільне Чернігів\n"
    "Новини\n"
    "«Мости відновимо до осені»: начальник ОВА Іван Петренко про відбудову\n"
    "12 березня 2025, 18:05\n"
    "Марина Коваль\n"
    "Поділитися\n"
    "Голова обласної військової адміністрації Іван Петренко в інтерв'ю {outlet} розповів, "
    "скільки мостів в області вже відновили.\n"
    "\n"
    "Кореспондентка: Пане Іване, почнімо з мостів. Скільки з них досі зруйновані?\n"
    "\n"
    "Іван Петренко: На сьогодні відновлено 58. Решту відкриємо до осені.\n"
    "\n"
    "Кореспондентка: Звідки гроші? Чи є вже фінансування на цей рік?\n"
    "\n"
    "Іван Петренко: Частина коштів – з державного фонду відновлення.\n"
    "\n"
    "Кореспондентка: Дякую за розмову.\n"
)


@pytest.mark.parametrize("outlet", ["Суспільному Чернігів", "Суспільному Чернігову"])
def test_outlet_dative_after_interview_is_no_journalist(outlet: str) -> None:
    rows = turn_rows(_SUSPILNE.format(outlet=outlet))
    asked = {r[1] for r in rows if r[0] == "question"}
    assert asked == {"Марина Коваль"}


@pytest.mark.parametrize(
    ("given", "surname", "want"),
    [
        ("Суспільному", "Чернігів", None),
        ("Громадському", "Радіо", None),
        ("Дмитрию", "Киселёву", ("Дмитрий", "Киселёв")),
    ],
)
def test_dative_adjective_is_no_given_name(
    given: str, surname: str, want: tuple[str, str] | None
) -> None:
    assert dative_to_nominative(given, surname) == want


_KOMMERSANT = (
    "Коммерсантъ\n"
    "«Мы не можем строить элеватор под один урожай»\n"
    "Глава «Степь-Агро» Виктор Сомов о зерновом рынке и хранении\n"
    "14.03.2025, 00:00\n"
    "Ростов-на-Дону\n"
    "Агрохолдинг «Степь-Агро» в прошлом году потерял почти треть урожая. О том, зачем "
    "строить элеватор, “Ъ” рассказал глава компании Виктор Сомов.\n"
    "Фото: Пресс-служба «Степь-Агро»\n"
    "— Каким для вас оказался 2024 год?\n"
    "— Тяжёлым. Мы собрали 410 тыс. тонн зерна против 590 тыс. годом ранее.\n"
    "— Зачем вкладываться в элеватор сейчас?\n"
    "— Элеватор — это не проект на один сезон.\n"
    "— Сейчас мы закрываем своими мощностями около 60% потребности{sep}уточняет "
    "коммерческий директор {company}Елена Гришина{stop}Это позволяет нам не торопиться.\n"
    "— Вы выступаете за отмену пошлины?\n"
    "— Мы выступаем за предсказуемость.\n"
    "Интервью взяла Ольга Никитина, Ростов-на-Дону\n"
    "Читайте также\n"
)


@pytest.mark.parametrize(
    ("sep", "company", "stop"),
    [
        (",— ", "«Степь-Агро» ", ".— "),
        (", — ", "«Степь-Агро» ", ". — "),
        (",— ", "", ".— "),
    ],
)
def test_glued_dash_brings_in_third_voice(sep: str, company: str, stop: str) -> None:
    rows = turn_rows(_KOMMERSANT.format(sep=sep, company=company, stop=stop))
    third = next(r for r in rows if r[2].startswith("Сейчас мы закрываем"))
    assert third[1] == "Елена Гришина"
    assert [r[1] for r in rows if r[0] == "answer"].count("Виктор Сомов") == 3


_MID = (
    "The Ministry of Foreign Affairs of the Russian Federation\n"
    "Foreign Minister Sergey Lavrov’s remarks and answers to media questions following a "
    "meeting of the CIS Council of Foreign Ministers, Almaty, April 11, 2025\n"
    "11 April 2025 17:05\n"
    "712-11-04-2025\n"
    "{button}\n"
    "Ladies and gentlemen, we have held a regular meeting of the CIS Council of Foreign "
    "Ministers. I would like to thank our Kazakh friends.\n"
    "\n"
    "Question (RIA Novosti): Has Moscow received any concrete proposals?\n"
    "\n"
    "Sergey Lavrov: No, we have not received any concrete proposals.\n"
)


@pytest.mark.parametrize("button", ["Print version", "Send via email", "Add to favourites"])
def test_lone_toolbar_button_over_opening_statement(button: str) -> None:
    rows = turn_rows(_MID.format(button=button))
    assert rows[0][0] == "statement"
    assert rows[0][1] == "Sergey Lavrov"
    assert rows[0][2].startswith("Ladies and gentlemen")


_COMMITTEE = (
    "UK Parliament\n"
    "Public Accounts Committee\n"
    "Oral evidence: Condition of school buildings, HC 514\n"
    "Monday 10 March 2025\n"
    "Members present: Sir Geoffrey Clifton-Brown (Chair); Mr Clive Betts; Sarah Olney.\n"
    "Witnesses: Rebecca Oakes.\n"
    "\n"
    "Q1 Chair: Welcome. Ms Oakes, is the figure still right?\n"
    "Rebecca Oakes: It is broadly right.\n"
    "Q2 Sarah Olney: Have new cases of RAAC been found since?\n"
    "Rebecca Oakes: A small number of additional cases have been confirmed.\n"
    "Q3 Chair: {handover}\n"
    "Q4 Mr Betts: Yes. Are you simply managing decline?\n"
    "Rebecca Oakes: I would not put it that way. Funding is for the spending review.\n"
    "\n"
    "Examination of witnesses continued in private.\n"
    "\n"
    "Contact us\n"
)


@pytest.mark.parametrize(
    ("handover", "label"),
    [
        ("We will return to RAAC later. Mr Betts, you wanted to come in on funding.", "other"),
        ("Mr Betts, I think you wanted to ask about funding.", "other"),
        ("Mr Betts, do you want to come in on funding?", "question"),
    ],
)
def test_chair_calls_member_in(handover: str, label: str) -> None:
    rows = turn_rows(_COMMITTEE.format(handover=handover))
    chair = next(r for r in rows if r[2] == handover)
    assert chair[0] == label
    assert rows[-1][2].endswith("for the spending review.")


_KREMLIN = (
    "Президент России\n"
    "Новости\n"
    "Посещение Уральского турбинного завода\n"
    "12 марта 2025 года15:40Екатеринбург\n"
    "Владимир Путин посетил Уральский турбинный завод\n"
    "{counter}\n"
    "Владимир Путин посетил Уральский турбинный завод.\n"
    "Глава государства осмотрел сборочное производство предприятия. Экскурсию провёл "
    "генеральный директор завода Алексей Кузнецов.\n"
    "\n"
    "А.Кузнецов: Владимир Владимирович, это наш главный сборочный цех.\n"
    "\n"
    "В.Путин: А сколько сейчас турбин в год выпускаете?\n"
    "\n"
    "А.Кузнецов: В прошлом году – 14 машин, в этом планируем 18.\n"
)


@pytest.mark.parametrize("counter", ["1 из 12", "Фото 1 из 7"])
def test_gallery_caption_glued_over_lead(counter: str) -> None:
    rows = turn_rows(_KREMLIN.format(counter=counter))
    assert rows[0][0] == "other"
    assert rows[0][2].startswith("Глава государства осмотрел")
