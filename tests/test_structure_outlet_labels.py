"""Small cases for the outlet-label matrix (session 25): an interviewer's label that is an outlet
the engine has never seen. The label is accepted from the page's layout (it recurs, its turns
ask, the interviewee answers each at once), from a lead that tells the outlet the interview in a
form no person's name takes ("told the New Statesman", "розповів «Тижню»", "рассказал Лайфу"),
and asks as the one byline writer under the one-outlet convention; a given name and patronymic
label is the one person the lead names with that given name."""

import pytest

from structure_support import turn_rows

CASES = [
    (
        # a multi-word outlet no reader knows, named nowhere on the page: found by its layout
        "Lessons from the coalition years\n\nApril 2, 2026\n\nFormer deputy prime minister "
        "Nick Clegg looked back on five years in government.\n\n"
        "New Humanist: Do you regret the tuition fees vote?\n\n"
        "Nick Clegg: Yes, and I have said so many times.\n\n"
        "New Humanist: Would you go into coalition again?\n\n"
        "Nick Clegg: Only with a written agreement on the budget.\n",
        [
            ("question", "New Humanist", "Do you regret"),
            ("answer", "Nick Clegg", "Yes, and I"),
        ],
    ),
    (
        # a capitals domain, the page naming it nowhere
        "Про тарифи і зиму\n\n3 квітня 2026 року\n\nГолова правління Нафтогазу Роман Чумак — "
        "про тарифи, запаси і зиму.\n\n"
        "ZAXID.NET: Чи підніматимуть тарифи цього літа?\n\n"
        "Роман Чумак: Ні, до жовтня тариф не зміниться.\n\n"
        "ZAXID.NET: А що із запасами газу?\n\n"
        "Роман Чумак: Ми закачали більше, ніж торік.\n",
        [("question", "ZAXID.NET", "Чи підніматимуть"), ("answer", "Роман Чумак", "Ні, до жовтня")],
    ),
    (
        # a Russian lead that tells the outlet in the dative, one author: the author asks
        "Порт откроется летом\n\n4 апреля 2026 года\n\nАвтор: Олег Миронов\n\n"
        "Глава порта Николай Ершов рассказал Фонтанке о сроках и планах на лето.\n\n"
        "Фонтанка: Когда откроется новый терминал?\n\n"
        "Ершов: В июле, если не подведут подрядчики.\n\n"
        "Фонтанка: Сколько судов он примет?\n\n"
        "Ершов: До сорока в месяц.\n",
        [("question", "Олег Миронов", "Когда откроется"), ("answer", "Николай Ершов", "В июле")],
    ),
    (
        # a Ukrainian lead that tells the quoted outlet in the dative, one author
        "Про мости і дороги\n\n5 квітня 2026 року\n\nАвтор: Ірина Левченко\n\n"
        "Міський голова Дніпра Борис Філатов розповів «Главкому» про ремонт мостів.\n\n"
        "Главком: Коли відкриють міст?\n\n"
        "Філатов: Восени, якщо не буде нових обстрілів.\n\n"
        "Главком: Хто платить за ремонт?\n\n"
        "Філатов: Місто і донори навпіл.\n",
        [
            ("question", "Ірина Левченко", "Коли відкриють"),
            ("answer", "Борис Філатов", "Восени, якщо"),
        ],
    ),
    (
        # an English lead with the article before a two-word outlet, one author
        "Why the Bank held rates\n\nMay 6, 2026\n\nBy Helen Marsh\n\n"
        "The governor Andrew Bailey told the Morning Brew about inflation and wages.\n\n"
        "Morning Brew: Why did you hold rates this month?\n\n"
        "Andrew Bailey: Because services inflation is still too high.\n\n"
        "Morning Brew: When will you cut?\n\n"
        "Andrew Bailey: When the data lets us, not before.\n",
        [
            ("question", "Helen Marsh", "Why did you hold"),
            ("answer", "Andrew Bailey", "Because services"),
        ],
    ),
    (
        # a one-word label the page names nowhere, one author: the one-on-one layout asks
        "Shipping after the strike\n\nMay 7, 2026\n\nBy Carl Jensen\n\n"
        "Port chief Maria Olsen spoke about the strike and the autumn season.\n\n"
        "Lloydslist: Is the backlog cleared?\n\n"
        "Maria Olsen: Almost, we expect to be back to normal by June.\n\n"
        "Lloydslist: Will rates rise?\n\n"
        "Maria Olsen: For a few weeks, yes.\n",
        [("question", "Carl Jensen", "Is the backlog"), ("answer", "Maria Olsen", "Almost, we")],
    ),
    (
        # a given name and patronymic label, the lead naming the person without the patronymic
        "Сезон начнётся вовремя\n\n6 апреля 2026 года\n\n"
        "Директор театра Владимир Урин — о премьерах нового сезона.\n\n"
        "Ваш досуг: Когда первая премьера?\n\n"
        "Владимир Георгиевич: В сентябре, это будет опера.\n\n"
        "Ваш досуг: А гастроли?\n\n"
        "Владимир Георгиевич: Весной, в Казани.\n",
        [("question", "Ваш досуг", "Когда первая"), ("answer", "Владимир Урин", "В сентябре")],
    ),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_outlet_label_turns(text: str, want: list[tuple[str, str, str]]) -> None:
    rows = turn_rows(text)
    for role, speaker, opening in want:
        row = next((r for r in rows if r[2].startswith(opening)), None)
        assert (row[0], row[1]) == (role, speaker) if row else False, (opening, rows)
