import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentSvgCheck } from '../../src/integrations/content-svg/index';
import { describeSvgFindings, svgActiveContent } from '../../src/lib/svg-safety';

const svg = (body: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10">\n${body}\n</svg>`;

const whats = (text: string) => svgActiveContent(text).map(({ what }) => what);

describe('svgActiveContent', () => {
  it('accepts a plain picture: shapes, text, gradients, #fragment and inline bitmap references', () => {
    const picture = svg(
      [
        '<defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient></defs>',
        '<rect width="10" height="10" fill="url(#g)" style="fill: url( \'#g\' )"/>',
        '<use href="#g"/><use xlink:href="#g"/>',
        '<image href="data:image/png;base64,iVBORw0KGgo="/>',
        '<text x="1" y="5" font-family="sans-serif">Hold on = 2 s</text>',
        '<style>.a { opacity: 0.5 }</style>',
      ].join('\n'),
    );
    expect(svgActiveContent(picture)).toEqual([]);
  });

  it.each([
    ['<script>alert(1)</script>', 'a <script> element'],
    ['<svg:script href="x.js"/>', 'a <script> element'],
    ['<SCRIPT>alert(1)</SCRIPT>', 'a <script> element'],
    ['<foreignObject><div>x</div></foreignObject>', 'a <foreignObject> element (embedded HTML)'],
    ['<rect onload="alert(1)"/>', 'an event handler attribute onload='],
    ["<rect width='1' OnClick='alert(1)'/>", 'an event handler attribute OnClick='],
    [
      '<a href="https://example.com/"><text>x</text></a>',
      'an external reference href="https://example.com/"',
    ],
    [
      '<image xlink:href="http://example.com/x.png"/>',
      'an external reference xlink:href="http://example.com/x.png"',
    ],
    ['<use href="other.svg#icon"/>', 'an external reference href="other.svg#icon"'],
    ['<a href="javascript:alert(1)"/>', 'an external reference href="javascript:alert(1)"'],
    ['<style>@import "https://example.com/x.css";</style>', 'a CSS @import'],
    [
      '<rect style="fill: url(https://example.com/p.svg#x)"/>',
      'an external reference url(https://example.com/p.svg#x)',
    ],
    ['<set attributeName="href" to="javascript:alert(1)"/>', 'an animation that rewrites href'],
    ['<iframe src="/"/>', 'an <iframe> element'],
  ])('finds %s', (body, expected) => {
    expect(whats(svg(body))).toContain(expected);
  });

  it('catches an entity declaration (entity expansion, external entities)', () => {
    const text = `<?xml version="1.0"?>\n<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n${svg('<text>&x;</text>')}`;
    expect(whats(text)).toContain('an <!ENTITY> declaration');
  });

  it('names each finding with its line, in file order', () => {
    const findings = svgActiveContent(svg('<rect/>\n<script>1</script>\n<rect onclick="x"/>'));
    expect(findings).toEqual([
      { what: 'a <script> element', line: 3 },
      { what: 'an event handler attribute onclick=', line: 4 },
    ]);
    expect(describeSvgFindings(findings)).toBe(
      'a <script> element (line 3); an event handler attribute onclick= (line 4)',
    );
  });
});

describe('contentSvgCheck (the build step)', () => {
  const roots: string[] = [];
  afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

  /** A content folder with these files, and the check's hook to run on it. */
  const run = (files: Record<string, string>) => {
    const root = mkdtempSync(path.join(tmpdir(), 'svg-check-'));
    roots.push(root);
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(root, 'content', name)), { recursive: true });
      writeFileSync(path.join(root, 'content', name), text);
    }
    const integration = contentSvgCheck({
      contentRoot: path.join(root, 'content'),
      projectRoot: root,
    });
    return integration.hooks['astro:config:setup'] as unknown as () => void;
  };

  it('stops on an article image with script, naming the file, the line and what was found', () => {
    const check = run({
      'articles/ok.svg': svg('<rect/>'),
      'articles/x/diagram.SVG': svg('<rect/>\n<script>alert(document.domain)</script>'),
    });
    expect(check).toThrow(
      /^content\/articles\/x\/diagram\.SVG:3: SVG image: contains active content.*a <script> element \(line 3\)/,
    );
  });

  it('passes a folder of plain pictures', () => {
    expect(run({ 'exercises/a.svg': svg('<circle r="1"/>'), 'b.md': '<script>' })).not.toThrow();
  });
});
