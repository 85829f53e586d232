"""LinkedIn's Connections.csv (from "Get a copy of your data") read into people.

The file as LinkedIn writes it: often a UTF-8 byte-order mark, then a few "Notes:" lines about
missing email addresses, a blank line, and the header ``First Name, Last Name, URL, Email
Address, Company, Position, Connected On``; dates like ``15 Mar 2024``; most emails empty.
Columns are found by name in any order, so a file a spreadsheet rearranged still reads. A row
without a name (LinkedIn leaves out people who hide theirs) is skipped with its reason; a file
that is not this one, or a row that cannot be right (a date that is no date, more values than
columns), stops the read and names the line.
"""

from __future__ import annotations

import csv
import datetime
import io
import re

from infocoach.core.imports.people import ImportedPerson, ReadProblem, ReadResult, Skipped, decoded

WHAT = "read as LinkedIn's Connections.csv"

# Column names as LinkedIn spells them (and a few spellings seen in older or edited files),
# folded to lower case, -> the person's field.
COLUMNS: dict[str, str] = {
    "first name": "first_name",
    "last name": "last_name",
    "url": "linkedin",
    "profile url": "linkedin",
    "email address": "email",
    "e-mail address": "email",
    "email": "email",
    "company": "organization",
    "position": "role",
    "connected on": "connected_on",
}
NAMELESS = "LinkedIn leaves out the names of members who hide them"
HEADER = "First Name, Last Name, URL, Email Address, Company, Position, Connected On"

MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
_DAY_MONTH_YEAR = re.compile(r"(\d{1,2})[ -]([A-Za-z]+)\.?[ -](\d{4})")
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def read_connections(data: bytes) -> ReadResult:
    """The people in a Connections.csv, in the file's order. Raises ReadProblem."""
    text = decoded(data, WHAT, hint="; if a spreadsheet saved it, save it again as “CSV UTF-8”")
    if not text.strip():
        raise ReadProblem(1, f"the file is empty; LinkedIn's Connections.csv starts with the columns {HEADER}.")
    # strict: a quote left open (a cut-off file) is an error, not the rest of the file in one field.
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    result = ReadResult()
    columns: dict[int, str] | None = None
    width = 0
    end = 0  # the last line of the row before
    try:
        for row in reader:
            line, end = end + 1, reader.line_num
            if columns is None:
                columns = _header(row)
                width = len(row)
                continue
            cells = [" ".join(cell.split()) for cell in row]  # one line each, as the contact form shows it
            if not any(cells):
                continue  # a blank line between rows: nobody
            if len(cells) > width and any(cells[width:]):
                raise ReadProblem(
                    line,
                    f"this row has {len(cells)} values but the header names {width} columns "
                    "(is there a comma outside quotes?).",
                )
            fields = {name: cells[index] for index, name in columns.items() if index < len(cells)}
            if not fields.get("first_name") and not fields.get("last_name"):
                result.skipped.append(Skipped(line, "no name", NAMELESS))
                continue
            result.people.append(
                ImportedPerson(
                    first_name=fields.get("first_name", ""),
                    last_name=fields.get("last_name", ""),
                    linkedin=fields.get("linkedin", ""),
                    email=fields.get("email", ""),
                    organization=fields.get("organization", ""),
                    role=fields.get("role", ""),
                    connected_on=connected_on(fields.get("connected_on", ""), line),
                    line=line,
                )
            )
    except csv.Error as problem:
        raise ReadProblem(end + 1, f"this line cannot be read as CSV ({problem}).") from None
    if columns is None:
        raise ReadProblem(
            1,
            f"no line names the columns {HEADER}, so this is not LinkedIn's Connections.csv "
            "(it is in the folder of LinkedIn's data export).",
        )
    return result


def _header(row: list[str]) -> dict[int, str] | None:
    """Column index -> field when ``row`` is the header, else None (a line of the preamble)."""
    found: dict[int, str] = {}
    for index, cell in enumerate(row):
        name = COLUMNS.get(" ".join(cell.split()).casefold())
        if name is not None and name not in found.values():
            found[index] = name
    if "first_name" in found.values() and "last_name" in found.values():
        return found
    return None


def connected_on(text: str, line: int) -> str:
    """``15 Mar 2024`` (or ``2024-03-15``) as ``2024-03-15``; "" for no date. Raises ReadProblem."""
    if not text:
        return ""
    year = month = day = 0
    if match := _DAY_MONTH_YEAR.fullmatch(text):
        day, month, year = int(match[1]), MONTHS.get(match[2].casefold(), 0), int(match[3])
    elif match := _ISO_DATE.fullmatch(text):
        year, month, day = int(match[1]), int(match[2]), int(match[3])
    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:  # no match (year 0), an unknown month, or a day the month does not have
        raise ReadProblem(line, f"“{text}” under Connected On is not a date like “15 Mar 2024”.") from None
