"""Dashboard panel telling editors which identity fields the law needs are empty."""

from django.urls import reverse
from django.utils.functional import cached_property

from ..models import AgencySettings, agency_sites
from .base import DashboardPanel
from .compliance import within_reach


class IdentityPanel(DashboardPanel):
    """Shown while the identity of an agency site the user reaches lacks a field
    the law needs; another agency's gaps are not theirs to see (issue 20)."""

    name = "wagtail_nd43_identity"
    template_name = "wagtail_nd43/admin/identity_panel.html"
    order = 110

    @cached_property
    def rows(self):
        rows = []
        for site in within_reach(agency_sites(), self.request.user):
            identity = AgencySettings.for_site(site)
            missing = identity.missing_fields()
            if missing:
                rows.append(
                    {
                        "site": site,
                        "missing": missing,
                        "edit_url": reverse(
                            "wagtailsettings:edit",
                            args=["wagtail_nd43", "agencysettings", site.pk],
                        ),
                    }
                )
        return rows

    def is_shown(self):
        return bool(self.rows)

    def get_context_data(self, parent_context=None):
        return {"rows": self.rows}
