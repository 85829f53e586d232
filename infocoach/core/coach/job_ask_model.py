"""The job-ask model: a small logistic regression over one sentence's words, word pairs
and "frame" features (who asks, who is asked, for what). Pure Python at run time; the
weights are trained from the corpus's dev set by ``scripts/job_ask_corpus.py train`` and ship
beside this module as ``job_ask_weights.json``.

A frame is the shape of an ask: the writer (I, me, my) wanting an employment object (a job, a
role, an interview, a referral, a CV passed on) from the reader or the reader's organisation
("your team", "your company"). A question about the field ("How do people usually get
referred?") has the words but not the frame.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

WEIGHTS_FILE = Path(__file__).with_name("job_ask_weights.json")
FEATURE_VERSION = 1  # bump when features() changes; the weights file must carry the same number

_WORD = re.compile(r"\w+(?:'\w+)?")
# Where one sentence of a message ends: ". ", "? ", "! ", ";" or a line break.
_SENTENCE_END = re.compile(r"[.?!;]+(?=[\s\"')\]]|$)|\n")

# Shorthand and common misspellings read as the word they stand for.
_SAME_AS = {
    "u": "you",
    "ya": "you",
    "ur": "your",
    "yr": "your",
    "pls": "please",
    "plz": "please",
    "plse": "please",
    "im": "i'm",
    "id": "i'd",
    "ive": "i've",
    "cv": "resume",
    "cvs": "resumes",
    "résumé": "resume",
    "dept": "department",
    "guys": "guys",
    "y'all": "you",
    "lmk": "let me know",
    "rn": "now",
}
_ME = {"i", "me", "my", "i'm", "i'd", "i've", "i'll", "myself", "mine"}
_YOU = {"you", "your", "yours", "you're", "you've", "you'd", "yourself", "you'll"}
_ORG = {
    "team", "company", "firm", "group", "department", "organisation", "organization", "office",
    "lab", "laboratory", "agency", "studio", "practice", "startup", "division", "side", "place",
    "hospital", "school", "nonprofit", "project", "floor", "unit", "boss", "manager", "colleagues",
    "clinic", "council", "newsroom", "charity", "bank", "ministry", "store", "shop", "restaurant",
    "kitchen", "outfit", "crew", "lead", "editor", "partners",
}  # fmt: skip
_JOB = {
    "job", "jobs", "position", "positions", "role", "roles", "opening", "openings", "vacancy",
    "vacancies", "internship", "internships", "intern", "interns", "placement", "apprenticeship",
    "apprentices", "apprentice", "work", "opportunity", "opportunities", "hire", "hiring", "hired",
    "recruiting", "recruit", "refer", "referral", "referred", "interview", "interviews",
    "interviewing", "offer", "resume", "application", "portfolio", "headcount", "gig", "contract",
    "freelance", "freelancer", "employment", "post", "spot", "room", "trainees", "fellowship",
    "shortlist", "candidate", "considered", "apply", "join", "employ", "reqs",
}  # fmt: skip
# Words that name what an ask is for: with none of these and no "your team/company", a sentence
# is not a job ask, whatever else it says ("Would 20 minutes next week work?").
_OBJECT = {
    "job", "jobs", "position", "positions", "role", "roles", "opening", "openings", "vacancy",
    "vacancies", "internship", "internships", "intern", "interns", "placement", "placements",
    "apprenticeship", "apprenticeships", "apprentice", "apprentices", "trainee", "trainees", "hire",
    "hires", "hiring", "hired", "recruit", "recruits", "recruiting", "recruiter", "recruiters",
    "recruitment", "refer", "referral", "referrals", "referred", "referring", "interview",
    "interviews", "interviewing", "interviewed", "resume", "resumes", "application",
    "applications", "apply", "applying", "headcount", "employment", "employ", "employer",
    "employee", "candidate", "candidates", "shortlist", "opportunity", "opportunities",
    "freelance", "freelancer", "gig", "fellowship", "vouch", "hr", "reqs", "temp", "staff",
    "staffed", "graduates", "analysts", "nurses", "gigs", "intake", "slots", "shift",
}  # fmt: skip
_REQUEST = {"could", "can", "would", "will", "might", "please", "kindly", "mind", "let", "tell"}
_WANT = {"love", "like", "appreciate", "grateful", "hoping", "hope", "wondering", "wonder", "keen", "want"}
_QUESTION_WORDS = {"what", "how", "why", "when", "where", "which", "who", "whom", "what's", "how's"}
_NEGATION = {"not", "no", "never", "nothing", "without"}
_HIRING = {"hiring", "recruiting", "hire", "openings", "opening", "vacancy", "vacancies", "refer", "referral"}
_GENERAL = {"usually", "typically", "generally", "general", "people", "someone", "candidates",
            "applicants", "field", "industry", "sector", "ppl", "others", "anyone's"}  # fmt: skip


_PERSON = _ME | _YOU | {"please", "kindly", "any", "anyone", "anybody", "anything", "let"}
_SPELLED = tuple(sorted(w for w in _OBJECT | _JOB | _ORG if len(w) >= 5))
_KNOWN = _OBJECT | _JOB | _ORG | _ME | _YOU


@dataclass(frozen=True, slots=True)
class Token:
    word: str  # normalised: lower case, accents dropped, shorthand expanded
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Model:
    bias: float
    threshold: float
    weights: dict[str, float]


@cache
def _plain(word: str) -> str:
    word = word.lower()
    if not word.isascii():
        word = "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))
    word = _SAME_AS.get(word, word)
    return word if word in _KNOWN or len(word) < 5 or not word.isalpha() else _respelled(word)


def _respelled(word: str) -> str:
    """A misspelt job or organisation word put right ("oppening", "vaccancy", "intrenships",
    "compnay"): one letter added, dropped or swapped with its neighbour; one letter changed only
    in words of seven letters or more. Anything else stays as it is."""
    for known in _SPELLED:
        if known[0] != word[0] or abs(len(known) - len(word)) > 1 or known == word:
            continue
        if _one_edit(word, known):
            return known
    return word


def _one_edit(a: str, b: str) -> bool:
    if len(a) == len(b):
        diffs = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        if len(diffs) == 2 and diffs[1] == diffs[0] + 1:
            return a[diffs[0]] == b[diffs[1]] and a[diffs[1]] == b[diffs[0]]
        return len(diffs) == 1 and len(a) >= 7
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def tokens(sentence: str) -> list[Token]:
    return [Token(_plain(m.group()), m.start(), m.end()) for m in _WORD.finditer(sentence)]


def sentences(text: str) -> Iterator[tuple[int, int]]:
    """The (start, end) of each sentence in ``text``, blank ones left out."""
    start = 0
    for mark in _SENTENCE_END.finditer(text):
        if text[start : mark.end()].strip():
            yield start, mark.end()
        start = mark.end()
    if text[start:].strip():
        yield start, len(text)


def token_features(words: list[str]) -> list[list[str]]:
    """For each word, the features it carries: itself and the pair it ends ("<s>" starts)."""
    out: list[list[str]] = []
    previous = "<s>"
    for word in words:
        out.append(["w:" + word, "b:" + previous + "_" + word])
        previous = word
    return out


def frame_features(words: list[str]) -> list[str]:
    """Features of the sentence as a whole: which roles of an ask are present together."""
    present = set(words)
    me = bool(present & _ME)
    you = bool(present & _YOU)
    your_org = any(a in ("your", "yours", "you") and b in _ORG for a, b in zip(words, words[1:], strict=False)) or (
        "your" in present and bool(present & _ORG)
    )
    job = bool(present & _JOB)
    request = bool(present & _REQUEST) and you
    want = me and bool(present & _WANT)
    question_word = bool(words) and words[0] in _QUESTION_WORDS
    general = bool(present & _GENERAL)
    negated = bool(present & _NEGATION) or any(w.endswith("n't") for w in words)
    hiring = bool(present & _HIRING)
    out = []
    names = {
        "me": me,
        "you": you,
        "your_org": your_org,
        "job": job,
        "request": request,
        "want": want,
        "qword": question_word,
        "general": general,
        "short": len(words) <= 4,
        "nojob": not job,
        "negated": negated,
        "hiring": hiring,
    }
    out += ["f:" + name for name, on in names.items() if on]
    pairs = (
        ("me", "job"),
        ("your_org", "job"),
        ("request", "job"),
        ("want", "job"),
        ("qword", "job"),
        ("general", "job"),
        ("short", "job"),
        ("you", "job"),
        ("me", "your_org"),
        ("want", "your_org"),
        ("nojob", "request"),
        ("nojob", "want"),
        ("negated", "job"),
        ("hiring", "your_org"),
        ("hiring", "qword"),
    )
    out += ["f:" + a + "+" + b for a, b in pairs if names[a] and names[b]]
    if me and job and (request or want):
        out.append("f:me+job+ask")
    if your_org and job and not question_word:
        out.append("f:your_org+job+notq")
    if question_word and not me:
        out.append("f:qword-me")
    return out


def has_object(words: list[str]) -> bool:
    """Whether the sentence names something a job ask asks for, or the reader's organisation."""
    present = set(words)
    if present & _OBJECT or ("foot" in present and "door" in present):
        return True
    for i, word in enumerate(words):
        after = words[i + 1 : i + 4]
        if word in ("your", "yours") and any(w in _ORG for w in after):
            return True  # "your (research) team"
        if word in ("work", "intern", "join") and after[:2] in (["for", "you"], ["with", "you"]):
            return True  # "work for you"
        if word == "work" and i and words[i - 1] in ("contract", "freelance", "paid", "temp", "any", "some"):
            return True
    return False


def has_person(words: list[str]) -> bool:
    """Whether someone asks or is asked: I, me, you, your, please, any… A note in shorthand
    ("Runs the fellowship") names a job word but asks nobody for anything."""
    return not _PERSON.isdisjoint(words)


def features(sentence: str) -> list[str]:
    words = [t.word for t in tokens(sentence)]
    return [f for own in token_features(words) for f in own] + frame_features(words)


def score(model: Model, sentence: str) -> float:
    """The model's probability that ``sentence`` asks for a job: 0 when it names nothing an
    ask could be for, or nobody who asks or is asked and is no question."""
    words = [t.word for t in tokens(sentence)]
    if not has_object(words) or not (has_person(words) or "?" in sentence):
        return 0.0
    return raw_score(model, sentence)


def raw_score(model: Model, sentence: str) -> float:
    """The model's probability without the gate: what the explicit patterns are checked against."""
    total = model.bias + sum(model.weights.get(f, 0.0) for f in features(sentence))
    return 1.0 / (1.0 + math.exp(-max(min(total, 30.0), -30.0)))


def phrase(sentence: str) -> tuple[int, int]:
    """The span the model marks: the sentence from its first word to its last. (A word-by-word
    span was tried: the words that push a linear model hardest are often not the ones a reader
    would underline, such as "guys" in "do you guys have any internships open".)"""
    found = tokens(sentence)
    if not found:
        return 0, len(sentence)
    return found[0].start, found[-1].end


def to_json(model: Model, *, trained_on: str, sha256: str) -> str:
    """The weights file: the model, and which file (and exact bytes) it was trained on."""
    data = {
        "feature_version": FEATURE_VERSION,
        "trained_on": {"file": trained_on, "sha256": sha256},
        "bias": round(model.bias, 5),
        "threshold": model.threshold,
        "weights": {f: round(w, 5) for f, w in sorted(model.weights.items())},
    }
    return json.dumps(data, indent=0, ensure_ascii=False, sort_keys=False) + "\n"


def from_json(text: str) -> Model:
    data = json.loads(text)
    if data.get("feature_version") != FEATURE_VERSION:
        raise ValueError("job-ask weights were trained for other features; run scripts/job_ask_corpus.py train")
    return Model(float(data["bias"]), float(data["threshold"]), {k: float(v) for k, v in data["weights"].items()})


@cache
def shipped() -> Model:
    """The model that ships with infocoach, read once."""
    return from_json(WEIGHTS_FILE.read_text(encoding="utf-8"))
