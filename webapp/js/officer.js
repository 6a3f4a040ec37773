// What the officers' pages share: letting in only officers and administrators, and a button that
// posts one decision, then reloads the list (or says why it could not).

import { ApiError, describeError, post, translate } from '/js/api.js';
import { signedInUser } from '/js/layout.js';
import { fill, notice, setPageState, toast } from '/js/ui.js';

/** The signed-in officer or administrator; anyone else is told the page is not theirs (null). */
export async function officerOnly(me, root) {
  const user = await signedInUser(me);
  if (!user) return null;
  if (!user.roles?.some((r) => r === 'OFFICER' || r === 'ADMIN')) {
    fill(root, notice('error', 'Không có quyền', 'Trang này dành cho cán bộ quản lý.'));
    setPageState('error');
    return null;
  }
  return user;
}

/** Posts `body` to `path`; on success a toast and `reload()`, on failure the reason in `result`. */
export async function act(button, result, path, body, done, reload) {
  button.disabled = true;
  try {
    await post(path, body || {});
    toast(done);
    await reload();
  } catch (err) {
    result.replaceChildren(notice('error', 'Chưa thực hiện được', err instanceof ApiError ? (translate(err.detail) || describeError(err)) : describeError(err)));
    button.disabled = false;
  }
}
