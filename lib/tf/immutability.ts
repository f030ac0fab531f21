/**
 * What makes a tf.Tensor a constant and a tf.Variable a variable, observed rather than told:
 * a tensor has no assign method and every operation returns a new tensor (a new id) while the
 * original keeps its values; a variable has assign and keeps its id when its data change.
 */
import * as tf from "@tensorflow/tfjs-core";

export interface ImmutabilityFacts {
  /** typeof t.assign for a tf.Tensor t: "undefined". */
  tensorAssign: string;
  /** typeof v.assign for a tf.Variable v: "function". */
  variableAssign: string;
  tensorId: number;
  /** The id of tf.add(t, 1): a different tensor. */
  sumId: number;
  /** t's values after computing tf.add(t, 1): unchanged. */
  tensorAfter: number[];
  sumValues: number[];
  variableIdBefore: number;
  variableIdAfter: number;
  variableAfter: number[];
}

/** Runs the experiment on t = [1, 2, 3] and v = tf.variable(t), and frees everything. */
export async function immutabilityFacts(): Promise<ImmutabilityFacts> {
  const t = tf.tensor([1, 2, 3], [3], "int32");
  const sum = tf.tidy(() => tf.add(t, tf.scalar(1, "int32")));
  const v = tf.variable(t);
  try {
    const variableIdBefore = v.id;
    tf.tidy(() => v.assign(tf.mul(v, tf.scalar(10, "int32"))));
    const [tensorAfter, sumValues, variableAfter] = await Promise.all(
      [t, sum, v].map(async (x) => Array.from(await x.data()) as number[]),
    );
    return {
      tensorAssign: typeof (t as unknown as { assign?: unknown }).assign,
      variableAssign: typeof v.assign,
      tensorId: t.id,
      sumId: sum.id,
      tensorAfter,
      sumValues,
      variableIdBefore,
      variableIdAfter: v.id,
      variableAfter,
    };
  } finally {
    tf.dispose([t, sum, v]);
  }
}
