"""Batch VC VD VE VI VJ (whitehouse.gov, state.gov, the UN noon briefing, CBC, Times Radio): a
press secretary who only opened, then sends the guest principal off in a thanks and one
sentence before her own questions (`other`); a short question on what the answer just meant
("Are you referring to …?") is the called reporter's own; a briefer's answer that ends on
"Yes, <full name>." calls the next asker; a producer's bare credit with the genre's editing
note under the last turn is the page's; a radio host's "Morning to you." greeting is a remark."""

from __future__ import annotations

import pytest

from structure_support import turn_rows

_BRIEFING = (
    "The White House\nBriefings & Statements\n\n"
    "Press Briefing by Press Secretary Karoline Leavitt and {office} {guest}\n"
    "The White House\nFebruary 11, 2026\n\n"
    "James S. Brady Press Briefing Room\n\n1:02 P.M. EST\n\n"
    "MS. LEAVITT: Good afternoon, everybody. The President has asked every agency to help the "
    "states hit by this week's flooding, and federal teams are on the ground in four states. "
    "To walk you through that work, I'm pleased to welcome {office} {guest}. {address}.\n\n"
    "{label}: Thank you, Karoline. Our teams have delivered water, generators and cots to the "
    "shelters, and more are on the way. Happy to take a few questions.\n\n"
    "Q Thank you. How many families are still out of their homes tonight?\n\n"
    "{label}: About eleven thousand, and that number is coming down every day.\n\n"
    "Q Will the federal government cover the whole cost of the cleanup?\n\n"
    "{label}: We are covering the first ninety days in full, and we'll look at it after that.\n"
    "\n"
    "MS. LEAVITT: {send_off}\n\n"
    "Q Karoline, on trade, is the President still planning to sign the order on Friday?\n\n"
    "MS. LEAVITT: He is, and you'll hear from him directly. We'll see you all tomorrow.\n"
)


@pytest.mark.parametrize(
    ("office", "guest", "address", "label", "send_off"),
    [
        (
            "Secretary of Agriculture",
            "Brooke Rollins",
            "Madam Secretary",
            "SECRETARY ROLLINS",
            "Thank you, Madam Secretary. We'll let you get back to work.",
        ),
        (
            "Secretary of Energy",
            "Chris Wright",
            "Mr. Secretary",
            "SECRETARY WRIGHT",
            "Thank you, Mr. Secretary. We appreciate you being here.",
        ),
        (
            "Administrator",
            "Lee Zeldin",
            "Administrator",
            "ADMINISTRATOR ZELDIN",
            "Thanks, Administrator.",
        ),
    ],
)
def test_opening_briefer_sends_guest_off(
    office: str, guest: str, address: str, label: str, send_off: str
) -> None:
    rows = turn_rows(
        _BRIEFING.format(
            office=office, guest=guest, address=address, label=label, send_off=send_off
        )
    )
    sent = [r for r in rows if r[2].startswith(send_off[:12])]
    assert [(r[0], r[1]) for r in sent] == [("other", "Karoline Leavitt")], rows
    # her own questions after it still answer
    assert rows[-1][0] == "answer", rows


_PRESS_AVAIL = (
    "U.S. Department of State\n\n"
    "Secretary Rubio's Remarks to the Press\n\n"
    "REMARKS\nMarco Rubio, Secretary of State\nLima, Peru\nMarch 9, 2026\n\n"
    "SECRETARY RUBIO: Well, thank you all for being here. We had a very productive meeting "
    "with the President this morning on mining, ports and security. I'm happy to take a few "
    "questions.\n\n"
    "MODERATOR: The first question goes to Dana Whitlock from Reuters.\n\n"
    "QUESTION: Thanks, Mr. Secretary. You mentioned ports. Is the United States asking Peru "
    "to limit Chinese investment in the new terminal?\n\n"
    "SECRETARY RUBIO: We're not asking anyone to limit anything. We're asking that countries "
    "understand what comes with some of these deals, because some partners bring debt and "
    "dependence along with the cranes.\n\n"
    "QUESTION: {follow_up}\n\n"
    "SECRETARY RUBIO: I'm referring to anyone who uses infrastructure as leverage.\n\n"
    "MODERATOR: Thank you, everyone. That concludes the press availability.\n"
)


@pytest.mark.parametrize(
    "follow_up",
    [
        "Are you referring to China?",
        "Were you talking about the Chancay port?",
        "Do you mean the state-owned shipping lines?",
    ],
)
def test_clarifying_follow_up_is_the_called_reporters(follow_up: str) -> None:
    rows = turn_rows(_PRESS_AVAIL.format(follow_up=follow_up))
    asked = [(r[0], r[1]) for r in rows if r[0] == "question"]
    assert asked == [("question", "Dana Whitlock"), ("question", "Dana Whitlock")], rows


_NOON = (
    "United Nations\nMeetings Coverage and Press Releases\n\n"
    "Daily Press Briefing by the Office of the Spokesperson for the Secretary-General\n\n"
    "9 March 2026\n\n"
    "The following is a near-verbatim transcript of today's noon briefing by Stéphane "
    "Dujarric, Spokesman for the Secretary-General.\n\n"
    "Good afternoon. Our humanitarian colleagues tell us that aid convoys reached two more "
    "towns in the east of the country this morning, carrying food for thirty thousand people.\n"
    "\n"
    "Question: Steph, on those convoys, did they need an escort from the army?\n\n"
    "Spokesman: They were escorted by peacekeepers, as is usual on that road. {call}\n\n"
    "Question: Thank you. On the budget, how many posts will the Secretariat cut this year?\n\n"
    "Spokesman: The Controller will brief Member States on that next week.\n"
)


@pytest.mark.parametrize(
    ("call", "asker"),
    [
        ("Yes, Karim Haddad.", "Karim Haddad"),
        ("Okay, Maria Lopes.", "Maria Lopes"),
        ("All right, Tom McAllister.", "Tom McAllister"),
    ],
)
def test_answer_ending_on_a_full_name_calls_the_next_asker(call: str, asker: str) -> None:
    rows = turn_rows(_NOON.format(call=call))
    asked = [r[1] for r in rows if r[0] == "question"]
    assert asked == [None, asker], rows


_RADIO_QA = (
    "CBC Radio\nThe Current\n\n"
    "Ferry cuts leave island towns stranded, say mayors\n\n"
    "Matt Galloway spoke with mayor Lise Tremblay about the winter schedule. Here is part of "
    "that conversation.\n\n"
    "MATT GALLOWAY: Lise, what does the new schedule mean for your town?\n\n"
    "LISE TREMBLAY: It means one crossing a day in January, and people miss medical "
    "appointments on the mainland because of it.\n\n"
    "MATT GALLOWAY: The ferry corporation says it has no crews. Is that fair?\n\n"
    "LISE TREMBLAY: They have known about the shortage for three years.\n\n"
    "MATT GALLOWAY: We'll leave it there. Lise Tremblay, thank you.\n\n"
    "{credit}\n\n"
    "Related Stories\n"
    "Ferry operator blames crew shortage for winter cuts\n"
)


@pytest.mark.parametrize(
    "credit",
    [
        "Produced by Ines Colabrese. Q&A edited for length and clarity.",
        "Produced by Kate Swoger. Interview has been condensed for clarity.",
        "Produced by Joana Draghici. Conversation edited for length.",
    ],
)
def test_bare_producer_credit_with_editing_note_is_the_pages(credit: str) -> None:
    rows = turn_rows(_RADIO_QA.format(credit=credit))
    last = rows[-1]
    assert last[1] == "Matt Galloway" and last[2].endswith("Lise Tremblay, thank you."), rows


_TIMES_RADIO = (
    "Times Radio\n\nBreakfast with Stig Abell\n\n"
    "[00:00:03] Stig Abell: {opening}\n\n"
    "[00:00:08] {guest}: Good morning, Stig.\n\n"
    "[00:00:10] Stig Abell: You're announcing more money for rural buses today. Where is it "
    "coming from?\n\n"
    "[00:01:02] {guest}: From savings in the department's own budget, not from fares.\n\n"
    "[00:01:15] Stig Abell: And will the routes that were cut last year come back?\n\n"
    "[00:01:20] {guest}: Some of them will, where councils ask for them.\n\n"
    "[00:01:30] Stig Abell: {guest}, thank you.\n"
)


@pytest.mark.parametrize(
    ("opening", "guest"),
    [
        (
            "It's ten past eight. The Transport Secretary Heidi Alexander is here. Morning to you.",
            "Heidi Alexander",
        ),
        (
            "It's twenty to eight, and with me in the studio is the Chancellor, Rachel Reeves. "
            "Morning to you, Chancellor.",
            "Rachel Reeves",
        ),
        (
            "Half past seven now. Wes Streeting is in our Westminster studio. Evening to you.",
            "Wes Streeting",
        ),
    ],
)
def test_greeting_without_good_is_a_remark(opening: str, guest: str) -> None:
    rows = turn_rows(_TIMES_RADIO.format(opening=opening, guest=guest))
    assert (rows[0][0], rows[0][1]) == ("other", "Stig Abell"), rows
