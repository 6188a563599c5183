// Typesets the formulas of an answer with KaTeX. Without this script, or when a formula cannot be
// typeset, the TeX source stays on the page as text.
(function () {
  'use strict';
  if (typeof katex === 'undefined') {
    return;
  }
  document.querySelectorAll('.math').forEach(function (element) {
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
  });
}());
