"""Planning an import against the stored contacts: repeatable, says what changed, keeps the user's edits."""

from __future__ import annotations

import time
from dataclasses import replace

from connection_files import ANA, MEI, RAJ, connections_csv, many_rows

from infocoach.core.imports.identity import name_key, profile_key
from infocoach.core.imports.linkedin_csv import read_connections
from infocoach.core.imports.merge import ImportPlan, plan_import
from infocoach.core.imports.people import ImportedPerson, ReadResult
from infocoach.core.imports.plan_text import change_line, summary
from infocoach.core.records.model import Contact

NOW = "2026-11-25T13:30:00+00:00"
LATER = "2026-12-01T08:00:00+00:00"
ZONE = "Europe/London"


def plan(rows: list[tuple[str, ...]], existing: list[Contact], *, now: str = NOW) -> ImportPlan:
    return plan_import(read_connections(connections_csv(rows)), existing, source="linkedin", timezone=ZONE, now=now)


def stored_after(first: ImportPlan, existing: list[Contact]) -> list[Contact]:
    """The contacts as the store holds them once ``first`` is written (by id, as import_records does)."""
    by_id = {c.id: c for c in existing} | {c.id: c for c in first.contacts}
    return list(by_id.values())


def by_name(contacts: list[Contact], last_name: str) -> Contact:
    return next(c for c in contacts if c.last_name == last_name)


def test_new_people_become_contacts_to_fill_in() -> None:
    first = plan([ANA, RAJ, MEI], [])
    assert [c.kind for c in first.changes] == ["added"] * 3
    ana = by_name(first.contacts, "López")
    assert ana.id.startswith("c-") and ana.created_at == NOW
    assert (ana.source, ana.honorific, ana.address_by, ana.timezone) == ("linkedin", "", "title", ZONE)
    assert ana.connected_on == "2024-03-15"
    assert ana.connection == "We connected on LinkedIn in March 2024"
    assert ana.imported == {
        "first_name": "Ana",
        "last_name": "López",
        "role": "Analyst",
        "organization": "Contoso",
        "linkedin": "https://www.linkedin.com/in/ana-lopez-3b1a",
    }
    assert change_line(first.changes[0], dry_run=True) == "line 5: would add Ana López, Analyst at Contoso"
    assert change_line(first.changes[0], dry_run=False) == "line 5: added Ana López, Analyst at Contoso"
    assert summary(first) == "3 added, 0 updated, 0 unchanged, 0 skipped."


def test_importing_the_same_file_again_adds_nothing_and_writes_nothing() -> None:
    first = plan([ANA, RAJ, MEI], [])
    again = plan([ANA, RAJ, MEI], stored_after(first, []), now=LATER)
    assert [c.kind for c in again.changes] == ["unchanged"] * 3
    assert again.contacts == []
    assert summary(again) == "0 added, 0 updated, 3 unchanged, 0 skipped."


def test_a_newer_export_updates_who_changed_jobs_and_says_so() -> None:
    first = plan([ANA, RAJ], [])
    stored = stored_after(first, [])
    ana = by_name(stored, "López")
    stored = [replace(ana, honorific="Ms.") if c is ana else c for c in stored]  # the user filled it in
    promoted = (*ANA[:4], "Fabrikam", "Director", ANA[6])
    newer = plan([promoted, RAJ], stored, now=LATER)
    assert [c.kind for c in newer.changes] == ["updated", "unchanged"]
    assert change_line(newer.changes[0], dry_run=False) == "line 5: updated: Ms. López is now Director at Fabrikam"
    assert change_line(newer.changes[0], dry_run=True) == "line 5: would update: Ms. López is now Director at Fabrikam"
    [written] = newer.contacts
    assert (written.id, written.role, written.organization, written.honorific) == (
        ana.id,
        "Director",
        "Fabrikam",
        "Ms.",
    )
    assert written.imported["role"] == "Director" and written.created_at == NOW
    # Without an honorific: the full name.
    moved = (*RAJ[:4], "Contoso", RAJ[5], RAJ[6])
    assert plan([moved], stored).changes[0].details == ("Raj Patel is now at Contoso",)


def test_an_email_shown_later_is_added_and_one_hidden_later_is_kept() -> None:
    first = plan([ANA, RAJ], [])
    stored = stored_after(first, [])
    shown = (*ANA[:3], "ana@contoso.example", *ANA[4:])
    hidden = (*RAJ[:3], "", *RAJ[4:])
    newer = plan([shown, hidden], stored)
    assert [c.kind for c in newer.changes] == ["updated", "unchanged"]
    assert newer.changes[0].details == ("Ana López's email address is now ana@contoso.example",)
    assert by_name(newer.contacts, "López").email == "ana@contoso.example"
    assert all(c.last_name != "Patel" for c in newer.contacts)


def test_matched_by_profile_however_the_url_is_written() -> None:
    first = plan([ANA], [])
    stored = stored_after(first, [])
    for url in (
        "http://linkedin.com/in/ana-lopez-3b1a/",
        "https://WWW.LinkedIn.com/in/Ana-Lopez-3b1a?trk=public",
        "https://uk.linkedin.com/in/ana-lopez-3b1a",
    ):
        # Even with her name spelled without the accent, it is her: the profile says so.
        again = plan([("Ana", "Lopez", url, *ANA[3:])], stored)
        assert [c.kind for c in again.changes] == ["updated"], url
        assert again.changes[0].details == ("Ana López is now named Ana Lopez",)
        assert by_name(again.contacts, "Lopez").linkedin == ANA[2]  # the same profile: no news
    assert profile_key("linkedin.com/in/ana%C3%A9") == profile_key("https://www.linkedin.com/in/anaé/")


def test_matched_by_name_and_organization_tolerantly() -> None:
    typed = Contact(
        id="c-typed",
        first_name="Jose",
        last_name="Nunez",
        honorific="Mr.",
        organization="FABRIKAM",
        role="Sales lead",
        why="He built their sales team",
    )
    person = ImportedPerson(
        first_name="José",
        last_name="Núñez",
        organization="Fabrikam, Inc.",
        role="Director of Sales",
        email="jose@fabrikam.example",
        line=3,
    )
    planned = plan_import(ReadResult(people=[person]), [typed], source="vcard", timezone=ZONE, now=NOW)
    [change] = planned.changes
    assert change.kind == "updated"
    [merged] = planned.contacts
    assert merged.id == "c-typed" and merged.why == "He built their sales team"
    # Typed before any import: the user's name, organisation and role stay; the empty email fills.
    assert (merged.first_name, merged.organization, merged.role) == ("Jose", "FABRIKAM", "Sales lead")
    assert merged.email == "jose@fabrikam.example" and merged.source == ""
    assert change.details == (
        "Mr. Nunez's email address is now jose@fabrikam.example",
        "your edit of Mr. Nunez's first name stays “Jose” (the file says “José”)",
        "your edit of Mr. Nunez's last name stays “Nunez” (the file says “Núñez”)",
        "your edit of Mr. Nunez's role stays “Sales lead” (the file says “Director of Sales”)",
    )
    assert change.kept == 3
    # Said once: the next import of the same file has nothing to say.
    again = plan_import(ReadResult(people=[person]), [merged], source="vcard", timezone=ZONE, now=NOW)
    assert [(c.kind, c.details) for c in again.changes] == [("unchanged", ())]
    assert again.contacts == []
    assert name_key("José-Luis  Núñez", "") == name_key("jose luis", "NUNEZ")


def test_a_field_the_user_edited_is_never_overwritten() -> None:
    first = plan([ANA, RAJ], [])
    stored = stored_after(first, [])
    ana = by_name(stored, "López")
    raj = by_name(stored, "Patel")
    edited = [replace(ana, role="Head of Data"), replace(raj, email="")]  # she told you; he asked you not to
    newer_rows = [(*ANA[:5], "Senior Analyst", ANA[6]), (*RAJ[:3], "raj@new.example", *RAJ[4:])]
    newer = plan(newer_rows, edited)
    assert [c.kind for c in newer.changes] == ["unchanged", "unchanged"]
    assert newer.changes[0].details == (
        "your edit of Ana López's role stays “Head of Data” (the file says “Senior Analyst”)",
    )
    assert newer.changes[1].details == (
        "your edit of Raj Patel's email address stays empty (the file says “raj@new.example”)",
    )
    assert summary(newer) == "0 added, 0 updated, 2 unchanged, 0 skipped; your own edits kept for 2 people."
    written = {c.last_name: c for c in newer.contacts}
    assert written["López"].role == "Head of Data" and written["López"].imported["role"] == "Senior Analyst"
    assert written["Patel"].email == "" and written["Patel"].imported["email"] == "raj@new.example"
    # The same file again: nothing to say, nothing to write, the edits still there.
    again = plan(newer_rows, stored_after(newer, edited))
    assert [(c.kind, c.details) for c in again.changes] == [("unchanged", ()), ("unchanged", ())]
    assert again.contacts == []
    # An edit undone (back to what was imported) lets the next import update the field again.
    back = [replace(written["López"], role="Senior Analyst")]
    newest = plan([(*ANA[:5], "Lead Analyst", ANA[6])], back)
    assert by_name(newest.contacts, "López").role == "Lead Analyst"


def test_the_same_person_twice_in_a_file_and_nameless_rows_are_skipped_with_why() -> None:
    nameless = ("", "", "", "", "", "", "01 Feb 2022")
    first = plan([ANA, nameless, RAJ, ANA], [])
    assert [c.kind for c in first.changes] == ["added", "skipped", "added", "skipped"]
    assert (
        change_line(first.changes[3], dry_run=False) == "line 8: skipped: the same person as an earlier line (line 5)"
    )
    assert change_line(first.changes[1], dry_run=True) == (
        "line 6: would skip: no name (LinkedIn leaves out the names of members who hide them)"
    )
    assert (
        summary(first)
        == "2 added, 0 updated, 0 unchanged, 2 skipped (no name: 1; the same person as an earlier line: 1)."
    )


def test_the_same_name_at_the_same_employer_with_another_profile_is_another_person() -> None:
    stored = stored_after(plan([RAJ], []), [])
    namesake = ("Raj", "Patel", "https://www.linkedin.com/in/raj-patel-2", "", "Northwind Traders", "Intern", "")
    again = plan([namesake], stored)
    assert [c.kind for c in again.changes] == ["added"]
    assert again.contacts[0].connection == "We are connected on LinkedIn"


def test_an_archived_contact_is_found_not_added_again() -> None:
    stored = [replace(c, archived=True) for c in stored_after(plan([ANA], []), [])]
    again = plan([ANA], stored)
    assert [c.kind for c in again.changes] == ["unchanged"] and again.contacts == []


def test_ten_thousand_connections_against_five_thousand_contacts_quickly() -> None:
    rows = many_rows(10_000)
    stored = stored_after(plan(rows[:5_000], []), [])
    found = read_connections(connections_csv(rows))
    start = time.perf_counter()
    planned = plan_import(found, stored, source="linkedin", timezone=ZONE, now=LATER)
    elapsed = time.perf_counter() - start
    assert summary(planned) == "5000 added, 0 updated, 5000 unchanged, 0 skipped."
    assert elapsed < 2.0, elapsed  # about 0.2 s here; a bound for quadratic work, not a benchmark


def test_a_name_or_organisation_the_user_corrected_still_finds_them() -> None:
    card = ImportedPerson(first_name="Ana", last_name="Lopez", organization="Northwind", role="Director", line=1)
    first = plan_import(ReadResult(people=[card]), [], source="vcard", timezone=ZONE, now=NOW)
    [ana] = first.contacts
    corrected = replace(ana, last_name="López-García", organization="Northwind Traders Europe")
    again = plan_import(ReadResult(people=[card]), [corrected], source="vcard", timezone=ZONE, now=LATER)
    assert [(c.kind, c.details) for c in again.changes] == [("unchanged", ())]
    assert again.contacts == []
