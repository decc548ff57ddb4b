"""The figures pages show: views of a page and the visitor box.

Stored totals change only when counts reach the database. With the Redis buffer
that is a flush, which bumps a generation number; the stored totals are cached
under that number, so a page reads them from the cache, and the live part (counts
still pending, visitors online) in one Redis round trip. Without the buffer, counts
reach the database at once, so the totals are read from it (one query each).
"""

import logging

from django.core.cache import caches
from django.utils import timezone

from ..conf import nd43_settings
from ..models import PageViewDay, SiteVisitDay
from .store import get_store


logger = logging.getLogger(__name__)

PERIODS = ("today", "month", "year", "total")
REQUEST_ATTRIBUTE = "_nd43_counter_figures"


def _stored(cache, key, compute):
    value = cache.get(key) if cache is not None else None
    if value is None:
        value = compute()
        if cache is not None:
            cache.set(key, value, 24 * 60 * 60)
    return value


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
    if page is not None:
        stored = _stored(
            cache, f"{prefix}:page:{page_id}", lambda: PageViewDay.total_for(page)
        )
        result["views"] = stored + live["views"]
    if site is not None:
        summary = dict(
            _stored(
                cache,
                f"{prefix}:site:{site.pk}",
                lambda: SiteVisitDay.summary(site, today),
            )
        )
        for period in PERIODS:
            summary[period] += live["visits"]
        summary["online"] = live["online"]
        result["visits"] = summary
    if request is not None:
        setattr(request, REQUEST_ATTRIBUTE, result)
    return result
