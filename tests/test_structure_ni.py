"""Small cases for batch NI (state.gov, the Pentagon, whitehouse.gov, president.gov.ua): a
state.gov headline's "… With <host> of <network> Television" names the interviewer; a Pentagon
moderator who corrects the outlet ("Konstantin Toropin, Associated Press — I'm sorry,
Military.com.") still calls that reporter; the bare "Q:" answering the briefer's "could you
repeat the last part?" is the same reporter's; "Суспільне Чернігів, Ірина Мельничук. Пане
Президенте, …" reads outlet first though an address follows; whitehouse.gov's "Related
Briefings & Statements" list trails; a courtesy-titled label completed from the speaker's own
"Dave Holloway, Gulf Coast Marine …", and the President's "Dave, you want to answer that?"
passing a reporter's question on answers."""

import pytest

from structure_support import turn_rows

_STATE = (
    "U.S. Department of State\n"
    "Home›Office of the Spokesperson›Secretary of State Marco Rubio With Dana Pierce of {outlet}\n"
    "Secretary of State Marco Rubio With Dana Pierce of {outlet}\n"
    "Interview\n"
    "Marco Rubio, Secretary of State\n"
    "Brussels, Belgium\n"
    "April 3, 2025\n\n"
    "QUESTION: Mr. Secretary, is the U.S. still committed to Article 5?\n\n"
    "SECRETARY RUBIO: Of course. We want a stronger alliance, not a weaker one.\n\n"
    "QUESTION: Is five percent a hard target?\n\n"
    "SECRETARY RUBIO: It's a target a number of them have already started to move toward.\n"
)


@pytest.mark.parametrize(
    ("outlet", "asker"),
    [
        ("Bloomberg Television", "Dana Pierce"),
        ("Fox News", "Dana Pierce"),
        # (a country names no outlet)
        ("Canada", None),
    ],
)
def test_header_host_of_television(outlet: str, asker: str | None) -> None:
    rows = turn_rows(_STATE.format(outlet=outlet))
    assert [r[1] for r in rows if r[0] == "question"] == [asker, asker]


_PENTAGON = (
    "U.S. Department of Defense\n"
    "Transcript\n"
    "General Holds an Off-Camera Press Briefing\n"
    "Oct. 2, 2025\n\n"
    "STAFF: Good afternoon. Sir, over to you.\n\n"
    "GEN. GREGORY M. GUILLOT: Thanks. We have 6,200 service members supporting the response.\n\n"
    "STAFF: Next, Oren Liebermann, CNN.\n\n"
    "Q: Has the request for helicopters come to you, and will you fill it?\n\n"
    "GEN. GREGORY M. GUILLOT: It has, and we've already filled part of it. {ending}\n\n"
    "Q: Whether you'll fill all of it.\n\n"
    "GEN. GREGORY M. GUILLOT: We're working to. Yes.\n\n"
    "STAFF: {call}\n\n"
    "Q: Thanks. General, is there a bottleneck at the staging areas?\n\n"
    "GEN. GREGORY M. GUILLOT: I've seen those reports.\n\n"
    "STAFF: That's all the time we have.\n"
)


@pytest.mark.parametrize(
    ("ending", "call", "second", "third"),
    [
        (
            "There are four more on the way, and — sorry, could you repeat the last part?",
            "We'll go to the phones. Konstantin Toropin, Associated Press — I'm sorry, "
            "Military.com.",
            "Oren Liebermann",
            "Konstantin Toropin",
        ),
        # (no request to repeat: any reporter may ask next; no call: nobody named)
        (
            "There are four more on the way.",
            "We'll go to the phones.",
            None,
            None,
        ),
    ],
)
def test_repeat_request_and_corrected_outlet(
    ending: str, call: str, second: str | None, third: str | None
) -> None:
    rows = turn_rows(_PENTAGON.format(ending=ending, call=call))
    assert [r[1] for r in rows if r[0] == "question"] == ["Oren Liebermann", second, third]


_UA = (
    "Президент України Володимир Зеленський\n"
    "Головна / Новини / Виступи\n"
    "Відповіді Президента України на запитання журналістів під час робочої поїздки\n"
    "22 квітня 2025 - 16:35\n\n"
    "Володимир Зеленський: Добрий день. Готовий відповісти на кілька запитань.\n\n"
    "Журналістка: {intro} Пане Президенте, чи буде окреме фінансування на укриття?\n\n"
    "Володимир Зеленський: Так, буде.\n"
)


@pytest.mark.parametrize(
    ("intro", "asker"),
    [
        ("Суспільне Чернігів, Ірина Мельничук.", "Ірина Мельничук"),
        ("Ірина Мельничук, Суспільне Чернігів.", "Ірина Мельничук"),
    ],
)
def test_outlet_first_intro_before_address(intro: str, asker: str) -> None:
    rows = turn_rows(_UA.format(intro=intro))
    assert [r[1] for r in rows if r[0] == "question"] == [asker]


_WH = (
    "The White House\n"
    "Remarks\n"
    "Remarks by President Trump in a Roundtable with Shipbuilders\n"
    "The White House\n"
    "May 6, 2025\n\n"
    "THE PRESIDENT: Thank you very much. Why don't you start.\n\n"
    "MR. HOLLOWAY: Thank you, Mr. President. {intro} We employ about 3,100 people.\n\n"
    "THE PRESIDENT: Fifteen years. Okay, we'll take a couple of questions. Yes.\n\n"
    "Q How long before a yard like yours can actually deliver a new vessel?\n\n"
    "THE PRESIDENT: Dave, you want to answer that? You know better than me.\n\n"
    "MR. HOLLOWAY: For a product tanker, about thirty months.\n\n"
    "Q Mr. President, are you going to meet President Xi this year?\n\n"
    "THE PRESIDENT: I think so, yeah. Okay, thank you all very much. Thank you.\n\n"
    "END\n\n"
    "3:21 P.M. EDT\n\n"
    "Share\n"
    "Copy URL\n"
    "Related Briefings & Statements\n"
    "Executive Order: Restoring America's Maritime Dominance\n"
    "Fact Sheet: President Donald J. Trump Rebuilds American Shipbuilding\n"
)


@pytest.mark.parametrize(
    ("intro", "holloway"),
    [
        ("Dave Holloway, Gulf Coast Marine in Pascagoula.", "Dave Holloway"),
        # (no name of his own: the label's courtesy title stays)
        ("I run Gulf Coast Marine in Pascagoula.", None),
    ],
)
def test_roundtable_own_intro_and_passed_question(intro: str, holloway: str | None) -> None:
    rows = turn_rows(_WH.format(intro=intro))
    mine = [r for r in rows if r[2].startswith(("Thank you, Mr. President.", "For a product"))]
    want = holloway or "Mr. Holloway"
    assert [r[1] for r in mine] == [want, want]
    passed = next(r for r in rows if r[2].startswith("Dave, you want"))
    # (the related links' "President Donald J. Trump" gives the full name, session 31)
    assert passed[:2] == ("answer", "Donald Trump")
    assert rows[-1][2].endswith("thank you all very much. Thank you.")
