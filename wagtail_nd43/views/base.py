"""What the package's admin screens share: who may open them, and where they are
(``wagtail_nd43_admin:<url_name>``, see ``admin_urls.py``); the menu item that opens
one is built from the same attributes (``wagtail_hooks.py``)."""

from django.utils.encoding import force_str
from wagtail.admin.auth import permission_denied
from wagtail.admin.ui.components import Component
from wagtail.admin.views.reports import ReportView

from .exports import ExcelCsvExportMixin


class Nd43AdminViewMixin:
    """An admin screen open to the users ``shown_to(user)`` lets in (set it with
    ``staticmethod``); the others get Wagtail's "permission denied". Its menu item
    is shown by the same rule."""

    #: The URL name in the ``wagtail_nd43_admin`` namespace.
    url_name = None
    shown_to = None

    def dispatch(self, request, *args, **kwargs):
        if not self.shown_to(request.user):
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)


class Nd43ReportView(Nd43AdminViewMixin, ExcelCsvExportMixin, ReportView):
    """An admin report: its page at ``wagtail_nd43_admin:<url_name>``, the results
    its filters refresh at ``…:<url_name>_results`` (``admin_urls.report_urls``), a
    CSV download that Excel reads."""

    @property
    def index_url_name(self):
        return f"wagtail_nd43_admin:{self.url_name}"

    @property
    def index_results_url_name(self):
        return f"wagtail_nd43_admin:{self.url_name}_results"

    def get_heading(self, queryset, field):
        """In a download, a field the report shows as a column is headed by the
        column's label, unless ``export_headings`` says otherwise."""
        labels = {column.name: column.label for column in self.columns}
        if field in labels and field not in self.export_headings:
            return force_str(labels[field])
        return super().get_heading(queryset, field)


class DashboardPanel(Component):
    """A panel of the admin dashboard (``construct_homepage_panels``), for the
    user of ``request``; left out of the page unless :meth:`is_shown`."""

    def __init__(self, request):
        self.request = request

    def is_shown(self):
        return True

    def render_html(self, parent_context=None):
        if not self.is_shown():
            return ""
        return super().render_html(parent_context)
