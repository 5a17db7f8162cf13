// Hulpwijzer quick exit: see app/src/shell.rs.
(function () {
  "use strict";
  var FLAG = "hulpwijzer-left";
  var root = document.documentElement;
  var script = document.currentScript;
  var fallbackUrl = script ? script.getAttribute("data-exit-url") : null;
  var presses = 0;
  var timer = null;

  function button() {
    return document.querySelector("a.quick-exit[data-quick-exit]");
  }

  function exitUrl() {
    var link = button();
    return (link && link.href) || fallbackUrl || "about:blank";
  }

  function remember(left) {
    try {
      if (left) {
        window.sessionStorage.setItem(FLAG, "1");
      } else {
        window.sessionStorage.removeItem(FLAG);
      }
    } catch (err) {
      // Storage can be switched off; the exit itself still works.
    }
  }

  function hasLeft() {
    try {
      return window.sessionStorage.getItem(FLAG) === "1";
    } catch (err) {
      return false;
    }
  }

  function leave() {
    root.style.setProperty("display", "none", "important");
    document.title = "";
    remember(true);
    window.location.replace(exitUrl());
  }

  function cameBack() {
    var entries = window.performance && window.performance.getEntriesByType
      ? window.performance.getEntriesByType("navigation")
      : [];
    return entries.length > 0 && entries[0].type === "back_forward";
  }

  function announce(name) {
    var status = document.querySelector("[data-quick-exit-status]");
    var link = button();
    if (status && link) {
      status.textContent = link.getAttribute("data-msg-" + name) || "";
    }
  }

  function reset(message) {
    presses = 0;
    window.clearTimeout(timer);
    timer = null;
    if (message) {
      announce(message);
    }
  }

  if (hasLeft()) {
    if (cameBack()) {
      leave();
    } else {
      remember(false);
    }
  }

  window.addEventListener("pageshow", function (event) {
    if (event.persisted && hasLeft()) {
      leave();
    }
  });

  document.addEventListener("click", function (event) {
    var target = event.target;
    var link = target && target.closest ? target.closest("[data-quick-exit]") : null;
    if (link) {
      event.preventDefault();
      event.stopPropagation();
      leave();
    }
  }, true);

  document.addEventListener("keydown", function (event) {
    if (event.key !== "Shift") {
      if (presses > 0) {
        reset(null);
      }
      return;
    }
    if (event.repeat) {
      return;
    }
    presses += 1;
    window.clearTimeout(timer);
    if (presses >= 3) {
      announce("leaving");
      leave();
      return;
    }
    announce(presses === 1 ? "2" : "1");
    timer = window.setTimeout(function () {
      reset("cancelled");
    }, 5000);
  }, true);
})();
