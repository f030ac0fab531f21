import { formatShape } from "../format/formatShape.js";
import { TensorInputError } from "./tensorInputError.js";

/** A number or a nested list of numbers, as `tf.constant` takes it: 5, [1, 2], [[1, 2], [3, 4]]. */
export type Nested = number | Nested[];

/** A tensor literal read from text: flat values in row-major order, its shape and dtype. */
export interface TensorLiteral {
  values: number[];
  shape: number[];
  /** "int32" when every number is written as an integer, like tf.constant; else "float32". */
  dtype: "int32" | "float32";
  /** The same values, nested as written. */
  nested: Nested;
}

const INT32_MAX = 2 ** 31 - 1;

/**
 * Reads a tensor literal written as in Python or JavaScript: a number, or lists nested with
 * `[ ]` (or Python's `( )`), separated by commas or, as NumPy prints them, by spaces.
 * The dtype follows TensorFlow's `tf.constant`: int32 if every number is an integer literal
 * (no `.` and no exponent), float32 otherwise.
 *
 * Example: parseTensorLiteral("[[1, 2], [3, 4]]") = { values: [1, 2, 3, 4], shape: [2, 2],
 * dtype: "int32", nested: [[1, 2], [3, 4]] }; parseTensorLiteral("[1. 2.5]") has dtype "float32".
 *
 * Throws a TensorInputError (Spanish message) for a list that is not rectangular
 * ("[[1, 2], [3]]", like NumPy's "inhomogeneous shape" ValueError), a token that is not a
 * number, unbalanced brackets, empty text, or an integer outside int32.
 */
export function parseTensorLiteral(text: string): TensorLiteral {
  const tokens = tokenize(text);
  if (tokens.length === 0) {
    throw new TensorInputError(
      "SyntaxError",
      "escribe un número o una lista anidada, por ejemplo [[1, 2], [3, 4]]",
    );
  }
  const reader = { tokens, at: 0 };
  const nested = readValue(reader);
  if (reader.at < tokens.length) {
    const extra = tokens[reader.at];
    throw new TensorInputError(
      "SyntaxError",
      `sobra «${extra.text}» en la posición ${extra.pos + 1}: ¿falta una coma o un corchete de apertura?`,
    );
  }
  const shape = detectShape(nested);
  const values: number[] = [];
  let float = false;
  collect(nested, shape, 0, values);
  for (const token of tokens) if (token.kind === "number" && !token.isInt) float = true;
  if (!float) {
    const big = values.find((v) => Math.abs(v) > INT32_MAX);
    if (big !== undefined) {
      throw new TensorInputError(
        "ValueError",
        `el entero ${big} no cabe en int32 (de −2³¹ a 2³¹ − 1); escríbelo con punto decimal para usar float32`,
      );
    }
  }
  return { values, shape, dtype: float ? "float32" : "int32", nested };
}

interface Token {
  kind: "open" | "close" | "comma" | "number";
  text: string;
  pos: number;
  value?: number;
  isInt?: boolean;
}

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (/\s/.test(c)) i++;
    else if (c === "[" || c === "(") tokens.push({ kind: "open", text: c, pos: i++ });
    else if (c === "]" || c === ")") tokens.push({ kind: "close", text: c, pos: i++ });
    else if (c === ",") tokens.push({ kind: "comma", text: c, pos: i++ });
    else {
      const match = NUMBER.exec(text.slice(i));
      if (!match) {
        const word = /^[^\s[\](),]+/.exec(text.slice(i))![0];
        throw new TensorInputError(
          "ValueError",
          `«${word}» (posición ${i + 1}) no es un número; un tensor numérico solo lleva números, corchetes y comas`,
        );
      }
      const literal = match[0];
      tokens.push({
        kind: "number",
        text: literal,
        pos: i,
        value: Number(literal),
        isInt: /^[+-]?\d+$/.test(literal),
      });
      i += literal.length;
    }
  }
  return tokens;
}

function readValue(reader: { tokens: Token[]; at: number }): Nested {
  const token = reader.tokens[reader.at];
  if (!token) throw new TensorInputError("SyntaxError", "el texto termina antes de tiempo");
  if (token.kind === "number") {
    reader.at++;
    return token.value!;
  }
  if (token.kind !== "open") {
    throw new TensorInputError(
      "SyntaxError",
      `«${token.text}» inesperado en la posición ${token.pos + 1}`,
    );
  }
  const close = token.text === "[" ? "]" : ")";
  reader.at++;
  const items: Nested[] = [];
  for (;;) {
    const next = reader.tokens[reader.at];
    if (!next) {
      throw new TensorInputError(
        "SyntaxError",
        `falta cerrar el «${token.text}» de la posición ${token.pos + 1} con «${close}»`,
      );
    }
    if (next.kind === "close") {
      if (next.text !== close) {
        throw new TensorInputError(
          "SyntaxError",
          `«${next.text}» en la posición ${next.pos + 1} no cierra el «${token.text}» de la posición ${token.pos + 1}`,
        );
      }
      reader.at++;
      return items;
    }
    if (next.kind === "comma") {
      if (items.length === 0 || reader.tokens[reader.at - 1].kind === "comma") {
        throw new TensorInputError("SyntaxError", `coma sin valor en la posición ${next.pos + 1}`);
      }
      reader.at++;
      continue;
    }
    items.push(readValue(reader));
  }
}

/**
 * The shape NumPy detects: follow the first element down, then require every list at
 * depth d to have shape[d] elements and every leaf to sit at depth shape.length.
 */
function detectShape(node: Nested): number[] {
  const shape: number[] = [];
  let current: Nested = node;
  while (Array.isArray(current)) {
    shape.push(current.length);
    if (current.length === 0) break;
    current = current[0];
  }
  return shape;
}

function collect(node: Nested, shape: number[], depth: number, out: number[]): void {
  if (depth === shape.length) {
    if (Array.isArray(node)) throw inhomogeneous(shape, depth, "una lista donde iba un número");
    out.push(node);
    return;
  }
  if (!Array.isArray(node)) throw inhomogeneous(shape, depth, "un número donde iba una lista");
  if (node.length !== shape[depth]) {
    throw inhomogeneous(
      shape,
      depth,
      `listas de longitud ${shape[depth]} y de longitud ${node.length}`,
    );
  }
  for (const child of node) collect(child, shape, depth + 1, out);
}

function inhomogeneous(shape: number[], depth: number, detail: string): TensorInputError {
  return new TensorInputError(
    "ValueError",
    `la lista no es rectangular: después de ${depth} dimensión(es) hay ${detail}; ` +
      `la forma detectada es ${formatShape(shape.slice(0, depth))} + una parte no homogénea`,
  );
}
