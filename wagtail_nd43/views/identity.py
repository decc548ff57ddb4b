"""Dashboard panel telling editors which identity fields the law needs are empty."""

from django.urls import reverse
from wagtail.admin.ui.components import Component

from ..models import AgencySettings, agency_sites


class IdentityPanel(Component):
    name = "wagtail_nd43_identity"
    template_name = "wagtail_nd43/admin/identity_panel.html"
    order = 110

    def __init__(self, request):
        self.request = request

    def get_context_data(self, parent_context=None):
        rows = []
        for site in agency_sites():
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
        return {"rows": rows}

    def render_html(self, parent_context=None):
        context = self.get_context_data(parent_context)
        if not context["rows"]:
            return ""
        return super().render_html(parent_context)
