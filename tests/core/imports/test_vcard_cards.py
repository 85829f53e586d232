"""vCards from Google Contacts, an iPhone, an Android phone and vCard 4.0, read through vobject."""

from __future__ import annotations

import pytest
from connection_files import ANDROID_VCF, GOOGLE_VCF, IPHONE_VCF, VCARD4

from infocoach.core.imports.people import ReadProblem
from infocoach.core.imports.vcard_cards import read_cards


def test_google_contacts() -> None:
    found = read_cards(GOOGLE_VCF.encode("utf-8"))
    jose, priya = found.people
    assert (jose.first_name, jose.last_name, jose.honorific) == ("José", "Núñez", "")
    assert jose.organization == "Fabrikam, Inc."  # the department after ";" is not the employer
    assert jose.role == "Director de ventas"
    assert jose.email == "jose.nunez@fabrikam.example"  # none preferred: the first
    assert jose.phone == "+34 600 123 456"
    assert jose.linkedin == "https://www.linkedin.com/in/jose-nunez"  # Google's escaped colon
    assert (priya.honorific, priya.last_name) == ("Dr.", "Raman")
    assert priya.role.endswith("exporting app")  # a folded line, unfolded
    assert [p.line for p in found.people] == [1, 15]


def test_iphone_and_a_company_card() -> None:
    found = read_cards(IPHONE_VCF.encode("utf-8"))
    [ana] = found.people
    assert (ana.honorific, ana.first_name, ana.last_name) == ("Ms.", "Ana", "Lopez")
    assert (ana.organization, ana.role) == ("Northwind Traders", "Director")
    assert ana.email == "ana@northwind.example"  # type=pref
    assert ana.phone == "+1 (555) 010-0100"
    assert ana.linkedin == "http://www.linkedin.com/in/ana-lopez-nw"
    assert [(s.line, s.reason) for s in found.skipped] == [(14, "a company's card, not a person's")]


def test_android_quoted_printable() -> None:
    [jurgen] = read_cards(ANDROID_VCF.encode("utf-8")).people
    assert (jurgen.first_name, jurgen.last_name, jurgen.phone) == ("Jürgen", "Müller", "+49 151 2345678")


def test_vcard_4() -> None:
    [kim] = read_cards(VCARD4.encode("utf-8")).people
    assert kim.email == "kim@acme.example"  # PREF=1
    assert kim.phone == "+1-555-555-0142"  # the tel: URI's number
    assert kim.linkedin == "https://linkedin.com/in/kim-ng/"  # not the personal site


def test_a_name_only_in_fn_and_a_card_with_no_name() -> None:
    text = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Prof. Ada Byron King\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nTEL:+1 555\r\nEND:VCARD\r\n"
    )
    found = read_cards(text.encode("utf-8"))
    [ada] = found.people
    assert (ada.honorific, ada.first_name, ada.last_name) == ("Prof.", "Ada Byron", "King")
    assert [(s.line, s.reason) for s in found.skipped] == [(5, "a card with no name")]


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("", 1, "the file is empty"),
        ("First Name,Last Name\r\nAna,Lopez\r\n", 1, "no card (BEGIN:VCARD)"),
        (
            "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana\r\nEND:VCARD\r\nBEGIN:VCARD\r\nFN:Raj\r\nthis line has no colon\r\nEND:VCARD\r\n",
            7,
            "cannot be read as a vCard",
        ),
        ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana\r\n", 3, "never closed"),
        (
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\nBEGIN:VCARD\r\nEND:VCARD\r\n",
            1,
            "VCALENDAR, not a vCard",
        ),
        (
            "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana\r\nEND:VCARD\r\n\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN:X\r\nPHOTO;ENCODING=b;TYPE=JPEG:!!!notbase64\r\nEND:VCARD\r\n",
            6,
            "cannot be read as a vCard",
        ),
    ],
)
def test_what_is_not_vcards_names_the_line(text: str, line: int, words: str) -> None:
    with pytest.raises(ReadProblem) as caught:
        read_cards(text.encode("utf-8"))
    assert caught.value.line == line
    assert words in caught.value.message


def test_binary_is_refused() -> None:
    with pytest.raises(ReadProblem, match="not a text file"):
        read_cards(b"BEGIN:VCARD\r\n\x00\x01\x02")
