"""Agencies hosted elsewhere (:class:`~wagtail_nd43.models.RemoteAgency`): their
compliance is read from the JSON endpoint of their own installation
(``/api/nd43/compliance.json``, ``Authorization: Bearer <token>``), nothing else is
fetched, and the result joins the same history as the sites of this installation.

The token goes to that address only: the address must be ``https://`` (plain
``http://`` only where the setting ``WAGTAIL_ND43_REMOTE_ALLOW_HTTP`` is true, for a
development or test server) and a redirect is refused rather than followed, since
urllib would copy the ``Authorization`` header to wherever it points.

A reading waits at most :data:`TIMEOUT` seconds per attempt for the whole answer
(not per socket operation: a server that trickles its answer is cut off) and tries
:data:`ATTEMPTS` times (a refused token or a missing endpoint only once: asking
again changes nothing). An answer that is not a well-formed report is refused
whole, never half stored. An agency that cannot be read keeps its last stored day
and is marked unreachable from the first failed reading until the next good one.
"""

import datetime
import http.client
import json
import math
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from urllib.request import build_opener

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _

from .history import record_values
from .report import FAIL_LEVELS, FAILING, LATE


#: The path of the endpoint, under the agency's base address.
ENDPOINT = "/api/nd43/compliance.json"
#: Seconds to wait for one whole answer (and for each socket operation).
TIMEOUT = 10
#: Attempts per reading.
ATTEMPTS = 3
#: Seconds before the second attempt; doubled before each further one.
BACKOFF = 1.0
#: The most of an answer that is read (a report is some tens of kilobytes).
MAX_BYTES = 2 * 1024 * 1024
#: Bytes asked of the socket at a time, the deadline checked between reads.
CHUNK = 64 * 1024
#: Statuses after which asking again cannot help.
FINAL_HTTP_STATUSES = frozenset({400, 401, 403, 404, 405, 410})


class Unreachable(Exception):
    """The agency's report could not be read: the reason, for the overview."""


@dataclass
class Reading:
    """The outcome of reading one agency: its day's row (``None`` when it could
    not be read), the report as sent, and the reason it could not be read."""

    remote: object
    evaluation: object = None
    data: dict | None = None
    error: str = ""

    def failing(self, level=LATE, include_recommended=False):
        """The agency's findings failing at ``level``, as ``Report.failing``."""
        if not self.data:
            return []
        statuses = FAIL_LEVELS[level]
        return [
            f
            for f in self.data["findings"]
            if f["status"] in statuses
            and (f["severity"] == "required" or include_recommended)
        ]


def endpoint_url(remote):
    return remote.base_url.rstrip("/") + ENDPOINT


def allowed_schemes():
    """``https``, and ``http`` where ``WAGTAIL_ND43_REMOTE_ALLOW_HTTP`` says so
    (off by default: the token would cross the network in clear)."""
    if getattr(settings, "WAGTAIL_ND43_REMOTE_ALLOW_HTTP", False):
        return ("https", "http")
    return ("https",)


def address_error(url):
    """Why the token may not be sent to ``url`` (``""`` when it may); also used by
    the model's validation."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme.lower() not in allowed_schemes() or not parts.hostname:
        return _("not an https:// address: %(url)s") % {"url": url}
    return ""


class RefuseRedirects(urllib.request.HTTPRedirectHandler):
    """Follow no redirect: urllib would send the ``Authorization`` header (the
    token) to the new address, whatever its host or scheme."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        raise Unreachable(
            _("the endpoint redirects (HTTP %(code)d to %(url)s): not followed")
            % {"code": code, "url": newurl}
        )


def fetch(remote, opener=None, sleep=None):
    """The agency's report as a dict; :class:`Unreachable` when it cannot be had."""
    url = endpoint_url(remote)
    error = address_error(url)
    if error:
        raise Unreachable(error)
    request = urllib.request.Request(  # noqa: S310 - https (or allowed http) only
        url,
        headers={
            "Authorization": f"Bearer {remote.token}",
            "Accept": "application/json",
            "User-Agent": "wagtail-nd43 province overview",
        },
    )
    opener = opener or build_opener(RefuseRedirects)
    sleep = sleep or time.sleep
    reason = ""
    for attempt in range(ATTEMPTS):
        if attempt:
            sleep(BACKOFF * 2 ** (attempt - 1))
        try:
            body = download(opener, request)
        except urllib.error.HTTPError as error:
            error.close()
            reason = f"HTTP {error.code}"
            if error.code in FINAL_HTTP_STATUSES:
                break
        except (OSError, http.client.HTTPException) as error:
            # Refused, timed out, cut off, or not HTTP: another attempt may do.
            detail = getattr(error, "reason", None) or error
            reason = _("no answer (%(error)s)") % {
                "error": str(detail) or type(detail).__name__
            }
        except ValueError as error:
            # Raised by http.client for an address it cannot use (a bad port).
            raise Unreachable(
                _("not a usable address: %(error)s") % {"error": error}
            ) from error
        else:
            return parse(body)
    raise Unreachable(reason)


def download(opener, request):
    """The body of the answer to ``request``, read in chunks until
    :data:`TIMEOUT` seconds after the request (:class:`TimeoutError` past it)."""
    deadline = time.monotonic() + TIMEOUT
    with opener.open(request, timeout=TIMEOUT) as response:
        chunks, size = [], 0
        read = getattr(response, "read1", response.read)
        while True:
            if time.monotonic() > deadline:
                raise TimeoutError(_("the answer took too long"))
            chunk = read(CHUNK)
            if not chunk:
                return b"".join(chunks)
            chunks.append(chunk)
            size += len(chunk)
            if size > MAX_BYTES:
                raise Unreachable(_("the answer is too large"))


def _refuse_constant(name):
    raise ValueError(_("%(value)s is not a number") % {"value": name})


def parse(body):
    """The report in ``body``, checked for everything the history reads from it;
    :class:`Unreachable` when it is not such a report."""
    try:
        data = json.loads(body.decode("utf-8"), parse_constant=_refuse_constant)
        _check_report(data)
    except (ValueError, TypeError, RecursionError) as error:
        raise Unreachable(
            _("not a compliance report: %(error)s") % {"error": error}
        ) from error
    return data


def _check_report(data):
    if not isinstance(data, dict):
        raise ValueError(_("not an object"))
    for key in ("profile", "score", "required_ok", "required_applicable"):
        if key not in data:
            raise ValueError(_("no “%(key)s”") % {"key": key})
    _text(data, "profile")
    if data.get("level") is not None:
        _text(data, "level")
    if "evaluated_at" in data and data["evaluated_at"] is not None:
        _text(data, "evaluated_at")
    score = data["score"]
    if (
        not isinstance(score, int | float)
        or isinstance(score, bool)
        or not math.isfinite(score)
        or not 0 <= score <= 1
    ):
        raise ValueError(_("“score” is not a number between 0 and 1"))
    counts = [data["required_ok"], data["required_applicable"]]
    if not all(isinstance(n, int) and not isinstance(n, bool) for n in counts) or (
        not 0 <= counts[0] <= counts[1] < 2**31
    ):
        raise ValueError(_("“required_ok” and “required_applicable” are not counts"))
    findings = data.get("findings")
    if not isinstance(findings, list) or not all(isinstance(f, dict) for f in findings):
        raise ValueError(_("no findings"))
    for finding in findings:
        for key in ("requirement", "status", "severity"):
            _text(finding, key)


def _text(data, key):
    """``data[key]``, a string the database can keep (no NUL, no lone surrogate)."""
    value = data.get(key)
    if not isinstance(value, str) or "\x00" in value:
        raise ValueError(_("“%(key)s” is not a text") % {"key": key})
    value.encode("utf-8")  # UnicodeEncodeError (a ValueError) on a lone surrogate
    return value


def _evaluated_at(data):
    try:
        value = datetime.datetime.fromisoformat(data.get("evaluated_at") or "")
    except ValueError:
        return timezone.now()
    return value if timezone.is_aware(value) else timezone.make_aware(value)


def read(remote, store=True, opener=None, sleep=None):
    """Read ``remote``'s report; with ``store``, keep it as the agency's day in
    the history and note whether the agency answered. Returns a :class:`Reading`."""
    now = timezone.now()
    try:
        data = fetch(remote, opener=opener, sleep=sleep)
    except Unreachable as error:
        return mark_unreachable(remote, str(error), store=store)
    findings = data["findings"]
    evaluation = record_values(
        {"remote": remote},
        save=store,
        profile=str(data["profile"])[:50],
        level=str(data.get("level") or remote.level or "")[:50],
        score=float(data["score"]),
        required_ok=int(data["required_ok"]),
        required_applicable=int(data["required_applicable"]),
        statuses={str(f["requirement"]): str(f["status"]) for f in findings},
        failing=[
            str(f["requirement"])
            for f in findings
            if f["severity"] == "required" and f["status"] in FAILING
        ],
        computed_at=_evaluated_at(data),
    )
    remote.last_success_at = now
    remote.unreachable_since = None
    remote.last_error = ""
    if store:
        remote.save(
            update_fields=["last_success_at", "unreachable_since", "last_error"]
        )
    return Reading(remote, evaluation=evaluation, data=data)


def mark_unreachable(remote, reason, store=True):
    """Note that ``remote`` could not be read, and why (unreachable since the
    first failed reading); with ``store``, keep it. Returns a :class:`Reading`."""
    remote.unreachable_since = remote.unreachable_since or timezone.now()
    remote.last_error = reason[:500]
    if store:
        remote.save(update_fields=["unreachable_since", "last_error"])
    return Reading(remote, error=reason)
