import { describe, expect, it } from 'vitest';
import { positionsSchema } from '../../src/schemas/pose';

/** The first problem as "path: message", the way a writer reads it after the file name. */
function firstIssue(input: unknown): string {
  const result = positionsSchema.safeParse(input);
  if (result.success) return 'valid';
  const issue = result.error.issues[0]!;
  return `${issue.path.join('.')}: ${issue.message}`;
}

const stand = { name: 'start', cue: 1, contacts: { feet: 'floor' } };
const squat = {
  name: 'bottom',
  cue: 2,
  trunk: 35,
  legs: { hip: 120, knee: 115, ankle: 28 },
  contacts: { feet: 'floor' },
};

describe('positions schema', () => {
  it('fills defaults, spells out both limbs and turns contacts into a list', () => {
    const [start, bottom] = positionsSchema.parse([stand, squat]);
    expect(start).toMatchObject({
      view: 'side',
      facing: 'right',
      phase: 'static',
      trunk: 0,
      label: 'Start',
    });
    expect(start!.legs.near).toEqual({ hip: 0, abduction: 0, knee: 0, ankle: 0 });
    expect(bottom!.legs.far).toEqual(bottom!.legs.near);
    expect(bottom!.paired).toEqual({ legs: false, arms: false });
    expect(bottom!.contacts).toEqual([
      { key: 'feet', part: 'foot', side: 'near', support: 'floor' },
      { key: 'feet', part: 'foot', side: 'far', support: 'floor' },
    ]);
  });

  it('reads left and right in a front view as the two sides', () => {
    const [, lift] = positionsSchema.parse([
      { ...stand, view: 'front' },
      {
        name: 'lift',
        cue: 2,
        view: 'front',
        legs: { left: { abduction: 30 }, right: {} },
        contacts: { 'right-foot': 'floor' },
      },
    ]);
    expect(lift!.legs.near.abduction).toBe(30);
    expect(lift!.legs.far.abduction).toBe(0);
    expect(lift!.contacts[0]).toMatchObject({ part: 'foot', side: 'far' });
    expect(lift!.paired.legs).toBe(true);
  });

  it.each([
    ['only one position', [stand], /needs at least two positions/],
    [
      'a name that is not an id',
      [{ ...stand, name: 'Start Here' }, squat],
      /^0\.name: position "Start Here": must be lower-case words joined by hyphens/,
    ],
    [
      'two positions with one name',
      [stand, { ...squat, name: 'start' }],
      /^1\.name: "start" is used by two positions/,
    ],
    [
      'an angle written as text',
      [stand, { ...squat, legs: { knee: 'deep' } }],
      /^1\.legs\.knee: position "bottom": "deep" must be a number of degrees \(0 = straight, positive = bent\)/,
    ],
    [
      'an unknown joint',
      [stand, { ...squat, legs: { knees: 90 } }],
      /^1\.legs: position "bottom": Unrecognized key: "knees"/,
    ],
    [
      'a contact part that does not exist',
      [stand, { ...squat, contacts: { toe: 'floor' } }],
      /^1\.contacts\.toe: position "bottom": "toe" is not a body part that can rest on something in a side view; use one of: .*feet, near-foot, far-foot/,
    ],
    [
      'an unknown support',
      [stand, { ...squat, contacts: { feet: 'chair' } }],
      /^1\.contacts\.feet: position "bottom": "chair" is not a known support; use one of: floor, mat, pad, step, box, bench/,
    ],
    [
      'left and right in a side view',
      [stand, { ...squat, legs: { left: { knee: 90 } } }],
      /position "bottom": "left" is not a side in a side view; use near and far/,
    ],
    [
      'a held position touching nothing',
      [stand, { ...squat, contacts: {} }],
      /position "bottom": needs at least one contact/,
    ],
    [
      'an airborne position with contacts',
      [stand, { ...squat, phase: 'airborne' }],
      /position "bottom": an airborne position touches nothing/,
    ],
    [
      'two views in one exercise',
      [stand, { ...squat, view: 'front' }],
      /position "bottom" is drawn in a front view facing right, but "start" in a side view facing right/,
    ],
    [
      'an unknown thing to hold',
      [stand, { ...squat, holds: ['sandbag'] }],
      /^1\.holds\.0: position "bottom": "sandbag" is not a known thing to hold; use one of: barbell/,
    ],
  ])('rejects %s with a message a writer can act on', (_name, input, message) => {
    expect(firstIssue(input)).toMatch(message);
  });
});
