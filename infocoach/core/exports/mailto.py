"""A draft as a ``mailto:`` link (RFC 6068) that opens the user's mail program with the
recipient, the subject and the body filled in.

Every character of the subject and body that is not unreserved in a URI is percent-encoded as
UTF-8 (``urllib.parse.quote`` with nothing kept safe): a space is ``%20``, never ``+`` (RFC 6068
section 5; mail programs show a ``+`` as it is); ``&``, ``?``, ``#``, ``%`` and ``=`` cannot end
or split a field; and line breaks are written CRLF (``%0D%0A``), as the RFC asks, whatever the
draft holds. The address keeps its ``@``. No address gives ``mailto:?subject=...``, which RFC
6068 allows: the mail program opens with the To line empty.

Past :data:`MAILTO_LIMIT` characters the link is refused (:class:`MailtoTooLong`), and the
screens offer the .eml file (``mail_file.py``) instead, which has no such limit.
"""

from __future__ import annotations

from urllib.parse import quote

MAILTO_LIMIT = 2000
"""The longest link we hand over. URLs handed to a mail program pass through limits nobody
documents together: Windows' URL handlers and Outlook cut them near 2,048 characters
(INTERNET_MAX_URL_LENGTH is 2,083), some Linux desktop handlers and webmail "mailto" handlers
truncate or refuse long ones, and a cut link silently loses the end of the message (the
signature, or half a sentence). 2,000 stays under all of them; an outreach email of 100 words
is about 1,000 characters encoded, so only long drafts, or ones in scripts where each
character is several bytes, go to the .eml instead."""


class MailtoTooLong(ValueError):
    """The link would be longer than mail programs reliably accept."""

    def __init__(self, length: int, limit: int = MAILTO_LIMIT) -> None:
        super().__init__(
            f"As a mail link this draft is {length:,} characters; mail programs reliably accept about {limit:,}."
        )
        self.length, self.limit = length, limit


def mailto_link(to: str, subject: str, body: str, *, limit: int = MAILTO_LIMIT) -> str:
    """``mailto:to?subject=...&body=...``; raises MailtoTooLong past ``limit`` characters."""
    fields = []
    if subject:
        fields.append(f"subject={_encoded(subject)}")
    if body:
        fields.append(f"body={_encoded(_crlf(body.rstrip()))}")
    link = f"mailto:{quote(to.strip(), safe='@')}"
    if fields:
        link += "?" + "&".join(fields)
    if len(link) > limit:
        raise MailtoTooLong(len(link), limit)
    return link


def _crlf(text: str) -> str:
    """Every line break as CRLF (a draft in a text area has LF, a pasted one may have CR)."""
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\r\n")


def _encoded(text: str) -> str:
    return quote(text, safe="", encoding="utf-8", errors="strict")
