"""Broadcast and print media conventions: short snippets, one mechanism each."""

from __future__ import annotations

import pytest

from rhetoscope.structure.metadata import trailing_start
from rhetoscope.structure.turns import analyse

HEARING = """\
    The Committee met, pursuant to notice, at 10:00 a.m., Hon. Anna Berg [Chairman of
the Committee] presiding.
    The CHAIRMAN. The Committee will come to order. I now recognize the Ranking Member,
Mr. Diaz, for his opening statement.
    Mr. DIAZ. Thank you, Madam Chairman. The budget cuts science by a tenth and I am
worried about it. I yield back.
    The CHAIRMAN. Thank you. Secretary Okoro, you are recognized for five minutes.
  STATEMENT OF THE HONORABLE JAMES OKORO, SECRETARY, U.S. DEPARTMENT
                               OF ENERGY
    Secretary OKORO. Thank you, Madam Chairman. The request protects every user facility
and funds the fusion program. I look forward to your questions.
    [GRAPHIC] [TIFF OMITTED] T1234.001
    The CHAIRMAN. Thank you. Will any facility close next year?
    Secretary OKORO. No facility will close, and I will get you the operating hours for
every one of them.
    The CHAIRMAN. The gentleman from Texas, Mr. Diaz.
    Mr. DIAZ. Mr. Secretary, which programs are being consolidated this year?
    Secretary OKORO. Three materials programs with very similar missions.
"""


def _turns(text: str) -> list[tuple[str, str | None, str]]:
    return [
        (t.label, t.attrs["speaker"], text[t.start : t.end].split("\n")[0][:30])
        for t in analyse(text).turns
    ]


def test_hard_wrapped_hearing() -> None:
    turns = _turns(HEARING)
    assert [(label, speaker) for label, speaker, _ in turns] == [
        ("other", "Anna Berg"),  # the chair named in the "presiding" line
        ("statement", "Mr. Diaz"),  # an opening statement before anyone asks
        ("other", "Anna Berg"),
        ("statement", "James Okoro"),  # named in the heading above
        ("question", "Anna Berg"),
        ("answer", "James Okoro"),
        ("other", "Anna Berg"),
        ("question", "Mr. Diaz"),
        ("answer", "James Okoro"),
    ]
    spans = analyse(HEARING).turns
    # The capitals heading and the exhibit placeholder end the turns above them.
    assert HEARING[: spans[2].end].endswith("five minutes.")
    assert HEARING[: spans[3].end].endswith("your questions.")


@pytest.mark.parametrize(
    "furniture",
    [
        "Nathan Brooks is a contributing writer at The New Yorker, where he covers climate.",
        "The Quiet House by Ruth Adeyemi is published by Fourth Estate (£18.99).",
        "The Margin is produced by Hollow Tree Audio. Subscribe wherever you get your podcasts.",
        "Sign up for our daily newsletter: Receive the best of the magazine every day.",
        "Watch the Full Episode",
        "Support Provided By: Learn more",
        "INTERVIEW ENDS",
        "TO ORDER A VIDEO OF THIS TRANSCRIPT, PLEASE CALL 800-CNN-NEWS",
        "Related Topics\nRail Fares\nTransport",
    ],
)
def test_trailing_page_furniture(furniture: str) -> None:
    text = "HOST: Did it work?\n\nGUEST: It did, in the end.\n\n" + furniture + "\n"
    assert text[: trailing_start(text)].endswith("in the end.")


@pytest.mark.parametrize(
    "speech",
    [
        "Follow the money.",  # no platform: speech
        "More importantly, it worked.",
        "It was produced by the Pentagon in 1998.",
    ],
)
def test_last_words_are_not_furniture(speech: str) -> None:
    text = "HOST: Did it work?\n\nGUEST: It did, in the end.\n\n" + speech + "\n"
    assert text[: trailing_start(text)].endswith(speech)


def test_promo_between_turns_and_named_voices() -> None:
    text = (
        "Show notes\nThis transcript was generated automatically. Speaker 1 is Maya Chen; "
        "Speaker 2 is Paul Darrow.\n\n"
        "Speaker 1 (00:00:04):\nPaul, why are eggs so expensive?\n\n"
        "Speaker 2 (00:00:19):\nBird flu, mostly.\n\n"
        "Read more:\nWhy are eggs so expensive?\nFollow Sky News on WhatsApp\n\n"
        "Speaker 1 (00:00:27):\nWill prices fall?\n\n"
        "Speaker 2 (00:00:29):\nYes, slowly.\n"
    )
    turns = _turns(text)
    assert turns[-4:] == [
        ("question", "Maya Chen", "Paul, why are eggs so expensiv"),
        ("answer", "Paul Darrow", "Bird flu, mostly."),
        ("question", "Maya Chen", "Will prices fall?"),
        ("answer", "Paul Darrow", "Yes, slowly."),
    ]


def test_unlabelled_questions_need_an_interview_header() -> None:
    qa = (
        "Why did you write it? Where did it start?\nFrom grief, mostly.\n\n"
        "What changed in the second draft?\nTime. I waited a year.\n\n"
        "Do you read your reviews?\nNot any more.\n"
    )
    header = "'I wrote it angry': Ruth Adeyemi on grief\nThe novelist talks to Tom Ashby\n\n"
    turns = _turns(header + qa)
    assert [(label, speaker) for label, speaker, _ in turns] == [
        ("question", "Tom Ashby"),
        ("answer", "Ruth Adeyemi"),
    ] * 3
    assert len(_turns("Opinion\nBy Tom Ashby\n\n" + qa)) == 1  # an article: one statement
