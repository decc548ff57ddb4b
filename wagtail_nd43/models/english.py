"""English pages and the Vietnamese pages they translate (Decree 43/2011 Art. 13,
requirements ND43-13.1 and ND43-13.2; Art. 17.1.h asks that the foreign-language
information is updated promptly when the Vietnamese one changes).

Every English page records its *source*: the Vietnamese page it translates, chosen
with a page chooser (the scaffold sets the introduction and contact sections). The
compliance check ``TranslationCurrent`` flags an English page published before its
source's latest publication.

Sites using Wagtail's internationalisation (``WAGTAIL_I18N_ENABLED``, e.g. with
wagtail-localize) relate translations by ``translation_key`` instead. There the
source is the translation in the default locale of the chosen page, or, when none is
chosen, of the English page itself (its original, for wagtail-localize).
"""

import swapper
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import PageChooserPanel

from .fields import optional_link


swapper.set_app_prefix("wagtailcore", "wagtail")
PAGE_MODEL = swapper.get_model_name("wagtailcore", "Page")

#: Fields read about a source page; the checker reads the same with ``values()``.
SOURCE_FIELDS = ("pk", "title", "live", "last_published_at")


def i18n_enabled():
    return getattr(settings, "WAGTAIL_I18N_ENABLED", False)


class EnglishTranslationMixin(models.Model):
    """An English page that knows its Vietnamese source; the content is marked
    ``lang="en"`` in the templates and the Dublin Core language is ``en``."""

    translation_source = optional_link(
        PAGE_MODEL,
        _("Vietnamese source page"),
        _(
            "The Vietnamese page this page translates. When that page is published "
            "again, the compliance report asks for this page to be updated too."
        ),
    )

    #: The language of the page's content (an IETF tag, for ``lang``).
    content_language = "en"
    translation_panels = [PageChooserPanel("translation_source")]

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        if self.pk and self.translation_source_id == self.pk:
            raise ValidationError(
                {
                    "translation_source": _(
                        "A page cannot be its own source: choose the Vietnamese "
                        "page it translates."
                    )
                }
            )

    def get_translation_source(self):
        """The Vietnamese page this page translates, or ``None``."""
        from wagtail.models import Locale, Page

        source = self.translation_source
        if not i18n_enabled():
            return source
        base = source or self
        translation = (
            Page.objects.filter(
                translation_key=base.translation_key,
                locale=Locale.get_default(),
            )
            .exclude(pk=self.pk)
            .first()
        )
        return translation.specific if translation is not None else source

    def is_translation_current(self):
        """False when the source was published after this page last was."""
        source = self.get_translation_source()
        if source is None or source.last_published_at is None:
            return True
        if self.last_published_at is None:
            return False
        return source.last_published_at <= self.last_published_at

    def dublin_core(self, agency=""):
        return {"DC.language": self.content_language}


def translation_source_models():
    """Every concrete page model that records a translation source."""
    from wagtail.models import get_page_models

    return [m for m in get_page_models() if issubclass(m, EnglishTranslationMixin)]


def source_rows(rows):
    """For ``rows`` of translated pages (dicts with ``pk``, ``translation_source``,
    ``translation_key``), map each page's pk to its source as a dict of
    ``SOURCE_FIELDS``, or ``None``. One query, two with Wagtail i18n."""
    from wagtail.models import Locale, Page

    by_page = {
        row["pk"]: row["translation_source"]
        for row in rows
        if row["translation_source"] is not None
    }
    sources = {
        row["pk"]: row
        for row in Page.objects.filter(pk__in=set(by_page.values())).values(
            *SOURCE_FIELDS, "translation_key"
        )
    }
    result = {row["pk"]: sources.get(by_page.get(row["pk"])) for row in rows}
    if not i18n_enabled():
        return result
    # The default-locale translation of the chosen source, else of the page.
    wanted = {row["pk"]: (result[row["pk"]] or row)["translation_key"] for row in rows}
    default_locale = Locale.get_default()
    translations = {}
    for row in Page.objects.filter(
        translation_key__in=set(wanted.values()), locale=default_locale
    ).values(*SOURCE_FIELDS, "translation_key"):
        translations[row["translation_key"]] = row
    for pk, key in wanted.items():
        found = translations.get(key)
        if found is not None and found["pk"] != pk:
            result[pk] = found
    return result
