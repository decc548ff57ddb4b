"""The Content-Security-Policy of public pages (issue 16).

The theme needs no inline script or style and nothing from another origin, so the
policy is strict and same-origin. :data:`PUBLIC_POLICY` is written once, as
directives, and given to whichever middleware the project uses:

- Django 6.0 and later: ``django.middleware.csp.ContentSecurityPolicyMiddleware``
  with ``SECURE_CSP = wagtail_nd43.csp.django_policy()``;
- Django 5.2: the maintained ``django-csp`` package (``csp.middleware.CSPMiddleware``)
  with ``CONTENT_SECURITY_POLICY = wagtail_nd43.csp.django_csp_policy()``.

The Wagtail admin keeps its own policy needs (inline scripts of some widgets):
``django_csp_policy`` leaves ``/admin/`` and ``/django-admin/`` out.
"""

SELF = "'self'"
NONE = "'none'"

PUBLIC_POLICY = {
    "default-src": [SELF],
    "script-src": [SELF],
    "style-src": [SELF],
    "img-src": [SELF, "data:"],
    "font-src": [SELF],
    "connect-src": [SELF],
    "media-src": [SELF],
    "frame-src": [SELF],
    "object-src": [NONE],
    "base-uri": [SELF],
    "form-action": [SELF],
    "frame-ancestors": [SELF],
}

ADMIN_PREFIXES = ("/admin/", "/django-admin/")


def policy(extra=None):
    """:data:`PUBLIC_POLICY` with ``extra`` sources added per directive (e.g. a
    video host in ``frame-src``)."""
    result = {name: list(sources) for name, sources in PUBLIC_POLICY.items()}
    for name, sources in (extra or {}).items():
        result.setdefault(name, [SELF])
        result[name] += [s for s in sources if s not in result[name]]
    return result


def header_value(directives=None):
    """The header's text for ``directives`` (default: the public policy)."""
    return "; ".join(
        f"{name} {' '.join(sources)}"
        for name, sources in (directives or policy()).items()
    )


def django_policy(extra=None):
    """``SECURE_CSP`` for Django's own middleware (Django 6.0+)."""
    return policy(extra)


def django_csp_policy(extra=None, exclude=ADMIN_PREFIXES):
    """``CONTENT_SECURITY_POLICY`` for django-csp 4."""
    return {"EXCLUDE_URL_PREFIXES": list(exclude), "DIRECTIVES": policy(extra)}
