"""Banners, alerts and mourning (issue 7), as the schedule of the request has them
(``scheduling.py``); their HTML is kept with the site chrome."""

from .. import chrome
from . import include, register


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
        return include(
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
        return include(
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
