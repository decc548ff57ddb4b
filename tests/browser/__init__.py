"""Browser tests: the example site served by ``runserver``, driven through Playwright
and Debian's Chromium, checked with axe-core. Run with ``pytest tests/browser``."""
