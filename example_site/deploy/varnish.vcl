vcl 4.1;
# Varnish in front of the agency site's application servers (docs/how-to/deploy.md).
# Keeps what the site marks `Cache-Control: public`, passes everything else, and
# accepts PURGE from the application servers (wagtail.contrib.frontend_cache's
# HTTPBackend). PURGE of "/*" (WAGTAIL_ND43_FRONTEND_CACHE_SITE_PATH) bans every
# page of that host: a banner, alert, mourning period or the identity changed.

import std;

backend default {
    .host = "127.0.0.1";
    .port = "8000";
}

acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    if (req.method == "PURGE") {
        if (!client.ip ~ purgers) {
            return (synth(405, "Not allowed"));
        }
        if (req.url == "/*") {
            ban("req.http.host == " + req.http.host);
            return (synth(200, "Banned"));
        }
        return (purge);
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # Logged-in editors and admin pages never come from the cache.
    if (req.url ~ "^/admin" || req.http.Cookie ~ "sessionid=") {
        return (pass);
    }
    # Anonymous visitors share cached pages: drop their cookies (CSRF, analytics).
    unset req.http.Cookie;
    return (hash);
}

sub vcl_backend_response {
    # Only what the application marks public is kept (frontend_cache.py).
    if (beresp.http.Cache-Control !~ "public" || beresp.http.Set-Cookie) {
        set beresp.uncacheable = true;
        set beresp.ttl = 120s;
        return (deliver);
    }
}

sub vcl_deliver {
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
}
