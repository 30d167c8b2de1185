import { describe, expect, it } from 'vitest';
import { calloutsPlugin } from '../../src/markdown/callouts';
import { readingTimePlugin } from '../../src/markdown/reading-time';
import { smartPunctuationPlugin } from '../../src/markdown/smart-punctuation';
import { renderMarkdown } from './helpers/markdown';

/** The callout directives of .md articles, and the HTML they become. */

const MD = '/project/content/articles/example.md';

/** The body HTML of a source, through the callouts and then smart punctuation, as the build runs them. */
function rendered(source: string, path = MD) {
  return renderMarkdown(
    source,
    {
      mdastPlugins: [calloutsPlugin({ projectRoot: '/project' }), smartPunctuationPlugin()],
      smartPunctuation: false,
    },
    path,
  );
}
const html = (source: string, path = MD) => rendered(source, path).html.trim();

const VALID_LEVELS = 'Valid: well-supported, limited, mixed, weak, coaching-practice.';
const VALID_DIRECTIVES =
  'Valid: :evidence[<level>] (inline) and :::see-a-professional ... ::: (a block of its own).';

// The HTML src/components/EvidenceLabel.astro and SeeAProfessional.astro render (copied from a
// built page), which the directives must match byte for byte.
const BADGE =
  '<a class="evidence evidence-well-supported" href="/about/#methodology"><span class="sr-only">(Evidence: </span>Well supported<span class="sr-only">)</span></a>';
const CALLOUT_OPEN =
  '<aside aria-label="When to see a professional" class="not-prose my-8 rounded-xl border-2 border-lane/40 bg-paper-raised p-5 font-serif text-[1.05rem] leading-relaxed"><p class="mb-2 font-sans text-sm font-extrabold tracking-[0.08em] text-lane uppercase">When to see a professional</p><div class="space-y-3">';

describe('calloutsPlugin', () => {
  it('turns :evidence[level] and :evidence{level=...} into the EvidenceLabel badge', () => {
    expect(html('Lift twice a week. :evidence[well-supported] in runners.')).toBe(
      `<p>Lift twice a week. ${BADGE} in runners.</p>`,
    );
    expect(html('Lift. :evidence{level=well-supported}')).toBe(`<p>Lift. ${BADGE}</p>`);
  });

  it('turns :::see-a-professional into the SeeAProfessional callout around its paragraphs', () => {
    const out = html(
      ':::see-a-professional\nSee a physio.\n\nOr a doctor, :evidence[well-supported].\n:::',
    );
    expect(out.replaceAll('\n', '')).toBe(
      `${CALLOUT_OPEN}<p>See a physio.</p><p>Or a doctor, ${BADGE}.</p></div></aside>`,
    );
  });

  it('keeps the badge and callout titles out of the prose other plugins read', () => {
    // The later plugins see the writer's words only: reading time counts "and quotes" and
    // "See a physio", not the badge's "(Evidence: Mixed)" or the callout's title.
    const { frontmatter, html: out } = renderMarkdown(
      ':evidence[mixed] and "quotes"\n\n:::see-a-professional\nSee a physio.\n:::',
      {
        mdastPlugins: [
          calloutsPlugin({ projectRoot: '/project' }),
          smartPunctuationPlugin(),
          readingTimePlugin(),
        ],
        smartPunctuation: false,
      },
      MD,
    );
    expect(frontmatter.words).toBe(5);
    expect(out).toContain('</a> and “quotes”</p>');
  });

  it('leaves a colon before a digit as written ("a 2:1 ratio" is no directive)', () => {
    expect(html('A 2:1 ratio at 10:30.')).toBe('<p>A 2:1 ratio at 10:30.</p>');
  });

  it('works the same in .mdx, next to the components', () => {
    expect(html('Lift. :evidence[well-supported]', '/project/content/articles/example.mdx')).toBe(
      `<p>Lift. ${BADGE}</p>`,
    );
  });

  it('stops on a level that is not one of the five, naming file, line and the valid levels', () => {
    expect(() => html('Text.\n\nLift. :evidence[strong]')).toThrow(
      `content/articles/example.md:3: :evidence level "strong": is not an evidence level. ${VALID_LEVELS}`,
    );
    expect(() => html('Lift. :evidence')).toThrow(
      `content/articles/example.md:1: :evidence level: is missing (write :evidence[<level>]). ${VALID_LEVELS}`,
    );
    expect(() => html('Lift. :evidence{grade=mixed}')).toThrow(
      'content/articles/example.md:1: :evidence attribute "grade": is not an attribute of :evidence. Valid: level.',
    );
  });

  it('stops on a directive it does not know, naming file, line and the valid directives', () => {
    expect(() => html('Text.\n\n:::see-a-doctor\nGo.\n:::')).toThrow(
      `content/articles/example.md:3: directive ":::see-a-doctor": is not a directive this site knows (write \\: for a literal colon before a word). ${VALID_DIRECTIVES}`,
    );
    expect(() => html('Note:this')).toThrow('content/articles/example.md:1: directive ":this"');
    expect(() => html('::evidence[mixed]')).toThrow('directive "::evidence"');
    expect(html('Note\\:this')).toBe('<p>Note:this</p>');
  });

  it('stops on a callout with a label, attributes or nothing inside', () => {
    expect(() => html(':::see-a-professional[Careful]\nGo.\n:::')).toThrow(
      'content/articles/example.md:1: :::see-a-professional: takes no label',
    );
    expect(() => html(':::see-a-professional{tone=red}\nGo.\n:::')).toThrow(
      ':::see-a-professional "tone": takes no attributes',
    );
    expect(() => html(':::see-a-professional\n:::')).toThrow(':::see-a-professional: is empty');
  });
});
