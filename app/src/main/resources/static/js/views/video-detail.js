// One of my videos: status, failure reason, the original and processed players, and delete (with confirmation)
// while the video is not published. Refreshed every few seconds while it is processing.
import { api } from '../api.js';
import { formatDate, formatVotes, h, heading, inProgress, messageArea, statusBadge } from '../dom.js';
import { currentPath, navigate, withQuery } from '../router.js';

const POLL_MS = 3000;

export function videoDetailView({ page, params, title, onLeave }) {
    title('Detalle del video');
    const name = heading('Detalle del video');
    const status = messageArea();
    const body = h('div');
    let timer;
    let left = false;
    let shown = null;
    onLeave(() => {
        left = true;
        clearTimeout(timer);
    });

    async function load() {
        clearTimeout(timer);
        try {
            const { data } = await api.video(params.id);
            if (left) {
                return;
            }
            // re-rendered only when the status changed, so a playing video is not interrupted, and not under an
            // open confirmation dialog (checked again at the next poll)
            const confirming = body.querySelector('dialog[open]') !== null;
            if (!confirming && shown?.status !== data.status) {
                if (shown === null) {
                    status.clear();
                }
                shown = data;
                name.textContent = data.title;
                title(data.title);
                body.replaceChildren(...details(data, status, load));
            }
            if (confirming || inProgress(data.status)) {
                timer = setTimeout(load, POLL_MS);
            }
        } catch (error) {
            if (error.status === 401) {
                navigate(withQuery('/login', { next: currentPath() }), error.message);
                return;
            }
            status.show(error.message, 'error');
        }
    }

    page.append(h('p', {}, h('a', { href: '#/mis-videos' }, '← Mis videos')), name, status, body);
    status.show('Cargando el video…');
    load();
}

function details(video, status, reload) {
    return [
        h('dl', { class: 'facts' },
            h('dt', {}, 'Estado'), h('dd', {}, statusBadge(video.status)),
            h('dt', {}, 'Subido'), h('dd', {}, formatDate(video.uploaded_at)),
            video.processed_at ? [h('dt', {}, 'Publicado'), h('dd', {}, formatDate(video.processed_at))] : null,
            video.status === 'processed' ? [h('dt', {}, 'Votos'), h('dd', {}, formatVotes(video.votes))] : null),
        video.status === 'failed'
            ? h('p', { class: 'failure' }, h('strong', {}, 'Motivo del fallo: '),
                video.failure_reason ?? 'no disponible.')
            : null,
        h('div', { class: 'players' },
            h('figure', {},
                h('figcaption', {}, 'Video procesado (el que ve el público)'),
                video.processed_url
                    ? h('video', { class: 'player processed', controls: true, preload: 'metadata', playsinline: true,
                        src: video.processed_url, poster: video.thumbnail_url })
                    : h('p', { class: 'placeholder' }, video.status === 'failed'
                        ? 'No hay video procesado: el procesamiento falló.'
                        : 'Estará disponible cuando termine el procesamiento.')),
            h('figure', {},
                h('figcaption', {}, 'Video original'),
                video.original_url
                    ? h('video', { class: 'player original', controls: true, preload: 'metadata', playsinline: true,
                        src: video.original_url })
                    : h('p', { class: 'placeholder' }, 'No disponible.'))),
        deleteSection(video, status, reload),
    ].filter(Boolean);
}

function deleteSection(video, status, reload) {
    if (video.status === 'processed') {
        return h('p', { class: 'hint' }, 'Este video ya está publicado para votación y no se puede eliminar.');
    }
    const confirm = h('button', { type: 'button', class: 'button danger' }, 'Sí, eliminar');
    const keep = h('button', { type: 'button', class: 'button secondary', autofocus: true }, 'Cancelar');
    const dialog = h('dialog', { class: 'confirm', 'aria-labelledby': 'confirmar-titulo',
        'aria-describedby': 'confirmar-texto' },
        h('h2', { id: 'confirmar-titulo' }, '¿Eliminar este video?'),
        h('p', { id: 'confirmar-texto' }, `«${video.title}» y sus archivos se borrarán. Esta acción no se puede `
            + 'deshacer.'),
        h('div', { class: 'actions' }, keep, confirm));
    const open = h('button', { type: 'button', class: 'button danger' }, 'Eliminar video');

    open.addEventListener('click', () => dialog.showModal());
    keep.addEventListener('click', () => dialog.close());
    dialog.addEventListener('close', () => open.focus());
    confirm.addEventListener('click', async () => {
        confirm.disabled = true;
        try {
            const { data } = await api.deleteVideo(video.video_id);
            dialog.close();
            navigate('/mis-videos', data.message);
        } catch (error) {
            dialog.close();
            // e.g. it was published while the page was open: say why, and show its current state
            status.show(error.message, 'error');
            if (error.status === 400) {
                reload();
            }
        } finally {
            confirm.disabled = false;
        }
    });
    return h('section', { class: 'danger-zone', 'aria-labelledby': 'titulo-eliminar' },
        h('h2', { id: 'titulo-eliminar' }, 'Eliminar'),
        h('p', { class: 'hint' }, 'Puedes eliminar el video mientras no esté publicado para votación.'),
        open, dialog);
}
