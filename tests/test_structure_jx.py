"""Small cases for the JX round (naming stress): a Russian byline's surname in capitals after
"Беседовала" ("Беседовала Елена СУББОТИНА") names the correspondent; a family word opening the
lead ("Сестри Оксана та Ірина Литвин …") is no given name for a bare first-name label; a
spokesperson's label with its unit in the genitive ("Речник бригади:"); a military news
service's record block under the story ("Date Taken:" / "Unit:"); a French saint's town in a
capitals dateline ("STE. ROSE DU LAC, Man. —")."""

import pytest

from structure_support import run, turn_rows


@pytest.mark.parametrize(
    ("credit", "asker"),
    [
        ("Беседовала Елена СУББОТИНА", "Елена Субботина"),
        ("Беседовал Иван ПЕТРОВ-ВОДКИН", "Иван Петров-Водкин"),
        ("Беседовала Елена Субботина", "Елена Субботина"),
    ],
)
def test_conducted_by_with_surname_in_capitals(credit: str, asker: str) -> None:
    text = (
        "«Сын сам выбрал лыжи»\n\n28.01.2025\n"
        f"{credit}\n\n"
        "Никита Воробьёв в январе выиграл первенство России по биатлону среди юниоров.\n\n"
        "Корреспондент: Никита, поздравляем с победой. Что вы почувствовали?\n\n"
        "Никита Воробьёв: Честно, сначала ничего. Я не знал результатов соперников.\n\n"
        "Корреспондент: Какие планы на сезон?\n\n"
        "Никита: Первенство мира в марте, если попаду в состав.\n"
    )
    rows = [r for r in turn_rows(text) if r[0] != "other"]
    assert [r[:2] for r in rows] == [
        ("question", asker),
        ("answer", "Никита Воробьёв"),
        ("question", asker),
        ("answer", "Никита Воробьёв"),
    ]


@pytest.mark.parametrize("family", ["Сестри", "Брати"])
def test_family_word_before_shared_surname_is_no_given_name(family: str) -> None:
    first, second = ("Оксана", "Ірина") if family == "Сестри" else ("Олег", "Ігор")
    text = (
        "Пекарня на Шерстянці\n\nМарія ОСАДЧА\n03.04.2025\n\n"
        f"{family} {first} та {second} Литвин уже дев'ятий рік тримають невелику пекарню.\n\n"
        "Кореспондентка: Як з'явилася ідея власної пекарні?\n\n"
        f"{first} Литвин: Це ідея сестри, якщо чесно. Ми почали з однієї печі.\n\n"
        f"{second} Литвин: Я після технікуму п'ять років працювала в Польщі.\n\n"
        "Кореспондентка: Як ви пекли в березні?\n\n"
        f"{second}: Газ ще був, а світла не було. Тісто місили руками.\n\n"
        f"{first}: Я вела облік, скільки роздали, скільки продали.\n"
    )
    speakers = [r[1] for r in turn_rows(text) if r[0] == "answer"]
    first_full, second_full = f"{first} Литвин", f"{second} Литвин"
    assert speakers == [first_full, second_full, second_full, first_full]


@pytest.mark.parametrize("label", ["Речник бригади"])
def test_spokesperson_label_with_unit_in_genitive(label: str) -> None:
    name = "Андрій Гуменюк" if label.startswith("Речник ") else "Олена Гуменюк"
    lead = "речником 95-ї окремої бригади Андрієм Гуменюком"
    if name.startswith("Олена"):
        lead = "речницею батальйону Оленою Гуменюк"
    text = (
        # (the site's menu marks the page an interview)
        "Новини   Війна   Громади   Інтерв'ю\n\n"
        f"«Дрон за 400 доларів міняє долю позиції»: {label.lower()} про фронт\n\n"
        "Тетяна ЗАВАЛЬНЮК\n21.03.2025, 12:30\n\n"
        f"Про те, як змінилася війна, ми поговорили з {lead}.\n\n"
        f"Кореспондентка: {name.split()[0][:-1]}ію, як змінилася ситуація на вашій ділянці?\n\n"
        f"{label}: Найбільше змінилася сама війна. Зараз головна загроза — дрони.\n\n"
        "Кореспондентка: Чого бракує бійцям найбільше?\n\n"
        f"{name[0]}. Гуменюк: Людей. Техніку ми так чи інакше отримуємо.\n\n"
        "Кореспондентка: Кого ви шукаєте?\n\n"
        "Гуменюк: Операторів дронів, водіїв, механіків, медиків.\n"
    )
    rows = [r for r in turn_rows(text) if r[0] != "other"]
    assert [r[:2] for r in rows] == [("question", "Тетяна Завальнюк"), ("answer", name)] * 3


@pytest.mark.parametrize(
    "block",
    [
        "Date Taken: 05.02.2025\nUnit: 355th Wing",
        "Date Taken: 05.02.2025\nDate Posted: 05.03.2025 10:12\nStory ID: 491234\n"
        "Location: TUCSON, ARIZONA, US",
    ],
)
def test_record_field_block_closes_the_last_answer(block: str) -> None:
    text = (
        "Q&A with the new wing commander\n\nStory by Renee Alvarado\n\n"
        "Col. Dana Whitcombe took command of the wing in January.\n\n"
        "Q: What has surprised you most since taking command?\n\n"
        "Whitcombe: How much of this job happens outside the fence line.\n\n"
        "Q: Anything else you want Airmen to hear?\n\n"
        "Whitcombe: Thank you. The inspection went well because of your work.\n\n"
        f"{block}\n\n"
        "Related Articles\nWing hosts community leaders for a tour\n"
    )
    last = turn_rows(text)[-1]
    assert last[2].endswith("because of your work.")


@pytest.mark.parametrize(
    ("dateline", "place"),
    [
        ("STE. ROSE DU LAC, Man. —", "Ste. Rose du Lac"),
        ("ST. ROBERT —", "St. Robert"),
    ],
)
def test_saints_town_in_capitals_dateline(dateline: str, place: str) -> None:
    text = (
        "Handing over the herd\n\nBy Wendy Parsons\nPublished: August 21, 2025\n\n"
        f"{dateline} Gerald Boucher has run a cow-calf operation since 1988.\n\n"
        "Q: When did you decide to hand over the herd?\n\n"
        "Gerald: Two winters ago, after the calving.\n"
    )
    assert run(text).meta.place == place
