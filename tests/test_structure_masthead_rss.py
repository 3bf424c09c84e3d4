"""A bilingual masthead: a site's name in its own script over the same name in Latin letters
("राष्ट्रिय समाचार समिति" / "Rastriya Samachar Samiti") is the site's, never the interviewee, even
when the menu row under it names no one and leaves it the header's only name; a two-word
masthead over the site's menu row ("Farmers Weekly" / "Arable   Livestock   Business") likewise."""

import pytest

from rhetoscope.structure.header import _header_people, _masthead_tail
from structure_support import spoken_rows


@pytest.mark.parametrize(
    ("header", "pair", "want"),
    [
        (
            "राष्ट्रिय समाचार समिति\nRastriya Samachar Samiti\nNational News Agency\n",
            "Samachar Samiti",
            True,
        ),
        ("বাংলাদেশ সংবাদ সংস্থা\nBangladesh Sangbad Sangstha\nHome   News\n", "Sangbad Sangstha", True),
        ("Rastriya Samachar Samiti\nNational News Agency\n", "Samachar Samiti", True),
        # a two-word first line over the site's menu row is its masthead
        ("Farmers Weekly\nArable   Livestock   Business   Opinion\n", "Farmers Weekly", True),
        ("Farmers Weekly\nQ&A: How a dairy farm cut its feed bill\n", "Farmers Weekly", False),
        # a Latin first line leaves the line under it a headline's or a byline's
        ("Exclusive Interview\nLim Wei Keat Speaks\n", "Keat Speaks", False),
        ("राष्ट्रिय समाचार समिति\nHome   News\nRastriya Samachar Samiti\n", "Samachar Samiti", False),
    ],
)
def test_bilingual_masthead(header: str, pair: str, want: bool) -> None:
    assert _masthead_tail(header, pair) is want


_PAGE = (
    "राष्ट्रिय समाचार समिति\n"
    "Rastriya Samachar Samiti\n"
    "National News Agency of Nepal\n"
    "Home    National    Politics    Economy    Sports    Interview\n"
    "Trade with both neighbours will grow, says Commerce Minister Sharma\n"
    "Kathmandu, Feb 3, 2025\n"
    "By RSS\n\n"
    "Commerce Minister Dr Bishnu Prasad Sharma has said that exports to both neighbours will "
    "grow this year. Speaking to RSS ahead of the trade fair, Minister Sharma shared his views "
    "on the transit treaty and the new customs points. Excerpts:\n\n"
    "**What will the new customs points change?**\n\n"
    "Clearance will take hours, not days, and traders will pay less for storage.\n\n"
    "**When will the transit treaty be signed?**\n\n"
    "We expect to sign it before the monsoon session of Parliament.\n"
)


def test_bilingual_masthead_is_no_interviewee() -> None:
    header = _PAGE.split("\n\n")[0]
    assert not any(n.surname == "Samiti" for _, n in _header_people(header))
    answers = [r for r in spoken_rows(_PAGE) if r[0] == "answer"]
    assert answers and all(r[1] == "Bishnu Prasad Sharma" for r in answers)
