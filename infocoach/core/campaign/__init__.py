"""The campaign beyond one meeting: target employers (the LAMP list), 3B7 pacing per employer,
how people answered (Boosters, Obligates, Curmudgeons), and closing the loop with referrers.

Pure: no Textual, no storage. Steve Dalton's *The 2-Hour Job Search* is the method; the ten
rules' own pacing (one follow-up after a week, then let go) stays the default.
"""
