"""Small cases for batch RD RG (final check H): a state site's menu bar, its items spaced wider
than a name's words, under which an office label ("President:") finds the lead's holder, not the
menu; a kremlin.ru label whose state has its own article ("President of the Republic of the Congo
… (retranslated):"); an English agency's reprint notice under the last answer ("Reproduction of
materials only with a hyperlink to …"); and a state.gov reporter's follow-up of a dozen words on
"And"."""

import pytest

from structure_support import turn_rows

_MENU = (
    "Official website of the President of Ukraine\n"
    "Українською  English\n"
    "{menu}\n"
    "News\n"
    "\n"
    "Interview of President of Ukraine {who} to the {outlet}\n"
    "\n"
    "3 February 2026 - 18:15\n"
    "\n"
    "President of Ukraine {who} gave an interview to the {outlet} in Kyiv.\n"
    "\n"
    "Journalist: Mr. President, how is the energy system holding up this winter?\n"
    "\n"
    "President: It is very hard, but our engineers restore everything they can.\n"
    "\n"
    "Journalist: What do you need most from your partners?\n"
    "\n"
    "President: Air defense, and the missiles for the systems we already have.\n"
    "\n"
    "Journalist: Thank you for the interview.\n"
    "\n"
    "President: Thank you. Glory to Ukraine!\n"
)


@pytest.mark.parametrize(
    ("menu", "who", "outlet"),
    [
        ("President  News  Documents  Appeals", "Volodymyr Zelenskyy", "Polish TV channel TVP"),
        ("President  News  Documents  Appeals  Contacts", "Volodymyr Zelenskyy", "BBC"),
        ("President  Events  Decrees  Letters", "Volodymyr Zelenskyy", "Italian newspaper"),
    ],
)
def test_menu_bar_is_no_office_holder(menu: str, who: str, outlet: str) -> None:
    rows = turn_rows(_MENU.format(menu=menu, who=who, outlet=outlet))
    assert [spk for lab, spk, _ in rows if lab == "answer"] == [who] * 3


_KREMLIN = (
    "President of Russia\n"
    "\n"
    "Meeting with {post} {who}\n"
    "\n"
    "March 2, 2026\n"
    "The Kremlin, Moscow\n"
    "\n"
    "Vladimir Putin held talks with {post} {who}, who is in Russia on an official visit.\n"
    "\n"
    "President of Russia Vladimir Putin: Mr President, friends, welcome to Moscow. Our trade "
    "grew by a third last year.\n"
    "\n"
    "{post} {who} (retranslated): Mr President, thank you for the warm welcome given to our "
    "delegation.\n"
    "\n"
    "Vladimir Putin: We are ready to continue supplying grain and fertiliser.\n"
    "\n"
    "{short}: This is very important for us.\n"
)


@pytest.mark.parametrize(
    ("post", "who", "short"),
    [
        (
            "President of the Republic of the Congo",
            "Denis Sassou Nguesso",
            "Denis Sassou Nguesso",
        ),
        ("Prime Minister of the Republic of the Congo", "Anatole Makosso", "Anatole Makosso"),
        ("President of the Republic of the Sudan", "Omar Idris Hamad", "Omar Idris Hamad"),
    ],
)
def test_state_with_its_article_in_a_titled_label(post: str, who: str, short: str) -> None:
    rows = turn_rows(_KREMLIN.format(post=post, who=who, short=short))
    assert [spk for lab, spk, _ in rows if lab == "statement"] == [
        "Vladimir Putin",
        who,
        "Vladimir Putin",
        who,
    ]


_AGENCY = (
    "Ukrinform\n"
    "\n"
    "Interview\n"
    "\n"
    "Ukrenergo head: We restore the grid faster than they destroy it\n"
    "\n"
    "10.02.2026 12:30\n"
    "\n"
    "Ukrinform spoke with the head of Ukrenergo, Vitaliy Zaichenko, about the winter.\n"
    "\n"
    "Ukrinform: How long will the outage schedules last?\n"
    "\n"
    "Vitaliy Zaichenko: Until the generation damaged by the strikes is repaired.\n"
    "\n"
    "Ukrinform: What would you like to say to the repair crews?\n"
    "\n"
    "Vitaliy Zaichenko: That they are heroes. Every hour of light is thanks to them.\n"
    "\n"
    "Tags:\n"
    "energy\n"
    "\n"
    "Ukrinform\n"
    "© 2015-2026 Ukrinform. All rights reserved.\n"
    "{notice}\n"
)


@pytest.mark.parametrize(
    "notice",
    [
        "Reproduction of materials only with a hyperlink to ukrinform.net.",
        "Reprinting of materials only with a hyperlink to the agency.",
        "Full or partial reproduction without written permission is prohibited.",
    ],
)
def test_english_reprint_notice_is_page_tail(notice: str) -> None:
    rows = turn_rows(_AGENCY.format(notice=notice))
    assert rows[-1][0] == "answer"
    assert rows[-1][2].rstrip().endswith("thanks to them.")


_BRIEFING = (
    "Department Press Briefing\n"
    "\n"
    "MR PIGOTT: Good afternoon. Today we announce $12 million for flood early warning on the "
    "Mekong.\n"
    "\n"
    "QUESTION: Daniel Okafor, AFP. Is the $12 million new money?\n"
    "\n"
    "MR PIGOTT: It's new obligations out of existing appropriations.\n"
    "\n"
    "QUESTION: {follow}\n"
    "\n"
    "MR PIGOTT: Some of it will. I'll get you the breakdown after the briefing.\n"
    "\n"
    "QUESTION: Lena Ortiz, Reuters. On Venezuela, is there any update?\n"
    "\n"
    "MR PIGOTT: Nothing new today.\n"
)


@pytest.mark.parametrize(
    "follow",
    [
        "And will any of that go through the Mekong River Commission itself?",
        "And would any of that money be spent through the river commission itself?",
    ],
)
def test_dozen_word_and_follow_up_is_the_same_reporter(follow: str) -> None:
    rows = turn_rows(_BRIEFING.format(follow=follow))
    asked = [spk for lab, spk, _ in rows if lab == "question"]
    assert asked[:2] == ["Daniel Okafor", "Daniel Okafor"]
