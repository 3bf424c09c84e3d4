"""Small cases for the IW round (common sources, mixed): an office word that is also a surname
("KING:") after the person's full label; a Hispanic double surname the title-case headline writes
before "At a …"; an Australian authorisation line under "ENDS"; en.kremlin.ru's time glued to its
place line; state.gov's "Washington, D.C." glued to the date; a one-step breadcrumb cut short is
no introduction; a self-introduced asker whose name holds a lowercase particle; language and
translation notes as directions; a guest's thanks for the host's closing words is a statement."""

import pytest

from rhetoscope.structure.metadata import extract
from rhetoscope.structure.naming import _double_surname, _self_introduced
from structure_support import run, spoken_rows, turn_rows

_TALKBACK = (
    "Interview with Sam Ward, Radio Geelong Breakfast\n\nTranscript\n\n"
    "SAM WARD, HOST: Roads are on everyone's mind this week. Minister, welcome.\n\n"
    "LORNA {head}, MINISTER FOR TRANSPORT: Morning, Sam, good to be with you.\n\n"
    "WARD: When will the bypass open?\n\n"
    "{head}: Next spring, if the weather holds. The money is there.\n\n"
    "WARD: Lorna {cap}, thank you.\n\n"
    "ENDS\n\n"
    "Media contact: Minister {cap}’s office 02 6277 0000\n\n"
    "Authorised by Lorna {cap} MP, ALP, Corio.\n"
)


@pytest.mark.parametrize(("head", "cap"), [("KING", "King"), ("BISHOP", "Bishop")])
def test_office_word_label_is_the_surname_of_a_full_label(head: str, cap: str) -> None:
    rows = spoken_rows(_TALKBACK.format(head=head, cap=cap))
    assert [r[1] for r in rows] == [
        "Sam Ward",
        f"Lorna {cap}",
        "Sam Ward",
        f"Lorna {cap}",
        "Sam Ward",
    ]
    # the authorisation line under "ENDS" is the page's, not the host's last words
    assert rows[-1][2] == f"Lorna {cap}, thank you."


@pytest.mark.parametrize(
    ("line", "cut"),
    [
        ("Authorised by Lorna King MP, ALP, Corio.", True),
        ("Authorized by Dan Reyes, Liberal Party, Hobart", True),
        # (spoken words that open like the line are the guest's; a short one like it is left to
        # the page-foot tagger, which since the session-29 refit reads it as foot at 0.86)
        ("Authorised by the minister herself, I think, but I would have to check.", False),
    ],
)
def test_authorisation_line_is_trailing(line: str, cut: bool) -> None:
    text = "HOST: Thanks for coming in.\n\nGUEST: A pleasure, any time at all.\n\n" + line + "\n"
    body = spoken_rows(text)[-1][2]
    assert body.endswith(line) is not cut


@pytest.mark.parametrize(
    ("speaker", "header", "want"),
    [
        (
            "Rubén Ramírez",
            "Secretary Ana Cole And Paraguayan Foreign Minister Rubén Ramírez Lezcano At a "
            "Joint Press Availability",
            "Rubén Ramírez Lezcano",
        ),
        (
            "Elena Ríos",
            "Secretary Ana Cole and Foreign Minister Elena Ríos Valdivia Before Their Meeting",
            "Elena Ríos Valdivia",
        ),
        # a title-case headline's verb is no second surname
        (
            "Elena Ríos",
            "Foreign Minister Elena Ríos Speaks At a Press Conference",
            "Elena Ríos",
        ),
    ],
)
def test_double_surname_before_headline_event(speaker: str, header: str, want: str) -> None:
    assert _double_surname(speaker, header) == want


@pytest.mark.parametrize(
    ("cover", "place"),
    [
        ("Russian-Chilean talks\n\nMarch 3, 2025\n14:05The Kremlin, Moscow\n\n", "Moscow"),
        ("Joint Remarks\nBenjamin Franklin Room\nWashington, D.C.April 2, 2025\n\n", "Washington"),
    ],
)
def test_place_glued_to_clock_or_date(cover: str, place: str) -> None:
    text = cover + "MODERATOR: Good afternoon, everyone, and thank you for coming today.\n"
    assert extract(text, text.index("MODERATOR:")).place == place


def test_short_breadcrumb_is_no_introduction() -> None:
    text = (
        "U.S. Department of State\n"
        "Home  ›  Secretary Ana Cole And Chilean Foreign Minister Pedro Soto ...\n\n"
        "Secretary Ana Cole And Chilean Foreign Minister Pedro Soto At a Joint Press "
        "Availability\nREMARKS\n\n"
        "MODERATOR: Good afternoon. The Secretary will open. Madam Secretary.\n\n"
        "SECRETARY COLE: Thank you, and welcome. Chile is a close partner of ours.\n\n"
        "MODERATOR: Our first question will come from Lena Ortiz with Reuters.\n\n"
        "QUESTION: Thank you. Madam Secretary, will the new agreement be signed this year?\n\n"
        "SECRETARY COLE: We hope so. Our teams are working on it now.\n\n"
        "MODERATOR: Thank you very much, everyone.\n"
    )
    assert turn_rows(text)[0][:2] == ("other", None)


@pytest.mark.parametrize(
    ("body", "want"),
    [
        ("Маартен ван Дейк, NOS. Пане Президенте, скільки ще потрібно?", "Маартен ван Дейк"),
        ("Pieter van der Berg, NRC. Mr President, how many more?", "Pieter van der Berg"),
        ("Anna de Vries, de Volkskrant. Minister, when?", "Anna de Vries"),
    ],
)
def test_self_introduction_with_particle(body: str, want: str) -> None:
    assert _self_introduced(body, set()) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Talks\n\nPresident: Welcome, colleagues.\n\nGuest (retranslated): Thank you. We are "
            "glad to be here. (In English.) And may I add a word of thanks.\n",
            ["(In English.)"],
        ),
        (
            "Пресконференція\n\nВолодимир Зеленський: Дякую, що ви сьогодні тут.\n\n"
            "Дік Схооф: (Неофіційний переклад) Дякую, пане Президенте. Ми з вами.\n\n"
            "Сергій Никифоров: Переходимо до запитань. Будь ласка.\n\n"
            "Запитання: Пане Президенте, коли буде рішення?\n\n"
            "Володимир Зеленський: Найближчим часом, я думаю.\n",
            ["(Неофіційний переклад)"],
        ),
        # in running prose a language in brackets is no note
        (
            "Talks\n\nPresident: The word for it (in English) is freedom, as you know.\n",
            [],
        ),
    ],
)
def test_language_and_translation_notes(text: str, want: list[str]) -> None:
    doc = run(text)
    assert [doc.span_text(x) for x in doc.layer("stage_directions")] == want


def test_guest_thanks_after_host_close_is_statement() -> None:
    text = (
        "Russian-Chilean talks\n\nMarch 3, 2025\n\n"
        "The President held talks with the President of Chile, who is on an official visit.\n\n"
        "President of Russia Ivan Petrov: Mr President, friends, welcome to Moscow. Our trade "
        "grew last year and we see good prospects in energy and in grain.\n\n"
        "President of Chile Pablo Soto (retranslated): Thank you, Mr President, for the warm "
        "welcome. We want more trade and more contacts between our universities.\n\n"
        "Ivan Petrov: We will look into this. Let us continue in the expanded format.\n\n"
        "Pablo Soto: Thank you very much.\n"
    )
    assert spoken_rows(text)[-1][:2] == ("statement", "Pablo Soto")
