import { describe, expect, test } from "vitest";
import { LECTURE_DOT, LECTURE_SPEEDUP_ROWS } from "../../../lib/lecture/lectureRace.js";
import { formatDuration, speedupTable } from "../../../lib/race/speedupTable.js";
import { expectRangeError } from "../expectRangeError.js";

describe("formatDuration", () => {
  test.each([
    [60, "1 minuto"],
    [600, "10 minutos"],
    [1800, "30 minutos"],
    [3600, "1 hora"],
    [7200, "2 horas"],
    [86400, "24 horas"],
  ])("formatDuration(%d) = %s: the lecture's slow column", (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text);
  });

  test.each([
    [0.1714, "0.17 segundos"],
    [1.7, "1.70 segundos"],
    [51.09, "51.09 segundos"],
    [102.4, "1 min 42 segundos"],
    [245, "4 min 5 segundos"],
    [61, "1 min 1 segundo"],
  ])("formatDuration(%d) = %s: the lecture's fast column", (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text);
  });

  test("formatDuration rounds 59.996 s up to «1 minuto», not «60.00 segundos»", () => {
    expect(formatDuration(59.996)).toBe("1 minuto");
    expect(formatDuration(3599.6)).toBe("1 hora");
  });

  test("formatDuration switches to milliseconds and microseconds below 0.1 s", () => {
    expect(formatDuration(0.0171)).toBe("17.1 milisegundos");
    expect(formatDuration(0.0001714)).toBe("0.171 milisegundos");
    expect(formatDuration(0.00001714)).toBe("17.1 microsegundos");
    expect(formatDuration(0)).toBe("0 segundos");
  });

  test("formatDuration writes hours with minutes and seconds when they are not whole", () => {
    expect(formatDuration(9000)).toBe("2 h 30 min");
    expect(formatDuration(3661)).toBe("1 h 1 min 1 segundo");
    expect(formatDuration(172800)).toBe("48 horas");
  });

  test("formatDuration(-1) and formatDuration(NaN) throw a Spanish RangeError", () => {
    expectRangeError(() => formatDuration(-1), "formatDuration: seconds = -1 es negativo");
    expectRangeError(() => formatDuration(NaN), "seconds = NaN no es un número finito");
  });
});

describe("speedupTable", () => {
  test("speedupTable(60, [60]) turns a minute into one second", () => {
    expect(speedupTable(60, [60])).toEqual([
      { slowSeconds: 60, slow: "1 minuto", fastSeconds: 1, fast: "1.00 segundos" },
    ]);
  });

  test("speedupTable(s) has the lecture's eight slow times by default", () => {
    const rows = speedupTable(350);
    expect(rows.map((r) => r.slow)).toEqual([
      "1 minuto",
      "10 minutos",
      "30 minutos",
      "1 hora",
      "2 horas",
      "5 horas",
      "10 horas",
      "24 horas",
    ]);
  });

  test("with the lecture's speedup (479.10 / 1.3688 ≈ 350.0) every fast time is within 0.9 % of the printed one", () => {
    const speedup = LECTURE_DOT.loopMs / LECTURE_DOT.dotMs;
    expect(speedup).toBeCloseTo(350.02, 2);
    const rows = speedupTable(speedup);
    expect(rows[0].fast).toBe(LECTURE_SPEEDUP_ROWS[0].fastPrinted);
    // The printed table implies a speedup between 351.6 and 352.9, not 350: it drifts by < 0.9 %.
    rows.forEach((row, i) => {
      const printed = LECTURE_SPEEDUP_ROWS[i].fastSeconds;
      expect(Math.abs(row.fastSeconds - printed) / printed).toBeLessThan(0.009);
    });
    expect(rows[7].fast).toBe("4 min 7 segundos");
  });

  test("a speedup below 1 (a slower «fast» method) makes the fast column longer", () => {
    expect(speedupTable(0.5, [3600])[0].fast).toBe("2 horas");
  });

  test("speedupTable(0) and speedupTable(Infinity) throw a Spanish RangeError", () => {
    expectRangeError(() => speedupTable(0), "speedupTable: speedup = 0 no es positivo");
    expectRangeError(() => speedupTable(Infinity), "speedup = Infinity no es un número finito");
  });
});
