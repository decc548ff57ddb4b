/*
 * wagtail_nd43 public theme: progressive enhancements only. Every page works
 * without this file; it un-hides the controls that need it.
 *
 * - Text size control (A- / A / A+), remembered in localStorage.
 * - Print buttons ([data-nd43-print]).
 * - Absolute link addresses for the printed page.
 */
(function () {
    "use strict";

    // Runs init once the document is parsed: at once when it already is (the
    // script is loaded with defer), else on DOMContentLoaded. Both parts use it.
    function whenReady(init) {
        if (document.readyState === "loading") {
            document.addEventListener("DOMContentLoaded", init);
        } else {
            init();
        }
    }

    (function () {
        var STORAGE_KEY = "nd43-text-size";
        var SIZES = [87.5, 100, 112.5, 125, 150]; // percent of the browser default
        var DEFAULT_INDEX = 1;

        function readIndex() {
            var stored = null;
            try {
                stored = window.localStorage.getItem(STORAGE_KEY);
            } catch (error) {
                // Storage may be disabled (private mode, policy); use the default.
            }
            var index = parseInt(stored, 10);
            if (isNaN(index) || index < 0 || index >= SIZES.length) {
                return DEFAULT_INDEX;
            }
            return index;
        }

        function saveIndex(index) {
            try {
                if (index === DEFAULT_INDEX) {
                    window.localStorage.removeItem(STORAGE_KEY);
                } else {
                    window.localStorage.setItem(STORAGE_KEY, String(index));
                }
            } catch (error) {
                // Not remembered; the size still applies to this page.
            }
        }

        function applyIndex(index) {
            document.documentElement.style.fontSize =
                index === DEFAULT_INDEX ? "" : SIZES[index] + "%";
            var groups = document.querySelectorAll("[data-nd43-text-size]");
            Array.prototype.forEach.call(groups, function (group) {
                var buttons = group.querySelectorAll("[data-nd43-text-size-step]");
                Array.prototype.forEach.call(buttons, function (button) {
                    var step = parseInt(button.getAttribute("data-nd43-text-size-step"), 10);
                    if (step < 0) {
                        button.disabled = index === 0;
                    } else if (step > 0) {
                        button.disabled = index === SIZES.length - 1;
                    } else {
                        button.setAttribute("aria-pressed", String(index === DEFAULT_INDEX));
                    }
                });
            });
        }

        function setUpTextSize() {
            var current = readIndex();
            applyIndex(current);
            var groups = document.querySelectorAll("[data-nd43-text-size]");
            Array.prototype.forEach.call(groups, function (group) {
                group.hidden = false;
                group.addEventListener("click", function (event) {
                    var button = event.target.closest("[data-nd43-text-size-step]");
                    if (!button || button.disabled) {
                        return;
                    }
                    var step = parseInt(button.getAttribute("data-nd43-text-size-step"), 10);
                    current = step === 0
                        ? DEFAULT_INDEX
                        : Math.min(Math.max(current + step, 0), SIZES.length - 1);
                    saveIndex(current);
                    applyIndex(current);
                });
            });
        }

        function setUpPrint() {
            if (typeof window.print !== "function") {
                return;
            }
            var buttons = document.querySelectorAll("[data-nd43-print]");
            Array.prototype.forEach.call(buttons, function (button) {
                button.hidden = false;
                button.addEventListener("click", function () {
                    window.print();
                });
            });
        }

        function setUpPrintedLinks() {
            var links = document.querySelectorAll("main a[href]");
            Array.prototype.forEach.call(links, function (link) {
                var href = link.getAttribute("href");
                if (href && href.charAt(0) !== "#" && href.indexOf("mailto:") !== 0) {
                    link.setAttribute("data-nd43-href", link.href);
                }
            });
        }

        whenReady(function () {
            setUpTextSize();
            setUpPrint();
            setUpPrintedLinks();
        });
    })();

    /*
     * Banners, alerts, mourning and the counting beacon (issue 7).
     *
     * - Items with data-nd43-start / data-nd43-end (Unix seconds) are shown only
     *   inside their window, checked again at the next boundary: a page kept by a
     *   cache still shows and hides them on time.
     * - A visible mourning notice puts the nd43-mourning class on <html> (greyscale,
     *   festive banners hidden by CSS).
     * - Alerts can be closed; the alert's content hash is remembered in
     *   localStorage, so an edited alert shows again. Without JavaScript alerts
     *   simply stay visible.
     * - In beacon mode, one small POST asks for this page view to be counted.
     */
    (function () {
        var DISMISSED_KEY = "nd43-dismissed-alerts";
        var MAX_REMEMBERED = 50;
        var timer = null;

        function readDismissed() {
            try {
                var stored = JSON.parse(window.localStorage.getItem(DISMISSED_KEY) || "[]");
                return Array.isArray(stored) ? stored : [];
            } catch (error) {
                return [];
            }
        }

        function remember(hash) {
            var dismissed = readDismissed().filter(function (item) {
                return item !== hash;
            });
            dismissed.push(hash);
            try {
                window.localStorage.setItem(
                    DISMISSED_KEY,
                    JSON.stringify(dismissed.slice(-MAX_REMEMBERED))
                );
            } catch (error) {
                // Not remembered: the alert comes back on the next page.
            }
        }

        function inWindow(element, now) {
            var start = parseInt(element.getAttribute("data-nd43-start"), 10);
            var end = parseInt(element.getAttribute("data-nd43-end"), 10);
            return (isNaN(start) || start <= now) && (isNaN(end) || now < end);
        }

        function applySchedule() {
            var now = Date.now() / 1000;
            var next = Infinity;
            var dismissed = readDismissed();
            var mourning = false;
            var items = document.querySelectorAll("[data-nd43-start], [data-nd43-end]");
            Array.prototype.forEach.call(items, function (element) {
                ["data-nd43-start", "data-nd43-end"].forEach(function (name) {
                    var moment = parseInt(element.getAttribute(name), 10);
                    if (!isNaN(moment) && moment > now && moment < next) {
                        next = moment;
                    }
                });
                var visible = inWindow(element, now);
                var hash = element.getAttribute("data-nd43-alert");
                if (hash && dismissed.indexOf(hash) !== -1) {
                    visible = false;
                }
                element.hidden = !visible;
                if (visible && element.hasAttribute("data-nd43-mourning")) {
                    mourning = true;
                }
            });
            var notices = document.querySelectorAll("[data-nd43-mourning]");
            if (notices.length) {
                document.documentElement.classList.toggle("nd43-mourning", mourning);
            }
            window.clearTimeout(timer);
            if (next !== Infinity && next - now < 86400) {
                timer = window.setTimeout(applySchedule, (next - now) * 1000 + 500);
            }
        }

        function setUpAlerts() {
            var dismissed = readDismissed();
            var alerts = document.querySelectorAll("[data-nd43-alert]");
            Array.prototype.forEach.call(alerts, function (alert) {
                var hash = alert.getAttribute("data-nd43-alert");
                if (dismissed.indexOf(hash) !== -1) {
                    alert.hidden = true;
                }
                var button = alert.querySelector("[data-nd43-dismiss]");
                if (!button) {
                    return;
                }
                button.hidden = false;
                button.addEventListener("click", function () {
                    remember(hash);
                    alert.hidden = true;
                    var main = document.getElementById("main");
                    if (main) {
                        main.focus();
                    }
                });
            });
        }

        function sendBeacon() {
            var element = document.querySelector("[data-nd43-beacon]");
            if (!element || !navigator.sendBeacon) {
                return;
            }
            navigator.sendBeacon(
                element.getAttribute("data-nd43-beacon"),
                element.getAttribute("data-nd43-beacon-token")
            );
        }

        whenReady(function () {
            setUpAlerts();
            applySchedule();
            sendBeacon();
        });
    })();
})();
