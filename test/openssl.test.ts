import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ITEMS } from '../steps/index.js';
import { readAnswers } from '../src/answers-file.js';
import { signVisit, writeReports } from '../src/report/files.js';
import type { SignedReport } from '../src/signature.js';

/** The ```sh block of the README section, exactly as a reader would copy it. */
function readmeSteps(): string {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.split('\n## Checking a report without oxo-harden\n')[1];
  if (!section)
    throw new Error('the README has no section "Checking a report without oxo-harden"');
  const block = /```sh\n([\s\S]*?)```/.exec(section.split('\n## ')[0]!);
  if (!block) throw new Error('that section has no sh block');

  return block[1]!;
}

function runSteps(dir: string, file: string) {
  const script = readmeSteps().replaceAll('report.json', file);
  const result = spawnSync('bash', ['-e', '-o', 'pipefail', '-c', script], {
    cwd: dir,
    encoding: 'utf8',
  });

  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

let dir: string;
let files: string[];
let report: SignedReport;

beforeAll(async () => {
  const answers = readAnswers(
    readFileSync('examples/answers.sample.json', 'utf8'),
    ITEMS,
  );
  if (!answers.ok) throw new Error('the sample should load');
  const home = mkdtempSync(join(tmpdir(), 'oxo-harden-openssl-home-'));
  ({ report } = signVisit(answers.visit, {
    home,
    now: new Date('2025-03-14T16:50:00Z'),
  }));
  dir = mkdtempSync(join(tmpdir(), 'oxo-harden-openssl-'));
  files = await writeReports(report, {
    dir,
    formats: ['json', 'html', 'md'],
    lang: 'fr',
  });
});

const hex = (prefixed: string) => prefixed.replace(/^(sha256|SHA256):/, '');

describe('checking a report with openssl, as the readme says', () => {
  it('verifies a fresh report and prints its digest and fingerprint', () => {
    copyFileSync(files[0]!, join(dir, 'report.json'));
    const { status, output } = runSteps(dir, 'report.json');

    expect(output).toContain('Signature Verified Successfully');
    expect(status).toBe(0);
    expect(output).toContain(`= ${hex(report.digest)}\n`);
    expect(output).toContain(`= ${hex(report.fingerprint)}\n`);
  });

  it('works the same on the html page and the markdown file', () => {
    for (const file of files.slice(1)) {
      const name = file.endsWith('.html') ? 'report.html' : 'report.md';
      copyFileSync(file, join(dir, name));
      const { status, output } = runSteps(dir, name);

      expect(output, name).toContain('Signature Verified Successfully');
      expect(status, name).toBe(0);
    }
  });

  it('fails on a report whose signed content was changed', () => {
    const text = readFileSync(files[0]!, 'utf8');
    const at = text.indexOf('"signed": "') + 400;
    const swapped = text[at] === 'A' ? 'B' : 'A';
    writeFileSync(
      join(dir, 'tampered.json'),
      text.slice(0, at) + swapped + text.slice(at + 1),
    );
    const { status, output } = runSteps(dir, 'tampered.json');

    expect(output).toContain('Signature Verification Failure');
    expect(output).not.toContain('Signature Verified Successfully');
    expect(status).not.toBe(0);
  });

  it('fails on a report signed again by someone else with the record kept', () => {
    const stranger = mkdtempSync(join(tmpdir(), 'oxo-harden-openssl-other-'));
    const answers = readAnswers(
      readFileSync('examples/answers.sample.json', 'utf8'),
      ITEMS,
    );
    if (!answers.ok) throw new Error('the sample should load');
    const other = signVisit(answers.visit, { home: stranger, now: new Date() }).report;
    // Their signature, our key: the kind of splice a forger would try.
    const text = readFileSync(files[0]!, 'utf8').replace(
      `"signature": "${report.signature}"`,
      `"signature": "${other.signature}"`,
    );
    writeFileSync(join(dir, 'spliced.json'), text);
    const { status, output } = runSteps(dir, 'spliced.json');

    expect(output).toContain('Signature Verification Failure');
    expect(status).not.toBe(0);
  });
});
