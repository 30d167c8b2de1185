import { describe, expect, it } from 'vitest';
import { imageSourceProblem, responsiveWidths } from '../../src/lib/images';

describe('responsiveWidths', () => {
  it.each([
    [2400, [400, 800, 1200, 1600]],
    [1600, [400, 800, 1200, 1600]],
    [1000, [400, 800]],
    [400, [400]],
    [320, [320]],
  ])('a %i px source gets %j', (source, expected) => {
    expect(responsiveWidths(source)).toEqual(expected);
  });

  it('takes its own candidate list', () => {
    expect(responsiveWidths(900, [300, 600, 900, 1200])).toEqual([300, 600, 900]);
  });
});

describe('imageSourceProblem', () => {
  it.each(['./hero.jpg', '../shared/squat.PNG', 'photo.webp', './a b.avif?x=1', './diagram.svg'])(
    'accepts the local file %s',
    (url) => {
      expect(imageSourceProblem(url)).toBeUndefined();
    },
  );

  it.each([
    ['https://example.org/a.jpg', 'not a file in the project'],
    ['//cdn.example.org/a.jpg', 'not a file in the project'],
    ['data:image/png;base64,AAAA', 'not a file in the project'],
    ['/images/a.jpg', 'served as is and never resized'],
    ['./clip.mp4', 'not an image type the build can process (.mp4)'],
    ['./photo', 'not an image type the build can process (no extension)'],
  ])('rejects %s', (url, problem) => {
    expect(imageSourceProblem(url)).toContain(problem);
  });
});
