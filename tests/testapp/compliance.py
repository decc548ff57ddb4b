"""The evaluator of the province's own check kind (``profiles.OfficialEmail``):
registered against the class, as the package registers its own."""

from wagtail_nd43.compliance import MISSING, OK, Finding, evaluates

from .profiles import OfficialEmail


@evaluates(OfficialEmail)
def official_email(requirement, check, data):
    identity = data.setting("wagtail_nd43.AgencySettings")
    links = {"admin_url": data.settings_url("wagtail_nd43.AgencySettings")}
    email = identity.email.strip().lower()
    if email.rpartition("@")[2] == check.domain:
        return Finding(requirement, OK, f"The agency writes from {email}.", **links)
    return Finding(
        requirement,
        MISSING,
        f"Give the agency identity an address on {check.domain}.",
        **links,
    )
