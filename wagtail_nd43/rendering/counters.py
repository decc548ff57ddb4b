"""The view and visit counters (issue 7) on public pages."""

from django.urls import reverse
from django.utils.safestring import mark_safe
from wagtail.models import Page

from . import include, register, site_of


#: Where the footer kept with the chrome takes this page's visitor box.
VISITOR_BOX_SLOT = "<!--nd43:visitor-box-->"
SLOT_FLAG = "_nd43_visitor_box_slot"


@register.simple_tag(takes_context=True)
def nd43_view_count(context, page):
    """``{% nd43_view_count page as views %}``: all counted views of ``page``,
    including those not yet flushed from the cache."""
    from ..conf import nd43_settings
    from ..counting.display import figures

    if not isinstance(page, Page) or nd43_settings.COUNTER_MODE == "off":
        return None
    request = context.get("request")
    return figures(request, page, site_of(request))["views"]


@register.simple_tag(takes_context=True)
def nd43_visitor_box(context):
    """Online now, today, this month, this year and in total."""
    from ..conf import nd43_settings
    from ..counting.display import figures

    if context.get(SLOT_FLAG):  # the footer kept with the chrome
        return mark_safe(VISITOR_BOX_SLOT)  # noqa: S308 - a constant
    request = context.get("request")
    site = site_of(request)
    template = "wagtail_nd43/includes/visitor_box.html"
    if site is None or nd43_settings.COUNTER_MODE == "off":
        return include(context, template, {"summary": None})
    page = context.get("page")
    page = page if isinstance(page, Page) else None
    summary = figures(request, page, site)["visits"]
    return include(context, template, {"request": request, "summary": summary})


@register.inclusion_tag("wagtail_nd43/includes/counter_beacon.html", takes_context=True)
def nd43_counter_beacon(context):
    """In beacon mode, the data ``site.js`` needs to ask for this page view to be
    counted; nothing in server mode or in previews."""
    from ..conf import nd43_settings
    from ..counting.beacon import make_token

    request = context.get("request")
    page = context.get("page")
    site = site_of(request)
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
