/**
 * The lecture's table of the four probabilities in Bayes' theorem («Tipo de probabilidad /
 * Significado / Papel en Bayes»), as data, in the order of the slide. `type` is the lecture's
 * name; `name` is the one the site uses, with the English term once: the lecture's «Inversa»
 * is the likelihood, «verosimilitud» in Spanish, and its «Prior» is the «a priori».
 */
import type { BayesRoles } from "../math/probability/bayesRoles.js";

export interface LectureBayesRole {
  /** The field of bayesRoles (lib/math/probability/bayesRoles.ts) that holds its value. */
  key: keyof Omit<BayesRoles, "joint">;
  /** As the slide writes it. */
  type: string;
  /** As the site writes it. */
  name: string;
  /** In the lecture's letters A and B. */
  symbol: string;
  meaning: string;
  role: string;
}

export const LECTURE_BAYES_ROLES: readonly LectureBayesRole[] = [
  {
    key: "posterior",
    type: "Condicional",
    name: "Condicional",
    symbol: "P(A | B)",
    meaning: "Probabilidad de que ocurra A dado que ya ocurrió B",
    role: "Es lo que queremos estimar",
  },
  {
    key: "likelihood",
    type: "Inversa",
    name: "Inversa, o verosimilitud (likelihood)",
    symbol: "P(B | A)",
    meaning: "Probabilidad de observar B si sabemos que A ocurrió",
    role: "Es la que observamos (modelo generativo)",
  },
  {
    key: "prior",
    type: "Prior",
    name: "A priori (prior)",
    symbol: "P(A)",
    meaning: "Probabilidad previa de A, antes de observar B",
    role: "Creencia inicial",
  },
  {
    key: "evidence",
    type: "Evidencia",
    name: "Evidencia",
    symbol: "P(B)",
    meaning: "Probabilidad total de B (marginal)",
    role: "Sirve para normalizar la ecuación",
  },
];
