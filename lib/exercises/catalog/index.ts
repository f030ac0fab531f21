/**
 * The site's exercises, by section, in the order of the lecture. The exercises page renders
 * them all; other pages may render any of them by id (`exerciseById`).
 */
import type { ExerciseSection, ExerciseSpec } from "../types.js";
import { broadcastingSection } from "./broadcasting.js";
import { derivadasSection } from "./derivadas.js";
import { probabilidadSection } from "./probabilidad.js";
import { tensoresSection } from "./tensores.js";
import { vectorizacionSection } from "./vectorizacion.js";

export const exerciseSections: readonly ExerciseSection[] = [
  tensoresSection,
  vectorizacionSection,
  broadcastingSection,
  derivadasSection,
  probabilidadSection,
];

export const allExercises: readonly ExerciseSpec[] = exerciseSections.flatMap((s) => s.exercises);

/** The exercise with this id; throws a RangeError naming the id when there is none. */
export function exerciseById(id: string): ExerciseSpec {
  const found = allExercises.find((e) => e.id === id);
  if (!found) throw new RangeError(`exerciseById: no hay ningún ejercicio con id «${id}»`);
  return found;
}
