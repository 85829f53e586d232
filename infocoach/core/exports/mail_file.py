"""A message saved as an .eml file: a draft any mail client opens ready to send."""

from __future__ import annotations

from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, formataddr

import pendulum


def eml_bytes(
    *,
    subject: str,
    body: str,
    to_name: str,
    to_address: str,
    now: pendulum.DateTime,
) -> bytes:
    """RFC 5322 bytes (CRLF line ends, UTF-8 where needed). ``X-Unsent: 1`` makes Outlook and
    others open it as a draft to send, not as a received message. There is no From: the mail
    client sends from the user's own account. An empty address is left out to fill in."""
    message = EmailMessage(policy=SMTP)
    if to_address.strip():
        message["To"] = formataddr((to_name, to_address.strip()))
    message["Subject"] = subject
    message["Date"] = format_datetime(now)
    message["X-Unsent"] = "1"
    message.set_content(body.rstrip("\n") + "\n")
    return message.as_bytes()
