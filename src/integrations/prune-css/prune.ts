import postcss, { type AtRule, type ChildNode, type Container, type Root } from 'postcss';
import selectorParser from 'postcss-selector-parser';
import { cspHash } from '../../lib/security.ts';

/**
 * Per-page CSS: every page inlines the site stylesheet, but an article uses well under half of
 * its utilities. After the build, each page keeps only the rules whose class names it uses.
 * Rules without a class (the reset, element styles, the colour tokens, `@property`,
 * `@font-face`, `@keyframes`) always stay, so only class-based rules can go. The stylesheet is
 * parsed by PostCSS and each selector by postcss-selector-parser.
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
 * The class names one complex selector needs on the page to match anything. Classes inside
 * :not() are not needed; inside :is()/:where()/:has() with several alternatives, only the
 * classes every alternative needs are.
 */
export function requiredClasses(selector: string): string[] {
  let needed: string[] = [];
  selectorParser((selectors) => {
    needed = selectors.nodes[0] ? classesOf(selectors.nodes[0]) : [];
  }).processSync(selector);
  return needed;
}

function classesOf(selector: selectorParser.Selector): string[] {
  const own: string[] = [];
  const inside: string[] = [];
  for (const node of selector.nodes) {
    if (node.type === 'class') own.push(node.value);
    else if (node.type === 'pseudo' && node.nodes.length > 0 && node.value !== ':not') {
      const [first = [], ...rest] = node.nodes.map(classesOf);
      inside.push(...first.filter((name) => rest.every((other) => other.includes(name))));
    }
  }
  return [...own, ...inside];
}

/**
 * Parses a stylesheet once and returns a function that prints it for one page. Every page of
 * a build inlines the same stylesheet, so the build parses it once, not once per page.
 */
export function compileStylesheet(css: string): (isUsed: (className: string) => boolean) => string {
  const root = postcss.parse(css);
  // Comments go, except the `/*! ... */` kind that carries a licence notice (Tailwind's).
  root.walkComments((comment) => {
    if (!comment.text.startsWith('!')) comment.remove();
  });
  const needs = new Map<string, string[][]>();
  const alternativesOf = (selector: string, selectors: string[]) => {
    let alternatives = needs.get(selector);
    if (!alternatives) {
      alternatives = selectors.map(requiredClasses);
      needs.set(selector, alternatives);
    }
    return alternatives;
  };
  return (isUsed) => {
    const page = root.clone();
    const prune = (container: Container) => {
      for (const node of [...(container.nodes ?? [])]) {
        if (node.type === 'rule') {
          const keep = alternativesOf(node.selector, node.selectors).some((classes) =>
            classes.every(isUsed),
          );
          if (!keep) node.remove();
        } else if (node.type === 'atrule' && node.nodes && GROUPING_AT_RULES.has(node.name)) {
          prune(node);
          if (node.nodes.length === 0) node.remove();
        }
      }
    };
    prune(page);
    mergeLayerBlocks(page);
    dropUnreadTailwindVariables(page);
    return page.toString();
  };
}

/** The stylesheet without the rules this page cannot use (see compileStylesheet). */
export function pruneUnusedRules(css: string, isUsed: (className: string) => boolean): string {
  return compileStylesheet(css)(isUsed);
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
  const inlineScripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)].map(
    (match) => match[1] ?? '',
  );
  for (const script of [...inlineScripts, ...scripts]) {
    for (const token of script.matchAll(/[\w:./[\]=&>@!%#()-]+/g)) names.add(token[0]);
  }
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
  const rehashed: [before: string, after: string][] = [];
  const pruned = html.replace(
    /(<style\b[^>]*>)([\s\S]*?)(<\/style>)/gi,
    (_, open: string, css: string, close: string) => {
      let print = compiled.get(css);
      if (!print) {
        print = compileStylesheet(css);
        compiled.set(css, print);
      }
      const kept = print((name) => used.has(name));
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
