"""Registrations only; the behaviour lives in the modules named here."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet

from . import (
    admin_urls,
    agencies,
    counter_admin_urls,
    counter_menu,
    frontend_cache,
    protection,
    public_input,
    slugs,
)
from .counting.recorder import count_served_page
from .participation import hooks as participation_hooks
from .views.compliance import (
    CompliancePanel,
    can_view_compliance,
    compliance_admin_css,
)
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


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path(
            "nd43/compliance/",
            include(admin_urls, namespace="wagtail_nd43_compliance"),
        )
    ]


class ComplianceMenuItem(MenuItem):
    def is_shown(self, request):
        return can_view_compliance(request.user)


hooks.register("insert_global_admin_css", compliance_admin_css)


@hooks.register("register_reports_menu_item")
def register_compliance_report_menu_item():
    return ComplianceMenuItem(
        _("Compliance with the decree"),
        reverse("wagtail_nd43_compliance:report"),
        name="nd43-compliance",
        icon_name="tasks",
        order=50,
    )


class ProvinceOverviewMenuItem(MenuItem):
    def is_shown(self, request):
        return can_view_overview(request.user)


@hooks.register("register_reports_menu_item")
def register_province_overview_menu_item():
    return ProvinceOverviewMenuItem(
        _("Province overview"),
        reverse("wagtail_nd43_compliance:overview"),
        name="nd43-province-overview",
        icon_name="site",
        order=51,
    )


# Counters (issue 7): count pages Django serves, after Wagtail's privacy check.
# Before anything reads the request: 405 for other methods, cleaned GET (issue 16).
hooks.register("before_serve_page", public_input.serve_page_hook, order=-100)
hooks.register("before_serve_page", count_served_page, order=10)
hooks.register("before_serve_page", frontend_cache.note_served_page)
hooks.register("register_reports_menu_item", counter_menu.most_viewed_menu_item)
hooks.register("register_reports_menu_item", counter_menu.visits_menu_item)


@hooks.register("register_admin_urls")
def register_counter_report_urls():
    return [path("nd43-counters/", include(counter_admin_urls))]


# Public participation (issue 6): questions, comments, personal data.
@hooks.register("register_admin_viewset")
def register_participation_viewsets():
    from .participation.admin import ParticipationViewSetGroup

    return ParticipationViewSetGroup()


hooks.register("after_create_page", participation_hooks.warn_short_consultation)
hooks.register("after_edit_page", participation_hooks.warn_short_consultation)


@hooks.register("register_admin_urls")
def register_personal_data_urls():
    from .participation import admin_urls as participation_admin_urls

    return [
        path(
            "nd43/personal-data/",
            include(participation_admin_urls, namespace="wagtail_nd43_participation"),
        )
    ]


class PersonalDataMenuItem(MenuItem):
    def is_shown(self, request):
        from .participation.admin_views import can_manage_personal_data

        return can_manage_personal_data(request.user)


@hooks.register("register_settings_menu_item")
def register_personal_data_menu_item():
    return PersonalDataMenuItem(
        _("Personal data of submitters"),
        reverse("wagtail_nd43_participation:personal_data"),
        name="nd43-personal-data",
        icon_name="user",
        order=900,
    )
