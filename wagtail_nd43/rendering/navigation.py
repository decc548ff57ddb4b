"""Where the visitor is: the main menu, the breadcrumbs, the page of a type."""

from django.apps import apps
from wagtail.models import Page

from .. import chrome
from ..visibility import public
from . import include, register, site_of


@register.simple_tag(takes_context=True)
def nd43_section(context, model_label):
    """``{% nd43_section "wagtail_nd43.OnlineServicesPage" as services %}``.

    The first live, public page of a type in the current site, found by type (never
    by slug or title), or ``None``. From the cached site chrome; on a miss, one
    query.
    """
    request = context.get("request")
    site = site_of(request)
    if site is None:
        return None

    def first():
        model = apps.get_model(model_label)
        pages = model.objects.descendant_of(site.root_page, inclusive=True).live()
        return public(pages, request).order_by("path").first()

    return chrome.cached(request, site, f"section:{model_label}", first)


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
    if site_of(request) is None:
        return include(context, template, {"request": request, "home": None})
    cached = chrome.for_request(request)
    home_mark, marks = _menu_marks(context.get("page"), cached)

    def render():
        items = [
            {**item, "current": marks.get(index, "")}
            for index, item in enumerate(cached.menu)
        ]
        home = {**cached.home, "current": home_mark}
        return include(
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
        site = site_of(request)
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
