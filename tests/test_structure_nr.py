"""Small cases for batch NR (BBC, Sky, LBC, a Lords committee, kremlin.ru): a phone-in with no
guest, where the host questions the callers she puts through ("Gary is in Bexleyheath. Gary,
you're a landlord, I gather." / "CALLER: I am, Shelagh, …"), the callers answering under the
first name the hand-off gives, kept while only her questions come between; a podcast host's
"Give us a sense of …" prompt asks; a Lords committee's chair named in "Members present: Lord
Moylan (The Chair); …" by rank and title; the chair's time call before the closing thanks ("We
are almost out of time. Thank you both …") closes; the record's running footer and date under
the last turn trail."""

import pytest

from structure_support import turn_rows

_PHONE_IN = (
    "LBC\n"
    "'My rent has gone up': listeners on the renting crisis\n"
    "Thursday, 23 January 2025, 14:05\n\n"
    "SHELAGH FOGARTY: {handoff1}\n\n"
    "CALLER: Good afternoon, Shelagh. I've been in the same flat for eleven years and the rent "
    "went up by three hundred pounds a month. Where am I meant to find that?\n\n"
    "SHELAGH FOGARTY: Did they give you any reason for it, or just the new figure?\n\n"
    "CALLER: Just the figure and a line saying it was in line with the market.\n\n"
    "SHELAGH FOGARTY: {handoff2}\n\n"
    "CALLER: I am, Shelagh, two flats, and I want to give the other side of it. My mortgage "
    "went up by five hundred a month.\n\n"
    "SHELAGH FOGARTY: But would you put the rent up by three hundred pounds on a tenant?\n\n"
    "CALLER: Honestly, no. I'd rather keep a good tenant.\n\n"
    "SHELAGH FOGARTY: Are you going to sell up when the bill comes in?\n\n"
    "CALLER: I'm thinking about it. Cheers, Shelagh.\n"
)


@pytest.mark.parametrize(
    ("handoff1", "handoff2", "first", "second"),
    [
        (
            "Let's go to Maureen, who's in Walthamstow. Maureen, good afternoon.",
            "That's awful, Maureen, and I'm sorry. Stay with us. Gary is in Bexleyheath. Gary, "
            "you're a landlord, I gather.",
            "Maureen",
            "Gary",
        ),
        (
            "Maureen is in Whitehaven. Maureen, good afternoon.",
            "Thank you, Maureen. Stay with us. Brian's on the line from Burnley. Brian, you let "
            "out two flats.",
            "Maureen",
            "Brian",
        ),
    ],
)
def test_phone_in_host_questions_callers(
    handoff1: str, handoff2: str, first: str, second: str
) -> None:
    rows = turn_rows(_PHONE_IN.format(handoff1=handoff1, handoff2=handoff2))
    assert [(r[0], r[1]) for r in rows] == [
        ("other", "Shelagh Fogarty"),
        ("answer", first),
        ("question", "Shelagh Fogarty"),
        ("answer", first),
        ("other", "Shelagh Fogarty"),
        ("answer", second),
        ("question", "Shelagh Fogarty"),
        ("answer", second),
        ("question", "Shelagh Fogarty"),
        ("answer", second),
    ]


def test_phone_in_new_caller_greeted_is_not_carried() -> None:
    # A host's question that greets may be put to a new caller: no name is carried over it.
    text = (
        "SHELAGH FOGARTY: Let's go to Maureen, who's in Walthamstow. Maureen, good afternoon.\n\n"
        "CALLER: Good afternoon, Shelagh. My rent went up by three hundred pounds.\n\n"
        "SHELAGH FOGARTY: Did they give you any reason for it, or just the new figure?\n\n"
        "CALLER: Just the figure and a line saying it was in line with the market.\n\n"
        "SHELAGH FOGARTY: Good afternoon to our next listener. Are you a landlord?\n\n"
        "CALLER: I am, two flats, and my mortgage went up by five hundred a month.\n"
    )
    rows = turn_rows(text)
    assert [r[1] for r in rows][-1] is None
    assert [r[1] for r in rows][:4] == ["Shelagh Fogarty", "Maureen", "Shelagh Fogarty", "Maureen"]


_PODCAST = (
    "Jack Blanchard: Hello and welcome to the podcast. I'm Jack Blanchard, here with Sam "
    "Coates. Joining us is Sarah Thornbury. Sarah, welcome.\n\n"
    "Sarah Thornbury: Thanks for having me.\n\n"
    "Jack Blanchard: How bad is it? {prompt}\n\n"
    "Sarah Thornbury: It is the worst I've seen in twenty years of local government.\n\n"
    "Sam Coates: But the government would say it has given councils more. Is that not enough?\n\n"
    "Sarah Thornbury: We welcomed the settlement, genuinely. But counties saw much less.\n\n"
    "Sam Coates: Are we going to see a county council go bust this year?\n\n"
    "Sarah Thornbury: I don't want to name anyone. The risk is higher than ever.\n\n"
    "Jack Blanchard: And what's the ask? If you had the Chancellor here, what would you say?\n\n"
    "Sarah Thornbury: Three things. A multi-year settlement, reform of SEND, a fair share.\n\n"
    "Jack Blanchard: Sarah Thornbury, thank you very much.\n"
)


@pytest.mark.parametrize(
    "prompt",
    [
        "Give us a sense of what councils are actually facing this spring.",
        "Give me an idea of the scale of it.",
    ],
)
def test_co_host_prompt_asks(prompt: str) -> None:
    rows = turn_rows(_PODCAST.format(prompt=prompt))
    assert [r[0] for r in rows] == [
        "other",
        "answer",
        "question",
        "answer",
        "question",
        "answer",
        "question",
        "answer",
        "question",
        "answer",
        "other",
    ]


_LORDS = (
    "Built Environment Committee\n"
    "Corrected oral evidence: Housing for older people\n"
    "Tuesday 14 January 2025\n\n"
    "Members present: Lord Moylan (The Chair); Baroness Blake of Leeds; Lord Young of Cookham.\n"
    "Evidence Session No. 3 Heard in Public Questions 24 - 29\n\n"
    "Examination of witnesses\n"
    "Dr Helen Marsh and Professor Kevin Ashworth.\n\n"
    "Q24 The Chair: Good morning and welcome. Why are so few specialist homes being built?\n\n"
    "Dr Helen Marsh: The planning system does not recognise specialist housing. So it loses.\n\n"
    "Q25 Baroness Blake of Leeds: Should local plans be required to set a target?\n\n"
    "Dr Helen Marsh: Yes, I think that would make the single biggest difference.\n\n"
    "Q26 The Chair: {closing}\n\n"
    "Built Environment Committee: Evidence Session No. 3\n"
    "14 January 2025 (HL Paper)\n"
)


@pytest.mark.parametrize(
    "closing",
    [
        "We are almost out of time. Thank you both very much indeed for your evidence.",
        "I'm afraid we have run out of time. Thank you both very much.",
    ],
)
def test_lords_chair_named_and_closes(closing: str) -> None:
    rows = turn_rows(_LORDS.format(closing=closing))
    assert [(r[0], r[1]) for r in rows] == [
        ("question", "Lord Moylan"),
        ("answer", "Helen Marsh"),
        ("question", "Baroness Blake of Leeds"),
        ("answer", "Helen Marsh"),
        ("other", "Lord Moylan"),
    ]
    assert rows[-1][2].rstrip().endswith(closing.split()[-1])
