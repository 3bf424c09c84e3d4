"""Session 27 round two, batch MP–MW, pages or turns lost: a plain Q&A whose lead names the
interviewee in the accusative of an "-ія" given name; a site's name that opens the masthead
line asking under its own label, a challenge without "?" among its questions and one label
glued on; a press room's "Q." over unlabelled answers with one "Q." glued on; a remote
participant's "[Відеозв'язок перервано]"; a programme's "[break]" over the page's foot; a
press conference with bold questions under its principal's statement and a thematic break."""

from __future__ import annotations

import pytest

from structure_support import turn_rows

_UK_PLAIN = (
    "Урядовий кур'єр\nГазета центральних органів виконавчої влади України\n\n"
    "Головна | Влада | Економіка | Регіони\n\nЕКОНОМІКА\n\n"
    "{given_caps}: «{quote}»\n\n"
    "{author}, «Урядовий кур'єр»\n12 березня 2026\n\n"
    "{lead} «УК» розпитав {post} {acc_given} {acc_surname}.\n\n"
    "{address}, скільки заявок ви отримали цього року?\n\n"
    "Понад дві тисячі. Це вдвічі більше, ніж торік, і черга досі росте.\n\n"
    "Що найчастіше заважає отримати дозвіл?\n\n"
    "Документи. Половина заявників подає неповний пакет, і ми повертаємо його на доопрацювання.\n\n"
    "Чи плануєте ви спростити процедуру?\n\n"
    "Так. З липня все можна буде подати онлайн, без візиту до офісу.\n\n"
    "Поділитися:  Facebook  Telegram\n"
)


@pytest.mark.parametrize(
    ("fields", "answerer"),
    [
        (
            dict(
                given_caps="Марія КОВАЛЬ",
                quote="Черга на дозволи скоротиться вже влітку",
                author="Андрій ГОЛУБ",
                lead="Кількість заявок на дозволи зросла вдвічі.",
                post="керівницю служби",
                acc_given="Марію",
                acc_surname="Коваль",
                address="Маріє Іванівно",
            ),
            "Марія Коваль",
        ),
        (
            dict(
                given_caps="Наталія ПЕТРОВА",
                quote="Ми не штрафуємо, а допомагаємо",
                author="Олег ДУДКА",
                lead="Інспекторів стало менше, а перевірок — більше.",
                post="очільницю інспекції",
                acc_given="Наталію",
                acc_surname="Петрову",
                address="Наталіє Петрівно",
            ),
            "Наталія Петрова",
        ),
    ],
)
def test_plain_qa_lead_names_accusative_ia_given(fields: dict[str, str], answerer: str) -> None:
    rows = turn_rows(_UK_PLAIN.format(**fields))
    spoken = [r for r in rows if r[0] in ("question", "answer")]
    assert [r[0] for r in spoken] == ["question", "answer"] * 3
    assert {r[1] for r in spoken if r[0] == "answer"} == {answerer}


_MASTHEAD_LABEL = (
    "We use cookies on this site. Accept | Settings\n"
    "{site} - {tagline}\n"
    "Home   News   Politics   Culture\n\n"
    "{headline}\n\nBy {author}\nApril 2, 2026 - 10:00\n\n"
    "{lead}\n\n"
    "{site}: {q1}?\n\n{guest}: {a1}\n\n"
    "{site}: Has the strong franc made things worse?\n\n{guest}: Yes, it adds to the pressure.\n\n"
    "{site}: {challenge}.\n\n{guest}: {a2}.{site}: {q3}?\n\n{guest}: {a3}\n\n"
    "This interview has been edited for length.\n"
)


@pytest.mark.parametrize(
    ("fields", "asker", "guest"),
    [
        (
            dict(
                site="SWI swissinfo.ch",
                tagline="a branch of Swiss Broadcasting Corporation SRG SSR",
                headline="“We cannot rely on one supplier,” says the economy minister",
                author="Lena Brunner",
                lead="Economy Minister Guy Parmelin explains how the tariffs hit exporters.",
                guest="Guy Parmelin",
                q1="Minister, how hard have the tariffs hit Swiss watchmakers",
                a1="Harder than we expected. Exports fell by a tenth in one quarter.",
                challenge="Critics say the government reacted far too slowly",
                a2="We negotiated from the first day, but such talks take time",
                q3="Will there be support for the firms most affected",
                a3="Yes. Short-time work compensation has already been extended.",
            ),
            "Lena Brunner",
            "Guy Parmelin",
        ),
        (
            dict(
                site="RFI rfi.fr",
                tagline="Radio France Internationale",
                headline="“The Sahel needs schools, not only soldiers”",
                author="Paul Mercier",
                lead="Education Minister Amina Traoré speaks about the school year in the north.",
                guest="Amina Traoré",
                q1="Minister, how many schools are still closed in the north",
                a1="About eight hundred. That is fewer than last year, but far too many.",
                challenge="Teachers say they have not been paid since January",
                a2="The arrears will be paid this month, I can confirm that",
                q3="Will the exams take place on time",
                a3="They will, including in the regions where schools were closed.",
            ),
            "Paul Mercier",
            "Amina Traoré",
        ),
    ],
)
def test_masthead_site_label_asks_and_glued_label_splits(
    fields: dict[str, str], asker: str, guest: str
) -> None:
    rows = turn_rows(_MASTHEAD_LABEL.format(**fields))
    spoken = [r for r in rows if r[1] in (asker, guest)]
    assert [r[1] for r in spoken] == [asker, guest] * 4
    assert spoken[4][2].startswith(fields["challenge"])
    assert spoken[6][2].startswith(fields["q3"])


_PRESS_Q = (
    "EEAS\nEuropean Union External Action\n\n"
    "{title}\n\n17.03.2026\nBrussels\n\nCheck against delivery!\n\n"
    "Good afternoon. {opening} We will keep working together.\n\n"
    "Q&A\n\n"
    "Q. {q1}?\n\n{a1}\n\n"
    "Q. {q2}?\n\n{a2}\n\n"
    "Q. {q3}?\n\n{a3}Q. {q4}?\n\n{a4}\n\n"
    "Thank you.\n\nTags: Enlargement\n"
)


@pytest.mark.parametrize(
    "fields",
    [
        dict(
            title="Press remarks by High Representative Kaja Kallas after the Association Council",
            opening="Today we met the Government of Georgia.",
            q1="Will the visa suspension be extended",
            a1="That is for the Member States to decide, but the option is on the table.",
            q2="Is the EU ready to sanction individual ministers",
            a2="We are looking at all options, and I will not exclude anything.",
            q3="[inaudible] elections. Do you accept the result",
            a3="We have seen the observers' report, and it speaks for itself.",
            q4="One more on Armenia, if I may. Is a visit planned",
            a4="Yes, in April. I will travel to Yerevan myself.",
        ),
        dict(
            title="Press remarks by High Representative Kaja Kallas at the press conference",
            opening="Today we discussed energy security with Moldova.",
            q1="How much gas will the EU deliver this winter",
            a1="Enough to keep the heating on, and the contracts are already signed.",
            q2="What about the Transnistrian region",
            a2="The humanitarian support continues, as it did last year.",
            q3="Could the sanctions be lifted",
            a3="Not while the aggression continues, that is very clear.",
            q4="A last question on Ukraine. When will the next tranche be paid",
            a4="Before the summer, as the Council agreed.",
        ),
    ],
)
def test_glued_q_dot_over_unlabelled_answers(fields: dict[str, str]) -> None:
    rows = turn_rows(_PRESS_Q.format(**fields))
    questions = [r[2] for r in rows if r[0] == "question"]
    assert len(questions) == 4
    assert questions[3].startswith(fields["q4"].split(".")[0])
    answers = [r[2] for r in rows if r[0] == "answer"]
    assert answers[2].endswith(fields["a3"].rstrip())


@pytest.mark.parametrize(
    "cue",
    ["[Відеозв'язок перервано]", "(Видеосвязь прервана)"],
)
def test_link_cut_cue_ends_the_answer(cue: str) -> None:
    text = (
        "Державна прикордонна служба України\n\nБрифінг речника ДПСУ\n\n20 січня 2026\n\n"
        "Модератор: Доброго дня, колеги. Починаємо брифінг.\n\n"
        "Андрій Демченко: Доброго дня. Ситуація на кордоні складна, черги зростають.\n\n"
        "Питання: Чи працює електронна черга під час блокування?\n\n"
        "Андрій Демченко: Працює, але час у системі може не збігатися з реальним.\n\n"
        f"{cue}\n\n"
        "Модератор: Колеги, у нас перерва. Ще одне запитання із залу.\n\n"
        "Питання: Скільки вантажівок зараз у черзі?\n\n"
        "Андрій Демченко: Близько двох тисяч.\n"
    )
    rows = turn_rows(text)
    answer = next(r for r in rows if r[2].startswith("Працює"))
    assert answer[2].endswith("з реальним.")


@pytest.mark.parametrize(
    ("cue", "foot"),
    [
        (
            "[break]",
            "The original content of this program is licensed under a Creative Commons "
            "Attribution-Noncommercial-No Derivative Works 3.0 United States License. Please "
            "attribute legal copies of this work to democracynow.org.\n"
            "Next story from this daily show\n"
            "Rescue Teams Search Flooded Villages in Valencia as Heavy Rains Return to Spain\n"
            "Related\nTopics\n"
            "Labor   Climate",
        ),
        (
            "(COMMERCIAL BREAK)",
            "Copyright 2026 Democracy Now! This transcript may not be in its final form.\n"
            "Next story from this daily show\n"
            "Chicago Teachers Walk Out as Talks Over Class Sizes Collapse After Four Months\n"
            "Related\nTopics\n"
            "Labor   Education",
        ),
    ],
)
def test_break_cue_over_page_foot_ends_last_turn(cue: str, foot: str) -> None:
    text = (
        "Democracy Now!\nDaily Show   Topics   Donate\n"
        "Port Workers Strike Over Automation\nStoryMarch 3, 2026\n"
        "This is a rush transcript. Copy may not be in its final form.\n\n"
        "AMY GOODMAN: Dock workers on the East Coast walked out this morning. We are joined "
        "by Harold Dawes, president of the local.\n\n"
        "HAROLD DAWES: Thank you, Amy. We did not want this strike.\n\n"
        "AMY GOODMAN: What are the workers asking for?\n\n"
        "HAROLD DAWES: A guarantee that no automated cranes replace our members.\n\n"
        "AMY GOODMAN: Harold Dawes, thank you for being with us. This is Democracy Now! "
        "Stay with us.\n\n"
        f"{cue}\n\n{foot}\n"
    )
    rows = turn_rows(text)
    assert rows[-1][2].endswith("Stay with us.")


_ECB = (
    "Skip to main content\n[European Central Bank](https://www.ecb.europa.eu/)  Eurosystem\n"
    "Media > Press conferences > 2026\n\n# PRESS CONFERENCE\n\n"
    "**{p1}, President of the ECB,**\n**{p2}, Vice-President of the ECB**\n\n"
    "Frankfurt am Main, {date}\n\n"
    "[Jump to the transcript of the questions and answers](#qa)\n\n"
    "Good afternoon, the Vice-President and I welcome you to our press conference.\n\n"
    "The Governing Council today decided to {decision} The incoming data confirm our "
    "assessment of the outlook.\n\n"
    "We are now ready to take your questions.\n\n"
    "* * *\n\n"
    "## Transcript of the questions asked and the answers given by {p1}, President of the "
    "ECB, and {p2}, Vice-President of the ECB {{#qa}}\n\n"
    "**Thank you. {q1}?**\n\n"
    "We do not target the exchange rate, as you know. What matters is the outlook.\n\n"
    "**{q2}?**\n\n"
    "I would not want to pre-commit to anything. We will have new projections.\n\n"
    "**Madam President, {q3}?**\n\n"
    "We looked at that very closely. The effect was modest.\n\n"
    "CONTACT\nEuropean Central Bank\nmedia@ecb.europa.eu\n"
)


@pytest.mark.parametrize(
    "fields",
    [
        dict(
            p1="Christine Lagarde",
            p2="Luis de Guindos",
            date="5 February 2026",
            decision="keep the three key ECB interest rates unchanged.",
            q1="At what level does the exchange rate become a concern",
            q2="Is a rate cut in March still possible",
            q3="the lending survey shows tighter credit. Are you worried",
        ),
        dict(
            p1="Christine Lagarde",
            p2="Philip Lane",
            date="16 April 2026",
            decision="lower the deposit facility rate by 25 basis points.",
            q1="Was the decision unanimous",
            q2="How do the tariffs change the projections",
            q3="are you concerned about wage growth in Germany",
        ),
    ],
)
def test_bold_presser_statement_over_break(fields: dict[str, str]) -> None:
    rows = turn_rows(_ECB.format(**fields))
    assert [r[0] for r in rows] == ["statement", *["question", "answer"] * 3]
    assert rows[0][1] == fields["p1"]
    assert rows[0][2].startswith("Good afternoon")
    assert {r[1] for r in rows if r[0] == "answer"} == {fields["p1"]}
