import { describe, expect, it } from 'vitest';
import {
  mainTextBlocks,
  mergeIntoPassages,
  phrasesOf,
  sharedPhrases,
  words,
  type PageText,
} from '../../tools/check/repetition-core';

const SENTENCE =
  'In seventeen trained runners heavy half squats lowered the oxygen cost of an easy pace';

describe('words', () => {
  it.each([
    ['Well-trained runners', ['well', 'trained', 'runners']],
    ['Don’t flush lactic acid', ['dont', 'flush', 'lactic', 'acid']],
    ['2–8% better, 4/4 reviews', ['2', '8', 'better', '4', '4', 'reviews']],
    ['ACSM’s 2009 stand.', ['acsms', '2009', 'stand']],
    ['  ', []],
  ])('%j -> %j', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });
});

describe('phrasesOf', () => {
  it('gives every run of ten words, and none for a shorter block', () => {
    const phrases = phrasesOf(`${SENTENCE}.`);
    expect(phrases).toHaveLength(words(SENTENCE).length - 9);
    expect(phrases[0]).toBe('in seventeen trained runners heavy half squats lowered the oxygen');
    expect(phrasesOf('Only nine words are in this short little block')).toEqual([]);
  });
});

describe('mainTextBlocks', () => {
  const html = `<!doctype html><html><body>
    <header><p>${SENTENCE} (site header)</p></header>
    <main>
      <article>
        <h1>Strength training myths for runners and the interference effect explained</h1>
        <nav><a href="#a">Why heavy lifting lowered the oxygen cost of an easy pace</a></nav>
        <p>First paragraph with a citation<sup class="citation"><a href="#r">1</a></sup> marker.</p>
        <h2>What to do this week when you are new to lifting weights</h2>
        <blockquote><p>A quotation of someone else that runs well past ten words long.</p></blockquote>
        <ul><li>Second <q>quoted bit</q> block</li><li><a href="/articles/x/">A title</a></li></ul>
        <table><tr><td>Goblet squat</td><td>3 × 8</td></tr></table>
        <figure><div role="img" aria-labelledby="map-caption"></div>
          <figcaption id="map-caption">Mainly works the quadriceps and glutes.</figcaption></figure>
        <p>General information, not medical advice.</p>
        <section aria-labelledby="references"><h2 id="references">References</h2>
          <ol><li>Støren Ø (2008). 17 well-trained distance runners.</li></ol></section>
        <section aria-labelledby="changelog"><h2 id="changelog">Changes</h2>
          <ul><li>Correction: one trial, not two.</li></ul></section>
      </article>
      <section aria-labelledby="related"><h2 id="related">Related articles</h2>
        <article class="card"><p>Another page's description.</p></article></section>
      <article class="card"><p>A card outside any labelled section.</p></article>
    </main>
    <footer><p>${SENTENCE} (site footer)</p></footer>
  </body></html>`;

  it('keeps the page’s own prose and drops the parts issue 18 leaves out', () => {
    expect(mainTextBlocks(html, ['General information, not medical advice.'])).toEqual([
      'First paragraph with a citation marker.',
      'Second block',
      'Goblet squat',
      '3 × 8',
    ]);
  });

  it('keeps an interface-looking block when it is not in the list of fixed strings', () => {
    expect(mainTextBlocks(html)).toContain('General information, not medical advice.');
  });

  it('drops a block made of several fixed strings joined by punctuation, and only that', () => {
    const line = (extra: string) =>
      `<main><h1>T</h1><p>Spotted a mistake? <a href="mailto:x">Report an error</a> opens an email. · <a href="/changes/">All changes</a>${extra}</p></main>`;
    const fixed = ['Spotted a mistake?', 'Report an error', 'opens an email.', 'All changes'];
    expect(mainTextBlocks(line(''), fixed)).toEqual([]);
    expect(mainTextBlocks(line(' and one sentence of our own.'), fixed)).toHaveLength(1);
  });

  it('drops text marked as a copy of another page, and keeps the rest of its list item', () => {
    const html = `<main><h1>T</h1><ul><li><a href="/e/">Split squat</a> is our pick.
      <p data-copy-of="/e/">Sets and reps: 2-3 sets of 8-12 per side.</p></li></ul></main>`;
    expect(mainTextBlocks(html)).toEqual(['Split squat is our pick.']);
  });

  it('drops text generated from data (a figure text alternative), and only that', () => {
    const html = `<main><h1>T</h1><figure><figcaption data-generated>Squat, drawn from the side in 2 positions.</figcaption></figure>
      <p>Our own words about the squat.</p></main>`;
    expect(mainTextBlocks(html)).toEqual(['Our own words about the squat.']);
  });

  it('returns nothing for a page without <main>', () => {
    expect(mainTextBlocks('<p>No main element here at all, only a lonely paragraph.</p>')).toEqual(
      [],
    );
  });
});

describe('sharedPhrases', () => {
  const page = (name: string, ...blocks: string[]): PageText => ({ page: name, blocks });

  it('reports a phrase on three pages, with the pages sorted', () => {
    const shared = sharedPhrases([
      page('/c/', SENTENCE),
      page('/a/', `Intro. ${SENTENCE}.`),
      page('/b/', `${SENTENCE}, as before.`),
    ]);
    expect(shared.length).toBe(words(SENTENCE).length - 9);
    expect(shared.every((entry) => entry.pages.join() === '/a/,/b/,/c/')).toBe(true);
  });

  it('leaves a phrase on two pages alone unless asked for two', () => {
    const pages = [page('/a/', SENTENCE), page('/b/', SENTENCE), page('/c/', 'Something else')];
    expect(sharedPhrases(pages)).toEqual([]);
    expect(sharedPhrases(pages, { minPages: 2 })).not.toEqual([]);
  });

  it('counts a page once however often it repeats itself', () => {
    const pages = [page('/a/', SENTENCE, SENTENCE, SENTENCE), page('/b/', SENTENCE)];
    expect(sharedPhrases(pages)).toEqual([]);
  });

  it('never joins words across two blocks', () => {
    const [start, end] = [SENTENCE.split(' ').slice(0, 8), SENTENCE.split(' ').slice(8)];
    const split = (name: string) => page(name, start.join(' '), end.join(' '));
    expect(sharedPhrases([split('/a/'), split('/b/'), split('/c/')])).toEqual([]);
  });
});

describe('mergeIntoPassages', () => {
  it('joins the overlapping windows of one shared sentence into one passage', () => {
    const pages = ['/a/', '/b/', '/c/'].map((name) => ({ page: name, blocks: [SENTENCE] }));
    expect(mergeIntoPassages(sharedPhrases(pages))).toEqual([
      { phrase: words(SENTENCE).join(' '), pages: ['/a/', '/b/', '/c/'] },
    ]);
  });

  it('keeps passages on different sets of pages apart', () => {
    const other =
      'A different sentence of twelve words that three other pages also happen to share';
    const pages = [
      ...['/a/', '/b/', '/c/'].map((name) => ({ page: name, blocks: [SENTENCE] })),
      ...['/d/', '/e/', '/f/'].map((name) => ({ page: name, blocks: [other] })),
    ];
    expect(mergeIntoPassages(sharedPhrases(pages)).map((passage) => passage.phrase)).toEqual(
      expect.arrayContaining([words(SENTENCE).join(' '), words(other).join(' ')]),
    );
    expect(mergeIntoPassages(sharedPhrases(pages))).toHaveLength(2);
  });
});
