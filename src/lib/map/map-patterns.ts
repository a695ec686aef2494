// SVG fills of the control categories: the controller's colour plus a pattern
// (hatching, dots) named in content/control/controllers.json, so that areas stay
// distinguishable without colour vision and in greyscale print. Marks are dark
// on light colours and white on dark ones (the controller's textColour).
import type { Controller } from '../../schemas/control.ts';
import { el } from './svg-markup.ts';

const SIZE = 7;

function marks(pattern: Controller['pattern'], ink: string): { transform?: string; body: string } {
  const stroke = { stroke: ink, 'stroke-opacity': 0.35, 'stroke-width': 1.6 };
  switch (pattern) {
    case 'hatch-diagonal':
      return { transform: 'rotate(45)', body: el('path', { d: `M0 0V${SIZE}`, ...stroke }) };
    case 'hatch-horizontal':
      return { body: el('path', { d: `M0 3.5H${SIZE}`, ...stroke }) };
    case 'hatch-vertical':
      return { body: el('path', { d: `M3.5 0V${SIZE}`, ...stroke }) };
    case 'crosshatch':
      return { transform: 'rotate(45)', body: el('path', { d: `M0 3.5H${SIZE}M3.5 0V${SIZE}`, ...stroke }) };
    case 'dots':
      return { body: el('circle', { cx: 3.5, cy: 3.5, r: 1.4, fill: ink, 'fill-opacity': 0.4 }) };
    case 'hatch-contested':
      return { transform: 'rotate(-45)', body: el('path', { d: `M0 0V${SIZE}`, stroke: ink, 'stroke-opacity': 0.5, 'stroke-width': 2.6 }) };
    case 'solid':
      return { body: '' };
  }
}

/** The id of a category's fill within one map instance. */
export function patternId(uid: string, category: string): string {
  return `${uid}-f-${category}`;
}

/** The fill attribute for a category: its pattern, or its flat colour when it has none. */
export function categoryFill(uid: string, controller: Controller): string {
  return controller.pattern === 'solid' ? controller.colour : `url(#${patternId(uid, controller.id)})`;
}

/** <pattern> definitions for the categories that have one. */
export function patternDefs(uid: string, controllers: readonly Controller[]): string {
  return controllers
    .filter((c) => c.pattern !== 'solid')
    .map((c) => {
      const { transform, body } = marks(c.pattern, c.textColour === '#ffffff' ? '#ffffff' : '#000000');
      return el(
        'pattern',
        { id: patternId(uid, c.id), width: SIZE, height: SIZE, patternUnits: 'userSpaceOnUse', patternTransform: transform },
        el('rect', { width: SIZE, height: SIZE, fill: c.colour }),
        body,
      );
    })
    .join('');
}
