"""System checks: is the Vietnamese admin wired up so that it actually applies?"""

from django.apps import apps
from django.conf import settings
from django.core.checks import Warning, register
from django.utils import formats
from django.utils.translation import gettext_lazy as _

from . import FORMAT_MODULE, JAVASCRIPT_LOCALE_DIR


APP_NAME = "wagtail_nd43.vi_admin"
WIDGET_FORMATS = (
    ("WAGTAIL_DATE_FORMAT", "DATE_INPUT_FORMATS"),
    ("WAGTAIL_DATETIME_FORMAT", "DATETIME_INPUT_FORMATS"),
    ("WAGTAIL_TIME_FORMAT", "TIME_INPUT_FORMATS"),
)


@register()
def check_catalogue_precedence(app_configs, **kwargs):
    """Django merges app catalogues so that the app listed first wins."""
    names = [config.name for config in apps.get_app_configs()]
    position = names.index(APP_NAME)
    later = [n for n in names[:position] if n == "wagtail" or n.startswith("wagtail.")]
    if later:
        return [
            Warning(
                _(
                    "%(app)s is listed after %(wagtail_apps)s in INSTALLED_APPS, so "
                    "Wagtail's own Vietnamese wins where both translate a message."
                )
                % {"app": APP_NAME, "wagtail_apps": ", ".join(later)},
                hint=_("List %(app)s before every wagtail.* app.") % {"app": APP_NAME},
                id="wagtail_nd43_vi_admin.W001",
            )
        ]
    return []


@register()
def check_javascript_catalogue(app_configs, **kwargs):
    """Wagtail's admin JavaScript catalogue reads wagtail.admin and LOCALE_PATHS only."""
    if JAVASCRIPT_LOCALE_DIR not in [str(path) for path in settings.LOCALE_PATHS]:
        return [
            Warning(
                _(
                    "The Vietnamese catalogue of the admin's JavaScript is not used: "
                    "its directory is not in LOCALE_PATHS."
                ),
                hint=_(
                    "Add wagtail_nd43.vi_admin.JAVASCRIPT_LOCALE_DIR to LOCALE_PATHS "
                    "(after the project's own directories)."
                ),
                id="wagtail_nd43_vi_admin.W002",
            )
        ]
    return []


@register()
def check_date_input_formats(app_configs, **kwargs):
    """A date the admin widget writes must be read back as the same date.

    Wagtail's own check (wagtailadmin.E003) only runs while the USE_L10N setting,
    removed in Django 5.0, is set.
    """
    errors = []
    for code, _name in settings.LANGUAGES:
        for wagtail_setting, input_setting in WIDGET_FORMATS:
            value = getattr(settings, wagtail_setting, None)
            if value is None:
                continue
            if value not in formats.get_format(input_setting, lang=code):
                errors.append(
                    Warning(
                        _(
                            "%(setting)s = %(value)r is not among the %(inputs)s of "
                            "language %(language)s: dates typed in the admin are "
                            "misread or refused."
                        )
                        % {
                            "setting": wagtail_setting,
                            "value": value,
                            "inputs": input_setting,
                            "language": code,
                        },
                        hint=_("Set FORMAT_MODULE_PATH = [%(module)r].")
                        % {"module": FORMAT_MODULE},
                        id="wagtail_nd43_vi_admin.W003",
                    )
                )
    return errors
