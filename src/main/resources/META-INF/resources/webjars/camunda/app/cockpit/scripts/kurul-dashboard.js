// Kurul: the managers' compliance dashboard as a Cockpit page (#/kurul-pano) with an "Uyum Panosu" entry in
// Cockpit's header. The page itself is /kurul/dashboard.html (served by Kurul, charts from its own ECharts webjar);
// it reads GET /api/reports/compliance with the Cockpit session.
import '/kurul/webapp-header.js';

const PATH = '/kurul-pano';

// a manager opening Cockpit lands on the dashboard: what is late is what they came for
const HOME = ['', '#', '#/', '#/dashboard'];
function managersLandOnTheDashboard() {
  const home = HOME;
  if (!home.includes(window.location.hash)) {
    return;
  }
  const json = { credentials: 'same-origin', headers: { Accept: 'application/json' } };
  // Camunda's own session check first: Kurul's /api answers an anonymous call with a Basic-auth challenge, which
  // would put the browser's password dialog over Cockpit's login page
  window.fetch('/camunda/api/admin/auth/user/default', json)
    .then((r) => (r.ok ? window.fetch('/api/me', json) : null))
    .then((r) => (r && r.ok ? r.json() : null))
    .then((me) => {
      if (me && me.manager && home.includes(window.location.hash)) {
        window.location.hash = '#' + PATH;
      }
    })
    .catch(() => {});
}
managersLandOnTheDashboard();
window.addEventListener('hashchange', managersLandOnTheDashboard);

export default [
  {
    id: 'kurul.dashboard.page',
    pluginPoint: 'cockpit.route',
    properties: {
      path: PATH,
      label: PATH
    },
    render: (container) => {
      container.innerHTML = '<iframe src="/kurul/dashboard.html" title="Uyum Panosu" class="kurul-dashboard"'
        + ' style="width:100%;height:calc(100vh - 110px);border:0;display:block"></iframe>';
    }
  },
  {
    id: 'kurul.dashboard.navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 100,
    properties: {
      path: PATH
    },
    render: (container) => {
      container.innerHTML = '<a href="#' + PATH + '" class="kurul-dashboard-link">Uyum Panosu</a>';
    }
  }
];
