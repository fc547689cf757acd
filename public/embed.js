/*! Host script for embedding "Tether's printing press" in an iframe.
 *
 * <iframe src=".../?embed=1" data-tether-explainer style="width:100%;border:0"></iframe>
 * <script src=".../embed.js" async></script>
 *
 * It resizes each such iframe to its content (from the child's height
 * messages: pym.js's string format or {type: "tether-explainer:height"}), and
 * tells the child which part of it the reader can see, so sticky figures and
 * lazily drawn charts work inside an iframe as tall as its content.
 * Messages carry sizes only; anything else is ignored.
 */
(function () {
  "use strict";
  if (window.__tetherExplainerHost) return;
  window.__tetherExplainerHost = true;

  var MAX_HEIGHT = 100000;

  function frames() {
    return Array.prototype.slice.call(document.querySelectorAll("iframe[data-tether-explainer]"));
  }

  function heightOf(data) {
    if (typeof data === "string") {
      // pym.js: "pym" xPYMx <child id> xPYMx "height" xPYMx <pixels>
      var parts = data.split("xPYMx");
      if (parts.length === 4 && parts[0] === "pym" && parts[2] === "height" && /^\d+(\.\d+)?$/.test(parts[3])) {
        return Number(parts[3]);
      }
      return null;
    }
    if (data && typeof data === "object" && data.type === "tether-explainer:height" && typeof data.height === "number") {
      return data.height;
    }
    return null;
  }

  window.addEventListener("message", function (event) {
    var h = heightOf(event.data);
    if (h === null || !isFinite(h) || h < 0 || h > MAX_HEIGHT) return;
    frames().forEach(function (frame) {
      if (frame.contentWindow === event.source) {
        frame.style.height = Math.ceil(h) + "px";
        sendViewport(frame);
      }
    });
  });

  function sendViewport(frame) {
    if (!frame.contentWindow) return;
    var rect = frame.getBoundingClientRect();
    var message = {
      type: "tether-explainer:viewport",
      top: Math.round(-rect.top),
      height: Math.round(window.innerHeight || document.documentElement.clientHeight),
    };
    frame.contentWindow.postMessage(message, "*");
  }

  var pending = false;
  function onScroll() {
    if (pending) return;
    pending = true;
    window.requestAnimationFrame(function () {
      pending = false;
      frames().forEach(sendViewport);
    });
  }
  window.addEventListener("scroll", onScroll, { passive: true });
  window.addEventListener("resize", onScroll);
  frames().forEach(function (frame) {
    frame.addEventListener("load", function () { sendViewport(frame); });
  });
})();
