import { describe, expect, it } from 'vitest';
import { feedHtml } from '../../src/lib/feed-html';

const page = 'https://strongmiles.org/articles/x/';

describe('feedHtml', () => {
  it.each([
    [
      '<a href="/articles/y/#technique">y</a>',
      '<a href="https://strongmiles.org/articles/y/#technique">y</a>',
    ],
    [
      '<sup><a href="#ref-a" id="cite-a-1">1</a></sup>',
      '<sup><a href="https://strongmiles.org/articles/x/#ref-a" id="cite-a-1">1</a></sup>',
    ],
    [
      // A citation mark: on the page a button opening the reference's card, in a feed a link.
      '<sup class="citation"><button type="button" id="cite-a-1" popovertarget="card-a" aria-label="Reference 1: A 2001">1</button>,<button type="button" popovertarget="card-b-2">2</button></sup>',
      '<sup><a href="https://strongmiles.org/articles/x/#ref-a" id="cite-a-1">1</a>,<a href="https://strongmiles.org/articles/x/#ref-b-2">2</a></sup>',
    ],
    ['<p>Text<button type="button">Copy link</button></p>', '<p>Text</p>'],
    ['<a href="https://doi.org/10.1/x">doi</a>', '<a href="https://doi.org/10.1/x">doi</a>'],
    ['<img src="/og/a.png" alt="A">', '<img src="https://strongmiles.org/og/a.png" alt="A" />'],
    ['<p class="x" style="color:red" onclick="alert(1)">t</p>', '<p>t</p>'],
    ['<script>alert(1)</script><p>ok</p>', '<p>ok</p>'],
    ['<a href="javascript:alert(1)">x</a>', '<a>x</a>'],
    [
      '<table role="table"><tr role="row"><td role="cell" data-label="Week">1</td></tr></table>',
      '<table><tr><td>1</td></tr></table>',
    ],
  ])('%s', (input, expected) => {
    expect(feedHtml(input, page)).toBe(expected);
  });
});
