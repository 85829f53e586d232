"""The demo's people: fourteen fictional professionals in fourteen fields.

Each "why" is written the way the user would say it to them, because drafts quote it. Every
person and organisation is fictional; e-mail addresses use the reserved example domains.
"""

from __future__ import annotations

from typing import Any


def _contact(
    id: str, honorific: str, first: str, last: str, role: str, org: str, email: str,
    slug: str, tz: str, connection: str, why: str,
) -> dict[str, Any]:  # fmt: skip
    return {
        "id": id, "honorific": honorific, "first_name": first, "last_name": last, "role": role,
        "organization": org, "email": email, "linkedin": f"https://www.linkedin.com/in/{slug}",
        "timezone": tz, "connection": connection, "why": why,
    }  # fmt: skip


CONTACTS: tuple[dict[str, Any], ...] = (
    _contact(
        "c-demo-01",
        "Dr.",
        "Amara",
        "Okafor",
        "Senior Epidemiologist",
        "Northbridge Public Health Institute",
        "amara.okafor@example.org",
        "amara-okafor-epi",
        "Africa/Lagos",
        "alumni network of the University of Leeds (we both read natural sciences)",
        "You went from teaching biology in Ibadan to leading the data team of a measles "
        "vaccination programme, and you still explain risk to the public: the jump from "
        "classroom to data that I am weighing.",
    ),
    _contact(
        "c-demo-02",
        "Mr.",
        "Tomás",
        "Herrera",
        "Data Reporter",
        "The Lakeshore Ledger",
        "tomas.herrera@example.com",
        "tomas-herrera-data",
        "America/Chicago",
        "met at a data visualisation meetup (he gave a remote talk on charting flood data)",
        "You taught chemistry for seven years and now report on water quality and public health "
        "from a newsroom's data desk, where science teaching and careful data work meet.",
    ),
    _contact(
        "c-demo-03",
        "Ms.",
        "Ingrid",
        "Halvorsen",
        "Head of Learning",
        "Nordlys Science Museum",
        "ingrid.halvorsen@example.org",
        "ingrid-halvorsen",
        "Europe/Oslo",
        "met at a hands-on workshop she ran at the Manchester Science Festival",
        "You taught physics in Bergen for six years and now curate climate exhibitions and run "
        "the museum's schools programme. Museum learning is a path I am very curious about.",
    ),
    _contact(
        "c-demo-04",
        "Mx.",
        "Sasha",
        "Novak",
        "Lead UX Researcher",
        "Fernhill Learning",
        "sasha.novak@example.com",
        "sasha-novak-ux",
        "Europe/Prague",
        "met at a UX research meetup (online) on research with young people",
        "You moved from teaching primary maths into UX research, running interview studies with "
        "pupils and teachers. Research where a classroom background counts is close to what I "
        "hope to do.",
    ),
    _contact(
        "c-demo-05",
        "Dr.",
        "Mei Lin",
        "Tan",
        "Principal Scientist",
        "Straits Biologics",
        "meilin.tan@example.net",
        "mei-lin-tan-bio",
        "Asia/Singapore",
        "referred by Ms. Halvorsen (Nordlys Science Museum), who worked with her on a touring exhibition",
        "You taught chemistry before a PhD in protein engineering, and now lead an assay team and "
        "open lab days for schools. I would love to see how research uses a teacher's skills.",
    ),
    _contact(
        "c-demo-06",
        "Mr.",
        "Lukas",
        "Brenner",
        "Energy Data Analyst",
        "Windward Energy Cooperative",
        "lukas.brenner@example.org",
        "lukas-brenner-energy",
        "Europe/Berlin",
        "met at a climate data hackathon in Manchester; we were on the same team",
        "You trained as a physics teacher and now forecast wind output for a community-owned "
        "energy cooperative. Physics, data and a mission I care about: your path is the closest "
        "match to my plans.",
    ),
    _contact(
        "c-demo-07",
        "Ms.",
        "Chloé",
        "Tremblay",
        "Systems Engineer and STEM Outreach Lead",
        "Borealis Aerospace",
        "chloe.tremblay@example.com",
        "chloe-tremblay-aero",
        "America/Toronto",
        "alumni network of the University of Leeds physics department",
        "You design thermal systems for small satellites and lead your company's school outreach "
        "programme. I would like to learn how industry values experience like yours.",
    ),
    _contact(
        "c-demo-08",
        "Mr.",
        "Rajesh",
        "Iyer",
        "Senior Transport Planner",
        "Eastgate Regional Planning Authority",
        "rajesh.iyer@example.org",
        "rajesh-iyer-planning",
        "Australia/Melbourne",
        "alumni network of the teacher training programme at the University of Manchester",
        "You taught geography in Manchester, retrained in urban planning and now model bus and "
        "cycling routes from open data. Your path shows how teaching and public data work fit "
        "together.",
    ),
    _contact(
        "c-demo-09",
        "Dr.",
        "Sofía",
        "Castillo",
        "Veterinary Epidemiologist",
        "Andes Animal Health Laboratory",
        "sofia.castillo@example.net",
        "sofia-castillo-vet",
        "America/Bogota",
        "met at a One Health webinar; she answered my question in the chat",
        "You moved from farm practice into tracking livestock disease, and now train farmers to "
        "read the results. I would like to hear how you explain uncertain data to non-specialists.",
    ),
    _contact(
        "c-demo-10",
        "Ms.",
        "Hana",
        "Sato",
        "Narrative and Learning Designer",
        "Lantern Fox Games",
        "hana.sato@example.com",
        "hana-sato-games",
        "Asia/Tokyo",
        "met at a games-for-learning meetup (online)",
        "You wrote science lessons for a textbook publisher before designing ecology games. "
        "Games are a way of teaching science I have never tried, and you know both sides.",
    ),
    _contact(
        "c-demo-11",
        "Mrs.",
        "Margaret",
        "Whitlock",
        "Director of Development",
        "The Riverside Literacy Trust",
        "margaret.whitlock@example.org",
        "margaret-whitlock",
        "Europe/London",
        "she spoke at our school's careers evening",
        "You led a school science department and now raise funds for a reading charity and "
        "report its impact to funders: a route where teaching, evidence and persuasion all count.",
    ),
    _contact(
        "c-demo-12",
        "Mr.",
        "Jonas",
        "Lindqvist",
        "Commissioning Editor, Popular Science",
        "Marram Press",
        "jonas.lindqvist@example.com",
        "jonas-lindqvist",
        "Europe/Stockholm",
        "met at a popular-science book launch in London",
        "You were a school librarian before commissioning science books for young readers. "
        "Writing about science for a general audience is one of the paths I am considering.",
    ),
    _contact(
        "c-demo-13",
        "Prof.",
        "Kwabena",
        "Asante",
        "Professor of Climate Data Science",
        "Coastal University of Science and Technology",
        "kwabena.asante@example.org",
        "kwabena-asante",
        "Africa/Accra",
        "referred by Mr. Herrera (The Lakeshore Ledger)",
        "You build open rainfall datasets for West Africa, explain climate data in a newspaper "
        "column and once trained science teachers. You make research public as I would like to.",
    ),
    _contact(
        "c-demo-14",
        "",
        "Ayşe",
        "Demir",
        "Data Editor",
        "OpenAtlas Foundation",
        "ayse.demir@example.net",
        "ayse-demir-data",
        "Europe/Istanbul",
        "met at an open-data meetup (online)",
        "You taught chemistry for three years and now edit public datasets and write plain-"
        "language guides for teachers. I want to learn how a small nonprofit combines the two.",
    ),
)
