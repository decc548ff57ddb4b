"""The score over time as a picture drawn on the server: the geometry of an
inline SVG line chart (``templates/wagtail_nd43/admin/compliance/score_chart.html``
draws it, with a ``<title>``, a description and the same numbers as a table for
readers who cannot see it). No script, nothing fetched."""

from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from .history import valid_score


WIDTH = 640
HEIGHT = 200
LEFT = 44
RIGHT = 12
TOP = 12
BOTTOM = 28


@dataclass
class Point:
    date: object
    score: float
    x: float = 0.0
    y: float = 0.0

    @property
    def percent(self):
        return round(self.score * 100)


@dataclass
class ScoreChart:
    """``points``: ``(date, score between 0 and 1)``, oldest first; a point whose
    score is not one (a bad stored value) is left out rather than drawn."""

    title: str
    points: list = field(default_factory=list)
    width: int = WIDTH
    height: int = HEIGHT

    def __post_init__(self):
        self.points = [
            Point(day, score)
            for day, score in ((day, valid_score(score)) for day, score in self.points)
            if score is not None
        ]
        if not self.points:
            return
        first, last = self.points[0].date, self.points[-1].date
        span = max((last - first).days, 1)
        plot_width = self.width - LEFT - RIGHT
        for point in self.points:
            if first == last:
                point.x = LEFT + plot_width / 2
            else:
                point.x = LEFT + plot_width * (point.date - first).days / span
            point.y = self.y_for(point.score)

    def y_for(self, score):
        return TOP + (self.height - TOP - BOTTOM) * (1 - score)

    @property
    def polyline(self):
        return " ".join(f"{p.x:.1f},{p.y:.1f}" for p in self.points)

    @property
    def y_ticks(self):
        return [(self.y_for(value / 100), f"{value}%") for value in (0, 50, 100)]

    @property
    def x_labels(self):
        """The first and the last day under the axis."""
        if not self.points:
            return []
        ends = [self.points[0]]
        if self.points[-1].date != self.points[0].date:
            ends.append(self.points[-1])
        return [
            (p.x, p.date.strftime("%d/%m/%Y"), "start" if i == 0 else "end")
            for i, p in enumerate(ends)
        ]

    @property
    def axis_y(self):
        return self.height - BOTTOM

    @property
    def label_y(self):
        return self.height - 8

    @property
    def right(self):
        return self.width - RIGHT

    @property
    def description(self):
        """What the chart shows, in words (its text alternative)."""
        if not self.points:
            return _("No evaluation has been stored yet.")
        first, last = self.points[0], self.points[-1]
        if len(self.points) == 1:
            return _("One evaluation, on %(date)s: %(percent)d%%.") % {
                "date": first.date.strftime("%d/%m/%Y"),
                "percent": first.percent,
            }
        return _(
            "%(count)d days evaluated, from %(first)d%% on %(start)s to %(last)d%% "
            "on %(end)s; lowest %(low)d%%, highest %(high)d%%."
        ) % {
            "count": len(self.points),
            "first": first.percent,
            "start": first.date.strftime("%d/%m/%Y"),
            "last": last.percent,
            "end": last.date.strftime("%d/%m/%Y"),
            "low": min(p.percent for p in self.points),
            "high": max(p.percent for p in self.points),
        }
