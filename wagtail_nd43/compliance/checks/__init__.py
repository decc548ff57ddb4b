"""One evaluator per check kind of the rulebook (``rulebook/__init__.py``),
registered against the kind's class with :func:`~.registry.evaluates`.

Each takes the requirement, its check spec and the site's :class:`SiteData`, and
returns a :class:`Finding`. They are generic: everything specific to a requirement
(which section, which fields, how fresh, how many working days) is in the spec.
"""

from . import records, sections, site  # noqa: F401  (each registers its evaluators)
