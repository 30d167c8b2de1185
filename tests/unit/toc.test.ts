import { describe, expect, it } from 'vitest';
import { tableOfContents, type HeadingInfo } from '../../src/lib/toc';

const h = (depth: number, text: string): HeadingInfo => ({
  depth,
  text,
  slug: text.toLowerCase().replaceAll(' ', '-'),
});

describe('tableOfContents', () => {
  it('nests subsections under their section and ignores deeper headings', () => {
    const toc = tableOfContents([
      h(2, 'Why lift'),
      h(3, 'Injuries'),
      h(4, 'Too deep'),
      h(3, 'Economy'),
      h(2, 'How to start'),
      h(2, 'Practical steps'),
    ]);
    expect(toc).toEqual([
      {
        slug: 'why-lift',
        text: 'Why lift',
        children: [
          { slug: 'injuries', text: 'Injuries', children: [] },
          { slug: 'economy', text: 'Economy', children: [] },
        ],
      },
      { slug: 'how-to-start', text: 'How to start', children: [] },
      { slug: 'practical-steps', text: 'Practical steps', children: [] },
    ]);
  });

  it('is empty for an article with fewer than three sections', () => {
    expect(tableOfContents([h(2, 'One'), h(3, 'Sub'), h(2, 'Two')])).toEqual([]);
  });

  it('leaves out a subsection that comes before any section', () => {
    const toc = tableOfContents([h(3, 'Orphan'), h(2, 'A'), h(2, 'B'), h(2, 'C')]);
    expect(toc.map((entry) => entry.slug)).toEqual(['a', 'b', 'c']);
    expect(toc.flatMap((entry) => entry.children)).toEqual([]);
  });

  it('takes the minimum as a parameter', () => {
    expect(tableOfContents([h(2, 'Only')], 1)).toHaveLength(1);
  });
});
