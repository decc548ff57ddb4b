"""The agency's identity on every page: header, footer, favicon (TT32-16.3)."""

import logging

from django.urls import reverse
from django.utils.safestring import mark_safe

from .. import chrome
from . import identity_of, include, register, site_of
from .counters import SLOT_FLAG, VISITOR_BOX_SLOT, nd43_visitor_box


logger = logging.getLogger(__name__)


@register.simple_tag(takes_context=True)
def nd43_identity(context):
    """``{% nd43_identity as identity %}``: the site's :class:`AgencySettings`."""
    return identity_of(context.get("request"))


#: Rendition of the identity's emblem used as the favicon.
FAVICON_SPEC = "fill-64x64|format-png"


@register.simple_tag(takes_context=True)
def nd43_favicon(context):
    """``<link rel="icon">``: the identity's emblem or logo, 64×64 PNG; the
    package's default emblem when there is none (or its file is missing). Kept
    with the site chrome."""
    request = context.get("request")

    def render():
        identity = identity_of(request)
        icon = None
        if identity is not None and identity.logo_id:
            try:
                icon = identity.logo.get_rendition(FAVICON_SPEC)
            except OSError:  # Wagtail's SourceImageIOError included
                logger.warning(
                    "The favicon could not be made from the agency's emblem."
                )
        return include(context, "wagtail_nd43/includes/favicon.html", {"icon": icon})

    return chrome.fragment(request, "favicon", render)


@register.simple_tag(takes_context=True)
def nd43_header(context):
    """Emblem or logo, governing body and full name of the agency (TT32-16.3a).
    Kept with the site chrome."""
    request = context.get("request")

    def render():
        site = site_of(request)
        home = chrome.for_request(request).home if site else None
        return include(
            context,
            "wagtail_nd43/includes/header.html",
            {
                "request": request,
                "identity": identity_of(request),
                "home_url": home["url"] if home else "/",
                "site_name": site.site_name if site else "",
            },
        )

    return chrome.fragment(request, "header", render)


def _can_access_admin(user):
    return (
        user is not None
        and user.is_authenticated
        and user.has_perm("wagtailadmin.access_admin")
    )


@register.simple_tag(takes_context=True)
def nd43_footer(context):
    """Every filled identity field (TT32-16.3c, ND43-10.1l).

    Editors who can use the admin also see which required fields are empty, with a
    link to the setting; the public never sees the notice. The public footer is
    kept with the site chrome; its visitor box is filled in for each page.
    """
    request = context.get("request")
    site = site_of(request)
    identity = identity_of(request)
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
            return include(context, template, values)
    html = chrome.fragment(
        request,
        "footer",
        lambda: include(context, template, {**values, SLOT_FLAG: True}),
    )
    if VISITOR_BOX_SLOT in html:
        html = mark_safe(  # noqa: S308 - both parts are rendered templates
            html.replace(
                VISITOR_BOX_SLOT, nd43_visitor_box(context.new({"request": request}))
            )
        )
    return html
