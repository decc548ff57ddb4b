"""Pages that caching proxies may keep, and purged the moment they change.

``CacheControlMiddleware`` marks the pages Wagtail serves:

- ``Cache-Control: public, max-age=WAGTAIL_ND43_PAGE_MAX_AGE,
  s-maxage=WAGTAIL_ND43_PAGE_SHARED_MAX_AGE`` for a page any anonymous visitor
  gets the same way, capped by ``ScheduleCacheMiddleware`` at the
  next moment a banner, alert or mourning period on it starts or ends;
- ``Cache-Control: private, no-store`` for a page that is personal: a logged-in
  visitor, a form (it set a CSRF token), a visitor with a session (view
  restrictions passed with a password, flash messages), a preview.

Responses that already say how to cache them are left alone.

Purging goes through ``wagtail.contrib.frontend_cache`` (its backends and
``PurgeBatch``; configure ``WAGTAILFRONTENDCACHE`` as for any Wagtail site).
Wagtail itself purges a published or unpublished page; this module adds the pages
that list it (its ancestors up to the site's home page, which shows the latest
news) and, when a banner, alert, mourning period, the identity or a menu page
changes — things every page shows — the whole site (every site for a
province-wide banner, alert or mourning period; only its own for one of a single
agency site): the home page, the top
sections and ``WAGTAIL_ND43_FRONTEND_CACHE_SITE_PATH`` (``/*``), which Varnish
(see ``docs/how-to/deploy.md``) and CloudFront read as "everything on this host".
"""

import logging

from django.conf import settings
from django.utils.cache import patch_cache_control
from wagtail.models import Page, Site

from .conf import nd43_settings


logger = logging.getLogger(__name__)

#: Set on the request by the ``before_serve_page`` hook: the page being served.
PAGE_ATTRIBUTE = "_nd43_served_page"


def frontend_cache_enabled():
    return "wagtail.contrib.frontend_cache" in settings.INSTALLED_APPS and bool(
        getattr(settings, "WAGTAILFRONTENDCACHE", None)
    )


def note_served_page(page, request, serve_args, serve_kwargs):
    """``before_serve_page`` hook: remember which page the response is for."""
    setattr(request, PAGE_ATTRIBUTE, page)


def is_personal(request):
    """The response depends on who asked."""
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return True
    if getattr(request, "is_preview", False):
        return True
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE") or request.META.get(
        "CSRF_COOKIE_USED"
    ):
        return True  # a form: its token is the visitor's
    # A visitor with a session (a password-restricted page, a message after a
    # form) may see something of their own; a visitor without one sees what
    # everyone sees. (Reading ``request.user`` marks the session accessed, so
    # ``accessed`` says nothing.)
    if request.COOKIES.get(settings.SESSION_COOKIE_NAME):
        return True
    session = getattr(request, "session", None)
    return session is not None and session.modified


class CacheControlMiddleware:
    """Say how long proxies may keep a page served by Wagtail.

    Put it after ``ScheduleCacheMiddleware`` in ``MIDDLEWARE`` (closer to the
    view, so that the schedule caps the lifetime set here) and after
    ``SessionMiddleware``, ``CsrfViewMiddleware`` and ``AuthenticationMiddleware``.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if getattr(request, PAGE_ATTRIBUTE, None) is None:
            return response
        if request.method not in ("GET", "HEAD") or response.has_header(
            "Cache-Control"
        ):
            return response
        if is_personal(request) or response.status_code != 200:
            patch_cache_control(response, private=True, no_store=True)
        else:
            patch_cache_control(
                response,
                public=True,
                max_age=nd43_settings.PAGE_MAX_AGE,
                s_maxage=nd43_settings.PAGE_SHARED_MAX_AGE,
            )
        return response


# ---- Purging ----------------------------------------------------------------------


def _purge(batch):
    try:
        batch.purge()
    except Exception:
        logger.warning("wagtail_nd43: frontend cache purge failed", exc_info=True)


def listing_pages(page):
    """The pages that list ``page``: its ancestors within its site, home included."""
    site = page.get_site()
    if site is None:
        return []
    return list(
        Page.objects.ancestor_of(page)
        .filter(depth__gte=site.root_page.depth)
        .live()
        .order_by("depth")
    )


def purge_listings(instance, **kwargs):
    """``page_published``/``page_unpublished``: purge the listings of the page
    (Wagtail's own handler purges the page)."""
    if not frontend_cache_enabled():
        return
    from wagtail.contrib.frontend_cache.utils import PurgeBatch

    batch = PurgeBatch()
    listings = listing_pages(instance)
    batch.add_pages(listings)
    if instance.show_in_menus and len(listings) == 1:
        # A top-level section: it is in the menu of every page of the site.
        _add_sites(batch, [instance.get_site()])
    _purge(batch)


def _add_sites(batch, sites):
    for site in sites:
        if site is None:
            continue
        root = site.root_page
        batch.add_page(root)
        batch.add_pages(root.get_children().live().in_menu())
        batch.add_url(site.root_url + nd43_settings.FRONTEND_CACHE_SITE_PATH)


def purge_sites(sender=None, instance=None, **kwargs):
    """A banner, alert, mourning period or identity changed: purge every site it
    is shown on (an item of one agency site: that site, and the one it left; a
    province-wide item: every site)."""
    if not frontend_cache_enabled():
        return
    from wagtail.contrib.frontend_cache.utils import PurgeBatch

    from .models import AgencySettings

    sites = Site.objects.select_related("root_page")
    if isinstance(instance, AgencySettings):
        sites = [instance.site]
    elif (site_ids := instance.shown_on_site_ids()) is not None:
        sites = list(sites.filter(pk__in=site_ids))
    else:
        sites = list(sites)
    batch = PurgeBatch()
    _add_sites(batch, sites)
    _purge(batch)


def purge_spokesperson_pages(sender=None, instance=None, **kwargs):
    """A spokesperson changed: purge the spokesperson pages of their site (every
    site's for one without a site) and of the province portal, which lists every
    unit's spokespersons."""
    if not frontend_cache_enabled():
        return
    from django.db.models import Q
    from wagtail.contrib.frontend_cache.utils import PurgeBatch

    from .models import SpokespersonPage

    pages = SpokespersonPage.objects.live()
    site_ids = instance.shown_on_site_ids()
    if site_ids is not None:
        roots = Site.objects.filter(
            Q(pk__in=site_ids) | Q(is_default_site=True)
        ).values_list("root_page__path", flat=True)
        within = Q(pk__in=[])
        for root in roots:
            within |= Q(path__startswith=root)
        pages = pages.filter(within)
    batch = PurgeBatch()
    batch.add_pages(pages)
    _purge(batch)


def register():
    """Connect the purges (from ``signal_handlers.register``)."""
    from django.db.models.signals import post_delete, post_save
    from wagtail.signals import page_published, page_unpublished, published, unpublished

    from .models import AgencySettings, Banner, MourningPeriod, SiteAlert, Spokesperson

    for signal in (page_published, page_unpublished):
        signal.connect(purge_listings, dispatch_uid=f"nd43_purge_pages_{id(signal)}")
    for model in (Banner, SiteAlert, MourningPeriod):
        for signal in (published, unpublished, post_delete):
            signal.connect(
                purge_sites,
                sender=model,
                dispatch_uid=f"nd43_purge_{model.__name__}_{id(signal)}",
            )
    for signal in (published, unpublished, post_delete):
        signal.connect(
            purge_spokesperson_pages,
            sender=Spokesperson,
            dispatch_uid=f"nd43_purge_spokesperson_{id(signal)}",
        )
    post_save.connect(purge_sites, sender=AgencySettings, dispatch_uid="nd43_purge_id")
