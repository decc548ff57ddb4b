"""The figures pages show: views of a page and the visitor box.

Stored totals change only when counts reach the database: with the Redis buffer
at a flush, without it at each counted view. Either bumps a generation kept in the
counters' cache; the stored totals are cached under it, so a page reads them from
the cache (one read for the page and the site), and the live part (counts still
pending, visitors online, the generation) in one more round trip. A process-local
cache (development) keeps them no longer than ``WAGTAIL_ND43_PAGE_MAX_AGE``, since
it never hears of counts written by other processes.
"""

import logging

from django.core.cache import caches
from django.utils import timezone

from ..conf import nd43_settings
from ..models import PageViewDay, SiteVisitDay
from .store import get_store, is_process_local


logger = logging.getLogger(__name__)

PERIODS = ("today", "month", "year", "total")
DAY = 24 * 60 * 60
REQUEST_ATTRIBUTE = "_nd43_counter_figures"


def _stored(cache, keys):
    """``{name: value}`` for ``keys`` (``{name: (cache key, compute)}``): from the
    cache in one read, the missing ones computed and kept."""
    found = {}
    if cache is not None:
        found = cache.get_many([key for key, _compute in keys.values()])
    values, missing = {}, {}
    for name, (key, compute) in keys.items():
        value = found.get(key)
        if value is None:
            value = missing[key] = compute()
        values[name] = value
    if cache is not None and missing:
        # A process-local cache never hears of counts other processes write: what
        # it keeps lives no longer than a page a browser may keep.
        timeout = nd43_settings.PAGE_MAX_AGE if is_process_local(cache) else DAY
        cache.set_many(missing, timeout)
    return values


def figures(request, page=None, site=None):
    """``{"views": int | None, "visits": {today, month, year, total, online}}`` for
    the request's page and site, computed once per request."""
    done = getattr(request, REQUEST_ATTRIBUTE, None) if request is not None else None
    if done is not None and (page is None or done["page"] == page.pk):
        return done  # the visitor box reuses the figures of the page's view count
    today = timezone.localdate()
    page_id = page.pk if page is not None else None
    live = {"views": 0, "visits": 0, "online": None, "generation": None}
    store = None
    try:
        store = get_store()
        live = store.live_figures(page_id, site.pk if site else None, today)
    except Exception:  # the cache is down: the stored totals are still right
        logger.warning("wagtail_nd43: live counter figures unavailable", exc_info=True)
    cache = None
    if live["generation"] is not None:
        cache = caches[nd43_settings.COUNTER_CACHE]
    prefix = f"{nd43_settings.COUNTER_KEY_PREFIX}:shown:{live['generation']}:{today}"
    result = {"views": None, "visits": None, "page": page_id}
    wanted = {}
    if page is not None:
        wanted["views"] = (
            f"{prefix}:page:{page_id}",
            lambda: PageViewDay.total_for(page),
        )
    if site is not None:
        wanted["visits"] = (
            f"{prefix}:site:{site.pk}",
            lambda: SiteVisitDay.summary(site, today),
        )
    stored = _stored(cache, wanted)
    if page is not None:
        result["views"] = stored["views"] + live["views"]
    if site is not None:
        summary = dict(stored["visits"])
        for period in PERIODS:
            summary[period] += live["visits"]
        summary["online"] = live["online"]
        result["visits"] = summary
    if request is not None:
        setattr(request, REQUEST_ATTRIBUTE, result)
    return result
