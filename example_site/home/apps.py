from django.apps import AppConfig


class HomeConfig(AppConfig):
    """The example site's own app: commands that fill the demo site with content."""

    name = "home"
    label = "home"
    verbose_name = "Example site"
    default_auto_field = "django.db.models.AutoField"
