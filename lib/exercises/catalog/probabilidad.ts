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
import type { ExerciseSection, ExerciseSpec } from "../types.js";

/** 0.3 → "30" (no floating-point noise such as 30.000000000000004). */
const percent = (p: number): string => String(Math.round(p * 1000) / 10);

// Dr. Gómez's practice, new numbers: P(F), P(H), P(F|H).
const P_F = 0.25;
const P_H = 0.4;
const P_F_GIVEN_H = 0.3;

const consultorio: ExerciseSpec = {
  id: "prob-bayes-consultorio",
  version: "1",
  title: "Bayes: el consultorio, con otros números",
  prompt: `Como en el consultorio del Dr. Gómez de la clase, pero en otro consultorio: el ${percent(P_F)} % de los pacientes finge una enfermedad (F), el ${percent(P_H)} % son hombres (H) y, entre los hombres, el ${percent(P_F_GIVEN_H)} % finge: P(F|H) = ${P_F_GIVEN_H}.

Calcula la probabilidad de que un paciente sea hombre dado que finge, P(H|F), y devuélvela.`,
  starter: `const pF = ${P_F}; // P(F): el paciente finge
const pH = ${P_H}; // P(H): el paciente es hombre
const pFdadoH = ${P_F_GIVEN_H}; // P(F | H)

const pHdadoF = 0; // P(H | F) = ?
return pHdadoF;
`,
  solution: `const pF = ${P_F};
const pH = ${P_H};
const pFdadoH = ${P_F_GIVEN_H};

// Teorema de Bayes: P(H | F) = P(H) · P(F | H) / P(F)
const pHdadoF = (pH * pFdadoH) / pF;
return pHdadoF;
`,
  hints: [
    "Bayes: P(A | B) = P(A) · P(B | A) / P(B). Aquí A = H (hombre) y B = F (finge).",
    "El numerador es P(H) · P(F | H), la probabilidad de ser hombre y fingir.",
    "`(pH * pFdadoH) / pF`",
  ],
  expected: expectNumber(bayes(P_H, P_F_GIVEN_H, P_F), {
    mistakes: [
      {
        values: P_H * P_F_GIVEN_H,
        message: "Eso es P(H ∩ F) = P(H) · P(F | H): falta dividir entre P(F).",
      },
      {
        values: (P_F * P_F_GIVEN_H) / P_H,
        message: "Intercambiaste P(H) y P(F): el numerador lleva P(H) y el denominador P(F).",
      },
      {
        values: P_F_GIVEN_H,
        message: "Esa es P(F | H), el dato; se pide la condicional al revés, P(H | F).",
      },
    ],
  }),
};

// The medical test, new numbers: prevalence, sensitivity, false positive rate.
const P_E = 0.02;
const SENSITIVITY = 0.9;
const FALSE_POSITIVE = 0.08;
const P_TP = totalProbability(SENSITIVITY, P_E, FALSE_POSITIVE);

const prueba: ExerciseSpec = {
  id: "prob-bayes-prueba",
  version: "1",
  title: "Bayes: la prueba médica, con otros números",
  prompt: `Como en el ejemplo de la prueba médica de la clase, con otros números: el ${percent(P_E)} % de la población está enferma, P(E) = ${P_E}; la prueba da positivo en el ${percent(SENSITIVITY)} % de los enfermos (sensibilidad, P(TP | E) = ${SENSITIVITY}) y en el ${percent(FALSE_POSITIVE)} % de los sanos (falsos positivos, P(TP | ¬E) = ${FALSE_POSITIVE}).

Devuelve \`{ pTP, pEdadoTP }\`: la probabilidad total de un positivo, P(TP), y la de estar enfermo dado un positivo, P(E | TP).`,
  starter: `const pE = ${P_E}; // P(E)
const pTPdadoE = ${SENSITIVITY}; // P(TP | E), sensibilidad
const pTPdadoNoE = ${FALSE_POSITIVE}; // P(TP | ¬E), falsos positivos

const pTP = 0; // probabilidad total de un positivo
const pEdadoTP = 0; // P(E | TP)
return { pTP, pEdadoTP };
`,
  solution: `const pE = ${P_E};
const pTPdadoE = ${SENSITIVITY};
const pTPdadoNoE = ${FALSE_POSITIVE};

// Probabilidad total: un positivo viene de un enfermo o de un sano.
const pTP = pTPdadoE * pE + pTPdadoNoE * (1 - pE);
// Bayes: P(E | TP) = P(E) · P(TP | E) / P(TP)
const pEdadoTP = (pE * pTPdadoE) / pTP;
return { pTP, pEdadoTP };
`,
  hints: [
    "Un positivo puede venir de un enfermo (verdadero positivo) o de un sano (falso positivo): suma los dos casos.",
    "P(TP) = P(TP | E) · P(E) + P(TP | ¬E) · P(¬E), con P(¬E) = 1 − P(E).",
    "Luego Bayes: P(E | TP) = P(E) · P(TP | E) / P(TP).",
  ],
  expected: expectRecord({
    pTP: expectNumber(P_TP, {
      mistakes: [
        {
          values: SENSITIVITY * P_E,
          message: "Te faltan los falsos positivos: suma también P(TP | ¬E) · P(¬E).",
        },
      ],
    }),
    pEdadoTP: expectNumber(bayes(P_E, SENSITIVITY, P_TP), {
      mistakes: [
        { values: SENSITIVITY, message: "Esa es la sensibilidad P(TP | E); se pide P(E | TP)." },
      ],
    }),
  }),
  success: `Aunque la prueba detecta al ${percent(SENSITIVITY)} % de los enfermos, un positivo solo significa un ${(bayes(P_E, SENSITIVITY, P_TP) * 100).toFixed(1)} % de probabilidad de estar enfermo: la enfermedad es rara.`,
};

const DIE = new Array(6).fill(1 / 6);

const dado: ExerciseSpec = {
  id: "info-entropia-dado",
  version: "1",
  title: "Entropía de un dado",
  prompt: `Calcula con tf la entropía de un dado justo de seis caras, H(X) = −Σ P(xᵢ) log₂ P(xᵢ), en bits, y devuélvela.

TensorFlow.js no tiene \`log2\`: \`tf.log\` es el logaritmo natural, y log₂ p = ln p / ln 2 (\`Math.LN2\`).`,
  starter: `const p = tf.fill([6], 1 / 6); // un dado justo
// H(X) = −Σ p · log₂ p
const H = 0;
return H;
`,
  solution: `const p = tf.fill([6], 1 / 6);
const log2p = tf.log(p).div(Math.LN2);
const H = p.mul(log2p).sum().neg();
return H;
`,
  hints: [
    "Multiplica `p` por su logaritmo elemento a elemento y suma los 6 términos con `tf.sum` (o `.sum()`).",
    "No olvides el signo menos de la fórmula (`.neg()`) ni pasar a bits: divide entre `Math.LN2`.",
    "Para comprobar: con 6 resultados igual de probables, H = log₂ 6.",
  ],
  expected: expectNumber(entropy(DIE), {
    mistakes: [
      {
        values: entropy(DIE, Math.E),
        message:
          "Ese valor está en nats (logaritmo natural); en bits, divide el logaritmo entre `Math.LN2`.",
      },
      {
        values: -entropy(DIE),
        message: "La entropía no es negativa: te falta el signo menos de la fórmula.",
      },
      {
        values: entropy(DIE) / 6,
        message: "Ese es el aporte de una sola cara: suma los términos de las 6.",
      },
    ],
  }),
};

/** A coin that falls heads 9 times in 10 («truqueada», the lecture's word). */
const LOADED = [0.9, 0.1];

const moneda: ExerciseSpec = {
  id: "info-entropia-moneda",
  version: "2",
  title: "Entropía de una moneda truqueada",
  prompt: `La clase calcula la entropía de una moneda truqueada que siempre cae en cara: 0 bits, por la convención 0 · log 0 = 0. En tf, \`0 * tf.log(0)\` es 0 · (−∞) = NaN.

Escribe una función \`entropia(probs)\` con tf que respete la convención y devuelve \`{ siempreCara, truqueada }\`: la entropía en bits de la moneda que siempre cae en cara, [1, 0], y la de una moneda truqueada con P(cara) = ${LOADED[0]}.`,
  starter: `function entropia(probs) {
  const p = tf.tensor1d(probs);
  return p.mul(tf.log(p).div(Math.LN2)).sum().neg();
}

return {
  siempreCara: entropia([1, 0]),
  truqueada: entropia([${LOADED.join(", ")}]),
};
`,
  solution: `function entropia(probs) {
  const p = tf.tensor1d(probs);
  const terminos = p.mul(tf.log(p).div(Math.LN2)); // NaN donde p = 0
  // 0 · log 0 = 0: tf.where elige, término a término, el término o un 0.
  const limpios = tf.where(p.greater(0), terminos, tf.zerosLike(p));
  return limpios.sum().neg();
}

return {
  siempreCara: entropia([1, 0]),
  truqueada: entropia([${LOADED.join(", ")}]),
};
`,
  hints: [
    "Ejecuta el código inicial: la moneda [1, 0] da NaN por el término 0 · log 0.",
    "`tf.where(condición, a, b)` toma de `a` donde la condición es verdadera y de `b` donde no; `p.greater(0)` marca las p > 0.",
    "`tf.where(p.greater(0), terminos, tf.zerosLike(p))` y luego suma.",
  ],
  expected: expectRecord({
    siempreCara: expectNumber(entropy([1, 0]), {
      mistakes: [
        {
          values: NaN,
          message: "Es el término 0 · log 0 = 0 · (−∞): usa `tf.where` para que valga 0.",
        },
      ],
    }),
    truqueada: expectNumber(entropy(LOADED), {
      mistakes: [
        {
          values: entropy(LOADED, Math.E),
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
  version: "1",
  title: "Divergencia KL en las dos direcciones",
  prompt: `Con P = [${P.join(", ")}] y Q = [${Q.join(", ")}] sobre los mismos tres eventos, calcula con tf la divergencia KL en bits en las dos direcciones, D_KL(P ‖ Q) = Σ P(x) log₂(P(x) / Q(x)) y D_KL(Q ‖ P), y devuelve \`{ pq, qp }\`.

¿Son iguales? La clase dice que la divergencia KL no es simétrica.`,
  starter: `const P = tf.tensor1d([${P.join(", ")}]);
const Q = tf.tensor1d([${Q.join(", ")}]);

function kl(p, q) {
  // Σ p · log₂(p / q)
  return 0;
}

return { pq: kl(P, Q), qp: kl(Q, P) };
`,
  solution: `const P = tf.tensor1d([${P.join(", ")}]);
const Q = tf.tensor1d([${Q.join(", ")}]);

function kl(p, q) {
  const log2 = tf.log(p.div(q)).div(Math.LN2);
  return p.mul(log2).sum();
}

return { pq: kl(P, Q), qp: kl(Q, P) };
`,
  hints: [
    "Elemento a elemento: `p.div(q)`, su logaritmo, multiplicado por `p`; luego suma.",
    "En bits: `tf.log(…).div(Math.LN2)`.",
    "D_KL(Q ‖ P) es la misma función con los argumentos al revés: `kl(Q, P)`.",
  ],
  expected: expectRecord({
    pq: expectNumber(klDivergence(P, Q), {
      mistakes: [
        {
          values: klDivergence(Q, P),
          message: "Ese es D_KL(Q ‖ P): en «pq», P va primero y pondera la suma.",
        },
        {
          values: klDivergence(P, Q, Math.E),
          message: "Ese valor está en nats; en bits, divide entre `Math.LN2`.",
        },
      ],
    }),
    qp: expectNumber(klDivergence(Q, P), {
      mistakes: [
        {
          values: klDivergence(P, Q),
          message: "Ese es D_KL(P ‖ Q): en «qp», Q va primero y pondera la suma.",
        },
        {
          values: klDivergence(Q, P, Math.E),
          message: "Ese valor está en nats; en bits, divide entre `Math.LN2`.",
        },
      ],
    }),
  }),
  success: `D_KL(P ‖ Q) = ${klDivergence(P, Q).toFixed(3)} bits y D_KL(Q ‖ P) = ${klDivergence(Q, P).toFixed(3)} bits: no es simétrica.`,
};

export const probabilidadSection: ExerciseSection = {
  id: "probabilidad",
  title: "Probabilidad y teoría de la información",
  exercises: [consultorio, prueba, dado, moneda, kl],
};
