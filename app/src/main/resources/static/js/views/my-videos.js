// "Mis videos": the upload form with a real progress bar, and the player's videos, refreshed every few seconds
// while any of them is still waiting for or in processing.
import { api, uploadVideo } from '../api.js';
import { h, heading, inProgress, messageArea } from '../dom.js';
import { clearErrors, field, fileField, serverFieldErrors, showErrors } from '../forms.js';
import { LIMITS, checkMedia, checkUpload } from '../rules.js';
import { currentPath, navigate, withQuery } from '../router.js';
import { announceChanges, listSummary as summary, videoRow as row } from './my-video-row.js';

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

function uploadSection(onUploaded) {
    const messages = messageArea();
    const progress = h('progress', { id: 'progreso-subida', max: '100', value: '0' });
    const percent = h('span', { class: 'progress-text', 'aria-hidden': 'true' }, '0 %');
    const cancel = h('button', { type: 'button', class: 'button secondary', hidden: true }, 'Cancelar subida');
    const progressBox = h('div', { class: 'progress', hidden: true },
        h('label', { for: 'progreso-subida' }, 'Progreso de la subida'),
        h('div', { class: 'progress-row' }, progress, percent, cancel));
    const submit = h('button', { type: 'submit', class: 'button primary' }, 'Subir video');
    const form = h('form', { class: 'form', novalidate: true },
        field({ name: 'title', label: 'Título', maxlength: LIMITS.titleMaxLength, autocomplete: 'off',
            hint: `Entre 1 y ${LIMITS.titleMaxLength} caracteres, por ejemplo «Crossover y bandeja».` }),
        fileField({ name: 'video_file', label: 'Archivo de video', accept: 'video/mp4,.mp4',
            hint: `MP4 de ${LIMITS.minSeconds} a ${LIMITS.maxSeconds} segundos, mínimo 1080p, hasta `
                + `${LIMITS.maxUploadBytes / 1024 / 1024} MB.` }),
        progressBox, messages, submit);

    const showProgress = (fraction) => {
        const value = Math.round(fraction * 100);
        progress.value = value;
        percent.textContent = `${value} %`;
        if (value === 100) {
            messages.show('Archivo enviado. El servidor está validando el video…');
        }
    };

    form.addEventListener('submit', async (event) => {
        event.preventDefault();
        const title = form.elements.title.value;
        const file = form.elements.video_file.files[0];
        const errors = checkUpload(title, file);
        if (Object.keys(errors).length > 0) {
            showErrors(form, messages, errors);
            return;
        }
        const media = await readMedia(file);
        const mediaProblem = media && checkMedia(media);
        if (mediaProblem) {
            showErrors(form, messages, { video_file: mediaProblem }, mediaProblem);
            return;
        }
        clearErrors(form);

        const controller = new AbortController();
        cancel.onclick = () => controller.abort();
        submit.disabled = true;
        cancel.hidden = false;
        progressBox.hidden = false;
        showProgress(0);
        messages.show('Subiendo el video…');
        try {
            const uploaded = await uploadVideo(title.trim(), file, { onProgress: showProgress,
                signal: controller.signal });
            messages.show(uploaded.message, 'success');
            form.reset();
            form.elements.video_file.dispatchEvent(new Event('change'));
            onUploaded({ ...uploaded, title: title.trim() });
        } catch (error) {
            showErrors(form, messages, serverFieldErrors(error), error.message);
        } finally {
            submit.disabled = false;
            cancel.hidden = true;
        }
    });

    return h('section', { class: 'card', 'aria-labelledby': 'titulo-subir' },
        h('h2', { id: 'titulo-subir' }, 'Subir un video'), form);
}

/**
 * Duration and size of the picture as the browser reads them, or null when it cannot (then only the server
 * checks them).
 */
function readMedia(file) {
    return new Promise((resolve) => {
        const video = document.createElement('video');
        const url = URL.createObjectURL(file);
        const done = (result) => {
            clearTimeout(timer);
            video.removeAttribute('src');
            URL.revokeObjectURL(url);
            resolve(result);
        };
        const timer = setTimeout(() => done(null), 5000);
        video.preload = 'metadata';
        video.addEventListener('loadedmetadata', () => {
            const { duration, videoWidth: width, videoHeight: height } = video;
            done(Number.isFinite(duration) && width > 0 ? { duration, width, height } : null);
        });
        video.addEventListener('error', () => done(null));
        video.src = url;
    });
}
