"""Official pages of non-English governments and their agencies, in English: agency acronyms,
outlet–reporter labels, family-name-first labels, initials, offices with their article, and
the headline or lead that names who answers and who asks."""

from __future__ import annotations

import pytest

from rhetoscope.structure.metadata import trailing_start
from rhetoscope.structure.speakers import LabelKind, classify_label
from structure_support import label_surname, spoken_rows


@pytest.mark.parametrize(
    ("raw", "outlet"),
    [("UzA", "UzA"), ("KazTAG", "KazTAG"), ("BelTA", "BelTA")],
)
def test_mixed_case_agency_acronym_is_an_outlet(raw: str, outlet: str) -> None:
    info = classify_label(raw)
    assert info is not None and info.kind is LabelKind.QUESTION and info.outlet == outlet


def test_dutch_initials_stay_a_person() -> None:
    assert label_surname("TvL") == (LabelKind.PERSON, "TvL")


@pytest.mark.parametrize(
    ("raw", "given", "surname"),
    [
        ("Telex – Dániel Kovács", ("Dániel",), "Kovács"),
        ("Index — Anna Szabó", ("Anna",), "Szabó"),
    ],
)
def test_outlet_dash_reporter(raw: str, given: tuple[str, ...], surname: str) -> None:
    info = classify_label(raw)
    assert info is not None and info.kind is LabelKind.QUESTION and info.name is not None
    assert (info.name.given, info.name.surname) == (given, surname)


@pytest.mark.parametrize(
    ("raw", "title", "surname"),
    [
        ("SECRETARY OF THE PRESIDENCY ALEJANDRO SÁNCHEZ", "SECRETARY OF THE PRESIDENCY", "SÁNCHEZ"),
        ("Secretary of the Presidency Alejandro Sánchez", "Secretary of the Presidency", "Sánchez"),
        (
            "Press Secretary of the President Dmitry Peskov",
            "Press Secretary of the President",
            "Peskov",
        ),
    ],
)
def test_office_with_article_before_name(raw: str, title: str, surname: str) -> None:
    info = classify_label(raw)
    assert info is not None and info.name is not None
    assert (info.name.title, info.name.surname) == (title, surname)


def _speakers(text: str) -> list[str | None]:
    return [r[1] for r in spoken_rows(text)]


def test_family_name_first_label_in_header_order() -> None:
    text = (
        "Government press conference\n\n"
        "Minister Gergely Gulyás held the weekly press conference.\n\n"
        "ATV: Does the government consider the exchange rate a problem?\n\n"
        "Gulyás Gergely: The exchange rate is the central bank's responsibility.\n\n"
        "ATV: Will the cap be extended?\n\n"
        "Gulyás Gergely: We will decide in May.\n"
    )
    assert _speakers(text)[-1] == "Gergely Gulyás"


def test_three_initials_from_lead() -> None:
    text = (
        "Foreign Minister Sosa: lithium must industrialize Bolivia\n\n"
        "Foreign Minister Celinda Sosa Lunda spoke with ABI about the lithium agenda.\n\n"
        "ABI: Minister, what does the BRICS partnership mean?\n\n"
        "CSL: It means that Bolivia is now at the table.\n\n"
        "ABI: And the relations with Chile and Peru?\n\n"
        "CSL: With Peru we have a very intense agenda.\n"
    )
    assert _speakers(text)[-1] == "Celinda Sosa Lunda"


def test_lead_names_agency_correspondent_who_asks() -> None:
    text = (
        "Turkmen top diplomat: Caspian is a sea of peace\n\n"
        "Turkmenistan's Foreign Minister Rashid Meredov spoke in an interview with TASS "
        "correspondent Andrei Vorobyov about the country's neutrality.\n\n"
        "- Mr. Meredov, what does neutrality mean today?\n"
        "- For us, neutrality is a working instrument.\n"
        "- Is the pipeline still on the agenda?\n"
        "- Yes, it is.\n"
    )
    assert "Andrei Vorobyov" in _speakers(text)


def test_answers_of_headline_names_the_answerer() -> None:
    text = (
        "Answers of the Press Secretary of the Ministry of Foreign Affairs of Belarus Anatoly "
        "Glaz to media questions\n"
        "14 January 2025, Minsk\n\n"
        "Question: How would you comment on the closure of two more border crossings?\n\n"
        "Answer: Unfortunately, this is yet another step in a policy that hurts people.\n"
    )
    assert _speakers(text)[-1] == "Anatoly Glaz"


def test_titled_three_word_name_completes_surname_label() -> None:
    text = (
        "Nigeria's foreign policy will remain Africa-centred – Tuggar\n\n"
        "The Minister of Foreign Affairs, Amb. Yusuf Maitama Tuggar, spoke with NAN's "
        "correspondents in Abuja. Excerpts:\n\n"
        "NAN: Three Sahel countries have left ECOWAS. Is the bloc weakened?\n\n"
        "Tuggar: Any departure is regrettable, and we have said so.\n\n"
        "NAN: What about Nigerians stranded abroad?\n\n"
        "Minister: We have evacuated thousands of our citizens.\n\n"
        "NAN: Any progress on visas with the Gulf countries?\n\n"
        "Tuggar: Yes. We have resolved the issue with the United Arab Emirates.\n"
    )
    speakers = _speakers(text)
    assert speakers[1::2] == ["Yusuf Maitama Tuggar"] * 3


def test_wire_site_credit_and_wrapped_glued_tags_close_the_body() -> None:
    text = (
        "NAN: Finally, how will Nigeria use its voice at the UN?\n\n"
        "Tuggar: We will push for reform of the Security Council.#NANNews #Diplo\n"
        "macy #Nigeria\n\n"
        "(NAN)(www.nannews.ng)\n"
        "Edited by Sadiya Hamza\n"
    )
    assert text[: trailing_start(text)].endswith("Security Council.")
