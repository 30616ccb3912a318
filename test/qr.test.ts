import QRCode from 'qrcode';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { qrMatrix, qrPayload } from '../src/report/qr.js';

afterEach(() => vi.restoreAllMocks());

const rows = (matrix: Awaited<ReturnType<typeof qrMatrix>>) =>
  Array.from({ length: matrix.size }, (_, y) =>
    Array.from({ length: matrix.size }, (_, x) => (matrix.dark(x, y) ? '#' : '.')).join(
      '',
    ),
  );

describe('the QR code of a report', () => {
  it('is encoded once for the HTML page and the PDF of the same report', async () => {
    const create = vi.spyOn(QRCode, 'create');
    const payload = qrPayload(`sha256:${'ab'.repeat(32)}`, 'SHA256:one');
    const forPage = await qrMatrix(payload);
    const forPdf = await qrMatrix(payload);

    expect(forPdf).toBe(forPage);
    expect(create).toHaveBeenCalledTimes(1);
  });

  it('is encoded again for another report, module for module as qrcode makes it', async () => {
    const create = vi.spyOn(QRCode, 'create');
    const first = await qrMatrix(qrPayload(`sha256:${'cd'.repeat(32)}`, 'SHA256:two'));
    const payload = qrPayload(`sha256:${'ef'.repeat(32)}`, 'SHA256:three');
    const second = await qrMatrix(payload);

    expect(create).toHaveBeenCalledTimes(2);
    expect(rows(second)).not.toEqual(rows(first));
    const { modules } = QRCode.create(payload, { errorCorrectionLevel: 'M' });
    expect(second.size).toBe(modules.size);
    for (let y = 0; y < modules.size; y++) {
      for (let x = 0; x < modules.size; x++) {
        expect(second.dark(x, y)).toBe(Boolean(modules.get(y, x)));
      }
    }
  });
});
