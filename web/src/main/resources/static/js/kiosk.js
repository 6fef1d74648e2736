// Kiosk storefront: the little the pages need beyond htmx. Everything works without it; it only makes failures
// visible and missing product photos tidy.
(function () {
  "use strict";

  function announce(text) {
    var notices = document.getElementById("notices");
    if (!notices || !text) {
      return;
    }
    var notice = document.createElement("p");
    notice.className = "notice notice-error";
    notice.textContent = text;
    notices.replaceChildren(notice);
  }

  // an htmx request that failed shows nothing by itself: say so where screen readers hear it
  document.addEventListener("htmx:responseError", function () {
    announce(document.body.dataset.requestFailed);
  });
  document.addEventListener("htmx:sendError", function () {
    announce(document.body.dataset.offline);
  });

  // a product photo that cannot be loaded leaves its placeholder (the product's initials) instead of a broken image
  function markMissing(image) {
    var frame = image.closest(".product-image");
    if (frame) {
      frame.classList.add("no-image");
    }
  }
  document.addEventListener("error", function (event) {
    if (event.target instanceof HTMLImageElement) {
      markMissing(event.target);
    }
  }, true);
  function checkImages(root) {
    root.querySelectorAll(".product-image img").forEach(function (image) {
      if (image.complete && image.naturalWidth === 0) {
        markMissing(image);
      }
    });
  }
  document.addEventListener("DOMContentLoaded", function () { checkImages(document); });

  // a redrawn quote names the choices a broken rule is about (data-conflicting="group=choice ..."): mark them in the
  // configurator, as the page itself does when it is loaded whole
  function markConflicts(quote) {
    var conflicting = (quote.dataset.conflicting || "").split(" ").filter(Boolean);
    document.querySelectorAll("#configurator .choice").forEach(function (choice) {
      var input = choice.querySelector("input");
      var reference = input ? input.name.replace(/^option\./, "") + "=" + input.value : "";
      choice.classList.toggle("conflict", conflicting.indexOf(reference) >= 0);
    });
  }
  document.addEventListener("htmx:afterSettle", function (event) {
    checkImages(event.target);
    var quote = document.getElementById("quote");
    // (a quote without conflicts may carry no data-conflicting at all: the marks of the last refusal go then too)
    if (quote) {
      markConflicts(quote);
    }
  });
})();
