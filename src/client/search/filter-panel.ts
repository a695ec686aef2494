// The filter checkboxes. Built once, when the index's filters are known, then
// only updated (counts, checked state, which values apply to the current
// words): rebuilding them on every search would throw away the keyboard focus
// of a reader ticking boxes. Each group is a <details>, so a long list of
// parties does not push the results off a phone's screen; "Kind of page" and
// any group with a ticked box start open.
import { filterGroups, type FilterCounts } from '../../lib/search/filters.ts';
import { FILTER_KEYS, type FilterKey } from '../../lib/search/filter-keys.ts';
import type { SelectedFilters } from '../../lib/search/query.ts';

export interface FilterPanel {
  /** Sets counts and checked states; adds a checkbox for a value not seen before. */
  update(selected: SelectedFilters, counts?: FilterCounts): void;
}

interface Group {
  details: HTMLDetailsElement;
  list: HTMLUListElement;
  shown: HTMLElement;
}

function isFilterKey(key: string | undefined): key is FilterKey {
  return (FILTER_KEYS as readonly (string | undefined)[]).includes(key);
}

export function createFilterPanel(
  container: HTMLElement,
  available: FilterCounts,
  onToggle: (key: FilterKey, value: string, on: boolean) => void,
): FilterPanel {
  const boxes = new Map<string, { item: HTMLLIElement; input: HTMLInputElement; count: HTMLElement }>();
  const groups = new Map<FilterKey, Group>();
  let serial = 0;

  function group(key: FilterKey, legendText: string): Group {
    const existing = groups.get(key);
    if (existing) return existing;
    const details = document.createElement('details');
    details.className = 'search-filter-group';
    details.open = key === 'type';
    const summary = document.createElement('summary');
    const shown = document.createElement('span');
    shown.className = 'search-filter-count';
    summary.append(`${legendText} `, shown);
    // The fieldset groups the boxes for assistive technology; the summary is its visible title.
    const fieldset = document.createElement('fieldset');
    const legend = document.createElement('legend');
    legend.className = 'vh';
    legend.textContent = legendText;
    const list = document.createElement('ul');
    fieldset.append(legend, list);
    details.append(summary, fieldset);
    container.append(details);
    const made = { details, list, shown };
    groups.set(key, made);
    return made;
  }

  container.addEventListener('change', (event) => {
    const input = event.target;
    if (!(input instanceof HTMLInputElement)) return;
    const { filterKey, filterValue } = input.dataset;
    if (isFilterKey(filterKey) && filterValue !== undefined) onToggle(filterKey, filterValue, input.checked);
  });

  return {
    update(selected, counts) {
      for (const { key, legend, options } of filterGroups(available, selected, counts)) {
        const { details, list, shown } = group(key, legend);
        let visible = 0;
        for (const option of options) {
          const id = `${key}\u0000${option.value}`;
          let box = boxes.get(id);
          if (!box) {
            const item = document.createElement('li');
            const label = document.createElement('label');
            const input = document.createElement('input');
            input.type = 'checkbox';
            input.id = `search-filter-${++serial}`;
            input.dataset['filterKey'] = key;
            input.dataset['filterValue'] = option.value;
            const count = document.createElement('span');
            count.className = 'search-filter-count';
            label.htmlFor = input.id;
            label.append(input, ` ${option.label} `, count);
            item.append(label);
            list.append(item);
            box = { item, input, count };
            boxes.set(id, box);
          }
          box.input.checked = option.checked;
          box.count.textContent = `(${option.count})`;
          // A value no result has would only empty the list; a ticked one stays so it can be unticked.
          box.item.hidden = option.count === 0 && !option.checked;
          if (!box.item.hidden) visible += 1;
          if (option.checked) details.open = true;
        }
        shown.textContent = `(${visible})`;
        details.hidden = visible === 0;
      }
      container.hidden = groups.size === 0 || [...groups.values()].every((g) => g.details.hidden);
    },
  };
}
