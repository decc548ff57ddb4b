"""Files attached to a page in an ordered inline list (a project's files, a legal
document's annexes): one abstract model, so that each concrete one only names its
page, its wording and the files it accepts."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.documents import get_document_model_string
from wagtail.models import Orderable


def attachment_document_field(verbose_name, help_text):
    """The attached Wagtail document; deleting it deletes the attachment."""
    return models.ForeignKey(
        get_document_model_string(),
        verbose_name=verbose_name,
        on_delete=models.CASCADE,
        related_name="+",
        help_text=help_text,
    )


def attachment_label_field(help_text):
    """An optional label; empty, the document's title is shown."""
    return models.CharField(_("label"), max_length=255, blank=True, help_text=help_text)


class DocumentAttachment(Orderable):
    """A document attached to a page, with an optional label.

    A concrete subclass declares ``page`` (a ``ParentalKey``), ``document`` and
    ``label`` (with :func:`attachment_document_field` and
    :func:`attachment_label_field`) and :meth:`validate_document`.
    """

    panels = ["document", "label"]

    class Meta(Orderable.Meta):
        abstract = True

    @staticmethod
    def validate_document(document):
        """Raise ``ValidationError`` for a document this attachment refuses."""

    @classmethod
    def errors_in(cls, attachments):
        """The messages for every refused document among ``attachments`` (the
        inline forms' instances, which a page's ``clean()`` sees before they are
        saved)."""
        messages = []
        for attachment in attachments:
            if attachment.document_id is None:
                continue
            try:
                cls.validate_document(attachment.document)
            except ValidationError as error:
                messages.extend(error.messages)
        return messages

    def clean(self):
        super().clean()
        if self.document_id:
            try:
                self.validate_document(self.document)
            except ValidationError as error:
                raise ValidationError({"document": error.messages}) from error

    @property
    def display_label(self):
        return self.label or self.document.title
