// The workshop's money: what it is owed in each state (GET /api/my/balance), where it is paid
// (GET/PUT /api/my/payout-account, the banks from GET /api/banks), what was paid
// (GET /api/my/payouts) and the papers for its books and the tax office (monthly statements,
// yearly withholding certificates). Each part loads on its own, so one failing leaves the rest.
// Hooks for the browser test: #money-balance .money-state[data-state][data-amount], #next-payout,
// #payout-account [data-account-status], #account-form (#account-bank, #account-number,
// #account-name, #account-password, #account-save), #my-payouts .payout[data-id][data-status],
// #statements [data-month] .statement-pdf/.statement-csv, #tax-certificates [data-year],
// #download-result[data-file], body[data-state].

import { ApiError, get, put } from '/js/api.js';
import { checkConstraints, busy, clearErrors, field, showErrors } from '/js/forms.js';
import { mountLayout, signedInUser } from '/js/layout.js';
import {
  PAYOUT_LINE_STATUS, accountState, banks, dayLabel, downloadButton, periodLabel, showProblem, signedOut,
} from '/js/money.js';
import { today } from '/js/sales.js';
import {
  h, fill, loading, errorBox, emptyState, notice, setPageState, setTitle, statusBadge, toast,
  formatVnd, formatNumber, formatDateTime,
} from '/js/ui.js';

const { me } = mountLayout({ active: 'shop-money' });
setTitle('Tiền của xưởng');

const root = document.getElementById('shop-money');
const STATEMENT_MONTHS = 12;

// ---- balance ----

function balanceCard(state, label, amount, meaning) {
  return h('li', { class: 'kpi-card money-state', dataset: { state, amount: String(amount ?? 0) } },
    h('p', { class: 'kpi-label' }, label),
    h('p', { class: 'kpi-value' }, formatVnd(amount ?? 0)),
    h('p', { class: 'kpi-note muted' }, meaning));
}

function balanceContent(b) {
  const returnWindow = b.returnWindowDays >= 1 ? ` qua ${formatNumber(b.returnWindowDays)} ngày khách được đổi trả` : ' qua thời hạn đổi trả';
  const next = b.nextPayoutOn
    ? ['Kỳ chi trả tới: ', h('strong', {}, dayLabel(b.nextPayoutOn)), '.']
    : 'Sàn chi trả theo từng đợt; ngày của đợt tới chưa định.';
  return [
    h('ul', { class: 'kpi-grid money-states' },
      balanceCard('pending', 'Chờ đối soát', b.pendingVnd,
        `Tiền của đơn chưa giao, hoặc đã giao nhưng chưa${returnWindow}.`),
      balanceCard('available', 'Có thể rút', b.availableVnd,
        'Đã qua thời hạn đổi trả: sẽ chuyển vào tài khoản của xưởng ở kỳ chi trả tới.'),
      balanceCard('onHold', 'Đang tạm giữ', b.onHoldVnd,
        'Đơn đang có yêu cầu trả hàng hoặc khiếu nại; tiền được tính lại khi việc đó xong.'),
      balanceCard('paidOut', 'Đã chi trả', b.paidOutVnd,
        'Đã chuyển, hoặc đang chuyển, vào tài khoản của xưởng.')),
    h('p', { id: 'next-payout', dataset: { date: b.nextPayoutOn || '' } }, next),
    h('p', { class: 'muted small' },
      `Mỗi kỳ, sàn chuyển số “Có thể rút” khi số đó từ ${formatVnd(b.minimumVnd)} trở lên và xưởng có tài khoản nhận tiền dùng được; `
      + 'chưa đủ thì số tiền được cộng dồn sang kỳ sau.'),
    b.availableVnd < 0
      ? notice('warn', 'Số có thể rút đang âm',
        'Xưởng đã hoàn tiền cho khách sau khi tiền của đơn đó được chi trả. Số âm sẽ được trừ vào tiền bán hàng của các kỳ sau.')
      : null,
  ];
}

// ---- receiving account ----

function accountFacts(account, bankName) {
  const state = accountState(account);
  return h('div', { class: 'payout-account-now', dataset: { accountStatus: state.key } },
    h('dl', { class: 'facts' },
      h('dt', {}, 'Ngân hàng'), h('dd', {}, account.bankName || bankName(account.bankBin)),
      h('dt', {}, 'Số tài khoản'), h('dd', {}, account.accountNumber),
      h('dt', {}, 'Chủ tài khoản'), h('dd', {}, account.accountName),
      h('dt', {}, 'Trạng thái'), h('dd', {}, h('span', { class: `badge ${state.tone}`.trim(), id: 'account-status' }, state.label)),
      h('dt', {}, 'Đăng ký lúc'), h('dd', {}, formatDateTime(account.createdAt))),
    state.key === 'COOLING_OFF'
      ? h('p', { class: 'muted small' }, 'Để giữ an toàn cho tiền của xưởng, tài khoản mới chỉ nhận tiền sau thời gian chờ. '
        + 'Chúng tôi đã gửi thư báo việc đổi tài khoản tới e-mail của bạn; nếu không phải bạn đổi, hãy báo ngay cho sàn.')
      : null,
    state.key === 'AWAITING_APPROVAL'
      ? h('p', { class: 'muted small' }, 'Tên chủ tài khoản khác tên chủ xưởng đã đăng ký, nên cán bộ sẽ kiểm tra trước khi sàn chuyển tiền vào tài khoản này.')
      : null,
    state.key === 'REFUSED'
      ? h('p', { class: 'muted small' }, 'Cán bộ chưa chấp nhận tài khoản này. Hãy nhập một tài khoản đứng tên chủ xưởng.')
      : null);
}

function accountForm(account, bankList, ownerName, onSaved) {
  const select = h('select', { required: true },
    h('option', { value: '' }, 'Chọn ngân hàng…'),
    [...bankList].sort((a, b) => a.shortName.localeCompare(b.shortName, 'vi'))
      .map((b) => h('option', { value: b.bin, selected: account?.bankBin === b.bin }, `${b.shortName} · ${b.name}`)));
  const bank = field({ name: 'bankBin', label: 'Ngân hàng', control: select, id: 'account-bank' });
  const number = field({
    name: 'accountNumber', label: 'Số tài khoản', id: 'account-number',
    hint: 'Từ 6 đến 19 chữ số, như trên thẻ hoặc sổ tài khoản.',
    attrs: { inputmode: 'numeric', autocomplete: 'off', maxlength: 30, required: true },
  });
  const name = field({
    name: 'accountName', label: 'Tên chủ tài khoản', id: 'account-name',
    hint: `Đúng như ngân hàng ghi; có dấu hay không dấu đều được. Trùng tên chủ xưởng đã đăng ký (${ownerName}) thì không cần duyệt; khác tên thì cán bộ kiểm tra trước.`,
    attrs: { autocomplete: 'off', maxlength: 70, required: true, value: account?.accountName || ownerName || '' },
  });
  const password = field({
    name: 'password', label: 'Mật khẩu đăng nhập', type: 'password', id: 'account-password',
    hint: 'Nhập lại mật khẩu để chắc chắn chính bạn đổi tài khoản nhận tiền.',
    attrs: { autocomplete: 'current-password', required: true },
  });
  const submit = h('button', { type: 'submit', class: 'btn', id: 'account-save' }, 'Lưu tài khoản nhận tiền');
  const form = h('form', { id: 'account-form', class: 'form-grid', novalidate: true, 'aria-label': 'Tài khoản nhận tiền' },
    bankList.length ? null : notice('warn', null, 'Chưa tải được danh sách ngân hàng. Hãy tải lại trang.'),
    bank.wrapper, number.wrapper, name.wrapper, password.wrapper,
    h('p', { class: 'muted small' }, 'Mỗi lần đổi tài khoản, chúng tôi gửi thư báo tới e-mail của bạn và chỉ chuyển tiền vào tài khoản mới sau thời gian chờ.'),
    h('div', { class: 'form-actions' }, submit));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    clearErrors(form);
    const problems = checkConstraints(form);
    if (problems.length) { showErrors(form, problems); return; }
    const body = {
      bankBin: select.value,
      // people write an account number in groups: "0123 456 789"
      accountNumber: number.input.value.replace(/[\s.-]/g, '').toUpperCase(),
      accountName: name.input.value.trim(),
      password: password.input.value,
    };
    await busy(submit, 'Đang lưu…', async () => {
      try {
        const saved = await put('/api/my/payout-account', body);
        toast('Đã lưu tài khoản nhận tiền.');
        onSaved(saved);
      } catch (err) {
        if (signedOut(err)) return;
        password.input.value = '';
        showProblem(form, err, 'Chưa lưu được tài khoản');
      }
    });
  });
  return form;
}

function accountContent(account, bankBook, ownerName, rerender) {
  const form = accountForm(account, bankBook.list, ownerName, rerender);
  if (!account) {
    return [notice('info', null, 'Xưởng chưa có tài khoản nhận tiền. Hãy thêm tài khoản để sàn chuyển tiền bán hàng cho bạn.'), form];
  }
  return [
    accountFacts(account, bankBook.name),
    h('details', { class: 'account-change', id: 'account-change', open: account.status === 'REFUSED' },
      h('summary', {}, 'Đổi tài khoản nhận tiền'), form),
  ];
}

// ---- payouts ----

function payoutCard(p, bankName) {
  const parts = p.parts || [];
  return h('li', { class: 'card payout', dataset: { id: String(p.id), status: p.status } },
    h('div', { class: 'payout-head' },
      h('h3', {}, periodLabel(p.period)),
      statusBadge(p.status, PAYOUT_LINE_STATUS)),
    h('p', { class: 'payout-amount price' }, formatVnd(p.amountVnd)),
    h('p', { class: 'muted small' }, `Tới ${bankName(p.bankBin)} · ${p.accountNumberMasked || ''}`),
    h('p', { class: 'muted small' },
      `Lập lệnh lúc ${formatDateTime(p.createdAt)}`,
      p.settledAt ? ` · ${p.status === 'REJECTED' ? 'Bị trả lại lúc' : 'Vào tài khoản lúc'} ${formatDateTime(p.settledAt)}` : ''),
    p.status === 'REJECTED'
      ? h('p', { class: 'small' }, p.statusReason ? `Lý do: ${p.statusReason}. ` : '',
        'Số tiền đã trở lại mục “Có thể rút” và sẽ được chuyển ở kỳ sau.')
      : null,
    parts.length
      ? h('details', { class: 'payout-parts' },
        h('summary', {}, `Gồm ${formatNumber(parts.length)} phần đơn`),
        h('ul', {}, parts.map((part) => h('li', { dataset: { shopOrderId: String(part.shopOrderId) } },
          h('span', {}, `Đơn ${part.orderNumber || `#${part.shopOrderId}`}`),
          h('span', { class: 'price' }, formatVnd(part.netVnd))))))
      : null);
}

function payoutsContent(payouts, bankName) {
  const items = payouts.items || [];
  if (!items.length) {
    return emptyState('Chưa có lần chi trả nào',
      'Khi tiền bán hàng qua thời hạn đổi trả, sàn chuyển vào tài khoản của xưởng trong kỳ chi trả tới.');
  }
  return h('ul', { class: 'payout-list' }, items.map((p) => payoutCard(p, bankName)));
}

// ---- statements and certificates ----

/** The last months in Vietnam, this one first: ["2026-12", "2026-11", …]. */
function lastMonths(count) {
  const [year, month] = today().split('-').map(Number);
  return Array.from({ length: count }, (_, i) => {
    const d = new Date(Date.UTC(year, month - 1 - i, 1));
    return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
  });
}

const monthLabel = (key) => `Tháng ${Number(key.slice(5))}/${key.slice(0, 4)}`;

function statementButton(month, ext, result) {
  return downloadButton({
    text: ext.toUpperCase(), path: `/api/my/statements/${month}.${ext}`, fileName: `sao-ke_${month}.${ext}`, result,
    attrs: { class: `statement-${ext}`, 'aria-label': `Tải sao kê ${monthLabel(month).toLowerCase()} dạng ${ext.toUpperCase()}` },
  });
}

function papersContent() {
  const result = h('p', { id: 'download-result', class: 'muted small', role: 'status', 'aria-live': 'polite' });
  const months = lastMonths(STATEMENT_MONTHS);
  const thisYear = Number(months[0].slice(0, 4));
  return [
    h('p', { class: 'muted small' }, 'Sao kê ghi số dư đầu tháng, tiền bán hàng, phí sàn, thuế sàn khấu trừ, tiền hoàn cho khách, '
      + 'tiền đã chi trả và số dư cuối tháng.'),
    h('ul', { class: 'paper-list', id: 'statements' }, months.map((m, i) => h('li', { dataset: { month: m } },
      h('span', {}, monthLabel(m), i === 0 ? h('small', { class: 'muted' }, ' (đến hôm nay)') : null),
      h('span', { class: 'btn-row' },
        statementButton(m, 'pdf', result), statementButton(m, 'csv', result))))),
    h('h3', { id: 'certificates-title' }, 'Chứng từ khấu trừ thuế'),
    h('p', { class: 'muted small' }, 'Sàn khấu trừ thuế giá trị gia tăng và thuế thu nhập cá nhân thay cho xưởng (Nghị định 117/2025/NĐ-CP). '
      + 'Chứng từ theo năm ghi tổng doanh thu và số thuế đã khấu trừ, để bạn đối chiếu hoặc nộp cho cơ quan thuế.'),
    h('ul', { class: 'paper-list', id: 'tax-certificates', 'aria-labelledby': 'certificates-title' },
      [thisYear, thisYear - 1].map((year) => h('li', { dataset: { year: String(year) } },
        h('span', {}, `Năm ${year}`, year === thisYear ? h('small', { class: 'muted' }, ' (đến hôm nay)') : null),
        h('span', { class: 'btn-row' },
          downloadButton({
            text: 'PDF', path: `/api/my/tax-certificates/${year}.pdf`, fileName: `chung-tu-khau-tru-thue_${year}.pdf`, result,
            attrs: { class: 'certificate-pdf', 'aria-label': `Tải chứng từ khấu trừ thuế năm ${year} dạng PDF` },
          }))))),
    result,
  ];
}

// ---- page ----

function section(id, title, ...content) {
  return h('section', { class: 'panel', id, 'aria-labelledby': `${id}-title` },
    h('h2', { id: `${id}-title` }, title), ...content);
}

/** Fills a section from its loader; answers false when it could not. */
async function part(el, title, what, loader) {
  fill(el, h('h2', { id: `${el.id}-title` }, title), loading(`Đang tải ${what}…`));
  try {
    const content = await loader();
    fill(el, h('h2', { id: `${el.id}-title` }, title), content);
    return true;
  } catch (err) {
    if (signedOut(err)) return false;
    fill(el, h('h2', { id: `${el.id}-title` }, title), errorBox(err, { notFound: 'Bạn chưa mở cửa hàng.' }));
    return false;
  }
}

async function start() {
  const user = await signedInUser(me);
  if (!user) return;
  if (!user.roles?.includes('ARTISAN')) {
    fill(root, h('h1', {}, 'Tiền của xưởng'), notice('info', 'Trang này dành cho nghệ nhân',
      'Tài khoản của bạn là tài khoản người mua.'));
    setPageState('ready');
    return;
  }
  if (!user.shop) {
    fill(root, h('h1', {}, 'Tiền của xưởng'), notice('info', 'Bạn chưa mở cửa hàng',
      'Khi cửa hàng bán được hàng, tiền của xưởng sẽ hiện ở đây.',
      h('div', { class: 'btn-row' }, h('a', { class: 'btn btn-small', href: '/artisan.html' }, 'Mở cửa hàng'))));
    setPageState('ready');
    return;
  }
  const balance = section('money-balance', 'Số dư');
  const account = section('payout-account', 'Tài khoản nhận tiền');
  const payouts = section('my-payouts', 'Các lần chi trả');
  const papers = section('money-papers', 'Sao kê và chứng từ thuế', ...papersContent());
  fill(root,
    h('div', { class: 'workspace-head' },
      h('h1', {}, 'Tiền của xưởng'),
      h('div', { class: 'btn-row' },
        h('a', { class: 'btn btn-secondary btn-small', href: '/shop-ledger.html' }, 'Sổ doanh thu'),
        h('a', { class: 'btn btn-secondary btn-small', href: '/shop-sales.html' }, 'Doanh số'))),
    balance, account, payouts, papers);

  const bankBook = await banks();
  const loadBalance = () => part(balance, 'Số dư', 'số dư', async () => balanceContent(await get('/api/my/balance')));
  const loadAccount = () => part(account, 'Tài khoản nhận tiền', 'tài khoản', async () => {
    const current = await get('/api/my/payout-account').catch((err) => {
      if (err instanceof ApiError && err.status === 404) return null;
      throw err;
    });
    return accountContent(current, bankBook, user.displayName || '', async () => {
      setPageState('loading');
      const ok = await loadAccount();
      account.querySelector('h2')?.setAttribute('tabindex', '-1');
      account.querySelector('h2')?.focus();
      setPageState(ok ? 'ready' : 'error');
    });
  });
  const loadPayouts = () => part(payouts, 'Các lần chi trả', 'các lần chi trả',
    async () => payoutsContent(await get('/api/my/payouts'), bankBook.name));

  const results = await Promise.all([loadBalance(), loadAccount(), loadPayouts()]);
  setPageState(results.every(Boolean) ? 'ready' : 'error');
}

start();
