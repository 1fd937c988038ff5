// One row of "Mis videos": title, status, dates, why it failed, and whether the ANB staff hid it and why.
import { formatDate, h, statusBadge, statusLabel } from '../dom.js';
import { shareButton } from '../share.js';

export function videoRow(video, failureReason) {
    return h('li', { class: 'video-row', 'data-video-id': video.video_id },
        h('div', { class: 'video-row-main' },
            h('a', { class: 'video-title', href: `#/videos/${video.video_id}` }, video.title),
            h('span', { class: 'badges' }, statusBadge(video.status),
                video.hidden ? h('span', { class: 'badge badge-hidden', 'data-hidden': 'true' }, 'Oculto') : null)),
        h('p', { class: 'meta' }, h('span', { class: 'nowrap' }, `Subido el ${formatDate(video.uploaded_at)}`),
            video.processed_at
                ? [' · ', h('span', { class: 'nowrap' }, `Publicado el ${formatDate(video.processed_at)}`)]
                : null),
        video.hidden
            ? h('p', { class: 'hidden-reason' },
                h('strong', {}, 'Oculto por el equipo ANB: '), video.hidden_reason ?? 'sin motivo indicado.')
            : null,
        video.status === 'failed'
            ? h('p', { class: 'failure' }, h('strong', {}, 'Motivo del fallo: '),
                failureReason === undefined ? 'consultando…' : (failureReason ?? 'no disponible.'))
            : null,
        // published and not hidden: the share page exists and can be sent to friends
        video.status === 'processed' && !video.hidden ? shareButton(video) : null);
}

/** What the list shows of each video (the presigned URLs change at every request). */
export function listSummary(videos) {
    return JSON.stringify(videos.map((v) => [v.video_id, v.title, v.status, v.uploaded_at, v.processed_at,
        Boolean(v.hidden), v.hidden_reason ?? null]));
}

/** Tells screen readers which videos changed status since the last look. */
export function announceChanges(before, after, region) {
    const previous = new Map(before.map((video) => [video.video_id, video.status]));
    const changed = after.filter((video) => previous.has(video.video_id)
        && previous.get(video.video_id) !== video.status);
    if (changed.length > 0) {
        region.textContent = changed.map((video) => `«${video.title}»: ${statusLabel(video.status)}.`).join(' ');
    }
}
