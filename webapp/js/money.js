// What the workshop's money page (shop-money.js) and the payouts desk (payouts.js) share: the
// statuses of a payout line and of a receiving account, payout periods (ISO weeks) in Vietnam's
// time, the bank list behind the BINs, and file downloads with the session.

import { ApiError, describeError, get } from '/js/api.js';
import { showErrors, showFormMessage } from '/js/forms.js';
import { loginRedirect } from '/js/layout.js';
import { download, today } from '/js/sales.js';
import { h, formatDateTime, formatNumber } from '/js/ui.js';

/** One shop's transfer in a payout run, as the artisan and the admin see it. */
export const PAYOUT_LINE_STATUS = {
  SENT: { label: 'Đã gửi lệnh cho ngân hàng', tone: 'badge-info' },
  PAID: { label: 'Đã vào tài khoản', tone: 'badge-ok' },
  REJECTED: { label: 'Ngân hàng trả lại', tone: 'badge-danger' },
};

export const PAYOUT_RUN_STATUS = {
  OPEN: { label: 'Chờ kết quả từ ngân hàng', tone: 'badge-warn' },
  COMPLETED: { label: 'Đã xong', tone: 'badge-ok' },
};

/**
 * A receiving account's state in words. An active account still inside its cooling-off period
 * (usableFrom ahead) is not paid to yet, and says until when.
 */
export function accountState(account, now = new Date()) {
  if (account.status === 'ACTIVE' && account.usableFrom && new Date(account.usableFrom) > now) {
    return { key: 'COOLING_OFF', label: `Đang chờ hết thời gian chờ, nhận tiền từ ${formatDateTime(account.usableFrom)}`, tone: 'badge-warn' };
  }
  const known = {
    ACTIVE: { label: 'Đang dùng để nhận tiền', tone: 'badge-ok' },
    AWAITING_APPROVAL: { label: 'Chờ cán bộ duyệt', tone: 'badge-warn' },
    REFUSED: { label: 'Không được duyệt', tone: 'badge-danger' },
    REPLACED: { label: 'Đã thay bằng tài khoản khác', tone: '' },
  }[account.status] || { label: account.status, tone: '' };
  return { key: account.status, ...known };
}

/** This week in Vietnam as an ISO week, "2026-W50": the period a payout run is for. */
export function currentIsoWeek() {
  const d = new Date(`${today()}T00:00:00Z`);
  const weekday = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - weekday); // the week's Thursday decides its year
  const yearStart = Date.UTC(d.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((d - yearStart) / 86_400_000 + 1) / 7);
  return `${d.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/** "2026-W50" → "Tuần 50/2026". */
export function periodLabel(period) {
  const m = /^(\d{4})-W(\d{2})$/.exec(period || '');
  return m ? `Tuần ${Number(m[2])}/${m[1]}` : period || '';
}

/** A date without a time ("2026-12-14", a day in Vietnam) as "Thứ Hai, 14/12/2026". */
export function dayLabel(isoDate) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate || '')) return '';
  const text = new Intl.DateTimeFormat('vi-VN', {
    timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'numeric', year: 'numeric',
  }).format(new Date(`${isoDate}T00:00:00Z`));
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The NAPAS banks (GET /api/banks) and a lookup by BIN; an empty list when it cannot be had. */
export async function banks() {
  let list = [];
  try {
    list = await get('/api/banks');
  } catch {
    // the page still shows the BIN where the name would be
  }
  const byBin = new Map((Array.isArray(list) ? list : []).map((b) => [b.bin, b]));
  return { list: [...byBin.values()], name: (bin) => byBin.get(bin)?.shortName || byBin.get(bin)?.name || bin };
}

/** Sends the visitor to sign in when the token expired; true when it did. */
export function signedOut(err) {
  if (err instanceof ApiError && err.status === 401) {
    loginRedirect();
    return true;
  }
  return false;
}

/** The field errors of a problem in words, or what went wrong in one sentence. */
export function problemText(err) {
  return err instanceof ApiError && err.errors.length
    ? err.fieldErrors().map((e) => e.message).join(' ')
    : describeError(err);
}

/** A problem from the API on a form: beside the fields it names, else at the top of the form. */
export function showProblem(form, err, title) {
  if (err instanceof ApiError && err.errors.length) showErrors(form, err.fieldErrors(), { title });
  else showFormMessage(form, 'error', title, describeError(err));
}

/**
 * A button that fetches a file with the session and saves it, saying in `result` what came (its
 * data-file and data-path name the file and where it came from); `then` runs after each download.
 */
export function downloadButton({ text, path, fileName, result, attrs = {}, then = null }) {
  return h('button', {
    type: 'button', ...attrs, class: `btn btn-secondary btn-small ${attrs.class || ''}`.trim(),
    onclick: async (e) => {
      const button = e.currentTarget;
      button.disabled = true;
      result.textContent = 'Đang chuẩn bị tệp…';
      delete result.dataset.file;
      try {
        const file = await download(path, fileName);
        result.dataset.file = file.name;
        result.dataset.path = path;
        result.textContent = `Đã tải ${file.name} (${formatNumber(Math.max(1, Math.ceil(file.size / 1024)))} KB).`;
        if (then) await then();
      } catch (err) {
        if (signedOut(err)) return;
        result.textContent = `Chưa tải được tệp: ${problemText(err)}`;
      } finally {
        button.disabled = false;
      }
    },
  }, text);
}
