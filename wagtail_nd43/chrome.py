"""The site chrome, read from the shared cache: what every visitor of a site sees
around the page.

One entry per site and language holds the agency identity, the home link, the
main menu, the pages under a view restriction, and the published banners, alerts
and mourning periods that have not ended (banner images already rendered). It
also keeps what pages derived from those: the rendered HTML of the header, menu,
notices, banners and footer (:func:`fragment`), and small look-ups such as the
first page of a section type or a breadcrumb trail (:func:`cached`), added to the
entry the first time a page needs them. A page reads it all in one cache round
trip (the version and the entry, ``get_many``) instead of a dozen queries and
as many template renders.

The entry carries two version numbers kept in the same cache (read in the same
round trip): one for every site and one for the entry's site. Publishing,
unpublishing, moving or deleting a page, saving the identity, a site, a view
restriction, or a province-wide banner, alert or mourning period sets a new
version for every site (:func:`bump`); one of a single agency site (issue 20)
renews only that site's. So every application server sharing the cache stops
using the old entry at once. An entry also expires at the next moment one of its
banners, alerts or mourning periods starts or ends, and after
``WAGTAIL_ND43_CHROME_CACHE_SECONDS`` in any case.

Each process also keeps the last entry it read or wrote for each site and
language, so that a page need not fetch and unpickle the whole entry again: it
still reads the version keys from the shared cache on every request, and uses its
own copy only while they are unchanged and the entry has not expired. Each
request gets its own shallow copy (its look-ups and identity), so threads never
share what a request changes.

When the cache fails, pages are built from the database as if nothing was cached.
"""

import copy
import logging
import pickle
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
#: Most fragments and look-ups one entry keeps; beyond, they are computed per page.
MAX_KEPT = 256


def _cache():
    return caches[nd43_settings.CHROME_CACHE]


def _site_version_key(site_id):
    return f"{VERSION_KEY}:site:{site_id or 0}"


def _version_keys(site_id):
    return [VERSION_KEY, _site_version_key(site_id)]


def _combined(found, keys):
    """The version of a site's entry from what ``get_many`` found, or ``None``
    when a part is missing."""
    parts = [found.get(key) for key in keys]
    return None if None in parts else ".".join(parts)


def current_version(site_id=None):
    """The version of the chrome entry of ``site_id``: the version of every
    site's entries followed by that site's own, created on first use."""
    cache = _cache()
    keys = _version_keys(site_id)
    found = cache.get_many(keys)
    for key in keys:
        if found.get(key) is None:
            cache.add(key, uuid.uuid4().hex, None)
            found[key] = cache.get(key)
    return _combined(found, keys)


def bump(site_ids=None, **kwargs):
    """Something the chrome shows changed: drop the entries of the sites with
    ``site_ids``, or of every site (``None``; also as a signal receiver)."""
    try:
        if site_ids is None:
            _cache().set(VERSION_KEY, uuid.uuid4().hex, None)
        else:
            _cache().set_many(
                {_site_version_key(pk): uuid.uuid4().hex for pk in site_ids}, None
            )
    except Exception:
        logger.warning("wagtail_nd43: could not renew the chrome cache", exc_info=True)


def _key(site):
    return ":".join(
        (
            "wagtail_nd43:chrome",
            str(site.pk if site else 0),
            translation.get_language() or "",
        )
    )


#: ``{key: Chrome}``: the last entry this process read or wrote per site and
#: language, used while the shared version is unchanged (:func:`_read`).
_local_entries = {}


def _current(entry, version, now):
    """Whether ``entry`` may serve a page: of ``version``, and not expired."""
    return (
        entry is not None
        and version is not None
        and entry.version == version
        and (entry.next_change is None or entry.next_change > now)
        and entry.seconds_to_live(now) > 0
    )


def _read(site, now):
    """``(version, entry)``, in one round trip when this process holds no copy of
    the entry or holds the current one; the entry is ``None`` when it is missing
    or of an older version, the version ``None`` when the cache fails."""
    cache = _cache()
    key = _key(site)
    site_id = site.pk if site else None
    versions = _version_keys(site_id)
    local = _local_entries.get(key)
    try:
        found = cache.get_many(versions if local is not None else [*versions, key])
        version = _combined(found, versions)
        if version is None:
            version = current_version(site_id)
        if _current(local, version, now):
            return version, local
        entry = found.get(key) if local is None else cache.get(key)
    except Exception:
        logger.warning("wagtail_nd43: chrome cache unavailable", exc_info=True)
        return None, None
    if entry is None or version is None or entry.version != version:
        return version, None
    _local_entries[key] = entry
    return version, entry


def cached(request, site, name, compute):
    """``compute()``, kept in the request's chrome entry under ``name`` (``None``
    results too): renewed with it, so only for what the chrome's renewal covers
    (published pages, view restrictions, identity, sites)."""
    if request is None:
        return compute()
    return for_request(request).keep(("value", name), compute)


def fragment(request, name, render, vary=""):
    """The HTML ``render()`` returns, kept in the request's chrome entry under
    ``name`` and ``vary`` (what else the HTML depends on, e.g. the current menu
    entry). ``render`` may use only what the chrome's renewal covers and the
    language; anything per visitor or per request stays out of it."""
    if request is None:
        return render()
    return for_request(request).keep(("html", name, vary), render)


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
        self.version = None
        self.kept = {}
        self.site_id = site.pk if site else None
        self.restricted = _restricted_sections()
        self.identity = None
        home, menu = None, []
        if site is not None:
            self.identity = (
                AgencySettings.base_queryset()
                .select_related("logo")
                .get_or_create(site=site)[0]
            )
            # Under a host's home page the menu starts at the agency home (issue 13).
            root = agency_home(site)
            home = {"page": root, "url": root.get_url(request)}
            menu = [
                {"page": child, "url": child.get_url(request)}
                for child in self._menu_pages(root)
            ]
        #: What pages need to mark their place in the menu: the home's id and the
        #: (id, path) of each entry. The pages themselves are unpickled only to
        #: render the menu or the header again (:attr:`home`, :attr:`menu`).
        self.home_id = home["page"].pk if home else None
        self.menu_places = [(item["page"].pk, item["page"].path) for item in menu]
        self._pages = {"home": home, "menu": menu}
        self._pickled_pages = pickle.dumps(self._pages, pickle.HIGHEST_PROTOCOL)
        self.mourning_periods = list(
            MourningPeriod.objects.published_not_ended(now).for_site(site)
        )
        self.alerts = list(SiteAlert.objects.published_not_ended(now).for_site(site))
        renditions = placement_renditions()
        banners = list(
            Banner.objects.published_not_ended(now)
            .for_site(site)
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

    def _loaded_pages(self):
        if "_pages" not in self.__dict__:
            self._pages = pickle.loads(self._pickled_pages)  # noqa: S301 - our own
        return self._pages

    @property
    def home(self):
        """``{"page", "url"}`` of the site's agency home, or ``None``."""
        return self._loaded_pages()["home"]

    @property
    def menu(self):
        """``[{"page", "url"}]``: the entries of the main menu."""
        return self._loaded_pages()["menu"]

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
            # The entry keeps the <img>, not the image and its renditions, which
            # would make every page's read of the entry slower.
            banner._state.fields_cache.pop("image", None)

    def seconds_to_live(self, now):
        timeout = nd43_settings.CHROME_CACHE_SECONDS - int(
            (now - self.built_at).total_seconds()
        )
        if self.next_change is not None:
            timeout = min(timeout, int((self.next_change - now).total_seconds()) + 1)
        return max(timeout, 0)

    def __getstate__(self):
        state = dict(self.__dict__)
        state.pop("_site", None)
        state.pop("_pages", None)
        return state

    def save(self):
        """Write the entry to the cache, until it expires (never past its next
        change); nothing when its version is unknown (the cache failed)."""
        if self.version is None:
            return
        timeout = self.seconds_to_live(timezone.now())
        if timeout <= 0:
            return
        key = _key(self._site)
        try:
            _cache().set(key, self, timeout)
            _local_entries[key] = self._for_request()
        except Exception:
            logger.warning("wagtail_nd43: chrome cache unavailable", exc_info=True)
            self.version = None  # no more writes in this request

    def _for_request(self):
        """A shallow copy whose look-ups and identity a request may change
        without touching the copy this process keeps (:func:`_read`)."""
        entry = copy.copy(self)
        entry.__dict__.pop("_site", None)
        entry.__dict__.pop("_pages", None)
        entry.kept = dict(self.kept)
        if self.identity is not None:
            entry.identity = copy.copy(self.identity)
            entry.identity.__dict__.pop("_request", None)
        return entry

    def keep(self, name, compute):
        """``compute()`` once per entry: from the entry when it holds ``name``,
        else computed and added to the entry in the cache."""
        try:
            return self.kept[name]
        except KeyError:
            pass
        value = compute()
        if len(self.kept) < MAX_KEPT:
            self.kept[name] = value
            self.save()
        return value


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
    version, chrome = _read(site, now)
    if _current(chrome, version, now):
        chrome = chrome._for_request()
    else:
        chrome = Chrome(request, site, now)
        chrome.version = version
        chrome._site = site
        chrome.save()
    chrome._site = site
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
