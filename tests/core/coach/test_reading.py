"""Word counts (issue 16): the body a reader reads, without the signature; an address is one word."""

from __future__ import annotations

import pytest

from infocoach.core.coach import Kind, count_words, lint

GREETING = "Dear Ms. Rivera,"
CLOSING = "Kind regards,"


def template(words: int) -> str:
    """A message whose greeting, body and closing line hold exactly ``words`` words."""
    body = " ".join(["word"] * (words - 5))  # "Dear Ms. Rivera," 3 and "Kind regards," 2
    return f"{GREETING}\n\n{body}\n\n{CLOSING}"


SIGNATURE = (
    "Alex Morgan\n"
    "Marketing student, University of Leeds\n"
    "alex.morgan@example.com\n"
    "+44 113 496 0000\n"
    "linkedin.com/in/alexmorgan\n"
    "https://alexmorgan.example.org/portfolio"
)


def test_a_100_word_template_with_a_signature_counts_100() -> None:
    text = f"{template(100)}\n{SIGNATURE}"
    assert count_words(template(100)) == 100
    assert count_words(text) == 100
    assert "too-long" not in {f.rule for f in lint(text, Kind.OUTREACH)}
    assert "too-long" in {f.rule for f in lint(f"{template(101)}\n{SIGNATURE}", Kind.OUTREACH)}


@pytest.mark.parametrize(
    "line",
    [
        "Alex Morgan",
        "Marketing student, University of Leeds",
        "alex.morgan@example.com",
        "+44 113 496 0000",
        "(555) 201-3344",
        "linkedin.com/in/alexmorgan",
        "https://alexmorgan.example.org",
    ],
)
def test_each_signature_line_after_the_closing_is_left_out(line: str) -> None:
    assert count_words(f"{template(40)}\n{line}") == 40


@pytest.mark.parametrize(
    "closing", ["Best,", "Best wishes,", "Sincerely,", "Thank you,", "Many thanks!", "Warm regards"]
)
def test_common_closing_lines_end_the_body(closing: str) -> None:
    text = f"{GREETING}\n\nShort body here.\n\n{closing}\nAlex Morgan\nStudent, Leeds"
    assert count_words(text) == 3 + 3 + len(closing.split())


def test_without_a_closing_line_trailing_contact_lines_are_left_out_but_a_name_is_not() -> None:
    text = f"{GREETING}\n\nShort body here.\n\nAlex Morgan\nalex@example.com\nPhone: +1 555 201 3344"
    assert count_words(text) == 3 + 3 + 2
    assert count_words(f"{GREETING}\n\nWrite to me at alex@example.com") == 3 + 5  # a sentence, not a contact line


def test_a_signature_delimiter_ends_the_body() -> None:
    assert count_words(f"{GREETING}\n\nShort body here.\n--\nAlex Morgan, Leeds") == 6


def test_a_closing_word_on_the_first_line_is_not_the_end() -> None:
    assert count_words("Thanks!\n\nThat was a great talk.") == 6


def test_a_closing_word_in_the_middle_is_not_the_end_when_sentences_follow() -> None:
    text = f"{GREETING}\n\nThank you!\n\nYour advice on portfolios helped me a lot.\n\nSam"
    assert count_words(text) == 3 + 2 + 8 + 1  # no closing line: the name is read too


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Write to alex.morgan@example.com today", 4),
        ("See https://example.org/a/b?c=d for more", 4),
        ("See www.example.org or linkedin.com/in/alex", 4),
        ("Call +44 113 496 0000 or (555) 201-3344 please", 5),
        ("Call 020 7946 0958 any time", 4),
        ("Tue, Dec 8 at 10:00 AM", 6),
        ("a well-known follow-up, don't", 4),
        ("1–2 ideas — e.g. U.S. work", 5),
    ],
)
def test_an_address_link_or_phone_number_is_one_word(text: str, words: int) -> None:
    assert count_words(text) == words


def test_in_the_body_an_address_is_still_counted_as_one_word() -> None:
    text = f"{GREETING}\n\nMy portfolio is at https://alex.example.org and my email is alex@example.com.\n\n{CLOSING}"
    assert count_words(text) == 3 + 10 + 2


def test_too_long_span_ends_at_the_closing_line_not_the_signature() -> None:
    text = f"{template(120)}\n{SIGNATURE}"
    (finding,) = [f for f in lint(text, Kind.OUTREACH) if f.rule == "too-long"]
    assert text[finding.start : finding.end].endswith(CLOSING)
    assert "120 words" in finding.message


def test_thank_you_notes_are_counted_the_same_way() -> None:
    text = "Dear Dr. Tan,\n\n" + "Thank you " + " ".join(["word"] * 143) + "\n\nWith gratitude,\n" + SIGNATURE
    assert count_words(text) == 150
    assert "too-long" not in {f.rule for f in lint(text, Kind.THANKS)}
