// Typesets the formulas of an answer with KaTeX. Without this script, or when a formula cannot be
// typeset, the TeX source stays on the page as text.
(function () {
  'use strict';
  if (typeof katex === 'undefined') {
    return;
  }
  var pending = Array.prototype.slice.call(document.querySelectorAll('.math'));
  var SLICE_MS = 10;

  function typeset(element) {
    var tex = element.textContent;
    try {
      katex.render(tex, element, {
        displayMode: element.classList.contains('math-display'),
        throwOnError: false,
        output: 'htmlAndMathml'
      });
      element.classList.add('math-typeset');
    } catch (error) {
      element.textContent = tex;
    }
  }

  // Works in slices of about 10 ms and yields in between, so that a long answer with dozens of
  // formulas never blocks the page for longer than that (input stays responsive on phones).
  function typesetSlice() {
    var end = Date.now() + SLICE_MS;
    while (pending.length > 0 && Date.now() < end) {
      typeset(pending.shift());
    }
    if (pending.length > 0) {
      setTimeout(typesetSlice, 0);
    }
  }
  typesetSlice();
}());
