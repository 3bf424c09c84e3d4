"""Small cases for batch NS (npr.org All Things Considered, PBS NewsHour segment page): no
mechanism changed; this pins the documented reading the batch's gold was aligned to. A dek that
says what the host and the guest discuss is the introduction row (`other`, nobody's), whether
NPR sets it under the page's second `Transcript` heading or PBS sets it over the `By —`
bylines; a bare one-line `<Host> speaks with <Guest>.` caption is the player's, no row; the
host's labelled welcome stays his own `other` turn either way."""

import pytest

from structure_support import run, turn_rows

_NPR = (
    "Transcript\n"
    "Why a small port town is betting on offshore wind\n"
    "March 4, 2025 4:12 PM ET\n"
    "Heard on All Things Considered\n"
    "Juana Summers\n"
    "4-Minute Listen\n"
    "Playlist\n"
    "Download\n"
    "Embed\n"
    "Transcript\n"
    "{dek}"
    "JUANA SUMMERS, HOST: A town on the Maine coast is rebuilding its pier for wind turbine "
    "parts. Omar Haddad is the harbor master there, and he joins us now. Welcome.\n\n"
    "OMAR HADDAD: Thanks for having me.\n\n"
    "SUMMERS: What does the pier need?\n\n"
    "HADDAD: A lot more concrete than we have. The old one was built for lobster boats.\n\n"
    "SUMMERS: Omar Haddad is the harbor master. Thank you.\n\n"
    "HADDAD: Thank you.\n\n"
    "(SOUNDBITE OF MUSIC)\n\n"
    "Copyright © 2025 NPR. All rights reserved. Visit our website terms of use and permissions "
    "pages at www.npr.org for further information.\n"
)

_PBS = (
    "Economy   Mar 4, 2025 6:40 PM EST\n\n"
    "Why a small port town is betting on offshore wind\n\n"
    "{dek}"
    "By —\nGeoff Bennett\nBy —\nKyle Midura\n\n"
    "Leave your feedback\nShare\nCopy URL\nEmail\nFacebook\nTwitter\n\n"
    "Transcript\nAudio\n\n"
    "Geoff Bennett:\n\nA town on the Maine coast is rebuilding its pier for wind turbine parts. "
    "I'm joined by Omar Haddad, the harbor master there.\n\nOmar, thanks for being with us.\n\n"
    "Omar Haddad, Harbor Master:\n\nThanks for having me, Geoff.\n\n"
    "Geoff Bennett:\n\nWhat does the pier need?\n\n"
    "Omar Haddad:\n\nA lot more concrete than we have. The old one was built for lobster boats."
    "\n\n"
    "Geoff Bennett:\n\nOmar Haddad, thanks so much.\n\n"
    "Omar Haddad:\n\nThank you.\n\n"
    "Listen to this Segment\nWatch the Full Episode\nPBS NewsHour from Mar 04, 2025\n\n"
    "Support Provided By: Learn more\n"
)

_ABOUT = (
    "A Maine town is rebuilding its pier to load wind turbine parts. {host} talks with harbor "
    "master Omar Haddad about the bet."
)


@pytest.mark.parametrize(
    ("page", "host", "dek", "intro"),
    [
        (_NPR, "Juana Summers", _ABOUT + "\n", True),
        (_NPR, "Juana Summers", "Juana Summers speaks with Omar Haddad.\n", False),
        (_NPR, "Juana Summers", "", False),
        (_PBS, "Geoff Bennett", _ABOUT + "\n\n", True),
        (_PBS, "Geoff Bennett", "Geoff Bennett speaks with Omar Haddad.\n\n", False),
        (_PBS, "Geoff Bennett", "", False),
    ],
)
def test_programme_dek_is_the_introduction_row(page: str, host: str, dek: str, intro: bool) -> None:
    dek = dek.format(host=host)
    text = page.format(dek=dek)
    rows = turn_rows(text)
    spoken = [(r[0], r[1]) for r in rows if r[1] is not None]
    assert spoken == [
        ("other", host),
        ("answer", "Omar Haddad"),
        ("question", host),
        ("answer", "Omar Haddad"),
        ("other", host),
        ("answer", "Omar Haddad"),
    ]
    page_rows = [r for r in rows if r[1] is None]
    if intro:
        assert page_rows == [("other", None, dek.strip())]
        assert rows[0] == page_rows[0]
    else:
        assert page_rows == []
    assert rows[-1][2] == "Thank you."
    assert run(text).meta.to_dict().get("date") == "2025-03-04"
