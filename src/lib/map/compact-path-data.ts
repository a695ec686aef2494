// Shorter SVG path data for the same shape. d3's geoPath writes every point
// absolute ("M28.5,191L28.5,190.5L30,190Z"); written relative, with implicit
// repeated commands, no leading zeros and no separator before a minus sign
// ("M28.5 191l0-.5 1.5-.5z"), the numbers are smaller and repeat more, so the
// maps' HTML shrinks by a quarter before gzip and by up to a third after it
// (measured by scripts/bench/maps.ts). The points are exactly the same: the
// deltas are computed on the input's own decimals and rounded to 1e-6, far
// below the half-pixel grid the maps snap to (src/lib/map/svg-path.ts).
// Only M, L and Z are rewritten, what geoPath emits for lines and areas;
// path data with any other command is returned unchanged.

const TOKEN = /[MLZ]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/g;
const ONLY_MLZ = /^[MLZ\d\s,.eE+-]*$/;

/** The shortest decimal for a number: "0.5" → ".5", "-0.5" → "-.5", "2" → "2". */
export function shortNumber(value: number): string {
  const rounded = Math.round(value * 1e6) / 1e6;
  const text = String(Object.is(rounded, -0) ? 0 : rounded);
  if (text.startsWith('0.')) return text.slice(1);
  if (text.startsWith('-0.')) return `-${text.slice(2)}`;
  return text;
}

/** Joins numbers with a space only where needed: not before "-", not between "1.5" and ".5". */
function appendNumber(out: string, text: string, first: boolean): string {
  if (first || text.startsWith('-')) return out + text;
  if (text.startsWith('.') && /\.\d*$/.test(out) && !/[eE]/.test(out.slice(out.lastIndexOf('.')))) return out + text;
  return `${out} ${text}`;
}

export function compactPathData(d: string): string {
  if (d === '' || !ONLY_MLZ.test(d)) return d;
  const tokens = d.match(TOKEN) ?? [];
  let out = '';
  let cx = 0;
  let cy = 0;
  let sx = 0;
  let sy = 0;
  // Whether the next pair may continue the last command implicitly as a relative line-to.
  let open: 'none' | 'l' = 'none';
  for (let i = 0; i < tokens.length; ) {
    const command = tokens[i++];
    if (command === 'Z') {
      out += 'z';
      [cx, cy] = [sx, sy];
      open = 'none';
      continue;
    }
    if (command !== 'M' && command !== 'L') return d; // numbers without a command: not geoPath's output
    // One command may carry several coordinate pairs (an implicit repeat).
    let firstPair = true;
    while (i + 1 < tokens.length && tokens[i] !== 'M' && tokens[i] !== 'L' && tokens[i] !== 'Z') {
      const x = Number(tokens[i++]);
      const y = Number(tokens[i++]);
      const moving = command === 'M' && firstPair;
      firstPair = false;
      if (moving) {
        // The first move is absolute; later ones are relative to the current point.
        const absolute = out === '';
        out += absolute ? 'M' : 'm';
        out = appendNumber(out, shortNumber(absolute ? x : x - cx), true);
        out = appendNumber(out, shortNumber(absolute ? y : y - cy), false);
        [sx, sy] = [x, y];
        // Pairs after "m" continue as relative line-tos; after "M" they would be absolute, so "l" must be written.
        open = absolute ? 'none' : 'l';
      } else {
        if (open === 'none') {
          out += 'l';
          out = appendNumber(out, shortNumber(x - cx), true);
        } else out = appendNumber(out, shortNumber(x - cx), false);
        out = appendNumber(out, shortNumber(y - cy), false);
        open = 'l';
      }
      [cx, cy] = [x, y];
    }
  }
  return out;
}
