# ruff: noqa: E501  (the case texts are pages, one paragraph a line)
"""Small cases for Session 27 round two, batch MP–MW (roles and metadata): a press release's
dateline opening its lead ("GENEVA, 13 March 2026 – Transcript of …") dates the page, and names
its town when the cover's own date line sits above it; a capitals dateline closing on the colon
that hands over to the questions ("KOLKATA: … Excerpts:") names the town; so does a place line of a town opening on "The" over its country, "the" in
lower case ("The Hague, the Netherlands"); a UN briefing's
moderator who looks for questions ("Let me see if there are questions in the room.") and
thanks the briefer last but one, before the briefer's brief thanks back, chairs (``other``);
a show's tease before its title music, the host bringing the guest on after it, is ``other``."""

import pytest

from structure_support import run, turn_rows

_RELEASE = """World Health Organization
Home > Newsroom > Transcripts

Measles outbreaks strain health systems – WHO press briefing transcript

{dateline} Transcript of remarks by Dr Amina Said, WHO Regional Director, speaking at the regular press briefing, and of the questions that followed.

Moderator: Good morning. Dr Said, the floor is yours.

Amina Said: Thank you. Cases have tripled since last spring, and vaccination has fallen.

Journalist: Which countries are worst hit?

Amina Said: Five countries account for most of the cases.
"""

_COVER_DATED = """Pan-African Parliament
Press Releases

Transcript: Press briefing by the President of the Parliament on the budget session
April 14, 2026

{dateline} The President of the Parliament, Hon. Chief Fortune Charumbira, today briefed the media at the Parliament's seat on the outcome of the budget session.

Moderator: Good afternoon, colleagues. President, you have the floor.

Fortune Charumbira: Thank you. The session adopted the budget for the coming year.

Journalist: When will the new committees start work?

Fortune Charumbira: Next month.
"""

_COLON_LEAD = """The Daily Chronicle
City   Chennai News
'The new bridge will open before the monsoon'
Priya Raman / Updated: Mar 3, 2026, 06:10 IST
CHENNAI: The city's corporation is racing to finish the Adyar bridge before the monsoon, while residents in Chennai have raised concerns about traffic. Commissioner Arun Kumar spoke to us about deadlines and costs. Excerpts:

When will the bridge open?

Before the monsoon. The deck is complete and the approach roads are being laid.

Will tolls be charged?

No. The bridge is funded by the state government.
"""

_TRIBUNAL = """Special Tribunal for Lebanon
Press Office

Press conference: the Registrar on the Tribunal's archives
{town}
14 May 2026

Spokesperson: Good afternoon. The Registrar will make a statement, then take questions.

Registrar: Thank you. The archives will be handed over to the United Nations this year.

Journalist: Where will they be kept?

Registrar: In a secure facility.
"""

_UN_BRIEFING = """GENEVA, 10 April 2026 – Transcript of remarks by Tomas Berg, UNHCR Representative, speaking at the regular press briefing.

Maria Lopez, Chief, UN Information Service: Good morning and welcome to this briefing. We have with us, from Amman, Tomas Berg, UNHCR Representative in Jordan. Tomas, the floor is yours.

Tomas Berg, UNHCR Representative: Thank you, Maria. Funding for refugees in Jordan has fallen by a third this year, and we have had to cut cash assistance for many families.

Maria Lopez: Thank you very much, Tomas. Let me see if there are questions in the room. Yes, please.

Journalist: Pierre Martin, Le Temps. How many families lose assistance this month?

Tomas Berg: About 30,000 families, mostly in the cities.

Maria Lopez: Thank you. I have a question online. Anna, please.

Journalist: Anna Weber, DPA. Are returns to Syria increasing?

Tomas Berg: Yes, slowly, and we support those who choose to go.

Maria Lopez: Thank you very much, Tomas, for this briefing and for your work. We will share your notes with the journalists.

Tomas Berg: Thank you, Maria. Thank you all.
"""


_TEASE = """ARNOTT: This week on "The Long View." She ran the state's water board through three droughts, and now the governor wants her to ration farms. Can she persuade the growers who elected him?

[ Theme music plays ]

ARNOTT: Director Laura Pike, welcome to "The Long View."

PIKE: Thank you, Dan. It's good to be here.

ARNOTT: Let's start with the reservoirs. How low are they?

PIKE: Lower than at any point since records began.
"""


@pytest.mark.parametrize(
    ("text", "date", "place"),
    [
        (
            _RELEASE.format(dateline="GENEVA, 13 March 2026 –"),
            "2026-03-13",
            "Geneva",
        ),
        (
            _RELEASE.format(dateline="Nairobi, Kenya, March 2, 2026 —"),
            "2026-03-02",
            "Nairobi",
        ),
        (
            _COVER_DATED.format(dateline="Midrand, South Africa, 14 April 2026 –"),
            "2026-04-14",
            "Midrand",
        ),
        (_COLON_LEAD, "2026-03-03", "Chennai"),
        (_TRIBUNAL.format(town="The Hague, the Netherlands"), "2026-05-14", "The Hague"),
        (_TRIBUNAL.format(town="The Hague, the Netherlands."), "2026-05-14", "The Hague"),
    ],
)
def test_release_dateline_dates_and_places(text: str, date: str, place: str) -> None:
    meta = run(text).meta
    assert (meta.date, meta.place) == (date, place)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            _UN_BRIEFING,
            [
                ("other", "Maria Lopez"),
                ("statement", "Tomas Berg"),
                ("other", "Maria Lopez"),
                ("question", "Pierre Martin"),
                ("answer", "Tomas Berg"),
                ("other", "Maria Lopez"),
                ("question", "Anna Weber"),
                ("answer", "Tomas Berg"),
                ("other", "Maria Lopez"),
                ("answer", "Tomas Berg"),
            ],
        ),
        (
            _TEASE,
            # (the host's bare surname label takes the given name the guest thanks him by:
            # "Thank you, Dan.")
            [
                ("other", "Dan Arnott"),
                ("other", "Dan Arnott"),
                ("answer", "Laura Pike"),
                ("question", "Dan Arnott"),
                ("answer", "Laura Pike"),
            ],
        ),
    ],
)
def test_moderator_and_tease_roles(text: str, want: list[tuple[str, str]]) -> None:
    rows = [(label, speaker) for label, speaker, _ in turn_rows(text)]
    # (the dateline lead is the page's own row)
    assert [r for r in rows if r[1] is not None] == want
