"""Constructors of the field declarations the models repeat.

Each returns a new field, the same one as written out in full: a declaration
moved onto a constructor changes nothing in the migrations.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.documents import get_document_model_string
from wagtail.fields import StreamField
from wagtail.images import get_image_model_string

from ..blocks import BodyBlock
from ..search import normalize_document_number


def validate_document_number(value):
    """A number and symbol (số, ký hiệu) as :func:`normalize_document_number` reads
    it, e.g. “43/2011/NĐ-CP”."""
    normalize_document_number(value)


def document_number(verbose_name, help_text, **options):
    """The number and symbol of an issued document, normalised when the item is
    cleaned and saved (see ``NumberedItemMixin``)."""
    return models.CharField(
        verbose_name,
        max_length=100,
        validators=[validate_document_number],
        help_text=help_text,
        **options,
    )


def optional_link(to, verbose_name, help_text="", *, blank=True):
    """A link to another object that may be missing: deleting the object empties
    the field, and the object has no reverse accessor (``related_name="+"``)."""
    return models.ForeignKey(
        to,
        verbose_name=verbose_name,
        null=True,
        blank=blank,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=help_text,
    )


def document_link(verbose_name, help_text="", *, blank=True):
    """A link to a Wagtail document (an attached file). A deleted file empties the
    field; where the file is required, the compliance checker then reports it
    missing."""
    return optional_link(
        get_document_model_string(), verbose_name, help_text, blank=blank
    )


def image_link(verbose_name, help_text="", *, blank=True):
    """A link to a Wagtail image; a deleted image empties the field."""
    return optional_link(get_image_model_string(), verbose_name, help_text, blank=blank)


def short_text(verbose_name, help_text="", *, max_length=255, blank=False):
    """A one-line text: a name, a position, a unit."""
    return models.CharField(
        verbose_name, max_length=max_length, blank=blank, help_text=help_text
    )


def optional_text(verbose_name, help_text="", *, max_length=255):
    """A one-line text that may be left empty."""
    return short_text(verbose_name, help_text, max_length=max_length, blank=True)


def long_text(verbose_name, help_text="", *, blank=False):
    """A text of a few sentences or paragraphs, without formatting."""
    return models.TextField(verbose_name, blank=blank, help_text=help_text)


def choice_field(verbose_name, choices, *, max_length=20, **options):
    """A code that is one of the values of ``choices``, a ``TextChoices`` class."""
    return models.CharField(
        verbose_name, max_length=max_length, choices=choices.choices, **options
    )


def optional_date(verbose_name, help_text=""):
    """A date that may be left empty (stored as NULL)."""
    return models.DateField(verbose_name, null=True, blank=True, help_text=help_text)


def optional_datetime(verbose_name, help_text=""):
    """A moment that may be left empty (stored as NULL)."""
    return models.DateTimeField(
        verbose_name, null=True, blank=True, help_text=help_text
    )


def sort_order_field():
    """The order of a vocabulary or directory entry in its lists."""
    return models.IntegerField(
        _("order"), default=0, help_text=_("Lower numbers are listed first.")
    )


def body_field(verbose_name, help_text="", *, blank=True):
    """Rich content of a page: the package's :class:`~wagtail_nd43.blocks.BodyBlock`."""
    return StreamField(
        BodyBlock(), blank=blank, verbose_name=verbose_name, help_text=help_text
    )
