"""Host models named like the package's (see the package docstring)."""

from django.db import models
from wagtail.contrib.settings.models import BaseSiteSetting
from wagtail.fields import RichTextField
from wagtail.models import LockableMixin, Page


class HomePage(Page):
    body = RichTextField(blank=True)


class StandardPage(Page):
    body = RichTextField(blank=True)


class ArticlePage(Page):
    body = RichTextField(blank=True)


class NewsIndexPage(Page):
    subpage_types = ["testapp.ArticlePage"]


class ContactPage(Page):
    address = models.TextField(blank=True)


class HistoryPage(Page):
    body = RichTextField(blank=True)


class PrivacyPage(Page):
    body = RichTextField(blank=True)


class SiteMapPage(Page):
    pass


class SearchPage(Page):
    pass


class SectionPage(Page):
    pass


class AgencySettings(BaseSiteSetting):
    full_name = models.CharField(max_length=255, blank=True)


class EditorialBoard(BaseSiteSetting):
    decision_number = models.CharField(max_length=100, blank=True)


class Spokesperson(LockableMixin, models.Model):
    name = models.CharField(max_length=255)

    def __str__(self):
        return self.name
