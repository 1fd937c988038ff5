// The upload form of "Mis videos": checks in the browser first (title, type, size, duration and resolution as the
// browser reads them), then a real progress bar while the file streams, and a cancel button.
import { uploadVideo } from '../api.js';
import { h, messageArea } from '../dom.js';
import { clearErrors, field, fileField, serverFieldErrors, showErrors } from '../forms.js';
import { LIMITS, checkMedia, checkUpload } from '../rules.js';

/** The form's section; onUploaded gets the 201 body with the trimmed title once the server has accepted the file. */
export function uploadSection(onUploaded) {
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
