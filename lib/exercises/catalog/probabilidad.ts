/**
 * Probability and information: the lecture's two Bayes examples with new numbers, the entropy
 * of a die and of a rigged coin, and the KL divergence between two distributions in both
 * directions. Expected values come from lib/ (bayes, totalProbability, entropy, klDivergence).
 */
import { bayes } from "../../math/probability/bayes.js";
import { entropy } from "../../math/information/entropy.js";
import { klDivergence } from "../../math/information/klDivergence.js";
import { totalProbability } from "../../math/probability/totalProbability.js";
import { expectNumber, expectRecord } from "../expect.js";
import {
  float32Values,
  randomDistribution,
  randomInt,
  randomNumber,
  tensorArg,
  tensorInput,
  type Inputs,
} from "../inputs.js";
import type { ExerciseSection, ExerciseSpec } from "../types.js";

/** 0.3 → "30" (no floating-point noise such as 30.000000000000004). */
const percent = (p: number): string => String(Math.round(p * 1000) / 10);

// Dr. Gómez's practice, new numbers: P(F), P(H), P(F|H).
const P_F = 0.25;
const P_H = 0.4;
const P_F_GIVEN_H = 0.3;

const num = (inputs: Inputs, name: string) => inputs[name] as number;
const list = (inputs: Inputs, name: string) => inputs[name] as readonly number[];
const float32 = (inputs: Inputs, name: string) => float32Values(tensorArg(inputs, name));

const consultorio: ExerciseSpec = {
  id: "prob-bayes-consultorio",
  version: "2",
  title: "Bayes: el consultorio, con otros números",
  prompt: `Como en el consultorio del Dr. Gómez de la clase, pero en otro consultorio: el ${percent(P_F)} % de los pacientes finge una enfermedad (F), el ${percent(P_H)} % son hombres (H) y, entre los hombres, el ${percent(P_F_GIVEN_H)} % finge: P(F|H) = ${P_F_GIVEN_H}.

Los datos \`pF\`, \`pH\` y \`pFdadoH\` ya están definidos («Comprobar» los cambia por los de otros consultorios). Calcula la probabilidad de que un paciente sea hombre dado que finge, P(H|F), y devuélvela.`,
  inputs: {
    lecture: { pF: P_F, pH: P_H, pFdadoH: P_F_GIVEN_H },
    fresh: (random) => {
      const pH = randomNumber(random, 0.2, 0.8);
      const pFdadoH = randomNumber(random, 0.05, 0.6);
      const pFdadoNoH = randomNumber(random, 0.05, 0.6);
      const pF = Math.round((pH * pFdadoH + (1 - pH) * pFdadoNoH) * 1000) / 1000;
      return { pF, pH, pFdadoH };
    },
  },
  starter: `// pF = P(F): el paciente finge; pH = P(H): es hombre; pFdadoH = P(F | H).
// Ya están definidos: en la clase, pF = ${P_F}, pH = ${P_H}, pFdadoH = ${P_F_GIVEN_H}.
const pHdadoF = 0; // P(H | F) = ?
return pHdadoF;
`,
  hints: [
    "Bayes: P(A | B) = P(A) · P(B | A) / P(B). Aquí A = H (hombre) y B = F (finge).",
    "El numerador es P(H) · P(F | H), la probabilidad de ser hombre y fingir.",
    "`(pH * pFdadoH) / pF`",
  ],
  expected: (inputs) => {
    const [pF, pH, pFdadoH] = [num(inputs, "pF"), num(inputs, "pH"), num(inputs, "pFdadoH")];
    return expectNumber(bayes(pH, pFdadoH, pF), {
      mistakes: [
        {
          values: pH * pFdadoH,
          message: "Eso es P(H ∩ F) = P(H) · P(F | H): falta dividir entre P(F).",
        },
        {
          values: (pF * pFdadoH) / pH,
          message: "Intercambiaste P(H) y P(F): el numerador lleva P(H) y el denominador P(F).",
        },
        {
          values: pFdadoH,
          message: "Esa es P(F | H), el dato; se pide la condicional al revés, P(H | F).",
        },
      ],
    });
  },
};

// The medical test, new numbers: prevalence, sensitivity, false positive rate.
const P_E = 0.02;
const SENSITIVITY = 0.9;
const FALSE_POSITIVE = 0.08;
const P_TP = totalProbability(SENSITIVITY, P_E, FALSE_POSITIVE);

const prueba: ExerciseSpec = {
  id: "prob-bayes-prueba",
  version: "2",
  title: "Bayes: la prueba médica, con otros números",
  prompt: `Como en el ejemplo de la prueba médica de la clase, con otros números: el ${percent(P_E)} % de la población está enferma, P(E) = ${P_E}; la prueba da positivo en el ${percent(SENSITIVITY)} % de los enfermos (sensibilidad, P(TP | E) = ${SENSITIVITY}) y en el ${percent(FALSE_POSITIVE)} % de los sanos (falsos positivos, P(TP | ¬E) = ${FALSE_POSITIVE}).

Los datos \`pE\`, \`pTPdadoE\` y \`pTPdadoNoE\` ya están definidos («Comprobar» los cambia por los de otras pruebas). Devuelve \`{ pTP, pEdadoTP }\`: la probabilidad total de un positivo, P(TP), y la de estar enfermo dado un positivo, P(E | TP).`,
  inputs: {
    lecture: { pE: P_E, pTPdadoE: SENSITIVITY, pTPdadoNoE: FALSE_POSITIVE },
    fresh: (random) => ({
      pE: randomNumber(random, 0.005, 0.1, 3),
      pTPdadoE: randomNumber(random, 0.7, 0.99),
      pTPdadoNoE: randomNumber(random, 0.01, 0.2),
    }),
  },
  starter: `// pE = P(E); pTPdadoE = P(TP | E), la sensibilidad; pTPdadoNoE = P(TP | ¬E), los falsos positivos.
// Ya están definidos: en la clase, pE = ${P_E}, pTPdadoE = ${SENSITIVITY}, pTPdadoNoE = ${FALSE_POSITIVE}.
const pTP = 0; // probabilidad total de un positivo
const pEdadoTP = 0; // P(E | TP)
return { pTP, pEdadoTP };
`,
  hints: [
    "Un positivo puede venir de un enfermo (verdadero positivo) o de un sano (falso positivo): suma los dos casos.",
    "P(TP) = P(TP | E) · P(E) + P(TP | ¬E) · P(¬E), con P(¬E) = 1 − P(E).",
    "Luego Bayes: P(E | TP) = P(E) · P(TP | E) / P(TP).",
  ],
  expected: (inputs) => {
    const [pE, sensitivity, falsePositive] = ["pE", "pTPdadoE", "pTPdadoNoE"].map((n) =>
      num(inputs, n),
    );
    const pTP = totalProbability(sensitivity, pE, falsePositive);
    return expectRecord({
      pTP: expectNumber(pTP, {
        mistakes: [
          {
            values: sensitivity * pE,
            message: "Te faltan los falsos positivos: suma también P(TP | ¬E) · P(¬E).",
          },
        ],
      }),
      pEdadoTP: expectNumber(bayes(pE, sensitivity, pTP), {
        mistakes: [
          { values: sensitivity, message: "Esa es la sensibilidad P(TP | E); se pide P(E | TP)." },
        ],
      }),
    });
  },
  success: `Con los datos de la clase: aunque la prueba detecta al ${percent(SENSITIVITY)} % de los enfermos, un positivo solo significa un ${(bayes(P_E, SENSITIVITY, P_TP) * 100).toFixed(1)} % de probabilidad de estar enfermo: la enfermedad es rara.`,
};

const DIE = new Array(6).fill(1 / 6);

const dado: ExerciseSpec = {
  id: "info-entropia-dado",
  version: "2",
  title: "Entropía de un dado",
  prompt: `Calcula con tf la entropía de la distribución \`p\`, H(X) = −Σ P(xᵢ) log₂ P(xᵢ), en bits, y devuélvela. \`p\` ya está definida: en la clase, un dado justo de seis caras («Comprobar» la cambia por dados truqueados, con otro número de caras).

TensorFlow.js no tiene \`log2\`: \`tf.log\` es el logaritmo natural, y log₂ p = ln p / ln 2 (\`Math.LN2\`).`,
  inputs: {
    lecture: { p: tensorInput(DIE) },
    fresh: (random) => ({ p: tensorInput(randomDistribution(random, randomInt(random, 4, 12))) }),
  },
  starter: `// p ya está definida: en la clase, tf.fill([6], 1 / 6), un dado justo.
// H(X) = −Σ p · log₂ p
const H = 0;
return H;
`,
  hints: [
    "Multiplica `p` por su logaritmo elemento a elemento y suma los términos con `tf.sum` (o `.sum()`).",
    "No olvides el signo menos de la fórmula (`.neg()`) ni pasar a bits: divide entre `Math.LN2`.",
    "Para comprobar: con 6 resultados igual de probables, H = log₂ 6.",
  ],
  expected: (inputs) => {
    const p = float32(inputs, "p");
    const sum = p.reduce((s, x) => s + x, 0);
    const q = p.map((x) => x / sum); // float32 rounding: renormalised, as entropy() requires
    return expectNumber(entropy(q), {
      mistakes: [
        {
          values: entropy(q, Math.E),
          message:
            "Ese valor está en nats (logaritmo natural); en bits, divide el logaritmo entre `Math.LN2`.",
        },
        {
          values: -entropy(q),
          message: "La entropía no es negativa: te falta el signo menos de la fórmula.",
        },
        {
          values: -q[0] * Math.log2(q[0]),
          message: "Ese es el aporte de una sola cara: suma los términos de todas.",
        },
      ],
    });
  },
};

/** A coin that falls heads 9 times in 10 («truqueada», the lecture's word). */
const LOADED = [0.9, 0.1];

const moneda: ExerciseSpec = {
  id: "info-entropia-moneda",
  version: "3",
  title: "Entropía de una moneda truqueada",
  prompt: `La clase calcula la entropía de una moneda truqueada que siempre cae en cara: 0 bits, por la convención 0 · log 0 = 0. En tf, \`0 * tf.log(0)\` es 0 · (−∞) = NaN.

Escribe una función \`entropia(probs)\` con tf que respete la convención y devuelve \`{ conCero, truqueada }\`: la entropía en bits de las distribuciones \`p1\` y \`p2\`, que ya están definidas (listas de JavaScript; en la clase, p1 = [1, 0], la moneda que siempre cae en cara, y p2 = [${LOADED.join(", ")}], una moneda truqueada). «Comprobar» prueba también otras, y p1 siempre tiene algún 0.`,
  inputs: {
    lecture: { p1: [1, 0], p2: LOADED },
    fresh: (random) => {
      const p1 = randomDistribution(random, randomInt(random, 2, 4));
      p1.splice(randomInt(random, 0, p1.length), 0, 0);
      return { p1, p2: randomDistribution(random, 2) };
    },
  },
  starter: `function entropia(probs) {
  const p = tf.tensor1d(probs);
  return p.mul(tf.log(p).div(Math.LN2)).sum().neg();
}

// p1 y p2 ya están definidas: en la clase, [1, 0] y [${LOADED.join(", ")}].
return {
  conCero: entropia(p1),
  truqueada: entropia(p2),
};
`,
  hints: [
    "Ejecuta el código inicial: la moneda [1, 0] da NaN por el término 0 · log 0.",
    "`tf.where(condición, a, b)` toma de `a` donde la condición es verdadera y de `b` donde no; `p.greater(0)` marca las p > 0.",
    "`tf.where(p.greater(0), terminos, tf.zerosLike(p))` y luego suma.",
  ],
  expected: (inputs) =>
    expectRecord({
      conCero: expectNumber(entropy(list(inputs, "p1")), {
        mistakes: [
          {
            values: NaN,
            message: "Es el término 0 · log 0 = 0 · (−∞): usa `tf.where` para que valga 0.",
          },
        ],
      }),
      truqueada: expectNumber(entropy(list(inputs, "p2")), {
        mistakes: [
          {
            values: entropy(list(inputs, "p2"), Math.E),
            message: "Ese valor está en nats; en bits, divide entre `Math.LN2`.",
          },
        ],
      }),
    }),
};

const P = [0.1, 0.4, 0.5];
const Q = [0.8, 0.15, 0.05];

const kl: ExerciseSpec = {
  id: "info-kl",
  version: "2",
  title: "Divergencia KL en las dos direcciones",
  prompt: `\`P\` y \`Q\` ya están definidas: dos distribuciones sobre los mismos eventos (en la clase, P = [${P.join(", ")}] y Q = [${Q.join(", ")}]; «Comprobar» las cambia por otras). Calcula con tf la divergencia KL en bits en las dos direcciones, D_KL(P ‖ Q) = Σ P(x) log₂(P(x) / Q(x)) y D_KL(Q ‖ P), y devuelve \`{ pq, qp }\`.

¿Son iguales? La clase dice que la divergencia KL no es simétrica.`,
  inputs: {
    lecture: { P: tensorInput(P), Q: tensorInput(Q) },
    fresh: (random) => {
      const n = randomInt(random, 3, 6);
      return {
        P: tensorInput(randomDistribution(random, n)),
        Q: tensorInput(randomDistribution(random, n)),
      };
    },
  },
  starter: `// P y Q ya están definidas: en la clase, tf.tensor1d([${P.join(", ")}]) y tf.tensor1d([${Q.join(", ")}]).
function kl(p, q) {
  // Σ p · log₂(p / q)
  return 0;
}

return { pq: kl(P, Q), qp: kl(Q, P) };
`,
  hints: [
    "Elemento a elemento: `p.div(q)`, su logaritmo, multiplicado por `p`; luego suma.",
    "En bits: `tf.log(…).div(Math.LN2)`.",
    "D_KL(Q ‖ P) es la misma función con los argumentos al revés: `kl(Q, P)`.",
  ],
  expected: (inputs) => {
    const norm = (x: number[]) => x.map((v) => v / x.reduce((s, w) => s + w, 0));
    const p = norm(float32(inputs, "P"));
    const q = norm(float32(inputs, "Q"));
    return expectRecord({
      pq: expectNumber(klDivergence(p, q), {
        mistakes: [
          {
            values: klDivergence(q, p),
            message: "Ese es D_KL(Q ‖ P): en «pq», P va primero y pondera la suma.",
          },
          {
            values: klDivergence(p, q, Math.E),
            message: "Ese valor está en nats; en bits, divide entre `Math.LN2`.",
          },
        ],
      }),
      qp: expectNumber(klDivergence(q, p), {
        mistakes: [
          {
            values: klDivergence(p, q),
            message: "Ese es D_KL(P ‖ Q): en «qp», Q va primero y pondera la suma.",
          },
          {
            values: klDivergence(q, p, Math.E),
            message: "Ese valor está en nats; en bits, divide entre `Math.LN2`.",
          },
        ],
      }),
    });
  },
  success: `Con los datos de la clase, D_KL(P ‖ Q) = ${klDivergence(P, Q).toFixed(3)} bits y D_KL(Q ‖ P) = ${klDivergence(Q, P).toFixed(3)} bits: no es simétrica.`,
};

export const probabilidadSection: ExerciseSection = {
  id: "probabilidad",
  title: "Probabilidad y teoría de la información",
  exercises: [consultorio, prueba, dado, moneda, kl],
};
