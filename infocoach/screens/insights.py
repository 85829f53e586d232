"""Insights: the months in figures. Meetings and outreach per month, how often people reply,
how soon you say thank you, whether you are talking less, and who sent you onward."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Header, Sparkline, Static

from infocoach.core.describe import count_of, percent_text
from infocoach.core.insights.figures import Insights, insights, month_label
from infocoach.services import CoachApp, coach_of

BAR_WIDTH = 24  # the longest bar in the months chart

HELP = """\
The last twelve months in figures. Meetings held and outreach sent per month; the reply rate \
to your outreach (meetings still waiting are left out of the rate); how many meetings you \
thanked and how soon; your share of the talking, month by month, so you can see whether you \
are listening more; and the people and organisations you were referred to. Archived meetings \
count too: archiving tidies the list, it does not rewrite history. Escape goes back."""


class InsightsScreen(Screen[None]):
    CSS_PATH = "insights.tcss"
    TITLE = "Insights"
    HELP = HELP
    BINDINGS = [Binding("escape", "back", "Back", id="insights.back")]

    @property
    def coach(self) -> CoachApp:
        return coach_of(self)

    def compose(self) -> ComposeResult:
        store, settings = self.coach.store, self.coach.settings
        figures = insights(store.contacts(), store.meetings(), now=self.coach.clock.now(), timezone=settings.timezone)
        yield Header()
        with VerticalScroll(id="insights"):
            yield Static("Meetings held and outreach sent, month by month", classes="section")
            yield Static(months_chart(figures), id="months")
            yield Static("Replies and thank-yous", classes="section")
            yield Static(replies_text(figures), id="replies")
            yield Static("Your share of the talking", classes="section")
            yield Static(talk_text(figures, settings.talk_target_low, settings.talk_target_high), id="talk")
            shares = [point.share for point in figures.talk.points]
            if len(shares) > 1:
                yield Static("Each timed meeting, oldest first:", classes="caption")
                yield Sparkline([round(v * 100) for v in shares], id="talk-trend")
            yield Static("Who sent you onward", classes="section")
            yield Static(referrals_text(figures), id="referrals")
        yield Footer()

    def action_back(self) -> None:
        self.dismiss(None)


def months_chart(figures: Insights) -> Text:
    held = dict(figures.meetings_per_month)
    sent = dict(figures.outreach_per_month)
    most = max([1, *held.values(), *sent.values()])
    chart = Text()
    for key in figures.months:
        chart.append(f"{month_label(key):<9}", "dim")
        chart.append(_bar(held.get(key, 0), most), "bold")
        chart.append(f" {held.get(key, 0):>2} held   ")
        chart.append(_bar(sent.get(key, 0), most, char="▒"), "dim")
        chart.append(f" {sent.get(key, 0):>2} sent\n")
    chart.rstrip()
    return chart


def _bar(count: int, most: int, char: str = "█") -> str:
    length = round(count / most * BAR_WIDTH / 2) if count else 0
    return (char * max(length, 1 if count else 0)).ljust(BAR_WIDTH // 2)


def replies_text(figures: Insights) -> Text:
    response, thanks = figures.response, figures.thanks
    text = Text()
    if response.sent:
        text.append(f"{count_of(response.sent, 'outreach message')} sent: ")
        text.append(
            f"{response.scheduled_or_met} scheduled or met, {response.declined} declined, "
            f"{response.no_response} no response, {response.waiting} still waiting.\n"
        )
        rate = "—" if response.rate is None else percent_text(response.rate)
        text.append("Reply rate: ", "bold")
        text.append(f"{rate} of those that had time to answer.\n")
    else:
        text.append("No outreach sent yet.\n")
    if thanks.met:
        text.append("Thank-yous: ", "bold")
        text.append(f"{thanks.thanked} of {count_of(thanks.met, 'meeting')} thanked ({percent_text(thanks.rate)})")
        if thanks.median_hours is not None:
            text.append(
                f"; half within {_hours(thanks.median_hours)} of the meeting, "
                f"{thanks.within_24h} of {thanks.measured} within a day"
            )
        text.append(".")
    else:
        text.append("No meetings held yet: the thank-you figures start after your first.")
    return text


def _hours(hours: float) -> str:
    if hours < 1:
        return count_of(max(1, round(hours * 60)), "minute")
    return f"{hours:.0f} hour{'s' if round(hours) != 1 else ''}"


def talk_text(figures: Insights, low: int, high: int) -> Text:
    talk = figures.talk
    text = Text()
    if talk.average is None:
        text.append(
            "No timed meetings yet. Use the talk meter on the live screen (m, t, space) "
            "and your share over time appears here."
        )
        return text
    text.append(
        f"On average you spoke {percent_text(talk.average)} of the time "
        f"(aim {low}–{high}%), over {count_of(len(talk.points), 'timed meeting')}."
    )
    if talk.trend is not None:
        points = round(abs(talk.trend) * 100)
        if points < 2:
            text.append(" Steady over your recent meetings.")
        elif talk.trend < 0:
            text.append(
                f" Your last five meetings average {points} points less than your first five: you are listening more."
            )
        else:
            text.append(
                f" Your last five meetings average {points} points more than your first five: ask, then let them talk."
            )
    recent = talk.points[-5:]
    if recent:
        text.append("\nRecent: ", "dim")
        text.append("  ".join(f"{p.at.format('D MMM', locale='en')} {percent_text(p.share)}" for p in recent), "dim")
    return text


def referrals_text(figures: Insights) -> Text:
    stats = figures.referrals
    text = Text()
    if not stats.total and not stats.introduced_by:
        text.append(
            'No referrals yet. Near the end of a meeting, ask: "Who else should I talk '
            'to?" (r on the live screen records the answer).'
        )
        return text
    if stats.by_contact:
        text.append(f"{count_of(stats.total, 'referral')}, from: ", "bold")
        text.append(", ".join(f"{r.name} ({r.count})" for r in stats.by_contact))
    if stats.by_organization:
        text.append("\nTo organisations: ", "bold")
        text.append(", ".join(f"{o.name} ({o.count})" for o in stats.by_organization[:8]))
    for intro in stats.introduced_by[:6]:
        text.append("\n→ ", "bold")
        text.append(intro.name)
        # "referred by X" says X suggested them; whether X also introduced you is not known.
        text.append(f" suggested you talk to {', '.join(intro.introduced)}")
    return text
