// The trade office and the commune digital teams: the report (per commune and per helper, shops
// onboarded and products online; the province's OCOP goal), appointing a helper and setting the
// communes they serve.
// Hooks for tests: #helper-report, #ocop-goal, #appoint-form, .helper-row[data-id].

import { ApiError, get, post, put, describeError, translate } from '/js/api.js';
import { mountLayout } from '/js/layout.js';
import { officerOnly } from '/js/officer.js';
import { h, fill, loading, errorBox, notice, setPageState, setTitle, toast, formatNumber } from '/js/ui.js';
import { field, showErrors, clearErrors, checkConstraints, busy } from '/js/forms.js';

const { me } = mountLayout({ active: 'digital-helpers' });
setTitle('Người hỗ trợ số');
const root = document.getElementById('digital-helpers');

const codes = (text) => text.split(/[\s,;]+/).map((c) => c.trim()).filter(Boolean);

function failure(form, err) {
  if (err instanceof ApiError && err.status === 400) showErrors(form, err.fieldErrors());
  else form.querySelector('.form-result')?.replaceChildren(notice('error', 'Chưa thực hiện được', translate(err.detail) || describeError(err)));
}

function reportSection(report) {
  const goal = report.ocopGoal;
  return h('section', { id: 'helper-report', class: 'card' },
    h('h2', {}, 'Kết quả theo xã'),
    h('p', { id: 'ocop-goal' }, `Mục tiêu của tỉnh: mọi sản phẩm OCOP từ ${goal.minStars} sao được bán trực tuyến — đang bán `,
      h('strong', {}, `${formatNumber(goal.onSale)}/${formatNumber(goal.total)}`), ` (${Math.round(goal.share * 100)}%).`),
    h('table', { class: 'table' },
      h('thead', {}, h('tr', {}, h('th', {}, 'Xã'), h('th', {}, 'Người hỗ trợ'), h('th', {}, 'Cửa hàng đã đưa lên'), h('th', {}, 'Sản phẩm đang bán'))),
      h('tbody', {}, report.communes.map((c) => h('tr', {},
        h('td', {}, c.communeName), h('td', {}, c.helpers), h('td', {}, c.shopsOnboarded), h('td', {}, c.productsOnline))))),
    h('h2', {}, 'Kết quả theo người hỗ trợ'),
    h('table', { class: 'table' },
      h('thead', {}, h('tr', {}, h('th', {}, 'Người hỗ trợ'), h('th', {}, 'Nghệ nhân'), h('th', {}, 'Cửa hàng'), h('th', {}, 'Sản phẩm đang bán'))),
      h('tbody', {}, report.helpers.map((r) => h('tr', {},
        h('td', {}, r.helperName), h('td', {}, r.artisans), h('td', {}, r.shopsOnboarded), h('td', {}, r.productsOnline))))));
}

function helperRow(helper, reload) {
  const communes = field({ name: 'communeCodes', label: `Mã xã của ${helper.displayName}`, attrs: { value: helper.communes.map((c) => c.code).join(', ') } });
  const save = h('button', { type: 'submit', class: 'btn btn-small' }, 'Lưu xã');
  const form = h('form', { class: 'helper-row', novalidate: true, dataset: { id: helper.accountId } },
    h('p', {}, h('strong', {}, helper.displayName), ` · ${helper.email} · `, helper.communes.map((c) => c.name).join(', ')),
    communes.wrapper, h('div', { class: 'form-result', role: 'status' }), save);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    clearErrors(form);
    await busy(save, 'Đang lưu…', async () => {
      try {
        await put(`/api/officer/digital-helpers/${helper.accountId}/communes`, { communeCodes: codes(communes.input.value) });
        toast('Đã lưu.');
        await reload();
      } catch (err) {
        failure(form, err);
      }
    });
  });
  return h('li', { class: 'card' }, form);
}

function appointForm(reload) {
  const email = field({ name: 'email', label: 'E-mail', type: 'email', attrs: { required: true } });
  const name = field({ name: 'displayName', label: 'Họ tên (nếu chưa có tài khoản)', optional: true });
  const communes = field({ name: 'communeCodes', label: 'Mã các xã (cách nhau bởi dấu phẩy)', hint: 'Mã xã mới từ 1/7/2025, ví dụ 13093 (Trà Giang).', attrs: { required: true } });
  const submit = h('button', { type: 'submit', class: 'btn' }, 'Giao việc');
  const form = h('form', { id: 'appoint-form', class: 'card', novalidate: true },
    h('h2', {}, 'Giao một người hỗ trợ số'), email.wrapper, name.wrapper, communes.wrapper,
    h('div', { class: 'form-result', role: 'status' }), submit);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    clearErrors(form);
    if (!checkConstraints(form)) return;
    await busy(submit, 'Đang giao…', async () => {
      try {
        const helper = await post('/api/officer/digital-helpers', {
          email: email.input.value.trim(), displayName: name.input.value.trim() || null,
          communeCodes: codes(communes.input.value),
        });
        toast(helper.created ? 'Đã lập tài khoản; thư đặt mật khẩu đã gửi.' : 'Đã giao vai trò người hỗ trợ.');
        await reload();
      } catch (err) {
        failure(form, err);
      }
    });
  });
  return form;
}

async function load() {
  fill(root, loading());
  try {
    const [report, helpers] = await Promise.all([get('/api/reports/digital-helpers'), get('/api/officer/digital-helpers')]);
    fill(root, reportSection(report), appointForm(load),
      h('section', {}, h('h2', {}, 'Người hỗ trợ và xã phụ trách'), h('ul', { class: 'helper-list' }, helpers.map((x) => helperRow(x, load)))));
    setPageState('ready');
  } catch (err) {
    fill(root, errorBox(err, { retry: load }));
    setPageState('error');
  }
}

(async () => {
  if (!(await officerOnly(me, root))) return;
  await load();
})();
