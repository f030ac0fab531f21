import type { IndexItem } from "../input/parseIndex.js";
import type { IndexPlan, SubscriptStep } from "../math/tensors/selectIndex.js";

/** The same selection written three ways. */
export interface IndexCode {
  numpy: string;
  tensorflow: string;
  tfjs: string;
}

/**
 * Writes an index expression as NumPy, TensorFlow (Python) and TensorFlow.js code.
 * NumPy: the subscripts as typed, tidied (`t[0, 1:3, ::2]`). TensorFlow: the same where TF's
 * `__getitem__` accepts it (integers, slices, `...`); a list becomes `tf.gather` (TF has no
 * list indexing) and NumPy's moved axis a `tf.transpose`. TensorFlow.js has no `[]` on
 * tensors: `tf.slice`/`tf.stridedSlice`, `tf.squeeze`, `tf.gather`, `tf.transpose`.
 *
 * Example: for t[0, 1] on shape [2, 3, 4], numpy "t[0, 1]", tensorflow "t[0, 1]",
 * tfjs "tf.squeeze(tf.slice(t, [0, 1, 0], [1, 1, 4]), [0, 1])".
 */
export function indexCode(name: string, steps: readonly SubscriptStep[]): IndexCode {
  let numpy = name;
  let tensorflow = name;
  let tfjs = name;
  for (const step of steps) {
    numpy += `[${step.items.map(formatItem).join(", ")}]`;
    tensorflow = tensorflowStep(tensorflow, step);
    tfjs = tfjsStep(tfjs, step.plan);
  }
  return { numpy, tensorflow, tfjs };
}

/** One index item as Python writes it: 0, -1, 1:3, ::2, [0, 2], ... */
export function formatItem(item: IndexItem): string {
  switch (item.kind) {
    case "int":
      return String(item.value);
    case "list":
      return `[${item.values.join(", ")}]`;
    case "ellipsis":
      return "...";
    case "slice": {
      const part = (x: number | null) => (x === null ? "" : String(x));
      const base = `${part(item.start)}:${part(item.stop)}`;
      return item.step === null ? base : `${base}:${item.step}`;
    }
  }
}

function tensorflowStep(input: string, step: SubscriptStep): string {
  const listAt = step.items.findIndex((item) => item.kind === "list");
  if (listAt < 0) return `${input}[${step.items.map(formatItem).join(", ")}]`;
  const basic = step.items.map((item, i) => (i === listAt ? ":" : formatItem(item)));
  const trivial = basic.every((text) => text === ":" || text === "...");
  const base = trivial ? input : `${input}[${basic.join(", ")}]`;
  const gather = step.plan.gather!;
  let code = `tf.gather(${base}, [${gather.indices.join(", ")}], axis=${gather.axis})`;
  if (step.plan.transpose) code = `tf.transpose(${code}, perm=[${step.plan.transpose.join(", ")}])`;
  return code;
}

function tfjsStep(input: string, plan: IndexPlan): string {
  let code = input;
  const list = (xs: readonly number[]) => `[${xs.join(", ")}]`;
  if (plan.slice) code = `tf.slice(${code}, ${list(plan.slice.begin)}, ${list(plan.slice.size)})`;
  if (plan.stridedSlice) {
    const { begin, end, strides, endMask } = plan.stridedSlice;
    const mask = endMask ? `, 0, ${endMask}` : "";
    code = `tf.stridedSlice(${code}, ${list(begin)}, ${list(end)}, ${list(strides)}${mask})`;
  }
  if (plan.squeeze.length > 0) code = `tf.squeeze(${code}, ${list(plan.squeeze)})`;
  if (plan.gather) {
    code = `tf.gather(${code}, ${list(plan.gather.indices)}, ${plan.gather.axis})`;
  }
  if (plan.transpose) code = `tf.transpose(${code}, ${list(plan.transpose)})`;
  return code;
}
