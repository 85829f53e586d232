"""``missing-why``: does a message say why it is written to *this* person?

A reason names something about them: their role, work or path ("your move from teaching into
UX research"), a talk, article or post of theirs, a school or employer you share, or who
referred you ("I got your name from Ms. Armenta, who thought you might …"). Phrases that fit
anyone are not a reason by themselves: "your perspective", "your insights", "I found your
info on the company's website", "your background", "your career path".

Every function takes text whose apostrophes are already straight.
"""

from __future__ import annotations

import re

from infocoach.core.coach.findings import Hit

_FLAGS = re.IGNORECASE

# Something they made or gave: naming it is already specific ("your talk", "your podcast episode").
_WORKS = (
    r"(?:talk|article|post|blog|podcast|episode|paper|book|panel|lecture|keynote|newsletter|essay|thread|"
    r"webinar|presentation|column|op-ed|report|study|research|thesis|dissertation|project|portfolio|"
    r"publication|course|workshop|speech|video|comment|answer|interview|piece|exhibition|show|film|"
    r"documentary|app|startup|shop|restaurant|studio|lab|campaign|initiative|nonprofit|charity|foundation|novel|poem|album|design|feature|series|tweet|"
    r"story\s+(?:on|about|in)|remarks|advice\s+column)s?"
)
# What everyone has: a reason only with something specific after it ("your years at the BBC").
_PATH = (
    r"(?:work|path|career|role|job|position|experience|journey|background|transition|move|switch|shift|"
    r"pivot|change|time|years?|decade|story|leadership|contribution|expertise|studies|life|"
    r"team|group|department|desk|unit)"
)
_SPECIFIC_AFTER = (
    r"\s+(?:(?:as|at|in|on|with|from|into|to|for|of|building|leading|running|at)\s+)"
    r"(?!(?:the|this|your|that|a|an|my)\s+(?:field|industry|company|sector|area|space|organi[sz]ation|"
    r"team|business|world|job|role|profession|career)\b|(?:it|that|this|them|me|general)\b)"
)
_REFERRER = (
    r"(?:(?:mr|mrs|ms|mx|dr|prof|professor|dean|coach)\.?\s+[A-Z][\w'-]+"
    r"|(?:my|our)\s+(?:[\w-]+\s+){0,2}?(?:friend|cousin|professor|teacher|manager|boss|supervisor|advis[oe]r|"
    r"mentor|colleague|classmate|coworker|co-worker|neighbou?r|aunt|uncle|sister|brother|mother|father|mom|"
    r"mum|dad|parent|counsel(?:l)?or|instructor|coach|tutor|contact|connection|alum\w*|partner|roommate)"
    r"|(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z'-]+)?))"
)
_REFERRAL_VERB = (
    r"(?:suggested|recommended|mentioned|told\s+me|said|thought|referred\s+me|pointed\s+me|put\s+me\s+in\s+touch|"
    r"encouraged\s+me|passed\s+(?:on\s+)?your|gave\s+me\s+your|introduced|speaks?\s+(?:so\s+)?highly|"
    r"spoke\s+(?:so\s+)?highly|thinks?\s+you)"
)
_DID = (
    r"(?:moved|made\s+the|switched|transitioned|wrote|spoke|built|led|founded|co-founded|started|published|"
    r"gave|went|spent|changed|joined|left|presented|created|launched|designed|pivoted|taught|trained|"
    r"studied|ran|run|became|become|visited|graduated|hire|hired|manage|managed|translate|translated|"
    r"curate|curated|lead|build|design|teach|interviewed|mentor|mentored|organi[sz]ed|"
    r"were\s+(?:a|an|once)\s|volunteered|won|research|researched|direct|directed|edit|edited|coach|coached|"
    r"(?:work|worked)\s+(?:on|as|at|in|with|for)(?!\s+(?:the|a|this|that)\s+(?:field|industry|company)\b))"
)
_NOT_A_PERSON = r"(?-i:(?:The|This|That|It|Your|We|He|She|They|Everyone|LinkedIn|Google|Handshake|I))\b"

_REASON = re.compile(
    "|".join(
        (
            # Something of theirs: "your talk", "your podcast episode on grant writing".
            r"\byour\s+(?:[\w'-]+\s+){0,2}?" + _WORKS + r"\b",
            r"\b(?:talk|article|post|paper|book|episode|interview|panel|piece|presentation)s?\s+(?:that\s+)?you\s+"
            r"(?:gave|wrote|published|recorded|shared|did|posted|made)\b",
            # Their path with something specific: "your move from nursing into health data".
            r"\byour\s+(?:[\w'-]+\s+){0,2}?" + _PATH + r"s?\b" + _SPECIFIC_AFTER,
            # What they did: "you moved from journalism into UX writing", "I heard you speak".
            r"\byou\s+(?:(?:recently|once|have|had|also|now|still|then|later|first|used\s+to)\s+)*" + _DID + r"\b",
            # Their role named: "I see you're the head of design at Monzo".
            r"\byou(?:'re|\s+are|\s+were)\s+(?:now\s+|still\s+)?(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?[\w-]+\s+"
            r"(?:at|in|for|with|of|on)\s+(?!(?:the|this|your|that|a|an|my)\s+(?:field|industry|company|sector)\b)",
            r"\bI\s+(?:(?:recently|really|have|just|also)\s+)*(?:heard|saw|watched|seen)\s+you\s+"
            r"(?:speak|present|talk|on|at|in|interviewed|give)\b",
            r"\b(?:read|heard|learned|learnt)\s+about\s+(?:you|your\s+\w+)\s+(?:in|on|at|from)\b",
            # Something shared: a school, an employer, a club ("we met at a meetup" alone is not a why).
            r"\blike\s+you\b|\bas\s+(?:a\s+)?fellow\b|\bfellow\s+(?:alum\w*|graduate|member|volunteer)",
            r"\bwe\s+(?:both|each|also|all)\b|\byou\s+and\s+I\s+both\b",
            r"\bsame\s+(?:[\w-]+\s+){0,3}?(?:school|university|college|program(?:me)?|department|class|team|"
            r"company|firm|club|major|course|hometown|town)\b|\balum(?:na|nus|ni|nae)\b|\balma\s+mater\b",
            r"\bI\s+(?:also|too)\s+(?:worked|studied|grew\s+up|trained|started|went)\b",
            r"\b(?:when|after)\s+you\s+(?:visited|spoke|came|gave|presented|talked|taught)\b",
            # Who referred them, and so why: "Ms. Armenta, who thought you might …", "Priya recommended you".
            r"\b(?:got|have|was\s+given|received|found)\s+your\s+(?:name|email|e-mail|contact|details|number)\s+"
            r"(?:\w+\s+){0,2}?(?:from|through|via)\s+(?!"
            + _NOT_A_PERSON
            + r")"
            + _REFERRER
            + r"(?!\s+(?:website|page|site|directory|profile|list)\b)",
            r"(?<![\w.])(?!"
            + _NOT_A_PERSON
            + r")"
            + _REFERRER
            + r"(?:\s+(?:from|at|of|in)\s+(?:the\s+)?[\w'-]+(?:\s+[\w'-]+){0,3}?)?"
            + r"(?:,?\s+(?:who|[\w'-]+(?:\s+[\w'-]+){0,5},))?\s+"
            r"(?:(?:has|had|once|kindly|also)\s+)?" + _REFERRAL_VERB + r"\b",
        )
    ),
    _FLAGS,
)

# Filler: fits anyone; pointed at when the message has no reason.
_FILLER = re.compile(
    r"\byour\s+(?:(?:valuable|unique|professional|expert|honest|personal)\s+)?(?:perspective|insights?|thoughts|"
    r"advice|input|opinion|views?|guidance|wisdom|knowledge|experience|background|career\s+path|time)\b"
    r"|\bI\s+(?:found|saw|came\s+across|got|have)\s+your\s+(?:info|information|name|email|e-mail|profile|details|"
    r"contact(?:\s+info(?:rmation)?)?|address)\b(?:\s+(?:on|in|from|through|via)\s+[^.?!,;\n]*?(?=\s+(?:and|but|so|because)\b|[.?!,;\n]|$))?",
    _FLAGS,
)


def has_reason(text: str) -> bool:
    """Whether ``text`` says something about this person (see the module's notes)."""
    return _REASON.search(text) is not None


def missing_why(text: str) -> list[Hit]:
    """No reason for writing to this person; the span is the filler when there is some."""
    if has_reason(text):
        return []
    filler = _FILLER.search(text)
    if filler:
        start, end = filler.span()
        said = " ".join(filler.group().split())
        said = said if len(said) <= 60 else said[:57].rsplit(" ", 1)[0] + " …"
        message = (
            f"'{said}' could be said to anyone. Say why them: their work or path, a talk or "
            "article of theirs, or who suggested you write and why."
        )
    else:
        start = len(text) - len(text.lstrip())
        end = len(text.rstrip())
        message = (
            "Say why them: one sentence on their work or path and how it relates to your goals, "
            "e.g. 'Your move from teaching into UX research is the path I hope to take.'"
        )
    return [Hit("missing-why", start, end, message)]
