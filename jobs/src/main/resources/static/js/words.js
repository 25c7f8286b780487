// Plain English for a charity worker: what each level, theme, flag and method means, numbers and periods as people
// write them, and how an area stands against the rest of London. Every sentence the page says about a figure is
// made here, so the wording is in one place.

const LEVELS = {
  // explain follows "One of 4,994 London …" on an area's page
  lsoa21: { one: 'neighbourhood', many: 'neighbourhoods', title: 'Neighbourhood (LSOA)',
    explain: 'neighbourhoods of about 1,500 people each (Lower layer Super Output Areas, 2021)' },
  msoa21: { one: 'local area', many: 'local areas', title: 'Local area (MSOA)',
    explain: 'local areas of about 8,000 people each (Middle layer Super Output Areas, 2021)' },
  ward: { one: 'ward', many: 'wards', title: 'Ward', explain: 'electoral wards (May 2022 boundaries)' },
  lad: { one: 'borough', many: 'boroughs', title: 'Borough', explain: 'boroughs (32 boroughs and the City of London)' },
  region: { one: 'London', many: 'regions', title: 'London', explain: 'regions' },
};

export function level(code) {
  return LEVELS[code] || { one: 'area', many: 'areas', title: code, explain: code };
}

/** The map's levels, smallest first. */
export const MAP_LEVELS = ['lsoa21', 'msoa21', 'ward', 'lad'];

const THEMES = {
  debt: 'Debt and money',
  housing: 'Housing and homelessness',
  jobs: 'Jobs and benefits',
  mental_health: 'Health and mental health',
  population: 'Population and deprivation',
};

export function theme(code) {
  return THEMES[code] || code.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase());
}

/** What a flag says about how a value was made; null (no flag) is a value as the source published it. */
const FLAGS = {
  suppressed: 'Withheld: the source did not publish this value (usually because it is too small to publish safely, '
    + 'or unreliable), or a part of this total was withheld, so no number is shown rather than one that is too low.',
  apportioned: 'Shared out: the source published it for older or larger areas, and it was shared among today\'s '
    + 'areas in proportion to the number of people living in each. A good estimate, not an exact count.',
  estimated: 'Estimated: modelled rather than counted here, for example GP practices\' figures shared out by where '
    + 'their patients live, or an average of older areas\' scores weighted by population.',
  inherited: 'Inherited: this neighbourhood was split from an older one, and each part was given the old '
    + 'neighbourhood\'s score, rank or decile unchanged.',
  incomplete: 'Incomplete: a part of this total is still missing, so the true figure may be higher.',
  perturbed: 'Protected: made from a borough\'s own case records and slightly altered on purpose so that no person '
    + 'can be identified (small numbers become 0 or at least 10). Treat small numbers and small differences with '
    + 'care; signed-in users see the exact figure.',
  'not-additive': 'Cannot be added up: scores, ranks and deciles (and rates without their parts) are not averaged '
    + 'into bigger areas, so there is no value at this level. Look at the neighbourhoods inside this area instead.',
};

export function flag(code) {
  if (!code) return 'As published: no adjustment was needed.';
  return FLAGS[code] || `Flagged "${code}" by the source or the observatory.`;
}

/** Short names for flags, for tables and the map. */
const FLAG_NAMES = {
  suppressed: 'withheld', apportioned: 'shared out', estimated: 'estimated', inherited: 'inherited',
  incomplete: 'incomplete', perturbed: 'protected', 'not-additive': 'cannot be added up',
};

export function flagName(code) {
  return code ? FLAG_NAMES[code] || code : '';
}

/** How the value reached this area (method), and where the row came from (origin). */
const METHODS = {
  direct: 'Published by the source for this area.',
  'lsoa11-merge': 'Published for 2011 neighbourhoods; several of them were added together to make this 2021 '
    + 'neighbourhood.',
  'lsoa11-merge-weighted': 'A population-weighted average of the scores of the 2011 neighbourhoods that were merged '
    + 'into this one.',
  'lsoa11-split': 'Published for a 2011 neighbourhood that was split; its value was shared between the parts by '
    + 'population.',
  'lsoa11-split-inherited': 'Published for a 2011 neighbourhood that was split; each part keeps its score.',
  'oa21-sum': 'Added up from the Census output areas inside this neighbourhood.',
  'gp-weighted': 'GP practices\' figures shared out by the neighbourhoods their registered patients live in.',
  apportioned: 'Shared out from a larger area by population.',
  postcode: 'Counted from a borough\'s case records, placed by postcode (the postcodes are not kept).',
  point: 'Counted from a borough\'s case records, placed by map location.',
  'derived-rate': 'Worked out from two counts, for example applications per 1,000 residents.',
  'cell-key-perturbation': 'Counted from case records, then protected by cell-key perturbation (the method the '
    + 'Census 2021 used) so no one can be identified.',
  rollup: 'Added up from the neighbourhoods (LSOAs) inside this area; rates are worked out again from the added-up '
    + 'parts, never averaged.',
  'rollup-best-fit': 'Added up from the neighbourhoods (LSOAs) that best fit this ward (ward and neighbourhood '
    + 'boundaries do not always line up, so the edges are approximate).',
  observed: 'As the source published it.',
  'rolled-up': 'Added up from the neighbourhoods inside this area.',
  'custom-total': 'The total of the areas you chose.',
};

export function method(code) {
  return METHODS[code] || (code ? `Made by "${code}".` : 'Not recorded.');
}

const nf0 = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const nf1 = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const nf2 = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });
const sig3 = new Intl.NumberFormat('en-GB', { maximumSignificantDigits: 3 });

/** A number as people write it for its kind of measure (a count is whole, a percentage has one decimal). */
export function number(value, measureType) {
  if (value === null || value === undefined) return 'no figure';
  switch (measureType) {
    case 'count':
    case 'rank':
    case 'decile':
      return nf0.format(value);
    case 'percentage':
      return nf1.format(value);
    default:
      return Math.abs(value) < 10 ? sig3.format(value) : nf2.format(value);
  }
}

/** A value with its unit: "24.3% of households", "9,090 people", "decile 9". */
export function quantity(value, indicator) {
  if (value === null || value === undefined) return 'no figure';
  const n = number(value, indicator.measureType);
  const unit = indicator.unit || '';
  if (indicator.measureType === 'percentage' || unit.startsWith('%')) return `${n}${unit.startsWith('%') ? unit : `% ${unit}`}`;
  if (indicator.measureType === 'decile') return `decile ${n}`;
  if (indicator.measureType === 'rank') return `rank ${n}`;
  return `${n} ${unit}`.trim();
}

/** The unit's note for ordinal measures ("1 = most deprived 10%"), which say which way is better. */
export function scaleNote(indicator) {
  const note = /\(([^)]*=[^)]*)\)/.exec(indicator.unit || '');
  return note ? `On this scale, ${note[1]}.` : null;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December'];

/**
 * A period label as words: 2025-10 → October 2025, 2024-Q1 → January to March 2024, 2022-23 → April 2022 to March
 * 2023. A financial year and a month look alike (YYYY-NN); the period type says which when we have it, else a
 * suffix that is the next year and not a month (all periods here are after 2011) is a financial year.
 */
export function period(label, type) {
  if (!label) return '';
  let m = /^(\d{4})-Q([1-4])$/.exec(label);
  if (m) return `${MONTHS[(m[2] - 1) * 3]} to ${MONTHS[(m[2] - 1) * 3 + 2]} ${m[1]}`;
  m = /^(\d{4})-(\d{2})$/.exec(label);
  if (m) {
    const year = Number(m[1]);
    const next = Number(m[2]);
    const financial = type ? /financial/.test(type) : next === (year + 1) % 100 && next > 12;
    if (financial) return `April ${year} to March ${year + 1}`;
    if (next >= 1 && next <= 12) return `${MONTHS[next - 1]} ${year}`;
  }
  return label;
}

const ordinalRules = new Intl.PluralRules('en-GB', { type: 'ordinal' });
const SUFFIX = { one: 'st', two: 'nd', few: 'rd', other: 'th' };

export function ordinal(n) {
  return `${nf0.format(n)}${SUFFIX[ordinalRules.select(n)]}`;
}

/**
 * How an area stands among the London areas of its level: "Higher than 8 in 10 London neighbourhoods", from the
 * API's higherThan (how many of the outOf areas with a value for the same period have a lower one).
 */
export function standing(figure, levelCode) {
  const { higherThan, outOf, rank } = figure;
  if (figure.value === null || outOf === null || outOf === undefined || higherThan === null) return null;
  const lv = level(levelCode);
  const others = `London ${lv.many}`;
  if (outOf <= 1) return `The only London ${lv.one} with a figure for this period.`;
  if (higherThan === outOf - 1) return `The highest of the ${nf0.format(outOf)} ${others} with a figure.`;
  if (higherThan === 0) {
    return rank === 1
      ? `The same as every other London ${lv.one} with a figure.`
      : `Among the lowest: no London ${lv.one} has a lower figure.`;
  }
  if (outOf < 10) return `Higher than ${higherThan} of the other ${outOf - 1} ${others} with a figure.`;
  const tenths = Math.round((10 * higherThan) / outOf);
  // near the bottom, "higher than 0 in 10" says little: say how many are higher instead (rank 1 is the highest)
  if (tenths === 0) return `Lower than ${Math.min(9, Math.round((10 * (rank - 1)) / outOf))} in 10 ${others}.`;
  if (tenths === 10) return `Higher than more than 9 in 10 ${others}.`;
  return `Higher than ${tenths} in 10 ${others}.`;
}

/** "Ranked 23rd of 32 (1st is the highest)". */
export function rankWords(figure) {
  if (figure.rank === null || figure.rank === undefined || !figure.outOf) return null;
  return `Ranked ${ordinal(figure.rank)} of ${nf0.format(figure.outOf)} (1st is the highest; equal figures share a rank).`;
}

/** The figure beside London's: a share of London's total for a count, above or below London's rate otherwise. */
export function versusLondon(figure, areaName) {
  const ind = figure.indicator;
  const samePeriod = figure.londonPeriod === figure.period;
  const when = samePeriod ? '' : figure.londonPeriod ? ` (${period(figure.londonPeriod)})` : '';
  if (figure.london === null || figure.london === undefined) {
    return figure.londonPeriod
      ? `London: no figure${when} (a part of it was withheld, or it cannot be added up).`
      : 'London: no figure for London as a whole in this release.';
  }
  const london = quantity(figure.london, ind);
  if (figure.value === null) return `London: ${london}${when}.`;
  if (ind.measureType === 'count') {
    if (!samePeriod || figure.london <= 0 || figure.value <= 0) return `London total: ${london}${when}.`;
    const share = (100 * figure.value) / figure.london;
    if (share >= 99.95) return `London total: ${london}.`;
    return `London total: ${london}; ${areaName} has ${share < 0.1 ? 'less than 0.1' : nf1.format(share)}% of it.`;
  }
  if (ind.measureType === 'rate' || ind.measureType === 'percentage') {
    const diff = figure.value - figure.london;
    const close = Math.abs(diff) <= Math.abs(figure.london) * 0.02;
    const side = close ? 'about the same as' : diff > 0 ? 'higher than' : 'lower than';
    return `London: ${london}${when}. ${areaName} is ${side} London.`;
  }
  return `London: ${london}${when}.`;
}
