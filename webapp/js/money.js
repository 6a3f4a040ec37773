// What the workshop's money page (shop-money.js) and the payouts desk (payouts.js) share: the
// statuses of a payout line and of a receiving account, payout periods (ISO weeks) in Vietnam's
// time, and the bank list behind the BINs.

import { get } from '/js/api.js';
import { today } from '/js/sales.js';
import { formatDateTime } from '/js/ui.js';

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
