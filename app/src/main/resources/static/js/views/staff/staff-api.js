// The staff endpoints (/api/staff/**, plus the public city list) and the roster's CSV download.
import { ApiError, authHeaders, query, refused, request } from '../../api.js';

const id = (value) => encodeURIComponent(value);
// public reads may be cached for a few seconds; staff check the effect of what they just did
const FRESH = { cache: 'no-store' };

export const staffApi = {
    contest: () => request('GET', '/api/staff/contest'),
    publicContest: () => request('GET', '/api/public/contest', undefined, FRESH),
    saveContest: (rules) => request('PUT', '/api/staff/contest', rules),
    videos: ({ hidden, page, limit }) => request('GET', `/api/staff/videos${query({ hidden, page, limit })}`),
    hideVideo: (videoId, reason) => request('POST', `/api/staff/videos/${id(videoId)}/hide`, { reason }),
    unhideVideo: (videoId) => request('POST', `/api/staff/videos/${id(videoId)}/unhide`),
    users: ({ q, page, limit }) => request('GET', `/api/staff/users${query({ q, page, limit })}`),
    suspendUser: (userId, reason) => request('POST', `/api/staff/users/${id(userId)}/suspend`, { reason }),
    reinstateUser: (userId) => request('POST', `/api/staff/users/${id(userId)}/reinstate`),
    suspicious: (videoId) => request('GET', `/api/staff/votes/suspicious${query({ video_id: videoId })}`),
    voidVotes: (userId, reason) => request('POST', `/api/staff/users/${id(userId)}/void-votes`, { reason }),
    topVideos: () => request('GET', `/api/public/videos${query({ sort: 'votes', limit: 50 })}`, undefined, FRESH),
    cities: () => request('GET', '/api/public/cities', undefined, FRESH),
    catalogue: () => request('GET', '/api/public/cities/catalogue'),
    mergeCities: (from, into) => request('POST', '/api/staff/cities/merge', { from, into }),
    results: (top) => request('GET', `/api/staff/results${query({ top })}`),
    auditLog: () => request('GET', '/api/staff/audit-log'),
};

/** A list answer that may come bare or paged as {items, total}: always {items, total}. */
export function itemsOf(data) {
    if (Array.isArray(data)) {
        return { items: data, total: data.length };
    }
    return { items: data?.items ?? [], total: data?.total ?? data?.items?.length ?? 0 };
}

/**
 * Downloads the roster as CSV: a plain link cannot carry the Bearer token, so the file is fetched, kept as a Blob
 * and saved through a temporary object URL with the server's file name.
 */
export async function downloadResultsCsv(top) {
    const headers = { Accept: 'text/csv', ...authHeaders() };
    let response;
    try {
        response = await fetch(`/api/staff/results${query({ top })}`, { headers });
    } catch {
        throw new ApiError(0, { detail: 'No se pudo conectar con el servidor. Revisa tu conexión e intenta de nuevo.'
        });
    }
    if (!response.ok) {
        throw refused(response.status, await response.text(), 'Authorization' in headers);
    }
    const blob = await response.blob();
    const name = fileName(response.headers.get('Content-Disposition')) ?? `resultados-top-${top}.csv`;
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    document.body.append(link);
    link.click();
    link.remove();
    // revoked later, not at once: the browser may still be reading the Blob when click() returns
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    return name;
}

function fileName(disposition) {
    const match = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition ?? '');
    return match ? decodeURIComponent(match[1]) : null;
}
