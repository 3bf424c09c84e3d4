"""Small cases for batch OZ (round 54): a produced package's reporter narrating between the
grabs (ABC's "NAME, REPORTER:" beside the presenter) tells, not asks; a spokesperson under a
bare name who introduces the guest and calls the reporters ("Pam?") chairs; a stakeout's
"Remarks to the press by …" title and its venue line under "Check against delivery"; an
article-led "A follow-up on …" is the last asker's; a podcast page's "For a full transcript of
this episode, keep reading." note; an agency dateline alone on its line above the first
question."""

import pytest

from structure_support import run, turn_rows

_PACKAGE = (
    "ABC News\n"
    "Landline\n"
    "\n"
    "Growers count the cost of the dry spring\n"
    "Broadcast: Sun 6 Jul 2025, 12:30pm\n"
    "Transcript\n"
    "{presenter}: The dry spring has cut yields across the wheatbelt. Tom Reid reports.\n"
    "\n"
    "{reporter}: At Merredin, the harvest is half what it was last year, and the "
    "silos along the railway line are far from full.\n"
    "\n"
    "ANNA BELL, GRAIN GROWER: We've had thirty millimetres since April. The crop just never "
    "got going.\n"
    "\n"
    "TOM REID: The State Government says drought support will open to farmers in the "
    "eastern districts from next month.\n"
    "\n"
    "KEN WU, AGRICULTURE MINISTER: We will be there for growers, and the package will be "
    "available to every eligible farm.\n"
    "\n"
    "TOM REID: Is that enough to keep you going?\n"
    "\n"
    "ANNA BELL: Not on its own. We need rain.\n"
    "\n"
    "TOM REID: For now, the Bells are hoping for a wet winter.\n"
)


@pytest.mark.parametrize(
    ("presenter", "reporter", "narration", "minister"),
    [
        # The reporter captioned as such beside the presenter: narration is other, and the
        # voice it brings in once, the reporter going on after it, a statement.
        ("PIP COURTNEY, PRESENTER", "TOM REID, REPORTER", "other", "statement"),
        # Without the presenter the reporter is the only interviewer: nothing changes.
        ("TOM REID, REPORTER", "TOM REID", "question", "answer"),
    ],
)
def test_package_reporter_narration(
    presenter: str, reporter: str, narration: str, minister: str
) -> None:
    rows = turn_rows(_PACKAGE.format(presenter=presenter, reporter=reporter))
    by_start = {body[:25]: lab for lab, _, body in rows}
    assert by_start["At Merredin, the harvest "] == narration
    assert by_start["We will be there for grow"] == minister
    # The reporter's own audible question still asks, and its reply answers.
    assert by_start["Is that enough to keep yo"] == "question"
    assert by_start["Not on its own. We need r"] == "answer"


_PRESSER = (
    "Transcript of press conference by Assistant Secretary-General Ana Ruiz on the floods\n"
    "New York, 4 March 2025\n"
    "\n"
    "Stéphane Dujarric: Good afternoon. I am delighted to be joined by Ana Ruiz, our "
    "Assistant Secretary-General, who has just come back from the region. She will say a few "
    "words and then take your questions. Ana, the floor is yours.\n"
    "\n"
    "ASG Ruiz: Thank you, Steph. More than two million people have lost their homes, and the "
    "appeal is funded at eight per cent. I'm happy to take your questions.\n"
    "\n"
    "Stéphane Dujarric: Thank you. Edie, and then {call}\n"
    "\n"
    "Question: Thank you. Edith Lederer, Associated Press. How many people have been "
    "reached so far?\n"
    "\n"
    "ASG Ruiz: About 400,000, mostly by air.\n"
    "\n"
    "Stéphane Dujarric: {second}\n"
    "\n"
    "Question: Thanks. Pamela Falk, CBS News. Which donors have stepped back?\n"
    "\n"
    "ASG Ruiz: I will not name donors from this podium.\n"
    "\n"
    "Stéphane Dujarric: Okay. We'll leave it there. Thank you very much, Ana.\n"
)


@pytest.mark.parametrize(("call", "second"), [("Pam.", "Pam?"), ("Pam.", "Pam.")])
def test_spokesperson_under_bare_name_chairs(call: str, second: str) -> None:
    rows = turn_rows(_PRESSER.format(call=call, second=second))
    chair = [lab for lab, spk, _ in rows if spk == "Stéphane Dujarric"]
    assert chair == ["other", "other", "other", "other"]
    assert [lab for lab, spk, _ in rows if spk == "Ana Ruiz"] == [
        "statement",
        "answer",
        "answer",
    ]


_STAKEOUT = (
    "Permanent Mission to the United Nations\n"
    "Home › News › Statements\n"
    "\n"
    "Remarks to the press by Ambassador Karin Lund at the Security Council media stakeout on "
    "Sudan\n"
    "Date: 15.04.2025\n"
    "Check against delivery\n"
    "Security Council Stakeout, United Nations Headquarters, New York\n"
    "Good afternoon. I am speaking on behalf of five members of the Council after this "
    "morning's briefing. We call for an immediate ceasefire. We can take a few questions.\n"
    "\n"
    "Q: Is there a new draft resolution?\n"
    "\n"
    "Ambassador Lund: We are in discussions with Council members. Thank you all very much.\n"
    "\n"
    "\n"
    "Share on Facebook   Share on X   Print\n"
    "Related news\n"
    "Statement at the Security Council briefing on Sudan\n"
    "Permanent Mission · One Dag Hammarskjöld Plaza, 885 Second Avenue · New York, NY 10017\n"
)


def test_stakeout_title_venue_and_address_footer() -> None:
    doc = run(_STAKEOUT)
    rows = [(s.label, doc.span_text(s)) for s in doc.layer("turns")]
    assert rows[0][0] == "statement"
    assert rows[0][1].startswith("Good afternoon.")
    assert rows[-1][1].endswith("Thank you all very much.")
    assert doc.meta.place == "New York"


def test_podcast_transcript_pointer_is_no_intro() -> None:
    text = (
        "CBC\n"
        "Front Burner\n"
        "The surcharge fight\n"
        "Ontario slapped a surcharge on electricity sent to three U.S. states. What now?\n"
        "CBC Radio · Posted: Mar 05, 2025 4:00 AM EST\n"
        "\n"
        "Transcript\n"
        "For a full transcript of this episode, keep reading. Transcripts are generated by a "
        "mix of automated tools and human editors and may contain errors.\n"
        "\n"
        "JAYME POISSON: Hey everybody, it's Jayme. My guest today is Priya Ramsden. Priya, hi.\n"
        "\n"
        "PRIYA RAMSDEN: Hi, Jayme.\n"
        "\n"
        "POISSON: How much power are we talking about?\n"
        "\n"
        "RAMSDEN: About twelve terawatt-hours a year, enough for a million and a half homes.\n"
        "\n"
        "POISSON: Could he actually shut it off?\n"
        "\n"
        "RAMSDEN: Technically the grids are tightly linked. So it's leverage, mostly.\n"
        "\n"
        "POISSON: Priya, thank you so much.\n"
        "\n"
        "RAMSDEN: Thanks, Jayme.\n"
    )
    rows = turn_rows(text)
    assert rows[0][1] == "Jayme Poisson"
    assert rows[0][2].startswith("Hey everybody")
    assert len(rows) == 8


@pytest.mark.parametrize(
    ("dateline", "place"),
    [("МОСКВА, 22 апр — РИА Новости.", "Москва"), ("Беседовала Анна Дорохова", None)],
)
def test_agency_dateline_alone_above_first_question(dateline: str, place: str | None) -> None:
    text = (
        "РИА Новости\n"
        "Россия   Мир   Экономика   Общество\n"
        "Глава канала: навигация откроется в штатном режиме\n"
        "\n"
        "08:00 22.04.2025 (обновлено: 08:05 22.04.2025)\n"
        "© РИА Новости / Владимир Трефилов\n"
        "Перейти в медиабанк\n"
        "Шлюз канала. Архивное фото\n"
        "Подписаться\n"
        "Навигация на канале стартует в конце апреля, рассказал в интервью РИА Новости "
        "руководитель ФГБУ Олег Зубарев.\n"
        "Беседовала Анна Дорохова\n"
        "\n"
        f"{dateline}\n"
        "— Олег Викторович, когда в этом году откроется навигация?\n"
        "— В конце апреля, как обычно.\n"
    )
    assert run(text).meta.place == place
