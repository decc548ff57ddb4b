"""Field validators shared by the package's models (model-free)."""

import re

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
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
