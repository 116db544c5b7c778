import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../api/app.ts';
import { buildCatalog } from '../../api/catalog.ts';
import { exportFileFor } from '../../scripts/export-api.ts';
import { distDir } from './built-site.ts';

describe('the static JSON export', () => {
  const app = createApp();
  it('holds every API resource with the bytes the live API sends', async () => {
    const paths = [...buildCatalog().keys()];
    expect(paths.length).toBeGreaterThan(10);
    for (const path of paths) {
      const live = Buffer.from(await (await app.request(path)).arrayBuffer());
      const exported = readFileSync(join(distDir, exportFileFor(path)));
      expect(exported.equals(live), path).toBe(true);
    }
  });
});
