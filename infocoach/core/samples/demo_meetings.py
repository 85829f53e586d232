"""The demo's meetings: purposes, research, questions, notes, talk totals and drafts.

One user runs through all of it (the people are in :mod:`infocoach.core.samples.demo_contacts`): Alex Morgan, a physics teacher at a secondary school in
Manchester, exploring a move into work that uses data and science communication. Every person
and organisation here is fictional; e-mail addresses use the reserved example domains.

Times are never absolute. A step's time is a :data:`When`, which :mod:`infocoach.core.samples.demo`
turns into a moment relative to "now", so the same story is always current.
"""

from __future__ import annotations

from dataclasses import dataclass

When = tuple[int, str] | str
"""``(days before today, "HH:MM")`` in the user's time zone, or a keyword the builder resolves:
``"end"`` (when the meeting ended), ``"ended-30h-ago"`` / ``"ended-5h-ago"`` (a meeting start
chosen so that it ended about that long ago), ``"later-today"`` (today at 15:00, or tomorrow when
that is less than an hour away) and ``"in-3-days"`` (16:00, three days from today)."""

DEMO_USER_NAME = "Alex Morgan"
"""The demo's own user: drafts in the demo are signed with this name when yours is not set."""

SIGN_OFF = f"Kind regards,\n{DEMO_USER_NAME}"


@dataclass(frozen=True, slots=True)
class MeetingSpec:
    """One demo meeting, in the compact form the builder expands."""

    id: str
    contact_id: str
    steps: tuple[tuple[str, When], ...]  # the pipeline path, first status first
    purpose: str
    research: str = ""
    start: When | None = None  # when the meeting starts (or started)
    minutes: int = 30
    questions: tuple[tuple[str, str, str], ...] = ()  # (TIARA category, state, text), by priority
    notes: tuple[tuple[int, bool, str], ...] = ()  # (minutes after start, starred, text)
    referrals: tuple[tuple[str, str, str], ...] = ()  # (name, organisation, detail)
    actions: tuple[tuple[int, bool, str], ...] = ()  # (minutes after start, done, what I will do)
    talk: tuple[float, float, float] | None = None  # seconds: me, them, nobody
    slots: tuple[str, ...] = ()  # times offered in the outreach, "HH:MM" in the contact's zone
    outreach: str = ""  # "{slots}" is replaced by the offered times
    followup: str = ""
    thanks: str = ""
    archived: bool = False


T, I, A, R, AS = "Trends", "Insights", "Advice", "Resources", "Assignments"

MEETINGS: tuple[MeetingSpec, ...] = (
    MeetingSpec(
        id="m-demo-01",
        contact_id="c-demo-01",
        steps=(
            ("planned", (176, "19:40")),
            ("requested", (172, "07:15")),
            ("scheduled", (169, "18:05")),
            ("done", "end"),
            ("thanked", (164, "08:30")),
        ),
        start=(165, "13:00"),
        purpose="Learn how a teacher moves into epidemiology, and which skills carry over.",
        research="Read her institute's measles coverage report (she is second author). Four "
        "years teaching biology in Ibadan, then an MSc at Leeds. Gave a talk on explaining "
        "vaccine data to parents.",
        questions=(
            (T, "asked", "Which changes in public health data work do you expect in the next five years?"),
            (I, "asked", "What surprised you most when you moved from the classroom to a data team?"),
            (I, "asked", "Which parts of your teaching do you still use every week?"),
            (A, "asked", "In my place, what would you learn first: statistics, programming or public health?"),
            (R, "asked", "Which courses or open datasets would you recommend for practice?"),
            (AS, "skipped", "Is there a small project I could do to test whether I enjoy this work?"),
            (R, "asked", "Who else do you think I should talk to?"),
        ),
        notes=(
            (
                4,
                False,
                "Her first year on the data team was mostly cleaning spreadsheets, and "
                "that is still much of the work: learn to enjoy tidy data.",
            ),
            (
                9,
                True,
                "Teachers already know how to explain uncertainty to a room that did not "
                "ask for it. She called it the rarest skill on her team.",
            ),
            (14, False, "Learn R before Python for epidemiology: most public health code she reads is in R."),
            (
                19,
                True,
                "Reproduce one published analysis end to end (the open measles dataset "
                "behind her report) and write it up for parents.",
            ),
            (
                23,
                False,
                "Her MSc helped, but she has seen good people join with a strong portfolio and one short course.",
            ),
            (27, False, "Suggested Mr. Chidi Eze, who moved from maths teaching into programme data."),
        ),
        referrals=(
            (
                "Mr. Chidi Eze",
                "Northbridge Public Health Institute",
                "Data manager on the measles programme at Northbridge; "
                "taught maths for six years. Dr. Okafor will introduce us by email.",
            ),
        ),
        actions=(
            (20, True, "Reproduce the measles coverage analysis from the open dataset"),
            (27, True, "Write to Mr. Chidi Eze once Dr. Okafor has introduced us"),
        ),
        talk=(560, 1000, 140),
        thanks="Dear Dr. Okafor,\n\nThank you for giving me half an hour yesterday. Your point "
        "that teachers already know how to explain uncertainty to a room that did not ask for "
        "it has stayed with me; I had not seen my classroom years as a strength for data work.\n\n"
        "Following your advice, I have enrolled in an evening course in statistics with R, and "
        "I will reproduce the measles analysis from your report as my first project.\n\n"
        "Thank you also for offering to introduce me to Mr. Eze.\n\n" + SIGN_OFF,
    ),
    MeetingSpec(
        id="m-demo-02",
        contact_id="c-demo-02",
        steps=(
            ("planned", (134, "20:00")),
            ("requested", (131, "07:30")),
            ("followed-up", (123, "07:20")),
            ("scheduled", (122, "21:10")),
            ("done", "end"),
            ("thanked", (117, "07:50")),
        ),
        start=(118, "14:30"),
        purpose="Hear how a chemistry teacher became a data reporter, and what a newsroom data desk needs.",
        research="Read his three-part series on lead in school drinking water, with its open "
        "notebook. Seven years teaching chemistry. The Ledger's data desk has four people.",
        questions=(
            (T, "asked", "How is the data desk changing as newsrooms get smaller?"),
            (I, "asked", "What does a normal week on the data desk look like?"),
            (I, "asked", "How did your teaching background help, or get in the way, at first?"),
            (A, "asked", "How would you describe classroom experience to an editor?"),
            (R, "asked", "Which tools would you learn first for charting public data?"),
            (AS, "asked", "Is there public data near me that would make a good practice piece?"),
            (R, "asked", "Who else would you suggest I speak with?"),
        ),
        notes=(
            (
                3,
                False,
                "Editors want one thing first: can you find the story in the numbers and say it in one sentence?",
            ),
            (
                8,
                True,
                "Start a small blog with three charts about local data; he reads a portfolio before anything else.",
            ),
            (
                12,
                False,
                "His desk checks every figure twice. He joked that half their work is "
                'adding "[citation needed]" to other people\'s drafts.',
            ),
            (
                17,
                False,
                "Spreadsheets and SQL matter more than fancy charts at first; one "
                "simple charting tool covers most of what the paper publishes.",
            ),
            (
                22,
                True,
                "Pitch one data story to a local paper, built from the council's air-quality readings near schools.",
            ),
            (26, False, "Recommended Prof. Asante for the climate side; they worked together on a rainfall series."),
        ),
        referrals=(
            (
                "Prof. Kwabena Asante",
                "Coastal University of Science and Technology",
                "Climate data scientist in Accra who writes a newspaper "
                "column; worked with Mr. Herrera on a rainfall series.",
            ),
            (
                "Ms. Ruth Adebayo",
                "The Lakeshore Ledger",
                "Graphics editor at the Ledger; good to ask about visual storytelling.",
            ),
        ),
        actions=(
            (10, True, "Start a small blog with three charts about local data"),
            (23, False, "Pitch an air-quality data story to the local paper"),
        ),
        talk=(680, 980, 120),
        thanks="Dear Mr. Herrera,\n\nThank you for your time and generous advice yesterday. "
        "Your point that an editor wants the story in one sentence before any chart has changed "
        "how I am planning my practice pieces.\n\nSince we spoke, I have set up a small blog and "
        "started on a first chart of the council's air-quality readings near schools, as you "
        "suggested.\n\nThank you too for mentioning Prof. Asante; I will write to him soon.\n\n" + SIGN_OFF,
    ),
    MeetingSpec(
        id="m-demo-03",
        contact_id="c-demo-03",
        steps=(
            ("planned", (90, "18:30")),
            ("requested", (87, "07:40")),
            ("scheduled", (85, "12:15")),
            ("done", "end"),
            ("thanked", (80, "20:10")),
        ),
        start=(80, "16:00"),
        purpose="Understand museum learning work and how exhibitions are developed with schools.",
        research="Explored the museum's online 'Weather Machines' exhibition. Her team publishes "
        "a yearly evaluation report; the latest is about school visits. Six years teaching "
        "physics in Bergen.",
        questions=(
            (T, "asked", "Where is museum learning heading: more digital, or more hands-on?"),
            (I, "asked", "How does an exhibition go from an idea to the gallery floor?"),
            (I, "asked", "How do you tell whether a school visit worked?"),
            (A, "asked", "Which of my skills would a learning team value, and which would I need to build?"),
            (R, "open", "Are there networks or courses for people moving into museum education?"),
            (AS, "asked", "Would volunteering at family science events be a good way to test the fit?"),
            (R, "asked", "Is there someone in research you think I should meet?"),
        ),
        notes=(
            (
                5,
                False,
                "Exhibitions take two to three years; the learning team is in the room "
                "from the first sketch, testing ideas with pupils.",
            ),
            (
                11,
                True,
                "Evaluation is the hidden half of the work: observation, short surveys, "
                "reading visitors' comment cards. My assessment habits fit here.",
            ),
            (
                16,
                False,
                "Learning teams often recruit former teachers, but look for evidence of "
                "designing for families, not only for classes.",
            ),
            (
                21,
                False,
                "A national museums network publishes a free evaluation toolkit; worth reading before any application.",
            ),
            (
                25,
                True,
                "Volunteer at weekend family science days: teaching people who chose to "
                "come is different from teaching a class.",
            ),
            (
                28,
                False,
                "Offered to introduce me to Dr. Tan, who ran open lab days for the museum's touring exhibition.",
            ),
        ),
        referrals=(
            (
                "Dr. Mei Lin Tan",
                "Straits Biologics",
                "Principal scientist at Straits Biologics in Singapore; "
                "taught chemistry before her PhD. Ms. Halvorsen will introduce us.",
            ),
        ),
        actions=((26, False, "Volunteer at a weekend family science day"),),
        talk=(470, 1210, 90),
        thanks="Dear Ms. Halvorsen,\n\nThank you for speaking with me this afternoon. I learned "
        "that evaluation is half of museum learning work, and that my habit of checking what "
        "pupils actually understood is a real asset there.\n\nFollowing your suggestion, I have "
        "signed up to volunteer at the family science days at our local museum next month.\n\n"
        "Thank you also for offering to introduce me to Dr. Tan; I would be glad to hear from "
        "her.\n\n" + SIGN_OFF,
    ),
    MeetingSpec(
        id="m-demo-04",
        contact_id="c-demo-04",
        steps=(("planned", (26, "20:00")), ("requested", (24, "07:30")), ("scheduled", (21, "17:45")), ("done", "end")),
        start="ended-30h-ago",
        purpose="Learn what UX research involves day to day, and whether a teacher's skills transfer.",
        research="Read Fernhill's case study on testing a reading app with nine-year-olds. Five "
        "years teaching primary maths, then a UX research course with a client project. Uses "
        "they/them pronouns. Fernhill has about forty staff.",
        questions=(
            (T, "asked", "How is research with children changing as more learning moves to apps?"),
            (I, "asked", "What does a research week look like, from planning to report?"),
            (I, "asked", "Which part of teaching helped most when you started in UX?"),
            (A, "asked", "What would you do first if you were starting this move today?"),
            (R, "skipped", "Which books or communities helped you learn research methods?"),
            (AS, "open", "Is there a small study I could run to build a portfolio piece?"),
            (R, "asked", "Who else would be good to talk to about this path?"),
        ),
        notes=(
            (
                3,
                False,
                "Most of the week is planning and synthesis; the sessions themselves are maybe a fifth of the time.",
            ),
            (
                7,
                True,
                "Teachers ask good open questions but must unlearn helping: in a session "
                "you let the person struggle, and watch.",
            ),
            (
                12,
                False,
                'Their slide template has "[bold]Key finding[/bold]" placeholders '
                "that people forget to fill in. Write the finding, not the topic.",
            ),
            (16, False, "Courses vary a lot; choose one that includes a real client project."),
            (
                21,
                True,
                "Portfolio idea: five short usability sessions with colleagues on our "
                "school's homework platform, written up as three findings with evidence.",
            ),
            (26, False, "Note to self: I spent too long on my own story at the start. Keep the intro under a minute."),
        ),
        referrals=(
            (
                "Ms. Priya Raman",
                "Fernhill Learning",
                "Research operations lead at Fernhill; came from school "
                "administration and knows how research teams are organised.",
            ),
        ),
        actions=(
            (
                22,
                False,
                "Run five short usability sessions on our school's homework platform and write up three findings",
            ),
        ),
        talk=(930, 860, 110),
    ),
    MeetingSpec(
        id="m-demo-05",
        contact_id="c-demo-05",
        steps=(("planned", (30, "19:15")), ("requested", (28, "07:20")), ("scheduled", (25, "18:40")), ("done", "end")),
        start="ended-5h-ago",
        purpose="Hear how a chemistry teacher became a research scientist, and where communication fits in a lab.",
        research="Read Straits Biologics' page on their open lab days and skimmed Dr. Tan's "
        "paper on enzyme stability (abstract and figures). Two years teaching chemistry in "
        "Singapore before her PhD.",
        questions=(
            (T, "asked", "Which changes in biotech research are creating new kinds of roles?"),
            (I, "asked", "How much of your week is lab work, and how much is explaining it?"),
            (I, "asked", "What did teaching give you that your PhD colleagues did not have?"),
            (A, "asked", "Without a PhD, where in research could I contribute?"),
            (R, "skipped", "Which short courses in data analysis for lab science would you trust?"),
            (AS, "asked", "Could I help at an open lab day to see the work up close?"),
            (R, "asked", "Is there anyone in science communication you think I should meet?"),
        ),
        notes=(
            (
                4,
                False,
                "About a third of her team's time goes on data: plate-reader results, "
                "quality checks, dashboards for project leads.",
            ),
            (
                9,
                True,
                "Research teams need 'translators' who turn messy results into a clear "
                "story for managers and partners, and they are rare.",
            ),
            (
                14,
                False,
                "Without a PhD, the usual ways in are research associate, lab data "
                "analyst or scientific communications.",
            ),
            (
                19,
                False,
                "She wishes she had learned Python sooner: spreadsheets stop working "
                "once a project has thousands of samples.",
            ),
            (
                23,
                True,
                "Invited me to join the next open lab day for schools by video link, "
                "to see how they explain assays to fifteen-year-olds.",
            ),
            (27, False, "Words to look up: assay, plate reader, LIMS, SOP."),
        ),
        referrals=(
            (
                "Mr. Daniel Osei",
                "Merlion Vaccines",
                "Scientific communications manager at a vaccine company in Singapore; a former chemistry teacher.",
            ),
            (
                "Dr. Farah Siddiqui",
                "Thameside University",
                "Runs a lab data analysis course for career changers at a university in London.",
            ),
        ),
        actions=(
            (20, False, "Start a beginner's Python course for lab data"),
            (24, False, "Sign up for the next open lab day by video link"),
        ),
        talk=(560, 1190, 80),
    ),
    MeetingSpec(
        id="m-demo-06",
        contact_id="c-demo-06",
        steps=(
            ("planned", (21, "19:30")),
            ("requested", (19, "07:25")),
            ("followed-up", (11, "07:10")),
            ("scheduled", (10, "16:50")),
        ),
        start="later-today",
        minutes=20,
        purpose="Learn how a physics teacher moved into energy forecasting, and what the work needs.",
        research="Windward is a community-owned cooperative with fourteen wind sites. He "
        "forecasts output a day ahead from weather models and past generation. Read his post on "
        "why forecasts miss on gusty days. Only twenty minutes: keep the intro short.",
        questions=(
            (I, "open", "What does a forecast day look like, from the first weather run to the final numbers?"),
            (T, "open", "How is forecasting changing as more small sites join the grid?"),
            (I, "open", "Which parts of physics teaching do you still use?"),
            (A, "open", "In my place, would you learn Python, statistics or meteorology first?"),
            (R, "open", "Which open datasets would be good for practising forecasts?"),
            (AS, "open", "Is there a small forecasting exercise I could try and tell you about?"),
        ),
        slots=("16:30", "17:00", "16:00"),
        outreach="Dear Mr. Brenner,\n\nWe were on the same team at the climate data hackathon "
        "in Manchester. I teach physics and am exploring work in energy data, and your move "
        "from teaching into wind forecasting is the path I most want to understand.\n\nCould you "
        "spare 20 minutes for a call? I could do {slots}, and I can be flexible.\n\nWould one of "
        "those suit you?\n\n" + SIGN_OFF,
        followup="Dear Mr. Brenner,\n\nI am following up briefly on my note about a 20-minute "
        "call on your move into energy forecasting. If a short call is possible, any weekday "
        "afternoon would suit me; if not, I completely understand.\n\n" + SIGN_OFF,
    ),
    MeetingSpec(
        id="m-demo-07",
        contact_id="c-demo-07",
        steps=(("planned", (9, "20:10")), ("requested", (8, "07:35")), ("scheduled", (6, "21:00"))),
        start="in-3-days",
        purpose="Understand how an aerospace company values outreach and teaching experience.",
        research="Borealis builds small Earth-observation satellites. She works on thermal "
        "systems and leads about forty school visits a year. Watched her talk on testing "
        "satellites in a thermal vacuum chamber. When I first wrote she was in a launch "
        "campaign and kindly asked me to write again later.",
        questions=(
            (I, "open", "How is your time split between engineering and outreach?"),
            (T, "open", "Which new roles are appearing as small satellites get cheaper?"),
            (I, "open", "How does the company choose its outreach, and how does it measure the results?"),
            (I, "open", "What surprised you about industry after university?"),
            (A, "open", "Where could someone with physics and teaching experience add value at a company like yours?"),
            (R, "open", "Which professional groups or events for space outreach would you recommend?"),
            (AS, "open", "Is there an outreach event I could help with, to see the work from the inside?"),
        ),
        slots=("11:00", "12:30", "10:30"),
        outreach="Dear Ms. Tremblay,\n\nWhen I first wrote, you kindly asked me to try again "
        "after your launch campaign; I hope it went well. I teach physics and am exploring work "
        "that joins science and outreach, and your mix of thermal engineering and school "
        "programmes is a rare example.\n\nCould we talk for 30 minutes? I could do {slots}, and "
        "I am glad to be flexible.\n\nWould one of those suit you?\n\n" + SIGN_OFF,
    ),
    MeetingSpec(
        id="m-demo-08",
        contact_id="c-demo-08",
        steps=(("planned", (5, "19:00")), ("requested", (2, "07:30"))),
        purpose="Learn how a geography teacher became a transport planner, and how planning teams use open data.",
        research="Eastgate's bus network review cites his team's journey-time model. Five years "
        "teaching geography in Manchester, then a master's in urban planning. Melbourne is about "
        "ten hours ahead: offer his late afternoon, my early morning.",
        questions=(
            (I, "open", "How did you choose urban planning after teaching?"),
            (T, "open", "Which kinds of open data are changing how routes are planned?"),
            (A, "open", "Which skills should I build first to be useful to a planning team?"),
            (R, "open", "Are there public datasets I could practise transport modelling on?"),
        ),
        slots=("17:30", "18:00", "17:30"),
        outreach="Dear Mr. Iyer,\n\nWe both trained as teachers at the University of "
        "Manchester. I teach physics and am exploring work that uses public data, and your move "
        "from geography teaching into transport planning is the path I most want to "
        "understand.\n\nCould you spare 20 minutes for a call? I could do {slots}, and I am "
        "happy to be flexible.\n\nWould one of those suit you?\n\n" + SIGN_OFF,
    ),
    MeetingSpec(
        id="m-demo-09",
        contact_id="c-demo-09",
        steps=(("planned", (12, "20:30")), ("requested", (9, "07:40"))),
        purpose="Learn how veterinary epidemiologists explain uncertain field data to farmers.",
        research="Her lab's bulletin on foot-and-mouth surveillance has a one-page summary for "
        "farmers that is a model of plain language. Ten years in farm practice before moving "
        "into epidemiology.",
        questions=(
            (I, "open", "How do you explain an uncertain result to a farmer who must act on it?"),
            (T, "open", "Which new data sources are changing animal health surveillance?"),
            (A, "open", "What would you look for in someone moving into this work from teaching?"),
        ),
        slots=("10:00", "11:00", "10:30"),
        outreach="Dear Dr. Castillo,\n\nThank you for answering my question at the One Health "
        "webinar. I teach physics and am exploring careers that explain science and data "
        "to the public; your move from farm practice to training farmers to read disease data "
        "is work I hope to understand.\n\nCould you spare 20 to 30 minutes for a "
        "call? I could do {slots}, and I can be flexible.\n\nWould one of those work for you?"
        "\n\n" + SIGN_OFF,
    ),
    MeetingSpec(
        id="m-demo-10",
        contact_id="c-demo-10",
        steps=(("planned", (21, "19:50")), ("requested", (18, "07:15")), ("followed-up", (9, "07:05"))),
        purpose="Learn how games can teach science, and how a learning designer works in a studio.",
        research="Played the demo of 'Pond Life', the studio's ecology game; her name is on the "
        "learning design credits. Before the studio she wrote science lessons for a publisher.",
        questions=(
            (I, "open", "How does a learning designer work with writers and artists on a game?"),
            (A, "open", "Which of my teaching skills would a studio find useful?"),
            (R, "open", "Which games that teach science would you play first?"),
        ),
        slots=("17:00", "17:30", "17:00"),
        outreach="Dear Ms. Sato,\n\nWe met briefly at the games-for-learning meetup. I teach "
        "physics and am curious how games can teach science; your move from writing science "
        "lessons to learning design at Lantern Fox is a path I would love to hear about.\n\n"
        "Could you spare 20 minutes for a call? I could do {slots}, and I am happy to be "
        "flexible.\n\nWould one of those suit you?\n\n" + SIGN_OFF,
        followup="Dear Ms. Sato,\n\nI am following up briefly on my note about a 20-minute call "
        "on designing games that teach science. If a short call would suit you in the coming "
        "weeks I would be delighted; if not, no reply is needed.\n\n" + SIGN_OFF,
    ),
    MeetingSpec(
        id="m-demo-11",
        contact_id="c-demo-11",
        steps=(("planned", (14, "19:30")), ("requested", (11, "07:30")), ("followed-up", (3, "07:20"))),
        purpose="Understand fundraising and impact reporting in a charity, from a former science teacher.",
        research="The Trust's annual impact report (she wrote the foreword) measures reading "
        "ages before and after tutoring. She was head of science at a comprehensive school for "
        "nine years.",
        questions=(
            (I, "open", "How do you turn impact data into a case a funder understands?"),
            (I, "open", "What did leading a science department teach you that you use now?"),
            (A, "open", "How could I test whether development work suits me?"),
        ),
        slots=("16:30", "17:00", "16:15"),
        outreach="Dear Mrs. Whitlock,\n\nThank you for your talk at our school's careers "
        "evening. I teach physics and am exploring work that uses evidence to make a case for "
        "good causes; your move from head of science to development at the Riverside Literacy "
        "Trust is one I would like to understand.\n\nCould you spare 20 minutes for a call? I "
        "could do {slots}, and I can be flexible.\n\nWould one of those suit you?\n\n" + SIGN_OFF,
        followup="Dear Mrs. Whitlock,\n\nA brief follow-up to my note about a 20-minute call on "
        "your move into development work. I know how busy the Trust keeps you; if a short call "
        "is possible in the coming weeks I would be grateful, and if not, I understand.\n\n" + SIGN_OFF,
    ),
    MeetingSpec(
        id="m-demo-12",
        contact_id="c-demo-12",
        steps=(
            ("planned", (50, "20:00")),
            ("requested", (46, "07:30")),
            ("followed-up", (38, "07:15")),
            ("no-response", (30, "18:00")),
        ),
        purpose="Learn how popular-science books for young readers are commissioned.",
        research="Marram's list has six science titles for ages 9 to 12. He was a school librarian for eight years.",
        slots=("16:00", "16:30", "17:00"),
        outreach="Dear Mr. Lindqvist,\n\nWe spoke briefly at the launch of 'The Restless Sky' in "
        "London. I teach physics and am exploring writing about science for young readers; "
        "your move from school librarian to commissioning editor is one I would value hearing "
        "about.\n\nCould you spare 20 minutes for a call? I could do {slots}, and I am glad to "
        "be flexible.\n\nWould one of those suit you?\n\n" + SIGN_OFF,
        followup="Dear Mr. Lindqvist,\n\nI am following up briefly on my note about a 20-minute "
        "call on commissioning science books for young readers. If a short call is ever "
        "convenient I would be grateful; if not, I understand completely.\n\n" + SIGN_OFF,
    ),
    MeetingSpec(
        id="m-demo-13",
        contact_id="c-demo-13",
        steps=(("planned", (20, "19:00")), ("requested", (17, "07:30")), ("declined", (15, "12:40"))),
        purpose="Hear how a climate scientist writes for newspapers, and how he trained teachers.",
        research="Read his column on why rainfall records in West Africa have gaps. Mr. Herrera "
        "said he is generous with early-career people.",
        notes=(
            (
                0,
                False,
                "A kind reply: he is on parental leave until the spring and would be "
                "glad to talk after that. No nudges before then.",
            ),
        ),
        slots=("15:00", "15:30", "14:30"),
        outreach="Dear Prof. Asante,\n\nMr. Herrera of The Lakeshore Ledger suggested I write "
        "to you. I teach physics and am exploring work that explains climate data to the "
        "public; your column and your open rainfall datasets are exactly what I hope to learn "
        "from.\n\nCould you spare 20 minutes for a call? I could do {slots}, and I can be "
        "flexible.\n\nWould one of those suit you?\n\n" + SIGN_OFF,
    ),
    MeetingSpec(
        id="m-demo-14",
        contact_id="c-demo-07",
        steps=(("planned", (252, "19:00")), ("requested", (250, "07:30")), ("declined", (248, "15:20"))),
        purpose="First attempt: how an aerospace engineer runs school outreach.",
        notes=(
            (
                0,
                False,
                "She replied kindly: in the middle of a launch campaign, no calls for "
                "a few months, and welcome to write again later.",
            ),
        ),
        archived=True,
    ),
    MeetingSpec(
        id="m-demo-15",
        contact_id="c-demo-01",
        steps=(("planned", (3, "20:15")),),
        purpose="A short check-in to tell Dr. Okafor how the statistics course and the measles "
        "project went, and to ask about next steps.",
        research="For the update: finished the R course; the final project mapped vaccination "
        "coverage by district. Still to do: the write-up for parents she suggested. Check "
        "whether Mr. Eze replied before writing.",
        questions=(
            (A, "open", "Now that the course is done, what would you learn next?"),
            (R, "open", "Where could I share the measles write-up so people who work in public health would see it?"),
        ),
    ),
    MeetingSpec(
        id="m-demo-16",
        contact_id="c-demo-14",
        steps=(("planned", (1, "21:00")),),
        purpose="Learn how an open-data nonprofit combines data editing with writing for teachers.",
        research="Read three of the foundation's plain-language guides to census data for "
        "teachers; she is credited as editor. Still to find: her honorific (her profile does "
        "not say) and when she moved from teaching.",
        questions=(
            (I, "open", "How do you decide which datasets need a guide for teachers?"),
            (A, "open", "Which skills matter most for a data editor at a small nonprofit?"),
        ),
    ),
)
