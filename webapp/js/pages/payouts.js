// The payouts desk. Administrators make a week's payout run (POST /api/admin/payouts), hand its
// pain.001 file to the bank, and import the bank's status report (pain.002 or CSV, sent as the
// raw file) to mark each line paid or rejected; every step shows in the run's audit. Officers and
// administrators approve or refuse receiving accounts whose holder is not the shop's owner.
// The address holds the run shown: /payouts.html?run=12.
// Hooks for the browser test: #run-form (#run-period, #run-create), #payout-runs .payout-run[data-id],
// #payout-run[data-id] .run-line[data-id][data-status][data-shop-slug][data-end-to-end-id], #download-pain001,
// #download-xlsx, #download-result[data-file], #status-form (#status-file, #status-import),
// #import-result[data-paid][data-rejected][data-unchanged], #run-audit, #pending-accounts
// .pending-account[data-id] (.approve-account, .refuse-reason, .refuse-account), body[data-state].

import { ApiError, api, describeError, get, post } from '/js/api.js';
import { busy, checkConstraints, clearErrors, field, setFieldError, showErrors } from '/js/forms.js';
import { mountLayout, signedInUser } from '/js/layout.js';
import {
  PAYOUT_LINE_STATUS, PAYOUT_RUN_STATUS, banks, currentIsoWeek, downloadButton, periodLabel, showProblem, signedOut,
} from '/js/money.js';
import {
  h, fill, loading, errorBox, emptyState, notice, params, setPageState, setTitle, statusBadge, toast, confirmDialog,
  formatVnd, formatNumber, formatDateTime,
} from '/js/ui.js';

const { me } = mountLayout({ active: 'payouts' });
setTitle('Chi trả cho xưởng');

const root = document.getElementById('payouts');

/** What the audit records, in words; an action not listed shows as recorded. */
const AUDIT_ACTIONS = {
  RUN_CREATED: 'Lập đợt chi trả',
  LINE_CREATED: 'Lập lệnh chuyển tiền',
  SKIPPED: 'Không đưa vào đợt',
  EXPORTED_PAIN001: 'Tải tệp lệnh chuyển tiền (pain.001)',
  EXPORTED_XLSX: 'Tải bảng tính',
  STATUS_IMPORTED: 'Nhập kết quả từ ngân hàng',
  STATUS_REPEATED: 'Nhập lại tệp kết quả đã có',
  LINE_PAID: 'Lệnh đã chi',
  LINE_REJECTED: 'Lệnh bị ngân hàng trả lại',
};

/** Why a shop with money has no line in a run. */
const SKIP_REASONS = {
  BELOW_MINIMUM: 'Chưa đạt mức chi trả tối thiểu',
  NO_ACCOUNT: 'Chưa có tài khoản nhận tiền dùng được (chưa có, đang trong thời gian chờ hoặc chờ duyệt)',
};

/**
 * The audit's detail in words: the server records it for the record ("3 earnings, 650000 VND");
 * a bank's reason on a line passes through as the bank wrote it.
 */
const AUDIT_DETAILS = [
  [/^period (\S+)$/, (m) => periodLabel(m[1])],
  [/^(\d+) earnings, (-?\d+) VND$/, (m) => `${formatNumber(Number(m[1]))} khoản tiền, ${formatVnd(Number(m[2]))}`],
  [/^(\w+) (-?\d+)$/, (m) => (SKIP_REASONS[m[1]] ? `${SKIP_REASONS[m[1]]} · ${formatVnd(Number(m[2]))}` : null)],
  [/^(\w+): paid (\d+), rejected (\d+), unchanged (\d+)$/,
    (m) => `${m[1] === 'PAIN002' ? 'pain.002' : m[1]}: ${m[2]} đã chi, ${m[3]} bị trả lại, ${m[4]} không đổi`],
  [/^imported before; nothing changed$/, () => 'Tệp này đã được nhập trước đó; không có gì thay đổi'],
];

function auditDetail(detail) {
  for (const [pattern, words] of AUDIT_DETAILS) {
    const m = pattern.exec(detail);
    const text = m && words(m);
    if (text) return text;
  }
  return detail;
}

const isAdmin = (user) => Boolean(user?.roles?.includes('ADMIN'));
const isOfficer = (user) => Boolean(user?.roles?.some((r) => r === 'OFFICER' || r === 'ADMIN'));

function section(id, title, ...content) {
  return h('section', { class: 'panel', id, 'aria-labelledby': `${id}-title` },
    h('h2', { id: `${id}-title`, tabindex: '-1' }, title), ...content);
}

// ---- the runs ----

function runForm(existing, onMade) {
  const period = field({
    name: 'period', label: 'Tuần chi trả', id: 'run-period',
    hint: 'Tuần theo chuẩn ISO, ví dụ 2026-W50; mặc định là tuần này. Mỗi tuần chỉ có một đợt: lập lại cho cùng tuần sẽ mở đợt đã có.',
    attrs: { value: currentIsoWeek(), required: true, pattern: '\\d{4}-W\\d{2}', maxlength: 8, autocomplete: 'off' },
  });
  period.input.dataset.patternMessage = 'Viết tuần dạng 2026-W50.';
  const submit = h('button', { type: 'submit', class: 'btn', id: 'run-create' }, 'Lập đợt chi trả');
  const form = h('form', { id: 'run-form', class: 'form-grid', novalidate: true, 'aria-label': 'Lập đợt chi trả' },
    period.wrapper,
    h('p', { class: 'muted small' }, 'Mỗi xưởng có số “Có thể rút” từ mức tối thiểu trở lên và có tài khoản nhận tiền dùng được sẽ có một lệnh chuyển tiền.'),
    h('div', { class: 'form-actions' }, submit));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    clearErrors(form);
    const problems = checkConstraints(form);
    if (problems.length) { showErrors(form, problems); return; }
    const chosen = period.input.value.trim().toUpperCase();
    const known = existing.find((r) => r.period === chosen);
    if (!known) {
      const yes = await confirmDialog({
        title: `Lập đợt chi trả ${periodLabel(chosen).toLowerCase()}?`,
        text: 'Số tiền của các xưởng trong đợt sẽ được dành cho lệnh chuyển tiền, đến khi ngân hàng báo kết quả.',
        confirmLabel: 'Lập đợt',
      });
      if (!yes) return;
    }
    await busy(submit, 'Đang lập đợt…', async () => {
      try {
        const run = await post('/api/admin/payouts', { period: chosen });
        toast(known ? `Đợt ${periodLabel(run.period).toLowerCase()} đã có từ trước.` : `Đã lập đợt ${periodLabel(run.period).toLowerCase()}.`);
        onMade(run);
      } catch (err) {
        if (signedOut(err)) return;
        showProblem(form, err, 'Chưa lập được đợt');
      }
    });
  });
  return form;
}

function runsList(items) {
  if (!items.length) return emptyState('Chưa có đợt chi trả nào', 'Đợt đầu tiên sẽ hiện ở đây.');
  return h('ul', { class: 'payout-list', id: 'payout-runs' }, items.map((r) => h('li', {
    class: 'card payout-run', dataset: { id: String(r.id), status: r.status },
  },
  h('div', { class: 'payout-head' },
    h('h3', {}, h('a', { href: `/payouts.html?run=${r.id}` }, `Đợt ${periodLabel(r.period).toLowerCase()}`)),
    statusBadge(r.status, PAYOUT_RUN_STATUS)),
  h('p', { class: 'payout-amount price' }, formatVnd(r.totalVnd)),
  h('p', { class: 'muted small' },
    `${formatNumber(r.lineCount)} xưởng · đã chi ${formatNumber(r.paidCount ?? 0)} · bị trả lại ${formatNumber(r.rejectedCount ?? 0)}`),
  h('p', { class: 'muted small' }, `Lập lúc ${formatDateTime(r.createdAt)}`))));
}

// ---- one run ----

const LINE_COLUMNS = ['Xưởng', 'Tài khoản', 'Trạng thái', 'Mã giao dịch', 'Số tiền'];

function lineRow(line, bankName) {
  const cell = (column, attrs, ...content) => h('td', { ...attrs, dataset: { label: LINE_COLUMNS[column] } }, ...content);
  return h('tr', { class: 'run-line', dataset: { id: String(line.id), status: line.status, shopSlug: line.shopSlug || '', endToEndId: line.endToEndId || '' } },
    cell(0, {}, line.shopName || line.shopSlug),
    cell(1, {}, `${bankName(line.bankBin)} · ${line.accountNumberMasked || ''}`),
    cell(2, {}, h('span', {}, statusBadge(line.status, PAYOUT_LINE_STATUS),
      line.statusReason ? h('small', { class: 'muted' }, h('br'), line.statusReason) : null)),
    cell(3, {}, h('code', {}, line.endToEndId || '')),
    cell(4, { class: 'price ledger-net' }, h('strong', {}, formatVnd(line.amountVnd))));
}

function linesTable(lines, bankName) {
  if (!lines.length) return emptyState('Đợt này không có lệnh nào', 'Không xưởng nào đủ điều kiện nhận tiền khi đợt được lập.');
  return h('div', { class: 'ledger-scroll', tabindex: '0', role: 'region', 'aria-label': 'Các lệnh chuyển tiền' },
    h('table', { class: 'ledger-table' },
      h('thead', {}, h('tr', {}, LINE_COLUMNS.map((text) => h('th', { scope: 'col' }, text)))),
      h('tbody', { id: 'run-lines' }, lines.map((line) => lineRow(line, bankName)))));
}

function skippedList(skipped) {
  if (!skipped?.length) return null;
  return h('details', { class: 'run-skipped', id: 'run-skipped' },
    h('summary', {}, `${formatNumber(skipped.length)} xưởng có tiền nhưng không có trong đợt`),
    h('ul', {}, skipped.map((s) => h('li', {},
      h('strong', {}, s.shopName || s.shopSlug), ` · ${formatVnd(s.availableVnd)} · `,
      SKIP_REASONS[s.reason] || s.reason))));
}

function auditList(audit) {
  const items = audit || [];
  return h('ol', { class: 'history', id: 'run-audit' }, items.length
    ? items.map((a) => h('li', { dataset: { action: a.action } },
      h('time', { datetime: a.at }, formatDateTime(a.at)),
      h('span', {}, h('strong', {}, AUDIT_ACTIONS[a.action] || a.action),
        ` · ${a.actorName || 'Lịch chạy tự động'}`,
        a.fileName ? [' · tệp ', h('code', {}, a.fileName)] : null),
      a.detail ? h('small', { class: 'muted' }, auditDetail(a.detail)) : null))
    : h('li', {}, 'Chưa có bước nào.'));
}

function statusForm(run, onImported) {
  const file = field({
    name: 'file', label: 'Tệp kết quả của ngân hàng', type: 'file', id: 'status-file',
    hint: 'Báo cáo trạng thái pain.002 (XML) hoặc tệp CSV ba cột: mã giao dịch, trạng thái (PAID hoặc REJECTED), lý do.',
    attrs: { accept: '.xml,.csv,application/xml,text/xml,text/csv', required: true, class: 'file-input' },
  });
  // the browser's own file button speaks the browser's language; this one speaks Vietnamese
  const fileName = h('span', { class: 'file-name muted' }, 'Chưa chọn tệp');
  file.input.after(h('div', { class: 'file-picker' },
    h('label', { for: file.input.id, class: 'btn btn-secondary btn-small file-button' }, 'Chọn tệp…'), fileName));
  file.input.addEventListener('change', () => {
    clearErrors(form);
    fileName.textContent = file.input.files?.[0]?.name || 'Chưa chọn tệp';
  });
  const result = h('div', { id: 'import-result', role: 'status', 'aria-live': 'polite' });
  const submit = h('button', { type: 'submit', class: 'btn', id: 'status-import' }, 'Nhập kết quả');
  const form = h('form', { id: 'status-form', class: 'form-grid', novalidate: true, 'aria-label': 'Nhập kết quả từ ngân hàng' },
    file.wrapper, h('div', { class: 'form-actions' }, submit), result);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    clearErrors(form);
    const chosen = file.input.files?.[0];
    const type = !chosen ? null
      : /\.xml$/i.test(chosen.name) || /xml/.test(chosen.type) ? 'application/xml'
        : /\.csv$/i.test(chosen.name) || /csv/.test(chosen.type) ? 'text/csv' : null;
    if (!chosen || !type) {
      setFieldError(file.wrapper, chosen ? 'Chỉ nhận tệp XML (pain.002) hoặc CSV.' : 'Hãy chọn tệp kết quả.');
      return;
    }
    await busy(submit, 'Đang nhập…', async () => {
      try {
        // the bank's file goes as it is, so the server keeps and hashes exactly what the bank sent
        const answer = await api(`/api/admin/payouts/${run.id}/status?fileName=${encodeURIComponent(chosen.name)}`,
          { method: 'POST', form: chosen, headers: { 'Content-Type': type } });
        onImported(answer, chosen.name);
      } catch (err) {
        if (signedOut(err)) return;
        showProblem(form, err, 'Chưa nhập được tệp');
      }
    });
  });
  return form;
}

function importNotice(answer, name) {
  const counts = { paid: String(answer.paid ?? 0), rejected: String(answer.rejected ?? 0), unchanged: String(answer.unchanged ?? 0) };
  const box = answer.alreadyImported
    ? notice('info', 'Tệp này đã được nhập trước đó', `${name}: không có gì thay đổi.`)
    : notice('ok', `Đã nhập ${name}`, `${formatNumber(answer.paid ?? 0)} lệnh đã chi, ${formatNumber(answer.rejected ?? 0)} lệnh bị trả lại, `
      + `${formatNumber(answer.unchanged ?? 0)} lệnh không đổi.`);
  Object.assign(box.dataset, counts, { alreadyImported: String(Boolean(answer.alreadyImported)) });
  return box;
}

function runView(run, bankName, { imported } = {}) {
  const result = h('p', { id: 'download-result', class: 'muted small', role: 'status', 'aria-live': 'polite' });
  const audit = h('div', {}, auditList(run.audit));
  const refreshAudit = async () => {
    try {
      audit.replaceChildren(auditList((await get(`/api/admin/payouts/${run.id}`)).audit));
    } catch {
      // the download itself went through; the audit shows on the next visit
    }
  };
  const fileButton = (id, text, path, fileName) => downloadButton({ text, path, fileName, result, attrs: { id }, then: refreshAudit });
  const rerender = (answer, name) => {
    const next = runView(answer.run || run, bankName, { imported: importNotice(answer, name) });
    document.getElementById('payout-run').replaceWith(next);
  };
  const form = statusForm(run, rerender);
  if (imported) form.querySelector('#import-result').append(imported);
  const hasLines = (run.lines || []).length > 0;
  return h('section', { class: 'panel', id: 'payout-run', dataset: { id: String(run.id), status: run.status }, 'aria-labelledby': 'payout-run-title' },
    h('div', { class: 'payout-head' },
      h('h2', { id: 'payout-run-title', tabindex: '-1' }, `Đợt ${periodLabel(run.period).toLowerCase()}`),
      statusBadge(run.status, PAYOUT_RUN_STATUS)),
    h('dl', { class: 'facts' },
      h('dt', {}, 'Tổng tiền'), h('dd', { id: 'run-total' }, formatVnd(run.totalVnd)),
      h('dt', {}, 'Số lệnh'), h('dd', {}, formatNumber(run.lineCount ?? (run.lines || []).length)),
      h('dt', {}, 'Lập lúc'), h('dd', {}, formatDateTime(run.createdAt))),
    // a run without lines has nothing for the bank: no file to send, no answer to wait for
    hasLines ? [
      h('h3', {}, 'Tệp cho ngân hàng'),
      h('p', { class: 'muted small' }, 'Tải tệp lệnh chuyển tiền lên dịch vụ chi hộ của ngân hàng; bảng tính để đối chiếu. Mỗi lần tải đều được ghi vào nhật ký.'),
      h('div', { class: 'btn-row' },
        fileButton('download-pain001', 'Tệp lệnh chuyển tiền (pain.001, XML)', `/api/admin/payouts/${run.id}/pain001.xml`, `chi-tra_${run.period}.xml`),
        fileButton('download-xlsx', 'Bảng tính (XLSX)', `/api/admin/payouts/${run.id}/payouts.xlsx`, `chi-tra_${run.period}.xlsx`)),
      result,
    ] : null,
    h('h3', {}, 'Các lệnh chuyển tiền'),
    linesTable(run.lines || [], bankName),
    skippedList(run.skipped),
    hasLines ? [h('h3', {}, 'Kết quả từ ngân hàng'), form] : null,
    h('h3', {}, 'Nhật ký'),
    audit);
}

// ---- receiving accounts awaiting approval ----

function pendingAccountCard(a, reload) {
  const result = h('div', { role: 'status', 'aria-live': 'polite' });
  const reasonId = `refuse-reason-${a.id}`;
  const reason = h('input', { type: 'text', id: reasonId, name: 'reason', class: 'refuse-reason', maxlength: 300 });
  const reasonField = h('div', { class: 'field', dataset: { field: 'reason' } },
    h('label', { for: reasonId }, 'Lý do từ chối (xưởng sẽ thấy)'), reason, h('p', { class: 'field-error' }));
  const approve = h('button', { type: 'button', class: 'btn btn-small approve-account' }, 'Duyệt');
  const refuse = h('button', { type: 'button', class: 'btn btn-secondary btn-small refuse-account' }, 'Từ chối');
  const decide = async (button, body, done) => {
    reasonField.querySelector('.field-error').textContent = '';
    reason.removeAttribute('aria-invalid');
    button.disabled = true;
    try {
      await post(`/api/admin/payout-accounts/${a.id}/decision`, body);
      toast(done);
      await reload();
    } catch (err) {
      if (signedOut(err)) return;
      const onReason = err instanceof ApiError ? err.fieldErrors().filter((e) => e.field === 'reason') : [];
      if (onReason.length) onReason.forEach((e) => setFieldError(reasonField, e.message));
      else result.replaceChildren(notice('error', 'Chưa thực hiện được', describeError(err)));
      button.disabled = false;
    }
  };
  approve.addEventListener('click', () => decide(approve, { approve: true, reason: reason.value.trim() || null },
    `Đã duyệt tài khoản của ${a.shopName}.`));
  refuse.addEventListener('click', () => {
    if (!reason.value.trim()) {
      setFieldError(reasonField, 'Hãy ghi lý do từ chối.');
      reason.focus();
      return;
    }
    decide(refuse, { approve: false, reason: reason.value.trim() }, `Đã từ chối tài khoản của ${a.shopName}.`);
  });
  return h('li', { class: 'card pending-account', dataset: { id: String(a.id) } },
    h('h3', {}, a.shopName || a.shopSlug),
    h('dl', { class: 'facts' },
      h('dt', {}, 'Chủ xưởng'), h('dd', {}, a.ownerName),
      h('dt', {}, 'Tên chủ tài khoản'), h('dd', {}, a.accountName),
      h('dt', {}, 'Ngân hàng'), h('dd', {}, a.bankName || a.bankBin),
      h('dt', {}, 'Số tài khoản'), h('dd', {}, a.accountNumber),
      h('dt', {}, 'Đăng ký lúc'), h('dd', {}, formatDateTime(a.createdAt))),
    reasonField,
    h('div', { class: 'btn-row' }, approve, refuse),
    result);
}

async function pendingAccounts(box) {
  const reload = async () => {
    const list = await get('/api/admin/payout-accounts?status=AWAITING_APPROVAL');
    const items = list.items || [];
    box.replaceChildren(items.length
      ? h('ul', { class: 'vetting-list', id: 'pending-account-list' }, items.map((a) => pendingAccountCard(a, () => reload().catch(() => {}))))
      : emptyState('Không có tài khoản nào chờ duyệt', 'Tài khoản có tên chủ khác tên chủ xưởng sẽ hiện ở đây.'));
  };
  await reload();
}

// ---- page ----

async function load(user) {
  const runId = params().get('run');
  const head = h('div', { class: 'workspace-head' }, h('h1', {}, 'Chi trả cho xưởng'),
    runId ? h('div', { class: 'btn-row' }, h('a', { class: 'btn btn-secondary btn-small', href: '/payouts.html', id: 'back-to-runs' }, 'Tất cả các đợt')) : null);
  setPageState('loading');
  fill(root, head, loading());
  try {
    if (runId && isAdmin(user)) {
      if (!/^\d+$/.test(runId)) throw new ApiError({ status: 404 });
      const [run, bankBook] = await Promise.all([get(`/api/admin/payouts/${encodeURIComponent(runId)}`), banks()]);
      fill(root, head, runView(run, bankBook.name));
      setPageState('ready');
      return;
    }
    const parts = [head];
    if (isAdmin(user)) {
      const runs = (await get('/api/admin/payouts')).items || [];
      parts.push(section('new-run', 'Lập đợt chi trả', runForm(runs, async (run) => {
        history.pushState(null, '', `/payouts.html?run=${run.id}`);
        await load(user);
        document.getElementById('payout-run-title')?.focus();
      })));
      parts.push(section('runs', 'Các đợt chi trả', runsList(runs)));
    }
    const accountsBox = h('div', {}, loading());
    parts.push(section('pending-accounts', 'Tài khoản nhận tiền chờ duyệt',
      h('p', { class: 'muted small' }, 'Tên chủ tài khoản khác tên chủ xưởng đã đăng ký. Hãy đối chiếu giấy tờ của chủ xưởng trước khi duyệt; chưa duyệt thì sàn không chuyển tiền vào tài khoản đó.'),
      accountsBox));
    fill(root, ...parts);
    await pendingAccounts(accountsBox);
    setPageState('ready');
  } catch (err) {
    if (signedOut(err)) return;
    fill(root, head, errorBox(err, { retry: () => load(user), notFound: 'Không có đợt chi trả này.' }));
    setPageState('error');
  }
}

async function start() {
  const user = await signedInUser(me);
  if (!user) return;
  if (!isOfficer(user)) {
    fill(root, h('h1', {}, 'Chi trả cho xưởng'), notice('error', 'Không có quyền', 'Trang này dành cho quản trị viên và cán bộ Sở Công Thương.'));
    setPageState('error');
    return;
  }
  window.addEventListener('popstate', () => load(user));
  await load(user);
}

start();
