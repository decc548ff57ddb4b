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


def image_link(verbose_name, help_text=""):
    """An optional link to a Wagtail image; a deleted image empties the field."""
    return optional_link(get_image_model_string(), verbose_name, help_text)


def optional_text(verbose_name, help_text="", *, max_length=255):
    """A short text editors may leave empty."""
    return models.CharField(
        verbose_name, max_length=max_length, blank=True, help_text=help_text
    )


def optional_date(verbose_name, help_text=""):
    """A date editors may leave empty (stored as NULL)."""
    return models.DateField(verbose_name, null=True, blank=True, help_text=help_text)


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
