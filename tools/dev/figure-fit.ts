import { parseFrontmatter } from '@astrojs/markdown-remark';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { JOINT_RANGE } from '../../src/lib/figure/body-model.ts';
import { baseOfSupport, contactGaps, holdGaps, penetrations } from '../../src/lib/figure/checks.ts';
import { buildScene, TOUCH } from '../../src/lib/figure/scene.ts';
import { positionsSchema, type Position } from '../../src/schemas/pose.ts';

/**
 * Helps a writer get a figure's angles right: adjusts the angles you name until every contact
 * of a position rests on its support (and a part planted in the position before stays where it
 * was), staying as close as it can to the angles written. Prints the fitted angles; copy the
 * ones you agree with into the exercise file. The build's checks are the judge, not this tool.
 *
 * Usage: npx node tools/dev/figure-fit.ts split-squat bottom --free legs.far.knee,legs.far.ankle
 * (--alone: ignore where the neighbouring positions put planted parts; fit the key position first).
 * Angle names: trunk, tilt, neck, legs.near.hip (near/far or left/right, hip/abduction/knee/ankle),
 * arms.near.elbow (shoulder/abduction/elbow). `legs.knee` changes both legs together.
 */

const SIDE: Record<string, 'near' | 'far'> = {
  near: 'near',
  far: 'far',
  left: 'near',
  right: 'far',
};

/** A copy of a position with one named angle set ("legs.knee" sets both legs). */
export function setAngle(position: Position, key: string, value: number): Position {
  const parts = key.split('.');
  if (parts.length === 1) return { ...position, [parts[0]!]: value };
  const limb = parts[0] as 'legs' | 'arms';
  if (parts.length === 2) {
    const joint = parts[1]!;
    return {
      ...position,
      [limb]: {
        near: { ...position[limb].near, [joint]: value },
        far: { ...position[limb].far, [joint]: value },
      },
    };
  }
  const side = SIDE[parts[1]!]!;
  return {
    ...position,
    [limb]: { ...position[limb], [side]: { ...position[limb][side], [parts[2]!]: value } },
  };
}

export function getAngle(position: Position, key: string): number {
  const parts = key.split('.');
  if (parts.length === 1) return position[parts[0] as 'trunk'] as number;
  const limb = position[parts[0] as 'legs' | 'arms'];
  if (parts.length === 2) return (limb.near as Record<string, number>)[parts[1]!]!;
  return (limb[SIDE[parts[1]!]!] as Record<string, number>)[parts[2]!]!;
}

/**
 * Fits the named angles of one position: contacts on their supports, planted parts where the
 * neighbouring positions have them (unless `alone`), inside human range, near the start values.
 * Returns the fitted values (rounded) and the remaining error (figure units).
 */
export function fitPosition(
  positions: readonly Position[],
  index: number,
  free: readonly string[],
  alone = false,
): { values: number[]; residual: number } {
  const start = free.map((key) => getAngle(positions[index]!, key));
  const cost = (values: readonly number[]): number => {
    let position = positions[index]!;
    free.forEach((key, k) => {
      position = setAngle(position, key, values[k]!);
    });
    const all = positions.map((p, i) => (i === index ? position : p));
    let scene;
    try {
      scene = buildScene(all);
    } catch {
      return 1e9;
    }
    const placed = scene.positions[index]!;
    let total = 0;
    for (const contact of placed.position.contacts) {
      for (const { gap } of contactGaps(placed, contact, scene)) total += gap * gap;
      for (const other of alone ? [] : [scene.positions[index - 1], scene.positions[index + 1]]) {
        if (
          !other?.position.contacts.some(
            (c) =>
              c.part === contact.part && c.side === contact.side && c.support === contact.support,
          )
        )
          continue;
        const x = (p: typeof placed) => {
          const xs = contactGaps(p, contact, scene).map((g) => g.circle.x);
          return xs.reduce((a, b) => a + b, 0) / xs.length;
        };
        total += 2 * (x(placed) - x(other)) ** 2;
      }
    }
    for (const { gap } of holdGaps(placed, scene)) total += gap * gap;
    for (const { depth } of penetrations(placed, scene)) total += Math.max(0, depth - 0.8) ** 2;
    for (const gear of placed.gear) {
      if (gear.kind === 'kettlebell') total += Math.min(0, gear.y - 17.4) ** 2;
    }
    if (placed.position.phase === 'static') {
      const base = baseOfSupport(placed, scene);
      if (!Number.isNaN(base.min)) {
        const margin = base.hanging ? 0 : 1;
        const x = placed.com.x;
        if (x < base.min + margin) total += (base.min + margin - x) ** 2;
        if (x > base.max - margin) total += (x - base.max + margin) ** 2;
      }
    }
    // Stay inside human range (src/lib/figure/body-model.ts).
    free.forEach((key, k) => {
      const joint = key.split('.').at(-1)!;
      const limb = key.split('.')[0];
      const name =
        joint === 'abduction'
          ? limb === 'legs'
            ? 'hipAbduction'
            : 'shoulderAbduction'
          : joint === 'rotation'
            ? 'shoulderRotation'
            : joint;
      const range = JOINT_RANGE[name as keyof typeof JOINT_RANGE];
      if (!range) return;
      const value = values[k]!;
      if (value < range.min) total += 10 * (range.min - value) ** 2;
      if (value > range.max) total += 10 * (value - range.max) ** 2;
    });
    values.forEach((value, k) => {
      total += 0.0005 * (value - start[k]!) ** 2;
    });
    return total;
  };
  // Nelder-Mead from the written angles, restarted from a few nudged starts (no dependencies;
  // the cost has corners where a different circle becomes the lowest, so restarts help).
  const nelderMead = (from: readonly number[], size: number): number[] => {
    const n = from.length;
    let simplex = [
      from.slice(),
      ...from.map((_, k) => from.map((v, j) => (j === k ? v + size : v))),
    ];
    let costs = simplex.map(cost);
    for (let iteration = 0; iteration < 400 * n; iteration++) {
      const order = costs.map((c, i) => [c, i] as const).sort((a, b) => a[0] - b[0]);
      simplex = order.map(([, i]) => simplex[i]!);
      costs = order.map(([c]) => c);
      if (Math.abs(costs[n]! - costs[0]!) < 1e-7) break;
      const centroid = from.map(
        (_, j) => simplex.slice(0, n).reduce((sum, p) => sum + p[j]!, 0) / n,
      );
      const along = (t: number) => centroid.map((c, j) => c + t * (simplex[n]![j]! - c));
      const reflected = along(-1);
      const cr = cost(reflected);
      if (cr < costs[0]!) {
        const expanded = along(-2);
        const ce = cost(expanded);
        [simplex[n], costs[n]] = ce < cr ? [expanded, ce] : [reflected, cr];
      } else if (cr < costs[n - 1]!) {
        [simplex[n], costs[n]] = [reflected, cr];
      } else {
        const contracted = along(0.5);
        const cc = cost(contracted);
        if (cc < costs[n]!) [simplex[n], costs[n]] = [contracted, cc];
        else {
          simplex = simplex.map((p) =>
            p.map((v, j) => simplex[0]![j]! + 0.5 * (v - simplex[0]![j]!)),
          );
          costs = simplex.map(cost);
        }
      }
    }
    return simplex[costs.indexOf(Math.min(...costs))]!;
  };
  let values = nelderMead(start, 6);
  let best = cost(values);
  for (let restart = 0; restart < 6 && best > 0.05; restart++) {
    const nudged = values.map((v, k) => v + (((restart * 7 + k * 3) % 5) - 2) * 4);
    const tried = nelderMead(nudged, 8);
    const c = cost(tried);
    if (c < best) {
      best = c;
      values = tried;
    }
  }
  const rounded = values.map((value) => Math.round(value));
  return { values: rounded, residual: Math.sqrt(cost(rounded)) };
}

if (import.meta.main) {
  const { values: options, positionals } = parseArgs({
    allowPositionals: true,
    options: { free: { type: 'string' }, alone: { type: 'boolean', default: false } },
  });
  const [id, name] = positionals;
  if (!id || !name || !options.free) {
    console.error(
      'Usage: npx node tools/dev/figure-fit.ts <exercise> <position> --free trunk,legs.near.knee',
    );
    process.exit(1);
  }
  const root = path.resolve(import.meta.dirname, '../..');
  const source = readFileSync(path.join(root, 'content/exercises', `${id}.md`), 'utf8');
  const data = parseFrontmatter(source).frontmatter as { positions: unknown };
  const positions = positionsSchema.parse(data.positions);
  const index = positions.findIndex((p) => p.name === name);
  if (index < 0) throw new Error(`No position "${name}" in ${id}`);
  const free = options.free.split(',').map((key) => key.trim());
  const fit = fitPosition(positions, index, free, options.alone);
  console.log(`${id} / ${name}: residual ${fit.residual.toFixed(2)} (touching is within ${TOUCH})`);
  free.forEach((key, k) =>
    console.log(`  ${key}: ${getAngle(positions[index]!, key)} -> ${fit.values[k]}`),
  );
}
