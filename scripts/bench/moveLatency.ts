/**
 * What the benchmark runs in the page to time a control's move (source text, evaluated by
 * Playwright): finding the control by its label, marking the rendering steps, and the move.
 */

/**
 * Runs in the page (source text): the control with this visible label. For a slider built by
 * Observable Inputs (a number box and a range under one label) it is the range.
 */
export const FIND_CONTROL = `(labelText) => {
  const labels = [...document.querySelectorAll("main label")];
  const label = labels.find((l) => l.textContent.trim() === labelText)
    ?? labels.find((l) => l.textContent.trim().startsWith(labelText));
  const control = label?.closest("form")?.querySelector('input[type="range"]')
    ?? label?.control ?? label?.querySelector("input");
  if (!control) throw new Error("no hay un control con la etiqueta " + labelText);
  return control;
}`;

/**
 * Runs in the page before its scripts (source text): marks whether the main thread is inside a
 * rendering step, i.e. running a frame's requestAnimationFrame callbacks, after which the same
 * step does style, layout and paint. The flag is cleared by a message posted from the first
 * callback of the frame: that task runs once the whole step (paint included) is over. The
 * Observable runtime recomputes cells in requestAnimationFrame, so a cell's output is painted in
 * the frame that computed it, not the next one.
 */
export const TRACK_RENDERING = `(() => {
  const request = window.requestAnimationFrame.bind(window);
  const channel = new MessageChannel();
  window.__inRendering = false;
  channel.port1.onmessage = () => { window.__inRendering = false; };
  window.requestAnimationFrame = (callback) => request((time) => {
    if (!window.__inRendering) { window.__inRendering = true; channel.port2.postMessage(null); }
    return callback(time);
  });
})()`;

/**
 * Latency of one move, from dispatching `input` on the control to the end of the frame that
 * paints the last DOM change the move caused: the whole updated output (text, KaTeX, charts and
 * any tfjs result) on screen. A change made during a frame's rendering step (the Observable
 * runtime computes in requestAnimationFrame) is painted by that frame; any other change by the
 * next one; "the end of a frame" is the first task after its rendering step. Also returned, for
 * comparison: the time to the requestAnimationFrame callback after the last change, which for
 * a change made inside a frame is the start of the frame after the one that painted it.
 * The move is over when nothing is pending (no element aria-busy, no inline expression loading)
 * and the page's main column has not changed for 100 ms; that quiet wait is not counted.
 * Source text: runs in the page (after TRACK_RENDERING).
 */
export const MEASURE_MOVE = `(labelText, value) => new Promise((resolve, reject) => {
  const control = (${FIND_CONTROL})(labelText);
  const before = control.value;
  control.value = value;
  if (control.value === before) return resolve(null); // same step: nothing to update
  const main = document.querySelector("main");
  const afterFrame = (callback) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => callback(performance.now());
    channel.port2.postMessage(null);
  };
  let paintedAt = null;
  let nextFrameAt = null;
  let lastChange = null;
  const observer = new MutationObserver(() => {
    const changedAt = (lastChange = performance.now());
    const painted = (t) => { if (lastChange === changedAt) paintedAt = t; };
    if (window.__inRendering) afterFrame(painted);
    else requestAnimationFrame(() => afterFrame(painted));
    requestAnimationFrame(() => { if (lastChange === changedAt) nextFrameAt = performance.now(); });
  });
  observer.observe(main, { subtree: true, childList: true, attributes: true, characterData: true });
  const done = () => {
    observer.disconnect();
    clearTimeout(timer);
    resolve({ painted: paintedAt - start, nextFrame: nextFrameAt - start });
  };
  const timer = setTimeout(() => { observer.disconnect(); reject(new Error("la página no terminó de actualizarse en 10 s")); }, 10000);
  const check = () => {
    const pending = document.querySelector('observablehq-loading, [aria-busy="true"]');
    if (!pending && paintedAt !== null && nextFrameAt !== null && performance.now() - lastChange >= 100) done();
    else setTimeout(check, 10);
  };
  const start = performance.now();
  control.dispatchEvent(new Event("input", { bubbles: true }));
  setTimeout(check, 10);
})`;
