"""LinkedIn's Connections.csv read as LinkedIn writes it, and refused, with the line, when it is not."""

from __future__ import annotations

import time

import pytest
from connection_files import ANA, HEADER, MEI, RAJ, connections_csv, many_rows

from infocoach.core.imports.linkedin_csv import connected_on, read_connections
from infocoach.core.imports.people import ReadProblem


def test_the_export_as_linkedin_writes_it() -> None:
    found = read_connections(connections_csv([ANA, RAJ, MEI]))
    assert [p.last_name for p in found.people] == ["López", "Patel", "Tan"]
    ana, raj, mei = found.people
    assert ana.first_name == "Ana" and ana.linkedin == "https://www.linkedin.com/in/ana-lopez-3b1a"
    assert (ana.email, ana.organization, ana.role, ana.connected_on) == ("", "Contoso", "Analyst", "2024-03-15")
    assert raj.email == "raj@example.com" and raj.connected_on == "2023-01-02"
    # Quoting: commas and quotes inside fields.
    assert mei.organization == "Fabrikam, Inc." and mei.role == 'Head of "Data", EMEA'
    assert mei.first_name == "Mei Lin"
    # Lines: the notes take 3 (their paragraph is one line), the header the 4th.
    assert [p.line for p in found.people] == [5, 6, 7]
    assert found.skipped == []


def test_without_the_byte_order_mark_or_the_notes() -> None:
    found = read_connections(connections_csv([ANA], bom=False, notes=False))
    assert found.people[0].last_name == "López" and found.people[0].line == 2


def test_columns_are_found_by_name_in_any_order() -> None:
    header = ("Connected On", "Position", "Company", "Email Address", "URL", "Last Name", "First Name")
    found = read_connections(connections_csv([tuple(reversed(ANA))], header=header))
    person = found.people[0]
    assert (person.first_name, person.last_name, person.role, person.connected_on) == (
        "Ana",
        "López",
        "Analyst",
        "2024-03-15",
    )


def test_blank_rows_are_nobody_and_rows_without_a_name_are_skipped_with_why() -> None:
    nameless = ("", "", "", "", "", "", "01 Feb 2022")
    data = connections_csv([ANA, ("",) * 7, nameless, RAJ])
    data = data.replace(b"\r\nRaj", b"\r\n\r\nRaj")  # a truly empty line too
    found = read_connections(data)
    assert [p.first_name for p in found.people] == ["Ana", "Raj"]
    assert [s.line for s in found.skipped] == [7]
    assert found.skipped[0].reason == "no name" and "hide" in found.skipped[0].detail


def test_a_multi_line_field_gives_the_line_where_its_row_starts() -> None:
    note = ("Kim", "Ng", "https://www.linkedin.com/in/kimng", "", "Acme", "Lead\nand mentor", "01 Feb 2022")
    found = read_connections(connections_csv([note, RAJ]))
    assert found.people[0].role == "Lead and mentor"  # one line, as the contact form shows it
    assert [p.line for p in found.people] == [5, 7]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("15 Mar 2024", "2024-03-15"),
        ("1 Sept 2020", "2020-09-01"),
        ("09 December 2019", "2019-12-09"),
        ("2024-03-15", "2024-03-15"),
        ("", ""),
    ],
)
def test_dates(text: str, date: str) -> None:
    assert connected_on(text, 3) == date


@pytest.mark.parametrize("text", ["31 Feb 2024", "15 Mrz 2024", "March 15, 2024", "15/03/2024", "yesterday"])
def test_a_row_with_a_bad_date_names_its_line(text: str) -> None:
    bad = (*RAJ[:6], text)
    with pytest.raises(ReadProblem) as caught:
        read_connections(connections_csv([ANA, RAJ, bad]))
    assert caught.value.line == 7
    assert text in caught.value.message and "15 Mar 2024" in caught.value.message
    assert str(caught.value).startswith("line 7: ")


def test_a_row_with_more_values_than_columns_names_its_line() -> None:
    data = connections_csv([ANA]) + b"Raj,Patel,https://x,,Northwind, Traders,Engineer,02 Jan 2023\r\n"
    with pytest.raises(ReadProblem) as caught:
        read_connections(data)
    assert caught.value.line == 6 and "comma outside quotes" in caught.value.message


@pytest.mark.parametrize(
    ("data", "line", "words"),
    [
        (b"", 1, "empty"),
        (b"\xef\xbb\xbf\r\n\r\n", 1, "empty"),
        (b"name,email\r\nAna,ana@example.com\r\n", 1, "no line names the columns"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", 3, "not a text file"),
        ("First Name,Last Name\r\nAna,López\r\n".encode("latin-1"), 2, "UTF-8"),
        (b'First Name,Last Name\r\n"Ana,L\xc3\xb3pez\r\n', 2, "CSV"),
    ],
)
def test_a_file_that_is_not_a_connections_export(data: bytes, line: int, words: str) -> None:
    with pytest.raises(ReadProblem) as caught:
        read_connections(data)
    assert caught.value.line == line
    assert words in caught.value.message


def test_utf16_from_a_spreadsheet_is_read() -> None:
    text = connections_csv([ANA], bom=False).decode("utf-8")
    found = read_connections(text.encode("utf-16"))
    assert found.people[0].last_name == "López"


def test_ten_thousand_rows_quickly() -> None:
    data = connections_csv(many_rows(10_000))
    start = time.perf_counter()
    found = read_connections(data)
    elapsed = time.perf_counter() - start
    assert len(found.people) == 10_000 and found.skipped == []
    assert found.people[-1].line == 10_004 and found.people[1].first_name == "André"
    assert elapsed < 2.0, elapsed  # about 0.1 s; a bound for a hang, not a benchmark (see benchmarks/)


def test_messages_name_linkedins_own_header() -> None:
    # The header the reader's messages name is LinkedIn's own.
    from infocoach.core.imports.linkedin_csv import HEADER as SAID

    assert SAID == ", ".join(HEADER)
