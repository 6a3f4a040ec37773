// Admins: who read whose personal data (Law 91), and the breach register (Decree 356: the
// authority is told within 72 hours of the discovery). Vietnamese only, phone first.
// Hooks for tests: #reads-list, #breach-form, #breach-list, body[data-state].

import { ApiError, describeError, get, post, translate } from '/js/api.js';
import { mountLayout } from '/js/layout.js';
import { errorBox, fill, formatDateTime, h, loading, notice, setPageState, setTitle, toast } from '/js/ui.js';

mountLayout({ active: 'privacy-admin' });
setTitle('Nhật ký dữ liệu cá nhân');

const root = document.getElementById('privacy-admin');

function problemText(err) {
  return err instanceof ApiError ? translate(err.detail) || describeError(err) : describeError(err);
}

function readsTable(reads) {
  if (!reads.length) return h('p', { class: 'hint' }, 'Chưa có lượt đọc nào.');
  return h('div', { class: 'table-scroll' }, h('table', { id: 'reads-list' },
    h('thead', {}, h('tr', {}, h('th', {}, 'Lúc'), h('th', {}, 'Người đọc'), h('th', {}, 'Của ai'), h('th', {}, 'Dữ liệu gì'))),
    h('tbody', {}, ...reads.map((r) => h('tr', {},
      h('td', {}, formatDateTime(r.at)), h('td', {}, `#${r.readerAccountId}`),
      h('td', {}, r.subjectAccountId ? `#${r.subjectAccountId}` : '—'), h('td', {}, r.what))))));
}

function breachList(breaches) {
  if (!breaches.length) return h('p', { class: 'hint', id: 'breach-list' }, 'Chưa ghi nhận sự cố nào.');
  return h('ol', { id: 'breach-list' }, ...breaches.map((b) => h('li', { class: 'panel' },
    h('p', {}, h('strong', {}, b.what)),
    h('p', {}, `Phát hiện: ${formatDateTime(b.discoveredAt)}`, b.occurredAt ? ` · xảy ra: ${formatDateTime(b.occurredAt)}` : ''),
    h('p', {}, `Dữ liệu: ${b.dataAffected}`, b.peopleAffected != null ? ` · ${b.peopleAffected} người` : ''),
    h('p', { class: b.reportLate ? 'field-error' : null }, b.reportedAt
      ? `Đã báo cơ quan chức năng: ${formatDateTime(b.reportedAt)}${b.reportLate ? ' (quá 72 giờ)' : ''}`
      : `Chưa báo cơ quan chức năng — hạn ${formatDateTime(b.reportDueAt)}${b.reportLate ? ' (đã quá hạn)' : ''}`),
    b.measures ? h('p', {}, `Biện pháp: ${b.measures}`) : null)));
}

function input(id, label, attrs = {}, tag = 'input') {
  const el = h(tag, { id, name: id, ...attrs });
  return { el, wrapper: h('div', { class: 'field' }, h('label', { for: id }, label), el) };
}

function breachForm(done) {
  const what = input('what', 'Chuyện gì đã xảy ra', { required: true, maxlength: 2000, rows: 3 }, 'textarea');
  const discovered = input('discoveredAt', 'Phát hiện lúc', { type: 'datetime-local', required: true });
  const occurred = input('occurredAt', 'Xảy ra lúc (nếu biết)', { type: 'datetime-local' });
  const data = input('dataAffected', 'Dữ liệu bị ảnh hưởng', { required: true, maxlength: 1000 });
  const people = input('peopleAffected', 'Số người bị ảnh hưởng', { type: 'number', min: 0, inputmode: 'numeric' });
  const reported = input('reportedAt', 'Đã báo cơ quan chức năng lúc', { type: 'datetime-local' });
  const measures = input('measures', 'Biện pháp đã làm', { maxlength: 2000, rows: 3 }, 'textarea');
  const submit = h('button', { type: 'submit', class: 'btn' }, 'Ghi vào sổ');
  const result = h('div', { 'aria-live': 'polite' });
  const form = h('form', { id: 'breach-form', class: 'form-grid panel', 'aria-labelledby': 'breach-form-title' },
    h('h3', { id: 'breach-form-title' }, 'Ghi nhận sự cố'),
    what.wrapper, discovered.wrapper, occurred.wrapper, data.wrapper, people.wrapper, reported.wrapper, measures.wrapper,
    h('div', { class: 'form-actions' }, submit), result);
  const instant = (el) => (el.value ? new Date(el.value).toISOString() : null);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    submit.disabled = true;
    try {
      await post('/api/admin/data-breaches', {
        what: what.el.value.trim(), discoveredAt: instant(discovered.el), occurredAt: instant(occurred.el),
        dataAffected: data.el.value.trim(), peopleAffected: people.el.value === '' ? null : Number(people.el.value),
        reportedAt: instant(reported.el), measures: measures.el.value.trim() || null,
      });
      toast('Đã ghi vào sổ sự cố.');
      done();
    } catch (err) {
      submit.disabled = false;
      fill(result, notice('error', 'Chưa ghi được', problemText(err),
        err instanceof ApiError && err.errors.length ? h('ul', {}, ...err.fieldErrors().map((f) => h('li', {}, `${f.field}: ${f.message}`))) : null));
    }
  });
  return form;
}

async function render() {
  fill(root, loading());
  try {
    const [reads, breaches] = await Promise.all([get('/api/admin/personal-data-reads?limit=200'), get('/api/admin/data-breaches')]);
    fill(root, h('h1', {}, 'Nhật ký dữ liệu cá nhân'),
      h('section', { 'aria-labelledby': 'reads-title' }, h('h2', { id: 'reads-title' }, 'Lượt cán bộ, quản trị đọc dữ liệu cá nhân'), readsTable(reads)),
      h('section', { 'aria-labelledby': 'breaches-title' }, h('h2', { id: 'breaches-title' }, 'Sổ sự cố lộ lọt dữ liệu'),
        h('p', {}, 'Theo Nghị định 356/2025, báo cơ quan chuyên trách trong 72 giờ kể từ khi phát hiện.'),
        breachForm(render), breachList(breaches)));
    setPageState('ready');
  } catch (err) {
    fill(root, errorBox(err, { page: true, retry: render }));
    setPageState('error');
  }
}

render();
