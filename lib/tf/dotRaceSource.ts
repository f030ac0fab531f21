/**
 * The lecture's race program (LECTURE_DOT_PYTHON in lib/lecture/lectureRace.ts) written with
 * TensorFlow.js, line for line, to show beside the Python: the same two versions, a `for`
 * loop over the numbers and the vectorized dot product, each timed and printed. It is what the
 * page's JavaScript loop and vectorized contenders do (lib/tf/dotContenders.ts), without the
 * race's protocol (warm-up, repeated runs, medians). A test runs this text and checks that the
 * two w it prints agree.
 */
export const DOT_RACE_JAVASCRIPT = `const n = 1000000;
// n números al azar en [0, 1), como np.random.rand(n)
const u = tf.randomUniform([n]);
const v = tf.randomUniform([n]);
const [uData, vData] = [await u.data(), await v.data()];

// 1) Con un ciclo for
let inicio = performance.now();
let w = 0;
for (let i = 0; i < n; i++) {
  w += uData[i] * vData[i];
}
let fin = performance.now();
console.log("Versión for:", fin - inicio, "ms");
console.log(w);

// 2) Versión vectorizada
inicio = performance.now();
// data() espera a que termine el cálculo
w = (await tf.dot(u, v).data())[0];
fin = performance.now();
console.log("Versión vectorizada:", fin - inicio, "ms");
console.log(w);`;
