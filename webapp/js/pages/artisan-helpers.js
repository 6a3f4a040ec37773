// "Việc người hỗ trợ đã làm": on the artisan's page, what commune digital helpers did for them,
// each with an undo where it can be undone, and the helpers' mandates the artisan can end.
// Hooks for the browser test: #helper-actions, .helper-action[data-kind][data-id], .undo-helper-action,
// .end-mandate.

import { ApiError, get, post, describeError, translate } from '/js/api.js';
import { h, notice, formatDateTime, toast } from '/js/ui.js';

/** Fills the slot when a helper ever acted for this artisan; `changed` reloads the product list. */
export async function mountHelperActions(slot, changed) {
  if (!slot) return;
  let actions;
  let mandates;
  try {
    [actions, mandates] = await Promise.all([get('/api/my/helper-actions'), get('/api/my/helper-mandates')]);
  } catch {
    return;
  }
  if (!actions.length && !mandates.length) return;
  const reload = async () => {
    await mountHelperActions(slot, changed);
    await changed?.();
  };
  const active = mandates.filter((m) => m.state !== 'HANDED_OVER');
  slot.replaceChildren(h('section', { id: 'helper-actions', class: 'panel', 'aria-labelledby': 'helper-actions-title' },
    h('h2', { id: 'helper-actions-title' }, 'Việc người hỗ trợ đã làm'),
    h('p', { class: 'muted' }, 'Người hỗ trợ số của xã đã làm thay bạn những việc dưới đây. Việc nào chưa đúng ý, bạn có thể hoàn tác.'),
    active.map((m) => mandateLine(m, reload)),
    h('ul', { class: 'queue-list' }, actions.map((a) => actionItem(a, reload)))));
}

function mandateLine(m, reload) {
  const end = h('button', { type: 'button', class: 'btn btn-secondary btn-small end-mandate' }, 'Tự quản lý, thôi nhờ hỗ trợ');
  const result = h('div', { role: 'status' });
  end.addEventListener('click', async () => {
    end.disabled = true;
    try {
      await post(`/api/my/helper-mandates/${m.id}/end`);
      toast(`${m.helperName} không còn làm thay bạn.`);
      await reload();
    } catch (err) {
      result.replaceChildren(notice('error', 'Chưa thực hiện được', describeError(err)));
      end.disabled = false;
    }
  });
  return h('p', { class: 'helper-mandate', dataset: { id: m.id } },
    `${m.helperName} đang hỗ trợ bạn (${m.commune?.name || ''}). `, end, result);
}

function actionItem(a, reload) {
  const result = h('div', { role: 'status' });
  let undo = null;
  if (a.undoable) {
    undo = h('button', { type: 'button', class: 'btn btn-small undo-helper-action' }, 'Hoàn tác');
    undo.addEventListener('click', async () => {
      undo.disabled = true;
      try {
        await post(`/api/my/helper-actions/${a.id}/undo`);
        toast('Đã hoàn tác.');
        await reload();
      } catch (err) {
        result.replaceChildren(notice('error', 'Chưa hoàn tác được',
          err instanceof ApiError ? (translate(err.detail) || describeError(err)) : describeError(err)));
        undo.disabled = false;
      }
    });
  }
  return h('li', { class: 'helper-action', dataset: { id: a.id, kind: a.kind } },
    h('strong', {}, a.label), ' · ', a.summary,
    h('span', { class: 'muted small' }, ` · ${a.helperName || 'Người hỗ trợ'}, ${formatDateTime(a.doneAt)}`),
    a.undoneAt ? h('span', { class: 'badge' }, ' Đã hoàn tác') : null,
    undo, result);
}
