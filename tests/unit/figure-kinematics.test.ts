import { describe, expect, it } from 'vitest';
import { HEIGHT, LENGTH, MASS, SPACING } from '../../src/lib/figure/body-model';
import {
  footPoints,
  project,
  segmentMasses,
  skeleton,
  type PoseAngles,
} from '../../src/lib/figure/kinematics';

const limbs = (
  leg: Partial<PoseAngles['legs']['near']> = {},
  arm: Partial<PoseAngles['arms']['near']> = {},
): Pick<PoseAngles, 'legs' | 'arms'> => {
  const l = { hip: 0, abduction: 0, knee: 0, ankle: 0, ...leg };
  const a = { shoulder: 0, abduction: 0, rotation: 0, elbow: 0, ...arm };
  return { legs: { near: l, far: l }, arms: { near: a, far: a } };
};
const pose = (extra: Partial<PoseAngles> = {}, leg = {}, arm = {}): PoseAngles => ({
  trunk: 0,
  tilt: 0,
  neck: 0,
  ...limbs(leg, arm),
  ...extra,
});

/** A number rounded to 0.01 (and -0 made 0), so expectations read as plain numbers. */
const r = (value: number) => Math.round(value * 100) / 100 + 0;
/** A 2D point, rounded, for readable expectations. */
const at = (point: readonly [number, number, number], view: 'side' | 'front' = 'side') => {
  const p = project(point, view);
  return { x: r(p.x), y: r(p.y) };
};

describe('body model', () => {
  it('uses the proportions of standing height from the table (body-model.md)', () => {
    expect(HEIGHT).toBe(100);
    expect(LENGTH.thigh).toBeCloseTo(24.5);
    expect(LENGTH.shank).toBeCloseTo(24.6);
    expect(LENGTH.trunk).toBeCloseTo(28.8);
    // Standing: hip height 0.530 H = ankle height + shank + thigh.
    expect(LENGTH.ankleHeight + LENGTH.shank + LENGTH.thigh).toBeCloseTo(53);
  });

  it('has segment masses that sum to the whole body', () => {
    const total =
      MASS.trunk.fraction +
      MASS.head.fraction +
      2 *
        (MASS.thigh.fraction +
          MASS.shank.fraction +
          MASS.foot.fraction +
          MASS.upperArm.fraction +
          MASS.forearm.fraction +
          MASS.hand.fraction);
    expect(total).toBeCloseTo(1, 5);
  });
});

describe('forward kinematics', () => {
  it('stands with every joint straight below or above the hip when all angles are 0', () => {
    const body = skeleton(pose());
    expect(at(body.legs.near.knee)).toEqual({ x: 0, y: r(-LENGTH.thigh) });
    expect(at(body.legs.near.ankle)).toEqual({ x: 0, y: r(-(LENGTH.thigh + LENGTH.shank)) });
    expect(at(body.shoulderCentre)).toEqual({ x: 0, y: r(LENGTH.trunk) });
    expect(at(body.arms.near.wrist).y).toBeCloseTo(LENGTH.trunk - LENGTH.upperArm - LENGTH.forearm);
    // The sole is flat: heel and ball at the same height, ball ahead of the ankle.
    const foot = footPoints(body.legs.near);
    expect(at(foot.heel).y).toBeCloseTo(at(foot.ball).y);
    expect(at(foot.ball).x).toBeCloseTo(SPACING.ball);
  });

  it('swings the thigh forward with hip flexion and the shin back with knee flexion', () => {
    const body = skeleton(pose({}, { hip: 90, knee: 90 }));
    // Thigh level and forward, shin hanging straight down from the knee.
    expect(at(body.legs.near.knee)).toEqual({ x: r(LENGTH.thigh), y: 0 });
    expect(at(body.legs.near.ankle)).toEqual({ x: r(LENGTH.thigh), y: r(-LENGTH.shank) });
  });

  it('tips the foot up with dorsiflexion and down with plantarflexion', () => {
    const up = footPoints(skeleton(pose({}, { ankle: 20 })).legs.near);
    const down = footPoints(skeleton(pose({}, { ankle: -40 })).legs.near);
    expect(at(up.ball).y).toBeGreaterThan(at(up.heel).y);
    expect(at(down.ball).y).toBeLessThan(at(down.heel).y);
  });

  it('leans the trunk forward and lays it face down at 90 and on its back at -90', () => {
    expect(at(skeleton(pose({ trunk: 90 })).shoulderCentre)).toEqual({ x: r(LENGTH.trunk), y: 0 });
    expect(at(skeleton(pose({ trunk: -90 })).shoulderCentre)).toEqual({
      x: r(-LENGTH.trunk),
      y: 0,
    });
  });

  it('raises the arm forward with shoulder flexion, overhead at 180', () => {
    const forward = skeleton(pose({}, {}, { shoulder: 90 }));
    expect(at(forward.arms.near.elbow)).toEqual({ x: r(LENGTH.upperArm), y: r(LENGTH.trunk) });
    const overhead = skeleton(pose({}, {}, { shoulder: 180 }));
    expect(at(overhead.arms.near.elbow).y).toBeCloseTo(LENGTH.trunk + LENGTH.upperArm);
  });

  it('shows near limbs nearer the reader in a side view and the left side on the right in a front view', () => {
    const body = skeleton(pose());
    expect(body.legs.near.hip[2]).toBeGreaterThan(body.legs.far.hip[2]);
    expect(at(body.legs.near.hip, 'front').x).toBeGreaterThan(at(body.legs.far.hip, 'front').x);
  });

  it('moves each leg out to its own side with hip abduction (front view)', () => {
    const body = skeleton(pose({}, { abduction: 30 }));
    expect(at(body.legs.near.knee, 'front').x).toBeGreaterThan(at(body.legs.near.hip, 'front').x);
    expect(at(body.legs.far.knee, 'front').x).toBeLessThan(at(body.legs.far.hip, 'front').x);
  });

  it('lies the body on its right side with tilt 90', () => {
    const body = skeleton(pose({ tilt: 90 }));
    // The shoulders go toward the figure's right, which a front view shows on the left.
    expect(at(body.shoulderCentre, 'front')).toEqual({ x: r(-LENGTH.trunk), y: 0 });
  });

  it('puts the centre of mass of a standing body a little above the hips', () => {
    const parts = segmentMasses(skeleton(pose()));
    const y = parts.reduce((sum, part) => sum + part.point[1] * part.fraction, 0);
    const x = parts.reduce((sum, part) => sum + part.point[0] * part.fraction, 0);
    // Standing centre of mass is about 0.55-0.57 H above the floor; the hips are at 0.53 H.
    expect(y + 53).toBeGreaterThan(54);
    expect(y + 53).toBeLessThan(58);
    expect(Math.abs(x)).toBeLessThan(1.5);
  });
});
