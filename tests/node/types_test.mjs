// types_test.mjs - the hand-written TypeScript types of agated-client and
// its adapters (client/node/*.d.ts) compiled against the frameworks' own
// types: types_check.ts uses them as an agent would, and tsc (pinned in
// package.json) must accept it under --strict.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';

const here = path.dirname(fileURLToPath(import.meta.url));
const tsc = path.join(here, '..', 'node_modules', 'typescript', 'bin', 'tsc');

test('types_check.ts compiles with tsc --strict', { timeout: 300_000 }, () => {
  const r = spawnSync(process.execPath, [tsc, '--noEmit', '--strict', '--module', 'nodenext',
    '--moduleResolution', 'nodenext', '--target', 'es2022', '--skipLibCheck',
    path.join(here, 'types_check.ts')], { encoding: 'utf8', cwd: here });
  assert.equal(r.status, 0, `tsc:\n${r.stdout}${r.stderr}`);
});

test('a misuse of the types is refused', { timeout: 300_000 }, async () => {
  const fs = await import('node:fs');
  const bad = path.join(here, 'types_bad.ts');
  fs.writeFileSync(bad, "import { Client } from 'agated-client';\n" +
    "const v = await new Client().check('bash', { command: 'ls' });\nconst n: number = v.reason;\nexport { n };\n");
  const r = spawnSync(process.execPath, [tsc, '--noEmit', '--strict', '--module', 'nodenext',
    '--moduleResolution', 'nodenext', '--target', 'es2022', '--skipLibCheck', bad],
  { encoding: 'utf8', cwd: here });
  assert.notEqual(r.status, 0);
  assert.match(r.stdout, /TS2322/);
});
