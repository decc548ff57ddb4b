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

    function init() {
        setUpTextSize();
        setUpPrint();
        setUpPrintedLinks();
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", init);
    } else {
        init();
    }
})();
