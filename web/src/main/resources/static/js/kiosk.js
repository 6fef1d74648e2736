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
  document.addEventListener("htmx:afterSettle", function (event) { checkImages(event.target); });
})();
