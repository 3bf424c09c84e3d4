"""Small cases found by blind batch MB (round 52): a show's title alone on its line lengthens no
host's label; a "Mc" name seen only in capitals keeps its inner capital; a staff's "time for one
more" call names the last asker; the hosts' round of names teases no question; MSNBC's summary
over its share row is header; a regional desk's masthead town, repeated by the breadcrumb, is
the place."""

import pytest

from structure_support import run, turn_rows

# ---- a show's title line is no host's longer name ------------------------------------------

CABLE = (
    "Fox News\n"
    "{show}\n"
    "Host: Ranchers say the fence money never showed up\n"
    'This is a rush transcript of "{show}" on March 6, 2025.\n'
    "JESSE WATTERS, FOX NEWS HOST: Dale, how many crossings are you seeing on your land?\n"
    "DALE WHITCOMB, ARIZONA RANCHER: Fewer than two years ago, but they move faster now.\n"
    "WATTERS: Where is the money for the barrier?\n"
    "WHITCOMB: Nobody can tell me. The survey flags are still in the ground.\n"
)


@pytest.mark.parametrize("show", ["Jesse Watters Primetime", "Jesse Watters Tonight Live"])
def test_show_title_line_lengthens_no_label(show: str) -> None:
    rows = turn_rows(CABLE.format(show=show))
    assert [r[1] for r in rows if r[0] == "question"] == ["Jesse Watters", "Jesse Watters"]


# ---- a "Mc" surname seen only in capitals ---------------------------------------------------

CLIP = (
    "ALEX WITT, MSNBC HOST: Here's what the Secretary said on Thursday.\n"
    "(BEGIN VIDEO CLIP)\n"
    "{label}, EDUCATION SECRETARY: Borrowers will not see an interruption in service.\n"
    "(END VIDEO CLIP)\n"
    "WITT: Patricia, can the office keep the lights on with half the staff?\n"
    "PATRICIA NGATA, FORMER FSA DEPUTY DIRECTOR: For a few months, yes, and then it shows.\n"
)


@pytest.mark.parametrize(
    ("label", "speaker"),
    [("LINDA MCMAHON", "Linda McMahon"), ("ROSS MCDONOUGH", "Ross McDonough")],
)
def test_mc_name_in_capitals_keeps_inner_capital(label: str, speaker: str) -> None:
    rows = turn_rows(CLIP.format(label=label))
    assert rows[1][1] == speaker


# ---- "time for one more" names the last asker ------------------------------------------------

PENTAGON = (
    "STAFF: Good afternoon. Today we have the general, who will take a few questions.\n"
    "LT. GEN. MARCUS HOLLINGS: Thanks. The Army will divest legacy systems this year.\n"
    "STAFF: First question, Lara Seligman.\n"
    "Q: On the Apache, how many aircraft are we talking about?\n"
    "GEN. HOLLINGS: Roughly the remaining D-model fleet.\n"
    "STAFF: {call}\n"
    "Q: Where do the soldiers for the drone companies come from?\n"
    "GEN. HOLLINGS: From existing formations, for now.\n"
)


@pytest.mark.parametrize(
    ("call", "asker"),
    [
        ("Sir, I think we have time for one more. Jared Keller.", "Jared Keller"),
        ("We have time for one more question. Tara Copp, AP.", "Tara Copp"),
        ("Sir, I think we have time for one more.", None),
    ],
)
def test_time_for_one_more_names_the_asker(call: str, asker: str | None) -> None:
    rows = turn_rows(PENTAGON.format(call=call))
    assert [r[1] for r in rows if r[0] == "question"] == ["Lara Seligman", asker]


# ---- the hosts' round of names ----------------------------------------------------------------

UP_FIRST = (
    "LEILA FADEL, HOST: Good morning. I'm Leila Fadel.\n"
    "STEVE INSKEEP, HOST: And I'm Steve Inskeep, and this is UP FIRST from NPR News.\n"
    "{third}, HOST: And I'm {name}. Can a deal on a ceasefire come out of these talks?\n"
    "FADEL: NPR's Greg Myre is with us now. Hi, Greg.\n"
    "GREG MYRE, BYLINE: Hi, Leila.\n"
    "FADEL: So what's actually on the table in Jeddah?\n"
    "MYRE: A fairly narrow proposal on energy strikes and the sea.\n"
)


@pytest.mark.parametrize(
    ("third", "name"), [("A MARTÍNEZ", "A Martínez"), ("MICHEL MARTIN", "Michel Martin")]
)
def test_round_of_names_teases_no_question(third: str, name: str) -> None:
    rows = turn_rows(UP_FIRST.format(third=third, name=name))
    assert rows[2][0] == "other"
    assert rows[5][0] == "question"


# ---- MSNBC's summary over its share row --------------------------------------------------------

SUMMARY = (
    "MSNBC\n"
    "Transcript: Alex Witt Reports, 3/8/25\n"
    "Guests: Patricia Ngata, Tom Reilly\n"
    "Summary\n"
    "Two guests weigh in on the Education Department layoffs and what they mean for borrowers.\n"
    "{share}\n"
    "ALEX WITT, MSNBC HOST: Welcome back. Patricia, can the office go on with half the staff?\n"
    "PATRICIA NGATA, FORMER FSA DEPUTY DIRECTOR: For a few months, yes, and then it shows.\n"
    "WITT: What should borrowers be doing right now?\n"
    "NGATA: Download everything and keep copies of your forms.\n"
)


@pytest.mark.parametrize("share", ["Share this -", "Share this"])
def test_summary_over_share_row_is_header(share: str) -> None:
    rows = turn_rows(SUMMARY.format(share=share))
    assert [r[0] for r in rows] == ["question", "answer", "question", "answer"]


# ---- a regional desk's masthead town -----------------------------------------------------------

REGIONAL = (
    "Суспільне {town}\n"
    "Новини\n"
    "{crumb}\n"
    "Суспільство\n"
    '"Вода буде, але тиск знизимо": директор водоканалу про ремонт магістралі\n'
    "17 березня 2025, 14:20\n"
    "Поділитися\n"
    "{lead}\n"
    "Ведуча: Які саме райони відчують ремонт?\n"
    "Віталій Кравчук: Передусім це Замостя і частина Старого міста.\n"
)


@pytest.mark.parametrize(
    ("town", "crumb", "lead", "place"),
    [
        ("Вінниця", "Вінниця", "У Вінниці розпочали заміну аварійної ділянки водогону.", "Вінниця"),
        ("Полтава", "Полтава", "У Полтаві розпочали заміну аварійної ділянки водогону.", "Полтава"),
        # the breadcrumb does not repeat the masthead's town: nothing read
        ("Вінниця", "Регіони", "У Вінниці розпочали заміну аварійної ділянки водогону.", None),
        # a rubric edition is no town
        ("Культура", "Культура", "Культура міста відновлюється після ремонту водогону.", None),
    ],
)
def test_regional_masthead_town_is_the_place(
    town: str, crumb: str, lead: str, place: str | None
) -> None:
    doc = run(REGIONAL.format(town=town, crumb=crumb, lead=lead))
    assert doc.meta.place == place
