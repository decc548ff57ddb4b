"""Page models named like the package's: the names agencies (and Wagtail's own
tutorials) use."""

from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page


class StandardPage(Page):
    body = RichTextField(blank=True)

    content_panels = Page.content_panels + [FieldPanel("body")]


class NewsIndexPage(Page):
    subpage_types = ["pages.ArticlePage"]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["articles"] = ArticlePage.objects.child_of(self).live()
        return context


class ArticlePage(Page):
    date = models.DateField()
    body = RichTextField(blank=True)

    content_panels = Page.content_panels + [FieldPanel("date"), FieldPanel("body")]


class ContactPage(Page):
    address = models.TextField(blank=True)
    phone = models.CharField(max_length=50, blank=True)

    content_panels = Page.content_panels + [FieldPanel("address"), FieldPanel("phone")]
