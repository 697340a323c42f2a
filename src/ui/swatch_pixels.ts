// The pixels of a legend swatch, drawn like the map draws the layer: hatched and dashed when derived, filled
// when given, a line, a ring or a dot. The panel shows them as images: painted with CSS (dashed and dotted
// borders, a repeating gradient, circles), each kind of shape made a fresh browser build another GPU program,
// and under software WebGL that cost the first view about 270 ms of GPU-process CPU (see the README's
// benchmark); an image is one more texture.
import { hatchPixels, hexRgb, OVERLAP_COLOUR } from '../map/claim_style';
import { BASE_COLOURS } from '../map/palette';

/** A swatch's CSS size in pixels. */
export const SWATCH_SIZE = { width: 18, height: 14 } as const;

export interface SwatchLook {
  shape: 'box' | 'line' | 'ring' | 'dot';
  /** The outline's (or line's, or dot's) colour, `#rrggbb`. */
  colour: string;
  stroke: 'solid' | 'dashed' | 'dotted';
  /** In CSS pixels. */
  strokeWidth: number;
  /** Inside a box or ring: a colour with its opacity (0–1), or the map's hatch in the outline's colour. */
  fill?: { colour: string; opacity: number } | 'hatch';
}

export type ShapeKind = 'area' | 'line' | 'point' | 'none';

/** How a claim's swatch looks: by its party's colour, the kind of shape it has, and whether it is derived. */
export function claimLook(colour: string, shapeKind: ShapeKind, isDerived: boolean): SwatchLook {
  const stroke = isDerived ? 'dashed' : 'solid';
  switch (shapeKind) {
    case 'area':
      return {
        shape: 'box',
        colour,
        stroke,
        strokeWidth: 2,
        fill: isDerived ? 'hatch' : { colour, opacity: 0.3 },
      };
    case 'line':
      // The map dashes every claimed line (its `boundary` layer), given or derived.
      return { shape: 'line', colour, stroke: 'dashed', strokeWidth: 3 };
    case 'point':
      return {
        shape: 'ring',
        colour,
        stroke: 'solid',
        strokeWidth: 3,
        fill: { colour: '#ffffff', opacity: 1 },
      };
    case 'none':
      return { shape: 'box', colour, stroke: 'dotted', strokeWidth: 1 };
  }
}

/** The outline the map draws round a shape whose line another party described: dotted, in that party's colour. */
export const describedLook = (colour: string): SwatchLook => ({
  shape: 'box',
  colour,
  stroke: 'dotted',
  strokeWidth: 2,
});

/** Where the sides' shapes overlap: the map's red hatch (drawn crossed there) in a thin red box. */
export const OVERLAP_LOOK: SwatchLook = {
  shape: 'box',
  colour: OVERLAP_COLOUR,
  stroke: 'solid',
  strokeWidth: 1,
  fill: 'hatch',
};

/** The reference layers' swatches, by toggle group. */
export const REFERENCE_LOOKS: Record<'border' | 'province' | 'places', SwatchLook> = {
  border: { shape: 'line', colour: '#1f2630', stroke: 'solid', strokeWidth: 3 },
  province: {
    shape: 'box',
    colour: '#7d6f58',
    stroke: 'dashed',
    strokeWidth: 2,
    fill: { colour: '#efe9dc', opacity: 1 },
  },
  places: { shape: 'dot', colour: '#3b4350', stroke: 'solid', strokeWidth: 0 },
};

/** The swatch of the reference line's straight bridges across lakes (the map's `border-bridge` layer). */
export const BRIDGE_LOOK: SwatchLook = {
  shape: 'line',
  colour: BASE_COLOURS.bridge,
  stroke: 'dotted',
  strokeWidth: 3,
};

/** Whether the stroke is drawn at `along` (pixels along it): dashes of 4 on, 3 off; dots of 1 on, 1 off. */
function strokeOn(stroke: SwatchLook['stroke'], along: number, scale: number): boolean {
  if (stroke === 'solid') return true;
  const [on, off] = stroke === 'dashed' ? [4, 3] : [1, 1];
  return Math.floor(along / scale) % (on + off) < on;
}

/** RGBA pixels of `look`, `scale` device pixels per CSS pixel. */
export function swatchPixels(
  look: SwatchLook,
  scale = 1,
): { width: number; height: number; data: Uint8ClampedArray<ArrayBuffer> } {
  const width = SWATCH_SIZE.width * scale;
  const height = SWATCH_SIZE.height * scale;
  const data = new Uint8ClampedArray(width * height * 4);
  const set = (x: number, y: number, colour: string, alpha: number) => {
    data.set([...hexRgb(colour), Math.round(alpha * 255)], (y * width + x) * 4);
  };
  const w = look.strokeWidth * scale;
  const hatchSize = 6 * scale;
  const hatch = look.fill === 'hatch' ? hatchPixels(look.colour, hatchSize) : null;
  const fill = look.fill;
  const fillAt = (x: number, y: number) => {
    if (hatch) {
      const i = ((y % hatchSize) * hatchSize + (x % hatchSize)) * 4;
      data.set(hatch.subarray(i, i + 4), (y * width + x) * 4);
    } else if (fill && fill !== 'hatch') set(x, y, fill.colour, fill.opacity);
  };

  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      switch (look.shape) {
        case 'box': {
          const edge = Math.min(x, y, width - 1 - x, height - 1 - y);
          if (edge >= w) fillAt(x, y);
          // Along the outline: the top and bottom edges run by x, the sides by y.
          else if (strokeOn(look.stroke, y < w || y >= height - w ? x : y, scale)) set(x, y, look.colour, 1);
          break;
        }
        case 'line': {
          const mid = Math.floor(height / 2);
          if (Math.abs(y + 0.5 - mid) <= w / 2 && strokeOn(look.stroke, x, scale)) set(x, y, look.colour, 1);
          break;
        }
        case 'ring':
        case 'dot': {
          // A circle as tall as the swatch (a dot: 10 px), edges smoothed over one device pixel.
          const r = look.shape === 'dot' ? 5 * scale : height / 2;
          const d = Math.hypot(x + 0.5 - width / 2, y + 0.5 - height / 2);
          const cover = Math.min(1, Math.max(0, r - d + 0.5));
          if (cover === 0) break;
          if (look.shape === 'dot' || d > r - w) set(x, y, look.colour, cover);
          else fillAt(x, y);
          break;
        }
      }
    }
  }
  return { width, height, data };
}
