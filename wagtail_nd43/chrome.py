"""The site chrome, read from the shared cache: what every visitor of a site sees
around the page.

One entry per site and language holds the agency identity, the home link, the
main menu, the pages under a view restriction, and the published banners, alerts
and mourning periods that have not ended (banner images already rendered). A page
reads it with two cache reads (the version, then the entry) instead of a dozen
queries; breadcrumb trails and section look-ups are cached the same way, one key
each.

Every key carries a version number kept in the same cache. Publishing,
unpublishing, moving or deleting a page, saving the identity, a site, a view
restriction, a banner, an alert or a mourning period sets a new version
(:func:`bump`), so every application server sharing the cache stops using the old
entries at once; no process keeps state of its own. An entry also expires at the
next moment one of its banners, alerts or mourning periods starts or ends, and
after ``WAGTAIL_ND43_CHROME_CACHE_SECONDS`` in any case.

When the cache fails, pages are built from the database as if nothing was cached.
"""

import logging
import uuid

from django.core.cache import caches
from django.db.models import Prefetch, prefetch_related_objects
from django.utils import timezone, translation
from wagtail.images import get_image_model
from wagtail.models import Page, Site

from .conf import nd43_settings
from .visibility import _restricted_sections, exclude_restricted


logger = logging.getLogger(__name__)

VERSION_KEY = "wagtail_nd43:chrome:version"
#: Where the chrome of a request is kept once read.
REQUEST_ATTRIBUTE = "_nd43_chrome"
_VERSION_ATTRIBUTE = "_nd43_chrome_version"


def _cache():
    return caches[nd43_settings.CHROME_CACHE]


def current_version():
    """The version of every cached chrome entry, created on first use."""
    cache = _cache()
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, uuid.uuid4().hex, None)
        version = cache.get(VERSION_KEY)
    return version


def bump(**kwargs):
    """Signal receiver: something the chrome shows changed; drop every entry."""
    try:
        _cache().set(VERSION_KEY, uuid.uuid4().hex, None)
    except Exception:
        logger.warning("wagtail_nd43: could not renew the chrome cache", exc_info=True)


def _request_version(request):
    version = getattr(request, _VERSION_ATTRIBUTE, None) if request else None
    if version is None:
        version = current_version()
        if request is not None:
            setattr(request, _VERSION_ATTRIBUTE, version)
    return version


def _key(request, site, name):
    return ":".join(
        (
            "wagtail_nd43:chrome",
            _request_version(request),
            str(site.pk if site else 0),
            translation.get_language() or "",
            name,
        )
    )


_MISS = object()


def _read(request, site, name):
    """The cached value, or ``_MISS`` (also when the cache fails)."""
    try:
        hit = _cache().get(_key(request, site, name))
    except Exception:
        logger.warning("wagtail_nd43: chrome cache unavailable", exc_info=True)
        return _MISS
    return _MISS if hit is None else hit[0]


def _write(request, site, name, value, timeout):
    if timeout <= 0:
        return
    try:
        _cache().set(_key(request, site, name), (value,), timeout)
    except Exception:
        logger.warning("wagtail_nd43: chrome cache unavailable", exc_info=True)


def cached(request, site, name, compute):
    """``compute()``, kept in the shared cache under the chrome version, the site,
    the language and ``name`` (``None`` results too)."""
    value = _read(request, site, name)
    if value is _MISS:
        value = compute()
        _write(request, site, name, value, nd43_settings.CHROME_CACHE_SECONDS)
    return value


class Chrome:
    """What the chrome entry holds; plain data and model instances, picklable."""

    def __init__(self, request, site, now):
        from .models import (
            AgencySettings,
            Banner,
            MourningPeriod,
            SiteAlert,
            agency_home,
        )
        from .models.banners import placement_renditions

        self.built_at = now
        self.site_id = site.pk if site else None
        self.restricted = _restricted_sections()
        self.identity = None
        self.home = None
        self.menu = []
        if site is not None:
            self.identity = (
                AgencySettings.base_queryset()
                .select_related("logo")
                .get_or_create(site=site)[0]
            )
            # Under a host's home page the menu starts at the agency home (issue 13).
            root = agency_home(site)
            self.home = {"page": root, "url": root.get_url(request)}
            self.menu = [
                {"page": child, "url": child.get_url(request)}
                for child in self._menu_pages(root)
            ]
        self.mourning_periods = list(MourningPeriod.objects.published_not_ended(now))
        self.alerts = list(SiteAlert.objects.published_not_ended(now))
        renditions = placement_renditions()
        banners = list(
            Banner.objects.published_not_ended(now)
            .filter(placement__in=renditions)
            .select_related("image", "link_page")
            .order_by("sort_order", "pk")
        )
        self._render_banner_images(banners, renditions)
        self.banners = banners
        moments = [
            moment
            for item in (*self.mourning_periods, *self.alerts, *self.banners)
            for moment in item.boundaries()
            if moment > now
        ]
        self.next_change = min(moments) if moments else None

    def _menu_pages(self, root):
        children = Page.objects.child_of(root).live().in_menu()
        return list(exclude_restricted(children, self.restricted).order_by("path"))

    @staticmethod
    def _render_banner_images(banners, renditions):
        """Each banner's ``<img>``, rendered now: the cache holds the HTML."""
        Rendition = get_image_model().get_rendition_model()
        prefetch_related_objects(
            [banner for banner in banners if banner.image_id],
            Prefetch(
                "image__renditions",
                queryset=Rendition.objects.filter(
                    filter_spec__in=set(renditions.values())
                ),
            ),
        )
        for banner in banners:
            spec = renditions.get(banner.placement, "max-1200x400")
            banner.img = banner.img_tag(spec, "nd43-banner__image")

    def seconds_to_live(self, now):
        timeout = nd43_settings.CHROME_CACHE_SECONDS
        if self.next_change is not None:
            timeout = min(timeout, int((self.next_change - now).total_seconds()) + 1)
        return max(timeout, 0)


def for_request(request):
    """The :class:`Chrome` of the request's site and language, from the cache when
    it is there and still current, kept on the request."""
    if request is None:
        return Chrome(None, None, timezone.now())
    chrome = getattr(request, REQUEST_ATTRIBUTE, None)
    if chrome is not None:
        return chrome
    site = Site.find_for_request(request)
    now = timezone.now()
    chrome = _read(request, site, "chrome")
    if chrome is _MISS or (
        chrome.next_change is not None and chrome.next_change <= now
    ):
        chrome = Chrome(request, site, now)
        _write(request, site, "chrome", chrome, chrome.seconds_to_live(now))
    setattr(request, REQUEST_ATTRIBUTE, chrome)
    _share_with_request(request, chrome)
    return chrome


def _share_with_request(request, chrome):
    """Let ``AgencySettings.for_request`` and ``visibility.public`` use what the
    chrome already read."""
    from .models import AgencySettings
    from .visibility import REQUEST_ATTRIBUTE as RESTRICTIONS

    if chrome.identity is not None:
        chrome.identity._request = request
        setattr(request, AgencySettings.get_cache_attr_name(), chrome.identity)
    if getattr(request, RESTRICTIONS, None) is None:
        setattr(request, RESTRICTIONS, chrome.restricted)
