import { FOOT, LENGTH, SPACING } from './body-model.ts';
import {
  add,
  fistCentre,
  project,
  scale,
  SIDES,
  sideSign,
  type Frame,
  type Skeleton,
  type Vec2,
  type Vec3,
} from './kinematics.ts';
import { shapeOf, type Circle, type ShapeKey } from './shapes.ts';
import type { Side, View } from './vocabulary.ts';

/**
 * The drawn parts of a figure: each a shape placed by a 2D frame (origin, axis along the part,
 * x axis across it), in drawing coordinates with y up. The frame is always a proper rotation, so
 * a still can write it as translate + rotate and the animation can interpolate the angle; a
 * shape whose front must face the other way uses its mirrored outline instead.
 */

/** Drawing layers, back to front. */
export type Layer = 'far-arm' | 'far-leg' | 'body' | 'near-leg' | 'near-arm';
export const LAYERS: readonly Layer[] = ['far-arm', 'far-leg', 'body', 'near-leg', 'near-arm'];

export interface Part {
  /** Stable name within a figure ("near-thigh"), the same in every position. */
  id: string;
  shape: ShapeKey;
  layer: Layer;
  mirrored: boolean;
  /** Drawn length when shorter than the segment (pointing toward the reader). */
  length: number | undefined;
  origin: Vec2;
  /** Unit vector of the shape's +y. */
  axis: Vec2;
}

/** How each hand is shaped: flat on a surface, fingertips on a wall, or closed. */
export type HandForm = 'palm' | 'fingertips' | 'fist';

export interface PartOptions {
  view: View;
  hands: Record<Side, HandForm>;
  /** Toes lie flat on the surface under the ball of the foot. */
  toesFlat: Record<Side, boolean>;
  /**
   * Toes drawn as a part of their own (they bend in some position of the figure); otherwise the
   * foot's outline includes them, one part fewer to draw and animate.
   */
  separateToes: Record<Side, boolean>;
}

const norm = (v: Vec2): Vec2 => {
  const length = Math.hypot(v.x, v.y);
  return length < 1e-9 ? { x: 0, y: -1 } : { x: v.x / length, y: v.y / length };
};

/** The x axis that makes (x, axis) a proper rotation when drawn with y down. */
export const xAxisOf = (axis: Vec2): Vec2 => ({ x: -axis.y, y: axis.x });

/**
 * A part from a 3D origin, the 3D direction of its +y, and the 3D direction its "front" (or outer
 * side) should face. Foreshortened when its projected length is clearly shorter.
 */
function part(
  id: string,
  shape: ShapeKey,
  layer: Layer,
  view: View,
  origin: Vec3,
  along: Vec3,
  front: Vec3,
  fullLength?: number,
): Part {
  const projected = project(along, view);
  const shortened = Math.hypot(projected.x, projected.y);
  const axis = norm(shortened < 0.2 ? project(front, view) : projected);
  const frontOnScreen = project(front, view);
  const x = xAxisOf(axis);
  const mirrored = x.x * frontOnScreen.x + x.y * frontOnScreen.y < 0;
  const length =
    fullLength !== undefined && shortened < 0.97
      ? Math.max(0.15, shortened) * fullLength
      : undefined;
  return { id, shape, layer, mirrored, length, origin: project(origin, view), axis };
}

const neg = (v: Vec3): Vec3 => scale(v, -1);

/** The figure's parts in one position, relative to the centre between the hips. */
export function partsOf(body: Skeleton, options: PartOptions): Part[] {
  const { view } = options;
  const across = (frame: Frame, side: Side | undefined): Vec3 =>
    view === 'side' ? frame.f : side === undefined ? frame.l : scale(frame.l, sideSign(side));
  const limbLayer = (side: Side, limb: 'arm' | 'leg'): Layer =>
    view === 'front' ? (limb === 'arm' ? 'near-arm' : 'far-leg') : `${side}-${limb}`;
  const parts: Part[] = [
    part(
      'trunk',
      'trunk',
      'body',
      view,
      body.pelvis,
      body.trunk.u,
      across(body.trunk, undefined),
      LENGTH.trunk,
    ),
    part(
      'neck',
      'neck',
      'body',
      view,
      body.shoulderCentre,
      body.head.u,
      across(body.head, undefined),
    ),
    part('head', 'head', 'body', view, body.headCentre, body.head.u, across(body.head, undefined)),
  ];
  for (const side of SIDES) {
    const leg = body.legs[side];
    const legLayer = limbLayer(side, 'leg');
    parts.push(
      part(
        `${side}-thigh`,
        'thigh',
        legLayer,
        view,
        leg.hip,
        neg(leg.thigh.u),
        across(leg.thigh, side),
        LENGTH.thigh,
      ),
      part(
        `${side}-shank`,
        'shank',
        legLayer,
        view,
        leg.knee,
        neg(leg.shank.u),
        across(leg.shank, side),
        LENGTH.shank,
      ),
    );
    if (view === 'side') {
      parts.push(
        part(`${side}-foot`, 'foot', legLayer, view, leg.ankle, neg(leg.foot.u), leg.foot.f),
      );
      const ballCentre = add(
        add(leg.ankle, scale(leg.foot.f, SPACING.ball)),
        scale(leg.foot.u, -(LENGTH.ankleHeight - FOOT.ballRadius)),
      );
      const flatToes: Vec3 = [Math.sign(leg.foot.f[0]) || 1, 0, 0];
      // Only toes that point down can bend up to lie flat (the joint bends one way).
      const toesPointDown = leg.foot.f[1] < -0.05;
      const toeDirection = options.toesFlat[side] && toesPointDown ? flatToes : leg.foot.f;
      parts.push(
        part(`${side}-toes`, 'toes', legLayer, view, ballCentre, toeDirection, leg.foot.u),
      );
    } else {
      parts.push(
        part(
          `${side}-foot`,
          'foot',
          legLayer,
          view,
          leg.ankle,
          neg(leg.foot.u),
          across(leg.foot, side),
        ),
      );
    }
    const arm = body.arms[side];
    const armLayer = limbLayer(side, 'arm');
    parts.push(
      part(
        `${side}-upper-arm`,
        'upperArm',
        armLayer,
        view,
        arm.shoulder,
        neg(arm.upperArm.u),
        across(arm.upperArm, side),
        LENGTH.upperArm,
      ),
      part(
        `${side}-forearm`,
        'forearm',
        armLayer,
        view,
        arm.elbow,
        neg(arm.forearm.u),
        across(arm.forearm, side),
        LENGTH.forearm,
      ),
    );
    const form = options.hands[side];
    if (form === 'palm') {
      // Flat on the surface, fingers pointing the way the figure faces, back of the hand up.
      const forward: Vec3 = view === 'side' ? [1, 0, 0] : [0, 0, sideSign(side)];
      parts.push(part(`${side}-hand`, 'palm', armLayer, view, arm.wrist, forward, [0, 1, 0]));
    } else {
      const forearm = project(arm.forearm.u, view);
      if (Math.hypot(forearm.x, forearm.y) < 0.35) {
        // The forearm points at the reader: the fist is seen end-on, a round knuckle.
        parts.push(
          part(`${side}-hand`, 'fistEnd', armLayer, view, fistCentre(arm), [0, 1, 0], [1, 0, 0]),
        );
      } else {
        parts.push(
          part(
            `${side}-hand`,
            form === 'fist' ? 'fist' : 'palm',
            armLayer,
            view,
            arm.wrist,
            neg(arm.forearm.u),
            across(arm.forearm, side),
          ),
        );
      }
    }
  }
  return parts;
}

/** A part moved by (dx, dy). */
export const moved = (p: Part, dx: number, dy: number): Part => ({
  ...p,
  origin: { x: p.origin.x + dx, y: p.origin.y + dy },
});

/**
 * Where a point of a part's own frame lands in the drawing. The shape's +y runs along the axis;
 * its +x is the axis turned a quarter to the left in the drawing (y up), which is what
 * `translate() rotate()` does to a shape in SVG's y-down space.
 */
export function toDrawing(p: Part, x: number, y: number): Vec2 {
  const xAxis = xAxisOf(p.axis);
  return {
    x: p.origin.x + x * xAxis.x + y * p.axis.x,
    y: p.origin.y + x * xAxis.y + y * p.axis.y,
  };
}

/** The part's skin circles in drawing coordinates. */
export function skinOf(p: Part, view: View): Circle[] {
  return shapeOf(p.shape, view, p.mirrored, p.length).circles.map((circle) => {
    const at = toDrawing(p, circle.x, circle.y);
    return { x: at.x, y: at.y, r: circle.r };
  });
}

/** The fist's centre in drawing coordinates (where a handle or bar sits). */
export function gripPoint(body: Skeleton, side: Side, view: View, dx: number, dy: number): Vec2 {
  const centre = project(fistCentre(body.arms[side]), view);
  return { x: centre.x + dx, y: centre.y + dy };
}
