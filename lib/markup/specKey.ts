/**
 * specKey(spec) → a short key naming a chart spec whatever size it is drawn at: a hash of the
 * spec's JSON without its top-level `width`, `height` and `description`, which a vega view sets
 * after parsing (view.width, view.height, view.description). Two specs that differ only there
 * share a key; any other difference (a title, a domain, a param's value) gives another.
 *
 * The hash is cyrb53 (bryc's, public domain): two 32-bit multiply–xorshift lanes over the
 * string's UTF-16 code units, 53 bits as 14 hex digits. Not cryptographic: it names the few
 * dozen specs a site draws, where a collision is out of reach (about n²/2⁵⁴).
 *
 * Example: specKey({mark: "bar", width: 300}) === specKey({mark: "bar", width: 640}).
 */
export function specKey(spec: object): string {
  const {
    width: _width,
    height: _height,
    description: _description,
    ...rest
  } = spec as Record<string, unknown>;
  return cyrb53(JSON.stringify(rest));
}

function cyrb53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const hash = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return hash.toString(16).padStart(14, "0");
}
