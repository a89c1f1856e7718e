// Reporter (field officer): drafts a signal for the agency's permanence cell and follows its drafts;
// and the permanence cell's queue, which the point of contact's workspace opens (issue 29, item 6).
import { api } from './api.js';
import { clear, dl, h, notice, put, showProblem, tabs, when } from './dom.js';
import { label, t } from './i18n.js';

export function leave() {}

export async function render(main, _session, path) {
  const view = path[0] ?? 'new';
  put(
    clear(main),
    tabs(
      t('console.role.reporter'),
      [
        ['new', t('console.reporter.tab.new')],
        ['drafts', t('console.reporter.tab.drafts')],
      ],
      view,
    ),
  );
  const section = h('section');
  put(main, section);
  if (view === 'drafts') return draftsView(section, 'reporter');
  // The point of contact's guided form, sending to the cell instead of OCAM.
  const { signalForm } = await import('./poc.js');
  return signalForm(section, {
    endpoint: '/api/gateway/v1/drafts',
    sent: (d) => [
      notice(t('console.reporter.drafted', { draftId: d.draftId }), 'ok'),
      h('p', {}, h('a', { href: '#/drafts' }, t('console.reporter.see-drafts'))),
    ],
  });
}

/** The permanence cell's queue: the agency's drafts waiting for a decision, and the ones returned or forwarded. */
export function cellView(section) {
  return draftsView(section, 'cell');
}

// Literal keys, so that the catalogue check finds each one used.
const STEPS = {
  created: () => t('console.draft.step.created'),
  edited: () => t('console.draft.step.edited'),
  validated: () => t('console.draft.step.validated'),
  returned: () => t('console.draft.step.returned'),
  forwarded: () => t('console.draft.step.forwarded'),
};
const STATUSES = {
  pending: () => t('console.draft.status.pending'),
  validated: () => t('console.draft.status.validated'),
  returned: () => t('console.draft.status.returned'),
  forwarded: () => t('console.draft.status.forwarded'),
};

const stepText = (s) =>
  [
    STEPS[s.step]?.() ?? s.step,
    ' — ',
    s.by,
    ', ',
    when(s.at),
    s.fields ? ` (${t('console.draft.fields', { fields: s.fields.join(', ') })})` : '',
  ].join('');

async function draftsView(section, as) {
  put(clear(section), h('h1', { tabindex: '-1' }, t(as === 'cell' ? 'console.draft.cell-title' : 'console.draft.mine-title')));
  const list = h('div', { class: 'drafts' });
  put(section, list);
  let items;
  try {
    ({ items } = (await api('GET', '/api/gateway/v1/drafts?limit=100')).data);
  } catch (e) {
    return put(list, notice(e.problem?.detail ?? e.message, 'error'));
  }
  if (!items.length) return put(list, notice(t('console.draft.none')));
  for (const d of items)
    put(
      list,
      draftCard(d, as, () => draftsView(section, as)),
    );
}

function draftCard(d, as, reload) {
  const s = d.signal ?? {};
  const card = h(
    'article',
    { class: 'card draft', 'data-draft': d.draftId },
    h('h2', {}, `${s.externalRef ?? d.draftId} — ${STATUSES[d.status]?.() ?? d.status}`),
    dl([
      [t('console.draft.reporter'), d.reporter],
      [t('console.draft.category'), s.category ? label(`taxonomy.${s.category}`, s.category) : undefined],
      [t('console.draft.urgency'), s.urgency ? label(`urgency.${s.urgency}`, s.urgency) : undefined],
      [t('console.draft.summary'), s.summary],
      [t('console.draft.signal'), d.signalId ?? undefined],
      [t('console.draft.signal-status'), d.signalStatus ?? undefined],
    ]),
    h('h3', {}, t('console.draft.steps')),
    h(
      'ol',
      { class: 'steps' },
      d.steps.map((st) => h('li', {}, stepText(st), st.comment ? h('blockquote', {}, st.comment) : null)),
    ),
  );
  const result = h('div', { class: 'result', 'aria-live': 'polite' });
  const act = async (method, path, body) => {
    clear(result);
    try {
      await api(method, `/api/gateway/v1/drafts/${d.draftId}${path}`, body);
      await reload();
    } catch (e) {
      put(result, notice(e.problem?.detail ?? e.problem?.title ?? e.message, 'error'));
    }
  };
  if (d.status !== 'forwarded' && (as === 'cell' || d.status === 'returned' || d.status === 'pending')) put(card, editor(d, act));
  if (as === 'cell' && d.status !== 'forwarded' && d.status !== 'returned') {
    const comment = h('textarea', { id: `comment-${d.draftId}`, rows: 2, maxlength: 2000 });
    put(
      card,
      h(
        'div',
        { class: 'actions' },
        h('button', { type: 'button', onclick: () => act('POST', '/validation') }, t('console.draft.validate')),
        h('button', { type: 'button', onclick: () => act('POST', '/forward') }, t('console.draft.forward')),
      ),
      h('label', { for: comment.id }, t('console.draft.return-comment')),
      comment,
      h(
        'button',
        {
          type: 'button',
          onclick: () => (comment.value.trim() ? act('POST', '/return', { comment: comment.value.trim() }) : comment.focus()),
        },
        t('console.draft.return'),
      ),
    );
  }
  if (d.feedback?.length) {
    put(
      card,
      h('h3', {}, t('console.draft.feedback')),
      h(
        'ul',
        {},
        d.feedback.map((f) =>
          h(
            'li',
            {},
            `${label(`console.status.${f.status}`, f.status)}${f.detail?.outcome ? ` — ${label(`console.outcome.${f.detail.outcome}`, f.detail.outcome)}` : ''}, ${when(f.occurredAt)}`,
            f.detail?.question ? h('blockquote', {}, f.detail.question) : null,
          ),
        ),
      ),
    );
  } else if (d.signalId && as === 'reporter') {
    // The list shows the signal's status; its feedback is read one draft at a time.
    put(
      card,
      h(
        'button',
        {
          type: 'button',
          onclick: async () => {
            const { data } = await api('GET', `/api/gateway/v1/drafts/${d.draftId}`);
            card.replaceWith(draftCard(data, as, reload));
          },
        },
        t('console.draft.show-feedback'),
      ),
    );
  }
  put(card, result);
  return card;
}

/** The signal of a draft as JSON, to correct and send again (checked as a submission by the gateway). */
function editor(d, act) {
  const area = h('textarea', { id: `edit-${d.draftId}`, rows: 10, class: 'json', spellcheck: 'false' });
  area.value = JSON.stringify(d.signal, null, 2);
  const details = h(
    'details',
    {},
    h('summary', {}, t('console.draft.edit')),
    h('label', { for: area.id }, t('console.draft.edit-json')),
    area,
    h(
      'button',
      {
        type: 'button',
        onclick: () => {
          let body;
          try {
            body = JSON.parse(area.value);
          } catch {
            return showProblem(details, { title: t('console.draft.not-json') });
          }
          return act('PUT', '', body);
        },
      },
      t('console.draft.save'),
    ),
  );
  return details;
}
