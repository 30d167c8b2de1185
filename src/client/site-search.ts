import {
  resultSummary,
  searchQueryString,
  searchStateFrom,
  topicFilter,
  type SummaryTemplates,
} from '../lib/search';

/** The part of Pagefind's browser API the search page uses. */
interface PagefindResult {
  url: string;
  excerpt: string;
  meta: { title?: string };
  filters: { topic?: string[] };
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
export class SiteSearch extends HTMLElement {
  #pagefind: Promise<Pagefind> | undefined;

  connectedCallback(): void {
    const form = this.querySelector('form');
    const status = this.querySelector<HTMLElement>('[data-search-status]');
    const list = this.querySelector<HTMLOListElement>('[data-search-results]');
    if (!form || !status || !list) return;
    const input = form.elements.namedItem('q') as HTMLInputElement;
    const topicBoxes = [...form.querySelectorAll<HTMLInputElement>('input[name=topic]')];
    const templates = JSON.parse(this.dataset.summary ?? '{}') as SummaryTemplates;

    const state = () => ({
      query: input.value.trim(),
      topics: topicBoxes.filter((box) => box.checked).map((box) => box.value),
    });

    const search = async () => {
      const current = state();
      history.replaceState(null, '', `${this.dataset.base}${searchQueryString(current)}`);
      if (!current.query && current.topics.length === 0) {
        status.textContent = '';
        list.replaceChildren();
        return;
      }
      status.textContent = this.dataset.loading ?? '';
      try {
        const engine = await this.#loadPagefind();
        const found = await engine.debouncedSearch(current.query || null, {
          filters: topicFilter(current.topics),
        });
        if (!found) return; // a newer keystroke superseded this search
        const results = await Promise.all(
          found.results.slice(0, MAX_RESULTS).map((result) => result.data()),
        );
        list.replaceChildren(...results.map(resultItem));
        status.textContent = resultSummary(found.results.length, current.query, templates);
      } catch {
        status.textContent = this.dataset.failed ?? '';
      }
    };

    const initial = searchStateFrom(location.search);
    input.value = initial.query;
    for (const box of topicBoxes) box.checked = initial.topics.includes(box.value);
    input.addEventListener('focus', () => void this.#loadPagefind().catch(() => undefined), {
      once: true,
    });
    input.addEventListener('input', () => void search());
    for (const box of topicBoxes) box.addEventListener('change', () => void search());
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void search();
    });
    if (initial.query || initial.topics.length > 0) void search();
  }

  /** Loaded on first use only: the index and its WebAssembly are the heavy part of search. */
  #loadPagefind(): Promise<Pagefind> {
    this.#pagefind ??= import(/* @vite-ignore */ this.dataset.loader ?? '').then(
      async (module: Pagefind) => {
        await module.options({ excerptLength: 24 });
        return module;
      },
    );
    return this.#pagefind;
  }
}

/** One result: the linked title, Pagefind's excerpt and the article's topics. */
function resultItem(result: PagefindResult): HTMLLIElement {
  const item = document.createElement('li');
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
  item.append(heading, excerpt, topics);
  return item;
}

customElements.define('site-search', SiteSearch);
