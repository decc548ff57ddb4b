from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WagtailNd43AppConfig(AppConfig):
    name = "wagtail_nd43"
    label = "wagtail_nd43"
    verbose_name = _("Decree 43 compliance")
    default_auto_field = "django.db.models.AutoField"

    def ready(self):
        from . import (
            admin_labels,
            checks,  # noqa: F401  (registers the system checks)
            signal_handlers,
            slugs,
            url_checks,  # noqa: F401  (registers the URL checks)
        )
        from .conf import apply_other_apps_defaults

        signal_handlers.register()
        slugs.register_slug_widget()
        apply_other_apps_defaults()
        admin_labels.label_unlabelled_wagtail_columns()
