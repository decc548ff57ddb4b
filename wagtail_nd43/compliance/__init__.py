"""The compliance checker: evaluates a site against its regulation profile.

``evaluate(site)`` returns a :class:`Report` with one :class:`Finding` per
requirement that applies to the site's profile and agency level. Evaluators are
generic per check kind (one per rulebook ``Check`` class, registered with
:func:`evaluates`), so a requirement added to the rulebook is checked without
code. The number of queries depends on the number of page types and requirements,
never on the number of pages.
"""

from django.utils.translation import gettext as _

from ..rulebook import ABOLISHED_LEVELS, get_profile
from . import checks  # noqa: F401  (registers the evaluators of the package's kinds)
from .data import SiteData
from .registry import evaluates, evaluator_for
from .report import (
    EMPTY,
    FAIL_LEVELS,
    FAILING,
    INCOMPLETE,
    LATE,
    MISSING,
    NOT_EVALUATED,
    OK,
    STALE,
    STATUSES,
    Finding,
    Report,
)


__all__ = [
    "EMPTY",
    "FAILING",
    "FAIL_LEVELS",
    "INCOMPLETE",
    "LATE",
    "MISSING",
    "NOT_EVALUATED",
    "OK",
    "STALE",
    "STATUSES",
    "Finding",
    "Report",
    "evaluate",
    "evaluates",
    "evaluator_for",
]


def evaluate(site, profile=None, today=None):
    """Check ``site`` against ``profile`` (a name or a Profile; default: the one in
    the site's agency identity) at the agency level of its identity setting."""
    from ..conf import nd43_settings

    data = SiteData(site, None, None, today=today)
    identity = data.setting("wagtail_nd43.AgencySettings")
    if profile is None:
        profile = identity.profile or nd43_settings.DEFAULT_PROFILE
    if isinstance(profile, str):
        profile = get_profile(profile)
    data.profile = profile
    data.level = identity.level
    findings = []
    for requirement in profile.requirements_for(data.level, on=data.today):
        check = requirement.check
        if check is None:
            findings.append(
                Finding(
                    requirement,
                    NOT_EVALUATED,
                    _(
                        "Not checked automatically: the package meets it by design "
                        "or it needs a person to check it."
                    ),
                )
            )
            continue
        findings.append(evaluator_for(check)(requirement, check, data))
    return Report(
        site=site,
        profile=profile,
        level=data.level,
        findings=findings,
        notes=level_notes(data.level, data.today),
    )


def level_notes(level, today):
    """What the report says about the agency level itself (e.g. abolished)."""
    ended = ABOLISHED_LEVELS.get(level)
    if ended is None or today < ended:
        return []
    return [
        _(
            "The agency level “%(level)s” no longer exists since %(date)s (two-tier "
            "local government). Set the level of the agency identity to the "
            "commune (ubnd-xa) or the province (ubnd-tinh) that took over, then run "
            "manage.py nd43_scaffold again to add the sections of that level."
        )
        % {"level": level, "date": ended.strftime("%d/%m/%Y")}
    ]
