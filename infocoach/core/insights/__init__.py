"""Insights: what History shows over months (meetings per month, reply and thank-you rates, talk share, referrals)."""
