import { cspHash } from '../../lib/security.ts';

/**
 * Per-page CSS: every page inlines the one site stylesheet (about 24 KB), but an article uses
 * well under half of its utilities. After the build, each page keeps only the rules whose
 * class names it uses. Rules without a class (the reset, element styles, `:root` themes,
 * `@property`, `@font-face`, `@keyframes`) always stay, so only class-based rules can go.
 *
 * "Used" means the class name appears in a `class` attribute of the page or as a word in one
 * of its scripts (a script that adds a class by name keeps that class's rules). A class name
 * built by string concatenation in a script would be missed: name classes in full.
 */

/**
 * The class names a selector needs on the page to match anything. Classes inside :not() are
 * not needed; inside :is()/:where()/:has() with several alternatives, only the classes every
 * alternative needs are.
 */
export function requiredClasses(selector: string): string[] {
  const required: string[] = [];
  let outside = '';
  for (let index = 0; index < selector.length; index++) {
    const fn = /^:([\w-]+)\(/.exec(selector.slice(index, index + 20));
    if (fn && selector[index - 1] !== '\\') {
      const open = index + fn[0].length - 1;
      const close = closingParen(selector, open);
      if (fn[1] !== 'not') {
        const alternatives = splitSelectorList(selector.slice(open + 1, close)).map(
          requiredClasses,
        );
        const [first = [], ...rest] = alternatives;
        required.push(...first.filter((name) => rest.every((other) => other.includes(name))));
      }
      index = close;
      continue;
    }
    outside += selector[index];
  }
  const own = [...outside.matchAll(/\.((?:[\w-]|\\.)+)/g)].map((match) =>
    match[1]!.replace(/\\(.)/g, '$1'),
  );
  return [...own, ...required];
}

/** Splits a selector list at top-level commas (not those inside :is(), :where() or strings). */
export function splitSelectorList(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let index = 0; index < list.length; index++) {
    const char = list[index]!;
    if (quote) {
      if (char === '\\') index++;
      else if (char === quote) quote = '';
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '\\') index++;
    else if (char === '(' || char === '[') depth++;
    else if (char === ')' || char === ']') depth--;
    else if (char === ',' && depth === 0) {
      parts.push(list.slice(start, index));
      start = index + 1;
    }
  }
  parts.push(list.slice(start));
  return parts.map((part) => part.trim()).filter(Boolean);
}

/** At-rules whose blocks hold more rules (pruned inside); any other at-rule is kept whole. */
const GROUPING_AT_RULES = /^@(media|supports|layer|container|scope|starting-style)\b/;

/** A stylesheet parsed once: what to keep, which rules need which classes, nested groups. */
type CssNode =
  | { kind: 'always'; text: string }
  | { kind: 'rule'; text: string; alternatives: string[][] }
  | { kind: 'group'; prelude: string; children: CssNode[] };

function parseStylesheet(css: string): CssNode[] {
  const nodes: CssNode[] = [];
  let index = 0;
  while (index < css.length) {
    const open = findOutsideStrings(css, '{', index);
    const semicolon = findOutsideStrings(css, ';', index);
    // A statement at-rule (`@layer a, b;`, `@import ...;`) before the next block: keep it.
    if (semicolon !== -1 && (open === -1 || semicolon < open)) {
      nodes.push({ kind: 'always', text: css.slice(index, semicolon + 1) });
      index = semicolon + 1;
      continue;
    }
    if (open === -1) {
      nodes.push({ kind: 'always', text: css.slice(index) });
      break;
    }
    const close = matchingBrace(css, open);
    const prelude = css.slice(index, open);
    const head = prelude.replace(/\/\*[\s\S]*?\*\//g, '').trim();
    const text = css.slice(index, close + 1);
    if (GROUPING_AT_RULES.test(head)) {
      nodes.push({ kind: 'group', prelude, children: parseStylesheet(css.slice(open + 1, close)) });
    } else if (head.startsWith('@')) {
      nodes.push({ kind: 'always', text });
    } else {
      nodes.push({
        kind: 'rule',
        text,
        alternatives: splitSelectorList(head).map(requiredClasses),
      });
    }
    index = close + 1;
  }
  return nodes;
}

function printUsed(nodes: readonly CssNode[], isUsed: (className: string) => boolean): string {
  let out = '';
  for (const node of nodes) {
    if (node.kind === 'always') out += node.text;
    else if (node.kind === 'rule') {
      if (node.alternatives.some((classes) => classes.every(isUsed))) out += node.text;
    } else {
      const inner = printUsed(node.children, isUsed);
      if (inner.trim()) out += `${node.prelude}{${inner}}`;
    }
  }
  return out;
}

/**
 * Parses a stylesheet once and returns a function that prints it for one page. Every page of
 * a build inlines the same stylesheet, so the build parses it once, not once per page.
 */
export function compileStylesheet(css: string): (isUsed: (className: string) => boolean) => string {
  const nodes = parseStylesheet(css);
  return (isUsed) => printUsed(nodes, isUsed);
}

/**
 * The stylesheet without the rules this page cannot use. `isUsed` answers for one class name.
 * A rule stays when one of its selectors has all the classes it needs on the page; grouping
 * at-rules left empty are dropped. Expects valid CSS (as Tailwind emits it).
 */
export function pruneUnusedRules(css: string, isUsed: (className: string) => boolean): string {
  return compileStylesheet(css)(isUsed);
}

function closingParen(text: string, open: number): number {
  let depth = 0;
  for (let index = open; index < text.length; index++) {
    if (text[index] === '\\') index++;
    else if (text[index] === '(') depth++;
    else if (text[index] === ')' && --depth === 0) return index;
  }
  return text.length;
}

function matchingBrace(css: string, open: number): number {
  let depth = 0;
  let quote = '';
  for (let index = open; index < css.length; index++) {
    const char = css[index]!;
    if (quote) {
      if (char === '\\') index++;
      else if (char === quote) quote = '';
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '\\') index++;
    else if (char === '{') depth++;
    else if (char === '}' && --depth === 0) return index;
  }
  throw new Error(`CSS: no closing brace for the block at offset ${open}`);
}

function findOutsideStrings(css: string, target: string, from: number): number {
  let quote = '';
  for (let index = from; index < css.length; index++) {
    const char = css[index]!;
    if (quote) {
      if (char === '\\') index++;
      else if (char === quote) quote = '';
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '\\') index++;
    else if (char === '/' && css[index + 1] === '*') {
      const end = css.indexOf('*/', index + 2);
      index = end === -1 ? css.length : end + 1;
    } else if (char === target) return index;
  }
  return -1;
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
 * Tailwind's internal variables (`--tw-*`) that no remaining rule reads: their `@property`
 * registrations and their declarations go. Once a page's unused utilities are gone, most of
 * them are (the numeric-variant and filter variables, for example).
 */
export function dropUnreadTailwindVariables(css: string): string {
  const read = new Set([...css.matchAll(/var\(\s*(--tw-[\w-]+)/g)].map((match) => match[1]!));
  return css
    .replace(/@property\s+(--tw-[\w-]+)\s*\{[^}]*\}/g, (rule, name: string) =>
      read.has(name) ? rule : '',
    )
    .replace(/(?<=[{;])(--tw-[\w-]+)\s*:[^;{}]*;?/g, (declaration, name: string) =>
      read.has(name) ? declaration : '',
    );
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
      const kept = dropUnreadTailwindVariables(print((name) => used.has(name)));
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
