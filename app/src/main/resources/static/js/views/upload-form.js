// The upload form of "Mis videos": checks the file in the browser first, then sends it straight to the store
// (direct-upload.js) with one progress bar across all parts. An upload left unfinished (a reload, a closed tab) is
// offered again: picking the same file resumes it from the parts the store already holds.
import { h, messageArea } from '../dom.js';
import { directUpload, discardPendingUpload, pendingUpload } from '../direct-upload.js';
import { clearErrors, field, fileField, serverFieldErrors, showErrors } from '../forms.js';
import { LIMITS, checkMedia, checkUpload } from '../rules.js';

export function uploadSection(onUploaded) {
    const messages = messageArea();
    const progress = h('progress', { id: 'progreso-subida', max: '100', value: '0' });
    const percent = h('span', { class: 'progress-text', 'aria-hidden': 'true' }, '0 %');
    const cancel = h('button', { type: 'button', class: 'button secondary', hidden: true }, 'Cancelar subida');
    const progressBox = h('div', { class: 'progress', hidden: true },
        h('label', { for: 'progreso-subida' }, 'Progreso de la subida'),
        h('div', { class: 'progress-row' }, progress, percent, cancel));
    const resumeNote = messageArea('message resume-note');
    const submit = h('button', { type: 'submit', class: 'button primary' }, 'Subir video');
    const form = h('form', { class: 'form', novalidate: true },
        field({ name: 'title', label: 'Título', maxlength: LIMITS.titleMaxLength, autocomplete: 'off',
            hint: `Entre 1 y ${LIMITS.titleMaxLength} caracteres, por ejemplo «Crossover y bandeja».` }),
        fileField({ name: 'video_file', label: 'Archivo de video', accept: 'video/mp4,.mp4',
            hint: `MP4 de ${LIMITS.minSeconds} a ${LIMITS.maxSeconds} segundos, mínimo 1080p, hasta `
                + `${LIMITS.maxUploadBytes / 1024 / 1024} MB.` }),
        progressBox, messages, resumeNote, submit);

    const showProgress = (fraction) => {
        const value = Math.min(100, Math.floor(fraction * 100));
        progress.value = value;
        percent.textContent = `${value} %`;
    };

    function offerResume() {
        const pending = pendingUpload.get();
        if (!pending) {
            resumeNote.clear();
            return;
        }
        const discard = h('button', { type: 'button', class: 'link-button discard-upload' }, 'Descartarla');
        discard.addEventListener('click', async () => {
            await discardPendingUpload();
            offerResume();
        });
        resumeNote.show(`Tienes una subida sin terminar: «${pending.title}» (${pending.name}). Elige el mismo `
            + 'archivo y pulsa «Subir video» para continuarla donde quedó. ', 'info', discard);
        if (!form.elements.title.value) {
            form.elements.title.value = pending.title;
        }
    }

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
        resumeNote.clear();
        showProgress(0);
        const resuming = pendingUpload.matches(pendingUpload.get(), file);
        messages.show(resuming ? 'Continuando la subida…' : 'Subiendo el video…');
        try {
            const uploaded = await directUpload(title.trim(), file, { onProgress: showProgress,
                onStatus: (text) => messages.show(text), signal: controller.signal });
            showProgress(1);
            messages.show(uploaded.message, 'success');
            form.reset();
            form.elements.video_file.dispatchEvent(new Event('change'));
            onUploaded({ ...uploaded, title: title.trim() });
        } catch (error) {
            if (controller.signal.aborted) {
                await discardPendingUpload();
            }
            showErrors(form, messages, serverFieldErrors(error), error.message);
            offerResume();
        } finally {
            submit.disabled = false;
            cancel.hidden = true;
        }
    });

    offerResume();
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
