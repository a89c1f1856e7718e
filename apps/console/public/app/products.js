// OCAM's products (issue 28): the analyst publishes with a preview of where the product goes, the
// POC reads its inbox (filter, acknowledge, answer), oversight sees the dissemination figures.
import { api, ApiError } from './api.js';
import {
  clear,
  clearErrors,
  field,
  h,
  labelOf,
  missingRequired,
  notice,
  put,
  select,
  showErrors,
  showProblem,
  title,
  uid,
  when,
} from './dom.js';
import { label, t } from './i18n.js';
import { dateErrors, dateInput, dateValue } from './dates.js';

export async function render(main, session, path) {
  clear(main);
  const role = session.principal.role;
  if (role === 'analyst') return publishView(main);
  if (role === 'poc') return inboxView(main, path[1]);
  if (role === 'oversight') return figuresView(main);
  put(main, notice(t('console.products.not-for-role'), 'warning'));
}

const codes = (text) =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
const codesOrNone = (text) => (codes(text).length ? codes(text) : undefined);

// ——— Analyst: publish, with a preview ———

function publishView(main) {
  const kind = select(
    ['bulletin', 'assessment', 'alert', 'rfi'].map((k) => ({ value: k, label: t(`console.products.kind.${k}`) })),
    { name: 'kind' },
  );
  const titleInput = h('input', { name: 'title', required: true, autocomplete: 'off' });
  const body = h('textarea', { name: 'body', rows: 5, required: true });
  const categories = h('input', { name: 'categories', autocomplete: 'off', value: 'terrorism' });
  const competences = h('input', { name: 'competences', autocomplete: 'off' });
  const regions = h('input', { name: 'regions', autocomplete: 'off', value: 'be' });
  const level = select(['1', '2', '3', '4'], { name: 'level' });
  level.value = '2';
  const classification = select(
    ['unclassified', 'restricted', 'confidential', 'secret'].map((c) => ({ value: c, label: label(`classification.${c}`, c) })),
    { name: 'classification' },
  );
  classification.value = 'restricted';
  const handling = select(['H1', 'H2', 'H3'], { name: 'handling' });
  handling.value = 'H2';
  const legalBasis = h('input', { name: 'legalBasis', autocomplete: 'off', value: 'ocam-law-2006-art-10' });
  const deadline = dateInput({ name: 'deadline' }, { time: true });
  const targets = h('input', { name: 'targetAgencies', autocomplete: 'off' });
  // An exercise (issue 29, item 8; docs/exercises.md): delivered labelled as one, counted in no figure.
  const exerciseHint = uid('hint');
  const exerciseError = uid('error');
  const exercise = h('input', {
    type: 'checkbox',
    name: 'exercise',
    'aria-describedby': `${exerciseHint} ${exerciseError}`,
    dataset: { path: 'exercise' },
  });
  const exerciseField = h(
    'div',
    { class: 'field' },
    h('label', {}, exercise, ' ', t('console.products.exercise')),
    h('p', { class: 'hint', id: exerciseHint }, t('console.products.exercise-hint')),
    h('p', { class: 'error', id: exerciseError, 'aria-live': 'polite' }),
  );
  const rfiOnly = h(
    'div',
    { class: 'rfi-fields', hidden: true },
    field(t('console.products.deadline'), deadline, { path: 'deadline' }),
    field(t('console.products.targets'), targets, { path: 'targetAgencies', hint: t('console.products.codes-hint') }),
  );
  kind.addEventListener('change', () => (rfiOnly.hidden = kind.value !== 'rfi'));
  const previewButton = h('button', { type: 'button', class: 'secondary' }, t('console.products.preview'));
  const publishButton = h('button', { type: 'submit' }, t('console.products.publish'));
  const result = h('section', { class: 'preview', 'aria-live': 'polite' });
  const form = h(
    'form',
    { class: 'card', novalidate: true },
    h('div', { class: 'form-errors', role: 'alert', tabindex: '-1', hidden: true }),
    field(t('console.products.kind'), kind, { path: 'kind' }),
    field(t('console.products.title'), titleInput, { path: 'title', wide: true }),
    field(t('console.products.body'), body, { path: 'body', wide: true }),
    field(t('console.products.categories'), categories, { path: 'categories', hint: t('console.products.codes-hint') }),
    field(t('console.products.competences'), competences, { path: 'competences', hint: t('console.products.competences-hint') }),
    field(t('console.products.regions'), regions, { path: 'regions', hint: t('console.products.codes-hint') }),
    field(t('console.products.level'), level, { path: 'level' }),
    field(t('console.products.classification'), classification, { path: 'classification' }),
    field(t('console.products.handling'), handling, { path: 'handling' }),
    field(t('console.products.legal-basis'), legalBasis, { path: 'legalBasis' }),
    exerciseField,
    rfiOnly,
    h('div', { class: 'actions' }, previewButton, publishButton),
  );
  const payload = () => ({
    kind: kind.value,
    title: titleInput.value.trim(),
    body: body.value,
    categories: codes(categories.value),
    competences: codes(competences.value),
    regions: codes(regions.value),
    level: Number(level.value),
    classification: classification.value,
    handling: handling.value,
    legalBasis: legalBasis.value.trim(),
    ...(exercise.checked ? { exercise: true } : {}),
    ...(kind.value === 'rfi' ? { deadline: dateValue(deadline) || undefined, targetAgencies: codesOrNone(targets.value) } : {}),
  });
  const send = async (path, button, show) => {
    clearErrors(form);
    // The browser's own check first (the API checks everything again): title and body are required.
    const missing = [...missingRequired(form), ...dateErrors(form, labelOf)];
    if (missing.length) return showErrors(form, t('console.poc.needs-attention'), missing);
    button.disabled = true;
    try {
      const { data } = await api('POST', path, payload());
      show(data);
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) return;
      showProblem(form, e.problem ?? { title: e.message });
    } finally {
      button.disabled = false;
    }
  };
  previewButton.addEventListener('click', () =>
    send('/api/intake/v1/products/preview', previewButton, (p) => showPreview(result, p, exercise.checked)),
  );
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    send('/api/intake/v1/products', publishButton, (p) =>
      put(
        clear(result),
        notice(
          t(p.exercise ? 'console.products.published-exercise' : 'console.products.published', {
            id: p.productId,
            agencies: String(p.decisions.filter((d) => d.decision === 'sent').length),
          }),
        ),
        decisionsTable(p.decisions, false),
      ),
    );
  });
  put(main, title(t('console.products.publish-title')), h('p', { class: 'hint' }, t('console.products.publish-hint')), form, result);
}

function showPreview(result, p, exercise) {
  put(
    clear(result),
    h(
      'h2',
      {},
      exercise ? [h('span', { class: 'badge exercise' }, t('console.exercise')), ' '] : null,
      t('console.products.preview-title'),
    ),
    p.wouldPublish
      ? notice(t('console.products.reach', { agencies: String(p.agencies), pocs: String(p.pocs), version: String(p.ruleVersion) }))
      : notice(t('console.products.reach-nobody'), 'warning'),
    decisionsTable(p.decisions, true),
  );
}

function decisionsTable(decisions, withPocs) {
  return h(
    'table',
    { class: 'decisions' },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, t('console.products.agency')),
        h('th', { scope: 'col' }, t('console.products.decision')),
        h('th', { scope: 'col' }, t('console.products.why')),
        withPocs ? h('th', { scope: 'col' }, t('console.products.pocs')) : null,
      ),
    ),
    h(
      'tbody',
      {},
      decisions.map((d) =>
        h(
          'tr',
          { dataset: { agency: d.agency } },
          h('td', {}, label(`agency.${d.agency}`, d.agency)),
          h('td', {}, t(`console.products.decision.${d.decision}`)),
          h(
            'td',
            {},
            d.reason
              ? t(`console.products.reason.${d.reason}`)
              : t('console.products.rule', { rule: d.ruleId ?? '', version: String(d.ruleVersion) }),
          ),
          withPocs ? h('td', {}, String(d.pocs)) : null,
        ),
      ),
    ),
  );
}

// ——— POC: the inbox, its filter, acknowledge / answer ———

async function inboxView(main) {
  const { data } = await api('GET', '/api/gateway/v1/products?limit=100');
  const f = data.filter ?? { competences: null, regions: null, minLevel: null, source: 'none' };
  const competences = h('input', { autocomplete: 'off', value: (f.competences ?? []).join(', ') });
  const regions = h('input', { autocomplete: 'off', value: (f.regions ?? []).join(', ') });
  const minLevel = select([{ value: '', label: t('console.products.any-level') }, '1', '2', '3', '4']);
  minLevel.value = f.minLevel ? String(f.minLevel) : '';
  const filterForm = h(
    'form',
    { class: 'card', novalidate: true },
    h('h2', {}, t('console.products.filter')),
    h('p', { class: 'hint' }, t(`console.products.filter-source.${f.source ?? 'none'}`)),
    h('div', { class: 'form-errors', role: 'alert', tabindex: '-1', hidden: true }),
    field(t('console.products.competences'), competences, { path: 'competences', hint: t('console.products.codes-hint') }),
    field(t('console.products.regions'), regions, { path: 'regions', hint: t('console.products.codes-hint') }),
    field(t('console.products.min-level'), minLevel, { path: 'minLevel' }),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, t('console.products.save-filter'))),
  );
  filterForm.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clearErrors(filterForm);
    try {
      await api('PUT', '/api/gateway/v1/products/filter', {
        competences: codesOrNone(competences.value),
        regions: codesOrNone(regions.value),
        minLevel: minLevel.value ? Number(minLevel.value) : undefined,
      });
      await render(main, { principal: { role: 'poc' } }, ['products']);
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) return;
      showProblem(filterForm, e.problem ?? { title: e.message });
    }
  });
  put(
    main,
    title(t('console.products.inbox-title')),
    notice(t('console.products.filtered-out', { count: String(data.filteredOut.count), period: data.filteredOut.period })),
    filterForm,
    data.items.length
      ? h(
          'ul',
          { class: 'products' },
          data.items.map((p) => productCard(p)),
        )
      : notice(t('console.products.empty')),
  );
}

function productCard(p) {
  const status = h(
    'p',
    { class: 'ack-status' },
    p.acknowledgedAt ? t('console.products.acknowledged', { at: when(p.acknowledgedAt) }) : '',
  );
  const reply = p.kind === 'rfi' ? h('textarea', { rows: 3 }) : null;
  const form = h(
    'form',
    { class: 'ack', novalidate: true, hidden: !!p.acknowledgedAt },
    h('div', { class: 'form-errors', role: 'alert', tabindex: '-1', hidden: true }),
    reply ? field(t('console.products.answer'), reply, { path: 'reply', wide: true }) : null,
    h('button', { type: 'submit' }, p.kind === 'rfi' ? t('console.products.send-answer') : t('console.products.acknowledge')),
  );
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clearErrors(form);
    try {
      const { data } = await api('POST', `/api/gateway/v1/products/${p.productId}/ack`, reply ? { reply: reply.value } : {});
      form.hidden = true;
      status.textContent = t('console.products.acknowledged', { at: when(data.acknowledgedAt) });
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) return;
      showProblem(form, e.problem ?? { title: e.message });
    }
  });
  return h(
    'li',
    { class: 'card product', dataset: { productId: p.productId } },
    // An exercise product says so before its title (issue 29, item 8).
    h('h2', {}, p.exercise ? [h('span', { class: 'badge exercise' }, t('console.exercise')), ' '] : null, p.title),
    h(
      'p',
      { class: 'hint' },
      [
        t(`console.products.kind.${p.kind}`),
        t('console.products.level-n', { level: String(p.level) }),
        label(`classification.${p.classification}`, p.classification),
        p.competences.join(', '),
        when(p.publishedAt),
        p.deadline ? t('console.products.due', { at: when(p.deadline) }) : null,
      ]
        .filter(Boolean)
        .join(' · '),
    ),
    h('p', { class: 'product-body' }, p.body),
    status,
    form,
  );
}

// ——— Oversight: the dissemination figures as a chart ———

const SERIES = ['sent', 'filteredOut', 'read', 'acknowledged'];
const SVG = 'http://www.w3.org/2000/svg';
function svg(tag, attrs = {}, ...children) {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  for (const c of children) el.append(c instanceof Node ? c : String(c));
  return el;
}

async function figuresView(main) {
  const { data } = await api('GET', '/api/intake/v1/stats/dissemination');
  put(main, title(t('console.products.figures-title')), h('p', { class: 'hint' }, t('console.products.figures-hint')));
  if (!data.months.length) return put(main, notice(t('console.products.no-figures')));
  const rows = data.months;
  const max = Math.max(1, ...rows.flatMap((r) => SERIES.map((s) => r[s])));
  const bar = 14;
  const group = SERIES.length * bar + 16;
  const left = 240;
  const height = rows.length * group + 40;
  const width = 760;
  const scale = (n) => ((width - left - 60) * n) / max;
  const chart = svg(
    'svg',
    { viewBox: `0 0 ${width} ${height}`, width: '100%', role: 'img', 'aria-labelledby': 'figures-chart-title', class: 'figures-chart' },
    svg('title', { id: 'figures-chart-title' }, t('console.products.chart-title')),
  );
  rows.forEach((r, i) => {
    const y = 10 + i * group;
    chart.append(
      svg('text', { x: 0, y: y + group / 2 - 4, class: 'chart-label' }, label(`agency.${r.agency}`, r.agency).slice(0, 36)),
      svg('text', { x: 0, y: y + group / 2 + 10, class: 'chart-label' }, r.month),
    );
    SERIES.forEach((s, j) => {
      const w = scale(r[s]);
      chart.append(
        svg(
          'rect',
          { x: left, y: y + j * bar, width: Math.max(w, 1), height: bar - 2, class: `bar bar-${s}` },
          svg('title', {}, `${t(`console.products.series.${s}`)}: ${r[s]}`),
        ),
        svg('text', { x: left + w + 4, y: y + j * bar + bar - 4, class: 'chart-value' }, String(r[s])),
      );
    });
  });
  const legend = h(
    'ul',
    { class: 'chart-legend' },
    SERIES.map((s) => h('li', {}, h('span', { class: `swatch bar-${s}`, 'aria-hidden': 'true' }), t(`console.products.series.${s}`))),
  );
  const table = h(
    'table',
    { class: 'figures' },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, t('console.products.month')),
        h('th', { scope: 'col' }, t('console.products.agency')),
        SERIES.map((s) => h('th', { scope: 'col' }, t(`console.products.series.${s}`))),
        h('th', { scope: 'col' }, t('console.products.series.withheld')),
        h('th', { scope: 'col' }, t('console.products.series.rfisAnsweredLate')),
      ),
    ),
    h(
      'tbody',
      {},
      rows.map((r) =>
        h(
          'tr',
          { dataset: { agency: r.agency, month: r.month } },
          h('td', {}, r.month),
          h('td', {}, label(`agency.${r.agency}`, r.agency)),
          SERIES.map((s) => h('td', { dataset: { series: s } }, String(r[s]))),
          h('td', {}, String(r.withheld)),
          h('td', {}, String(r.rfisAnsweredLate)),
        ),
      ),
    ),
  );
  put(main, h('figure', { class: 'card' }, chart, legend), table);
}
