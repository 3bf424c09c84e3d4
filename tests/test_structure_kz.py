"""Small cases for batch KZ (English broadcast and briefing pages): a reporter who first
addresses the briefer by the first name ("Kingsley, Priya Raman, Reuters.") or apologises
before the office ("Sorry, Ambassador, Farah Haddad from Asharq.") still says who asks; npr.org's
photo caption over its "Name/AP" credit and "hide caption" buttons is the page's, no turn; the
next segment's opening after a "(COMMERCIAL BREAK)", cut short by the page, asks nothing; a
gov.uk "Location: UN Security Council, New York" field gives New York."""

import pytest

from structure_support import run, turn_rows

_BRIEFING = (
    "Deputy Pentagon Press Secretary Jane Hollis Holds a Press Briefing\n"
    "April 8, 2025 |\n"
    "DEPUTY PRESS SECRETARY JANE HOLLIS: Good afternoon, everyone. A few announcements before I "
    "take your questions. The first two batteries will arrive by the end of the month.\n"
    "Q: Thank you, Jane. Tom Reyes, Defense One. How many incursions has the command recorded?\n"
    "MS. HOLLIS: I'm not going to get into specific numbers from the podium.\n"
    "Q: {opening} The Secretary's trip to Asia next week, will he meet his counterpart?\n"
    "MS. HOLLIS: We'll have more on the Secretary's travel closer to the trip.\n"
)


@pytest.mark.parametrize(
    ("opening", "asker"),
    [
        ("Jane, Priya Raman, Reuters.", "Priya Raman"),
        ("Jane, Omar Haddad with Al-Monitor.", "Omar Haddad"),
        ("Sorry, Admiral, Priya Raman, Reuters.", "Priya Raman"),
        # (an opening word that addresses no one, and no outlet: nobody named)
        ("Now, Priya Raman said earlier that it was off.", None),
        ("Jane, Admiral Dong, the Chinese minister, said no.", None),
    ],
)
def test_first_name_or_apology_before_self_introduction(opening: str, asker: str | None) -> None:
    rows = turn_rows(_BRIEFING.format(opening=opening))
    questions = [r[1] for r in rows if r[0] == "question"]
    assert questions == ["Tom Reyes", asker]


_STAKEOUT = (
    "Speech\n"
    "UK remarks at the Security Council media stakeout\n"
    "Remarks by Ambassador Fergus Aldridge, UK Deputy Permanent Representative to the UN, at "
    "the Security Council media stakeout.\n"
    "From: Foreign, Commonwealth & Development Office and Fergus Aldridge\n"
    "Published 27 March 2025\n"
    "Location: {location}\n"
    "Delivered on: 27 March 2025 (Transcript of the speech, exactly as it was delivered)\n"
    "Good afternoon. We've just come out of consultations on Sudan. The picture is appalling.\n"
    "Journalist: Ambassador, thank you. Is the UK going to put forward a new resolution?\n"
    "Ambassador Aldridge: We are talking to all Council members.\n"
    "Journalist: Sorry, Ambassador, Farah Haddad from Asharq. Did the UK raise that directly?\n"
    "Ambassador Aldridge: We raise the flow of arms to Sudan with every country.\n"
)


@pytest.mark.parametrize(
    ("location", "place"),
    [
        ("UN Security Council, New York", "New York"),
        ("European Council, Brussels", "Brussels"),
    ],
)
def test_stakeout_council_location_and_apologising_asker(location: str, place: str) -> None:
    text = _STAKEOUT.format(location=location)
    assert run(text).meta.place == place
    rows = turn_rows(text)
    assert [r[1] for r in rows if r[0] == "question"] == [None, "Farah Haddad"]


_NPR = (
    "NPR\n"
    "Weather offices lose staff just as tornado season begins\n"
    "March 20, 2025 4:18 PM ET\n"
    "Heard on All Things Considered\n"
    "Transcript\n"
    "{caption}\n"
    "Chase Bowers/AP\n"
    "hide caption\n"
    "toggle caption\n"
    "Chase Bowers/AP\n"
    "MARY LOUISE KELLY, HOST:\n"
    "Spring storm season is here, and some forecasters are gone. Josh, how big are these gaps?\n"
    "JOSH HARTMAN, BYLINE: Pretty big in some places, Mary Louise. Eight offices lack staff.\n"
    "KELLY: What is the agency saying about why this is happening?\n"
    "HARTMAN: The Commerce Department says the cuts are part of a broader effort.\n"
)


@pytest.mark.parametrize(
    "caption",
    [
        "A tornado approaches farmland near Hutchinson, Kan., in May 2024.",
        "Forecasters watch radar screens at the weather service office in Dodge City, Kan.",
    ],
)
def test_npr_caption_widget_over_host_label_is_no_turn(caption: str) -> None:
    rows = turn_rows(_NPR.format(caption=caption))
    assert [(r[0], r[1]) for r in rows] == [
        ("question", "Mary Louise Kelly"),
        ("answer", "Josh Hartman"),
        ("question", "Mary Louise Kelly"),
        ("answer", "Josh Hartman"),
    ]


_CNN = (
    "THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.\n"
    "CHRISTIANE AMANPOUR, CNN INTERNATIONAL HOST: Hello, everyone. Helen Marwick, welcome to "
    "the program. Is crisis the right word?\n"
    "HELEN MARWICK, DIRECTOR, GLOBAL WATER INSTITUTE: Thank you, Christiane. No, it is not "
    "alarmist at all.\n"
    "AMANPOUR: And the farmers? Agriculture uses, what, 70 percent?\n"
    "MARWICK: About 70 percent globally, yes.\n"
    "AMANPOUR: Helen Marwick, thank you so much for joining us.\n"
    "MARWICK: Thank you, Christiane.\n"
    "{between}\n"
    "[13:10:00]\n"
    "AMANPOUR: {last}\n"
    "TOPICS: WATER; DROUGHT\n"
)


@pytest.mark.parametrize(
    ("between", "last", "label"),
    [
        ("(COMMERCIAL BREAK)", "Now, Chile has been in a mega-drought for 15 years...", "other"),
        ("[BREAK]", "Now, Chile has been in a mega-drought for 15 years --", "other"),
        # (a question after the break still asks)
        ("(COMMERCIAL BREAK)", "Now, has Chile been in a mega-drought for 15 years?", "question"),
    ],
)
def test_cut_short_segment_after_break_asks_nothing(between: str, last: str, label: str) -> None:
    rows = turn_rows(_CNN.format(between=between, last=last))
    assert rows[-1][:2] == (label, "Christiane Amanpour")
