// Bundles the command: unbundled, ink's dependency tree takes longer to
// resolve and load than the whole wizard takes to draw. The program is one
// script, `program.cjs`, started by a small launcher, `oxo-harden.js`, that
// lets V8 reuse the code it compiled on an earlier run (src/program-cache.ts).
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

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

/**
 * ink loads its layout engine with a top-level await, which a script
 * cannot hold: the launcher loads it and hands it to the program.
 */
const loadedYoga = {
  name: 'loaded-yoga',
  setup(build) {
    build.onResolve({ filter: /^yoga-layout$/ }, () => ({
      path: 'yoga-layout',
      namespace: 'loaded-yoga',
    }));
    build.onLoad({ filter: /.*/, namespace: 'loaded-yoga' }, () => ({
      contents: 'export default __loadedYoga;',
      loader: 'js',
    }));
  },
};

/**
 * A plugin that edits a package's file as it is bundled. `edit` gives the
 * new text, or null when what it edits is no longer there: the build then
 * fails, naming the plugin, rather than ship the file unedited.
 */
function editedSource(name, filter, edit) {
  return {
    name,
    setup(build) {
      build.onLoad({ filter }, (args) => {
        const contents = edit(readFileSync(args.path, 'utf8'));
        if (contents === null) {
          throw new Error(`${args.path} changed: see ${name} in scripts/bundle.mjs`);
        }

        return { contents, loader: 'js' };
      });
    },
  };
}

/**
 * ink's reconciler awaits its devtools bridge and its own package.json
 * when DEV=true. The program offers no devtools, and those awaits would
 * keep it from being a script.
 */
const inkWithoutDevtools = editedSource(
  'inkWithoutDevtools',
  /[\\/]ink[\\/]build[\\/]reconciler\.js$/,
  (source) => {
    const awaits = ["await import('./devtools.js');", 'await loadPackageJson()'];
    if (!awaits.every((text) => source.includes(text))) return null;

    return source.replace(awaits[0], '').replace(awaits[1], '{}');
  },
);

/**
 * ink's two text cutters each build ICU's grapheme segmenter as they load,
 * about 14 ms before the first frame; they get src/ui/graphemes.ts instead,
 * which builds it only for text that needs it.
 */
const SEGMENTER_MADE =
  /new Intl\.Segmenter\(undefined, ?\{ ?granularity: ?["']grapheme["'] ?\}\)/g;
const lazyGraphemes = editedSource(
  'lazyGraphemes',
  /[\\/](?:@alcalzone[\\/]ansi-tokenize[\\/]build[\\/]tokenize|slice-ansi[\\/]tokenize-ansi)\.js$/,
  (source) => {
    if (source.match(SEGMENTER_MADE)?.length !== 1) return null;
    const replacement = join(root, 'src', 'ui', 'graphemes.ts');

    return [
      `import { graphemeSegmenter as __graphemes } from ${JSON.stringify(replacement)};`,
      source.replace(SEGMENTER_MADE, '__graphemes'),
    ].join('\n');
  },
);

/**
 * In the program, pdfkit, fontkit and qrcode are what the launcher hands it
 * from `report-libraries.cjs` (src/report/libraries.ts): a script of their
 * own, so that the wizard's start never parses them, and one V8 can start
 * from kept code as it does the program.
 */
const handedLibraries = {
  name: 'handed-libraries',
  setup(build) {
    build.onResolve({ filter: /^(pdfkit|fontkit|qrcode)$/ }, (args) => ({
      path: args.path,
      namespace: 'handed-libraries',
    }));
    build.onLoad({ filter: /.*/, namespace: 'handed-libraries' }, (args) => ({
      contents: `module.exports = __reportLibraries()[${JSON.stringify(args.path)}];`,
      loader: 'js',
    }));
  },
};

/**
 * Edits of pdfkit, each of a text that must be found exactly once:
 * - It finds its standard fonts and colour profile from its own file's
 *   URL, as it loads; bundled, that URL is the bundle's. They are found
 *   from the installed pdfkit instead, and only when first needed: the
 *   report uses neither, and finding pdfkit costs about 5 ms.
 * - Its MD5, of the attached signed report, is JavaScript, and a report
 *   runs it once, before V8 has compiled it: 10 to 40 ms here. Node's own
 *   takes it over, except where Node refuses MD5 (a FIPS build).
 */
const PDFKIT_EDITS = [
  [
    "const ICC_PROFILE_PATH = new URL('./data/sRGB_IEC61966_2_1.icc', import.meta.url).href;",
    "const __iccProfilePath = () => new URL('./data/sRGB_IEC61966_2_1.icc', __pdfkitHome()).href;",
  ],
  ['fs.readFileSync(ICC_PROFILE_PATH)', 'fs.readFileSync(__iccProfilePath())'],
  [
    'const require$1 = createRequire(import.meta.url);',
    'let __pdfkitRequire;\nconst require$1 = (id) => (__pdfkitRequire ??= createRequire(__pdfkitHome()))(id);',
  ],
  [
    'function md5Hash(data) {\n  return md5.create().update(data).digest();\n}',
    [
      'function md5Hash(data) {',
      '  try {',
      '    return new Uint8Array(require("node:crypto").createHash("md5").update(data).digest());',
      '  } catch {',
      '    return md5.create().update(data).digest();',
      '  }',
      '}',
    ].join('\n'),
  ],
];

const pdfkitEdited = editedSource(
  'pdfkitEdited',
  /[\\/]pdfkit[\\/]js[\\/]pdfkit\.node\.mjs$/,
  (source) => {
    let edited = source;
    for (const [text, replacement] of PDFKIT_EDITS) {
      if (edited.split(text).length !== 2) return null;
      edited = edited.replace(text, () => replacement);
    }
    // A use of its URL that none of the edits knows of.
    if (edited.includes('import.meta.url')) return null;

    return [
      'let __home;',
      'const __pdfkitHome = () => (__home ??= require("node:url").pathToFileURL(require.resolve("pdfkit")).href);',
      edited,
    ].join('\n');
  },
);

/**
 * A Unicode table (a compressed trie, inflated twice) made as a module
 * loads is made on its first lookup instead. `made` matches each place one
 * is made, `count` says how many there are: any other number means the
 * module changed, and the build fails.
 */
function tablesOnFirstLookup(name, filter, made, count) {
  return editedSource(name, filter, (source) => {
    if (source.match(made)?.length !== count) return null;

    return [
      'const __onFirstLookup = (make) => { let table; return { get: (code) => (table ??= make()).get(code) }; };',
      source.replace(made, 'const $1 = __onFirstLookup(() => $2);'),
    ].join('\n');
  });
}

const TRIE_MADE = /^const (\$\w+\$var\$trie) = (new \(0, \$\w+\$unicodetrie\)\(.*\));$/gm;

/**
 * fontkit's tables for its shapers of Arabic, Indic and other scripts, and
 * the character properties its shaping looks up: the report's own text
 * layout never calls them (src/report/pdf-font.ts).
 */
const fontkitTablesOnCall = tablesOnFirstLookup(
  'fontkitTablesOnCall',
  /[\\/]fontkit[\\/]dist[\\/]module\.mjs$/,
  TRIE_MADE,
  3,
);
const unicodePropertiesOnCall = tablesOnFirstLookup(
  'unicodePropertiesOnCall',
  /[\\/]unicode-properties[\\/]dist[\\/]module\.mjs$/,
  TRIE_MADE,
  1,
);

/**
 * The line-breaking classes of pdfkit's line wrapper: the report breaks its
 * lines itself (src/report/pdf-lines.ts) and never calls the wrapper.
 */
const lineBreakTableOnCall = tablesOnFirstLookup(
  'lineBreakTableOnCall',
  /[\\/]linebreak[\\/]dist[\\/]module\.mjs$/,
  /^const (\$\w+\$var\$classTrie) = (new \$\w+\$unicodetrie\(\$\w+\$var\$data\));$/gm,
  1,
);

/**
 * pdfkit's encryption builds its AES tables as it loads, and a report is
 * never encrypted: the module loads on its first call instead. Should a
 * new version import it by another path or another name, the bundle fails
 * to build.
 */
const ONCALL = { '@noble/ciphers/aes': ['cbc', 'ecb'] };

const loadedOnCall = {
  name: 'loaded-on-call',
  setup(build) {
    const names = Object.keys(ONCALL).map((name) => name.replace(/[/]/g, '\\/'));
    const filter = new RegExp(`^(${names.join('|')})$`);
    const seen = new Set();
    build.onResolve({ filter }, (args) => {
      if (args.kind === 'require-call') return undefined;
      seen.add(args.path);

      return {
        path: args.path,
        namespace: 'loaded-on-call',
        pluginData: args.resolveDir,
      };
    });
    // A new version importing it by another path would load it eagerly
    // again, unseen.
    build.onEnd((result) => {
      const missed = Object.keys(ONCALL).filter((name) => !seen.has(name));
      if (missed.length > 0 && result.errors.length === 0) {
        throw new Error(
          `nothing imports ${missed.join(', ')} any more: see loadedOnCall in scripts/bundle.mjs`,
        );
      }
    });
    build.onLoad({ filter: /.*/, namespace: 'loaded-on-call' }, (args) => ({
      contents: [
        `let loaded;`,
        `const load = () => (loaded ??= require(${JSON.stringify(args.path)}));`,
        ...ONCALL[args.path].map(
          (name) => `export const ${name} = (...args) => load().${name}(...args);`,
        ),
      ].join('\n'),
      resolveDir: args.pluginData,
      loader: 'js',
    }));
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
    // The report worker and the benchmark load these from node_modules,
    // and only when a report is made (the program is handed its own copy).
    external: ['pdfkit', 'fontkit', 'qrcode', '@lydell/node-pty'],
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

/** A bundle as a script, for src/launcher.ts to run. */
function scriptOptions(entry, outfile) {
  const options = bundleOptions(entry, outfile);

  return {
    ...options,
    format: 'cjs',
    banner: {},
    define: { ...options.define, 'import.meta.url': '__importMetaUrl' },
    // A script's import() would need vm's experimental module loader; the
    // packages left outside the bundle all load with require.
    supported: { 'dynamic-import': false },
  };
}

function programOptions(outfile) {
  const options = scriptOptions('src/cli.tsx', outfile);

  return {
    ...options,
    external: ['@lydell/node-pty'],
    plugins: [
      ...options.plugins,
      loadedYoga,
      inkWithoutDevtools,
      lazyGraphemes,
      handedLibraries,
    ],
  };
}

function libraryOptions(outfile) {
  const options = scriptOptions('src/report/libraries.ts', outfile);

  return {
    ...options,
    external: [],
    alias: { ...options.alias, 'brotli/decompress.js': './scripts/woff2-stub.js' },
    plugins: [
      pdfkitEdited,
      loadedOnCall,
      fontkitTablesOnCall,
      unicodePropertiesOnCall,
      lineBreakTableOnCall,
    ],
    // pdfkitEdited's require.resolve is meant for Node, at run time.
    logOverride: { 'require-resolve-not-external': 'silent' },
  };
}

const digestOf = (file) =>
  createHash('sha256')
    .update(readFileSync(resolve(root, file)))
    .digest('hex')
    .slice(0, 16);

/**
 * The command, its program, the report's libraries and the thread it
 * writes the wizard's reports in.
 */
export async function buildProgram(dir = 'dist') {
  const program = join(dir, 'program.cjs');
  const libraries = join(dir, 'report-libraries.cjs');
  await Promise.all([build(programOptions(program)), build(libraryOptions(libraries))]);
  const launcher = bundleOptions('src/launcher.ts', join(dir, 'oxo-harden.js'));
  launcher.define = {
    ...launcher.define,
    __PROGRAM_DIGEST__: JSON.stringify(digestOf(program)),
    __LIBRARIES_DIGEST__: JSON.stringify(digestOf(libraries)),
  };
  await build(launcher);
  // Code compiled for earlier builds is never read again.
  rmSync(resolve(root, dir, 'compiled-code'), { recursive: true, force: true });
  await build(bundleOptions('src/report/worker.ts', join(dir, 'report-worker.js')));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await buildProgram();
}
