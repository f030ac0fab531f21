/**
 * The lecture's chain-rule examples as data: its worked example y = (x² + 1)³ and
 * exercises 1–5. Each exercise lists its decomposition into links, innermost first
 * (x → u → … → y), so a page can show every step numerically at any x; the product of
 * the links' local derivatives is the chain rule's dy/dx = dy/du · du/dx.
 *
 * Plain numbers only: the tfjs versions of these functions live in lib/tf/chainRuleTf.ts.
 * The value and derivative functions follow Math's semantics (NaN outside the domain);
 * check `domain(x)` first, or use `chainRuleSteps`, which does and throws.
 */

/** Identifies one of the lecture's chain-rule examples. */
export type ChainRuleExerciseId =
  "ejemplo-1" | "ejercicio-1" | "ejercicio-2" | "ejercicio-3" | "ejercicio-4" | "ejercicio-5";

/** Whether an exercise can be differentiated at a point, and if not, why (in Spanish). */
export type DomainCheck = { ok: true } | { ok: false; reason: string };

/** One link of a composition: a variable defined as a function of the previous one. */
export interface ChainLink {
  /** The variable this link defines: "u", "v", "w", or "y" for the outermost link. */
  name: string;
  /** The variable it is a function of: "x" for the innermost link. */
  input: string;
  /** LaTeX definition, e.g. "u = x^2 + 1". */
  latex: string;
  /** LaTeX of the local derivative, e.g. "\\frac{du}{dx} = 2x". */
  derivativeLatex: string;
  /** The link's value as a function of its input: for u = x² + 1, value(5) = 26. */
  value: (input: number) => number;
  /** The local derivative with respect to its input: for u = x² + 1, derivative(5) = 10. */
  derivative: (input: number) => number;
}

/** One of the lecture's chain-rule examples, with what the lecture states and what is true. */
export interface ChainRuleExercise {
  id: ChainRuleExerciseId;
  /** "Ejemplo 1", "Ejercicio 1", … as in the lecture. */
  title: string;
  /** LaTeX of the function, e.g. "y = (x^2 + 1)^3". */
  latex: string;
  /** The decomposition, innermost link first; the last link defines y. */
  links: readonly ChainLink[];
  /** y as a function of x. */
  f: (x: number) => number;
  /** LaTeX of the analytic derivative. */
  derivativeLatex: string;
  /** The analytic derivative dy/dx as a function of x. */
  derivative: (x: number) => number;
  /** The point where the lecture evaluates the derivative, or null if it gives none. */
  x0: number | null;
  /** The value y(x0) as stated in the lecture, or null if it gives none. */
  lectureValue: number | null;
  /** dy/dx at x0 as stated in the lecture, or null if it gives none. */
  lectureResult: number | null;
  /** dy/dx at x0 computed in float64 from `derivative`, or null without a point. */
  computedResult: number | null;
  /** Where the lecture's statement and the computation differ, why (in Spanish); else null. */
  discrepancy: string | null;
  /** Whether dy/dx exists at x, and if not, why. */
  domain: (x: number) => DomainCheck;
}

const everywhere = (): DomainCheck => ({ ok: true });

/** Ejemplo 1: y = (x² + 1)³ at x = 5 gives y = 17576 and dy/dx = 6x(x² + 1)² = 20280. */
const ejemplo1 = exercise({
  id: "ejemplo-1",
  title: "Ejemplo 1",
  latex: "y = (x^2 + 1)^3",
  links: [
    link(
      "u",
      "x",
      "u = x^2 + 1",
      "\\frac{du}{dx} = 2x",
      (x) => x * x + 1,
      (x) => 2 * x,
    ),
    link(
      "y",
      "u",
      "y = u^3",
      "\\frac{dy}{du} = 3u^2",
      (u) => u ** 3,
      (u) => 3 * u * u,
    ),
  ],
  f: (x) => (x * x + 1) ** 3,
  derivativeLatex: "\\frac{dy}{dx} = (3u^2)(2x) = 6x(x^2 + 1)^2",
  derivative: (x) => 6 * x * (x * x + 1) ** 2,
  x0: 5,
  lectureValue: 17576,
  lectureResult: 20280,
  discrepancy: null,
  domain: everywhere,
});

/** Ejercicio 1: y = (3x² − 7x + 1)⁵ at x = 2 gives dy/dx = 5(−1)⁴ · 5 = 25. */
const ejercicio1 = exercise({
  id: "ejercicio-1",
  title: "Ejercicio 1",
  latex: "y = (3x^2 - 7x + 1)^5",
  links: [
    link(
      "u",
      "x",
      "u = 3x^2 - 7x + 1",
      "\\frac{du}{dx} = 6x - 7",
      (x) => 3 * x * x - 7 * x + 1,
      (x) => 6 * x - 7,
    ),
    link(
      "y",
      "u",
      "y = u^5",
      "\\frac{dy}{du} = 5u^4",
      (u) => u ** 5,
      (u) => 5 * u ** 4,
    ),
  ],
  f: (x) => (3 * x * x - 7 * x + 1) ** 5,
  derivativeLatex: "\\frac{dy}{dx} = (5u^4)(6x - 7) = 5(3x^2 - 7x + 1)^4(6x - 7)",
  derivative: (x) => 5 * (3 * x * x - 7 * x + 1) ** 4 * (6 * x - 7),
  x0: 2,
  lectureValue: null,
  lectureResult: 25,
  discrepancy: null,
  domain: everywhere,
});

/** Ejercicio 2: y = (x² − 3x + 8)³ at x = 1 gives dy/dx = 3 · 6² · (−1) = −108. */
const ejercicio2 = exercise({
  id: "ejercicio-2",
  title: "Ejercicio 2",
  latex: "y = (x^2 - 3x + 8)^3",
  links: [
    link(
      "u",
      "x",
      "u = x^2 - 3x + 8",
      "\\frac{du}{dx} = 2x - 3",
      (x) => x * x - 3 * x + 8,
      (x) => 2 * x - 3,
    ),
    link(
      "y",
      "u",
      "y = u^3",
      "\\frac{dy}{du} = 3u^2",
      (u) => u ** 3,
      (u) => 3 * u * u,
    ),
  ],
  f: (x) => (x * x - 3 * x + 8) ** 3,
  derivativeLatex: "\\frac{dy}{dx} = (3u^2)(2x - 3) = 3(x^2 - 3x + 8)^2(2x - 3)",
  derivative: (x) => 3 * (x * x - 3 * x + 8) ** 2 * (2 * x - 3),
  x0: 1,
  lectureValue: null,
  lectureResult: -108,
  discrepancy: null,
  domain: everywhere,
});

const ej3True = -40 / 17 ** 6;

/**
 * Ejercicio 3: y = (8x − 7)⁻⁵ at x = 3 gives dy/dx = −40/17⁶ = −1.657… × 10⁻⁶; the lecture
 * writes "−4 · 1/24,137,569 = −1.657".
 */
const ejercicio3 = exercise({
  id: "ejercicio-3",
  title: "Ejercicio 3",
  latex: "y = (8x - 7)^{-5}",
  links: [
    link(
      "u",
      "x",
      "u = 8x - 7",
      "\\frac{du}{dx} = 8",
      (x) => 8 * x - 7,
      () => 8,
    ),
    link(
      "y",
      "u",
      "y = u^{-5}",
      "\\frac{dy}{du} = -5u^{-6}",
      (u) => u ** -5,
      (u) => -5 * u ** -6,
    ),
  ],
  f: (x) => (8 * x - 7) ** -5,
  derivativeLatex: "\\frac{dy}{dx} = (-5u^{-6})(8) = -40(8x - 7)^{-6}",
  derivative: (x) => -40 * (8 * x - 7) ** -6,
  x0: 3,
  lectureValue: null,
  lectureResult: -1.657,
  discrepancy:
    `La clase escribe «−4 · 1/24\u202f137\u202f569 = −1.657». 17⁶ = ${(17 ** 6).toLocaleString("en-US").replaceAll(",", "\u202f")} ` +
    `es correcto, pero el factor es −40, no −4, y el resultado es −40/17⁶ = ${scientific(ej3True)}: ` +
    `la clase omite el factor 10⁻⁶ (y con −4 habría dado ${scientific(-4 / 17 ** 6)}).`,
  domain: (x) =>
    8 * x - 7 === 0
      ? {
          ok: false,
          reason: `en x = ${x}, 8x − 7 = 0 y (8x − 7)^(−5) divide entre cero: y no está definida`,
        }
      : { ok: true },
});

const cos256 = Math.cos(256);
const cos256Truncated = Math.trunc(cos256 * 1e4) / 1e4;

/**
 * Ejercicio 4: y = sen((3x² + 1)⁴) at x = 1 gives dy/dx = 24 · 4³ · cos(4⁴) = 1536 · cos(256)
 * = −61.1186… (cos in radians). The lecture's final −61.1186 is right, but its intermediate
 * "1536 · −0.0397" is not: cos(256) = −0.03979… truncated, and 1536 · −0.0397 = −60.9792.
 */
const ejercicio4 = exercise({
  id: "ejercicio-4",
  title: "Ejercicio 4",
  latex: "y = \\operatorname{sen}\\left((3x^2 + 1)^4\\right)",
  links: [
    link(
      "u",
      "x",
      "u = 3x^2 + 1",
      "\\frac{du}{dx} = 6x",
      (x) => 3 * x * x + 1,
      (x) => 6 * x,
    ),
    link(
      "v",
      "u",
      "v = u^4",
      "\\frac{dv}{du} = 4u^3",
      (u) => u ** 4,
      (u) => 4 * u ** 3,
    ),
    link("y", "v", "y = \\operatorname{sen}(v)", "\\frac{dy}{dv} = \\cos(v)", Math.sin, Math.cos),
  ],
  f: (x) => Math.sin((3 * x * x + 1) ** 4),
  derivativeLatex:
    "\\frac{dy}{dx} = \\cos(v) \\, 4u^3 \\, 6x = 24x(3x^2 + 1)^3 \\cos\\left((3x^2 + 1)^4\\right)",
  derivative: (x) => 24 * x * (3 * x * x + 1) ** 3 * Math.cos((3 * x * x + 1) ** 4),
  x0: 1,
  lectureValue: null,
  lectureResult: -61.1186,
  discrepancy:
    `El resultado final de la clase, −61.1186, es correcto: 1536 · cos(256) = ${decimal(1536 * cos256, 6)} ` +
    `(256 en radianes). El paso intermedio no lo es: cos(256) = ${decimal(cos256, 6)}, que redondeado a ` +
    `4 decimales es ${decimal(cos256, 4)}; la clase escribe ${decimal(cos256Truncated, 4)} (truncado), y ` +
    `1536 · (${decimal(cos256Truncated, 4)}) = ${decimal(1536 * cos256Truncated, 4)}, no −61.1186.`,
  domain: everywhere,
});

/**
 * Ejercicio 5: y = √(ln(sen(3x))). Since sen(3x) ≤ 1, ln(sen(3x)) ≤ 0 for every x, so y is
 * real only at the isolated points where sen(3x) = 1 (x = π/6 + 2πk/3), where y = 0. There
 * the function is undefined all around, so it has no derivative anywhere; the formula agrees,
 * as 1/(2√w) → ∞ meets cos(3x) = 0. The lecture gives no point.
 */
const ejercicio5 = exercise({
  id: "ejercicio-5",
  title: "Ejercicio 5",
  latex: "y = \\sqrt{\\ln(\\operatorname{sen}(3x))}",
  links: [
    link(
      "u",
      "x",
      "u = 3x",
      "\\frac{du}{dx} = 3",
      (x) => 3 * x,
      () => 3,
    ),
    link("v", "u", "v = \\operatorname{sen}(u)", "\\frac{dv}{du} = \\cos(u)", Math.sin, Math.cos),
    link("w", "v", "w = \\ln(v)", "\\frac{dw}{dv} = \\frac{1}{v}", Math.log, (v) => 1 / v),
    link(
      "y",
      "w",
      "y = \\sqrt{w}",
      "\\frac{dy}{dw} = \\frac{1}{2\\sqrt{w}}",
      Math.sqrt,
      (w) => 1 / (2 * Math.sqrt(w)),
    ),
  ],
  f: (x) => Math.sqrt(Math.log(Math.sin(3 * x))),
  derivativeLatex:
    "\\frac{dy}{dx} = \\frac{1}{2\\sqrt{w}} \\cdot \\frac{1}{v} \\cdot \\cos(u) \\cdot 3 = " +
    "\\frac{3\\cos(3x)}{2 \\operatorname{sen}(3x) \\sqrt{\\ln(\\operatorname{sen}(3x))}}",
  derivative: (x) =>
    (3 * Math.cos(3 * x)) / (2 * Math.sin(3 * x) * Math.sqrt(Math.log(Math.sin(3 * x)))),
  x0: null,
  lectureValue: null,
  lectureResult: null,
  discrepancy:
    "La clase deriva la fórmula pero no da un punto, y no hay ninguno donde evaluarla: como " +
    "sen(3x) ≤ 1, ln(sen(3x)) ≤ 0 para todo x, así que √(ln(sen(3x))) solo es real donde " +
    "sen(3x) = 1, en los puntos aislados x = π/6 + 2πk/3. Ahí y = 0, pero la función no está " +
    "definida alrededor de ningún punto, así que no tiene derivada; la fórmula lo confirma: " +
    "1/(2√w) diverge con w = 0 mientras cos(3x) = 0.",
  domain: ejercicio5Domain,
});

/** How close to 1 sen(3x) must be to count as one of Ejercicio 5's isolated points. */
const ISOLATED_POINT_TOLERANCE = 1e-12;

function ejercicio5Domain(x: number): DomainCheck {
  const v = Math.sin(3 * x);
  if (1 - v <= ISOLATED_POINT_TOLERANCE) {
    return {
      ok: false,
      reason:
        `en x = ${x}, sen(3x) = 1 y y = 0, pero es un punto aislado (x = π/6 + 2πk/3): ` +
        "la función no está definida a su alrededor, así que no tiene derivada " +
        "(1/(2√w) diverge con w = 0)",
    };
  }
  if (v <= 0) {
    return {
      ok: false,
      reason: `en x = ${x}, sen(3x) = ${v.toPrecision(6)} ≤ 0 y ln(sen(3x)) no está definido`,
    };
  }
  return {
    ok: false,
    reason:
      `en x = ${x}, ln(sen(3x)) = ${Math.log(v).toPrecision(6)} < 0 y su raíz cuadrada no es ` +
      "real (ln(sen(3x)) ≤ 0 para todo x, pues sen(3x) ≤ 1)",
  };
}

/** The lecture's chain-rule examples in the lecture's order: Ejemplo 1, Ejercicios 1–5. */
export const chainRuleExercises: readonly ChainRuleExercise[] = [
  ejemplo1,
  ejercicio1,
  ejercicio2,
  ejercicio3,
  ejercicio4,
  ejercicio5,
];

/** Completes an exercise with its computed result: dy/dx at x0, or null without a point. */
function exercise(spec: Omit<ChainRuleExercise, "computedResult">): ChainRuleExercise {
  return { ...spec, computedResult: spec.x0 === null ? null : spec.derivative(spec.x0) };
}

function link(
  name: string,
  input: string,
  latex: string,
  derivativeLatex: string,
  value: (input: number) => number,
  derivative: (input: number) => number,
): ChainLink {
  return { name, input, latex, derivativeLatex, value, derivative };
}

/** Writes x with a fixed number of decimals and a typographic minus: −0.0398. */
function decimal(x: number, digits: number): string {
  return x.toFixed(digits).replace("-", "−");
}

/** Writes x in scientific notation with 4 significant digits: −1.657e-6 → "−1.657 × 10⁻⁶". */
function scientific(x: number): string {
  const [mantissa, exponent] = x.toExponential(3).split("e");
  const superscript = (c: string) => "⁰¹²³⁴⁵⁶⁷⁸⁹⁻"["0123456789-".indexOf(c)] ?? "";
  return `${mantissa.replace("-", "−")} × 10${[...exponent].map(superscript).join("")}`;
}
