// Prints one line of category scores for a Lighthouse JSON report, then every audit that did not
// pass: those that kept a category below 100, and the opportunities Lighthouse sees (weight 0).
// Usage: node lighthouse-summary.js REPORT.json PAGE PRESET
'use strict';
const [reportFile, page, preset] = process.argv.slice(2);
const report = require(require('path').resolve(reportFile));
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
const NOT_SCORED = ['informative', 'manual', 'notApplicable'];

const scores = categories.map(id => String(Math.round(report.categories[id].score * 100)).padStart(6));
console.log(page.padEnd(62) + ' ' + preset.padEnd(7) + scores.join(''));

for (const id of categories) {
  for (const { id: auditId } of report.categories[id].auditRefs) {
    const audit = report.audits[auditId];
    if (audit.score === null || audit.score >= 1 || NOT_SCORED.includes(audit.scoreDisplayMode)) {
      continue;
    }
    console.log(`    ${id}: ${auditId} (${audit.score}) ${audit.title}${audit.displayValue ? ': ' + audit.displayValue : ''}`);
    for (const item of (audit.details?.items ?? []).slice(0, 3)) {
      const what = [item.description, item.sourceLocation?.url ?? item.url].filter(Boolean).join(' ');
      if (what) {
        console.log(`        ${what}`);
      }
    }
  }
}
