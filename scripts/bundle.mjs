// Bundles the command into one file: unbundled, ink's dependency tree
// takes longer to resolve and load than the whole wizard takes to draw.
import { build } from 'esbuild';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));
const { version } = JSON.parse(
  readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
);

/**
 * ink's renderer draws each frame through its `Output` class; the wizard
 * gives it one that keeps the rows it has drawn (src/ui/frame-output.ts).
 * Only the wizard gets it: the benchmark's reference stays plain ink.
 */
const frameOutput = {
  name: 'frame-output',
  setup(build) {
    build.onResolve({ filter: /^\.\/output\.js$/ }, (args) =>
      /[\\/]ink[\\/]build[\\/]renderer\.js$/.test(args.importer)
        ? { path: join(root, 'src', 'ui', 'frame-output.ts') }
        : undefined,
    );
  },
};

/** The bundle settings, shared with the benchmark's reference program. */
export function bundleOptions(entry, outfile, { keepInkOutput = false } = {}) {
  return {
    absWorkingDir: root,
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    jsx: 'automatic',
    // ink only loads the devtools bridge when DEV is set; the real package is
    // not installed, so it is replaced by an empty module.
    alias: {
      'react-devtools-core': './scripts/devtools-stub.js',
      'ajv/dist/2020.js': './scripts/schema-stub.js',
      'ajv-formats': './scripts/schema-stub.js',
      semver: './scripts/migrations-stub.js',
      'string-width': './src/terminal-width.ts',
    },
    // pdfkit and its font engine read data files next to their own sources,
    // so they stay in node_modules and load only when a PDF is made.
    external: ['pdfkit', 'qrcode', '@lydell/node-pty'],
    banner: {
      js: [
        '#!/usr/bin/env node',
        "import { createRequire as __createRequire } from 'node:module';",
        'const require = __createRequire(import.meta.url);',
      ].join('\n'),
    },
    // Without it, React's reconciler ships its development build, twice the
    // size of the production one and slower at every render.
    define: {
      __VERSION__: JSON.stringify(version),
      'process.env.NODE_ENV': '"production"',
    },
    plugins: keepInkOutput ? [] : [frameOutput],
    minifySyntax: true,
    minifyWhitespace: true,
    logLevel: 'warning',
  };
}

/** The command and the thread it writes the wizard's reports in. */
export async function buildProgram(dir = 'dist') {
  await build(bundleOptions('src/cli.tsx', join(dir, 'oxo-harden.js')));
  await build(bundleOptions('src/report/worker.ts', join(dir, 'report-worker.js')));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await buildProgram();
}
