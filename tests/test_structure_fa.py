"""Round 56, batch RV RW: an edition-coded masthead's outlet label under a byline set over the
site's domain and an ISO stamp; follow-ups after a named reporter ("And on X --", "So …?"); an
Irish surname's "O'" in a self-introduction; page furniture under the last answer (a video
box's "Check out what's …" plug, an agency's "More on topic" box) and a caption's slash credit
over the lead (short realistic snippets, variants of the batch's layouts)."""

from __future__ import annotations

import pytest

from structure_support import turn_rows as turns

EDITION_MASTHEAD = """LRT EN
News   Lithuania   World   Business   Culture
Search

Latvian port chief in Riga: "We are moving cargo north because the east is closed"

Jānis Bērziņš
www.lrt.lt
2025-11-03 09:40

Copy link   Facebook   X   LinkedIn

Latvian port operators have shifted much of their transit business to Nordic routes since \
sanctions closed the eastern corridor, Freeport of Riga chief Edgars Ozols told LRT at a \
logistics forum in Riga this week.

LRT: How much cargo have you lost since the eastern routes closed?

Edgars Ozols: Roughly a third of the volume we handled five years ago. But the value per tonne \
has gone up.

LRT: Where does the new cargo come from?

Edgars Ozols: Finland and Sweden, mostly, and containers for the Baltic states themselves.

LRT: Thank you for the interview.

Edgars Ozols: Thank you.
"""


def test_edition_masthead_outlet_label_asks_as_the_byline_writer() -> None:
    got = turns(EDITION_MASTHEAD)
    askers = {who for label, who, _ in got if label in ("question", "other") and who}
    assert askers == {"Jānis Bērziņš"}
    assert next(who for label, who, _ in got if label == "answer") == "Edgars Ozols"


BRIEFING_AND_ON_DASH = """MS HARRIS:  Thank you all for coming.  The Secretary will say a few \
words and then take questions.

SECRETARY GRANT:  Thanks.  We signed an agreement today on port security with Norway that lets \
our coast guards share radar data.  Happy to take a few questions.

MS HARRIS:  First question goes to Dana Whitfield from Reuters.

QUESTION:  Thanks, Mr. Secretary.  Does the agreement cover Svalbard, and will US ships call \
there more often?

SECRETARY GRANT:  It covers the waters around Norway as Norway defines them.  I won't get into \
port calls.

QUESTION:  And on Svalbard -- the Russian embassy said this week the deal "militarizes" the \
archipelago.  Is that fair?

SECRETARY GRANT:  No.  It's a data-sharing agreement, and it's been in the works for years.
"""


def test_and_on_double_hyphen_follow_up_of_the_called_reporter() -> None:
    got = turns(BRIEFING_AND_ON_DASH)
    questions = [who for label, who, _ in got if label == "question"]
    assert questions == ["Dana Whitfield", "Dana Whitfield"]


SO_FOLLOW_UP = """MS. PRICE: Good afternoon. Just one announcement before we take questions. The \
Secretary travels to Brussels tomorrow for the ministerial.

Q: Hi, Maria Costa with Defense News. There's a report that the Navy is delaying the frigate \
program by a year. Can you confirm that?

MS. PRICE: I'd refer you to the Navy on the schedule. The Secretary wants the program right, \
not fast.

Q: So is there a delay?

MS. PRICE: Again, I'd refer you to the Navy.
"""


def test_so_short_follow_up_after_self_introduced_reporter() -> None:
    got = turns(SO_FOLLOW_UP)
    questions = [who for label, who, _ in got if label == "question"]
    assert questions == ["Maria Costa", "Maria Costa"]


IRISH_SURNAME = """MS. LEAVITT:  Good afternoon, everybody.  The Secretary of Labor is here to \
talk about apprenticeships.  Madam Secretary.

SECRETARY CHAVEZ:  Thank you, Karoline.  Today we are announcing a million new apprenticeship \
slots over four years.  Happy to take a few questions.

Q  Thank you, Madam Secretary.  Which states go first, and when?

SECRETARY CHAVEZ:  Ohio, Michigan and Arizona, starting in June.

Q  Secretary, Sean O'Malley, NBC.  Unions say the new slots bypass registered programs.  How \
do you answer that?

SECRETARY CHAVEZ:  Sean, every slot is in a registered program.  That's in the order.
"""


def test_vocative_then_irish_surname_self_introduction() -> None:
    got = turns(IRISH_SURNAME)
    assert [who for label, who, _ in got if label == "question"] == [None, "Sean O'Malley"]


VIDEO_BOX_PLUG = """MARTHA MACCALLUM, FOX NEWS ANCHOR: Joining me now, Commerce Secretary Jane \
Doe. Madam Secretary, thanks for being here.

JANE DOE, COMMERCE SECRETARY: Good to be with you, Martha.

MACCALLUM: Are the new chip rules going to slow exports?

DOE: Not in any way that matters. Our allies have the same rules.

MACCALLUM: Madam Secretary, thank you.

DOE: Thank you, Martha.

CLICK HERE TO GET THE FOX NEWS APP

Content and Programming Copyright 2025 Fox News Network, LLC. ALL RIGHTS RESERVED. Copyright \
2025 VIQ Media Transcription, Inc. All materials herein are protected by United States \
copyright law and may not be reproduced, distributed, transmitted, displayed, published or \
broadcast without the prior written permission of VIQ Media Transcription, Inc. You may not \
alter or remove any trademark, copyright or other notice from copies of the content.

Related Topics
Business   Technology   Politics

Fox Business Flash top headlines are here. Check out what's clicking on FoxBusiness.com.
"""


def test_video_box_plug_under_topics_is_no_answer() -> None:
    got = turns(VIDEO_BOX_PLUG)
    assert got[-1][1] == "Jane Doe"
    assert got[-1][2] == "Thank you, Martha."


MORE_ON_TOPIC = """Russian Ambassador to Vietnam Oleg Petrov spoke in an interview with TASS \
about trade, energy and tourism between the two countries.

TASS: Mr. Ambassador, how is trade developing?

Petrov: Trade grew by a fifth last year, and the share of national currencies keeps rising.

TASS: And tourism?

Petrov: Very well. Direct flights to Nha Trang have resumed, and hotels are full.

Tags
Russia   Vietnam   Oleg Petrov

More on topic
Russia, Vietnam sign oil and gas agreement in Hanoi — Energy Ministry
"""


def test_more_on_topic_box_is_no_answer() -> None:
    got = turns(MORE_ON_TOPIC)
    assert got[-1][2].endswith("hotels are full.")


@pytest.mark.parametrize(
    "credit",
    ["Marco Ruiz/AP", "Anna Berg/EPA"],
)
def test_caption_over_slash_credit_is_no_intro(credit: str) -> None:
    text = f"""Skip to main content
NPR
  News  Culture  Music  Podcasts & Shows  Search

Climate
Washington's governor says new flood maps won't raise your premiums. Insurers doubt it
March 3, 20264:12 PM ET
Heard on All Things Considered

Juana Summers

  Listen · 5:12
  5-Minute Listen
  Playlist
  Transcript
  Download
  Embed

Washington Gov. Bob Ferguson speaks at a news conference in Olympia, Wash., on Feb. 4, 2026.
{credit}

Washington has drawn a statewide flood map once before. The new version comes out next month. \
Gov. Bob Ferguson tells NPR it will be different.

JUANA SUMMERS, HOST:

Two years ago, Washington published a flood map that put thousands of homes in the highest \
risk zone. Premiums went up and the state withdrew it. Governor, welcome to ALL THINGS CONSIDERED.

BOB FERGUSON: Thanks, Juana.

SUMMERS: What is different about this map?

FERGUSON: It was made with the people who live there.
"""
    got = turns(text)
    assert got[0][0] == "other"
    assert got[0][2].startswith("Washington has drawn")
