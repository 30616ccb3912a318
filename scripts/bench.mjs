// `npm run bench`: builds the command, the reference ink program and the
// benchmark itself with the same bundle settings, then runs the benchmark.
// It prints figures; it is not a test and never fails on a slow machine.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { buildProgram, bundleOptions } from './bundle.mjs';

await buildProgram();
await build(
  bundleOptions('scripts/bench/hello.tsx', 'dist/bench-hello.js', {
    keepInkOutput: true,
  }),
);
await build(
  bundleOptions('scripts/bench/list.tsx', 'dist/bench-list.js', {
    keepInkOutput: true,
  }),
);
await build(bundleOptions('scripts/bench/main.ts', 'dist/bench.js'));

const run = spawnSync(process.execPath, ['dist/bench.js', ...process.argv.slice(2)], {
  stdio: 'inherit',
});
process.exitCode = run.status ?? 1;
