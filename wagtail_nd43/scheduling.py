"""What a page shows of banners, alerts and mourning, and until when.

One :class:`Schedule` per request (cached on it) takes the published banners of
every placement that have not ended, the alerts and the mourning periods of the
request's site and of the whole province from the cached site chrome
(``chrome.py``: no query on a warm cache; outside a request, the province-wide
ones, a fixed number of queries whatever the number of items).

It keeps the earliest future moment at which anything it read appears or
disappears. :class:`ScheduleCacheMiddleware` caps the response's cache lifetime
to that moment, so a page cache or CDN that respects ``Cache-Control`` never keeps
a page past a banner's start or end. Items starting within
``WAGTAIL_ND43_SCHEDULE_HORIZON`` are already in the page, hidden, with their
start and end as data attributes; ``site.js`` shows and hides them on time, in
pages kept longer by caches that ignore the header. See
``docs/explanation/banner-scheduling-and-caches.md``.
"""

import math
from collections import defaultdict
from datetime import timedelta

from django.db.models import Prefetch
from django.utils import timezone
from django.utils.cache import get_max_age, patch_cache_control
from django.utils.functional import cached_property
from wagtail.images import get_image_model

from .conf import nd43_settings
from .models import Banner, MourningPeriod, SiteAlert
from .models.banners import placement_renditions


REQUEST_ATTRIBUTE = "_nd43_schedule"


class Schedule:
    def __init__(self, request=None, now=None):
        self.request = request
        self.now = now or timezone.now()
        self.horizon = self.now + timedelta(seconds=nd43_settings.SCHEDULE_HORIZON)
        self.next_change = None

    def _note(self, items):
        for item in items:
            for moment in item.boundaries():
                if moment > self.now and (
                    self.next_change is None or moment < self.next_change
                ):
                    self.next_change = moment

    def _shown(self, items):
        """Items to put in the page: active now or starting within the horizon."""
        return [
            item
            for item in items
            if item.start_at is None or item.start_at <= self.horizon
        ]

    @cached_property
    def _chrome(self):
        """The cached site chrome holding the items, or ``None`` outside a
        request (the items are then read from the database)."""
        from .chrome import for_request as chrome_for_request

        return chrome_for_request(self.request) if self.request is not None else None

    def _not_ended(self, items):
        return [item for item in items if item.end_at is None or item.end_at > self.now]

    def _current(self, name, read):
        """The items to put in the page (:meth:`_shown`) among those that have not
        ended: the cached site chrome's ``name`` in a request, else ``read()``
        (the province-wide ones, from the database); their next change is noted."""
        if self._chrome is not None:
            items = self._not_ended(getattr(self._chrome, name))
        else:
            items = list(read())
        self._note(items)
        return self._shown(items)

    def _province_wide(self, model):
        return model.objects.published_not_ended(self.now).for_site(None)

    @cached_property
    def mourning_periods(self):
        return self._current(
            "mourning_periods", lambda: self._province_wide(MourningPeriod)
        )

    @cached_property
    def mourning(self):
        """The mourning period in force now, or ``None``."""
        return next((p for p in self.mourning_periods if p.is_active(self.now)), None)

    @cached_property
    def alerts(self):
        return sorted(
            self._current("alerts", lambda: self._province_wide(SiteAlert)),
            key=lambda a: (
                a.rank,
                -(a.start_at or a.first_published_at or self.now).timestamp(),
            ),
        )

    def _province_wide_banners(self):
        renditions = placement_renditions()
        Rendition = get_image_model().get_rendition_model()
        return (
            self._province_wide(Banner)
            .filter(placement__in=renditions)
            .select_related("image", "link_page")
            .prefetch_related(
                Prefetch(
                    "image__renditions",
                    queryset=Rendition.objects.filter(
                        filter_spec__in=set(renditions.values())
                    ),
                )
            )
            .order_by("sort_order", "pk")
        )

    @cached_property
    def _banners(self):
        by_placement = defaultdict(list)
        for banner in self._current("banners", self._province_wide_banners):
            by_placement[banner.placement].append(banner)
        return by_placement

    def banners(self, placement):
        """Banners of ``placement`` to put in the page. During mourning, festive
        banners are left out; festive banners of a page rendered before a
        mourning period are hidden by the ``nd43-mourning`` class."""
        banners = self._banners.get(placement, [])
        if self.mourning is not None:
            banners = [banner for banner in banners if not banner.is_festive]
        return banners

    def seconds_to_next_change(self):
        if self.next_change is None:
            return None
        return max(0, math.ceil((self.next_change - timezone.now()).total_seconds()))


def for_request(request):
    """The request's :class:`Schedule`, created on first use."""
    if request is None:
        return Schedule()
    schedule = getattr(request, REQUEST_ATTRIBUTE, None)
    if schedule is None:
        schedule = Schedule(request)
        setattr(request, REQUEST_ATTRIBUTE, schedule)
    return schedule


class ScheduleCacheMiddleware:
    """Cap ``Cache-Control: max-age``/``s-maxage`` of a page to the next moment a
    banner, alert or mourning period on it starts or ends.

    Put it after ``UpdateCacheMiddleware`` (and any other middleware that reads the
    cache lifetime on the way out) in ``MIDDLEWARE``. Responses marked
    ``private``, ``no-cache`` or ``no-store`` are left alone.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        schedule = getattr(request, REQUEST_ATTRIBUTE, None)
        if schedule is None:
            return response
        seconds = schedule.seconds_to_next_change()
        if seconds is None or response.status_code != 200 or response.streaming:
            return response
        header = response.get("Cache-Control", "").lower()
        if any(word in header for word in ("private", "no-cache", "no-store")):
            return response
        current = get_max_age(response)
        user = getattr(request, "user", None)
        if current is None and user is not None and user.is_authenticated:
            return response
        if current is None or current > seconds:
            patch_cache_control(response, max_age=seconds)
        if "s-maxage" in header:
            shared = int(header.split("s-maxage=")[1].split(",")[0].strip() or 0)
            if shared > seconds:
                patch_cache_control(response, s_maxage=seconds)
        return response
