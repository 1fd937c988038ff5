// Hash routing: '#/videos/abc?page=2' runs the view registered for '/videos/:id' with {params: {id: 'abc'},
// query: {page: '2'}}. Each view renders into a fresh element, so a slow request of a page already left writes
// into a detached element instead of the current page. Views may register cleanups (timers) with onLeave.

const routes = [];
let notFoundView;
let cleanups = [];
let pendingNotice = '';
let firstRender = true;

export function route(pattern, view) {
    const names = [];
    const regex = new RegExp('^' + pattern.replace(/:(\w+)/g, (_, name) => {
        names.push(name);
        return '([^/]+)';
    }) + '/?$');
    routes.push({ regex, names, view });
}

export function notFound(view) {
    notFoundView = view;
}

/** Goes to a route, e.g. navigate('/login', 'Cuenta creada.'); the notice is shown on the next page. */
export function navigate(path, notice = '') {
    pendingNotice = notice;
    if (location.hash === `#${path}`) {
        render();
    } else {
        location.hash = path;
    }
}

/** A route with query values, leaving out empty values: withQuery('/', {city: 'Cali', page: ''}) = '/?city=Cali'. */
export function withQuery(path, query = {}) {
    const search = new URLSearchParams();
    for (const [name, value] of Object.entries(query)) {
        if (value !== undefined && value !== null && value !== '') {
            search.set(name, value);
        }
    }
    const text = search.toString();
    return `${path}${text ? `?${text}` : ''}`;
}

/** The link to a route, for href attributes. */
export function href(path, query = {}) {
    return `#${withQuery(path, query)}`;
}

/** The current route as a path with its query, e.g. '/?city=Cali', to come back to after logging in. */
export function currentPath() {
    return location.hash.slice(1) || '/';
}

export function start() {
    window.addEventListener('hashchange', render);
    render();
}

function render() {
    cleanups.forEach((cleanup) => cleanup());
    cleanups = [];

    const [rawPath, rawQuery = ''] = (location.hash.slice(1) || '/').split('?');
    let path;
    try {
        path = decodeURIComponent(rawPath) || '/';
    } catch {
        path = rawPath; // a malformed %-escape: matches no route
    }
    const query = Object.fromEntries(new URLSearchParams(rawQuery));
    let view = notFoundView;
    let params = {};
    for (const candidate of routes) {
        const match = candidate.regex.exec(path);
        if (match) {
            view = candidate.view;
            params = Object.fromEntries(candidate.names.map((name, i) => [name, match[i + 1]]));
            break;
        }
    }

    const notice = document.getElementById('notice');
    notice.textContent = pendingNotice;
    pendingNotice = '';

    const page = document.createElement('div');
    document.getElementById('page').replaceChildren(page);
    view({
        page,
        params,
        query,
        path,
        title: (text) => { document.title = `${text} · ANB Rising Stars`; },
        onLeave: (cleanup) => cleanups.push(cleanup),
    });
    window.dispatchEvent(new CustomEvent('route-change', { detail: { path } }));

    // Keyboard and screen-reader users land on the new page's heading, as after a full page load.
    if (!firstRender) {
        window.scrollTo(0, 0);
        page.querySelector('h1')?.focus();
    }
    firstRender = false;
}
