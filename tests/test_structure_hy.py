"""Government pages in English (batch HY): a presidency's "More news" box and address line
under the last answer, a lead that names its moderator in a later sentence, a portfolio's last
word before a minister's name, a reporter's "X agency" introduction, an agency's masthead and
its "Speaking to <agency>, Minister X …" lead, a bracketed photo caption under the last answer,
and a numbered question run on after an answer's last sentence."""

from __future__ import annotations

import pytest

from structure_support import turn_rows as turns

CASES = [
    (
        # "More news" over headline links and the office's address line: trailing, no words.
        "OFFICE OF THE PRESIDENT\nHome / Press releases\nPresident Horvat addresses the media\n"
        "Zagora, 3 March 2025\n\nPRESIDENT IVAN HORVAT: Good afternoon. I am ready for your "
        "questions.\n\nQUESTION (TV1): When will the bridge open?\n\nPRESIDENT HORVAT: In "
        "June, as planned. Thank you all very much.\n\nTags:   Ivan Horvat   Bridge\n\nMore news\n"
        "President Horvat receives ambassadors\nPresident Horvat visits the port\n\n"
        "Office of the President   Main Square 1, 10000 Zagora\nCopyright © 2025 president.zg\n",
        -1,
        ("answer", "Ivan Horvat", "Thank you all very much."),
    ),
    (
        # The lead tells of the event, then who moderated it: an intro turn, not a header field.
        "Government of the Republic\nPress conference after the Government meeting, 14 April "
        "2025\n\nPrime Minister Jan Novak and Minister of Finance Petra Dvorak informed the "
        "media about the outcome of today's Government meeting. The press conference was "
        "moderated by Government Spokesperson Eva Svoboda.\n\nModerator: Good afternoon. "
        "Prime Minister, please.\n\nJan Novak, Prime Minister: Good afternoon. We approved the "
        "budget.\n\nModerator: Questions now. Radio One.\n\nQuestion (Radio One): Is the "
        "deficit final?\n\nJan Novak: It is.\n",
        0,
        ("other", None, "Government Spokesperson Eva Svoboda."),
    ),
    (
        # "Minister of Foreign Affairs and Expatriates Karim Haddad": the portfolio's last word
        # is no given name; "… and Cooperation José Luis Marín" beside the lead's "Minister
        # of Foreign Affairs José Luis Marín": both given names.
        "Ministry of Foreign Affairs\nJoint press conference of Minister of Foreign Affairs "
        "and Expatriates Karim Haddad and Minister of Foreign Affairs, European Union and "
        "Cooperation José Luis Marín\n\nMinister of Foreign Affairs and Expatriates Karim "
        "Haddad and Spanish Minister of Foreign Affairs José Luis Marín held talks in Amman "
        "today, followed by a joint press conference.\n\nFM Haddad: I welcome my friend, "
        "Minister José Luis Marín, to Amman.\n\nFM Marín: Thank you, dear Karim.\n\n"
        "Question: Will you meet again?\n\nFM Haddad: Yes.\n\nFM Marín: Soon.\n",
        slice(1, 3),
        [("statement", "Karim Haddad"), ("other", "José Luis Marín")],
    ),
    (
        # A reporter introduces herself with her outlet's kind in lowercase: "EFE agency".
        "Joint press conference\n\nFM Haddad: Welcome.\n\nQuestion: Hello. Do you agree?\n\n"
        "FM Haddad: Yes.\n\nQuestion: Good afternoon. Ana Ruiz, EFE agency. Minister, will "
        "you propose sanctions?\n\nFM Haddad: We will consider all options.\n",
        3,
        ("question", "Ana Ruiz"),
    ),
    (
        # An agency's masthead ("National News Agency of …") is no interviewee; "Speaking to
        # RSS …, Minister Thapa shared …" under the agency's byline names who answers, in
        # full after her title; the bracketed photo caption under the last answer is trailing.
        "Rastriya Samachar Samiti\nNational News Agency of Nepal\nHome    Politics    "
        "Interview\nNepal's foreign policy is balanced, says Foreign Minister Dr Thapa\n"
        "Kathmandu, Jan 19, 2025\nBy RSS\n\nForeign Minister Dr Sita Devi Thapa has said "
        "that Nepal will keep friendly relations with all. Speaking to RSS ahead of her "
        "visit, Minister Thapa shared her views on foreign policy. Excerpts:\n\n**What is on "
        "the agenda?**\n\nEnergy trade and connectivity.\n\n**Is the country ready to "
        "graduate?**\n\nWe are preparing for it.\n\n(Photo: Foreign Minister Dr Sita Thapa "
        "speaking to RSS at the Ministry. RSS)\n\nRelated News\nMinister Thapa to visit "
        "India\n",
        -1,
        ("answer", "Sita Devi Thapa", "We are preparing for it."),
    ),
    (
        # "… five years. Question 3: When …": a numbered question run on by a lost line
        # break, its number between the line-start ones.
        "Text of Foreign Minister Dr. Omar Nabil's interview with a newspaper\n\nQuestion 1: "
        "How is the ceasefire holding?\n\nDr. Nabil: It is holding.\n\nQuestion 2: What is "
        "the plan?\n\nDr. Nabil: Reconstruction over a period of five years. Question 3: Who "
        "will finance it?\n\nDr. Nabil: An international conference will decide.\n\n"
        "Question 4: And the dam?\n\nDr. Nabil: Talks are stalled.\n",
        slice(3, 6),
        [("answer", "Omar Nabil"), ("question", None), ("answer", "Omar Nabil")],
    ),
]


@pytest.mark.parametrize(("text", "index", "expected"), CASES)
def test_government_pages(text: str, index: int | slice, expected: object) -> None:
    rows = turns(text)
    if isinstance(index, slice):
        assert [r[:2] for r in rows[index]] == expected
        return
    assert isinstance(expected, tuple)
    label, speaker, body = rows[index]
    assert (label, speaker) == expected[:2]
    if len(expected) > 2:  # the turn ends where the speaker does
        assert body.endswith(str(expected[2]))
