// "Export MISP event": the event the intake gives (GET /v1/signals/{id}/misp, docs/interoperability.md),
// saved by the browser as a JSON file to import into MISP. The export is audited there as a read.
import { api } from './api.js';
import { h, notice, put, clear } from './dom.js';
import { t } from './i18n.js';

/** A button that downloads the signal's MISP event, and a line saying what became of it. */
export function mispExportAction(signalId) {
  const result = h('div', { 'aria-live': 'polite' });
  const button = h(
    'button',
    {
      type: 'button',
      class: 'secondary',
      onclick: async () => {
        clear(result);
        button.disabled = true;
        try {
          const { data } = await api('GET', `/api/intake/v1/signals/${encodeURIComponent(signalId)}/misp`);
          const url = window.URL.createObjectURL(new window.Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
          const a = h('a', { href: url, download: `misp-event-${signalId}.json`, hidden: true });
          document.body.append(a);
          a.click();
          a.remove();
          setTimeout(() => window.URL.revokeObjectURL(url), 60_000);
          put(result, notice(t('console.misp.exported'), 'ok'));
        } catch (e) {
          put(result, notice(t('console.misp.failed', { reason: e.message }), 'error'));
        } finally {
          button.disabled = false;
        }
      },
    },
    t('console.misp.export'),
  );
  return h('div', { class: 'card' }, h('div', { class: 'actions' }, button), h('p', { class: 'hint' }, t('console.misp.hint')), result);
}
