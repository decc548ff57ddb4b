"""Compliance results stored per site (:class:`~wagtail_nd43.models.ComplianceResult`).

``store(report)`` keeps the score, the counts and the most urgent findings of an
evaluation; :func:`stored_reports` gives the dashboard one object per site with
the attributes its template reads from a live :class:`Report`, plus
``computed_at``. Sites without a stored result are evaluated (and stored) once.

Publishing, unpublishing, moving or deleting a page and saving an identity forget
the stored results of the site they belong to (:func:`forget`): the next dashboard
load evaluates that site again, once, instead of on every load. The history (:mod:`.history`) is never forgotten: each
stored evaluation also writes its day's row there.
"""

from ..rulebook import get_profile
from . import STATUSES, evaluate


#: Findings kept for the dashboard's "most urgent" list.
WORST_COUNT = 5


def store(report):
    """Keep ``report`` as the site's stored result, and as the day's row of its
    history (:func:`.history.record`); return the stored result, with the day's
    row as its ``evaluation``."""
    from ..models import ComplianceResult
    from .history import record

    result, _created = ComplianceResult.objects.update_or_create(
        site=report.site,
        defaults={
            "profile": report.profile.name,
            "level": report.level or "",
            "score": report.score,
            "required_ok": report.required_ok,
            "required_applicable": report.required_applicable,
            "counts": report.counts(),
            "worst": [finding.to_dict() for finding in report.worst(WORST_COUNT)],
            "computed_at": report.evaluated_at,
        },
    )
    result.evaluation = record(report)
    return result


def forget(instance=None, **kwargs):
    """Signal receiver: the content changed, the stored results of the sites it
    belongs to are out of date (:func:`sites_changed_by`); the other agencies'
    results stay, so a commune's publishing does not re-evaluate every site."""
    from ..models import ComplianceResult

    results = ComplianceResult.objects.all()
    sites = sites_changed_by(instance, kwargs)
    if sites is not None:
        results = results.filter(site__in=sites)
    results.delete()


def sites_changed_by(instance, signal_kwargs=None):
    """The ids of the sites a change of ``instance`` affects, or ``None`` for every
    site: an identity is its site's; a page belongs to the sites whose tree holds
    it (or lies under it, for a page above the sites' homes), before and after a
    move (``post_page_move``'s parents); anything else (a shared snippet, a
    signal without an instance) is province-wide."""
    from wagtail.models import Page, Site

    if instance is not None and hasattr(instance, "site_id"):
        return [instance.site_id]
    if not isinstance(instance, Page):
        return None
    signal_kwargs = signal_kwargs or {}
    paths = {instance.path}
    for parent in ("parent_page_before", "parent_page_after"):
        if signal_kwargs.get(parent) is not None:
            paths.add(signal_kwargs[parent].path)
    return [
        site_id
        for site_id, root in Site.objects.values_list("pk", "root_page__path")
        if any(path.startswith(root) or root.startswith(path) for path in paths)
    ]


def forget_for_pages(instance, **kwargs):
    from wagtail.models import Page

    if isinstance(instance, Page):
        forget(instance, **kwargs)


class StoredFinding:
    def __init__(self, data):
        self.data = data
        self.status = data["status"]
        self.title = data["title"]
        self.message = data["message"]
        self.citation = data["citation"]
        self.admin_url = data.get("admin_url") or ""

    @property
    def status_label(self):
        return STATUSES.get(self.status, self.status)


class StoredReport:
    """A stored result shaped like a :class:`Report` for the dashboard."""

    def __init__(self, site, result):
        self.site = site
        self.result = result
        self.profile = get_profile(result.profile)
        self.level = result.level
        self.required_ok = result.required_ok
        self.required_applicable = result.required_applicable
        self.score = result.score
        self.computed_at = result.computed_at

    @property
    def score_percent(self):
        return round(self.score * 100)

    def worst(self):
        return [StoredFinding(data) for data in self.result.worst]


def stored_reports(sites):
    """One :class:`StoredReport` per site, in the order of ``sites``: one query for
    the stored rows; a site without one is evaluated and stored now."""
    from ..models import ComplianceResult

    results = {r.site_id: r for r in ComplianceResult.objects.filter(site__in=sites)}
    reports = []
    for site in sites:
        result = results.get(site.pk)
        if result is None:
            result = store(evaluate(site))
        reports.append(StoredReport(site, result))
    return reports
