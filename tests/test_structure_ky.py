"""Small cases for batch KY (BBC, ITV, CBC, ABC 7.30, Ukrinform): a typed transcript's initials
in capitals after full-name labels in capitals ("RUTH ELLWOOD:" then "RE:") are that speaker,
though "RE:" elsewhere is a letter's subject; Ukrinform's signature set on the line right
under the last answer asks; a tag column flush under a labelled last line ("Callum Reddy:
Thank you." / "Labour Party Conference 2025" / "Politics" / "Energy bills") is the page's; the
audio player's text-to-speech notice above the lead is the page's; a programme's one-line
"X speaks with Y." caption over its "Transcript" heading is no introduction."""

import pytest

from structure_support import turn_rows

_TYPED = (
    "BBC RADIO 4\n"
    "Presenter: Sarah Montague\n"
    "\n"
    "SARAH MONTAGUE: The changes go ahead in April. Why not listen to the farmers?\n"
    "\n"
    "{b_full}: Good afternoon. We have listened, and the figures are very clear.\n"
    "\n"
    "SM: But your own department's figures suggest two thousand farms a year.\n"
    "\n"
    "{b_init}: I don't recognise that figure. The Treasury numbers are real data.\n"
    "\n"
    "SM: Will you meet the farmers next month?\n"
    "\n"
    "{b_init}: My door is always open.\n"
)


@pytest.mark.parametrize(
    ("b_full", "b_init", "who"),
    [
        ("RUTH ELLWOOD", "RE", "Ruth Ellwood"),
        ("CHRIS COLE", "CC", "Chris Cole"),
        ("Ruth Ellwood", "RE", "Ruth Ellwood"),
    ],
)
def test_initials_after_capitals_full_label_join_that_speaker(
    b_full: str, b_init: str, who: str
) -> None:
    rows = turn_rows(_TYPED.format(b_full=b_full, b_init=b_init))
    assert [(r[0], r[1]) for r in rows] == [
        ("question", "Sarah Montague"),
        ("answer", who),
        ("question", "Sarah Montague"),
        ("answer", who),
        ("question", "Sarah Montague"),
        ("answer", who),
    ]


_UKRINFORM = (
    "Укрінформ\n"
    "Економіка\n"
    "Олег Коваль, голова правління «Укргідроенерго»\n"
    "Нові агрегати запрацюють до кінця року\n"
    "22.10.2025 12:15\n"
    "{signer}, Київ\n"
    "Як гідроенергетика пережила атаки – в інтерв’ю Укрінформу розповів голова правління "
    "Олег Коваль.\n"
    "\n"
    "**Пане Олеже, у якому стані зараз гідрогенерація?**\n"
    "\n"
    "Ми відновили близько 60% втраченої потужності, і працюємо далі.\n"
    "\n"
    "**Чи буде світло взимку?**\n"
    "\n"
    "Енергетики зроблять усе можливе. Це не паніка, це відповідальність.\n"
    "{signer}, Київ\n"
    "\n"
    "Фото: Укргідроенерго\n"
    "Читайте також\n"
    "  В Укренерго розповіли, як працюватиме енергосистема взимку\n"
    "  Свириденко: Уряд затвердив план підготовки до опалювального сезону\n"
    "Долучайтеся до наших каналів Telegram, Instagram та YouTube.\n"
    "При цитуванні і використанні будь-яких матеріалів в Інтернеті відкриті для пошукових "
    "систем гіперпосилання не нижче першого абзацу на «ukrinform.ua» обов’язкові\n"
)


@pytest.mark.parametrize("signer", ["Ірина Гончар", "Олена Мартиненко"])
def test_signature_right_under_last_answer_asks(signer: str) -> None:
    rows = turn_rows(_UKRINFORM.format(signer=signer))
    assert [(r[0], r[1]) for r in rows] == [
        ("question", signer),
        ("answer", "Олег Коваль"),
        ("question", signer),
        ("answer", "Олег Коваль"),
    ]
    assert rows[-1][2].endswith("це відповідальність.")


_ITV = (
    "ITV News\n"
    "Here is what was said:\n"
    "Anushka Asthana: Minister, you promised bills would come down. Was that a mistake?\n"
    "Callum Reddy: No, because that was about getting off the rollercoaster of gas prices.\n"
    "Anushka Asthana: Callum Reddy, thank you very much.\n"
    "Callum Reddy: Thank you.\n"
    "{tags}\n"
    "Read more\n"
    "  Ofgem price cap: What the October rise means for you\n"
    "Copyright © ITV Consumer Limited 2025\n"
)


@pytest.mark.parametrize(
    "tags",
    [
        "Labour Party Conference 2025\nPolitics\nEnergy bills",
        "Politics\nEnergy bills\nCost of living",
    ],
)
def test_tag_column_flush_under_labelled_last_line(tags: str) -> None:
    rows = turn_rows(_ITV.format(tags=tags))
    assert rows[-1][:2] == ("answer", "Callum Reddy")
    assert rows[-1][2] == "Thank you."


_CBC = (
    "CBC\n"
    "Menu\n"
    "Politics\n"
    "Ottawa won't 'rush' digital services tax deal, minister says\n"
    "David Cochrane · CBC News · Posted: Oct 08, 2025 6:45 PM EDT\n"
    "Listen to this article\n"
    "Estimated 4 minutes\n"
    "{notice}\n"
    "\n"
    "Canada will not rush to settle its dispute over the digital services tax, Industry "
    "Minister Marc-André Tremblay said Wednesday.\n"
    "\n"
    "David Cochrane: Minister, is Canada going to meet that deadline?\n"
    "\n"
    "Marc-André Tremblay: We're going to get the right deal for Canadians.\n"
    "\n"
    "David Cochrane: But you already cancelled the tax. What is left to negotiate?\n"
    "\n"
    "Marc-André Tremblay: The Americans have raised some concerns, and we're talking.\n"
)


@pytest.mark.parametrize(
    "notice",
    [
        "The audio version of this article is generated by text-to-speech, a technology based "
        "on artificial intelligence.",
        "This audio is AI-generated.",
    ],
)
def test_audio_notice_above_lead_is_the_pages(notice: str) -> None:
    rows = turn_rows(_CBC.format(notice=notice))
    assert rows[0][:2] == ("other", None)
    assert rows[0][2].startswith("Canada will not rush")


_ABC = (
    "ABC News\n"
    "7.30\n"
    "Program: Water Minister says buybacks will go ahead despite farmer anger\n"
    "Posted Tue 11 Nov 2025 at 8:12pm\n"
    "Watch\n"
    "Duration: 8 minutes 54 seconds\n"
    "{caption}\n"
    "Transcript\n"
    "\n"
    "SARAH FERGUSON, PRESENTER: Kate Lennox, welcome to 7.30.\n"
    "\n"
    "KATE LENNOX, WATER MINISTER: Good evening, Sarah.\n"
    "\n"
    "SARAH FERGUSON: Why are you pressing ahead with buybacks?\n"
    "\n"
    "KATE LENNOX: Because the plan is the law, Sarah.\n"
)


@pytest.mark.parametrize(
    ("caption", "intro"),
    [
        ("Sarah Ferguson speaks with Water Minister Kate Lennox.", False),
        ("Sarah Ferguson talks to Kate Lennox.", False),
        (
            "Sarah Ferguson talks with Kate Lennox, the water minister, about why the "
            "buybacks go ahead and what towns can expect.",
            True,
        ),
    ],
)
def test_programme_caption_over_transcript_heading(caption: str, intro: bool) -> None:
    rows = turn_rows(_ABC.format(caption=caption))
    assert (rows[0][:2] == ("other", None)) is intro
    spoken = rows[1:] if intro else rows
    assert spoken[0][:2] == ("other", "Sarah Ferguson")
