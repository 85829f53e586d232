"""What every contacts file is read into: people, the rows left out and why, and what stops a read.

The readers (``linkedin_csv``, ``vcard_cards``) know their file's shape and nothing of the
database; :mod:`infocoach.core.imports.merge` knows the database and nothing of file shapes.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class ImportedPerson:
    """One person as a file describes them. Empty text means the file did not say."""

    first_name: str
    last_name: str
    linkedin: str = ""  # the profile's URL, as the file gives it
    email: str = ""
    organization: str = ""
    role: str = ""
    phone: str = ""
    connected_on: str = ""  # YYYY-MM-DD: when you connected on LinkedIn
    honorific: str = ""  # one of the model's HONORIFICS, when the file names one (a vCard's N prefix)
    uid: str = ""  # a vCard's UID: our own contact id when the card came from `export --format vcard`
    line: int = 0  # where the person starts in the file (1 = the first line)


@dataclass(frozen=True, slots=True)
class Skipped:
    """A row or card that names nobody we can add, and why (not an error: the rest is read)."""

    line: int
    reason: str  # short, to be counted: "no name"
    detail: str = ""  # said on its line: why that happens


@dataclass(slots=True)
class ReadResult:
    """Everything a reader found in a file, in the file's order."""

    people: list[ImportedPerson] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)


class ReadProblem(ValueError):
    """The file cannot be read as what it was said to be: nothing of it should be imported.

    ``line`` is where the problem is (1 = the first line); the message says what is wrong in
    the user's terms, without the line, which :meth:`__str__` puts in front.
    """

    def __init__(self, line: int, message: str) -> None:
        super().__init__(line, message)
        self.line = line
        self.message = message

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}"


def line_of(data: bytes | str, offset: int) -> int:
    """The line number (1 = the first) of the character or byte at ``offset``."""
    if isinstance(data, bytes):
        return data.count(b"\n", 0, offset) + 1
    return data.count("\n", 0, offset) + 1


def decoded(data: bytes, what: str, hint: str = "") -> str:
    """The file's text: UTF-8, with or without a byte-order mark. Raises ReadProblem for bytes
    that are not text (naming the line where they start); ``what`` ends "it cannot be …", and
    ``hint`` is said after a text that is not UTF-8."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16, as some spreadsheets save "Unicode text"
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as problem:
            raise ReadProblem(
                line_of(data, problem.start), f"this line is not text, so the file cannot be {what}."
            ) from None
    nul = data.find(b"\x00")
    if nul >= 0:
        raise ReadProblem(line_of(data, nul), f"this is not a text file, so it cannot be {what}.")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as problem:
        raise ReadProblem(
            line_of(data, problem.start),
            f"this line is not UTF-8 text, so the file cannot be {what}{hint}.",
        ) from None
