"""What an item page validates when it is cleaned (saved in the admin): dates that
cannot be in the future, attached files of the allowed kinds and size, a number and
symbol in its standard form, and the item's own rules. Every problem is reported
at once, each under its field."""

from django.core.exceptions import ValidationError
from django.utils import timezone

from ..conf import nd43_settings
from ..search import normalize_document_number
from ..validators import TEXT_AND_SHEET_EXTENSIONS, validate_file


def validate_item_file(document):
    """A file attached to an item: PDF, DOC(X), ODT or XLS(X), size-limited."""
    validate_file(
        document, TEXT_AND_SHEET_EXTENSIONS, nd43_settings.ATTACHMENT_MAX_FILE_SIZE
    )


def clean_number(instance, name):
    """Normalise the number and symbol in field ``name`` when it is valid (the
    field's validator reports it otherwise); whether it is now a valid number."""
    value = getattr(instance, name)
    if not value:
        return False
    try:
        setattr(instance, name, normalize_document_number(value))
    except ValidationError:
        return False
    return True


def clean_not_future(instance, name, errors, message):
    value = getattr(instance, name)
    if value and value > timezone.localdate():
        errors[name] = message


def clean_file(instance, name, errors):
    document = getattr(instance, name)
    if document is None:
        return
    try:
        validate_item_file(document)
    except ValidationError as error:
        errors[name] = error.messages


class CheckedItemMixin:
    """``clean()`` gathering the problems found by the classes it is mixed with,
    of :attr:`past_dates`, of :attr:`checked_files` and of :meth:`collect_errors`,
    raised together."""

    #: ``{date field: message}``: dates that cannot be in the future (an item is
    #: published once issued, decided or approved).
    past_dates = {}
    #: Document links whose file must be of the allowed kinds and size.
    checked_files = ()

    def clean(self):
        errors = {}
        try:
            super().clean()
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        for name, message in self.past_dates.items():
            clean_not_future(self, name, errors, message)
        for name in self.checked_files:
            clean_file(self, name, errors)
        self.collect_errors(errors)
        if errors:
            raise ValidationError(errors)

    def collect_errors(self, errors):
        """Add the item's own problems to ``errors`` (``{field name: message}``);
        a mixin adding its own calls ``super()``."""


class NumberedItemMixin:
    """An item with a number and symbol in the field :attr:`number_field`,
    normalised (e.g. “12/tb-ubnd” → “12/TB-UBND”) when cleaned, before the item's
    other checks, and when saved; an invalid one is reported by the field's
    validator, and saving unclean data keeps what was typed."""

    number_field = "number"

    def save(self, *args, **kwargs):
        clean_number(self, self.number_field)
        super().save(*args, **kwargs)

    def clean(self):
        clean_number(self, self.number_field)
        super().clean()
