import postcss, {
  type AtRule,
  type ChildNode,
  type Container,
  type Root,
  type Rule,
} from 'postcss';
import selectorParser from 'postcss-selector-parser';
import { cspHash } from '../../lib/security.ts';

/**
 * Per-page CSS: every page inlines the site stylesheet, but an article uses well under half of
 * its utilities. After the build, each page keeps only the rules whose class names it uses, and
 * of those only the ones whose elements it has: the reset's styles for form controls, `<hr>`,
 * `<kbd>` or `<video>`, or the prose styles for tables and block quotes, go from a page without
 * them. Within a kept rule, the selectors of its list that cannot match on the page go too.
 * Rules that need neither (`html`, `:root`, `*`, `@property`, `@font-face`, `@keyframes`)
 * always stay. The stylesheet is parsed by PostCSS and each selector by postcss-selector-parser.
 *
 * "Used" means the class name appears in a `class` attribute of the page or as a word in one
 * of its scripts (a script that adds a class by name keeps that class's rules). A class name
 * built by string concatenation in a script would be missed: name classes in full.

 */

/** At-rules whose blocks hold more rules (pruned inside); any other at-rule is kept whole. */
const GROUPING_AT_RULES = new Set([
  'media',
  'supports',
  'layer',
  'container',
  'scope',
  'starting-style',
]);

/**
 * Pseudo-elements that only form controls have: a selector with one needs an `<input>` on the page
 * (usedElementNames counts a `<textarea>` as one, for `::placeholder`).
 */
const FORM_CONTROL_PARTS =
  /^::(?:-webkit-(?:datetime-edit|date-and-time-value|inner-spin-button|outer-spin-button|search-|calendar-picker)|file-selector-button|placeholder)/i;

/** Pseudo-classes and pseudo-elements whose argument is a selector list. */
const SELECTOR_ARGUMENTS =
  /^(?::(?:is|where|has|matches|-webkit-any|-moz-any|host|host-context)|::slotted)$/i;

/** What one complex selector needs on the page to match anything. */
interface Needs {
  classes: string[];
  elements: string[];
}

/**
 * The class names one complex selector needs on the page to match anything. Classes inside
 * :not() are not needed; inside :is()/:where()/:has() with several alternatives, only the
 * classes every alternative needs are.
 */
export function requiredClasses(selector: string): string[] {
  return [...needsOf(selector).classes];
}

/**
 * The element names (lower case) one complex selector needs on the page, by the same rules as
 * requiredClasses: `.prose thead` needs a `<thead>`, `::-webkit-datetime-edit` an `<input>`.
 */
export function requiredElements(selector: string): string[] {
  return [...needsOf(selector).elements];
}

/**
 * Needs by selector text, for the whole build: a build inlines some fifty different
 * stylesheets (each page type's components add their own), and they share most selectors.
 * Treat the values as read-only.
 */
const needsBySelector = new Map<string, Readonly<Needs>>();

function needsOf(selector: string): Readonly<Needs> {
  const known = needsBySelector.get(selector);
  if (known) return known;
  let needed: Needs = { classes: [], elements: [] };
  selectorParser((selectors) => {
    if (selectors.nodes[0]) needed = needsOfCompound(selectors.nodes[0]);
  }).processSync(selector);
  needsBySelector.set(selector, needed);
  return needed;
}

function needsOfCompound(selector: selectorParser.Selector): Needs {
  const own: Needs = { classes: [], elements: [] };
  for (const node of selector.nodes) {
    if (node.type === 'class') own.classes.push(node.value);
    else if (node.type === 'tag') own.elements.push(node.value.toLowerCase());
    else if (node.type === 'pseudo' && node.nodes.length === 0) {
      if (FORM_CONTROL_PARTS.test(node.value)) own.elements.push('input');
    } else if (node.type === 'pseudo' && node.value !== ':not') {
      const [first, ...rest] = node.nodes.map(needsOfCompound) as [Needs, ...Needs[]];
      const common = (key: keyof Needs) =>
        first[key].filter((name) => rest.every((other) => other[key].includes(name)));
      own.classes.push(...common('classes'));
      // Only these take selectors: the argument of :nth-child(2) or :lang(en) parses as a "tag".
      if (SELECTOR_ARGUMENTS.test(node.value)) own.elements.push(...common('elements'));
    }
  }
  return own;
}

/**
 * Parses a stylesheet once and returns a function that prints it for one page. Every page of
 * a build inlines the same stylesheet, so the build parses it once, not once per page.
 *
 * The printed stylesheet depends only on the page's answers about the names the stylesheet
 * mentions: the classes and elements its selectors need, and the custom properties it declares.
 * Pages that answer alike (every article of a series, most exercise pages) get the same text,
 * so each distinct set of answers is printed once and remembered: cloning, pruning and printing
 * the tree took about 5 ms a page, most of the CSS trimming's time in a 1,000-article build.
 */
export function compileStylesheet(
  css: string,
): (
  isUsed: (className: string) => boolean,
  hasElement?: (name: string) => boolean,
  readElsewhere?: (variable: string) => boolean,
) => string {
  const root = postcss.parse(css);
  // Comments go, except the `/*! ... */` kind that carries a licence notice (Tailwind's).
  root.walkComments((comment) => {
    if (!comment.text.startsWith('!')) comment.remove();
  });
  // Each rule's selector list, split and read once per build (rules are the same on every page).
  const needs = new Map<string, { selectors: string[]; alternatives: Readonly<Needs>[] }>();
  const alternativesOf = (rule: Rule) => {
    let known = needs.get(rule.selector);
    if (!known) {
      const selectors = rule.selectors;
      known = { selectors, alternatives: selectors.map(needsOf) };
      needs.set(rule.selector, known);
    }
    return known;
  };
  // Every rule the pruning below can look at: rules at the top and in grouping at-rules.
  const eachPrunableRule = (container: Container, visit: (rule: Rule) => void) => {
    for (const node of container.nodes ?? []) {
      if (node.type === 'rule') visit(node);
      else if (node.type === 'atrule' && node.nodes && GROUPING_AT_RULES.has(node.name))
        eachPrunableRule(node, visit);
    }
  };
  const mentionedClasses = new Set<string>();
  const mentionedElements = new Set<string>();
  eachPrunableRule(root, (rule) => {
    for (const { classes, elements } of alternativesOf(rule).alternatives) {
      for (const name of classes) mentionedClasses.add(name);
      for (const name of elements) mentionedElements.add(name);
    }
  });
  const declaredVariables = new Set<string>();
  root.walkDecls(/^--/, (decl) => {
    declaredVariables.add(decl.prop);
  });
  const answersOf = (ask: (name: string) => boolean, names: Set<string>) =>
    Array.from(names, (name) => (ask(name) ? '1' : '0')).join('');

  const printed = new Map<string, string>();
  return (isUsed, hasElement = () => true, readElsewhere) => {
    const answers = [
      answersOf(isUsed, mentionedClasses),
      answersOf(hasElement, mentionedElements),
      readElsewhere ? answersOf(readElsewhere, declaredVariables) : 'none',
    ].join('|');
    const known = printed.get(answers);
    if (known !== undefined) return known;
    const page = root.clone();
    const canMatch = ({ classes, elements }: Needs) =>
      classes.every(isUsed) && elements.every(hasElement);
    const prune = (container: Container) => {
      for (const node of [...(container.nodes ?? [])]) {
        if (node.type === 'rule') {
          const { selectors, alternatives } = alternativesOf(node);
          const kept = selectors.filter((_, index) => canMatch(alternatives[index]!));
          if (kept.length === 0) node.remove();
          else if (kept.length < selectors.length) node.selectors = kept;
        } else if (node.type === 'atrule' && node.nodes && GROUPING_AT_RULES.has(node.name)) {
          prune(node);
          if (node.nodes.length === 0) node.remove();
        }
      }
    };
    prune(page);
    mergeLayerBlocks(page);
    dropPropertyFallback(page);
    dropUnreadTailwindVariables(page);
    if (readElsewhere) dropUnreadVariables(page, readElsewhere);
    const text = page.toString();
    printed.set(answers, text);
    return text;
  };
}

/** The stylesheet without the rules this page cannot use (see compileStylesheet). */
export function pruneUnusedRules(
  css: string,
  isUsed: (className: string) => boolean,
  hasElement?: (name: string) => boolean,
): string {
  return compileStylesheet(css)(isUsed, hasElement);
}

/**
 * Merges top-level `@layer name { }` blocks of the same layer into the first one, keeping their
 * rules in order, and drops layer-order statements that name only layers already known. Each
 * component brings its own stylesheet, so a page's CSS holds a components block per component;
 * one block per layer says the same in fewer bytes. The cascade does not change: a layer's place
 * is fixed by its first mention, so a later statement of known names does nothing, layers keep
 * their order, and rules of one layer keep theirs.
 *
 * The last statement also keeps its `;`: PostCSS leaves it off at the end of a stylesheet, which
 * the CSS syntax calls a parse error (the Nu checker reports it as one).
 */
export function mergeLayerBlocks(root: Root): void {
  const first = new Map<string, AtRule>();
  const known = new Set<string>();
  for (const node of [...root.nodes]) {
    if (node.type === 'atrule' && node.name === 'layer' && node.nodes === undefined) {
      const names = node.params.split(',').map((name) => name.trim());
      if (names.every((name) => known.has(name))) node.remove();
      for (const name of names) known.add(name);
    }
    if (!isLayerBlock(node)) continue;
    known.add(node.params);
    const earlier = first.get(node.params);
    if (!earlier) first.set(node.params, node);
    else {
      earlier.append(node.nodes ?? []);
      node.remove();
    }
  }
  root.raws.semicolon = true;
}

function isLayerBlock(node: ChildNode): node is AtRule {
  return node.type === 'atrule' && node.name === 'layer' && node.nodes !== undefined;
}

/**
 * Tailwind's `@layer properties` block: the starting values of its `--tw-*` variables, under an
 * `@supports` test that only browsers without `@property` pass (Safari before 16.4, Firefox
 * before 128). Every browser that can open the site's popovers (Safari 17, Firefox 125) and
 * handle its `light-dark()` colours (Safari 17.5, Firefox 120) has `@property`, except Firefox
 * 125 to 127, and the `@property` rules at the end of the stylesheet give those values. There
 * a missing value costs a utility border or a `space-y` gap, never content.
 */
export function dropPropertyFallback(root: Root): void {
  root.each((node) => {
    if (
      node.type === 'atrule' &&
      node.name === 'layer' &&
      node.params === 'properties' &&
      node.nodes
    )
      node.remove();
  });
}

/**
 * Tailwind's internal variables (`--tw-*`) that no remaining rule reads: their `@property`
 * registrations and their declarations go, and rules left empty with them. Once a page's unused
 * utilities are gone, most of them are (the numeric-variant and filter variables, for example).
 */
export function dropUnreadTailwindVariables(root: Root): void {
  const read = new Set<string>();
  root.walkDecls((decl) => {
    for (const match of decl.value.matchAll(/var\(\s*(--tw-[\w-]+)/g)) read.add(match[1]!);
  });
  root.walkAtRules('property', (rule) => {
    if (rule.params.startsWith('--tw-') && !read.has(rule.params)) rule.remove();
  });
  root.walkDecls(/^--tw-/, (decl) => {
    if (read.has(decl.prop)) return;
    const parent = decl.parent;
    decl.remove();
    if (parent?.type === 'rule' && parent.nodes.length === 0) parent.remove();
  });
}

/**
 * Declarations of custom properties that nothing on the page reads: no `var()` in the stylesheet
 * (other than in declarations that go too, hence the repeat) and nothing elsewhere on the page
 * (`readElsewhere`: an SVG attribute such as `fill="var(--color-accent)"`, or a script). The
 * theme's monospace font stack, for one, is only read by the styles for `<code>` and `<pre>`.
 * Registrations (`@property`) stay; dropUnreadTailwindVariables handles Tailwind's own.
 */
export function dropUnreadVariables(
  root: Root,
  readElsewhere: (variable: string) => boolean,
): void {
  for (;;) {
    const read = new Set<string>();
    root.walkDecls((decl) => {
      for (const match of decl.value.matchAll(/var\(\s*(--[\w-]+)/g)) read.add(match[1]!);
    });
    let dropped = false;
    root.walkDecls(/^--/, (decl) => {
      if (read.has(decl.prop) || readElsewhere(decl.prop)) return;
      const parent = decl.parent;
      decl.remove();
      dropped = true;
      if (parent?.type === 'rule' && parent.nodes.length === 0) parent.remove();
    });
    if (!dropped) return;
  }
}

/** A page's inline script texts, then the module files it loads (`scripts`). */
function scriptsOf(html: string, scripts: readonly string[]): string[] {
  const inline = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)].map(
    (match) => match[1] ?? '',
  );
  return [...inline, ...scripts];
}

/**
 * Whether a page's scripts insert markup they do not spell out (search results' excerpts with
 * `<mark>`, for one): then any element may appear, and the page keeps every element's styles.
 */
export function insertsMarkup(html: string, scripts: readonly string[] = []): boolean {
  const pattern =
    /\b(?:innerHTML|outerHTML|insertAdjacentHTML|setHTML|createContextualFragment|DOMParser)\b/;
  return scriptsOf(html, scripts).some((script) => pattern.test(script));
}

/** Every custom property name (`--x`) written on a page outside its style elements, or in its scripts. */
export function variablesReadElsewhere(html: string, scripts: readonly string[] = []): Set<string> {
  const outside = [html.replace(/<style\b[^>]*>[\s\S]*?<\/style>/gi, ''), ...scripts].join('\n');
  return new Set([...outside.matchAll(/--[\w-]+/g)].map((match) => match[0]));
}

/**
 * Every class name a page can use: tokens of its `class` attributes plus every word-like token
 * of its scripts (inline ones and the module files it loads, passed as `scripts`).
 */
export function usedClassNames(html: string, scripts: readonly string[] = []): Set<string> {
  const names = new Set<string>();
  for (const match of html.matchAll(/\sclass\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)) {
    for (const name of (match[1] ?? match[2] ?? match[3] ?? '').split(/\s+/)) {
      if (name) names.add(decodeEntities(name));
    }
  }
  for (const script of scriptsOf(html, scripts)) {
    for (const token of script.matchAll(/[\w:./[\]=&>@!%#()-]+/g)) names.add(token[0]);
  }
  return names;
}

/** Elements every page has, written or not (the parser adds them), and `<tbody>` to every table. */
const IMPLIED_ELEMENTS = ['html', 'head', 'body', 'tbody'];

/**
 * Every element name (lower case) a page can have: the tags it writes, the ones the parser adds,
 * and every word of its scripts (a script may create any element it names). A `<textarea>`
 * counts as an `<input>`, which stands for the form controls' pseudo-elements (FORM_CONTROL_PARTS).
 */
export function usedElementNames(html: string, scripts: readonly string[] = []): Set<string> {
  const names = new Set(IMPLIED_ELEMENTS);
  for (const match of html.matchAll(/<([a-z][\w-]*)/gi)) names.add(match[1]!.toLowerCase());
  for (const script of scriptsOf(html, scripts)) {
    for (const word of script.matchAll(/[a-z][\w-]*/gi)) names.add(word[0].toLowerCase());
  }
  if (names.has('textarea')) names.add('input');
  return names;
}

function decodeEntities(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/**
 * Replaces the content of each `<style>` element of a page with its pruned version. Pass the
 * same `compiled` cache for every page of a build so each distinct stylesheet is parsed once.
 */
export function prunePageStyles(
  html: string,
  scripts: readonly string[] = [],
  compiled = new Map<string, ReturnType<typeof compileStylesheet>>(),
): string {
  const used = usedClassNames(html, scripts);
  const elements = insertsMarkup(html, scripts) ? undefined : usedElementNames(html, scripts);
  const variables = variablesReadElsewhere(html, scripts);
  const rehashed: [before: string, after: string][] = [];
  const pruned = html.replace(
    /(<style\b[^>]*>)([\s\S]*?)(<\/style>)/gi,
    (_, open: string, css: string, close: string) => {
      let print = compiled.get(css);
      if (!print) {
        print = compileStylesheet(css);
        compiled.set(css, print);
      }
      const kept = print(
        (name) => used.has(name),
        (name) => elements?.has(name) ?? true,
        (variable) => variables.has(variable),
      );
      rehashed.push([cspHash(css), cspHash(kept)]);
      return `${open}${kept}${close}`;
    },
  );
  // The page's CSP allows its styles by hash (Astro computed them from the full stylesheet):
  // swap each old hash for the hash of the trimmed text, or the browser would drop the CSS.
  return rehashed.reduce(
    (page, [before, after]) => page.replaceAll(`'${before}'`, `'${after}'`),
    pruned,
  );
}
