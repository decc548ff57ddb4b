"""The agency's site before wagtail-nd43: a home page, pages, news, a contact page
and a search page, all published, in English (the default locale)."""

import datetime

from django.core.management.base import BaseCommand
from django.db import transaction
from home.models import HomePage, SearchPage
from wagtail.models import Locale, Page, Site


def publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


class Command(BaseCommand):
    help = "Create the host site's own content (once)."

    @transaction.atomic
    def handle(self, *args, **options):
        if HomePage.objects.exists():
            self.stdout.write("The host content exists.")
            return
        Locale.objects.get_or_create(language_code="vi")
        root = Page.get_first_root_node()
        site = Site.objects.get(is_default_site=True)
        welcome = site.root_page
        home = publish(
            root,
            HomePage(
                title="Lâm Viên Department of Justice",
                slug="home-host",
                intro="<p>Welcome to the department's website.</p>",
            ),
        )
        site.root_page = home
        site.site_name = "Lâm Viên Department of Justice"
        site.save()
        welcome.delete()
        self.add_pages(home)
        find = publish(
            home,
            SearchPage(
                title="Find information",
                slug="find",
                show_in_menus=True,
                intro="Use the search.",
            ),
        )
        publish(find, SearchPage(title="Search help", slug="help", intro="Tips."))
        self.stdout.write(f"{Page.objects.live().count() - 1} host pages published.")

    def add_pages(self, home):
        from pages.models import ArticlePage, ContactPage, NewsIndexPage, StandardPage

        about = publish(
            home,
            StandardPage(
                title="About us",
                slug="about",
                show_in_menus=True,
                body="<p>The department advises the province on justice.</p>",
            ),
        )
        publish(
            about, StandardPage(title="Our team", slug="team", body="<p>Staff.</p>")
        )
        publish(
            about,
            StandardPage(title="History", slug="history", body="<p>Since 1976.</p>"),
        )
        news = publish(
            home, NewsIndexPage(title="News", slug="news", show_in_menus=True)
        )
        for day in (1, 2, 3):
            publish(
                news,
                ArticlePage(
                    title=f"Legal aid day {day}",
                    slug=f"legal-aid-day-{day}",
                    date=datetime.date(2026, 11, day),
                    body=f"<p>Report of legal aid day {day}.</p>",
                ),
            )
        publish(
            home,
            ContactPage(
                title="Contact",
                slug="contact",
                show_in_menus=True,
                address="1 Trần Hưng Đạo, Lâm Viên",
                phone="0263 3822 000",
            ),
        )
