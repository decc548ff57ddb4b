"""Admin forms whose English does not come from a catalogue."""

from django.utils.translation import gettext_lazy
from wagtail.admin.forms.auth import LoginForm as WagtailLoginForm


class LoginForm(WagtailLoginForm):
    """Wagtail's login form, with a translatable label on the password field.

    Wagtail declares the field without a label, so Django derives "Password" from the
    field name, untranslated, on the first screen every editor sees. Enabled with
    ``WAGTAILADMIN_USER_LOGIN_FORM = "wagtail_nd43.vi_admin.forms.LoginForm"``.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password"].label = gettext_lazy("Password")


def label_unlabelled_wagtail_fields():
    """Give translatable labels to Wagtail form fields that have none.

    Django derives a missing label from the field name, in English ("Page",
    "Content types" on the workflow editing screen). Only fields still without a
    label are touched, so a Wagtail release that labels them wins.
    """
    from wagtail.admin.forms.workflows import (
        WorkflowContentTypeForm,
        WorkflowPageForm,
    )

    for form, name, label in (
        (WorkflowPageForm, "page", gettext_lazy("Page")),
        (WorkflowContentTypeForm, "content_types", gettext_lazy("Snippets")),
    ):
        field = form.base_fields.get(name)
        if field is not None and field.label is None:
            field.label = label
