/**
 * The reference solutions of the catalog's exercises, by id: what «Ver la solución» shows, and
 * what the tests check passes. Apart from the specs (./tensores.ts…) so that an evaluation
 * build ships none: no page imports this module. The regular build copies them into
 * src/vendor/exercise-solutions.js (scripts/vendor-exercise-solutions.ts), which the Exercise
 * component reads; `npm run build -- --sin-soluciones` writes that file empty.
 */
import { SHAPE_PAIRS } from "./broadcasting.js";

/** y(x) with chained tfjs ops, for each derivative exercise. */
const DERIVATIVES: Readonly<Record<string, { text: string; tfBody: string }>> = {
  "der-ej1": {
    text: "y = (3x² − 7x + 1)⁵",
    tfBody: "x.square().mul(3).sub(x.mul(7)).add(1).pow(5)",
  },
  "der-ej2": { text: "y = (x² − 3x + 8)³", tfBody: "x.square().sub(x.mul(3)).add(8).pow(3)" },
  "der-ej3": { text: "y = (8x − 7)⁻⁵", tfBody: "x.mul(8).sub(7).pow(-5)" },
  "der-ej4": { text: "y = sen((3x² + 1)⁴)", tfBody: "x.square().mul(3).add(1).pow(4).sin()" },
};

const derivative = ({ text, tfBody }: { text: string; tfBody: string }) => `// ${text}
const f = (x) => ${tfBody};
const dydx = tf.grad(f);
return dydx(tf.scalar(x0));
`;

export const solutions: Readonly<Record<string, string>> = {
  "tensor-crear": `const t = tf.tensor(
  [[[1, 2], [3, 4], [5, 6]], [[7, 8], [9, 10], [11, 12]]],
  undefined, // la forma se deduce de los corchetes
  "int32",
);
return t;
`,
  "tensor-inicializar": `const ceros = tf.zeros([2, 3]);
const unos = tf.ones([2, 3, 4]);
const cincos = tf.fill([2, 3], 5);
const pares = tf.range(0, 10, 2);
return { ceros, unos, cincos, pares };
`,
  "tensor-atributos": `return {
  ndim: a.rank,
  forma: a.shape,
  tamano: a.size,
  minimo: tf.min(a),
  maximo: tf.max(a),
  promedio: tf.mean(a),
};
`,
  "tensor-indexar": `// slice(inicio, tamaño): -1 en el tamaño significa «hasta el final».
const fila = a.slice([0, 1, 0], [1, 1, -1]).squeeze();
const ultimo = tf.gather(a, a.shape[0] - 1);
return { fila, ultimo };
`,
  "tensor-rebanadas": `const filas = tf.gather(m, [0, 2]);
const saltos = tf.stridedSlice(m, [0, 0], [3, 4], [1, 2]);
return { filas, saltos };
`,
  "tensor-operaciones": `return {
  suma: tf.add(A, B),
  producto: tf.mul(A, B),
  punto: tf.dot(u, v),
  matricial: tf.matMul(A, B),
  transpuesta: tf.transpose(A),
};
`,
  "vect-nutricion": `const totales = A.sum(0); // el total de cada columna: forma (4,)
return A.div(totales); // (3, 4) / (4,): broadcasting
`,
  "vect-punto": `const inicio = performance.now();
const w = tf.dot(u, v);
console.log("versión vectorizada:", (performance.now() - inicio).toFixed(2), "ms");
return w;
`,
  "vect-ufuncs": `return {
  logAbs: tf.log(tf.abs(v)),
  relu: tf.maximum(v, 0),
  cuadrado: tf.square(v),
  inverso: tf.reciprocal(v), // o tf.div(1, v)
};
`,
  "bc-formas": `// Puedes razonarlo a mano… o pedírselo a tf: tf.add falla si no se pueden combinar.
const pares = [
${SHAPE_PAIRS.map(([a, b]) => `  [[${a.join(", ")}], [${b.join(", ")}]],`).join("\n")}
];
return pares.map(([a, b]) => {
  try {
    return tf.add(tf.zeros(a), tf.zeros(b)).shape;
  } catch {
    return null;
  }
});
`,
  "bc-reshape": `const columna = u.reshape([2, 1]); // una columna
return tf.add(columna, v); // (2, 1) + (2, 3) → (2, 3)
`,
  "bc-centrar": `const promedios = X.mean(0); // forma (3,): el promedio de cada columna
return X.sub(promedios); // (4, 3) − (3,) → (4, 3)
`,
  ...Object.fromEntries(Object.entries(DERIVATIVES).map(([id, plan]) => [id, derivative(plan)])),
  "prob-bayes-consultorio": `// Teorema de Bayes: P(H | F) = P(H) · P(F | H) / P(F)
const pHdadoF = (pH * pFdadoH) / pF;
return pHdadoF;
`,
  "prob-bayes-prueba": `// Probabilidad total: un positivo viene de un enfermo o de un sano.
const pTP = pTPdadoE * pE + pTPdadoNoE * (1 - pE);
// Bayes: P(E | TP) = P(E) · P(TP | E) / P(TP)
const pEdadoTP = (pE * pTPdadoE) / pTP;
return { pTP, pEdadoTP };
`,
  "info-entropia-dado": `const log2p = tf.log(p).div(Math.LN2);
const H = p.mul(log2p).sum().neg();
return H;
`,
  "info-entropia-moneda": `function entropia(probs) {
  const p = tf.tensor1d(probs);
  const terminos = p.mul(tf.log(p).div(Math.LN2)); // NaN donde p = 0
  // 0 · log 0 = 0: tf.where elige, término a término, el término o un 0.
  const limpios = tf.where(p.greater(0), terminos, tf.zerosLike(p));
  return limpios.sum().neg();
}

return {
  conCero: entropia(p1),
  truqueada: entropia(p2),
};
`,
  "info-kl": `function kl(p, q) {
  const log2 = tf.log(p.div(q)).div(Math.LN2);
  return p.mul(log2).sum();
}

return { pq: kl(P, Q), qp: kl(Q, P) };
`,
};
