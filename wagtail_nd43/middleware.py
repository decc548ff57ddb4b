"""Middleware of the package (issue 16)."""

from django.utils.cache import patch_cache_control


class PrivateForUsersMiddleware:
    """``Cache-Control: private`` on every response rendered for a logged-in user.

    Pages an editor looks at carry the userbar and may show drafts or restricted
    content; ``Vary: Cookie`` alone lets a shared cache that ignores ``Vary`` keep
    them. Responses already marked ``no-store`` or ``private`` are left as they are.
    Place it after ``AuthenticationMiddleware``.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            control = response.get("Cache-Control", "")
            if "no-store" not in control and "private" not in control:
                # Django drops "public" when "private" is added.
                patch_cache_control(response, private=True)
        return response
