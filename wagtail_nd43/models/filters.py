"""Reading listing filters from GET parameters: a bad or unknown value is ignored
(the listing shows everything) rather than answered with an error, so a shared link
always opens."""


def text_param(params, name, max_length=255):
    """A free-text value, whitespace-collapsed and cut to ``max_length``."""
    return " ".join(str(params.get(name, "")).split())[:max_length]


def choice_param(params, name, allowed):
    """The value if it is one of ``allowed`` (strings), else ``""``."""
    value = str(params.get(name, "")).strip()
    return value if value in {str(choice) for choice in allowed} else ""


def int_param(params, name, low, high):
    """An integer between ``low`` and ``high`` inclusive, else ``None``."""
    try:
        value = int(str(params.get(name, "")).strip())
    except (TypeError, ValueError):
        return None
    return value if low <= value <= high else None


def year_range(dates):
    """Every year from the newest of ``dates`` (a values_list of dates or years)
    down to the oldest, in two indexed queries."""
    first = dates.order_by(dates.query.values_select[0]).first()
    if first is None:
        return []
    last = dates.order_by("-" + dates.query.values_select[0]).first()
    first = getattr(first, "year", first)
    last = getattr(last, "year", last)
    return list(range(last, first - 1, -1))
