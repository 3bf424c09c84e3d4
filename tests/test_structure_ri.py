"""Small cases for batch RI (final check H): a lead whose subject is an office holder named
after the post ("Finance Minister … spoke to …") and a video caption "X speaks to Y, <post>"
tell who asks; a radio station's notes under the transcript (the programme's slot with its
hosts, "This transcript was produced from the broadcast …", its app line) and GOV.UK's
feedback buttons on a line of their own are page tail; a press conference's "Next, <reporter>
from <outlet>." under the principal's own label calls the floor; a writer's plea in a
membership box is page tail; and a reporter who named her outlet, which the moderator called,
keeps the floor for her "And on … - …?" follow-up."""

import pytest

from structure_support import turn_rows

_RADIO = (
    "Times Radio   Listen live   Schedule\n\nTRANSCRIPT\n\n{guest} on Times Radio Drive\n\n"
    "Wednesday 4 February 2026\n\n"
    "{post} {guest} spoke to {hosts} about the new housing targets.\n\n"
    "17:20\n\n"
    "{h1c}: {guest}, what do you say to councils that call the targets impossible?\n\n"
    "{gc}: I say they were set with councils, not against them, and every area has a plan.\n\n"
    "{h2c}: But the builders say they cannot find the bricklayers. Where do they come from?\n\n"
    "{gc}: From the new construction colleges, which open their doors this autumn.\n\n"
    "{h1c}: {guest}, thank you very much for joining us.\n\n"
    "17:26\n\n"
    "Times Radio Drive with {hosts}, weekdays from 4pm.\n\n"
    "This transcript was produced from the broadcast and may contain errors.\n\n"
    "Listen on the Times Radio app, DAB and smart speakers.\n"
)


@pytest.mark.parametrize(
    ("post", "guest", "h1", "h2"),
    [
        ("Housing Minister", "Matthew Pennycook", "Aasmah Mir", "Calum Macdonald"),
        ("Chief Secretary to the Treasury", "Darren Jones", "Kate McCann", "Stig Abell"),
        ("Local Government Secretary", "Angela Rayner", "Ayesha Hazarika", "Matt Chorley"),
    ],
)
def test_posted_holder_spoke_to_two_hosts(post: str, guest: str, h1: str, h2: str) -> None:
    text = _RADIO.format(
        post=post,
        guest=guest,
        hosts=f"{h1} and {h2}",
        h1c=h1.upper(),
        h2c=h2.upper(),
        gc=guest.upper(),
    )
    rows = turn_rows(text)
    assert [(lab, spk) for lab, spk, _ in rows[1:]] == [
        ("question", h1),
        ("answer", guest),
        ("question", h2),
        ("answer", guest),
        ("other", h1),
    ]
    assert rows[-1][2] == f"{guest}, thank you very much for joining us."


_SOLO = (
    "Sunday Morning\n\n{guest}: fares to stay frozen\nFrom Sunday Morning, 8:12 am on 1 March "
    "2026\n\nThe government will freeze bus fares for another year.\n\n"
    "{post} {guest} spoke to {host}. This transcript has been edited for length and clarity.\n\n"
    "{host}: Good morning to you. Who pays for the freeze?\n\n"
    "{guest}: Good morning. It is paid for from the transport budget, not from new borrowing.\n\n"
    "{host}: But councils say they are already stretched.\n\n"
    "{guest}: I understand that, and we have given them more money this year.\n\n"
    "{host}: Thank you for your time.\n\n"
    "{guest}: Thanks, {hg}.\n"
)


@pytest.mark.parametrize(
    ("post", "guest", "host"),
    [
        ("Transport Minister", "Chris Bishop", "Jim Mora"),
    ],
)
def test_posted_holder_spoke_to_one_host(post: str, guest: str, host: str) -> None:
    text = _SOLO.format(post=post, guest=guest, host=host, hg=host.split()[0])
    rows = turn_rows(text)
    assert [(lab, spk) for lab, spk, _ in rows if spk is not None] == [
        ("question", host),
        ("answer", guest),
        ("question", host),
        ("answer", guest),
        ("other", host),
        ("answer", guest),
    ]


_CAPTION = (
    "Channel 4 News\nHome   UK   World   Politics\n\n'We will build them,' says {gs}\n\n"
    "Published on 2 Mar 2026\n\n(video, 8 min)\n{host} speaks to {guest}, {post}\n\n"
    "The government has promised a new wave of council homes, but builders warn of shortages.\n\n"
    "{host}: {guest}, where are the builders coming from?\n\n"
    "{guest}: From the colleges we are opening this year, and from apprenticeships.\n\n"
    "{host}: And if they do not come?\n\n"
    "{guest}: They will. We have the money in place and the sites identified.\n"
)


@pytest.mark.parametrize(
    ("host", "guest", "post"),
    [
        ("Krishnan Guru-Murthy", "Angela Rayner", "Deputy Prime Minister"),
        ("Krishnan Guru-Murthy", "Pat McFadden", "Secretary of State for Work and Pensions"),
    ],
)
def test_caption_speaks_to_posted_guest(host: str, guest: str, post: str) -> None:
    text = _CAPTION.format(host=host, guest=guest, post=post, gs=guest.split()[-1])
    rows = turn_rows(text)
    assert [(lab, spk) for lab, spk, _ in rows if spk is not None] == [
        ("question", host),
        ("answer", guest),
    ] * 2


_PRESSER = (
    "Speech\n{office}'s press conference on rail fares: 3 March 2026\n"
    "{office} {p} held a press conference on fares.\n\n"
    "{office} {p}:\n\nGood afternoon. Today we are freezing regulated rail fares for the second "
    "year running, and I want to explain why that matters to commuters.\n\n"
    "{office}:\n\nThanks. We'll take some questions. First, Amy Rowe, Sky News.\n\n"
    "Question:\n\nThank you. Is the freeze paid for by cuts elsewhere in the department?\n\n"
    "{office}:\n\nNo. It is paid for by the savings on the franchise contracts.\n\n"
    "{office}:\n\n{call}\n\n"
    "Question:\n\nWill fares rise again next year, and by how much?\n\n"
    "{office}:\n\nI won't pre-empt the next decision. Thank you all very much.\n\n"
    "Published 3 March 2026\n\nUpdates to this page\n\nIs this page useful?\n"
    "Maybe  Yes this page is useful  No this page is not useful\n\n"
    "Sign up for emails or print this page\n"
)


@pytest.mark.parametrize(
    ("office", "p", "call"),
    [
        ("Transport Secretary", "Heidi Alexander", "Next, Paul Grant from The Guardian."),
        ("Home Secretary", "Shabana Mahmood", "Next, Tom Ashdown from The Times."),
        ("Health Secretary", "Wes Streeting", "Next, Lucy Hart, ITV News."),
    ],
)
def test_next_reporter_called_by_outlet_and_feedback_buttons(
    office: str, p: str, call: str
) -> None:
    rows = turn_rows(_PRESSER.format(office=office, p=p, call=call))
    assert rows[5] == ("other", p, call)
    assert rows[-1] == (
        "answer",
        p,
        "I won't pre-empt the next decision. Thank you all very much.",
    )


_KI = (
    "The Kyiv Independent\nUkraine War   Business   Opinion\n\nInterview\n\n"
    "'The grid held' - Ukraine's energy chief on the winter\n\nby {w}\n"
    "April 2, 2026 6:31 PM  5 min read\n\n"
    "Ukraine's grid came through a fourth winter of strikes with fewer blackouts than feared.\n\n"
    "The Kyiv Independent spoke with Zaichenko about repairs, imports and the summer.\n\n"
    "The Kyiv Independent: How bad was the winter?\n\n"
    "Zaichenko: Hard, but we kept the lights on for most people most of the time.\n\n"
    "The Kyiv Independent: What comes next?\n\n"
    "Zaichenko: Repairs, and more batteries. We are not talking about luck any more.\n\n"
    "{w}\nReporter\n{w} is a reporter at the Kyiv Independent covering energy.\n\n"
    "Read more\nUkraine War   Energy   Ukrenergo\n\n"
    "{pitch}\nBecome a member\n"
)


@pytest.mark.parametrize(
    ("w", "pitch"),
    [
        (
            "Marta Hryhorchuk",
            "Hey there, it's Marta Hryhorchuk. Please consider supporting our work by becoming "
            "a member of the Kyiv Independent.",
        ),
    ],
)
def test_writers_membership_plea_is_page_tail(w: str, pitch: str) -> None:
    rows = turn_rows(_KI.format(w=w, pitch=pitch))
    assert rows[-1][2] == "Repairs, and more batteries. We are not talking about luck any more."


_EC = (
    "Press corner\n\nRemarks by Commissioner {c} at the press conference on the package\n\n"
    "Brussels, 4 June 2026\n\n"
    "Commissioner {c}: Good afternoon. Today we present the package, and I am happy to take "
    "your questions.\n\n"
    "Moderator: Thank you, Commissioner. The first one is from {o}.\n\n"
    "Question: {r}, {o}. Commissioner, when will the Commission impose a sanction?\n\n"
    "Commissioner {c}: The procedure is there to be used, and we will use it if needed.\n\n"
    "Question: {follow}\n\n"
    "Commissioner {c}: That would need a change to the legislation.\n\n"
    "Moderator: Next question, please.\n\n"
    "Question: Thank you. Piotr Nowak, Polish Press Agency. Will Poland be asked to cut?\n\n"
    "Commissioner {c}: No.\n"
)


@pytest.mark.parametrize(
    ("c", "o", "r", "follow"),
    [
        (
            "Dombrovskis",
            "Handelsblatt",
            "Hanna Mertens",
            "And on the escape clause - Germany wants defence excluded. Is that on the table?",
        ),
        (
            "Hoekstra",
            "Le Monde",
            "Claire Dubois",
            "And on the carbon border tax – Paris wants a delay. Will you grant one?",
        ),
    ],
)
def test_and_on_follow_up_of_reporter_called_by_outlet(c: str, o: str, r: str, follow: str) -> None:
    rows = turn_rows(_EC.format(c=c, o=o, r=r, follow=follow))
    assert rows[4] == ("question", r, follow)
