"""The explicit job-ask patterns: the *form* of a request, not single words. "could you / would
you / please / I'd love / I'm looking for / hoping you could" plus a job object ("refer me", "a
position", "forward my CV"), or phrases that only ever ask for work ("are you hiring?", "any
openings", "hire me", "keep me in mind"). Questions *about* a field ("What hiring trends do you
see?", "How did you land your first job?") have neither, so they pass.

The frames written for issue 16 are in ``job_ask_frames``; the model in ``job_ask_model``.
Text comes in with straight apostrophes (see ``engine.normalize``).
"""

from __future__ import annotations

from infocoach.core.coach.patterns import Pattern, p

# --- building blocks -------------------------------------------------------------------------

# A modifier word before a job noun ("summer", "entry-level", "junior"), never a preposition,
# so "advice on the role" or "insight into roles" do not read as "a role".
_MOD = r"(?:(?!(?:on|in|into|of|about|to|for|at|with|from|that|which|who|like|and|or|than|as)\b)[\w'-]+\s+)"
_MODS = _MOD + r"{0,2}"  # up to two modifiers: "a paid summer internship"
_JOB = (
    r"(?:jobs?|positions?|roles?(?!\s+models?\b)|openings?|vacanc(?:y|ies)|internships?|"
    r"placements?|apprenticeships?|traineeships?|employment|graduate\s+schemes?)"
)
_ORG = (
    r"(?:team|company|firm|group|department|organi[sz]ation|office|lab|agency|studio|practice|"
    r"business|startup|employer|unit|division|newsroom|school|hospital|bank)(?!'s)"
)
_CV = r"(?:cv|c\.v\.|r[eé]sum[eé]s?|resumes?|application|portfolio)"
# A request to the reader: "could you", "would you be willing to", "hoping you could", "please".
_REQ = (
    r"(?:\b(?:could|can|would|will|might)\s+you|\byou\s+(?:could|might|would|can)|\bplease|\bkindly)"
    r"\s+(?:(?:please|possibly|perhaps|maybe|kindly|also|just|even|ever|mind|consider|"
    r"be\s+(?:able|willing|open|happy)\s+to)\s+)*"
)
# The writer wanting something: "I'd love", "I would be grateful for", "I'm hoping for".
_WANT = (
    r"\b(?:I'd|I\s+would|I'm|I\s+am|I)\s+(?:(?:really|so|very\s+much|truly|also|just|be|"
    r"greatly|sincerely)\s+)*(?:love|like|appreciate|welcome|want|need|hope\s+for|hoping\s+for|"
    r"grateful\s+for|thankful\s+for|keen\s+on|ask(?:ing)?\s+(?:you\s+)?for)"
)
_ME = r"\b(?:I'd|I\s+would|I'm|I\s+am|I've\s+been|I\s+have\s+been|I'll\s+be|I\s+will\s+be|I)"
_HIRING_PEOPLE = (
    r"(?:hiring\s+(?:manager|team|lead|panel)s?|recruiters?|recruiting|recruitment|HR\b|"
    r"human\s+resources|talent\s+(?:acquisition|team|partners?))"
)
_YOUR_ORG = r"(?:your|ur)\s+" + _MODS + _ORG  # "your (design) team"
_THE_ORG = r"the\s+" + _MODS + _ORG
_AN_ORG = r"(?:your|the)\s+" + _MODS + _ORG

JOB_ASK_PATTERNS: tuple[Pattern, ...] = (
    # "Are you hiring?", "Is your team recruiting right now?", "Is Acme hiring?"
    p(
        r"\b(?:are|is)\s+(?:you(?:\s+guys|\s+all)?|y'all|" + _YOUR_ORG + r"|" + _THE_ORG + r"|they|"
        r"(?!(?:what|who|how|where|when|why|which|that|this|it|there|everyone|everybody|anyone|"
        r"anybody|hiring|recruiting|he|she|I|not|never)\b)[\w&.-]+)\s+"
        r"(?:(?:currently|still|now|actually|by\s+any\s+chance|possibly|at\s+all)\s+)?"
        r"(?:hiring|recruiting|taking\s+on\s+(?:new\s+)?(?:people|staff|interns|graduates|juniors))\b"
        r"(?!\s+(?:trends?|process(?:es)?|managers?|practices?|like|criteria|bar|freezes?|market|"
        r"more|less|slowly|quickly|fast(?:er)?|differently)\b)",
        veto_if_question=True,
    ),
    # "Are you looking for new hires?"
    p(
        r"\b(?:are|is)\s+(?:you|" + _YOUR_ORG + r")\s+(?:currently\s+|still\s+)?"
        r"(?:looking\s+for|seeking)\s+(?:(?:new|more|any|some)\s+)*"
        r"(?:hires|staff|candidates|interns|employees|recruits|talent|team\s+members)\b",
        veto_if_question=True,
    ),
    # "Any chance you're hiring?", "Are you accepting applications?"
    p(
        r"\b(?:you're|you\s+are|they're|they\s+are)\s+(?:(?:currently|still|ever|now)\s+)?(?:hiring|recruiting)\b"
        r"(?!\s+(?:trends?|process(?:es)?|managers?|practices?)\b)",
        veto_if_question=True,
    ),
    p(
        r"\b(?:are|is)\s+(?:you|" + _YOUR_ORG + r"|the\s+" + _ORG + r"|\w+)\s+"
        r"(?:currently\s+|still\s+)?(?:accepting|taking|open\s+to)\s+(?:new\s+|any\s+)?"
        r"(?:applications|applicants|candidates|interns|cvs|r[eé]sum[eé]s|resumes)\b",
        veto_if_question=True,
    ),
    p(r"\b(?:hire|hiring|employ|employing|take\s+on|taking\s+on)\s+someone\s+(?:like\s+me|with\s+my)\b"),
    # "any openings", "any job openings", "any vacancies", "any open positions"
    p(
        r"\bany\s+" + _MODS + r"(?:openings?|vacanc(?:y|ies)|open\s+(?:positions?|roles?|jobs?|reqs?)|"
        r"job\s+(?:openings?|postings?|opportunit(?:y|ies)|offers?))\b"
    ),
    p(
        r"\b(?:there's|there\s+is|there\s+are|an?|any)\s+(?:ever\s+)?(?:(?:an?|any)\s+)?"
        + _MODS
        + r"(?:openings?|vacanc(?:y|ies))\s+(?:on|in|at|with|for)\s+(?:your|the|you|me)\b"
    ),
    # "a job for me", "any roles for me", "a place for me on your team"
    p(r"\b" + _JOB + r"\s+(?:(?:available|open|suitable)\s+)?for\s+me\b(?!\s+to\b)"),
    p(r"\b(?:a\s+)?(?:place|spot|space|room|seat)\s+for\s+me\s+(?:on|in|at)\s+(?:your|the)\s+" + _ORG),
    p(
        r"\b(?:have|has|is\s+there)\s+(?:any\s+)?room\s+for\s+(?:me|a|an|another|one\s+more|someone)\b"
        r"[^.?!\n]{0,30}?\b(?:on|in|at|with)\s+" + _AN_ORG
    ),
    p(r"\bany\s+(?:paid\s+|freelance\s+|contract\s+)?work\s+for\s+me\b|\b(?:freelance|contract)\s+work\s+for\s+me\b"),
    p(
        r"\b(?:I'm|I\s+am|I'd\s+be|I\s+would\s+be)\s+(?:very\s+|really\s+|also\s+|especially\s+)?interested\s+in\s+"
        r"(?:any|an?|the)\s+" + _MODS + _JOB + r"\b(?!\s+(?:of|like\s+yours)\b)"
    ),
    # "Do you have any openings?", "Does your team have an internship?"
    p(
        r"\b(?:do|does)\s+(?:you|"
        + _YOUR_ORG
        + r"|"
        + _THE_ORG
        + r"|(?!(?:it|this|that|anyone|everyone)\b)\w+)\s+(?:currently\s+|still\s+|ever\s+)?have\s+"
        r"(?:any|an?)\s+" + _MODS + _JOB + r"\b"
        r"(?!\s+(?:like|that|which|where|such)\b|\s+in\s+(?:this|the|your)\s+(?:field|industry|sector|area)\b)"
    ),
    # "Are there any internships available?", "Is there a position on your team?"
    p(
        r"\b(?:are|is)\s+there\s+(?:any|an?)\s+" + _MODS + _JOB + r"\s+"
        r"(?:(?:currently|still)\s+)?(?:available|open|going|at\s+(?:your|the)\b|on\s+(?:your|the)\s+"
        + _ORG
        + r"|in\s+your\s+"
        + _ORG
        + r"|with\s+(?:you|your)\b|right\s+now|now|currently)"
    ),
    # "Is there an internship I could apply for?", "any roles I might apply to"
    p(
        r"\b(?:an?|any|some|the)\s+" + _MODS + _JOB + r"\s+(?:that\s+|which\s+)?I\s+(?:could|can|might|may|should)\s+"
        r"(?:(?:possibly|perhaps|still|also)\s+)?apply\s+(?:for|to)\b",
        veto_if_question=True,
    ),
    # "Does your team take interns?", "Do you take on graduates?"
    p(
        r"\b(?:do|does)\s+(?:you(?:\s+guys|\s+all)?|"
        + _YOUR_ORG
        + r"|"
        + _THE_ORG
        + r")\s+(?:ever\s+|still\s+)?take\s+(?:on\s+)?"
        r"(?:any\s+)?(?:interns|graduates|juniors|apprentices|trainees|new\s+(?:people|staff|hires))\b",
        veto_if_question=True,
    ),
    # "Do you know of any jobs?"
    p(
        r"\bknow\s+of\s+(?:any|an?)\s+" + _MODS + _JOB + r"\b"
        r"(?!\s+in\s+(?:this|the)\s+(?:field|industry|sector))"
    ),
    # "hire me", "interview me", "take me on", "bring me on board"
    p(r"\b(?:hire|hiring|employ|employing|interview|recruit|onboard)\s+me\b"),
    p(r"\b(?:take|bring)\s+me\s+on(?:board|\s+board|\s+as\b|\s+for\b|(?=\s*[?.!,]|\s*$))"),
    p(r"\b(?:help|helping)\s+me\s+(?:to\s+)?get\s+hired\b|\bget\s+me\s+hired\b"),
    # "Could I be considered?", "I'd love to be interviewed", "consider me for the role"
    p(
        r"\b(?:could|can|might|may|would)\s+I\s+(?:possibly\s+|please\s+|also\s+)?be\s+"
        r"(?:considered|interviewed|hired|referred|shortlisted|put\s+forward)\b"
    ),
    p(
        _ME + r"\s+(?:\w+\s+){0,2}?(?:love|like|keen|eager|hoping|hope|want|wish)\s+to\s+"
        r"(?:be|get)\s+(?:considered|interviewed|shortlisted|hired|referred|put\s+forward)\b"
    ),
    p(r"\b(?:chance|opportunity|love|like|keen|eager|hoping|hope|want|able)\s+to\s+interview\s+(?:for|with)\b"),
    p(r"\bconsider(?:ing)?\s+(?:me|my\s+(?:application|profile|candidacy|cv|r[eé]sum[eé]|resume))\s+for\b"),
    p(r"\bconsider\s+my\s+(?:application|candidacy)\b"),
    # Referrals: "refer me" (but "refer me to someone who…" asks for a contact, which is fine).
    p(r"\brefer(?:ring)?\s+me\b(?!\s+(?:on\s+)?to\b(?![^.?!\n]{0,30}\b" + _HIRING_PEOPLE + r"))"),
    p(
        _REQ + r"(?:giv(?:e|ing)|writ(?:e|ing)|submit(?:ting)?|mak(?:e|ing)|offer(?:ing)?|"
        r"provid(?:e|ing)|put(?:ting)?\s+in|send(?:ing)?|do(?:ing)?|get(?:ting)?)\s+(?:me\s+)?"
        r"(?:a|an|your)\s+(?:\w+\s+)?referral\b"
    ),
    p(_WANT + r"\s+(?:to\s+(?:get|have|receive)\s+)?(?:a|an|your)\s+(?:\w+\s+)?referral\b"),
    p(r"\b(?:get|give|write)\s+me\s+(?:a|an)\s+(?:\w+\s+)?referral\b"),
    p(r"\breferral\s+(?:for\s+me|on\s+my\s+behalf|from\s+you)\b"),
    p(
        r"\b(?:any\s+chance|possible|possibility)\s+(?:of|for|to\s+get)\s+(?:a|an)\s+(?:\w+\s+)?"
        r"(?:referral|interview|internship|job|position|role|placement)\b"
    ),
    # "put in a good word", "vouch for me", "put my name forward"
    p(
        r"\bput\s+in\s+a\s+(?:good\s+|kind\s+|quick\s+)?word\b"
        r"(?!\s+for\s+(?:you|them|him|her|someone|somebody|people|others)\b)",
        veto_if_question=True,
    ),
    p(r"\b(?:vouch|advocate|speak)\w*\s+(?:[^.?!;,\n]{0,40}?\s)?(?:on\s+my\s+behalf|for\s+me)\b"),
    p(
        r"\bput\s+(?:me|my\s+name)\s+forward\b|\brecommend\s+me\s+(?:for\b|to\s+(?:the\s+|your\s+)?"
        + _HIRING_PEOPLE
        + r")"
    ),
    # CVs and applications: "pass my CV along", "forward my résumé to HR".
    p(
        r"\b(?:forward|pass|send|share|submit|hand|circulate|get|put|walk)(?:ing|ed|s)?\s+"
        r"(?:on\s+|along\s+)?my\s+(?:\w+\s+)?" + _CV + r"(?!\w)"
        r"(?!\s+(?:with|to)\s+you\b|\s+for\s+(?:your\s+)?(?:feedback|comments|thoughts)\b)"
    ),
    p(
        r"\b(?:send|forward|share|pass|email|give)(?:ing)?\s+you\s+my\s+(?:\w+\s+)?(?:cv|c\.v\.|r[eé]sum[eé]|resume)(?!\w)"
        r"(?!\s+(?:for\s+(?:your\s+)?(?:feedback|comments|thoughts|review|a\s+(?:quick\s+)?look))\b)"
    ),
    p(r"\bin\s+case\s+(?:anything|something)\s+(?:suitable\s+|relevant\s+)?(?:comes|opens)\s+up\b"),
    p(r"\b(?:pass|forward|send)\s+(?:it|them)\s+(?:along|on)?\s*to\s+(?:the\s+|your\s+)?" + _HIRING_PEOPLE),
    p(r"\b(?:attached|attaching|attach|enclosed|enclosing)\s+my\s+(?:\w+\s+)?(?:cv|c\.v\.|r[eé]sum[eé]|resume)\b"),
    p(r"\bmy\s+(?:\w+\s+)?(?:cv|c\.v\.|r[eé]sum[eé]|resume)\s+is\s+(?:attached|enclosed)\b"),
    p(
        r"\b(?:check|look)(?:ing)?\s+(?:on|into|in\s+on|up\s+on|at)\s+(?:the\s+status\s+of\s+)?"
        r"my\s+(?:\w+\s+)?application\b"
    ),
    p(r"\b(?:update|news|status|progress|word)\s+(?:on|about|regarding|of)\s+my\s+(?:\w+\s+)?application\b"),
    p(r"\b(?:where|how)\s+my\s+(?:\w+\s+)?application\s+(?:stands|is\s+going|is\s+progressing)\b"),
    p(r"\bmy\s+application\s+(?:status|is\s+(?:still\s+)?(?:pending|under\s+review|in\s+progress))\b"),
    p(r"\b(?:expedite|push|flag|fast[- ]track|champion|nudge|prioriti[sz]e)\s+my\s+(?:\w+\s+)?application\b"),
    p(
        r"\bI(?:'ve|\s+have)?\s+(?:recently\s+|just\s+|already\s+)?applied\s+(?:for|to)\s+"
        r"(?:a|an|the|your|one\s+of\s+your)?\s*" + _MOD + r"{0,3}" + _JOB + r"\b"
    ),
    # "keep me in mind", "keep me posted about openings", "think of me if…"
    p(r"\b(?:keep|bear|have)\s+me\s+in\s+mind\b"),
    p(
        r"\bkeep\s+(?:me|my\s+(?:name|cv|r[eé]sum[eé]|resume|details|profile))\s+"
        r"(?:on\s+file|on\s+your\s+radar|in\s+your\s+(?:back\s+pocket|files))"
    ),
    p(
        r"\bkeep\s+me\s+(?:posted|informed|updated|in\s+the\s+loop)\s+(?:about|on|if|when|of)\s+"
        r"(?:any\s+)?" + _MODS + r"(?:" + _JOB + r"|opportunit(?:y|ies))"
    ),
    p(r"\b(?:think\s+of|remember)\s+me\s+(?:for|if|when|should)\b"),
    # "let me know if anything opens up", "if a position comes up"
    p(r"\b(?:anything|something)\s+(?:ever\s+|suitable\s+|relevant\s+)?open(?:s|ing)?\s+up\b"),
    p(r"\b(?:anything|something)\s+(?:suitable|relevant)\s+(?:comes|coming)\s+up\b"),
    p(
        r"\b" + _JOB + r"\s+(?:ever\s+)?(?:opens?\s+up|comes?\s+up|becomes?\s+(?:available|free|vacant)|"
        r"frees?\s+up|opens\b)"
    ),
    # "I'd love to work for you", "I want to join your team"
    p(
        _ME + r"\s+(?:(?:really|so|also|very\s+much|truly|one\s+day|eventually)\s+)*(?:love|like|want|"
        r"hope|hoping|keen|eager|wish|dream|plan|planning|aim|aiming|be\s+(?:thrilled|delighted|excited|happy|"
        r"glad|honou?red|proud))\s+to\s+(?:(?:one\s+day|someday|eventually|also)\s+)?(?:(?:work|intern)\s+"
        r"(?:for\s+you\b|(?:for|at|with|alongside|on|in)\s+(?:"
        + _YOUR_ORG
        + r"|the\s+"
        + _ORG
        + r"))|(?:join|be\s+part\s+of|be\s+on|become\s+part\s+of)\s+"
        + _AN_ORG
        + r")"
    ),
    # "I'm looking for a job", "I'm applying for roles", "I'm job hunting"
    p(
        _ME + r"\s+(?:(?:currently|now|actively|also|still|just|hoping|about|planning|going)\s+(?:to\s+)?)*"
        r"(?:look|search|hunt|apply|seek)(?:ing)?\s+(?:for\s+|to\s+)?(?:(?:a|an|the|any|some|new|your|open)\s+)*"
        + _MODS
        + r"(?:"
        + _JOB
        + r"|work|opportunit(?:y|ies))\b(?!\s+to\b)",
        veto_if_question=True,
    ),
    p(
        _ME + r"\s+(?:(?:really|also|now)\s+)?"
        r"(?:hoping|hope|want|plan|planning|aim|aiming|trying|looking)\s+to\s+(?:land|get|secure|find)\s+(?:a|an)\s+"
        + _MODS
        + _JOB
        + r"\s+(?:at|with|on|in)\s+"
        + _AN_ORG
    ),
    p(
        r"\b(?:I'm|I\s+am)\s+(?:currently\s+|now\s+|actively\s+)?(?:job[- ]?(?:hunting|searching|seeking)|"
        r"on\s+the\s+job\s+market|in\s+the\s+market\s+for\s+(?:a\s+)?(?:new\s+)?(?:job|role|position))\b"
    ),
    # Request + job object: "Could you help me get an internship?", "find me a role"
    p(
        _REQ + r"(?:help\s+me\s+(?:to\s+)?)?(?:get|find|land|secure|give|offer|set\s+me\s+up\s+with|"
        r"line\s+me\s+up\s+with)\s+(?:me\s+)?(?:a|an|any|some)\s+" + _MODS + r"(?:" + _JOB + r"|interview|offer)\b"
    ),
    p(
        r"\bhelp\s+me\s+(?:to\s+)?(?:get|find|land|secure|obtain)\s+(?:a|an|any|some|the|my)\s+"
        + _MODS
        + r"(?:"
        + _JOB
        + r"|interviews?|offers?|foot\s+in\s+the\s+door)\b",
        veto_if_question=True,
    ),
    p(
        r"\b(?:get|find|land|set)\s+me\s+(?:up\s+with\s+)?(?:a|an|any)\s+"
        + _MODS
        + r"(?:"
        + _JOB
        + r"|interview|offer|referral)\b"
    ),
    p(r"\bget(?:ting)?\s+(?:me|my\s+foot)\s+in(?:to)?\s+(?:the\s+door|your\s+" + _ORG + r")"),
    p(
        r"\b(?:could|can|may|might)\s+I\s+(?:please\s+)?(?:get|have|land|secure|apply\s+for|"
        r"ask\s+(?:you\s+)?for|interview\s+for)\s+(?:a|an|the|any)\s+"
        + _MODS
        + r"(?:"
        + _JOB
        + r"|interview|referral|offer)\b"
    ),
    p(
        _WANT + r"\s+(?:to\s+(?:get|have|land|secure|find|receive)\s+)?(?:a|an|the|any|your)\s+"
        r"(?:chance\s+(?:at|of|for)\s+(?:a|an|the)\s+)?"
        + _MODS
        + r"(?:"
        + _JOB
        + r"|interview|offer|foot\s+in\s+the\s+door)\b(?!\s+(?:like\s+yours|such\s+as\s+yours)\b)"
    ),
    # "My goal is to get a job at your company", "apply for a position at your firm"
    p(
        r"\b(?:get|land|secure|find|apply\s+for|apply\s+to)\s+(?:a|an|any|one\s+of\s+your)\s+"
        + _MODS
        + _JOB
        + r"\s+(?:at|with|on|in)\s+"
        + _AN_ORG,
        veto_if_question=True,
    ),
    p(
        _ME + r"\s+(?:\w+\s+){0,2}?(?:like|love|want|hoping|hope|plan|planning|intend|going|keen|eager|"
        r"happy|glad|ready|delighted|thrilled)\s+to\s+apply\b(?!\s+(?:your|what|the\s+(?:advice|lessons?|tips?))\b)"
    ),
    p(r"\b(?:job|employment|work|internship|career)\s+opportunit(?:y|ies)\s+(?:at|with|on|in)\s+" + _AN_ORG),
    p(r"\b(?:chance|opportunity)\s+to\s+(?:join|work\s+(?:for|at|on|in)|intern\s+(?:for|at|with))\s+" + _AN_ORG),
    p(r"\buse\s+you\s+as\s+(?:a\s+|my\s+)?(?:referral|reference|referee)\b"),
    p(
        r"\bmention\s+me\s+to\s+(?:the\s+|your\s+)?"
        + _HIRING_PEOPLE
        + r"|\btell\s+(?:the\s+|your\s+)?"
        + _HIRING_PEOPLE
        + r"\s+about\s+me\b"
    ),
    # "put me in touch with the hiring manager", "introduce me to your recruiter"
    p(
        r"\b(?:put\s+me\s+in\s+touch\s+with|introduce\s+me\s+to|connect\s+me\s+(?:with|to)|"
        r"pass\s+my\s+(?:name|details|contact\s+details)\s+(?:on\s+|along\s+)?to)\s+"
        r"(?:the\s+|your\s+|a\s+|an\s+)?" + _MOD + r"{0,1}" + _HIRING_PEOPLE
    ),
    # "Do you need an intern?", "Could you use someone like me?"
    p(
        r"\b(?:need|needs|use)\s+(?:an?\s+)?(?:intern|extra\s+(?:hands|pair\s+of\s+hands)|"
        r"someone\s+(?:like\s+me|with\s+my))\b"
    ),
)


# Shapes the first patterns did not foresee, written from the corpus's dev set (issue 16).
JOB_ASK_PATTERNS += (
    # "Could you help me getting hired there?", "help getting in at your firm"
    p(r"\bhelp\s+(?:me\s+)?(?:(?:in|with)\s+)?getting\s+(?:hired|in\b)", veto_if_question=True),
    # "I am available for interviews", "I can start right away"
    p(r"\bavailable\s+(?:for|to\s+(?:do|attend))\s+(?:an?\s+|any\s+)?interviews?\b"),
    p(
        r"\b(?:available|able|ready)\s+to\s+start\s+(?:work\s+)?(?:immediately|right\s+away|straight\s+away|"
        r"at\s+once|next\s+(?:week|month)|at\s+your\s+company)\b"
    ),
    p(r"\bI\s+can\s+start\s+(?:immediately|right\s+away|straight\s+away|tomorrow|next\s+(?:week|month))\b"),
    # "could you recommend me?" (but "recommend me a book", "recommend me to read")
    p(
        r"\b(?:recommend|suggest|nominate)\s+me\b(?!\s+(?:an?|some|any|the|books?|courses?|resources?|people|"
        r"someone|anyone|to\s+(?:read|look|try|talk|speak|contact|check|follow|join|someone|anyone)|what|where|how|who)\b)",
        veto_if_question=True,
    ),
    # "anyone could use a junior analyst like me", "hire someone like me"
    p(r"\b(?:use|need|hire|take\s+on|employ)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}like\s+me\b", veto_if_question=True),
    # "tell her I'm applying", "let the recruiter know I'm interested"
    p(
        r"\b(?:tell|let)\s+(?:[\w'-]+\s+){1,3}?(?:know\s+)?(?:that\s+)?(?:I'm|I\s+am)\s+(?:(?:really|very)\s+)?"
        r"(?:applying|keen|a\s+(?:strong\s+|good\s+)?(?:candidate|fit)|interested\s+in\s+(?:the|this|that|a|an)\s+"
        + _MODS
        + r"(?:"
        + _JOB
        + r"|opening))\b"
    ),
    # "Is your team short of people?", "if you're ever short-staffed"
    p(r"\bshort[- ]?staffed\b|\bshort\s+of\s+(?:people|staff|hands)\b", veto_if_question=True),
    # "i want work in your company"
    p(
        _ME
        + r"\s+(?:(?:really|also|would)\s+)*(?:want|wanna|like|love)\s+(?:to\s+)?work\s+(?:for|at|in|with|on)\s+"
        + _AN_ORG
    ),
)
