import { TensorInputError } from "./tensorInputError.js";

/** One entry of a NumPy index tuple. */
export type IndexItem =
  | { kind: "int"; value: number }
  | { kind: "slice"; start: number | null; stop: number | null; step: number | null }
  | { kind: "list"; values: number[] }
  | { kind: "ellipsis" };

/** A parsed index expression: `t[0, 1:3][::2]` has name "t" and two subscripts. */
export interface IndexExpression {
  name: string;
  subscripts: IndexItem[][];
}

/**
 * Parses a NumPy-style index expression: integers (negative too), slices
 * `inicio:fin:paso` with any part left out, a flat list of integers `[0, 2]` (gather) and
 * `...`, separated by commas inside `[ ]`; several subscripts may follow each other
 * (`t[0][1]`). The tensor's name is optional: `t[0, 1]`, `[0, 1]` and `0, 1` are the same.
 *
 * Example: parseIndex("t[0, 1:3, ::2]").subscripts = [[{int 0}, {slice 1:3}, {slice ::2}]].
 *
 * Throws a TensorInputError (Spanish message) for anything Python would reject as syntax and
 * for what this parser does not support (floats, `None`/`np.newaxis`, nested lists).
 */
export function parseIndex(text: string): IndexExpression {
  const tokens = tokenize(text);
  const reader = new Reader(tokens, text);
  let name = "t";
  if (reader.peek()?.kind === "name") name = reader.next().text;
  const subscripts: IndexItem[][] = [];
  if (reader.peek()?.text === "[") {
    while (reader.peek()?.text === "[") {
      const open = reader.next();
      subscripts.push(readTuple(reader, open));
    }
  } else if (name === "t" && tokens.length > 0 && tokens[0].kind !== "name") {
    subscripts.push(readTuple(reader, null));
  }
  if (subscripts.length === 0) {
    throw new TensorInputError(
      "SyntaxError",
      "escribe un índice entre corchetes, por ejemplo t[0, 1:3]",
    );
  }
  const extra = reader.peek();
  if (extra) throw reader.unexpected(extra);
  return { name, subscripts };
}

interface Token {
  kind: "int" | "name" | "punct" | "float";
  text: string;
  pos: number;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const pattern =
    /\s+|(\.\.\.)|(\d+\.\d*|\.\d+|\d+[eE][+-]?\d+)|(\d+)|([A-Za-z_][\w.]*)|([[\],:+-])|(.)/gy;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text))) {
    const [whole, ellipsis, float, int, name, punct, other] = match;
    const pos = match.index;
    if (ellipsis) tokens.push({ kind: "punct", text: "...", pos });
    else if (float) tokens.push({ kind: "float", text: float, pos });
    else if (int) tokens.push({ kind: "int", text: int, pos });
    else if (name) tokens.push({ kind: "name", text: name, pos });
    else if (punct) tokens.push({ kind: "punct", text: punct, pos });
    else if (other) {
      throw new TensorInputError(
        "SyntaxError",
        `el carácter «${other}» (posición ${pos + 1}) no puede ir en un índice`,
      );
    }
    if (whole === "") break;
  }
  return tokens;
}

class Reader {
  at = 0;
  constructor(
    readonly tokens: Token[],
    readonly text: string,
  ) {}
  peek(): Token | undefined {
    return this.tokens[this.at];
  }
  next(): Token {
    return this.tokens[this.at++];
  }
  unexpected(token: Token | undefined): TensorInputError {
    if (!token)
      return new TensorInputError(
        "SyntaxError",
        "el índice termina antes de tiempo: ¿falta un «]»?",
      );
    if (token.kind === "float") {
      return new TensorInputError(
        "IndexError",
        `los índices deben ser enteros: ${token.text} no lo es (solo valen enteros, rebanadas «:», «...» y listas de enteros)`,
      );
    }
    if (token.kind === "name" && /^(None|np\.newaxis|tf\.newaxis)$/.test(token.text)) {
      return new TensorInputError(
        "IndexError",
        `${token.text} (agregar un eje) no se admite en esta página; usa tf.expandDims en TensorFlow.js`,
      );
    }
    return new TensorInputError(
      "SyntaxError",
      `«${token.text}» inesperado en la posición ${token.pos + 1}`,
    );
  }
}

/** Reads comma-separated items up to the `]` matching `open` (or to the end if open is null). */
function readTuple(reader: Reader, open: Token | null): IndexItem[] {
  const items: IndexItem[] = [];
  for (;;) {
    const token = reader.peek();
    const atEnd = open ? token?.text === "]" : token === undefined;
    if (atEnd) {
      if (open) reader.next();
      if (items.length === 0) {
        throw new TensorInputError("SyntaxError", "un índice vacío «[]» no es válido en Python");
      }
      return items;
    }
    if (!token) throw reader.unexpected(token);
    items.push(readItem(reader));
    const after = reader.peek();
    if (after?.text === ",") reader.next();
    else if (open ? after?.text !== "]" : after !== undefined) throw reader.unexpected(after);
  }
}

function readItem(reader: Reader): IndexItem {
  const token = reader.peek();
  if (token?.text === "...") {
    reader.next();
    return { kind: "ellipsis" };
  }
  if (token?.text === "[") return readList(reader);
  const start = readOptionalInt(reader);
  if (reader.peek()?.text !== ":") {
    if (start === null) throw reader.unexpected(reader.peek());
    return { kind: "int", value: start };
  }
  reader.next();
  const stop = readOptionalInt(reader);
  let step: number | null = null;
  if (reader.peek()?.text === ":") {
    reader.next();
    step = readOptionalInt(reader);
  }
  return { kind: "slice", start, stop, step };
}

/** An optionally signed integer, or null if the next token does not start one. */
function readOptionalInt(reader: Reader): number | null {
  const token = reader.peek();
  let sign = 1;
  if (token?.text === "-" || token?.text === "+") {
    reader.next();
    if (token.text === "-") sign = -1;
    const digits = reader.peek();
    if (digits?.kind !== "int") throw reader.unexpected(digits);
  }
  const digits = reader.peek();
  if (digits?.kind === "int") {
    reader.next();
    return sign * Number(digits.text);
  }
  if (digits?.kind === "float" || (digits?.kind === "name" && digits.text !== "")) {
    throw reader.unexpected(digits);
  }
  return null;
}

function readList(reader: Reader): IndexItem {
  const open = reader.next();
  const values: number[] = [];
  for (;;) {
    const token = reader.peek();
    if (token?.text === "]") {
      reader.next();
      return { kind: "list", values };
    }
    if (token?.text === "[") {
      throw new TensorInputError(
        "IndexError",
        "una lista de índices debe ser plana, como [0, 2]; las listas anidadas no se admiten en esta página",
      );
    }
    if (token?.text === ":" || token?.text === "...") {
      throw new TensorInputError(
        "IndexError",
        `dentro de una lista solo van enteros, no «${token.text}» (posición ${token.pos + 1})`,
      );
    }
    const value = readOptionalInt(reader);
    if (value === null) {
      if (!reader.peek()) {
        throw new TensorInputError(
          "SyntaxError",
          `falta cerrar con «]» la lista que abre en la posición ${open.pos + 1}`,
        );
      }
      throw reader.unexpected(reader.peek());
    }
    values.push(value);
    const after = reader.peek();
    if (after?.text === ":") {
      throw new TensorInputError(
        "IndexError",
        `dentro de una lista solo van enteros, no «:» (posición ${after.pos + 1})`,
      );
    }
    if (after?.text === ",") reader.next();
    else if (after?.text !== "]") {
      if (!after) {
        throw new TensorInputError(
          "SyntaxError",
          `falta cerrar con «]» la lista que abre en la posición ${open.pos + 1}`,
        );
      }
      throw reader.unexpected(after);
    }
  }
}
