import {
  hasSearch,
  resultSummary,
  searchFilters,
  searchQueryString,
  searchStateFrom,
  type SearchState,
  type SummaryTemplates,
} from '../lib/search';

/** The part of Pagefind's browser API the search page uses. */
interface PagefindResult {
  url: string;
  excerpt: string;
  meta: { title?: string };
  filters: { kind?: string[]; topic?: string[] };
}
interface Pagefind {
  options(options: object): Promise<void>;
  debouncedSearch(
    query: string | null,
    options: object,
    timeout?: number,
  ): Promise<{ results: { data(): Promise<PagefindResult> }[] } | null>;
}

const MAX_RESULTS = 20;

/**
 * `<site-search>`: the search page's controller. It wraps a plain GET form (which works without
 * JavaScript), a status line and a result list, and takes its strings and URLs from its data
 * attributes (importing ui.ts here would ship every UI string). Pagefind's index loads only when
 * the reader focuses the field or arrives with a query; the query lives in the URL, so a search
 * can be shared and reloaded.
 */
customElements.define(
  'site-search',
  class extends HTMLElement {
    connectedCallback(): void {
      const form = this.querySelector('form');
      const status = this.querySelector<HTMLElement>('[role=status]');
      const list = this.querySelector('ol');
      if (!form || !status || !list) return;
      const input = form.elements.namedItem('q') as HTMLInputElement;
      const kindBoxes = [...form.querySelectorAll<HTMLInputElement>('input[name=kind]')];
      const topicBoxes = [...form.querySelectorAll<HTMLInputElement>('input[name=topic]')];
      const checked = (boxes: HTMLInputElement[]) =>
        boxes.filter((box) => box.checked).map((box) => box.value);
      // SiteSearch.astro always writes all five.
      // The result-count templates are data attributes too (data-none, data-one, ...).
      const data = this.dataset as unknown as SummaryTemplates &
        Record<'loader' | 'base' | 'loading' | 'failed', string>;
      const { loader, base, loading, failed } = data;
      let pagefind: Promise<Pagefind> | undefined;

      // Loaded on first use only: the index and its WebAssembly are the heavy part of search.
      const loadPagefind = (): Promise<Pagefind> =>
        (pagefind ??= import(/* @vite-ignore */ loader).then(async (module: Pagefind) => {
          await module.options({ excerptLength: 24 });
          return module;
        }));

      const state = (): SearchState => ({
        query: input.value.trim(),
        kinds: checked(kindBoxes),
        topics: checked(topicBoxes),
      });

      const search = async () => {
        const current = state();
        history.replaceState(null, '', `${base}${searchQueryString(current)}`);
        if (!hasSearch(current)) {
          status.textContent = '';
          list.replaceChildren();
          return;
        }
        status.textContent = loading;
        try {
          const engine = await loadPagefind();
          const found = await engine.debouncedSearch(current.query || null, {
            filters: searchFilters(current),
          });
          if (!found) return; // a newer keystroke superseded this search
          const results = await Promise.all(
            found.results.slice(0, MAX_RESULTS).map((result) => result.data()),
          );
          list.replaceChildren(...results.map(resultItem));
          status.textContent = resultSummary(found.results.length, current.query, data);
        } catch {
          status.textContent = failed;
        }
      };

      const initial = searchStateFrom(location.search);
      input.value = initial.query;
      for (const box of kindBoxes) box.checked = initial.kinds.includes(box.value);
      for (const box of topicBoxes) box.checked = initial.topics.includes(box.value);
      // A link that names a topic shows its box ticked, not folded away.
      if (initial.topics.length > 0) form.querySelector('details')?.setAttribute('open', '');
      input.addEventListener('focus', () => void loadPagefind().catch(() => undefined), {
        once: true,
      });
      input.addEventListener('input', () => void search());
      for (const box of [...kindBoxes, ...topicBoxes])
        box.addEventListener('change', () => void search());
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        void search();
      });
      if (hasSearch(initial)) void search();
    }
  },
);

/** One result: its kind (Article, Exercise...), the linked title, Pagefind's excerpt and topics. */
function resultItem(result: PagefindResult): HTMLLIElement {
  const item = document.createElement('li');
  const kind = document.createElement('p');
  kind.className = 'search-result-kind';
  kind.textContent = result.filters.kind?.[0] ?? '';
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = result.url;
  link.textContent = result.meta.title ?? result.url;
  heading.append(link);
  const excerpt = document.createElement('p');
  // Pagefind's excerpt is our own article text with <mark> around the matched words.
  excerpt.innerHTML = result.excerpt;
  const topics = document.createElement('p');
  topics.className = 'search-result-topics';
  topics.textContent = (result.filters.topic ?? []).join(' · ');
  item.append(kind, heading, excerpt);
  if (topics.textContent) item.append(topics); // only articles carry topics
  return item;
}
