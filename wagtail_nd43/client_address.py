"""The one address the package trusts as the client's (issue 16).

Counters, rate limits and logs call :func:`client_address`. Behind proxies, the
client's address is in a header every proxy appends to (``X-Forwarded-For``) or that
the proxy next to Django sets (``X-Real-IP``, a CDN's own header); everything to the
left of what a trusted proxy wrote was written by the client and is never used.

Settings (see docs/explanation/client-address.md):

- ``WAGTAIL_ND43_COUNTER_CLIENT_IP_HEADER``: the ``request.META`` key of that header,
  e.g. ``"HTTP_X_FORWARDED_FOR"``. ``None`` (default): ``REMOTE_ADDR``.
- ``WAGTAIL_ND43_TRUSTED_PROXY_COUNT``: how many proxies append to the header (nginx
  alone: 1; a CDN then nginx: 2). The address taken is the one the outermost of them
  saw: the entry that many places from the right.
- ``WAGTAIL_ND43_TRUSTED_PROXIES``: networks of the trusted proxies (CIDR strings),
  instead of a count. The header is read only when ``REMOTE_ADDR`` is one of them,
  and walked from the right while the address is a trusted proxy's.

With a header and neither setting, one proxy is assumed (the last entry is taken),
and the system check ``wagtail_nd43.W080`` asks for an explicit setting.
"""

import ipaddress
from functools import lru_cache

from .conf import nd43_settings


def parse_address(value):
    """``value`` as a normalised IP address string, or ``None``.

    Accepts what proxies write: ``1.2.3.4``, ``1.2.3.4:5678``, ``[2001:db8::1]:443``,
    ``2001:db8::1``; anything else (``unknown``, obfuscated identifiers, garbage)
    is ``None``.
    """
    text = (value or "").strip().strip('"')
    if not text or len(text) > 64:
        return None
    if text.startswith("["):
        text = text[1:].split("]", 1)[0]
    elif text.count(":") == 1:
        text = text.split(":", 1)[0]
    try:
        address = ipaddress.ip_address(text)
    except ValueError:
        return None
    if getattr(address, "ipv4_mapped", None):
        address = address.ipv4_mapped
    return str(address)


@lru_cache(maxsize=16)
def _networks(entries):
    return tuple(ipaddress.ip_network(entry, strict=False) for entry in entries)


def trusted_networks():
    """The configured trusted proxy networks (raises ``ValueError`` on a bad one)."""
    entries = nd43_settings.TRUSTED_PROXIES or ()
    if isinstance(entries, str):
        entries = (entries,)
    return _networks(tuple(str(entry) for entry in entries))


def _is_trusted(address, networks):
    ip = ipaddress.ip_address(address)
    return any(ip.version == net.version and ip in net for net in networks)


def proxy_count():
    """Proxies assumed to append to the header (at least 1 when a header is set)."""
    try:
        count = int(nd43_settings.TRUSTED_PROXY_COUNT or 0)
    except (TypeError, ValueError):
        count = 0
    return max(count, 1)


def client_address(request):
    """The client's address as the last trusted proxy saw it; never an address
    the client wrote itself. An empty string when none can be determined."""
    remote = parse_address(request.META.get("REMOTE_ADDR", "")) or ""
    header = nd43_settings.COUNTER_CLIENT_IP_HEADER
    if not header:
        return remote
    raw = request.META.get(header, "")
    if not isinstance(raw, str) or not raw:
        return remote
    entries = [entry.strip() for entry in raw.split(",")][-64:]
    try:
        networks = trusted_networks() if nd43_settings.TRUSTED_PROXIES else None
    except ValueError:  # a malformed network: wagtail_nd43.E081 reports it
        return remote
    if networks is not None:
        if not remote or not _is_trusted(remote, networks):
            return remote
        # Walk from the right: skip entries written by trusted proxies.
        address = remote
        for entry in reversed(entries):
            parsed = parse_address(entry)
            if parsed is None:
                return address
            address = parsed
            if not _is_trusted(parsed, networks):
                return parsed
        return address
    count = proxy_count()
    entry = entries[max(len(entries) - count, 0)]
    return parse_address(entry) or remote
