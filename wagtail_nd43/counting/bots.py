"""Which user agents are robots, not people.

The default list covers search engines, social-network and chat link previews,
SEO and monitoring crawlers, AI crawlers, headless browsers and HTTP libraries. It is
maintained here; a site adds its own patterns with
``WAGTAIL_ND43_COUNTER_EXTRA_BOT_PATTERNS`` or replaces the list with
``WAGTAIL_ND43_COUNTER_BOT_PATTERNS``. Patterns are case-insensitive regular
expressions, compiled once into one expression (the django-hitcount issue #96:
looking blacklists up on every hit is expensive).
"""

import re
from functools import lru_cache

from ..conf import nd43_settings


DEFAULT_BOT_PATTERNS = (
    # Generic words used by almost every crawler's user agent.
    r"(?<!cu)bot\b",  # not the CUBOT phone brand
    r"bot/",
    r"crawl",
    r"spider",
    r"slurp",
    r"scrap",
    r"archiver",
    r"fetcher",
    r"indexer",
    # Search engines and their helpers (Vietnamese: Cốc Cốc).
    r"googlebot",
    r"google-inspectiontool",
    r"googleother",
    r"mediapartners-google",
    r"adsbot",
    r"bingpreview",
    r"coccoc",
    r"baiduspider",
    r"yandex",
    r"sogou",
    r"petalbot",
    r"bytespider",
    r"applebot",
    r"duckduckgo",
    # Link previews of social networks and chat apps.
    r"facebookexternalhit",
    r"facebookcatalog",
    r"meta-externalagent",
    r"twitterbot",
    r"linkedinbot",
    r"slackbot",
    r"discordbot",
    r"telegrambot",
    r"whatsapp",
    r"skypeuripreview",
    r"vkshare",
    r"embedly",
    r"zalo.*(preview|bot)",
    # SEO, AI and archive crawlers.
    r"ahrefs",
    r"semrush",
    r"mj12",
    r"dotbot",
    r"dataforseo",
    r"gptbot",
    r"chatgpt-user",
    r"claudebot",
    r"anthropic-ai",
    r"ccbot",
    r"perplexity",
    r"amazonbot",
    r"ia_archiver",
    # Monitoring and performance tools.
    r"pingdom",
    r"uptime",
    r"statuscake",
    r"site24x7",
    r"monitor",
    r"lighthouse",
    r"pagespeed",
    r"gtmetrix",
    r"chrome-lighthouse",
    # Headless browsers and HTTP libraries.
    r"headless",
    r"phantomjs",
    r"puppeteer",
    r"playwright",
    r"selenium",
    r"python-requests",
    r"python-urllib",
    r"python-httpx",
    r"aiohttp",
    r"\bcurl/",
    r"\bwget/",
    r"libwww-perl",
    r"go-http-client",
    r"java/",
    r"okhttp",
    r"apache-httpclient",
    r"axios/",
    r"node-fetch",
    r"undici",
    r"httpclient",
    r"\bhttpie/",
    r"postmanruntime",
)


@lru_cache(maxsize=8)
def _compile(patterns):
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


def bot_patterns():
    base = nd43_settings.COUNTER_BOT_PATTERNS
    if base is None:
        base = DEFAULT_BOT_PATTERNS
    return tuple(base) + tuple(nd43_settings.COUNTER_EXTRA_BOT_PATTERNS)


def is_bot(user_agent):
    """True for robots and for requests without a user agent."""
    if not user_agent or not user_agent.strip():
        return True
    return _compile(bot_patterns()).search(user_agent[:1000]) is not None
