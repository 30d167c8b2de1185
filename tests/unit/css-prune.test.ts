import postcss from 'postcss';
import { describe, expect, it } from 'vitest';
import {
  compileStylesheet,
  dropUnreadTailwindVariables,
  dropUnreadVariables,
  mergeLayerBlocks,
  prunePageStyles,
  pruneUnusedRules,
  requiredClasses,
  requiredElements,
  usedClassNames,
  usedElementNames,
  variablesReadElsewhere,
} from '../../src/integrations/prune-css/prune.ts';
import { cspHash } from '../../src/lib/security';

const only =
  (...names: string[]) =>
  (name: string) =>
    names.includes(name);

describe('requiredClasses', () => {
  it.each([
    ['.mt-4', ['mt-4']],
    ['.mt-0\\.5', ['mt-0.5']],
    ['.sm\\:px-8', ['sm:px-8']],
    ['.grid-cols-\\[2rem_minmax\\(0\\,1fr\\)\\]', ['grid-cols-[2rem_minmax(0,1fr)]']],
    [':where(.space-y-4>:not(:last-child))', ['space-y-4']],
    [':where(.prose :is(p, ul):not(.not-prose *))', ['prose']],
    ['.group-hover\\:underline:is(:where(.group):hover *)', ['group-hover:underline', 'group']],
    [':where(.prose :is(p, .table-scroll))', ['prose']],
    [':is(.a .b, .a .c)', ['a']],
    ['.x:has(> .y)', ['x', 'y']],
    ['html', []],
    [':root[data-theme=dark]', []],
  ])('%s needs %j', (selector, classes) => {
    expect(requiredClasses(selector)).toEqual(classes);
  });
});

describe('requiredElements', () => {
  it.each([
    ['hr', ['hr']],
    ['.prose thead', ['thead']],
    [
      ':where(.prose :is(blockquote p:first-of-type):not(.not-prose *))::before',
      ['blockquote', 'p'],
    ],
    [':where(.prose :is(th, td):not(.not-prose *))', []],
    ['.share :is(a, button)', []],
    ['section:has(> #related)', ['section']],
    ['.toc:not(nav)', []],
    ['::-webkit-datetime-edit-year-field', ['input']],
    ['::placeholder', ['input']],
    ['*, ::backdrop', []],
    [':root[data-theme=dark]', []],
    ['SVG', ['svg']],
    ['.plan-table td:nth-of-type(2)', ['td']],
    ['li:nth-child(2n + 1):lang(en)', ['li']],
  ])('%s needs %j', (selector, elements) => {
    expect(requiredElements(selector)).toEqual(elements);
  });
});

describe('pruneUnusedRules', () => {
  it('drops rules whose classes the page does not use and keeps the rest', () => {
    const css = 'html{color:red}.a{top:0}.b{left:0}.a .c{right:0}';
    expect(pruneUnusedRules(css, only('a'))).toBe('html{color:red}.a{top:0}');
  });

  it('keeps a rule when any selector of its list matches, with only the selectors that can', () => {
    expect(pruneUnusedRules('.a,.b{top:0}', only('b'))).toBe('.b{top:0}');
    expect(pruneUnusedRules('.a, .b, .c{top:0}', only('a', 'c'))).toBe('.a, .c{top:0}');
    expect(pruneUnusedRules(':is(.a, .c) .d,[title="x,.e"]{top:0}', only())).toBe(
      '[title="x,.e"]{top:0}',
    );
  });

  it('drops rules and selectors for elements the page does not have', () => {
    const css =
      'hr{height:0}code,kbd,pre{font-size:1em}::-webkit-datetime-edit{padding:0}.p thead{x:0}html{y:0}';
    expect(pruneUnusedRules(css, only('p'), only('html', 'code', 'table'))).toBe(
      'code{font-size:1em}html{y:0}',
    );
    expect(pruneUnusedRules(css, only('p'), only('html', 'hr', 'kbd', 'thead', 'input'))).toBe(
      'hr{height:0}kbd{font-size:1em}::-webkit-datetime-edit{padding:0}.p thead{x:0}html{y:0}',
    );
    // Without an element test, as before: only classes count.
    expect(pruneUnusedRules(css, only())).toBe(
      'hr{height:0}code,kbd,pre{font-size:1em}::-webkit-datetime-edit{padding:0}html{y:0}',
    );
  });

  it('prunes inside @media, @supports and @layer and drops blocks left empty', () => {
    const css = '@layer utilities{.a{top:0}@media (width>=40rem){.b{left:0}}}@media print{.b{x:0}}';
    expect(pruneUnusedRules(css, only('a'))).toBe('@layer utilities{.a{top:0}}');
  });

  it('keeps statement and descriptor at-rules whole', () => {
    const css =
      '@layer theme, base;@property --sm-x{syntax:"*";inherits:false}@font-face{font-family:X}';
    expect(pruneUnusedRules(css, only())).toBe(css);
  });

  it('is not fooled by braces in strings or comments, and keeps only licence comments', () => {
    const css = '/*! licence */ /* .a{ */.b{content:"}"}.a{quotes:"{" "}"}';
    expect(pruneUnusedRules(css, only('a'))).toBe('/*! licence */.a{quotes:"{" "}"}');
  });

  it('fails loudly on an unclosed block', () => {
    expect(() => pruneUnusedRules('.a{top:0', only('a'))).toThrow(/Unclosed block/);
  });
});

describe('compileStylesheet', () => {
  const css =
    ':root{--ink:#000;--mono:x}html{color:var(--ink)}code{font-family:var(--mono)}.a{top:0}.b .c{left:0}hr{height:0}';
  it('prints each page as a fresh parse would, however many pages came before', () => {
    const print = compileStylesheet(css);
    const pages: [string[], string[], string[]][] = [
      [['a'], ['html'], []],
      [['a', 'unrelated'], ['html', 'div'], ['--unrelated']],
      [['b', 'c'], ['html', 'code', 'hr'], []],
      [['a'], ['html'], ['--mono']],
      [['b'], ['html'], []],
      [['a'], ['html'], []],
    ];
    for (const [classes, elements, elsewhere] of pages) {
      const fresh = compileStylesheet(css)(only(...classes), only(...elements), only(...elsewhere));
      expect(print(only(...classes), only(...elements), only(...elsewhere))).toBe(fresh);
    }
  });

  it('gives pages that differ only in one needed name their own text', () => {
    const print = compileStylesheet(css);
    const plain = print(only('a'), only('html'), only());
    expect(plain).toBe(':root{--ink:#000}html{color:var(--ink)}.a{top:0}');
    expect(print(only('a', 'b', 'c'), only('html'), only())).toContain('.b .c{left:0}');
    expect(print(only('a'), only('html', 'hr'), only())).toContain('hr{height:0}');
    expect(print(only('a'), only('html'), only('--mono'))).toContain('--mono:x');
    // Without a variable test nothing is dropped for being unread, as before.
    expect(print(only('a'), only('html'))).toContain('--mono:x');
    expect(print(only('a'), only('html'), only())).toBe(plain);
  });
});

describe('dropUnreadTailwindVariables', () => {
  it('drops registrations and declarations of --tw-* variables nobody reads', () => {
    const root = postcss.parse(
      '*{--tw-a:0;--tw-b:initial;--sm-c:1}.x{--tw-a:1;margin:var(--tw-a)}:root{--tw-c:0}@property --tw-a{syntax:"*"}@property --tw-b{syntax:"*"}',
    );
    dropUnreadTailwindVariables(root);
    expect(root.toString()).toBe(
      '*{--tw-a:0;--sm-c:1}.x{--tw-a:1;margin:var(--tw-a)}@property --tw-a{syntax:"*"}',
    );
  });
});

describe('dropUnreadVariables', () => {
  it('drops custom properties nothing reads, through chains, keeping those read elsewhere', () => {
    const root = postcss.parse(
      ':root{--mono:x;--a:var(--b);--b:1;--c:var(--d);--d:2;--logo:red}p{color:var(--c)}@property --e{syntax:"*"}',
    );
    dropUnreadVariables(root, (name) => name === '--logo');
    expect(root.toString()).toBe(
      ':root{--c:var(--d);--d:2;--logo:red}p{color:var(--c)}@property --e{syntax:"*"}',
    );
  });

  it('finds the variables a page names outside its styles', () => {
    const html =
      '<style>:root{--x:1}</style><svg><rect fill="var(--color-accent)"></rect></svg><script>s.getPropertyValue("--y")</script>';
    expect([...variablesReadElsewhere(html, ['el.style.setProperty("--z", 1)'])]).toEqual([
      '--color-accent',
      '--y',
      '--z',
    ]);
  });

  it('runs as a page is pruned', () => {
    const html = '<style>:root{--mono:x;--ink:#000}p{color:var(--ink)}</style><p></p>';
    expect(prunePageStyles(html)).toBe(
      '<style>:root{--ink:#000}p{color:var(--ink)}</style><p></p>',
    );
  });
});

describe('mergeLayerBlocks', () => {
  it('gathers each layer into its first block, in order, leaving nested layers alone', () => {
    const root = postcss.parse(
      '@layer base,components;@layer components{.a{top:0}}@layer base{p{margin:0}}@media print{@layer components{.c{x:0}}}@layer components{.b{left:0}}',
    );
    mergeLayerBlocks(root);
    expect(root.toString()).toBe(
      '@layer base,components;@layer components{.a{top:0}.b{left:0}}@layer base{p{margin:0}}@media print{@layer components{.c{x:0}}}',
    );
  });

  it('drops order statements of layers already known, and ends the last statement with ";"', () => {
    const root = postcss.parse(
      '@layer a,b;@layer c{.x{top:0}}@layer b,d;@layer a;@layer c;@layer b,c\n',
    );
    mergeLayerBlocks(root);
    // "b,d" names a new layer, so it stays; the rest name only known layers and go.
    expect(root.toString()).toBe('@layer a,b;@layer c{.x{top:0}}@layer b,d;\n');
    const last = postcss.parse('p{margin:0}@layer x');
    mergeLayerBlocks(last);
    expect(last.toString()).toBe('p{margin:0}@layer x;');
  });

  it('merges the layers of a page as it prunes it', () => {
    expect(
      pruneUnusedRules(
        '@layer components{.a{top:0}}.x{y:0}@layer components{.b{left:0}}',
        only('a', 'b', 'x'),
      ),
    ).toBe('@layer components{.a{top:0}.b{left:0}}.x{y:0}');
  });
});

describe('usedClassNames', () => {
  it('reads class attributes and words of scripts', () => {
    const html =
      '<p class="mt-4  sm:px-8 grid-cols-[2rem_1fr]">x</p><b class=solo></b><script>el.classList.add("is-open")</script>';
    const names = usedClassNames(html, ['button.classList.toggle("sm:hidden")']);
    for (const name of ['mt-4', 'sm:px-8', 'grid-cols-[2rem_1fr]', 'solo', 'is-open', 'sm:hidden'])
      expect(names).toContain(name);
    expect(names).not.toContain('px-8');
  });
});

describe('usedElementNames', () => {
  it('reads tags, adds the ones the parser implies, and counts every word of scripts', () => {
    const html =
      '<P class="x">a</P><table><tr><td>1</td></tr></table><script>make("dialog")</script>';
    const names = usedElementNames(html, ['document.createElement(`mark`)']);
    for (const name of ['html', 'body', 'p', 'table', 'tbody', 'td', 'script', 'dialog', 'mark'])
      expect(names).toContain(name);
    expect(names).not.toContain('input');
    expect(usedElementNames('<textarea></textarea>')).toContain('input');
  });
});

describe('prunePageStyles', () => {
  it('rewrites every style element of a page for that page', () => {
    const html = '<style>.a{top:0}.b{left:0}</style><p class="b"></p>';
    expect(prunePageStyles(html)).toBe('<style>.b{left:0}</style><p class="b"></p>');
  });

  it('keeps element styles for the elements the page has', () => {
    const html = '<style>hr{x:0}p,kbd{y:0}</style><p class="b"></p>';
    expect(prunePageStyles(html)).toBe('<style>p{y:0}</style><p class="b"></p>');
  });

  it('keeps every element style when a script inserts markup (search excerpts with <mark>)', () => {
    const html = '<style>.r mark{x:0}</style><p class="r"></p>';
    expect(prunePageStyles(html, ['e.innerHTML=r.excerpt'])).toBe(html);
    expect(prunePageStyles(html)).toBe('<style></style><p class="r"></p>');
  });

  it("replaces the full stylesheet's CSP hash with the trimmed one's", () => {
    const css = '.a{top:0}.b{left:0}';
    const html = `<meta http-equiv="content-security-policy" content="style-src 'self' '${cspHash(css)}'"><style>${css}</style><p class="b"></p>`;
    const pruned = prunePageStyles(html);
    expect(pruned).toContain(`'${cspHash('.b{left:0}')}'`);
    expect(pruned).not.toContain(cspHash(css));
  });
});
