import { LECTURE_SPEEDUP_ROWS } from "../lecture/lectureRace.js";
import { assertFinite } from "../math/validate.js";

/**
 * Writes a duration the way the lecture's table does: whole minutes and hours in words
 * («1 minuto», «10 minutos», «24 horas»), minutes with seconds shortened («1 min 42 segundos»),
 * and seconds below a minute with two decimals («0.17 segundos»). Below 0.1 s it switches to
 * milliseconds and microseconds with three significant digits («17.1 milisegundos»), so a
 * large speedup never prints «0.00 segundos». Minutes and hours are rounded to the second.
 *
 * Examples: formatDuration(60) = "1 minuto"; formatDuration(102.4) = "1 min 42 segundos";
 * formatDuration(0.1714) = "0.17 segundos"; formatDuration(9000) = "2 h 30 min".
 *
 * Throws a RangeError for a negative or non-finite duration.
 */
export function formatDuration(seconds: number): string {
  assertFinite("formatDuration", "seconds", seconds);
  if (seconds < 0) {
    throw new RangeError(
      `formatDuration: seconds = ${seconds} es negativo; una duración no puede serlo`,
    );
  }
  if (seconds === 0) return "0 segundos";
  if (seconds < 1e-4) return `${significant(seconds * 1e6)} microsegundos`;
  if (seconds < 0.1) return `${significant(seconds * 1e3)} milisegundos`;
  const hundredths = Math.round(seconds * 100) / 100;
  if (hundredths < 60) return `${hundredths.toFixed(2)} segundos`;

  const total = Math.round(seconds);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const secs = total % 60;
  if (hours === 0) {
    if (secs === 0) return plural(minutes, "minuto", "minutos");
    return `${minutes} min ${plural(secs, "segundo", "segundos")}`;
  }
  if (minutes === 0 && secs === 0) return plural(hours, "hora", "horas");
  return [`${hours} h`, `${minutes} min`, secs ? plural(secs, "segundo", "segundos") : ""]
    .filter(Boolean)
    .join(" ");
}

/** One row of the regenerated table. */
export interface SpeedupRow {
  slowSeconds: number;
  /** The slow time in words, e.g. «1 hora». */
  slow: string;
  /** slowSeconds / speedup. */
  fastSeconds: number;
  fast: string;
}

/**
 * The lecture's table «Tiempo con método lento / rápido» for any measured speedup: each slow
 * time divided by it. With the lecture's own speedup, 479.10 ms / 1.3688 ms ≈ 350.0, a minute
 * becomes «0.17 segundos» and 24 hours «4 min 7 segundos».
 *
 * Example: speedupTable(60, [60]) = [{ slowSeconds: 60, slow: "1 minuto", fastSeconds: 1,
 * fast: "1.00 segundos" }].
 *
 * Throws a RangeError unless the speedup is a finite number > 0.
 */
export function speedupTable(
  speedup: number,
  slowSeconds: readonly number[] = LECTURE_SPEEDUP_ROWS.map((row) => row.slowSeconds),
): SpeedupRow[] {
  assertFinite("speedupTable", "speedup", speedup);
  if (speedup <= 0) {
    throw new RangeError(
      `speedupTable: speedup = ${speedup} no es positivo; una aceleración debe ser > 0`,
    );
  }
  return slowSeconds.map((slow) => ({
    slowSeconds: slow,
    slow: formatDuration(slow),
    fastSeconds: slow / speedup,
    fast: formatDuration(slow / speedup),
  }));
}

function significant(x: number): string {
  return String(Number(x.toPrecision(3)));
}

function plural(k: number, one: string, many: string): string {
  return `${k} ${k === 1 ? one : many}`;
}
