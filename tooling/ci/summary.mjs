// Adds up the vitest JSON reports that each package writes under CI (see tooling/vitest) and
// prints one closing line: "Tests: N passed, N failed, N skipped". Each failed test is named with
// the start of its message, last: a CI log is often read only from its tail.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const roots = ['apps', 'packages', 'plugins', 'tooling'];
const reports = [];
for (const root of roots) {
  let entries = [];
  try {
    entries = readdirSync(root);
  } catch {
    continue;
  }
  for (const name of entries) {
    const dir = join(root, name, 'test-results');
    try {
      if (!statSync(dir).isDirectory()) continue;
    } catch {
      continue; // this package wrote no report
    }
    for (const file of readdirSync(dir)) if (/^vitest.*\.json$/.test(file)) reports.push(join(dir, file));
  }
}

let passed = 0;
let failed = 0;
let skipped = 0;
const failures = [];
for (const file of reports) {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  console.log(`${file}: ${report.numPassedTests} passed, ${report.numFailedTests} failed`);
  for (const suite of report.testResults ?? []) {
    for (const test of suite.assertionResults ?? []) {
      if (test.status !== 'failed') continue;
      const message = (test.failureMessages ?? []).join('\n').split('\n').slice(0, 6).join('\n    ');
      failures.push(`FAILED ${suite.name.replace(process.cwd() + '/', '')} > ${test.fullName}\n    ${message}`);
    }
  }
}
for (const failure of failures) console.log(failure);
console.log(`Tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
