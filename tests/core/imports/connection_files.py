"""Contacts files shaped like the real ones, for the import tests (core and command line).

``connections_csv`` writes a Connections.csv as LinkedIn's data export does: a byte-order mark,
the "Notes:" paragraph about missing emails, a blank line, the header, CRLF line ends, and
fields quoted only where they must be (by the csv module, as LinkedIn's writer does).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence

HEADER = ("First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On")
NOTES = (
    "Notes:",
    "When exporting your connection data, you may notice that some of the email addresses are "
    "missing. You will only see email addresses for connections who have allowed their connections "
    "to see or download their email address using this setting "
    "https://www.linkedin.com/psettings/privacy/email. You can learn more here "
    "https://www.linkedin.com/help/linkedin/answer/261",
)

# (first, last, url, email, company, position, connected on)
Row = Sequence[str]

ANA = ("Ana", "López", "https://www.linkedin.com/in/ana-lopez-3b1a", "", "Contoso", "Analyst", "15 Mar 2024")
RAJ = (
    "Raj",
    "Patel",
    "https://www.linkedin.com/in/rajpatel",
    "raj@example.com",
    "Northwind Traders",
    "Engineer",
    "02 Jan 2023",
)
MEI = (
    "Mei Lin",
    "Tan",
    "https://www.linkedin.com/in/meilin-tan",
    "",
    "Fabrikam, Inc.",
    'Head of "Data", EMEA',
    "30 Nov 2021",
)


def connections_csv(
    rows: Iterable[Row], *, header: Sequence[str] = HEADER, bom: bool = True, notes: bool = True
) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    if notes:
        writer.writerow([NOTES[0]])
        writer.writerow([NOTES[1]])
        out.write("\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow(row)
    return ("\ufeff" if bom else "").encode("utf-8") + out.getvalue().encode("utf-8")


def many_rows(count: int, *, company: str = "Employer") -> list[tuple[str, ...]]:
    """``count`` distinct connections, a few with accents, most without an email."""
    months = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
    rows = []
    for i in range(count):
        first = ("Zoë", "André", "Sam", "Kim")[i % 4]
        rows.append(
            (
                first,
                f"Person{i}",
                f"https://www.linkedin.com/in/person-{i}",
                f"p{i}@example.com" if i % 10 == 0 else "",
                f"{company} {i % 500}",
                ("Analyst", "Engineer", "Director, Data")[i % 3],
                f"{1 + i % 28:02d} {months[i % 12]} {2015 + i % 10}",
            )
        )
    return rows


# As Google Contacts exports (vCard 3.0): the colon of a URL escaped, labelled items, CRLF.
GOOGLE_VCF = (
    "BEGIN:VCARD\r\n"
    "VERSION:3.0\r\n"
    "FN:José Núñez\r\n"
    "N:Núñez;José;;;\r\n"
    "EMAIL;TYPE=INTERNET;TYPE=WORK:jose.nunez@fabrikam.example\r\n"
    "EMAIL;TYPE=INTERNET;TYPE=HOME:pepe@example.com\r\n"
    "TEL;TYPE=CELL:+34 600 123 456\r\n"
    "ORG:Fabrikam\\, Inc.;Ventas\r\n"
    "TITLE:Director de ventas\r\n"
    "item1.URL:https\\://www.linkedin.com/in/jose-nunez\r\n"
    "item1.X-ABLabel:LinkedIn\r\n"
    "NOTE:Met at the Madrid meetup\\, 2023\r\n"
    "CATEGORIES:myContacts\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\n"
    "VERSION:3.0\r\n"
    "FN:Priya Raman\r\n"
    "N:Raman;Priya;;Dr.;\r\n"
    "EMAIL;TYPE=INTERNET:priya@contoso.example\r\n"
    "ORG:Contoso\r\n"
    "TITLE:Principal scientist with a title long enough to be folded by the exporting a\r\n"
    " pp\r\n"
    "END:VCARD\r\n"
)

# As an iPhone shares contacts (vCard 3.0): the honorific in N, a preferred email among
# grouped items, the LinkedIn profile as X-SOCIALPROFILE, and a company's own card.
IPHONE_VCF = (
    "BEGIN:VCARD\r\n"
    "VERSION:3.0\r\n"
    "PRODID:-//Apple Inc.//iPhone OS 17.4//EN\r\n"
    "N:Lopez;Ana;;Ms.;\r\n"
    "FN:Ms. Ana Lopez\r\n"
    "ORG:Northwind Traders;\r\n"
    "TITLE:Director\r\n"
    "item1.EMAIL;type=INTERNET;type=HOME:ana.home@example.com\r\n"
    "item2.EMAIL;type=INTERNET;type=WORK;type=pref:ana@northwind.example\r\n"
    "TEL;type=CELL;type=VOICE;type=pref:+1 (555) 010-0100\r\n"
    "TEL;type=WORK;type=VOICE:+1 555 010 0199\r\n"
    "X-SOCIALPROFILE;type=linkedin:http://www.linkedin.com/in/ana-lopez-nw\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\n"
    "VERSION:3.0\r\n"
    "N:;;;;\r\n"
    "FN:Northwind Traders\r\n"
    "ORG:Northwind Traders;\r\n"
    "X-ABShowAs:COMPANY\r\n"
    "END:VCARD\r\n"
)

# As an older Android phone exports (vCard 2.1): quoted-printable UTF-8 with a soft line break.
ANDROID_VCF = (
    "BEGIN:VCARD\r\n"
    "VERSION:2.1\r\n"
    "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:M=C3=BCller;J=C3=BCrgen;;;\r\n"
    "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:J=C3=BCrgen M=C3=BC=\r\n"
    "ller\r\n"
    "TEL;CELL:+49 151 2345678\r\n"
    "END:VCARD\r\n"
)

# vCard 4.0 (as Nextcloud or Thunderbird write it): a tel: URI, PREF=1.
VCARD4 = (
    "BEGIN:VCARD\r\n"
    "VERSION:4.0\r\n"
    "FN:Kim Ng\r\n"
    "N:Ng;Kim;;;\r\n"
    "EMAIL;TYPE=work:kim@old.example\r\n"
    "EMAIL;PREF=1:kim@acme.example\r\n"
    'TEL;VALUE=uri;TYPE="voice,cell":tel:+1-555-555-0142\r\n'
    "ORG:Acme\r\n"
    "URL:https://kim.example\r\n"
    "URL:https://linkedin.com/in/kim-ng/\r\n"
    "END:VCARD\r\n"
)
