"""Small cases for batch NT (CBC, the Kyiv Independent, nato.int, Radio Svoboda): a CBC write-up
whose lead names the programme's host by post ("Information Morning host Portia Clark spoke with
Mark MacDonald, …") gives the host the bold questions and the guest, a Scottish surname kept
whole, the answers; a headline over a lower-case byline ("by Anastasiia Lapatina") is the page's,
so the standfirst below opens the introduction turn; the reporter's signed pitch under the last
answer ("Hi, this is …. Please consider supporting our work.") trails; nato.int's related news
with the date before each headline ("03 Apr. 2025 Press conference by …") trails; an editor's
pointer to the text below ("(Далі – текстова версія ефіру)") is no stage direction."""

import pytest

from structure_support import run, spoken_rows, turn_rows

_CBC = (
    "CBC\n"
    "Menu\n"
    "Nova Scotia\n"
    "Why the ferry season is starting late again, according to the operator's CEO\n"
    "CBC News · Posted: May 14, 2025 6:00 AM EDT\n"
    "The high-speed ferry will start its season two weeks later than planned, and the operator "
    "says a shortage of marine engineers is part of the reason.\n"
    "{show} host Portia Clark spoke with {guest}, president and CEO of Bay Ferries, about the "
    "delay. Here is part of their conversation.\n"
    "**What's behind the late start this year?**\n"
    "We had planned for the first week of June. We are short two marine engineers.\n"
    "**How many bookings have you had to move?**\n"
    "A bit over 1,100 reservations. Most have simply moved to a later date.\n"
    "**Are you confident the season will start on June 15?**\n"
    "We are. The engineers have been hired, and the vessel passed its sea trials.\n"
)


@pytest.mark.parametrize(
    ("show", "guest"),
    [
        ("Information Morning", "Mark MacDonald"),
        ("Mainstreet", "Mark McDonald"),
        ("The Early Edition", "Mark Fraser"),
    ],
)
def test_lead_names_host_by_post_and_guest(show: str, guest: str) -> None:
    rows = spoken_rows(_CBC.format(show=show, guest=guest))
    assert [(r[0], r[1]) for r in rows] == [
        ("question", "Portia Clark"),
        ("answer", guest),
        ("question", "Portia Clark"),
        ("answer", guest),
        ("question", "Portia Clark"),
        ("answer", guest),
    ]


_KI = (
    "The Kyiv Independent\n"
    "Ukraine War   Business   Opinion   Investigations\n"
    "Interview\n"
    "{headline}\n"
    "by Anastasiia Lapatina\n"
    "June 10, 2025 6:12 PM  6 min read\n"
    "Russia's mass attacks have damaged most of the country's generation. Ahead of the next "
    "heating season, the Kyiv Independent spoke with Oleksandr Ryzhenko about what consumers "
    "should expect.\n"
    "The Kyiv Independent: Will Ukrainians face scheduled blackouts this winter?\n"
    "Oleksandr Ryzhenko: It depends on the intensity of Russian attacks and the weather.\n"
    "The Kyiv Independent: What is your advice to households?\n"
    "Ryzhenko: Prepare as you did last year, but do not panic.\n"
    "Note from the author:\n"
    "Hi, this is Anastasiia Lapatina. I hope you found this interview useful. Please consider "
    "supporting our work.\n"
    "Become a member\n"
)


@pytest.mark.parametrize(
    "headline",
    [
        "'We can't rebuild the grid the way it was' — Ukrenergo acting chief on the winter",
        "‘Save electricity at peak hours’ – Ukrenergo acting chief on the coming winter",
    ],
)
def test_single_quoted_headline_and_signed_pitch(headline: str) -> None:
    rows = turn_rows(_KI.format(headline=headline))
    assert rows[0][0] == "other"
    assert rows[0][2].startswith("Russia's mass attacks")
    assert rows[-1][1] == "Oleksandr Ryzhenko"
    assert rows[-1][2] == "Prepare as you did last year, but do not panic."


_NATO = (
    "NATO\n"
    "Doorstep statement\n"
    "by NATO Secretary General Mark Rutte at the start of the meeting of Foreign Ministers\n"
    "03 Apr. 2025 - |\n"
    "Good morning. Today and tomorrow, Foreign Ministers will meet here in Brussels to prepare "
    "for our Summit. And with that, I am happy to take a few questions.\n"
    "NATO Spokesperson Allison Hart: Teri.\n"
    "Question [Teri Schultz, NPR]: What do you expect him to tell Allies about Article 5?\n"
    "NATO Secretary General Mark Rutte: I have no doubt that the United States is committed.\n"
    "NATO Spokesperson: Last one. Rikard.\n"
    "Question [Rikard Jozwiak, RFE/RL]: Is there any plan to open a NATO office in Tokyo?\n"
    "NATO Secretary General Mark Rutte: That is not on the table today. Thank you so much.\n"
    "Image\n"
    "Share this\n"
    "Related news\n"
    "{first}\n"
    "{second}\n"
)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "03 Apr. 2025 Press conference by NATO Secretary General Mark Rutte ahead of the "
            "meetings of NATO Ministers of Foreign Affairs",
            "02 Apr. 2025 Secretary General meets the Foreign Minister of Finland",
        ),
        (
            "12 Mar. 2025 NATO Deputy Secretary General visits Montenegro and meets the Prime "
            "Minister and the Minister of Defence in Podgorica",
            "11 Mar 2025 Secretary General welcomes the President of Finland",
        ),
    ],
)
def test_dated_related_news_trails(first: str, second: str) -> None:
    rows = turn_rows(_NATO.format(first=first, second=second))
    assert rows[-1][1] == "Mark Rutte"
    assert rows[-1][2] == "That is not on the table today. Thank you so much."


_SVOBODA = (
    "Радіо Свобода\n"
    "Чи вистачить газу на зиму? Розмова з енергетичним експертом\n"
    "Ірина Штогрін\n"
    "12 вересня 2025, 16:45\n"
    "Україна почала відбір газу зі сховищ раніше, ніж зазвичай. Чи готова країна до "
    "опалювального сезону, Радіо Свобода розпитало експерта Олександра Харченка.\n"
    "{note}\n"
    "Ірина Штогрін: Пане Олександре, скільки газу зараз у сховищах?\n"
    "Олександр Харченко: На цей момент там близько 11 мільярдів кубометрів.\n"
    "Ірина Штогрін: Тарифи для населення зростуть?\n"
    "Олександр Харченко: Я думаю, що ця політика збережеться.\n"
)


@pytest.mark.parametrize(
    "note",
    [
        "(Далі – текстова версія ефіру)",
        "(Нижче – розшифровка розмови)",
        "(Далее — текстовая версия эфира)",
    ],
)
def test_pointer_to_text_below_is_no_direction(note: str) -> None:
    doc = run(_SVOBODA.format(note=note))
    assert [doc.span_text(d) for d in doc.layer("stage_directions")] == []
