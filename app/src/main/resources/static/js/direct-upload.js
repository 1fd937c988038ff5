// Direct, resumable uploads: the file's parts go straight to the object store with the presigned URLs the API
// hands out (2–3 at a time), so no web node carries the video. A failed part is retried with growing pauses; a
// dropped connection waits for the browser to be back online; after a reload the upload is found again in
// localStorage and resumes from the parts the store already holds once the player picks the same file.
import { ApiError, api } from './api.js';

const PENDING_KEY = 'anb.pending-upload';
const IN_FLIGHT = 3;
const MAX_TRIES = 6;
const FIRST_PAUSE_MS = 1000;
const MAX_PAUSE_MS = 20000;
const OFFLINE = 'Sin conexión. La subida continuará cuando vuelva la conexión…';
const PART_FAILED = 'No se pudo enviar una parte del archivo. Revisa tu conexión y vuelve a elegir el archivo '
    + 'para continuar la subida.';
const CANCELLED = 'Subida cancelada.';

/** The upload left unfinished in this browser: {uploadId, title, name, size, lastModified}, or null. */
export const pendingUpload = {
    get() {
        try {
            return JSON.parse(localStorage.getItem(PENDING_KEY));
        } catch {
            return null;
        }
    },
    save(entry) {
        localStorage.setItem(PENDING_KEY, JSON.stringify(entry));
    },
    clear() {
        localStorage.removeItem(PENDING_KEY);
    },
    /** Whether {@code file} is the one the pending upload was started with. */
    matches(entry, file) {
        return Boolean(entry && file && entry.name === file.name && entry.size === file.size
            && entry.lastModified === file.lastModified);
    },
};

/**
 * Uploads {@code file} (or resumes the pending upload of the same file) and completes it.
 * @param {{onProgress: function(number), onStatus: function(string), signal: AbortSignal}} options
 * @returns {Promise<object>} the 201 body of the completion ({message, task_id, video_id})
 */
export async function directUpload(title, file, { onProgress, onStatus, signal } = {}) {
    const upload = await resumeOrStart(title, file);
    const sent = new Map(); // part number -> bytes sent so far
    const report = () => onProgress?.([...sent.values()].reduce((a, b) => a + b, 0) / file.size);
    upload.etags.forEach((_, number) => sent.set(number, partBlob(file, upload.partSize, number).size));
    report();
    const queue = [...upload.urls.keys()].sort((a, b) => a - b);
    const sendNext = async () => {
        while (queue.length > 0) {
            const number = queue.shift();
            upload.etags.set(number, await sendPart(upload, number, file, {
                signal, onStatus, onBytes: (bytes) => { sent.set(number, bytes); report(); } }));
        }
    };
    await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, queue.length) }, sendNext));
    onStatus?.('Archivo enviado. El servidor está validando el video…');
    const parts = [...upload.etags].sort(([a], [b]) => a - b)
        .map(([number, etag]) => ({ part_number: number, etag }));
    for (let failures = 0; ; failures++) {
        try {
            const { data } = await api.completeUpload(upload.id, parts);
            pendingUpload.clear();
            return data;
        } catch (error) {
            if (error.status === 400 || error.status === 404) {
                pendingUpload.clear(); // refused: the server dropped the upload and its parts
            }
            // no answer (status 0): the connection dropped; the parts are in the store, so try again
            if (error.status !== 0 || failures + 1 >= MAX_TRIES || signal?.aborted) {
                throw error;
            }
            await waitUntilOnline(onStatus);
            await pause(Math.min(MAX_PAUSE_MS, FIRST_PAUSE_MS * 2 ** failures), signal);
        }
    }
}

async function waitUntilOnline(onStatus) {
    if (!navigator.onLine) {
        onStatus?.(OFFLINE);
        await new Promise((resolve) => window.addEventListener('online', resolve, { once: true }));
        onStatus?.('Conexión recuperada. Continuando la subida…');
    }
}

/** Cancels the pending upload on the server (its parts are dropped) and forgets it here. */
export async function discardPendingUpload() {
    const pending = pendingUpload.get();
    pendingUpload.clear();
    if (pending) {
        await api.abortUpload(pending.uploadId).catch(() => {});
    }
}

async function resumeOrStart(title, file) {
    const pending = pendingUpload.get();
    if (pendingUpload.matches(pending, file)) {
        try {
            const { data } = await api.uploadStatus(pending.uploadId);
            return state(data.upload_id, data.part_size, data.parts, data.uploaded_parts);
        } catch (error) {
            if (error.status !== 404) {
                throw error;
            }
        }
    }
    if (pending) {
        await discardPendingUpload();
    }
    const { data } = await api.startUpload({ title, filename: file.name, size: file.size,
        content_type: file.type || 'video/mp4' });
    pendingUpload.save({ uploadId: data.upload_id, title, name: file.name, size: file.size,
        lastModified: file.lastModified });
    return state(data.upload_id, data.part_size, data.parts, []);
}

function state(id, partSize, urls, uploaded) {
    return { id, partSize, urls: new Map(urls.map((part) => [part.part_number, part.url])),
        etags: new Map(uploaded.map((part) => [part.part_number, part.etag])) };
}

function partBlob(file, partSize, number) {
    return file.slice((number - 1) * partSize, number * partSize);
}

/** Sends one part until the store takes it: waits while offline, pauses longer after each failure. */
async function sendPart(upload, number, file, { signal, onStatus, onBytes }) {
    const blob = partBlob(file, upload.partSize, number);
    for (let failures = 0; ; failures++) {
        await waitUntilOnline(onStatus);
        try {
            return await put(upload.urls.get(number), blob, onBytes, signal);
        } catch (error) {
            onBytes(0);
            if (signal?.aborted) {
                throw new ApiError(0, { detail: CANCELLED });
            }
            if (error.status === 403) {
                // the part's URL expired (a long pause): the server signs fresh ones
                const { data } = await api.uploadStatus(upload.id);
                data.parts.forEach((part) => upload.urls.set(part.part_number, part.url));
            }
            if (failures + 1 >= MAX_TRIES && navigator.onLine) {
                throw new ApiError(0, { detail: PART_FAILED });
            }
            await pause(Math.min(MAX_PAUSE_MS, FIRST_PAUSE_MS * 2 ** failures), signal);
        }
    }
}

/** One PUT of a part with upload progress (fetch cannot report it); resolves to the part's ETag. */
function put(url, blob, onBytes, signal) {
    return new Promise((resolve, reject) => {
        const xhr = new XMLHttpRequest();
        xhr.open('PUT', url);
        xhr.upload.addEventListener('progress', (event) => onBytes(event.loaded));
        xhr.addEventListener('load', () => {
            const etag = xhr.getResponseHeader('ETag');
            if (xhr.status === 200 && etag) {
                onBytes(blob.size);
                resolve(etag);
            } else {
                reject(Object.assign(new Error(`part answered ${xhr.status}`), { status: xhr.status }));
            }
        });
        xhr.addEventListener('error', () => reject(new Error('network error')));
        xhr.addEventListener('abort', () => reject(new Error('aborted')));
        signal?.addEventListener('abort', () => xhr.abort(), { once: true });
        xhr.send(blob);
    });
}

function pause(ms, signal) {
    return new Promise((resolve) => {
        const timer = setTimeout(resolve, ms);
        signal?.addEventListener('abort', () => { clearTimeout(timer); resolve(); }, { once: true });
    });
}
