"""``manage.py nd43_purge_submissions [--dry-run]``: erase the personal data of
questions and comments past the retention period
(``WAGTAIL_ND43_PARTICIPATION_RETENTION_DAYS``). Unpublished submissions are deleted;
published answers and comments keep their text, shown as “Anonymous”. Run it daily."""

from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from ...conf import nd43_settings
from ...participation.personal_data import purge


class Command(BaseCommand):
    help = "Erase personal data of questions and comments past the retention period."

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Only count what would be erased; change nothing.",
        )

    def handle(self, *args, dry_run=False, **options):
        deleted, anonymised = purge(dry_run=dry_run)
        params = {
            "deleted": deleted,
            "anonymised": anonymised,
            "days": nd43_settings.PARTICIPATION_RETENTION_DAYS,
        }
        if dry_run:
            message = _(
                "Dry run: %(deleted)d submission(s) would be deleted and %(anonymised)d "
                "published one(s) anonymised (retention: %(days)d days). Nothing was "
                "changed."
            )
        else:
            message = _(
                "%(deleted)d submission(s) deleted and %(anonymised)d published one(s) "
                "anonymised (retention: %(days)d days)."
            )
        self.stdout.write(message % params)
