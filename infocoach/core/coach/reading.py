"""What a reader reads of a message, and its words counted as a reader counts them.

The body runs from the greeting to the closing line ("Kind regards,"): an email's "Subject:"
line before it and the signature block after it (name, title, email, phone, links) are not
part of it. A word is what sits between spaces and holds a letter or a digit, so "10:00",
"follow-up" and "U.S." are one word each and a lone dash is none; an email address, a web
address or a phone number is one word even when it is written with spaces ("020 7946 0958").

    >>> count_words("Dear Dr. Tan,\\n\\nCould we talk at 10:00?\\n\\nKind regards,\\nAlex Morgan\\nalex@example.com")
    10
"""

from __future__ import annotations

import re

from infocoach.core.coach.greetings import SUBJECT

_FLAGS = re.IGNORECASE

# One word however it is spelt out: addresses, links and phone numbers.
_ATOM = re.compile(
    r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+"  # an email address
    r"|(?:https?://|www\.)\S+"  # a web address
    r"|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|edu|gov|io|co|uk|dev|me|ai|info|biz)\b(?:/\S*)?"  # linkedin.com/in/…
    r"|(?<![\w/])\+?\(?\d[\d ().-]{5,}\d(?![\w/])",  # a phone number: digits with spaces, dots, dashes
    _FLAGS,
)
_CHUNK = re.compile(r"\S+")
_HAS_WORD = re.compile(r"[^\W_]")

# A closing line on its own: "Kind regards,", "Best wishes", "Thank you!", "Sincerely,".
_CLOSING = re.compile(
    r"^(?:(?:with\s+)?(?:(?:kind|warm|warmest|best|many|sincere)\s+)?(?:regards|wishes|thanks)"
    r"|(?:all\s+the\s+)?best(?:\s+wishes)?|(?:yours\s+)?(?:sincerely|truly|faithfully)(?:\s+yours)?"
    r"|thanks?(?:\s+you)?(?:\s+(?:again|so\s+much|very\s+much))?|many\s+thanks|cheers|respectfully(?:\s+yours)?"
    r"|with\s+(?:gratitude|thanks|appreciation|best\s+wishes)|gratefully|warmly|take\s+care)[ \t]*[,.!]?[ \t]*$",
    _FLAGS | re.MULTILINE,
)
_CONTACT_LABEL = re.compile(
    r"\b(?:e-?mail|mail|phone|tel|telephone|mobile|cell|m|e|t|p|w|web|website|site|linkedin|portfolio|github)\b\s*:?",
    _FLAGS,
)
_SIGNATURE_DELIMITER = re.compile(r"^--[ \t]*$", re.MULTILINE)


def body_span(text: str) -> tuple[int, int]:
    """Where the body starts (after a "Subject:" line) and ends (after the closing line, or
    before a "--" signature delimiter). Without a closing line, a trailing block of contact
    lines (an email, a phone number or a link on each) is left out too."""
    start = 0
    if SUBJECT.match(text.lstrip()):
        start = text.find("\n", len(text) - len(text.lstrip()))
        start = len(text) if start < 0 else start + 1
    end = len(text)
    delimiter = _SIGNATURE_DELIMITER.search(text, start)
    if delimiter:
        end = delimiter.start()
    for closing in reversed(list(_CLOSING.finditer(text, start, end))):
        if not _is_first_line(text, start, closing.start()) and _only_signature(text[closing.end() : end]):
            return start, closing.end()
    return start, _before_contact_lines(text, start, end)


def _only_signature(tail: str) -> bool:
    """Whether the lines after a closing are a signature (short lines, no sentences), so that a
    "Thanks!" in the middle of a message is not read as its end."""
    lines = [line.strip() for line in tail.splitlines() if line.strip()]
    return len(lines) <= 8 and all(
        _is_contact_line(line) or (len(line.split()) <= 8 and not line.endswith((".", "?", "!"))) for line in lines
    )


def _is_first_line(text: str, start: int, at: int) -> bool:
    """Whether ``at`` is on the body's first non-empty line (a "Thanks!" there is no closing)."""
    return not text[start:at].strip()


def _before_contact_lines(text: str, start: int, end: int) -> int:
    """``end`` moved back over trailing contact lines ("alex@example.com", "Phone: 555 0199"),
    never over the first line."""
    lines = text[start:end].splitlines(keepends=True)
    first = next((i for i, line in enumerate(lines) if line.strip()), len(lines))
    cut = offset = end
    for index in range(len(lines) - 1, first, -1):
        offset -= len(lines[index])
        stripped = lines[index].strip()
        if not stripped:
            continue
        if not _is_contact_line(stripped):
            break
        cut = offset
    return cut


def _is_contact_line(line: str) -> bool:
    """An address, link or phone number with at most a label ("Email:", "M:") beside it."""
    if not _ATOM.search(line):
        return False
    rest = _CONTACT_LABEL.sub(" ", _ATOM.sub(" ", line))
    return not [word for word in rest.split() if _HAS_WORD.search(word)]


def word_spans(text: str) -> list[tuple[int, int]]:
    """The words of the body, each as a span into ``text`` (an address, link or phone one word)."""
    start, end = body_span(text)
    atoms = [m.span() for m in _ATOM.finditer(text, start, end) if _HAS_WORD.search(m.group())]
    spans = list(atoms)
    index = 0
    for chunk in _CHUNK.finditer(text, start, end):
        while index < len(atoms) and atoms[index][1] <= chunk.start():
            index += 1
        if index < len(atoms) and atoms[index][0] < chunk.end():
            continue  # a piece of an address or a phone number, already counted
        if _HAS_WORD.search(chunk.group()):
            spans.append(chunk.span())
    return sorted(spans)


def count_words(text: str) -> int:
    """How many words of the body a reader reads (see the module's notes)."""
    return len(word_spans(text))


def body_end(text: str) -> int:
    """Where the body ends, white space before it left out."""
    start, end = body_span(text)
    return start + len(text[start:end].rstrip())
