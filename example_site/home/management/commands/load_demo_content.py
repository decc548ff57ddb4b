from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Site

from home.demo import DemoContentError, load


class Command(BaseCommand):
    help = (
        "Fill the scaffolded page tree with fictional demo content for the "
        "Sở Thông tin và Truyền thông of the imaginary province Hòa Bình Xanh. "
        "Run nd43_scaffold first. Safe to run again: nothing is duplicated and "
        "nothing an editor filled is overwritten."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--site", help="Site id or hostname (default: the default site)."
        )
        parser.add_argument(
            "--agency-name",
            default="",
            help="Full name of the agency whose site this is (default: the demo's "
            "Sở Thông tin và Truyền thông). Fills an empty identity only.",
        )
        parser.add_argument(
            "--short-name", default="", help="Short name of that agency."
        )
        parser.add_argument(
            "--governing-body", default=None, help="Governing body of that agency."
        )

    def handle(self, *args, **options):
        site = self._site(options["site"])
        try:
            report = load(
                site,
                agency={
                    "full_name": options["agency_name"],
                    "short_name": options["short_name"],
                    "governing_body": options["governing_body"],
                },
            )
        except DemoContentError as error:
            raise CommandError(str(error)) from error

        if report.identity_fields:
            self.stdout.write(
                "Agency identity filled: " + ", ".join(report.identity_fields)
            )
        else:
            self.stdout.write("Agency identity already filled.")
        for title in report.pages_filled:
            self.stdout.write(f"Content added to “{title}”.")
        for title in report.pages_skipped:
            self.stdout.write(
                self.style.WARNING(f"Skipped “{title}”: it has unpublished changes.")
            )
        for key, count in report.articles_created.items():
            self.stdout.write(f"{count} articles created in section {key}.")
        if report.science_items_created:
            self.stdout.write(
                f"{report.science_items_created} science topics and statistical "
                "releases created."
            )
        if report.spokespersons_created:
            self.stdout.write(f"{report.spokespersons_created} spokespersons created.")
        if report.legal_documents_created:
            self.stdout.write(
                f"{report.legal_documents_created} legal documents created."
            )
        if report.direction_items_created:
            self.stdout.write(
                f"{report.direction_items_created} directives, petition responses, "
                "rewards and penalties, projects and plans created."
            )
        if report.board_members_created:
            self.stdout.write(
                f"Editorial board filled with {report.board_members_created} members."
            )
        if report.people_created:
            self.stdout.write(
                f"{report.people_created} leaders, units and contact persons created."
            )
        if report.weeks_created:
            self.stdout.write(f"{report.weeks_created} weeks of work schedule created.")
        if report.services_created:
            self.stdout.write(
                f"{report.services_created} online public services created."
            )
        for key in report.sections_without_item_type:
            self.stdout.write(
                self.style.WARNING(
                    f"Section {key} lists no articles or press releases: skipped."
                )
            )
        missing = sorted(set(report.sections_missing))
        if missing:
            self.stdout.write(
                "No page for these sections at this agency level (skipped): "
                + ", ".join(missing)
            )
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo content loaded: {report.total_created} articles created, "
                f"{report.articles_present} already present, "
                f"{len(report.pages_filled)} pages filled, "
                f"{report.images_created} images created."
            )
        )

    def _site(self, value):
        if value is None:
            site = Site.objects.filter(is_default_site=True).first()
            if site is None:
                raise CommandError("There is no default site; pass --site.")
            return site
        lookup = {"pk": int(value)} if value.isdigit() else {"hostname": value}
        try:
            return Site.objects.get(**lookup)
        except Site.DoesNotExist:
            raise CommandError(f"No site with id or hostname “{value}”.") from None
