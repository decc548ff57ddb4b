"""``manage.py nd43_search_index``: (re)build the site search index.

Run it once after installing or upgrading the package (pages published before
the index existed are not in it), and after loading pages without saving them
one by one (fixtures, bulk imports). Saves, publishing, moves and deletions keep
the index up to date on their own.
"""

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from ...search_index import rebuild


class Command(BaseCommand):
    help = "Rebuild the site search index from every live page."

    def add_arguments(self, parser):
        parser.add_argument(
            "--batch-size",
            type=int,
            default=1000,
            help="Pages read and written per batch (default 1000).",
        )

    def handle(self, *args, batch_size=1000, **options):
        if batch_size < 1:
            raise CommandError(_("--batch-size must be at least 1."))
        progress = self.stdout if options.get("verbosity", 1) > 1 else None
        written = rebuild(batch_size=batch_size, stdout=progress)
        self.stdout.write(
            _("Indexed %(count)d live pages for the site search.") % {"count": written}
        )
