from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ViAdminAppConfig(AppConfig):
    name = "wagtail_nd43.vi_admin"
    label = "wagtail_nd43_vi_admin"
    verbose_name = _("Vietnamese for the Wagtail admin")
    default_auto_field = "django.db.models.AutoField"

    def ready(self):
        from . import checks  # noqa: F401  (registers the system checks)
        from .forms import label_unlabelled_wagtail_fields

        label_unlabelled_wagtail_fields()
