"""Which function evaluates each check kind.

A kind is declared once, by its class in the rulebook (``rulebook.Check``); its
evaluator is registered against that class with :func:`evaluates`. A site adds a
kind of its own the same way: a ``Check`` subclass in its profile module and a
decorated function in a module its ``AppConfig.ready()`` imports. A kind left
without an evaluator is reported by the system check ``wagtail_nd43.E190`` and
stops :func:`evaluator_for` with a message saying what to write.
"""

from collections.abc import Callable

from django.core.exceptions import ImproperlyConfigured

from ..rulebook import CHECK_KINDS, Check


#: The evaluator of each check class: ``(requirement, check, data) -> Finding``.
EVALUATORS: dict[type[Check], Callable] = {}


def evaluates(check_class):
    """Register the decorated function as the evaluator of ``check_class``."""
    if not (isinstance(check_class, type) and issubclass(check_class, Check)):
        raise TypeError(
            f"@evaluates takes a rulebook Check class, not {check_class!r}."
        )

    def register(function):
        other = EVALUATORS.get(check_class)
        if other is not None:
            raise ImproperlyConfigured(
                f"The check kind {check_class.kind!r} already has an evaluator: "
                f"{other.__module__}.{other.__qualname__}."
            )
        EVALUATORS[check_class] = function
        return function

    return register


def evaluator_for(check):
    """The function that evaluates ``check`` (a rulebook ``Check``)."""
    try:
        return EVALUATORS[type(check)]
    except KeyError:
        raise ImproperlyConfigured(missing_message(type(check))) from None


def missing_message(check_class):
    return (
        f"The check kind {check_class.kind!r} "
        f"({check_class.__module__}.{check_class.__qualname__}) has no evaluator: "
        f"decorate one with @evaluates({check_class.__qualname__}) in a module your "
        "app imports when it is ready."
    )


def without_evaluator():
    """The declared check classes that no function evaluates, in declaration order."""
    return [cls for cls in CHECK_KINDS.values() if cls not in EVALUATORS]
