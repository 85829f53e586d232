"""Reading calendar invitations: Google- and Outlook-shaped files written from their documented
fields (fixtures/), and the ways a file can be wrong."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from infocoach.core.invites.invite_reading import InvitationProblem, read_invitation

FIXTURES = Path(__file__).parent / "fixtures"
MY_ZONE = "Europe/London"


def fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def event(lines: str, *, method: str = "REQUEST") -> bytes:
    """A minimal invitation around the VEVENT lines given."""
    body = f"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//test//EN\nMETHOD:{method}\nBEGIN:VEVENT\n{lines}\nEND:VEVENT\nEND:VCALENDAR\n"
    return body.replace("\n", "\r\n").encode()


def test_a_google_invitation_gives_its_uid_time_zone_length_and_people() -> None:
    invitation = read_invitation(fixture("google_new.ics"), floating_zone=MY_ZONE)
    assert invitation.uid == "5k1q7v2b9r3m0c4n8d6e2f1a0g@google.com"
    assert invitation.sequence == 0 and invitation.method == "REQUEST" and not invitation.cancelled
    assert invitation.start is not None and invitation.start.isoformat() == "2026-12-10T18:00:00+09:00"
    assert invitation.zone == "Asia/Tokyo" and not invitation.floating
    assert invitation.minutes == 30
    # Addresses in lower case, organiser first, each once (Google lists the organiser as an attendee too).
    assert invitation.emails == ("hana.sato@example.com", "alex.morgan@example.com")


def test_an_outlook_invitation_with_a_windows_zone_name_reads_the_offset_of_that_date() -> None:
    summer = read_invitation(fixture("outlook_new.ics"), floating_zone=MY_ZONE)
    assert summer.zone == "AUS Eastern Standard Time"
    assert summer.start is not None and summer.start.isoformat() == "2026-12-03T08:00:00+11:00"  # daylight time
    assert summer.minutes == 25
    assert summer.organizer == "rajesh.iyer@example.org"
    assert summer.uid.startswith("040000008200E00074C5B7101A82E008")  # unfolded whole
    # After the clocks went back in April, the same VTIMEZONE gives +10:00.
    autumn = read_invitation(fixture("outlook_rescheduled.ics"), floating_zone=MY_ZONE)
    assert autumn.start is not None and autumn.start.isoformat() == "2027-04-08T08:00:00+10:00"
    assert autumn.sequence == 1


def test_a_windows_zone_name_without_its_vtimezone_is_still_known() -> None:
    data = event(
        "UID:w1\nDTSTART;TZID=Pacific Standard Time:20260710T090000\nDURATION:PT20M\nORGANIZER:MAILTO:boss@example.com"
    )
    invitation = read_invitation(data, floating_zone=MY_ZONE)
    assert invitation.start is not None and invitation.start.isoformat() == "2026-07-10T09:00:00-07:00"
    assert invitation.minutes == 20  # from DURATION
    assert invitation.organizer == "boss@example.com"


def test_utc_and_floating_times() -> None:
    utc = read_invitation(event("UID:u\nDTSTART:20261210T150000Z\nDTEND:20261210T154000Z"), floating_zone=MY_ZONE)
    assert utc.start is not None and utc.start.isoformat() == "2026-12-10T15:00:00+00:00"
    assert utc.zone == "UTC" and utc.minutes == 40
    floating = read_invitation(event("UID:f\nDTSTART:20260710T150000\nDTEND:20260710T153000"), floating_zone=MY_ZONE)
    assert floating.floating and floating.zone == MY_ZONE
    assert floating.start is not None and floating.start.isoformat() == "2026-07-10T15:00:00+01:00"  # BST
    assert floating.minutes == 30


def test_an_all_day_event_has_a_date_and_no_time() -> None:
    invitation = read_invitation(fixture("outlook_all_day.ics"), floating_zone=MY_ZONE)
    assert invitation.all_day and invitation.start is None
    assert invitation.day == date(2026, 12, 3)
    assert invitation.minutes is None


def test_a_cancellation_is_read_from_method_or_status() -> None:
    cancel = read_invitation(fixture("google_cancelled.ics"), floating_zone=MY_ZONE)
    assert cancel.cancelled and cancel.method == "CANCEL" and cancel.sequence == 2
    by_status = read_invitation(event("UID:s\nSTATUS:CANCELLED\nSEQUENCE:3", method="PUBLISH"), floating_zone=MY_ZONE)
    assert by_status.cancelled and by_status.start is None  # a cancellation needs no time


def test_a_changed_occurrence_of_a_series_does_not_hide_the_event() -> None:
    data = event(
        "UID:r\nDTSTART:20261210T150000Z\nDURATION:PT30M\nEND:VEVENT\nBEGIN:VEVENT\nUID:r\n"
        "RECURRENCE-ID:20261217T150000Z\nDTSTART:20261218T150000Z\nDURATION:PT30M"
    )
    invitation = read_invitation(data, floating_zone=MY_ZONE)
    assert invitation.start is not None and invitation.start.day == 10


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"", "not an iCalendar file"),
        (b"Dear Alex, see you Thursday!", "not an iCalendar file"),
        (b"\x00\xff\xfe\x89PNG", "not an iCalendar file"),
        (b"BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ana\r\nEND:VCARD\r\n", "not an iCalendar file"),
        (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n", "holds no event"),
        (fixture("malformed.ics"), "start is not a date or a time"),
        (event("DTSTART:20261210T150000Z"), "no UID"),
        (event("UID:x\nDURATION:PT30M"), "no start time"),
        (event("UID:x\nDTSTART;TZID=Mars/Olympus_Mons:20261210T150000"), "time zone infocoach does not know"),
        (event("UID:x\nDTSTART:20261210T150000Z\nSEQUENCE:soon"), "SEQUENCE is not a number"),
        (
            event("UID:a\nDTSTART:20261210T150000Z\nEND:VEVENT\nBEGIN:VEVENT\nUID:b\nDTSTART:20261211T150000Z"),
            "2 different events",
        ),
        (b"BEGIN:VCALENDAR\r\n" + b"X-PAD:" + b"a" * 1_000_100 + b"\r\nEND:VCALENDAR\r\n", "a few kB"),
    ],
)
def test_what_is_not_a_readable_invitation_says_why(data: bytes, reason: str) -> None:
    with pytest.raises(InvitationProblem, match=reason):
        read_invitation(data, floating_zone=MY_ZONE)
