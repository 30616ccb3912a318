import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// ink only prints the final frame when CI is set, which hides every
// intermediate screen from the component tests.
process.env.CI = 'false';

// Nothing a test runs may touch the real user's store, keys or reports.
process.env.OXO_HARDEN_HOME = mkdtempSync(join(tmpdir(), 'oxo-harden-test-'));
