"""Field validators shared by the package's models (model-free)."""

import re

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.utils.translation import gettext_lazy as _


def validate_phone(value):
    """A phone number people can dial: at least eight digits, usual separators."""
    if not re.fullmatch(r"[0-9 +().\-/,;a-zA-Z]*", value) or (
        len(re.sub(r"\D", "", value)) < 8
    ):
        raise ValidationError(
            _("Enter a phone number with at least 8 digits, e.g. 028 3520 2727."),
            code="invalid_phone",
        )


#: Only web addresses: no ``javascript:``, ``data:``, ``ftp:`` or relative links.
validate_web_url = URLValidator(
    schemes=("http", "https"),
    message=_("Enter a full web address starting with http:// or https://."),
)
