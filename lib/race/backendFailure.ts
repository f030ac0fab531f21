/** Known ways a tfjs backend fails on a large tensor, recognised by the error's text. */
const KNOWN_FAILURES: readonly [RegExp, string][] = [
  [
    /greater than WebGL maximum|texture size/i,
    "pide una textura más grande que el máximo de WebGL en este equipo (WebGL guarda cada tensor en una textura, y su lado tiene un límite)",
  ],
  [
    /max(imum)? ?buffer ?size|maxStorageBufferBindingSize|buffer size.*exceed|exceeds.*limit/i,
    "pide un búfer más grande que el máximo que WebGPU permite en este equipo",
  ],
  [
    /out of memory|allocation failed|enlarge memory|\bOOM\b|memory access out of bounds|Invalid typed array length|Array buffer allocation/i,
    "se quedó sin memoria",
  ],
  [/context lost|CONTEXT_LOST|device (was )?lost|destroyed/i, "perdió el acceso a la GPU"],
];

/**
 * A Spanish sentence for why a contender failed, from the error tfjs threw (in English), with
 * the original text kept as a technical detail.
 *
 * Example: explainBackendFailure(new Error("Requested texture size [8193x8193] greater than
 * WebGL maximum on this browser / GPU [8192x8192].")) = "pide una textura más grande que el
 * máximo de WebGL en este equipo (…) — detalle técnico: Requested texture size …".
 */
export function explainBackendFailure(error: unknown): string {
  const detail = error instanceof Error ? error.message : String(error);
  const known = KNOWN_FAILURES.find(([pattern]) => pattern.test(detail));
  const reason = known ? known[1] : "falló al calcular";
  return detail ? `${reason} — detalle técnico: ${detail}` : reason;
}
