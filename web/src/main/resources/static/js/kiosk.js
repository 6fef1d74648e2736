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

  // a search box's suggestions (a list of links htmx puts under it): the down and up arrows walk from the box through
  // the list, Escape closes it and returns to the box, and the list closes when the focus leaves box and list
  function suggestionsOf(element) {
    var around = element.closest(".suggesting");
    return around ? around.querySelector(".suggestions-panel") : null;
  }
  function closeSuggestions(panel) {
    if (panel) {
      panel.replaceChildren();
    }
  }
  document.addEventListener("keydown", function (event) {
    var panel = event.target instanceof Element ? suggestionsOf(event.target) : null;
    if (!panel) {
      return;
    }
    var links = Array.prototype.slice.call(panel.querySelectorAll("a.suggestion"));
    var box = panel.closest(".suggesting").querySelector("input");
    var at = links.indexOf(event.target);
    if (event.key === "Escape") {
      closeSuggestions(panel);
      box.focus();
    } else if (event.key === "ArrowDown" && links.length > 0) {
      event.preventDefault();
      links[Math.min(at + 1, links.length - 1)].focus();
    } else if (event.key === "ArrowUp" && at >= 0) {
      event.preventDefault();
      (at === 0 ? box : links[at - 1]).focus();
    }
  });
  document.addEventListener("focusout", function (event) {
    var panel = event.target instanceof Element ? suggestionsOf(event.target) : null;
    if (panel && !(event.relatedTarget instanceof Element && panel.closest(".suggesting").contains(event.relatedTarget))) {
      // later, so that a click on a suggestion still follows its link
      setTimeout(function () { closeSuggestions(panel); }, 200);
    }
  });
  document.addEventListener("submit", function (event) {
    event.target.querySelectorAll(".suggestions-panel").forEach(closeSuggestions);
  });

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
