"""The talk-time balance meter: one line of figures and one bar against the target band."""

from __future__ import annotations

from rich.style import Style
from rich.text import Text
from textual.reactive import reactive
from textual.widget import Widget

from infocoach.core.describe import percent_text
from infocoach.core.live.talk_clock import TalkBand

SPEAKING = {"me": "you are speaking", "them": "they are speaking", "nobody": "nobody is speaking"}


class TalkMeter(Widget):
    """My share of the talking, the share over the last five minutes, and who has the floor.

    The bar's track shows the target band; the filled part takes the band's colour (theme
    variables ``$talk-good``, ``$talk-amber``, ``$talk-red``; "quiet" counts as good).
    """

    COMPONENT_CLASSES = {
        "talk-meter--good",
        "talk-meter--amber",
        "talk-meter--red",
        "talk-meter--track",
        "talk-meter--target",
        "talk-meter--label",
    }
    DEFAULT_CSS = """
    TalkMeter {
        height: 2;
    }
    TalkMeter > .talk-meter--good { color: $talk-good; }
    TalkMeter > .talk-meter--amber { color: $talk-amber; }
    TalkMeter > .talk-meter--red { color: $talk-red; }
    TalkMeter > .talk-meter--track { color: $surface-lighten-2; }
    TalkMeter > .talk-meter--target { color: $talk-good 40%; }
    TalkMeter > .talk-meter--label { color: $text-muted; }
    """

    share: reactive[float | None] = reactive(None, layout=False)
    recent: reactive[float | None] = reactive(None)
    band: reactive[TalkBand | None] = reactive(None)
    speaker: reactive[str] = reactive("nobody")
    started: reactive[bool] = reactive(False)

    def __init__(self, low: int = 20, high: int = 40, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.low, self.high = low, high

    def show(
        self, *, share: float | None, recent: float | None, band: TalkBand | None, speaker: str, started: bool
    ) -> None:
        self.share, self.recent, self.band = share, recent, band
        self.speaker, self.started = speaker, started

    def render(self) -> Text:
        label = self.get_component_rich_style("talk-meter--label")
        if not self.started:
            return Text.assemble(
                ("Talk balance: press m when you speak, t when they do, space for silence.", label),
                "\n",
                self._bar(None),
            )
        line = Text()
        line.append("You ", label)
        band_style = self._band_style()
        line.append(percent_text(self.share), band_style)
        line.append(f"  (aim {self.low}–{self.high}%)", label)
        if self.recent is not None:
            line.append("   last 5 min ", label)
            line.append(percent_text(self.recent))
        line.append(f"   {SPEAKING.get(self.speaker, '')}", label)
        return Text.assemble(line, "\n", self._bar(self.share))

    def _band_style(self) -> Style:
        name = {"amber": "amber", "red": "red"}.get(self.band or "", "good")
        return self.get_component_rich_style(f"talk-meter--{name}")

    def _bar(self, share: float | None) -> Text:
        width = max(10, self.content_size.width)
        filled = round((share or 0.0) * width)
        low, high = round(self.low / 100 * width), round(self.high / 100 * width)
        track = self.get_component_rich_style("talk-meter--track")
        target = self.get_component_rich_style("talk-meter--target")
        fill = self._band_style()
        # The filled part, then the track; the track is brighter across the target band.
        bar = Text("█" * filled, fill)
        for start, end, style in (
            (filled, low, track),
            (max(filled, low), high, target),
            (max(filled, high), width, track),
        ):
            if end > start:
                bar.append("━" * (end - start), style)
        return bar
