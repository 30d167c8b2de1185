import { describe, expect, it } from 'vitest';
import { BUILD_HEAP_CAP_MB, withHeapCap } from '../../../tools/lib/heap-cap.ts';

describe('withHeapCap', () => {
  it('adds the cap to NODE_OPTIONS, keeping the options already there', () => {
    expect(withHeapCap({ NODE_OPTIONS: '--enable-source-maps' }, 900).NODE_OPTIONS).toBe(
      '--enable-source-maps --max-old-space-size=900',
    );
    expect(withHeapCap({}).NODE_OPTIONS).toBe(`--max-old-space-size=${BUILD_HEAP_CAP_MB}`);
  });

  it('replaces an earlier cap instead of adding a second one', () => {
    expect(withHeapCap({ NODE_OPTIONS: '--max-old-space-size=8192' }, 1024).NODE_OPTIONS).toBe(
      '--max-old-space-size=1024',
    );
  });

  it('leaves the environment alone for 0 (no cap)', () => {
    const env = { NODE_OPTIONS: '--max-old-space-size=8192' };
    expect(withHeapCap(env, 0)).toBe(env);
  });
});
