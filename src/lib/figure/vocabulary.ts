/**
 * The fixed words of the pose format (content/exercises/*.md `positions:`): views, phases, body
 * parts that can touch something, supports they touch, and things held. The schema
 * (src/schemas/pose.ts) validates against these lists and docs/authoring.md explains them.
 */

/** Side: the sagittal plane (squats, hinges, planks). Front: across the midline (side planks). */
export const VIEWS = ['side', 'front'] as const;
export type View = (typeof VIEWS)[number];

/** Side views face right unless told otherwise. */
export const FACINGS = ['right', 'left'] as const;
export type Facing = (typeof FACINGS)[number];

/**
 * Static positions are held (their balance is checked); moving ones are passed through at speed
 * (a hop's contact, a skip); airborne ones touch nothing.
 */
export const PHASES = ['static', 'moving', 'airborne'] as const;
export type Phase = (typeof PHASES)[number];

/**
 * Limb sides. In a side view `near` is the limb facing the reader (drawn in front) and `far` the
 * one behind; in a front view the figure faces the reader and the sides are its own `left` and
 * `right`. Internally `left` is `near` and `right` is `far` (the left side faces the reader of a
 * side view that faces right).
 */
export const SIDE_WORDS = { side: ['near', 'far'], front: ['left', 'right'] } as const;
export type Side = 'near' | 'far';

/**
 * Body parts that can rest on a support, and what touches: the part's surface nearest the
 * support (the sole for `foot`, the knee cap or its side for `knee`, the back of the pelvis for
 * `hips` when lying on the back).
 */
export const CONTACT_PARTS = {
  foot: { sided: true, label: 'foot', plural: 'feet' },
  ball: { sided: true, label: 'ball of the foot', plural: 'balls of the feet' },
  heel: { sided: true, label: 'heel', plural: 'heels' },
  instep: { sided: true, label: 'top of the foot', plural: 'tops of the feet' },
  ankle: { sided: true, label: 'ankle', plural: 'ankles' },
  shin: { sided: true, label: 'shin', plural: 'shins' },
  knee: { sided: true, label: 'knee', plural: 'knees' },
  hand: { sided: true, label: 'hand', plural: 'hands' },
  fingertips: { sided: true, label: 'fingertips', plural: 'fingertips' },
  grip: { sided: true, label: 'hand (gripping)', plural: 'hands (gripping)' },
  forearm: { sided: true, label: 'forearm', plural: 'forearms' },
  hips: { sided: false, label: 'hips', plural: 'hips' },
  back: { sided: false, label: 'upper back', plural: 'upper back' },
  head: { sided: false, label: 'head', plural: 'head' },
  side: { sided: true, label: 'side of the hip', plural: 'sides of the hips' },
} as const;
export type ContactPart = keyof typeof CONTACT_PARTS;

/**
 * What a body part can rest on. Sizes in centimetres (drawn to scale): a step is a stair, a box a
 * low plyometric box, a bench a gym bench seen end-on unless contacts spread along it, a pad a
 * kneeling pad, a bar a pull-up bar, a low bar a bar in a rack at hip height, an anchor the
 * padded roller (or a partner's hands) holding the ankles down.
 */
export const SUPPORTS = {
  floor: { label: 'the floor', kind: 'surface', heightCm: 0, widthCm: 0 },
  mat: { label: 'a mat', kind: 'surface', heightCm: 1, widthCm: 0 },
  pad: { label: 'a kneeling pad', kind: 'surface', heightCm: 9, widthCm: 45 },
  step: { label: 'a step', kind: 'surface', heightCm: 18, widthCm: 30 },
  box: { label: 'a box', kind: 'surface', heightCm: 40, widthCm: 50 },
  bench: { label: 'a bench', kind: 'surface', heightCm: 45, widthCm: 30 },
  wall: { label: 'a wall', kind: 'wall', heightCm: 0, widthCm: 0 },
  bar: { label: 'a pull-up bar', kind: 'bar', heightCm: 0, widthCm: 3.2 },
  'low-bar': { label: 'a low bar', kind: 'bar', heightCm: 0, widthCm: 3.2 },
  anchor: { label: 'an ankle anchor', kind: 'bar', heightCm: 0, widthCm: 9 },
} as const;
export type Support = keyof typeof SUPPORTS;

/**
 * Things held, worn or carried, with the load the balance check adds at the hands (kg; a
 * typical training load, since the figure shows technique rather than a number).
 * `back-bar` rests across the upper back, `hip-bar` across the hips (hip thrust), `goblet` is a
 * kettlebell hugged to the chest, `knee-band` a loop around both legs just above the knees.
 * Sided items (`near-dumbbell`) are in one hand; `dumbbells` means one in each hand.
 */
export const HOLDS = {
  barbell: { label: 'a barbell', loadKg: 60 },
  'back-bar': { label: 'a barbell across the upper back', loadKg: 50 },
  'hip-bar': { label: 'a barbell across the hips', loadKg: 40 },
  'trap-bar': { label: 'a trap bar', loadKg: 60 },
  kettlebell: { label: 'a kettlebell', loadKg: 16 },
  goblet: { label: 'a kettlebell at the chest', loadKg: 16 },
  dumbbells: { label: 'a dumbbell in each hand', loadKg: 20 },
  'near-dumbbell': { label: 'a dumbbell in the near hand', loadKg: 12 },
  'far-dumbbell': { label: 'a dumbbell in the far hand', loadKg: 12 },
  'left-dumbbell': { label: 'a dumbbell in the left hand', loadKg: 12 },
  'right-dumbbell': { label: 'a dumbbell in the right hand', loadKg: 12 },
  'knee-band': { label: 'a band around the knees', loadKg: 0 },
} as const;
export type Hold = keyof typeof HOLDS;
export const HOLD_KEYS = Object.keys(HOLDS) as [Hold, ...Hold[]];
