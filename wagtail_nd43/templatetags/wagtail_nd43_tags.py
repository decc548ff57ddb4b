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
from django.core.paginator import Page as PaginatorPage
from django.db.models import Prefetch, prefetch_related_objects
from django.urls import reverse
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from wagtail.images import get_image_model
from wagtail.images.models import Filter
from wagtail.models import Page, Site

from .. import chrome
from ..compliance.data import has_field
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


def _include(context, template_name, values):
    """``template_name`` rendered with ``values``, as an inclusion tag renders it
    (the engine's cached template, a new context keeping the autoescaping and the
    CSRF token)."""
    template = context.template.engine.get_template(template_name)
    new_context = context.new(values)
    csrf_token = context.get("csrf_token")
    if csrf_token is not None:
        new_context["csrf_token"] = csrf_token
    return template.render(new_context)


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


@register.simple_tag(takes_context=True)
def nd43_favicon(context):
    """``<link rel="icon">``: the identity's emblem or logo, 64×64 PNG; the
    package's default emblem when there is none (or its file is missing). Kept
    with the site chrome."""
    request = context.get("request")

    def render():
        identity = _identity(request)
        icon = None
        if identity is not None and identity.logo_id:
            try:
                icon = identity.logo.get_rendition(FAVICON_SPEC)
            except OSError:  # Wagtail's SourceImageIOError included
                logger.warning(
                    "The favicon could not be made from the agency's emblem."
                )
        return _include(context, "wagtail_nd43/includes/favicon.html", {"icon": icon})

    return chrome.fragment(request, "favicon", render)


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


@register.simple_tag(takes_context=True)
def nd43_header(context):
    """Emblem or logo, governing body and full name of the agency (TT32-16.3a).
    Kept with the site chrome."""
    request = context.get("request")

    def render():
        site = _site(request)
        home = chrome.for_request(request).home if site else None
        return _include(
            context,
            "wagtail_nd43/includes/header.html",
            {
                "request": request,
                "identity": _identity(request),
                "home_url": home["url"] if home else "/",
                "site_name": site.site_name if site else "",
            },
        )

    return chrome.fragment(request, "header", render)


def _current(page, candidate_id, candidate_path):
    """The ``aria-current`` value of a menu entry for ``page``: ``page`` when it is
    the entry, ``true`` when it lies inside the entry's section, else ``""``."""
    if page is None or not isinstance(page, Page):
        return ""
    if page.pk == candidate_id:
        return "page"
    if page.path.startswith(candidate_path):
        return "true"
    return ""


def _menu_marks(page, cached):
    """``(home mark, {entry index: mark})``: the ``aria-current`` values of the
    menu for ``page``, from the ids and paths of the cached entries."""
    if page is None or not isinstance(page, Page):
        return "", {}
    home = "page" if page.pk == cached.home_id else ""
    marks = {}
    for index, (entry_id, entry_path) in enumerate(cached.menu_places):
        current = _current(page, entry_id, entry_path)
        if current:
            marks[index] = current
    return home, marks


@register.simple_tag(takes_context=True)
def nd43_main_menu(context):
    """Home plus the live, public ``show_in_menus`` children of the site root.

    A plain list of links that wraps: it works without JavaScript. Kept with the
    site chrome, once for each entry the page can be in (``aria-current``); on a
    miss, one query whatever the number of entries (on PostgreSQL the
    ``(depth, path)`` index of migration 0002 finds the root's children without
    reading its descendants).
    """
    request = context.get("request")
    template = "wagtail_nd43/includes/main_menu.html"
    if _site(request) is None:
        return _include(context, template, {"request": request, "home": None})
    cached = chrome.for_request(request)
    home_mark, marks = _menu_marks(context.get("page"), cached)

    def render():
        items = [
            {**item, "current": marks.get(index, "")}
            for index, item in enumerate(cached.menu)
        ]
        home = {**cached.home, "current": home_mark}
        return _include(
            context, template, {"request": request, "home": home, "items": items}
        )

    vary = f"{home_mark}:{sorted(marks.items())}"
    return chrome.fragment(request, "menu", render, vary)


@register.inclusion_tag("wagtail_nd43/includes/breadcrumbs.html", takes_context=True)
def nd43_breadcrumbs(context, page):
    """The path from the site's home page down to ``page``: from the pages the
    routing passed through when it found ``page``, else from the trail cached
    with the site chrome (on a miss, one query)."""
    request = context.get("request")
    crumbs = []
    if isinstance(page, Page) and page.depth > 1:
        site = _site(request)
        if site is None or page.pk != site.root_page_id:
            crumbs = _routed_trail(request, site, page)
            if crumbs is None:
                parent_path = page.path[: -Page.steplen]
                crumbs = chrome.cached(
                    request,
                    site,
                    f"crumbs:{parent_path}",
                    lambda: _trail(request, site, page),
                )
    return {"request": request, "page": page, "crumbs": crumbs}


def _crumbs(request, site, ancestors):
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


def _routed_trail(request, site, page):
    """The trail from the parents the routing kept on ``page`` (Wagtail sets
    ``_cached_parent_obj`` on each page it passes), or ``None`` when the chain
    stops before the site's home page or the top of the tree."""
    root_id = site.root_page_id if site else None
    ancestors = []
    current = page
    while current.depth > 2 and current.pk != root_id:
        parent = current.__dict__.get("_cached_parent_obj")
        if parent is None or parent.depth != current.depth - 1:
            return None
        ancestors.append(parent)
        current = parent
    return _crumbs(request, site, ancestors[::-1])


def _trail(request, site, page):
    ancestors = list(
        Page.objects.ancestor_of(page).filter(depth__gt=1).order_by("depth")
    )
    return _crumbs(request, site, ancestors)


def _can_access_admin(user):
    return (
        user is not None
        and user.is_authenticated
        and user.has_perm("wagtailadmin.access_admin")
    )


#: Where the footer kept with the chrome takes this page's visitor box.
VISITOR_BOX_SLOT = "<!--nd43:visitor-box-->"
_SLOT_FLAG = "_nd43_visitor_box_slot"


@register.simple_tag(takes_context=True)
def nd43_footer(context):
    """Every filled identity field (TT32-16.3c, ND43-10.1l).

    Editors who can use the admin also see which required fields are empty, with a
    link to the setting; the public never sees the notice. The public footer is
    kept with the site chrome; its visitor box is filled in for each page.
    """
    request = context.get("request")
    site = _site(request)
    identity = _identity(request)
    template = "wagtail_nd43/includes/footer.html"
    values = {"request": request, "identity": identity, "missing": [], "edit_url": ""}
    user = getattr(request, "user", None)
    if identity is not None and _can_access_admin(user):
        values["missing"] = identity.missing_fields()
        if values["missing"]:
            values["edit_url"] = reverse(
                "wagtailsettings:edit",
                args=["wagtail_nd43", "agencysettings", site.pk],
            )
            return _include(context, template, values)
    html = chrome.fragment(
        request,
        "footer",
        lambda: _include(context, template, {**values, _SLOT_FLAG: True}),
    )
    if VISITOR_BOX_SLOT in html:
        html = mark_safe(  # noqa: S308 - both parts are rendered templates
            html.replace(
                VISITOR_BOX_SLOT, nd43_visitor_box(context.new({"request": request}))
            )
        )
    return html


class ChromeFragmentNode(template.Node):
    def __init__(self, name, vary, nodelist):
        self.name = name
        self.vary = vary
        self.nodelist = nodelist

    def render(self, context):
        name = self.name.resolve(context)
        vary = ":".join(str(value.resolve(context)) for value in self.vary)
        return chrome.fragment(
            context.get("request"),
            f"block:{name}",
            lambda: self.nodelist.render(context),
            vary,
        )


@register.tag
def nd43_chrome_fragment(parser, token):
    """``{% nd43_chrome_fragment "home-news" page.pk %}…{% endnd43_chrome_fragment %}``

    The enclosed HTML, kept with the site chrome under the name and the values
    after it, and renewed with it: for parts that show only published pages (and
    the chrome itself), such as the newest articles of the home page. Nothing per
    visitor (forms, counters, the user) may go inside.
    """
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError(f"{bits[0]} needs a name")
    nodelist = parser.parse(("endnd43_chrome_fragment",))
    parser.delete_first_token()
    return ChromeFragmentNode(
        parser.compile_filter(bits[1]),
        [parser.compile_filter(bit) for bit in bits[2:]],
        nodelist,
    )


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
def nd43_dublin_core(context, page, language="vi", description=None, url=None):
    """Dublin Core metadata of ``page`` (Circular 24/2011/TT-BTTTT, Article 4).

    ``description`` and ``url``: the page's description and absolute address when
    the template has them already (``base.html`` shows both itself)."""
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
        (
            "DC.description",
            (_description(page) if description is None else description) or page.title,
        ),
        ("DC.publisher", agency),
        ("DC.date", _date(page)),
        ("DC.type", "Text"),
        ("DC.format", "text/html"),
        ("DC.identifier", absolute_page_url(page, request) if url is None else url),
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


@register.simple_tag
def nd43_prefetch_renditions(pages, filter_spec, field="image"):
    """``{% nd43_prefetch_renditions items "fill-{160x100,320x200} format-{webp,jpeg}" as rows %}``.

    Fetches, in one query, the renditions of ``filter_spec`` for the images of a list
    of pages (a queryset, a slice or a paginator page), so that ``{% image %}``,
    ``{% srcset_image %}`` or ``{% picture %}`` in a loop adds no query per row.
    ``filter_spec`` is written as in those tags (brace expansions, space- or
    pipe-separated operations): every rendition they ask for is fetched. Returns the
    pages as a list.
    """
    if isinstance(pages, PaginatorPage):
        pages.object_list = list(pages.object_list)
        rows = pages.object_list
    else:
        rows = list(pages)
    if not rows or not has_field(rows[0], field):
        return rows
    Rendition = get_image_model().get_rendition_model()
    prefetch = Prefetch(
        f"{field}__renditions",
        queryset=Rendition.objects.filter(
            filter_spec__in=Filter.expand_spec(filter_spec)
        ),
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


def _schedule_vary(items, now):
    """What the notices or banners kept with the chrome depend on besides the
    chrome: which items the page shows, and which of them are still hidden."""
    return ",".join(
        f"{item.pk}{'h' if item.start_at and item.start_at > now else ''}"
        for item in items
    )


@register.simple_tag(takes_context=True)
def nd43_banners(context, placement):
    """``{% nd43_banners "home-top" %}``: the banners of a placement.

    All placements of a page come from the cached site chrome (``chrome.py``), and
    their HTML is kept with it.
    """
    from ..models.banners import placement_renditions
    from ..scheduling import for_request

    request = context.get("request")
    schedule = for_request(request)
    banners = schedule.banners(placement)

    def render():
        spec = placement_renditions().get(placement, "max-1200x400")
        for banner in banners:
            if not hasattr(banner, "img"):  # the cached chrome rendered it already
                banner.img = banner.img_tag(spec, "nd43-banner__image")
        return _include(
            context,
            "wagtail_nd43/includes/banners.html",
            {
                "request": request,
                "placement": placement,
                "banners": banners,
                "now": schedule.now,
            },
        )

    vary = f"{placement}:{_schedule_vary(banners, schedule.now)}"
    return chrome.fragment(request, "banners", render, vary)


@register.simple_tag(takes_context=True)
def nd43_site_alert(context):
    """``{% nd43_site_alert %}``: the site's alerts, most severe first, and the
    mourning notice. Their HTML is kept with the site chrome."""
    from ..scheduling import for_request

    request = context.get("request")
    schedule = for_request(request)
    alerts = schedule.alerts
    periods = schedule.mourning_periods

    def render():
        return _include(
            context,
            "wagtail_nd43/includes/site_alerts.html",
            {
                "request": request,
                "alerts": alerts,
                "mourning_periods": periods,
                "now": schedule.now,
            },
        )

    vary = (
        f"{_schedule_vary(periods, schedule.now)}:"
        f"{_schedule_vary(alerts, schedule.now)}"
    )
    return chrome.fragment(request, "notices", render, vary)


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


@register.simple_tag(takes_context=True)
def nd43_visitor_box(context):
    """Online now, today, this month, this year and in total."""
    from ..conf import nd43_settings
    from ..counting.display import figures

    if context.get(_SLOT_FLAG):  # the footer kept with the chrome
        return mark_safe(VISITOR_BOX_SLOT)  # noqa: S308 - a constant
    request = context.get("request")
    site = _site(request)
    template = "wagtail_nd43/includes/visitor_box.html"
    if site is None or nd43_settings.COUNTER_MODE == "off":
        return _include(context, template, {"summary": None})
    page = context.get("page")
    page = page if isinstance(page, Page) else None
    summary = figures(request, page, site)["visits"]
    return _include(context, template, {"request": request, "summary": summary})


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
