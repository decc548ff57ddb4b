// The self-assessment's print button (a plain script: no inline handler, so a strict
// Content-Security-Policy allows it). Without JavaScript the browser's own Print works.
document.querySelectorAll("[data-nd43-print]").forEach(function (button) {
    button.addEventListener("click", function () {
        window.print();
    });
});
