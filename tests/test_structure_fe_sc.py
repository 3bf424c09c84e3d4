"""Round 56, batch SC: a GPO contents' unstyled witness entry, a lead's moderator in apposition,
a short "And …?" follow-up with an initial's stop, and the Commons page's member lines with a
"Share" row, its clock and a long post over its holder in brackets."""

from __future__ import annotations

import pytest

from structure_support import turn_rows

GPO_WITNESS = (
    "[House Hearing, 119 Congress]\n[From the U.S. Government Publishing Office]\n\n\n\n"
    "                 MODERNIZING THE NATION'S WATER SYSTEMS\n\n"
    "=======================================================================\n\n"
    "                                HEARING\n\n"
    "                               BEFORE THE\n\n"
    "              SUBCOMMITTEE ON WATER RESOURCES AND ENVIRONMENT\n\n"
    "                            C O N T E N T S\n\n"
    "                                                                   Page\n"
    "Statement of Members:\n"
    "    Collins, Hon. Mike, Chairman, Subcommittee on Water Resources \n"
    "      and Environment............................................     1\n"
    "Statement of Witnesses:\n"
    "    Okafor, Grace, General Manager, Lakeshore Regional Water \n"
    "      Authority..................................................     4\n"
    "    Brandt, Peter, Executive Director, Rural Water Coalition......     7\n\n"
    "    The subcommittee met, pursuant to call, at 10 a.m., in \n"
    "Room 2167, Rayburn House Office Building, Hon. Mike Collins \n"
    "[chairman of the subcommittee] presiding.\n"
    "    Mr. Collins. The subcommittee will come to order. Ms. Okafor, \n"
    "you are recognized.\n"
    "    Ms. Okafor. Thank you, Mr. Chairman. Our pipes are ninety years \n"
    "old and we replace one percent a year.\n"
    "    Mr. Collins. Thank you. Mr. Brandt.\n"
    "    Mr. Brandt. Thank you. Small systems cannot borrow at all.\n"
    "    Mr. Collins. How long would it take to replace them?\n"
    "    Ms. Okafor. About forty years at today's funding.\n"
)
LEAD_MODERATOR = (
    "Address by the President of Ukraine at the Baltic Security Forum and conversation "
    "with the moderator\n12 May 2026 - 11:05\n\n"
    "The President of Ukraine addressed the Baltic Security Forum in Riga and answered "
    "questions from the moderator, Latvian broadcaster Marta Ozola.\n\n"
    "Volodymyr Zelenskyy: Dear friends! Thank you for the invitation. We need more air "
    "defence for our cities.\n\n"
    "Moderator: Mr President, thank you. What do you expect from the summit?\n\n"
    "Volodymyr Zelenskyy: Decisions, not words. We need them now.\n\n"
    "Moderator: And what about the sanctions on the shadow fleet?\n\n"
    "Volodymyr Zelenskyy: They must be tougher. Every tanker is money for the war.\n"
)
AND_FOLLOW_UP = (
    "Department Press Briefing – March 3, 2026\nTommy Pigott, Principal Deputy Spokesperson\n"
    "Washington, DC\n\n"
    "MR PIGOTT: Good afternoon. I'll go straight to your questions.\n\n"
    "QUESTION: Hi, Tommy. Laura Bennett with Bloomberg. On Sudan, are the talks in Jeddah "
    "going ahead next week?\n\n"
    "MR PIGOTT: We expect them to, and we're in close touch with both delegations.\n\n"
    "QUESTION: And will the U.S. envoy attend them in person?\n\n"
    "MR PIGOTT: He will. He leaves on Sunday.\n\n"
    "QUESTION: On Venezuela, is there any change to the licenses?\n\n"
    "MR PIGOTT: Nothing to announce today.\n"
)
COMMONS_SHARE_ROW = (
    "Hansard\nUK Parliament\nHospital Car Parking Charges\n"
    "Volume 782: debated on Wednesday 18 March 2026\n\n"
    "4.30 pm\n"
    "Anna Sabine (Frome and East Somerset) (LD)ExcerptsShare\n"
    "I beg to move,\n"
    "That this House has considered hospital car parking charges.\n\n"
    "Patients in rural areas have no bus to the hospital and pay to park every visit.\n\n"
    "Mr Mark Francois (Rayleigh and Wickford) (Con)\nShare\n"
    "Does the hon. Lady accept that staff should never pay to park at work?\n\n"
    "Anna Sabine\nShare\n"
    "I do, and I thank the right hon. Gentleman for that intervention.\n\n"
    "4.52 pm\n"
    "The Parliamentary Under-Secretary of State for Health and Social Care (Ashley Dalton)"
    "ExcerptsShare\n"
    "I congratulate the hon. Member on securing this debate.\n\n"
    "Anna Sabine\nShare\n"
    "Will the Minister write to every trust about disabled parking?\n\n"
    "Ashley Dalton\nShare\n"
    "I will write to the trusts this week.\n"
)


def _speaker_of(rows: list[tuple[str, str | None, str]], words: str) -> str | None:
    return next(sp for _, sp, body in rows if body.lstrip().startswith(words))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            GPO_WITNESS,
            {
                "Thank you, Mr. Chairman. Our pipes": "Grace Okafor",
                "Thank you. Small systems": "Peter Brandt",
                "About forty years": "Grace Okafor",
            },
        ),
        (
            LEAD_MODERATOR,
            {
                "Mr President, thank you.": "Marta Ozola",
                "And what about the sanctions": "Marta Ozola",
            },
        ),
        (
            AND_FOLLOW_UP,
            {
                "Hi, Tommy. Laura Bennett": "Laura Bennett",
                "And will the U.S. envoy": "Laura Bennett",
            },
        ),
        (
            COMMONS_SHARE_ROW,
            {
                "I beg to move,": "Anna Sabine",
                "Does the hon. Lady accept": "Mark Francois",
                "I do, and I thank": "Anna Sabine",
                "I congratulate the hon. Member": "Ashley Dalton",
                "Will the Minister write": "Anna Sabine",
                "I will write to the trusts": "Ashley Dalton",
            },
        ),
    ],
    ids=["gpo-unstyled-witness", "lead-moderator-apposition", "and-follow-up-initials", "commons"],
)
def test_batch_sc_speakers(text: str, expected: dict[str, str]) -> None:
    rows = turn_rows(text)
    for words, speaker in expected.items():
        assert _speaker_of(rows, words) == speaker, (words, rows)


def test_commons_member_lines_are_turns_not_furniture() -> None:
    """Each member line opens one turn; the "Share" row is no one's words."""
    rows = turn_rows(COMMONS_SHARE_ROW)
    spoken = [r for r in rows if r[1]]
    assert len(spoken) == 6
    assert not any(body.lstrip().startswith("Share") for _, _, body in rows)
