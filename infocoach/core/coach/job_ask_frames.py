"""Job-ask frames (issue 16): who benefits, and from what. Each pattern names the writer's
employment object (a job, a place on the team, a referral, an application pushed along) and a
way of getting it through the reader ("introduce me to whoever is hiring", "is your team
looking for anyone", "can I join your team"). Written from the corpus's dev set, checked to
flag none of its good sentences."""

from __future__ import annotations

from infocoach.core.coach.job_ask_patterns import _ORG
from infocoach.core.coach.patterns import Pattern, p

_ORG_X = r"(?:your|ur)\s+(?:[\w-]+\s+){0,2}?" + _ORG  # "your (research) team"
_HIRER = (
    r"(?:hiring\s+(?:manager|manger|team|lead|panel|committee)s?|recruit\w*|HR\b|talent\s+(?:team|lead)|"
    r"whoever\s+is\s+hiring|(?:the\s+)?(?:person|people|one)\s+(?:who\s+(?:is|are)\s+)?(?:hiring|handling\s+hiring))"
)

# Frames: who benefits, and from what (issue 16). Each names the writer's employment object
# and a way of getting it through the reader.
JOB_ASK_FRAMES: tuple[Pattern, ...] = (
    # "introduce me to whoever is hiring", "put me in touch with the recruiter"
    p(
        r"\b(?:introduc\w*|put\s+me\s+in\s+touch|get\s+me\s+in\s+touch|connect\s+me|make\s+an\s+intro\w*)\b"
        r"[^.?!\n]{0,40}?\b(?:to|with)\s+(?:the\s+|your\s+|ur\s+|a\s+|an\s+|someone\s+who\s+is\s+)?"
        r"(?:[\w-]+\s+)?" + _HIRER
    ),
    # "forward this to whoever is hiring", "anyone hiring in your network"
    p(
        r"\b(?:to|with|give\s+it\s+to|tell|let)\s+(?:whoever|anyone|anybody|someone|the\s+(?:person|people))\s+"
        r"(?:who\s+(?:is|are|'s)\s+|who's\s+|on\s+your\s+\w+\s+who\s+is\s+)?(?:hiring|recruiting|handles\s+hiring)\b"
    ),
    p(r"\banyone\s+(?:\w+\s+){0,3}?(?:who\s+is\s+|who's\s+)?(?:hiring|recruiting)\s+(?:in|on|at)\s+(?:your|ur)\b"),
    # My application, checked, pushed or backed: "check whether my application has been reviewed"
    p(
        r"\b(?:check|find\s+out|see|know|nudge|ping|push|back|sponsor|bring|flag|make\s+sure)\b[^.?!\n]{0,40}?"
        r"\b(?:my|the)\s+(?:\w+\s+)?(?:application|candidacy)\b(?!\s+(?:strategy|skills|process|essays?|materials?))"
    ),
    p(r"\bmy\s+(?:\w+\s+)?application\s+(?:has\s+been|was|is\s+still|got)\b|\bgot\s+my\s+application\b"),
    p(r"\b(?:made|make|on)\s+the\s+shortlist\b", veto_if_question=True),
    # "room for one more on your team", "a place for me on your research team", "a spot left for me"
    p(r"\b(?:room|space|spots?|place|scope)\s+(?:left\s+|open\s+)?for\s+(?:me|one\s+more|another)\b(?!\s+to\b)"),
    p(r"\b(?:room|space|spots?)\s+(?:open\s+)?(?:on|in|at)\s+" + _ORG_X + r"\s+for\b"),
    p(r"\bany\s+spots?\s+open\b"),
    # "is your team looking for anyone", "does your team need anyone", "your group after anyone new"
    p(
        r"\b"
        + _ORG_X
        + r"\s+(?:(?:is|are)\s+)?(?:(?:ever|still|currently)\s+)?(?:looking\s+for|after|seeking|needs?|in\s+need\s+of)\s+"
        r"(?:anyone|anybody|someone|somebody|more\s+people|a\s+hand|an\s+extra|extra\s+hands|help\b|"
        r"(?:any\s+)?new\s+(?:people|staff|hires|interns|analysts|\w+(?:ers|ors|ists|ants|ents))\b|"
        r"an?\s+(?:new\s+|junior\s+)?(?:intern|freelancer|contractor|analyst|designer|developer|writer|assistant|"
        r"\w+(?:er|or|ist|ant))\b)",
        veto_if_question=True,
    ),
    p(r"\b(?:could|can|might)\s+use\s+(?:me|someone|an?\s+extra)\b"),
    # "Let me know when your team starts hiring again", "if you hear your team is hiring"
    p(r"\bhiring\s+again\b|\bstarts?\s+(?:hiring|recruiting)\b", veto_if_question=True),
    p(
        r"\b(?:let\s+me\s+know|tell\s+me|send\s+me|shoot\s+me|ping\s+me|heads[- ]up)\s+(?:\w+\s+){0,2}?"
        r"(?:if|when|whether|about|of|should)\b[^.?!\n]{0,40}?"
        r"\b(?:(?:is|are|'re|'s)\s+(?:\w+\s+)?(?:hiring|recruiting)|(?:any|new|an?)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:openings?|vacanc(?:y|ies)|jobs?|roles?|positions?|internships?)|anything\s+(?:at|in|on)\s+"
        + _ORG_X
        + r")\b(?!\s+(?:titles?|descriptions?|market)\b)"
    ),
    # "be my referral", "put you down as my referral", "mention you referred me"
    p(
        r"\b(?:be|serve\s+as|act\s+as|put\s+you\s+down\s+as|list\s+you\s+as)\s+my\s+(?:\w+\s+)?(?:referral|referee|reference)\b"
    ),
    p(r"\b(?:you|who)\s+referred\s+me\b"),
    p(r"\b(?:a|your|any)\s+referral\b[^.?!\n]{0,40}?\b(?:would|could|might)\s+(?:really\s+)?(?:help|give)\b"),
    p(r"\b(?:would\s+)?(?:love|like|welcome)\s+(?:a|any|your)\s+referral\b"),
    p(r"\b(?:get|getting)\s+a\s+referral\s+(?:at|from|to)\b", veto_if_question=True),
    # "Can I join your team?", "I'd love to come and work with your team", "Can I work for you?"
    p(
        r"\b(?:I|me)\s+(?:[\w']+\s+){0,3}?(?:(?:join|work\s+(?:for|at|on|in)|intern\s+(?:for|at|with))\s+"
        r"(?:you\b(?!\s+(?:on|to|in)\b)|" + _ORG_X + r")|work\s+with\s+" + _ORG_X + r")",
        veto_if_question=True,
    ),
    p(r"\b(?:I|me)\s+(?:[\w']+\s+){0,3}?(?:join|be\s+part\s+of)\s+it\b", veto_if_question=True),
    # "anything going at your place", "any jobs going", "if there's one going"
    p(
        r"\b(?:anything|something|any\s+(?:[\w-]+\s+)?(?:jobs?|roles?|work|positions?|spots?)|one)\s+(?:going|open|available)\b"
        r"(?!\s+(?:on|to|well|for\s+(?:you|them)))(?=[^.?!\n]{0,30}(?:at|in|on|with)\s+(?:your|ur)\b|\s*[?.!]|\s*$|\s+by\b)"
    ),
    p(r"\b(?:anything|something)\s+(?:suitable\s+)?for\s+(?:me|a\s+junior|someone\s+like\s+me)\b"),
    p(r"\b(?:find|see\s+if)\s+(?:me\s+)?(?:something|anything)\s+(?:at|in|on|for\s+me)\b"),
    # "take a chance on me", "get taken on", "recommending me to your manager"
    p(r"\btake\s+a\s+chance\s+on\s+me\b|\bget\s+taken\s+on\b"),
    p(r"\brecommending\s+me\b(?!\s+(?:to\s+(?:read|look|try|talk|speak)))"),
    p(
        r"\b(?:pass|give|send|share|forward|hand|mention)\w*\s+(?:along\s+|on\s+)?my\s+"
        r"(?:name|details|contact\s+details|profile|info(?:rmation)?)\b"
    ),
    p(
        r"\bhelp\s+me\s+(?:to\s+)?(?:apply\s+(?:to|for)\s+(?:your|ur)|be\s+considered|get\s+(?:considered|in\b|a\s+referral|"
        r"an?\s+offer|on\s+" + r"(?:your|ur)\s+[\w']+\s+radar))",
        veto_if_question=True,
    ),
    p(r"\b(?:love|like|happy|honou?red|glad|keen|hope|hoping|delighted)\s+to\s+be\s+considered\b"),
    p(r"\b(?:offer|interview)\s+(?:from|with)\s+" + _ORG_X),
    p(r"\b(?:meet|meeting)\s+(?:with\s+)?me\s+about\s+(?:a|the)\s+(?:job|role|position|opening)\b"),
    # "any jobs in your dept", "a job in your firm", "roles on your team that need filling"
    p(
        r"\b(?:any|an?|some|open|available|paid)\s+(?:[\w-]+\s+){0,2}?(?:jobs?|roles?|positions?|openings?|vacanc(?:y|ies)|"
        r"internships?|placements?|work|spots?)\s+(?:[\w-]+\s+)?(?:at|in|on|with)\s+" + _ORG_X,
        veto_if_question=True,
    ),
    p(r"\broles?\s+(?:on|in|at)\s+" + _ORG_X + r"\s+(?:that|which)\s+need\s+filling\b"),
    p(r"\bfill\s+any\s+roles\b|\broles\s+I\s+could\s+fill\b"),
    p(r"\bthrow\s+my\s+hat\s+in(?:to)?\s+the\s+ring\b|\bopen\s+(?:any\s+|some\s+)?doors\s+for\s+me\b"),
    p(r"\b(?:provide|give|offer|find)\s+me\s+(?:a\s+|any\s+)?(?:job|work|position|role|placement|internship)\b"),
)
