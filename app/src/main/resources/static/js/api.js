// The API client: JSON over fetch, RFC 9457 problems turned into ApiError and the session token. The video's
// bytes do not go through it: direct-upload.js sends them straight to the store.

const SESSION_KEY = 'anb.session';
const NETWORK_ERROR = 'No se pudo conectar con el servidor. Revisa tu conexión e intenta de nuevo.';

/** A refused request: `message` is the server's Spanish `detail`, `fieldErrors` its `errors[]` ({field, message}). */
export class ApiError extends Error {
    constructor(status, problem) {
        super(problem?.detail || `La solicitud falló (error ${status}).`);
        this.status = status;
        this.fieldErrors = Array.isArray(problem?.errors) ? problem.errors : [];
    }
}

/** The logged-in user's token, kept in localStorage until it expires or the user logs out. */
export const session = {
    current() {
        try {
            const saved = JSON.parse(localStorage.getItem(SESSION_KEY));
            if (saved?.token && saved.expiresAt > Date.now()) {
                return saved;
            }
        } catch {
            // unreadable: treated as logged out
        }
        return null;
    },
    save(token, expiresInSeconds, email) {
        const expiresAt = Date.now() + expiresInSeconds * 1000;
        localStorage.setItem(SESSION_KEY, JSON.stringify({ token, expiresAt, email }));
        window.dispatchEvent(new Event('session-change'));
    },
    clear() {
        if (localStorage.getItem(SESSION_KEY) !== null) {
            localStorage.removeItem(SESSION_KEY);
            window.dispatchEvent(new Event('session-change'));
        }
    },
};

function authHeaders() {
    const token = session.current()?.token;
    return token ? { Authorization: `Bearer ${token}` } : {};
}

function parse(text) {
    try {
        return text ? JSON.parse(text) : null;
    } catch {
        return null;
    }
}

function refused(status, body, tokenSent) {
    // a token the server no longer accepts (expired, or signed with an old key) ends the session
    if (status === 401 && tokenSent) {
        session.clear();
    }
    return new ApiError(status, parse(body));
}

/**
 * @param {RequestInit} options more fetch options, e.g. {cache: 'no-store'} where a public read must be fresh
 * @returns {Promise<{data: any, total: number|null, headers: Headers}>} the JSON body, X-Total-Count when present,
 * and the other response headers (e.g. X-Rankings-Final)
 */
async function request(method, path, body, options = {}) {
    const headers = { Accept: 'application/json', ...authHeaders() };
    if (body !== undefined) {
        headers['Content-Type'] = 'application/json';
    }
    let response;
    try {
        response = await fetch(path, { ...options, method, headers,
            body: body === undefined ? undefined : JSON.stringify(body) });
    } catch {
        throw new ApiError(0, { detail: NETWORK_ERROR });
    }
    const text = await response.text();
    if (!response.ok) {
        throw refused(response.status, text, 'Authorization' in headers);
    }
    const total = response.headers.get('X-Total-Count');
    return { data: parse(text), total: total === null ? null : Number(total), headers: response.headers };
}

function query(params) {
    const search = new URLSearchParams();
    for (const [name, value] of Object.entries(params)) {
        if (value !== undefined && value !== null && value !== '') {
            search.set(name, value);
        }
    }
    const text = search.toString();
    return text ? `?${text}` : '';
}

// for modules with their own endpoints (the staff console), so this file stays the shared client only
export { authHeaders, query, refused, request };

export const api = {
    signup: (fields) => request('POST', '/api/auth/signup', fields),
    login: (email, password) => request('POST', '/api/auth/login', { email, password }),
    myVideos: () => request('GET', '/api/videos'),
    video: (id) => request('GET', `/api/videos/${encodeURIComponent(id)}`),
    deleteVideo: (id) => request('DELETE', `/api/videos/${encodeURIComponent(id)}`),
    publicVideos: ({ page, limit, city, sort }) =>
        request('GET', `/api/public/videos${query({ page, limit, city, sort })}`),
    vote: (id) => request('POST', `/api/public/videos/${encodeURIComponent(id)}/vote`),
    rankings: ({ page, limit, city }) => request('GET', `/api/public/rankings${query({ page, limit, city })}`),
    me: () => request('GET', '/api/me'),
    verifyEmail: (token) => request('POST', '/api/auth/verify-email', { token }),
    resendVerificationEmail: () => request('POST', '/api/auth/verification-email'),
    contest: () => request('GET', '/api/public/contest'),
    cities: () => request('GET', '/api/public/cities'),
    cityCatalogue: () => request('GET', '/api/public/cities/catalogue'),
    requestPasswordReset: (email) => request('POST', '/api/auth/password-reset', { email }),
    confirmPasswordReset: (fields) => request('POST', '/api/auth/password-reset/confirm', fields),
    changePassword: (fields) => request('POST', '/api/me/password', fields),
    deleteAccount: (password) => request('DELETE', '/api/me', { password }),
    startUpload: (declared) => request('POST', '/api/videos/uploads', declared),
    uploadStatus: (id) => request('GET', `/api/videos/uploads/${encodeURIComponent(id)}`),
    completeUpload: (id, parts) => request('POST', `/api/videos/uploads/${encodeURIComponent(id)}/complete`,
        { parts }),
    abortUpload: (id) => request('DELETE', `/api/videos/uploads/${encodeURIComponent(id)}`),
};

/** GET /api/me/export as a file the browser saves (a link cannot send the bearer token). */
export async function downloadMyData() {
    let response;
    try {
        response = await fetch('/api/me/export', { headers: { Accept: 'application/json', ...authHeaders() } });
    } catch {
        throw new ApiError(0, { detail: NETWORK_ERROR });
    }
    if (!response.ok) {
        throw refused(response.status, await response.text(), true);
    }
    const url = URL.createObjectURL(await response.blob());
    const link = Object.assign(document.createElement('a'), { href: url, download: 'mis-datos-anb.json' });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
