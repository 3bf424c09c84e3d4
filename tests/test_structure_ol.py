"""Small cases for batch OL (CBC, gov.uk, Sky): a host's surname with an inner capital in
"… spoke with <show> host Loren McGinnis" (the host asks); gov.uk's speech page with its place
line under "Delivered on:" / "2 June 2025 (Transcript of the speech, …)" and its feedback row
glued to its buttons' labels and its footer links in one row; a "Surname: quote" headline
under a site menu flattened with single spaces."""

import pytest

from structure_support import run, turn_rows


@pytest.mark.parametrize("host", ["Loren McGinnis", "Ciara O'Brien", "Mark MacDonald"])
def test_spoke_with_host_inner_capital(host: str) -> None:
    text = (
        "Gondek says feeder main repairs on track\n"
        "\n"
        "Calgary Mayor Jyoti Gondek says repairs to the feeder main are on track to be "
        "finished before the spring, but she is warning residents about summer limits.\n"
        "\n"
        f"Gondek spoke with The Calgary Eyeopener host {host} on Wednesday. Here is part of "
        "their conversation. It has been edited for length and clarity.\n"
        "\n"
        "**Q: Mayor, where do things stand with the feeder main right now?**\n"
        "\n"
        "A: We're in a good place. The crews have finished the inspection of the pipe.\n"
        "\n"
        "**Q: So why are you already talking about restrictions for this summer?**\n"
        "\n"
        "A: Because I'd rather be honest with people now than surprise them in July.\n"
    )
    rows = turn_rows(text)
    assert [r[1] for r in rows if r[0] == "question"] == [host, host]
    assert {r[1] for r in rows if r[0] == "answer"} == {"Jyoti Gondek"}


_GOVUK = (
    "Skip to main content\n"
    "GOV.UK\n"
    "Speech\n"
    "PM remarks at press conference on the defence review: 2 June 2025\n"
    "Prime Minister Keir Starmer held a press conference in Glasgow following the "
    "publication of the Strategic Defence Review.\n"
    "From:\n"
    "Prime Minister's Office, 10 Downing Street and The Rt Hon Sir Keir Starmer KCB KC MP\n"
    "Published\n"
    "2 June 2025\n"
    "Delivered on:\n"
    "2 June 2025 (Transcript of the speech, exactly as it was delivered)\n"
    "Glasgow\n"
    "\n"
    "Thank you very much for being here this morning. Today we publish the Strategic Defence "
    "Review. Thank you. I'm happy to take some questions.\n"
    "\n"
    "Chris Mason, BBC: Prime Minister, isn't that a review without the money to pay for it?\n"
    "\n"
    "Prime Minister: No, Chris, it's a review with the biggest sustained increase in defence "
    "spending since the Cold War behind it.\n"
    "\n"
    "Beth Rigby, Sky News: But will you guarantee the Type 31 work stays here?\n"
    "\n"
    "Prime Minister: The work on the programme is here, and it's going to stay here.\n"
    "\n"
    "Share this page\n"
    "Facebook Twitter\n"
    "Published 2 June 2025\n"
    "Contents\n"
    "Is this page useful?Maybe Yes this page is useful No this page is not useful\n"
    "Thank you for your feedback\n"
    "Report a problem with this page\n"
    "Help Privacy Cookies Accessibility statement Contact Terms and conditions Rhestr o "
    "Wasanaethau Cymraeg Government Digital Service\n"
    "All content is available under the Open Government Licence v3.0, except where otherwise "
    "stated\n"
    "© Crown copyright\n"
)


def test_govuk_delivered_on_place_line_and_footer() -> None:
    doc = run(_GOVUK)
    assert doc.meta.place == "Glasgow"
    assert doc.meta.date == "2025-06-02"
    rows = turn_rows(_GOVUK)
    assert rows[0][0] == "statement"
    assert rows[0][2].startswith("Thank you very much")
    assert rows[-1][2].endswith("going to stay here.")


def test_surname_headline_under_flat_menu() -> None:
    text = (
        "Skip to content\n"
        "Sky News - back to home\n"
        "Watch Live\n"
        "Home UK Politics World US Money Climate Science & Tech Ents & Arts Videos\n"
        "\n"
        "Streeting: NHS waiting list 'will fall every single month' until election\n"
        "\n"
        'The health secretary says the government has "turned the corner" on elective waits.\n'
        "\n"
        "Alix Culbertson\n"
        "Political reporter @alixculbertson\n"
        "Tuesday 11 March 2025 08:14, UK\n"
        "\n"
        "Health Secretary Wes Streeting has promised that the NHS waiting list will come down "
        "every month. This is how the interview went.\n"
        "\n"
        "Sarah-Jane Mee: Health Secretary, will it fall every month?\n"
        "\n"
        "Wes Streeting: Yes. That's my commitment, every single month until the election.\n"
        "\n"
        "Sarah-Jane Mee: Every single month? There'll be no blips?\n"
        "\n"
        "Wes Streeting: Look, I'm confident it comes down.\n"
    )
    assert run(text).meta.date == "2025-03-11"
    rows = turn_rows(text)
    assert not any(r[2].startswith("NHS waiting list") for r in rows)
    assert [r[1] for r in rows if r[0] == "answer"] == ["Wes Streeting", "Wes Streeting"]
