"""The site search index (issue 21): one row per live page, its text folded.

Kept by ``wagtail_nd43.search_index`` (on save, publish, unpublish, move; deleted
with its page) and rebuilt by ``manage.py nd43_search_index``. On PostgreSQL a
hand-written part of migration ``0001_squashed_0012_agency_portal`` adds a
stored ``search_vector`` column (title weighted A, the rest B) with a GIN index; other
databases match the folded columns word by word.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class SiteSearchEntry(models.Model):
    """What the site search matches for one live page."""

    page = models.OneToOneField(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="+",
        verbose_name=_("page"),
    )
    #: The page's tree path, so a site (``path`` starts with its root's) and view
    #: restrictions (a restricted page's path) filter without joining the tree.
    path = models.CharField(_("path"), max_length=255)
    #: ``fold_for_index(title)``: exact-title matches rank first.
    title = models.TextField(_("folded title"))
    #: ``fold_for_index`` of the page's other searchable text.
    text = models.TextField(_("folded text"), blank=True)
    #: ``fold_for_index`` of a document's number/symbol, if it has one.
    number = models.CharField(_("folded number"), max_length=255, blank=True)
    #: Newest first within equally good matches.
    date = models.DateField(_("date"), null=True, blank=True)

    class Meta:
        verbose_name = _("site search entry")
        verbose_name_plural = _("site search entries")

    def __str__(self):
        return self.title
