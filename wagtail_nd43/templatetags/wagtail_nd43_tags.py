"""Template tags of the default public theme: ``{% load wagtail_nd43_tags %}``.

Each tag reads the request from the context, finds the site with
``Site.find_for_request`` (cached on the request) and takes what every visitor of
the site sees (identity, menu, breadcrumb trails, banners, alerts) from the cached
site chrome (``chrome.py``); on a cache miss it runs a fixed number of queries
whatever the size of the site. Sites restyle the output by overriding the
templates under ``wagtail_nd43/includes/``.
"""

import logging

from django import template
from django.apps import apps
from django.core.exceptions import FieldDoesNotExist
from django.core.paginator import Page as PaginatorPage
from django.db.models import Prefetch, prefetch_related_objects
from django.urls import reverse
from django.utils import timezone
from django.utils.text import Truncator
from wagtail.images import get_image_model
from wagtail.models import Page, Site

from .. import chrome
from ..models import AgencyHomePageMixin, ArticlePageMixin
from ..models.base import ListingPageMixin
from ..models.standard import StandardPageMixin
from ..visibility import public


register = template.Library()

#: Longest description put in ``<meta name="description">`` and ``DC.description``.
DESCRIPTION_LENGTH = 300


def _site(request):
    if request is None:
        return None
    return Site.find_for_request(request)


def _identity(request):
    """The agency identity of the request's site, or ``None`` outside a site."""
    if _site(request) is None:
        return None
    return chrome.for_request(request).identity


@register.simple_tag(takes_context=True)
def nd43_identity(context):
    """``{% nd43_identity as identity %}``: the site's :class:`AgencySettings`."""
    return _identity(context.get("request"))


def absolute_page_url(page, request=None):
    """``page``'s absolute address as the visitor reached the site: the request's
    scheme and host (never the ``localhost`` a Site record may still carry), or,
    without a request, the Site's root URL."""
    if request is None:
        return page.get_full_url()
    url = page.get_url(request)
    return request.build_absolute_uri(url) if url else ""


@register.simple_tag(takes_context=True)
def nd43_absolute_url(context, page):
    """``{% nd43_absolute_url page %}``: see :func:`absolute_page_url`."""
    return absolute_page_url(page, context.get("request"))


#: Rendition of the identity's emblem used as the favicon.
FAVICON_SPEC = "fill-64x64|format-png"


@register.inclusion_tag("wagtail_nd43/includes/favicon.html", takes_context=True)
def nd43_favicon(context):
    """``<link rel="icon">``: the identity's emblem or logo, 64×64 PNG; the
    package's default emblem when there is none (or its file is missing)."""
    identity = _identity(context.get("request"))
    icon = None
    if identity is not None and identity.logo_id:
        try:
            icon = identity.logo.get_rendition(FAVICON_SPEC)
        except OSError:  # Wagtail's SourceImageIOError included
            logger.warning("The favicon could not be made from the agency's emblem.")
    return {"icon": icon}


@register.simple_tag(takes_context=True)
def nd43_section(context, model_label):
    """``{% nd43_section "wagtail_nd43.OnlineServicesPage" as services %}``.

    The first live, public page of a type in the current site, found by type (never
    by slug or title), or ``None``. From the cached site chrome; on a miss, one
    query.
    """
    request = context.get("request")
    site = _site(request)
    if site is None:
        return None

    def first():
        model = apps.get_model(model_label)
        pages = model.objects.descendant_of(site.root_page, inclusive=True).live()
        return public(pages, request).order_by("path").first()

    return chrome.cached(request, site, f"section:{model_label}", first)


@register.inclusion_tag("wagtail_nd43/includes/header.html", takes_context=True)
def nd43_header(context):
    """Emblem or logo, governing body and full name of the agency (TT32-16.3a)."""
    request = context.get("request")
    site = _site(request)
    home = chrome.for_request(request).home if site else None
    return {
        "request": request,
        "identity": _identity(request),
        "home_url": home["url"] if home else "/",
        "site_name": site.site_name if site else "",
    }


def _current(page, candidate):
    """The ``aria-current`` value of a menu entry for ``page``: ``page`` when it is
    the entry, ``true`` when it lies inside the entry's section, else ``""``."""
    if page is None or not isinstance(page, Page):
        return ""
    if page.pk == candidate.pk:
        return "page"
    if page.path.startswith(candidate.path):
        return "true"
    return ""


@register.inclusion_tag("wagtail_nd43/includes/main_menu.html", takes_context=True)
def nd43_main_menu(context):
    """Home plus the live, public ``show_in_menus`` children of the site root.

    A plain list of links that wraps: it works without JavaScript. From the cached
    site chrome; on a miss, one query whatever the number of entries (on PostgreSQL
    the ``(depth, path)`` index of migration 0002 finds the root's children without
    reading its descendants).
    """
    request = context.get("request")
    page = context.get("page")
    site = _site(request)
    if site is None:
        return {"request": request, "home": None, "items": []}
    cached = chrome.for_request(request)
    items = [{**item, "current": _current(page, item["page"])} for item in cached.menu]
    root = cached.home["page"]
    home = {
        **cached.home,
        "current": "page" if page is not None and page.pk == root.pk else "",
    }
    return {"request": request, "home": home, "items": items}


@register.inclusion_tag("wagtail_nd43/includes/breadcrumbs.html", takes_context=True)
def nd43_breadcrumbs(context, page):
    """The path from the site's home page down to ``page``. The trail above a
    page is cached with the site chrome; on a miss, one query."""
    request = context.get("request")
    crumbs = []
    if isinstance(page, Page) and page.depth > 1:
        site = _site(request)
        if site is None or page.pk != site.root_page_id:
            parent_path = page.path[: -Page.steplen]
            crumbs = chrome.cached(
                request,
                site,
                f"crumbs:{parent_path}",
                lambda: _trail(request, site, page),
            )
    return {"request": request, "page": page, "crumbs": crumbs}


def _trail(request, site, page):
    ancestors = list(
        Page.objects.ancestor_of(page).filter(depth__gt=1).order_by("depth")
    )
    root_id = site.root_page_id if site else None
    for index, ancestor in enumerate(ancestors):
        if ancestor.pk == root_id:
            ancestors = ancestors[index:]
            break
    return [
        {
            "page": ancestor,
            "url": ancestor.get_url(request),
            "is_home": ancestor.pk == root_id,
        }
        for ancestor in ancestors
    ]


def _can_access_admin(user):
    return (
        user is not None
        and user.is_authenticated
        and user.has_perm("wagtailadmin.access_admin")
    )


@register.inclusion_tag("wagtail_nd43/includes/footer.html", takes_context=True)
def nd43_footer(context):
    """Every filled identity field (TT32-16.3c, ND43-10.1l).

    Editors who can use the admin also see which required fields are empty, with a
    link to the setting; the public never sees the notice.
    """
    request = context.get("request")
    site = _site(request)
    identity = _identity(request)
    missing = []
    edit_url = ""
    user = getattr(request, "user", None)
    if identity is not None and _can_access_admin(user):
        missing = identity.missing_fields()
        if missing:
            edit_url = reverse(
                "wagtailsettings:edit",
                args=["wagtail_nd43", "agencysettings", site.pk],
            )
    return {
        "request": request,
        "identity": identity,
        "missing": missing,
        "edit_url": edit_url,
    }


def _description(page):
    if not isinstance(page, Page):
        return ""
    text = page.search_description
    if not text:
        if isinstance(page, ArticlePageMixin):
            text = page.lead
        elif isinstance(page, ListingPageMixin | StandardPageMixin):
            text = page.intro
        elif isinstance(page, AgencyHomePageMixin):
            text = page.welcome
    return Truncator(" ".join((text or "").split())).chars(DESCRIPTION_LENGTH)


@register.simple_tag
def nd43_description(page):
    """The page's description for ``<meta name="description">``: its search
    description, else its lead, introduction or welcome text, shortened."""
    return _description(page)


def _date(page):
    if isinstance(page, ArticlePageMixin) and page.date:
        return page.date.isoformat()
    published = page.first_published_at or page.last_published_at
    if published:
        return timezone.localtime(published).date().isoformat()
    return ""


@register.inclusion_tag("wagtail_nd43/includes/dublin_core.html", takes_context=True)
def nd43_dublin_core(context, page, language="vi"):
    """Dublin Core metadata of ``page`` (Circular 24/2011/TT-BTTTT, Article 4)."""
    request = context.get("request")
    if not isinstance(page, Page):
        return {"elements": []}
    identity = _identity(request)
    agency = identity.full_name if identity is not None else ""
    creator = ""
    if isinstance(page, ArticlePageMixin):
        creator = page.author
    elements = [
        ("DC.title", page.seo_title or page.title),
        ("DC.creator", creator or agency),
        ("DC.subject", page.title),
        # Mandatory and never empty (TT24-5): a page nothing describes is
        # described by its title.
        ("DC.description", _description(page) or page.title),
        ("DC.publisher", agency),
        ("DC.date", _date(page)),
        ("DC.type", "Text"),
        ("DC.format", "text/html"),
        ("DC.identifier", absolute_page_url(page, request)),
        ("DC.language", language),
    ]
    # Page types with metadata of their own (legal documents) state it themselves.
    if hasattr(page, "dublin_core"):
        own = page.dublin_core(agency=agency)
        elements = [(name, own.pop(name, value)) for name, value in elements]
        elements += list(own.items())
    return {"elements": [(name, value) for name, value in elements if value]}


@register.inclusion_tag("wagtail_nd43/includes/text_size.html")
def nd43_text_size():
    """A-/A/A+ buttons; hidden until ``site.js`` runs, since they need it."""
    return {}


def _has_field(instance, name):
    try:
        instance._meta.get_field(name)
    except FieldDoesNotExist:
        return False
    return True


@register.simple_tag
def nd43_prefetch_renditions(pages, filter_spec, field="image"):
    """``{% nd43_prefetch_renditions items "fill-320x200" as rows %}``.

    Fetches, in one query, the renditions of ``filter_spec`` for the images of a list
    of pages (a queryset, a slice or a paginator page), so that ``{% image %}`` in a
    loop adds no query per row. Returns the pages as a list.
    """
    if isinstance(pages, PaginatorPage):
        pages.object_list = list(pages.object_list)
        rows = pages.object_list
    else:
        rows = list(pages)
    if not rows or not _has_field(rows[0], field):
        return rows
    Rendition = get_image_model().get_rendition_model()
    prefetch = Prefetch(
        f"{field}__renditions",
        queryset=Rendition.objects.filter(filter_spec=filter_spec),
    )
    prefetch_related_objects(rows, prefetch)
    return rows


@register.simple_tag(takes_context=True)
def nd43_captioned_table(context, value):
    """Render a :class:`~wagtail_nd43.blocks.CaptionedTableBlock` value as one
    ``<table>`` whose ``<caption>`` is the block's caption (TT32-18.1đ)."""
    table_block = value.block.child_blocks["table"]
    table = dict(value["table"] or {})
    table["table_caption"] = value["caption"]
    return table_block.render(table, context=context.flatten())


# ---- Banners, alerts, mourning and counters (issue 7) ---------------------------------

logger = logging.getLogger(__name__)


@register.inclusion_tag("wagtail_nd43/includes/banners.html", takes_context=True)
def nd43_banners(context, placement):
    """``{% nd43_banners "home-top" %}``: the banners of a placement.

    All placements of a page come from the cached site chrome (``chrome.py``).
    """
    from ..models.banners import placement_renditions
    from ..scheduling import for_request

    request = context.get("request")
    schedule = for_request(request)
    spec = placement_renditions().get(placement, "max-1200x400")
    banners = schedule.banners(placement)
    for banner in banners:
        if not hasattr(banner, "img"):  # the cached chrome rendered it already
            banner.img = banner.img_tag(spec, "nd43-banner__image")
    return {
        "request": request,
        "placement": placement,
        "banners": banners,
        "now": schedule.now,
    }


@register.inclusion_tag("wagtail_nd43/includes/site_alerts.html", takes_context=True)
def nd43_site_alert(context):
    """``{% nd43_site_alert %}``: the site's alerts, most severe first, and the
    mourning notice."""
    from ..scheduling import for_request

    request = context.get("request")
    schedule = for_request(request)
    return {
        "request": request,
        "alerts": schedule.alerts,
        "mourning_periods": schedule.mourning_periods,
        "now": schedule.now,
    }


@register.simple_tag(takes_context=True)
def nd43_mourning(context):
    """``{% nd43_mourning as mourning %}``: the mourning period in force, or None."""
    from ..scheduling import for_request

    return for_request(context.get("request")).mourning


@register.simple_tag(takes_context=True)
def nd43_view_count(context, page):
    """``{% nd43_view_count page as views %}``: all counted views of ``page``,
    including those not yet flushed from the cache."""
    from ..conf import nd43_settings
    from ..counting.display import figures

    if not isinstance(page, Page) or nd43_settings.COUNTER_MODE == "off":
        return None
    request = context.get("request")
    return figures(request, page, _site(request))["views"]


@register.inclusion_tag("wagtail_nd43/includes/visitor_box.html", takes_context=True)
def nd43_visitor_box(context):
    """Online now, today, this month, this year and in total."""
    from ..conf import nd43_settings
    from ..counting.display import figures

    request = context.get("request")
    site = _site(request)
    if site is None or nd43_settings.COUNTER_MODE == "off":
        return {"summary": None}
    page = context.get("page")
    page = page if isinstance(page, Page) else None
    return {"request": request, "summary": figures(request, page, site)["visits"]}


@register.inclusion_tag("wagtail_nd43/includes/counter_beacon.html", takes_context=True)
def nd43_counter_beacon(context):
    """In beacon mode, the data ``site.js`` needs to ask for this page view to be
    counted; nothing in server mode or in previews."""
    from ..conf import nd43_settings
    from ..counting.beacon import make_token

    request = context.get("request")
    page = context.get("page")
    site = _site(request)
    if (
        nd43_settings.COUNTER_MODE != "beacon"
        or not isinstance(page, Page)
        or site is None
        or getattr(request, "is_preview", False)
    ):
        return {"token": None}
    return {
        "url": reverse("wagtail_nd43:count"),
        "token": make_token(page.pk, site.pk),
    }


@register.simple_tag
def nd43_permission_label(permission, short=False):
    """A permission's name in the admin's language (see ``admin_labels``)."""
    from ..admin_labels import permission_label

    return permission_label(permission, short=short)
