import { describe, expect, it } from 'vitest';
import { calloutsPlugin } from '../../src/markdown/callouts';
import { evidenceLabelsPlugin } from '../../src/markdown/evidence-labels';
import { renderMarkdown } from './helpers/markdown';

/** The evidence-grade checks of MDX content, as the build runs them. */

const check = (source: string) =>
  renderMarkdown(source, { mdastPlugins: [evidenceLabelsPlugin({ projectRoot: '/project' })] });
const VALID = 'Valid: well-supported, limited, mixed, weak, coaching-practice.';

describe('evidenceLabelsPlugin', () => {
  it('accepts the five grades, inline and in a grade column, with words after the badge', () => {
    expect(() =>
      check(
        [
          'Lift twice a week. <EvidenceLabel level="coaching-practice" />',
          '',
          '| Benefit | Evidence |',
          '|---|---|',
          '| Economy | <EvidenceLabel level="well-supported" /> |',
          '| Recovery | <EvidenceLabel level="weak" /> for faster recovery |',
        ].join('\n'),
      ),
    ).not.toThrow();
  });

  it('takes :evidence[...] in a .md grade column as a grade, and text there as an error', () => {
    const checkMarkdown = (rows: string[]) =>
      renderMarkdown(
        ['| Benefit | Evidence |', '|---|---|', ...rows].join('\n'),
        {
          mdastPlugins: [
            calloutsPlugin({ projectRoot: '/project' }),
            evidenceLabelsPlugin({ projectRoot: '/project' }),
          ],
        },
        '/project/content/articles/example.md',
      );
    expect(() =>
      checkMarkdown(['| Economy | :evidence[well-supported] in runners |']),
    ).not.toThrow();
    expect(() => checkMarkdown(['| Economy | Mixed |'])).toThrow(
      'content/articles/example.md:3: table column "Evidence" "Mixed": is a grade written as text',
    );
  });

  it('stops on a grade that is not one of the five, naming file, line and the valid grades', () => {
    expect(() => check('Text.\n\nLift. <EvidenceLabel level="strong" />')).toThrow(
      `content/articles/example.mdx:3: EvidenceLabel level "strong": is not an evidence level. ${VALID}`,
    );
  });

  it('stops on a grade written as text in a grade column, naming the column and the cell', () => {
    expect(() =>
      check(
        [
          '| Injury | What is known | Verdict |',
          '|---|---|---|',
          '| Knee | An association. | <EvidenceLabel level="limited" /> |',
          '| Shin | No trial. | Mixed (indirect) |',
        ].join('\n'),
      ),
    ).toThrow(
      `content/articles/example.mdx:4: table column "Verdict" "Mixed (indirect)": is a grade written as text; write it as :evidence[<level>] (or <EvidenceLabel level="..." /> in .mdx). ${VALID}`,
    );
  });

  it('leaves tables without a grade column alone', () => {
    expect(() => check('| Day | Session |\n|---|---|\n| Monday | Mixed run |')).not.toThrow();
  });
});
