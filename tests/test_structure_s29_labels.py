# ruff: noqa: E501
"""Session 29 (labels): Echo Moskvy's bar labels, PMQs' order-paper numbers, "StS" before a
surname, a box of links inside a question, the Élysée's names alone on their lines."""

from __future__ import annotations

import pytest

from structure_support import turn_rows

ECHO = """Персонально ваш

О.Журавлева― Добрый день, в студии Ольга Журавлева и Алексей Соломин, у нас в гостях экономист Евгений Гонтмахер. Здравствуйте!

Е.Гонтмахер― Добрый день, здравствуйте.

А.Соломин― Давайте начнем с доходов. Почему они снижаются?

Е.Гонтмахер― Потому что растут обязательные платежи. Мы просто не знаем. А.Соломин― А что с этим делать?

Е.Гонтмахер― Создавать условия.

О.Журавлева― У нас есть звонок. Алло, здравствуйте, как вас зовут?

Слушатель― Алло, здравствуйте. Меня зовут Виктор, я из Екатеринбурга. Будут ли индексировать пенсии?

Е.Гонтмахер― Виктор, я вам честно скажу: не знаю.
"""

PMQS = """Oral Answers to Questions

Q1. [904112] Julie Minns (Carlisle) (Lab): If he will list his official engagements for Wednesday 4 June.

The Prime Minister (Keir Starmer): This morning, I had meetings with ministerial colleagues.

Julie Minns: Will the Prime Minister visit Carlisle to see it for himself?

The Prime Minister: I would be delighted to visit Carlisle.

Q2. [904113] Mr Will Forster (Woking) (LD): Who will pay for those failures for generations?

The Prime Minister: Three quarters of estates will pay no tax at all.

Several hon. Members rose—

Mr Speaker: Order. Short questions and short answers, please.
"""

REGPK = """Government press conference of 9 July 2025

Speakers:
Government Spokesperson (Regierungssprecher) Stefan Kornelius
Giese (AA)

StS Kornelius: Good afternoon, ladies and gentlemen. I am happy to take your questions.

Question: Mr Kornelius, is the Chancellor still confident that there will be an agreement?

Read also
Chancellor Merz at the NATO summit in The Hague
Government statement on the European Council

And has he spoken with President Trump about this since the G7?

StS Kornelius: The Chancellor is in regular contact with the Commission.

Question: Mr Giese, can you say more about the German contribution?

Giese (AA): There will be a German announcement in Rome.

Question: And how much will it be?

Giese (AA): I cannot go into numbers today.
"""

ELYSEE = """Joint press conference by President Emmanuel Macron and President Luiz Inácio Lula da Silva

Emmanuel MACRON
Mr President, dear Lula, ladies and gentlemen,
It is a great honour to welcome you to Paris. Thank you, dear Lula.

Luiz Inácio LULA DA SILVA (interpretation)
Thank you, my dear friend Macron. I want to sign this agreement before the end of the year.

« Europe and Mercosur can show the world that free trade with rules is still possible »

Emmanuel MACRON
We will now take two questions from each delegation. Madame?

Journalist
Good afternoon. A question for both of you: will France sign the agreement?

Luiz Inácio LULA DA SILVA (interpretation)
I will answer first. I think France will sign it.

Emmanuel MACRON
You see how persuasive he is. We do not block, we build.

Journalist
Presidente Lula, on COP30: will you ask France to commit more money?

Luiz Inácio LULA DA SILVA (interpretation)
I do not ask France for charity.
"""


@pytest.mark.parametrize(
    ("text", "index", "speaker", "body"),
    [
        (ECHO, 0, "Ольга Журавлева", "Добрый день, в студии Ольга Журавлева"),
        (ECHO, 1, "Евгений Гонтмахер", "Добрый день, здравствуйте."),
        (
            ECHO,
            3,
            "Евгений Гонтмахер",
            "Потому что растут обязательные платежи. Мы просто не знаем.",
        ),
        (ECHO, 4, "Алексей Соломин", "А что с этим делать?"),
        (ECHO, 7, "Виктор", "Алло, здравствуйте. Меня зовут Виктор"),
        (PMQS, 0, "Julie Minns", "If he will list his official engagements for Wednesday 4 June."),
        (PMQS, 4, "Will Forster", "Who will pay for those failures for generations?"),
        (PMQS, 5, "Keir Starmer", "Three quarters of estates will pay no tax at all."),
        (REGPK, 0, "Stefan Kornelius", "Good afternoon, ladies and gentlemen."),
        (REGPK, 2, "Stefan Kornelius", "The Chancellor is in regular contact with the Commission."),
        (ELYSEE, 0, "Emmanuel Macron", "Mr President, dear Lula, ladies and gentlemen,"),
        (
            ELYSEE,
            1,
            "Luiz Inácio Lula da Silva",
            "Thank you, my dear friend Macron. I want to sign this agreement before the end of "
            "the year.",
        ),
    ],
)
def test_turn_opens(text: str, index: int, speaker: str, body: str) -> None:
    rows = turn_rows(text)
    assert rows[index][1] == speaker
    assert rows[index][2].startswith(body)


@pytest.mark.parametrize(
    ("text", "count", "index", "last_words"),
    [
        (ECHO, 9, 3, "Мы просто не знаем."),
        (PMQS, 7, 5, "no tax at all."),
        (REGPK, 7, 1, "since the G7?"),
        (ELYSEE, 8, 1, "before the end of the year."),
    ],
)
def test_turn_ends(text: str, count: int, index: int, last_words: str) -> None:
    rows = turn_rows(text)
    assert len(rows) == count
    assert rows[index][2].endswith(last_words)
