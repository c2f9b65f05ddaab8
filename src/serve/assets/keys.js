// crosscheck review desk: keyboard shortcuts for the review loop.
// An element with data-key="x" is clicked (links, buttons) or focused
// (fields) when x is pressed outside a field; in a field, Escape leaves it.
// On the queue, j and k move the selection and o or Enter opens it.
(function () {
  "use strict";
  function rows() {
    return Array.prototype.slice.call(document.querySelectorAll("tr.flag-row"));
  }
  function move(step) {
    var all = rows();
    if (!all.length) return;
    var at = all.findIndex(function (r) { return r.classList.contains("selected"); });
    var next = Math.max(0, Math.min(all.length - 1, (at < 0 ? 0 : at) + step));
    all.forEach(function (r) { r.classList.remove("selected"); });
    all[next].classList.add("selected");
    all[next].scrollIntoView({ block: "nearest" });
  }
  function openSelected() {
    var row = document.querySelector("tr.flag-row.selected a.open");
    if (row) { row.click(); return true; }
    return false;
  }
  document.addEventListener("keydown", function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    var t = e.target;
    var tag = t && t.tagName;
    if (tag === "TEXTAREA" || tag === "INPUT" || tag === "SELECT") {
      if (e.key === "Escape") t.blur();
      return;
    }
    if (e.key === "j") { move(1); e.preventDefault(); return; }
    if (e.key === "k") { move(-1); e.preventDefault(); return; }
    if ((e.key === "o" || e.key === "Enter") && tag !== "A" && tag !== "BUTTON") {
      if (openSelected()) e.preventDefault();
      return;
    }
    if (!/^[a-z]$/.test(e.key)) return;
    var el = document.querySelector('[data-key="' + e.key + '"]');
    if (!el) return;
    e.preventDefault();
    if (el.tagName === "TEXTAREA" || el.tagName === "INPUT") el.focus();
    else el.click();
  });
})();
