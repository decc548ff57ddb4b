"""System checks: is the Vietnamese admin wired up so that it actually applies?"""

from django.apps import apps
from django.conf import settings
from django.core.checks import Tags, Warning, register
from django.utils import formats
from django.utils.translation import gettext_lazy as _

from . import FORMAT_MODULE, JAVASCRIPT_LOCALE_DIR, PERMITTED_LANGUAGES


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


def admin_languages():
    """The language codes the admin can be shown in: those editors may choose
    (``WAGTAILADMIN_PERMITTED_LANGUAGES``, by default Wagtail's provided list) and
    the server's ``LANGUAGE_CODE``. ``LANGUAGES`` is the site's, not the admin's."""
    from wagtail.admin.localization import get_available_admin_languages

    codes = [code for code, _name in get_available_admin_languages()]
    if settings.LANGUAGE_CODE not in codes:
        codes.insert(0, settings.LANGUAGE_CODE)
    return codes


@register()
def check_date_input_formats(app_configs, **kwargs):
    """A date the admin widget writes must be read back as the same date, in every
    language the admin can be shown in (one warning for all of them).

    Wagtail's own check (wagtailadmin.E003) only runs while the USE_L10N setting,
    removed in Django 5.0, is set.
    """
    misread = {}
    for code in admin_languages():
        for wagtail_setting, input_setting in WIDGET_FORMATS:
            value = getattr(settings, wagtail_setting, None)
            if value is not None and value not in formats.get_format(
                input_setting, lang=code
            ):
                misread.setdefault(code, []).append(wagtail_setting)
    if not misread:
        return []
    return [
        Warning(
            _(
                "The admin's date pickers write %(formats)s, which the input formats "
                "of %(languages)s do not read: dates typed in the admin in these "
                "languages are misread or refused."
            )
            % {
                "formats": ", ".join(
                    f"{name} = {getattr(settings, name)!r}"
                    for name in sorted({s for names in misread.values() for s in names})
                ),
                "languages": ", ".join(misread),
            },
            hint=_(
                "Set FORMAT_MODULE_PATH = [%(module)r] (day-first input formats for "
                "vi and en), and limit WAGTAILADMIN_PERMITTED_LANGUAGES to the "
                "languages your editors use."
            )
            % {"module": FORMAT_MODULE},
            id="wagtail_nd43_vi_admin.W003",
        )
    ]


@register()
def check_vietnamese_is_an_admin_language(app_configs, **kwargs):
    """Editors choose their admin language among WAGTAILADMIN_PERMITTED_LANGUAGES;
    Wagtail's default list leaves out ``vi`` (its own catalogue is too incomplete)."""
    from wagtail.admin.localization import get_available_admin_languages

    if "vi" in dict(get_available_admin_languages()):
        return []
    return [
        Warning(
            _(
                "Editors cannot choose Vietnamese in their account: “vi” is not in "
                "WAGTAILADMIN_PERMITTED_LANGUAGES (by default Wagtail's own list, "
                "which leaves it out)."
            ),
            hint=_(
                "Set WAGTAILADMIN_PERMITTED_LANGUAGES = %(value)r, adding the other "
                "languages your editors use."
            )
            % {"value": PERMITTED_LANGUAGES},
            id="wagtail_nd43_vi_admin.W004",
        )
    ]


#: Below this share of the installed Wagtail's admin messages translated, W005.
MINIMUM_COVERAGE = 0.99


def coverage_warnings():
    from .coverage import measure

    coverage = measure("vi")
    if coverage.share >= MINIMUM_COVERAGE:
        return []
    import wagtail

    return [
        Warning(
            _(
                "Only %(share).1f%% of the messages of the installed Wagtail "
                "%(version)s admin have a Vietnamese translation (%(missing)d "
                "missing); editors see English there."
            )
            % {
                "share": 100 * coverage.share,
                "version": wagtail.__version__,
                "missing": len(coverage.missing),
            },
            hint=_(
                "Upgrade wagtail-nd43, or run manage.py nd43_vi_coverage for the "
                "list of missing messages. Check the settings of "
                "docs/how-to/vietnamese-admin.md too: without them the figure drops."
            ),
            id="wagtail_nd43_vi_admin.W005",
        )
    ]


#: The ``databases`` list of the check run in which
#: :func:`check_coverage_after_upgrade` measured. Django passes one list object to
#: every check of a run (since Django 6.1 even without ``--database``), so the
#: deploy check can tell that W005 was already given in this run.
_measured_in_run = None


@register(Tags.database)
def check_coverage_after_upgrade(app_configs, databases=None, **kwargs):
    """W005, with ``migrate`` (run after every Wagtail upgrade) and
    ``check --database``: measuring reads every Wagtail catalogue (1–2 s), too slow
    for every management command."""
    global _measured_in_run
    if not databases:
        return []
    _measured_in_run = databases
    return coverage_warnings()


@register(deploy=True)
def check_coverage_before_deploy(app_configs, databases=None, **kwargs):
    """W005 with ``check --deploy`` (once, when ``--database`` is given too: Django
    runs the database checks first)."""
    if databases is not None and databases is _measured_in_run:
        return []
    return coverage_warnings()
