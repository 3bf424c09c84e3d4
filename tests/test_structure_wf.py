# ruff: noqa: E501
"""Check V, batch WH WB WC WF: broadcasters' web transcripts and a press conference.

Each case is a short page of a layout the engine misread: a write-up whose lead names the host
and the guest who then speak under their full names, a reporter naming a paper whose name joins
two words with "and", a second principal who opens the floor and later answers, and the page
furniture (a caption over a blank line and its "Picture:" credit, an asking headline over the
"Posted:" stamp, a dek over a clocked date line) above the lead that opens the introduction.
"""

import pytest

from rhetoscope.analysis import build_pipeline
from rhetoscope.ingest import read_text

PIPE = build_pipeline(["metadata", "sentences", "turns", "duplicates"])

LEAD_NAMES_BOTH = """News Channel
Watch Live
Home UK World Politics Business Sport Weather Videos

Politics

Dana Whitcombe: Rail fares "will be frozen" next year

The transport secretary said the freeze would be paid for from the budget, not by the operators.

Friday 6 February 2026 07:15, UK

Share
Why you can trust us

Transport Secretary Dana Whitcombe has told City News that regulated rail fares will be frozen for a second year. She was speaking to Marcus Hale on the Morning Show. Here is a full transcript of the interview.

[07:10] Marcus Hale: Secretary of State, welcome. Good to have you with us.

[07:10] Dana Whitcombe: Good morning, Marcus.

[07:11] Marcus Hale: Commuters have paid more every year for a decade and trains are still late. Why should they believe this freeze lasts?

[07:11] Dana Whitcombe: Because it is paid for. We have set aside the money in the budget and the operators have signed up to it.

[07:12] Marcus Hale: The operators tell me punctuality is getting worse, not better.

[07:12] Dana Whitcombe: Punctuality is improving on most lines, and where it is not we are stepping in.

[07:13] Marcus Hale: Dana Whitcombe, thank you very much.
"""

AND_OUTLET = """Minister's press conference on flood defences

Minister Alan Booth:

Good morning. Today we are publishing the review of last winter's flooding and announcing new money for defences along the river.

Question:

Thank you, Minister. Ruth Calder, Press and Chronicle. When will the new walls be finished in Perth? And who pays for the pumps?

Minister Alan Booth:

The walls will be finished by next autumn, and the pumps are paid for by the government.

Question:

Good morning. Will the review be published in full?

Minister Alan Booth:

Yes, in full, today.
"""

TAKES_QUESTIONS = """Joint press conference on hospital waiting lists

Prime Minister Jane Doyle:

Good afternoon. Waiting lists have fallen for the sixth month in a row, and today we are setting out how we will bring them down further.

I'll now hand over to the Health Secretary.

Tom Varga:

Thank you, Prime Minister. Every trust will now publish its waiting times each week. We'll take questions.

Sara Leigh, ITV:

Prime Minister, the lists are still longer than before the pandemic. When will they be back to normal? And to the Health Secretary, will the weekly figures cost trusts money?

Prime Minister:

By the end of next year. That is the commitment we have made and we will keep it.

Tom Varga:

The weekly figures use data trusts already collect. There is no extra cost to them.
"""

CAPTION_CREDIT = """Talk Radio
Listen Live

'We cannot keep closing wards': Minister questioned by Rachel Moss over winter pressures

By Owen Blake
12 January 2026, 08:40

Facebook  X  WhatsApp  Email

Minister Paul Hendry told the station that the extra beds would open within a month.

Picture: Talk Radio

Health minister Paul Hendry has said the extra winter beds will open within a month, as hospitals across England declared critical incidents.

Speaking to Rachel Moss at Breakfast, Mr Hendry said the money had already been released. Here's what was said.

RACHEL MOSS: Minister, good morning. When will these beds actually open?

PAUL HENDRY: Good morning, Rachel. Within a month. The money has been released to the trusts already.

RACHEL MOSS: A month is a long time in January.

PAUL HENDRY: It is, and that's why we're also paying for extra staff this week.
"""

HEADLINE_OVER_STAMP = """Skip to Main Content
Radio.ca
Menu

Regina
Drought is emptying prairie dugouts. Can farmers keep their herds through summer?

Ranchers are selling cattle early as water runs short

Afternoon Edition · Q&A
Radio News · Posted: Jun 3, 2025 4:30 PM CST | Last Updated: June 3, 2025

Share on Facebook   Share on X   Share by Email

Dry springs have left dugouts across southern Saskatchewan at their lowest level in years, and some ranchers are already hauling water or selling their herds.

Nadia Orr is a range scientist at the University of Regina. She spoke with Afternoon Edition host Leo Burke about what producers can do.

Leo Burke: How bad is it out there?

Nadia Orr: It is as bad as I have seen it. Many dugouts are half empty in June, and they usually fill in April.

Leo Burke: What can ranchers do right now?

Nadia Orr: Test the water first. Low dugouts get salty, and salty water can make cattle sick.
"""

DEK_OVER_CLOCK = """News Channel
Watch Live

Politics

Omar Sadiq: Bus routes "will not be cut" this year

The local government minister said councils would get extra money to keep rural services running.

Monday 2 March 2026 08:05, UK

Share
Why you can trust us

Local Government Minister Omar Sadiq has told the channel that no rural bus routes will be cut this year. He was speaking to Helen Price on the Morning Show. Here is a full transcript.

[07:40] Helen Price: Minister, good morning. Can you promise no routes will close?

[07:40] Omar Sadiq: I can promise that the money is there to keep them running.

[07:41] Helen Price: That isn't a promise.

[07:41] Omar Sadiq: It is as close as anyone can honestly get.
"""


CASES = [
    # The lead names the host ("speaking to Marcus Hale") and the guest, both labelled by
    # their full names: the host asks and the guest answers throughout.
    pytest.param(
        LEAD_NAMES_BOTH,
        1,
        [
            ("other", None),
            ("other", "Marcus Hale"),
            ("answer", "Dana Whitcombe"),
            ("question", "Marcus Hale"),
            ("answer", "Dana Whitcombe"),
            ("question", "Marcus Hale"),
            ("answer", "Dana Whitcombe"),
            ("other", "Marcus Hale"),
        ],
        id="lead_names_host_and_guest",
    ),
    # "Question:" whose reporter names herself and a paper "Press and Chronicle".
    pytest.param(AND_OUTLET, 2, [("question", "Ruth Calder")], id="outlet_joined_by_and"),
    # The second principal opens the floor ("We'll take questions.") and later answers the
    # part of a question put to him.
    pytest.param(
        TAKES_QUESTIONS,
        3,
        [
            ("question", "Sara Leigh"),
            ("answer", "Jane Doyle"),
            ("answer", "Tom Varga"),
        ],
        id="second_principal_takes_questions",
    ),
]

INTROS = [
    pytest.param(CAPTION_CREDIT, "Health minister Paul Hendry", id="caption_blank_picture_credit"),
    pytest.param(HEADLINE_OVER_STAMP, "Dry springs have left", id="asking_headline_over_posted"),
    pytest.param(DEK_OVER_CLOCK, "Local Government Minister Omar", id="dek_over_clocked_date"),
]


def _turns(text: str) -> list:
    doc = PIPE(read_text(text, source="case.txt"))
    return [(s.label, s.attrs["speaker"], doc.span_text(s)) for s in doc.layer("turns")]


@pytest.mark.parametrize(("text", "start", "want"), CASES)
def test_roles_and_speakers(text: str, start: int, want: list) -> None:
    got = [(label, speaker) for label, speaker, _ in _turns(text)]
    assert got[start - 1 : start - 1 + len(want)] == want


@pytest.mark.parametrize(("text", "prefix"), INTROS)
def test_introduction_opens_on_the_lead(text: str, prefix: str) -> None:
    turns = _turns(text)
    assert turns[0][0] == "other" and turns[0][1] is None
    assert turns[0][2].startswith(prefix)
