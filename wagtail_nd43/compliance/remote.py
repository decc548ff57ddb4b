"""Agencies hosted elsewhere (:class:`~wagtail_nd43.models.RemoteAgency`): their
compliance is read from the JSON endpoint of their own installation
(``/api/nd43/compliance.json``, ``Authorization: Bearer <token>``), nothing else is
fetched, and the result joins the same history as the sites of this installation.

A reading waits at most :data:`TIMEOUT` seconds per attempt and tries
:data:`ATTEMPTS` times (a refused token or a missing endpoint only once: asking
again changes nothing). An agency that cannot be read keeps its last stored day
and is marked unreachable from the first failed reading until the next good one.
"""

import datetime
import json
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from urllib.request import build_opener

from django.utils import timezone

from .history import record_values
from .report import FAIL_LEVELS, FAILING, LATE


#: The path of the endpoint, under the agency's base address.
ENDPOINT = "/api/nd43/compliance.json"
#: Seconds to wait for one answer.
TIMEOUT = 10
#: Attempts per reading.
ATTEMPTS = 3
#: Seconds before the second attempt; doubled before each further one.
BACKOFF = 1.0
#: The most of an answer that is read (a report is some tens of kilobytes).
MAX_BYTES = 2 * 1024 * 1024
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


def fetch(remote, opener=None, sleep=None):
    """The agency's report as a dict; :class:`Unreachable` when it cannot be had."""
    url = endpoint_url(remote)
    if not url.startswith(("https://", "http://")):
        raise Unreachable(f"not a web address: {url}")
    request = urllib.request.Request(  # noqa: S310 - http(s) only, checked above
        url,
        headers={
            "Authorization": f"Bearer {remote.token}",
            "Accept": "application/json",
            "User-Agent": "wagtail-nd43 province overview",
        },
    )
    opener = opener or build_opener()
    sleep = sleep or time.sleep
    reason = ""
    for attempt in range(ATTEMPTS):
        if attempt:
            sleep(BACKOFF * 2 ** (attempt - 1))
        try:
            with opener.open(request, timeout=TIMEOUT) as response:
                body = response.read(MAX_BYTES + 1)
            if len(body) > MAX_BYTES:
                raise Unreachable("the answer is too large")
            return parse(body)
        except urllib.error.HTTPError as error:
            reason = f"HTTP {error.code}"
            if error.code in FINAL_HTTP_STATUSES:
                break
        except Unreachable:
            raise
        except (urllib.error.URLError, OSError) as error:
            reason = str(getattr(error, "reason", None) or error)
        except ValueError as error:
            reason = f"not a compliance report: {error}"
            break
    raise Unreachable(reason)


def parse(body):
    """The report in ``body``, checked for what the history needs."""
    data = json.loads(body.decode("utf-8"))
    if not isinstance(data, dict):
        raise ValueError("not an object")
    for key in ("profile", "score", "required_ok", "required_applicable"):
        if key not in data:
            raise ValueError(f"no “{key}”")
    findings = data.get("findings")
    if not isinstance(findings, list) or not all(
        isinstance(f, dict) and {"requirement", "status", "severity"} <= set(f)
        for f in findings
    ):
        raise ValueError("no findings")
    float(data["score"])
    return data


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
        remote.unreachable_since = remote.unreachable_since or now
        remote.last_error = str(error)[:500]
        if store:
            remote.save(update_fields=["unreachable_since", "last_error"])
        return Reading(remote, error=str(error))
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
