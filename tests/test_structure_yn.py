"""Check Y, batch XG XM XH: a "By: Name" byline whose writer also signs the photo caption
("© Name, OUTLET"), a DW-style "Interview: Name" credit over the date line, and a UN verbatim
record's roster naming its President by courtesy title and surname alone."""

from __future__ import annotations

import pytest

from structure_support import turn_rows

# A broadcaster's web Q&A: plain questions, the byline written "By: Name", the same writer
# credited under the photo, the lead saying the outlet spoke to the guest.
_PLAIN_QA = (
    "{outlet}\nLive\nLatest\nEurope\n\n"
    "Interview\n\n"
    "{headline}\n\n"
    "{deck}\n\n"
    "Issued on: 14/02/2026 - 09:10\n\n"
    "By: {writer}\n\n"
    "{guest} at the harbour in {town}, on February 9, 2026. © {writer}, {outlet}\n\n"
    "{context} {outlet} spoke to {guest_surname} in {town}.\n\n"
    "How much of the catch have you lost this winter?\n\n"
    "Almost half, and the boats still have to go out. The fuel does not get cheaper because "
    "the nets come back empty.\n\n"
    "Will the new quotas change that?\n\n"
    "Perhaps a little. But the quotas were written far from here, by people who never saw a "
    "winter on this coast.\n\n"
    "What would you tell the minister?\n\n"
    "Come and spend a week on a boat. Then we can talk about the rules.\n"
)


@pytest.mark.parametrize(
    ("outlet", "writer", "guest", "guest_surname", "town", "headline", "deck", "context"),
    [
        (
            "FRANCE 24",
            "Margaux Lefebvre",
            "Yannick Le Goff",
            "Le Goff",
            "Douarnenez",
            "'The sea is not empty, the rules are': Breton fishermen and the quotas",
            "As Brussels cuts the quotas again, fisherman Yannick Le Goff explains why the ports "
            "of Brittany feel forgotten.",
            "The EU cut the sardine quota by a fifth this year.",
        ),
        (
            "RFI",
            "Hugo Marchand",
            "Soline Arrighi",
            "Arrighi",
            "Bastia",
            "'We fish less and earn less': Corsica's small boats",
            "Fisherwoman Soline Arrighi explains why the island's small boats are struggling.",
            "Corsica's small-boat fleet has halved in twenty years.",
        ),
    ],
)
def test_by_colon_byline_writer_asks(
    outlet: str,
    writer: str,
    guest: str,
    guest_surname: str,
    town: str,
    headline: str,
    deck: str,
    context: str,
) -> None:
    text = _PLAIN_QA.format(
        outlet=outlet,
        writer=writer,
        guest=guest,
        guest_surname=guest_surname,
        town=town,
        headline=headline,
        deck=deck,
        context=context,
    )
    rows = [r for r in turn_rows(text) if r[0] in ("question", "answer")]
    questions = [r for r in rows if r[0] == "question"]
    assert len(questions) == 3
    assert all(r[1] == writer for r in questions)


# A broadcaster's interview page: the credit "Interview: Name" alone over the date line, the
# lead saying the guest tells the outlet, the outlet's label asking.
_CREDIT_PAGE = (
    "Skip to content\nSkip to main menu\n\n"
    "Germany\nBusiness\nClimate\n\n"
    "{headline}\n\n"
    "Interview: {writer}\n"
    "02/18/2026February 18, 2026\n\n"
    "{lead}\n\n"
    "Advertisement\n\n"
    "{label}: {salutation}, the winter was the wettest in decades. What did it mean for you?\n\n"
    "{guest_label}: It meant weeks without work. The fields were under water until March.\n\n"
    "{label}: Is this the new normal?\n\n"
    "{guest_label}: The models say it is. We cannot plan as if it were an exception.\n\n"
    "{label}: Should the state pay for the losses?\n\n"
    "{guest_label}: The state should share the risk, yes. Nobody else can carry it.\n\n"
    "{label}: Thank you very much for this interview.\n\n"
    "{guest_label}: Thank you.\n"
)


@pytest.mark.parametrize(
    ("writer", "guest", "guest_label", "label", "salutation", "headline", "lead"),
    [
        (
            "Jonas Hellwig",
            "Karin Obermeier",
            "Obermeier",
            "DW",
            "Mrs. Obermeier",
            "Flooded fields: 'We cannot plan for exceptions anymore'",
            "Farmers in Bavaria lost a season to the rain. Farmers' union head Karin Obermeier "
            "tells DW why the state must share the risk.",
        ),
        (
            "Lea Sommer",
            "Tobias Brandauer",
            "Tobias Brandauer",
            "DW",
            "Mr. Brandauer",
            "Wet winter: 'The state should share the risk'",
            "Vintner Tobias Brandauer tells DW what the rain meant for the Moselle.",
        ),
    ],
)
def test_interview_credit_over_date_is_the_asker(
    writer: str,
    guest: str,
    guest_label: str,
    label: str,
    salutation: str,
    headline: str,
    lead: str,
) -> None:
    text = _CREDIT_PAGE.format(
        writer=writer,
        guest=guest,
        guest_label=guest_label,
        label=label,
        salutation=salutation,
        headline=headline,
        lead=lead,
    )
    rows = [r for r in turn_rows(text) if r[1] in (writer, guest)]
    assert [r[1] for r in rows[:6]] == [writer, guest] * 3
    assert [r[0] for r in rows[:6]] == ["question", "answer"] * 3


# A UN verbatim record whose roster names the President by courtesy title and surname only.
_RECORD = (
    "United Nations S/PV.{number}\n\n"
    "Security Council\nEighty-first year\n\n"
    "{number}th meeting\nTuesday, 10 March 2026, 3 p.m.\nNew York\n\n"
    "President: {president}  . . . . . . . . . . . . . . . . ({country})\n\n"
    "Members: Bahrain . . . . . . . . . . . . . . Mr. Al-Rowaiei\n"
    "France . . . . . . . . . . . . . . . . Mr. Dharmadhikari\n\n"
    "Agenda\nThe situation in the Great Lakes region\n\n"
    "The meeting was called to order at 3.05 p.m.\n\n"
    "The President: In accordance with rule 39 of the Council's provisional rules of "
    "procedure, I invite Mr. Oumar Diallo, Special Envoy of the Secretary-General, to "
    "participate in this meeting. I give the floor to Mr. Diallo.\n\n"
    "Mr. Diallo: Mr. President, the situation in the region remains fragile, and the "
    "ceasefire is holding only in part.\n\n"
    "The President: I thank Mr. Diallo for his briefing. I now give the floor to those "
    "Council members who wish to make statements.\n\n"
    "Mr. Dharmadhikari: France thanks the Special Envoy and supports his efforts.\n\n"
    "The President: I shall now make a statement in my capacity as the representative of "
    "{country}. We support the Envoy.\n\n"
    "The meeting rose at 4.10 p.m.\n"
)


@pytest.mark.parametrize(
    ("number", "president", "country"),
    [("10140", "Mr. Sekeris", "Greece"), ("10152", "Ms. Lindqvist", "Sweden")],
)
def test_un_roster_surname_president(number: str, president: str, country: str) -> None:
    text = _RECORD.format(number=number, president=president, country=country)
    rows = turn_rows(text)
    chair = [r for r in rows if r[2].startswith(("In accordance", "I thank Mr.", "I shall"))]
    assert len(chair) == 3
    assert all(r[1] == president for r in chair)
