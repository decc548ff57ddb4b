"""System checks for what the package needs from the host project."""

from django.conf import settings
from django.core.checks import Warning, register
from django.utils.translation import gettext_lazy as _


REQUIRED_APPS = (
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.table_block",
)


@register()
def check_installed_apps(app_configs, **kwargs):
    errors = []
    for app in REQUIRED_APPS:
        if app not in settings.INSTALLED_APPS:
            errors.append(
                Warning(
                    _("%(app)s is not in INSTALLED_APPS.") % {"app": app},
                    hint=_("wagtail_nd43 needs it; see the README's install steps."),
                    id="wagtail_nd43.W001",
                )
            )
    processors = [
        p
        for engine in settings.TEMPLATES
        for p in engine.get("OPTIONS", {}).get("context_processors", [])
    ]
    if "wagtail.contrib.settings.context_processors.settings" not in processors:
        errors.append(
            Warning(
                _("The Wagtail settings context processor is not enabled."),
                hint=_(
                    "Add 'wagtail.contrib.settings.context_processors.settings' to "
                    "TEMPLATES OPTIONS context_processors."
                ),
                id="wagtail_nd43.W002",
            )
        )
    return errors
