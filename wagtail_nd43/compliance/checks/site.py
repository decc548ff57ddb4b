"""The evaluators of the checks on the site as a whole: its settings are filled,
a package setting is on, its address ends with the required domain.
"""

from django.utils.translation import gettext as _

from ...rulebook import (
    Domain,
    PackageSetting,
    SettingsFilled,
)
from ..registry import evaluates
from ..report import (
    MISSING,
    OK,
    Finding,
)
from .common import (
    evidence_hidden,
    evidence_page,
    filled_finding,
)


@evaluates(SettingsFilled)
def settings_filled(requirement, check, data):
    hidden = evidence_hidden(requirement, data)
    if hidden:
        return hidden
    instance = data.setting(check.model)
    what = f"“{instance._meta.verbose_name}”"
    links = {
        "evidence_url": data.public_url(evidence_page(requirement, data) or data.home),
        "admin_url": data.settings_url(check.model),
    }
    return filled_finding(requirement, instance, check.fields, what, links)


@evaluates(PackageSetting)
def package_setting(requirement, check, data):
    from ...conf import nd43_settings

    value = getattr(nd43_settings, check.name)
    setting = f"WAGTAIL_ND43_{check.name}"
    links = {
        "evidence_url": data.public_url(data.home),
        "admin_url": data.admin_url(check.admin_view) if check.admin_view else "",
    }
    if value in check.not_in:
        return Finding(
            requirement,
            MISSING,
            _(
                "The setting %(setting)s is “%(value)s”. Change it in the site's "
                "settings."
            )
            % {"setting": setting, "value": value},
            **links,
        )
    return Finding(
        requirement,
        OK,
        _("The setting %(setting)s is “%(value)s”.")
        % {"setting": setting, "value": value},
        **links,
    )


@evaluates(Domain)
def domain(requirement, check, data):
    hostname = data.site.hostname.lower().rstrip(".")
    links = {"admin_url": data.admin_url("wagtailsites:edit", data.site.pk)}
    if hostname.endswith(check.suffix):
        return Finding(
            requirement,
            OK,
            _("The site's address %(host)s ends with %(suffix)s.")
            % {"host": hostname, "suffix": check.suffix},
            **links,
        )
    return Finding(
        requirement,
        MISSING,
        _(
            "The site's address %(host)s does not end with %(suffix)s. Serve the "
            "portal under its %(suffix)s domain and set it on the site."
        )
        % {"host": hostname, "suffix": check.suffix},
        **links,
    )
