"""Small cases for the IA round (third fixer): an abbreviated academic title in Cyrillic opens
a label ("Проф. Олена Савчин:"), and a reference box closing the page ("Довідка") completes a
given-name label."""

import pytest

from structure_support import spoken_rows


@pytest.mark.parametrize("title", ["Проф.", "Акад.", "Доц."])
def test_cyrillic_abbreviated_title_opens_label(title: str) -> None:
    text = (
        "Прикарпатський тиждень\n\nЛіс гине чи ні?\n\n"
        "Вікторія Данилюк поговорила з лісознавицею Оленою Савчин.\n\n"
        "В.Д.: Пані Олено, люди кажуть, що ліс гине. Це перебільшення?\n\n"
        f"{title} Олена Савчин: Ні, не перебільшення. Ліс справді гине.\n\n"
        "В.Д.: Тобто рубки не допомагають?\n\n"
        "О.С.: Допомагають, якщо їх робити вчасно.\n"
    )
    rows = spoken_rows(text)
    assert [r[1] for r in rows if r[0] == "answer"] == ["Олена Савчин"] * 2
    assert not any(r[2].rstrip().endswith(title) for r in rows)


@pytest.mark.parametrize(
    ("box", "want"),
    [
        ("Довідка\nЗасновники ферми — Ірина Ковальська і Тарас Ковальський.", "Тарас Ковальський"),
        ("Справка\nЗасновники ферми — Ірина Ковальська і Тарас Ковальський.", "Тарас Ковальський"),
        # no box: the label stays as written
        ("Слухати програму повністю", "Тарас"),
    ],
)
def test_reference_box_completes_given_name_label(box: str, want: str) -> None:
    text = (
        "Житомирська хвиля\n\nПовернулися з Польщі, щоб доїти кіз\n\n"
        "Ірина Ковальська з чоловіком Тарасом на своїй фермі.\n\n"
        "Ведуча Наталія Гребенюк поговорила з подружжям Ковальських.\n\n"
        "Наталія: Ірино, чому кози?\n\n"
        "Ірина: Бо корова — це дуже великі гроші на старті.\n\n"
        "Наталія: Тарасе, а ви як до цього поставилися?\n\n"
        "Тарас: Я спочатку сміявся, а потім погодився.\n\n"
        "Наталія: Наскільки складно було виграти грант?\n\n"
        "Ірина: Складніше, ніж доїти кіз о п'ятій ранку.\n\n"
        "Тарас: А приміщення ми будували самі.\n\n"
        "Наталія: Що зараз найважче?\n\n"
        "Тарас: Ветеринари. Їх у нас на всю область один.\n\n"
        "Наталія: Дякую вам, що приїхали.\n\n"
        f"{box}\n"
    )
    answers = {r[1] for r in spoken_rows(text) if r[0] == "answer"}
    assert want in answers


@pytest.mark.parametrize("dek", ["Chef Tomás Villaseñor grinds masa by hand every morning."])
def test_chef_before_name_is_no_given_name(dek: str) -> None:
    text = (
        "Caprock Public Radio\n\nTHE LONG TABLE\nMasa, memory and a mole\n\n"
        "Rosa Villaseñor and her son Tomás at their restaurant.\n\n"
        f"{dek} This week he brings his mother, Rosa, into the studio.\n\n"
        "JESS: Welcome to The Long Table. I'm Jess. Tomás, welcome back.\n\n"
        "TOMÁS: Thanks, Jess. Good to be back.\n\n"
        "JESS: Rosa, where does the mole come from?\n\n"
        "ROSA: From my mother-in-law, in Jerez.\n\n"
        "JESS: Tomás, how did you write it down?\n\n"
        "TOMÁS: A kitchen scale and a lot of patience.\n\n"
        "JESS: And the recipe now?\n\n"
        "TOMÁS: It's framed in the office, grease stains and all.\n"
    )
    tomas = {r[1] for r in spoken_rows(text) if r[2].startswith(("Thanks", "A kitchen", "It's"))}
    assert tomas == {"Tomás Villaseñor"}


@pytest.mark.parametrize(
    ("intro", "want"),
    [
        ("My name is Tanya Oyelaran, and I'm a public affairs specialist.", "Tanya Oyelaran"),
        # another surname said: no completion
        ("My name is Tanya Okafor, and I'm a public affairs specialist.", "Ms. Oyelaran"),
    ],
)
def test_surname_label_completed_by_own_name_said(intro: str, want: str) -> None:
    text = (
        "Dam Safety Modification Study – Virtual Public Meeting\nTranscript\n\n"
        "The following is a transcript of the virtual public meeting.\n\n"
        f"MS. OYELARAN: Good evening, everyone, and thank you for joining us. {intro} "
        "Colonel, over to you.\n\n"
        "COL. BRANDT: Thanks, and good evening. The dam is being watched around the clock.\n\n"
        "MS. OYELARAN: Thank you. Our first raised hand is Dale Pruitt. Go ahead.\n\n"
        "MR. PRUITT: My family has farmed below that dam since 1961. What happens next?\n\n"
        "COL. BRANDT: Mr. Pruitt, that's the right question. We lower the pool further.\n\n"
        "MS. OYELARAN: That's all the hands we have this evening. Good night.\n"
    )
    first = spoken_rows(text)[0]
    assert first[2].startswith("Good evening") and first[1] == want
