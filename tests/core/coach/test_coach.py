"""The coach: every rule both ways, spans, lines and columns, and which kinds get which rules."""

from __future__ import annotations

import pytest

from infocoach.core.coach import (
    RULES,
    Finding,
    Kind,
    Severity,
    count_words,
    has_errors,
    lint,
)

# --- helpers ---------------------------------------------------------------------------------


def rules(findings: list[Finding]) -> list[str]:
    return [f.rule for f in findings]


def only(findings: list[Finding], rule: str) -> list[Finding]:
    return [f for f in findings if f.rule == rule]


def spans(text: str, findings: list[Finding], rule: str) -> list[str]:
    return [text[f.start : f.end] for f in only(findings, rule)]


# A message that passes every outreach rule except what a test changes: formal, a why,
# three weekday times, a flexibility line, a 20-minute yes/no ask (83 words).
GOOD_OUTREACH = """\
Dear Ms. Rivera,

Your move from classroom teaching into UX research at Northwind is the path I hope to take, \
and your talk on interviewing nurses stayed with me.

Would you have 20 minutes for a call to share your advice on making that change?

I could do Tue, Dec 8 at 10:00 AM, Wed, Dec 9 at 2:30 PM or Thu, Dec 10 at 11:00 AM (ET). \
If none of these suit, I am happy to work around your schedule.

Kind regards,
Alex Morgan
"""

GOOD_LINKEDIN = (
    "Dear Dr. Patel, your move from nursing into health data inspires me. Could I ask you "
    "about it in a 20-minute call? Tue 10:00 or Thu 15:00 ET, or any time that suits you."
)


def outreach(body: str, *, greeting: str = "Dear Ms. Rivera,") -> str:
    """A good outreach email with ``body`` as an extra paragraph."""
    _, _, tail = GOOD_OUTREACH.partition("\n\n")
    return f"{greeting}\n\n{body}\n\n{tail}"


# --- the API ---------------------------------------------------------------------------------


def test_rule_table_names_every_rule_with_its_severity() -> None:
    assert set(RULES) == {
        "job-ask",
        "do-research",
        "casual-salutation",
        "no-salutation",
        "missing-why",
        "no-proposed-times",
        "no-flexibility",
        "odd-times",
        "few-times",
        "too-long",
        "about-me",
        "long-meeting-ask",
        "pushy",
        "missing-thanks",
    }
    errors = {r for r, (severity, _) in RULES.items() if severity is Severity.ERROR}
    assert errors == {"job-ask", "casual-salutation", "no-proposed-times", "pushy", "missing-thanks"}
    assert all(summary.endswith(".") for _, summary in RULES.values())
    assert RULES["odd-times"][0] is Severity.WARNING and RULES["few-times"][0] is Severity.WARNING


def test_kind_accepts_strings_and_rejects_unknown_kinds_and_channels() -> None:
    assert lint("Are you hiring?", "question") == lint("Are you hiring?", Kind.QUESTION)
    with pytest.raises(ValueError, match="unknown kind"):
        lint("Hello", "memo")
    with pytest.raises(ValueError, match="unknown channel"):
        lint("Hello", "outreach", channel="fax")


def test_blank_text_has_no_findings() -> None:
    for kind in Kind:
        assert lint("", kind) == []
        assert lint("  \n\n ", kind) == []


def test_findings_are_frozen_and_sorted_and_has_errors_ignores_warnings() -> None:
    text = "Dear Maria,\n\nCould you refer me? Could we meet for an hour? Thanks!"
    findings = lint(text, Kind.FOLLOWUP)
    assert [f.start for f in findings] == sorted(f.start for f in findings)
    with pytest.raises(AttributeError):
        findings[0].rule = "x"  # type: ignore[misc]
    assert has_errors(findings)
    warnings = [f for f in findings if f.severity is Severity.WARNING]
    assert warnings and not has_errors(warnings)
    assert not has_errors([])


def test_messages_say_what_to_do_instead() -> None:
    findings = lint("Hey,\nAre you hiring? I need an answer ASAP. Can we do an hour?", Kind.FOLLOWUP)
    assert {"job-ask", "casual-salutation", "pushy", "long-meeting-ask"} <= set(rules(findings))
    for finding in findings:
        assert finding.message.endswith((".", ".'", "?'")), finding.message
        assert len(finding.message) < 220
    job = only(findings, "job-ask")[0]
    assert "insight" in job.message


# --- job-ask ---------------------------------------------------------------------------------

# (text, a part of the offending phrase that the finding's span must contain)
JOB_ASKS = [
    ("Are you hiring?", "Are you hiring"),
    ("Is your team hiring right now?", "hiring"),
    ("are you guys hiring at the moment?", "hiring"),
    ("Is Northwind recruiting for analysts this spring?", "recruiting"),
    ("Do you have any openings for me?", "openings"),
    ("Do you have any open positions on your team?", "positions"),
    ("Are there any internships available this summer?", "internships available"),
    ("Please let me know if there are any job openings.", "job openings"),
    ("Do you know of any vacancies in your department?", "vacancies"),
    ("Is there a job for me at your company?", "job for me"),
    ("Could you refer me for the analyst role?", "refer me"),
    ("Would you be willing to refer me?", "refer me"),
    ("Could you refer me to the hiring manager?", "refer me"),
    ("Could you give me a referral?", "referral"),
    ("I’d be grateful for a referral if you think I’m a fit.", "referral"),
    ("Could you put in a good word for me?", "good word"),
    ("Would you put in a good word with your manager?", "good word"),
    ("Would you pass my CV along to the hiring manager?", "my CV"),
    ("Can you forward my resume to HR?", "forward my resume"),
    ("Could you forward my résumé to your recruiter?", "résumé"),
    ("Would you share my CV with your recruiter?", "my CV"),
    ("I have attached my CV for your reference.", "attached my CV"),
    ("Please keep me in mind for roles on your team.", "keep me in mind"),
    ("Let me know if anything opens up.", "opens up"),
    ("If a position comes up, I'd love to hear about it.", "position comes up"),
    ("Could you check on my application?", "my application"),
    ("Is there any update on my application?", "update on my application"),
    ("Any update on my application for the analyst post?", "my application"),
    ("I recently applied for the junior analyst position at Northwind.", "applied for"),
    ("I'm looking for a job in UX research.", "looking for a job"),
    ("I am looking for a new position in data science.", "position"),
    ("I’m currently job hunting and would value your help.", "job hunting"),
    ("Can you help me get a job at Acme?", "job"),
    ("Could you help me land an internship?", "internship"),
    ("Could you help me get hired?", "get hired"),
    ("Would you consider me for the internship?", "consider me for"),
    ("Could I be considered for the role?", "be considered"),
    ("I'd love to be interviewed for the opening.", "interviewed"),
    ("Can you get me an interview?", "interview"),
    ("Could I get an interview with your team?", "interview"),
    ("Would you hire me?", "hire me"),
    ("HIRE ME, PLEASE!", "HIRE ME"),
    ("I'd love to join your team.", "join your team"),
    ("I would really love to work for you one day.", "work for you"),
    ("I'm hoping you could put me in touch with your recruiter.", "recruiter"),
    ("Do you need an intern this summer?", "intern"),
    ("Is there a place for me on your team?", "place for me"),
    ("I'd love an internship at your firm.", "internship"),
    ("Would you be able to find me a role?", "a role"),
    ("Could you check in on my application with HR? Thanks so much.", "my application"),
    (
        "Thank you again for your time. If anything opens up on your team, please keep me in mind.",
        "keep me in mind",
    ),
    ("It was great to meet you. Are you hiring for the analyst role?", "hiring"),
    ("Thanks for the call! Could you pass my C.V. on to your manager?", "C.V."),
    ("I wonder whether you could refer me. I know it's a big ask.", "refer me"),
    ("Any chance you're hiring?", "you're hiring"),
    ("Is there any chance of an internship with your team?", "any chance of an internship"),
    ("Would your company consider hiring someone like me?", "hiring someone like me"),
    ("Could you let me know about any job openings?", "any job openings"),
    ("I'm interested in any roles you might have.", "I'm interested in any roles"),
    ("Do you have room for a junior analyst on your team?", "have room for a junior analyst on your team"),
    ("I'd appreciate it if you could refer me.", "refer me"),
    ("Could you recommend me to your hiring manager?", "recommend me to your hiring manager"),
    ("Would it be possible to get a referral from you?", "possible to get a referral from you"),
    ("Is your firm taking on interns this year?", "Is your firm taking on interns"),
    ("I'd love the chance to interview for the role.", "chance to interview for"),
    ("Please forward my CV to the right person.", "forward my CV"),
    ("Can I send you my CV in case something comes up?", "send you my CV"),
    ("I'm applying for the UX role at your company; any tips on getting in?", "I'm applying for the UX role"),
    ("Could you possibly look into where my application stands?", "where my application stands"),
    ("Please let me know if any positions open up.", "positions open up"),
    ("Would you mind passing my résumé along?", "passing my résumé"),
    ("If you hear of any openings, could you let me know?", "any openings"),
    ("Do you have any jobs going?", "Do you have any jobs"),
    ("I'd be thrilled to work at your company.", "I'd be thrilled to work at your company"),
    (
        "Could you introduce me to the hiring manager for the analyst role?",
        "introduce me to the hiring manager",
    ),
    ("Could you help me get my foot in the door at Acme?", "help me get my foot in the door"),
    ("Are you accepting applications for the internship?", "Are you accepting applications"),
    ("Can you tell me if there are any vacancies?", "any vacancies"),
    ("Would you be willing to pass my name on to the hiring team?", "pass my name on to the hiring team"),
    ("Is there any way you could fast-track my application?", "fast-track my application"),
    ("I'm seeking a position in your department.", "I'm seeking a position"),
    ("Could you offer me an internship?", "Could you offer me an internship"),
    ("I'd love a job at Google.", "I'd love a job"),
    ("Can I apply for a role on your team?", "Can I apply for a role on your team"),
    ("Could you hire me as an intern?", "hire me"),
    ("What would it take for you to hire me?", "hire me"),
    (
        "I'm hoping to land a role at your company — could you help?",
        "I'm hoping to land a role at your company",
    ),
    ("Could you get me an internship?", "Could you get me an internship"),
    ("Do you have any work for me?", "any work for me"),
    ("If there's ever an opening on your team, I'd love to know.", "there's ever an opening on your"),
    ("I'd love to be considered for any opening.", "I'd love to be considered"),
    ("Would you keep me posted about openings?", "keep me posted about openings"),
    ("Can you put my name forward for the role?", "put my name forward"),
    ("Would you be able to pass my details on to HR?", "pass my details on to HR"),
    ("Any openings at Acme right now?", "Any openings"),
    ("Know of any openings?", "Know of any openings"),
    ("If a role opens up, I'd love to apply.", "role opens up"),
    ("Can I use you as a referral?", "use you as a referral"),
    ("Would you put me forward for the position?", "put me forward"),
    (
        "I would like to apply for a position at your company.",
        "I would like to apply for a position at your company",
    ),
    ("I'm writing to ask about job opportunities at your company.", "job opportunities at your company"),
    ("Is there any possibility of an internship?", "possibility of an internship"),
    ("Could you tell HR about me?", "tell HR about me"),
    ("I'd welcome the chance to join your team.", "chance to join your team"),
    ("I'm reaching out because I'm looking for a new role.", "I'm looking for a new role"),
    ("My goal is to get a job at your company.", "get a job at your company"),
    ("Can you help me get a job?", "Can you help me get a job"),
    ("Could you ask your manager if they'd interview me?", "interview me"),
    ("I was wondering if you had any openings.", "any openings"),
    ("I'd love to work at your company.", "I'd love to work at your company"),
    ("Is there an internship I could apply for?", "an internship I could apply for"),
    ("Are there any internships I could apply to?", "any internships I could apply to"),
    ("could I apply for an internship with your team?", "apply for an internship with your team"),
    ("Is your team taking interns this summer?", "taking interns"),
    ("Does your team take interns?", "take interns"),
    ("Could you keep me in mind if something opens up?", "keep me in mind if something opens up"),
]

# Questions and lines about a field, a path or the person: never a job ask.
NOT_JOB_ASKS = [
    "What hiring trends do you see?",
    "When you hire new graduates, what do you look for?",
    "How did you land your first job?",
    "Who else should I talk to?",
    "What does a typical day in this job look like?",
    "How do people usually find roles in this field?",
    "What skills would make a candidate stand out?",
    "What do hiring managers in your field value most?",
    "How important are referrals in this industry?",
    "Were you hired through a referral?",
    "What was your first job after university?",
    "How did you move from teaching into product management?",
    "What do you wish you had known before starting this role?",
    "Which professional associations are worth joining?",
    "What does career progression look like on your team?",
    "How has remote work changed your job?",
    "What do you find most rewarding about your position?",
    "How did you prepare for your interviews when you changed careers?",
    "What does the interview process in this industry usually involve?",
    "Is there anyone else you'd recommend I speak with?",
    "What are the entry-level roles people overlook?",
    "How do internships shape careers in this field?",
    "What would you focus on in my position?",
    "Could you recommend any books or courses?",
    "How do you see the job market changing over the next five years?",
    "What made you choose your current employer?",
    "What would help me land my first role in design?",
    "What advice would you give someone trying to land their first role?",
    "How do recruiters in this field usually find candidates?",
    "What is hiring like in your field right now?",
    "Is hiring slow at the moment in your industry?",
    "What does a strong application look like in your industry?",
    "What do you look for when you review a CV?",
    "How did you get your first internship?",
    "How did you get your foot in the door?",
    "Did anyone put in a good word for you early on?",
    "Could you refer me to someone on the design team I could learn from?",
    "Could you refer me to any books on UX research?",
    "Who was your role model early in your career?",
    "If anything comes up and you need to move our call, just let me know.",
    "I'd love to hear how you made the move from finance into climate policy.",
    "I’m looking to move into UX research and would value your perspective.",
    "I'm looking for advice on the role of design systems in small teams.",
    "Which skills from my CV are most relevant to this field?",
    "What does your team look for in a junior candidate?",
    "How do you keep up with openings in a field that changes so fast?",
    "Thank you for your advice on my portfolio.",
    "Would you be open to a 20-minute call to share your advice?",
    "When hiring, what red flags do you notice?",
    "How competitive is hiring for junior roles right now?",
    "What do you wish candidates knew about applying?",
    "What is the best way to approach a job search in this field?",
    "How did you decide to accept your current role?",
    "What skills should I build before applying for roles like yours?",
    "How do you decide who gets an interview?",
    "What job titles should I search for?",
    "What internships helped you most?",
    "Could you tell me about your first role in the industry?",
    "How long did your job search take?",
    "Who do you think is doing interesting work in this area?",
    "What would you do if you were in my position?",
    "Is it common to move from teaching into research roles?",
    "Do referrals matter much when you hire?",
    "How do people get referred in your company?",
    "What advice do you have for someone looking for their first job?",
    "What should I include in my portfolio?",
    "What kind of roles do people with my background usually start in?",
    "Do you have a favourite book on design?",
    "Do you have any advice for someone switching careers?",
    "Do you have any tips for my portfolio?",
    "Do you have any regrets about your career path?",
    "Is there a professional group you would suggest joining?",
    "Are there roles in this field that suit career changers?",
    "How do you spend most of your time in your role?",
    "Could you walk me through how your team hires?",
    "How does your team decide when to open a new position?",
    "What do you think about bootcamps for people who want to get hired?",
    "Are there certifications that help people get hired?",
    "What would make you want to hire someone?",
    "Were you ever interviewed by someone who later became a mentor?",
    "Would you mind if I asked about your path?",
    "What made you leave your last job?",
    "How did you prepare for your job interview at Google?",
    "I'd love to learn about your role.",
    "I'd like an overview of your role and how it has changed.",
    "I read your post about hiring junior designers.",
    "Thank you for your time and for the advice on my application strategy.",
    "What is the biggest misconception about your job?",
    "Would you be open to a short call on Tue at 10:00?",
    "I'm looking forward to hearing about your work.",
    "I'm looking for insight into how people move into policy work.",
    "What do people applying for their first role get wrong?",
    "What jobs did you have before this one?",
    "I'd be happy to work with you on a time that suits.",
    "I'm happy to work around your schedule.",
    "Thank you for sharing how you moved into the role.",
    "I'm a career changer hoping to learn how people build careers in public health.",
    "Your post on how you interview candidates was really helpful.",
    "I've been reading about roles in data journalism and would value your view.",
    "I was struck by how your team hires for curiosity rather than credentials.",
    "Would you be open to sharing what you look for when you hire?",
    "I'd love to hear what you look for in a candidate.",
    "I'm trying to understand what the job involves day to day.",
    "What did your interview process look like when you joined?",
    "Thank you for the tip about the analyst role description; I've rewritten my CV around it.",
    "After our call I updated my résumé and joined the meetup you mentioned.",
    "Since we spoke I have applied your advice on storytelling to my portfolio.",
    "I know hiring is busy this time of year, so no pressure at all.",
    "You mentioned that your company is hiring slowly this year; that helped me plan.",
    "Who are the people you'd recommend I talk to next?",
    "Could you introduce me to someone on your design team?",
    "Could you point me to people who made a similar move?",
    "Would it be okay to ask about the skills your team values?",
    "How do new hires usually get up to speed?",
    "Do you have any thoughts on the certificate programme?",
    "Do you have any suggestions for communities to join?",
    "Do you have a moment on Tuesday at 10:00?",
    "Are there any events you'd recommend?",
    "Is there a book that shaped your career?",
    "How did you know it was time to move on from your last position?",
    "What part of your role do you enjoy the most?",
    "In your position, what would you read first?",
    "What do you think of my plan to study statistics?",
    "Were you hiring when you joined the team?",
    "How many interviews did you do before your first offer?",
    "What do people applying to your field often misunderstand?",
    "Would you be willing to share your advice in a 20-minute call?",
    "I'm hoping to learn about your path into product design.",
    "I've attached nothing; I just wanted to thank you.",
    "I'll keep you posted on how the course goes.",
    "Please keep me posted if you change your mind about the call.",
    "I'd like to take you up on your offer to review my plan.",
    "When you hire interns, what do you look for?",
    "What internships would you apply for if you were starting out?",
    "Which roles could I apply for with a teaching background?",
    "How do you take notes during interviews?",
    "Were you taking interns when you started?",
]


@pytest.mark.parametrize(("text", "phrase"), JOB_ASKS)
def test_job_asks_are_caught_as_questions(text: str, phrase: str) -> None:
    found = spans(text, lint(text, Kind.QUESTION), "job-ask")
    assert found, text
    assert any(phrase.lower() in span.lower() for span in found), (text, found)


@pytest.mark.parametrize(("text", "phrase"), JOB_ASKS)
def test_job_asks_are_caught_inside_a_message(text: str, phrase: str) -> None:
    message = outreach(text)
    found = spans(message, lint(message, Kind.OUTREACH), "job-ask")
    assert any(phrase.lower() in span.lower() for span in found), (text, found)


@pytest.mark.parametrize("text", NOT_JOB_ASKS)
def test_questions_about_a_field_are_not_job_asks(text: str) -> None:
    assert "job-ask" not in rules(lint(text, Kind.QUESTION)), text
    assert "job-ask" not in rules(lint(outreach(text), Kind.OUTREACH)), text


def test_job_ask_span_is_the_phrase() -> None:
    text = "Thanks again for your time. Could you refer me for the analyst role?"
    (finding,) = only(lint(text, Kind.THANKS), "job-ask")
    assert text[finding.start : finding.end] == "refer me"
    text = "Is there any update on my application?"
    (finding,) = lint(text, Kind.QUESTION)
    assert text[finding.start : finding.end] == "update on my application"


def test_curly_apostrophes_keep_offsets() -> None:
    text = "I’m grateful. I’d love to join your team. I’m looking for a job."
    found = spans(text, lint(text, Kind.QUESTION), "job-ask")
    assert found == ["I’d love to join your team", "I’m looking for a job"]
    # In one sentence the two phrases are one ask: one finding over both.
    text = "I’m grateful. I’d love to join your team — I’m looking for a job."
    found = spans(text, lint(text, Kind.QUESTION), "job-ask")
    assert found == ["I’d love to join your team — I’m looking for a job"]


def test_one_ask_in_one_sentence_is_one_finding() -> None:
    text = "Could you keep me in mind if something opens up?"
    (finding,) = lint(text, Kind.QUESTION)
    assert (finding.rule, finding.column) == ("job-ask", 11)
    assert text[finding.start : finding.end] == "keep me in mind if something opens up"
    message = outreach(text)
    assert len(only(lint(message, Kind.OUTREACH), "job-ask")) == 1
    # Two sentences, two asks.
    text = "Could you keep me in mind? Let me know if something opens up."
    assert len(lint(text, Kind.QUESTION)) == 2


def test_two_job_asks_in_one_message_are_two_findings() -> None:
    text = outreach("Are you hiring? If not, could you pass my CV along to a friend?")
    assert len(only(lint(text, Kind.OUTREACH), "job-ask")) == 2


# --- do-research -----------------------------------------------------------------------------

RESEARCH = [
    "What does your company do?",
    "What does the company actually do?",
    "Where are you headquartered?",
    "Where is your company based?",
    "How many employees do you have?",
    "How many people work at your company?",
    "When was the company founded?",
    "What products do you sell?",
    "What services does your firm offer?",
    "Who is your CEO?",
    "What is your job title?",
    "What's your role?",
    "Which company do you work for?",
    "What is your company's mission?",
    "What does your organisation do?",
    "Where is the company located?",
    "How big is your company?",
    "Who founded the company?",
    "Who's the CEO?",
    "What's your title?",
    "Where do you work?",
    "What is your company's revenue?",
    "What industry is your company in?",
    "What services do you offer?",
    "How many employees does Lumen have?",
    "What products does Lumen sell?",
    "Who does your company compete with?",
    "When was Lumen founded?",
    "Where is Acme based?",
    "What does Northwind Health do?",
    "Who are Lumen's main competitors?",
    "Who founded Acme?",
]

NOT_RESEARCH = [
    "What does your team do that outsiders don't see?",
    "What does your company do differently from its competitors when it hires?",
    "What is your role like day to day?",
    "What surprised you most when you joined?",
    "How many people do you manage, and how did you learn to lead them?",
    "Where do you see your industry in ten years?",
    "How did the company's mission shape your own work?",
    "What do you do when a project goes wrong?",
    "Who is your biggest influence in this field?",
    "What products do you wish existed in your field?",
    "What does your day look like?",
    "What do you do first when you start a new project?",
    "What does your company do well that others copy?",
    "Where is the field headed?",
    "Who is your ideal collaborator?",
    "How many hours a week do you spend in meetings?",
    "What is your role in hiring decisions?",
    "Where do you work best: office or home?",
    "What products have you built that you are proud of?",
    "How does Lumen decide which products to build?",
    "Who do you compete with for talent, and how do you win?",
    "When was your last big career change?",
    "Where is the industry based on skills rather than degrees?",
    "What did Acme teach you about managing people?",
    "How many people does your team hire each year, and what do they have in common?",
]


@pytest.mark.parametrize("text", RESEARCH)
def test_questions_the_website_answers_are_flagged(text: str) -> None:
    findings = lint(text, Kind.QUESTION)
    assert rules(findings) == ["do-research"], text
    assert findings[0].severity is Severity.WARNING


@pytest.mark.parametrize("text", NOT_RESEARCH)
def test_thoughtful_questions_are_not_research_findings(text: str) -> None:
    assert lint(text, Kind.QUESTION) == [], text


# --- casual-salutation -----------------------------------------------------------------------

CASUAL = [
    ("Dear Maria,", "Dear Maria"),
    ("Hi John,", "Hi John"),
    ("Hey!", "Hey"),
    ("Hello,", "Hello"),
    ("Hi there,", "Hi there"),
    ("Dear Sir/Madam,", "Dear Sir/Madam"),
    ("Dear Sir or Madam,", "Dear Sir or Madam"),
    ("To whom it may concern,", "To whom it may concern"),
    ("Dear Hiring Manager,", "Dear Hiring Manager"),
    ("Dear Maria Rivera,", "Dear Maria Rivera"),
    ("Hey Dr. Patel,", "Hey Dr. Patel"),
    ("Dear Ms.,", "Dear Ms."),
    ("Good morning,", "Good morning"),
    ("Hello, my name is Sam and I study design.", "Hello"),
]

FORMAL = [
    "Dear Ms. Rivera,",
    "Dear Dr Patel,",
    "Good afternoon, Mr. Okafor,",
    "Dear Prof. Asante,",
    "Dear Mx. Novak,",
    "Dear Mrs. Whitlock,",
    "Dear Dr. van der Berg,",
    "Hello Dr. Okafor,",
    "Dear Professor O'Neill,",
    "Dear Ms. Maria Rivera,",
]


@pytest.mark.parametrize(("greeting", "phrase"), CASUAL)
def test_casual_greetings_are_errors(greeting: str, phrase: str) -> None:
    text = outreach("I am keen to learn how you work.", greeting=greeting)
    (finding,) = only(lint(text, Kind.OUTREACH), "casual-salutation")
    assert finding.severity is Severity.ERROR
    assert text[finding.start : finding.end] == phrase
    assert "Dear" in finding.message


@pytest.mark.parametrize("greeting", FORMAL)
def test_formal_greetings_pass(greeting: str) -> None:
    text = outreach("I am keen to learn how you work.", greeting=greeting)
    assert "casual-salutation" not in rules(lint(text, Kind.OUTREACH)), greeting


def test_a_placeholder_asks_for_the_honorific() -> None:
    text = "Dear (title) Demir,\n\nThank you so much for your time and advice yesterday."
    (finding,) = only(lint(text, Kind.THANKS), "casual-salutation")
    assert text[finding.start : finding.end] == "Dear (title) Demir"
    assert "honorific" in finding.message and "(title)" in finding.message


@pytest.mark.parametrize("greeting", ["Hi John,", "Hello,", "Dear Sir/Madam,", "Dear Dr.,", "Good morning"])
def test_salutation_examples_are_not_one_gendered_name(greeting: str) -> None:
    (finding,) = only(lint(f"{greeting}\n\nAre you free on Tue at 10:00?", Kind.OUTREACH), "casual-salutation")
    assert "'Dear Dr. Okafor' or 'Dear Mr. Lee'" in finding.message, finding.message
    assert "Rivera" not in finding.message and "Rivera" not in RULES["casual-salutation"][1]


def test_no_greeting_at_all_is_its_own_warning_with_dear_honorific_surname() -> None:
    # Issue 16: no greeting is `no-salutation` (a warning), not the error for "Hi Maria".
    text = "I admire your work on city data. Could we talk on Tue, Dec 8 at 10:00? Happy to be flexible."
    findings = lint(text, Kind.OUTREACH)
    assert "casual-salutation" not in rules(findings)
    (finding,) = only(findings, "no-salutation")
    assert finding.severity is Severity.WARNING
    assert finding.message.startswith("Start with a greeting: Dear + their honorific + surname")


def test_a_subject_line_is_not_the_greeting() -> None:
    text = "Subject: A question about your path\n\n" + GOOD_OUTREACH
    assert lint(text, Kind.OUTREACH) == []


def test_salutation_rule_applies_to_linkedin_notes_too() -> None:
    text = GOOD_LINKEDIN.replace("Dear Dr. Patel", "Hi Priya")
    (finding,) = only(lint(text, Kind.OUTREACH, channel="linkedin"), "casual-salutation")
    assert text[finding.start : finding.end] == "Hi Priya"


# --- missing-why -----------------------------------------------------------------------------


def test_outreach_without_a_why_is_flagged() -> None:
    text = GOOD_OUTREACH.replace(
        "Your move from classroom teaching into UX research at Northwind is the path I hope to take, "
        "and your talk on interviewing nurses stayed with me.",
        "I am a teacher and I want to change careers.",
    ).replace("your advice on making that change", "some advice")
    findings = lint(text, Kind.OUTREACH)
    (finding,) = only(findings, "missing-why")
    assert finding.severity is Severity.WARNING
    assert text[finding.start : finding.end] == text.strip()


@pytest.mark.parametrize(
    "why",
    [
        "I read your article on accessible maps.",
        "Because of your years at the BBC, I thought of you first.",
        "The talk you gave at PyCon made me want to try data journalism.",
        "I saw how you moved from law into policy research.",
        "Your path from nursing to health data is the one I hope to follow.",
        # Typed in Prep as a user (a false alarm before): their team, at their employer.
        "Your team at Mercy turns bedside data into tools nurses actually use, which is the work I want to do.",
    ],
)
def test_any_sentence_about_their_work_or_path_is_a_why(why: str) -> None:
    text = f"Dear Ms. Rivera,\n\n{why}\n\nCould we talk on Tue, Dec 8 at 10:00? I can be flexible."
    assert "missing-why" not in rules(lint(text, Kind.OUTREACH))


@pytest.mark.parametrize("vague", ["I would love to hear about your team.", "Your team is one I admire."])
def test_their_team_with_nothing_specific_is_not_a_why(vague: str) -> None:
    text = f"Dear Ms. Rivera,\n\n{vague}\n\nCould we talk on Tue, Dec 8 at 10:00? I can be flexible."
    assert "missing-why" in rules(lint(text, Kind.OUTREACH))


def test_thanking_them_for_their_time_is_not_a_why() -> None:
    text = "Dear Ms. Rivera,\n\nThank you for your time. Could we talk on Tue at 10:00? I can be flexible."
    assert "missing-why" in rules(lint(text, Kind.OUTREACH))


# --- no-proposed-times and no-flexibility --------------------------------------------------------

TIMES = [
    "Would Monday suit you?",
    "Could we talk on Tue, Dec 8?",
    "How about 8 December?",
    "Would 2026-12-08 work?",
    "I am free at 10:00.",
    "Could we speak at 3pm?",
    "Could we speak at 10:00 AM?",
    "Would Thursday afternoon work?",
]

NO_TIMES = [
    "Call me at 555-0199.",
    "Let me know when you're free.",
    "Please reach me at 020 7946 0958 any time.",
    "I would be grateful for 20 minutes of your time.",
]


def _ask(sentence: str) -> str:
    return f"Dear Ms. Rivera,\n\nYour path into UX research inspires me. {sentence} I can be flexible.\n\nAlex"


@pytest.mark.parametrize("sentence", TIMES)
def test_a_concrete_day_or_time_counts_as_proposed(sentence: str) -> None:
    assert "no-proposed-times" not in rules(lint(_ask(sentence), Kind.OUTREACH)), sentence


@pytest.mark.parametrize("sentence", NO_TIMES)
def test_only_a_number_or_when_you_are_free_is_no_time(sentence: str) -> None:
    findings = only(lint(_ask(sentence), Kind.OUTREACH), "no-proposed-times")
    assert len(findings) == 1 and findings[0].severity is Severity.ERROR, sentence


def test_no_proposed_times_points_at_the_vague_phrase() -> None:
    text = _ask("Call me at 555-0199.")
    (finding,) = only(lint(text, Kind.OUTREACH), "no-proposed-times")
    assert text[finding.start : finding.end] == "Call me at"


def test_times_without_flexibility_get_a_warning_over_the_times() -> None:
    text = GOOD_OUTREACH.replace(" If none of these suit, I am happy to work around your schedule.", "")
    (finding,) = only(lint(text, Kind.OUTREACH), "no-flexibility")
    assert finding.severity is Severity.WARNING
    assert text[finding.start : finding.end].startswith("Tue")
    assert text[finding.start : finding.end].endswith("11:00 AM")


@pytest.mark.parametrize(
    "line",
    [
        "I'm flexible.",
        "Happy to work around your schedule.",
        "If none of these suit, just say so.",
        "Other times are fine too.",
        "I can also find another time.",
        "Whatever suits you is fine.",
    ],
)
def test_flexibility_lines(line: str) -> None:
    text = f"Dear Ms. Rivera,\n\nYour path inspires me. Could we talk on Tue at 10:00? {line}"
    assert "no-flexibility" not in rules(lint(text, Kind.OUTREACH))


def test_no_flexibility_only_when_times_are_proposed() -> None:
    text = "Dear Ms. Rivera,\n\nYour path inspires me. Call me at 555-0199."
    assert "no-flexibility" not in rules(lint(text, Kind.OUTREACH))


# --- odd-times and few-times -------------------------------------------------------------------


def _times(slots: str) -> str:
    return f"Dear Ms. Rivera,\n\nYour path into UX research inspires me. Could we talk {slots}? I can be flexible."


@pytest.mark.parametrize(
    "slots",
    [
        "on Saturday, December 12 at 11:00 PM",
        "on Sat, Dec 12 at 10:00 AM or Sun, Dec 13 at 2:00 PM",
        "on Sunday at 10:00 or Saturday at 11:00",
        "on Tue, Dec 8 at 6:30 AM or Wed, Dec 9 at 9:00 PM",
        "on Tue at 7:00 or Wed at 22:30",
        "on Thursday evening or Friday evening",
        "on 2026-12-12 at 10:00 or 2026-12-13 at 10:00",  # a Saturday and a Sunday
    ],
)
def test_only_weekend_or_late_times_are_odd(slots: str) -> None:
    text = _times(slots)
    findings = only(lint(text, Kind.OUTREACH), "odd-times")
    assert len(findings) == 1, (slots, findings)
    (finding,) = findings
    assert finding.severity is Severity.WARNING
    assert "weekend or late-night" in finding.message and "weekday" in finding.message
    assert text[finding.start : finding.end] in slots
    assert "odd-times" in rules(lint(text, Kind.FOLLOWUP))


@pytest.mark.parametrize(
    "slots",
    [
        "on Tue, Dec 8 at 10:00 AM or Wed, Dec 9 at 2:30 PM",
        "on Saturday at 10:00 or Monday at 10:00",  # one weekday slot is enough
        "on Tue at 3:00 or Thu at 5:30 PM",  # a bare "3:00" is the afternoon
        "on Tue at 8:00 AM or Thu at noon",
        "on Mon 10:00–10:30 or Tue 16:00–16:30",
        "on 2026-12-08 at 10:00 or 2026-12-09 at 10:00",
    ],
)
def test_weekday_working_hours_are_not_odd(slots: str) -> None:
    findings = lint(_times(slots), Kind.OUTREACH)
    assert findings == [], (slots, findings)


@pytest.mark.parametrize(
    "slots",
    [
        "on Tue, Dec 8 at 10:00 AM",
        "on Tuesday",
        "at 3pm",
        "on Tue, Dec 8 from 10:00 to 10:30 AM",
        "on 8 December at 10am",
    ],
)
def test_a_single_time_in_an_email_is_few_times(slots: str) -> None:
    text = _times(slots)
    (finding,) = only(lint(text, Kind.OUTREACH), "few-times")
    assert finding.severity is Severity.WARNING
    assert finding.message.startswith("Offer two or three times so one is likely to suit")
    assert text[finding.start : finding.end] in slots
    assert "few-times" in rules(lint(text, Kind.FOLLOWUP))


def test_few_times_is_for_emails_only() -> None:
    note = (
        "Dear Dr. Patel, your move into health data inspires me. Could we talk Tue 8 Dec, 10am your time? I'm flexible."
    )
    assert lint(note, Kind.OUTREACH, channel="linkedin") == []
    assert "few-times" in rules(lint(note, Kind.OUTREACH))


def test_a_saturday_night_slot_alone_gets_both_warnings_and_no_error() -> None:
    findings = lint(_times("on Saturday, December 12 at 11:00 PM"), Kind.OUTREACH)
    assert set(rules(findings)) == {"odd-times", "few-times"}
    assert not has_errors(findings)


def test_no_times_is_an_error_not_a_few_times_warning() -> None:
    text = _ask("Call me at 555-0199.")
    assert {"odd-times", "few-times"}.isdisjoint(rules(lint(text, Kind.OUTREACH)))
    assert rules(lint(text, Kind.OUTREACH)) == ["no-proposed-times"]


def test_times_rules_do_not_apply_to_thanks_or_questions() -> None:
    text = _times("on Saturday, December 12 at 11:00 PM").replace("I can be flexible.", "Thank you!")
    assert {"odd-times", "few-times"}.isdisjoint(rules(lint(text, Kind.THANKS)))
    assert lint("Could we talk on Saturday at 11:00 PM?", Kind.QUESTION) == []


def test_the_good_emails_offer_enough_weekday_times() -> None:
    assert {"odd-times", "few-times"}.isdisjoint(rules(lint(GOOD_OUTREACH, Kind.OUTREACH)))
    assert {"odd-times", "few-times"}.isdisjoint(rules(lint(GOOD_LINKEDIN, Kind.OUTREACH, channel="linkedin")))


# --- too-long --------------------------------------------------------------------------------


def test_email_over_the_word_limit() -> None:
    filler = " ".join(["word"] * 40)
    text = outreach(filler)
    (finding,) = only(lint(text, Kind.OUTREACH), "too-long")
    assert finding.severity is Severity.WARNING
    assert "words" in finding.message
    # Issue 16: the signature block is not read as the body, so the span ends at the closing line.
    assert text[finding.start : finding.end].endswith("Kind regards,")
    assert "too-long" not in rules(lint(text, Kind.OUTREACH, max_words=200))


def test_linkedin_note_over_the_character_limit() -> None:
    text = GOOD_LINKEDIN + " I have been teaching for ten years and love research."
    assert len(text) > 200
    (finding,) = only(lint(text, Kind.OUTREACH, channel="linkedin"), "too-long")
    assert finding.start == 200 and finding.end == len(text)
    assert f"{len(text)} characters" in finding.message
    assert "too-long" not in rules(lint(text, Kind.OUTREACH, channel="linkedin", note_limit=300))


def test_a_long_email_is_fine_as_a_linkedin_measure_and_vice_versa() -> None:
    assert "too-long" not in rules(lint(GOOD_OUTREACH, Kind.OUTREACH))  # 83 words
    assert "too-long" in rules(lint(GOOD_OUTREACH, Kind.OUTREACH, channel="linkedin"))


def test_thank_you_notes_may_run_to_150_words() -> None:
    base = "Dear Ms. Rivera,\n\nThank you for your time yesterday. "
    ok = base + " ".join(["word"] * 130)
    long = base + " ".join(["word"] * 150)
    assert "too-long" not in rules(lint(ok, Kind.THANKS))
    assert "too-long" in rules(lint(long, Kind.THANKS))


@pytest.mark.parametrize(
    "text",
    [
        "word " * 100,
        "word " * 101,
        "Dear Ms. Rivera, could we talk at 10:00 AM? " + "word " * 89,  # "10:00" is one word
        "Dear Ms. Rivera, could we talk at 10:00 AM? " + "word " * 90,
        "A well-known, follow-up note: don't worry. " + "word " * 94,
        "A well-known, follow-up note: don’t worry. " + "word " * 95,  # a curly apostrophe
        "Subject: Twenty minutes of your advice?\n\n" + "word " * 100,  # the subject is not counted
        "Subject: Twenty minutes of your advice?\n\n" + "word " * 101,
        "Dear Dr. Okafor, 1–2 ideas, 3.5 years — e.g. U.S. work. " + "word " * 88,
    ],
)
def test_too_long_fires_exactly_when_count_words_is_over_the_limit(text: str) -> None:
    for limit in (90, 100):
        fired = "too-long" in rules(lint(text, Kind.OUTREACH, max_words=limit))
        assert fired == (count_words(text) > limit), (text, count_words(text), limit)
    (finding,) = only(lint(text, Kind.OUTREACH, max_words=10), "too-long")
    assert f"is {count_words(text)} words" in finding.message


def test_count_words_counts_times_hyphens_and_apostrophes_as_lint_does() -> None:
    assert count_words("") == 0
    assert count_words("Tue at 10:00 AM") == 4  # a reader reads "10:00" as one word (issue 16)
    assert count_words("a well-known follow-up") == 3
    assert count_words("I don't, I don’t") == 4
    assert count_words("Subject: Hello there\n\nDear Dr. Okafor,") == 3


# --- about-me --------------------------------------------------------------------------------


def test_a_message_all_about_the_writer_is_flagged() -> None:
    text = outreach(
        "I am a teacher. I have taught for ten years and I love my job, but I'm ready for "
        "my next step and I've started a course. I'd like to tell you my story."
    )
    (finding,) = only(lint(text, Kind.OUTREACH), "about-me")
    assert finding.severity is Severity.WARNING
    assert (finding.start, finding.end) == (0, len(text.rstrip()))
    assert "I/me/my" in finding.message


def test_a_short_balanced_note_is_not_about_me() -> None:
    assert "about-me" not in rules(lint(GOOD_OUTREACH, Kind.OUTREACH))
    text = "Dear Ms. Rivera, I'm a teacher and I admire your path. Could we talk Tue at 10:00? I'm flexible."
    assert "about-me" not in rules(lint(text, Kind.OUTREACH))


# --- long-meeting-ask ------------------------------------------------------------------------

LONG = [
    "Could we meet for an hour?",
    "Would you have 1 hour next week?",
    "Could you spare 60 minutes?",
    "Could we talk for a couple of hours?",
    "Would a 45-minute call work?",
    "Could I shadow you for half a day?",
    "Could we do lunch and an afternoon at your office?",
    "Could we talk for 30–45 minutes?",
    "Would you have ninety minutes?",
    "Could we meet for one hour?",
    "Could we talk for 2 hours?",
    "Could you spare 1.5 hours?",
    "Could we meet for an hour and a half?",
    "Would you have a few hours on Friday?",
    "Could I spend a day shadowing you?",
    "Would a one-hour call be okay?",
    "Could we schedule a 90-minute session?",
    "Could I spend an afternoon with your team?",
    "Would your schedule allow an hour?",
    "Could you spare a quick hour next week?",
    "Could we meet for an hour or so?",
    "Would you have a full hour for me?",
    "Could you spare 90 minutes?",
    "Would you be open to an hour-long call?",
]

SHORT = [
    "Could we talk for 20 minutes?",
    "Would half an hour work?",
    "Could you spare 30 minutes?",
    "Would 15–20 minutes suit you?",
    "Could we have a 20-minute call?",
    "Would a quick 15 min chat work?",
    "Could we meet on Tuesday afternoon?",
    "I spent an hour reading your article last night.",
    "I watched your 45-minute talk twice.",
    "I'm an hour ahead of you, so 10:00 your time is 11:00 mine.",
    "I will reply within 24 hours.",
    "We are 5 hours apart.",
    "After 2 hours of practice I finally understood it.",
    "Would 25 minutes work?",
    "I read your hour-long interview on the podcast.",
]


@pytest.mark.parametrize("text", LONG)
def test_asks_for_more_than_half_an_hour(text: str) -> None:
    findings = lint(text, Kind.QUESTION)
    assert rules(findings) == ["long-meeting-ask"], text


@pytest.mark.parametrize("text", SHORT)
def test_asks_for_half_an_hour_or_less(text: str) -> None:
    assert lint(text, Kind.QUESTION) == [], text


def test_long_meeting_span() -> None:
    text = "Would you have an hour next week?"
    (finding,) = lint(text, Kind.QUESTION)
    assert text[finding.start : finding.end] == "an hour"


# --- pushy -----------------------------------------------------------------------------------

PUSHY = [
    ("I still haven't heard back from you.", "haven't heard back"),
    ("I haven’t heard from you yet.", "haven’t heard from you"),
    ("Please reply ASAP.", "ASAP"),
    ("Please answer as soon as possible.", "as soon as possible"),
    ("I need an answer by Friday.", "I need an answer"),
    ("This is urgent.", "urgent"),
    ("Per my last email, I would like to meet.", "my last email"),
    ("I am following up again on my request.", "following up again"),
    ("Why haven't you replied?", "Why haven't you"),
    ("I need to hear back by Friday.", "I need to hear back"),
    ("Please respond by Friday.", "respond by Friday"),
    ("Kindly reply by the end of the week.", "reply by the end of"),
    ("I expect a reply.", "I expect a reply"),
    ("I'm still waiting.", "I'm still waiting"),
    ("I am still waiting for your reply.", "still waiting for your reply"),
]


@pytest.mark.parametrize(("sentence", "phrase"), PUSHY)
def test_pushy_follow_ups(sentence: str, phrase: str) -> None:
    text = f"Dear Ms. Rivera,\n\n{sentence} Could we talk on Tue at 10:00?\n\nAlex"
    found = spans(text, lint(text, Kind.FOLLOWUP), "pushy")
    assert any(phrase in span for span in found), (sentence, found)


@pytest.mark.parametrize(
    "sentence",
    [
        "I immediately thought of you when I read the article.",
        "I know you must be very busy, so I will keep this short.",
        "No answer is needed if now is not a good time.",
        "I wanted to follow up once on my note from last week.",
        "I'd be glad to hear from you whenever it suits.",
        "I'm still waiting for my course to start, so there is no rush.",
        "Feel free to reply by email or on LinkedIn.",
        "I'm waiting to hear about a course place, which is why I'm free in the mornings.",
    ],
)
def test_polite_follow_up_lines_are_not_pushy(sentence: str) -> None:
    text = f"Dear Ms. Rivera,\n\n{sentence} Could we talk on Tue at 10:00?\n\nAlex"
    assert "pushy" not in rules(lint(text, Kind.FOLLOWUP)), sentence


def test_a_kind_follow_up_is_not_pushy() -> None:
    text = (
        "Dear Ms. Rivera,\n\nI know your inbox is busy, so I wanted to follow up once on my note "
        "from last week. Would 20 minutes on Tue, Dec 15 at 10:00 AM or Thu, Dec 17 at 2:00 PM "
        "suit you? If not, no worries at all.\n\nKind regards,\nAlex Morgan"
    )
    assert lint(text, Kind.FOLLOWUP) == []


# --- missing-thanks --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Thank you for your time.",
        "Many thanks for the call.",
        "I'm grateful for your advice.",
        "I really appreciate your help.",
        "THANKS again!",
    ],
)
def test_a_thank_you_note_that_thanks(sentence: str) -> None:
    text = f"Dear Ms. Rivera,\n\n{sentence} I have since joined the UX research meetup.\n\nAlex"
    assert lint(text, Kind.THANKS) == []


def test_a_thank_you_note_that_never_thanks() -> None:
    text = "Dear Ms. Rivera,\n\nIt was good to talk yesterday. I joined the meetup.\n\nAlex"
    (finding,) = lint(text, Kind.THANKS)
    assert finding.rule == "missing-thanks" and finding.severity is Severity.ERROR
    assert text[finding.start : finding.end] == text.strip()


# --- kinds apply the right rules --------------------------------------------------------------

# One text that breaks every message rule it can at once.
EVERYTHING_WRONG = (
    "Hey,\n\nI'm a teacher, I'm ready for my next step and my plan is to move. "
    "Are you hiring? I need an answer ASAP. Could we meet for an hour? Call me at 555-0199.\n"
    + " ".join(["filler"] * 100)
)


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        (
            Kind.OUTREACH,
            {
                "job-ask",
                "casual-salutation",
                "missing-why",
                "no-proposed-times",
                "too-long",
                "about-me",
                "long-meeting-ask",
            },
        ),
        (Kind.FOLLOWUP, {"job-ask", "casual-salutation", "pushy", "too-long", "long-meeting-ask"}),
        (Kind.THANKS, {"job-ask", "casual-salutation", "missing-thanks"}),
        (Kind.QUESTION, {"job-ask", "long-meeting-ask"}),
    ],
)
def test_each_kind_applies_its_own_rules(kind: Kind, expected: set[str]) -> None:
    assert set(rules(lint(EVERYTHING_WRONG, kind))) == expected


@pytest.mark.parametrize(
    ("kind", "channel", "expected"),
    [
        (Kind.OUTREACH, "email", {"odd-times", "few-times"}),
        (Kind.OUTREACH, "linkedin", {"odd-times"}),
        (Kind.FOLLOWUP, "email", {"odd-times", "few-times"}),
        (Kind.FOLLOWUP, "linkedin", {"odd-times"}),
        (Kind.THANKS, "email", set()),
        (Kind.QUESTION, "email", set()),
    ],
)
def test_times_rules_by_kind_and_channel(kind: Kind, channel: str, expected: set[str]) -> None:
    text = "Dear Ms. Rivera, your path inspires me. Thank you! Could we talk Sat 12 Dec at 11pm? I'm flexible."
    found = set(rules(lint(text, kind, channel=channel))) & {"odd-times", "few-times"}
    assert found == expected


def test_questions_never_get_message_rules() -> None:
    text = "What does your company do?\nAre you hiring?\nCould we talk for an hour?"
    assert set(rules(lint(text, Kind.QUESTION))) == {"do-research", "job-ask", "long-meeting-ask"}
    assert "do-research" not in rules(lint(outreach("What does your company do?"), Kind.OUTREACH))


# --- lines and columns -----------------------------------------------------------------------


def test_question_findings_carry_their_line_and_column() -> None:
    text = "How did you start?\n\nWhere are you headquartered?\n  Are you hiring?\r\nCould we talk for an hour?\n"
    findings = lint(text, Kind.QUESTION)
    assert [(f.rule, f.line, f.column) for f in findings] == [
        ("do-research", 3, 1),
        ("job-ask", 4, 3),
        ("long-meeting-ask", 5, 19),
    ]
    for finding in findings:
        assert text[finding.start : finding.end] in {
            "Where are you headquartered",
            "Are you hiring",
            "an hour",
        }


def test_message_findings_have_lines_and_columns_in_the_whole_text() -> None:
    text = (
        "Dear Ms. Rivera,\n\nYour path from nursing inspires me.\n"  # issue 16: a bare "your path" is no why
        "Could we talk on Tue at 10:00 or Wed at 14:00, or could you refer me?\nI'm flexible."
    )
    (finding,) = lint(text, Kind.OUTREACH)
    assert (finding.rule, finding.line, finding.column) == ("job-ask", 4, 61)
    assert text[finding.start : finding.end] == "refer me"


def test_a_question_spread_over_a_line_break_is_two_questions() -> None:
    assert lint("Could you\nrefer me?", Kind.QUESTION)[0].line == 2


def test_column_of_a_finding_built_by_hand_defaults_to_its_offset() -> None:
    finding = Finding("job-ask", Severity.ERROR, "Ask for insight.", 4, 8, 1)
    assert finding.column == 5


# --- good messages pass ---------------------------------------------------------------------


def test_a_good_outreach_email_has_no_findings() -> None:
    words = len(GOOD_OUTREACH.split())
    assert 70 <= words <= 95
    assert lint(GOOD_OUTREACH, Kind.OUTREACH) == []


def test_a_good_linkedin_note_has_no_errors() -> None:
    assert len(GOOD_LINKEDIN) <= 200
    findings = lint(GOOD_LINKEDIN, Kind.OUTREACH, channel="linkedin")
    assert not has_errors(findings), findings
    assert findings == []


def test_a_good_thank_you_note_has_no_findings() -> None:
    text = (
        "Dear Dr. Okafor,\n\nThank you for your time on Tuesday. Your advice to publish one small "
        "analysis a month was the most useful thing I heard all year, and I have already started "
        "the first one.\n\nWith thanks,\nAlex Morgan"
    )
    assert lint(text, Kind.THANKS) == []


def test_asking_for_their_advice_is_not_a_reason_to_write_to_them() -> None:
    no_why = (
        "Dear Ms. Rivera,\n\nWe met at a meetup. Could you spare 20 minutes for your advice? "
        "Would Tue, Dec 8 at 10:00 AM or Wed, Dec 9 at 2:00 PM suit you? I am happy to work "
        "around your schedule.\n\nKind regards,\nAlex"
    )
    assert "missing-why" in {f.rule for f in lint(no_why, "outreach")}
    with_why = no_why.replace(
        "We met at a meetup.", "You taught chemistry for seven years and now report on water quality."
    )
    assert "missing-why" not in {f.rule for f in lint(with_why, "outreach")}
