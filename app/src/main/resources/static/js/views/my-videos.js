// "Mis videos": the upload form with a real progress bar, and the player's videos, refreshed every few seconds
// while any of them is still waiting for or in processing.
import { api } from '../api.js';
import { h, heading, inProgress, messageArea } from '../dom.js';
import { currentPath, navigate, withQuery } from '../router.js';
import { announceChanges, listSummary as summary, videoRow as row } from './my-video-row.js';
import { uploadSection } from './upload-form.js';

const POLL_MS = 3000;

export function myVideosView({ page, title, onLeave }) {
    title('Mis videos');
    const list = h('ul', { class: 'video-list', 'aria-label': 'Mis videos' });
    const listStatus = messageArea('message list-status');
    const changes = h('p', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite' });
    const failureReasons = new Map();
    let videos = [];
    let loaded = false;
    let timer;
    let left = false;
    onLeave(() => {
        left = true;
        clearTimeout(timer);
    });

    function render() {
        list.replaceChildren(...videos.map((video) => row(video, failureReasons.get(video.video_id))));
        listStatus.show(videos.length === 0 ? 'Aún no has subido videos.' : '');
    }

    function schedule() {
        clearTimeout(timer);
        if (!left && videos.some((video) => inProgress(video.status))) {
            timer = setTimeout(refresh, POLL_MS);
        }
    }

    async function refresh() {
        try {
            const { data } = await api.myVideos();
            if (left) {
                return;
            }
            announceChanges(videos, data, changes);
            // redrawn only when something shows a change, so keyboard focus in the list survives the polling
            const changed = !loaded || summary(data) !== summary(videos);
            loaded = true;
            videos = data;
            if (changed) {
                render();
            }
            await loadFailureReasons();
        } catch (error) {
            if (error.status === 401) {
                navigate(withQuery('/login', { next: currentPath() }), error.message);
                return;
            }
            listStatus.show(error.message, 'error');
        }
        schedule();
    }

    /** The list has no failure_reason; a failed video's detail has it (asked once per video). */
    async function loadFailureReasons() {
        const missing = videos.filter((v) => v.status === 'failed' && !failureReasons.has(v.video_id));
        if (missing.length === 0) {
            return;
        }
        await Promise.all(missing.map((video) => api.video(video.video_id)
            .then(({ data }) => failureReasons.set(video.video_id, data.failure_reason))
            .catch(() => failureReasons.set(video.video_id, null))));
        if (!left) {
            render();
        }
    }

    const uploadForm = uploadSection((uploaded) => {
        // A new video starts as `uploaded` (SPEC §2): shown at once, then the polling follows its processing.
        videos = [{ video_id: uploaded.video_id, title: uploaded.title, status: 'uploaded',
            uploaded_at: new Date().toISOString(), processed_at: null }, ...videos];
        render();
        schedule();
    });

    page.append(
        heading('Mis videos'),
        h('div', { class: 'two-columns' },
            uploadForm,
            h('section', { class: 'card', 'aria-labelledby': 'titulo-lista' },
                h('h2', { id: 'titulo-lista' }, 'Tus videos'),
                h('p', { class: 'hint' }, 'El estado se actualiza solo mientras un video se procesa. Los videos '
                    + 'publicados entran a la votación y ya no se pueden eliminar.'),
                listStatus, list, changes)));

    listStatus.show('Cargando tus videos…');
    refresh();
}
