/* rhetoscope report: layer toggles, filters and details. Document data is only ever written
   with textContent (never innerHTML), and no handler is built from data. */
(function () {
  "use strict";
  var dataEl = document.getElementById("rs-data");
  if (!dataEl) { return; }
  var DATA = JSON.parse(dataEl.textContent || "{}");
  var SPANS = DATA.spans || {};
  var TECH = DATA.techniques || {};
  var body = document.body;
  var details = document.getElementById("details");
  var tip = document.getElementById("tip");
  var segs = Array.prototype.slice.call(document.querySelectorAll(".m[data-ids]"));
  var state = { speaker: "", tech: "", minScore: 0 };

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) { node.className = cls; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }
  function idsOf(seg) { return (seg.getAttribute("data-ids") || "").split(" ").filter(Boolean); }
  function pct(x) { return (typeof x === "number") ? Math.round(x * 100) + "%" : ""; }

  /* --- layer toggles: one body class per hidden layer ---------------------------------- */
  Array.prototype.forEach.call(document.querySelectorAll("input[data-layer]"), function (box) {
    box.addEventListener("change", function () {
      body.classList.toggle("hide-" + box.getAttribute("data-layer"), !box.checked);
    });
  });

  /* --- technique filter: recompute which technique paints each segment ------------------ */
  function techVisible(id) {
    var span = SPANS[id];
    if (!span) { return false; }
    if (typeof span.score === "number" && span.score < state.minScore) { return false; }
    if (!state.tech) { return true; }
    if (state.tech.indexOf("t:") === 0) { return span.label === state.tech.slice(2); }
    var info = TECH[span.label] || {};
    return "cat:" + info.category === state.tech;
  }
  function paintTechniques() {
    segs.forEach(function (seg) {
      var techs = idsOf(seg).filter(function (i) { return i.charAt(0) === "t"; });
      if (!techs.length) { return; }
      for (var c = 0; c < 8; c++) { seg.classList.remove("cat-" + c); }
      var shown = techs.filter(techVisible);
      seg.classList.toggle("tech", shown.length > 0);
      seg.classList.toggle("multi", shown.length > 1);
      if (shown.length) {
        var info = TECH[SPANS[shown[0]].label] || {};
        seg.classList.add("cat-" + (info.colour || 0));
      }
    });
    Array.prototype.forEach.call(document.querySelectorAll(".legend button"), function (b) {
      b.setAttribute("aria-pressed", String(state.tech === "cat:" + b.getAttribute("data-cat")));
    });
    var select = document.getElementById("f-tech");
    if (select && select.value !== state.tech) { select.value = state.tech; }
  }
  var confSelect = document.getElementById("f-conf");
  if (confSelect) {
    confSelect.addEventListener("change", function () {
      state.minScore = parseFloat(confSelect.value) || 0;
      paintTechniques();
    });
  }
  var techSelect = document.getElementById("f-tech");
  if (techSelect) {
    techSelect.addEventListener("change", function () { state.tech = techSelect.value; paintTechniques(); });
  }
  Array.prototype.forEach.call(document.querySelectorAll(".legend button"), function (b) {
    b.addEventListener("click", function () {
      var value = "cat:" + b.getAttribute("data-cat");
      state.tech = state.tech === value ? "" : value;
      paintTechniques();
    });
  });

  /* --- speaker filter: dim every other speaker's turns and panels ----------------------- */
  var spkSelect = document.getElementById("f-speaker");
  if (spkSelect) {
    spkSelect.addEventListener("change", function () {
      state.speaker = spkSelect.value;
      Array.prototype.forEach.call(document.querySelectorAll(".turn, .speaker"), function (node) {
        node.classList.toggle("dim", !!state.speaker && node.getAttribute("data-speaker") !== state.speaker);
      });
      Array.prototype.forEach.call(document.querySelectorAll(".gap"), function (node) {
        node.classList.toggle("dim", !!state.speaker);
      });
    });
  }

  /* --- details panel and tooltip -------------------------------------------------------- */
  function layerShown(id) {
    var kind = id.charAt(0);
    var layer = { t: "techniques", e: "entities", c: "claims", d: "duplicates", o: "duplicates",
                  g: "generic", l: "turns" }[kind];
    return !layer || !body.classList.contains("hide-" + layer);
  }
  function describe(id) {
    var s = SPANS[id];
    if (!s) { return null; }
    var a = s.attrs || {};
    var box = el("div", "item");
    var kind = id.charAt(0);
    if (kind === "t") {
      var info = TECH[s.label] || {};
      box.appendChild(el("div", "kind", "Technique · " + (info.category || "")));
      var h = el("h3"); var sw = el("i", "sw" + (info.colour || 0)); h.appendChild(sw);
      h.appendChild(el("span", "", info.name || s.label)); box.appendChild(h);
      if (typeof s.score === "number") {
        box.appendChild(el("div", "conf", "confidence " + pct(s.score)));
        var bar = el("div", "bar"); var fill = el("span"); fill.style.width = pct(s.score);
        bar.appendChild(fill); box.appendChild(bar);
      }
      if (info.definition) { box.appendChild(el("p", "def", info.definition)); }
      var why = typeof a.explanation === "string" ? a.explanation : "";
      // An explanation that only restates the definition adds nothing.
      if (why && !(info.definition && why.indexOf(info.definition) >= 0)) {
        box.appendChild(el("p", "", "Why: " + why));
      }
    } else if (kind === "e") {
      box.appendChild(el("div", "kind", "Entity · " + s.label));
      box.appendChild(el("h3", "", a.canonical || s.text));
      if (s.stance) {
        var st = s.stance; var sa = st.attrs || {};
        var line = "Portrayed " + st.label + (typeof st.score === "number" ? " (" + pct(st.score) + ")" : "");
        if (sa.role) { line += " · as " + sa.role; }
        if (sa.speaker) { line += " · by " + sa.speaker; }
        box.appendChild(el("p", "", line));
      }
    } else if (kind === "c") {
      box.appendChild(el("div", "kind", "Claim · " + s.label));
      box.appendChild(el("div", "conf", "check-worthiness " + pct(s.score)));
      var qs = a.quantities || [];
      if (qs.length) {
        box.appendChild(el("p", "", "Figures: " + qs.map(function (q) {
          return q.text + (q.qualifier ? " (" + q.qualifier + ")" : "");
        }).join("; ")));
      }
    } else if (kind === "d" || kind === "o") {
      box.appendChild(el("div", "kind", kind === "d" ? "Duplicated passage" : "Original of a duplicate"));
      var jump = el("button", "jump", kind === "d" ? "Go to the first copy" : "Go to the later copy");
      jump.type = "button";
      jump.setAttribute("data-target", (kind === "d" ? "o" : "d") + id.slice(1));
      box.appendChild(jump);
    } else if (kind === "l") {
      return null;
    } else {
      box.appendChild(el("div", "kind", s.layer));
      box.appendChild(el("h3", "", s.label));
    }
    if (kind !== "t" || !s.text) { return box; }
    box.appendChild(el("q", "", s.text));
    return box;
  }
  function show(seg) {
    var ids = idsOf(seg).filter(layerShown);
    if (!ids.length) { return; }
    segs.forEach(function (x) { x.classList.remove("sel"); });
    seg.classList.add("sel");
    Array.prototype.slice.call(details.children).forEach(function (child) {
      if (child.tagName !== "H2") { details.removeChild(child); }
    });
    ids.forEach(function (id) { var box = describe(id); if (box) { details.appendChild(box); } });
    var side = details.parentNode;
    if (side && side.scrollTop) { side.scrollTop = 0; }
  }
  function tipText(seg) {
    var lines = [];
    idsOf(seg).filter(layerShown).forEach(function (id) {
      var s = SPANS[id]; if (!s) { return; }
      if (id.charAt(0) === "t") {
        if (!techVisible(id)) { return; }
        var info = TECH[s.label] || {};
        lines.push([info.name || s.label, (info.category || "") + (typeof s.score === "number" ? " · " + pct(s.score) : "")]);
      } else if (id.charAt(0) === "e") {
        lines.push([(s.attrs || {}).canonical || s.text, s.label + (s.stance ? " · " + s.stance.label : "")]);
      } else if (id.charAt(0) === "c") {
        lines.push(["Claim: " + s.label, "check-worthiness " + pct(s.score)]);
      } else if (id.charAt(0) === "d") {
        lines.push(["Duplicated passage", "repeats an earlier passage"]);
      }
    });
    return lines;
  }
  document.addEventListener("click", function (ev) {
    var target = ev.target;
    if (!(target instanceof Element)) { return; }
    var jump = target.closest(".jump[data-target]");
    if (jump) { goTo(jump.getAttribute("data-target")); return; }
    var seg = target.closest(".m[data-ids]");
    if (seg) { show(seg); }
  });
  document.addEventListener("mouseover", function (ev) {
    var target = ev.target;
    var seg = target instanceof Element ? target.closest(".m[data-ids]") : null;
    if (!seg) { tip.hidden = true; return; }
    var lines = tipText(seg);
    if (!lines.length) { tip.hidden = true; return; }
    while (tip.firstChild) { tip.removeChild(tip.firstChild); }
    lines.forEach(function (l) { tip.appendChild(el("b", "", l[0])); tip.appendChild(el("span", "", l[1])); });
    var r = seg.getBoundingClientRect();
    tip.hidden = false;
    var left = Math.min(Math.max(8, r.left), window.innerWidth - tip.offsetWidth - 8);
    var top = r.bottom + 8 + tip.offsetHeight > window.innerHeight ? r.top - tip.offsetHeight - 8 : r.bottom + 8;
    tip.style.left = left + "px";
    tip.style.top = top + "px";
  });
  function goTo(id) {
    if (!/^[a-z0-9_]+$/.test(id || "")) { return; }
    var seg = document.querySelector('.m[data-ids~="' + id + '"]');
    if (!seg) { return; }
    seg.scrollIntoView({ block: "center", behavior: "smooth" });
    seg.classList.remove("flash");
    void seg.offsetWidth;
    seg.classList.add("flash");
    show(seg);
  }
  /* --- keep the side column just under the sticky toolbar ------------------------------- */
  var toolbar = document.querySelector(".toolbar");
  function placeSide() {
    if (toolbar) {
      document.documentElement.style.setProperty("--tb", (toolbar.offsetHeight + 12) + "px");
    }
  }
  window.addEventListener("resize", placeSide);
  placeSide();
  body.classList.add("js");
})();
