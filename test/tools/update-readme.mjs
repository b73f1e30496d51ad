// Pastes the output of `npm run demo -- --as-of 2026-11-22` into README.md (the test suite checks it is current).
// A fixed date, because the demo's default is today.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const output = execFileSync(process.execPath, ['--import', 'tsx', 'examples/demo.ts', '--as-of', '2026-11-22'], { encoding: 'utf8' });
const readme = readFileSync('README.md', 'utf8');
const marker = '<!-- demo-output -->\n```text\n';
const start = readme.indexOf(marker);
if (start === -1) throw new Error('README.md has no demo-output block');
const end = readme.indexOf('```', start + marker.length);
writeFileSync('README.md', readme.slice(0, start + marker.length) + output + readme.slice(end));
console.log('README.md: demo output updated');
