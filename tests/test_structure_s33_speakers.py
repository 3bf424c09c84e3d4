"""Check S33 speaker attribution: a UN General Assembly record's roster President over the head
of state the Assembly hears, the record's escort lines at a turn's edge, a Ukrainian "Пане
Дмитре" completed to the lead's full name, and a dative "-ень" surname ("Вересню")."""

from __future__ import annotations

import pytest

from rhetoscope.structure.dialogue import _addressed_named
from rhetoscope.structure.speakers import dative_surname
from structure_support import turn_rows

# A General Assembly verbatim record: the roster's President presides; an address heading and
# its "President <Surname>:" label name a head of state with the same office word.
_GA_RECORD = (
    "United Nations                                           A/81/PV.7\n"
    "General Assembly\nEighty-first session                          Official Records\n"
    "7th plenary meeting\nWednesday, 23 September 2026, 10 a.m.\nNew York\n\n"
    "President:  {title} {president} . . . . . . . . . . . . . . . . ({seat})\n\n"
    "The meeting was called to order at 10.05 a.m.\n\n"
    "Agenda item 8 (continued)\n\nGeneral debate\n\n"
    "Address by Mr. {guest}, President of the Republic of {country}\n\n"
    "The President: The Assembly will now hear an address by the President of the Republic "
    "of {country}.\n\n"
    "Mr. {guest}, President of the Republic of {country}, was escorted into the General "
    "Assembly Hall.\n\n"
    "The President: On behalf of the General Assembly, I have the honour to welcome "
    "His Excellency Mr. {guest} and to invite him to address the Assembly.\n\n"
    "President {surname}: I thank you, Madam President. My country asks for a fairer "
    "financial architecture and a Council that reflects the world as it is.\n\n"
    "We will keep making that case in this Hall.\n\n"
    "The President: On behalf of the General Assembly, I wish to thank the President of "
    "the Republic of {country} for the statement he has just made.\n\n"
    "Mr. {guest}, President of the Republic of {country}, was escorted from the rostrum.\n\n"
    "The meeting rose at 1.10 p.m.\n"
)


@pytest.mark.parametrize(
    ("title", "president", "seat", "guest", "surname", "country"),
    [
        ("Ms.", "Kerstin Aaltonen", "Finland", "Samuel Okoro Adeyemi", "Adeyemi", "Kenya"),
        ("Mr.", "Tomas Vrabec", "Slovakia", "Ana Lucia Ferreira", "Ferreira", "Cabo Verde"),
    ],
)
def test_ga_roster_president_over_addressed_head_of_state(
    title: str, president: str, seat: str, guest: str, surname: str, country: str
) -> None:
    text = _GA_RECORD.format(
        title=title, president=president, seat=seat, guest=guest, surname=surname, country=country
    )
    rows = turn_rows(text)
    chair = [r for r in rows if r[2].startswith(("The Assembly will", "On behalf"))]
    assert len(chair) == 3
    assert all(r[1] == president for r in chair)
    assert any(r[1] == guest and r[2].startswith("I thank you") for r in rows)
    # the record's escort lines are no part of the chair's words
    assert all("escorted" not in r[2] for r in rows)
    opening = next(r for r in rows if r[2].startswith("The Assembly will"))
    assert opening[2].endswith(f"Republic of {country}.")


# A label-less Ukrainian interview: the questions call the guest "Пане <vocative>", the lead
# names him once in full.
_UK_QA = (
    "Новини\n\nІнтерв'ю\n«{headline}»: {post} {given} {surname} про {topic}\n\n"
    "12 березня 2026, 09:00\nОксана Кравчук\n\n"
    "{lead_first} В інтерв'ю журналістці Оксані Кравчук {post} {given} {surname} розповів про "
    "{topic}.\n\n"
    "Пане {vocative}, з чого почалася ця робота?\n\n"
    "Почалася вона з людей, які щодня приходили до нас і просили допомоги. Ми вислухали "
    "кожного і склали план дій на рік.\n\n"
    "Скільки звернень ви отримали за цей час?\n\n"
    "Понад дві тисячі. Більшість ми розглянули, решту передали до профільних відомств.\n\n"
    "Що буде далі?\n\n"
    "Далі буде звіт перед громадою і нові виїзні прийоми в районах області.\n"
)


@pytest.mark.parametrize(
    ("given", "vocative", "surname", "post", "topic", "lead_first", "headline"),
    [
        (
            "Дмитро",
            "Дмитре",
            "Гребенюк",
            "голова ОВА",
            "звернення громадян",
            "Обласна адміністрація відкрила нові приймальні.",
            "Ми чуємо кожного",
        ),
        (
            "Андрій",
            "Андрію",
            "Сидорчук",
            "омбудсман",
            "права переселенців",
            "Кількість переселенців в області зросла.",
            "Права не мають кордонів",
        ),
    ],
)
def test_vocative_given_completed_to_lead_full_name(
    given: str,
    vocative: str,
    surname: str,
    post: str,
    topic: str,
    lead_first: str,
    headline: str,
) -> None:
    text = _UK_QA.format(
        given=given,
        vocative=vocative,
        surname=surname,
        post=post,
        topic=topic,
        lead_first=lead_first,
        headline=headline,
    )
    answers = [r for r in turn_rows(text) if r[2].startswith(("Понад", "Далі"))]
    assert len(answers) == 2
    assert all(r[1] == f"{given} {surname}" for r in answers)


@pytest.mark.parametrize(
    ("dative", "nominative"),
    [
        ("Вересню", "Вересень"),
        ("Жовтню", "Жовтень"),  # a consonant before "-ню": the fleeting "е" restored
        ("Дудю", "Дудь"),  # a vowel before the soft consonant: nothing dropped
        ("Кравцю", "Кравець"),
    ],
)
def test_dative_surname_fleeting_en(dative: str, nominative: str) -> None:
    assert dative_surname(dative) == nominative


_NV_RADIO = (
    "Радіо\n\n«{headline}». {guest} – про {topic}\n\n20 жовтня 2026, 18:42\n\n"
    "{post} {guest} в ефірі радіо розповів ведучому {host_dat}, {about}.\n\n"
    "{host_sur}: Добрий вечір. {q1}\n\n"
    "{guest_sur}: Добрий вечір. {a1}\n\n"
    "{host_sur}: {q2}\n\n"
    "{guest_sur}: {a2}\n"
)


@pytest.mark.parametrize(
    ("host_dat", "host_sur", "host"),
    [
        ("Миколі Вересню", "Вересень", "Микола Вересень"),
        ("Олегу Жовтню", "Жовтень", "Олег Жовтень"),
    ],
)
def test_surname_label_completes_from_dative_fleeting_en(
    host_dat: str, host_sur: str, host: str
) -> None:
    text = _NV_RADIO.format(
        headline="Бюджет не гумовий",
        guest="Тарас Литвиненко",
        topic="бюджет",
        post="Економіст",
        host_dat=host_dat,
        about="чого чекати від бюджету",
        host_sur=host_sur,
        guest_sur="Литвиненко",
        q1="Що не так із проєктом бюджету на наступний рік?",
        a1="Він написаний під дуже оптимістичний курс і не має резерву.",
        q2="А що з дефіцитом, хто його покриє?",
        a2="Здебільшого партнери, і це треба чесно визнати.",
    )
    rows = turn_rows(text)
    hosts = [r for r in rows if r[2].startswith(("Добрий вечір. Що", "А що"))]
    assert len(hosts) == 2
    assert all(r[1] == host for r in hosts)


@pytest.mark.parametrize(
    ("lead", "page", "expected"),
    [
        # the page names one full name with the given name called: completed
        (
            "«Пане Дмитре, коли буде наступний обмін?» — питаю.",
            "Омбудсман Дмитро Гребенюк про обміни.\n\n«Пане Дмитре, коли буде наступний "
            "обмін?» — питаю.",
            "Дмитро Гребенюк",
        ),
        (
            "«Пане Миколо, а бджоли вас досі кусають?» — питаю.",
            "Пасічник Микола Остапчук тримає сто вуликів.\n\n«Пане Миколо, а бджоли вас досі "
            "кусають?» — питаю.",
            "Микола Остапчук",
        ),
        # no full name with that given name on the page: the given name alone, as before
        (
            "«Пане Миколо, а бджоли вас досі кусають?» — питаю.",
            "Ми поїхали на пасіку за селом.\n\n«Пане Миколо, а бджоли вас досі кусають?» — питаю.",
            "Микола",
        ),
        # two full names with that given name: no guess between them
        (
            "«Пане Андрію, що далі?» — питаю.",
            "Андрій Бойко та Андрій Мельник відкрили майстерню.\n\n«Пане Андрію, що далі?» — "
            "питаю.",
            "Андрій",
        ),
    ],
)
def test_addressed_given_completed(lead: str, page: str, expected: str) -> None:
    assert _addressed_named(lead, page) == expected
