/**
 * YAML for the generated files, written fast enough for thousands of papers:
 * a block mapping at the top, and each value (each list item on its own line)
 * as JSON, which is valid YAML. Readable, diffable one citation per line, and
 * parsed back exactly by any YAML 1.2 parser.
 */
const PLAIN_KEY = /^[A-Za-z][\w-]*$/;

function json(value: unknown): string {
  // U+2028/2029 are line breaks to some YAML parsers: keep them escaped.
  return JSON.stringify(value).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

export function toYaml(data: Record<string, unknown>): string {
  const lines: string[] = [];
  for (const [key, value] of Object.entries(data)) {
    if (value === undefined) continue;
    const k = PLAIN_KEY.test(key) ? key : json(key);
    if (Array.isArray(value) && value.length > 0) {
      lines.push(`${k}:`);
      for (const item of value) lines.push(`  - ${json(item)}`);
    } else lines.push(`${k}: ${json(value)}`);
  }
  return `${lines.join('\n')}\n`;
}
