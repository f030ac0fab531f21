/**
 * Data loader: data/parametros-modelos.csv (the lecture's parameter counts of generative
 * models, as ranges), checked row by row and completed with the orders of magnitude each
 * range spans. Writes CSV to stdout; a malformed row stops the build with its reason.
 */
import { readFileSync } from "node:fs";
import { from, fromCSV } from "arquero";
import { parameterRange, type ParameterRangeRow } from "../../lib/lecture/parameterRanges.js";

const source = new URL("../../data/parametros-modelos.csv", import.meta.url);
try {
  const rows = fromCSV(readFileSync(source, "utf-8")).objects() as ParameterRangeRow[];
  const ranges = rows.map((row) => parameterRange({ ...row, nota: row.nota ?? "" }));
  process.stdout.write(from(ranges).toCSV());
} catch (error) {
  console.error(`parametros-modelos.csv: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
