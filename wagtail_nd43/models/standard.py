"""A plain page for the "other information" an agency adds itself (ND43-10.2)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, TitleFieldPanel

from .base import FoldedSearchMixin, Nd43Page
from .fields import body_field, long_text


class StandardPageMixin(FoldedSearchMixin, models.Model):
    intro = long_text(_("introduction"), blank=True)
    body = body_field(_("content"))

    content_panels = [TitleFieldPanel("title"), FieldPanel("intro"), FieldPanel("body")]
    search_fields = FoldedSearchMixin.page_search_fields("intro", "body")

    class Meta:
        abstract = True


class StandardPage(StandardPageMixin, Nd43Page):
    subpage_types = ["wagtail_nd43.StandardPage"]
    template = "wagtail_nd43/pages/standard_page.html"

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")
