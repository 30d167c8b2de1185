import path from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';

/**
 * The html-validate configuration that `npm run check:html` applies to every page in dist/:
 * proof that it catches real errors (so a clean run means something) and accepts our markup.
 */

const validator = new HtmlValidate(new FileSystemConfigLoader());
// The file name decides which configuration applies: the project's .htmlvalidate.mjs.
const FILE = path.resolve(import.meta.dirname, '../../../dist/example/index.html');

async function errors(body: string, title = 'Example | Strong Miles'): Promise<string[]> {
  const report = await validator.validateString(
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`,
    FILE,
  );
  return report.results.flatMap((result) => result.messages.map((message) => message.ruleId));
}

describe('html-validate with the project configuration', () => {
  it('accepts well-formed markup like ours', async () => {
    expect(
      await errors(
        '<main id="main"><table role="table"><thead><tr><th scope="col">Week</th></tr></thead><tbody><tr><td data-label="Week">1</td></tr></tbody></table></main>',
      ),
    ).toEqual([]);
  });

  it.each([
    ['a duplicate id', '<p id="a">x</p><p id="a">y</p>', 'no-dup-id'],
    ['an element closed by its parent', '<div><p>unclosed</div>', 'no-implicit-close'],
    [
      'a figcaption in the middle of a figure',
      '<figure><div>map</div><figcaption>c</figcaption><p>legend</p></figure>',
      'element-permitted-order',
    ],
    ['an image without alt text', '<img src="/a.png" width="1" height="1">', 'wcag/h37'],
    [
      'a role where a native element exists',
      '<div role="region" aria-label="x">t</div>',
      'prefer-native-element',
    ],
    ['a button without a type', '<button>Go</button>', 'no-implicit-button-type'],
    [
      'a redundant role outside tables',
      '<nav role="navigation" aria-label="x"><a href="/">Home</a></nav>',
      'no-redundant-role',
    ],
  ])('reports %s', async (_name, body, rule) => {
    expect(await errors(body)).toContain(rule);
  });

  it('leaves title length to the writers (long-title is off)', async () => {
    expect(await errors('<p>x</p>', 'A'.repeat(90))).toEqual([]);
  });
});
