"""Small cases for batch LE, second pass: a headline's last word over a desk byline ("…
questions" / "By Staff Reporter") is no "questions by" credit; a caps post label tied to the
lead's "area director for Cumbria and Lancashire, Helen Ashworth"; the closing "… was speaking
to BBC Radio …" note; a Slavic agency's clipped name ("Держгеокадастру") spelled out in the
lead."""

import pytest

from rhetoscope.structure.header import _header_people
from rhetoscope.structure.naming import _clips, _spelled_domain
from structure_support import turn_rows

_PHONE_IN = (
    "Local Paper\n\n"
    "Agency boss faces listeners' questions\n\n"
    "By Staff Reporter\n"
    "Published: 9th January 2025 7:40 am\n\n"
    "The Agency's regional director for North and East, Mary Holt, took calls on the radio "
    "yesterday after the storm.\n\n"
    "PRESENTER: Mary, thanks for coming in. Why did the barriers fail?\n\n"
    "REGIONAL DIRECTOR: They did not fail. The water came from behind the walls.\n\n"
    "PRESENTER: Will you clear the drains sooner next year?\n\n"
    "REGIONAL DIRECTOR: We will clear them in the autumn, as we always do.\n\n"
    "Mary Holt was speaking to Radio North. Helpline: 0300 123 4567.\n"
)


def test_desk_byline_under_headline_is_no_credit() -> None:
    header = "Agency boss faces listeners' questions\nBy Staff Reporter\n"
    assert _header_people(header) == []


def test_post_for_place_holder_and_sign_off() -> None:
    rows = [r for r in turn_rows(_PHONE_IN) if r[0] != "other"]
    assert [(label, speaker) for label, speaker, _ in rows] == [
        ("question", None),
        ("answer", "Mary Holt"),
        ("question", None),
        ("answer", "Mary Holt"),
    ]
    assert rows[-1][2].endswith("as we always do.")


@pytest.mark.parametrize(
    ("stem", "phrase", "expected"),
    [
        ("держгеокадастр", "державної служби з питань геодезії картографії та кадастру", True),
        ("держгеокадастр", "державної служби кадастру", False),
        ("мінцифр", "міністерства цифрової", True),
    ],
)
def test_clipped_compound(stem: str, phrase: str, expected: bool) -> None:
    assert _clips(stem, phrase.split()) is expected


def test_spelled_domain() -> None:
    lead = (
        "пресконференція голови Державної служби з питань геодезії, картографії та кадастру "
        "Романа Мельничука."
    )
    assert "голови Держгеокадастру Романа Мельничука" in _spelled_domain(lead, "Держгеокадастру")
