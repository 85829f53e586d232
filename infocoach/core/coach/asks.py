"""Rules about what else is asked: facts the web answers, too much time, and pressure.

Text comes in with straight apostrophes (see ``engine.normalize``).
"""

from __future__ import annotations

import re

from infocoach.core.coach.findings import Hit
from infocoach.core.coach.patterns import FLAGS, Pattern, merge, p, scan

# --- do-research: questions the website or profile answers ----------------------------------

_END = r"(?=\s*(?:[?.!]|$))"
_COMPANY = r"(?:company|firm|organi[sz]ation|employer|business|startup|agency|corporation)"
_THE_COMPANY = r"(?:your|the|this)\s+" + _COMPANY
# A company named outright: "Lumen", "Acme Corp", "Northwind Health" (capitalised, so "your
# team" or "she" never match; any pronoun or question word that starts a sentence is left out).
_NAMED = (
    r"(?-i:(?!(?:I|You|We|They|He|She|It|This|That|These|Those|There|Your|My|Our|Their|His|Her|"
    r"What|Who|How|Where|When|Why|Which|The|A|An)\b)[A-Z][\w&'.-]*(?:\s+(?:&\s+)?[A-Z][\w&'.-]*){0,3})"
)
_A_COMPANY = r"(?:" + _THE_COMPANY + r"|" + _NAMED + r")"  # "your company" or "Lumen"

DO_RESEARCH_PATTERNS: tuple[Pattern, ...] = (
    p(
        r"\bwhat\s+(?:exactly\s+)?(?:does|do)\s+(?:"
        + _A_COMPANY
        + r"|you\s+guys)\s+(?:exactly\s+|actually\s+)?do"
        + _END
    ),
    p(
        r"\bwhat\s+(?:kind\s+of\s+|sort\s+of\s+)?(?:products?|services?)\s+(?:does|do)\s+(?:"
        + _A_COMPANY
        + r"|you|you\s+guys)\s+(?:sell|offer|make|provide|produce|build)"
        + _END
    ),
    p(r"\bwhat\s+(?:does|do)\s+(?:" + _A_COMPANY + r"|you)\s+(?:sell|make|produce|manufacture)" + _END),
    p(r"\bwhere\s+(?:are\s+you|is\s+" + _THE_COMPANY + r"|is\s+\w+)\s+headquartered\b"),
    p(r"\bwhere(?:'s|\s+is)\s+" + _A_COMPANY + r"\s+(?:based|located|headquartered)" + _END),
    # Competitors are on their website and in every news story: "Who does Lumen compete with?"
    p(r"\bwho\s+(?:does|do)\s+(?:" + _A_COMPANY + r"|you)\s+(?:mainly\s+|mostly\s+)?compete\s+(?:with|against)" + _END),
    p(
        r"\bwho\s+(?:are|is)\s+(?:your|the\s+company's|" + _NAMED + r"'s?)\s+(?:main\s+|biggest\s+|key\s+)?"
        r"(?:competitors?|rivals?|competition)" + _END
    ),
    p(r"\bwhere(?:'s|\s+is)\s+(?:your|the)\s+(?:head\s*quarters|HQ|head\s+office|main\s+office)\b"),
    p(
        r"\bhow\s+many\s+(?:employees|staff|people|workers|offices)\s+(?:does\s+"
        + _A_COMPANY
        + r"\s+(?:have|employ)|do\s+you\s+(?:have|employ)|work\s+(?:at|for)\s+"
        + _A_COMPANY
        + r")"
        + _END
    ),
    p(r"\bhow\s+(?:big|large)\s+is\s+" + _A_COMPANY + _END),
    p(r"\bwhen\s+was\s+" + _A_COMPANY + r"\s+(?:founded|started|established|created|set\s+up|incorporated)" + _END),
    p(r"\bwho\s+(?:founded|started|owns|runs)\s+" + _A_COMPANY + _END),
    p(
        r"\bwho(?:'s|\s+is)\s+(?:your|the)\s+(?:company's\s+)?(?:ceo|founder|president|chief\s+executive(?:\s+officer)?|"
        r"chair(?:man|woman|person)?|managing\s+director|md)" + _END
    ),
    p(
        r"\bwhat(?:'s|\s+is)\s+your\s+(?:job\s+|current\s+|official\s+|exact\s+)?(?:job\s+)?(?:title|position|role)"
        + _END
    ),
    p(r"\b(?:what|which)\s+" + _COMPANY + r"\s+do\s+you\s+work\s+(?:for|at)" + _END),
    p(r"\bwhere\s+do\s+you\s+(?:currently\s+)?work" + _END),
    p(
        r"\bwhat(?:'s|\s+is)\s+(?:your|the)\s+(?:company's\s+|firm's\s+)?(?:mission(?:\s+statement)?|"
        r"(?:annual\s+)?revenue|stock\s+price|market\s+cap|ticker(?:\s+symbol)?|website|address)" + _END
    ),
    p(r"\bwhat\s+industry\s+is\s+" + _A_COMPANY + r"\s+in" + _END),
)

DO_RESEARCH_MESSAGE = (
    "Their website or profile answers this. Look it up before the call and ask what only "
    "they can tell you, e.g. 'What surprised you most when you joined?'"
)


def research_questions(text: str) -> list[Hit]:
    return [Hit("do-research", s, e, DO_RESEARCH_MESSAGE) for s, e in scan(text, DO_RESEARCH_PATTERNS)]


# --- long-meeting-ask: more than about half an hour -------------------------------------------

_NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "ten": 10,
    "fifteen": 15,
    "twenty": 20,
    "twenty-five": 25,
    "thirty": 30,
    "thirty-five": 35,
    "forty": 40,
    "forty-five": 45,
    "fifty": 50,
    "sixty": 60,
    "ninety": 90,
    "a": 1,
    "an": 1,
}
_NUM = (
    r"(?:\d+(?:\.\d+)?|"
    + "|".join(sorted((re.escape(w) for w in _NUMBER_WORDS if len(w) > 2), key=len, reverse=True))
    + r")"
)
_MINUTES = re.compile(
    r"\b(?P<low>" + _NUM + r")(?:\s*(?:-|–|—|to|or)\s*(?P<high>" + _NUM + r"))?\s*-?\s*(?:minutes?|mins?)\b",
    FLAGS,
)
_HOURS = re.compile(
    r"(?<!half\s)(?<!half-)\b(?:(?P<num>" + _NUM + r"|an?|a\s+(?:full|whole|quick|short|single|solid|good)|"
    r"an\s+(?:entire|extra)|"
    r"a\s+couple\s+(?:of\s+)?|couple\s+of|a\s+few|several)\s*-?\s*(?:hours?|hrs?)\b)",
    FLAGS,
)
_LONG_PHRASES = re.compile(
    r"\b(?:half\s+a\s+day|half[- ]day|a\s+(?:full|whole)\s+(?:day|morning|afternoon|evening)|"
    r"an\s+(?:afternoon|evening|entire\s+(?:day|morning|afternoon))|all\s+(?:day|morning|afternoon)|"
    r"the\s+(?:whole|entire)\s+(?:day|morning|afternoon)|(?:for|spend|spending)\s+a\s+(?:\w+\s+)?day|"
    r"a\s+(?:couple\s+(?:of\s+)?|few\s+)days|(?:for|spend|spending)\s+a\s+week)\b",
    FLAGS,
)


def _number(word: str) -> float:
    word = word.lower()
    try:
        return float(word)
    except ValueError:
        return float(_NUMBER_WORDS.get(word, 0))


# A duration that is not a request for their time: "I spent an hour on your article", "your
# 45-minute talk", "I'm an hour ahead of you", "within 24 hours", "after 2 hours of practice".
_NOT_AN_ASK_BEFORE = re.compile(
    r"(?:\b(?:spent|took|takes|within|after|every|each|per|drove|flew|"
    r"watched|read|listened\s+to|over\s+the\s+(?:last|past))\s+(?:[\w'-]+\s+){0,2}|\byour\s+)$",
    FLAGS,
)
_NOT_AN_ASK_AFTER = re.compile(
    r"^[\s-]*(?:ago|ahead|behind|earlier|later|apart|away|difference|time\s+difference|drive|flight|"
    r"commute|ride|walk|of\s+(?:reading|research|work|practice|study|studying|listening)|"
    r"talk|video|podcast|episode|lecture|keynote|presentation|webinar|documentary)\b",
    FLAGS,
)


def _asks_for_time(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 60) : start]
    return not (_NOT_AN_ASK_BEFORE.search(before) or _NOT_AN_ASK_AFTER.match(text[end : end + 40]))


def long_meeting_asks(text: str, *, limit_minutes: int = 30) -> list[Hit]:
    spans: list[tuple[int, int]] = []
    for match in _MINUTES.finditer(text):
        longest = max(_number(match["low"]), _number(match["high"] or "0"))
        if longest > limit_minutes:
            spans.append(match.span())
    for match in _HOURS.finditer(text):
        num = match["num"]
        amount = _number(num) if re.fullmatch(_NUM, num, FLAGS) else 1.0
        if amount * 60 > limit_minutes:
            spans.append(match.span())
    spans += [m.span() for m in _LONG_PHRASES.finditer(text)]
    spans = [(s, e) for s, e in spans if _asks_for_time(text, s, e)]
    message = (
        "Ask for 20 to 30 minutes: more is a lot to ask of someone who owes you nothing. "
        "Try 'Would you have 20 minutes for a call?'"
    )
    return [Hit("long-meeting-ask", s, e, message) for s, e in merge(spans)]


# --- pushy: pressure in a follow-up -------------------------------------------------------------

PUSHY_PATTERNS: tuple[Pattern, ...] = (
    p(
        r"\b(?:still\s+)?(?:haven't|have\s+not|hadn't|had\s+not|didn't|did\s+not|never)\s+"
        r"(?:yet\s+)?(?:heard|hear)\s+(?:back|from\s+you|anything)(?:\s+from\s+you)?\b"
    ),
    p(r"\bstill\s+(?:no|not\s+(?:a|any))\s+(?:reply|response|answer|word)\b"),
    p(
        r"\byou\s+(?:never|still\s+haven't|haven't|didn't|did\s+not|have\s+not)\s+(?:yet\s+)?"
        r"(?:replied|responded|answered|reply|respond|answer|got\s+back)\b"
    ),
    p(r"\bwhy\s+(?:haven't|have\s+not|didn't|did\s+not|won't|don't)\s+you\b"),
    p(r"\bASAP\b|\bas\s+soon\s+as\s+(?:possible|you\s+can)\b"),
    p(
        r"\bI\s+(?:really\s+)?(?:need|expect|require|must\s+have)\s+(?:an?\s+|your\s+)?"
        r"(?:answer|reply|response|decision)\b"
    ),
    p(
        r"\bI\s+(?:really\s+)?(?:need|expect|must|have)\s+to\s+(?:hear\s+(?:back|from\s+you)|get\s+(?:a|an|your)\s+"
        r"(?:answer|reply|response))\b"
    ),
    # A deadline: "please respond by Friday", "reply by the end of the week".
    p(
        r"\b(?:respond|reply|answer|hear\s+back|get\s+back\s+to\s+me|let\s+me\s+know|confirm)\s+"
        r"(?:(?:to\s+me|from\s+you)\s+)?(?:by|before|no\s+later\s+than)\s+(?:the\s+)?(?:end\s+of|close\s+of|EOD|COB|"
        r"today|tonight|tomorrow|next|this|monday|tuesday|wednesday|thursday|friday|saturday|sunday|noon|"
        r"midday|\d)"
    ),
    p(
        r"\b(?:I'm|I\s+am|I've\s+been|I\s+have\s+been)\s+(?:still\s+)?waiting\s+(?:for|on)\s+"
        r"(?:a|an|your)\s+(?:reply|response|answer)\b"
        r"|\b(?:I'm|I\s+am|I've\s+been|I\s+have\s+been)\s+(?:still\s+waiting\b(?!\s+(?:for|on|to|until|till)\b)|"
        r"(?:still\s+)?waiting\s+to\s+hear\s+(?:back|from\s+you)\b)"
    ),
    p(r"\burgent(?:ly)?\b"),
    p(
        r"\b(?:per|as\s+per|as\s+(?:I\s+)?(?:said|mentioned|stated)\s+in)\s+my\s+(?:last|previous|earlier)\s+"
        r"(?:email|e-mail|message|note|mail)\b"
    ),
    p(
        r"\bfollowing\s+up\s+(?:again|once\s+more|one\s+more\s+time)\b"
        r"|\b(?:another|a\s+third|yet\s+another)\s+follow[- ]?up\b"
    ),
    p(r"\bignor(?:ed|ing)\s+(?:me|my)\b"),
)

PUSHY_MESSAGE = (
    "This reads as pressure. Keep the follow-up light and brief: offer fresh times, say you "
    "understand they are busy, and let them go if they do not answer."
)


def pushy_phrases(text: str) -> list[Hit]:
    return [Hit("pushy", s, e, PUSHY_MESSAGE) for s, e in scan(text, PUSHY_PATTERNS)]
