import { HAND, LENGTH, MASS, SPACING, type Segment } from './body-model.ts';
import type { Side, View } from './vocabulary.ts';

/**
 * Forward kinematics: from a position's joint angles to the 3D joint centres and segment frames,
 * and their projection onto the drawing plane.
 *
 * Body axes: F points the way the figure faces, U up, L to the figure's left (F x U = L). A
 * segment frame is three such axes carried along the chain; a joint turns its child frame about
 * the parent's axes (flexion about L, abduction about F), as the angle conventions in
 * docs/authoring.md describe. Rotating F toward U about L is positive.
 *
 * Projection: a side view looks at the figure's left side (screen x = F, y = U, depth = L, so
 * the left limbs are the near ones); a front view looks at its front (x = L, y = U, depth = F, so
 * the figure's left is on the reader's right). Screen coordinates here have y up; the SVG writer
 * flips them.
 */

export type Vec3 = readonly [number, number, number];
export interface Vec2 {
  x: number;
  y: number;
}

export interface Frame {
  f: Vec3;
  u: Vec3;
  l: Vec3;
}

export const add = (a: Vec3, b: Vec3): Vec3 => [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
export const scale = (a: Vec3, k: number): Vec3 => [a[0] * k, a[1] * k, a[2] * k];
const dot = (a: Vec3, b: Vec3) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
const cross = (a: Vec3, b: Vec3): Vec3 => [
  a[1] * b[2] - a[2] * b[1],
  a[2] * b[0] - a[0] * b[2],
  a[0] * b[1] - a[1] * b[0],
];
const RAD = Math.PI / 180;

/** Rodrigues' rotation of v about the unit axis k by deg degrees. */
export function rotate(v: Vec3, k: Vec3, deg: number): Vec3 {
  const c = Math.cos(deg * RAD);
  const s = Math.sin(deg * RAD);
  const kv = cross(k, v);
  const kd = dot(k, v) * (1 - c);
  return [
    v[0] * c + kv[0] * s + k[0] * kd,
    v[1] * c + kv[1] * s + k[1] * kd,
    v[2] * c + kv[2] * s + k[2] * kd,
  ];
}

/** The frame turned about one of its own axes (an intrinsic rotation). */
export function turn(frame: Frame, axis: keyof Frame, deg: number): Frame {
  if (deg === 0) return frame;
  const k = frame[axis];
  return { f: rotate(frame.f, k, deg), u: rotate(frame.u, k, deg), l: rotate(frame.l, k, deg) };
}

export const BODY_AXES: Frame = { f: [1, 0, 0], u: [0, 1, 0], l: [0, 0, 1] };

/** The angles FK needs (the schema's normalised position has them, and more). */
export interface PoseAngles {
  trunk: number;
  tilt: number;
  neck: number;
  legs: Record<Side, { hip: number; abduction: number; knee: number; ankle: number }>;
  arms: Record<Side, { shoulder: number; abduction: number; rotation: number; elbow: number }>;
}

/** One leg's joints (3D, pelvis-centred) and frames. */
export interface LegChain {
  hip: Vec3;
  knee: Vec3;
  ankle: Vec3;
  thigh: Frame;
  shank: Frame;
  foot: Frame;
}

export interface ArmChain {
  shoulder: Vec3;
  elbow: Vec3;
  wrist: Vec3;
  upperArm: Frame;
  forearm: Frame;
}

/** The whole body in 3D, relative to the centre between the hip joints. */
export interface Skeleton {
  pelvis: Vec3;
  trunk: Frame;
  shoulderCentre: Vec3;
  neckBase: Vec3;
  head: Frame;
  headCentre: Vec3;
  legs: Record<Side, LegChain>;
  arms: Record<Side, ArmChain>;
}

/** +1 for the near (left) side, -1 for the far (right) side. */
export const sideSign = (side: Side): 1 | -1 => (side === 'near' ? 1 : -1);

export const SIDES: readonly Side[] = ['near', 'far'];

/** Forward kinematics of a position. */
export function skeleton(pose: PoseAngles): Skeleton {
  // Tilt first (toward the figure's right is positive: U turns toward -L), then the lean about L.
  const trunk = turn(turn(BODY_AXES, 'f', -pose.tilt), 'l', -pose.trunk);
  const pelvis: Vec3 = [0, 0, 0];
  const shoulderCentre = add(pelvis, scale(trunk.u, LENGTH.trunk));
  const neckBase = add(shoulderCentre, scale(trunk.u, SPACING.neckBase));
  const head = turn(trunk, 'l', -pose.neck);
  const headCentre = add(neckBase, scale(head.u, SPACING.headCentre));
  const legs = {} as Record<Side, LegChain>;
  const arms = {} as Record<Side, ArmChain>;
  for (const side of SIDES) {
    const sign = sideSign(side);
    const leg = pose.legs[side];
    const hip = add(pelvis, scale(trunk.l, sign * SPACING.hipHalf));
    const thigh = turn(turn(trunk, 'l', leg.hip), 'f', -sign * leg.abduction);
    const knee = add(hip, scale(thigh.u, -LENGTH.thigh));
    const shank = turn(thigh, 'l', -leg.knee);
    const ankle = add(knee, scale(shank.u, -LENGTH.shank));
    const foot = turn(shank, 'l', leg.ankle);
    legs[side] = { hip, knee, ankle, thigh, shank, foot };

    const arm = pose.arms[side];
    const shoulder = add(shoulderCentre, scale(trunk.l, sign * SPACING.shoulderHalf));
    // Rotation about the arm's own axis turns its front outward (to +L on the left side).
    const upperArm = turn(
      turn(turn(trunk, 'l', arm.shoulder), 'f', -sign * arm.abduction),
      'u',
      -sign * arm.rotation,
    );
    const elbow = add(shoulder, scale(upperArm.u, -LENGTH.upperArm));
    const forearm = turn(upperArm, 'l', arm.elbow);
    const wrist = add(elbow, scale(forearm.u, -LENGTH.forearm));
    arms[side] = { shoulder, elbow, wrist, upperArm, forearm };
  }
  return { pelvis, trunk, shoulderCentre, neckBase, head, headCentre, legs, arms };
}

/** Points of the foot in 3D: on the sole under the heel and the ball, and the toe tip. */
export function footPoints(leg: LegChain): { heel: Vec3; ball: Vec3; sole: Vec3 } {
  const down = scale(leg.foot.u, -LENGTH.ankleHeight);
  return {
    heel: add(add(leg.ankle, down), scale(leg.foot.f, -SPACING.heelBack * 0.55)),
    ball: add(add(leg.ankle, down), scale(leg.foot.f, SPACING.ball)),
    sole: add(leg.ankle, down),
  };
}

/** Centre of the closed hand (a fist around a handle or bar) in 3D. */
export function fistCentre(arm: ArmChain): Vec3 {
  return add(arm.wrist, scale(arm.forearm.u, -HAND.fistLength * 0.5));
}

/** Screen projection of a 3D body point (y up), for a view. */
export function project(point: Vec3, view: View): Vec2 {
  return view === 'side' ? { x: point[0], y: point[1] } : { x: point[2], y: point[1] };
}

/** How far toward the reader a point is (near limbs have larger depth). */
export function depthOf(point: Vec3, view: View): number {
  return view === 'side' ? point[2] : point[0];
}

/** Projection of a direction (not normalised). */
export function projectDirection(direction: Vec3, view: View): Vec2 {
  return project(direction, view);
}

/** Segment centres of mass (3D) with their mass fractions: the body's mass distribution. */
export function segmentMasses(body: Skeleton): { point: Vec3; fraction: number }[] {
  const along = (from: Vec3, to: Vec3, t: number): Vec3 =>
    add(from, scale(add(to, scale(from, -1)), t));
  const parts: { point: Vec3; fraction: number }[] = [
    {
      point: along(body.pelvis, body.shoulderCentre, MASS.trunk.com),
      fraction: MASS.trunk.fraction,
    },
    { point: body.headCentre, fraction: MASS.head.fraction },
  ];
  for (const side of SIDES) {
    const leg = body.legs[side];
    const arm = body.arms[side];
    const { ball } = footPoints(leg);
    const hand = fistCentre(arm);
    const masses: [Segment, Vec3, Vec3][] = [
      ['thigh', leg.hip, leg.knee],
      ['shank', leg.knee, leg.ankle],
      ['foot', leg.ankle, ball],
      ['upperArm', arm.shoulder, arm.elbow],
      ['forearm', arm.elbow, arm.wrist],
      ['hand', arm.wrist, hand],
    ];
    for (const [segment, from, to] of masses) {
      parts.push({ point: along(from, to, MASS[segment].com), fraction: MASS[segment].fraction });
    }
  }
  return parts;
}
