"""The mailto: link of a draft (RFC 6068): escaping, line breaks, no address, the length limit."""

from __future__ import annotations

from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from infocoach.core.exports.mailto import MAILTO_LIMIT, MailtoTooLong, mailto_link


def test_a_simple_draft_reads_back_exactly() -> None:
    link = mailto_link("mei.tan@example.net", "Thank you", "Dear Dr. Tan,\n\nThank you.\n")
    assert link == "mailto:mei.tan@example.net?subject=Thank%20you&body=Dear%20Dr.%20Tan%2C%0D%0A%0D%0AThank%20you."
    parts = urlsplit(link)
    fields = parse_qs(parts.query)
    assert parts.path == "mei.tan@example.net"
    assert fields["subject"] == ["Thank you"] and fields["body"] == ["Dear Dr. Tan,\r\n\r\nThank you."]


def test_spaces_are_percent_20_never_plus_and_a_plus_stays_a_plus() -> None:
    link = mailto_link("a@example.com", "C++ and you", "1 + 1")
    assert "+" not in link
    assert "subject=C%2B%2B%20and%20you" in link and "body=1%20%2B%201" in link


@pytest.mark.parametrize("character", ["&", "?", "#", "%", "=", ";", "/", ":", "[", "]"])
def test_characters_that_would_split_or_end_a_field_are_escaped(character: str) -> None:
    text = f"a{character}b"
    link = mailto_link("a@example.com", text, text)
    escaped = f"a%{ord(character):02X}b"
    assert link == f"mailto:a@example.com?subject={escaped}&body={escaped}"
    subject, body = link.split("?", 1)[1].split("&")
    assert unquote(subject.removeprefix("subject=")) == text and unquote(body.removeprefix("body=")) == text
    assert subject.count("=") == 1 and body.count("=") == 1  # no bare "=" inside a value


def test_every_line_break_becomes_crlf() -> None:
    link = mailto_link("", "", "one\ntwo\r\nthree\rfour")
    assert link.endswith("body=one%0D%0Atwo%0D%0Athree%0D%0Afour")
    assert "%0A%0D" not in link and "%0D%0D" not in link


def test_non_ascii_is_utf_8() -> None:
    link = mailto_link("chloé@example.com", "Merci, Chloé", "Ayşe — 東京 🙂")
    assert "Merci%2C%20Chlo%C3%A9" in link
    assert "chlo%C3%A9@example.com" in link  # the address keeps its @
    assert unquote(link.split("body=")[1]) == "Ayşe — 東京 🙂"
    assert link.isascii()


def test_no_address_leaves_to_empty() -> None:
    assert mailto_link("", "Hello", "Hi") == "mailto:?subject=Hello&body=Hi"
    assert mailto_link("  ", "", "") == "mailto:"


def test_an_address_with_a_question_mark_cannot_start_the_fields() -> None:
    link = mailto_link("odd?name@example.com", "S", "B")
    assert link.startswith("mailto:odd%3Fname@example.com?subject=S")


def test_the_length_limit_counts_the_encoded_link() -> None:
    fits = "a" * (MAILTO_LIMIT - len("mailto:a@example.com?body="))
    assert len(mailto_link("a@example.com", "", fits)) == MAILTO_LIMIT
    with pytest.raises(MailtoTooLong) as refused:
        mailto_link("a@example.com", "", fits + "a")
    assert refused.value.length == MAILTO_LIMIT + 1 and refused.value.limit == MAILTO_LIMIT
    assert "2,001 characters" in str(refused.value) and "about 2,000" in str(refused.value)
    # Encoded length counts: 400 characters of Japanese are 3,600 in the link.
    with pytest.raises(MailtoTooLong):
        mailto_link("a@example.com", "", "東" * 400)
