"""Tokens that let a cached page ask to be counted, without a database query.

A page carries ``<page id>.<site id>`` signed with the project's ``SECRET_KEY``; the
beacon endpoint accepts only tokens it signed, so page ids cannot be forged. The
token is the same for every visitor, so the page stays cacheable.
"""

from django.core import signing


_signer = signing.Signer(salt="wagtail_nd43.counting.beacon")


def make_token(page_id, site_id):
    return _signer.sign(f"{page_id}.{site_id}")


def read_token(token):
    """``(page_id, site_id)`` of a genuine token; raises ``signing.BadSignature``
    (forged or damaged) or ``ValueError`` (malformed)."""
    value = _signer.unsign(token)
    page_id, site_id = value.split(".")
    return int(page_id), int(site_id)
