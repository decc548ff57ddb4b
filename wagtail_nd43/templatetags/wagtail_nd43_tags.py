"""Template tags of the default public theme: ``{% load wagtail_nd43_tags %}``.

The one library templates load; its tags are written by concern in
``wagtail_nd43/rendering/`` (see its ``__init__``), whose modules register them
on :data:`register` when they are imported here.
"""

from ..rendering import (  # noqa: F401 - importing them registers their tags
    content,
    counters,
    metadata,
    navigation,
    notices,
    register,
    site,
)


__all__ = ["register"]
