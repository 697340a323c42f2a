// Evaluates the few MapLibre style expressions the app's own style uses (base_style.ts, claim_style.ts), for
// the first paint (first_paint.ts), which draws that style before MapLibre has loaded. Not a general
// evaluator: an operator it does not know throws, and the first paint is then left out (the map still comes).

/** One section of a `format` expression's text. */
export interface TextSection {
  text: string;
  scale: number;
}

/** What an expression sees: the zoom, and one feature's properties and geometry type. */
export interface EvalContext {
  zoom: number;
  properties: Record<string, unknown>;
  geometryType: string;
}

type Value = unknown;

const OPERATORS = new Set([
  'literal',
  'get',
  'has',
  'zoom',
  'geometry-type',
  '==',
  '!=',
  '<=',
  '<',
  '>=',
  '>',
  '!',
  'all',
  'any',
  'in',
  '-',
  '+',
  '*',
  'coalesce',
  'case',
  'match',
  'step',
  'interpolate',
  'upcase',
  'to-string',
  'format',
]);

/**
 * Whether `x` is an expression. A property's value may also be a plain array whose first item is a string
 * (`text-font: ['Noto Sans', …]`, `text-variable-anchor: ['left', …]`): an array that does not start with an
 * operator this evaluator knows is such a value when all its items are strings, and an unknown operator else.
 */
function isExpression(x: unknown): x is [string, ...unknown[]] {
  if (!Array.isArray(x) || typeof x[0] !== 'string') return false;
  if (OPERATORS.has(x[0])) return true;
  if (x.every((item) => typeof item === 'string')) return false;
  throw new Error(`the first paint does not know the style operator "${x[0]}"`);
}

/** Evaluates `expr` (an expression or a constant) for one feature at one zoom. */
export function evaluate(expr: unknown, ctx: EvalContext): Value {
  if (!isExpression(expr)) return expr;
  const [op, ...args] = expr;
  const ev = (x: unknown) => evaluate(x, ctx);
  switch (op) {
    case 'literal':
      return args[0];
    case 'get':
      return ctx.properties[String(ev(args[0]))] ?? null;
    case 'has':
      return String(ev(args[0])) in ctx.properties;
    case 'zoom':
      return ctx.zoom;
    case 'geometry-type':
      return ctx.geometryType;
    case '==':
      return ev(args[0]) === ev(args[1]);
    case '!=':
      return ev(args[0]) !== ev(args[1]);
    case '<=':
      return Number(ev(args[0])) <= Number(ev(args[1]));
    case '<':
      return Number(ev(args[0])) < Number(ev(args[1]));
    case '>=':
      return Number(ev(args[0])) >= Number(ev(args[1]));
    case '>':
      return Number(ev(args[0])) > Number(ev(args[1]));
    case '!':
      return !ev(args[0]);
    case 'all':
      return args.every((a) => ev(a) === true);
    case 'any':
      return args.some((a) => ev(a) === true);
    case 'in': {
      const hay = ev(args[1]);
      const needle = ev(args[0]);
      if (Array.isArray(hay)) return hay.includes(needle);
      return typeof hay === 'string' && hay.includes(String(needle));
    }
    case '-':
      return args.length === 1 ? -Number(ev(args[0])) : Number(ev(args[0])) - Number(ev(args[1]));
    case '+':
      return args.reduce<number>((s, a) => s + Number(ev(a)), 0);
    case '*':
      return args.reduce<number>((s, a) => s * Number(ev(a)), 1);
    case 'coalesce':
      for (const a of args) {
        const v = ev(a);
        if (v !== null && v !== undefined) return v;
      }
      return null;
    case 'case':
      for (let i = 0; i + 1 < args.length; i += 2) if (ev(args[i]) === true) return ev(args[i + 1]);
      return ev(args[args.length - 1]);
    case 'match': {
      const input = ev(args[0]);
      for (let i = 1; i + 1 < args.length; i += 2) {
        const label = args[i];
        if (Array.isArray(label) ? label.includes(input) : label === input) return ev(args[i + 1]);
      }
      return ev(args[args.length - 1]);
    }
    case 'step': {
      const input = Number(ev(args[0]));
      let out = args[1];
      for (let i = 2; i + 1 < args.length; i += 2) if (input >= Number(args[i])) out = args[i + 1];
      return ev(out);
    }
    case 'interpolate': {
      const kind = args[0];
      if (!Array.isArray(kind) || kind[0] !== 'linear')
        throw new Error(`interpolate ${JSON.stringify(kind)}`);
      const input = Number(ev(args[1]));
      const stops: [number, number][] = [];
      for (let i = 2; i + 1 < args.length; i += 2) stops.push([Number(args[i]), Number(ev(args[i + 1]))]);
      if (stops.length === 0) throw new Error('interpolate without stops');
      if (input <= stops[0]![0]) return stops[0]![1];
      for (let i = 1; i < stops.length; i++) {
        const [x1, y1] = stops[i]!;
        const [x0, y0] = stops[i - 1]!;
        if (input <= x1) return y0 + ((y1 - y0) * (input - x0)) / (x1 - x0);
      }
      return stops[stops.length - 1]![1];
    }
    case 'upcase':
      return String(ev(args[0]) ?? '').toUpperCase();
    case 'to-string':
      return String(ev(args[0]) ?? '');
    case 'format': {
      const sections: TextSection[] = [];
      for (let i = 0; i < args.length; i += 2) {
        const options = (args[i + 1] ?? {}) as { 'font-scale'?: unknown };
        const text = ev(args[i]);
        const scale = options['font-scale'] === undefined ? 1 : Number(ev(options['font-scale']));
        sections.push({ text: text === null || text === undefined ? '' : String(text), scale });
      }
      return sections;
    }
    default:
      throw new Error(`the first paint does not know the style operator "${op}"`);
  }
}

/** A text field's value as sections (a plain string or number is one section of scale 1). */
export function textSections(value: Value): TextSection[] {
  if (Array.isArray(value)) return value as TextSection[];
  if (value === null || value === undefined) return [];
  return [{ text: String(value), scale: 1 }];
}
