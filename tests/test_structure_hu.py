"""Office and role labels (batch HU): a US county board's staff by department and its members by
seat, a Hong Kong department head and a post with its remit after a slash, an Oireachtas
committee's "DEPUTY … IN THE CHAIR." line, a Ukrainian court fragment's judge, prosecutor and
witness named in the lead, a Russian radio host credited after the programme, a Ukrainian
deputy minister's label, a journalist's second self-introduction, motions and seconds, and the
end blocks of a reporter's certificate and a Hong Kong press release."""

from __future__ import annotations

import pytest

from rhetoscope.structure.speakers import LabelKind, classify_label
from structure_support import turn_rows as rows


@pytest.mark.parametrize(
    ("label", "office"),
    [
        ("PUBLIC WORKS DIRECTOR", "Public Works Director"),
        ("COUNTY COUNSEL", "County Counsel"),
        ("Director of Drainage Services", "Director of Drainage Services"),
        ("Chief Engineer", "Chief Engineer"),
        ("Chief Engineer/Drainage Projects", "Chief Engineer/Drainage Projects"),
        ("Заступник міністра", "Заступник міністра"),
    ],
)
def test_office_label(label: str, office: str) -> None:
    info = classify_label(label)
    assert info is not None and info.kind is LabelKind.OFFICE and info.office == office


@pytest.mark.parametrize(
    "label", ["President of Russia Vladimir Putin", "Sarah Planner", "SUPERVISOR LINDQVIST"]
)
def test_not_an_office(label: str) -> None:
    info = classify_label(label)
    assert info is not None and info.kind is not LabelKind.OFFICE


_BOARD = (
    "TEHAMA COUNTY BOARD OF SUPERVISORS\nREGULAR MEETING\n\n"
    "PRESENT:\nSupervisor Rosa Garza, Chair, District 2\nSupervisor Tom Haney, District 1\n"
    "Supervisor Erik Lindqvist, District 4\n\n"
    "STAFF PRESENT:\nDana Whitlock, Director of Public Works\nMichael Osei, County Counsel\n\n"
    "CHAIR GARZA: Director Whitlock, the floor is yours.\n\n"
    "PUBLIC WORKS DIRECTOR: Thank you, Madam Chair. The bridge was built in 1952 and the "
    "replacement is funded through the federal program.\n\n"
    "SUPERVISOR LINDQVIST: Why should we believe this is the last amendment?\n\n"
    "PUBLIC WORKS DIRECTOR: That's a fair question. This one is the permit conditions.\n\n"
    "SUPERVISOR LINDQVIST: Do we lose the federal money if we wait? Mr. Osei?\n\n"
    "COUNTY COUNSEL: Not the money itself, no. The concern is the construction window.\n\n"
    "SUPERVISOR HANEY: What are my residents on Bowman Road supposed to do meanwhile?\n\n"
    "PUBLIC WORKS DIRECTOR: The old bridge stays open to cars during construction.\n\n"
    "SUPERVISOR HANEY: I'll move the staff recommendation.\n\n"
    "SUPERVISOR LINDQVIST: Second.\n\n"
    "CHAIR GARZA: The motion carries. We'll move on to item 15.\n\n"
    "---\n\nREPORTER'S CERTIFICATE\n\n"
    "I, Janet L. Morrow, a Certified Shorthand Reporter, do hereby certify that the foregoing "
    "is a true and correct transcript of the proceedings.\n\n"
    "Dated: March 14, 2025\n\nJANET L. MORROW, CSR No. 11482\n"
)

_HK = (
    "Following is the transcript of remarks by the Director of Drainage Services, Mr Raymond "
    "Cheuk, at a media session today (May 6). Also present was the Chief Engineer/Drainage "
    "Projects of the Drainage Services Department, Ms Winnie Lam:\n\n"
    "Director of Drainage Services: Good afternoon. We have just inspected the scheme.\n\n"
    "Reporter: Where are the blackspots and when will they be removed from the list?\n\n"
    "Director of Drainage Services: Most of them are in the New Territories. I think my "
    "colleague can give more details.\n\n"
    "Chief Engineer/Drainage Projects: Yes. Works for six are already under construction.\n\n"
    "Reporter: Is there anything residents should do before the rainy season?\n\n"
    "Director of Drainage Services: Yes. They can call our hotline at 2300 1110. Thank you.\n\n"
    "(Please also refer to the Chinese portion of the transcript.)\n\n"
    "Ends/Tuesday, May 6, 2025\nIssued at HKT 17:34\n\nNNNN\n\n"
    "Today's Press Releases  |  Print this page\n"
)

_PAC = (
    "Members present: Deputies Gráinne Kenny, Seán Kearney and Niall Brennan.\n\n"
    "DEPUTY SEÁN KEARNEY IN THE CHAIR.\n\n"
    "The witnesses were: Mr. Declan Harrington, Chairman and Accounting Officer; and Ms Orla "
    "Devlin, Commissioner, Flood Risk Management.\n\n"
    "Chairman: I call on Mr. Harrington to make his opening statement.\n\n"
    "Mr. Declan Harrington: I thank the Chairman and members for the invitation. Gross "
    "expenditure in 2024 was €731 million.\n\n"
    "Chairman: I thank Mr. Harrington. The first speaker is Deputy Brennan.\n\n"
    "Deputy Niall Brennan: How long has the longest of those been vacant?\n\n"
    "Mr. Declan Harrington: The longest has been vacant since 2021.\n"
)

_COURT = (
    "Корольовський районний суд Житомира продовжив розгляд справи колишнього депутата Віктора "
    "Лозинського, якого обвинувачують у ДТП. Головує суддя Олена Мельничук, обвинувачення "
    "підтримує прокурор Житомирської окружної прокуратури Денис Бойко, інтереси обвинуваченого "
    "захищає адвокат Тарас Кушнір. Публікуємо фрагмент допиту свідка — водія маршрутного таксі "
    "Миколи Ярошенка.\n\n"
    "Суддя: Свідку, вам роз'яснено права. Вам зрозуміло?\n\n"
    "Свідок: Так, зрозуміло.\n\n"
    "Суддя: Прокуроре, ваші запитання.\n\n"
    "Прокурор: Дякую, ваша честь. Свідку, де ви перебували ввечері 14 листопада?\n\n"
    "Свідок: Я стояв на зупинці «Вокзал», чекав, поки пасажири вийдуть.\n\n"
    "Адвокат: Яке було освітлення на переході? Ліхтарі горіли?\n\n"
    "Свідок: Один горів, другий ні. Але там від магазину світло, було видно.\n\n"
    "Обвинувачений: Та я взагалі не виходив, він бреше!\n\n"
    "Суддя: Обвинувачений, я вас попереджаю вдруге. Оголошується перерва до 14:30.\n\n"
    "Наступне засідання у справі призначене на 2 квітня.\n"
)

_RADIO = (
    "В прямом эфире «Радио России — Псков» глава Печорского района Игорь Власов ответил на "
    "вопросы слушателей. Программу вела Елена Кондратьева.\n\n"
    "Ведущая: Доброе утро, в эфире «Прямая линия». Когда закончится ремонт дороги?\n\n"
    "Глава района: Доброе утро. По контракту срок — 30 сентября, работы идут.\n\n"
    "Ведущая: Почему в городе до сих пор не убрали аварийные деревья?\n\n"
    "Глава района: Порубочный билет выдан, работы начнутся в октябре.\n\n"
    "Слушать эфир полностью (42:16)\n"
)

_PRESS_CENTRE = (
    "Учасники:\nзаступник міністра у справах ветеранів України Олексій Ігнатенко;\n"
    "голова Державного центру зайнятості Юлія Ковтун.\n\n"
    "Модераторка: Доброго дня, ми починаємо. Пане Олексію, будь ласка.\n\n"
    "Заступник міністра: Дякую. З 1 липня стартує програма компенсації зарплати ветеранів.\n\n"
    "Модераторка: Переходимо до запитань журналістів.\n\n"
    "Журналістка: Дарина Шевчук, «Громадське радіо». Як держава перевірятиме роботодавців?\n\n"
    "Заступник міністра: Роботодавець зобов'язується зберегти робоче місце.\n\n"
    "Журналістка: Ще раз Дарина Шевчук, «Громадське радіо». Яка загальна сума програми?\n\n"
    "Заступник міністра: На друге півріччя передбачено 1,2 мільярда гривень.\n"
)

_PHONE_IN = (
    "Wayne County Sheriff Travis Hendricks took listener calls with host Gary Pettit on "
    "Thursday morning.\n\n"
    "HOST: Dale in Orrville, you're on the air.\n\n"
    "CALLER: Yeah, good morning, Sheriff. Does your office ever call people for bail?\n\n"
    "SHERIFF: Never. If someone calls asking for money for bail, hang up.\n\n"
    "CALLER: Okay, I'll tell her. Thank you, Sheriff.\n\n"
    "HOST: Good call, Dale. Brenda in Shreve, go ahead.\n\n"
    "CALLER: Hi. What is being done about speeding on State Route 3?\n\n"
    "SHERIFF: Brenda, we've put a speed trailer there this week.\n"
)

_CASES = [
    # A phone-in caller's parting thanks after the answer, under the same label: hers, no
    # question.
    (_PHONE_IN, 1, ("question", "Dale", None)),
    (_PHONE_IN, 3, ("other", "Dale", "Okay, I'll tell her. Thank you, Sheriff.")),
    # A county board: staff by department, members by seat, completed from the rosters.
    (_BOARD, 1, ("statement", "Dana Whitlock", None)),
    (_BOARD, 2, ("question", "Erik Lindqvist", None)),
    (_BOARD, 5, ("answer", "Michael Osei", None)),
    # A motion and its second ask nothing.
    (_BOARD, 8, ("other", "Tom Haney", None)),
    (_BOARD, 9, ("other", "Erik Lindqvist", "Second.")),
    # The reporter's certificate is the page's, not the chair's last words.
    (_BOARD, -1, (None, "Rosa Garza", "The motion carries. We'll move on to item 15.")),
    # A department head by what it heads, and a post with its remit after a slash, each named
    # by the lead's "the OFFICE, Mr NAME" (the second before the lead's colon).
    (_HK, 0, ("statement", "Raymond Cheuk", None)),
    (_HK, 3, ("answer", "Winnie Lam", None)),
    # A Hong Kong release's end block ("Ends/…", "Issued at HKT …", "NNNN") is furniture.
    (
        _HK,
        -1,
        ("answer", "Raymond Cheuk", "Yes. They can call our hotline at 2300 1110. Thank you."),
    ),
    # The record's "IN THE CHAIR." line names the committee's chairman, not the witness
    # listed as his own body's chairman.
    (_PAC, 0, ("other", "Seán Kearney", None)),
    (_PAC, 2, ("other", "Seán Kearney", None)),
    # A court fragment: the judge presides and asks, the prosecutor is named past his office's
    # genitive domain (not the judge named in the clause before), the witness's genitive
    # "Миколи Ярошенка" undone, the accused named by "якого обвинувачують".
    (_COURT, 1, ("question", "Олена Мельничук", None)),
    (_COURT, 2, ("answer", "Микола Ярошенко", None)),
    (_COURT, 4, ("question", "Денис Бойко", None)),
    (_COURT, 6, ("question", "Тарас Кушнір", None)),
    (_COURT, 8, ("statement", "Віктор Лозинський", None)),
    # The report's closing note on the next hearing is the reporter's, not the judge's.
    (
        _COURT,
        -1,
        (
            None,
            "Олена Мельничук",
            "Обвинувачений, я вас попереджаю вдруге. Оголошується перерва до 14:30.",
        ),
    ),
    # The host credited after the programme: "Программу вела Елена Кондратьева."
    (_RADIO, 0, ("question", "Елена Кондратьева", None)),
    (_RADIO, 1, ("answer", "Игорь Власов", None)),
    # The player link under the transcript is the page's.
    (_RADIO, -1, ("answer", "Игорь Власов", "Порубочный билет выдан, работы начнутся в октябре.")),
    # A deputy minister's label, named by the participants' list; a journalist's "Ще раз …".
    (_PRESS_CENTRE, 1, (None, "Олексій Ігнатенко", None)),
    (_PRESS_CENTRE, 5, ("question", "Дарина Шевчук", None)),
]


@pytest.mark.parametrize(("text", "index", "row"), _CASES)
def test_turn_row(text: str, index: int, row: tuple[str | None, str | None, str | None]) -> None:
    got = rows(text)[index]
    assert got[1] == row[1]
    if row[0] is not None:
        assert got[0] == row[0]
    if row[2] is not None:
        assert got[2] == row[2]
