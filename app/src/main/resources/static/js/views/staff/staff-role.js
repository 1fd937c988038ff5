// Whether the logged-in account is staff, read from GET /api/me once per session token. The navigation shows the
// console's link only to staff; the server checks the role on every /api/staff/** call anyway.
import { api, session } from '../../api.js';

let known = { token: null, staff: false };
let pending = null;

/** The answer already known for the current session, without asking the server (false while unknown). */
export function knownStaff() {
    const token = session.current()?.token;
    return token !== undefined && known.token === token && known.staff;
}

/** @returns {Promise<boolean>} whether the current session is staff's; false when logged out */
export function isStaff() {
    const token = session.current()?.token;
    if (!token) {
        return Promise.resolve(false);
    }
    if (known.token === token) {
        return Promise.resolve(known.staff);
    }
    pending ??= api.me().then(({ data }) => {
        known = { token, staff: data?.role === 'staff' };
        window.dispatchEvent(new Event('role-known'));
        return known.staff;
    }).finally(() => {
        pending = null;
    });
    return pending;
}
