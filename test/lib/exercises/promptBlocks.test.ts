import { expect, test } from "vitest";
import { inlines, promptBlocks } from "../../../lib/exercises/promptBlocks.js";

test("promptBlocks splits paragraphs at blank lines and reads '- ' lines as a list", () => {
  expect(promptBlocks("Usa `tf.add`.\nSigue.\n\n- uno\n- `dos`")).toEqual([
    {
      type: "paragraph",
      inlines: [
        { code: false, text: "Usa " },
        { code: true, text: "tf.add" },
        { code: false, text: ". Sigue." },
      ],
    },
    { type: "list", items: [[{ code: false, text: "uno" }], [{ code: true, text: "dos" }]] },
  ]);
});

test("an unmatched backtick stays as text", () => {
  expect(inlines("a ` b")).toEqual([{ code: false, text: "a ` b" }]);
});
