"""The compliance history: one :class:`~wagtail_nd43.models.ComplianceEvaluation`
per agency and day, and what the inspector's overview reads from it.

:func:`record` is called by every stored evaluation (``compliance.stored.store``)
and by the reading of an agency hosted elsewhere. It compares the evaluation with
the previous stored day once, when it is written, and keeps the result on the row:
since when each failing requirement has failed without interruption, and which
requirements started or stopped failing. The overview then reads the latest row of
each agency and never walks the history (:func:`overview`: a fixed number of
queries whatever the number of sites).
"""

import datetime
import math
from dataclasses import dataclass, field

from django.db.models import Avg, OuterRef, Q, Subquery
from django.urls import reverse
from django.utils import timezone

from ..rulebook import LEVELS, get_profile
from .report import FAILING, OK, SEVERITY_ORDER, STATUSES


#: Days of history the overview's chart shows.
CHART_DAYS = 90


def valid_score(value):
    """``value`` as a score between 0 and 1, ``None`` when it is not one: a
    stored row is shown, never trusted to be well formed."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    if not math.isfinite(value) or not 0 <= value <= 1:
        return None
    return float(value)


#: The rows whose score the averages and charts may read (PostgreSQL orders NaN
#: above every number, SQLite keeps none).
SCORED = Q(score__gte=0, score__lte=1)


def evaluation_day():
    """The day an evaluation stored now belongs to (tests move it)."""
    return timezone.localdate()


def record(report, day=None, save=True):
    """Keep ``report`` as its site's row for ``day`` (default: today); with
    ``save=False``, return that row unsaved."""
    failing = [f.id for f in report.findings if f.required and f.is_failing]
    return record_values(
        {"site": report.site},
        day=day,
        save=save,
        profile=report.profile.name,
        level=report.level or "",
        score=report.score,
        required_ok=report.required_ok,
        required_applicable=report.required_applicable,
        statuses={f.id: f.status for f in report.findings},
        failing=failing,
        computed_at=report.evaluated_at,
    )


def record_values(agency, *, day=None, save=True, **values):
    """Write the day's row of ``agency`` (``{"site": site}`` or ``{"remote": r}``)
    with the changes since the previous stored day (three queries); with
    ``save=False``, the row as it would be written, unsaved (one query)."""
    from ..models import ComplianceEvaluation

    day = day or evaluation_day()
    defaults = compare(agency, day, **values)
    if not save:
        return ComplianceEvaluation(**agency, date=day, **defaults)
    row, _created = ComplianceEvaluation.objects.update_or_create(
        **agency, date=day, defaults=defaults
    )
    return row


def compare(agency, day, *, failing, statuses, **values):
    """The fields of the day's row: ``values``, the statuses, and what the
    previous stored day says of the failing requirements ``failing``."""
    from ..models import ComplianceEvaluation

    previous = (
        ComplianceEvaluation.objects.filter(**agency, date__lt=day)
        .order_by("-date")
        .only("date", "failing_since")
        .first()
    )
    before = previous.failing_since if previous else {}
    failing_since = {rid: before.get(rid, day.isoformat()) for rid in failing}
    if previous is None:
        newly_failing, newly_passing = [], []
    else:
        newly_failing = [rid for rid in failing if rid not in before]
        newly_passing = [
            rid
            for rid in before
            if rid not in failing_since and statuses.get(rid) == OK
        ]
    return {
        **values,
        "statuses": statuses,
        "failing_since": failing_since,
        "newly_failing": newly_failing,
        "newly_passing": newly_passing,
        "previous_date": previous.date if previous else None,
    }


def site_history(site, days=CHART_DAYS):
    """``(date, score)`` of ``site``'s stored days, oldest first (one query)."""
    from ..models import ComplianceEvaluation

    since = evaluation_day() - datetime.timedelta(days=days)
    return list(
        ComplianceEvaluation.objects.filter(SCORED, site=site, date__gte=since)
        .order_by("date")
        .values_list("date", "score")
    )


def latest_evaluation(site=None, remote=None):
    """The latest stored day of ``site`` (or of the agency ``remote``)."""
    from ..models import ComplianceEvaluation

    agency = {"site": site} if remote is None else {"remote": remote}
    return ComplianceEvaluation.objects.filter(**agency).order_by("-date").first()


# -- the overview -----------------------------------------------------------------


@dataclass
class Failure:
    id: str
    title: str
    status: str
    since: datetime.date
    age_days: int

    @property
    def status_label(self):
        return STATUSES.get(self.status, self.status)

    def to_dict(self):
        return {
            "requirement": self.id,
            "title": self.title,
            "status": self.status,
            "since": self.since.isoformat(),
            "age_days": self.age_days,
        }


@dataclass
class Change:
    id: str
    title: str


@dataclass
class AgencyRow:
    """One agency of the overview: a site of this installation or an agency
    hosted elsewhere, with its latest stored evaluation (``None`` before the
    first)."""

    name: str
    hostname: str
    site: object = None
    remote: object = None
    evaluation: object = None
    failures: list = field(default_factory=list)
    newly_failing: list = field(default_factory=list)
    newly_passing: list = field(default_factory=list)

    @property
    def key(self):
        return f"site-{self.site.pk}" if self.site else f"remote-{self.remote.pk}"

    @property
    def level(self):
        if self.evaluation is not None and self.evaluation.level:
            return self.evaluation.level
        return self.remote.level if self.remote else ""

    @property
    def level_label(self):
        return LEVELS.get(self.level, self.level)

    @property
    def profile(self):
        return self.evaluation.profile if self.evaluation else ""

    @property
    def profile_label(self):
        if not self.profile:
            return ""
        try:
            return get_profile(self.profile).title_vi
        except KeyError:
            return self.profile

    @property
    def score(self):
        """The stored score, ``None`` without an evaluation or when the stored value
        is not a score (NaN, infinite, out of 0–1)."""
        return valid_score(self.evaluation.score) if self.evaluation else None

    @property
    def score_percent(self):
        return None if self.score is None else round(self.score * 100)

    @property
    def score_display(self):
        """``"42%"``, or ``"—"`` for no score."""
        return "—" if self.score is None else f"{self.score_percent}%"

    @property
    def computed_at(self):
        return self.evaluation.computed_at if self.evaluation else None

    @property
    def previous_date(self):
        return self.evaluation.previous_date if self.evaluation else None

    @property
    def statuses(self):
        return self.evaluation.statuses if self.evaluation else {}

    @property
    def failing_count(self):
        return len(self.failures)

    @property
    def oldest_failure(self):
        """The failure that has lasted longest (``None`` when nothing fails)."""
        return max(self.failures, key=lambda f: f.age_days, default=None)

    @property
    def oldest_failure_days(self):
        oldest = self.oldest_failure
        return oldest.age_days if oldest else None

    @property
    def unreachable_since(self):
        return self.remote.unreachable_since if self.remote else None

    @property
    def report_url(self):
        """Where the inspector drills down: the site's compliance report, or the
        agency's own portal."""
        if self.site is not None:
            return reverse("wagtail_nd43_admin:report") + f"?site={self.site.pk}"
        return self.remote.base_url

    @property
    def failing_ids(self):
        return " ".join(f.id for f in self.failures)

    def to_dict(self):
        return {
            "id": self.site.pk if self.site else None,
            "remote_id": self.remote.pk if self.remote else None,
            "hostname": self.hostname,
            "name": self.name,
            "level": self.level,
            "profile": self.profile,
            "score": None if self.score is None else round(self.score, 4),
            "required_ok": self.evaluation.required_ok if self.evaluation else None,
            "required_applicable": (
                self.evaluation.required_applicable if self.evaluation else None
            ),
            "computed_at": (
                timezone.localtime(self.computed_at).isoformat()
                if self.computed_at
                else None
            ),
            "failing": [failure.to_dict() for failure in self.failures],
            "oldest_failure_days": self.oldest_failure_days,
            "changes": {
                "since": (
                    self.previous_date.isoformat() if self.previous_date else None
                ),
                "newly_failing": [change.id for change in self.newly_failing],
                "newly_passing": [change.id for change in self.newly_passing],
            },
            "unreachable_since": (
                timezone.localtime(self.unreachable_since).isoformat()
                if self.unreachable_since
                else None
            ),
            "error": self.remote.last_error if self.remote else "",
        }


def _titles(profile_name):
    try:
        profile = get_profile(profile_name)
    except KeyError:  # an agency elsewhere with a profile of its own
        return {}
    return {req.id: req.title_vi for req in profile.requirements}


def _fill(row, today):
    evaluation = row.evaluation
    if evaluation is None:
        return row
    titles = _titles(evaluation.profile)
    order = {status: index for index, status in enumerate(SEVERITY_ORDER)}
    for rid, since in evaluation.failing_since.items():
        since = datetime.date.fromisoformat(since)
        row.failures.append(
            Failure(
                rid,
                titles.get(rid, rid),
                evaluation.statuses.get(rid, ""),
                since,
                max(0, (today - since).days),
            )
        )
    row.failures.sort(key=lambda f: (order.get(f.status, 0), -f.age_days))
    row.newly_failing = [
        Change(rid, titles.get(rid, rid)) for rid in evaluation.newly_failing
    ]
    row.newly_passing = [
        Change(rid, titles.get(rid, rid)) for rid in evaluation.newly_passing
    ]
    return row


def _latest(agencies, key):
    """The latest row of each agency of ``agencies`` (a queryset of sites or of
    agencies elsewhere; ``key`` is the row's field naming it): one query, which
    looks up each agency's newest day in the (agency, date) index instead of
    comparing every stored day of the history with it."""
    from ..models import ComplianceEvaluation

    newest = (
        ComplianceEvaluation.objects.filter(**{key: OuterRef("pk")})
        .order_by("-date")
        .values("pk")[:1]
    )
    rows = ComplianceEvaluation.objects.filter(
        pk__in=agencies.annotate(newest=Subquery(newest)).values("newest")
    )
    return {getattr(row, f"{key}_id"): row for row in rows}


def site_row(site, evaluation, today=None):
    """The overview's row of ``site`` with its latest ``evaluation``."""
    hostname = site.hostname
    if site.port not in (80, 443):
        hostname = f"{hostname}:{site.port}"
    row = AgencyRow(
        name=site.site_name or site.hostname,
        hostname=hostname,
        site=site,
        evaluation=evaluation,
    )
    return _fill(row, today or evaluation_day())


def remote_row(remote, evaluation, today=None):
    """The overview's row of an agency hosted elsewhere."""
    row = AgencyRow(
        name=remote.name, hostname=remote.base_url, remote=remote, evaluation=evaluation
    )
    return _fill(row, today or evaluation_day())


def overview(sites, remotes=(), today=None):
    """One :class:`AgencyRow` per site of ``sites`` and per agency hosted
    elsewhere in ``remotes``, from the stored history: two queries whatever their
    number (the latest rows of the sites, of the agencies elsewhere)."""
    from wagtail.models import Site

    from ..models import RemoteAgency

    today = today or evaluation_day()
    rows = []
    if sites:
        latest = _latest(Site.objects.filter(pk__in=[s.pk for s in sites]), "site")
        rows += [site_row(site, latest.get(site.pk), today) for site in sites]
    if remotes:
        latest = _latest(
            RemoteAgency.objects.filter(pk__in=[r.pk for r in remotes]), "remote"
        )
        rows += [remote_row(r, latest.get(r.pk), today) for r in remotes]
    return rows


def average_history(rows, days=CHART_DAYS, today=None):
    """``(date, mean score)`` over the agencies of ``rows`` for each stored day of
    the last ``days`` days, oldest first: one query."""
    from ..models import ComplianceEvaluation

    today = today or evaluation_day()
    site_ids = [row.site.pk for row in rows if row.site is not None]
    remote_ids = [row.remote.pk for row in rows if row.remote is not None]
    if not site_ids and not remote_ids:
        return []
    return list(
        ComplianceEvaluation.objects.filter(
            Q(site__in=site_ids) | Q(remote__in=remote_ids),
            SCORED,
            date__gte=today - datetime.timedelta(days=days),
        )
        .values_list("date")
        .annotate(mean=Avg("score"))
        .order_by("date")
    )


def matrix(rows):
    """Requirement × agency: ``[(id, title, [(status, label) per row])]``, the
    status ``""`` where a requirement does not apply to the agency, for every
    requirement any agency was evaluated on, in the order of the rulebook (the
    stored statuses are a JSON object, whose key order PostgreSQL does not keep)."""
    evaluated = set()
    for row in rows:
        evaluated.update(row.statuses)
    order, titles = [], {}
    for name in dict.fromkeys(row.profile for row in rows if row.evaluation):
        try:
            requirements = get_profile(name).requirements
        except KeyError:
            continue
        for req in requirements:
            if req.id in evaluated and req.id not in titles:
                order.append(req.id)
                titles[req.id] = req.title_vi
    for rid in sorted(evaluated - set(titles)):
        order.append(rid)
        titles[rid] = rid
    return [
        (rid, titles[rid], [_cell(row.statuses.get(rid, "")) for row in rows])
        for rid in order
    ]


def _cell(status):
    return status, STATUSES.get(status, status)


def is_failing_status(status):
    return status in FAILING
