import fc from 'fast-check';
import {
  EXPERIENCE_KEYS,
  isoDay,
  PLAN_EQUIPMENT_KEYS,
  RACE_DISTANCE_KEYS,
  SESSION_LENGTHS,
  TERRAIN_KEYS,
  WEEKDAYS,
  type PlanAnswers,
} from '../../../src/lib/plan-answers';

/** Any valid answers: the shape every parsed link has. */
export const validAnswers = (today: number, maxDaysToRace = 800) =>
  fc
    .record({
      runDays: fc.subarray([...WEEKDAYS], { minLength: 1 }),
      hardPick: fc.array(fc.boolean(), { minLength: 7, maxLength: 7 }),
      longPick: fc.integer({ min: -1, max: 6 }),
      // Most races within a season, some up to the maximum: long plans cost the most time to check.
      raceIn: fc.option(
        fc.oneof(
          { weight: 4, arbitrary: fc.integer({ min: 0, max: Math.min(120, maxDaysToRace) }) },
          { weight: 1, arbitrary: fc.integer({ min: 0, max: maxDaysToRace }) },
        ),
        { nil: null },
      ),
      raceDistance: fc.constantFrom(...RACE_DISTANCE_KEYS),
      sessionMinutes: fc.constantFrom(...SESSION_LENGTHS),
      equipment: fc.constantFrom(...PLAN_EQUIPMENT_KEYS),
      experience: fc.constantFrom(...EXPERIENCE_KEYS),
      terrain: fc.constantFrom(...TERRAIN_KEYS),
      startIn: fc.integer({ min: 0, max: 60 }),
    })
    .map((r): PlanAnswers => {
      const long = r.longPick >= 0 ? (r.runDays[r.longPick % r.runDays.length] ?? null) : null;
      const start = today + r.startIn;
      return {
        runDays: r.runDays,
        hardDays: r.runDays.filter((day, i) => r.hardPick[i] && day !== long),
        longRunDay: long,
        raceDate: r.raceIn === null ? null : isoDay(start + r.raceIn),
        raceDistance: r.raceDistance,
        sessionMinutes: r.sessionMinutes,
        equipment: r.equipment,
        experience: r.experience,
        terrain: r.terrain,
        startDate: isoDay(start),
      };
    });
