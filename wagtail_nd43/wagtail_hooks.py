"""Registrations only; the behaviour lives in the modules named here."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet

from . import (
    admin_urls,
    agencies,
    frontend_cache,
    protection,
    public_input,
    slugs,
)
from .counting.recorder import count_served_page
from .participation import hooks as participation_hooks
from .participation.admin_views import can_manage_personal_data
from .views.compliance import (
    CompliancePanel,
    can_view_compliance,
    compliance_admin_css,
)
from .views.counter_reports import can_view_counters
from .views.identity import IdentityPanel
from .views.province import can_view_overview
from .viewsets import Nd43SnippetGroup


register_snippet(Nd43SnippetGroup)


hooks.register("before_create_page", slugs.fill_new_page_slug)
hooks.register("before_delete_page", protection.before_delete_page)
hooks.register("before_move_page", protection.before_move_page)
hooks.register("before_copy_page", protection.before_copy_page)
hooks.register("before_unpublish_page", protection.before_unpublish_page)
hooks.register("before_bulk_action", protection.before_bulk_action)
# Several agency sites (issue 20): no bulk action on another agency's items.
hooks.register("before_bulk_action", agencies.refuse_bulk_action_on_other_sites)


@hooks.register("construct_homepage_panels")
def add_identity_panel(request, panels):
    panels.append(IdentityPanel(request))


@hooks.register("construct_homepage_panels")
def add_compliance_panel(request, panels):
    panels.append(CompliancePanel(request))


hooks.register("insert_global_admin_css", compliance_admin_css)


# Counters (issue 7): count pages Django serves, after Wagtail's privacy check.
# Before anything reads the request: 405 for other methods, cleaned GET (issue 16).
hooks.register("before_serve_page", public_input.serve_page_hook, order=-100)
hooks.register("before_serve_page", count_served_page, order=10)
hooks.register("before_serve_page", frontend_cache.note_served_page)


# Public participation (issue 6): questions, comments, personal data.
@hooks.register("register_admin_viewset")
def register_participation_viewsets():
    from .participation.admin import ParticipationViewSetGroup

    return ParticipationViewSetGroup()


hooks.register("after_create_page", participation_hooks.warn_short_consultation)
hooks.register("after_edit_page", participation_hooks.warn_short_consultation)


# The package's admin screens: one URL namespace, one place for their menu items.
@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path("nd43/", include(admin_urls, namespace="wagtail_nd43_admin")),
        *admin_urls.legacy_urlpatterns,
    ]


class Nd43MenuItem(MenuItem):
    """A menu item shown to the users ``shown_to(user)`` lets in; each view checks
    the same permission again in ``dispatch()``."""

    def __init__(self, label, url, *, shown_to, **kwargs):
        super().__init__(label, url, **kwargs)
        self.shown_to = shown_to

    def is_shown(self, request):
        return self.shown_to(request.user)


@hooks.register("register_reports_menu_item")
def register_compliance_report_menu_item():
    return Nd43MenuItem(
        _("Compliance with the decree"),
        reverse("wagtail_nd43_admin:report"),
        shown_to=can_view_compliance,
        name="nd43-compliance",
        icon_name="tasks",
        order=50,
    )


@hooks.register("register_reports_menu_item")
def register_province_overview_menu_item():
    return Nd43MenuItem(
        _("Province overview"),
        reverse("wagtail_nd43_admin:overview"),
        shown_to=can_view_overview,
        name="nd43-province-overview",
        icon_name="site",
        order=51,
    )


@hooks.register("register_reports_menu_item")
def register_most_viewed_menu_item():
    return Nd43MenuItem(
        _("Most viewed pages"),
        reverse("wagtail_nd43_admin:most_viewed"),
        shown_to=can_view_counters,
        name="nd43-most-viewed",
        icon_name="view",
        order=1100,
    )


@hooks.register("register_reports_menu_item")
def register_visits_menu_item():
    return Nd43MenuItem(
        _("Site visits"),
        reverse("wagtail_nd43_admin:visits"),
        shown_to=can_view_counters,
        name="nd43-visits",
        icon_name="user",
        order=1101,
    )


@hooks.register("register_settings_menu_item")
def register_personal_data_menu_item():
    return Nd43MenuItem(
        _("Personal data of submitters"),
        reverse("wagtail_nd43_admin:personal_data"),
        shown_to=can_manage_personal_data,
        name="nd43-personal-data",
        icon_name="user",
        order=900,
    )
