"""Field validators shared by the package's models (model-free)."""

import re

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.template.defaultfilters import filesizeformat
from django.utils.text import get_text_list
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _


#: Besides digits and letters (“máy lẻ 105”, “ext. 12”), what phone numbers hold.
PHONE_PUNCTUATION = " +().-/,;:"


def validate_phone(value):
    """A phone number people can dial: at least eight digits, usual separators, and
    words such as “máy lẻ” (extension)."""
    allowed = all(char.isalnum() or char in PHONE_PUNCTUATION for char in value)
    if not allowed or len(re.findall(r"[0-9]", value)) < 8:
        raise ValidationError(
            _("Enter a phone number with at least 8 digits, e.g. 028 3520 2727."),
            code="invalid_phone",
        )


#: Only web addresses: no ``javascript:``, ``data:``, ``ftp:`` or relative links.
validate_web_url = URLValidator(
    schemes=("http", "https"),
    message=_("Enter a full web address starting with http:// or https://."),
)


#: Files of documents: texts, and spreadsheets where tables are published.
TEXT_EXTENSIONS = ("pdf", "doc", "docx", "odt")
TEXT_AND_SHEET_EXTENSIONS = (*TEXT_EXTENSIONS, "xls", "xlsx")


def validate_file(document, extensions, max_size):
    """Refuse a Wagtail document whose extension is not one of ``extensions`` or
    that is larger than ``max_size`` bytes, naming the document in the message."""
    extension = (document.file_extension or "").lower()
    if extension not in extensions:
        raise ValidationError(
            _("“%(title)s” is a .%(extension)s file. Attach it as a %(allowed)s file."),
            code="file_type",
            params={
                "title": document.title,
                "extension": extension or "?",
                "allowed": get_text_list(
                    [name.upper() for name in extensions], gettext("or")
                ),
            },
        )
    size = document.get_file_size()
    if size is not None and size > max_size:
        raise ValidationError(
            _(
                "“%(title)s” is %(size)s; a document file may be at most "
                "%(limit)s. Compress it or split it into appendices."
            ),
            code="file_size",
            params={
                "title": document.title,
                "size": filesizeformat(size),
                "limit": filesizeformat(max_size),
            },
        )
