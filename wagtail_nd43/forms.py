"""Admin forms of the package's page types."""

from wagtail.admin.forms import WagtailAdminPageForm


class SectionPageForm(WagtailAdminPageForm):
    """The edit form of a mandatory section and of the home page holding them.

    A scheduled expiry would make Wagtail unpublish the section later, silently
    making the site non-compliant; only a superuser may set one (see
    ``protection.py``).
    """

    def clean(self):
        from .protection import refuse_expiry

        cleaned_data = super().clean()
        if "expire_at" in self.changed_data and cleaned_data.get("expire_at"):
            message = refuse_expiry(self.for_user, self.instance)
            if message:
                self.add_error("expire_at", message)
        return cleaned_data
