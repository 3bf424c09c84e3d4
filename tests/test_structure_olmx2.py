"""Small cases for the outlet-label matrix's residue (check AF): an outlet's question label set
off by a dash while the interviewee answers under a colon label, accepted from the layout (it
recurs, every body asks, a person answers right below); a short capitals outlet label under a
masthead or lead that writes the outlet in mixed case, which keeps the outlet's spelling; and a
Ukrainian man's "-а" surname beside his nominative given name, kept whole when an initials label
is completed from the lead. Each case crosses at least two of these parts (label shape, what the
page says of the outlet, who writes, the interviewee's label, the language)."""

import pytest

from structure_support import turn_rows

CASES = [
    (
        # a dashed one-word outlet label x one author: the author asks
        "Shipping lanes reopen in the Red Sea\n\nApril 3, 2026\n\nBy Laura Kim\n\n"
        "Maersk chief executive Vincent Clerc spoke about freight rates and the Red Sea.\n\n"
        "Semafor — Are your ships back on the Suez route?\n\n"
        "Clerc: About half of them, and more from May.\n\n"
        "Semafor — Will freight rates fall this summer?\n\n"
        "Clerc: They have already fallen by a fifth.\n",
        [
            ("question", "Laura Kim", "Are your ships"),
            ("answer", "Vincent Clerc", "About half"),
            ("question", "Laura Kim", "Will freight"),
        ],
    ),
    (
        # a dashed outlet label in guillemets x no byline x Ukrainian: the outlet asks
        "Про відбудову мостів\n\n4 квітня 2026 року\n\nМіністр розвитку громад Олексій "
        "Кулеба — про мости, дороги і зиму.\n\n"
        "«Новинарня» – Коли відкриють міст через Ірпінь?\n\n"
        "Олексій Кулеба: Восени, якщо підрядники встигнуть.\n\n"
        "«Новинарня» – Хто платить за ремонт?\n\n"
        "Олексій Кулеба: Держава і донори навпіл.\n",
        [
            ("question", "Новинарня", "Коли відкриють"),
            ("answer", "Олексій Кулеба", "Восени"),
            ("question", "Новинарня", "Хто платить"),
        ],
    ),
    (
        # a dashed outlet label x two authors x Russian, the lead telling the outlet
        "Порт откроется летом\n\n5 апреля 2026 года\n\nАвторы: Олег Миронов, Ирина Котова\n\n"
        "Глава порта Николай Ершов рассказал «Бумаге» о сроках и планах на лето.\n\n"
        "Бумага — Когда откроется новый терминал?\n\n"
        "Ершов: В июле, если не подведут подрядчики.\n\n"
        "Бумага — Сколько судов он примет?\n\n"
        "Ершов: До сорока в месяц.\n",
        [
            ("question", "Бумага", "Когда откроется"),
            ("answer", "Николай Ершов", "В июле"),
        ],
    ),
    (
        # a common-word masthead label in capitals x an initials answer label completed from a
        # lead whose man's surname ends in "-а"
        "День\n\nШкола відкриється у вересні\n\n6 квітня 2026 року\n\n"
        "Голова громади Олег Гайда — про відбудову школи і бюджет.\n\n"
        "ДЕНЬ: Коли діти повернуться до класів?\n\n"
        "О.Г.: У вересні, стіни вже стоять.\n\n"
        "ДЕНЬ: Чи вистачить грошей на укриття?\n\n"
        "О.Г.: Так, донори дали решту суми.\n",
        [
            ("question", "День", "Коли діти"),
            ("answer", "Олег Гайда", "У вересні"),
            ("answer", "Олег Гайда", "Так, донори"),
        ],
    ),
    (
        # a three-letter capitals label under a mixed-case masthead x two authors: the outlet
        # in its own spelling, not an acronym
        "Mic\n\nThe housing bill, explained\n\nApril 7, 2026\n\nBy Dana Roe and Sam Patel\n\n"
        "Housing Secretary Maria Lopez spoke about rents and the new housing bill.\n\n"
        "MIC: Will rents go down next year?\n\n"
        "Maria Lopez: Not at once, but the bill caps the rises.\n\n"
        "MIC: Who builds the new homes?\n\n"
        "Maria Lopez: Councils first, then housing associations.\n",
        [
            ("question", "Mic", "Will rents"),
            ("answer", "Maria Lopez", "Not at once"),
        ],
    ),
    (
        # a three-letter capitals label x no masthead, a Ukrainian lead telling the quoted
        # outlet in the dative x no byline
        "Про ціни на хліб\n\n8 квітня 2026 року\n\n"
        "Голова асоціації пекарів Ігор Мельник розповів «Часу» про ціни на борошно.\n\n"
        "ЧАС: Чи подорожчає хліб улітку?\n\n"
        "Ігор Мельник: Так, приблизно на десяту частину.\n\n"
        "ЧАС: Чому саме зараз?\n\n"
        "Ігор Мельник: Бо борошно подорожчало ще взимку.\n",
        [
            ("question", "Час", "Чи подорожчає"),
            ("answer", "Ігор Мельник", "Так, приблизно"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_outlet_label_residue(text: str, want: list[tuple[str, str, str]]) -> None:
    rows = turn_rows(text)
    for role, speaker, opening in want:
        row = next((r for r in rows if r[2].startswith(opening)), None)
        assert (row[0], row[1]) == (role, speaker) if row else False, (opening, rows)
