"""wagtail_nd43: Decree 43/2011/NĐ-CP compliance by construction for Wagtail sites."""

__version__ = "0.1.0"
